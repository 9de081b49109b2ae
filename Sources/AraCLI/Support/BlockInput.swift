import Foundation

/// Reads the block file of `arakit add`, bounded, as UTF-8.
enum BlockInput {
    static func read(_ path: String, limit: Int) throws -> String {
        let handle: FileHandle
        if path == "-" {
            handle = FileHandle.standardInput
        } else {
            guard let opened = FileHandle(forReadingAtPath: path) else {
                throw CLIError("cannot read '\(path)': no such file, or not readable")
            }
            handle = opened
        }
        // One byte over the limit tells a file that is too large from one that fits.
        let data = (try? handle.read(upToCount: limit + 1)) ?? Data()
        guard data.count <= limit else {
            throw CLIError("'\(path)' is over \(limit) bytes; a block file holds one claim or experiment")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw CLIError("'\(path)' is not UTF-8 text; save it as UTF-8 and try again")
        }
        return text
    }
}
