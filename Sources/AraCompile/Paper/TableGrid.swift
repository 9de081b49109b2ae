import AraPDF

/// Rows and columns recovered from word positions (and ruling lines when the
/// table has them). Cells hold the printed words, joined by single spaces.
struct TableGrid: Sendable, Equatable {
    var rows: [[String]]
    /// What the extraction had to do that a reader should know (spanning
    /// cells flattened, multi-line cells joined).
    var notes: [String]
    /// True when vertical rules split the columns.
    var ruled: Bool

    /// The most words a grid is recovered for.
    static let maximumWords = 20_000

    /// Why a grid could not be recovered with confidence.
    struct Failure: Error, Sendable, Equatable {
        var reason: String
    }

    /// Recovers the grid of `words` (the table's words, caption excluded).
    static func recover(words: [PDFWord], rules: [RulingLine]) throws(Failure) -> TableGrid {
        guard words.count >= 2 else { throw Failure(reason: "the table region holds no text") }
        // A bound on hostile input: real tables are far smaller.
        guard words.count <= maximumWords else {
            throw Failure(reason: "\(words.count) words is more than a table grid is recovered for (\(maximumWords))")
        }
        let geometry = try TableGeometry(words: words, rules: rules)
        var notes: [String] = []
        let rowGroups = geometry.rowGroups(notes: &notes)
        guard !geometry.boundaries.isEmpty else {
            throw Failure(reason: "no column gap separates the words; the grid cannot be told apart")
        }
        let columnCount = geometry.boundaries.count + 1
        var spanning = 0
        var rows: [[String]] = rowGroups.map { group in
            var cells = [[String]](repeating: [], count: columnCount)
            for line in group { spanning += place(line, in: &cells, geometry: geometry) }
            return cells.map { $0.joined(separator: " ") }
        }
        // A coverage gap inside a ruled column leaves a column empty throughout.
        if let width = rows.first?.count {
            let empty = (0..<width).filter { column in rows.allSatisfy { $0[column].isEmpty } }
            for column in empty.reversed() { for index in rows.indices { rows[index].remove(at: column) } }
        }
        rows = joinWrappedLines(rows, notes: &notes)
        rows = mergeUnheadedColumns(rows, notes: &notes)
        if spanning > 0 {
            notes.append(
                "\(spanning) cell(s) span several columns: the text is repeated in each column it covers")
        }
        let filled = rows.map { $0.filter { !$0.isEmpty }.count }
        let sparse = filled.filter { $0 <= 1 }.count
        if columnCount < 2 || Double(sparse) > Double(rows.count) * 0.5 {
            throw Failure(
                reason: "\(sparse) of \(rows.count) rows have at most one cell: the columns are not clear")
        }
        return TableGrid(rows: rows, notes: notes, ruled: geometry.ruled)
    }

    /// Puts one printed line's cells into the row's columns; returns how
    /// many of them span several columns.
    private static func place(_ line: [PDFWord], in cells: inout [[String]], geometry: TableGeometry) -> Int {
        let size = geometry.size
        let raw = cellSegments(line, size: size)
        // The rules that cross this printed line: a rule may stop short of a merged cell.
        let y = line.map(\.box.midY).reduce(0, +) / Double(line.count)
        let crossing = dedupe(
            geometry.verticalRules.filter { $0.start <= y && $0.end >= y }.map(\.position).sorted(), within: size)
        let centred = centredSpans(
            raw, ruled: crossing, columnRules: geometry.ruledBoundaries, box: geometry.box, column: geometry.column)
        let segments = raw.flatMap { piece in
            centred[piece[0].box] != nil
                ? [piece] : split(piece, ruled: geometry.ruledBoundaries, gaps: geometry.gaps, size: size)
        }
        let centres = segments.map { ($0[0].box.x0 + $0[$0.count - 1].box.x1) / 2 }
        var spanning = 0
        for (position, segment) in segments.enumerated() {
            var span = columns(of: segment, geometry: geometry, others: centres, at: position)
            if let merged = centred[segment[0].box] { span = merged }
            let text = segment.map(\.text).joined(separator: " ")
            // A cell spanning columns is flattened: its text stands in each of them.
            if span.upperBound > span.lowerBound { spanning += 1 }
            for index in span { cells[index].append(text) }
        }
        return spanning
    }

    /// The columns a cell covers: where its first word starts and its last
    /// ends, widened to a short rule just under it.
    private static func columns(
        of segment: [PDFWord], geometry: TableGeometry, others centres: [Double], at position: Int
    ) -> ClosedRange<Int> {
        let size = geometry.size
        let first = segment[0].box
        let last = segment[segment.count - 1].box
        var start = geometry.column(of: first.x0 + 0.5)
        // Reaching half an em past a boundary is not yet spanning it.
        var end = max(start, geometry.column(of: last.x1 - size * 0.5))
        // A short rule just under a cell (booktabs' cmidrule) shows the
        // columns it spans, only when the cell is alone over that rule: a
        // header row over a subtable's midrule does not span it.
        let bottom = segment.map(\.box.y1).max() ?? 0
        let centre = (first.x0 + last.x1) / 2
        if let rule = geometry.partialRules.first(where: { rule in
            rule.position > bottom - 1 && rule.position < bottom + size && rule.start < centre && rule.end > centre
                && !centres.enumerated().contains {
                    $0.offset != position && $0.element > rule.start && $0.element < rule.end
                }
        }) {
            start = min(start, geometry.column(of: rule.start + size * 0.5))
            end = max(end, geometry.column(of: rule.end - size * 0.5))
        }
        return start...max(start, end)
    }

    /// Folds a column into its left neighbour when it has no header of its
    /// own, has values of its own and none with letters, and never holds a
    /// value beside an empty neighbour: a multiplier printed apart from its
    /// cell (`[3×3, 64] ×2`) belongs to that cell. The first two columns are
    /// never joined: the first is the row labels.
    /// A text cell wrapped over several printed lines: a row with an empty
    /// first column whose every cell continues, in lower case, a filled cell
    /// of the row above (`a six-layer encoder trained from scratch on the` /
    /// `task data`) is joined to that row.
    static func joinWrappedLines(_ rows: [[String]], notes: inout [String]) -> [[String]] {
        var result: [[String]] = []
        var joined = 0
        for row in rows {
            if let last = result.last, row.count == last.count, row.count > 1, row[0].isEmpty,
                row.contains(where: { !$0.isEmpty }),
                row.indices.allSatisfy({ row[$0].isEmpty || !last[$0].isEmpty && row[$0].first?.isLowercase == true })
            {
                for index in row.indices where !row[index].isEmpty {
                    result[result.count - 1][index] = Prose.join([last[index], row[index]])
                }
                joined += 1
                continue
            }
            result.append(row)
        }
        if joined > 0 {
            notes.append("\(joined) wrapped line(s) joined to the cell above (continuing it in lower case)")
        }
        return result
    }

    static func mergeUnheadedColumns(_ rows: [[String]], notes: inout [String]) -> [[String]] {
        guard let header = rows.first, header.count > 2 else { return rows }
        var rows = rows
        var merged = 0
        for column in stride(from: header.count - 1, through: 2, by: -1) {
            let head = rows[0][column]
            // Its own values hold no letters: a multiplier or a mark, not a label.
            let own = rows.map { $0[column] }.enumerated().filter {
                !$0.element.isEmpty && $0.element != rows[$0.offset][column - 1]
            }
            // Under a header spanning both columns, only multipliers (`×2`)
            // join: numbers under a spanning header are columns of their own.
            let multipliers = own.allSatisfy { $0.element.first.map { "×x*".contains($0) } ?? false }
            guard head.isEmpty || head == rows[0][column - 1] && multipliers,
                !own.contains(where: { $0.element.contains(where: \.isLetter) && !multipliers }),
                rows.allSatisfy({ $0[column].isEmpty || !$0[column - 1].isEmpty }),
                rows.contains(where: { !$0[column].isEmpty && $0[column] != $0[column - 1] })
            else { continue }
            for index in rows.indices {
                let right = rows[index].remove(at: column)
                let left = rows[index][column - 1]
                if !right.isEmpty, right != left { rows[index][column - 1] = left + " " + right }
            }
            merged += 1
        }
        if merged > 0 {
            notes.append("\(merged) column(s) without a header of their own joined to the cells on their left")
        }
        return rows
    }

    /// Words of one printed line grouped into cells: split where the gap is
    /// wider than about one space.
    static func cellSegments(_ line: [PDFWord], size: Double) -> [[PDFWord]] {
        var result: [[PDFWord]] = []
        for word in line.sorted(by: { $0.box.x0 < $1.box.x0 }) {
            if let last = result.last?.last, word.box.x0 - last.box.x1 <= size * 0.45 {
                result[result.count - 1].append(word)
            } else {
                result.append([word])
            }
        }
        return result
    }

    /// Cells that fill a ruled region of several columns: in a printed row,
    /// the only cell between two vertical rules (or a rule and the table's
    /// edge), centred there, is a merged cell spanning all those columns
    /// (`7×7, 64, stride 2` across five), when other rows rule those columns
    /// apart (`columnRules`). Keyed by the cell's first word box.
    static func centredSpans(
        _ segments: [[PDFWord]], ruled: [Double], columnRules: [Double], box: PDFRect, column: (Double) -> Int
    ) -> [PDFRect: ClosedRange<Int>] {
        let edges = [box.x0] + ruled + [box.x1]
        var spans: [PDFRect: ClosedRange<Int>] = [:]
        for (left, right) in zip(edges, edges.dropFirst()) {
            let first = column(left + 0.5)
            let last = column(right - 0.5)
            guard last > first, columnRules.contains(where: { $0 > left + 1 && $0 < right - 1 }) else { continue }
            let inside = segments.filter {
                ($0[0].box.x0 + $0[$0.count - 1].box.x1) / 2 > left
                    && ($0[0].box.x0 + $0[$0.count - 1].box.x1) / 2 < right
            }
            guard inside.count == 1, let only = inside.first else { continue }
            let centre = (only[0].box.x0 + only[only.count - 1].box.x1) / 2
            if abs(centre - (left + right) / 2) < (right - left) * 0.15 { spans[only[0].box] = first...last }
        }
        return spans
    }

    /// A segment cut where a column boundary falls in the gap between two of
    /// its words: tight columns can sit closer than a wide space.
    /// A rule always cuts; a gap in the coverage cuts only where the words
    /// stand further apart than a plain space, so text centred over several
    /// columns stays whole.
    static func split(_ segment: [PDFWord], ruled: [Double], gaps: [Double], size: Double) -> [[PDFWord]] {
        var result: [[PDFWord]] = [[segment[0]]]
        for (previous, word) in zip(segment, segment.dropFirst()) {
            let between = { (x: Double) in x > previous.box.x1 && x < word.box.x0 }
            if ruled.contains(where: between)
                || word.box.x0 - previous.box.x1 > size * 0.35 && gaps.contains(where: between)
            {
                result.append([word])
            } else {
                result[result.count - 1].append(word)
            }
        }
        return result
    }

    /// Column boundaries: x ranges that (almost) no row's cells cover. Found
    /// by a sweep over where cells start and end, so the cost grows with the
    /// number of cells, not the table's width.
    static func coverageGaps(rows: [[PDFWord]], size: Double) -> [Double] {
        // A spanning header covers a gap in one row; allow that in taller tables.
        let tolerance = rows.count >= 5 ? max(1, rows.count / 6) : 0
        var events: [(x: Double, delta: Int)] = []
        // A row of running words across the table (a note under it: `†
        // Significantly better than …`) is no grid row: it does not close
        // the gaps between columns.
        let left = rows.compactMap { $0.map(\.box.x0).min() }.min() ?? 0
        let right = rows.compactMap { $0.map(\.box.x1).max() }.max() ?? 0
        // Nor is a lone cell away from the table's left edge: a group
        // label centred over the columns (`challenge`, `own`).
        let rows = rows.filter { row in
            let segments = cellSegments(row, size: size)
            guard segments.count == 1 else { return true }
            let start = row.map(\.box.x0).min() ?? 0
            if start > left + size { return false }
            let width = (row.map(\.box.x1).max() ?? 0) - start
            return row.count < 4 || width < (right - left) * 0.4
        }
        for row in rows {
            // A row counts once wherever its cells overlap.
            // A mark set small and raised after a cell (`45.9†`) may hang
            // into the gap beside its column: the cell's ink ends before it.
            let spans = cellSegments(row, size: size).map {
                ($0[0].box.x0, $0[$0.count - 1].raisedTailStart ?? $0[$0.count - 1].box.x1)
            }.sorted {
                $0.0 < $1.0
            }
            var merged: [(Double, Double)] = []
            for span in spans {
                if let last = merged.last, span.0 <= last.1 {
                    merged[merged.count - 1].1 = max(last.1, span.1)
                } else {
                    merged.append(span)
                }
            }
            for span in merged { events += [(span.0, 1), (span.1, -1)] }
        }
        events.sort { $0.x < $1.x || $0.x == $1.x && $0.delta > $1.delta }
        var boundaries: [Double] = []
        var covered = 0
        var dense = false
        var gap: (start: Double, clearest: (Double, Double)?)?
        var clearStart: Double?
        for (index, event) in events.enumerated() {
            covered += event.delta
            let next = index + 1 < events.count ? events[index + 1].x : event.x
            // Between this event and the next, `covered` rows print something.
            if covered > tolerance {
                dense = true
                if let open = gap, event.x - open.start >= size * 0.5 {
                    boundaries.append(open.clearest.map { ($0.0 + $0.1) / 2 } ?? (open.start + event.x) / 2)
                }
                gap = nil
                clearStart = nil
                continue
            }
            guard dense, next > event.x else { continue }
            if gap == nil { gap = (event.x, nil) }
            // Inside a gap, the boundary goes where nothing at all is printed,
            // so a header wider than its column is not cut.
            if covered == 0 {
                let start = clearStart ?? event.x
                clearStart = start
                let widest = gap?.clearest.map { $0.1 - $0.0 } ?? -1
                if next - start > widest { gap?.clearest = (start, next) }
            } else {
                clearStart = nil
            }
        }
        return boundaries
    }

    static func dedupe(_ values: [Double], within distance: Double) -> [Double] {
        var result: [Double] = []
        for value in values where result.last.map({ value - $0 > distance }) ?? true { result.append(value) }
        return result
    }

    static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        return sorted.isEmpty ? 10 : sorted[sorted.count / 2]
    }
}
