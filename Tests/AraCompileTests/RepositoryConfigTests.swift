import AraCompile
import AraTestSupport
import XCTest

final class RepositoryConfigTests: XCTestCase {
    /// `name = value @ source` for each parameter section of a generated config file.
    private func parameters(_ text: String?) -> [String] {
        var found: [String] = []
        var name = ""
        var value = ""
        for line in (text ?? "").split(separator: "\n") {
            if line.hasPrefix("## ") { name = String(line.dropFirst(3)) }
            if line.hasPrefix("- **Value**: ") { value = String(line.dropFirst(13)) }
            if line.hasPrefix("- **Source**: ") { found.append("\(name) = \(value) @ \(line.dropFirst(14))") }
        }
        return found
    }

    func testYAMLJSONAndTOMLParametersAreVerbatimAndLocated() throws {
        let scan = try RepositoryScanner.scan(root: try RepositoryFixture.build(in: self))
        XCTAssertEqual(
            parameters(scan.text("src/configs/configs_train_yaml.md")),
            [
                "model.name = `resnet18` @ `configs/train.yaml:3`",
                "model.depth = `18` @ `configs/train.yaml:4`",
                "optimizer.lr = `0.1` @ `configs/train.yaml:6`",
                "optimizer.betas = `[0.9, 0.999]` @ `configs/train.yaml:7`",
                "optimizer.schedule[0] = `warmup` @ `configs/train.yaml:9`",
                "optimizer.schedule[1] = `cosine` @ `configs/train.yaml:10`",
                "data.path = `\"data/cifar10\"` @ `configs/train.yaml:12`",
                "data.augment[0].name = `crop` @ `configs/train.yaml:14`",
                "data.augment[0].size = `32` @ `configs/train.yaml:15`",
                "seed = `42` @ `configs/train.yaml:18`",
            ])
        XCTAssertEqual(
            parameters(scan.text("src/configs/config_json.md")),
            [
                "batch_size = `128` @ `config.json:2`",
                "mixed_precision = `true` @ `config.json:3`",
                "layers[0] = `64` @ `config.json:4`",
                "layers[1] = `128` @ `config.json:4`",
                "optimizer.name = `\"sgd\"` @ `config.json:5`",
                "optimizer.momentum = `0.9` @ `config.json:5`",
            ])
        XCTAssertEqual(
            scan.text("src/configs/params_toml.md"),
            """
            # Configuration: `params.toml`

            ## title

            - **Value**: `"sweep"`
            - **Source**: `params.toml:1`
            - **Rationale**: pending
            - **Search range**: pending
            - **Sensitivity**: pending

            ## search.lr

            - **Value**: `[0.01, 0.1]`
            - **Source**: `params.toml:4`
            - **Rationale**: pending
            - **Search range**: pending
            - **Sensitivity**: pending

            ## search.trials

            - **Value**: `20`
            - **Source**: `params.toml:5`
            - **Rationale**: pending
            - **Search range**: pending
            - **Sensitivity**: pending

            ## stage[0].name

            - **Value**: `"warmup"`
            - **Source**: `params.toml:8`
            - **Rationale**: pending
            - **Search range**: pending
            - **Sensitivity**: pending

            ## stage[0].epochs

            - **Value**: `5`
            - **Source**: `params.toml:9`
            - **Rationale**: pending
            - **Search range**: pending
            - **Sensitivity**: pending

            """)
    }

    func testHarderYAMLAndTOML() throws {
        let root = try TestSupport.bundle(
            [
                "exp.yml": """
                %YAML 1.2
                ---
                "quoted key": 'it''s # not a comment'
                note: don't stop # a comment
                cmd: run `x`
                base: &defaults
                  lr: 3e-4
                layers:
                - 64
                - [1, 2]
                grid: {
                  lr: [1, 2],
                  wd: 0 }
                nested:
                  - - a
                    - b
                attributes:
                - &project
                  name: project
                - help:
                    The long help.
                ---
                second: true

                """,
                "sweep.toml": """
                model.depth = 50
                "odd key" = 'x # y'
                sizes = [
                  16,
                  32,  # doubled
                ]
                doc = \"\"\"
                long
                \"\"\"
                [train]
                opt = { name = "adam", lr = 1e-3 }
                [[stage]]
                name = "a"
                [stage.opt]
                lr = 1

                """,
            ], in: self)
        let scan = try RepositoryScanner.scan(root: root)
        XCTAssertEqual(
            parameters(scan.text("src/configs/exp_yml.md")),
            [
                "quoted key = `'it''s # not a comment'` @ `exp.yml:3`",
                "note = `don't stop` @ `exp.yml:4`",
                "cmd = `` run `x` `` @ `exp.yml:5`",
                "base.lr = `3e-4` @ `exp.yml:7`",
                "layers[0] = `64` @ `exp.yml:9`",
                "layers[1] = `[1, 2]` @ `exp.yml:10`",
                "grid = `{lr: [1, 2], wd: 0 }` @ `exp.yml:11`",
                "nested[0][0] = `a` @ `exp.yml:15`",
                "nested[0][1] = `b` @ `exp.yml:16`",
                "attributes[0].name = `project` @ `exp.yml:19`",
                "second = `true` @ `exp.yml:23`",
            ])
        XCTAssertEqual(
            parameters(scan.text("src/configs/sweep_toml.md")),
            [
                "model.depth = `50` @ `sweep.toml:1`",
                "odd key = `'x # y'` @ `sweep.toml:2`",
                "sizes = `[16, 32,]` @ `sweep.toml:3`",
                "train.opt = `{ name = \"adam\", lr = 1e-3 }` @ `sweep.toml:11`",
                "stage[0].name = `\"a\"` @ `sweep.toml:13`",
                "stage[0].opt.lr = `1` @ `sweep.toml:15`",
            ])
        XCTAssertTrue(
            scan.pending.contains("src/configs/sweep_toml.md: sweep.toml:7: the multi-line value of doc was not read"))
        XCTAssertTrue(
            scan.pending.contains(
                "src/configs/exp_yml.md: exp.yml:20: the multi-line value of attributes[1].help was not read"))
    }

    func testManifestsAndLockFilesAreNotConfigsAndSlugsStayUnique() throws {
        let root = try TestSupport.bundle(
            [
                "package-lock.json": "{\"a\": 1}\n",
                "tsconfig.json": "{\"a\": 1}\n",
                "pnpm-lock.yaml": "a: 1\n",
                "pyproject.toml": "[tool.x]\na = 1\n",
                "clock.yaml": "tick: 1\n",
                "a/B.yaml": "x: 1\n",
                "a_b.yaml": "y: 2\n",
            ], in: self)
        let scan = try RepositoryScanner.scan(root: root)
        XCTAssertEqual(
            scan.files.map(\.path).filter { $0.hasPrefix("src/configs/") },
            ["src/configs/a_b_yaml.md", "src/configs/a_b_yaml_2.md", "src/configs/clock_yaml.md"])
        XCTAssertEqual(parameters(scan.text("src/configs/a_b_yaml.md")), ["x = `1` @ `a/B.yaml:1`"])
        XCTAssertEqual(parameters(scan.text("src/configs/a_b_yaml_2.md")), ["y = `2` @ `a_b.yaml:1`"])
    }

    func testCapAndUnparsableJSONArePending() throws {
        let numbers = (1...600).map(String.init).joined(separator: ",\n")
        let root = try TestSupport.bundle(
            ["data.json": "[\n\(numbers)\n]\n", "broken.json": "{\n  \"a\": 1,\n  \"b\" 2\n}\n"], in: self)
        let scan = try RepositoryScanner.scan(root: root)
        XCTAssertEqual(parameters(scan.text("src/configs/data_json.md")).count, 500)
        XCTAssertEqual(parameters(scan.text("src/configs/data_json.md")).last, "[499] = `500` @ `data.json:501`")
        XCTAssertEqual(
            scan.text("src/configs/broken_json.md"),
            "# Configuration: `broken.json`\n\npending: no scalar parameters were read from this file.\n")
        XCTAssertEqual(
            Array(scan.pending.suffix(4)),
            [
                "src/configs/broken_json.md: no parameters were read from broken.json",
                "src/configs/broken_json.md: broken.json:3 could not be parsed (expected ':'); no parameters read",
                "src/configs/data_json.md: Rationale, Search range and Sensitivity for 500 parameters",
                "src/configs/data_json.md: stopped at 500 parameters; data.json has more",
            ])
        XCTAssertEqual(scan.parameters, 500)
    }

    func testUnclosedFlowValuesAndDeepInlineSequencesAreNotRead() throws {
        let deep = String(repeating: "- ", count: 100) + "x\n"
        let root = try TestSupport.bundle(
            ["open.yaml": "a: [1, 2\nb: 3\n", "deep.yaml": deep, "open.toml": "a = [1,\nb = 2\n"], in: self)
        let scan = try RepositoryScanner.scan(root: root)
        XCTAssertEqual(parameters(scan.text("src/configs/open_yaml.md")), [])
        XCTAssertEqual(parameters(scan.text("src/configs/deep_yaml.md")), [])
        XCTAssertEqual(parameters(scan.text("src/configs/open_toml.md")), [])
        for note in [
            "src/configs/open_yaml.md: open.yaml:1: the value of a is never closed; not read",
            "src/configs/deep_yaml.md: deep.yaml:1: sequences nested too deep on one line; not read",
            "src/configs/open_toml.md: open.toml:1: the value of a is never closed; not read",
        ] {
            XCTAssertTrue(scan.pending.contains(note), note)
        }
    }
}
