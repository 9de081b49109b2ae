import AraPDF

/// The first step of recovering a table grid: where its printed rows and
/// column boundaries are, from the words' positions and the ruling lines.
struct TableGeometry {
    /// The table's median type size: the unit its tolerances are in.
    var size: Double
    /// Printed lines of words, top to bottom.
    var baselines: [[PDFWord]]
    var box: PDFRect
    /// Interior vertical rules that split columns.
    var verticalRules: [RulingLine]
    /// Column boundaries drawn as rules, and those found as gaps in the words.
    var ruledBoundaries: [Double]
    var gaps: [Double]
    /// Both, sorted: a word's column is the number of boundaries left of it.
    var boundaries: [Double]
    /// Horizontal rules shorter than the table (booktabs' cmidrule).
    var partialRules: [RulingLine]
    /// Horizontal rules at least half the table wide, inside it.
    var interior: [Double]

    init(words: [PDFWord], rules: [RulingLine]) throws(TableGrid.Failure) {
        size = TableGrid.median(words.map(\.fontSize))
        baselines = LineBuilder.rows(words)
        guard baselines.count >= 2 else { throw TableGrid.Failure(reason: "only one row of text was found") }
        guard let box = PDFRect.union(of: words.map(\.box)) else {
            throw TableGrid.Failure(reason: "the table region holds no text")
        }
        self.box = box
        verticalRules = Self.columnRules(rules, words: words, box: box)
        let verticals = verticalRules.map(\.position).sorted()
        // Columns: rule positions when ruled, else gaps in the words' x coverage.
        let ruled = TableGrid.dedupe(verticals, within: size)
        let size = size
        ruledBoundaries = ruled
        gaps = TableGrid.coverageGaps(rows: baselines, size: size).filter { gap in
            !ruled.contains { abs($0 - gap) < size * 1.5 }
        }
        boundaries = (ruledBoundaries + gaps).sorted()
        partialRules = rules.filter { $0.axis == .horizontal && $0.end - $0.start < box.width * 0.9 }
        interior = rules.filter { $0.axis == .horizontal && $0.end - $0.start >= box.width * 0.5 }.map(\.position)
            .sorted().filter { $0 > box.y0 + 1 && $0 < box.y1 - 1 }
    }

    /// Whether vertical rules split the columns.
    var ruled: Bool { !verticalRules.isEmpty }

    /// The column `x` falls in.
    func column(of x: Double) -> Int { boundaries.filter { $0 <= x }.count }

    /// Interior vertical rules that split columns: those running most of the
    /// table's height, and shorter ones that stand clear of the text and end
    /// on horizontal rules (the strokes of drawn brackets hug their words and
    /// stop inside a row).
    private static func columnRules(_ rules: [RulingLine], words: [PDFWord], box: PDFRect) -> [RulingLine] {
        let horizontalRules = rules.filter { $0.axis == .horizontal }.map(\.position) + [box.y0, box.y1]
        func endsOnRule(_ y: Double) -> Bool { horizontalRules.contains { abs($0 - y) < 1.5 } }
        return rules.filter { rule in
            guard rule.axis == .vertical, rule.position > box.x0 + 2, rule.position < box.x1 - 2 else { return false }
            let length = rule.end - rule.start
            if length >= box.height * 0.8 { return true }
            let beside = words.filter { $0.box.y1 > rule.start && $0.box.y0 < rule.end }
            let clear = !beside.contains { $0.box.x0 - 3 < rule.position && rule.position < $0.box.x1 + 3 }
            return length >= box.height * 0.35 && clear && endsOnRule(rule.start) && endsOnRule(rule.end)
        }
    }

    /// The printed lines grouped into rows. With a rule between every pair of
    /// text rows, the rules bound the rows and a cell may hold several
    /// printed lines; otherwise each printed line is a row.
    func rowGroups(notes: inout [String]) -> [[[PDFWord]]] {
        guard interior.count >= 2 && ruled else { return baselines.map { [$0] } }
        // Inside one ruled band, a printed line with an empty first column
        // continues the row above (a cell set on several lines).
        var groups: [[[PDFWord]]] = []
        let firstColumnEnd = boundaries.first ?? box.x1
        let interior = self.interior
        func band(of row: [PDFWord]) -> Int {
            let y = row.map(\.box.midY).reduce(0, +) / Double(row.count)
            return interior.filter { $0 < y }.count
        }
        func labelled(_ row: [PDFWord]) -> Bool { row.contains { $0.box.midX < firstColumnEnd } }
        for (_, rows) in Dictionary(grouping: baselines, by: band).sorted(by: { $0.key < $1.key }) {
            // A band with at most one labelled line is one row; otherwise each
            // labelled line starts a row (unlabelled lines above the first
            // label join it).
            if rows.filter(labelled).count <= 1 {
                groups.append(rows)
                continue
            }
            var current: [[PDFWord]] = []
            for row in rows {
                if labelled(row), current.contains(where: labelled) {
                    groups.append(current)
                    current = []
                }
                current.append(row)
            }
            groups.append(current)
        }
        if groups.contains(where: { $0.count > 1 }) { notes.append("multi-line cells joined with spaces") }
        return groups
    }
}
