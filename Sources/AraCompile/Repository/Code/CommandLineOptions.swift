/// The command-line options and arguments a Python file declares with
/// argparse (`add_argument("--lr", …)`) or click (`@click.option("--lr")`,
/// `@click.argument("path")`), each at the line its name is written on.
struct CommandLineOptions {
    /// Rendered items such as ``` `--lr` (train.py:12) ```.
    var options: [String] = []
    var arguments: [String] = []

    private static let calls = ["add_argument(", "click.option(", "click.argument("]
    /// Lines a call's leading names may span.
    private static let callSpan = 10

    init(_ file: RepositoryText) {
        for (index, line) in file.lines.enumerated() {
            for call in Self.calls {
                var rest = Substring(line)
                while let found = RepositoryLexing.find(call, in: rest) {
                    rest = line[found.upperBound...]
                    // A call inside a comment declares nothing.
                    let codeBytes = RepositoryLexing.stripComment(line, needsSpace: false).utf8.count
                    guard line.utf8.distance(from: line.startIndex, to: found.upperBound) <= codeBytes else { break }
                    let names = Self.leadingStrings(file.lines, index: index, from: found.upperBound)
                    for (position, name) in names.enumerated() {
                        let item = "\(RepositoryMarkdown.code(name.text)) (\(file.location(name.index)))"
                        if name.text.hasPrefix("-") {
                            options.append(item)
                        } else if call == "add_argument(" || (call == "click.argument(" && position == 0) {
                            // click.option's undashed strings name the Python parameter, not a flag.
                            arguments.append(item)
                        }
                    }
                }
            }
        }
    }

    /// The string literals a call starts with, up to its first other argument.
    private static func leadingStrings(_ lines: [String], index: Int, from start: String.Index)
        -> [(text: String, index: Int)]
    {
        var found: [(text: String, index: Int)] = []
        var lineIndex = index
        var rest = lines[index][start...]
        while true {
            rest = rest.drop(while: \.isWhitespace)
            guard let first = rest.first, first != "#" else {
                lineIndex += 1
                guard lineIndex < min(index + callSpan, lines.count) else { return found }
                rest = Substring(lines[lineIndex])
                continue
            }
            guard first == "\"" || first == "'" else { return found }
            var literal = ""
            var escaped = false
            var closed = false
            for character in rest.dropFirst() {
                if escaped {
                    escaped = false
                } else if character == "\\" {
                    escaped = true
                } else if character == first {
                    closed = true
                    break
                }
                literal.append(character)
            }
            guard closed else { return found }
            found.append((literal, lineIndex))
            rest = rest.dropFirst(literal.count + 2).drop(while: \.isWhitespace)
            guard rest.first == "," else { return found }
            rest = rest.dropFirst()
        }
    }
}
