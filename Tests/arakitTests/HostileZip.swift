import Foundation
import XCTest

/// Builds the hostile archives of issue 17 from a sealed one with Python's
/// zipfile (an independent ZIP writer: none of AraKit's code makes them).
enum HostileZip {
    static let script = #"""
        import struct, sys, zipfile
        mode, source, target, outside = sys.argv[1:5]
        entries = [(i, zipfile.ZipFile(source).read(i.filename)) for i in zipfile.ZipFile(source).infolist()]
        def info(name, attributes=0o100644):
            i = zipfile.ZipInfo(name, (1980, 1, 1, 0, 0, 0))
            i.compress_type, i.create_system, i.external_attr = zipfile.ZIP_DEFLATED, 3, attributes << 16
            return i
        extra = []
        if mode == "change":
            entries = [(i, d.replace(b"Insertion", b"Insertiom", 1) if i.filename == "PAPER.md" else d) for i, d in entries]
        elif mode == "add": extra = [(info("logic/extra.md"), b"# more\n")]
        elif mode == "remove": entries = [(i, d) for i, d in entries if i.filename != "logic/claims.md"]
        elif mode == "rename":
            entries = [(info("logic/claims-renamed.md") if i.filename == "logic/claims.md" else i, d) for i, d in entries]
        elif mode == "traversal": extra = [(info("../evil.txt"), b"escaped\n")]
        elif mode == "absolute": extra = [(info(outside + "/evil-absolute.txt"), b"escaped\n")]
        elif mode == "symlink": extra = [(info("logic/link.md", 0o120777), b"/etc/passwd")]
        elif mode == "duplicate": extra = [(info("PAPER.md"), b"---\ntitle: other\n---\n")]
        elif mode in ("bomb", "liar"): extra = [(info("evidence/zeros.bin"), bytes(64 << 20))]
        with zipfile.ZipFile(target, "w") as z:
            for i, d in entries + extra:
                z.writestr(i, d)
        if mode == "liar":  # state 10 bytes in the local and the central header; the data inflates to 64 MiB
            data = bytearray(open(target, "rb").read())
            local = data.find(b"evidence/zeros.bin") - 30
            struct.pack_into("<I", data, local + 22, 10)
            central = data.find(b"evidence/zeros.bin", local + 40) - 46
            struct.pack_into("<I", data, central + 24, 10)
            open(target, "wb").write(data)
        """#

    static func make(_ mode: String, from source: URL, to target: URL, outside: URL) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-W", "ignore", "-c", script, mode, source.path, target.path, outside.path]
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw XCTSkip("python3 could not build the hostile archive '\(mode)': \(message)")
        }
    }
}
