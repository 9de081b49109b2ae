/// What one client may cost `arakit serve`. Every request is small (a GET of
/// a page), so anything bigger or slower than these is hostile or broken,
/// and is answered with an error and dropped instead of waited for.
struct HTTPLimits: Sendable {
    /// The request line and headers together, in bytes (over it: 414 or 431).
    var maxHeadBytes = 16 << 10
    /// The time a client has to send its whole request head (over it: 408), so
    /// connections that trickle bytes or send nothing do not hold a slot.
    var headTimeout: Duration = .seconds(10)
    /// The time one write may wait for a client that does not read.
    var sendTimeout: Duration = .seconds(10)
    /// Connections served at once, event streams included (over it: 503).
    var maxConnections = 64
    /// How long and how much is read and dropped after the answer, before the
    /// close: a socket closed with unread bytes is reset, and the reset can
    /// reach the client before it has read the answer.
    var lingerTimeout: Duration = .seconds(2)
    var maxLingerBytes = 1 << 20
}
