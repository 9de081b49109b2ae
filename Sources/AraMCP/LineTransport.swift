import Foundation
import Logging
import MCP

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// MCP over standard input and output, one JSON-RPC message per line, read
/// by a thread that blocks on standard input.
///
/// The SDK's `StdioTransport` polls a non-blocking descriptor and sleeps
/// 10 ms whenever no byte is waiting, so each request waited up to 10 ms
/// before it was read: round trips measured a 10 ms median whatever the tool
/// did. A blocking read wakes as soon as a line arrives.
actor LineTransport: Transport {
    /// A line longer than this is refused and ends the session (memory stays bounded).
    static let maxLineBytes = 16 << 20

    nonisolated let logger = Logger(label: "arakit.mcp", factory: { _ in SwiftLogNoOpLogHandler() })
    private let messages: AsyncThrowingStream<Data, Error>
    private let continuation: AsyncThrowingStream<Data, Error>.Continuation
    private let open = OpenRequests()
    private let answers: SplicedAnswers

    init(answers: SplicedAnswers) {
        (messages, continuation) = AsyncThrowingStream.makeStream()
        self.answers = answers
    }

    func connect() async throws {
        let continuation = self.continuation
        let open = self.open
        Thread { Self.readLines(into: continuation, open: open) }.start()
    }

    func disconnect() async { continuation.finish() }

    /// Writes a message and its line end, an answer spliced in where it has a
    /// placeholder; piece by piece, as a long answer is not copied once more.
    func send(_ data: Data) async throws {
        // Counted before the write: an answer that cannot be written leaves nothing to wait for.
        open.sent(data)
        for piece in answers.pieces(of: data) + [Data([10])] {
            try FileHandle.standardOutput.write(contentsOf: piece)
        }
    }

    func receive() -> AsyncThrowingStream<Data, Error> { messages }

    /// Yields each non-empty line of standard input until it closes, and ends
    /// the stream once every request read has been answered.
    ///
    /// Only the bytes just read are searched for a newline, and the lines
    /// they end are cut off once per read: searching the whole pending line
    /// again on each read, and copying its rest after each line, made a long
    /// line quadratic (a 16 MiB line took a minute to refuse).
    static func readLines(into continuation: AsyncThrowingStream<Data, Error>.Continuation, open: OpenRequests) {
        var pending: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = read(STDIN_FILENO, &buffer, buffer.count)
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { break }
            var searchFrom = pending.count
            pending.append(contentsOf: buffer[0..<count])
            var lineStart = 0
            while let newline = pending[searchFrom...].firstIndex(of: 10) {
                if newline > lineStart {
                    let line = Data(pending[lineStart..<newline])
                    open.read(line)
                    continuation.yield(line)
                }
                lineStart = newline + 1
                searchFrom = lineStart
            }
            if lineStart > 0 { pending.removeFirst(lineStart) }
            if pending.count > maxLineBytes {
                open.waitUntilAnswered()
                continuation.finish(throwing: MCPError.parseError("a message longer than \(maxLineBytes) bytes"))
                return
            }
        }
        open.waitUntilAnswered()
        continuation.finish()
    }
}
