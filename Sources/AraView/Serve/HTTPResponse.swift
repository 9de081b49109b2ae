import Foundation

/// An answer: status, headers and a body that is either whole or a stream
/// of server-sent events. Every answer closes its connection afterwards
/// (`Connection: close`): one request per connection keeps the server
/// simple, and pages are served from memory on a local link.
struct HTTPResponse: Sendable {
    enum Body: Sendable {
        case bytes(Data)
        /// Written as events arrive until the client leaves or the server stops.
        case events(EventQueue)
    }

    var status: HTTPStatus
    var headers: [(name: String, value: String)]
    var body: Body

    init(_ status: HTTPStatus, headers: [(name: String, value: String)] = [], body: Body = .bytes(Data())) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    static func plain(_ status: HTTPStatus, _ text: String) -> HTTPResponse {
        HTTPResponse(
            status, headers: [("Content-Type", "text/plain; charset=utf-8")], body: .bytes(Data(text.utf8)))
    }

    /// The status line and headers, ending with the blank line. A whole body
    /// is counted (for HEAD too); a stream ends when the connection does.
    func head() -> Data {
        var lines = ["HTTP/1.1 \(status.rawValue) \(status.reason)"]
        lines += headers.map { "\($0.name): \($0.value)" }
        if case .bytes(let data) = body { lines.append("Content-Length: \(data.count)") }
        lines.append("Connection: close")
        return Data((lines.joined(separator: "\r\n") + "\r\n\r\n").utf8)
    }
}
