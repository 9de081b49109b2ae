extension BundleReading {
    /// The object a target names, laid out within `budget` estimated tokens
    /// (SPEC.md §12). `from` starts the page at a key its lists or lines
    /// show (an id, a path, a line number): what a pointer names.
    public func page(_ target: String?, budget: Int, from: String? = nil, style: PointerStyle) throws(ReadError)
        -> ReadPage
    {
        let object = try resolve(target)
        let given = target?.trimmingWhitespace() ?? ""
        var sections = Self.uniqueKeys(ObjectPages.sections(object, target: given))
        if let from { sections = try Self.start(sections, at: from, target: given) }
        let layout = BudgetLayout(budget: budget, style: style, target: given)
        var (laid, lines, tail) = layout.lay(sections)
        // The layout keeps to the budget line by line (a sum never below the
        // whole page's estimate); this makes it certain for the printed text.
        func estimate(_ lines: [String]) -> Int {
            lines.isEmpty ? 0 : TokenEstimator.count(lines.joined(separator: "\n") + "\n")
        }
        while !lines.isEmpty, estimate(lines) > budget {
            lines.removeLast()
            laid = []
            tail = nil
        }
        // A page from a pointer that shows nothing of what it points at would point at itself again.
        if let from, !laid.contains(where: { $0.leads && !$0.items.isEmpty }), sections.contains(where: \.leads) {
            throw .budgetTooSmall(budget: budget, from: from)
        }
        return ReadPage(
            object: object.ref, budget: budget, estimatedTokens: estimate(lines),
            sections: laid, pointers: laid.compactMap(\.more) + (tail.map { [$0] } ?? []),
            text: lines.joined(separator: "\n"))
    }

    /// Keys made unique on the page (`N05`, then `N05#2` …), so a pointer
    /// names exactly one place: a dead end is its own header and in its list.
    static func uniqueKeys(_ sections: [PageSection]) -> [PageSection] {
        var seen: [String: Int] = [:]
        return sections.map { section in
            var section = section
            for index in section.items.indices {
                guard let key = section.items[index].key else { continue }
                let count = seen[key, default: 0] + 1
                seen[key] = count
                if count > 1 { section.items[index].key = "\(key)#\(count)" }
            }
            return section
        }
    }

    /// The page from the section item keyed `key` on (`KEY@OFFSET`: from
    /// that character of the item's text): that section from the item,
    /// filled first so a pointer always moves the reader on, then every
    /// later section.
    static func start(_ sections: [PageSection], at from: String, target: String) throws(ReadError) -> [PageSection] {
        var key = from
        var offset = 0
        if let at = from.lastIndex(of: "@"), let number = Int(from[from.index(after: at)...]), number >= 0 {
            key = String(from[..<at])
            offset = number
        }
        guard let index = sections.firstIndex(where: { $0.items.contains { $0.key == key } }) else {
            throw .unknownStart(from: from, target: target)
        }
        guard index > 0 || offset > 0 else { return sections }
        var section = sections[index]
        section.items = Array(section.items.drop { $0.key != key })
        if offset > 0 {
            let scalars = section.items[0].text.unicodeScalars
            section.items[0].text = String(scalars.dropFirst(min(offset, scalars.count)))
            section.items[0].offset = offset
        }
        section.leads = true
        section.share = 1
        // No heading: the pointer that led here named the object, and a small page needs the room.
        return [section] + sections[(index + 1)...].filter { !$0.items.isEmpty }
    }
}
