import AraCore
import AraTestSupport
import XCTest

final class ModelTests: XCTestCase {
    func testClaimViews() {
        let section = TestSupport.markdown(
            """
            ## C02: T
            - **Statement**: s
            - **Status**: Supported (foundational). Provenance: ai-executed.
            - **Proof**: [E01, E02]
            - **Dependencies**: C01, C1
            """
        ).sections[0]
        let claim = Claim(section: section)
        XCTAssertEqual(claim.id, "C02")
        XCTAssertEqual(claim.status, .supported)
        XCTAssertEqual(claim.proof, ["E01", "E02"])
        XCTAssertEqual(claim.dependencies, ["C01", "C1"])
        XCTAssertEqual(ClaimStatus("partially supported"), .partiallySupported)
        XCTAssertEqual(ClaimStatus("Refuted-as-submittable"), .refuted)
        XCTAssertEqual(ClaimStatus("maybe"), .other("maybe"))
    }

    func testConceptsFromSectionsAndFromTermLists() throws {
        let root = try TestSupport.bundle(
            [
                "logic/concepts.md": """
                # Concepts

                ## Residual mapping
                - **Definition**: F(x) = H(x) - x

                ## Optimizers

                - **Muon** — orthogonalized momentum
                - **`NorMuon`** — normalized Muon
                  continued line
                """
            ], in: self)
        let concepts = try TestSupport.read(root).bundle.concepts
        XCTAssertEqual(concepts.map(\.term), ["Residual mapping", "Muon", "`NorMuon`"])
        XCTAssertEqual(concepts[1].definition, "orthogonalized momentum")
        XCTAssertEqual(concepts[2].location.line, 9)
    }

    func testRelatedWorkEntriesSkipGroupHeadings() throws {
        let root = try TestSupport.bundle(
            [
                "logic/related_work.md": """
                # Related Work
                - **imports**: preamble legend, not an entry

                ## Baselines

                ### PaperBench (Starace et al. 2025)
                - **Type**: baseline

                ## RW01: He et al., 2016
                - **Type**: extends

                ## Briefer citations
                - [1] no fields here
                """
            ], in: self)
        let entries = try TestSupport.read(root).bundle.relatedWork
        XCTAssertEqual(entries.map(\.title), ["PaperBench (Starace et al. 2025)", "He et al., 2016"])
        XCTAssertEqual(entries.map(\.type), ["baseline", "extends"])
    }

    func testManifestLayerIndexAndDeclaredCounts() throws {
        let root = try TestSupport.bundle(
            [
                "PAPER.md": """
                ---
                title: "T"
                authors: Solo Author
                year: 2024
                ---

                # Layer Index

                | File | Description |
                |---|---|
                | [claims.md](logic/claims.md) | 8 falsifiable claims (C01–C08) |

                - **Exploration** (`trace/`): graph
                  - `exploration_tree.yaml` — 14-node DAG
                  - `sessions/` — 38 session logs
                - [site](https://example.org)
                """
            ], in: self)
        let manifest = try XCTUnwrap(try TestSupport.read(root).bundle.manifest)
        XCTAssertEqual(manifest.authors, ["Solo Author"])
        XCTAssertEqual(manifest.year, "2024")
        XCTAssertEqual(
            manifest.layerIndex.map(\.path),
            ["logic/claims.md", "trace/", "trace/exploration_tree.yaml", "trace/sessions/"])
        XCTAssertEqual(manifest.layerIndex[0].location.line, 11)
        let counts = manifest.declaredCounts.map { "\($0.kind.rawValue)=\($0.value)@\($0.location.line)" }
        XCTAssertEqual(counts, ["claims=8@11", "nodes=14@14", "sessions=38@15"])
    }

    func testEvidenceFilesAndIndex() throws {
        let root = try TestSupport.bundle(
            [
                "evidence/README.md":
                    "| File | Claims |\n|---|---|\n| [tables/table1_x.md](tables/table1_x.md) | C01 |\n",
                "evidence/tables/table1_x.md": """
                # Table 1: X

                **Source**: Table 1, §3
                **Caption**: "cap"
                **Extraction type**: raw_table

                | a | b |
                |---|---|
                | 1 | 2 |
                """,
                "evidence/figures/figure1.png": "png",
            ], in: self)
        let bundle = try TestSupport.read(root).bundle
        XCTAssertEqual(bundle.evidenceFiles.count, 1)
        let table = bundle.evidenceFiles[0]
        XCTAssertEqual(table.kind, .table)
        XCTAssertEqual(table.heading, "Table 1: X")
        XCTAssertEqual(table.metadata.map(\.name), ["Source", "Caption", "Extraction type"])
        XCTAssertEqual(table.tables.first?.rows, [["1", "2"]])
        XCTAssertEqual(bundle.evidenceIndex?.entries.map(\.path), ["evidence/tables/table1_x.md"])
        XCTAssertEqual(bundle.assets, ["evidence/figures/figure1.png"])
    }

    func testStagingAndSessions() throws {
        let root = try TestSupport.bundle(
            [
                "staging/observations.yaml":
                    "observations:\n  - {id: O01, content: c, potential_type: claim, promoted: false, bound_to: [N02]}\n",
                "trace/sessions/2026-01-02_001.yaml":
                    "session: {id: \"2026-01-02_001\", timestamp: \"2026-01-02\", summary: s}\nevents_logged:\n  - {type: decision, id: N01, provenance: user, summary: x}\n",
                "trace/sessions/session_index.yaml":
                    "sessions:\n  - {id: \"2026-01-02_001\", timestamp: \"2026-01-02\", summary: s}\n",
            ], in: self)
        let result = try TestSupport.read(root)
        XCTAssertEqual(result.diagnostics, [])
        XCTAssertEqual(result.bundle.observations.map(\.boundTo), [["N02"]])
        XCTAssertEqual(result.bundle.sessions.map(\.id), ["2026-01-02_001"])
        XCTAssertEqual(result.bundle.sessions.first?.events.count, 1)
        XCTAssertEqual(result.bundle.sessionIndex.map(\.summary), ["s"])
    }

    func testDiagnosticJSONShape() throws {
        let diagnostic = Diagnostic(.unknownKey, at: SourceLocation(path: "a.yaml", line: 2, column: 3), "m")
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        XCTAssertEqual(
            String(decoding: try encoder.encode(diagnostic), as: UTF8.self),
            #"{"code":"R009","column":3,"line":2,"message":"m","path":"a.yaml","severity":"info"}"#)
        XCTAssertEqual(try JSONDecoder().decode(Diagnostic.self, from: try encoder.encode(diagnostic)), diagnostic)
    }
}
