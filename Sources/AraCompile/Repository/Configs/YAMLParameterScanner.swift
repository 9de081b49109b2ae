/// Parameters of a YAML file, read a line at a time by indentation: block
/// mappings and sequences (items may be scalars or mappings), plain or quoted
/// scalars kept as written, and flow collections (`[1, 2]`) kept whole as one
/// value. Block scalars (`|`, `>`) are noted, not read.
struct YAMLParameterScanner {
    /// An open mapping or sequence item: its children are indented past `indent`.
    private struct Frame {
        let indent: Int
        let path: ParameterPath
        let isItem: Bool
    }

    /// Dashes one line may nest (`- - a`) before it is refused.
    private static let maxInlineDepth = 64

    private let file: RepositoryText
    private var result = ParameterScan()
    private var frames: [Frame] = []
    /// The next index of each sequence, by the path that owns it.
    private var nextIndex: [ParameterPath: Int] = [:]
    private var stopped = false
    /// The last key whose multi-line value was noted, so it is noted once.
    private var notedPath: ParameterPath?

    static func scan(_ file: RepositoryText) -> ParameterScan {
        var scanner = YAMLParameterScanner(file: file)
        scanner.run()
        return scanner.result
    }

    private init(file: RepositoryText) { self.file = file }

    private mutating func run() {
        startDocument()
        var index = 0
        while index < file.lines.count && !stopped {
            let content = RepositoryLexing.stripComment(file.lines[index], needsSpace: true)
            let column = RepositoryLexing.indent(of: content)
            let text = RepositoryLexing.trim(content)
            if text.isEmpty || (column == 0 && text.hasPrefix("%")) {
                index += 1
            } else if column == 0 && (text == "---" || text.hasPrefix("--- ") || text == "...") {
                // Each document starts from the root again.
                startDocument()
                index += 1
            } else {
                index = node(text, column: column, index: index, afterDash: false)
            }
        }
    }

    private mutating func startDocument() {
        frames = [Frame(indent: -1, path: ParameterPath(), isItem: false)]
        nextIndex = [:]
    }

    /// Reads the node that starts at `column` on line `index`; returns the next line to read.
    private mutating func node(_ text: String, column: Int, index: Int, afterDash: Bool, depth: Int = 0) -> Int {
        if text == "-" || text.hasPrefix("- ") {
            // `- - - …` nests a sequence per dash; a line of thousands is not configuration.
            guard depth < Self.maxInlineDepth else {
                result.notes.append("\(file.location(index)): sequences nested too deep on one line; not read")
                return index + 1
            }
            // A new item closes deeper nodes and the previous item at this column.
            while frames.count > 1, let top = frames.last, top.indent > column || (top.indent == column && top.isItem) {
                frames.removeLast()
            }
            let parent = frames[frames.count - 1].path
            let position = nextIndex[parent, default: 0]
            nextIndex[parent] = position + 1
            frames.append(Frame(indent: column, path: parent.appending(.index(position)), isItem: true))
            let rest = text.dropFirst()
            let inner = RepositoryLexing.trim(rest)
            guard !inner.isEmpty else { return index + 1 }
            let gap = rest.prefix(while: { $0 == " " }).count
            return node(inner, column: column + 1 + gap, index: index, afterDash: true, depth: depth + 1)
        }
        if let (key, rest) = Self.keyValue(text) {
            while frames.count > 1, let top = frames.last, top.indent >= column { frames.removeLast() }
            let path = frames[frames.count - 1].path.appending(.key(key))
            return value(rest, path: path, column: column, index: index)
        }
        if afterDash {
            // `- &anchor` opens the item's nested block; the item's frame already holds it.
            if Self.isNodeProperty(text) { return index + 1 }
            let item = frames[frames.count - 1]
            return value(text, path: item.path, column: item.indent, index: index)
        }
        // Neither key nor item: a plain scalar continued on more lines, as in
        // `help:` followed by indented text. Its key is noted once, not read.
        if let top = frames.last, frames.count > 1, !top.isItem, top.path != notedPath {
            notedPath = top.path
            result.notes.append("\(file.location(index - 1)): the multi-line value of \(top.path.name) was not read")
        }
        return index + 1
    }

    /// Reads the value after `key:` or `- `; `column` is the indentation its
    /// nested lines must exceed.
    private mutating func value(_ text: String, path: ParameterPath, column: Int, index: Int) -> Int {
        var text = text
        // An anchor or tag alone belongs to the nested block below it.
        if Self.isNodeProperty(text) { text = "" }
        if text.isEmpty {
            frames.append(Frame(indent: column, path: path, isItem: false))
            return index + 1
        }
        if let first = text.first, first == "|" || first == ">",
            text.dropFirst().allSatisfy({ $0 == "-" || $0 == "+" || $0.isNumber })
        {
            var next = index + 1
            while next < file.lines.count {
                let line = file.lines[next]
                guard RepositoryLexing.trim(line).isEmpty || RepositoryLexing.indent(of: line) > column else { break }
                next += 1
            }
            result.notes.append("\(file.location(index)): the multi-line value of \(path.name) was not read")
            return next
        }
        var next = index + 1
        if text.first == "[" || text.first == "{" {
            // A flow collection may span lines; it is one value, its lines joined.
            let continued = RepositoryLexing.continued(text, in: file.lines, at: index, needsSpace: true)
            (text, next) = (continued.value, continued.next)
            guard continued.closed else {
                result.notes.append("\(file.location(index)): the value of \(path.name) is never closed; not read")
                return next
            }
        }
        if !result.add(path, text, line: index + 1) { stopped = true }
        return next
    }

    /// An anchor (`&name`) or tag (`!!map`) with nothing after it.
    private static func isNodeProperty(_ text: String) -> Bool {
        guard let first = text.first, first == "&" || first == "!" else { return false }
        return !text.contains(where: \.isWhitespace)
    }

    /// `key: rest` with a plain or quoted key; `nil` when the text is not a mapping entry.
    static func keyValue(_ text: String) -> (key: String, rest: String)? {
        guard let first = text.first, first != "[", first != "{", !text.hasPrefix("? ") else { return nil }
        var colon: String.Index?
        var key: String
        if first == "\"" || first == "'" {
            var escaped = false
            var close: String.Index?
            var position = text.index(after: text.startIndex)
            while position < text.endIndex {
                let character = text[position]
                if escaped {
                    escaped = false
                } else if character == "\\" && first == "\"" {
                    escaped = true
                } else if character == first {
                    close = position
                    break
                }
                position = text.index(after: position)
            }
            guard let close else { return nil }
            key = String(text[text.index(after: text.startIndex)..<close])
            let after = text[text.index(after: close)...].drop(while: { $0 == " " })
            guard after.first == ":" else { return nil }
            colon = after.startIndex
        } else {
            colon = text.indices.first { index in
                guard text[index] == ":" else { return false }
                let next = text.index(after: index)
                return next == text.endIndex || text[next].isWhitespace
            }
            key = RepositoryLexing.trim(text[..<(colon ?? text.endIndex)])
        }
        guard let colon, !key.isEmpty else { return nil }
        let rest = text[text.index(after: colon)...]
        guard rest.isEmpty || rest.first?.isWhitespace == true else { return nil }
        return (key, RepositoryLexing.trim(rest))
    }
}
