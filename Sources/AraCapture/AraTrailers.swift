import AraGit
import Foundation

/// The `Ara-*` trailers of a commit message (SPEC.md §10.2), keys compared
/// without regard to case, the first of each key kept.
struct AraTrailers {
    private var values: [String: String] = [:]

    init(message: String) {
        // Most commits have no Ara trailer; skip libgit2's parser for them.
        guard message.range(of: "ara-", options: .caseInsensitive) != nil else { return }
        for trailer in GitRepository.trailers(in: message) {
            let key = trailer.key.lowercased()
            guard key.hasPrefix("ara-"), values[key] == nil else { continue }
            let value = trailer.value.trimmingCharacters(in: .whitespacesAndNewlines)
            if !value.isEmpty { values[key] = value }
        }
    }

    var isEmpty: Bool { values.isEmpty }

    subscript(_ name: String) -> String? { values["ara-" + name.lowercased()] }

    /// Comma- or semicolon-separated items of a trailer.
    func list(_ name: String) -> [String]? {
        self[name].map {
            $0.split(whereSeparator: { $0 == "," || $0 == ";" })
                .map { $0.trimmingCharacters(in: .whitespaces) }
                .filter { !$0.isEmpty }
        }
    }

    /// Every `Ara-` key present, lower-cased, for warnings about unknown ones.
    var keys: [String] { values.keys.sorted() }
}
