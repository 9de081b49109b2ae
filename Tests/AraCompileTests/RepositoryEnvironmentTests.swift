import AraCompile
import AraTestSupport
import XCTest

final class RepositoryEnvironmentTests: XCTestCase {
    func testEveryManifestIsCitedAtTheLineOfEachEntry() throws {
        let scan = try RepositoryScanner.scan(root: try RepositoryFixture.build(in: self))
        XCTAssertEqual(
            scan.text("src/environment.md"),
            """
            # Environment

            ## Runtimes

            - **nvidia/cuda** `12.1.0-runtime-ubuntu22.04` — `Dockerfile:1`
            - **swift** `5.9` — `bench/Package.swift:1`
            - **python** `=3.10` — `environment.yml:5`
            - **rust edition** `2021` — `kernel/Cargo.toml:3`
            - **rust** `1.70` — `kernel/Cargo.toml:4`
            - **python** `>=3.10` — `pyproject.toml:3`
            - **python** `^3.10` — `pyproject.toml:10`
            - **go** `1.21` — `tool/go.mod:3`
            - **node** `>=18` — `web/package.json:3`

            ## Dependencies

            ### Dockerfile

            - **numpy** `==1.26.2` — `Dockerfile:3`
            - **scipy** `>=1.11` — `Dockerfile:4`

            ### bench/Package.swift

            - **swift-argument-parser** `from: "1.3.0"` — `bench/Package.swift:7`
            - **swift-numerics** `exact: "1.0.2"` — `bench/Package.swift:8`

            ### environment.yml

            - **cudatoolkit** `=11.8` — `environment.yml:6`
            - **pip** `unpinned` — `environment.yml:7`
            - **wandb** `==0.16.0` — `environment.yml:9`

            ### kernel/Cargo.toml

            - **serde** `1.0` — `kernel/Cargo.toml:7`
            - **rayon** `1.8` — `kernel/Cargo.toml:8`
            - **ndarray** `0.15` — `kernel/Cargo.toml:11`

            ### pyproject.toml

            - **einops** `>=0.7` — `pyproject.toml:5`
            - **tqdm** `unpinned` — `pyproject.toml:6`
            - **rich** `^13.0` — `pyproject.toml:11`

            ### requirements.txt

            - **numpy** `>=1.24` — `requirements.txt:2`
            - **torch** `==2.1.0` — `requirements.txt:3`
            - **scipy** `unpinned` — `requirements.txt:4`
            - **pandas[parquet]** `>=2.0` — `requirements.txt:6`

            ### tool/go.mod

            - **github.com/spf13/cobra** `v1.8.0` — `tool/go.mod:6`
            - **golang.org/x/sync** `v0.5.0` — `tool/go.mod:7`
            - **github.com/pkg/errors** `v0.9.1` — `tool/go.mod:10`

            ### web/package.json

            - **d3** `^7.8.5` — `web/package.json:5`
            - **typescript** `~5.3.0` — `web/package.json:8`

            ## Hardware

            pending: the repository does not declare hardware.

            """)
    }

    func testLessCommonForms() throws {
        let root = try TestSupport.bundle(
            [
                "setup.cfg": """
                [metadata]
                name = demo

                [options]
                python_requires = >=3.8
                install_requires =
                    requests>=2.31
                    # a comment
                    pyyaml

                [options.extras_require]
                dev = pytest

                """,
                "Pipfile": """
                [packages]
                flask = "*"
                attrs = {version = ">=23.1"}

                [requires]
                python_version = "3.11"

                """,
                "requirements-dev.txt": """
                git+https://github.com/org/tool.git@v1.2#egg=tool
                black @ https://example.org/black.whl
                -e .
                mypy==1.7.0 \\
                    --hash=sha256:abc

                """,
                "poetry/pyproject.toml": """
                [tool.poetry]
                authors = [
                    {name = "Ada", email = "ada@example.org"},
                ]

                [tool.poetry.dependencies]
                python = "^3.9"
                torch = [
                    {version = "2.0", markers = "sys_platform == 'linux'"},
                    {version = "1.13", markers = "sys_platform == 'darwin'"},
                ]
                numpy = "^1.24"

                """,
                "docker/gpu.Dockerfile": """
                ARG BASE=python:3.11-slim
                FROM --platform=linux/amd64 python:3.11-slim@sha256:0123 AS build
                RUN python -m pip install -r requirements.txt lightgbm==4.1.0; echo done
                FROM build
                FROM scratch

                """,
            ], in: self)
        let scan = try RepositoryScanner.scan(root: root)
        XCTAssertEqual(
            scan.text("src/environment.md"),
            """
            # Environment

            ## Runtimes

            - **python** `3.11` — `Pipfile:6`
            - **python** `3.11-slim@sha256:0123` — `docker/gpu.Dockerfile:2`
            - **python** `^3.9` — `poetry/pyproject.toml:7`
            - **python** `>=3.8` — `setup.cfg:5`

            ## Dependencies

            ### Pipfile

            - **flask** `*` — `Pipfile:2`
            - **attrs** `>=23.1` — `Pipfile:3`

            ### docker/gpu.Dockerfile

            - **lightgbm** `==4.1.0` — `docker/gpu.Dockerfile:3`

            ### poetry/pyproject.toml

            - **torch** `[{version = "2.0", markers = "sys_platform == 'linux'"}, {version = "1.13", markers = \
            "sys_platform == 'darwin'"},]` — `poetry/pyproject.toml:8`
            - **numpy** `^1.24` — `poetry/pyproject.toml:12`

            ### requirements-dev.txt

            - **git+https://github.com/org/tool.git** `@v1.2` — `requirements-dev.txt:1`
            - **black** `@ https://example.org/black.whl` — `requirements-dev.txt:2`
            - **mypy** `==1.7.0` — `requirements-dev.txt:4`

            ### setup.cfg

            - **requests** `>=2.31` — `setup.cfg:7`
            - **pyyaml** `unpinned` — `setup.cfg:9`

            ## Hardware

            pending: the repository does not declare hardware.

            """)
        XCTAssertEqual(scan.dependencies, 10)
    }

    func testRuntimesWithoutDependenciesSayWhatIsPending() throws {
        let root = try TestSupport.bundle(["go.mod": "module x\n\ngo 1.22\n"], in: self)
        let scan = try RepositoryScanner.scan(root: root)
        XCTAssertEqual(
            scan.text("src/environment.md"),
            """
            # Environment

            ## Runtimes

            - **go** `1.22` — `go.mod:3`

            ## Dependencies

            pending: no file declares a dependency.

            ## Hardware

            pending: the repository does not declare hardware.

            """)
        XCTAssertEqual(
            Array(scan.pending.prefix(2)),
            ["src/environment.md: Dependencies (no manifest declares any)", "src/environment.md: Hardware"])
    }
}
