/// The files a set of command lines run, each word resolved from the folder
/// the line is run in: a README's own folder, or a Makefile's for its recipes.
/// `python generate.py` in the root README names `generate.py`, never
/// `sub/generate.py`; the same line in `sub/README.md` names `sub/generate.py`.
struct CommandWords {
    /// Repository path → the lines that run it.
    private var runs: [String: [Int]] = [:]
    /// Whether a repository path is a file of the repository.
    let exists: (String) -> Bool

    /// Longer words are not paths.
    private static let maxWordBytes = 1_024

    init(exists: @escaping (String) -> Bool) {
        self.exists = exists
    }

    /// Shell words, split at whitespace, quotes and operators.
    static func split(_ line: String) -> [String] {
        line.split { $0.isWhitespace || "\"'`=;()|&<>,".contains($0) }.map(String.init)
    }

    /// Indexes the files one line runs, from `folder` (a `cd DIR` on the line moves it).
    mutating func add(_ lineWords: [String], line: Int, folder: String) {
        var base = folder
        var previous = ""
        for word in lineWords where word.utf8.count <= Self.maxWordBytes {
            defer { previous = word }
            if previous == "cd" {
                base = Self.join(base, word) ?? base
                continue
            }
            for path in resolve(word, from: base, module: previous == "-m") { runs[path, default: []].append(line) }
        }
        if lineWords.first == "make", let makefile = Self.join(base, "Makefile"), exists(makefile) {
            runs[makefile, default: []].append(line)
        }
    }

    /// The repository files a word names: relative to `base`, or, for a word
    /// that spells out a folder (`sub/run.py`) and names nothing there, to
    /// the root. A bare name never matches a file in another folder.
    func resolve(_ word: String, from base: String, module: Bool) -> [String] {
        guard !word.hasPrefix("-"), !word.hasPrefix("/"), !word.hasPrefix("~") else { return [] }
        if module {
            let folder = word.replacingOccurrences(of: ".", with: "/")
            return [folder + ".py", folder + "/__main__.py"].compactMap { Self.join(base, $0) }.filter(exists)
        }
        if let local = Self.join(base, word), exists(local) { return [local] }
        if !base.isEmpty, word.contains("/"), let rooted = Self.join("", word), exists(rooted) { return [rooted] }
        return []
    }

    /// The lines that run `path`.
    func lines(naming path: String) -> [Int] { Array(Set(runs[path] ?? [])).sorted() }

    /// `base/word` with `.` and `..` resolved (`""` is the root); `nil` when it
    /// climbs out of the repository.
    static func join(_ base: String, _ word: String) -> String? {
        var parts = base.split(separator: "/").map(String.init)
        for part in word.split(separator: "/") {
            switch part {
            case ".": continue
            case "..":
                guard !parts.isEmpty else { return nil }
                parts.removeLast()
            default: parts.append(String(part))
            }
        }
        return parts.joined(separator: "/")
    }
}
