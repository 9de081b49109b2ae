import Foundation
import ZIPFoundation

/// How pack stores an entry: deflated, unless its format is compressed
/// already, or deflating it would pass the ratio verify refuses as a bomb (a
/// run of zeros deflates about 1,000:1; the cap is 200:1). Such an entry is
/// stored as it is, so pack never writes an archive its own verify refuses.
enum EntryMethod {
    /// Deflating stopped: the ratio is known to pass.
    private struct Settled: Error {}

    /// The method for the entry `path` of `size` bytes. `read` hands out its
    /// bytes from the start, as many as asked each time; it is called only
    /// when the answer takes deflating them, and only until the answer is known.
    static func choose(
        _ path: String, size: Int64, limits: PackLimits, bufferSize: Int, read: (Int) throws -> Data
    ) throws -> CompressionMethod {
        if MediaType.isCompressed(path) { return .none }
        guard limits.refusesRatio(size: size, compressed: 0) else { return .deflate }
        var compressed: Int64 = 0
        do {
            // The same deflate, with the same buffer, as the archive's: the same compressed size.
            _ = try Data.compress(
                size: size, bufferSize: bufferSize, provider: { _, count in try read(count) },
                consumer: { output in
                    compressed += Int64(output.count)
                    // More output never brings the ratio back over the cap: stop at the first pass.
                    if !limits.refusesRatio(size: size, compressed: compressed) { throw Settled() }
                })
        } catch is Settled {
            return .deflate
        }
        return limits.refusesRatio(size: size, compressed: compressed) ? .none : .deflate
    }
}
