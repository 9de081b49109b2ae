import AraCompile
import AraCore
import AraReview
import AraTestSupport
import Foundation
import XCTest

/// A small research repository with one of everything the scanner reads.
enum RepositoryFixture {
    static let files: [String: String] = [
        "requirements.txt": """
        # Core numerics
        numpy>=1.24
        torch==2.1.0  # GPU build
        scipy
        -r requirements-dev.txt
        pandas[parquet]>=2.0; python_version >= "3.9"

        """,
        "pyproject.toml": """
        [project]
        name = "resnet-cifar"
        requires-python = ">=3.10"
        dependencies = [
            "einops>=0.7",
            "tqdm",  # progress bars
        ]

        [tool.poetry.dependencies]
        python = "^3.10"
        rich = { version = "^13.0", optional = true }

        """,
        "environment.yml": """
        name: resnet
        channels:
          - conda-forge
        dependencies:
          - python=3.10
          - cudatoolkit=11.8
          - pip
          - pip:
              - wandb==0.16.0

        """,
        "web/package.json": """
        {
          "name": "viz",
          "engines": { "node": ">=18" },
          "dependencies": {
            "d3": "^7.8.5"
          },
          "devDependencies": {
            "typescript": "~5.3.0"
          }
        }

        """,
        "tool/go.mod": """
        module example.com/tool

        go 1.21

        require (
        \tgithub.com/spf13/cobra v1.8.0
        \tgolang.org/x/sync v0.5.0 // indirect
        )

        require github.com/pkg/errors v0.9.1

        """,
        "kernel/Cargo.toml": """
        [package]
        name = "kernel"
        edition = "2021"
        rust-version = "1.70"

        [dependencies]
        serde = { version = "1.0", features = ["derive"] }
        rayon = "1.8"

        [dependencies.ndarray]
        version = "0.15"

        """,
        "Dockerfile": """
        FROM nvidia/cuda:12.1.0-runtime-ubuntu22.04 AS base
        RUN pip install --no-cache-dir \\
            numpy==1.26.2 \\
            "scipy>=1.11" && rm -rf /root/.cache
        FROM base

        """,
        "bench/Package.swift": """
        // swift-tools-version:5.9
        import PackageDescription

        let package = Package(
            name: "Bench",
            dependencies: [
                .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.3.0"),
                .package(
                    url: "https://github.com/apple/swift-numerics",
                    exact: "1.0.2"),
            ]
        )

        """,
        "train.py": """
        \"\"\"Train a ResNet on CIFAR-10.

        Usage: see README.
        \"\"\"
        import argparse


        def main():
            parser = argparse.ArgumentParser()
            parser.add_argument("--lr", type=float, default=0.1)
            parser.add_argument(
                "--epochs", "-e", type=int, default=90)
            parser.add_argument("data_dir")
            return parser.parse_args()


        if __name__ == "__main__":
            main()

        """,
        "evaluate.py": """
        #!/usr/bin/env python
        # Evaluate a checkpoint on the test split.
        import click


        @click.command()
        @click.option("--checkpoint", "ckpt", required=True)
        @click.argument("split")
        def evaluate(ckpt, split):
            pass

        """,
        "utils/helpers.py": """
        import os

        ROOT = os.getcwd()

        """,
        "tests/test_model.py": """
        def test_shapes():
            assert True

        """,
        "scripts/run.sh": """
        #!/bin/bash
        # Launch the full sweep.
        python train.py --lr 0.05 data/

        """,
        "Makefile": """
        # Reproduce the paper.
        .PHONY: train eval

        train:
        \tpython train.py --lr 0.1 data/

        eval: train
        \tpython evaluate.py --checkpoint ckpt.pt test

        """,
        "README.md": """
        # ResNet

        Train with:

        ```sh
        python train.py --lr 0.1 data/
        make eval
        ```

        Or sweep:

            bash scripts/run.sh

        Then evaluate:

        $ python evaluate.py --checkpoint ckpt.pt test

        """,
        "configs/train.yaml": """
        # Training configuration
        model:
          name: resnet18
          depth: 18   # layers
        optimizer:
          lr: 0.1
          betas: [0.9, 0.999]
          schedule:
            - warmup
            - cosine
        data:
          path: "data/cifar10"
          augment:
            - name: crop
              size: 32
        notes: |
          free text
        seed: 42

        """,
        "config.json": """
        {
          "batch_size": 128,
          "mixed_precision": true,
          "layers": [64, 128],
          "optimizer": {"name": "sgd", "momentum": 0.9}
        }

        """,
        "params.toml": """
        title = "sweep"

        [search]
        lr = [0.01, 0.1]
        trials = 20

        [[stage]]
        name = "warmup"
        epochs = 5

        """,
        // Never read: dependency folders, build output, hidden folders, lock files.
        "node_modules/left-pad/package.json": "{\"dependencies\": {\"x\": \"1\"}}\n",
        "build/generated.py": "\"\"\"Generated.\"\"\"\n",
        ".hidden/secret.py": "\"\"\"Hidden.\"\"\"\n",
        "web/package-lock.json": "{\"lockfileVersion\": 3}\n",
    ]

    /// Writes the fixture, plus links to a file and a folder outside it, and returns the root.
    static func build(in test: XCTestCase) throws -> URL {
        let scratch = try TestSupport.temporaryDirectory(test)
        let root = scratch.appendingPathComponent("repo")
        let outside = scratch.appendingPathComponent("outside")
        for (path, text) in files {
            try write(text, to: root.appendingPathComponent(path))
        }
        try write("\"\"\"Outside.\"\"\"\n", to: outside.appendingPathComponent("leak.py"))
        try write("secret: 1\n", to: outside.appendingPathComponent("leak.yaml"))
        let manager = FileManager.default
        try manager.createSymbolicLink(
            at: root.appendingPathComponent("linked_dir"), withDestinationURL: outside)
        try manager.createSymbolicLink(
            at: root.appendingPathComponent("linked.py"), withDestinationURL: outside.appendingPathComponent("leak.py"))
        return root
    }

    static func write(_ text: String, to url: URL) throws {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }
}

extension RepositoryScan {
    /// The text of the generated file at `path`, or `nil`.
    func text(_ path: String) -> String? {
        files.first { $0.path == path }?.text
    }
}

final class RepositoryScannerTests: XCTestCase {
    func testWritesTheThreeKindsOfFileWithCountsAndPending() throws {
        let scan = try RepositoryScanner.scan(root: try RepositoryFixture.build(in: self))
        XCTAssertEqual(
            scan.files.map(\.path),
            [
                "src/environment.md", "src/artifacts.md", "src/configs/config_json.md",
                "src/configs/configs_train_yaml.md", "src/configs/params_toml.md",
            ])
        XCTAssertEqual(scan.dependencies, 22)
        XCTAssertEqual(scan.artifacts, 6)
        XCTAssertEqual(scan.parameters, 21)
        XCTAssertEqual(
            scan.pending,
            [
                "src/environment.md: Hardware",
                "src/artifacts.md: What it does for 2 artifacts",
                "src/artifacts.md: How to run for 2 artifacts",
                "src/artifacts.md: Claims supported for 6 artifacts",
                "src/configs/config_json.md: Rationale, Search range and Sensitivity for 6 parameters",
                "src/configs/configs_train_yaml.md: Rationale, Search range and Sensitivity for 10 parameters",
                "src/configs/configs_train_yaml.md: configs/train.yaml:16: the multi-line value of notes was not read",
                "src/configs/params_toml.md: Rationale, Search range and Sensitivity for 5 parameters",
            ])
        for file in scan.files {
            XCTAssertTrue(file.text.hasSuffix("\n") && !file.text.hasSuffix("\n\n"), file.path)
        }
    }

    func testLinksHiddenFoldersAndDependencyFoldersAreNotRead() throws {
        let scan = try RepositoryScanner.scan(root: try RepositoryFixture.build(in: self))
        let everything = scan.files.map(\.text).joined() + scan.pending.joined()
        for unread in ["linked", "leak", "Outside", "secret", "Hidden", "Generated", "left-pad", "lockfileVersion"] {
            XCTAssertFalse(everything.contains(unread), unread)
        }
    }

    func testScanningTwiceGivesTheSameResult() throws {
        let root = try RepositoryFixture.build(in: self)
        XCTAssertEqual(try RepositoryScanner.scan(root: root), try RepositoryScanner.scan(root: root))
    }

    func testMissingRootAndFileRootAreErrors() throws {
        let scratch = try TestSupport.temporaryDirectory(self)
        let missing = scratch.appendingPathComponent("nope")
        XCTAssertThrowsError(try RepositoryScanner.scan(root: missing)) { error in
            XCTAssertEqual(
                error as? RepositoryScanError,
                RepositoryScanError(path: missing.path, message: "no such directory (check the --repo path)"))
        }
        let file = scratch.appendingPathComponent("file.txt")
        try RepositoryFixture.write("x\n", to: file)
        XCTAssertThrowsError(try RepositoryScanner.scan(root: file)) { error in
            XCTAssertEqual((error as? RepositoryScanError)?.path, file.path)
            XCTAssertEqual(
                (error as? RepositoryScanError)?.message, "not a directory (--repo takes the repository's folder)")
        }
    }

    func testEmptyRepositoryLeavesEverythingPending() throws {
        let scan = try RepositoryScanner.scan(root: try TestSupport.temporaryDirectory(self))
        XCTAssertEqual(
            scan.text("src/environment.md"),
            """
            # Environment

            pending: no runtime or dependency declaration was found (looked for requirements*.txt, \
            pyproject.toml, setup.cfg, environment.yml, Pipfile, Dockerfile, Package.swift, Cargo.toml, go.mod, \
            package.json).

            ## Hardware

            pending: the repository does not declare hardware.

            """)
        XCTAssertEqual(
            scan.text("src/artifacts.md"),
            """
            # Code Artifacts

            pending: no code files were found (looked for .py, .sh, .swift, .rs, .go, .js, .ts, .jl, .r, .R, .m, \
            .cpp, .c, .h, .ipynb and Makefile).

            """)
        XCTAssertEqual(scan.files.count, 2)
        XCTAssertEqual(
            scan.pending,
            [
                "src/environment.md: Runtimes and Dependencies (no manifest declares any)",
                "src/environment.md: Hardware",
                "src/artifacts.md: no code files were found",
            ])
    }
}

final class RepositoryBundleTests: XCTestCase {
    /// The generated files, put into a fresh bundle, read and review without a
    /// finding in `src/`, and every parameter reads back with its value and source.
    func testGeneratedFilesReadAndReviewCleanly() throws {
        let scan = try RepositoryScanner.scan(root: try RepositoryFixture.build(in: self))
        let bundle = try TestSupport.temporaryDirectory(self).appendingPathComponent("ara")
        try BundleTemplate(title: "Fixture", date: "2026-01-05").create(at: bundle, force: false)
        for file in scan.files {
            try RepositoryFixture.write(file.text, to: bundle.appendingPathComponent(file.path))
        }
        let review = try Reviewer().review(at: bundle)
        let findings = review.findings.filter { $0.location.path.hasPrefix("src/") }
        XCTAssertEqual(findings.map { "\($0.location.path):\($0.location.line) \($0.code) \($0.message)" }, [])
        let parameters = try TestSupport.read(bundle).bundle.configParameters
        XCTAssertEqual(parameters.count, scan.parameters)
        let seed = try XCTUnwrap(parameters.first { $0.name == "seed" })
        XCTAssertEqual(seed.value, "`42`")
        XCTAssertEqual(seed.source, "`configs/train.yaml:18`")
    }
}
