import AraPDF
import Foundation

/// A table as read from the text: its words (a continued part shifted down
/// by the pages before it) and its pages; crops and rules come from the
/// render worker.
struct TableText {
    var caption: Caption
    var words: [PDFWord]
    var pages: [Int]
    /// How far each part's coordinates were shifted down.
    var offsets: [Double]
    /// Set when the table stands sideways on its page: its words are in the
    /// turned frame, its rules are turned into it.
    var sideways: Sideways? = nil
}

/// The page-by-page stage of reading a paper: each page's captions become
/// tables and figures queued for rendering, the rest becomes running text.
/// It carries what crosses a page break: a table that may go on overleaf,
/// the labels already seen, and the side captions stand on.
struct PagePass {
    /// The most tables and figures extracted from one document: their crops
    /// stay in memory until the bundle is written.
    static let maximumObjects = 2_000

    let running: Set<String>
    let body: (font: String, size: Double)
    /// Nil when only the text is read: the page's render jobs are dropped.
    let worker: RenderWorker?
    var content: PaperContent
    var tables: [TableText] = []
    var figures: [(caption: Caption, page: Int)] = []
    /// Per page, the lines that may be running headers or footers: the first
    /// and last of the running text, and the margin lines.
    var edges: [[TextLine]] = []
    /// Each page's body size, for the document's.
    var sizes = TypeSizeCount()
    /// The table that ended at its page's foot and may continue on the next.
    private var open: Int?
    private var seen: Set<String> = []
    private var tally = ObjectRegion.SideTally()

    init(sample: PaperSample, worker: RenderWorker?, content: PaperContent) {
        running = sample.running
        body = sample.body
        self.worker = worker
        self.content = content
    }

    /// Reads one laid-out page and queues its renders.
    mutating func read(_ layout: PageLayout) {
        sizes.add(layout.bodySize)
        if layout.number == 1 {
            content.firstPage = layout.lines
            content.marginText = layout.verticalWords.map(\.text).joined(separator: " ")
        }
        var page = PageWork(layout: layout)
        if page.sideways != nil { open = nil }
        let pageCaptions = Caption.find(in: page.objects, body: body)
        // Rows continuing a table from the previous page come first on this one.
        if let index = open {
            continueTable(index, on: &page, captions: pageCaptions)
            open = nil
        }
        let captions = pageCaptions.filter { caption in
            // A second caption with the same label is a mention, not a new object.
            seen.insert("\(caption.kind)\(caption.supplementary ? "S" : "")\(caption.number)").inserted
        }
        let running = self.running
        let regions = ObjectRegion.locate(
            captions: captions, in: page.objects, tally: &tally, bodySize: body.size,
            running: { running.contains(PaperSample.normalized($0.text)) })
        page.tableRegions = regions.filter { $0.caption.kind == .table && !$0.lines.isEmpty }
        for region in regions { place(region, on: &page) }
        worker?.submit(page.job)
        addFlow(of: layout, used: page.used)
    }

    private func isRunning(_ line: TextLine) -> Bool {
        running.contains(PaperSample.normalized(line.text))
    }

    /// Appends the rows at the top of `page` that continue table `index`.
    private mutating func continueTable(_ index: Int, on page: inout PageWork, captions: [Caption]) {
        let layout = page.layout
        let continuation = continuationLines(of: tables[index], on: layout, captions: captions)
        guard !continuation.isEmpty else { return }
        let words = continuation.flatMap(\.words)
        let offset = (tables[index].offsets.last ?? 0) + layout.height
        tables[index].words += words.map { $0.shifted(by: offset) }
        tables[index].pages.append(layout.number)
        tables[index].offsets.append(offset)
        let box =
            PDFRect.union(of: words.map(\.box)) ?? PDFRect(x0: 0, y0: 0, x1: layout.width, y1: layout.height)
        page.job.tables.append(
            RenderJob.TablePart(
                table: index, part: 1, textBox: box, search: box.expanded(by: 5), growToRules: false, words: words))
        for line in continuation { page.used.insert(line.box) }
    }

    /// Lines at the top of `layout`'s page, in the table's column, before the first prose.
    private func continuationLines(of table: TableText, on layout: PageLayout, captions: [Caption]) -> [TextLine] {
        let span = layout.span(of: table.caption.box)
        let (left, right) = layout.extent(of: span)
        let prose = ObjectRegion.prose(in: layout, captions: captions, bodySize: body.size, running: isRunning)
        // The table's own caption repeated over the continued part (`Table 3:
        // (continued)`) is passed over.
        let repeated = Set(
            captions.filter { $0.kind == table.caption.kind && $0.number == table.caption.number && !$0.supplementary }
                .flatMap { $0.lines.map(\.box) })
        // With such a caption, the part starts under it: what stands above it
        // (a running head) is not the table's.
        let start = layout.lines.filter { repeated.contains($0.box) }.map(\.box.y1).max() ?? -.infinity
        var result: [TextLine] = []
        for (index, line) in layout.lines.enumerated().sorted(by: { $0.element.box.y0 < $1.element.box.y0 })
        where line.box.midX >= left - 2 && line.box.midX <= right + 2 && !layout.marginLines.contains(index)
            && line.box.y0 > start
        {
            if prose.contains(index) || Caption.label(in: line.text) != nil { break }
            result.append(line)
        }
        // The continued part starts with a table row: its first printed row
        // holds two cells or more (a lone line there, a heading, is the next
        // section's).
        guard let first = result.first,
            result.filter({ abs($0.box.midY - first.box.midY) < first.box.height * 0.5 }).count >= 2
        else { return [] }
        return result
    }

    /// Takes one object region: a table or figure is queued, a supplementary
    /// or surplus one is recorded as missed.
    private mutating func place(_ region: ObjectRegion, on page: inout PageWork) {
        for line in region.caption.lines { page.used.insert(line.box) }
        for line in region.lines { page.used.insert(line.box) }
        // `Table S1` bounds its neighbours' regions but is no numbered object.
        if region.caption.supplementary {
            miss(region, on: page, reason: "supplementary; not extracted", supplementary: true)
            return
        }
        guard tables.count + figures.count < Self.maximumObjects else {
            miss(
                region, on: page,
                reason: "more than \(Self.maximumObjects) numbered objects; this one was not extracted")
            return
        }
        switch region.caption.kind {
        case .table: addTable(region, on: &page)
        case .figure: addFigure(region, on: &page)
        }
    }

    private mutating func miss(
        _ region: ObjectRegion, on page: PageWork, reason: String, supplementary: Bool = false
    ) {
        content.missed.append(
            MissedObject(
                kind: region.caption.kind, number: region.caption.number, page: page.layout.number, reason: reason,
                supplementary: supplementary))
    }

    private mutating func addTable(_ region: ObjectRegion, on page: inout PageWork) {
        let words = region.lines.flatMap(\.words)
        guard !words.isEmpty else {
            miss(region, on: page, reason: "no text next to the caption; the table may be an image")
            return
        }
        let objects = page.objects
        let sideways = page.sideways
        // Nothing but the page's margin lines below the table: it may go on overleaf.
        let lowest = region.lines.map(\.box.y1).max() ?? 0
        let floorReached = !objects.lines.enumerated().contains { index, line in
            !objects.marginLines.contains(index) && line.box.y0 > lowest
                && line.box.midX >= region.bounds.x0 && line.box.midX <= region.bounds.x1
        }
        let textBox = PDFRect.union(of: words.map(\.box)) ?? region.bounds
        let search = textBox.expanded(by: 6).clipped(to: region.bounds)
        // Renders and rules are in the page's own frame: a sideways table's
        // boxes are turned back for them.
        page.job.tables.append(
            RenderJob.TablePart(
                table: tables.count, part: 0, textBox: sideways?.page(textBox) ?? textBox,
                search: sideways?.page(search) ?? search, growToRules: sideways == nil,
                words: sideways == nil ? words : []))
        if !region.above && floorReached && sideways == nil { open = tables.count }
        tables.append(
            TableText(
                caption: region.caption, words: words, pages: [page.layout.number], offsets: [0],
                sideways: sideways))
    }

    private mutating func addFigure(_ region: ObjectRegion, on page: inout PageWork) {
        guard page.sideways == nil else {
            miss(region, on: page, reason: "set sideways on its page; not extracted")
            return
        }
        let layout = page.layout
        let tableLines = Set(page.tableRegions.flatMap { $0.lines.map(\.box) })
        // Words that may lie inside the drawing: the region's own lines (not
        // a table's) and the page's vertical words within its bounds.
        let words = { (lines: [TextLine], bounds: PDFRect) -> [PDFWord] in
            lines.filter { !tableLines.contains($0.box) }.flatMap(\.words)
                + layout.verticalWords.filter { bounds.containsCentre(of: $0.box) }
        }
        let frame = page.clipped(region.bounds, above: region.above, caption: region.caption)
        page.job.figures.append(
            RenderJob.Figure(
                index: figures.count, bounds: frame, above: region.above,
                maximumGap: max(14, layout.bodySize * 1.5), words: words(region.lines, frame),
                images: layout.images,
                otherSide: region.otherSide.map { other in
                    let bounds = page.clipped(other.bounds, above: !region.above, caption: region.caption)
                    return (bounds, words(other.lines, bounds))
                }))
        figures.append((region.caption, layout.number))
    }

    /// Adds the page's unused lines to the running text. Margin lines
    /// (running header, page number) go last, after the footnotes: the
    /// page's text then reads straight through its columns.
    private mutating func addFlow(of layout: PageLayout, used: Set<PDFRect>) {
        let marginBoxes = Set(layout.marginLines.map { layout.lines[$0].box })
        let unused = layout.lines.filter { !used.contains($0.box) }
        let flow =
            footnotesLast(unused.filter { !marginBoxes.contains($0.box) }, in: layout)
            + unused.filter { marginBoxes.contains($0.box) }
        let body = flow.filter { !marginBoxes.contains($0.box) }
        edges.append(([body.first, body.last].compactMap { $0 } + flow.filter { marginBoxes.contains($0.box) }))
        content.flow += flow.map { $0.withoutWords() }
    }

    /// The page's lines with its footnotes moved to the end, so they do not
    /// cut a paragraph that runs on into the next column. A footnote line is
    /// set at least 1.5 pt smaller than the body and lies below every body
    /// line of its column.
    private func footnotesLast(_ lines: [TextLine], in layout: PageLayout) -> [TextLine] {
        var bottom: [ColumnSpan: Double] = [:]
        // Body lines of two words or more: a page number is not one.
        for line in lines where abs(line.fontSize - layout.bodySize) < 0.6 && line.wordCount >= 2 {
            let span = layout.span(of: line.box)
            bottom[span] = max(bottom[span] ?? 0, line.box.y1)
        }
        let isFootnote = { (line: TextLine) -> Bool in
            line.fontSize <= layout.bodySize - 1.5 && line.box.y0 >= (bottom[layout.span(of: line.box)] ?? .infinity)
        }
        return lines.filter { !isFootnote($0) } + lines.filter(isFootnote)
    }
}

/// One page while its objects are found: the layout, the frame its objects
/// are found in (turned when the page is set sideways), the renders queued
/// and the lines objects have taken.
struct PageWork {
    let layout: PageLayout
    /// Set when the page stands sideways (a `sidewaystable`).
    let sideways: Sideways?
    /// The layout objects are found in: a sideways page's vertical words
    /// become its lines.
    let objects: PageLayout
    var job: RenderJob
    var used: Set<PDFRect> = []
    /// The page's table regions that hold lines: a table's lines are its
    /// own, and a figure's bounds stop short of it.
    var tableRegions: [ObjectRegion] = []

    init(layout: PageLayout) {
        self.layout = layout
        sideways = Sideways.detect(layout)
        objects =
            sideways.map { turn in
                PageLayout(
                    number: layout.number, width: turn.turnedWidth, height: turn.turnedHeight,
                    words: turn.turnedWords(of: layout), images: [])
            } ?? layout
        job = RenderJob(page: layout.number)
    }

    /// `bounds` stopped short of a table standing in them, on the far side
    /// from `caption`.
    func clipped(_ bounds: PDFRect, above: Bool, caption: Caption) -> PDFRect {
        var bounds = bounds
        for table in tableRegions {
            guard let box = PDFRect.union(of: table.lines.map(\.box)), box.x0 < bounds.x1,
                box.x1 > bounds.x0, box.y0 < bounds.y1, box.y1 > bounds.y0
            else { continue }
            if above, box.y1 < caption.box.y0 {
                bounds.y0 = max(bounds.y0, min(box.y1 + 1, bounds.y1))
            } else if !above, box.y0 > caption.box.y1 {
                bounds.y1 = min(bounds.y1, max(box.y0 - 1, bounds.y0))
            }
        }
        return bounds
    }
}

extension PDFWord {
    /// The word moved `offset` points down: a continued table's part below the one before.
    func shifted(by offset: Double) -> PDFWord {
        var word = self
        word.box = PDFRect(x0: box.x0, y0: box.y0 + offset, x1: box.x1, y1: box.y1 + offset)
        return word
    }
}

extension RulingLine {
    func shifted(by offset: Double) -> RulingLine {
        var rule = self
        switch axis {
        case .horizontal: rule.position += offset
        case .vertical:
            rule.start += offset
            rule.end += offset
        }
        return rule
    }
}
