import Foundation

/// A request, from another thread (a signal handler's queue), that a compile
/// stop. The compile looks at it before each file it writes, so a stop never
/// races a write: it removes what it wrote, acknowledges, and throws
/// ``CompileError/stopped(signal:)``.
public final class CompileCancellation: @unchecked Sendable {
    private let lock = NSLock()
    private var signal: Int32?
    private let acknowledged = DispatchSemaphore(value: 0)

    public init() {}

    /// Asks the compile to stop, because of `signal`.
    public func cancel(signal number: Int32) {
        lock.withLock { if signal == nil { signal = number } }
    }

    /// The signal that asked for a stop, if one did.
    public var requested: Int32? { lock.withLock { signal } }

    /// Waits up to `timeout` seconds for the compile to say it stopped;
    /// `false` when it did not (it was not writing: there is nothing to undo).
    public func waitUntilStopped(timeout: TimeInterval) -> Bool {
        acknowledged.wait(timeout: .now() + timeout) == .success
    }

    /// Throws ``CompileError/stopped(signal:)`` once a stop was asked for,
    /// after `cleanUp` has removed what the compile wrote.
    func check(cleanUp: () -> Void) throws(CompileError) {
        guard let number = requested else { return }
        cleanUp()
        acknowledged.signal()
        throw .stopped(signal: number)
    }
}
