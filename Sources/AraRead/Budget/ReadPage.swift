/// A resolved object laid out within a token budget: the sections that fit,
/// pointers for the rest, and the text `arakit read` prints.
public struct ReadPage: Sendable, Encodable {
    /// What the target resolved to (its kind and id).
    public var object: ObjectRef
    public var budget: Int
    /// The estimate of `text`'s o200k_base tokens; never above `budget`.
    public var estimatedTokens: Int
    public var sections: [PageSection]
    /// Every pointer the page writes, in order: what to read next.
    public var pointers: [ReadPointer]
    /// The page as text, every pointer written as a command.
    public var text: String

    enum CodingKeys: String, CodingKey {
        case object, budget
        case estimatedTokens = "estimated_tokens"
        case sections, pointers
    }
}

/// How a pointer is written: a command line for the CLI, a tool call for MCP.
public struct PointerStyle: Sendable {
    public let write: @Sendable (ReadPointer) -> String

    public init(write: @escaping @Sendable (ReadPointer) -> String) { self.write = write }

    /// `arakit read BUNDLE TARGET [--from KEY]`, quoted for a POSIX shell.
    public static func command(bundle: String) -> PointerStyle {
        PointerStyle { pointer in
            // Level 1 has no target: its pointers are `arakit read B --from KEY`.
            var words = ["arakit", "read", shellQuoted(bundle)]
            if !pointer.target.isEmpty { words.append(shellQuoted(pointer.target)) }
            if let from = pointer.from { words += ["--from", shellQuoted(from)] }
            return words.joined(separator: " ")
        }
    }

    static func shellQuoted(_ word: String) -> String {
        let plain = word.unicodeScalars.allSatisfy { scalar in
            scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
                || "-_./:,+@%".unicodeScalars.contains(scalar)
        }
        if plain, !word.isEmpty { return word }
        return "'" + word.split(separator: "'", omittingEmptySubsequences: false).joined(separator: "'\\''") + "'"
    }
}
