/// Groups glyphs into words by white space and by geometry.
enum PDFWordBuilder {
    static func words(from glyphs: [PDFGlyph]) -> [PDFWord] {
        var words: [PDFWord] = []
        var current: [PDFGlyph] = []
        // White space was seen after the current word.
        var spaced = false

        func flush() {
            guard let first = current.first else { return }
            var box = first.box
            var text = String.UnicodeScalarView()
            for glyph in current {
                box = box.union(glyph.box)
                text.append(glyph.scalar)
            }
            // Rotated text advances along y: the glyph centres move down (or up) the page.
            let last = current[current.count - 1]
            let vertical =
                current.count > 1 && abs(last.box.midY - first.box.midY) > abs(last.box.midX - first.box.midX)
            // Trailing marks set small and raised (`Kowalskiᵃ,∗`).
            // The tail is the longest run of such glyphs and punctuation or
            // symbols (`a,∗`) that starts with a small raised glyph.
            var tail = 0
            if !vertical {
                var run = 0
                for glyph in current.dropFirst().reversed() {
                    let raised =
                        glyph.fontSize < first.fontSize * 0.8 && glyph.box.y1 < first.box.y1 - first.fontSize * 0.15
                    let mark = !glyph.scalar.properties.isAlphabetic && glyph.scalar.properties.numericType == nil
                    guard raised || mark else { break }
                    run += 1
                    if raised { tail = run }
                }
            }
            // A raised tail widens the word but does not lift it: its height is
            // that of the glyphs before the tail, so the word keeps its row.
            if tail > 0, let base = PDFRect.union(of: current.dropLast(tail).map(\.box)) {
                box = PDFRect(x0: box.x0, y0: base.y0, x1: box.x1, y1: base.y1)
            }
            words.append(
                PDFWord(
                    text: String(text), box: box, fontName: first.fontName, fontSize: first.fontSize,
                    isVertical: vertical, raisedTail: tail,
                    raisedTailStart: tail > 0 ? current[current.count - tail].box.x0 : nil))
            current.removeAll(keepingCapacity: true)
        }

        for var glyph in glyphs {
            let value = glyph.scalar.value
            // Private-use code points are pieces of drawn brackets and the
            // like, with no text meaning; control characters likewise.
            if (0xE000...0xF8FF).contains(value) || value < 0x20 && value != 0x0A && value != 0x0D && value != 0x09 {
                continue
            }
            if glyph.scalar.properties.isWhitespace {
                if !current.isEmpty { spaced = true }
                continue
            }
            // Small capitals: a capital set apart by a space from the smaller
            // capitals that follow it at once (`S TATISTICS`, `L ONG E VAL`)
            // is one word; the space is an artefact of the size change.
            if spaced {
                spaced = false
                let smallCapitals =
                    current.count == 1 && current[0].scalar.properties.isUppercase
                    && glyph.scalar.properties.isUppercase && glyph.fontSize < current[0].fontSize * 0.9
                    && glyph.fontSize > current[0].fontSize * 0.6
                    && glyph.box.x0 - current[0].box.x1 < current[0].fontSize * 0.15
                    && glyph.box.x0 >= current[0].box.x1 - 0.5
                if !smallCapitals { flush() }
            }
            if let last = current.last, let raised = superscript(glyph, after: last) { glyph.scalar = raised }
            if let last = current.last, breaks(after: last, before: glyph) {
                flush()
            }
            current.append(glyph)
        }
        flush()
        return words
    }

    /// The superscript form of a digit set smaller and higher than the glyph
    /// before it (`10⁹`, a footnote mark `¹`).
    private static func superscript(_ glyph: PDFGlyph, after last: PDFGlyph) -> Unicode.Scalar? {
        let digits: [Unicode.Scalar] = ["⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"]
        guard let digit = glyph.scalar.properties.numericType == .decimal ? Int(String(glyph.scalar)) : nil,
            glyph.fontSize < last.fontSize * 0.8, glyph.box.y1 < last.box.y1 - last.fontSize * 0.15,
            digits.indices.contains(digit)
        else { return nil }
        return digits[digit]
    }

    /// True when `next` does not continue the word `last` ends: a wide gap,
    /// a step back, or a different line.
    private static func breaks(after last: PDFGlyph, before next: PDFGlyph) -> Bool {
        let size = max(last.fontSize, 1)
        let a = last.box
        let b = next.box
        // Glyphs running down or up the page (a rotated stamp) continue the word.
        if abs(b.midX - a.midX) < size * 0.3, abs(b.y0 - a.y1) < size * 0.4 || abs(a.y0 - b.y1) < size * 0.4 {
            return false
        }
        let sameLine =
            b.midY > a.y0 - size * 0.1 && b.midY < a.y1 + size * 0.1
            || a.midY > b.y0 - size * 0.1 && a.midY < b.y1 + size * 0.1
        if !sameLine { return true }
        let gap = b.x0 - a.x1
        return gap > size * 0.3 || gap < -size * 0.5
    }
}
