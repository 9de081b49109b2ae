"""pdfgen: a small, deterministic PDF 1.4 writer (Python 3 standard library only).

It draws what AraKit's PDF fixtures and example paper need: text in four of
the base-14 fonts (WinAnsiEncoding, measured with the standard Adobe AFM
widths), stroked lines and polylines, filled or stroked rectangles, RGB
raster images, a document Info dictionary, and pages with an optional
/Rotate.

Coordinates. Every drawing call takes PDF points with the origin at the
TOP-LEFT of the page *as displayed* and y growing downwards. A text call's y
is the baseline. On a page with /Rotate 90 or 270 the displayed page is
landscape (for a 612 x 792 MediaBox: 792 wide, 612 tall); the writer adds
the matching transformation, so content drawn in display coordinates reads
upright when a viewer honours /Rotate.

Determinism. No dates, no random IDs: the trailer /ID is the MD5 of the
file body, so running a generator twice gives identical bytes.

    from pdfgen import Document, text_width
    doc = Document(title="A title", author="A. Author")
    page = doc.add_page()                      # US letter, 612 x 792
    page.text(72, 90, "Hello", font="Helvetica-Bold", size=18)
    page.line(72, 100, 540, 100, width=0.5)
    doc.save("hello.pdf")
"""

import hashlib
import json
import zlib

# ---------------------------------------------------------------------------
# Font metrics: standard Adobe AFM advance widths (1/1000 em) for the
# printable ASCII characters 32..126 as WinAnsiEncoding maps them (39 is
# quotesingle, 96 grave, 94 asciicircum, 126 asciitilde), plus the few
# non-ASCII WinAnsi glyphs the generators use.
# ---------------------------------------------------------------------------

_ASCII_WIDTHS = {
    "Helvetica": """
        278 278 355 556 556 889 667 191 333 333 389 584 278 333 278 278
        556 556 556 556 556 556 556 556 556 556 278 278 584 584 584 556
        1015 667 667 722 722 667 611 778 722 278 500 667 556 833 722 778
        667 778 722 667 611 722 667 944 667 667 611 278 278 278 469 556
        333 556 556 500 556 556 278 556 556 222 222 500 222 833 556 556
        556 556 333 500 278 556 500 722 500 500 500 334 260 334 584""",
    "Helvetica-Bold": """
        278 333 474 556 556 889 722 238 333 333 389 584 278 333 278 278
        556 556 556 556 556 556 556 556 556 556 333 333 584 584 584 611
        975 722 722 722 722 667 611 778 722 278 556 722 611 833 722 778
        667 778 722 667 611 722 667 944 667 667 611 333 278 333 584 556
        333 556 611 556 611 556 333 611 611 278 278 556 278 889 611 611
        611 611 389 556 333 611 556 778 556 556 500 389 280 389 584""",
    "Times-Roman": """
        250 333 408 500 500 833 778 180 333 333 500 564 250 333 250 278
        500 500 500 500 500 500 500 500 500 500 278 278 564 564 564 444
        921 722 667 667 722 611 556 722 722 333 389 722 611 889 722 722
        556 722 667 556 611 722 722 944 722 722 611 333 278 333 469 500
        333 444 500 444 500 444 333 500 500 278 278 500 278 778 500 500
        500 500 333 389 278 500 500 722 500 500 444 480 200 480 541""",
    "Times-Bold": """
        250 333 555 500 500 1000 833 278 333 333 500 570 250 333 250 278
        500 500 500 500 500 500 500 500 500 500 333 333 570 570 570 500
        930 722 667 722 722 667 611 778 778 389 500 778 667 944 722 778
        611 778 722 556 667 722 722 1000 722 722 667 333 278 333 581 500
        333 500 556 444 556 444 333 500 556 278 333 556 278 833 556 500
        556 556 444 389 333 556 500 722 500 500 444 394 220 394 520""",
}

# Non-ASCII characters: WinAnsi code and width per font.
_EXTRA = {
    #        code  Helvetica  H-Bold  Times-Roman  Times-Bold
    "\u00d7": (0xD7, 584, 584, 564, 570),   # multiplication sign
    "\u00f7": (0xF7, 584, 584, 564, 570),   # division sign
    "\u00b5": (0xB5, 556, 611, 500, 556),   # micro sign
    "\u2013": (0x96, 556, 556, 500, 500),   # en dash
    "\u2014": (0x97, 1000, 1000, 1000, 1000),  # em dash
}

FONTS = ("Helvetica", "Helvetica-Bold", "Times-Roman", "Times-Bold")

WIDTHS = {}
for _i, _name in enumerate(FONTS):
    _w = [int(v) for v in _ASCII_WIDTHS[_name].split()]
    assert len(_w) == 95, _name
    WIDTHS[_name] = {chr(32 + k): w for k, w in enumerate(_w)}
    for _ch, _row in _EXTRA.items():
        WIDTHS[_name][_ch] = _row[1 + _i]

# Typical ascent and descent (fractions of the font size) used for text boxes.
ASCENT = {"Helvetica": 0.718, "Helvetica-Bold": 0.718, "Times-Roman": 0.683, "Times-Bold": 0.676}
DESCENT = 0.217


def encode(text):
    """The WinAnsiEncoding bytes of text (ValueError for a character it lacks)."""
    out = bytearray()
    for ch in text:
        if 32 <= ord(ch) <= 126:
            out.append(ord(ch))
        elif ch in _EXTRA:
            out.append(_EXTRA[ch][0])
        else:
            raise ValueError("character %r is not supported by pdfgen" % ch)
    return bytes(out)


def text_width(text, font="Times-Roman", size=10.0):
    """Advance width of text in points."""
    table = WIDTHS[font]
    return sum(table[ch] for ch in text) * size / 1000.0


def wrap(text, width, font="Times-Roman", size=10.0, first_width=None):
    """Greedy word wrap: a list of lines no wider than width (never hyphenates).

    first_width, when given, is the width available to the first line.
    A single word wider than the line is put on a line of its own.
    """
    lines, current = [], ""
    limit = width if first_width is None else first_width
    for word in text.split():
        candidate = word if not current else current + " " + word
        if current and text_width(candidate, font, size) > limit:
            lines.append(current)
            current, limit = word, width
        else:
            current = candidate
    if current:
        lines.append(current)
    return lines


def fmt(v):
    """A number as PDF content text: at most 3 decimals, no trailing zeros."""
    s = "%.3f" % v
    s = s.rstrip("0").rstrip(".")
    return "0" if s in ("-0", "") else s


def pdf_string(data):
    """A PDF literal string from bytes, with (, ) and \\ escaped."""
    out = bytearray(b"(")
    for b in data:
        if b in (0x28, 0x29, 0x5C):
            out += b"\\" + bytes([b])
        else:
            out.append(b)
    out += b")"
    return bytes(out)


# ---------------------------------------------------------------------------
# Images
# ---------------------------------------------------------------------------

class Image:
    """An 8-bit RGB raster: width x height pixels, rgb = bytes of length w*h*3,
    rows from the top. Stored with FlateDecode unless compress=False."""

    def __init__(self, width, height, rgb, compress=True):
        if len(rgb) != width * height * 3:
            raise ValueError("rgb must hold width*height*3 bytes")
        self.width, self.height, self.rgb, self.compress = width, height, bytes(rgb), compress


# ---------------------------------------------------------------------------
# Pages
# ---------------------------------------------------------------------------

class Page:
    """One page. Drawing methods take top-left-origin display coordinates."""

    def __init__(self, doc, width, height, rotate):
        if rotate not in (0, 90, 180, 270):
            raise ValueError("rotate must be 0, 90, 180 or 270")
        self.doc = doc
        self.media_width, self.media_height, self.rotate = width, height, rotate
        if rotate in (90, 270):
            self.width, self.height = height, width      # as displayed
        else:
            self.width, self.height = width, height
        self.ops = []
        self.fonts = set()
        self.images = []

    # Coordinate conversion: display top-left (x, y down) -> display y-up.
    def _y(self, y):
        return self.height - y

    def _color(self, rgb, stroke):
        return "%s %s %s %s" % (fmt(rgb[0]), fmt(rgb[1]), fmt(rgb[2]), "RG" if stroke else "rg")

    # -- text ---------------------------------------------------------------
    def text(self, x, y, s, font="Times-Roman", size=10.0, align="left", color=None, angle=0):
        """Draw s with its baseline at y. align: left (x is the start), right
        (x is the end) or center. angle 90 runs the text upwards (as arXiv's
        margin stamp), -90 downwards. Returns the advance width."""
        if font not in WIDTHS:
            raise ValueError("unknown font %r" % font)
        w = text_width(s, font, size)
        if align == "right":
            x -= w
        elif align == "center":
            x -= w / 2.0
        elif align != "left":
            raise ValueError("align must be left, right or center")
        self.fonts.add(font)
        fid = self.doc._font_id(font)
        if angle == 0:
            matrix = "1 0 0 1 %s %s" % (fmt(x), fmt(self._y(y)))
        elif angle == 90:
            matrix = "0 1 -1 0 %s %s" % (fmt(x), fmt(self._y(y)))
        elif angle == -90:
            matrix = "0 -1 1 0 %s %s" % (fmt(x), fmt(self._y(y)))
        else:
            raise ValueError("angle must be 0, 90 or -90")
        ops = []
        if color is not None:
            ops.append(self._color(color, False).encode())
        ops.append(b"BT /" + fid.encode() + b" " + fmt(size).encode() + b" Tf "
                   + matrix.encode() + b" Tm " + pdf_string(encode(s)) + b" Tj ET")
        if color is not None:
            ops.append(b"0 0 0 rg")
        self.ops.extend(ops)
        return w

    def text_lines(self, x, y, lines, font="Times-Roman", size=10.0, leading=12.0, align="left"):
        """Draw lines with the first baseline at y; returns the baseline after the last."""
        for line in lines:
            self.text(x, y, line, font, size, align)
            y += leading
        return y

    def paragraph(self, x, y, width, text, font="Times-Roman", size=10.0, leading=12.0):
        """Wrap and draw text; returns (lines, baseline after the last line)."""
        lines = wrap(text, width, font, size)
        return lines, self.text_lines(x, y, lines, font, size, leading)

    # -- graphics -----------------------------------------------------------
    def line(self, x1, y1, x2, y2, width=0.5, color=(0, 0, 0), dash=None):
        self.polyline([(x1, y1), (x2, y2)], width, color, dash)

    def polyline(self, points, width=0.5, color=(0, 0, 0), dash=None, closed=False):
        """Stroke a path through points [(x, y), ...]."""
        if len(points) < 2:
            raise ValueError("a polyline needs two points")
        parts = ["q", self._color(color, True), "%s w" % fmt(width), "0 J 0 j"]
        parts.append("[%s] 0 d" % " ".join(fmt(d) for d in dash) if dash else "[] 0 d")
        x0, y0 = points[0]
        path = ["%s %s m" % (fmt(x0), fmt(self._y(y0)))]
        for px, py in points[1:]:
            path.append("%s %s l" % (fmt(px), fmt(self._y(py))))
        parts.append(" ".join(path))
        parts.append("s" if closed else "S")
        parts.append("Q")
        self.ops.append(" ".join(parts).encode())

    def rect(self, x, y, w, h, fill=None, stroke=None, width=0.5):
        """A rectangle with top-left corner (x, y): filled and/or stroked."""
        if fill is None and stroke is None:
            fill = (0, 0, 0)
        parts = ["q"]
        if fill is not None:
            parts.append(self._color(fill, False))
        if stroke is not None:
            parts += [self._color(stroke, True), "%s w" % fmt(width)]
        parts.append("%s %s %s %s re" % (fmt(x), fmt(self._y(y + h)), fmt(w), fmt(h)))
        parts.append("B" if (fill is not None and stroke is not None) else ("f" if fill is not None else "S"))
        parts.append("Q")
        self.ops.append(" ".join(parts).encode())

    def image(self, img, x, y, w, h):
        """Place img so that it fills the box with top-left (x, y), size w x h."""
        name = self.doc._image_id(img)
        if img not in self.images:
            self.images.append(img)
        self.ops.append(("q %s 0 0 %s %s %s cm /%s Do Q"
                         % (fmt(w), fmt(h), fmt(x), fmt(self._y(y + h)), name)).encode())

    # -- output -------------------------------------------------------------
    def _content(self):
        body = b"\n".join(self.ops) + b"\n"
        W, H = self.media_width, self.media_height
        prefix = {0: None, 90: "0 1 -1 0 %s 0 cm" % fmt(W), 180: "-1 0 0 -1 %s %s cm" % (fmt(W), fmt(H)),
                  270: "0 -1 1 0 0 %s cm" % fmt(H)}[self.rotate]
        if prefix:
            body = b"q " + prefix.encode() + b"\n" + body + b"Q\n"
        return body


# ---------------------------------------------------------------------------
# Document
# ---------------------------------------------------------------------------

class Document:
    def __init__(self, title=None, author=None, subject=None, compress=False):
        """compress: FlateDecode page content streams (images follow Image.compress)."""
        self.title, self.author, self.subject, self.compress = title, author, subject, compress
        self.pages = []
        self._fonts = []       # font names in first-use order
        self._images = []

    def add_page(self, width=612, height=792, rotate=0):
        page = Page(self, width, height, rotate)
        self.pages.append(page)
        return page

    def _font_id(self, font):
        if font not in self._fonts:
            self._fonts.append(font)
        return "F%d" % (self._fonts.index(font) + 1)

    def _image_id(self, img):
        for i, known in enumerate(self._images):
            if known is img:
                return "Im%d" % (i + 1)
        self._images.append(img)
        return "Im%d" % len(self._images)

    @staticmethod
    def _stream(entries, data, compress):
        """A stream object: entries are the dictionary's other keys (bytes)."""
        if compress:
            data = zlib.compress(data, 9)
            entries = (entries + b" /Filter /FlateDecode").strip()
        head = (entries + b" " if entries else b"") + b"/Length %d" % len(data)
        return b"<< " + head + b" >>\nstream\n" + data + b"\nendstream"

    def to_bytes(self):
        # Object numbers: 1 catalog, 2 page tree, 3 info, fonts, images, then
        # page + content pairs.
        objects = {}
        font_num = {f: 4 + i for i, f in enumerate(self._fonts)}
        image_base = 4 + len(self._fonts)
        image_num = {id(img): image_base + i for i, img in enumerate(self._images)}
        page_base = image_base + len(self._images)
        page_nums = [page_base + 2 * i for i in range(len(self.pages))]

        objects[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
        kids = b" ".join(b"%d 0 R" % n for n in page_nums)
        objects[2] = b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % len(self.pages)
        info = [b"/Producer " + pdf_string(b"AraKit pdfgen")]
        for key, value in (("Title", self.title), ("Author", self.author), ("Subject", self.subject)):
            if value:
                info.append(b"/" + key.encode() + b" " + pdf_string(encode(value)))
        objects[3] = b"<< " + b" ".join(info) + b" >>"
        for font, num in font_num.items():
            objects[num] = (b"<< /Type /Font /Subtype /Type1 /BaseFont /" + font.encode()
                            + b" /Encoding /WinAnsiEncoding >>")
        for img in self._images:
            entries = (b"/Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceRGB"
                       b" /BitsPerComponent 8" % (img.width, img.height))
            objects[image_num[id(img)]] = self._stream(entries, img.rgb, img.compress)
        for page, num in zip(self.pages, page_nums):
            res = []
            if page.fonts:
                names = sorted(page.fonts, key=self._fonts.index)
                res.append(b"/Font << " + b" ".join(
                    b"/%s %d 0 R" % (self._font_id(f).encode(), font_num[f]) for f in names) + b" >>")
            if page.images:
                res.append(b"/XObject << " + b" ".join(
                    b"/%s %d 0 R" % (self._image_id(im).encode(), image_num[id(im)]) for im in page.images) + b" >>")
            res.append(b"/ProcSet [/PDF /Text" + (b" /ImageC" if page.images else b"") + b"]")
            d = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %s %s]"
                 % (fmt(page.media_width).encode(), fmt(page.media_height).encode()))
            if page.rotate:
                d += b" /Rotate %d" % page.rotate
            d += b" /Resources << " + b" ".join(res) + b" >> /Contents %d 0 R >>" % (num + 1)
            objects[num] = d
            objects[num + 1] = self._stream(b"", page._content(), self.compress)

        out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
        offsets = {}
        count = max(objects) + 1
        for num in range(1, count):
            offsets[num] = len(out)
            out += b"%d 0 obj\n" % num + objects[num] + b"\nendobj\n"
        xref_at = len(out)
        out += b"xref\n0 %d\n" % count
        out += b"0000000000 65535 f \n"
        for num in range(1, count):
            out += b"%010d 00000 n \n" % offsets[num]
        file_id = hashlib.md5(bytes(out)).hexdigest().encode()
        out += (b"trailer\n<< /Size %d /Root 1 0 R /Info 3 0 R /ID [<%s> <%s>] >>\nstartxref\n%d\n%%%%EOF\n"
                % (count, file_id, file_id, xref_at))
        return bytes(out)

    def save(self, path):
        data = self.to_bytes()
        with open(path, "wb") as f:
            f.write(data)
        return data


# ---------------------------------------------------------------------------
# Flow: running text down columns and across pages
# ---------------------------------------------------------------------------

class Flow:
    """Fills columns top to bottom, then the next column, then a new page.

    columns: [(x, width), ...] left to right. new_page(flow) must add and
    decorate a page and return (page, top) where top is the y at which the
    columns start on that page (a full-width block may sit above it).
    Every placement returns a record of where it went, so a generator can
    write its ground truth from the same numbers it drew with.
    """

    def __init__(self, columns, bottom, new_page):
        self.columns, self.bottom, self.new_page = columns, bottom, new_page
        self.page_number = 0
        self._next_page()

    def _next_page(self):
        self.page_number += 1
        self.page, self.top = self.new_page(self)
        self.col = 0
        self.y = self.top

    def next_column(self):
        if self.col + 1 < len(self.columns):
            self.col += 1
            self.y = self.top
        else:
            self._next_page()

    @property
    def x(self):
        return self.columns[self.col][0]

    @property
    def width(self):
        return self.columns[self.col][1]

    def room(self):
        return self.bottom - self.y

    def ensure(self, height):
        """Move to the next column unless height fits below the cursor."""
        if self.y + height > self.bottom and self.y > self.top:
            self.next_column()

    def space(self, h):
        if self.y > self.top:
            self.y = min(self.y + h, self.bottom)

    def lines(self, lines, font="Times-Roman", size=10.0, leading=12.0, indent=0.0, hanging=0.0, keep=1):
        """Draw pre-wrapped lines, breaking across columns. indent applies to the
        first line, hanging to the others. keep: lines that must stay together
        at the start. Returns [(page_number, x, baseline, text), ...]."""
        placed = []
        self.ensure(leading * min(keep, len(lines)))
        for i, line in enumerate(lines):
            if self.y + leading > self.bottom:
                self.next_column()
            baseline = self.y + leading * 0.8
            x = self.x + (indent if i == 0 else hanging)
            self.page.text(x, baseline, line, font, size)
            placed.append((self.page_number, x, baseline, line))
            self.y += leading
        return placed

    def paragraph(self, text, font="Times-Roman", size=10.0, leading=12.0, indent=0.0, hanging=0.0, keep=2):
        first = self.width - indent
        lines = wrap(text, self.width - hanging, font, size, first_width=first)
        return self.lines(lines, font, size, leading, indent, hanging, keep)

    def block(self, height, draw):
        """Reserve height in one column and call draw(page, x, y, width).
        Returns (page_number, x, y, width) plus whatever draw returns."""
        self.ensure(height)
        x, y, w = self.x, self.y, self.width
        result = draw(self.page, x, y, w)
        self.y += height
        return (self.page_number, x, y, w, result)


# ---------------------------------------------------------------------------
# Boxes, recorded drawing, captions and tables
# ---------------------------------------------------------------------------

def text_box(x, baseline, s, font, size):
    """The box poppler reports for text drawn at (x, baseline): (x0, y0, x1, y1)."""
    return (x, baseline - ASCENT[font] * size, x + text_width(s, font, size), baseline + DESCENT * size)


def union(boxes):
    boxes = list(boxes)
    return (min(b[0] for b in boxes), min(b[1] for b in boxes),
            max(b[2] for b in boxes), max(b[3] for b in boxes))


class Ink:
    """Wraps a page and records the bounding box and the words of what is drawn
    through it (a figure's ground truth)."""

    def __init__(self, page):
        self.page, self.boxes, self.words = page, [], []

    def text(self, x, y, s, font="Helvetica", size=8.0, align="left", color=None):
        w = text_width(s, font, size)
        x0 = x - w if align == "right" else (x - w / 2.0 if align == "center" else x)
        self.page.text(x0, y, s, font, size, color=color)
        self.boxes.append(text_box(x0, y, s, font, size))
        self.words.extend(s.split())

    def polyline(self, points, width=0.5, color=(0, 0, 0), dash=None):
        self.page.polyline(points, width, color, dash)
        h = width / 2.0
        self.boxes.append((min(p[0] for p in points) - h, min(p[1] for p in points) - h,
                           max(p[0] for p in points) + h, max(p[1] for p in points) + h))

    def line(self, x1, y1, x2, y2, width=0.5, color=(0, 0, 0), dash=None):
        self.polyline([(x1, y1), (x2, y2)], width, color, dash)

    def rect(self, x, y, w, h, fill=(0, 0, 0)):
        self.page.rect(x, y, w, h, fill=fill)
        self.boxes.append((x, y, x + w, y + h))

    def image(self, img, x, y, w, h):
        self.page.image(img, x, y, w, h)
        self.boxes.append((x, y, x + w, y + h))

    def bbox(self):
        return union(self.boxes)


def text_block(page, x, y, width, text, font="Times-Roman", size=9.0, leading=11.0, align="left"):
    """Wrap text into width and draw it with the top of its first line at y
    (a caption, say). Returns (height, bbox of the glyphs)."""
    lines = wrap(text, width, font, size)
    boxes = []
    for i, line in enumerate(lines):
        base = y + leading * 0.77 + i * leading
        lw = text_width(line, font, size)
        lx = {"left": x, "center": x + (width - lw) / 2.0, "right": x + width - lw}[align]
        page.text(lx, base, line, font, size)
        boxes.append(text_box(lx, base, line, font, size))
    return len(lines) * leading + 2, union(boxes)


class Table:
    """A table of text cells.

    cols: [(width, align)], align left, right or center. rows: lists of cells;
    a cell is a string or (string, span) for a cell covering span columns
    (centred over them). A cell wraps onto several lines when it is wider
    than its column. header_rows rows are set in the bold font.
    style: "grid" (every row and column boundary ruled), "booktabs" (top,
    header and bottom rules only) or "none" (no rules).
    Between the text of neighbouring cells there are at least 2*hpad points.
    """

    def __init__(self, cols, rows, header_rows=1, style="grid", font="Times-Roman", bold="Times-Bold",
                 size=9.0, leading=11.0, vpad=3.0, hpad=6.0):
        if style not in ("grid", "booktabs", "none"):
            raise ValueError("style must be grid, booktabs or none")
        self.cols, self.rows, self.header_rows, self.style = cols, rows, header_rows, style
        self.font, self.bold, self.size, self.leading, self.vpad, self.hpad = font, bold, size, leading, vpad, hpad
        self.width = sum(w for w, _ in cols)
        self.layout = []                       # per row: (height, [(col, span, lines)])
        for r, row in enumerate(rows):
            f = self._font(r)
            cells, c = [], 0
            for cell in row:
                text, span = (cell, 1) if isinstance(cell, str) else cell
                inner = sum(w for w, _ in cols[c:c + span]) - 2 * hpad
                lines = wrap(text, inner, f, size) if text else []
                if any(text_width(l, f, size) > inner + 0.01 for l in lines):
                    raise ValueError("cell %r does not fit its column" % text)
                cells.append((c, span, lines))
                c += span
            if c != len(cols):
                raise ValueError("row %d covers %d of %d columns" % (r, c, len(cols)))
            n = max([len(l) for _, _, l in cells] + [1])
            self.layout.append((2 * vpad + n * leading, cells))

    def _font(self, r):
        return self.bold if r < self.header_rows else self.font

    def logical_rows(self):
        """Rows with spans expanded: the spanning text in its first column, "" in the rest."""
        out = []
        for row in self.rows:
            cells = []
            for cell in row:
                text, span = (cell, 1) if isinstance(cell, str) else cell
                cells.append(text)
                cells.extend([""] * (span - 1))
            out.append(cells)
        return out

    def _rule_gap(self):
        return 2.0 if self.style == "booktabs" else 0.0

    def height(self, row_indexes=None):
        rows = list(range(len(self.rows))) if row_indexes is None else row_indexes
        h = sum(self.layout[r][0] for r in rows)
        if self.style == "booktabs":
            g = self._rule_gap()
            h += 2 * g + (2 * g if any(r == self.header_rows - 1 for r in rows[:-1]) else 0.0)
        return h

    def draw(self, page, x, y, row_indexes=None):
        """Draw the rows (default: all) with the table's top at y.
        Returns (height, bbox); the bbox covers rules and text (text only for style none)."""
        rows = list(range(len(self.rows))) if row_indexes is None else row_indexes
        col_x = [x]
        for w, _ in self.cols:
            col_x.append(col_x[-1] + w)
        g = self._rule_gap()
        text_boxes, row_tops, header_bottom = [], [], None
        cy = y + g
        for k, r in enumerate(rows):
            height, cells = self.layout[r]
            row_tops.append(cy)
            f = self._font(r)
            for c, span, lines in cells:
                left, right = col_x[c] + self.hpad, col_x[c + span] - self.hpad
                align = "center" if span > 1 else self.cols[c][1]
                for i, line in enumerate(lines):
                    base = cy + self.vpad + self.size * 0.83 + i * self.leading
                    lw = text_width(line, f, self.size)
                    lx = {"left": left, "right": right - lw, "center": (left + right - lw) / 2.0}[align]
                    page.text(lx, base, line, f, self.size)
                    text_boxes.append(text_box(lx, base, line, f, self.size))
            cy += height
            if r == self.header_rows - 1 and k + 1 < len(rows):
                header_bottom = cy
                cy += 2 * g
        bottom = cy + g
        right_x = x + self.width
        if self.style == "grid":
            for ty in row_tops + [bottom]:
                page.line(x, ty, right_x, ty, width=0.5)
            for cx in col_x:
                page.line(cx, y, cx, bottom, width=0.5)
        elif self.style == "booktabs":
            page.line(x, y, right_x, y, width=1.0)
            if header_bottom is not None:
                page.line(x, header_bottom + g, right_x, header_bottom + g, width=0.5)
            page.line(x, bottom, right_x, bottom, width=1.0)
        if self.style == "none":
            bbox = union(text_boxes)
        else:
            half = 0.5 if self.style == "booktabs" else 0.25
            bbox = (x - (0.25 if self.style == "grid" else 0), y - half, right_x + (0.25 if self.style == "grid" else 0),
                    bottom + half)
        return bottom - y, bbox


# ---------------------------------------------------------------------------
# Ground-truth files
# ---------------------------------------------------------------------------

def to_json(value, indent=0):
    """JSON with two-space indentation; a list of scalars (a bbox, a table row)
    stays on one line. Non-ASCII characters are written as UTF-8."""
    pad = "  " * (indent + 1)
    if isinstance(value, dict):
        if not value:
            return "{}"
        items = ["%s%s: %s" % (pad, json.dumps(k), to_json(v, indent + 1)) for k, v in value.items()]
        return "{\n" + ",\n".join(items) + "\n" + "  " * indent + "}"
    if isinstance(value, list):
        flat = "[" + ", ".join(json.dumps(v, ensure_ascii=False) for v in value) + "]"
        if all(isinstance(v, (int, float)) for v in value) or (
                all(not isinstance(v, (dict, list)) for v in value) and len(flat) <= 100):
            return flat
        if all(not isinstance(v, (dict, list)) for v in value):
            return ("[\n" + ",\n".join(pad + json.dumps(v, ensure_ascii=False) for v in value) + "\n"
                    + "  " * indent + "]")
        return ("[\n" + ",\n".join(pad + to_json(v, indent + 1) for v in value) + "\n"
                + "  " * indent + "]")
    return json.dumps(value, ensure_ascii=False)
