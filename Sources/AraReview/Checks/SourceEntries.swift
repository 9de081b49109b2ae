import AraCore

/// Resolving the place of a `Sources` entry.
enum SourceEntries {
    /// The text a place points at, or why it cannot be read.
    enum Resolution {
        case text(String)
        case unresolved(String)
    }

    static func resolve(_ place: SourceEntry.Place, from file: String, context: ReviewContext) -> Resolution {
        switch place {
        case .file(let path, let lines):
            guard let resolved = context.resolve(path, kind: .codeSpan, from: file) else {
                return .unresolved("\(path) is not in the bundle, so the quote cannot be checked")
            }
            guard let text = context.lines(resolved) else { return .unresolved("\(path) cannot be read") }
            guard lines.upperBound <= text.count else {
                return .unresolved("\(path) has \(text.count) lines; line \(lines.upperBound) does not exist")
            }
            return .text(text[(lines.lowerBound - 1)...(lines.upperBound - 1)].joined(separator: "\n"))
        case .node(let id, let field):
            guard let node = context.nodesByID[id] else { return .unresolved("node \(id) is not in the tree") }
            let value: String? =
                switch field {
                case "title": node.title
                case "id": node.id
                default: node.text(named: field)
                }
            guard let value else { return .unresolved("node \(id) has no field '\(field)'") }
            return .text(value)
        case .unparsed(let text):
            return .unresolved("'\(text)' is neither path:line nor N12:field")
        }
    }
}
