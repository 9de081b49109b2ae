/// The kinds of code file `src/artifacts.md` describes, recognised by
/// extension (or, for a Makefile, by name), with how each writes comments and
/// marks an entry point.
enum CodeLanguage: String {
    case python = "Python"
    case shell = "Shell"
    case swift = "Swift"
    case rust = "Rust"
    case go = "Go"
    case javaScript = "JavaScript"
    case typeScript = "TypeScript"
    case julia = "Julia"
    case r = "R"
    // `.m` is MATLAB's extension and Objective-C's; the file does not say which.
    case matlab = "MATLAB/Objective-C"
    case cPlusPlus = "C++"
    case c = "C"
    case header = "C/C++ header"
    case notebook = "Jupyter notebook"
    case makefile = "Makefile"

    /// What `src/artifacts.md` says when none is found.
    static let lookedFor = ".py, .sh, .swift, .rs, .go, .js, .ts, .jl, .r, .R, .m, .cpp, .c, .h, .ipynb and Makefile"

    private static let byExtension: [String: CodeLanguage] = [
        "py": .python, "sh": .shell, "swift": .swift, "rs": .rust, "go": .go, "js": .javaScript,
        "ts": .typeScript, "jl": .julia, "r": .r, "R": .r, "m": .matlab, "cpp": .cPlusPlus, "c": .c, "h": .header,
        "ipynb": .notebook,
    ]

    init?(path: String) {
        let name = RepositoryText.name(of: path)
        if name == "Makefile" || name == "makefile" || name == "GNUmakefile" {
            self = .makefile
            return
        }
        // Package.swift is the Swift manifest, read for src/environment.md.
        guard name != "Package.swift", let dot = name.lastIndex(of: "."), dot > name.startIndex,
            let language = Self.byExtension[String(name[name.index(after: dot)...])]
        else { return nil }
        self = language
    }

    /// Markers that start a line comment.
    var lineComments: [String] {
        switch self {
        case .python, .shell, .julia, .r, .makefile: ["#"]
        case .matlab: ["%", "//"]
        case .notebook: []
        default: ["//"]
        }
    }

    /// Whether `/* … */` comments exist.
    var blockComments: Bool {
        switch self {
        case .swift, .rust, .go, .javaScript, .typeScript, .matlab, .cPlusPlus, .c, .header: true
        default: false
        }
    }

    /// Whether a line (as written, so indentation counts) starts the program.
    func isEntryPoint(_ line: String) -> Bool {
        switch self {
        case .python: line.hasPrefix("if ") && line.contains("__name__") && line.contains("__main__")
        case .go: line.hasPrefix("func main(")
        case .rust: ["fn main(", "pub fn main(", "async fn main("].contains { line.hasPrefix($0) }
        case .cPlusPlus, .c:
            ["int main", "void main", "auto main"].contains {
                line.hasPrefix($0) && line.dropFirst($0.count).drop(while: \.isWhitespace).hasPrefix("(")
            }
        case .swift: line == "@main" || line.hasPrefix("@main ")
        case .julia: line.contains("PROGRAM_FILE") && line.contains("@__FILE__")
        case .javaScript, .typeScript:
            line.contains("require.main === module") || line.contains("require.main == module")
                || line.contains("import.meta.main")
        default: false
        }
    }
}
