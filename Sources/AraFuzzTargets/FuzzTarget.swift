import Foundation

/// One fuzzed entry point of AraKit. `arakit-fuzz` (libFuzzer) and the
/// regression test both run inputs through ``run(_:)``, so a committed
/// regression input replays exactly the code path that found it.
public enum FuzzTarget: String, CaseIterable, Sendable {
    // Each target's -max_len is set by scripts/fuzz/fuzz.py, which runs them.
    case markdown, yaml, sources, frontmatter, toml, archive, query, httppath, pdf

    /// Runs one input. Thrown errors of the code under test are expected
    /// (bad input is refused); only a broken invariant is thrown from here.
    public func run(_ data: Data) throws(FuzzFailure) {
        switch self {
        case .markdown: MarkdownFuzz.run(data)
        case .yaml: TreeFuzz.run(data)
        case .sources: SourcesFuzz.run(data)
        case .frontmatter: FrontMatterFuzz.run(data)
        case .toml: TOMLFuzz.run(data)
        case .archive: ArchiveFuzz.run(data)
        case .query: try QueryFuzz.run(data)
        case .httppath: try HTTPPathFuzz.run(data)
        case .pdf: PDFFuzz.run(data)
        }
    }

    /// Removes the files the targets wrote; call once, after the last input.
    public static func removeScratch() {
        FuzzScratch.removeAll()
    }
}

/// An invariant the code under test broke for an input (a crash needs no
/// type: it stops the process).
public struct FuzzFailure: Error, CustomStringConvertible, Sendable {
    public var description: String

    init(_ description: String) {
        self.description = description
    }
}
