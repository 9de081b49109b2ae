import AraCore

/// CL004: a claim or heuristic that argues for what the trace records as a dead end.
struct ClaimAdvocatesDeadEnd: Rule {
    let description = RuleDescription(
        code: "CL004", name: "claim-advocates-dead-end", severity: .warning,
        summary:
            "A claim (not refuted) or a heuristic recommends an approach the exploration tree records as a dead end.",
        why: """
            The trace says this line of work failed; a claim or heuristic that builds on it contradicts the \
            bundle's own history. Either it is wrong or the dead end was revived and the tree should say so (a \
            pivot). This is a heuristic reading of words: the message quotes the sentence and the dead end.
            """,
        example: """
            ## C09: Plain 1000-layer nets train well   (N08, dead_end: 'Plain 1000-layer nets')
            ## H03: Swap in list.sort() for the merge side   (N03, dead_end: 'Use the built-in list.sort() …')
            """,
        howToFix: """
            Drop or restate the claim or heuristic, mark the claim refuted, or record in the tree how the dead \
            end was revived. The rule matches, sentence by sentence, the node id in a claim's title, Statement, \
            Proof or Evidence basis (or in the experiments its Proof cites), the dead end's title (three words or \
            more) or hypothesis (four or more), or two of the dead end's distinctive terms (words of five letters or more of its \
            title and hypothesis that no live node of the tree uses, up to a plural or -ed/-ing ending) or one of its code names (`list.sort()`). A sentence \
            that negates or rejects (not, no, never, without, instead, rather, avoid, unlike …) is not advocacy.
            """)

    /// Every claim and heuristic against every dead end.
    let workload = RuleWorkload.comparesPairs

    struct DeadEnd {
        var id: String
        var title: String?
        var titleNeedle: String?
        var hypothesis: String?
        var hypothesisNeedle: String?
        /// Distinctive stems and code names.
        var terms: Set<String>
        var codeNames: Set<String>
        /// Claim and heuristic keys the dead end's own fields cite: its lesson, drawn from it.
        var lessonOf: Set<String>
    }

    /// A text split into sentences once, with what the checks ask of each:
    /// a claim is held against every dead end, and splitting, normalising and
    /// stemming it anew for each made the rule the slowest of a review.
    struct Prose {
        struct Sentence {
            var text: String
            var haystack: String
            var stems: Set<String>
            var nodes: [String]
            var negated: Bool
        }

        let sentences: [Sentence]

        init(_ text: String) {
            sentences = Self.sentences(of: text)
        }

        init(sentences: [Sentence]) {
            self.sentences = sentences
        }

        /// The prose of `leading` joined by line feeds, and of `leading` and
        /// `rest` so joined, each part read once. A line feed always ends a
        /// sentence, so the parts' sentences are the joined text's, unless a
        /// part holds a carriage return (`\r\n` is one `Character`).
        static func split(leading: [String], rest: [String]) -> (leading: Prose, whole: Prose) {
            let parts = leading + rest
            guard !parts.contains(where: { $0.utf8.contains(0x0D) }) else {
                return (Prose(leading.joined(separator: "\n")), Prose(parts.joined(separator: "\n")))
            }
            let head = leading.flatMap { sentences(of: $0) }
            // Only what a claim says is searched for terms: the rest's stems are never asked.
            let tail = rest.flatMap { sentences(of: $0, stemmed: false) }
            return (Prose(sentences: head), Prose(sentences: head + tail))
        }

        /// The sentences of `text`; without `stemmed` their stems are left empty.
        static func sentences(of text: String, stemmed: Bool = true) -> [Sentence] {
            ScopeText.sentences(text).map { sentence in
                let nodes = BlockID.mentions(in: sentence, prefixes: ["N"])
                return Sentence(
                    text: sentence, haystack: TextMatch.haystack(sentence),
                    stems: stemmed ? Set(ClaimAdvocatesDeadEnd.stems(sentence)) : [], nodes: nodes,
                    // Negation matters only to a sentence that names a node (``naming(_:)``).
                    negated: !nodes.isEmpty && ScopeText.negates(sentence))
            }
        }

        /// The first sentence that names `id` and does not negate it.
        func naming(_ id: String) -> Sentence? { sentences.first { $0.nodes.contains(id) && !$0.negated } }
    }

    func check(_ context: ReviewContext) -> [Finding] {
        let deadEnds = Self.deadEnds(context)
        guard !deadEnds.isEmpty else { return [] }
        // Node ids each experiment names, once, not once per claim citing it.
        var nodesNamed: [String: [String]] = [:]
        for experiment in context.experiments {
            nodesNamed[experiment.id] = BlockID.mentions(
                in: experiment.section.fields.map(\.value).joined(separator: "\n"), prefixes: ["N"])
        }
        var findings: [Finding] = []
        for claim in context.claims where claim.status != .refuted {
            // What the claim says (title, Statement) and all it writes (with Proof and Evidence basis).
            let (advocating, own) = Prose.split(
                leading: [claim.title, claim.statement].compactMap { $0 },
                rest: [claim.field(.proof)?.value, claim.evidenceBasis].compactMap { $0 })
            let chainNodes = Set(
                claim.proof.flatMap { id in context.experiment(id).flatMap { nodesNamed[$0.id] } ?? [] })
            let key = BlockID.key(of: claim.id)
            for deadEnd in deadEnds where !deadEnd.lessonOf.contains(key) {
                let reason: String
                if chainNodes.contains(deadEnd.id), own.naming(deadEnd.id) == nil {
                    reason = "cites an experiment that names dead end \(deadEnd.id)"
                } else if let why = Self.advocacy(own: own, advocating: advocating, deadEnd) {
                    reason = why
                } else {
                    continue
                }
                findings.append(
                    Finding(
                        description, at: claim.location,
                        "claim \(claim.id) \(reason), which the tree records as failed", entity: claim.id))
            }
        }
        for heuristic in context.bundle.heuristics {
            let text = Prose(
                ([heuristic.title]
                    + heuristic.section.fields.filter {
                        ![HeuristicField.codeRef.label, HeuristicField.source.label].contains($0.name)
                    }
                    .map(\.value)).joined(separator: "\n"))
            let key = BlockID.key(of: heuristic.id)
            for deadEnd in deadEnds where !deadEnd.lessonOf.contains(key) {
                guard let why = Self.advocacy(own: text, advocating: text, deadEnd) else { continue }
                findings.append(
                    Finding(
                        description, at: heuristic.location,
                        "heuristic \(heuristic.id) \(why), which the tree records as failed", entity: heuristic.id))
            }
        }
        return findings
    }

    /// Why `own` advocates the dead end (quoting the sentence), or `nil`.
    static func advocacy(own: Prose, advocating: Prose, _ deadEnd: DeadEnd) -> String? {
        if let sentence = own.naming(deadEnd.id) {
            return "names dead end \(deadEnd.id) ('\(ScopeText.quote(sentence.text))')"
        }
        for sentence in own.sentences {
            if let title = deadEnd.title, let needle = deadEnd.titleNeedle,
                TextMatch.contains(sentence.haystack, needle),
                !ScopeText.negates(sentence.text, beyond: title)
            {
                return "repeats the title of dead end \(deadEnd.id) ('\(title)') in '\(ScopeText.quote(sentence.text))'"
            }
            if let hypothesis = deadEnd.hypothesis, let needle = deadEnd.hypothesisNeedle,
                TextMatch.contains(sentence.haystack, needle), !ScopeText.negates(sentence.text, beyond: hypothesis)
            {
                return "restates the hypothesis of dead end \(deadEnd.id) in '\(ScopeText.quote(sentence.text))'"
            }
        }
        // The hypothesis says the approach; a title often says how it failed ("does not compose").
        let approach = deadEnd.hypothesis ?? deadEnd.title ?? ""
        for sentence in advocating.sentences {
            let code =
                deadEnd.codeNames.isEmpty ? [] : deadEnd.codeNames.filter { TextMatch.contains(sentence.text, $0) }
            // Negation is asked only of a sentence that matches: it is the costly test. The
            // shared terms are counted before any set is made: most sentences share none.
            guard !code.isEmpty || Self.sharesTwo(sentence.stems, deadEnd.terms),
                !ScopeText.negates(sentence.text, beyond: approach)
            else {
                continue
            }
            let terms = sentence.stems.intersection(deadEnd.terms)
            let shown = (code.sorted() + terms.sorted()).prefix(4).joined(separator: ", ")
            return
                "recommends the approach of dead end \(deadEnd.id) ('\(deadEnd.title ?? deadEnd.id)'): '\(ScopeText.quote(sentence.text))' shares its distinctive terms \(shown)"
        }
        return nil
    }

    /// Whether the two sets have at least two members in common.
    static func sharesTwo(_ one: Set<String>, _ other: Set<String>) -> Bool {
        let (small, large) = one.count <= other.count ? (one, other) : (other, one)
        var shared = 0
        for member in small where large.contains(member) {
            shared += 1
            if shared == 2 { return true }
        }
        return false
    }

    static func deadEnds(_ context: ReviewContext) -> [DeadEnd] {
        // What the live nodes talk about; a pivot's from/trigger describe the dead approach itself.
        let pivotDeadKeys: Set<String> = ["from", "prior_direction", "trigger", "reason", "alternatives"]
        var liveStems: Set<String> = []
        var liveText = ""
        for node in context.nodes where node.type != .deadEnd {
            let fields = node.fields.filter { !pivotDeadKeys.contains($0.key) }.compactMap { entry in
                entry.value.scalarText ?? entry.value.stringList?.joined(separator: " ")
            }
            let text = ([node.title ?? ""] + fields).joined(separator: "\n")
            liveStems.formUnion(stems(text))
            liveText += text + "\n"
        }
        return context.nodes.compactMap { node -> DeadEnd? in
            guard node.type == .deadEnd, let id = node.id else { return nil }
            // The hypothesis's first sentence says the approach; later ones qualify it.
            let hypothesis = node.text(.hypothesis).flatMap { ScopeText.sentences($0).first }
            let approach = [node.title, hypothesis ?? node.text(.description)].compactMap { $0 }.joined(
                separator: "\n")
            let codeNames = Set(codeWords(approach).filter { !TextMatch.contains(liveText, $0) })
            let cited = node.fields.filter { $0.key != "hypothesis" }.compactMap { entry in
                entry.value.scalarText ?? entry.value.stringList?.joined(separator: " ")
            }.joined(separator: "\n")
            return DeadEnd(
                id: id, title: node.title, titleNeedle: node.title.flatMap { TextMatch.needle($0, minimumWords: 3) },
                hypothesis: hypothesis, hypothesisNeedle: hypothesis.flatMap { TextMatch.needle($0, minimumWords: 4) },
                // Filtered, not `subtracting`: that walked the whole live vocabulary for each dead end.
                terms: Set(stems(approach)).filter { !liveStems.contains($0) }, codeNames: codeNames,
                lessonOf: Set(BlockID.mentions(in: cited, prefixes: ["C", "H"]).map(BlockID.key(of:))))
        }
    }

    /// Content words of five letters or more, without a plural, `-ed`, `-ing` or `-ly` ending.
    static func stems(_ text: String) -> [String] {
        if let stems = asciiStems(text) { return stems }
        return WordSplit.words(text).compactMap { word in
            // ASCII words (nearly all) are measured and cut on their bytes.
            if word.utf8.allSatisfy({ $0 < 0x80 }) { return asciiStem(word) }
            guard word.count >= 5, !commonWords.contains(word) else { return nil }
            for suffix in ["ing", "ies", "es", "ed", "ly", "s"]
            where word.hasSuffix(suffix) && word.count - suffix.count >= 4 {
                return String(word.dropLast(suffix.count))
            }
            return word
        }
    }

    /// ``stems(_:)`` of a text whose words are all ASCII, or `nil`. Words
    /// are runs of ASCII letters cut where ``WordSplit`` cuts them (at ASCII
    /// others and at non-ASCII punctuation, symbols and spaces); any other
    /// scalar leaves the text to the word route. Only a word long enough to
    /// have a stem becomes a `String`: splitting every word of the live nodes
    /// out first was a fifth of CL004.
    static func asciiStems(_ text: String) -> [String]? {
        var stems: [String] = []
        var word: [UInt8] = []
        func close() {
            if word.count >= 5, let stem = word.withUnsafeBufferPointer(asciiStem(bytes:)) { stems.append(stem) }
            word.removeAll(keepingCapacity: true)
        }
        for scalar in text.unicodeScalars {
            if scalar.value < 0x80 {
                let lower = UInt8(scalar.value) | 0x20
                if lower >= 0x61 && lower <= 0x7A {
                    word.append(lower)
                    continue
                }
            } else if !WordSplit.separates(scalar) {
                return nil
            }
            close()
        }
        close()
        return stems
    }

    /// ``stems(_:)`` for a word of ASCII letters: byte counts are character counts.
    static func asciiStem(_ word: String) -> String? {
        Array(word.utf8).withUnsafeBufferPointer { asciiStem(bytes: $0) }
    }

    /// ``asciiStem(_:)`` of a word's lowercase ASCII bytes. The word is
    /// measured, looked up and cut on its bytes, and only the stem becomes a
    /// `String`: hashing each word as a `String` was most of finding stems.
    static func asciiStem(bytes word: UnsafeBufferPointer<UInt8>) -> String? {
        let length = word.count
        guard length >= 5, length > longestCommonWord || !commonWordKeys.contains(packed(word)) else { return nil }
        var cut = 0
        for suffix in stemSuffixes where length - suffix.count >= 4 && word.suffix(suffix.count).elementsEqual(suffix) {
            cut = suffix.count
            break
        }
        return String(decoding: UnsafeBufferPointer(rebasing: word[..<(length - cut)]), as: UTF8.self)
    }

    /// Up to eight letters as one number: letters are never 0, so no two
    /// words of that length share one.
    static func packed(_ word: UnsafeBufferPointer<UInt8>) -> UInt64 {
        word.reduce(0) { $0 << 8 | UInt64($1) }
    }

    static let stemSuffixes = ["ing", "ies", "es", "ed", "ly", "s"].map { Array($0.utf8) }

    /// Code names: words with an inner `.`, `_` or `()` (`list.sort()`, `torch.compile`, `lr_warmup`).
    static func codeWords(_ text: String) -> [String] {
        pieces(of: text).compactMap { raw in
            // A code name holds `.`, `_` or `(`: a piece without those bytes is
            // no code name, and most pieces end here before any trimming.
            raw.utf8.contains(where: { $0 == 0x2E || $0 == 0x5F || $0 == 0x28 }) ? codeWord(raw) : nil
        }
    }

    /// The code name a piece of text is, or `nil`.
    static func codeWord(_ raw: Substring) -> String? {
        let word = String(raw).trimming(".:")
        let inner = word.dropFirst().dropLast()
        guard word.count >= 4, word.first?.isLetter ?? false,
            inner.contains(Character(".")) || inner.contains(Character("_")) || word.hasSuffix("()")
        else { return nil }
        if word.hasSuffix(")") && !word.hasSuffix("()") { return nil }
        // A file name (`trace_nodes.yaml`) is where something is written, not an approach.
        if let dot = word.lastIndex(of: "."), !word.hasSuffix("()"),
            word[word.index(after: dot)...].count <= 4, word[word.index(after: dot)...].allSatisfy(\.isLowercase)
        {
            return nil
        }
        return word
    }

    /// `text` cut at whitespace and `,;"'`[]`. ASCII text is cut on its bytes,
    /// where each byte is a character: splitting on characters was most of
    /// finding code names.
    static func pieces(of text: String) -> [Substring] {
        let separators = Set(",;\"'`[]".utf8)
        guard text.utf8.allSatisfy({ $0 < 0x80 }) else {
            // A separator that is not whitespace is one ASCII scalar; a
            // `Character` of more (`,` with a combining mark) never equals it.
            return text.split(whereSeparator: { character in
                character.isWhitespaceFast || (character.asciiValue.map { separators.contains($0) } ?? false)
            })
        }
        return text.utf8.split(whereSeparator: {
            separators.contains($0) || $0 == 0x20 || (0x09...0x0D).contains($0)
        }).map { Substring($0) }
    }

    /// Plain English function words of five letters or more, never distinctive.
    static let commonWords: Set<String> = [
        "about", "above", "after", "again", "against", "among", "because", "before", "being", "below", "between",
        "could", "doing", "during", "either", "every", "first", "further", "having", "other", "their", "there",
        "these", "those", "through", "under", "until", "using", "where", "which", "while", "would", "should",
        "without", "within", "might", "since", "still", "though", "whether", "another", "itself", "rather",
        "instead", "enough", "based", "makes", "given", "whose",
    ]
    static let longestCommonWord = commonWords.map(\.utf8.count).max() ?? 0
    /// ``commonWords`` ``packed(_:)``, none longer than eight letters.
    static let commonWordKeys = Set(commonWords.map { word in Array(word.utf8).withUnsafeBufferPointer(packed) })
}
