/// Runtimes and dependencies declared by the Swift, Rust, Go and Node manifests.
enum ToolchainManifestReader {
    /// `Package.swift`: the `swift-tools-version` comment and each
    /// `.package(url: …, <requirement>)`, the requirement verbatim.
    static func swiftPackage(_ file: RepositoryText) -> EnvironmentEntries {
        var entries = EnvironmentEntries()
        if let first = file.lines.first, first.hasPrefix("// swift-tools-version"),
            let colon = first.firstIndex(of: ":")
        {
            entries.runtime("swift", String(first[first.index(after: colon)...]), in: file, at: 0)
        }
        for (index, line) in file.lines.enumerated() {
            var rest = Substring(line)
            while let call = rest.range(of: ".package(") {
                // A call may span lines; its arguments are read up to the balancing parenthesis.
                let arguments = callArguments(file.lines, from: index, after: String(rest[call.upperBound...]))
                if let package = packageRequirement(arguments) {
                    entries.dependency(package.name, package.requirement, in: file, at: index)
                }
                rest = rest[call.upperBound...]
            }
        }
        return entries
    }

    /// The text between a call's parentheses, joining continuation lines with
    /// one space; `opening` is the text just after the `(`.
    private static func callArguments(_ lines: [String], from index: Int, after opening: String) -> String {
        var text = ""
        var depth = 1
        var pieces = [opening] + lines.dropFirst(index + 1).prefix(20).map(RepositoryLexing.trim)
        while !pieces.isEmpty {
            let piece = pieces.removeFirst()
            var closed: String.Index?
            RepositoryLexing.forEachUnquoted(piece) { position, character in
                if character == "(" { depth += 1 }
                if character == ")" { depth -= 1 }
                if depth == 0 { closed = position }
                return depth > 0
            }
            let part = closed.map { String(piece[..<$0]) } ?? piece
            text += (text.isEmpty || part.isEmpty ? "" : " ") + part
            if closed != nil { break }
        }
        return RepositoryLexing.trim(text)
    }

    /// The package a `.package(…)` names (the last component of its `url:` or
    /// `path:`) and what follows that argument, such as `from: "1.8.2"`.
    private static func packageRequirement(_ arguments: String) -> (name: String, requirement: String?)? {
        for label in ["url:", "path:"] {
            guard let labelRange = arguments.range(of: label) else { continue }
            let afterLabel = arguments[labelRange.upperBound...]
            guard let open = afterLabel.firstIndex(of: "\""),
                let close = afterLabel[afterLabel.index(after: open)...].firstIndex(of: "\"")
            else { continue }
            let location = String(afterLabel[afterLabel.index(after: open)..<close])
            var name = RepositoryText.name(of: location)
            if name.hasSuffix(".git") { name.removeLast(4) }
            var requirement = RepositoryLexing.trim(afterLabel[afterLabel.index(after: close)...])
            if requirement.hasPrefix(",") { requirement = RepositoryLexing.trim(requirement.dropFirst()) }
            return (name, requirement.isEmpty ? nil : requirement)
        }
        return nil
    }

    /// `Cargo.toml`: `[package]` `rust-version` and `edition`; every
    /// `*dependencies` table, with `name = "1.0"`, `name = { version = … }`
    /// or a `[dependencies.name]` table of its own.
    static func cargo(_ file: RepositoryText) -> EnvironmentEntries {
        var entries = EnvironmentEntries()
        var table: [String] = []
        // A `[dependencies.name]` table seen but not yet given a `version` line.
        var pendingTable: (name: String, index: Int)?
        func flushPendingTable() {
            if let pending = pendingTable { entries.dependency(pending.name, nil, in: file, at: pending.index) }
            pendingTable = nil
        }
        // The first line after a multi-line value, whose lines declare nothing themselves.
        var resume = 0
        for (index, line) in file.lines.enumerated() where index >= resume {
            let content = RepositoryLexing.trim(RepositoryLexing.stripComment(line, needsSpace: false))
            switch TOMLLexing.line(content) {
            case .table(let path, _):
                flushPendingTable()
                table = path
                if path.count >= 2, path[path.count - 2].hasSuffix("dependencies") {
                    pendingTable = (path[path.count - 1], index)
                }
            case .keyValue(let key, let value):
                let (value, next, _) = RepositoryLexing.continued(value, in: file.lines, at: index, needsSpace: false)
                resume = next
                if table == ["package"] && key == ["rust-version"] {
                    entries.runtime("rust", TOMLLexing.string(value), in: file, at: index)
                } else if table == ["package"] && key == ["edition"] {
                    entries.runtime("rust edition", TOMLLexing.string(value), in: file, at: index)
                } else if table.last?.hasSuffix("dependencies") == true {
                    if key.count == 1 {
                        entries.dependency(key[0], PythonManifestReader.tableSpec(value), in: file, at: index)
                    } else if key.count == 2 && (key[1] == "version" || key[1] == "workspace") {
                        // `serde.version = "1"`; `serde.workspace = true` inherits, so no version here.
                        let spec = key[1] == "version" ? TOMLLexing.string(value) : nil
                        entries.dependency(key[0], spec, in: file, at: index)
                    }
                } else if let pending = pendingTable, key == ["version"] {
                    entries.dependency(pending.name, TOMLLexing.string(value), in: file, at: index)
                    pendingTable = nil
                }
            case .other:
                continue
            }
        }
        flushPendingTable()
        return entries
    }

    /// `go.mod`: the `go` and `toolchain` directives and each `require`, single or in a block.
    static func goModule(_ file: RepositoryText) -> EnvironmentEntries {
        var entries = EnvironmentEntries()
        var block: String?
        for (index, line) in file.lines.enumerated() {
            var content = line
            if let comment = content.range(of: "//") { content = String(content[..<comment.lowerBound]) }
            let words = content.split(whereSeparator: \.isWhitespace).map(String.init)
            guard let first = words.first else { continue }
            if let open = block {
                if first == ")" {
                    block = nil
                } else if open == "require", words.count >= 2 {
                    entries.dependency(words[0], words[1], in: file, at: index)
                }
                continue
            }
            if words.count == 2 && words[1] == "(" {
                block = first
            } else if first == "go", words.count >= 2 {
                entries.runtime("go", words[1], in: file, at: index)
            } else if first == "toolchain", words.count >= 2 {
                entries.runtime("go toolchain", words[1], in: file, at: index)
            } else if first == "require", words.count >= 3 {
                entries.dependency(words[1], words[2], in: file, at: index)
            }
        }
        return entries
    }

    /// `package.json`: `engines` (runtimes), `dependencies` and `devDependencies`.
    static func npmPackage(_ file: RepositoryText) -> EnvironmentEntries {
        var entries = EnvironmentEntries()
        guard let json = try? LocatedJSONParser.parse(file.lines.joined(separator: "\n")) else { return entries }
        for member in members(of: json["engines"]) {
            entries.runtime(member.key, member.value.string, in: file, at: member.line - 1)
        }
        for group in ["dependencies", "devDependencies"] {
            for member in members(of: json[group]) {
                entries.dependency(member.key, member.value.string, in: file, at: member.line - 1)
            }
        }
        return entries
    }

    private static func members(of member: LocatedJSON.Member?) -> [LocatedJSON.Member] {
        guard case .object(let members, _) = member?.value else { return [] }
        return members
    }
}
