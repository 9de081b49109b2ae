import CPoppler
import Foundation

/// One page of a ``PDFDocument``. Coordinates are points with a top-left
/// origin in the displayed orientation (a `/Rotate 90` page is wide).
public final class PDFPage {
    /// 1-based page number.
    public let number: Int
    /// Displayed width and height in points.
    public let width: Double
    public let height: Double
    let handle: OpaquePointer
    let documentPath: String
    // Pages borrow the document: keep it alive while a page is in use.
    private let owner: PDFDocument

    init(handle: OpaquePointer, number: Int, documentPath: String, owner: PDFDocument) {
        self.handle = handle
        self.number = number
        self.documentPath = documentPath
        self.owner = owner
        var width = 0.0
        var height = 0.0
        poppler_page_get_size(handle, &width, &height)
        self.width = width
        self.height = height
    }

    deinit {
        arakit_object_unref(UnsafeMutableRawPointer(handle))
    }

    /// The whole page as a rectangle.
    public var bounds: PDFRect { PDFRect(x0: 0, y0: 0, x1: width, y1: height) }

    /// Every character with its box and font, in poppler's content order.
    public func glyphs() -> [PDFGlyph] {
        guard let textPointer = poppler_page_get_text(handle) else { return [] }
        let text = String(cString: textPointer)
        g_free(textPointer)
        var rectangles: UnsafeMutablePointer<PopplerRectangle>?
        var count: guint = 0
        guard poppler_page_get_text_layout(handle, &rectangles, &count) != 0, let rectangles else { return [] }
        defer { g_free(rectangles) }
        let fonts = textAttributes()
        var glyphs: [PDFGlyph] = []
        glyphs.reserveCapacity(Int(count))
        var fontIndex = 0
        for (index, scalar) in text.unicodeScalars.enumerated() where index < Int(count) {
            let r = rectangles[index]
            while fontIndex < fonts.count, fonts[fontIndex].end < index { fontIndex += 1 }
            let font = fontIndex < fonts.count && fonts[fontIndex].start <= index ? fonts[fontIndex] : nil
            glyphs.append(
                PDFGlyph(
                    scalar: scalar, box: PDFRect(x0: r.x1, y0: r.y1, x1: r.x2, y1: r.y2),
                    fontName: font?.name ?? "", fontSize: font?.size ?? (r.y2 - r.y1)))
        }
        return glyphs
    }

    /// Words: runs of glyphs split at white space, at gaps wider than 0.3 em
    /// (table cells often have no space between them), at a step back and at
    /// a change of line.
    public func words() -> [PDFWord] {
        PDFWordBuilder.words(from: glyphs())
    }

    /// Boxes of the embedded raster images drawn on the page.
    public func imageBoxes() -> [PDFImageBox] {
        guard let list = poppler_page_get_image_mapping(handle) else { return [] }
        defer { poppler_page_free_image_mapping(list) }
        var boxes: [PDFImageBox] = []
        forEach(in: list, as: PopplerImageMapping.self) { mapping in
            let a = mapping.area
            boxes.append(PDFImageBox(id: Int(mapping.image_id), box: PDFRect(x0: a.x1, y0: a.y1, x1: a.x2, y1: a.y2)))
        }
        return boxes
    }

    private struct FontRun {
        var start: Int
        var end: Int
        var name: String
        var size: Double
    }

    private func textAttributes() -> [FontRun] {
        guard let list = poppler_page_get_text_attributes(handle) else { return [] }
        defer { poppler_page_free_text_attributes(list) }
        var runs: [FontRun] = []
        forEach(in: list, as: PopplerTextAttributes.self) { attributes in
            var name = attributes.font_name.map { String(cString: $0) } ?? ""
            // Subset fonts are named `ABCDEF+Times-Roman`: the prefix says nothing.
            if let plus = name.firstIndex(of: "+"), name.distance(from: name.startIndex, to: plus) == 6 {
                name = String(name[name.index(after: plus)...])
            }
            runs.append(
                FontRun(
                    start: Int(attributes.start_index), end: Int(attributes.end_index), name: name,
                    size: attributes.font_size))
        }
        return runs.sorted { $0.start < $1.start }
    }

    /// Calls `body` with each element of a GLib list of `Element` pointers.
    private func forEach<Element>(
        in list: UnsafeMutablePointer<GList>, as type: Element.Type, _ body: (Element) -> Void
    ) {
        var node: UnsafeMutablePointer<GList>? = list
        while let current = node {
            if let data = current.pointee.data { body(data.assumingMemoryBound(to: Element.self).pointee) }
            node = current.pointee.next
        }
    }
}
