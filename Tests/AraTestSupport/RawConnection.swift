import AraCore
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A TCP connection to a local test server that sends exactly the bytes it is
/// given: curl would refuse or fix the hostile requests the server must survive.
public final class RawConnection {
    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

    private let descriptor: Int32

    /// Connects to `host` (an IPv4 or IPv6 address) at `port`.
    public init(host: String = "127.0.0.1", port: UInt16) throws {
        var ipv4 = sockaddr_in()
        var ipv6 = sockaddr_in6()
        let isIPv4 = inet_pton(AF_INET, host, &ipv4.sin_addr) == 1
        guard isIPv4 || inet_pton(AF_INET6, host, &ipv6.sin6_addr) == 1 else {
            throw Failure(description: "\(host) is not an IP address")
        }
        #if canImport(Glibc)
            let stream = Int32(SOCK_STREAM.rawValue)
        #else
            let stream = SOCK_STREAM
        #endif
        descriptor = socket(isIPv4 ? AF_INET : AF_INET6, stream, 0)
        guard descriptor >= 0 else { throw Failure(description: "socket: \(String(cString: strerror(errno)))") }
        let connected: Int32
        if isIPv4 {
            ipv4.sin_family = sa_family_t(AF_INET)
            ipv4.sin_port = port.bigEndian
            connected = Self.open(descriptor, &ipv4)
        } else {
            ipv6.sin6_family = sa_family_t(AF_INET6)
            ipv6.sin6_port = port.bigEndian
            connected = Self.open(descriptor, &ipv6)
        }
        guard connected == 0 else { throw Failure(description: "connect: \(String(cString: strerror(errno)))") }
        // A server that stops reading must fail the test, not hang it.
        var timeout = timeval(tv_sec: 10, tv_usec: 0)
        setsockopt(descriptor, SOL_SOCKET, SO_SNDTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
    }

    deinit { close(descriptor) }

    /// Sends `bytes`; false when the server closed the connection first (it may
    /// answer and close before reading everything a hostile client sends).
    @discardableResult
    public func write(_ bytes: Data) -> Bool { SocketSend.all(bytes, on: descriptor) }

    @discardableResult
    public func write(_ text: String) -> Bool { write(Data(text.utf8)) }

    /// Tells the server nothing more comes.
    public func finishSending() { shutdown(descriptor, Int32(SHUT_WR)) }

    /// What the server sends until it closes the connection, or `marker` has
    /// come, or `timeout` passed (a liveness bound, not a timing assertion).
    public func receive(until marker: String? = nil, timeout: TimeInterval = 10) -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var received = Data()
        var chunk = [UInt8](repeating: 0, count: 64 << 10)
        while deadline > Date() {
            if let marker, String(decoding: received, as: UTF8.self).contains(marker) { break }
            var wait = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            guard poll(&wait, 1, Int32(deadline.timeIntervalSinceNow * 1000) + 1) > 0 else { break }
            let count = recv(descriptor, &chunk, chunk.count, 0)
            guard count > 0 else { break }
            received.append(contentsOf: chunk[..<count])
        }
        return String(decoding: received, as: UTF8.self)
    }

    /// One whole exchange: the request sent, the sending side shut, the answer read.
    public static func exchange(port: UInt16, host: String = "127.0.0.1", _ request: Data) throws -> String {
        let connection = try RawConnection(host: host, port: port)
        connection.write(request)
        connection.finishSending()
        return connection.receive()
    }

    public static func exchange(port: UInt16, host: String = "127.0.0.1", _ request: String) throws -> String {
        try exchange(port: port, host: host, Data(request.utf8))
    }

    /// The status code of an answer (`"200"`), or `""` when there was none.
    public static func status(_ answer: String) -> String {
        let line = answer.prefix { $0 != "\r" && $0 != "\n" }
        let parts = line.split(separator: " ")
        return parts.count > 1 && parts[0].hasPrefix("HTTP/1.") ? String(parts[1]) : ""
    }

    private static func open<Address>(_ descriptor: Int32, _ address: inout Address) -> Int32 {
        withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(descriptor, $0, socklen_t(MemoryLayout<Address>.size))
            }
        }
    }
}
