/// The stable codes of the reader's diagnostics (family `R`).
///
/// Codes never change meaning once published; retired codes are not reused.
/// `SPEC.md` lists each one; `DiagnosticCodeTests` keeps the two in step.
public enum DiagnosticCode: String, Sendable, Codable, CaseIterable {
    case fileTooLarge = "R001"
    case invalidUTF8 = "R002"
    case linkOutsideBundle = "R003"
    case byteOrderMark = "R004"
    case crlfLineEndings = "R005"
    case yamlSyntax = "R006"
    case yamlAliasBudget = "R007"
    case yamlTooDeep = "R008"
    case unknownKey = "R009"
    case unknownNodeType = "R010"
    case unexpectedShape = "R011"
    case frontMatter = "R012"
    case unreadableFile = "R013"
    case missingNodeID = "R014"
    case sectionWithoutID = "R015"
    case notRegularFile = "R016"
    case tooManyFiles = "R017"
    case yamlTooManyNodes = "R018"
    case markdownTooComplex = "R019"
    case bundleReadBudget = "R020"

    /// A short kebab-case name, for people and for `--select`-style filters.
    public var name: String {
        switch self {
        case .fileTooLarge: "file-too-large"
        case .invalidUTF8: "invalid-utf8"
        case .linkOutsideBundle: "link-outside-bundle"
        case .byteOrderMark: "byte-order-mark"
        case .crlfLineEndings: "crlf-line-endings"
        case .yamlSyntax: "yaml-syntax"
        case .yamlAliasBudget: "yaml-alias-budget"
        case .yamlTooDeep: "yaml-too-deep"
        case .unknownKey: "unknown-key"
        case .unknownNodeType: "unknown-node-type"
        case .unexpectedShape: "unexpected-shape"
        case .frontMatter: "front-matter"
        case .unreadableFile: "unreadable-file"
        case .missingNodeID: "missing-node-id"
        case .sectionWithoutID: "section-without-id"
        case .notRegularFile: "not-regular-file"
        case .tooManyFiles: "too-many-files"
        case .yamlTooManyNodes: "yaml-too-many-nodes"
        case .markdownTooComplex: "markdown-too-complex"
        case .bundleReadBudget: "bundle-read-budget"
        }
    }

    public var severity: Severity {
        switch self {
        case .fileTooLarge, .invalidUTF8, .linkOutsideBundle, .yamlSyntax, .yamlAliasBudget,
            .yamlTooDeep, .unreadableFile, .tooManyFiles, .yamlTooManyNodes, .markdownTooComplex,
            .bundleReadBudget:
            .error
        case .unknownNodeType, .unexpectedShape, .frontMatter, .missingNodeID:
            .warning
        case .byteOrderMark, .crlfLineEndings, .unknownKey, .sectionWithoutID, .notRegularFile:
            .info
        }
    }

    /// One sentence: what the reader did when it met this.
    public var summary: String {
        switch self {
        case .fileTooLarge: "A file is larger than the reader's cap; it was not read."
        case .invalidUTF8: "A file is not valid UTF-8; bad bytes were replaced with U+FFFD and reading went on."
        case .linkOutsideBundle: "A symbolic link points outside the bundle root; it was not followed."
        case .byteOrderMark: "A file starts with a UTF-8 byte-order mark; it was ignored."
        case .crlfLineEndings: "A file uses CRLF or lone CR line endings; they were read as LF."
        case .yamlSyntax: "A YAML file or front matter does not parse; its content was not read."
        case .yamlAliasBudget: "YAML aliases expand past the reader's budget (an alias bomb); the file was refused."
        case .yamlTooDeep: "YAML nesting is deeper than the reader's limit; the file was refused."
        case .unknownKey: "A key the format does not define; it was kept as an extra field."
        case .unknownNodeType: "A tree node type outside the five journey types; the node was kept as it is."
        case .unexpectedShape:
            "A value has an unexpected shape (for example a mapping where a list of ids belongs); it was not read."
        case .frontMatter:
            "Front matter is missing (PAPER.md), unterminated, unparsable or not a mapping; unparsable front matter is kept verbatim."
        case .unreadableFile: "A file could not be read (permissions or an I/O error)."
        case .missingNodeID: "A tree node has no id."
        case .sectionWithoutID: "A heading in an id-keyed file carries no id; it was kept as a free section."
        case .notRegularFile: "An entry is neither a file, a directory nor a link inside the bundle; it was skipped."
        case .tooManyFiles: "The bundle holds more files than the reader's cap; the rest were not listed."
        case .yamlTooManyNodes: "A YAML file holds more nodes than the reader's cap; it was not read."
        case .markdownTooComplex:
            "A Markdown file holds more inline marks, table cells and lines than the reader's cap; it was not read."
        case .bundleReadBudget:
            "The bundle's structured files together pass the reader's memory budget; this file and later ones were not read."
        }
    }
}
