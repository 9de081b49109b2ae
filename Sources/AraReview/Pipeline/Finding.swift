import AraCore

/// One problem a rule found: where, what, and how to mend it when a safe fix exists.
public struct Finding: Hashable, Sendable {
    public var code: String
    public var severity: Severity
    /// Bundle-relative path, 1-based line and column (line 0: the file as a whole).
    public var location: SourceLocation
    /// The last line the problem spans, when it spans more than one.
    public var endLine: Int?
    public var message: String
    /// The id of the object concerned (`C03`, `E02`, `N17`), when there is one.
    public var entity: String?
    public var fix: Fix?

    public init(
        _ rule: RuleDescription, at location: SourceLocation, _ message: String, entity: String? = nil,
        endLine: Int? = nil, fix: Fix? = nil
    ) {
        self.code = rule.code
        self.severity = rule.severity
        self.location = location
        self.endLine = endLine
        self.message = message
        self.entity = entity
        self.fix = fix
    }

    /// What identifies a finding apart from where it is: used to tell whether
    /// a fix introduced a new problem (lines move when a fix edits a file).
    var identity: String { "\(code)|\(location.path)|\(entity ?? "")|\(message)" }

    /// By path, line, column, code and message. Field by field: building
    /// two tuples of strings for each comparison was most of sorting.
    static func ordered(_ lhs: Finding, _ rhs: Finding) -> Bool {
        if lhs.location.path != rhs.location.path { return lhs.location.path < rhs.location.path }
        if lhs.location.line != rhs.location.line { return lhs.location.line < rhs.location.line }
        if lhs.location.column != rhs.location.column { return lhs.location.column < rhs.location.column }
        if lhs.code != rhs.code { return lhs.code < rhs.code }
        return lhs.message < rhs.message
    }
}

/// A safe, mechanical repair: line edits to files of the bundle.
public struct Fix: Hashable, Sendable {
    /// What applying the fix does, in a few words (`rename 'why_failed' to 'failure_mode'`).
    public var summary: String
    public var edits: [TextEdit]
    /// A spelling-only fix: the bundle read back must equal the bundle before
    /// (SPEC.md §9.8), or the fix is dropped.
    public var preservesModel: Bool

    public init(_ summary: String, edits: [TextEdit], preservesModel: Bool = false) {
        self.summary = summary
        self.edits = edits
        self.preservesModel = preservesModel
    }
}

/// Replace the lines `lines` (0-based, half-open; empty to insert) of `path` with `replacement`.
public struct TextEdit: Hashable, Sendable {
    public var path: String
    public var lines: Range<Int>
    public var replacement: [String]

    public init(path: String, lines: Range<Int>, replacement: [String]) {
        self.path = path
        self.lines = lines
        self.replacement = replacement
    }

    /// Replace the one 1-based line `line` with `text`.
    public static func replaceLine(_ path: String, line: Int, with text: String) -> TextEdit {
        TextEdit(path: path, lines: (line - 1)..<line, replacement: [text])
    }
}
