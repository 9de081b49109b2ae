/// The field names an object kind defines, and the aliases read as them.
///
/// Lookup ignores case, so `Falsification Criteria` reads as the canonical
/// `Falsification criteria`; the source spelling is kept in the field's origin.
public struct FieldVocabulary: Sendable {
    /// Canonical names, in the order the canonical writer prefers.
    public let names: [String]
    private let lookup: [String: String]

    public init(_ names: [String], aliases: [String: String] = [:]) {
        self.names = names
        var lookup: [String: String] = [:]
        for name in names { lookup[name.lowercased()] = name }
        for (alias, name) in aliases { lookup[alias.lowercased()] = name }
        self.lookup = lookup
    }

    /// The canonical name for a label, or the label itself when it is not defined.
    public func canonical(_ label: String) -> String {
        lookup[label.lowercased()] ?? label
    }

    public func defines(_ label: String) -> Bool { lookup[label.lowercased()] != nil }

    public static let none = FieldVocabulary([])
}
