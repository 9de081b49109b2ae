import AraCore
import FlyingFox
import FlyingSocks
import Foundation

/// `arakit serve`: the rendered site of a bundle, or of every bundle in a
/// folder (a hub), from memory; re-rendered when a file changes, with open
/// pages told to reload over server-sent events.
public struct SiteServer: Sendable {
    public var root: URL
    public var host: String
    public var port: UInt16
    public var renderer: SiteRenderer
    /// How often bundles are checked for changes.
    public var pollInterval: Duration = .milliseconds(250)

    public init(root: URL, host: String, port: UInt16, renderer: SiteRenderer) {
        self.root = root
        self.host = host
        self.port = port
        self.renderer = renderer
    }

    /// The bundles served, by URL prefix: `""` when `root` is a bundle, else each
    /// sub-folder holding a PAPER.md (links are not followed).
    public static func bundles(at root: URL) throws(ViewError) -> [String: URL] {
        let manager = FileManager.default
        if manager.fileExists(atPath: root.appendingPathComponent("PAPER.md").path) { return ["": root] }
        let names = (try? manager.contentsOfDirectory(atPath: root.path)) ?? []
        var found: [String: URL] = [:]
        for name in names where !name.hasPrefix(".") && RequestPath.sitePath("/" + name) == name {
            let folder = root.appendingPathComponent(name)
            if BundleFileSystem.isSymbolicLink(folder.path) { continue }
            if manager.fileExists(atPath: folder.appendingPathComponent("PAPER.md").path) { found[name] = folder }
        }
        if found.isEmpty { throw .noBundles(path: root.path) }
        return found
    }

    /// Renders, listens, and serves until cancelled. `ready` gets the address once listening.
    public func run(ready: @escaping @Sendable (String) -> Void, log: @escaping @Sendable (String) -> Void) async throws
    {
        let bundles = try Self.bundles(at: root)
        let store = SiteStore()
        for (prefix, url) in bundles { await store.replace(prefix, with: try renderer.render(bundleAt: url)) }
        let server = HTTPServer(address: try address(), timeout: 3_600, logger: .disabled)
        let handler = SiteRequestHandler(store: store, hub: bundles.count > 1 || bundles[""] == nil)
        await server.appendRoute("GET *") { request in await handler.respond(to: request) }
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask {
                do { try await server.run() } catch let error as SocketError { throw bindError(error) }
            }
            group.addTask {
                try await server.waitUntilListening()
                let bound = await server.listeningAddress
                ready(Self.describe(bound, host: host, fallbackPort: port))
            }
            for (prefix, url) in bundles {
                group.addTask { await watch(prefix: prefix, url: url, store: store, log: log) }
            }
            try await group.next()
            try await group.next()
            try await group.waitForAll()
        }
    }

    func watch(prefix: String, url: URL, store: SiteStore, log: @Sendable (String) -> Void) async {
        let watcher = BundleWatcher(root: url)
        var last = watcher.fingerprint()
        var ticks = 0
        while !Task.isCancelled {
            try? await Task.sleep(for: pollInterval)
            ticks += 1
            if ticks % 40 == 0 { await store.keepAlive() }
            let now = watcher.fingerprint()
            guard now != last else { continue }
            last = now
            do {
                await store.replace(prefix, with: try renderer.render(bundleAt: url))
                log("re-rendered \(prefix.isEmpty ? url.lastPathComponent : prefix)")
            } catch {
                log("could not re-render \(url.path): \(error); serving the previous version")
            }
        }
    }

    /// A socket failure said in words, with what to do.
    func bindError(_ error: SocketError) -> ViewError {
        guard case .failed(let call, let number, let message) = error else { return .server("\(error)") }
        switch number {
        case EADDRINUSE: return .server("\(host):\(port) is already in use; choose another --port (0 picks a free one)")
        case EACCES: return .server("binding \(host):\(port) is not permitted; ports below 1024 need privileges")
        case EADDRNOTAVAIL: return .server("\(host) is not an address of this machine; pass one it has (--host)")
        default: return .server("\(call) failed on \(host):\(port): \(message)")
        }
    }

    func address() throws -> any SocketAddress {
        let ip = host == "localhost" ? "127.0.0.1" : host
        if ip.contains(":") { return try sockaddr_in6.inet6(ip6: ip, port: port) }
        return try sockaddr_in.inet(ip4: ip, port: port)
    }

    static func describe(_ address: Socket.Address?, host: String, fallbackPort: UInt16) -> String {
        let port: UInt16 =
            switch address {
            case .ip4(_, let port)?, .ip6(_, let port)?: port
            default: fallbackPort
            }
        return host.contains(":") ? "http://[\(host)]:\(port)/" : "http://\(host):\(port)/"
    }
}
