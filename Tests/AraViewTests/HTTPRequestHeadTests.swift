import XCTest

@testable import AraView

final class HTTPRequestHeadTests: XCTestCase {
    func parse(_ text: String) throws(HTTPRefusal) -> HTTPRequestHead {
        try HTTPRequestHead(parsing: Array(text.utf8))
    }

    func refusal(_ text: String) -> HTTPStatus? {
        do {
            _ = try parse(text)
            return nil
        } catch {
            return error.status
        }
    }

    func testGetAndHeadAreParsedWithTheirPath() throws {
        let get = try parse("GET /claims/c01.html?dead=1#x HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r")
        XCTAssertEqual(get.method, "GET")
        XCTAssertEqual(get.path, "/claims/c01.html")
        XCTAssertFalse(get.isHead)
        XCTAssertTrue(try parse("HEAD / HTTP/1.0\nHost: x").isHead, "bare line feeds are taken too")
    }

    func testWhatIsNotServedIsRefusedWithItsStatus() {
        XCTAssertEqual(refusal(""), .badRequest)
        XCTAssertEqual(refusal("GET /"), .badRequest)
        XCTAssertEqual(refusal("GET  / HTTP/1.1"), .badRequest)
        XCTAssertEqual(refusal("GET /\u{7F} HTTP/1.1"), .badRequest)
        XCTAssertEqual(refusal("GET / HTTP/2.0"), .versionNotSupported)
        XCTAssertEqual(refusal("DELETE / HTTP/1.1"), .methodNotAllowed)
        XCTAssertEqual(refusal("GET / HTTP/1.1\r\nno colon"), .badRequest)
        XCTAssertEqual(refusal("GET / HTTP/1.1\r\n folded: x"), .badRequest)
        XCTAssertEqual(refusal("GET / HTTP/1.1\r\nContent-Length: x"), .badRequest)
        XCTAssertEqual(refusal("GET / HTTP/1.1\r\ncontent-length: 1"), .contentTooLarge)
        XCTAssertEqual(refusal("GET / HTTP/1.1\r\nTransfer-Encoding: chunked"), .contentTooLarge)
    }

    func testTheHeadEndsAtTheFirstEmptyLine() {
        XCTAssertEqual(HeadReader.endOfHead(in: Array("GET / HTTP/1.1\r\nA: b\r\n\r\nrest".utf8), from: 0), 21)
        XCTAssertEqual(HeadReader.endOfHead(in: Array("GET / HTTP/1.1\n\n".utf8), from: 0), 14)
        XCTAssertNil(HeadReader.endOfHead(in: Array("GET / HTTP/1.1\r\nA: b\r\n\r".utf8), from: 0))
    }
}
