import AraCore

/// XL010: an id written without zero padding (`C1`, `E3`).
struct IDPadding: Rule {
    let workload = RuleWorkload.scansText
    let description = RuleDescription(
        code: "XL010", name: "id-padding", severity: .warning,
        summary:
            "A claim, experiment or heuristic id is written without zero padding (`E1` for `E01`), where it is defined or where it is cited.",
        why: """
            Tools and readers search for `E01`; a bundle that mixes `E1` and `E01` makes references look \
            dangling and lets duplicates (`C1` and `C01`) slip in.
            """,
        example: "## E1: Baseline run\n…\n- **Proof**: [E1]",
        howToFix: """
            Write two digits. `--fix` pads the heading and every reference to it in Proof, Verifies, \
            Dependencies and Claims affected, and in the tree's `evidence:` lists.
            """,
        fixable: true)

    typealias Definition = (path: String, section: MarkdownSection, id: String)
    typealias ReferenceField = (path: String, section: MarkdownSection, field: MarkdownField)

    /// Every block heading with a C, E or H id, by file.
    static func definitions(_ context: ReviewContext) -> [Definition] {
        [(BundlePaths.claims, "C"), (BundlePaths.experiments, "E"), (BundlePaths.heuristics, "H")].flatMap {
            path, prefix in
            (context.bundle.documents[path]?.sections(withIDPrefix: prefix) ?? []).compactMap { section in
                section.heading.id.map { (path, section, $0) }
            }
        }
    }

    /// Every field that holds references to ids, with its file and block.
    static func referenceFields(_ context: ReviewContext) -> [ReferenceField] {
        referenceFieldNames.flatMap { path, names in
            (context.bundle.documents[path]?.sections ?? []).flatMap { section in
                names.compactMap { section.field($0) }.map { (path, section, $0) }
            }
        }
    }

    /// Fields that hold references to ids, by file.
    static let referenceFieldNames: [(path: String, fields: [String])] = [
        (BundlePaths.claims, [ClaimField.proof.label, ClaimField.dependencies.label]),
        (BundlePaths.experiments, [ExperimentField.verifies.label, ExperimentField.dependencies.label]),
        (BundlePaths.relatedWork, [RelatedWorkField.claimsAffected.label]),
    ]

    func check(_ context: ReviewContext) -> [Finding] {
        var defined: [String] = []
        var findings: [Finding] = []
        // Found once: each unpadded id's fix looks through all of them.
        let definitions = Self.definitions(context)
        let references = Self.referenceFields(context)
        for (path, section, id) in definitions {
            defined.append(id)
            let padded = IDTokens.padded(id)
            guard padded != id else { continue }
            let clash =
                defined.contains(padded)
                || (context.bundle.documents[path]?.sections.contains { $0.heading.id == padded } ?? false)
            findings.append(
                Finding(
                    description, at: section.location, "\(id) is not zero-padded; write \(padded)", entity: id,
                    fix: clash
                        ? nil
                        : renameFix(
                            id, to: padded, definitions: definitions, references: references, context: context)))
        }
        // References written unpadded to an object defined padded (`C1` while `C01` exists).
        for (path, section, field) in references {
            for id in BlockID.mentions(in: field.value, prefixes: ["C", "E", "H"]) {
                let padded = IDTokens.padded(id)
                guard padded != id, defined.contains(padded), !defined.contains(id) else { continue }
                findings.append(
                    Finding(
                        description, at: field.location, "\(id) refers to \(padded); write \(padded)",
                        entity: section.heading.id,
                        fix: Fix(
                            "write \(padded)",
                            edits: edits(
                                replacing: id, with: padded, lines: IDTokens.lines(of: field), in: path,
                                context: context))))
            }
        }
        return findings
    }

    /// Pads a defined id in its heading and in every reference field and tree evidence list.
    func renameFix(
        _ id: String, to padded: String, definitions: [Definition], references: [ReferenceField],
        context: ReviewContext
    ) -> Fix {
        var edits: [TextEdit] = []
        for (path, section, defined) in definitions where defined == id {
            edits += self.edits(
                replacing: id, with: padded, lines: section.location.line...section.location.line, in: path,
                context: context)
        }
        for (path, _, field) in references {
            edits += self.edits(
                replacing: id, with: padded, lines: IDTokens.lines(of: field), in: path, context: context)
        }
        if BlockID.prefix(of: id) == "C" {
            for node in context.nodes {
                for item in node.field(.evidence)?.sequence ?? [] where item.scalarText == id {
                    edits += self.edits(
                        replacing: id, with: padded, lines: item.location.line...item.location.line,
                        in: BundlePaths.tree, context: context)
                }
            }
        }
        return Fix("rename \(id) to \(padded) and its references", edits: edits)
    }

    func edits(
        replacing id: String, with padded: String, lines: ClosedRange<Int>, in path: String, context: ReviewContext
    ) -> [TextEdit] {
        guard let text = context.lines(path) else { return [] }
        return lines.compactMap { line in
            // A line without the id's bytes cannot hold it (an id is ASCII, which
            // nothing else is canonically equivalent to): most lines end here.
            guard line >= 1, line <= text.count, TextMatch.contains(text[line - 1], id) else { return nil }
            let replaced = IDTokens.replace(id, with: padded, in: text[line - 1])
            return replaced == text[line - 1] ? nil : TextEdit.replaceLine(path, line: line, with: replaced)
        }
    }
}
