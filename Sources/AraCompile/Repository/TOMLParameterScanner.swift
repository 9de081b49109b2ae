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
                table = ParameterPath(components: path.map { .key($0) })
                if isArray {
                    let position = arrayCounts[path, default: 0]
                    arrayCounts[path] = position + 1
                    table = table.appending(.index(position))
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
                var balance = RepositoryLexing.bracketBalance(value)
                while balance > 0 && next < file.lines.count {
                    let piece = RepositoryLexing.trim(
                        RepositoryLexing.stripComment(file.lines[next], needsSpace: false))
                    value = RepositoryLexing.joinFlow(value, piece)
                    balance += RepositoryLexing.bracketBalance(piece)
                    next += 1
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
