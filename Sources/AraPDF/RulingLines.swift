/// A straight dark line found in a rendered region: a table rule.
public struct RulingLine: Sendable, Equatable {
    public enum Axis: Sendable, Equatable { case horizontal, vertical }
    public var axis: Axis
    /// The line's y (horizontal) or x (vertical) in page points.
    public var position: Double
    /// Where it starts and ends along its axis, in page points.
    public var start: Double
    public var end: Double

    public init(axis: Axis, position: Double, start: Double, end: Double) {
        self.axis = axis
        self.position = position
        self.start = start
        self.end = end
    }
}

extension GreyBitmap {
    /// Horizontal and vertical runs of dark pixels at least `minimumLength`
    /// points long. Glyph strokes are far shorter than that, so what remains
    /// are rules (and the frames of plots, which callers tell apart by place).
    public func rulingLines(minimumLength: Double = 20) -> [RulingLine] {
        let dark: UInt8 = 140
        let minimumPixels = Int(minimumLength * scale)
        var lines: [RulingLine] = []
        // Rows of one thick rule show up as several adjacent runs; merge them.
        var pending: [(y: Int, x0: Int, x1: Int)] = []
        for y in 0..<height {
            for run in runs(count: width, dark: dark, pixel: { pixel($0, y) }) where run.1 - run.0 >= minimumPixels {
                pending.append((y, run.0, run.1))
            }
        }
        lines += merge(pending, axis: .horizontal)
        var columns: [(y: Int, x0: Int, x1: Int)] = []
        for x in 0..<width {
            for run in runs(count: height, dark: dark, pixel: { pixel(x, $0) }) where run.1 - run.0 >= minimumPixels {
                columns.append((x, run.0, run.1))
            }
        }
        lines += merge(columns, axis: .vertical)
        return lines
    }

    /// Maximal dark runs along one row or column, bridging 1-pixel gaps.
    private func runs(count: Int, dark: UInt8, pixel: (Int) -> UInt8) -> [(Int, Int)] {
        var result: [(Int, Int)] = []
        var start = -1
        var lastDark = -10
        for i in 0..<count where pixel(i) < dark {
            if i - lastDark > 2 {
                if start >= 0 { result.append((start, lastDark + 1)) }
                start = i
            }
            lastDark = i
        }
        if start >= 0 { result.append((start, lastDark + 1)) }
        return result
    }

    private func merge(_ runs: [(y: Int, x0: Int, x1: Int)], axis: RulingLine.Axis) -> [RulingLine] {
        var groups: [[(y: Int, x0: Int, x1: Int)]] = []
        for run in runs {
            if let index = groups.lastIndex(where: { group in
                let last = group[group.count - 1]
                return run.y - last.y <= 1 && run.x0 < last.x1 && last.x0 < run.x1
            }) {
                groups[index].append(run)
            } else {
                groups.append([run])
            }
        }
        return groups.map { group in
            let middle = Double(group.map(\.y).reduce(0, +)) / Double(group.count) + 0.5
            let start = Double(group.map(\.x0).min() ?? 0)
            let end = Double(group.map(\.x1).max() ?? 0)
            switch axis {
            case .horizontal:
                return RulingLine(
                    axis: axis, position: region.y0 + middle / scale, start: region.x0 + start / scale,
                    end: region.x0 + end / scale)
            case .vertical:
                return RulingLine(
                    axis: axis, position: region.x0 + middle / scale, start: region.y0 + start / scale,
                    end: region.y0 + end / scale)
            }
        }
    }

    /// Boxes of the words followed by an underscore that is drawn as a short
    /// rule rather than typed (TeX's `\_` in some fonts): the gap to the next
    /// word on the line is dark along its whole width near the baseline.
    public func drawnUnderscores(between words: [PDFWord]) -> [PDFRect] {
        var result: [PDFRect] = []
        for (word, next) in zip(words, words.dropFirst()) {
            let gap = next.box.x0 - word.box.x1
            guard gap > 0.3, gap < word.fontSize * 0.5, abs(word.box.y1 - next.box.y1) < 1 else { continue }
            let x0 = Int(((word.box.x1 - region.x0) * scale).rounded(.up))
            let x1 = Int(((next.box.x0 - region.x0) * scale).rounded(.down))
            let y0 = Int(((word.box.y1 - word.box.height * 0.3 - region.y0) * scale).rounded(.down))
            let y1 = Int(((word.box.y1 + 1.5 - region.y0) * scale).rounded(.up))
            guard x0 < x1, x0 >= 0, x1 <= width, y0 >= 0, y1 <= height, y0 < y1 else { continue }
            // One pixel row dark across the whole gap, and light just before
            // the first word and just after the next (a table rule running
            // beneath them would be dark there too).
            let left = max(0, Int(((word.box.x0 - 1.5 - region.x0) * scale).rounded()))
            let right = Int(((next.box.x1 + 2 - region.x0) * scale).rounded())
            let underscore = (y0..<y1).contains { y in
                (x0..<x1).allSatisfy { pixels[y * width + $0] < 140 } && pixels[y * width + left] >= 140
                    && pixels[y * width + min(right, width - 1)] >= 140
            }
            if underscore { result.append(word.box) }
        }
        return result
    }

    /// The tight box of the drawing nearest one edge (the caption's side):
    /// ink rows are taken from that edge inwards until a blank band taller
    /// than `maximumGap` points, so a running header or rule further away is
    /// left out. Nil for a blank region.
    public func inkBounds(fromBottom: Bool, maximumGap: Double, threshold: UInt8 = 245) -> PDFRect? {
        let inked = (0..<height).map { y in (0..<width).contains { pixels[y * width + $0] < threshold } }
        let order = fromBottom ? Array((0..<height).reversed()) : Array(0..<height)
        guard let first = order.firstIndex(where: { inked[$0] }) else { return nil }
        let limit = Int(maximumGap * scale)
        var rows: [Int] = []
        var blank = 0
        for y in order[first...] {
            if inked[y] {
                rows.append(y)
                blank = 0
            } else {
                blank += 1
                if blank > limit { break }
            }
        }
        return inkBounds(rows: (rows.min() ?? 0)...(rows.max() ?? 0), threshold: threshold)
    }

    private func inkBounds(rows: ClosedRange<Int>, threshold: UInt8) -> PDFRect? {
        guard height > 0 else { return nil }
        var minX = width
        var minY = height
        var maxX = -1
        var maxY = -1
        for y in rows {
            let row = y * width
            for x in 0..<width where pixels[row + x] < threshold {
                if x < minX { minX = x }
                if x > maxX { maxX = x }
                if y < minY { minY = y }
                if y > maxY { maxY = y }
            }
        }
        guard maxX >= 0 else { return nil }
        return PDFRect(
            x0: region.x0 + Double(minX) / scale, y0: region.y0 + Double(minY) / scale,
            x1: region.x0 + Double(maxX + 1) / scale, y1: region.y0 + Double(maxY + 1) / scale)
    }
}
