import AraGit
import Foundation

/// The `Ara-*` trailers of a commit message (SPEC.md §10.2), keys compared
/// without regard to case, the first of each key kept.
struct AraTrailers: Equatable {
    private var values: [String: String] = [:]

    init(message: String) {
        // Most commits have no Ara trailer; skip libgit2's parser for them.
        guard Self.mentionsAra(message) else { return }
        for trailer in GitRepository.trailers(in: message) {
            let key = trailer.key.lowercased()
            guard key.hasPrefix("ara-"), values[key] == nil else { continue }
            let value = trailer.value.trimmingCharacters(in: .whitespacesAndNewlines)
            if !value.isEmpty { values[key] = value }
        }
    }

    /// Whether `ara-` occurs in any letter case (ASCII bytes, no Foundation search).
    static func mentionsAra(_ message: String) -> Bool {
        var matched = 0
        for byte in message.utf8 {
            let lower = byte | 0x20
            switch (matched, byte == UInt8(ascii: "-") ? byte : lower) {
            case (0, UInt8(ascii: "a")), (1, UInt8(ascii: "r")), (2, UInt8(ascii: "a")): matched += 1
            case (3, UInt8(ascii: "-")): return true
            // After "ara", an "r" leaves "ar" matched (the pattern's own overlap).
            case (3, UInt8(ascii: "r")): matched = 2
            default: matched = lower == UInt8(ascii: "a") ? 1 : 0
            }
        }
        return false
    }

    subscript(_ name: String) -> String? { values["ara-" + name.lowercased()] }

    /// Whether the message has no `Ara-*` trailer.
    var isEmpty: Bool { values.isEmpty }

    /// Comma- or semicolon-separated items of a trailer.
    func list(_ name: String) -> [String]? {
        self[name].map {
            $0.split(whereSeparator: { $0 == "," || $0 == ";" })
                .map { $0.trimmingCharacters(in: .whitespaces) }
                .filter { !$0.isEmpty }
        }
    }
}
