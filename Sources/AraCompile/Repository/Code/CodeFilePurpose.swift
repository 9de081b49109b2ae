/// The sentence a code file gives about itself: the first line of a Python
/// module docstring, or the first comment line at the top of the file.
enum CodeFilePurpose {
    /// The text and its zero-based line, or `nil` when the file opens with code.
    static func find(in file: RepositoryText, language: CodeLanguage) -> (text: String, index: Int)? {
        if language == .python, let docstring = docstring(file.lines) { return docstring }
        return topComment(file.lines, language: language)
    }

    /// The first non-empty line of a module docstring, which may follow comments and blank lines.
    static func docstring(_ lines: [String]) -> (text: String, index: Int)? {
        for (index, line) in lines.enumerated() {
            let text = RepositoryLexing.trim(line)
            if text.isEmpty || text.hasPrefix("#") { continue }
            var body = Substring(text)
            if let first = body.first, "rRuU".contains(first) { body = body.dropFirst() }
            guard let quote = ["\"\"\"", "'''", "\"", "'"].first(where: { body.hasPrefix($0) }) else { return nil }
            body = body.dropFirst(quote.count)
            if let close = RepositoryLexing.find(quote, in: body) {
                let content = RepositoryLexing.trim(body[..<close.lowerBound])
                return content.isEmpty ? nil : (content, index)
            }
            let opening = RepositoryLexing.trim(body)
            if !opening.isEmpty { return (opening, index) }
            for next in (index + 1)..<lines.count {
                let close = RepositoryLexing.find(quote, in: lines[next][...])
                let content = RepositoryLexing.trim(lines[next][..<(close?.lowerBound ?? lines[next].endIndex)])
                if !content.isEmpty { return (content, next) }
                if close != nil { return nil }
            }
            return nil
        }
        return nil
    }

    /// The first comment line before any code, past a shebang, licence
    /// headers and boilerplate (encodings, linter pragmas, rules of dashes).
    static func topComment(_ lines: [String], language: CodeLanguage) -> (text: String, index: Int)? {
        // Comment lines are gathered in blocks (a blank line or `*/` ends one) so a
        // licence header can be passed over whole.
        var block: [(text: String, index: Int)] = []
        var inBlockComment = false
        for (index, line) in lines.enumerated() {
            if index == 0 && line.hasPrefix("#!") { continue }
            let text = Substring(RepositoryLexing.trim(line))
            var comment: Substring
            if inBlockComment {
                comment = text
            } else if text.isEmpty {
                if let found = describe(block) { return found }
                block = []
                continue
            } else if language.blockComments && text.hasPrefix("/*") {
                inBlockComment = true
                comment = text.dropFirst(2).drop { $0 == "*" || $0 == "!" }
            } else if let marker = language.lineComments.first(where: { text.hasPrefix($0) }) {
                block.append((RepositoryLexing.trim(text.dropFirst(marker.count).drop { "/!'#%".contains($0) }), index))
                continue
            } else {
                return describe(block)
            }
            if let end = RepositoryLexing.find("*/", in: comment) {
                comment = comment[..<end.lowerBound]
                inBlockComment = false
            }
            block.append((RepositoryLexing.trim(comment.drop { $0 == "*" }), index))
            if !inBlockComment {
                if let found = describe(block) { return found }
                block = []
            }
        }
        return describe(block)
    }

    /// The first informative line of a comment block; `nil` for a licence header.
    private static func describe(_ block: [(text: String, index: Int)]) -> (text: String, index: Int)? {
        let isLicence = block.contains { line in
            let lowered = line.text.lowercased()
            return licenceWords.contains { lowered.contains($0) }
        }
        return isLicence ? nil : block.first { !isBoilerplate($0.text) }
    }

    private static let licenceWords = [
        "copyright", "license", "licence", "permission is hereby granted", "all rights reserved",
    ]

    private static let boilerplatePrefixes = [
        "-*-", "coding:", "coding=", "vim:", "type:", "noqa", "pylint:", "flake8:", "eslint", "jshint", "@ts-",
        "+build", "go:build", "swift-tools-version", "prettier-ignore", "shellcheck",
    ]

    /// Lines that say nothing about what the file does.
    private static func isBoilerplate(_ comment: String) -> Bool {
        let lowered = comment.lowercased()
        return comment.allSatisfy { "-=*#/_~+ ".contains($0) } || boilerplatePrefixes.contains { lowered.hasPrefix($0) }
    }
}
