/// `PAPER.md`: front matter, the Layer Index, and the counts it declares.
public struct Manifest: Hashable, Sendable {
    public var document: MarkdownDocument

    public init(document: MarkdownDocument) { self.document = document }

    public var frontMatter: YAMLNode? { document.frontMatter }
    public var title: String? { frontMatter?["title"]?.scalarText }
    /// Authors as a list (a lone string is one author).
    public var authors: [String] { frontMatter?["authors"]?.stringList ?? [] }
    public var year: String? { frontMatter?["year"]?.scalarText }
    public var venue: String? { frontMatter?["venue"]?.scalarText }
    public var doi: String? { frontMatter?["doi"]?.scalarText }

    /// The `Layer Index` section and everything nested under it.
    public var layerIndexSections: [MarkdownSection] {
        guard let start = document.sections.firstIndex(where: { $0.heading.title.lowercased().contains("layer index") })
        else {
            return []
        }
        let level = document.sections[start].level
        var result = [document.sections[start]]
        for section in document.sections[(start + 1)...] {
            if section.level <= level { break }
            result.append(section)
        }
        return result
    }

    /// Every file or directory the Layer Index points at.
    public var layerIndex: [PathReference] {
        layerIndexSections.flatMap { PathReference.scan($0.items) }
    }

    /// Counts the Layer Index states in words (`8 falsifiable claims`, `14-node DAG`).
    public var declaredCounts: [DeclaredCount] {
        layerIndexSections.flatMap { section in
            section.items.flatMap { item -> [DeclaredCount] in
                switch item {
                case .text(let text): DeclaredCount.scan(text.text, at: text.origin.location)
                case .field(let field): DeclaredCount.scan(field.value, at: field.location)
                }
            }
        }
    }
}

/// A count stated in prose, and what it counts.
public struct DeclaredCount: Hashable, Sendable {
    public enum Kind: String, Sendable, CaseIterable {
        case claims, experiments, concepts, heuristics, nodes, sessions, observations, tables, figures
    }

    public var kind: Kind
    public var value: Int
    /// The words it was read from, for messages.
    public var text: String
    public var location: SourceLocation

    /// What each kind's count looks like: a number, a separator, and one of
    /// the phrases, in the order the expression below tries them. An ASCII
    /// line is matched by hand against this (the expressions, through
    /// Swift Regex, were a tenth of reviewing a large bundle); any other
    /// line by the expression, which also knows other scripts' digits and
    /// case folding beyond ASCII.
    struct Pattern {
        var kind: Kind
        /// `\d[\d,]*` when true, else `\d+`.
        var commas: Bool
        var separators: [UInt8]
        var phrases: [[UInt8]]
        var expression: String
    }

    static let patterns: [Pattern] = [
        (Kind.nodes, true, "- ", ["node"], #"(\d[\d,]*)[- ]node"#),
        (.claims, false, " ", ["falsifiable claims", "claims"], #"(\d+) (?:falsifiable )?claims"#),
        (
            .experiments, false, " ",
            ["declarative experiments", "declarative experiment plans", "experiments", "experiment plans"],
            #"(\d+) (?:declarative )?experiment(?:s| plans)"#
        ),
        (.concepts, false, " ", ["formal concepts", "concepts"], #"(\d+) (?:formal )?concepts"#),
        (.heuristics, false, " ", ["heuristics"], #"(\d+) heuristics"#),
        (
            .sessions, false, " ", ["sessions", "session logs", "session records"],
            #"(\d+) session(?:s| logs| records)"#
        ),
        (
            .observations, false, " ", ["preliminary observations", "staged observations", "observations"],
            #"(\d+) (?:preliminary |staged )?observations"#
        ),
        (.tables, false, " ", ["raw tables", "tables"], #"(\d+) (?:raw )?tables"#),
        (.figures, false, " ", ["figures"], #"(\d+) figures"#),
    ].map { kind, commas, separators, phrases, expression in
        Pattern(
            kind: kind, commas: commas, separators: Array(separators.utf8), phrases: phrases.map { Array($0.utf8) },
            expression: expression)
    }

    /// The expressions, compiled once and only when a line is not ASCII.
    /// Typed, not `AnyRegexOutput`: reading a capture of that decodes its
    /// type at run time, which cost as much as the matching.
    nonisolated(unsafe) static let expressions: [(Kind, Regex<(Substring, Substring)>)] = patterns.compactMap {
        pattern in
        (try? Regex(pattern.expression, as: (Substring, Substring).self).ignoresCase()).map { (pattern.kind, $0) }
    }

    static func scan(_ text: String, at location: SourceLocation) -> [DeclaredCount] {
        var found: [DeclaredCount] = []
        for (offset, line) in text.splitLines().enumerated() {
            // Every pattern needs a digit; an ASCII line without one is not
            // matched. `\d` also matches other scripts' digits, so other lines are.
            if line.utf8.allSatisfy({ $0 < 0x80 && ($0 < UInt8(ascii: "0") || $0 > UInt8(ascii: "9")) }) { continue }
            let at = SourceLocation(path: location.path, line: location.line + offset, column: 1)
            let bytes = Array(line.utf8)
            let byHand = patterns.flatMap { asciiMatches(of: $0, in: bytes, at: at) }
            if bytes.allSatisfy({ $0 < 0x80 }) {
                found += byHand
            } else if byHandIsExact(byHand, in: line, bytes: bytes) {
                found += byHand.map { count in
                    var count = count
                    let start = line.utf8.index(line.startIndex, offsetBy: count.location.column - 1)
                    count.location.column = line.distance(from: line.startIndex, to: start) + 1
                    return count
                }
            } else {
                found += expressions.flatMap { expressionMatches(of: $1, kind: $0, in: line, at: at) }
            }
        }
        return found
    }

    /// The matches of `pattern` in an ASCII line, leftmost first, as the
    /// expression finds them: the number is a whole run (a separator cannot
    /// be a digit or comma, so a shorter run never matches), then the
    /// separator, then the first phrase that follows, in any letter case.
    static func asciiMatches(of pattern: Pattern, in line: [UInt8], at location: SourceLocation) -> [DeclaredCount] {
        var found: [DeclaredCount] = []
        var index = 0
        while index < line.count {
            guard Self.isDigit(line[index]) else {
                index += 1
                continue
            }
            var end = index + 1
            while end < line.count, Self.isDigit(line[end]) || (pattern.commas && line[end] == UInt8(ascii: ",")) {
                end += 1
            }
            guard end < line.count, pattern.separators.contains(line[end]),
                let phrase = pattern.phrases.first(where: { Self.hasPrefix(line, $0, at: end + 1) }),
                let value = Int(String(decoding: line[index..<end].filter { $0 != UInt8(ascii: ",") }, as: UTF8.self))
            else {
                index = end
                continue
            }
            let matchEnd = end + 1 + phrase.count
            var here = location
            here.column = index + 1
            found.append(
                DeclaredCount(
                    kind: pattern.kind, value: value, text: String(decoding: line[index..<matchEnd], as: UTF8.self),
                    location: here))
            index = matchEnd
        }
        return found
    }

    /// Whether the matches found on the bytes of a line with other scripts
    /// in it are the expressions' (the expressions compare characters, and
    /// know other digits). They are unless a non-ASCII character touches an
    /// ASCII digit or a match (a combining mark joins them into one
    /// character), or the line holds another script's digit. No non-ASCII
    /// character equals a letter of the phrases in any case (tested).
    static func byHandIsExact(_ matches: [DeclaredCount], in line: Substring, bytes: [UInt8]) -> Bool {
        for (index, byte) in bytes.enumerated() where isDigit(byte) {
            if index > 0, bytes[index - 1] >= 0x80 { return false }
            if index + 1 < bytes.count, bytes[index + 1] >= 0x80 { return false }
        }
        for match in matches {
            let end = match.location.column - 1 + match.text.utf8.count
            if end < bytes.count, bytes[end] >= 0x80 { return false }
        }
        return !line.unicodeScalars.contains { !$0.isASCII && $0.properties.numericType == .decimal }
    }

    static func expressionMatches(
        of regex: Regex<(Substring, Substring)>, kind: Kind, in line: Substring, at location: SourceLocation
    ) -> [DeclaredCount] {
        line.matches(of: regex).compactMap { match in
            guard let value = Int(match.output.1.replacingOccurrences(of: ",", with: "")) else { return nil }
            var here = location
            here.column = line.distance(from: line.startIndex, to: match.range.lowerBound) + 1
            return DeclaredCount(kind: kind, value: value, text: String(line[match.range]), location: here)
        }
    }

    static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    /// Whether `line` holds `phrase` (lowercase) at `start`, in any ASCII letter case.
    static func hasPrefix(_ line: [UInt8], _ phrase: [UInt8], at start: Int) -> Bool {
        guard start + phrase.count <= line.count else { return false }
        return phrase.indices.allSatisfy { offset in
            let byte = line[start + offset]
            return (byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte) == phrase[offset]
        }
    }
}
