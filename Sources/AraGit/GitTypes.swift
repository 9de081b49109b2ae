import Foundation

/// A person and moment from a commit header.
public struct GitSignature: Hashable, Sendable {
    public var name: String
    public var email: String
    /// Seconds since 1970-01-01 UTC.
    public var time: Int64
    /// The signer's offset from UTC in minutes, as recorded.
    public var offsetMinutes: Int

    public init(name: String, email: String, time: Int64, offsetMinutes: Int) {
        self.name = name
        self.email = email
        self.time = time
        self.offsetMinutes = offsetMinutes
    }
}

/// One commit, copied out of libgit2 so it outlives the repository handle.
public struct GitCommit: Hashable, Sendable {
    /// The full hexadecimal object id.
    public var id: String
    /// Parent ids in order; the first is the line the commit was made on.
    public var parents: [String]
    public var author: GitSignature
    public var committer: GitSignature
    /// The whole message as written (subject, body and trailers).
    public var message: String

    public init(id: String, parents: [String], author: GitSignature, committer: GitSignature, message: String) {
        self.id = id
        self.parents = parents
        self.author = author
        self.committer = committer
        self.message = message
    }

    public var isMerge: Bool { parents.count > 1 }

    /// The first line of the message, trimmed.
    public var subject: String {
        let end = message.utf8.firstIndex(of: UInt8(ascii: "\n")) ?? message.endIndex
        let line = message[..<end]
        // Most subjects start and end with an ASCII character other than a
        // space or tab: nothing to trim, and Foundation's trimming (asked
        // several times per commit) is not needed.
        let isPlainEnd = { (byte: UInt8?) in byte.map { $0 < 0x80 && $0 != 0x20 && $0 != 0x09 } ?? false }
        if isPlainEnd(line.utf8.first), isPlainEnd(line.utf8.last) { return String(line) }
        return line.trimmingCharacters(in: .whitespaces)
    }

    /// Twelve hex digits: short enough to read, long enough not to collide.
    public var shortID: String { String(id.prefix(12)) }

    /// The commits a revert names, as written after `This reverts commit`
    /// (full or abbreviated ids), in order.
    /// A search on the bytes, not Foundation's on characters: every commit
    /// is asked, and that search was a twentieth of a capture. Ids are
    /// ASCII: lowercase hex digits, as git writes them.
    public var revertedIDs: [String] {
        let marker = Self.revertMarker
        var text = message
        return text.withUTF8 { bytes in
            var ids: [String] = []
            var start = 0
            while let first = bytes[start...].firstIndex(of: marker[0]) {
                start = first + 1
                guard bytes[first...].starts(with: marker) else { continue }
                let begin = first + marker.count
                var end = begin
                while end < bytes.count, Self.isLowercaseHex(bytes[end]) { end += 1 }
                if end - begin >= 7 { ids.append(String(decoding: bytes[begin..<end], as: UTF8.self)) }
                start = begin
            }
            return ids
        }
    }

    static let revertMarker = Array("This reverts commit ".utf8)

    static func isLowercaseHex(_ byte: UInt8) -> Bool {
        (0x30...0x39).contains(byte) || (0x61...0x66).contains(byte)
    }
}

/// A key/value pair from a message's final paragraph (`Ara-Type: experiment`).
public struct GitTrailer: Hashable, Sendable {
    public var key: String
    public var value: String

    public init(key: String, value: String) {
        self.key = key
        self.value = value
    }
}

/// A local branch and the commit at its tip.
public struct GitBranch: Hashable, Sendable {
    /// The short name (`feature/x`).
    public var name: String
    public var tip: String
    /// Whether `HEAD` points at this branch.
    public var isHead: Bool

    public init(name: String, tip: String, isHead: Bool) {
        self.name = name
        self.tip = tip
        self.isHead = isHead
    }
}

/// A tag, lightweight or annotated, and the commit it names.
public struct GitTag: Hashable, Sendable {
    public var name: String
    public var target: String

    public init(name: String, target: String) {
        self.name = name
        self.target = target
    }
}

/// A reference by its full name (`refs/remotes/origin/main`) and the commit it leads to.
public struct GitReference: Hashable, Sendable {
    public var name: String
    public var target: String

    public init(name: String, target: String) {
        self.name = name
        self.target = target
    }
}

/// A path whose entry differs between two trees, and its blob in the newer one.
public struct GitChange: Hashable, Sendable {
    public var path: String
    /// The blob id in the newer tree; nil when the path was deleted.
    public var blob: String?

    public init(path: String, blob: String?) {
        self.path = path
        self.blob = blob
    }
}
