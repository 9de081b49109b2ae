/// One character as poppler laid it out: its scalar, box and font.
public struct PDFGlyph: Sendable, Equatable {
    /// The character; a raised small digit is already its superscript form.
    public var scalar: Unicode.Scalar
    public var box: PDFRect
    /// PostScript font name, subset prefix removed; empty when poppler gives none.
    public var fontName: String
    /// Size in points.
    public var fontSize: Double
}

/// A run of glyphs without white space between them: on one baseline, or
/// down (or up) the page for rotated text.
public struct PDFWord: Sendable, Equatable {
    /// The characters exactly as printed.
    public var text: String
    /// The union of the glyph boxes.
    public var box: PDFRect
    /// The font of the word's first glyph (PostScript name, subset prefix removed).
    public var fontName: String
    /// The size of the word's first glyph, in points.
    public var fontSize: Double
    /// True when the glyphs run top to bottom (or bottom to top), as in a
    /// rotated margin stamp.
    public var isVertical: Bool
    /// How many characters at the end of the word are set smaller (under 0.8
    /// of the first glyph's size) and raised (by more than 0.15 em): marks
    /// such as `Kowalskiᵃ,∗` or `Weld†`, with the punctuation and symbols
    /// among them. 0 when none.
    public var raisedTail: Int
    /// Where the raised tail starts (its first glyph's left edge); nil when
    /// there is none. A table's columns are measured without it, so a mark
    /// hanging past a column (`45.9†`) does not close the gap beside it.
    public var raisedTailStart: Double?

    public init(
        text: String, box: PDFRect, fontName: String, fontSize: Double, isVertical: Bool = false, raisedTail: Int = 0,
        raisedTailStart: Double? = nil
    ) {
        self.raisedTailStart = raisedTailStart
        self.text = text
        self.box = box
        self.fontName = fontName
        self.fontSize = fontSize
        self.isVertical = isVertical
        self.raisedTail = raisedTail
        let name = fontName.lowercased()
        isBold = ["bold", "cmbx", "medi", "black", "heavy", "semibold"].contains { name.contains($0) }
    }

    /// Bold by its font name (`…-Bold`, `…CMBX…`, `…Medi…`); worked out once,
    /// since layout asks for every word many times.
    public let isBold: Bool
}

/// An embedded raster image's placement on a page.
public struct PDFImageBox: Sendable, Equatable {
    /// poppler's image id on the page.
    public var id: Int
    /// Where the image is drawn.
    public var box: PDFRect
}

/// Document information from the PDF's Info dictionary. Each field is nil
/// when absent or blank; none is trusted over what the first page prints.
public struct PDFMetadata: Sendable, Equatable {
    public var title: String?
    public var author: String?
    public var subject: String?
    public var keywords: String?
    public var creator: String?
    public var producer: String?
}
