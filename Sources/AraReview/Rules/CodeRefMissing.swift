import AraCore

/// XL005: a heuristic's Code ref points at a file that is not in the bundle.
struct CodeRefMissing: Rule {
    let description = RuleDescription(
        code: "XL005", name: "code-ref-missing", severity: .error,
        summary: "A heuristic's Code ref names a path that does not exist in the bundle.",
        why:
            "Code ref is how a reader goes from the know-how to the line that implements it; a dangling one breaks that.",
        example:
            "- **Code ref**: [src/execution/residual_block.py](../../src/execution/residual_block.py) (file absent)",
        howToFix: "Add the file under src/, or correct the path.")

    func check(_ context: ReviewContext) -> [Finding] {
        context.bundle.heuristics.flatMap { heuristic -> [Finding] in
            guard let field = heuristic.field(.codeRef) else { return [] }
            var seen: Set<String> = []
            return FieldPaths.references(in: field, barePrefix: "src/").compactMap { named in
                // `src/model.py:42` and `src/model.py::Block` name a place in a file.
                var reference = named
                if let colon = reference.path.firstIndex(of: ":") { reference.path = String(reference.path[..<colon]) }
                // `[src/a.py](../../src/a.py)` names one file twice: report it once.
                let named = context.bundlePath(of: reference, from: field.location.path)
                guard seen.insert(named).inserted, !context.leavesBundle(reference),
                    context.resolve(reference, from: field.location.path) == nil
                else { return nil }
                return Finding(
                    description, at: reference.location,
                    "heuristic \(heuristic.id) refers to \(named), which is not in the bundle",
                    entity: heuristic.id)
            }
        }
    }
}
