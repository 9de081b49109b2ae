import AraCore

/// One reviewed bundle as reporters see it: the path the user typed and the findings.
public struct ReportedBundle: Sendable {
    /// The bundle path as given on the command line (`../corpus/resnet`).
    public var displayPath: String
    public var findings: [Finding]

    public init(displayPath: String, findings: [Finding]) {
        self.displayPath = displayPath
        self.findings = findings
    }

    /// A finding's file joined with the bundle path, as the user would open it.
    public func path(of finding: Finding) -> String {
        Self.join(displayPath, finding.location.path)
    }

    /// `base/path`, or `path` alone when the bundle is the current directory.
    public static func join(_ base: String, _ path: String) -> String {
        if base.isEmpty || base == "." { return path }
        return base.hasSuffix("/") ? base + path : base + "/" + path
    }
}

/// Counts of findings by severity and code.
public struct ReportSummary: Sendable {
    public var findings = 0
    public var errors = 0
    public var warnings = 0
    public var infos = 0
    public var fixable = 0
    public var byCode: [String: Int] = [:]

    public init(_ findings: [Finding] = []) {
        add(findings)
    }

    /// Counts more findings in (reports of many bundles are summarised as they stream).
    public mutating func add(_ findings: [Finding]) {
        self.findings += findings.count
        for finding in findings {
            switch finding.severity {
            case .error: errors += 1
            case .warning: warnings += 1
            case .info: infos += 1
            }
            if finding.fix != nil { fixable += 1 }
            byCode[finding.code, default: 0] += 1
        }
    }
}
