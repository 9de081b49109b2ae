import AraCore

extension BudgetLayout {
    /// The items of a section that fit in `room`, and its lines. An item
    /// too long to fit is cut within `cutRoom` when it must be shown here
    /// (the first item of a heading or of a `--from` page, or a long first
    /// text of the page) or would not fit on any page (over half the
    /// budget); otherwise it is pointed to.
    func fill(_ section: PageSection, room: Int, cutRoom: Int, first: Bool) -> Laid {
        var placed = section
        placed.items = []
        var lines = section.title.map { [$0] } ?? []
        var spent = lines.reduce(0) { $0 + Self.cost($1) }
        let costs = section.items.map { Self.cost($0.text) }
        // A pointer into this page reads on through every later section, so
        // a section that ends in one may use the closing pointer's room.
        let readsOnHere = section.target == nil || section.target == target
        let pointerRoom = readsOnHere ? cutRoom : room
        for (index, item) in section.items.enumerated() {
            let rest = section.items.count - index - 1
            if spent + costs[index...].reduce(0, +) <= room {
                placed.items += section.items[index...]
                return Laid(section: placed, lines: lines + section.items[index...].map(\.text))
            }
            let pointerCost = rest > 0 ? Self.cost(pointerLine(section, omitted: rest, from: index + 1).0) : 0
            if spent + costs[index] + pointerCost <= (rest > 0 ? pointerRoom : room) {
                spent += costs[index]
                lines.append(item.text)
                placed.items.append(item)
                continue
            }
            let mustShow = index == 0 && (section.isIndex || section.leads || (first && costs[index] > budget / 4))
            if mustShow || costs[index] > budget / 2,
                let cut = cut(item, room: cutRoom - spent, silently: section.isIndex, anyLength: section.leads)
            {
                placed.items.append(cut.item)
                placed.omitted = rest
                placed.more = cut.pointer
                return Laid(section: placed, lines: lines + cut.lines, readsOn: cut.pointer != nil)
            }
            let (line, pointer) = pointerLine(section, omitted: rest + 1, from: index)
            guard spent + Self.cost(line) <= pointerRoom else { return Laid(section: placed, lines: []) }
            placed.omitted = rest + 1
            placed.more = pointer
            return Laid(section: placed, lines: lines + [line], readsOn: readsOnHere)
        }
        return Laid(section: placed, lines: lines)
    }

    /// `… 9 more claims: <command>`: the items from `index` on, read in the
    /// section's own target (`logic` for level 1's claims) or this page.
    func pointerLine(_ section: PageSection, omitted: Int, from index: Int) -> (String, ReadPointer) {
        let pointer = ReadPointer(
            target: section.target ?? target,
            from: section.items.indices.contains(index) ? section.items[index].key : nil)
        // Under 400 tokens the count and noun would cost a small page more than they tell.
        guard budget >= 400 else { return ("… more: \(style.write(pointer))", pointer) }
        let noun = omitted == 1 ? Self.singular(section.noun) : section.noun
        return ("… \(omitted) more \(noun): \(style.write(pointer))", pointer)
    }

    static func singular(_ noun: String) -> String {
        if noun == "children" { return "child" }
        if noun.hasSuffix("ies") { return noun.dropLast(3) + "y" }
        return noun.hasSuffix("s") ? String(noun.dropLast()) : noun
    }

    /// A text item cut at a word to fit `room`, with the pointer that reads
    /// on from the cut (`--from KEY@OFFSET`, the offset in characters of
    /// the item's text). A heading is cut without one: the page is the
    /// object it names. `nil` when too little would be left (`anyLength`:
    /// when not even a word fits).
    func cut(_ item: PageItem, room: Int, silently: Bool, anyLength: Bool) -> (
        item: PageItem, lines: [String], pointer: ReadPointer?
    )? {
        guard silently || item.key != nil else { return nil }
        let words = item.text.split(separator: " ", omittingEmptySubsequences: false)
        func text(_ count: Int) -> String { words[..<count].joined(separator: " ") + " …" }
        func pointer(_ count: Int) -> ReadPointer? {
            guard !silently, let key = item.key else { return nil }
            let kept = words[..<count].reduce(0) { $0 + $1.unicodeScalars.count + 1 }
            return ReadPointer(target: target, from: "\(key)@\(item.offset + kept)")
        }
        func cost(_ count: Int) -> Int {
            Self.cost(text(count)) + (pointer(count).map { Self.cost("… more: \(style.write($0))") } ?? 0)
        }
        // The most words that fit: costs grow with the word count.
        var low = 0
        var high = words.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if cost(middle) <= room { low = middle } else { high = middle - 1 }
        }
        // A few words are not worth a pointer's price (point to the whole item
        // instead), except where the page must move on (`anyLength`).
        let worth = silently || anyLength ? 1 : min(20, budget / 5)
        guard low > 0, cost(low) <= room, Self.cost(text(low)) >= worth else { return nil }
        var shortened = item
        shortened.text = text(low)
        let more = pointer(low)
        let lines = shortened.text.splitLines().map(String.init)
        return (shortened, lines + (more.map { ["… more: \(style.write($0))"] } ?? []), more)
    }
}
