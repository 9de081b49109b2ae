/// Reads a request head (the request line and headers, up to the blank line)
/// within the limits: at most `maxHeadBytes`, all of it within `headTimeout`
/// however slowly the bytes come.
struct HeadReader {
    let socket: ClientSocket
    let limits: HTTPLimits

    /// The head without the blank line; nil when the client closed before finishing it.
    func read() throws(HTTPRefusal) -> ArraySlice<UInt8>? {
        let deadline = ContinuousClock.now + limits.headTimeout
        var buffer: [UInt8] = []
        var searched = 0
        while true {
            if let end = Self.endOfHead(in: buffer, from: searched) { return buffer[..<end] }
            // The blank line may straddle what was read and what comes next.
            searched = max(0, buffer.count - 2)
            guard buffer.count < limits.maxHeadBytes else { throw tooLarge(buffer) }
            guard socket.waitReadable(until: deadline) else {
                throw HTTPRefusal(.requestTimeout, "the request was not sent in time")
            }
            guard socket.receive(into: &buffer, upTo: limits.maxHeadBytes - buffer.count) > 0 else { return nil }
        }
    }

    /// Where the head ends: a line break followed by an empty line (`\n\n` or
    /// `\n\r\n`), looked for from `start`; the index of the first break.
    static func endOfHead(in bytes: [UInt8], from start: Int) -> Int? {
        let lineFeed = UInt8(ascii: "\n")
        var index = start
        while index + 1 < bytes.count {
            if bytes[index] == lineFeed {
                if bytes[index + 1] == lineFeed { return index }
                if bytes[index + 1] == UInt8(ascii: "\r"), index + 2 < bytes.count, bytes[index + 2] == lineFeed {
                    return index
                }
            }
            index += 1
        }
        return nil
    }

    private func tooLarge(_ buffer: [UInt8]) -> HTTPRefusal {
        if buffer.contains(UInt8(ascii: "\n")) {
            return HTTPRefusal(.headerFieldsTooLarge, "the request headers exceed \(limits.maxHeadBytes) bytes")
        }
        return HTTPRefusal(.uriTooLong, "the request line exceeds \(limits.maxHeadBytes) bytes")
    }
}
