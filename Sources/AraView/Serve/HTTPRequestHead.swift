import Foundation

/// A request the server serves: GET or HEAD, HTTP/1.0 or 1.1, without a body.
/// Parsed from the head's bytes (request line and headers, without the blank
/// line that ends them); anything else is refused with the status that says why.
struct HTTPRequestHead: Sendable {
    let method: String
    /// The request target as sent (`/claims/c01.html?x=1`).
    let target: String

    /// The target without its query or fragment, still percent-encoded.
    var path: String {
        String(target.prefix { $0 != "?" && $0 != "#" })
    }

    var isHead: Bool { method == "HEAD" }

    init(parsing head: some Collection<UInt8>) throws(HTTPRefusal) {
        let lines = head.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map {
            $0.last == UInt8(ascii: "\r") ? $0.dropLast() : $0[...]
        }
        guard let requestLine = lines.first else { throw HTTPRefusal(.badRequest, "empty request") }
        let parts = requestLine.split(separator: UInt8(ascii: " "), omittingEmptySubsequences: false)
        guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(Self.isVisible) }) else {
            throw HTTPRefusal(.badRequest, "malformed request line")
        }
        method = String(decoding: parts[0], as: UTF8.self)
        target = String(decoding: parts[1], as: UTF8.self)
        let version = String(decoding: parts[2], as: UTF8.self)
        guard version == "HTTP/1.1" || version == "HTTP/1.0" else {
            if version.hasPrefix("HTTP/") { throw HTTPRefusal(.versionNotSupported, "HTTP/1.1 only") }
            throw HTTPRefusal(.badRequest, "malformed request line")
        }
        guard method == "GET" || method == "HEAD" else {
            throw HTTPRefusal(.methodNotAllowed, "only GET and HEAD are served")
        }
        try Self.refuseBody(headers: lines.dropFirst())
    }

    /// A request with a body (a length above 0, or any transfer coding) is
    /// refused rather than read: nothing served takes one.
    static func refuseBody(headers lines: some Collection<ArraySlice<UInt8>>) throws(HTTPRefusal) {
        for line in lines {
            guard let colon = line.firstIndex(of: UInt8(ascii: ":")), colon != line.startIndex,
                line[..<colon].allSatisfy(isVisible)
            else { throw HTTPRefusal(.badRequest, "malformed header line") }
            let name = String(decoding: line[..<colon], as: UTF8.self).lowercased()
            let value = String(decoding: line[line.index(after: colon)...], as: UTF8.self)
                .trimmingCharacters(in: .whitespaces)
            if name == "transfer-encoding" { throw HTTPRefusal(.contentTooLarge, "request bodies are not accepted") }
            if name == "content-length" {
                guard let length = UInt64(value) else { throw HTTPRefusal(.badRequest, "malformed Content-Length") }
                if length > 0 { throw HTTPRefusal(.contentTooLarge, "request bodies are not accepted") }
            }
        }
    }

    /// Printable ASCII without the space: what a method, target and version are made of.
    static func isVisible(_ byte: UInt8) -> Bool { byte > 0x20 && byte < 0x7F }
}
