import AraCompile
import AraTestSupport
import XCTest

final class RepositoryArtifactsTests: XCTestCase {
    func testEachCodeFileIsDescribedFromItsOwnTextTheReadmeAndTheMakefile() throws {
        let scan = try RepositoryScanner.scan(root: try RepositoryFixture.build(in: self))
        XCTAssertEqual(
            scan.text("src/artifacts.md"),
            """
            # Code Artifacts

            ## A01: Makefile

            - **File(s)**: `Makefile` (Makefile, 8 lines)
            - **Nature**: build recipes; targets: `train` (Makefile:4), `eval` (Makefile:7)
            - **What it does**: «Reproduce the paper.» (Makefile:1)
            - **How to run**: `make eval` (README.md:7)
            - **Claims supported**: pending

            ## A02: evaluate.py

            - **File(s)**: `evaluate.py` (Python, 10 lines)
            - **Nature**: script (shebang `#!/usr/bin/env python`); options: `--checkpoint` (evaluate.py:7); \
            arguments: `split` (evaluate.py:8)
            - **What it does**: «Evaluate a checkpoint on the test split.» (evaluate.py:2)
            - **How to run**: `python evaluate.py --checkpoint ckpt.pt test` (README.md:16); `make eval` (Makefile:8)
            - **Claims supported**: pending

            ## A03: scripts/run.sh

            - **File(s)**: `scripts/run.sh` (Shell, 3 lines)
            - **Nature**: script (shebang `#!/bin/bash`)
            - **What it does**: «Launch the full sweep.» (scripts/run.sh:2)
            - **How to run**: `bash scripts/run.sh` (README.md:12)
            - **Claims supported**: pending

            ## A04: tests/test_model.py

            - **File(s)**: `tests/test_model.py` (Python, 2 lines)
            - **Nature**: test
            - **What it does**: pending
            - **How to run**: pending
            - **Claims supported**: pending

            ## A05: train.py

            - **File(s)**: `train.py` (Python, 18 lines)
            - **Nature**: entry point (`if __name__ == "__main__":` at train.py:17); options: `--lr` (train.py:10), \
            `--epochs` (train.py:12), `-e` (train.py:12); arguments: `data_dir` (train.py:13)
            - **What it does**: «Train a ResNet on CIFAR-10.» (train.py:1)
            - **How to run**: `python train.py --lr 0.1 data/` (README.md:6); `make train` (Makefile:5)
            - **Claims supported**: pending

            ## A06: utils/helpers.py

            - **File(s)**: `utils/helpers.py` (Python, 3 lines)
            - **Nature**: module
            - **What it does**: pending
            - **How to run**: pending
            - **Claims supported**: pending

            """)
    }

    func testOtherLanguagesNotebooksAndCommentStyles() throws {
        let notebook = """
            {
              "cells": [
                {"cell_type": "code", "source": ["import numpy\\n"]},
                {
                  "cell_type": "markdown",
                  "source": [
                    "\\n",
                    "## Loss curves for \\"run 3\\"\\n"
                  ]
                }
              ],
              "nbformat": 4
            }

            """
        let root = try TestSupport.bundle(
            [
                "cmd/sim/main.go": "// Command sim runs the simulator.\npackage main\n\nfunc main() {\n}\n",
                "kernel/src/lib.rs": "//! Fast kernels.\npub fn add() {}\n",
                "csrc/solver.cpp": """
                /*
                 * Copyright 2024 Someone. Licensed under the MIT licence.
                 */

                /* Conjugate-gradient solver. */
                int main(void) {}

                """,
                "web/plot.ts": "/** Draws the loss plot. */\nexport const x = 1;\n",
                "analysis/plots.ipynb": notebook,
                "analysis/fit.R": "# Fit the mixed model.\nlibrary(lme4)\n",
                "sub/Makefile": "all:\n\tpython run.py\n",
                "sub/run.py": "# Runs from sub.\nimport os\n",
                "pkg/__main__.py": "\"\"\"Package entry.\"\"\"\n",
                "README.rst": "Usage::\n\n    python -m pkg --fast\n    jupyter nbconvert analysis/plots.ipynb\n",
                "cmd/sim/sim_test.go": "package main\n",
            ], in: self)
        let text = try XCTUnwrap(RepositoryScanner.scan(root: root).text("src/artifacts.md"))
        let expected = [
            "## A01: analysis/fit.R",
            "- **File(s)**: `analysis/fit.R` (R, 2 lines)",
            "- **What it does**: «Fit the mixed model.» (analysis/fit.R:1)",
            "## A02: analysis/plots.ipynb",
            "- **File(s)**: `analysis/plots.ipynb` (Jupyter notebook, 2 cells)",
            "- **Nature**: notebook",
            "- **What it does**: «Loss curves for \"run 3\"» (analysis/plots.ipynb:8)",
            "- **How to run**: `jupyter nbconvert analysis/plots.ipynb` (README.rst:4)",
            "## A03: cmd/sim/main.go",
            "- **Nature**: entry point (`func main() {` at cmd/sim/main.go:4)",
            "- **What it does**: «Command sim runs the simulator.» (cmd/sim/main.go:1)",
            "## A04: cmd/sim/sim_test.go",
            "- **Nature**: test",
            "- **File(s)**: `csrc/solver.cpp` (C++, 6 lines)",
            "- **Nature**: entry point (`int main(void) {}` at csrc/solver.cpp:6)",
            "- **What it does**: «Conjugate-gradient solver.» (csrc/solver.cpp:5)",
            "- **What it does**: «Fast kernels.» (kernel/src/lib.rs:1)",
            "## A07: pkg/__main__.py",
            "- **How to run**: `python -m pkg --fast` (README.rst:3)",
            "## A08: sub/Makefile",
            "- **Nature**: build recipes; targets: `all` (sub/Makefile:1)",
            "## A09: sub/run.py",
            "- **How to run**: `make -C sub all` (sub/Makefile:2)",
            "- **What it does**: «Draws the loss plot.» (web/plot.ts:1)",
        ]
        let lines = text.split(separator: "\n").map(String.init)
        for line in expected {
            XCTAssertTrue(lines.contains(line), "missing: \(line)\n\(text)")
        }
    }

    func testIdsWidenPastNinetyNineAndLargeFilesAreNotRead() throws {
        var files: [String: String] = [:]
        for number in 1...100 { files["step\(number).sh"] = "echo \(number)\n" }
        files["zz_big.py"] = String(repeating: "#", count: 2 << 20) + "\n"
        let scan = try RepositoryScanner.scan(root: try TestSupport.bundle(files, in: self))
        let text = try XCTUnwrap(scan.text("src/artifacts.md"))
        XCTAssertTrue(text.contains("## A001: step1.sh\n"))
        XCTAssertTrue(text.contains("## A101: zz_big.py\n\n- **File(s)**: `zz_big.py` (Python, not read)\n"))
        XCTAssertTrue(text.contains("- **Nature**: script\n"))
        XCTAssertEqual(scan.artifacts, 101)
        XCTAssertEqual(
            Array(scan.pending.prefix(3)),
            [
                "src/environment.md: Runtimes and Dependencies (no manifest declares any)",
                "src/environment.md: Hardware",
                "src/artifacts.md: zz_big.py was not read (larger than 2 MiB)",
            ])
        XCTAssertTrue(scan.pending.contains("src/artifacts.md: Nature for 1 artifact"))
    }
}
