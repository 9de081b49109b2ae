import AraCore
import Foundation

/// Reads one file as part of a bundle, through the reader every command
/// uses (decoding, read budget, the parser for its path), then the model
/// accessors and the canonical writer that `arakit fmt` runs on the result.
enum BundleFileFuzz {
    static func read(_ data: Data, at path: String, scratch: String) -> ReadResult? {
        let root = FuzzScratch.directory(scratch, files: [path: data])
        return try? BundleReader().read(at: root)
    }

    /// Touches every typed view of the bundle: each one re-reads the
    /// documents' fields, where a reader's odd output would show.
    static func walk(_ bundle: AraBundle) {
        _ = bundle.manifest.map { ($0.title, $0.authors, $0.year, $0.layerIndex, $0.declaredCounts) }
        _ = bundle.claims
        _ = bundle.experiments
        _ = bundle.heuristics
        _ = bundle.relatedWork
        _ = bundle.concepts
        _ = bundle.problemItems
        _ = bundle.configParameters
        _ = bundle.evidenceFiles
        _ = bundle.evidenceIndex
        _ = bundle.observations
        _ = bundle.sessions
        _ = bundle.sessionIndex
        _ = bundle.allPaths
        _ = try? BundleWriter().render(bundle)
    }
}
