import AraCore
import AraTestSupport
import XCTest

final class MarkdownReaderTests: XCTestCase {
    func testHeaderSeparatorDialectsAllYieldTheClaim() {
        let text = """
            # Claims

            ## C01: Colon
            - **Statement**: one

            ## C02 — Em dash
            - **Statement**: two

            ## C3 - Hyphen, unpadded
            - **Statement**: three

            ## C04 – En dash
            - **Statement**: four
            """
        let document = TestSupport.markdown(text)
        let claims = document.sections(withIDPrefix: "C")
        XCTAssertEqual(claims.map(\.heading.id), ["C01", "C02", "C3", "C04"])
        XCTAssertEqual(claims.map(\.heading.title), ["Colon", "Em dash", "Hyphen, unpadded", "En dash"])
        XCTAssertEqual(claims.map(\.heading.origin.spelling), [nil, "—", "-", "–"])
        XCTAssertEqual(claims.map { $0.field("Statement")?.text }, ["one", "two", "three", "four"])
    }

    func testHeadingsThatOnlyLookLikeIDsKeepTheirTitle() {
        let document = TestSupport.markdown("## H2O: water\n\n## BN-Inception\n\n## RW-PR291 — Contra\n")
        XCTAssertEqual(document.sections.map(\.heading.id), [nil, nil, "RW-PR291"])
        XCTAssertEqual(document.sections[0].heading.title, "H2O: water")
    }

    func testFourFieldLabelDialects() {
        let text = """
            ## C01: Dialects

            - **Statement**: bullet, colon outside
            - **Status:** supported

            **Proof**: [E01, E02]

            **Falsification criteria:** a paragraph
            that continues here.
            """
        let section = TestSupport.markdown(text).sections[0]
        XCTAssertEqual(section.fields.map(\.name), ["Statement", "Status", "Proof", "Falsification criteria"])
        XCTAssertEqual(section.field("Falsification criteria")?.value, "a paragraph\nthat continues here.")
        XCTAssertNil(section.fields[0].origin.spelling, "the canonical label records no spelling")
        XCTAssertEqual(section.fields[1].origin.spelling, "- **Status:**")
        XCTAssertEqual(section.fields[3].origin.spelling, "**Falsification criteria:**")
        XCTAssertEqual(Claim(section: section).proof, ["E01", "E02"])
    }

    func testFieldLocationsAreFileLinesAfterFrontMatter() {
        let text = "---\ntitle: x\n---\n\n## C01: T\n- **Statement**: s\n"
        let document = TestSupport.markdown(text)
        XCTAssertEqual(document.sections[0].location.line, 5)
        XCTAssertEqual(
            document.sections[0].fields[0].location, SourceLocation(path: "logic/claims.md", line: 6, column: 1))
    }

    func testLabelAloneFollowedByListTakesTheListAsValue() {
        let text = "## C01: T\n\n**Sources:**\n- 3.57 ← a «b» [result]\n- 1.2 ← c «d» [input]\n\n---\n"
        let section = TestSupport.markdown(text).sections[0]
        XCTAssertEqual(section.field("Sources")?.value, "\n- 3.57 ← a «b» [result]\n- 1.2 ← c «d» [input]")
        XCTAssertEqual(section.texts.map(\.text), ["---"])
    }

    func testNestedListValuesAndAliases() {
        let text = """
            ## E01: Setup
            - **Setup**:
              - Model: small
                (continued)
              - Hardware: one GPU
            - **Expected results**: lower error
            """
        let section = TestSupport.markdown(text, path: "logic/experiments.md", vocabulary: Vocabularies.experiment)
            .sections[0]
        XCTAssertEqual(section.field("Setup")?.value, "\n- Model: small\n  (continued)\n- Hardware: one GPU")
        XCTAssertEqual(section.fields.last?.name, "Expected outcome")
        XCTAssertEqual(section.fields.last?.origin.spelling, "- **Expected results**:")
    }

    func testNothingIsLostBetweenFields() throws {
        let text = """
            Intro paragraph before any heading.

            # Title

            ## C01: T
            - **Statement**: s
            - A1: a plain item
            - **Status**: hypothesis

            | a | b |
            |---|---|
            | 1 | 2 |

            [ref]: https://example.org
            """
        let document = TestSupport.markdown(text)
        XCTAssertEqual(
            document.preamble,
            [.text(MarkdownText(text: "Intro paragraph before any heading.", origin: Origin(SourceLocation(path: ""))))]
        )
        let items = document.sections[1].items
        XCTAssertEqual(items.count, 4)
        guard case .text(let plain) = items[1], case .text(let rest) = items[3] else {
            return XCTFail("expected text items, got \(items)")
        }
        XCTAssertEqual(plain.text, "- A1: a plain item")
        XCTAssertTrue(rest.text.contains("| 1 | 2 |") && rest.text.contains("[ref]: https://example.org"), rest.text)
    }

    func testCanonicalFormIsExact() throws {
        let text = """
            # Claims
            ## C1 — Title
            **Statement:** first line
            second line

            **Sources:**
            - v ← f:1 «q» [result]
            Trailing paragraph.
            """
        let rendered = try MarkdownWriter.render(TestSupport.markdown(text))
        XCTAssertEqual(
            rendered,
            """
            # Claims

            ## C1: Title

            - **Statement**: first line
              second line
            - **Sources**:
              - v ← f:1 «q» [result]
              Trailing paragraph.

            """)
        // The canonical form reads back as the same document and renders identically.
        let reread = TestSupport.markdown(rendered)
        XCTAssertEqual(reread, TestSupport.markdown(text))
        XCTAssertEqual(try MarkdownWriter.render(reread), rendered)
    }

    func testSectionWithoutIDInIDKeyedFileIsReported() {
        let file = TextFile(path: "logic/claims.md", text: "# Claims\n\n## Notes\n\ntext\n\n## C01: T\n")
        let result = MarkdownReader(vocabulary: Vocabularies.claim, expectedIDPrefixes: ["C"]).read(file)
        XCTAssertEqual(result.diagnostics.map(\.code), [.sectionWithoutID])
        XCTAssertEqual(result.diagnostics.first?.location.line, 3)
    }

    func testGFMTablesKeepExactCells() {
        let file = TextFile(
            path: "evidence/tables/t.md",
            text: "# Table 2: x\n\n|   | plain | ResNet |\n|---|---|---|\n| 34 layers | 28.54 | **25.03** |\n")
        let tables = MarkdownReader(vocabulary: Vocabularies.evidence).read(file).tables
        XCTAssertEqual(tables.first?.header, ["", "plain", "ResNet"])
        XCTAssertEqual(tables.first?.rows, [["34 layers", "28.54", "25.03"]])
        XCTAssertEqual(tables.first?.rowLines, [3, 5])
    }

    /// A table right under a paragraph, no blank line between: cmark-gfm
    /// gives the paragraph no position, and the reader read line -1 and
    /// crashed (found by make fuzz; Tests/Fuzz/regressions/markdown).
    func testTableRightUnderAParagraphKeepsBothInPlace() throws {
        let text = "# Table 2: x\n\n**Source**: p. 4\n**Caption**: errors\n| a | b |\n|---|---|\n| 1 | 2 |\n"
        let result = MarkdownReader(vocabulary: Vocabularies.evidence).read(
            TextFile(path: "evidence/tables/t.md", text: text))
        let table = try XCTUnwrap(result.tables.first)
        XCTAssertEqual(table.header, ["a", "b"])
        XCTAssertEqual(table.rows, [["1", "2"]])
        XCTAssertEqual(table.rowLines, [5, 7])
        let fields = result.document.sections.first?.fields ?? []
        XCTAssertEqual(fields.map(\.name), ["Source", "Caption"])
        XCTAssertEqual(fields.map(\.location.line), [3, 4])
        // The same in a claim, under a plain line of text.
        let claims = TestSupport.markdown("# Claims\n\n## C01: T\nSome text\n| a | b |\n|---|---|\n")
        XCTAssertEqual(claims.sections.last?.heading.id, "C01")
    }

    func testIDMentions() {
        XCTAssertEqual(BlockID.mentions(in: "[E01, E02]", prefixes: ["E"]), ["E01", "E02"])
        XCTAssertEqual(BlockID.mentions(in: "C12, C03 (negative space), C01", prefixes: ["C"]), ["C12", "C03", "C01"])
        XCTAssertEqual(BlockID.mentions(in: "pending — Tier 3 eval; EC2 and E2E", prefixes: ["E"]), [])
        XCTAssertTrue(BlockID.sameObject("C1", "C01"))
        XCTAssertFalse(BlockID.sameObject("C1", "C10"))
    }
}
