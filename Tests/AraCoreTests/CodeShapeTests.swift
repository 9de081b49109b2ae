import AraTestSupport
import Foundation
import XCTest

/// The shape the code is held to (issue 15): no function in Sources/ over 80
/// lines, no command file over 120. A test, so a long function cannot creep
/// back in unnoticed.
final class CodeShapeTests: XCTestCase {
    static let longestFunction = 80
    static let longestCommandFile = 120

    func testNoFunctionIsLongerThanTheLimit() throws {
        var long: [String] = []
        for (path, text) in try swiftFiles(under: "Sources") {
            for function in FunctionSpans.find(in: text) where function.lines > Self.longestFunction {
                long.append("\(path):\(function.line): \(function.name) is \(function.lines) lines")
            }
        }
        XCTAssertEqual(long, [], "split these into named steps of at most \(Self.longestFunction) lines")
    }

    func testNoCommandFileIsLongerThanTheLimit() throws {
        let commands =
            try swiftFiles(under: "Sources/AraCLI/Commands") + swiftFiles(under: "Sources/AraCLIGit/Commands")
            + swiftFiles(under: "Sources/AraCLITools/Commands")
        let long = commands.compactMap { path, text -> String? in
            let count = text.split(separator: "\n", omittingEmptySubsequences: false).count
            return count > Self.longestCommandFile ? "\(path): \(count) lines" : nil
        }
        XCTAssertEqual(long, [], "a command parses, calls a library and prints; move the rest into its library")
    }

    /// The measure itself: a function's span runs from its `func` line to its
    /// closing brace, and braces inside strings and comments do not count.
    func testTheMeasureCountsBracesOutsideStringsAndComments() {
        let text = """
            struct A {
                func short(f: () -> Void = { }) { let x = "}" ; _ = x }
                // func commented() {
                func longer() {
                    /* { */
                    if true {
                        print("{")
                    }
                }
            }
            """
        let spans = FunctionSpans.find(in: text)
        XCTAssertEqual(spans.map(\.name), ["short", "longer"])
        XCTAssertEqual(spans.map(\.lines), [1, 6])
    }

    private func swiftFiles(under folder: String) throws -> [(String, String)] {
        let root = TestSupport.repositoryRoot.appendingPathComponent(folder)
        let enumerator = FileManager.default.enumerator(atPath: root.path)
        var files: [(String, String)] = []
        while let path = enumerator?.nextObject() as? String {
            guard path.hasSuffix(".swift") else { continue }
            let text = try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
            files.append((folder + "/" + path, text))
        }
        XCTAssertFalse(files.isEmpty, "no Swift files under \(folder)")
        return files.sorted { $0.0 < $1.0 }
    }
}

/// Functions and initialisers in Swift text, with their length in lines.
enum FunctionSpans {
    struct Span: Equatable {
        var name: String
        var line: Int
        var lines: Int
    }

    static func find(in text: String) -> [Span] {
        let code = Array(blanked(text))
        var spans: [Span] = []
        var line = 1
        var index = 0
        while index < code.count {
            if code[index] == "\n" { line += 1 }
            if let (name, open) = declaration(in: code, at: index), let close = closingBrace(in: code, from: open) {
                let end = line + code[index..<close].filter { $0 == "\n" }.count
                spans.append(Span(name: name, line: line, lines: end - line + 1))
            }
            index += 1
        }
        return spans
    }

    /// `func name` or `init` starting at `index` (at a word boundary), and
    /// where its body opens: the first `{` outside its parameters (a default
    /// argument may be a closure). Nil for a requirement with no body.
    private static func declaration(in code: [Character], at index: Int) -> (String, Int)? {
        guard code[index] == "f" || code[index] == "i",
            index == 0 || !(code[index - 1].isLetter || code[index - 1].isNumber || code[index - 1] == "_")
        else { return nil }
        let rest = String(code[index..<min(code.count, index + 80)])
        let name: String
        if rest.hasPrefix("func ") {
            name = String(rest.dropFirst(5).prefix { $0.isLetter || $0.isNumber || $0 == "_" })
        } else if rest.hasPrefix("init(") || rest.hasPrefix("init?(") || rest.hasPrefix("init<") {
            name = "init"
        } else {
            return nil
        }
        // A requirement in a protocol has no body: the next `{` comes after a line break with no `{`.
        var cursor = index
        var depth = 0
        while cursor < code.count {
            switch code[cursor] {
            case "(", "[": depth += 1
            case ")", "]": depth -= 1
            case "{" where depth == 0: return (name, cursor)
            case "\n" where depth == 0 && !continues(code, after: cursor): return nil
            default: break
            }
            cursor += 1
        }
        return nil
    }

    /// Whether the declaration goes on after a line break (a `where`, `throws`
    /// or `->` on the next line, or a signature broken inside parentheses).
    private static func continues(_ code: [Character], after newline: Int) -> Bool {
        let next = String(code[(newline + 1)..<min(code.count, newline + 120)]).drop { $0 == " " }
        return next.hasPrefix("where") || next.hasPrefix("throws") || next.hasPrefix("->") || next.hasPrefix("{")
            || next.hasPrefix("rethrows") || next.hasPrefix("async")
    }

    private static func closingBrace(in code: [Character], from open: Int) -> Int? {
        var depth = 0
        for index in open..<code.count {
            if code[index] == "{" { depth += 1 }
            if code[index] == "}" {
                depth -= 1
                if depth == 0 { return index }
            }
        }
        return nil
    }

    /// The text with comments and string literals replaced by spaces (line
    /// breaks kept), so their braces do not count.
    static func blanked(_ text: String) -> String {
        var result = ""
        var characters = Substring(text)
        while let first = characters.first {
            let skipped: Substring
            if characters.hasPrefix("\"\"\"") {
                let body = characters.dropFirst(3)
                let end = body.range(of: "\"\"\"")?.upperBound ?? body.endIndex
                skipped = characters[..<end]
            } else if characters.hasPrefix("//") {
                skipped = characters.prefix { $0 != "\n" }
            } else if characters.hasPrefix("/*") {
                let end = characters.dropFirst(2).range(of: "*/")?.upperBound ?? characters.endIndex
                skipped = characters[..<end]
            } else if first == "\"" {
                skipped = stringLiteral(characters)
            } else {
                result.append(first)
                characters = characters.dropFirst()
                continue
            }
            result += skipped.map { $0 == "\n" ? "\n" : " " }
            characters = characters[skipped.endIndex...]
        }
        return result
    }

    /// A one-line string literal from its opening quote to its closing one.
    private static func stringLiteral(_ characters: Substring) -> Substring {
        var index = characters.index(after: characters.startIndex)
        while index < characters.endIndex, characters[index] != "\"", characters[index] != "\n" {
            if characters[index] == "\\" { index = characters.index(after: index) }
            guard index < characters.endIndex else { break }
            index = characters.index(after: index)
        }
        return index < characters.endIndex ? characters[...index] : characters[...]
    }
}
