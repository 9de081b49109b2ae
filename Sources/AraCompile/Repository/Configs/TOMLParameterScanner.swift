/// Parameters of a TOML file, read a line at a time: `[table]` and
/// `[[array]]` headers, `key = value` (dotted keys allowed), arrays and
/// inline tables kept whole as one value. Multi-line strings are noted, not read.
enum TOMLParameterScanner {
    static func scan(_ file: RepositoryText) -> ParameterScan {
        var scan = ParameterScan()
        var table = ParameterPath()
        var arrayCounts: [[String]: Int] = [:]
        var index = 0
        while index < file.lines.count {
            let content = RepositoryLexing.trim(RepositoryLexing.stripComment(file.lines[index], needsSpace: false))
            var next = index + 1
            switch TOMLLexing.line(content) {
            case .table(let path, let isArray):
                // A header below an array of tables (`[arr.sub]` after `[[arr]]`)
                // belongs to its latest element.
                table = ParameterPath()
                for end in path.indices {
                    let prefix = Array(path[...end])
                    table = table.appending(.key(path[end]))
                    if isArray && end == path.count - 1 {
                        let position = arrayCounts[prefix, default: 0]
                        arrayCounts[prefix] = position + 1
                        table = table.appending(.index(position))
                    } else if let count = arrayCounts[prefix] {
                        table = table.appending(.index(count - 1))
                    }
                }
            case .keyValue(let key, var value):
                let path = key.reduce(table) { $0.appending(.key($1)) }
                if let quotes = ["\"\"\"", "'''"].first(where: { value.hasPrefix($0) }),
                    !value.dropFirst(3).contains(quotes)
                {
                    while next < file.lines.count && !file.lines[next].contains(quotes) { next += 1 }
                    scan.notes.append("\(file.location(index)): the multi-line value of \(path.name) was not read")
                    index = next + 1
                    continue
                }
                // An array or inline table may span lines; it is one value, its lines joined.
                let continued = RepositoryLexing.continued(value, in: file.lines, at: index, needsSpace: false)
                (value, next) = (continued.value, continued.next)
                guard continued.closed else {
                    scan.notes.append("\(file.location(index)): the value of \(path.name) is never closed; not read")
                    index = next
                    continue
                }
                if !scan.add(path, value, line: index + 1) { return scan }
            case .other:
                break
            }
            index = next
        }
        return scan
    }
}
