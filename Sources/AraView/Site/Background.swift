import Foundation

/// Work started on another thread now and waited for later: the Graphviz
/// layout and the review run while the rest of the site is built.
final class Background<Value: Sendable>: @unchecked Sendable {
    private let group = DispatchGroup()
    // Written once by the worker before `leave()`, read only after `wait()`.
    private var result: Value?

    init(_ work: @escaping @Sendable () -> Value) {
        group.enter()
        DispatchQueue.global().async {
            self.result = work()
            self.group.leave()
        }
    }

    /// The work's value once it has finished.
    func wait() -> Value? {
        group.wait()
        return result
    }
}
