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

    /// Compiled once: compiling a Regex costs far more than matching a line.
    nonisolated(unsafe) static let regexes: [(Kind, Regex<AnyRegexOutput>)] = patterns.compactMap { kind, pattern in
        (try? Regex(pattern).ignoresCase()).map { (kind, $0) }
    }

    /// A word each kind's pattern always holds: an ASCII line without it
    /// cannot match, and is not handed to that expression.
    static let keywords: [Kind: [UInt8]] = [
        .nodes: "node", .claims: "claims", .experiments: "experiment", .concepts: "concepts",
        .heuristics: "heuristics", .sessions: "session", .observations: "observations", .tables: "tables",
        .figures: "figures",
    ].mapValues { Array($0.utf8) }

    static let patterns: [(Kind, String)] = [
        (.nodes, #"(\d[\d,]*)[- ]node"#),
        (.claims, #"(\d+) (?:falsifiable )?claims"#),
        (.experiments, #"(\d+) (?:declarative )?experiment(?:s| plans)"#),
        (.concepts, #"(\d+) (?:formal )?concepts"#),
        (.heuristics, #"(\d+) heuristics"#),
        (.sessions, #"(\d+) session(?:s| logs| records)"#),
        (.observations, #"(\d+) (?:preliminary |staged )?observations"#),
        (.tables, #"(\d+) (?:raw )?tables"#),
        (.figures, #"(\d+) figures"#),
    ]

    static func scan(_ text: String, at location: SourceLocation) -> [DeclaredCount] {
        var found: [DeclaredCount] = []
        for (offset, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            // Every pattern needs a digit; an ASCII line without one is not
            // matched (matching the nine expressions was most of the rule's cost).
            // `\d` also matches other scripts' digits, so other lines are.
            if line.utf8.allSatisfy({ $0 < 0x80 && ($0 < UInt8(ascii: "0") || $0 > UInt8(ascii: "9")) }) { continue }
            // Case folding beyond ASCII (`ſ` matches `s`) keeps other lines whole.
            let lowered: [UInt8]? =
                line.utf8.allSatisfy { $0 < 0x80 } ? line.utf8.map { $0 | ($0 >= 0x41 && $0 <= 0x5A ? 0x20 : 0) } : nil
            for (kind, regex) in regexes {
                if let lowered, let keyword = keywords[kind], !Self.contains(lowered, keyword) { continue }
                for match in line.matches(of: regex) {
                    guard let digits = match.output[1].substring,
                        let value = Int(digits.replacingOccurrences(of: ",", with: ""))
                    else { continue }
                    let column = line.distance(from: line.startIndex, to: match.range.lowerBound) + 1
                    found.append(
                        DeclaredCount(
                            kind: kind, value: value, text: String(line[match.range]),
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
