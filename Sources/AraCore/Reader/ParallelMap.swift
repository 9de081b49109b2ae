import Dispatch

/// Maps over an array on every core, keeping the order of the input.
public enum ParallelMap {
    public static func map<T: Sendable, R: Sendable>(_ items: [T], _ transform: @Sendable (T) -> R) -> [R] {
        guard items.count > 1 else { return items.map(transform) }
        let results = UnsafeMutableBufferPointer<R?>.allocate(capacity: items.count)
        results.initialize(repeating: nil)
        defer {
            // Deinitialize before freeing: the slots own their results, and
            // freeing without it leaked every result (about 1 MB per bundle read).
            _ = results.deinitialize()
            results.deallocate()
        }
        // Each iteration writes only its own slot, so no lock is needed.
        nonisolated(unsafe) let slots = results
        DispatchQueue.concurrentPerform(iterations: items.count) { index in
            slots[index] = transform(items[index])
        }
        return results.compactMap { $0 }
    }
}
