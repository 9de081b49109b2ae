import AraCore
import AraPack

/// What `verify` and `unpack` print for a sealed archive.
enum SealText {
    static func render(_ report: VerifyReport, style: TerminalStyle) -> String {
        var lines = [
            style.bold("sealed: ") + "\(report.archive): \(report.files) files, \(report.bytes) bytes, "
                + "every SHA-256 matches (packed by AraKit \(report.packedBy))"
        ]
        let signature = report.signature
        switch (signature.signed, signature.trusted) {
        case (false, _): lines.append("signature: none (unsigned archive)")
        case (true, true): lines.append("signature: valid, by the key given (\(signature.fingerprint ?? "?"))")
        case (true, false):
            lines.append(
                "signature: valid for its own key \(signature.fingerprint ?? "?") (pass --key to check who signed)")
        }
        lines.append("review at packing: " + counts(report.sealedReview))
        lines.append("review now: " + counts(report.review))
        for finding in report.findings { lines.append("  " + style.dim(finding)) }
        if report.review.total > report.findings.count {
            lines.append("  … and \(report.review.total - report.findings.count) more (unpack, then `arakit review`)")
        }
        return lines.joined(separator: "\n")
    }

    static func counts(_ summary: ReviewSummary) -> String {
        "\(summary.errors) error(s), \(summary.warnings) warning(s), \(summary.infos) info"
    }
}
