/// A rectangle in PDF points with a top-left origin (y grows downwards), in
/// the page's displayed orientation: the frame poppler's text layout uses.
public struct PDFRect: Sendable, Equatable, Hashable, CustomStringConvertible {
    /// Left, top, right and bottom edges; `init` orders each pair.
    public var x0: Double
    public var y0: Double
    public var x1: Double
    public var y1: Double

    public init(x0: Double, y0: Double, x1: Double, y1: Double) {
        self.x0 = min(x0, x1)
        self.y0 = min(y0, y1)
        self.x1 = max(x0, x1)
        self.y1 = max(y0, y1)
    }

    public var width: Double { x1 - x0 }
    public var height: Double { y1 - y0 }
    public var midX: Double { (x0 + x1) / 2 }
    public var midY: Double { (y0 + y1) / 2 }

    /// The smallest rectangle holding both.
    public func union(_ other: PDFRect) -> PDFRect {
        PDFRect(x0: min(x0, other.x0), y0: min(y0, other.y0), x1: max(x1, other.x1), y1: max(y1, other.y1))
    }

    /// The smallest rectangle holding all of `rects`; nil when there are none.
    public static func union(of rects: [PDFRect]) -> PDFRect? {
        guard let first = rects.first else { return nil }
        return rects.dropFirst().reduce(first) { $0.union($1) }
    }

    /// True when the two overlap by more than a hair.
    public func intersects(_ other: PDFRect) -> Bool {
        x0 < other.x1 && other.x0 < x1 && y0 < other.y1 && other.y0 < y1
    }

    /// True when `other`'s centre lies inside this rectangle.
    public func containsCentre(of other: PDFRect) -> Bool {
        other.midX >= x0 && other.midX <= x1 && other.midY >= y0 && other.midY <= y1
    }

    /// The rectangle grown by `margin` on every side.
    public func expanded(by margin: Double) -> PDFRect {
        PDFRect(x0: x0 - margin, y0: y0 - margin, x1: x1 + margin, y1: y1 + margin)
    }

    /// This rectangle clipped to `bounds`.
    public func clipped(to bounds: PDFRect) -> PDFRect {
        PDFRect(
            x0: max(x0, bounds.x0), y0: max(y0, bounds.y0), x1: min(x1, bounds.x1), y1: min(y1, bounds.y1))
    }

    /// `x0,y0,x1,y1` rounded to a tenth of a point: how boxes are cited.
    public var description: String {
        [x0, y0, x1, y1].map { String(format1: $0) }.joined(separator: ",")
    }
}

extension String {
    /// A number with at most one decimal, without a trailing `.0`.
    init(format1 value: Double) {
        let tenths = (value * 10).rounded()
        let whole = Int(tenths) / 10
        let fraction = abs(Int(tenths)) % 10
        if fraction == 0 {
            self = String(whole)
        } else {
            self = (tenths < 0 && whole == 0 ? "-" : "") + "\(whole).\(fraction)"
        }
    }
}
