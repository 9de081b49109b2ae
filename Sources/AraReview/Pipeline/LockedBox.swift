import Foundation

/// A value that several threads read and write, one at a time.
///
/// An `NSLock` (a pthread mutex), not the Synchronization module's `Mutex`:
/// ThreadSanitizer does not see the futex `Mutex` waits on, and reports
/// every use of it as a race.
final class LockedBox<Value>: @unchecked Sendable {
    private var value: Value
    private let lock = NSLock()

    init(_ value: Value) { self.value = value }

    func withLock<Result>(_ body: (inout Value) -> Result) -> Result {
        lock.lock()
        defer { lock.unlock() }
        return body(&value)
    }
}
