import AraCore
import Foundation
import XCTest

/// Locations and scratch space shared by the tests.
public enum TestSupport {
    /// The repository root (two levels above this file's folder).
    public static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `../shared/corpus/bundles` beside the repository, or `ARAKIT_CORPUS`.
    public static var corpusBundles: URL? {
        let candidates = [
            ProcessInfo.processInfo.environment["ARAKIT_CORPUS"].map { URL(fileURLWithPath: $0) },
            repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared/corpus/bundles"),
        ].compactMap { $0 }
        return candidates.first { FileManager.default.fileExists(atPath: $0.path) }
    }

    /// Every YAML file of the example bundle and of the corpus bundles (when
    /// the corpus is there), as the bundle's root and the file's path in it.
    public static func yamlFiles() throws -> [(root: URL, path: String)] {
        var roots = [repositoryRoot.appendingPathComponent("examples/tiny-sort")]
        if let corpus = corpusBundles {
            roots += try FileManager.default.contentsOfDirectory(at: corpus, includingPropertiesForKeys: nil)
        }
        return roots.flatMap { root in
            files(under: root).filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.map { (root, $0) }
        }
    }

    /// The best of three timings of `body`, for tests that compare how work
    /// grows with size (a ratio of two of these, never an absolute time).
    public static func bestTime(_ body: () throws -> Void) rethrows -> TimeInterval {
        var best = TimeInterval.infinity
        for _ in 0..<3 {
            let start = Date()
            try body()
            best = min(best, Date().timeIntervalSince(start))
        }
        return best
    }

    /// A bundle whose tree is `count` nodes under one root, each a question
    /// without a support level.
    public static func flatTreeBundle(_ count: Int, in test: XCTestCase) throws -> URL {
        var tree = "tree:\n- id: N0\n  type: question\n  title: root\n  children:\n"
        for number in 1..<count { tree += "  - {id: N\(number), type: question, title: q\(number)}\n" }
        return try bundle(["trace/exploration_tree.yaml": tree], in: test)
    }

    /// The path of a stand-in `dot`: a shell script running `body`.
    public static func fakeDot(_ body: String, in test: XCTestCase) throws -> String {
        let script = try temporaryDirectory(test).appendingPathComponent("dot")
        try "#!/bin/sh\n\(body)\n".write(to: script, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: script.path)
        return script.path
    }

    /// Skips the calling test, saying why, when the corpus is absent.
    public static func requireCorpus() throws -> URL {
        guard let corpus = corpusBundles else {
            throw XCTSkip("corpus not found at ../shared/corpus/bundles (set ARAKIT_CORPUS); corpus tests skipped")
        }
        return corpus
    }

    /// A fresh empty directory, removed when the test ends.
    public static func temporaryDirectory(_ test: XCTestCase) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("arakit-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        test.addTeardownBlock { try? FileManager.default.removeItem(at: url) }
        return url
    }

    /// A writable copy of a directory (corpus bundles are read-only).
    public static func copy(_ source: URL, in test: XCTestCase) throws -> URL {
        let target = try temporaryDirectory(test).appendingPathComponent(source.lastPathComponent)
        try FileManager.default.copyItem(at: source, to: target)
        // Copies keep the read-only mode; make them writable.
        let enumerator = FileManager.default.enumerator(atPath: target.path)!
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: target.path)
        while let relative = enumerator.nextObject() as? String {
            let path = target.appendingPathComponent(relative).path
            var isDirectory: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
            try FileManager.default.setAttributes(
                [.posixPermissions: isDirectory.boolValue ? 0o755 : 0o644], ofItemAtPath: path)
        }
        return target
    }

    /// Writes files (path → text) under a new temporary bundle root.
    public static func bundle(_ files: [String: String], in test: XCTestCase) throws -> URL {
        let root = try temporaryDirectory(test)
        for (path, text) in files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        return root
    }

    public static func read(_ root: URL) throws -> ReadResult {
        try BundleReader().read(at: root)
    }

    /// Parses one Markdown text as if it were the file at `path`.
    public static func markdown(
        _ text: String, path: String = "logic/claims.md", vocabulary: FieldVocabulary = Vocabularies.claim
    )
        -> MarkdownDocument
    {
        MarkdownReader(vocabulary: vocabulary).read(TextFile(path: path, text: text, diagnostics: [])).document
    }
}

extension TestSupport {
    /// A file's text.
    public static func text(_ url: URL) throws -> String {
        String(decoding: try Data(contentsOf: url), as: UTF8.self)
    }

    /// Bundle-relative paths of every regular file under `root`, sorted.
    public static func files(under root: URL) -> [String] {
        let base = root.standardizedFileURL.path + "/"
        var paths: [String] = []
        let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey])
        while let url = walker?.nextObject() as? URL {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true else { continue }
            paths.append(String(url.standardizedFileURL.path.dropFirst(base.count)))
        }
        return paths.sorted()
    }

    /// Every node of a bundle's tree by id, with its parent's id.
    public static func treeNodes(in bundle: URL) throws -> [String: (node: TreeNode, parent: String?)] {
        let text = try TestSupport.text(bundle.appendingPathComponent("trace/exploration_tree.yaml"))
        let tree = try XCTUnwrap(ExplorationTree.parse(text).tree)
        var nodes: [String: (node: TreeNode, parent: String?)] = [:]
        func walk(_ node: TreeNode, _ parent: String?) {
            nodes[node.id ?? ""] = (node, parent)
            for child in node.children { walk(child, node.id) }
        }
        for root in tree.roots { walk(root, nil) }
        return nodes
    }
}

extension TestSupport {
    /// Runs `python3` with `arguments` (and `environment` added to this
    /// process's), returning its exit status and what it printed on standard
    /// output and error together.
    public static func python(_ arguments: [String], environment: [String: String] = [:]) throws -> (
        status: Int32, output: String
    ) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, output)
    }
}
