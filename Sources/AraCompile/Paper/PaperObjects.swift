import AraPDF

/// A numbered table as extracted: caption, place, crop and (when the grid
/// was recovered with confidence) its cells.
public struct ExtractedTable: Sendable {
    public var number: Int
    public var caption: String
    /// Pages the table is printed on (two when a page break splits it).
    public var pages: [Int]
    /// The crop of each page's part, in page points.
    public var boxes: [PDFRect]
    /// PNG bytes of each page's part.
    public var crops: [[UInt8]]
    /// The grid, or why it could not be recovered.
    public var grid: Result<TableGrid, TableGrid.Failure>
}

/// A numbered figure: caption, place, crop and the text printed inside it.
public struct ExtractedFigure: Sendable {
    public var number: Int
    public var caption: String
    public var page: Int
    public var box: PDFRect
    public var crop: [UInt8]
    /// Words inside the figure (axis labels, ticks, legends), in reading order.
    public var text: [String]
    /// True when the figure holds an embedded raster image.
    public var raster: Bool
}

/// A numbered object the compiler saw but could not extract, and why.
public struct MissedObject: Sendable, Equatable {
    public var kind: Caption.Kind
    public var number: Int
    public var page: Int
    public var reason: String
}
