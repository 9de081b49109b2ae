#!/usr/bin/env python3
"""Write AraKit's PDF extraction fixtures and their ground truth.

    python3 Tests/Fixtures/pdf/make_fixtures.py OUTDIR

For each fixture NAME this writes OUTDIR/NAME.pdf and OUTDIR/NAME.expected.json.
Output is byte-identical from run to run (no dates, fixed IDs). Standard
library only; the PDF writer is scripts/pdfgen/pdfgen.py.

The expected JSON is built from the same numbers the drawing code used, so
page numbers, bounding boxes and cell texts cannot drift from the PDF. The
conventions of its schema are in CONVENTIONS below, and repeated in every
file under "conventions". check_fixtures.py checks the files against
poppler's own text extraction.

Fixtures (US letter, 612 x 792 pt; body Times-Roman 10 pt, headings bold 12 pt):
  one_column.pdf   2 pages; running header, page-number footer; Table 1 fully
                   ruled with a two-line cell; Figure 1 a vector plot.
  two_column.pdf   2 pages, two columns; Table 2 booktabs in one column with a
                   spanning header; Figure 2 a raster image; Table 3 unruled,
                   spanning both columns at the top of page 2.
  split_table.pdf  2 pages; Table 4 continues onto page 2 with its header
                   row repeated.
  rotated.pdf      2 pages; page 2 has /Rotate 90 and carries Table 5, laid
                   out for the landscape (displayed) page.
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "..", "scripts", "pdfgen"))

from pdfgen import Document, Flow, Image, Ink, Table, text_block, text_width, to_json, wrap  # noqa: E402

SCHEMA = "arakit-pdf-fixture/1"

CONVENTIONS = {
    "coordinates": "PDF points, origin at the top-left corner of the page as displayed "
                   "(after /Rotate), x to the right, y down; bbox = [x0, y0, x1, y1]. "
                   "On a /Rotate 90 page of a 612x792 MediaBox the displayed page is 792 wide "
                   "and 612 tall (what poppler_page_get_size and the text layout report).",
    "text": "Every string is exactly as drawn: a line wrap becomes one space, words are "
            "separated by single spaces, nothing is hyphenated.",
    "pages": "1-based.",
    "headings": "Every heading in drawing order, verbatim (number included), including "
                "'Abstract' and 'References'. The title is not a heading.",
    "sections": "One entry per heading; 'paragraphs' holds the body text under it, one "
                "string per paragraph, without captions, table cells, figure text, running "
                "headers or page numbers. A paragraph may continue in the next column or "
                "on the next page. References entries are under 'references', not here.",
    "tables.rows": "All rows of the table top to bottom, header rows included, each a list "
                   "of cell strings; a cell that wraps onto several lines is joined with one "
                   "space. A header row repeated on a continuation page is not repeated here.",
    "span_convention": "A cell spanning k columns appears once, in the first column it covers, "
                       "followed by k-1 empty strings. Empty cells are \"\".",
    "tables.ruled": "true when every row and column boundary is ruled (a full grid); false "
                    "otherwise. 'rules' says which: grid, booktabs (top, header and bottom "
                    "horizontal rules only) or none.",
    "tables.parts": "One entry per page the table occupies: the page, the bbox of the table "
                    "body (rules and cell text, caption excluded), the caption bbox (the part "
                    "that carries the caption, else null), the rows drawn there as indexes into "
                    "'rows', whether the header rows are repeated at its top (they are then "
                    "drawn but not listed in row_indexes), and column_x, the x range of the "
                    "text column or columns the part sits in.",
    "figures.bbox": "Union of everything drawn for the figure (paths, image, text inside it; "
                    "caption excluded). Text boxes use ascent/descent of the base-14 font, so "
                    "compare with a tolerance of bbox_tolerance points.",
    "figures.words": "The words drawn inside the figure (split at spaces), in drawing order; "
                     "compare as a multiset.",
    "columns": "Per page, the x ranges [x0, x1] of the text columns (the title block and "
               "full-width tables may lie outside them).",
    "references": "Each entry as drawn including its '[n]' label, wrapped lines joined with "
                  "one space.",
}

LETTER = (612, 792)

# Fonts and sizes shared by the fixtures.
BODY = ("Times-Roman", 10.0, 12.0)          # font, size, leading
CAPTION = ("Times-Roman", 9.0, 11.0)


# ---------------------------------------------------------------------------
# Small helpers
# ---------------------------------------------------------------------------

def r2(v):
    return round(v + 0.0, 2)


def box(x0, y0, x1, y1):
    return [r2(x0), r2(y0), r2(x1), r2(y1)]


# ---------------------------------------------------------------------------
# The title block and sections, shared by the fixtures
# ---------------------------------------------------------------------------

class Paper:
    """Collects the ground truth while a fixture is drawn."""

    def __init__(self, name, doc):
        self.name, self.doc = name, doc
        self.truth = {
            "schema": SCHEMA,
            "file": name + ".pdf",
            "conventions": CONVENTIONS,
            "info": {"title": doc.title, "author": doc.author},
            "page_count": 0,
            "pages": [],
            "title": None,
            "authors": [],
            "author_lines": [],
            "abstract": None,
            "headings": [],
            "sections": [],
            "columns": [],
            "running_header": None,
            "page_footers": [],
            "tables": [],
            "figures": [],
            "references": [],
            "notes": [],
        }

    def title_block(self, page, title, authors, affiliation, y, title_font, title_size, width):
        page.text(page.width / 2.0, y, title, title_font, title_size, align="center")
        author_line = ", ".join(authors)
        page.text(page.width / 2.0, y + 24, author_line, "Times-Roman", 11, align="center")
        page.text(page.width / 2.0, y + 38, affiliation, "Times-Roman", 10, align="center")
        self.truth["title"] = title
        self.truth["authors"] = list(authors)
        self.truth["author_lines"] = [author_line, affiliation]
        return y + 38

    def heading(self, flow, text, font="Times-Bold", size=12.0):
        flow.space(8)
        flow.ensure(14 + 2 * BODY[2])          # keep the heading with two lines
        placed = flow.lines([text], font, size, 14.0)
        flow.space(2)
        number, _, title = text.partition(". ")
        if not title or not number.isdigit():
            number, title = None, text
        self.truth["headings"].append(text)
        self.truth["sections"].append({"heading": text, "number": number, "title": title,
                                       "page": placed[0][0], "paragraphs": []})

    def paragraph(self, flow, text, indent=0.0, gap=0.0):
        font, size, leading = BODY
        placed = flow.paragraph(text, font, size, leading, indent=indent)
        if gap:
            flow.space(gap)
        self.truth["sections"][-1]["paragraphs"].append(text)
        return placed

    def references(self, flow, entries, gap=2.0):
        font, size, leading = BODY
        for entry in entries:
            label = entry.split(" ", 1)[0]
            hang = text_width(label + " ", font, size)
            flow.paragraph(entry, font, size, leading, hanging=hang, keep=1)
            flow.space(gap)
            self.truth["references"].append(entry)

    def finish(self, outdir):
        pages = self.doc.pages
        self.truth["page_count"] = len(pages)
        self.truth["pages"] = [{"number": i + 1, "width": p.width, "height": p.height,
                                "rotate": p.rotate} for i, p in enumerate(pages)]
        if len(self.truth["columns"]) != len(pages):
            raise AssertionError("columns must be given for every page")
        data = self.doc.save(os.path.join(outdir, self.name + ".pdf"))
        with open(os.path.join(outdir, self.name + ".expected.json"), "w", encoding="utf-8") as f:
            f.write(to_json(self.truth) + "\n")
        return len(data)


def draw_caption(page, x, y, width, caption, align="left"):
    """A caption in Times-Roman 9/11 with its top at y: (height, rounded bbox)."""
    h, b = text_block(page, x, y, width, caption, *CAPTION, align=align)
    return h, box(*b)


def add_table(paper, number, caption, table, parts, caption_position="above", placement=None):
    entry = {
        "number": number,
        "label": "Table %d" % number,
        "caption": caption,
        "caption_position": caption_position,
        "pages": sorted({p["page"] for p in parts}),
        "ruled": table.style == "grid",
        "rules": table.style,
        "header_rows": table.header_rows,
        "span_convention": CONVENTIONS["span_convention"],
        "rows": table.logical_rows(),
        "parts": parts,
    }
    if placement:
        entry["placement"] = placement
    paper.truth["tables"].append(entry)


def place_table(flow, caption, table, gap_after=10.0):
    """Caption above, then the table, centred in the flow's current column. Returns a part."""
    cap_lines = wrap(caption, flow.width, *CAPTION[:2])
    height = len(cap_lines) * CAPTION[2] + 6 + table.height()
    flow.space(6)
    flow.ensure(height)
    page, x, y, w = flow.page, flow.x, flow.y, flow.width
    tx = x + (w - table.width) / 2.0
    cap_h, cap_box = draw_caption(page, x, y, w, caption)
    th, tbox = table.draw(page, tx, y + cap_h + 4)
    flow.y = y + cap_h + 4 + th
    flow.space(gap_after)
    return {"page": flow.page_number, "bbox": box(*tbox), "caption_bbox": cap_box,
            "row_indexes": list(range(len(table.rows))), "repeated_header": False,
            "column_x": [r2(x), r2(x + w)]}


# ---------------------------------------------------------------------------
# one_column.pdf
# ---------------------------------------------------------------------------

def one_column(outdir):
    doc = Document(title="Robust Widgets for Small Data", author="Ada Example, Bo Sample, Cy Tester")
    paper = Paper("one_column", doc)
    header = "AraKit fixture: a one-column paper"
    paper.truth["running_header"] = header
    margin, width = 72.0, 468.0

    def new_page(flow):
        page = doc.add_page(*LETTER)
        n = len(doc.pages)
        page.text(306, 42, header, "Times-Roman", 9, align="center")
        page.line(margin, 48, margin + width, 48, width=0.4)
        page.text(306, 760, str(n), "Times-Roman", 9, align="center")
        paper.truth["page_footers"].append(str(n))
        return page, 72.0

    flow = Flow([(margin, width)], 730.0, new_page)
    page = flow.page
    bottom = paper.title_block(page, "Robust Widgets for Small Data",
                               ["Ada Example", "Bo Sample", "Cy Tester"],
                               "Example Institute of Technology", 100, "Helvetica-Bold", 17, width)

    # Abstract: indented block below the title.
    abstract = ("We study how three simple methods for building widgets behave when only a "
                "few hundred labelled examples are available. A careful comparison on a held "
                "out test set shows that the proposed method is both more accurate and faster "
                "than the baseline, and that its larger variant trades a little speed for a "
                "further gain in accuracy. All numbers in this fixture are invented for testing.")
    flow.y = bottom + 22
    paper.heading(flow, "Abstract", "Helvetica-Bold", 12)
    font, size, leading = BODY
    lines = wrap(abstract, width - 72, font, size)
    y = flow.y
    for i, line in enumerate(lines):
        page.text(margin + 36, y + 9.6 + i * leading, line, font, size)
    flow.y = y + len(lines) * leading
    paper.truth["abstract"] = abstract
    paper.truth["sections"][-1]["paragraphs"].append(abstract)

    paper.heading(flow, "1. Introduction", "Helvetica-Bold", 12)
    paper.paragraph(flow, "Widgets are everywhere, yet most methods for building them assume that "
                    "large amounts of labelled data are at hand. In many practical settings only a "
                    "few hundred examples exist, and the usual recipes either overfit or take far "
                    "too long to train. This paper asks a narrow question: which of three simple "
                    "methods gives the best accuracy per second of training time on small data?", gap=6)
    paper.paragraph(flow, "Our contributions are a small benchmark, a fair comparison of the three "
                    "methods under one protocol, and a short analysis of where the time goes. The "
                    "rest of the paper describes the method, reports the results and closes with "
                    "a few remarks on what remains open.", gap=6)

    paper.heading(flow, "2. Method", "Helvetica-Bold", 12)
    paper.paragraph(flow, "Each method is trained five times with different seeds on the same "
                    "split, and we report the mean accuracy on the test set together with the "
                    "mean wall clock training time. The baseline uses default settings, while "
                    "the two variants of our method differ only in the size of their kernel. "
                    "The results are collected in Table 1 below.", gap=4)

    caption1 = "Table 1. Accuracy of the three methods on the test set."
    rows1 = [
        ["Method", "Accuracy (%)", "Time (s)", "Notes"],
        ["Baseline", "91.2", "12.4", "default settings"],
        ["Ours (small)", "93.5", "8.1", "kernel 3\u00d73 with two refinement passes"],
        ["Ours (large)", "94.8", "15.7", "kernel 5\u00d75"],
    ]
    cols1 = [(110, "left"), (90, "right"), (80, "right"), (150, "left")]
    table1 = Table(cols1, rows1, header_rows=1, style="grid")
    part = place_table(flow, caption1, table1)
    add_table(paper, 1, caption1, table1, [part])
    paper.truth["notes"].append("Table 1: the Notes cell of 'Ours (small)' wraps onto two lines "
                                "inside its cell; it contains U+00D7 (WinAnsi 0xD7).")

    paper.paragraph(flow, "Training time is measured from the first batch to the last and "
                    "excludes data loading. All runs use the same machine and the same library "
                    "versions, so the times can be compared directly.", gap=6)

    paper.heading(flow, "3. Results", "Helvetica-Bold", 12)
    paper.paragraph(flow, "The small variant of our method is both the fastest and more accurate "
                    "than the baseline, while the large variant reaches the best accuracy of "
                    "94.8 percent at roughly the cost of the baseline. Figure 1 shows the training "
                    "loss of the baseline and of the small variant over the first twenty thousand "
                    "steps.", gap=6)

    # Figure 1: a vector line plot, caption below.
    fig_w, fig_h = 300.0, 170.0

    def draw_figure(pg, x, y, w):
        ink = Ink(pg)
        fx = x + (w - fig_w) / 2.0
        ax0, ay0, ax1, ay1 = fx + 40, y + 18, fx + fig_w - 10, y + fig_h - 36   # plot area
        ink.line(ax0, ay1, ax1, ay1, width=0.8)                                 # x axis
        ink.line(ax0, ay0, ax0, ay1, width=0.8)                                 # y axis
        for i, label in enumerate(["0", "10", "20"]):
            tx = ax0 + i * (ax1 - ax0) / 2.0
            ink.line(tx, ay1, tx, ay1 + 4, width=0.8)
            ink.text(tx, ay1 + 13, label, "Helvetica", 8, align="center")
        for i, label in enumerate(["0.0", "0.5", "1.0"]):
            ty = ay1 - i * (ay1 - ay0) / 2.0
            ink.line(ax0 - 4, ty, ax0, ty, width=0.8)
            ink.text(ax0 - 7, ty + 3, label, "Helvetica", 8, align="right")
        ink.text((ax0 + ax1) / 2.0, ay1 + 28, "Training step (thousands)", "Helvetica", 8, align="center")
        ink.text(ax0, y + 8, "Loss", "Helvetica", 8, align="center")

        def curve(decay, floor):
            pts = []
            for k in range(21):
                v = floor + (1.0 - floor) * (decay ** k)
                pts.append((ax0 + k * (ax1 - ax0) / 20.0, ay1 - v * (ay1 - ay0) * 0.95))
            return pts
        ink.polyline(curve(0.82, 0.30), width=1.2, color=(0.1, 0.3, 0.8))
        ink.polyline(curve(0.72, 0.18), width=1.2, color=(0.85, 0.35, 0.1))
        lx, ly = ax1 - 90, ay0 + 6
        ink.line(lx, ly, lx + 18, ly, width=1.2, color=(0.1, 0.3, 0.8))
        ink.text(lx + 24, ly + 3, "baseline", "Helvetica", 8)
        ink.line(lx, ly + 12, lx + 18, ly + 12, width=1.2, color=(0.85, 0.35, 0.1))
        ink.text(lx + 24, ly + 15, "ours", "Helvetica", 8)
        return ink

    flow.space(4)
    caption_f1 = "Figure 1. Loss over training steps."
    flow.ensure(fig_h + 20)
    page_no, x, y, w, ink = flow.block(fig_h, draw_figure)
    cap_h, cap_box = draw_caption(flow.page, x, flow.y + 2, w, caption_f1, align="center")
    flow.y += cap_h + 8
    paper.truth["figures"].append({
        "number": 1, "label": "Figure 1", "page": page_no, "caption": caption_f1,
        "caption_position": "below", "caption_bbox": cap_box, "kind": "vector",
        "bbox": box(*ink.bbox()), "bbox_tolerance": 3, "words": ink.words,
    })

    paper.paragraph(flow, "Both curves fall quickly during the first few thousand steps. The "
                    "baseline levels off at a higher loss, which matches its lower accuracy in "
                    "Table 1, while our method keeps improving until the end of training.", gap=6)

    paper.heading(flow, "4. Conclusion", "Helvetica-Bold", 12)
    paper.paragraph(flow, "On small data the small variant of our method is the best choice when "
                    "training time matters, and the large variant when accuracy matters most. "
                    "Larger benchmarks and other kinds of widgets are left for future work.", gap=6)

    paper.heading(flow, "References", "Helvetica-Bold", 12)
    paper.references(flow, [
        "[1] A. Author, B. Author. Title one. In Venue, 2019.",
        "[2] C. Writer. A much longer title of a second paper that needs more than one line "
        "when it is set in the reference list. Journal of Examples 12(3):45-67, 2020.",
        "[3] D. Scholar, E. Expert, F. Person. Title three. In Proceedings of the Workshop on "
        "Small Data, 2021.",
    ])
    assert len(doc.pages) == 2, len(doc.pages)
    paper.truth["columns"] = [[[margin, margin + width]]] * 2
    return paper.finish(outdir)


# ---------------------------------------------------------------------------
# two_column.pdf
# ---------------------------------------------------------------------------

def gradient_image(w, h):
    """A deterministic RGB gradient: red grows to the right, blue downwards."""
    data = bytearray()
    for y in range(h):
        for x in range(w):
            data += bytes((int(255 * x / (w - 1)), int(160 * (1 - abs(x - y) / max(w, h))),
                           int(255 * y / (h - 1))))
    return Image(w, h, bytes(data))


def two_column(outdir):
    doc = Document(title="Sparse Gadgets in Two Columns", author="Dee Writer, Eli Coder")
    paper = Paper("two_column", doc)
    left, gutter, colw = 54.0, 18.0, 243.0
    right = left + colw + gutter
    state = {}

    caption3 = "Table 3. Per-class recall (%) of every model on both splits; each row is one model."
    rows3 = [
        ["Model", "Split", "Cats", "Dogs", "Birds", "Fish", "Mean"],
        ["ResNet-18", "validation", "88.1", "86.4", "79.0", "91.3", "86.2"],
        ["ResNet-50", "validation", "91.7", "90.2", "84.5", "93.8", "90.1"],
        ["Ours", "validation", "92.4", "91.0", "86.9", "94.1", "91.1"],
        ["Ours", "test", "91.9", "90.6", "85.7", "93.5", "90.4"],
    ]
    cols3 = [(90, "left"), (80, "left"), (60, "right"), (60, "right"), (60, "right"), (60, "right"), (60, "right")]
    table3 = Table(cols3, rows3, header_rows=1, style="none")

    def new_page(flow):
        page = doc.add_page(*LETTER)
        n = len(doc.pages)
        page.text(306, 760, str(n), "Times-Roman", 9, align="center")
        paper.truth["page_footers"].append(str(n))
        if n == 1:
            return page, 160.0
        # Page 2: Table 3 spans both columns at the top.
        full = colw * 2 + gutter
        cap_h, cap_box = draw_caption(page, left, 60, full, caption3)
        tx = left + (full - table3.width) / 2.0
        th, tbox = table3.draw(page, tx, 60 + cap_h + 4)
        state["table3"] = {"page": n, "bbox": box(*tbox), "caption_bbox": cap_box,
                           "row_indexes": list(range(len(rows3))), "repeated_header": False,
                           "column_x": [r2(left), r2(left + full)]}
        return page, 60 + cap_h + 4 + th + 16

    flow = Flow([(left, colw), (right, colw)], 738.0, new_page)
    paper.title_block(flow.page, "Sparse Gadgets in Two Columns", ["Dee Writer", "Eli Coder"],
                      "Department of Examples, Sample University", 92, "Times-Bold", 18, colw * 2 + gutter)

    abstract = ("Gadgets built from sparse parts are cheap to store but hard to train. We show "
                "that a simple pruning schedule keeps their error close to that of dense models "
                "while using a fraction of the parameters. On two standard splits our model "
                "matches a much larger network within one point of top-1 error. All numbers in "
                "this fixture are invented for testing.")
    paper.heading(flow, "Abstract")
    paper.truth["abstract"] = abstract
    paper.paragraph(flow, abstract)

    paper.heading(flow, "1. Introduction")
    paper.paragraph(flow, "Sparse gadgets promise the accuracy of large models at the cost of small "
                    "ones. In practice their training is fragile: pruning too early removes useful "
                    "parts, and pruning too late wastes most of the compute budget on weights that "
                    "are thrown away.")
    paper.paragraph(flow, "We propose a pruning schedule with two phases and evaluate it against "
                    "two dense baselines of different sizes. The comparison uses the same data, the "
                    "same number of steps and the same evaluation code for every model.", indent=12)

    paper.heading(flow, "2. Setup")
    paper.paragraph(flow, "Every model is trained for ninety epochs with the same optimizer and "
                    "learning rate schedule. Error rates are measured on the validation split "
                    "after the last epoch, and the parameter count includes every weight that "
                    "remains after pruning.")

    caption2 = "Table 2. Error rates on the validation split."
    rows2 = [
        ["", ("Error (%)", 2), ""],
        ["Model", "top-1", "top-5", "Params (M)"],
        ["ResNet-18", "30.2", "10.9", "11.7"],
        ["ResNet-50", "23.9", "7.1", "25.6"],
        ["Ours", "22.4", "6.3", "14.2"],
    ]
    cols2 = [(75, "left"), (50, "right"), (50, "right"), (68, "right")]
    table2 = Table(cols2, rows2, header_rows=2, style="booktabs")
    part2 = place_table(flow, caption2, table2)
    add_table(paper, 2, caption2, table2, [part2], placement="left column")
    assert part2["page"] == 1 and part2["column_x"][0] == left, part2
    paper.truth["notes"].append("Table 2: 'Error (%)' spans the top-1 and top-5 columns and is "
                                "centred over them; 'Model' and 'Params (M)' sit on the second "
                                "header row. Booktabs rules only, no vertical lines.")

    paper.paragraph(flow, "Table 2 shows that our model has the lowest error of the three while "
                    "keeping about half the parameters of the larger baseline.", indent=12)

    paper.heading(flow, "3. Results")
    paper.paragraph(flow, "The pruning schedule matters most in the first phase. When pruning "
                    "starts before the tenth epoch, the error grows by several points and never "
                    "recovers; when it starts after the thirtieth, the savings in compute are "
                    "small. Between these two points the final error hardly changes, which makes "
                    "the schedule easy to tune in practice. We confirmed this with five seeds "
                    "for every start epoch between the fifth and the fortieth.")
    paper.paragraph(flow, "A second observation concerns the order in which parts are removed. "
                    "Removing the smallest weights first works as well as any of the more "
                    "elaborate criteria we tried, and it needs no extra computation. We therefore "
                    "use magnitude pruning throughout the rest of the paper.", indent=12)
    paper.paragraph(flow, "The gadgets that survive pruning are not spread evenly across the "
                    "model. Early layers keep most of their parts, while the last layers lose "
                    "nearly three quarters of them. This pattern is stable across seeds and "
                    "suggests that the late layers of the dense baselines are larger than they "
                    "need to be for this task.", indent=12)
    paper.paragraph(flow, "Figure 2 gives a picture of the learned input filter of the pruned "
                    "model. Its smooth gradient is typical of the filters that survive pruning.",
                    indent=12)

    # Figure 2: a raster image in the right column, caption below.
    img = gradient_image(64, 48)
    img_w, img_h = 192.0, 144.0

    def draw_fig2(pg, x, y, w):
        ink = Ink(pg)
        ink.image(img, x + (w - img_w) / 2.0, y + 4, img_w, img_h)
        return ink

    flow.space(6)
    flow.ensure(img_h + 40)
    page_no, x, y, w, ink = flow.block(img_h + 6, draw_fig2)
    caption_f2 = "Figure 2. The learned input filter, shown as a 64 by 48 image."
    cap_h, cap_box = draw_caption(flow.page, x, flow.y, w, caption_f2, align="center")
    flow.y += cap_h + 8
    assert page_no == 1 and x == right, (page_no, x)
    paper.truth["figures"].append({
        "number": 2, "label": "Figure 2", "page": page_no, "caption": caption_f2,
        "caption_position": "below", "caption_bbox": cap_box, "kind": "raster",
        "bbox": box(*ink.bbox()), "bbox_tolerance": 1, "words": ink.words,
        "image_pixels": [img.width, img.height], "placement": "right column",
    })

    paper.paragraph(flow, "The filter shown in Figure 2 changes smoothly from one corner to the "
                    "other, without the high frequency noise that dense models of the same size "
                    "tend to learn.", indent=12)

    paper.heading(flow, "4. Per-class results")
    paper.paragraph(flow, "Table 3 breaks the results down by class. The "
                    "ranking of the models is the same for every class, and the gap between the "
                    "validation and the test split is below one point for our model.")
    paper.paragraph(flow, "Birds are the hardest class for every model. Their images are small "
                    "and often partly hidden, and most of the remaining errors confuse birds with "
                    "the background rather than with another class.", indent=12)
    paper.paragraph(flow, "Fish are the easiest class. They appear on plain backgrounds, and "
                    "even the smallest model recognises them in more than nine cases out of ten.",
                    indent=12)

    paper.heading(flow, "5. Discussion")
    paper.paragraph(flow, "Why does a late start of pruning help so much? One explanation is that "
                    "the early epochs decide which parts of the model carry the signal. Weights "
                    "that look small at the start of training often grow later, and removing them "
                    "too soon cuts paths that the model would have needed.")
    paper.paragraph(flow, "A second explanation concerns the optimizer. Its running averages are "
                    "computed for all weights, including those that are later removed. When "
                    "pruning starts late, these averages are stable, and the remaining weights "
                    "adapt smoothly to the loss of their neighbours.", indent=12)
    paper.paragraph(flow, "Our experiments cannot separate the two explanations. Both predict the "
                    "same final error, and both agree with the observation that the error "
                    "hardly depends on the exact start of the second phase.", indent=12)
    paper.paragraph(flow, "The results also have limits. We used one data set, one family of "
                    "models and one optimizer. Each of these choices may change where the safe "
                    "range for the start of pruning lies, even if the two phase pattern holds in "
                    "general. We also report error rates only; the time needed to train and to "
                    "run the pruned model depends on hardware support for sparse operations, "
                    "which we did not measure.", indent=12)
    paper.paragraph(flow, "Finally, the per-class results show that the gains are not uniform. "
                    "The hardest class gains the most from the larger baseline and the least from "
                    "pruning, which suggests that capacity, not the schedule, limits accuracy on "
                    "small and partly hidden objects.", indent=12)

    paper.heading(flow, "6. Conclusion")
    paper.paragraph(flow, "A two phase pruning schedule makes sparse gadgets competitive with "
                    "dense models of twice their size. Extending the schedule to other kinds of "
                    "gadgets is left for future work.")
    paper.paragraph(flow, "We also plan to study how the schedule interacts with longer training "
                    "runs, and whether the uneven distribution of surviving parts can guide the "
                    "design of smaller dense models from the start.", indent=12)
    paper.paragraph(flow, "Until then, the practical advice is simple: train the dense model for "
                    "a tenth of the budget before removing anything, remove the smallest weights "
                    "first, and stop removing once the target size is reached.", indent=12)

    paper.heading(flow, "Acknowledgements")
    paper.paragraph(flow, "We thank the maintainers of the shared cluster for their patience, and "
                    "the reviewers of an earlier version for their careful comments on the "
                    "per-class analysis.")

    paper.heading(flow, "References")
    paper.references(flow, [
        "[1] K. He, X. Zhang, S. Ren, J. Sun. Deep residual learning for image recognition. "
        "In CVPR, 2016.",
        "[2] G. Example. Pruning gadgets early and often. In Venue, 2022.",
        "[3] H. Sample, I. Tester. A survey of sparse gadgets. Journal of Examples 7(1):1-30, 2023.",
    ])
    add_table(paper, 3, caption3, table3, [state["table3"]], placement="spans both columns")
    paper.truth["tables"].sort(key=lambda t: t["number"])
    paper.truth["notes"].append("Two columns: left x 54-297, right x 315-558 (gutter 18 pt). "
                                "Text flows down the left column, then the right, then page 2.")
    paper.truth["notes"].append("Table 3 has no rules at all; columns are separated by at least "
                                "12 pt of white space.")
    assert len(doc.pages) == 2, len(doc.pages)
    paper.truth["columns"] = [[[left, left + colw], [right, right + colw]]] * 2
    return paper.finish(outdir)


# ---------------------------------------------------------------------------
# split_table.pdf
# ---------------------------------------------------------------------------

def split_table(outdir):
    doc = Document(title="A Table That Does Not Fit", author="Fay Tabler")
    paper = Paper("split_table", doc)
    margin, width = 72.0, 468.0

    def new_page(flow):
        page = doc.add_page(*LETTER)
        n = len(doc.pages)
        page.text(306, 760, str(n), "Times-Roman", 9, align="center")
        paper.truth["page_footers"].append(str(n))
        return page, 72.0

    flow = Flow([(margin, width)], 730.0, new_page)
    bottom = paper.title_block(flow.page, "A Table That Does Not Fit", ["Fay Tabler"],
                               "Institute of Long Tables", 100, "Times-Bold", 17, width)
    flow.y = bottom + 20
    abstract = ("This short document exists to test tables that continue on the next page. Its "
                "only table lists twenty four runs and is split after the rows that fit on the "
                "first page. All numbers in this fixture are invented for testing.")
    paper.heading(flow, "Abstract")
    paper.truth["abstract"] = abstract
    paper.paragraph(flow, abstract, gap=6)

    paper.heading(flow, "1. Introduction")
    for text in [
        "Long tables are common in appendices. A reader that extracts tables must notice when a "
        "table continues on the next page, recognise a repeated header row, and join the parts "
        "into one table instead of reporting two.",
        "The table below has a caption on the first page only. Its header row is repeated at the "
        "top of the second page, as many document classes do for long tables.",
        "Each run was trained with its own seed for the same number of steps, and the score is "
        "the accuracy on the held out split after the last step.",
        "The runs are listed in the order in which they were started, so neighbouring rows share "
        "the same hardware and the same software versions.",
    ]:
        paper.paragraph(flow, text, gap=6)

    paper.heading(flow, "2. Results")
    paper.paragraph(flow, "Table 4 lists every run in the order in which it was started.", gap=4)

    caption = "Table 4. Scores of every run, in run order."
    header = ["Run", "Seed", "Steps", "Score"]
    rows = [header]
    for i in range(1, 25):
        rows.append(["r%02d" % i, str(1000 + 7 * i), str(5000 if i % 3 else 10000),
                     "%.1f" % (80 + ((i * 37) % 100) / 10.0)])
    cols = [(80, "left"), (80, "right"), (80, "right"), (80, "right")]
    table4 = Table(cols, rows, header_rows=1, style="booktabs")
    tx = margin + (width - table4.width) / 2.0

    flow.space(6)
    page = flow.page
    cap_h, cap_box = draw_caption(page, margin, flow.y, width, caption, align="center")
    top = flow.y + cap_h + 4
    # As many rows as fit above the bottom margin.
    fit = [0]
    for r in range(1, len(rows)):
        if top + table4.height(fit + [r]) > flow.bottom:
            break
        fit.append(r)
    h1, box1 = table4.draw(page, tx, top, fit)
    parts = [{"page": flow.page_number, "bbox": box(*box1), "caption_bbox": cap_box,
              "row_indexes": fit, "repeated_header": False, "column_x": [margin, margin + width]}]
    flow.next_column()
    rest = [0] + list(range(fit[-1] + 1, len(rows)))
    h2, box2 = table4.draw(flow.page, tx, flow.y, rest)
    parts.append({"page": flow.page_number, "bbox": box(*box2), "caption_bbox": None,
                  "row_indexes": rest[1:], "repeated_header": True, "column_x": [margin, margin + width]})
    flow.y += h2 + 10
    add_table(paper, 4, caption, table4, parts)
    assert 6 <= len(fit) - 1 <= 18, len(fit)
    paper.truth["notes"].append("Table 4: the header and data rows r01-r%02d on page 1 under the "
                                "caption; page 2 starts with the header row repeated (not repeated "
                                "in 'rows'), then rows r%02d-r24. No caption on page 2."
                                % (len(fit) - 1, fit[-1] + 1))

    paper.paragraph(flow, "Scores vary by a few points between runs even though every other "
                    "setting is the same, which is why we report all of them.", gap=6)
    paper.heading(flow, "3. Conclusion")
    paper.paragraph(flow, "A table that continues on the next page is still one table.", gap=6)
    paper.heading(flow, "References")
    paper.references(flow, ["[1] G. Longform. Tables across pages. In Venue, 2018."])
    assert len(doc.pages) == 2
    paper.truth["columns"] = [[[margin, margin + width]]] * 2
    return paper.finish(outdir)


# ---------------------------------------------------------------------------
# rotated.pdf
# ---------------------------------------------------------------------------

def rotated(outdir):
    doc = Document(title="A Landscape Table", author="Gil Wide")
    paper = Paper("rotated", doc)
    margin, width = 72.0, 468.0

    def new_page(flow):
        page = doc.add_page(*LETTER)
        page.text(306, 760, "1", "Times-Roman", 9, align="center")
        paper.truth["page_footers"].append("1")
        return page, 72.0

    flow = Flow([(margin, width)], 730.0, new_page)
    bottom = paper.title_block(flow.page, "A Landscape Table", ["Gil Wide"],
                               "Wide Tables Laboratory", 100, "Times-Bold", 17, width)
    flow.y = bottom + 20
    abstract = ("Some tables are too wide for a portrait page and are set on a landscape page "
                "instead. This document puts such a table on a page that is rotated by ninety "
                "degrees. All numbers in this fixture are invented for testing.")
    paper.heading(flow, "Abstract")
    paper.truth["abstract"] = abstract
    paper.paragraph(flow, abstract, gap=6)
    paper.heading(flow, "1. Introduction")
    paper.paragraph(flow, "The second page of this document has a rotation of ninety degrees in "
                    "its page dictionary. Its content is laid out for the landscape page, so a "
                    "viewer that honours the rotation shows the table upright.", gap=6)
    paper.heading(flow, "2. Results")
    paper.paragraph(flow, "Table 5 on the next page compares four methods on eight datasets. The "
                    "last column is the mean over the eight datasets.", gap=6)

    # Page 2: /Rotate 90, drawn in landscape display coordinates (792 x 612).
    page = doc.add_page(*LETTER, rotate=90)
    assert (page.width, page.height) == (792, 612)
    page.text(page.width / 2.0, 580, "2", "Times-Roman", 9, align="center")
    paper.truth["page_footers"].append("2")
    caption = "Table 5. Accuracy (%) of four methods on eight datasets and their mean."
    rows = [
        ["Method", "MNIST", "SVHN", "CIFAR-10", "CIFAR-100", "STL-10", "Flowers", "Pets", "Cars", "Mean"],
        ["Linear", "92.1", "41.3", "39.8", "16.2", "44.0", "61.5", "35.2", "12.7", "42.9"],
        ["MLP", "97.9", "80.6", "52.3", "24.9", "51.7", "66.1", "41.8", "18.3", "54.2"],
        ["CNN", "99.3", "95.1", "91.4", "68.7", "80.2", "88.9", "84.5", "81.0", "86.1"],
        ["Ours", "99.4", "96.0", "93.2", "72.5", "83.6", "91.2", "87.3", "84.8", "88.5"],
    ]
    cols = [(80, "left")] + [(64, "right")] * 9
    table5 = Table(cols, rows, header_rows=1, style="grid")
    total_w = table5.width
    tx = (page.width - total_w) / 2.0
    cap_h, cap_box = draw_caption(page, tx, 72, total_w, caption)
    th, tbox = table5.draw(page, tx, 72 + cap_h + 4)
    add_table(paper, 5, caption, table5,
              [{"page": 2, "bbox": box(*tbox), "caption_bbox": cap_box,
                "row_indexes": list(range(len(rows))), "repeated_header": False,
                "column_x": [r2(tx), r2(tx + total_w)]}],
              placement="landscape page (/Rotate 90)")
    paper.truth["notes"].append("Page 2 has /Rotate 90 on a 612x792 MediaBox; all of its "
                                "coordinates are in the displayed 792x612 landscape frame "
                                "(user space x = display y, user space y = display x).")
    paper.truth["columns"] = [[[margin, margin + width]], [[r2(tx), r2(tx + total_w)]]]
    return paper.finish(outdir)


def main(argv):
    if len(argv) != 2:
        sys.stderr.write("usage: make_fixtures.py OUTDIR\n")
        return 2
    outdir = argv[1]
    os.makedirs(outdir, exist_ok=True)
    for make in (one_column, two_column, split_table, rotated):
        size = make(outdir)
        print("%-16s %6d bytes" % (make.__name__ + ".pdf", size))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
