import AraTestSupport
import Foundation
import XCTest

/// `arakit render` and `arakit serve` end to end: a real server, curl for
/// raw requests, and headless Chromium for the pages' scripts.
final class ViewCLITests: XCTestCase {
    static func tool(_ name: String) -> String? {
        ["/usr/bin/", "/usr/local/bin/", "/bin/"].map { $0 + name }.first {
            FileManager.default.isExecutableFile(atPath: $0)
        }
    }

    func require(_ name: String) throws -> String {
        guard let path = Self.tool(name) else { throw XCTSkip("\(name) is not installed (make setup); skipped") }
        return path
    }

    /// Runs a program to its end and returns its standard output.
    func output(_ executable: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    /// Starts `arakit serve` on a free port and returns it with its base URL.
    func serve(_ bundle: URL) throws -> (CLI.Started, String) {
        let started = try CLI.start(["serve", bundle.path, "--port", "0"])
        var seen = ""
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline, !seen.contains("\n") {
            let data = started.err.fileHandleForReading.availableData
            if data.isEmpty { break }
            seen += String(decoding: data, as: UTF8.self)
        }
        guard let range = seen.range(of: "http://[^ ]*/", options: .regularExpression) else {
            started.process.terminate()
            throw XCTSkip("serve did not start: \(seen)")
        }
        return (started, String(seen[range]))
    }

    func testServeRefusesTraversalAndReloadsAfterAnEdit() throws {
        let curl = try require("curl")
        _ = try require("dot")
        let bundle = try TestSupport.copy(
            TestSupport.repositoryRoot.appendingPathComponent("examples/tiny-sort"), in: self)
        let (server, base) = try serve(bundle)
        defer { server.process.terminate() }
        let status = { (path: String) throws -> String in
            try self.output(curl, ["-s", "--path-as-is", "-o", "/dev/null", "-w", "%{http_code}", base + path])
        }
        XCTAssertEqual(try status("index.html"), "200")
        for attempt in [
            "../PAPER.md", "%2e%2e/%2e%2e/etc/passwd", "%252e%252e/x", "/etc/passwd", "files/..%2f..%2fPAPER.md",
        ] {
            XCTAssertEqual(try status(attempt), "400", attempt)
        }
        XCTAssertEqual(try status("files/PAPER.md"), "404", "bundle sources are not served, only the site")

        let events = FileManager.default.temporaryDirectory.appendingPathComponent("arakit-events-\(UUID()).txt")
        let listener = Process()
        listener.executableURL = URL(fileURLWithPath: curl)
        listener.arguments = ["-s", "-N", "-o", events.path, "--max-time", "20", base + "__arakit/events"]
        try listener.run()
        defer { listener.terminate() }
        Thread.sleep(forTimeInterval: 1)
        let paper = bundle.appendingPathComponent("PAPER.md")
        let text = try String(contentsOf: paper, encoding: .utf8)
        try (text + "\nEdited while served: zebra-marker.\n").write(to: paper, atomically: true, encoding: .utf8)
        let deadline = Date().addingTimeInterval(10)
        var received = ""
        while Date() < deadline, !received.contains("event: reload") {
            Thread.sleep(forTimeInterval: 0.2)
            received = (try? String(contentsOf: events, encoding: .utf8)) ?? ""
        }
        XCTAssertTrue(received.contains("event: reload"), "no reload event after the edit: \(received)")
        XCTAssertTrue(try output(curl, ["-s", base + "files/PAPER.html"]).contains("zebra-marker"))
    }

    /// Ctrl-C stops the server with status 0, as its help says (it died of SIGINT).
    func testServeStopsWithStatusZeroOnCtrlC() throws {
        _ = try require("dot")
        let bundle = try TestSupport.copy(
            TestSupport.repositoryRoot.appendingPathComponent("examples/tiny-sort"), in: self)
        let (server, _) = try serve(bundle)
        server.process.interrupt()
        let run = server.finish()
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertEqual(server.process.terminationReason, .exit)
        XCTAssertTrue(run.stderr.contains("stopped"), run.stderr)
    }

    /// `serve` started on a copy of the example bundle, and the port it listens on.
    func serveExample() throws -> (CLI.Started, UInt16) {
        _ = try require("dot")
        let bundle = try TestSupport.copy(
            TestSupport.repositoryRoot.appendingPathComponent("examples/tiny-sort"), in: self)
        let (server, base) = try serve(bundle)
        guard let port = URLComponents(string: base)?.port.flatMap({ UInt16(exactly: $0) }) else {
            server.process.terminate()
            XCTFail("serve printed no port: \(base)")
            throw CocoaError(.coderInvalidValue)
        }
        return (server, port)
    }

    /// Hostile clients (issue 20): while one connection sends nothing, a 1 MB
    /// request line is refused and the next request, on a new connection, is
    /// answered (FlyingFox never answered the line, and while it read one
    /// byte by byte other connections could wait for it); a POST is refused,
    /// a HEAD has no body. Bounds are liveness bounds (10 s a reply).
    func testServeAnswersAfterHostileRequests() throws {
        let (server, port) = try serveExample()
        defer { server.process.terminate() }
        let get = "GET / HTTP/1.1\r\nHost: x\r\n\r\n"
        let silent = try RawConnection(port: port)
        let long = "GET /" + String(repeating: "a", count: 1_000_000) + " HTTP/1.1\r\nHost: x\r\n\r\n"
        XCTAssertEqual(RawConnection.status(try RawConnection.exchange(port: port, long)), "414")
        XCTAssertEqual(RawConnection.status(try RawConnection.exchange(port: port, get)), "200")
        let post = try RawConnection.exchange(port: port, "POST / HTTP/1.1\r\nContent-Length: 2\r\n\r\nab")
        XCTAssertEqual(RawConnection.status(post), "405", post)
        XCTAssertTrue(post.contains("Allow: GET, HEAD"), post)
        let head = try RawConnection.exchange(port: port, "HEAD / HTTP/1.1\r\nHost: x\r\n\r\n")
        XCTAssertEqual(RawConnection.status(head), "200", head)
        XCTAssertTrue(head.contains("Content-Length: ") && head.hasSuffix("\r\n\r\n"), "no body: \(head)")
        withExtendedLifetime(silent) {}
    }

    /// Twenty clients that never finish a request keep the server's address
    /// space under the hardening harness's 1 GB cap: without a limit on
    /// malloc's arenas each connection thread reserved 64 MB (1.19 GB here).
    func testServeHoldingSlowClientsStaysUnderTheAddressSpaceCap() throws {
        // `make test-asan` and `make test-tsan` set it: a sanitizer reserves its
        // shadow memory up front (terabytes of address space), so the cap says nothing there.
        let sanitizer = ProcessInfo.processInfo.environment["ARAKIT_SANITIZER"] ?? ""
        try XCTSkipUnless(sanitizer.isEmpty, "address space is not measured under the \(sanitizer) sanitizer")
        let (server, port) = try serveExample()
        defer { server.process.terminate() }
        let held = try (0..<20).map { _ in try RawConnection(port: port) }
        for connection in held { connection.write("GET / HTTP/1.1\r\nHo") }
        Thread.sleep(forTimeInterval: 1.5)
        let status = try String(contentsOfFile: "/proc/\(server.process.processIdentifier)/status", encoding: .utf8)
        let line = try XCTUnwrap(status.split(separator: "\n").first { $0.hasPrefix("VmSize:") })
        // `VmSize:\t  674304 kB`: a tab, then padding only up to eight digits.
        let kilobytes = try XCTUnwrap(Int(line.split(whereSeparator: \.isWhitespace).dropFirst().first ?? ""))
        XCTAssertLessThan(kilobytes, 900_000, "VmSize \(kilobytes) kB with 20 held clients")
        withExtendedLifetime(held) {}
    }

    /// Past 64 open connections the next one is told 503 at once, not queued.
    func testServeAnswers503OverItsConnectionCap() throws {
        let (server, port) = try serveExample()
        defer { server.process.terminate() }
        let held = try (0..<64).map { _ in try RawConnection(port: port) }
        let answer = try RawConnection.exchange(port: port, "GET / HTTP/1.1\r\nHost: x\r\n\r\n")
        XCTAssertEqual(RawConnection.status(answer), "503", answer)
        withExtendedLifetime(held) {}
    }

    /// Each run is a new process with its own hash seed: dictionary order must
    /// not reach the pages (the graph's JSON changed key order from run to run).
    func testRenderingTwiceGivesTheSameBytes() throws {
        _ = try require("dot")
        let example = TestSupport.repositoryRoot.appendingPathComponent("examples/tiny-sort")
        let folder = try TestSupport.temporaryDirectory(self)
        var sites: [[String: Data]] = []
        for name in ["a", "b", "c"] {
            let site = folder.appendingPathComponent(name)
            let render = try CLI.run(["render", example.path, "--out", site.path])
            XCTAssertEqual(render.status, 0, render.stderr)
            var files: [String: Data] = [:]
            for path in TestSupport.files(under: site) {
                files[path] = try Data(contentsOf: site.appendingPathComponent(path))
            }
            sites.append(files)
        }
        XCTAssertFalse(sites[0].isEmpty)
        for path in sites[0].keys.sorted() {
            XCTAssertEqual(sites[0][path], sites[1][path], path)
            XCTAssertEqual(sites[0][path], sites[2][path], path)
        }
    }

    /// A render killed mid-write leaves its staging folder, or, while it swaps
    /// sites, the previous site set aside: the next render removes the one
    /// and puts the other back, unless their process still runs.
    func testRenderCleansWhatAKilledRenderLeft() throws {
        _ = try require("dot")
        let example = TestSupport.repositoryRoot.appendingPathComponent("examples/tiny-sort")
        let folder = try TestSupport.temporaryDirectory(self)
        let ended = Process()
        ended.executableURL = URL(fileURLWithPath: "/bin/true")
        try ended.run()
        ended.waitUntilExit()
        let dead = ended.processIdentifier
        let manager = FileManager.default
        let staging = folder.appendingPathComponent(".site.arakit-\(dead)-A.tmp")
        let live = folder.appendingPathComponent(".site.arakit-\(getpid())-B.tmp")
        let aside = folder.appendingPathComponent(".site.arakit-old-\(dead)-C")
        for url in [staging, live, aside] { try manager.createDirectory(at: url, withIntermediateDirectories: true) }
        try Data("the earlier site".utf8).write(to: aside.appendingPathComponent("index.html"))
        let refused = try CLI.run(["render", example.path, "--out", "site"], in: folder)
        XCTAssertEqual(refused.status, 2, "the earlier site is back, and not replaced without --force")
        let index = folder.appendingPathComponent("site/index.html")
        XCTAssertEqual(try String(contentsOf: index, encoding: .utf8), "the earlier site")
        let names = try manager.contentsOfDirectory(atPath: folder.path).sorted()
        XCTAssertEqual(names, [live.lastPathComponent, "site"])
        let forced = try CLI.run(["render", example.path, "--out", "site", "--force"], in: folder)
        XCTAssertEqual(forced.status, 0, forced.stderr)
        XCTAssertEqual(try manager.contentsOfDirectory(atPath: folder.path).sorted(), [live.lastPathComponent, "site"])
    }

    func testChromiumShowsEveryNodeAndTheDeadEndFilter() throws {
        let chromium = try require("chromium")
        _ = try require("dot")
        let source = try TestSupport.requireCorpus().appendingPathComponent("the-ara-of-ara")
        let nodes = try TestSupport.treeNodes(in: source)
        let site = try TestSupport.temporaryDirectory(self).appendingPathComponent("site")
        let render = try CLI.run(["render", source.path, "--out", site.path])
        XCTAssertEqual(render.status, 0, render.stderr)
        let graph = site.appendingPathComponent("graph.html").absoluteString
        let browse = [
            "--headless", "--no-sandbox", "--disable-gpu", "--virtual-time-budget=3000", "--dump-dom",
        ]
        let dom = try output(chromium, browse + [graph + "?dead=1"])
        XCTAssertTrue(dom.contains("data-ready=\"yes\""), "the graph script did not run")
        for (id, entry) in nodes {
            let slug = id.lowercased()
            guard let start = dom.range(of: "data-node=\"\(slug)\"") else {
                XCTFail("node \(id) missing from the tree view")
                continue
            }
            let opening = dom[..<start.lowerBound].range(of: "<li", options: .backwards)?.lowerBound ?? start.lowerBound
            let hidden = dom[opening..<start.upperBound].contains("hidden")
            XCTAssertEqual(hidden, entry.node.type != .deadEnd, "\(id): the dead-end filter shows only dead ends")
            XCTAssertTrue(dom.contains("id=\"node-\(slug)\""), "node \(id) missing from the SVG")
        }
        try checkClaimCells(site: site, chromium: chromium, browse: browse)
        let shots = ProcessInfo.processInfo.environment["ARAKIT_SCREENSHOTS"].map(URL.init(fileURLWithPath:)) ?? site
        for (name, size) in [("wide", "1440,1000"), ("narrow", "420,900")] {
            let file = shots.appendingPathComponent("graph-\(name).png")
            _ = try output(
                chromium,
                browse.dropLast() + ["--hide-scrollbars", "--window-size=\(size)", "--screenshot=\(file.path)", graph])
            XCTAssertTrue(FileManager.default.fileExists(atPath: file.path), "no screenshot \(name)")
        }
    }

    /// Some claim page links a cell of its table and marks it; the linked page has that cell.
    func checkClaimCells(site: URL, chromium: String, browse: [String]) throws {
        let claims = site.appendingPathComponent("claims")
        let pages = try FileManager.default.contentsOfDirectory(atPath: claims.path).sorted()
        let pattern = "href=\"(\\.\\./files/[^\"#]+)#(t[0-9]+-r[0-9]+-c[0-9]+)\""
        for name in pages {
            let dom = try output(chromium, browse + [claims.appendingPathComponent(name).absoluteString])
            guard let match = dom.range(of: pattern, options: .regularExpression) else { continue }
            let link = String(dom[match]).dropFirst(6).dropLast()
            let parts = link.split(separator: "#")
            XCTAssertTrue(dom.contains("data-cell=\"\(parts[1])\""), "\(name) shows the cited table")
            XCTAssertTrue(dom.contains("class=\"cited\" data-cell=\"\(parts[1])\""), "\(name) marks the cited cell")
            let target = claims.appendingPathComponent(String(parts[0])).standardizedFileURL
            let table = try output(chromium, browse + [target.absoluteString])
            XCTAssertTrue(table.contains("id=\"\(parts[1])\""), "\(target.path) has the cell \(parts[1])")
            return
        }
        XCTFail("no claim page of the-ara-of-ara links a table cell")
    }
}
