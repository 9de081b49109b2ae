import Foundation

/// The rendered sites the server answers from, and the pages waiting to be
/// told to reload. Sites live in memory: a request can only ever reach a
/// file the renderer produced, never the disk.
///
/// A lock, not an actor: it is read from the server's connection threads,
/// which block and cannot await.
final class SiteStore: @unchecked Sendable {
    // @unchecked: `stored` and `listeners` are only read or written with `lock` held.
    private let lock = NSLock()
    /// Sites by their URL prefix: `""` for a single bundle, the folder name in a hub.
    private var stored: [String: RenderedSite] = [:]
    private var listeners: [EventQueue] = []

    var sites: [String: RenderedSite] { lock.withLock { stored } }

    func replace(_ prefix: String, with site: RenderedSite) {
        let isUpdate = lock.withLock { stored.updateValue(site, forKey: prefix) != nil }
        if isUpdate { broadcast("event: reload\ndata: \(prefix)\n\n") }
    }

    func file(_ prefix: String, _ path: String) -> Data? { lock.withLock { stored[prefix]?.files[path] } }

    /// A new listener's queue; it starts with a comment so the browser sees the connection open.
    func listen() -> EventQueue {
        let queue = EventQueue()
        _ = queue.push(Data(": connected\n\n".utf8))
        lock.withLock { listeners.append(queue) }
        return queue
    }

    /// A comment line to every listener, so idle connections are not timed out
    /// and those whose client left are found and let go.
    func keepAlive() { broadcast(": ping\n\n") }

    /// Ends every event stream: the server stops.
    func closeAll() {
        for queue in lock.withLock({ listeners }) { queue.close() }
    }

    private func broadcast(_ text: String) {
        let event = Data(text.utf8)
        lock.withLock { listeners.removeAll { !$0.push(event) } }
    }
}
