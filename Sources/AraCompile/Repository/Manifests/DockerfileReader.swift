/// Base images (`FROM image:tag`) and pip installs (`RUN pip install pkg==1.0`)
/// in a Dockerfile, each at the line it is written on, continuation lines included.
enum DockerfileReader {
    /// pip options that take a value, which is therefore not a package.
    private static let optionsWithValue: Set<String> = [
        "-r", "--requirement", "-c", "--constraint", "-i", "--index-url", "--extra-index-url", "-f",
        "--find-links", "-t", "--target", "--prefix", "--root", "--cache-dir",
    ]

    static func read(_ file: RepositoryText) -> EnvironmentEntries {
        var entries = EnvironmentEntries()
        var stages: Set<String> = ["scratch"]
        var instruction: [(word: String, index: Int)] = []
        for (index, line) in file.lines.enumerated() {
            let text = RepositoryLexing.trim(line)
            if text.hasPrefix("#") { continue }
            var words = text.split(whereSeparator: \.isWhitespace).map { (String($0), index) }
            let continues = words.last?.0.hasSuffix("\\") == true
            if continues {
                words[words.count - 1].0.removeLast()
                if words[words.count - 1].0.isEmpty { words.removeLast() }
            }
            instruction += words.map { (word: $0.0, index: $0.1) }
            if continues { continue }
            handle(instruction, file: file, stages: &stages, entries: &entries)
            instruction = []
        }
        handle(instruction, file: file, stages: &stages, entries: &entries)
        return entries
    }

    private static func handle(
        _ words: [(word: String, index: Int)], file: RepositoryText, stages: inout Set<String>,
        entries: inout EnvironmentEntries
    ) {
        guard let keyword = words.first?.word.uppercased() else { return }
        if keyword == "FROM" {
            let arguments = words.dropFirst().filter { !$0.word.hasPrefix("--") }
            guard let image = arguments.first else { return }
            if arguments.count >= 3, arguments[arguments.startIndex + 1].word.uppercased() == "AS" {
                stages.insert(arguments[arguments.startIndex + 2].word.lowercased())
            }
            // `FROM builder` names an earlier stage, not an image.
            guard !stages.contains(image.word.lowercased()) else { return }
            let (name, tag) = splitImage(image.word)
            entries.runtime(name, tag, in: file, at: image.index)
        } else if keyword == "RUN" {
            pipInstalls(words, file: file, entries: &entries)
        }
    }

    /// `registry:5000/org/image:tag` → (`registry:5000/org/image`, `tag`); a digest follows `@`.
    private static func splitImage(_ image: String) -> (String, String?) {
        let lastSlash = image.lastIndex(of: "/").map { image.index(after: $0) } ?? image.startIndex
        let component = image[lastSlash...]
        guard let separator = component.firstIndex(where: { $0 == "@" || $0 == ":" }) else { return (image, nil) }
        return (String(image[..<separator]), String(image[image.index(after: separator)...]))
    }

    private static func pipInstalls(
        _ words: [(word: String, index: Int)], file: RepositoryText, entries: inout EnvironmentEntries
    ) {
        var position = 1
        while position < words.count {
            defer { position += 1 }
            let pip = RepositoryText.name(of: words[position - 1].word)
            guard words[position].word == "install", pip == "pip" || pip == "pip3" else { continue }
            position += 1
            while position < words.count {
                var word = words[position].word
                let ends = ["&&", "||", "|", ";"].contains(word) || word.hasSuffix(";")
                if word.hasSuffix(";") { word.removeLast() }
                if optionsWithValue.contains(word) {
                    position += 2
                    continue
                }
                if !word.isEmpty && !word.hasPrefix("-") {
                    entries.requirement(RepositoryLexing.unquote(word), in: file, at: words[position].index)
                }
                if ends { break }
                position += 1
            }
        }
    }
}
