import AraCore
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
        for (prefix, url) in bundles { store.replace(prefix, with: try renderer.render(bundleAt: url)) }
        let handler = SiteRequestHandler(store: store, hub: bundles.count > 1 || bundles[""] == nil)
        let server = try HTTPServer(host: host, port: port) { handler.respond(to: $0) }
        server.start()
        ready(Self.describe(host: host, port: server.port))
        await withTaskCancellationHandler {
            await withTaskGroup(of: Void.self) { group in
                for (prefix, url) in bundles {
                    group.addTask { await watch(prefix: prefix, url: url, store: store, log: log) }
                }
            }
        } onCancel: {
            server.stop()
            store.closeAll()
        }
    }

    func watch(prefix: String, url: URL, store: SiteStore, log: @Sendable (String) -> Void) async {
        let watcher = BundleWatcher(root: url)
        var last = watcher.fingerprint()
        var ticks = 0
        while !Task.isCancelled {
            try? await Task.sleep(for: pollInterval)
            ticks += 1
            if ticks % 40 == 0 { store.keepAlive() }
            let now = watcher.fingerprint()
            guard now != last else { continue }
            last = now
            do {
                store.replace(prefix, with: try renderer.render(bundleAt: url))
                log("re-rendered \(prefix.isEmpty ? url.lastPathComponent : prefix)")
            } catch {
                log("could not re-render \(url.path): \(error); serving the previous version")
            }
        }
    }

    static func describe(host: String, port: UInt16) -> String {
        host.contains(":") ? "http://[\(host)]:\(port)/" : "http://\(host):\(port)/"
    }
}
