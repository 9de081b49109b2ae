/// The two scans ``YAMLReader`` makes of a text before libyaml sees it.
///
/// Both read every byte of every YAML file, and a byte at a time they were an
/// eighth of a review's reading. Most bytes change nothing either scan keeps:
/// both jump over runs of such bytes, found with a table, and act only on
/// the bytes that can matter.
extension YAMLReader {
    /// A conservative nesting estimate per line: indentation, plus `- ` markers
    /// that open nested sequences on one line, plus open flow brackets. It
    /// over-counts only for very deep indentation, which no bundle needs.
    static func firstLineDeeperThan(_ limit: Int, in text: String) -> Int? {
        withBytes(text) { bytes in
            var scan = DepthScan(limit: limit)
            return scan.firstDeepLine(bytes)
        }
    }

    /// An upper bound on the nodes a text writes out, counted per line:
    /// each `- ` opens a node, a line holds at most a key and a value, and in
    /// flow context each `,`, `[` and `{` opens at most a key and a value.
    static func estimatedNodes(in text: String) -> Int {
        let stops = nodeStops
        return withBytes(text) { bytes in
            var count = 0
            var flowDepth = 0
            var index = 0
            while index < bytes.count {
                // The line's start: spaces and the `-` of sequence entries.
                var hasContent = false
                while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x2D {
                    if bytes[index] == 0x2D { count += 1 }
                    index += 1
                }
                // The rest of the line: only line ends, brackets and commas count.
                while index < bytes.count {
                    let byte = bytes[index]
                    index += 1
                    if byte == 0x0A { break }
                    if byte != 0x20 { hasContent = true }
                    switch byte {
                    case 0x5B, 0x7B:
                        flowDepth += 1
                        count += 2
                    case 0x5D, 0x7D: flowDepth = max(0, flowDepth - 1)
                    case 0x2C where flowDepth > 0: count += 2
                    default:
                        while index < bytes.count, !stops[Int(bytes[index])] { index += 1 }
                    }
                }
                if hasContent { count += 2 }
            }
            return count
        }
    }

    /// Line ends, brackets and commas: the bytes after a line's start that
    /// change the node estimate.
    private static let nodeStops = byteTable("\n[]{},")

    /// Line ends, quotes and brackets: the bytes after a line's start that
    /// change the depth estimate.
    fileprivate static let depthStops = byteTable("\n\"'[]{}")

    private static func byteTable(_ bytes: String) -> [Bool] {
        var table = [Bool](repeating: false, count: 256)
        for byte in bytes.utf8 { table[Int(byte)] = true }
        return table
    }
}

/// ``YAMLReader/firstLineDeeperThan(_:in:)``'s state. Quotes are followed so
/// that brackets inside them do not count; a quote may span lines.
private struct DepthScan {
    let limit: Int
    var line = 1
    var flowDepth = 0
    var quote: UInt8?
    var previous: UInt8 = 0

    init(limit: Int) { self.limit = limit }

    /// The estimate only grows at a line's start and at an opening bracket,
    /// so it is compared there.
    mutating func firstDeepLine(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        let stops = YAMLReader.depthStops
        var index = 0
        while index < bytes.count {
            var indentation = 0
            var dashes = 0
            while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x2D {
                if bytes[index] == 0x20 { indentation += 1 } else { dashes += 1 }
                previous = bytes[index]
                index += 1
            }
            if tooDeep(indentation / 2 + dashes + flowDepth) { return line }
            while index < bytes.count {
                let byte = bytes[index]
                if byte == 0x0A {
                    line += 1
                    previous = byte
                    index += 1
                    break
                }
                guard stops[Int(byte)] else {
                    index += 1
                    while index < bytes.count, !stops[Int(bytes[index])] { index += 1 }
                    previous = bytes[index - 1]
                    continue
                }
                if take(byte), tooDeep(indentation / 2 + dashes + flowDepth) { return line }
                previous = byte
                index += 1
            }
        }
        return nil
    }

    private func tooDeep(_ estimate: Int) -> Bool { estimate > limit * 2 || flowDepth > limit }

    /// Follows a quote or bracket; `true` when a bracket opened.
    private mutating func take(_ byte: UInt8) -> Bool {
        if let open = quote {
            if byte == open { quote = nil }
        } else if byte == 0x22 || (byte == 0x27 && (previous == 0x20 || previous == 0x5B || previous == 0x2C)) {
            quote = byte
        } else if byte == 0x5B || byte == 0x7B {
            flowDepth += 1
            return true
        } else if byte == 0x5D || byte == 0x7D {
            flowDepth = max(0, flowDepth - 1)
        }
        return false
    }
}
