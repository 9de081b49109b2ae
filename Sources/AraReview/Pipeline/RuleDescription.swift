import AraCore

/// The families rule codes are grouped by; the code prefix names the family.
public enum RuleFamily: String, CaseIterable, Sendable, Codable {
    case reader = "R"
    case structure = "ST"
    case frontMatter = "FM"
    case claims = "CL"
    case experiments = "EX"
    case trace = "TR"
    case evidence = "EV"
    case sources = "SR"
    case crossLayer = "XL"
    case drift = "DR"

    public var title: String {
        switch self {
        case .reader: "reader"
        case .structure: "structure"
        case .frontMatter: "front matter"
        case .claims: "claims"
        case .experiments: "experiments"
        case .trace: "trace"
        case .evidence: "evidence"
        case .sources: "sources"
        case .crossLayer: "cross-layer"
        case .drift: "drift"
        }
    }
}

/// What `arakit rule CODE` prints: the stable code and name, and the rule's documentation.
public struct RuleDescription: Hashable, Sendable {
    /// Stable code: family prefix and three digits (`CL001`). Never reused.
    public var code: String
    /// Stable kebab-case name (`claim-missing-field`).
    public var name: String
    public var severity: Severity
    /// One line: what the rule reports.
    public var summary: String
    /// Why it matters to a reader or reviewer of the bundle.
    public var why: String
    /// A short Markdown or YAML excerpt that the rule reports.
    public var example: String
    /// How to mend it by hand, and what `--fix` does when the rule is fixable.
    public var howToFix: String
    /// Whether findings of this rule carry a safe fix.
    public var fixable: Bool

    public init(
        code: String, name: String, severity: Severity, summary: String, why: String, example: String,
        howToFix: String, fixable: Bool = false
    ) {
        self.code = code
        self.name = name
        self.severity = severity
        self.summary = summary
        self.why = why
        self.example = example
        self.howToFix = howToFix
        self.fixable = fixable
    }

    public var family: RuleFamily {
        let prefix = String(code.prefix(while: \.isLetter))
        return RuleFamily(rawValue: prefix) ?? .structure
    }
}
