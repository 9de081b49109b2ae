/// Appends to block-style YAML text without touching a byte of what is there.
///
/// Capture, record and promote add to files people also edit by hand; a
/// canonical rewrite would reformat their edits and drop their comments. These
/// edits find the end of a block collection from its indentation and insert
/// new text after its last line. Each edit re-reads its result and returns it
/// only when the value read back is exactly the old value with the addition, so
/// a layout this cannot handle (flow style, odd indentation) is refused, never
/// written wrongly.
public enum YAMLTextEdit {
    /// A collection of `text` under `path` (keys of mappings, indices of
    /// sequences) gains `addition`. `path` must lead to a mapping; the last key
    /// is created when absent, and a null or `[]` value is replaced.
    public enum Addition: Sendable {
        /// Items at the end of the sequence under the key.
        case items([YAMLNode])
        /// Entries at the end of the mapping itself (the key path names it).
        case entries([YAMLEntry])
    }

    /// One step of a path into a YAML document.
    public enum Step: Hashable, Sendable {
        case key(String)
        case index(Int)
    }

    /// Returns `text` with `key` of the mapping at `path` set to the scalar
    /// `value`: a one-line scalar is replaced on its line, an absent key is
    /// added at the end of the mapping. Checked like ``apply(_:at:in:file:)``.
    public static func set(
        _ key: String, to value: YAMLNode, inMappingAt path: [Step], in text: String, file: String
    ) throws(YAMLEditError) -> String {
        let reader = YAMLReader()
        guard let root = reader.read(text, path: file).node else {
            throw YAMLEditError(path: file, line: 1, reason: "the file does not parse as YAML")
        }
        guard let mapping = node(at: path[...], in: root) else {
            throw YAMLEditError(
                path: file, line: root.location.line, reason: "the document does not have the expected shape")
        }
        guard let entries = mapping.mapping else {
            throw YAMLEditError(path: file, line: mapping.location.line, reason: "expected a mapping here")
        }
        guard let current = entries.first(where: { $0.key == key })?.value else {
            return try apply(.entries([YAMLEntry(key: key, value: value)]), at: path, in: text, file: file)
        }
        var editor = LineEditor(text: text, file: file)
        guard current.scalarText != nil || current.value == .null, let line = editor.line(ofKey: key, in: mapping),
            line == current.location.line - 1 || current.value == .null
        else {
            throw YAMLEditError(path: file, line: current.location.line, reason: "'\(key)' is not a one-line scalar")
        }
        let rendered = try render(YAMLNode(.mapping([YAMLEntry(key: key, value: value)])), indent: 0, file: file)
        guard rendered.count == 1 else {
            throw YAMLEditError(
                path: file, line: current.location.line, reason: "the new value of '\(key)' is not one line")
        }
        // Keys of a block mapping start at one column on every line, after
        // `- ` on an item's first line.
        let prefix = editor.lines[line].prefix(mapping.location.column - 1)
        editor.lines[line] = prefix + rendered[0]
        var expected = mapping
        expected.value = .mapping(entries.map { $0.key == key ? YAMLEntry(key: key, value: value) : $0 })
        guard let reread = reader.read(editor.text, path: file).node,
            Self.node(at: path[...], in: reread) == expected
        else {
            throw YAMLEditError(
                path: file, line: current.location.line, reason: "the value of '\(key)' cannot be replaced in place")
        }
        return editor.text
    }

    private static func node(at path: ArraySlice<Step>, in node: YAMLNode) -> YAMLNode? {
        guard let step = path.first else { return node }
        switch (step, node.value) {
        case (.key(let name), .mapping): return node[name].flatMap { self.node(at: path.dropFirst(), in: $0) }
        case (.index(let index), .sequence(let items)) where items.indices.contains(index):
            return self.node(at: path.dropFirst(), in: items[index])
        default: return nil
        }
    }

    /// Returns `text` with `addition` made at `path`, or throws saying why it
    /// cannot be done in place.
    public static func apply(
        _ addition: Addition, at path: [Step], in text: String, file: String
    ) throws(YAMLEditError) -> String {
        let reader = YAMLReader()
        guard let root = reader.read(text, path: file).node else {
            throw YAMLEditError(path: file, line: 1, reason: "the file does not parse as YAML")
        }
        let expected = try adding(addition, at: path[...], to: root, file: file)
        var editor = LineEditor(text: text, file: file)
        try editor.apply(addition, at: path[...], in: root)
        let result = editor.text
        guard let reread = reader.read(result, path: file).node, reread == expected else {
            throw YAMLEditError(
                path: file, line: root.location.line,
                reason: "the layout is not plain block style, so the addition cannot be made without rewriting")
        }
        return result
    }

    /// The value `root` should read as after the edit.
    static func adding(
        _ addition: Addition, at path: ArraySlice<Step>, to node: YAMLNode, file: String
    ) throws(YAMLEditError) -> YAMLNode {
        var node = node
        guard let step = path.first else {
            switch (addition, node.value) {
            case (.entries(let new), .mapping(let entries)):
                node.value = .mapping(entries + new)
                return node
            default:
                throw YAMLEditError(path: file, line: node.location.line, reason: "expected a mapping here")
            }
        }
        switch (step, node.value) {
        case (.index(let index), .sequence(var items)) where items.indices.contains(index):
            items[index] = try adding(addition, at: path.dropFirst(), to: items[index], file: file)
            node.value = .sequence(items)
        case (.key(let key), .mapping(var entries)):
            if let position = entries.firstIndex(where: { $0.key == key }) {
                entries[position].value = try addingAtKey(
                    addition, at: path.dropFirst(), to: entries[position].value, file: file)
            } else {
                guard path.count == 1, case .items(let items) = addition else {
                    throw YAMLEditError(path: file, line: node.location.line, reason: "no key '\(key)' here")
                }
                entries.append(YAMLEntry(key: key, value: YAMLNode(.sequence(items))))
            }
            node.value = .mapping(entries)
        default:
            throw YAMLEditError(
                path: file, line: node.location.line, reason: "the document does not have the expected shape")
        }
        return node
    }

    private static func addingAtKey(
        _ addition: Addition, at rest: ArraySlice<Step>, to value: YAMLNode, file: String
    ) throws(YAMLEditError) -> YAMLNode {
        guard rest.isEmpty, case .items(let items) = addition else {
            return try adding(addition, at: rest, to: value, file: file)
        }
        var value = value
        switch value.value {
        case .sequence(let existing): value.value = .sequence(existing + items)
        case .null: value.value = .sequence(items)
        default: throw YAMLEditError(path: file, line: value.location.line, reason: "expected a list here")
        }
        return value
    }

    /// The text of `value` in canonical style, each line indented by `indent` spaces.
    static func render(_ value: YAMLNode, indent: Int, file: String) throws(YAMLEditError) -> [String] {
        let text: String
        do {
            text = try YAMLWriter.serialize(value)
        } catch {
            throw YAMLEditError(path: file, line: 1, reason: "cannot write the addition: \(error)")
        }
        let pad = String(repeating: " ", count: indent)
        return text.splitLines().dropLast().map {
            $0.isEmpty ? "" : pad + $0
        }
    }
}

/// Why an in-place YAML edit was refused.
public struct YAMLEditError: Error, Sendable, Equatable, CustomStringConvertible {
    public var path: String
    public var line: Int
    public var reason: String

    public init(path: String, line: Int, reason: String) {
        self.path = path
        self.line = line
        self.reason = reason
    }

    public var description: String { "\(path):\(line): cannot append: \(reason)" }
}

/// Line-level insertion at the end of block collections, located by the marks
/// the reader recorded (1-based line and column of a collection's first item
/// or key).
private struct LineEditor {
    var lines: [String]
    let file: String

    init(text: String, file: String) {
        lines = text.splitLines().map(String.init)
        self.file = file
    }

    var text: String { lines.joined(separator: "\n") }

    mutating func apply(
        _ addition: YAMLTextEdit.Addition, at path: ArraySlice<YAMLTextEdit.Step>, in node: YAMLNode
    ) throws(YAMLEditError) {
        guard let step = path.first else {
            guard case .entries(let entries) = addition, case .mapping = node.value else { return }
            let indent = node.location.column - 1
            let end = lastLine(ofBlockAt: node.location, sequence: false)
            try insert(YAMLNode(.mapping(entries)), indent: indent, after: end)
            return
        }
        switch (step, node.value) {
        case (.index(let index), .sequence(let items)):
            try apply(addition, at: path.dropFirst(), in: items[index])
        case (.key(let key), .mapping(let entries)):
            let entry = entries.first { $0.key == key }
            if let entry, path.count > 1 || !isItems(addition) {
                try apply(addition, at: path.dropFirst(), in: entry.value)
                return
            }
            guard case .items(let items) = addition else { return }
            let keyIndent = node.location.column - 1
            guard let entry else {
                let end = lastLine(ofBlockAt: node.location, sequence: false)
                try insert(
                    YAMLNode(.mapping([YAMLEntry(key: key, value: YAMLNode(.sequence(items)))])),
                    indent: keyIndent, after: end)
                return
            }
            if case .sequence(let existing) = entry.value.value, !existing.isEmpty {
                let end = lastLine(ofBlockAt: entry.value.location, sequence: true)
                try insert(YAMLNode(.sequence(items)), indent: entry.value.location.column - 1, after: end)
                return
            }
            // `key:`, `key: ~`, `key: null` or `key: []`: rewrite that one line as
            // `key:` and put the items under it.
            guard let keyLine = line(ofKey: key, in: node) else {
                throw YAMLEditError(
                    path: file, line: entry.value.location.line, reason: "cannot find the line of '\(key)'")
            }
            let prefix = lines[keyLine].prefix { $0 == " " || $0 == "-" }
            lines[keyLine] = prefix + key + ":"
            try insert(YAMLNode(.sequence(items)), indent: keyIndent, after: keyLine)
        default:
            return
        }
    }

    private func isItems(_ addition: YAMLTextEdit.Addition) -> Bool {
        if case .items = addition { true } else { false }
    }

    private mutating func insert(_ value: YAMLNode, indent: Int, after line: Int) throws(YAMLEditError) {
        let rendered = try YAMLTextEdit.render(value, indent: indent, file: file)
        lines.insert(contentsOf: rendered, at: line + 1)
    }

    /// The 0-based index of the last line that belongs to the block collection
    /// whose first item or key is at `location`.
    func lastLine(ofBlockAt location: SourceLocation, sequence: Bool) -> Int {
        let base = location.column - 1
        var last = location.line - 1
        var index = location.line
        while index < lines.count {
            let line = lines[index]
            index += 1
            let indent = line.prefix { $0 == " " }.count
            let rest = line.dropFirst(indent)
            if rest.isEmpty { continue }
            if indent == 0 && (rest.hasPrefix("---") || rest.hasPrefix("...")) { break }
            if indent <= base && rest.hasPrefix("#") { continue }
            if indent < base { break }
            if indent == base && sequence && !(rest == "-" || rest.hasPrefix("- ")) { break }
            last = index - 1
        }
        return last
    }

    /// The 0-based line where `key` of the block mapping `node` is written.
    func line(ofKey key: String, in node: YAMLNode) -> Int? {
        let base = node.location.column - 1
        let end = lastLine(ofBlockAt: node.location, sequence: false)
        for index in (node.location.line - 1)...end {
            let line = lines[index]
            let column = index == node.location.line - 1 ? base : line.prefix { $0 == " " }.count
            guard column == base, line.count >= base else { continue }
            let rest = line.dropFirst(base)
            if rest.hasPrefix(key + ":") || rest.hasPrefix("\"\(key)\":") { return index }
        }
        return nil
    }
}
