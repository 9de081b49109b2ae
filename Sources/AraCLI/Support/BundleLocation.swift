import Foundation

/// Where capture, record and promote find the bundle when `--bundle` is not
/// given: the current directory if it holds PAPER.md, else `./ara`.
package enum BundleLocation {
    package static func resolve(_ given: String?) throws -> String {
        if let given { return given }
        for candidate in [".", "ara"] where FileManager.default.fileExists(atPath: candidate + "/PAPER.md") {
            return candidate
        }
        throw CLIError(
            "no bundle here: neither ./PAPER.md nor ./ara/PAPER.md exists (pass --bundle DIR, or create one with `arakit init ara`)"
        )
    }

    /// The local clock: seconds since 1970 and the UTC offset in minutes.
    package static func now() -> (epoch: Int64, offsetMinutes: Int) {
        let date = Date()
        return (Int64(date.timeIntervalSince1970), TimeZone.current.secondsFromGMT(for: date) / 60)
    }
}
