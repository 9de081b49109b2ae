import XCTest

@testable import AraReview

/// The byte-level fast paths of the prose rules must answer exactly as the
/// character-level code they stand in for.
final class TextFastPathTests: XCTestCase {
    let texts = [
        "", "rule", "We RULE out nothing.", "Ruled  out: x", "rulers", "ru le", "don't", "won’t", "isn't\u{301}",
        "n't", "Rationale", "trailing ruLe", "é rule é", "tab\tsep, comma; \"quote\" 'single' `tick` [bracket]",
        "list.sort() and torch.compile, lr_warmup.", "crlf\r\nline\u{0B}vt\u{0C}ff",
        "nbsp\u{A0}word ideographic\u{3000}x",
        "é.sort() naïve_name", "  leading and trailing  ", "comma,\u{301} joined", "space \u{301}mark", "em—dash x",
        "Training DEEPER Networks: residual LEARNING eases optimisation; studies, matches and Stings.",
        "Plain1000layer nets_trained quickly@home [tested] {models} about-because between`tests`",
    ]

    func testRuleIsFoundInEveryCaseAsLoweringFindsIt() {
        for text in texts {
            XCTAssertEqual(ScopeText.mentionsRule(text), text.lowercased().contains("rule"), text.debugDescription)
        }
    }

    func testNotEndingsMatchTheCharacterTest() {
        for word in ["don't", "won’t", "isn't\u{301}", "n't", "nt", "t", "", "can't'", "ŋ't", "an't"] {
            XCTAssertEqual(
                ScopeText.endsInNot(word), word.hasSuffix("n't") || word.hasSuffix("n’t"), word.debugDescription)
        }
    }

    func testPiecesMatchTheCharacterSplit() {
        for text in texts {
            let expected = text.split(whereSeparator: { $0.isWhitespace || ",;\"'`[]".contains($0) })
            XCTAssertEqual(ClaimAdvocatesDeadEnd.pieces(of: text), expected, text.debugDescription)
        }
    }

    /// The byte route through a text gives the stems of the words ``WordSplit`` cuts.
    func testStemsOfATextMatchTheWordRoute() {
        for text in texts {
            let expected = WordSplit.words(text).compactMap { word -> String? in
                guard word.count >= 5, !ClaimAdvocatesDeadEnd.commonWords.contains(word) else { return nil }
                let suffix = ["ing", "ies", "es", "ed", "ly", "s"].first {
                    word.hasSuffix($0) && word.count - $0.count >= 4
                }
                return suffix.map { String(word.dropLast($0.count)) } ?? word
            }
            XCTAssertEqual(ClaimAdvocatesDeadEnd.stems(text), expected, text.debugDescription)
        }
    }

    /// Tokens as they were cut with a set of boundary characters.
    func testTokensMatchTheCharacterSetRule() {
        let boundary: Set<Character> = [",", ";", ":", "(", ")", "[", "]", "—", "–"]
        let extra = [
            "All runs — every one – hold (on [all] sizes): yes; no.", "x,\u{301} y—\u{301} \"quoted\"* 'a' 3.5.",
            "end.\r\nnext", "a\r\n", "“curly” …", "v1.2. 1. a.",
        ]
        for text in texts + extra {
            let expected = text.split(whereSeparator: { $0.isWhitespace }).map { raw in
                var word = Substring(raw)
                let opens = word.first.map { boundary.contains($0) || $0 == "\"" || $0 == "*" } ?? false
                word = word.drop(while: { boundary.contains($0) || $0 == "\"" || $0 == "*" || $0 == "'" })
                var closes = false
                while let last = word.last, boundary.contains(last) || ".!?\"'*".contains(last) {
                    if last != "." || !(word.dropLast().last?.isNumber ?? false) || word.count < 2 { closes = true }
                    if last == "." { closes = true }
                    word = word.dropLast()
                }
                return "\(word)|\(closes)|\(opens)"
            }
            XCTAssertEqual(
                ScopeText.tokens(text).map { "\($0.word)|\($0.closes)|\($0.opens)" }, expected, text.debugDescription)
        }
    }

    /// Specific names as the `Character` split found them, on texts with other scripts too.
    func testSpecificNamesMatchTheCharacterSplit() {
        let extra = [
            "ResNet-34 on CIFAR-10 — and ImageNet,\u{301}GPT-2 (CPython) “BERT-Base” É-Net x86 ‘T5-XL’",
            "über GPT-4o; [LLaMA-2]{Mistral-7B} `CodeT5` *Claude-3* \r\nPaLM-2",
        ]
        for text in texts + extra {
            var expected: [String] = []
            for raw in text.split(whereSeparator: { $0.isWhitespace || ",;()[]{}\"'*`".contains($0) }) {
                let word = String(raw).trimming(".:")
                if ScopeText.isSpecificName(word), !expected.contains(word) { expected.append(word) }
            }
            XCTAssertEqual(ScopeText.specificNames(in: text), expected, text.debugDescription)
        }
    }

    /// Common words are looked up packed into eight bytes: each must fit.
    func testCommonWordsFitTheirPackedKeys() {
        XCTAssertLessThanOrEqual(ClaimAdvocatesDeadEnd.longestCommonWord, 8)
        XCTAssertEqual(ClaimAdvocatesDeadEnd.commonWordKeys.count, ClaimAdvocatesDeadEnd.commonWords.count)
    }

    /// Code names as found before pieces without `.`, `_` or `(` were passed over.
    func testCodeWordsMatchTheFullTest() {
        let extra = [
            "Use list.sort() and torch.compile; lr_warmup: trace_nodes.yaml a.b x() f(x) ab.c_d. Ünï_code é.()",
            "model.FIT() cfg.json. data.tar.gz run_all ._x_ __init__ (call()) n.5",
        ]
        for text in texts + extra {
            let expected = ClaimAdvocatesDeadEnd.pieces(of: text).compactMap(ClaimAdvocatesDeadEnd.codeWord)
            XCTAssertEqual(ClaimAdvocatesDeadEnd.codeWords(text), expected, text.debugDescription)
        }
    }

    /// Prose read part by part has the sentences of the parts joined by line feeds.
    func testProseOfPartsMatchesTheJoinedText() {
        typealias Prose = ClaimAdvocatesDeadEnd.Prose
        let parts = [
            "Title N03 here.", "", "Statement one. Statement two!", "ends with dot.", "\u{301}mark first", "cr\r",
            "\nlead", "no end", "Never use N05?", "tail \r\n", "N07 does not compose.",
        ]
        // Stems are read only in what a claim says (the leading parts), negation only
        // where a node is named: those are the parts that must agree.
        let show = { (prose: Prose, stemmedCount: Int) in
            prose.sentences.enumerated().map { index, sentence in
                let stems = index < stemmedCount ? sentence.stems.sorted() : []
                let negated = !sentence.nodes.isEmpty && sentence.negated
                return "\(sentence.text)|\(sentence.haystack)|\(stems)|\(sentence.nodes)|\(negated)"
            }
        }
        for first in 0..<parts.count {
            for second in 0..<parts.count {
                for third in [0, 3, 5, 8] {
                    let leading = [parts[first], parts[second]]
                    let rest = [parts[third], parts[(first + third) % parts.count]]
                    let (head, whole) = Prose.split(leading: leading, rest: rest)
                    let joined = Prose(leading.joined(separator: "\n"))
                    XCTAssertEqual(show(head, .max), show(joined, .max), "\(leading)")
                    XCTAssertEqual(
                        show(whole, head.sentences.count),
                        show(Prose((leading + rest).joined(separator: "\n")), head.sentences.count),
                        "\(leading + rest)")
                }
            }
        }
    }

    func testFieldWordsMatchTheCharacterSplit() {
        for text in texts + ["[a](b/c), `x/y`; ../up /abs ~/home", "é,\u{301}x [\u{301}y] z\r\nw"] {
            XCTAssertEqual(
                text.split(whereSeparator: FieldPaths.separates),
                text.split(whereSeparator: { $0.isWhitespace || "[](),;`".contains($0) }), text.debugDescription)
        }
    }

    func testTrimmingMatchesTheCharacterLoop() {
        for text in texts + ["..a.b..", "::", "(x)", "\n\r\nx\r\n", ".\u{301}a.", "é.", "..."] {
            for characters in [".:", ".:,;()[]{}\"'*`", "\r\n", "\n", "é"] {
                var slice = Substring(text)
                while let first = slice.first, characters.contains(first) { slice.removeFirst() }
                while let last = slice.last, characters.contains(last) { slice.removeLast() }
                XCTAssertEqual(
                    text.trimming(characters), String(slice), "\(text.debugDescription) \(characters.debugDescription)")
            }
        }
    }

    func testQuotationsAreTakenOutAsByTheCharacterLoop() {
        for text in texts + ["say “x 1.5” y 2", "a \"q 3\" b", "`code 4` 5", "— 7 ” 8", "“open", "plain 9.1%"] {
            let expected = ClaimValues.quotationsTakenOut(of: text)
            XCTAssertEqual(ClaimValues.withoutQuotations(text), expected, text.debugDescription)
        }
    }

    func testQuantifiersStartWithTheInitialsLookedFor() {
        for word in ScopeText.universalWords {
            XCTAssertTrue(word.utf8.first.map(ScopeText.quantifierInitials.contains) ?? false, word)
            XCTAssertTrue(
                word.uppercased().utf8.first.map(ScopeText.quantifierInitials.contains) ?? false, word.uppercased())
        }
    }

    func testBracketsCountedAsCharactersCountThem() {
        for word in texts + ["(a[b])", "((x", "é(", "(\u{301}x)", "x]\r", "[]"] {
            let text = Substring(word)
            let expected = (
                text.reduce(0) { $0 + ($1 == "(" || $1 == "[" ? 1 : 0) },
                text.reduce(0) { $0 + ($1 == ")" || $1 == "]" ? 1 : 0) }
            )
            let found = ScopeText.brackets(in: text)
            XCTAssertTrue(found.opened == expected.0 && found.closed == expected.1, word.debugDescription)
        }
    }

    func testSharingTwoCountsCommonMembers() {
        XCTAssertTrue(ClaimAdvocatesDeadEnd.sharesTwo(["a", "b", "c"], ["b", "c"]))
        XCTAssertFalse(ClaimAdvocatesDeadEnd.sharesTwo(["a", "b", "c"], ["c", "d", "e", "f"]))
        XCTAssertFalse(ClaimAdvocatesDeadEnd.sharesTwo([], ["c", "d"]))
    }

    func testStemsOfAsciiWordsMatchTheCharacterRule() {
        for word in [
            "running", "studies", "matches", "trained", "quickly", "models", "about", "because", "between",
            "tests", "ing", "bring", "stings", "alongside",
        ] {
            var expected: String? = word
            if word.count < 5 || ClaimAdvocatesDeadEnd.commonWords.contains(word) {
                expected = nil
            } else if let suffix = ["ing", "ies", "es", "ed", "ly", "s"].first(where: {
                word.hasSuffix($0) && word.count - $0.count >= 4
            }) {
                expected = String(word.dropLast(suffix.count))
            }
            XCTAssertEqual(ClaimAdvocatesDeadEnd.asciiStem(word), expected, word)
        }
    }
}

/// The folders of a bundle's paths, found on bytes, must be those the component split finds.
final class DirectoryIndexTests: XCTestCase {
    func testSameFoldersAsTheComponentSplit() {
        let paths = [
            "a.md", "logic/claims.md", "src/x/y/z.py", "src/x/w.py", "é/ü/f", "a//b/c", "/abs/x", "trail/",
            "x/\u{301}y/z",
            "\u{0600}/q", "deep/1/2/3/4/5", "deep/1/2/other",
        ]
        var expected: Set<String> = [""]
        for path in paths {
            var parts = path.split(separator: "/").dropLast()
            while !parts.isEmpty {
                expected.insert(parts.joined(separator: "/"))
                parts = parts.dropLast()
            }
        }
        XCTAssertEqual(ReviewContext.directories(of: paths), expected)
        XCTAssertEqual(ReviewContext.directories(of: paths.reversed()), expected)
    }
}
