import AraTestSupport
import Foundation
import XCTest

@testable import AraView

/// The bounded server on its own, with a trivial site and small limits, so
/// each bound is reached in a moment. Time bounds here are liveness bounds.
final class HTTPServerTests: XCTestCase {
    static let page = Data("<p>hello</p>".utf8)

    /// A server answering `/` with a page and `/events` with `queue`, stopped when the test ends.
    func start(limits: HTTPLimits = HTTPLimits(), host: String = "127.0.0.1", queue: EventQueue = EventQueue())
        throws -> UInt16
    {
        let server = try HTTPServer(host: host, port: 0, limits: limits) { request in
            switch request.path {
            case "/": HTTPResponse(.ok, headers: [("Content-Type", "text/html")], body: .bytes(Self.page))
            case "/events": HTTPResponse(.ok, body: .events(queue))
            default: .plain(.notFound, "not found")
            }
        }
        server.start()
        addTeardownBlock {
            server.stop()
            queue.close()
        }
        return server.port
    }

    func get(_ port: UInt16, host: String = "127.0.0.1") throws -> String {
        try RawConnection.exchange(port: port, host: host, "GET / HTTP/1.1\r\nHost: x\r\n\r\n")
    }

    func testAPageIsServedAndClosed() throws {
        let answer = try get(try start())
        XCTAssertTrue(answer.hasPrefix("HTTP/1.1 200 OK\r\n"), answer)
        XCTAssertTrue(answer.contains("\r\nContent-Length: \(Self.page.count)\r\n"), answer)
        XCTAssertTrue(answer.contains("\r\nConnection: close\r\n"), answer)
        XCTAssertTrue(answer.hasSuffix("\r\n\r\n<p>hello</p>"), answer)
    }

    func testAnOversizedRequestLineIsRefusedAndTheServerGoesOn() throws {
        let port = try start()
        let line = "GET /" + String(repeating: "a", count: 100_000) + " HTTP/1.1\r\n\r\n"
        XCTAssertEqual(RawConnection.status(try RawConnection.exchange(port: port, line)), "414")
        XCTAssertEqual(RawConnection.status(try get(port)), "200")
        let headers = "GET / HTTP/1.1\r\nX-Long: " + String(repeating: "b", count: 100_000) + "\r\n\r\n"
        XCTAssertEqual(RawConnection.status(try RawConnection.exchange(port: port, headers)), "431")
        XCTAssertEqual(RawConnection.status(try get(port)), "200")
    }

    func testAClientThatSendsNothingIsDroppedAndBlocksNoOne() throws {
        var limits = HTTPLimits()
        limits.headTimeout = .seconds(1)
        let port = try start(limits: limits)
        let silent = try RawConnection(port: port)
        let trickling = try RawConnection(port: port)
        trickling.write("GET / HT")
        XCTAssertEqual(RawConnection.status(try get(port)), "200")
        XCTAssertEqual(RawConnection.status(silent.receive()), "408", "dropped after the head timeout")
        XCTAssertEqual(RawConnection.status(trickling.receive()), "408")
    }

    func testOnlyGetAndHeadWithoutABodyAreServed() throws {
        let port = try start()
        let post = try RawConnection.exchange(port: port, "POST / HTTP/1.1\r\nContent-Length: 3\r\n\r\nabc")
        XCTAssertEqual(RawConnection.status(post), "405")
        XCTAssertTrue(post.contains("\r\nAllow: GET, HEAD\r\n"), post)
        for request in [
            "GET / HTTP/1.1\r\nContent-Length: 5\r\n\r\nhello",
            "GET / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n",
        ] {
            XCTAssertEqual(RawConnection.status(try RawConnection.exchange(port: port, request)), "413", request)
        }
        let head = try RawConnection.exchange(port: port, "HEAD / HTTP/1.1\r\n\r\n")
        XCTAssertEqual(RawConnection.status(head), "200")
        XCTAssertTrue(head.contains("\r\nContent-Length: \(Self.page.count)\r\n"), head)
        XCTAssertTrue(head.hasSuffix("\r\n\r\n"), "no body after the head: \(head)")
    }

    func testConnectionsOverTheCapAreAnswered503() throws {
        var limits = HTTPLimits()
        limits.maxConnections = 2
        let port = try start(limits: limits)
        try withExtendedLifetime([try RawConnection(port: port), try RawConnection(port: port)]) {
            let refused = try get(port)
            XCTAssertEqual(RawConnection.status(refused), "503", refused)
        }
        // The slots come back once the server sees the held connections closed.
        let deadline = Date().addingTimeInterval(10)
        var status = ""
        while status != "200", deadline > Date() {
            status = RawConnection.status(try get(port))
        }
        XCTAssertEqual(status, "200")
    }

    func testAnEventStreamCarriesEventsAndItsClientMayLeave() throws {
        var limits = HTTPLimits()
        limits.maxConnections = 1
        let queue = EventQueue()
        let port = try start(limits: limits, queue: queue)
        var listener: RawConnection? = try RawConnection(port: port)
        listener?.write("GET /events HTTP/1.1\r\n\r\n")
        XCTAssertTrue(queue.push(Data("event: reload\ndata: \n\n".utf8)))
        let received = listener?.receive(until: "event: reload") ?? ""
        XCTAssertTrue(received.hasPrefix("HTTP/1.1 200 OK\r\n"), received)
        XCTAssertFalse(received.contains("Content-Length"), received)
        XCTAssertTrue(received.contains("event: reload"), received)
        listener = nil
        // The one slot is the stream's until the server notices its client left.
        let deadline = Date().addingTimeInterval(10)
        var status = ""
        while status != "200", deadline > Date() {
            status = RawConnection.status(try get(port))
        }
        XCTAssertEqual(status, "200")
        XCTAssertFalse(queue.push(Data("late".utf8)), "the stream's queue is closed when its client left")
    }

    func testIPv6LoopbackIsServed() throws {
        let port: UInt16
        do { port = try start(host: "::1") } catch { throw XCTSkip("no IPv6 loopback here: \(error)") }
        XCTAssertEqual(RawConnection.status(try get(port, host: "::1")), "200")
    }

    func testAHostThatIsNotAnAddressIsRefused() {
        XCTAssertThrowsError(try start(host: "example.com")) { error in
            XCTAssertEqual(
                error as? ViewError,
                .server("example.com is not an IP address; pass one such as 127.0.0.1, ::1 or 0.0.0.0 (--host)"))
        }
    }
}
