/// A YAML value as the reader found it: order-preserving, located, and with
/// aliases already expanded (within a budget).
public struct YAMLNode: Hashable, Sendable {
    public var value: YAMLValue
    public var origin: Origin

    public init(_ value: YAMLValue, origin: Origin = Origin(SourceLocation(path: ""))) {
        self.value = value
        self.origin = origin
    }

    public var location: SourceLocation { origin.location }
}

/// The content of a ``YAMLNode``.
public indirect enum YAMLValue: Hashable, Sendable {
    /// A scalar that YAML resolves to a string (quoted, or plain text that is
    /// not a number, boolean, null or timestamp).
    case string(String)
    /// A plain scalar that YAML resolves to something else (`2017`, `true`,
    /// `1.5`, `2026-03-12`), kept exactly as written.
    case plain(String)
    case null
    case sequence([YAMLNode])
    case mapping([YAMLEntry])
}

/// One key of a mapping, in source order.
public struct YAMLEntry: Hashable, Sendable {
    public var key: String
    public var value: YAMLNode
    /// Where the key is written, when the entry was read from a file.
    /// Like every ``Origin``, it takes no part in equality.
    public var keyOrigin: Origin?

    public init(key: String, value: YAMLNode, keyOrigin: Origin? = nil) {
        self.key = key
        self.value = value
        self.keyOrigin = keyOrigin
    }

    /// The key's location, or the value's when the key's is unknown.
    public var keyLocation: SourceLocation { (keyOrigin ?? value.origin).location }

    /// Key and value; where they are written takes no part, as for ``Origin``.
    public static func == (lhs: YAMLEntry, rhs: YAMLEntry) -> Bool { lhs.key == rhs.key && lhs.value == rhs.value }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(key)
        hasher.combine(value)
    }
}

extension YAMLNode {
    /// The scalar text of a string or plain scalar.
    public var scalarText: String? {
        switch value {
        case .string(let text), .plain(let text): text
        default: nil
        }
    }

    public var sequence: [YAMLNode]? {
        if case .sequence(let items) = value { items } else { nil }
    }

    public var mapping: [YAMLEntry]? {
        if case .mapping(let entries) = value { entries } else { nil }
    }

    /// The first value under `key` in a mapping.
    public subscript(key: String) -> YAMLNode? {
        mapping?.first(where: { $0.key == key })?.value
    }

    /// Scalar items of a sequence, or a lone scalar as a one-item list.
    public var stringList: [String]? {
        switch value {
        case .sequence(let items): items.compactMap(\.scalarText)
        case .string(let text), .plain(let text): [text]
        case .null: []
        case .mapping: nil
        }
    }
}

extension YAMLNode: CustomDebugStringConvertible {
    /// The node with the line and column of every value and key, which
    /// equality leaves out: `{"id"@2:3=s"N01"@2:7}@2:3`. Tests and the fuzz
    /// target compare readers with it.
    public var debugDescription: String {
        let at = "@\(location.line):\(location.column)"
        switch value {
        case .string(let text): return "s\(text.debugDescription)\(at)"
        case .plain(let text): return "p\(text.debugDescription)\(at)"
        case .null: return "~\(at)"
        case .sequence(let items): return "[\(items.map(\.debugDescription).joined(separator: ","))]\(at)"
        case .mapping(let entries):
            let shown = entries.map { entry in
                "\(entry.key.debugDescription)@\(entry.keyLocation.line):\(entry.keyLocation.column)="
                    + entry.value.debugDescription
            }
            return "{\(shown.joined(separator: ","))}\(at)"
        }
    }
}
