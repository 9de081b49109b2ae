import AraCore
import Foundation

/// A claim's proof chain: its Proof experiments, their evidence files, and
/// the exact cells its numbers come from, each cited table shown with those
/// cells marked and linked to the table's own page.
enum ProofChainHTML {
    static func render(_ claim: Claim, site: SiteContext, on path: String) -> String {
        let experiments = site.bundle.experiments.filter { claim.proof.contains($0.id) }
        var html = "<ul class=\"chain\">"
        if experiments.isEmpty {
            html += "<li class=\"muted\">Proof names no experiment of <code>logic/experiments.md</code>.</li>"
        }
        for experiment in experiments {
            let anchor = "../experiments.html#\(HTMLText.slug(experiment.id))"
            html += "<li><a href=\"\(anchor)\"><strong>\(HTMLText.escape(experiment.id))</strong> "
            html += "\(HTMLText.escape(experiment.title))</a>"
            let files = evidencePaths(PathReference.scan(experiment.section.items), site: site)
            if !files.isEmpty {
                html += "<ul>" + files.map { "<li>" + site.fileLink($0, from: path) + "</li>" }.joined() + "</ul>"
            }
            html += "</li>"
        }
        let direct =
            evidencePaths(PathReference.scan(claim.section.items), site: site)
            + namedPaths(claim.section.fields.map(\.value).joined(separator: " "), site: site)
        if !direct.isEmpty {
            html += "<li>Evidence the claim names itself:<ul>"
            html += direct.map { "<li>" + site.fileLink($0, from: path) + "</li>" }.joined() + "</ul></li>"
        }
        return html + "</ul>"
    }

    /// Bundle files named in plain text (`[evidence/README.md → …]`), not as links.
    static func namedPaths(_ text: String, site: SiteContext) -> [String] {
        let separators = CharacterSet.whitespacesAndNewlines.union(CharacterSet(charactersIn: "[](),;`'\""))
        var found: [String] = []
        for word in text.components(separatedBy: separators) where word.hasSuffix(".md") {
            if let path = BundleFileSystem.normalize(word), site.links.pages.contains(path), !found.contains(path) {
                found.append(path)
            }
        }
        return found
    }

    /// The bundle files that references name, written from the root or from `logic/`.
    static func evidencePaths(_ references: [PathReference], site: SiteContext) -> [String] {
        var seen: [String] = []
        for reference in references {
            let candidates = [reference.path, "logic/" + reference.path].compactMap(BundleFileSystem.normalize)
            if let found = candidates.first(where: { site.links.pages.contains($0) }), !seen.contains(found) {
                seen.append(found)
            }
        }
        return seen
    }
}
