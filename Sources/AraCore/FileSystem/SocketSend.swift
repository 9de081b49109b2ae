import Foundation

/// Sending all of a buffer on a socket, for `serve` and the tests that play
/// its clients.
package enum SocketSend {
    /// Sends all of `data` on `descriptor`, retrying an interrupted call;
    /// false when the peer left (or a send timed out) first. A peer gone
    /// mid-write is an answer here, never a SIGPIPE that would end the process.
    package static func all(_ data: Data, on descriptor: Int32) -> Bool {
        #if canImport(Glibc)
            let flags = Int32(MSG_NOSIGNAL)
        #else
            let flags: Int32 = 0
        #endif
        return data.withUnsafeBytes { bytes in
            var offset = 0
            while offset < bytes.count {
                let sent = send(descriptor, bytes.baseAddress?.advanced(by: offset), bytes.count - offset, flags)
                if sent < 0 && errno == EINTR { continue }
                guard sent > 0 else { return false }
                offset += sent
            }
            return true
        }
    }
}
