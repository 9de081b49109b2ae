import AraPDF
import Foundation

/// Everything read from a paper PDF, before it becomes bundle files.
struct PaperContent: Sendable {
    var pageCount: Int
    var metadata: PDFMetadata
    /// Page 1's lines in reading order, for the title block.
    var firstPage: [TextLine]
    /// Text set vertically on page 1 (an arXiv stamp), joined by spaces.
    var marginText: String
    var bodySize: Double
    /// Running text in reading order, tables, figures and captions removed.
    var flow: [TextLine]
    var tables: [ExtractedTable]
    var figures: [ExtractedFigure]
    var missed: [MissedObject]
}

/// Reads a PDF page by page (one page in memory at a time) into ``PaperContent``.
struct PaperReader {
    var dpi: Double
    /// Called with each page number as it starts, for progress output.
    var progress: @Sendable (Int, Int) -> Void

    init(dpi: Double = 150, progress: @escaping @Sendable (Int, Int) -> Void = { _, _ in }) {
        self.dpi = dpi
        self.progress = progress
    }

    /// Reads `document` in three stages: the first pages are sampled for
    /// the columns, body type and running lines; each page is then read in
    /// turn (one in memory at a time) while a second thread renders the
    /// crops from its own copy of the document; last the rendered tables and
    /// figures are collected.
    func read(_ document: PDFDocument) throws(PDFError) -> PaperContent {
        let worker = RenderWorker(url: document.url, path: document.path, dpi: dpi)
        // On an early exit (a page poppler cannot read) queued renders are dropped.
        defer { worker.cancel() }
        let pass = try readPages(of: document, through: document.pageCount, worker: worker)
        try worker.finish()
        return collect(pass, results: worker.results, pageCount: document.pageCount)
    }

    /// The text stages of ``read(_:)`` alone, on the first `limit` pages (at
    /// least one): no page is rendered, so tables are recovered from their
    /// words without rules and every figure is missed. The fuzz target runs
    /// this: rendering is poppler's and cairo's, and costs a page's raster.
    func readText(_ document: PDFDocument, limit: Int) throws(PDFError) -> PaperContent {
        let last = min(document.pageCount, max(limit, 1))
        let pass = try readPages(of: document, through: last, worker: nil)
        return collect(pass, results: RenderResults(), pageCount: last)
    }

    /// Pages 1 through `last` laid out and read, their renders queued on `worker`.
    private func readPages(of document: PDFDocument, through last: Int, worker: RenderWorker?) throws(PDFError)
        -> PagePass
    {
        let sample = try PaperSample(document, limit: last)
        var sampled = sample.pages
        var pass = PagePass(
            sample: sample, worker: worker,
            content: PaperContent(
                pageCount: document.pageCount, metadata: document.metadata, firstPage: [], marginText: "",
                bodySize: 10, flow: [], tables: [], figures: [], missed: []))
        for number in 1...last {
            progress(number, document.pageCount)
            let page = try document.page(number)
            let layout =
                sampled.removeValue(forKey: number).map {
                    PageLayout(
                        number: number, width: page.width, height: page.height, words: $0.words, images: $0.images,
                        frame: sample.frame)
                } ?? PageLayout(page: page, frame: sample.frame)
            pass.read(layout)
        }
        return pass
    }

    /// The last stage: rendered tables and figures joined to their text,
    /// objects in number order, running headers and footers dropped.
    private func collect(_ pass: PagePass, results: RenderResults, pageCount: Int) -> PaperContent {
        var content = pass.content
        for (index, table) in pass.tables.enumerated() {
            content.tables.append(
                finish(table, parts: table.pages.indices.compactMap { results.table(index, part: $0) }))
        }
        for (index, figure) in pass.figures.enumerated() {
            guard case .drawn(let result) = results.figure(index) else {
                content.missed.append(
                    MissedObject(
                        kind: .figure, number: figure.caption.number, page: figure.page,
                        reason: "nothing is drawn next to the caption"))
                continue
            }
            content.figures.append(
                ExtractedFigure(
                    number: figure.caption.number, caption: figure.caption.text, page: figure.page, box: result.box,
                    crop: result.crop, text: result.text, raster: result.raster))
        }
        content.tables.sort { $0.number < $1.number }
        content.figures.sort { $0.number < $1.number }
        content.bodySize = pass.sizes.dominant ?? 10
        content.flow = removeRunningLines(content.flow, edges: pass.edges, pageCount: pageCount)
        return content
    }

    private func finish(_ table: TableText, parts: [RenderResults.TablePart]) -> ExtractedTable {
        // Rules of a continued part are shifted like its words.
        let rules = zip(parts, table.offsets).flatMap { part, offset in
            part.rules.map { (table.sideways?.turned($0) ?? $0).shifted(by: offset) }
        }
        let underscored = Set(
            zip(parts, table.offsets).flatMap { part, offset in
                part.underscored.map { PDFRect(x0: $0.x0, y0: $0.y0 + offset, x1: $0.x1, y1: $0.y1 + offset) }
            })
        let words = joinUnderscores(table.words, after: underscored)
        var grid = Result { () throws(TableGrid.Failure) -> TableGrid in
            try TableGrid.recover(words: words, rules: rules)
        }
        if table.pages.count > 1, case .success(var value) = grid {
            // A header row repeated at the top of the continued part is printed twice, read once.
            if let header = value.rows.first, let repeatAt = value.rows.dropFirst().firstIndex(of: header) {
                value.rows.remove(at: repeatAt)
                value.notes.append("the header row repeated after the page break is read once")
            }
            value.notes.append("continues from page \(table.pages[0]) to page \(table.pages[1])")
            grid = .success(value)
        }
        return ExtractedTable(
            number: table.caption.number, caption: table.caption.text, pages: table.pages, boxes: parts.map(\.box),
            crops: parts.map(\.crop), grid: grid)
    }

    /// Joins each word followed by a drawn underscore to the next word on
    /// its line: `conv2` `x` → `conv2_x`.
    private func joinUnderscores(_ words: [PDFWord], after boxes: Set<PDFRect>) -> [PDFWord] {
        guard !boxes.isEmpty else { return words }
        var result: [PDFWord] = []
        for word in words {
            if let last = result.last, boxes.contains(last.box), abs(last.box.midY - word.box.midY) < 2,
                word.box.x0 >= last.box.x1
            {
                result[result.count - 1] = PDFWord(
                    text: last.text + "_" + word.text, box: last.box.union(word.box), fontName: last.fontName,
                    fontSize: last.fontSize)
            } else {
                result.append(word)
            }
        }
        return result
    }

    /// Drops page numbers and running headers/footers: a line of digits at
    /// a page's edge, or the same edge line (first or last of the running
    /// text, or a margin line) on many pages.
    private func removeRunningLines(_ lines: [TextLine], edges: [[TextLine]], pageCount: Int) -> [TextLine] {
        var counts: [String: Int] = [:]
        for page in edges {
            for text in Set(page.map { PaperSample.normalized($0.text) }) { counts[text, default: 0] += 1 }
        }
        let threshold = max(2, pageCount * 3 / 10)
        let running = Set(counts.filter { !$0.key.isEmpty && $0.value >= threshold }.map(\.key))
        let candidates = Set(edges.joined().map { Edge(page: $0.page, box: $0.box) })
        // Marked first and removed in place: the flow of a long paper is large.
        var drop: Set<Int> = []
        for (index, line) in lines.enumerated() where candidates.contains(Edge(page: line.page, box: line.box)) {
            let text = line.text.trimmingCharacters(in: .whitespaces)
            let pageNumber = !text.isEmpty && text.count <= 4 && text.allSatisfy { $0.isNumber }
            if pageNumber || running.contains(PaperSample.normalized(text)) { drop.insert(index) }
        }
        var lines = lines
        var index = 0
        lines.removeAll { _ in
            defer { index += 1 }
            return drop.contains(index)
        }
        return lines
    }

    /// A line's identity across the reader: its page and box.
    private struct Edge: Hashable {
        var page: Int
        var box: PDFRect
    }
}
