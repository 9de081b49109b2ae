import Foundation

/// A file's bytes split into the lines the reader numbers, each with its own
/// line end, so that an edit replaces whole lines and leaves every other byte
/// as it was: a CRLF or lone-CR line end, a byte-order mark, bytes that are
/// not UTF-8 (SPEC.md §9.8).
public struct RawLines: Sendable, Equatable {
    struct Line: Sendable, Equatable {
        var content: [UInt8]
        /// `\n`, `\r\n`, `\r`, or empty for the last line.
        var end: [UInt8]
    }

    static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    var hasByteOrderMark: Bool
    var lines: [Line]

    public init(_ data: Data) {
        var bytes = [UInt8](data)
        hasByteOrderMark = bytes.starts(with: Self.byteOrderMark)
        if hasByteOrderMark { bytes.removeFirst(Self.byteOrderMark.count) }
        lines = []
        var start = 0
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            guard byte == 10 || byte == 13 else {
                index += 1
                continue
            }
            let endLength = byte == 13 && index + 1 < bytes.count && bytes[index + 1] == 10 ? 2 : 1
            lines.append(Line(content: Array(bytes[start..<index]), end: Array(bytes[index..<(index + endLength)])))
            index += endLength
            start = index
        }
        lines.append(Line(content: Array(bytes[start...]), end: []))
    }

    /// The number of lines, as the reader counts them (a final line end opens an empty last line).
    public var count: Int { lines.count }

    /// The text the reader sees: bad bytes as U+FFFD, no byte-order mark, every line end LF.
    public var text: String {
        var bytes: [UInt8] = []
        for (index, line) in lines.enumerated() {
            if index > 0 { bytes.append(10) }
            bytes += line.content
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The bytes to write.
    public var data: Data {
        var bytes = hasByteOrderMark ? Self.byteOrderMark : []
        for line in lines { bytes += line.content + line.end }
        return Data(bytes)
    }

    /// Replaces the lines in `range` (0-based) with `replacement`. The new
    /// lines take the replaced lines' ends in order, the last keeping the last
    /// one's; lines beyond those take the file's most common end.
    public mutating func replace(_ range: Range<Int>, with replacement: [String]) {
        let ends = lines[range].map(\.end)
        let common = commonEnd
        var new: [Line] = []
        for (offset, text) in replacement.enumerated() {
            let end: [UInt8]
            if offset == replacement.count - 1, let last = ends.last {
                end = last
            } else if offset < ends.count - 1 {
                end = ends[offset]
            } else {
                end = common
            }
            new.append(Line(content: Array(text.utf8), end: end))
        }
        // The file's last line has no end, whatever replaces or follows it.
        if range.upperBound == lines.count {
            if new.isEmpty, range.lowerBound > 0 { lines[range.lowerBound - 1].end = [] }
            if !new.isEmpty {
                if range.isEmpty, range.lowerBound > 0 { lines[range.lowerBound - 1].end = common }
                new[new.count - 1].end = []
            }
        }
        lines.replaceSubrange(range, with: new)
    }

    /// The line end most lines use (LF on a tie, or for a file of one line).
    var commonEnd: [UInt8] {
        let candidates: [[UInt8]] = [[10], [13, 10], [13]]
        let counts = candidates.map { end in lines.count { $0.end == end } }
        let best = counts.indices.max { counts[$0] < counts[$1] || (counts[$0] == counts[$1] && $0 > $1) } ?? 0
        return candidates[best]
    }
}
