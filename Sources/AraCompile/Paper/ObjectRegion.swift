import AraPDF

/// The area of a page a numbered table or figure occupies, found from its
/// caption: the lines between the caption and the nearest running text.
struct ObjectRegion: Sendable {
    var caption: Caption
    /// Lines inside the region (not the caption), in reading order.
    var lines: [TextLine]
    /// Where the object may lie: between the caption and the nearest prose.
    var bounds: PDFRect
    /// True when the object sits above its caption.
    var above: Bool
    /// The other side's space and lines: where a figure is looked for when
    /// nothing is drawn on the chosen side.
    var otherSide: (bounds: PDFRect, lines: [TextLine])?

    /// Lines that are running text: body-size prose as wide as most of a
    /// column, headings, and the short last lines of such paragraphs.
    /// `bodySize` is the running text's size: the document's, by default
    /// the page's (a page filled by a 9 pt table must not make it prose).
    /// `running` tells a running header or footer (found on the document's
    /// first pages), which bounds an object as prose does.
    static func prose(
        in layout: PageLayout, captions: [Caption], bodySize: Double? = nil,
        running: (TextLine) -> Bool = { _ in false }
    ) -> Set<Int> {
        let bodySize = bodySize ?? layout.bodySize
        let captionLines = Set(captions.flatMap { $0.lines.map(\.box) })
        var result: Set<Int> = []
        var previous: [ColumnSpan: (index: Int, box: PDFRect)] = [:]
        // A line sharing its printed row with another line of its column is
        // one cell of a table row, never prose; so is a line between two
        // such rows (a row whose cells sit close enough to read as one line).
        let lines = layout.lines
        var cells: Set<Int> = []
        for row in LineBuilder.rows(Array(lines.indices), box: { lines[$0].box }) where row.count >= 2 {
            for index in row
            where row.contains(where: {
                $0 != index && layout.span(of: lines[$0].box) == layout.span(of: lines[index].box)
            }) {
                cells.insert(index)
            }
        }
        func neighbour(_ index: Int, step: Int) -> Int? {
            let span = layout.span(of: lines[index].box)
            var other = index + step
            while other >= 0, other < lines.count {
                if layout.span(of: lines[other].box) == span {
                    return abs(lines[other].box.y0 - lines[index].box.y0) < lines[index].fontSize * 2 ? other : nil
                }
                other += step
            }
            return nil
        }
        for (index, line) in layout.lines.enumerated() {
            let span = layout.span(of: line.box)
            let heading = SectionHeading.parse(line, bodySize: bodySize) != nil
            // The page's first and last lines, set apart from the rest, are a
            // running header and a page number: prose for this purpose.
            let margin = layout.marginLines.contains(index) || running(line)
            if captionLines.contains(line.box) || heading || margin {
                result.insert(index)
                previous[span] = (index, line.box)
                continue
            }
            let cell =
                cells.contains(index)
                || neighbour(index, step: -1).map(cells.contains) == true
                    && neighbour(index, step: 1).map(cells.contains) == true
            let (left, right) = layout.extent(of: span == .full && layout.isTwoColumn ? .full : span)
            let bodySized = abs(line.fontSize - bodySize) < 0.6
            // Prose is words: a wide line of numbers is a table row.
            let wordy =
                line.text.split(separator: " ").filter { $0.contains(where: \.isLetter) }.count * 2 >= line.wordCount
            let wide = line.box.width >= (right - left) * 0.6 && line.wordCount >= 5 && wordy
            let continues =
                previous[span].map { result.contains($0.index) && line.box.y0 - $0.box.y0 < line.fontSize * 1.6 }
                ?? false
            if !cell, bodySized && (wide || continues) {
                result.insert(index)
            }
            previous[span] = (index, line.box)
        }
        return result
    }

    /// How often the document puts tables and figures above their captions,
    /// counted over captions with content on one side only.
    struct SideTally: Sendable {
        var above: [Caption.Kind: Int] = [:]
        var below: [Caption.Kind: Int] = [:]

        /// The side this kind of object usually takes in this document;
        /// above until the document shows otherwise.
        func prefersAbove(_ kind: Caption.Kind) -> Bool {
            above[kind, default: 0] >= below[kind, default: 0]
        }
    }

    /// The region of each caption on the page. A caption's object lies on
    /// the side with content when only one side has any; otherwise on the
    /// clearly closer side, or on the side the document usually uses.
    static func locate(
        captions: [Caption], in layout: PageLayout, tally: inout SideTally, bodySize: Double? = nil,
        running: (TextLine) -> Bool = { _ in false }
    ) -> [ObjectRegion] {
        let prose = prose(in: layout, captions: captions, bodySize: bodySize, running: running)
        let captionBoxes = Set(captions.flatMap { $0.lines.map(\.box) })
        let found = captions.map { candidates(for: $0, in: layout, prose: prose, captionBoxes: captionBoxes) }
        // Gaps to the nearest line on each side; a caption with lines on one
        // side only tells which side the document puts this kind's objects.
        let sides = found.map { found -> (gapAbove: Double?, gapBelow: Double?) in
            let captionBox = found.caption.box
            return (
                found.above.map { captionBox.y0 - $0.box.y1 }.min(), found.below.map { $0.box.y0 - captionBox.y1 }.min()
            )
        }
        for (found, side) in zip(found, sides) {
            switch side {
            case (.some, nil): tally.above[found.caption.kind, default: 0] += 1
            case (nil, .some): tally.below[found.caption.kind, default: 0] += 1
            default: break
            }
        }
        let tally = tally
        return found.indices.map { index in
            let caption = found[index].caption
            let above: Bool
            switch sides[index] {
            case (nil, nil): above = tally.prefersAbove(caption.kind)
            case (.some, nil): above = true
            case (nil, .some): above = false
            case (.some(let a), .some(let b)):
                if caption.kind == .table, let side = tableSide(index, in: found, tally: tally) {
                    above = side
                } else {
                    above = abs(a - b) < 4 ? tally.prefersAbove(caption.kind) : a < b
                }
            }
            return region(found[index], above: above, in: layout)
        }
    }

    /// The lines on each side of `caption` in its column, up to the nearest
    /// prose (or a line wider than the column) above and below.
    private static func candidates(
        for caption: Caption, in layout: PageLayout, prose: Set<Int>, captionBoxes: Set<PDFRect>
    ) -> Candidates {
        let (left, right) = layout.extent(of: layout.span(of: caption.box))
        func inColumn(_ box: PDFRect) -> Bool { box.midX >= left - 2 && box.midX <= right + 2 }
        let captionBox = caption.box
        // With no prose beyond it, a region runs to the page's edge: a
        // drawing may stand above the first printed line.
        let top = 1.0
        let bottom = layout.height - 1
        var ceiling = top - 1
        var floor = bottom + 1
        // Whether the bound is another object's caption.
        var ceilingCaption = false
        var floorCaption = false
        for (index, line) in layout.lines.enumerated() where inColumn(line.box) {
            if caption.lines.contains(line) { continue }
            // A line reaching past the column (a title, an affiliation, a
            // wide equation) ends a column's object as prose does.
            let wider = line.box.x0 < left - 6 || line.box.x1 > right + 6
            guard prose.contains(index) || wider else { continue }
            if line.box.y1 <= captionBox.y0 + 1, line.box.y1 > ceiling {
                ceiling = line.box.y1
                ceilingCaption = captionBoxes.contains(line.box)
            }
            if line.box.y0 >= captionBox.y1 - 1, line.box.y0 < floor {
                floor = line.box.y0
                floorCaption = captionBoxes.contains(line.box)
            }
        }
        var aboveLines: [TextLine] = []
        var belowLines: [TextLine] = []
        for (index, line) in layout.lines.enumerated()
        where inColumn(line.box) && !prose.contains(index) && !caption.lines.contains(line) {
            if line.box.y0 >= ceiling, line.box.y1 <= captionBox.y0 + 1 { aboveLines.append(line) }
            if line.box.y0 >= captionBox.y1 - 1, line.box.y1 <= floor { belowLines.append(line) }
        }
        // Another object's caption beyond a table: that object (a figure's
        // drawing) may share the space. The table ends at its first gap far
        // wider than its row pitch.
        if caption.kind == .table {
            if floorCaption { belowLines = untilGap(belowLines, downwards: true, size: layout.bodySize) }
            if ceilingCaption { aboveLines = untilGap(aboveLines, downwards: false, size: layout.bodySize) }
        }
        return (caption, aboveLines, belowLines, ceiling, floor)
    }

    /// The region on the chosen side of a caption, with the other side kept
    /// to try when nothing is drawn on this one.
    private static func region(_ found: Candidates, above chosen: Bool, in layout: PageLayout) -> ObjectRegion {
        let (left, right) = layout.extent(of: layout.span(of: found.caption.box))
        let captionBox = found.caption.box
        // The space between the caption and the prose on each side: 2 points
        // clear of text below it (glyphs are drawn above their boxes), half a
        // point clear of prose above it (a tick label may sit right under
        // that prose). A side with no room at all (prose right against the
        // caption) cannot hold the object: a drawing without text is on the
        // other side.
        let top = (y0: max(found.ceiling + 0.5, 0), y1: captionBox.y0 - 2)
        let bottom = (y0: captionBox.y1 + 2, y1: min(found.floor - 2, layout.height))
        var above = chosen
        if above, top.y1 - top.y0 < 2, bottom.y1 - bottom.y0 >= 2 { above = false }
        if !above, bottom.y1 - bottom.y0 < 2, top.y1 - top.y0 >= 2 { above = true }
        let side = above ? top : bottom
        let bounds = PDFRect(x0: left - 4, y0: side.y0, x1: right + 4, y1: max(side.y0, side.y1))
        let otherSide = above ? bottom : top
        var region = ObjectRegion(
            caption: found.caption, lines: above ? found.above : found.below, bounds: bounds, above: above)
        if otherSide.y1 - otherSide.y0 >= 2 {
            region.otherSide = (
                PDFRect(x0: left - 4, y0: otherSide.y0, x1: right + 4, y1: otherSide.y1),
                above ? found.below : found.above
            )
        }
        return region
    }

    /// A caption with the lines on each side of it, up to the nearest prose
    /// or other caption, and those bounds.
    typealias Candidates = (
        caption: Caption, above: [TextLine], below: [TextLine], ceiling: Double, floor: Double
    )

    /// `lines` read away from a caption (down the page, or up), up to the
    /// first gap between printed rows wider than 1.5 em and 2.5 times the
    /// median of the gaps before it (from the third row on).
    static func untilGap(_ lines: [TextLine], downwards: Bool, size: Double) -> [TextLine] {
        var rows = LineBuilder.rows(lines, box: \.box)
        if !downwards { rows.reverse() }
        var gaps: [Double] = []
        var kept: [[TextLine]] = []
        for row in rows {
            if let last = kept.last {
                let gap =
                    downwards
                    ? (row.map(\.box.y0).min() ?? 0) - (last.map(\.box.y1).max() ?? 0)
                    : (last.map(\.box.y0).min() ?? 0) - (row.map(\.box.y1).max() ?? 0)
                if gaps.count >= 2 {
                    let median = gaps.sorted()[gaps.count / 2]
                    if gap > max(size * 1.5, median * 2.5) { break }
                }
                gaps.append(max(gap, 0))
            }
            kept.append(row)
        }
        return kept.flatMap { $0 }
    }

    /// Printed rows of `lines` with at least two cells: the rows of a grid.
    static func gridRows(_ lines: [TextLine]) -> Int {
        LineBuilder.rows(lines, box: \.box).filter { $0.count >= 2 }.count
    }

    /// The side of a table caption with lines on both sides, from the grids
    /// there; nil when they do not decide it. A side whose lines are also
    /// the other side of a neighbouring table caption (a below-table caption over
    /// the next table) is left to that neighbour when the neighbour's own
    /// other side holds a smaller grid. Then a side with at least twice the
    /// other's grid rows (and 2 or more) wins; then the side the document's
    /// tables so far agree on (all on one side, or three times as many);
    /// then the side with more grid rows.
    static func tableSide(_ index: Int, in found: [Candidates], tally: SideTally) -> Bool? {
        let me = found[index]
        let sides = [(above: true, lines: me.above), (above: false, lines: me.below)]
        func shared(_ lines: [TextLine]) -> [Candidates] {
            let boxes = Set(lines.map(\.box))
            return found.enumerated().filter { other, candidate in
                other != index && candidate.caption.kind == me.caption.kind
                    && (candidate.above + candidate.below).contains { boxes.contains($0.box) }
            }.map(\.element)
        }
        var claimed: [Bool] = []
        for side in sides {
            let grid = gridRows(side.lines)
            // A neighbour needs these lines when its other side has less grid.
            let boxes = Set(side.lines.map(\.box))
            let needed = shared(side.lines).contains { neighbour in
                let theirs = neighbour.above.contains { boxes.contains($0.box) } ? neighbour.below : neighbour.above
                return gridRows(theirs) < grid
            }
            claimed.append(needed)
        }
        if claimed[0] != claimed[1] { return claimed[1] }
        // A grid at least twice the other side's.
        let grids = sides.map { gridRows($0.lines) }
        if max(grids[0], grids[1]) >= 2, max(grids[0], grids[1]) >= 2 * min(grids[0], grids[1]) {
            return grids[0] > grids[1]
        }
        // The side this document's tables take, when its captions so far agree.
        let (above, below) = (tally.above[.table, default: 0], tally.below[.table, default: 0])
        if above != below, min(above, below) == 0 || max(above, below) >= 3 * min(above, below) { return above > below }
        if grids[0] != grids[1], max(grids[0], grids[1]) >= 2 { return grids[0] > grids[1] }
        return nil
    }
}
