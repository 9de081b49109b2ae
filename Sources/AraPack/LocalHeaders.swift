import Foundation
import ZIPFoundation

/// ZIP states each entry twice: in its local header, before its data, and in
/// the central directory at the end. Readers differ in which copy they
/// believe, so an archive whose copies disagree, or that hides bytes between
/// entries, reads as different archives to different tools. A sealed archive
/// has neither: its entries lie back to back from the first byte to the
/// central directory, each local header saying what the directory says.
struct LocalHeaders {
    let handle: FileHandle
    let display: String

    static let localSignature: UInt32 = 0x0403_4B50
    static let centralSignature: UInt32 = 0x0201_4B50
    static let endSignature: UInt32 = 0x0605_4B50
    /// Set in a local header's flags when sizes and CRC follow the data instead.
    static let dataDescriptorFlag: UInt16 = 1 << 3

    /// Walks every entry of `archive` in order, throwing at the first disagreement.
    static func check(_ archive: Archive, url: URL, display: String) throws(PackError) {
        let handle: FileHandle
        do {
            handle = try FileHandle(forReadingFrom: url)
        } catch {
            throw .unreadableArchive(path: display, message: "\(error)")
        }
        defer { try? handle.close() }
        let reader = LocalHeaders(handle: handle, display: display)
        var offset: UInt64 = 0
        for entry in archive {
            offset = try reader.check(entry, at: offset)
        }
        let next = try reader.bytes(at: offset, count: 4)
        let signature = Self.uint32(next, 0)
        guard signature == Self.centralSignature || signature == Self.endSignature else {
            throw .tampered(
                archive: display, problems: ["\(offset): bytes lie between the last entry and the central directory"])
        }
    }

    /// Checks the local header of `entry` at `offset`; returns where the next entry starts.
    func check(_ entry: Entry, at offset: UInt64) throws(PackError) -> UInt64 {
        let header = try bytes(at: offset, count: 30)
        let name = Data(entry.path.utf8)
        let nameLength = Int(Self.uint16(header, 26))
        let extraLength = Int(Self.uint16(header, 28))
        let stored = try bytes(at: offset + 30, count: nameLength)
        var problems: [String] = []
        if Self.uint32(header, 0) != Self.localSignature { problems.append("no local header where the entry starts") }
        if Self.uint16(header, 6) & Self.dataDescriptorFlag != 0 { problems.append("sizes follow the data") }
        if (Self.uint16(header, 8) != 0) != entry.isCompressed { problems.append("the compression method differs") }
        if Self.uint32(header, 14) != entry.checksum { problems.append("the CRC differs") }
        let compressed = Self.uint32(header, 18)
        let size = Self.uint32(header, 22)
        // 0xFFFFFFFF defers to a ZIP64 field: the walk still lands only if the sizes agree.
        if compressed != UInt32.max, UInt64(compressed) != entry.compressedSize {
            problems.append("the compressed size differs")
        }
        if size != UInt32.max, UInt64(size) != entry.uncompressedSize { problems.append("the size differs") }
        if stored != name { problems.append("the name differs") }
        guard problems.isEmpty else {
            throw .tampered(
                archive: display,
                problems: problems.map { "\(entry.path): its local header disagrees with the directory (\($0))" })
        }
        return offset + 30 + UInt64(nameLength + extraLength) + entry.compressedSize
    }

    func bytes(at offset: UInt64, count: Int) throws(PackError) -> Data {
        do {
            try handle.seek(toOffset: offset)
            let data = try handle.read(upToCount: count) ?? Data()
            guard data.count == count else { throw CocoaError(.fileReadCorruptFile) }
            return data
        } catch {
            throw .tampered(archive: display, problems: ["\(offset): the archive ends inside an entry"])
        }
    }

    static func uint16(_ data: Data, _ at: Int) -> UInt16 {
        data.dropFirst(at).prefix(2).reversed().reduce(0) { $0 << 8 | UInt16($1) }
    }

    static func uint32(_ data: Data, _ at: Int) -> UInt32 {
        data.dropFirst(at).prefix(4).reversed().reduce(0) { $0 << 8 | UInt32($1) }
    }
}
