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

    init() {
        (messages, continuation) = AsyncThrowingStream.makeStream()
    }

    func connect() async throws {
        let continuation = self.continuation
        Thread { Self.readLines(into: continuation) }.start()
    }

    func disconnect() async { continuation.finish() }

    func send(_ data: Data) async throws {
        var line = data
        line.append(10)
        try FileHandle.standardOutput.write(contentsOf: line)
    }

    func receive() -> AsyncThrowingStream<Data, Error> { messages }

    /// Yields each non-empty line of standard input until it closes.
    static func readLines(into continuation: AsyncThrowingStream<Data, Error>.Continuation) {
        var pending = Data()
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = read(STDIN_FILENO, &buffer, buffer.count)
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { break }
            pending.append(contentsOf: buffer[0..<count])
            while let newline = pending.firstIndex(of: 10) {
                let line = pending[pending.startIndex..<newline]
                if !line.isEmpty { continuation.yield(Data(line)) }
                pending = Data(pending[pending.index(after: newline)...])
            }
            if pending.count > maxLineBytes {
                continuation.finish(throwing: MCPError.parseError("a message longer than \(maxLineBytes) bytes"))
                return
            }
        }
        continuation.finish()
    }
}
