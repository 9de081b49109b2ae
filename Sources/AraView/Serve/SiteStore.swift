import Foundation

/// The rendered sites the server answers from, and the pages waiting to be
/// told to reload. Sites live in memory: a request can only ever reach a
/// file the renderer produced, never the disk.
actor SiteStore {
    /// Sites by their URL prefix: `""` for a single bundle, the folder name in a hub.
    private(set) var sites: [String: RenderedSite] = [:]
    private var listeners: [UUID: AsyncStream<Data>.Continuation] = [:]

    func replace(_ prefix: String, with site: RenderedSite) {
        let isUpdate = sites[prefix] != nil
        sites[prefix] = site
        if isUpdate { broadcast("event: reload\ndata: \(prefix)\n\n") }
    }

    func file(_ prefix: String, _ path: String) -> Data? { sites[prefix]?.files[path] }

    /// A new listener's stream; it starts with a comment so the browser sees the connection open.
    func listen() -> AsyncStream<Data> {
        let id = UUID()
        let (stream, continuation) = AsyncStream<Data>.makeStream()
        continuation.yield(Data(": connected\n\n".utf8))
        listeners[id] = continuation
        continuation.onTermination = { _ in Task { await self.drop(id) } }
        return stream
    }

    /// A comment line to every listener, so idle connections are not timed out.
    func keepAlive() { broadcast(": ping\n\n") }

    private func drop(_ id: UUID) { listeners[id] = nil }

    private func broadcast(_ text: String) {
        for continuation in listeners.values { continuation.yield(Data(text.utf8)) }
    }
}
