/// One character as poppler laid it out: its scalar, box and font.
public struct PDFGlyph: Sendable, Equatable {
    public var scalar: Unicode.Scalar
    public var box: PDFRect
    public var fontName: String
    public var fontSize: Double
}

/// A run of glyphs without white space between them, on one baseline.
public struct PDFWord: Sendable, Equatable {
    public var text: String
    public var box: PDFRect
    /// The font of the word's first glyph (PostScript name, subset prefix removed).
    public var fontName: String
    public var fontSize: Double
    /// True when the glyphs run top to bottom (or bottom to top), as in a
    /// rotated margin stamp.
    public var isVertical: Bool

    public init(text: String, box: PDFRect, fontName: String, fontSize: Double, isVertical: Bool = false) {
        self.text = text
        self.box = box
        self.fontName = fontName
        self.fontSize = fontSize
        self.isVertical = isVertical
        let name = fontName.lowercased()
        isBold = ["bold", "cmbx", "medi", "black", "heavy", "semibold"].contains { name.contains($0) }
    }

    /// Bold by its font name (`…-Bold`, `…CMBX…`, `…Medi…`); worked out once,
    /// since layout asks for every word many times.
    public let isBold: Bool
}

/// An embedded raster image's placement on a page.
public struct PDFImageBox: Sendable, Equatable {
    public var id: Int
    public var box: PDFRect
}

/// Document information from the PDF's Info dictionary (all optional).
public struct PDFMetadata: Sendable, Equatable {
    public var title: String?
    public var author: String?
    public var subject: String?
    public var keywords: String?
    public var creator: String?
    public var producer: String?
}
