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

extension PDFPage {
    /// Renders `region` at `dpi` and encodes it as PNG. Only the region is
    /// drawn (cairo clips everything else), so cropping costs its own area.
    public func renderPNG(region: PDFRect, dpi: Double) throws(PDFError) -> [UInt8] {
        let surface = try render(region: region, dpi: dpi)
        defer { cairo_surface_destroy(surface) }
        var sink = PNGSink()
        let status = withUnsafeMutablePointer(to: &sink) { pointer in
            cairo_surface_write_to_png_stream(
                surface,
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

    /// Renders `region` at `dpi` into grey pixels, for finding ruling lines.
    public func renderGrey(region: PDFRect, dpi: Double) throws(PDFError) -> GreyBitmap {
        let surface = try render(region: region, dpi: dpi)
        defer { cairo_surface_destroy(surface) }
        cairo_surface_flush(surface)
        let width = Int(cairo_image_surface_get_width(surface))
        let height = Int(cairo_image_surface_get_height(surface))
        let stride = Int(cairo_image_surface_get_stride(surface))
        var pixels = [UInt8](repeating: 255, count: width * height)
        if let data = cairo_image_surface_get_data(surface) {
            for y in 0..<height {
                let row = data + y * stride
                for x in 0..<width {
                    // ARGB32 in native (little-endian) order: B, G, R, A bytes.
                    let p = row + x * 4
                    let grey = (Int(p[0]) * 29 + Int(p[1]) * 150 + Int(p[2]) * 77) >> 8
                    pixels[y * width + x] = UInt8(grey)
                }
            }
        }
        return GreyBitmap(width: width, height: height, scale: dpi / 72, region: region, pixels: pixels)
    }

    private func render(region: PDFRect, dpi: Double) throws(PDFError) -> OpaquePointer {
        let clip = region.clipped(to: bounds)
        let scale = dpi / 72
        let width = Int32(max(1, (clip.width * scale).rounded(.up)))
        let height = Int32(max(1, (clip.height * scale).rounded(.up)))
        // A hostile page size must not become a multi-gigabyte bitmap.
        guard Int(width) * Int(height) <= 80_000_000 else {
            throw PDFError(.render, path: documentPath, page: number, message: "region too large to render")
        }
        guard let surface = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, width, height),
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
