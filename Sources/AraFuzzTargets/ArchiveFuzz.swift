import AraPack
import Foundation

/// `arakit verify` on an archive: ZIP parsing, the entry path checks,
/// inflation under limits, the manifest and signature, and the review of
/// what the archive holds when its seal matches.
enum ArchiveFuzz {
    static func run(_ data: Data) {
        let archive = FuzzScratch.file("archive.zip", data)
        _ = try? Verifier().verify(archive: archive, display: "fuzz.zip")
    }
}
