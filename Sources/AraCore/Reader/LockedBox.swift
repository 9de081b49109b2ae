import Foundation

/// A value that several threads read and write, one at a time.
///
/// An `NSLock` (a pthread mutex), not the Synchronization module's `Mutex`:
/// ThreadSanitizer does not see the futex `Mutex` waits on, and reports
/// every use of it as a race.
package final class LockedBox<Value>: @unchecked Sendable {
    private var value: Value
    private let lock = NSLock()

    package init(_ value: Value) { self.value = value }

    package func withLock<Result>(_ body: (inout Value) -> Result) -> Result {
        lock.lock()
        defer { lock.unlock() }
        return body(&value)
    }
}

extension LockedBox {
    /// The value, made by `make` the first time it is asked for. Two threads
    /// asking at once may both make it; the answer is the same.
    package func value<Made>(orMake make: () -> Made) -> Made where Value == Made? {
        if let made = withLock({ $0 }) { return made }
        let made = make()
        withLock { $0 = made }
        return made
    }
}
