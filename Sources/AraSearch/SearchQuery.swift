/// The user's words as an FTS5 query that can only mean "find these words".
///
/// Each word (or `"quoted phrase"`) becomes an FTS5 string in double quotes,
/// so `AND`, `OR`, `NOT`, `NEAR`, `*`, `^`, `:` and parentheses are plain
/// text, never syntax; the one operator kept is a trailing `*` (a prefix).
/// Words are combined with AND; `anyWord` combines them with OR instead.
public struct SearchQuery: Equatable, Sendable {
    /// Longer input is cut: a query is a handful of words, not a document.
    static let maxCharacters = 1_000
    static let maxTerms = 32

    /// The terms as written (a phrase keeps its spaces), for messages.
    public let terms: [String]
    private let quoted: [String]

    public init(_ text: String) throws(SearchError) {
        var terms: [String] = []
        var quoted: [String] = []
        for (term, isPrefix) in Self.split(String(text.prefix(Self.maxCharacters))).prefix(Self.maxTerms) {
            // A term without a letter or digit has no token: FTS5 would match nothing or fail.
            guard
                term.unicodeScalars.contains(where: { $0.properties.isAlphabetic || $0.properties.numericType != nil })
            else { continue }
            terms.append(term)
            quoted.append("\"" + term.replacingOccurrences(of: "\"", with: "\"\"") + "\"" + (isPrefix ? "*" : ""))
        }
        guard !terms.isEmpty else { throw .emptyQuery }
        self.terms = terms
        self.quoted = quoted
    }

    /// The FTS5 MATCH expression.
    public var allWords: String { quoted.joined(separator: " AND ") }
    public var anyWord: String { quoted.joined(separator: " OR ") }

    /// Splits on white space, keeping `"…"` phrases whole; control characters become spaces.
    ///
    /// Walks Unicode scalars, not characters: a `"` followed by a combining
    /// mark is one character that is not `"`, and it reached FTS5 as an
    /// unterminated string (search failed with "unterminated string").
    static func split(_ text: String) -> [(String, Bool)] {
        var result: [(String, Bool)] = []
        var current = String.UnicodeScalarView()
        var inPhrase = false
        func flush() {
            let isPrefix = current.last == "*" && !inPhrase
            let term = String(isPrefix ? String.UnicodeScalarView(current.dropLast()) : current)
            if !term.isEmpty { result.append((term, isPrefix)) }
            current = String.UnicodeScalarView()
        }
        for scalar in text.unicodeScalars {
            if scalar == "\"" {
                flush()
                inPhrase.toggle()
            } else if scalar.properties.isWhitespace || scalar.properties.generalCategory == .control {
                if inPhrase { current.append(" ") } else { flush() }
            } else {
                current.append(scalar)
            }
        }
        flush()
        return result
    }
}
