import AraCore
import AraTestSupport
import Foundation

/// The level-2 mutation set (issue 14, item 3): from each source bundle (the
/// corpus bundles when present, and examples/tiny-sort), per kind, claims
/// edited to over-claim, broaden or advocate a dead end — and, beside each,
/// a control: the same edit made so the claim stays true.
///
/// The generator reads the bundle's text on its own terms (lines, labels,
/// prepositions) rather than through the rules, so the rules are measured
/// against edits they did not choose. Nothing is written to the sources: each
/// mutant is a set of file texts a review reads as overrides, and
/// `ARAKIT_MUTATIONS_OUT=dir` writes them out for reading.
struct MutationSet {
    enum Kind: String, CaseIterable {
        case overClaim = "over-claim (CL005)"
        case broadened = "statement broadened (CL006)"
        case deadEnd = "dead end advocated (CL004)"

        var code: String {
            switch self {
            case .overClaim: "CL005"
            case .broadened: "CL006"
            case .deadEnd: "CL004"
            }
        }
    }

    struct Mutant {
        var kind: Kind
        var control: Bool
        /// The claims or heuristics edited or added, each with what was done
        /// to it (for messages). Appended blocks of one kind share a mutant:
        /// the rules judge each block on its own, and one review serves them all.
        var entities: [(id: String, label: String)]
        /// The file changed and its new text.
        var path: String
        var text: String
        /// A mutant beyond what the rule claims to see (a name only the Evidence
        /// basis says, bare): counted and printed, not held to the target.
        var stretch = false
    }

    let name: String
    let root: URL
    var mutants: [Mutant] = []

    /// The sources: every corpus bundle (skipped with a message when the
    /// corpus is absent) and the repository's example.
    static func sources() -> (bundles: [(String, URL)], skipped: String?) {
        var bundles: [(String, URL)] = []
        var skipped: String?
        if let corpus = TestSupport.corpusBundles,
            let names = try? FileManager.default.contentsOfDirectory(atPath: corpus.path)
        {
            for name in names.sorted() where !name.hasPrefix(".") {
                bundles.append((name, corpus.appendingPathComponent(name)))
            }
        } else {
            skipped = "corpus not found at ../shared/corpus/bundles (set ARAKIT_CORPUS): mutating tiny-sort only"
        }
        bundles.append(("tiny-sort", TestSupport.repositoryRoot.appendingPathComponent("examples/tiny-sort")))
        return (bundles, skipped)
    }

    init(name: String, root: URL) {
        self.name = name
        self.root = root
        let claimsText = read(BundlePaths.claims) ?? ""
        let claims = Self.blocks(claimsText, prefix: "C")
        for claim in claims {
            overClaim(claim, in: claimsText)
            broadened(claim, in: claimsText)
        }
        deadEnds(claimsText: claimsText)
        if let out = ProcessInfo.processInfo.environment["ARAKIT_MUTATIONS_OUT"] {
            write(to: URL(fileURLWithPath: out))
        }
    }

    func read(_ path: String) -> String? {
        try? String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
    }

    // MARK: Blocks and fields, read from lines

    struct Block {
        var id: String
        var title: String
        /// Line indices of the block, heading included.
        var lines: Range<Int>
    }

    static func lines(_ text: String) -> [String] { text.components(separatedBy: "\n") }

    /// `## C01: Title` / `## C01 — Title` blocks.
    static func blocks(_ text: String, prefix: String) -> [Block] {
        let all = lines(text)
        var starts: [(Int, String, String)] = []
        for (index, line) in all.enumerated() where line.hasPrefix("## ") || line.hasPrefix("### ") {
            let heading = line.drop(while: { $0 == "#" }).trimmingCharacters(in: .whitespaces)
            let id = heading.prefix(while: { $0.isLetter || $0.isNumber })
            guard id.hasPrefix(prefix), id.dropFirst(prefix.count).allSatisfy(\.isNumber), id.count > prefix.count
            else {
                if !starts.isEmpty, line.hasPrefix("## ") { starts.append((index, "", "")) }
                continue
            }
            let title = heading.dropFirst(id.count).drop(while: { ":—–- ".contains($0) })
            starts.append((index, String(id), String(title)))
        }
        var result: [Block] = []
        for (position, start) in starts.enumerated() where !start.1.isEmpty {
            let end = position + 1 < starts.count ? starts[position + 1].0 : all.count
            result.append(Block(id: start.1, title: start.2, lines: start.0..<end))
        }
        return result
    }

    /// A field of a block: its label line, the line after its value, the
    /// label as written and the value joined on one line.
    struct Field {
        var start: Int
        var end: Int
        var label: String
        var value: String
    }

    static func field(_ name: String, of block: Block, in all: [String]) -> Field? {
        let labels = ["- **\(name)**:", "- **\(name):**", "**\(name)**:", "**\(name):**"]
        for index in block.lines {
            let line = all[index]
            guard let label = labels.first(where: { line.hasPrefix($0) }) else { continue }
            var value = String(line.dropFirst(label.count)).trimmingCharacters(in: .whitespaces)
            var end = index + 1
            while end < block.lines.upperBound {
                let next = all[end]
                let trimmed = next.trimmingCharacters(in: .whitespaces)
                if trimmed.isEmpty || next.hasPrefix("- **") || next.hasPrefix("**") || next.hasPrefix("#")
                    || next.hasPrefix("---")
                {
                    break
                }
                value += " " + trimmed
                end += 1
            }
            return Field(start: index, end: end, label: label, value: value)
        }
        return nil
    }

    /// `text` with a block's field replaced by `value` (or, when `value` is
    /// nil, removed), and `extra` lines added after it.
    static func replacing(_ field: Field, with value: String?, extra: [String] = [], in text: String) -> String {
        var all = lines(text)
        let new = (value.map { ["\(field.label) \($0)"] } ?? []) + extra
        all.replaceSubrange(field.start..<field.end, with: new)
        return all.joined(separator: "\n")
    }

    // MARK: Words

    /// A name as a person writes one: capitals mixed with digits or inner
    /// capitals (`CIFAR-10`, `ResNet-34`, `CPython`).
    static func isName(_ raw: Substring) -> Bool {
        let word = raw.trimmingCharacters(in: CharacterSet(charactersIn: ".,;:()[]\"'*`"))
        guard word.count >= 3, word.first?.isUppercase ?? false else { return false }
        if word.range(of: #"^[A-Z]\d+$"#, options: .regularExpression) != nil { return false }  // ids
        if ["Table", "Fig", "Figure"].contains(where: { word.hasPrefix($0) }) { return false }
        return word.dropFirst().contains(where: \.isUppercase) || word.contains(where: \.isNumber)
    }

    static let sizeWords: Set<String> = ["small", "large", "short", "long", "few", "tiny", "deep", "shallow"]
    static let openers: Set<String> = ["on", "under", "for", "at", "with", "in", "across", "using", "over", "up"]

    /// Phrases of `text` opened by a preposition and closed by punctuation,
    /// holding a name, a number or a size word: the conditions a person would
    /// cut to broaden a Statement.
    static func conditionPhrases(_ text: String) -> [(phrase: String, key: String)] {
        let words = text.split(separator: " ", omittingEmptySubsequences: true)
        var found: [(String, String)] = []
        var index = 0
        while index < words.count {
            guard openers.contains(words[index].lowercased()) else {
                index += 1
                continue
            }
            var end = index + 1
            var closed = false
            while end < words.count, end - index < 7, !closed {
                let word = words[end]
                if word.hasPrefix("(") || ["that", "which", "because", "than", "is", "are"].contains(word.lowercased())
                {
                    break
                }
                closed = word.last.map { ",.;:)".contains($0) } ?? false
                end += 1
            }
            let body = words[(index + 1)..<end]
            let key =
                body.first(where: isName)
                ?? body.first(where: { $0.first?.isNumber ?? false && !$0.contains("=") })
                ?? body.first(where: { sizeWords.contains($0.lowercased()) })
            if let key, !body.contains(where: { $0.contains("=") }) {
                var phrase = words[index..<end].joined(separator: " ")
                while let last = phrase.last, ",.;:".contains(last) { phrase.removeLast() }
                let cleanKey = key.trimmingCharacters(in: CharacterSet(charactersIn: ".,;:()[]\"'*`"))
                found.append((phrase, cleanKey))
            }
            index = end
        }
        return found
    }

    static func contains(_ text: String, word: String) -> Bool {
        let pattern = "(?<![A-Za-z0-9])" + NSRegularExpression.escapedPattern(for: word) + "(?![A-Za-z0-9])"
        return text.range(of: pattern, options: [.regularExpression, .caseInsensitive]) != nil
    }

    // MARK: Over-claim

    static let nouns = ["input size", "dataset", "model", "setting", "scale"]

    /// Mutant: the Statement gains an unbounded quantifier ("for any input
    /// size") where its criteria or evidence name specific settings or bounds.
    /// Control: the same quantifier bounded by the evidence ("for every
    /// tested input size", "on all of X and Y").
    mutating func overClaim(_ claim: Block, in text: String) {
        let all = Self.lines(text)
        guard let statement = Self.field("Statement", of: claim, in: all) else { return }
        let narrowText = [
            Self.field("Falsification criteria", of: claim, in: all)?.value,
            Self.field("Evidence basis", of: claim, in: all)?.value,
        ].compactMap { $0 }.joined(separator: " ")
        let narrowWords = narrowText.split(separator: " ")
        let names = narrowWords.filter(Self.isName).map {
            $0.trimmingCharacters(in: CharacterSet(charactersIn: ".,;:()[]\"'*`"))
        }.filter { !Self.contains(statement.value, word: $0) }
        let numbers = narrowWords.filter { $0.contains(where: \.isNumber) && !$0.contains(where: \.isLetter) }
        // Only a claim whose other side is narrower can over-claim in this sense.
        guard !names.isEmpty || !numbers.isEmpty else { return }
        let index = mutants.count
        let noun = Self.nouns[index % Self.nouns.count]
        let base = statement.value.trimmingCharacters(in: CharacterSet(charactersIn: ". "))
        let variants: [(String, String, String)] = [
            ("for any \(noun)", "\(base), for any \(noun).", "\(base), for every \(noun) tested."),
            (
                "always … across all", "This always holds across all \(noun)s: \(base).",
                names.count >= 2
                    ? "This holds across all of \(names[0]) and \(names[1]): \(base)."
                    : "This holds across all \(noun)s studied here: \(base)."
            ),
        ]
        for (label, mutated, control) in variants {
            mutants.append(
                Mutant(
                    kind: .overClaim, control: false, entities: [(claim.id, "\(claim.id) + '\(label)'")],
                    path: BundlePaths.claims, text: Self.replacing(statement, with: mutated, in: text)))
            mutants.append(
                Mutant(
                    kind: .overClaim, control: true, entities: [(claim.id, "\(claim.id) control of '\(label)'")],
                    path: BundlePaths.claims, text: Self.replacing(statement, with: control, in: text)))
        }
    }

    // MARK: Statement broadened

    /// Mutant: a condition of the Statement that the title, or the Evidence
    /// basis or Proof (after on/under/with …), also carries is cut from the
    /// Statement. Control: the same cut, with the condition moved to a
    /// Conditions field beside the Statement, so the claim's scope is unchanged.
    mutating func broadened(_ claim: Block, in text: String) {
        let all = Self.lines(text)
        guard let statement = Self.field("Statement", of: claim, in: all) else { return }
        let evidence = [
            Self.field("Evidence basis", of: claim, in: all)?.value, Self.field("Proof", of: claim, in: all)?.value,
        ]
        .compactMap { $0 }.joined(separator: " ")
        let evidenceKeys = Set(
            Self.conditionPhrases(evidence).filter { phrase in
                ["on", "under", "with", "using", "for"].contains(
                    phrase.phrase.split(separator: " ")[0].lowercased())
            }.map(\.key))
        let others = [
            claim.title, Self.field("Falsification criteria", of: claim, in: all)?.value,
            Self.field("Evidence basis", of: claim, in: all)?.value, Self.field("Proof", of: claim, in: all)?.value,
        ]
        .compactMap { $0 }
        // Conditions: phrases opened by a preposition, and lone names (`top-5 ImageNet error`).
        var cuts = Self.conditionPhrases(statement.value)
        let titleWords = Set(claim.title.split(separator: " ").map { $0.lowercased() })
        for word in statement.value.split(separator: " ")
        where Self.isName(word)
            || (word.first?.isNumber ?? false && word.contains("-") && titleWords.contains(word.lowercased()))
        {
            let name = word.trimmingCharacters(in: CharacterSet(charactersIn: ".,;:()[]\"'*`"))
            if !cuts.contains(where: { $0.phrase.contains(name) }) { cuts.append((name, name)) }
        }
        for (phrase, key) in cuts {
            // Carried: a condition of the title, a setting the evidence is run on, or a name two other fields say.
            let agreed =
                Self.isName(Substring(key)) && key.contains(where: { $0.isLowercase || $0.isNumber })
                && others.filter { Self.contains($0, word: key) }.count >= 2
            let carried =
                Self.conditionPhrases(claim.title).contains { $0.key.lowercased() == key.lowercased() }
                || (key.first?.isNumber ?? false
                    && Self.conditionPhrases(claim.title).contains { Self.contains($0.phrase, word: key) })
                || evidenceKeys.contains(key) || agreed
            let bare = !carried && Self.contains(evidence, word: key)
            guard carried || bare, let range = statement.value.range(of: phrase) else { continue }
            var cut = statement.value
            cut.removeSubrange(range)
            cut = cut.replacingOccurrences(of: " ,", with: ",").replacingOccurrences(of: "  ", with: " ")
                .replacingOccurrences(of: " .", with: ".").trimmingCharacters(in: CharacterSet(charactersIn: ", "))
            // The condition must be gone from the Statement, not said twice.
            guard !Self.contains(cut, word: key), cut.count > 20 else { continue }
            let conditions = Self.field("Conditions", of: claim, in: all)
            mutants.append(
                Mutant(
                    kind: .broadened, control: false, entities: [(claim.id, "\(claim.id) − '\(phrase)'")],
                    path: BundlePaths.claims, text: Self.replacing(statement, with: cut, in: text), stretch: bare))
            let controlText: String
            if let conditions {
                // Rewrite the later field first so the earlier one's lines stay put.
                let moved = Self.replacing(conditions, with: conditions.value + " Also: \(phrase).", in: text)
                controlText = Self.replacing(statement, with: cut, in: moved)
            } else {
                let style = statement.label.hasPrefix("- ") ? "- **Conditions**:" : "**Conditions:**"
                controlText = Self.replacing(
                    statement, with: cut, extra: (style.hasPrefix("- ") ? [] : [""]) + ["\(style) \(phrase)."], in: text
                )
            }
            mutants.append(
                Mutant(
                    kind: .broadened, control: true, entities: [(claim.id, "\(claim.id) control of − '\(phrase)'")],
                    path: BundlePaths.claims, text: controlText))
        }
    }

    // MARK: Dead end advocated

    /// Mutants: a new claim (and, where the bundle has heuristics, a new
    /// heuristic) recommending a dead end's approach by its id, its title,
    /// its hypothesis, or two of its rarest words. Controls: the same
    /// sentences negated.
    mutating func deadEnds(claimsText: String) {
        guard let result = try? BundleReader().read(at: root) else { return }
        let tree = read(TreeSchema.path) ?? ""
        let heuristics = read(BundlePaths.heuristics)
        var next = 90
        // Appended blocks, batched per file and per side (advocate / negate).
        var batches: [String: (text: String, entities: [(id: String, label: String)])] = [:]
        func add(_ path: String, control: Bool, id: String, label: String, block: String, base: String) {
            let key = "\(path) \(control)"
            var batch = batches[key] ?? (base, [])
            batch.text += block
            batch.entities.append((id, label))
            batches[key] = batch
        }
        for node in result.bundle.tree?.allNodes ?? [] where node.type == .deadEnd {
            guard let id = node.id, let title = node.title else { continue }
            // The approach: the title and the hypothesis's first sentence.
            let hypothesis = node.text(.hypothesis).map(Self.firstSentence)
            let approach = [title, hypothesis ?? node.text(.description) ?? ""].joined(separator: " ")
            let ownText =
                node.fields.compactMap { $0.value.scalarText }.joined(separator: " ").lowercased()
                + " " + title.lowercased()
            // Rare words: long, and said nowhere in the tree outside this node.
            var rareWords: [String] = []
            for word in approach.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init)
            where word.count >= 7 && !rareWords.contains(word) && !Self.rejecting.contains(word)
                && Self.occurrences(of: word, in: tree.lowercased()) <= Self.occurrences(of: word, in: ownText)
            {
                rareWords.append(word)
            }
            var variants: [(String, String, String)] = [
                (
                    "id", "The approach of \(id) works and should be the default.",
                    "The approach of \(id) does not work and should not be the default."
                ),
                ("title", "We recommend this: \(title).", "We do not recommend this: \(title)."),
            ]
            if let hypothesis {
                variants.append(
                    ("hypothesis", "As confirmed here, \(hypothesis)", "It is not the case that \(hypothesis)"))
            }
            if rareWords.count >= 2 {
                variants.append(
                    (
                        "terms", "Recommended practice: \(rareWords[0]) together with \(rareWords[1]).",
                        "Recommended practice: avoid \(rareWords[0]) together with \(rareWords[1])."
                    ))
            }
            for (how, advocate, negated) in variants {
                next += 1
                for (control, sentence) in [(false, advocate), (true, negated)] {
                    let label = "\(control ? "negates" : "advocates") \(id) by \(how)"
                    add(
                        BundlePaths.claims, control: control, id: "C\(next)", label: "C\(next) \(label)",
                        block:
                            "\n\n## C\(next): Recommendation \(next)\n- **Statement**: \(sentence)\n- **Status**: hypothesis\n- **Falsification criteria**: Refuted if it is slower.\n- **Proof**: pending\n",
                        base: claimsText)
                    if let heuristics, how != "id" {
                        add(
                            BundlePaths.heuristics, control: control, id: "H\(next)", label: "H\(next) \(label)",
                            block:
                                "\n\n## H\(next): Default \(next)\n- **Rationale**: \(sentence)\n- **Sensitivity**: low\n- **Code ref**: none\n",
                            base: heuristics)
                    }
                }
            }
        }
        for (key, batch) in batches.sorted(by: { $0.key < $1.key }) {
            mutants.append(
                Mutant(
                    kind: .deadEnd, control: key.hasSuffix("true"), entities: batch.entities,
                    path: String(key.split(separator: " ")[0]), text: batch.text))
        }
    }

    /// Words a generator must not offer as the approach itself.
    static let rejecting: Set<String> = ["against", "without", "instead", "neither", "cannot", "unlike", "failed"]

    /// Up to the first `.`, `!` or `?` followed by a space (so `list.sort()` stays whole).
    static func firstSentence(_ text: String) -> String {
        let characters = Array(text)
        for (index, character) in characters.enumerated() where ".!?".contains(character) {
            if index + 1 == characters.count || characters[index + 1] == " " {
                return String(characters[...index])
            }
        }
        return text
    }

    static func occurrences(of word: String, in text: String) -> Int {
        text.components(separatedBy: word).count - 1
    }

    /// Each mutant as a bundle-relative file under `out/<bundle>/<kind>/<n>-<mutant|control>/`.
    func write(to out: URL) {
        for (index, mutant) in mutants.enumerated() {
            let folder = out.appendingPathComponent(name).appendingPathComponent(mutant.kind.code)
                .appendingPathComponent("\(index)-\(mutant.control ? "control" : "mutant")")
            let file = folder.appendingPathComponent(mutant.path)
            try? FileManager.default.createDirectory(
                at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try? (mutant.entities.map(\.label).joined(separator: "\n") + "\n").write(
                to: folder.appendingPathComponent("LABEL.txt"), atomically: true, encoding: .utf8)
            try? mutant.text.write(to: file, atomically: true, encoding: .utf8)
        }
    }
}
