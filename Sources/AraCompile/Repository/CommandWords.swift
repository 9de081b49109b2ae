/// The words of a set of command lines, indexed so finding the lines that
/// name a file costs a few lookups rather than a pass over every line.
struct CommandWords {
    private var words: [String: [Int]] = [:]
    /// Each word's tails after a `/` (`b/c.py` and `c.py` for `a/b/c.py`).
    private var tails: [String: [Int]] = [:]
    /// Words after `-m`, as in `python -m pkg.train`.
    private var modules: [String: [Int]] = [:]

    /// Longer words are not paths; indexing every tail of one would cost its length squared.
    private static let maxWordBytes = 1_024

    /// Shell words, split at whitespace, quotes and operators.
    static func split(_ line: String) -> [String] {
        line.split { $0.isWhitespace || "\"'`=;()|&<>,".contains($0) }.map(String.init)
    }

    mutating func add(_ lineWords: [String], line: Int) {
        for (position, word) in lineWords.enumerated() where word.utf8.count <= Self.maxWordBytes {
            words[word, default: []].append(line)
            var rest = Substring(word)
            while let slash = rest.firstIndex(of: "/") {
                rest = rest[rest.index(after: slash)...]
                if !rest.isEmpty { tails[String(rest), default: []].append(line) }
            }
            if position > 0 && lineWords[position - 1] == "-m" { modules[word, default: []].append(line) }
        }
    }

    /// Lines that name `path` by that path, `./path`, its file name, a longer
    /// path ending in it (for a file in a folder), or as `python -m module`.
    func lines(naming path: String) -> [Int] {
        let name = RepositoryText.name(of: path)
        var found = (words[path] ?? []) + (words["./" + path] ?? []) + (words[name] ?? [])
        if path.contains("/") { found += tails[path] ?? [] }
        if path.hasSuffix(".py") {
            var module = String(path.dropLast(3))
            if name == "__main__.py" { module = String(module.dropLast("/__main__".count)) }
            found += modules[module.replacingOccurrences(of: "/", with: ".")] ?? []
        }
        return Array(Set(found)).sorted()
    }
}
