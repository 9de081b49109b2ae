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

    /// One kind's expression, compiled once (compiling a Regex costs far
    /// more than matching a line), and a word it always holds: an ASCII line
    /// without that word cannot match, and is not handed to the expression.
    struct Pattern {
        var kind: Kind
        var keyword: [UInt8]
        var regex: Regex<AnyRegexOutput>
    }

    nonisolated(unsafe) static let patterns: [Pattern] = [
        (Kind.nodes, "node", #"(\d[\d,]*)[- ]node"#),
        (.claims, "claims", #"(\d+) (?:falsifiable )?claims"#),
        (.experiments, "experiment", #"(\d+) (?:declarative )?experiment(?:s| plans)"#),
        (.concepts, "concepts", #"(\d+) (?:formal )?concepts"#),
        (.heuristics, "heuristics", #"(\d+) heuristics"#),
        (.sessions, "session", #"(\d+) session(?:s| logs| records)"#),
        (.observations, "observations", #"(\d+) (?:preliminary |staged )?observations"#),
        (.tables, "tables", #"(\d+) (?:raw )?tables"#),
        (.figures, "figures", #"(\d+) figures"#),
    ].compactMap { kind, keyword, pattern in
        (try? Regex(pattern).ignoresCase()).map { Pattern(kind: kind, keyword: Array(keyword.utf8), regex: $0) }
    }

    static func scan(_ text: String, at location: SourceLocation) -> [DeclaredCount] {
        var found: [DeclaredCount] = []
        for (offset, line) in text.splitLines().enumerated() {
            // Every pattern needs a digit; an ASCII line without one is not
            // matched (matching the nine expressions was most of the rule's cost).
            // `\d` also matches other scripts' digits, so other lines are.
            if line.utf8.allSatisfy({ $0 < 0x80 && ($0 < UInt8(ascii: "0") || $0 > UInt8(ascii: "9")) }) { continue }
            // Case folding beyond ASCII (`ſ` matches `s`) keeps other lines whole.
            let lowered: [UInt8]? =
                line.utf8.allSatisfy { $0 < 0x80 } ? line.utf8.map { $0 | ($0 >= 0x41 && $0 <= 0x5A ? 0x20 : 0) } : nil
            for pattern in patterns {
                if let lowered, !Self.contains(lowered, pattern.keyword) { continue }
                for match in line.matches(of: pattern.regex) {
                    guard let digits = match.output[1].substring,
                        let value = Int(digits.replacingOccurrences(of: ",", with: ""))
                    else { continue }
                    let column = line.distance(from: line.startIndex, to: match.range.lowerBound) + 1
                    found.append(
                        DeclaredCount(
                            kind: pattern.kind, value: value, text: String(line[match.range]),
                            location: SourceLocation(path: location.path, line: location.line + offset, column: column))
                    )
                }
            }
        }
        return found
    }

    static func contains(_ text: [UInt8], _ word: [UInt8]) -> Bool {
        guard let first = word.first, text.count >= word.count else { return word.isEmpty }
        for start in 0...(text.count - word.count) where text[start] == first {
            if text[start..<(start + word.count)].elementsEqual(word) { return true }
        }
        return false
    }
}
