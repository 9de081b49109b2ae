import AraPDF

/// A numbered table as extracted: caption, place, crop and (when the grid
/// was recovered with confidence) its cells.
struct ExtractedTable: Sendable {
    var number: Int
    var caption: String
    /// Pages the table is printed on (two when a page break splits it).
    var pages: [Int]
    /// The crop of each page's part, in page points.
    var boxes: [PDFRect]
    /// PNG bytes of each page's part.
    var crops: [[UInt8]]
    /// The grid, or why it could not be recovered.
    var grid: Result<TableGrid, TableGrid.Failure>
}

/// A numbered figure: caption, place, crop and the text printed inside it.
struct ExtractedFigure: Sendable {
    var number: Int
    var caption: String
    var page: Int
    var box: PDFRect
    var crop: [UInt8]
    /// Words inside the figure (axis labels, ticks, legends), in reading order.
    var text: [String]
    /// True when the figure holds an embedded raster image.
    var raster: Bool
}

/// A numbered object the compiler saw but could not extract, and why.
struct MissedObject: Sendable, Equatable {
    var kind: Caption.Kind
    var number: Int
    var page: Int
    var reason: String
    /// `Table S1`: printed as `Table S1`, never Table 1.
    var supplementary = false
}
