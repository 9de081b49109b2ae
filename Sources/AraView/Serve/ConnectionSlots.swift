import Foundation

/// How many connections are being served, against the most allowed at once.
final class ConnectionSlots: @unchecked Sendable {
    // @unchecked: `taken` is only read or written with `lock` held.
    private let lock = NSLock()
    private var taken = 0
    private let capacity: Int

    init(capacity: Int) {
        self.capacity = capacity
    }

    /// Takes a slot; false when all are taken.
    func take() -> Bool {
        lock.withLock {
            guard taken < capacity else { return false }
            taken += 1
            return true
        }
    }

    func release() {
        lock.withLock { taken -= 1 }
    }
}
