import AraCore

/// SR002: a Sources place that cannot be found in the bundle.
struct SourcePlaceUnresolved: Rule {
    let description = RuleDescription(
        code: "SR002", name: "source-place-unresolved", severity: .error,
        summary: "A `Sources` entry cites a file, line or node field that is not in the bundle.",
        why:
            "A bundle must carry what its numbers rest on; a place outside it (or a line past the end) cannot be checked by anyone.",
        example: "- 3.57 ← `runs/log.txt:812` «top-5 3.57»   (runs/log.txt not in the bundle)",
        howToFix:
            "Copy the cited file into the bundle (under src/ or evidence/) and cite it there, or correct the line.")

    func check(_ context: ReviewContext) -> [Finding] {
        context.sourceEntries.compactMap { claim, entry in
            guard case .cited(let place, let quote?, _) = entry.body, !quote.isEmpty,
                !Self.leaves(place, entry, context),
                case .unresolved(let why) = SourceEntries.resolve(place, from: entry.location.path, context: context)
            else { return nil }
            return Finding(
                description, at: entry.location, "claim \(claim.id): Sources entry '\(entry.value)': \(why)",
                entity: claim.id)
        }
    }

    /// A place outside the bundle is XL011's to report.
    static func leaves(_ place: SourceEntry.Place, _ entry: SourceEntry, _ context: ReviewContext) -> Bool {
        guard case .file(let path, _) = place else { return false }
        return context.leavesBundle(
            PathReference(path: path, kind: .codeSpan, context: entry.value, location: entry.location))
    }
}
