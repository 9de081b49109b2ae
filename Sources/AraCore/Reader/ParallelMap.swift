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
        HelperThreads.run(iterations: items.count) { index in
            slots[index] = transform(items[index])
        }
        return results.compactMap { $0 }
    }

    /// `first` and `second` at once, one on a helper thread: what a command
    /// does with the file system can then overlap what it computes.
    public static func both<A: Sendable, B: Sendable>(
        _ first: @Sendable () -> A, _ second: @Sendable () -> B
    ) -> (A, B) {
        let halves = map([true, false]) { isFirst -> (A?, B?) in isFirst ? (first(), nil) : (nil, second()) }
        guard let one = halves.first?.0, let two = halves.last?.1 else {
            preconditionFailure("ParallelMap.map returns a result for each item")
        }
        return (one, two)
    }

    /// ``map(_:_:)`` that starts the items with the largest `cost` first,
    /// the results still in the input's order. Cores take items in turn, so
    /// a long item started last keeps one core busy while the others wait;
    /// started first, the short ones fill the other cores meanwhile.
    public static func map<T: Sendable, R: Sendable>(
        _ items: [T], longestFirst cost: (T) -> Int, _ transform: @Sendable (T) -> R
    ) -> [R] {
        let order = startOrder(items.map(cost))
        let done = map(order) { transform(items[$0]) }
        var results = [R?](repeating: nil, count: items.count)
        for (position, index) in order.enumerated() { results[index] = done[position] }
        return results.compactMap { $0 }
    }

    /// Indices by cost, largest first; equal costs keep the input's order, so runs stay alike.
    static func startOrder(_ costs: [Int]) -> [Int] {
        costs.indices.sorted { costs[$0] != costs[$1] ? costs[$0] > costs[$1] : $0 < $1 }
    }
}
