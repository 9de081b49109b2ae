import AraCore

/// Lays sections out within a token budget (SPEC.md §12): sections in
/// order, each item whole or not at all, what does not fit replaced by one
/// pointer; a text too long for the page is cut at a word and its pointer
/// (`--from KEY@OFFSET`) reads the page on from there. Costs are
/// ``TokenEstimator`` counts, one line at a time.
struct BudgetLayout {
    let budget: Int
    let style: PointerStyle
    /// The page's own target, for pointers into the page itself.
    let target: String

    /// A text's cost with the line break after it: each line's estimate and
    /// its break, so a text costs the same whole or split into its lines,
    /// and a page's sum is never below the estimate of the whole page.
    static func cost(_ text: String) -> Int {
        text.splitLines().reduce(0) { $0 + TokenEstimator.count($1) + 1 }
    }

    /// A section as laid: what it shows, its lines, and whether it ends in
    /// a pointer into this page (which then reads on through the rest of it).
    struct Laid {
        var section: PageSection
        var lines: [String]
        var readsOn = false
    }

    /// Sections are filled in priority order (index sections, a `--from`
    /// page's first section, the rest in page order, yielding ones last)
    /// and printed in page order. Once one is left out or cut, the ones
    /// filled after it wait for a pointer.
    func lay(_ sections: [PageSection]) -> (sections: [PageSection], lines: [String], tail: ReadPointer?) {
        let order = sections.indices.sorted { (sections[$0].fillRank, $0) < (sections[$1].fillRank, $1) }
        var used = 0
        var laid: [Int: Laid] = [:]
        var open: [Int] = []
        var readsOnFrom: Int?
        for (step, index) in order.enumerated() {
            let section = sections[index]
            let later = order[(step + 1)...]
            if !section.isIndex, !open.isEmpty || readsOnFrom != nil {
                open.append(index)
                continue
            }
            let indexCost = later.filter { sections[$0].isIndex }.reduce(0) { $0 + fullCost(sections[$1]) }
            let maybeOpen = open + later.filter { !sections[$0].isIndex }
            let tail = tailCost(maybeOpen.sorted().map { sections[$0] })
            // A cut reads on through the page after it, so only what comes before it needs the closing pointer.
            let tailBefore = tailCost(maybeOpen.filter { $0 < index }.sorted().map { sections[$0] })
            let room =
                section.isIndex
                ? budget - used - tail
                : min(budget - used - tail - indexCost, Int(Double(budget) * section.share))
            // A heading is cut without a pointer, so it leaves the closing one its room.
            let cutRoom = section.isIndex ? room : budget - used - tailBefore - indexCost
            // The first section after the headings is cut rather than pointed to: every page shows something.
            let first = !section.isIndex && !laid.values.contains { !$0.section.isIndex }
            let result = fill(section, room: room, cutRoom: cutRoom, first: first)
            let spent = result.lines.reduce(0) { $0 + Self.cost($1) }
            guard spent <= budget - used, !result.lines.isEmpty else {
                open.append(index)
                continue
            }
            used += spent
            laid[index] = result
            if result.readsOn { readsOnFrom = index }
        }
        let kept = sections.indices.compactMap { laid[$0] }
        var lines = kept.flatMap(\.lines)
        let uncovered = open.filter { index in readsOnFrom.map { index < $0 } ?? true }.sorted()
        var tail: ReadPointer?
        if let (line, pointer) = tailLine(uncovered.map { sections[$0] }), used + Self.cost(line) <= budget {
            lines.append(line)
            tail = pointer
        }
        return (kept.map(\.section), lines, tail)
    }

    func fullCost(_ section: PageSection) -> Int {
        (section.title.map(Self.cost) ?? 0) + section.items.reduce(0) { $0 + Self.cost($1.text) }
    }

    func tailCost(_ sections: [PageSection]) -> Int { tailLine(sections).map { Self.cost($0.line) } ?? 0 }

    /// `… not shown: Proof, Cited by: <command --from the first of them>`:
    /// the page again from the first section left out, which shows the
    /// rest after it. Under 400 tokens the names are left out: they would
    /// cost a small page more than what they name.
    func tailLine(_ sections: [PageSection]) -> (line: String, pointer: ReadPointer)? {
        guard let first = sections.first(where: { !$0.items.isEmpty }), let key = first.items[0].key else { return nil }
        let pointer = ReadPointer(target: target, from: key)
        guard budget >= 400 else { return ("… more: \(style.write(pointer))", pointer) }
        let names = sections.filter { !$0.items.isEmpty }.map { $0.title.map(Self.name) ?? $0.noun }
        return ("… not shown: \(names.joined(separator: ", ")): \(style.write(pointer))", pointer)
    }

    /// `Proof (3):` → `Proof`.
    static func name(_ title: String) -> String {
        let firstLine = title.split(separator: "\n").first.map(String.init) ?? title
        return firstLine.prefix { $0 != "(" && $0 != ":" }.trimmingWhitespace()
    }
}
