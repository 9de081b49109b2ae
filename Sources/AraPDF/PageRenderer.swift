import CPoppler
import Foundation

/// A rendered region of a page: 8-bit grey pixels, row by row, 0 = black.
public struct GreyBitmap: Sendable {
    public var width: Int
    public var height: Int
    /// Pixels per point.
    public var scale: Double
    /// The page region the bitmap shows.
    public var region: PDFRect
    public var pixels: [UInt8]

    public func pixel(_ x: Int, _ y: Int) -> UInt8 { pixels[y * width + x] }
}

/// A page rendered once at a fixed resolution, from which regions are cut:
/// poppler draws a whole page whatever the clip, so one render serves every
/// crop and ruling-line search on that page.
public final class PageRaster {
    public let dpi: Double
    /// The part of the page the raster shows, in page points.
    public let frame: PDFRect
    private let surface: OpaquePointer
    private let documentPath: String
    private let number: Int

    init(surface: OpaquePointer, dpi: Double, frame: PDFRect, documentPath: String, number: Int) {
        self.surface = surface
        self.dpi = dpi
        self.frame = frame
        self.documentPath = documentPath
        self.number = number
    }

    deinit { cairo_surface_destroy(surface) }

    private var scale: Double { dpi / 72 }

    /// The pixel rectangle of a page region, clipped to the page.
    private func pixels(of region: PDFRect) -> (x: Int, y: Int, width: Int, height: Int) {
        let clip = region.clipped(to: frame)
        let width = Int(cairo_image_surface_get_width(surface))
        let height = Int(cairo_image_surface_get_height(surface))
        let x0 = max(0, min(width, Int(((clip.x0 - frame.x0) * scale).rounded(.down))))
        let y0 = max(0, min(height, Int(((clip.y0 - frame.y0) * scale).rounded(.down))))
        let x1 = max(x0, min(width, Int(((clip.x1 - frame.x0) * scale).rounded(.up))))
        let y1 = max(y0, min(height, Int(((clip.y1 - frame.y0) * scale).rounded(.up))))
        return (x0, y0, x1 - x0, y1 - y0)
    }

    /// Grey pixels of `region`, for ink and ruling-line searches.
    public func grey(_ region: PDFRect) -> GreyBitmap {
        let box = pixels(of: region)
        let stride = Int(cairo_image_surface_get_stride(surface))
        var pixels = [UInt8](repeating: 255, count: box.width * box.height)
        if let data = cairo_image_surface_get_data(surface) {
            for y in 0..<box.height {
                let row = data + (box.y + y) * stride + box.x * 4
                for x in 0..<box.width {
                    // RGB24 is stored as 32-bit xRGB, little-endian: B, G, R, unused.
                    let p = row + x * 4
                    pixels[y * box.width + x] = UInt8((Int(p[0]) * 29 + Int(p[1]) * 150 + Int(p[2]) * 77) >> 8)
                }
            }
        }
        let shown = PDFRect(
            x0: frame.x0 + Double(box.x) / scale, y0: frame.y0 + Double(box.y) / scale,
            x1: frame.x0 + Double(box.x + box.width) / scale, y1: frame.y0 + Double(box.y + box.height) / scale)
        return GreyBitmap(width: box.width, height: box.height, scale: scale, region: shown, pixels: pixels)
    }

    /// `region` encoded as PNG.
    public func png(_ region: PDFRect) throws(PDFError) -> [UInt8] {
        let box = pixels(of: region)
        guard box.width > 0, box.height > 0, let data = cairo_image_surface_get_data(surface) else {
            throw PDFError(.render, path: documentPath, page: number, message: "the region \(region) is empty")
        }
        let stride = Int(cairo_image_surface_get_stride(surface))
        guard
            let crop = cairo_image_surface_create_for_data(
                data + box.y * stride + box.x * 4, CAIRO_FORMAT_RGB24, Int32(box.width), Int32(box.height),
                Int32(stride))
        else {
            throw PDFError(.render, path: documentPath, page: number, message: "cairo cannot cut the region")
        }
        defer { cairo_surface_destroy(crop) }
        var sink = PNGSink()
        let status = withUnsafeMutablePointer(to: &sink) { pointer in
            cairo_surface_write_to_png_stream(
                crop,
                { closure, data, length in
                    guard let closure, let data else { return CAIRO_STATUS_WRITE_ERROR }
                    let sink = closure.assumingMemoryBound(to: PNGSink.self)
                    sink.pointee.bytes.append(contentsOf: UnsafeBufferPointer(start: data, count: Int(length)))
                    return CAIRO_STATUS_SUCCESS
                }, pointer)
        }
        guard status == CAIRO_STATUS_SUCCESS else {
            throw PDFError(.render, path: documentPath, page: number, message: "cannot encode the PNG")
        }
        return sink.bytes
    }
}

extension PDFPage {
    /// Renders the whole page once at `dpi` (lower for a page too large for
    /// the pixel budget; ``PageRaster/dpi`` says what was used); cut regions
    /// from the result.
    public func raster(dpi: Double) throws(PDFError) -> PageRaster {
        try raster(of: bounds, dpi: dpi)
    }

    /// Renders `region` alone at `dpi` and encodes it as PNG.
    public func renderPNG(region: PDFRect, dpi: Double) throws(PDFError) -> [UInt8] {
        try raster(of: region, dpi: dpi).png(region)
    }

    /// Renders `region` alone at `dpi` into grey pixels.
    public func renderGrey(region: PDFRect, dpi: Double) throws(PDFError) -> GreyBitmap {
        try raster(of: region, dpi: dpi).grey(region)
    }

    /// At most this many pixels per render (about 128 MB as RGB24): a poster
    /// page is drawn at a lower resolution rather than refused.
    static let pixelBudget = 32_000_000.0
    /// cairo's largest image side.
    static let maximumSide = 32_767.0

    private func raster(of region: PDFRect, dpi: Double) throws(PDFError) -> PageRaster {
        let clip = region.clipped(to: bounds)
        guard region.x0 < bounds.x1, region.x1 > bounds.x0, region.y0 < bounds.y1, region.y1 > bounds.y0,
            clip.width >= 0.5, clip.height >= 0.5
        else {
            throw PDFError(.render, path: documentPath, page: number, message: "the region \(region) is off the page")
        }
        // Worked out in floating point first: a hostile page size must not
        // overflow an integer or become a multi-gigabyte bitmap.
        var used = dpi
        let pixels = clip.width * clip.height * (dpi / 72) * (dpi / 72)
        if pixels > Self.pixelBudget { used = dpi * (Self.pixelBudget / pixels).squareRoot() }
        used = min(used, Self.maximumSide * 72 / max(clip.width, clip.height))
        guard used >= 1 else {
            throw PDFError(.render, path: documentPath, page: number, message: "the page is too large to render")
        }
        return PageRaster(
            surface: try render(region: clip, dpi: used), dpi: used, frame: clip, documentPath: documentPath,
            number: number)
    }

    private func render(region clip: PDFRect, dpi: Double) throws(PDFError) -> OpaquePointer {
        let scale = dpi / 72
        let width = Int32(max(1, (clip.width * scale).rounded(.up)))
        let height = Int32(max(1, (clip.height * scale).rounded(.up)))
        guard let surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, width, height),
            cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS
        else {
            throw PDFError(.render, path: documentPath, page: number, message: "cairo cannot allocate the image")
        }
        let context = cairo_create(surface)
        cairo_set_source_rgb(context, 1, 1, 1)
        cairo_paint(context)
        cairo_scale(context, scale, scale)
        cairo_translate(context, -clip.x0, -clip.y0)
        cairo_rectangle(context, clip.x0, clip.y0, clip.width, clip.height)
        cairo_clip(context)
        poppler_page_render(handle, context)
        let status = cairo_status(context)
        cairo_destroy(context)
        guard status == CAIRO_STATUS_SUCCESS else {
            cairo_surface_destroy(surface)
            throw PDFError(.render, path: documentPath, page: number, message: "cairo failed to draw the page")
        }
        return surface
    }
}

/// Collects the PNG bytes cairo streams out.
private struct PNGSink {
    var bytes: [UInt8] = []
}
