import Foundation

/// Memory a bundle's structured files may take once parsed (SPEC.md §6):
/// per file, a cap on Markdown marks (R019; YAML nodes are capped by the YAML
/// reader, R018); per bundle, a cap on the cost of all of them together (R020).
///
/// Costs are estimated by byte scans before anything is parsed, so a refused
/// file costs only the scan. Files are admitted in listing order, so the same
/// bundle always reads the same way, whatever the number of cores.
struct ReadBudget {
    let limits: ReadLimits

    /// Structured files to leave unread, with a diagnostic for each, and
    /// the size in bytes of every structured file.
    func admit(_ paths: [String], in fileSystem: BundleFileSystem, overrides: [String: String])
        -> (refused: Set<String>, diagnostics: [Diagnostic], sizes: [String: Int])
    {
        let structured = paths.filter { BundlePaths.isFormatMarkdown($0) || BundlePaths.isFormatYAML($0) }
        let sizes = structured.map { overrides[$0]?.utf8.count ?? fileSystem.size(of: $0) }
        let sized = Dictionary(zip(structured, sizes), uniquingKeysWith: { first, _ in first })
        // Each byte is at most one node or mark: small bundles cannot pass the budget.
        guard sizes.reduce(0, +) * (1 + ReadLimits.bytesPerNode) > limits.maxBundleCost else { return ([], [], sized) }
        let costs = ParallelMap.map(structured) { path in
            (overrides[path] ?? fileSystem.readText(path).file?.text).map { cost(of: $0, path: path) } ?? 0
        }
        var spent = 0
        var refused: Set<String> = []
        var diagnostics: [Diagnostic] = []
        // The layout's core files first, so bulky extras never crowd out the claims or the tree.
        let core = Set(BundlePaths.core)
        let ordered = zip(structured, costs).enumerated().sorted {
            (core.contains($0.element.0) ? 0 : 1, $0.offset) < (core.contains($1.element.0) ? 0 : 1, $1.offset)
        }.map(\.element)
        for (path, cost) in ordered {
            if spent + cost <= limits.maxBundleCost {
                spent += cost
                continue
            }
            refused.insert(path)
            diagnostics.append(
                Diagnostic(
                    .bundleReadBudget, at: SourceLocation(path: path, line: 1, column: 1),
                    "the bundle's structured files read before this one (core files first) already take \(spent >> 20) MB of the "
                        + "\(limits.maxBundleCost >> 20) MB read budget, and this one needs about \(cost >> 20) MB; not read"
                ))
        }
        return (refused, diagnostics, sized)
    }

    /// What reading a file would take, in bytes; a file its own cap refuses costs nothing.
    func cost(of text: String, path: String) -> Int {
        let units =
            BundlePaths.isFormatMarkdown(path)
            ? Self.markdownMarks(in: text) : YAMLReader.estimatedNodes(in: text)
        let cap = BundlePaths.isFormatMarkdown(path) ? limits.maxMarkdownMarks : limits.maxYAMLNodes
        return units > cap ? 0 : text.utf8.count + units * ReadLimits.bytesPerNode
    }

    /// R019 for a Markdown file with more marks than the cap, else `nil`.
    func markdownRefusal(_ file: TextFile) -> Diagnostic? {
        let marks = Self.markdownMarks(in: file.text)
        guard marks > limits.maxMarkdownMarks else { return nil }
        return Diagnostic(
            .markdownTooComplex, at: SourceLocation(path: file.path, line: 1, column: 1),
            "holds \(marks) inline marks, table cells and lines, more than the limit of \(limits.maxMarkdownMarks); not read (split the file, or move bulk data to a CSV under evidence/)"
        )
    }

    /// The characters that make cmark-gfm build a node or a delimiter
    /// (brackets, emphasis, code, HTML, entities, escapes, table pipes) and lines.
    static func markdownMarks(in text: String) -> Int {
        // A table and the contiguous bytes: every Markdown file is counted
        // before it is read, and a switch over the string's view was a
        // twentieth of reading a small bundle.
        var text = text
        return text.withUTF8 { bytes in bytes.reduce(0) { $0 + (isMark[Int($1)] ? 1 : 0) } }
    }

    static let isMark: [Bool] = (0...255).map { byte in
        "[]()*_`<>!&\\|~\n".utf8.contains(UInt8(byte))
    }
}
