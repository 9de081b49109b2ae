import AraCore
import Foundation

/// GitHub Actions workflow commands: `::error file=…,line=…,col=…,title=CODE::message`.
public struct GitHubReporter: Sendable {
    public init() {}

    public func render(_ bundles: [ReportedBundle]) -> String {
        bundles.flatMap { bundle in
            bundle.findings.map { finding in
                let command =
                    switch finding.severity {
                    case .error: "error"
                    case .warning: "warning"
                    case .info: "notice"
                    }
                let properties = [
                    "file=\(Self.escapeProperty(bundle.path(of: finding)))", "line=\(finding.location.line)",
                    "col=\(finding.location.column)", "endLine=\(finding.endLine ?? finding.location.line)",
                    "title=\(Self.escapeProperty(finding.code))",
                ]
                return "::\(command) \(properties.joined(separator: ","))::\(Self.escapeData(finding.message))"
            }
        }.joined(separator: "\n")
    }

    /// Escapes as the Actions runner's command parser expects.
    static func escapeData(_ text: String) -> String {
        text.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D")
            .replacingOccurrences(of: "\n", with: "%0A")
    }

    static func escapeProperty(_ text: String) -> String {
        escapeData(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }
}
