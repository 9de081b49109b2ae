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

    /// The most tables and figures extracted from one document.
    static let maximumObjects = 2_000

    init(dpi: Double = 150, progress: @escaping @Sendable (Int, Int) -> Void = { _, _ in }) {
        self.dpi = dpi
        self.progress = progress
    }

    /// A table as read from the text: its words (a continued part shifted
    /// down by the pages before it) and its pages; crops and rules come from
    /// the render worker.
    private struct TableText {
        var caption: Caption
        var words: [PDFWord]
        var pages: [Int]
        /// How far each part's coordinates were shifted down.
        var offsets: [Double]
        /// Set when the table stands sideways on its page: its words are in
        /// the turned frame, its rules are turned into it.
        var sideways: Sideways? = nil
    }

    /// Reads `document`. Pages are rendered on a second thread from a copy
    /// of the document opened there.
    func read(_ document: PDFDocument) throws(PDFError) -> PaperContent {
        // The first pages set the columns for all; their words are read once.
        var sampled: [Int: (words: [PDFWord], images: [PDFImageBox])] = [:]
        var samples: [TextFrame] = []
        var edgeCounts: [String: Int] = [:]
        for number in 1...min(3, document.pageCount) {
            let page = try document.page(number)
            let read = (page.words(), page.imageBoxes())
            sampled[number] = read
            let sample = PageLayout(
                number: number, width: page.width, height: page.height, words: read.0, images: read.1)
            samples.append(sample.frame)
            // The page's top two and bottom three lines: where running
            // headers and footers stand.
            let ordered = sample.lines.sorted { $0.box.y0 < $1.box.y0 }
            for text in Set((ordered.prefix(2) + ordered.suffix(3)).map { normalized($0.text) })
            where text.count >= 8 && text.split(separator: " ").count >= 3 {
                edgeCounts[text, default: 0] += 1
            }
        }
        // Headers and footers printed on two of the first pages or more run
        // on every page: they are never part of a table or figure.
        let running = Set(edgeCounts.filter { $0.value >= 2 }.map(\.key))
        let frame = TextFrame.consensus(samples)
        // The running text's face and size, from the first pages: a page
        // full of a table set smaller must not make its prose look apart.
        var sampleSizes = TypeSizeCount()
        for (_, read) in sampled { for word in read.words { sampleSizes.add(word.fontSize, weight: word.text.count) } }
        let bodySize = sampleSizes.dominant ?? 10
        let sampleLines = sampled.sorted(by: { $0.key < $1.key }).flatMap {
            LineBuilder.lines(page: $0.key, words: $0.value.words)
        }
        let body = (font: Caption.bodyFont(of: sampleLines, size: bodySize), size: bodySize)
        var content = PaperContent(
            pageCount: document.pageCount, metadata: document.metadata, firstPage: [], marginText: "",
            bodySize: 10, flow: [], tables: [], figures: [], missed: [])
        let worker = RenderWorker(url: document.url, path: document.path, dpi: dpi)
        // On an early exit (a page poppler cannot read) queued renders are dropped.
        defer { worker.cancel() }
        var tables: [TableText] = []
        var figures: [(caption: Caption, page: Int)] = []
        var open: Int?
        var seen: Set<String> = []
        var tally = ObjectRegion.SideTally()
        var sizes = TypeSizeCount()
        // Per page, the lines that may be running headers or footers: the
        // first and last of the running text, and the margin lines.
        var edges: [[TextLine]] = []
        for number in 1...document.pageCount {
            progress(number, document.pageCount)
            let page = try document.page(number)
            let layout =
                sampled.removeValue(forKey: number).map {
                    PageLayout(
                        number: number, width: page.width, height: page.height, words: $0.words, images: $0.images,
                        frame: frame)
                } ?? PageLayout(page: page, frame: frame)
            sizes.add(layout.bodySize)
            if number == 1 {
                content.firstPage = layout.lines
                content.marginText = layout.verticalWords.map(\.text).joined(separator: " ")
            }
            var job = RenderJob(page: number)
            var used: Set<PDFRect> = []
            // A page set sideways (a `sidewaystable`) is read turned: its
            // vertical words become the lines its objects are found in.
            let sideways = Sideways.detect(layout)
            let objects =
                sideways.map { turn in
                    PageLayout(
                        number: number, width: turn.turnedWidth, height: turn.turnedHeight,
                        words: turn.turnedWords(of: layout), images: [])
                } ?? layout
            if sideways != nil { open = nil }
            let pageCaptions = Caption.find(in: objects, body: body)
            // Rows continuing a table from the previous page come first on this one.
            if let index = open {
                let continuation = continuationLines(
                    of: tables[index], on: layout, captions: pageCaptions, bodySize: body.size,
                    running: { running.contains(normalized($0.text)) })
                if !continuation.isEmpty {
                    let words = continuation.flatMap(\.words)
                    let offset = (tables[index].offsets.last ?? 0) + layout.height
                    tables[index].words += words.map { shifted($0, by: offset) }
                    tables[index].pages.append(number)
                    tables[index].offsets.append(offset)
                    let box =
                        PDFRect.union(of: words.map(\.box))
                        ?? PDFRect(x0: 0, y0: 0, x1: layout.width, y1: layout.height)
                    job.tables.append(
                        RenderJob.TablePart(
                            table: index, part: 1, textBox: box, search: box.expanded(by: 5), growToRules: false,
                            words: words))
                    for line in continuation { used.insert(line.box) }
                }
                open = nil
            }
            let captions = pageCaptions.filter { caption in
                // A second caption with the same label is a mention, not a new object.
                seen.insert("\(caption.kind)\(caption.supplementary ? "S" : "")\(caption.number)").inserted
            }

            let regions = ObjectRegion.locate(
                captions: captions, in: objects, tally: &tally, bodySize: body.size,
                running: { running.contains(normalized($0.text)) })
            // A table's lines are its own: a figure beside or above it (its
            // region running up to the table's caption) leaves them out.
            let tableRegions = regions.filter { $0.caption.kind == .table && !$0.lines.isEmpty }
            let tableLines = Set(tableRegions.flatMap { $0.lines.map(\.box) })
            for region in regions {
                for line in region.caption.lines { used.insert(line.box) }
                for line in region.lines { used.insert(line.box) }
                // `Table S1` bounds its neighbours' regions but is no numbered object.
                if region.caption.supplementary {
                    content.missed.append(
                        MissedObject(
                            kind: region.caption.kind, number: region.caption.number, page: number,
                            reason: "supplementary; not extracted", supplementary: true))
                    continue
                }
                // Crops stay in memory until the bundle is written: bound them.
                guard tables.count + figures.count < Self.maximumObjects else {
                    content.missed.append(
                        MissedObject(
                            kind: region.caption.kind, number: region.caption.number, page: number,
                            reason: "more than \(Self.maximumObjects) numbered objects; this one was not extracted"))
                    continue
                }
                switch region.caption.kind {
                case .table:
                    let words = region.lines.flatMap(\.words)
                    guard !words.isEmpty else {
                        content.missed.append(
                            MissedObject(
                                kind: .table, number: region.caption.number, page: number,
                                reason: "no text next to the caption; the table may be an image"))
                        continue
                    }
                    // Nothing but the page's margin lines below the table: it may go on overleaf.
                    let lowest = region.lines.map(\.box.y1).max() ?? 0
                    let floorReached = !objects.lines.enumerated().contains { index, line in
                        !objects.marginLines.contains(index) && line.box.y0 > lowest
                            && line.box.midX >= region.bounds.x0 && line.box.midX <= region.bounds.x1
                    }
                    let textBox = PDFRect.union(of: words.map(\.box)) ?? region.bounds
                    let search = textBox.expanded(by: 6).clipped(to: region.bounds)
                    // Renders and rules are in the page's own frame: a sideways
                    // table's boxes are turned back for them.
                    job.tables.append(
                        RenderJob.TablePart(
                            table: tables.count, part: 0, textBox: sideways?.page(textBox) ?? textBox,
                            search: sideways?.page(search) ?? search, growToRules: sideways == nil,
                            words: sideways == nil ? words : []))
                    if !region.above && floorReached && sideways == nil { open = tables.count }
                    tables.append(
                        TableText(
                            caption: region.caption, words: words, pages: [number], offsets: [0], sideways: sideways))
                case .figure:
                    if sideways != nil {
                        content.missed.append(
                            MissedObject(
                                kind: .figure, number: region.caption.number, page: number,
                                reason: "set sideways on its page; not extracted"))
                        continue
                    }
                    // The figure's bounds stop short of a table standing in
                    // them, on the far side from its caption.
                    func clipped(_ bounds: PDFRect, above: Bool) -> PDFRect {
                        var bounds = bounds
                        for table in tableRegions {
                            guard let box = PDFRect.union(of: table.lines.map(\.box)), box.x0 < bounds.x1,
                                box.x1 > bounds.x0, box.y0 < bounds.y1, box.y1 > bounds.y0
                            else { continue }
                            if above, box.y1 < region.caption.box.y0 {
                                bounds.y0 = max(bounds.y0, min(box.y1 + 1, bounds.y1))
                            } else if !above, box.y0 > region.caption.box.y1 {
                                bounds.y1 = min(bounds.y1, max(box.y0 - 1, bounds.y0))
                            }
                        }
                        return bounds
                    }
                    let frame = clipped(region.bounds, above: region.above)
                    job.figures.append(
                        RenderJob.Figure(
                            index: figures.count, bounds: frame, above: region.above,
                            maximumGap: max(14, layout.bodySize * 1.5),
                            words: region.lines.filter { !tableLines.contains($0.box) }.flatMap(\.words)
                                + layout.verticalWords.filter { frame.containsCentre(of: $0.box) },
                            images: layout.images,
                            otherSide: region.otherSide.map { other in
                                let bounds = clipped(other.bounds, above: !region.above)
                                return (
                                    bounds,
                                    other.lines.filter { !tableLines.contains($0.box) }.flatMap(\.words)
                                        + layout.verticalWords.filter { bounds.containsCentre(of: $0.box) }
                                )
                            }))
                    figures.append((region.caption, number))
                }
            }
            worker.submit(job)
            // Margin lines (running header, page number) go last, after the
            // footnotes: the page's text then reads straight through its columns.
            let marginBoxes = Set(layout.marginLines.map { layout.lines[$0].box })
            let unused = layout.lines.filter { !used.contains($0.box) }
            let flow =
                footnotesLast(unused.filter { !marginBoxes.contains($0.box) }, in: layout)
                + unused.filter { marginBoxes.contains($0.box) }
            let body = flow.filter { !marginBoxes.contains($0.box) }
            edges.append(([body.first, body.last].compactMap { $0 } + flow.filter { marginBoxes.contains($0.box) }))
            content.flow += flow.map { $0.withoutWords() }
        }
        try worker.finish()
        for (index, table) in tables.enumerated() {
            content.tables.append(
                finish(table, parts: table.pages.indices.compactMap { worker.results.table(index, part: $0) }))
        }
        for (index, figure) in figures.enumerated() {
            guard case .drawn(let result) = worker.results.figure(index) else {
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
        content.bodySize = sizes.dominant ?? 10
        content.flow = removeRunningLines(content.flow, edges: edges, pageCount: document.pageCount)
        return content
    }

    /// Lines at the top of `layout`'s page, in the table's column, before the first prose.
    private func continuationLines(
        of table: TableText, on layout: PageLayout, captions: [Caption], bodySize: Double,
        running: (TextLine) -> Bool
    ) -> [TextLine] {
        let span = layout.span(of: table.caption.box)
        let (left, right) = layout.extent(of: span)
        let prose = ObjectRegion.prose(in: layout, captions: captions, bodySize: bodySize, running: running)
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

    private func finish(_ table: TableText, parts: [RenderResults.TablePart]) -> ExtractedTable {
        // Rules of a continued part are shifted like its words.
        let rules = zip(parts, table.offsets).flatMap { part, offset in
            part.rules.map { shifted(table.sideways?.turned($0) ?? $0, by: offset) }
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
            for text in Set(page.map { normalized($0.text) }) { counts[text, default: 0] += 1 }
        }
        let threshold = max(2, pageCount * 3 / 10)
        let running = Set(counts.filter { !$0.key.isEmpty && $0.value >= threshold }.map(\.key))
        let candidates = Set(edges.joined().map { Edge(page: $0.page, box: $0.box) })
        // Marked first and removed in place: the flow of a long paper is large.
        var drop: Set<Int> = []
        for (index, line) in lines.enumerated() where candidates.contains(Edge(page: line.page, box: line.box)) {
            let text = line.text.trimmingCharacters(in: .whitespaces)
            let pageNumber = !text.isEmpty && text.count <= 4 && text.allSatisfy { $0.isNumber }
            if pageNumber || running.contains(normalized(text)) { drop.insert(index) }
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

    /// Text with digits removed, so "Page 3" and "Page 4" compare equal.
    private func normalized(_ text: String) -> String {
        String(text.filter { !$0.isNumber }).trimmingCharacters(in: .whitespaces)
    }

    private func shifted(_ word: PDFWord, by offset: Double) -> PDFWord {
        var word = word
        word.box = PDFRect(x0: word.box.x0, y0: word.box.y0 + offset, x1: word.box.x1, y1: word.box.y1 + offset)
        return word
    }

    private func shifted(_ rule: RulingLine, by offset: Double) -> RulingLine {
        var rule = rule
        switch rule.axis {
        case .horizontal: rule.position += offset
        case .vertical:
            rule.start += offset
            rule.end += offset
        }
        return rule
    }
}
