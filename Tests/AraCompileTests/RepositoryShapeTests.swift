import AraCompile
import AraTestSupport
import XCTest

/// Repositories shaped as real ones are (issue 13, §3): nested READMEs,
/// same-named scripts in two folders, Makefiles calling scripts, modules run
/// with -m, notebooks, and hardware stated only in prose.
final class RepositoryShapeTests: XCTestCase {
    static let files: [String: String] = [
        "README.md": """
        # Sampler

        We ran every experiment on 4 NVIDIA A100 GPUs (80 GB each).
        Requires Python 3.10 or later.

        ```sh
        python generate.py --n 5
        python -m pkg.serve --port 8000
        jupyter notebook notebooks/explore.ipynb
        CUDA_VISIBLE_DEVICES=0 python generate.py --n 1
        ```
        """,
        "generate.py": "\"\"\"Generate samples from the large checkpoint.\"\"\"\nimport sys\n",
        "sub/README.md": """
        # The small model

        ```sh
        python generate.py --small
        cd .. && python generate.py --n 2
        ```
        """,
        "sub/generate.py": """
        # Copyright 2024 Example Lab. Licensed under the MIT licence.

        \"\"\"
        Generate samples from the small checkpoint.
        \"\"\"
        import sys
        """,
        "Makefile": "sample:\n\tpython sub/generate.py --small\n",
        "tools/Makefile": "run:\n\tbash run.sh\n",
        "tools/run.sh": "#!/bin/bash\n# Run the conversion tool.\necho run\n",
        "pkg/__init__.py": "",
        "pkg/serve/__main__.py": "\"\"\"Serve the model over HTTP.\"\"\"\n",
        "notebooks/explore.ipynb": """
        {"cells": [{"cell_type": "markdown", "source": ["# Explore the samples"]}], "metadata": {}, \
        "nbformat": 4, "nbformat_minor": 5}
        """,
    ]

    func scan() throws -> RepositoryScan {
        let root = try TestSupport.temporaryDirectory(self).appendingPathComponent("repo")
        for (path, text) in Self.files { try RepositoryFixture.write(text, to: root.appendingPathComponent(path)) }
        return try RepositoryScanner.scan(root: root)
    }

    /// The artifact block of `path` in src/artifacts.md.
    func block(_ artifacts: String, _ path: String) -> String {
        let blocks = artifacts.components(separatedBy: "\n## ")
        return blocks.first { $0.contains("- **File(s)**: `\(path)`") } ?? ""
    }

    func testEachCommandBelongsToTheFileItRunsFromItsFolder() throws {
        let artifacts = try XCTUnwrap(try scan().text("src/artifacts.md"))
        let root = block(artifacts, "generate.py")
        XCTAssertTrue(root.contains("`python generate.py --n 5` (README.md:7)"), root)
        XCTAssertTrue(root.contains("`cd .. && python generate.py --n 2` (sub/README.md:5)"), root)
        XCTAssertFalse(root.contains("--small"), root)
        let small = block(artifacts, "sub/generate.py")
        XCTAssertTrue(small.contains("`python generate.py --small` (sub/README.md:4)"), small)
        XCTAssertTrue(small.contains("`make sample` (Makefile:2)"), small)
        XCTAssertFalse(small.contains("--n 5"), small)
        XCTAssertTrue(block(artifacts, "tools/run.sh").contains("`make -C tools run` (tools/Makefile:2)"))
        XCTAssertTrue(block(artifacts, "pkg/serve/__main__.py").contains("`python -m pkg.serve --port 8000`"))
        XCTAssertTrue(block(artifacts, "notebooks/explore.ipynb").contains("jupyter notebook notebooks/explore.ipynb"))
    }

    func testWhatItDoesComesFromTheDocstringPastALicenceHeader() throws {
        let artifacts = try XCTUnwrap(try scan().text("src/artifacts.md"))
        XCTAssertTrue(
            block(artifacts, "sub/generate.py").contains(
                "- **What it does**: «Generate samples from the small checkpoint.» (sub/generate.py:4)"))
        XCTAssertTrue(
            block(artifacts, "pkg/serve/__main__.py").contains("«Serve the model over HTTP.» (pkg/serve/__main__.py:1)")
        )
    }

    func testHardwareAndVersionsAreQuotedFromTheText() throws {
        let scan = try scan()
        let environment = try XCTUnwrap(scan.text("src/environment.md"))
        XCTAssertTrue(
            environment.contains(
                "## Hardware\n\n- «We ran every experiment on 4 NVIDIA A100 GPUs (80 GB each).» — `README.md:3`"),
            environment)
        XCTAssertTrue(environment.contains("- «Requires Python 3.10 or later.» — `README.md:4`"), environment)
        // A command in a code block is not a statement about the machine.
        XCTAssertFalse(environment.contains("CUDA_VISIBLE_DEVICES"), environment)
        XCTAssertFalse(scan.pending.contains { $0.hasSuffix("Hardware") }, "\(scan.pending)")
    }
}
