import AraCore

/// XL011: a path that names something outside the bundle.
struct PathLeavesBundle: Rule {
    let workload = RuleWorkload.scansText
    let description = RuleDescription(
        code: "XL011", name: "path-leaves-bundle", severity: .error,
        summary: """
            A path in an experiment's Evidence, a claim's Proof or Sources, a heuristic's Code ref, the Layer \
            Index or evidence/README.md is absolute or climbs out of the bundle with `..`.
            """,
        why: """
            A bundle is self-contained: what a claim rests on must travel with it. `/home/me/runs/log.txt` or \
            `../../data/x.csv` names the writer's machine; no reader has it, and AraKit never opens it.
            """,
        example: "- **Evidence**: /home/me/runs/table2.md",
        howToFix: "Copy the file into the bundle (under evidence/ or src/) and name it by its bundle path.")

    func check(_ context: ReviewContext) -> [Finding] {
        var findings: [Finding] = []
        for (reference, owner, what) in Self.references(context) where context.leavesBundle(reference) {
            findings.append(
                Finding(
                    description, at: reference.location,
                    "\(what) names \(reference.path), which is outside the bundle"
                        + (reference.isAbsolute ? " (an absolute path)" : " (it climbs out with ..)"),
                    entity: owner))
        }
        return findings
    }

    /// Every path reference of the places this rule watches, with the id that owns it and how to say where it is.
    static func references(_ context: ReviewContext) -> [(PathReference, String?, String)] {
        var found: [(PathReference, String?, String)] = []
        for experiment in context.experiments {
            guard let field = experiment.field(.evidence) else { continue }
            for reference in FieldPaths.references(in: field, barePrefix: "evidence/") {
                found.append((reference, experiment.id, "experiment \(experiment.id)'s Evidence"))
            }
        }
        for claim in context.claims {
            if let field = claim.field(.proof) {
                for reference in FieldPaths.references(in: field, barePrefix: "evidence/") {
                    found.append((reference, claim.id, "claim \(claim.id)'s Proof"))
                }
            }
        }
        for (claim, entry) in context.sourceEntries {
            guard case .cited(.file(let path, _), _, _) = entry.body else { continue }
            let reference = PathReference(path: path, kind: .codeSpan, context: entry.value, location: entry.location)
            found.append((reference, claim.id, "claim \(claim.id)'s Sources"))
        }
        for heuristic in context.bundle.heuristics {
            guard let field = heuristic.field(.codeRef) else { continue }
            for reference in FieldPaths.references(in: field, barePrefix: "src/") {
                found.append((reference, heuristic.id, "heuristic \(heuristic.id)'s Code ref"))
            }
        }
        for section in context.bundle.manifest?.layerIndexSections ?? [] {
            for reference in PathReference.scan(section.items) { found.append((reference, nil, "the Layer Index")) }
        }
        for reference in context.bundle.evidenceIndex?.references ?? [] {
            found.append((reference, nil, "evidence/README.md"))
        }
        return found
    }
}
