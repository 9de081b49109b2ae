import XCTest

@testable import AraCore

// Byte-level fast paths, each checked against the character-level or
// Foundation code it stands in for.

/// The byte split must give exactly the lines the `Character` split gave.
final class LineSplitTests: XCTestCase {
    /// The word split must give exactly the pieces `split(whereSeparator:)`
    /// gives, for ASCII text (split on bytes) and any other (left to it).
    func testSameWordsAsTheCharacterSplit() {
        let texts = [
            "", " ", "  two  spaces ", "one", "a,b;(c)", "tab\tand\nline", "a\r\nb", "lone\rcr x", "é x\u{301}y",
            "emoji 👩‍👩‍👧 next", "path/to/file.py, and [link](x)", "trailing,", ",leading",
        ]
        let separators: [(Character) -> Bool] = [
            { $0.isWhitespace }, { $0 == "," || $0 == " " }, { "()[];,` ".contains($0) }, { $0.isNewline },
        ]
        for text in texts {
            for separates in separators {
                XCTAssertEqual(
                    text.splitWords(where: separates), text.split(whereSeparator: separates), text.debugDescription)
                let slice = text.dropFirst()
                XCTAssertEqual(slice.splitWords(where: separates), slice.split(whereSeparator: separates))
            }
        }
    }

    func testSameLinesAsTheCharacterSplit() {
        let texts = [
            "", "\n", "\n\n", "one", "one\n", "one\ntwo", "a\r\nb\nc", "lone\rcr\n", "\r\n", "é\n\u{301}x",
            "\n\u{301}", "tab\t\n  indented\n", "emoji 👩‍👩‍👧\nnext", "no newline at all but long text",
        ]
        for text in texts {
            let expected = text.split(separator: "\n", omittingEmptySubsequences: false)
            XCTAssertEqual(text.splitLines(), expected, text.debugDescription)
            let slice = text.dropFirst()
            XCTAssertEqual(slice.splitLines(), slice.split(separator: "\n", omittingEmptySubsequences: false))
        }
    }
}

/// The byte search must find what Foundation's `range(of:)` finds.
final class ASCIISearchTests: XCTestCase {
    func testSameRangesAsFoundation() {
        let texts = [
            "", "**", "- **Name**: v", "**Name:** v", "no close **here", "*\u{301}*", "**\u{301}", "é**x**",
            "a](b) c](d)", "](", "x]\u{301}(y", "**Ünïcödé**: ✓", "\u{0600}**x**", "***", "a*b**",
        ]
        for text in texts {
            for needle in ["**", "]("] {
                let slice = Substring(text)
                XCTAssertEqual(
                    slice.rangeOfASCII(needle), slice.range(of: needle), "\(text.debugDescription) \(needle)")
                let inner = slice.dropFirst()
                XCTAssertEqual(inner.rangeOfASCII(needle), inner.range(of: needle), text.debugDescription)
            }
        }
    }
}

/// Path components found on bytes must be the ones the character split gives.
final class PathComponentTests: XCTestCase {
    func testSameComponentsAsTheCharacterSplit() {
        for path in ["", "/", "a", "a/b", "a//b/", "./a/../b", "é/ü", "a/\u{301}b", "logic/claims.md", "/abs/x"] {
            XCTAssertEqual(BundleFileSystem.components(of: path), path.split(separator: "/"), path.debugDescription)
        }
    }
}

/// Declared counts matched by hand on ASCII lines must be exactly what the
/// expressions match.
final class DeclaredCountMatchTests: XCTestCase {
    func testHandMatchingAgreesWithTheExpressions() {
        let pieces = [
            "1", "12", "1,000", "3,4", "1,", ",", " ", "-", "node", "nodes", "Node", "claims", "falsifiable", "CLAIMS",
            "é", "\u{301}", "—", "٣", "ſ", "ı", "İ", "ﬁ", "\u{212A}", "→ ", "\u{0600}",
            "experiments", "experiment plans", "declarative", "concepts", "formal", "heuristics", "session", "logs",
            "records", "preliminary", "staged", "observations", "raw", "tables", "figures", "x", "99999999999999999999",
        ]
        var generator = SystemRandomNumberGenerator()
        var lines = [
            "116 nodes and 12 falsifiable claims", "1,000-node tree", "2 Experiment Plans; 3 raw TABLES", "٣,3 nodes",
            "é 5 claims → 7 figures", "3\u{301} claims", "claims 4 claims\u{301}",
        ]
        for _ in 0..<6_000 {
            let count = Int.random(in: 1...7, using: &generator)
            let separators = [" ", "", "-", " "]
            lines.append(
                (0..<count).map { _ in
                    (pieces.randomElement(using: &generator) ?? "")
                        + (separators.randomElement(using: &generator) ?? "")
                }.joined())
        }
        let at = SourceLocation(path: "PAPER.md", line: 3, column: 1)
        for line in lines {
            let byExpression = DeclaredCount.expressions.flatMap {
                DeclaredCount.expressionMatches(of: $1, kind: $0, in: Substring(line), at: at)
            }
            XCTAssertEqual(DeclaredCount.scan(line, at: at), byExpression, line)
        }
    }
}

/// The mark count by table must be the count of the marks cmark-gfm reacts to.
final class MarkdownMarksTests: XCTestCase {
    func testTheTableCountsExactlyTheMarks() {
        let marks = Set("[]()*_`<>!&\\|~\n".utf8)
        for text in ["", "plain", "[a](b) *c* _d_ `e` <f> !g &h; \\i |j| ~k~\nl", "é→[x]\r\n|a|b|", "***___"] {
            XCTAssertEqual(ReadBudget.markdownMarks(in: text), text.utf8.filter(marks.contains).count, text)
        }
    }
}

/// Code spans found on bytes must be those found on characters, columns included.
final class CodeSpanTests: XCTestCase {
    func testSameSpansAsTheCharacterSearch() {
        let lines = [
            "", "`a`", "x `src/a.py` and `b` then `open", "``", "é `c` é", "`\u{301}x` `y`", "a\r`b`", "tab\t`t`",
            "| `evidence/t.md` | C01 | `x` |", "🙂 `s`", "`a``b`",
        ]
        for line in lines {
            var expected: [(String, Int)] = []
            var index = line.startIndex
            while let open = line[index...].firstIndex(of: "`") {
                let start = line.index(after: open)
                guard let close = line[start...].firstIndex(of: "`") else { break }
                expected.append((String(line[start..<close]), line.distance(from: line.startIndex, to: start) + 1))
                index = line.index(after: close)
            }
            let found = PathReference.codeSpans(in: Substring(line))
            XCTAssertEqual(found.map(\.0), expected.map(\.0), line.debugDescription)
            XCTAssertEqual(found.map(\.1), expected.map(\.1), line.debugDescription)
        }
    }
}

/// The quick whitespace test must answer as `isWhitespace` for every character.
final class WhitespaceTests: XCTestCase {
    func testSameAnswerAsTheProperty() {
        var characters: [Character] = (0..<0x300).compactMap { Unicode.Scalar($0).map(Character.init) }
        characters += [
            "\r\n", "\u{2028}", "\u{3000}", "\u{85}", "\u{A0}", " \u{301}", "a\u{301}", "\u{FEFF}", "\u{200B}",
        ]
        for character in characters {
            XCTAssertEqual(
                character.isWhitespaceFast, character.isWhitespace, "\(character.unicodeScalars.map(\.value))")
        }
    }
}

/// A path taken as normal must be what normalising it gives.
final class NormalPathTests: XCTestCase {
    func testNormalPathsComeBackUnchanged() {
        let paths = [
            "", ".", "..", "a", "a/b", "a//b", "a/", "/a", "./a", "a/.", "a/..", "../a", "a/./b", "a/../b", "...",
            "a/...",
            ".a", "a.", "a/.b/c", "é/x", "src/x.py", "evidence/t1.md", "a/b/../../..", "..a/b", "a/b..",
        ]
        for path in paths where BundleFileSystem.isNormal(path) {
            XCTAssertEqual(BundleFileSystem.normalize(path), path, path)
        }
        XCTAssertTrue(BundleFileSystem.isNormal("evidence/t1.md"))
        XCTAssertFalse(BundleFileSystem.isNormal("a/./b"))
        XCTAssertFalse(BundleFileSystem.isNormal("a//b"))
    }
}
