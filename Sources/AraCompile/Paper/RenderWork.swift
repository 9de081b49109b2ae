import AraPDF
import Foundation

/// What one page's render must produce: table crops and rules, figure crops.
/// Built by the reader from the page's text; carried out on a second thread
/// with its own copy of the document, so rendering overlaps reading the next
/// page's text (poppler documents are not shared between threads).
struct RenderJob: Sendable {
    struct TablePart: Sendable {
        /// Index of the table in the reader's list, and of the part in the table.
        var table: Int
        var part: Int
        /// The words' box; the crop grows to the rules found near it.
        var textBox: PDFRect
        /// Where rules are searched for.
        var search: PDFRect
        /// Grow the crop to the horizontal rules (a table's first part); a
        /// continued part is cropped to its words.
        var growToRules: Bool
        /// The part's words, to find underscores drawn as rules between them.
        var words: [PDFWord]
    }

    struct Figure: Sendable {
        var index: Int
        var bounds: PDFRect
        var above: Bool
        var maximumGap: Double
        /// Words that may lie inside the drawing (labels, ticks, legends).
        var words: [PDFWord]
        var images: [PDFImageBox]
        /// The caption's other side and its words, tried when nothing is
        /// drawn on the first.
        var otherSide: (bounds: PDFRect, words: [PDFWord])?
    }

    var page: Int
    var tables: [TablePart] = []
    var figures: [Figure] = []

    var isEmpty: Bool { tables.isEmpty && figures.isEmpty }
}

/// Results of render jobs, filled by the worker and read once all are done.
final class RenderResults: @unchecked Sendable {
    struct TablePart {
        var box: PDFRect
        var crop: [UInt8]
        var rules: [RulingLine]
        /// Boxes of words followed by an underscore drawn as a rule (`conv2_x`).
        var underscored: Set<PDFRect>
    }

    struct Figure {
        var box: PDFRect
        var crop: [UInt8]
        var text: [String]
        var raster: Bool
    }

    private let lock = NSLock()
    private var cancelled = false
    private var tableParts: [[Int: TablePart]] = []
    /// What the render found by a figure caption.
    enum FigureResult {
        case drawn(Figure)
        /// Nothing is drawn next to the caption.
        case blank
    }

    private var figures: [Int: FigureResult] = [:]
    private var failure: PDFError?

    func table(_ index: Int, part: Int) -> TablePart? {
        lock.withLock { index < tableParts.count ? tableParts[index][part] : nil }
    }

    /// The figure's result; nil when its job never ran.
    func figure(_ index: Int) -> FigureResult? { lock.withLock { figures[index] } }

    var error: PDFError? { lock.withLock { failure } }

    /// True once the reader gave up: queued jobs then do nothing.
    var isCancelled: Bool { lock.withLock { cancelled || failure != nil } }

    fileprivate func cancel() { lock.withLock { cancelled = true } }

    fileprivate func store(_ part: TablePart, table: Int, part index: Int) {
        lock.withLock {
            while tableParts.count <= table { tableParts.append([:]) }
            tableParts[table][index] = part
        }
    }

    fileprivate func store(_ figure: FigureResult, at index: Int) { lock.withLock { figures[index] = figure } }
    fileprivate func fail(_ error: PDFError) { lock.withLock { failure = failure ?? error } }
}

/// Runs render jobs in order on one background thread.
final class RenderWorker: @unchecked Sendable {
    private let queue = DispatchQueue(label: "arakit.compile.render")
    private let group = DispatchGroup()
    private let url: URL
    private let path: String
    private let dpi: Double
    let results = RenderResults()
    // Touched only on `queue`.
    private var document: PDFDocument?

    init(url: URL, path: String, dpi: Double) {
        self.url = url
        self.path = path
        self.dpi = dpi
    }

    func submit(_ job: RenderJob) {
        guard !job.isEmpty else { return }
        queue.async(group: group) { [self] in
            guard !results.isCancelled else { return }
            do throws(PDFError) {
                try run(job)
            } catch {
                results.fail(error)
            }
        }
    }

    /// Drops the jobs not yet started and waits for the one running: called
    /// when reading stops early, so no render outlives the compile.
    func cancel() {
        results.cancel()
        group.wait()
    }

    /// Waits for every submitted job; rethrows the first render failure.
    func finish() throws(PDFError) {
        group.wait()
        if let error = results.error { throw error }
    }

    private func run(_ job: RenderJob) throws(PDFError) {
        let document: PDFDocument
        if let open = self.document {
            document = open
        } else {
            document = try PDFDocument(url: url, displayPath: path)
            self.document = document
        }
        let raster = try document.page(job.page).raster(dpi: dpi)
        for part in job.tables {
            let rules = raster.grey(part.search).rulingLines()
            var box = part.textBox
            if part.growToRules {
                for rule in rules where rule.axis == .horizontal {
                    box = box.union(PDFRect(x0: rule.start, y0: rule.position, x1: rule.end, y1: rule.position))
                }
            }
            box = box.expanded(by: 3)
            let grey = raster.grey(part.textBox.expanded(by: 2))
            results.store(
                RenderResults.TablePart(
                    box: box, crop: try raster.png(box), rules: rules,
                    underscored: Set(grey.drawnUnderscores(between: part.words))),
                table: part.table, part: part.part)
        }
        for figure in job.figures {
            var bounds = figure.bounds
            var words = figure.words
            var found = raster.grey(bounds).inkBounds(fromBottom: figure.above, maximumGap: figure.maximumGap)
            if found == nil, let other = figure.otherSide {
                // Nothing drawn where the layout pointed: the other side of the caption.
                found = raster.grey(other.bounds).inkBounds(fromBottom: !figure.above, maximumGap: figure.maximumGap)
                bounds = other.bounds
                words = other.words
            }
            guard var box = found else {
                results.store(.blank, at: figure.index)
                continue
            }
            box = box.expanded(by: 2).clipped(to: bounds)
            let text = words.filter { box.containsCentre(of: $0.box) }.map(\.text)
            let embedded = figure.images.contains { $0.box.intersects(box) }
            results.store(
                .drawn(RenderResults.Figure(box: box, crop: try raster.png(box), text: text, raster: embedded)),
                at: figure.index)
        }
    }
}
