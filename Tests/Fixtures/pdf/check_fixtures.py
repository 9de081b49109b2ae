#!/usr/bin/env python3
"""Check the PDF fixtures against their ground truth with poppler-utils.

    python3 Tests/Fixtures/pdf/check_fixtures.py DIR

DIR holds NAME.pdf and NAME.expected.json as written by make_fixtures.py.
For every fixture this runs `pdftotext -bbox-layout` and checks that

- each table part's bbox holds exactly the words of its rows (so no word
  runs across two cells) and each caption bbox the caption's words;
- each figure's bbox holds exactly its expected words;
- the title, the abstract, every paragraph and every reference appear as a
  contiguous run of words in poppler's reading order (running headers and
  page numbers removed);
- the page count and displayed page sizes match.

It prints one line per fixture and exits 1 on the first mismatch.
"""

import collections
import json
import os
import subprocess
import sys
import xml.etree.ElementTree as ET

NS = "{http://www.w3.org/1999/xhtml}"


def words_by_page(pdf):
    """Per page: (words, lines); a word is (text, x0, y0, x1, y1), a line a list of words."""
    xml = subprocess.run(["pdftotext", "-bbox-layout", pdf, "-"], check=True,
                         capture_output=True).stdout
    root = ET.fromstring(xml)
    pages = []
    for page in root.iter(NS + "page"):
        lines = []
        for line in page.iter(NS + "line"):
            lines.append([(w.text, float(w.get("xMin")), float(w.get("yMin")),
                           float(w.get("xMax")), float(w.get("yMax"))) for w in line.iter(NS + "word")])
        pages.append(([w for l in lines for w in l], lines))
    return pages


def reading_order(lines, columns):
    """Words in column order: lines that fit no single column (full width) first,
    top to bottom, then each column top to bottom. poppler's own flow order is
    not used: it may put the top of a right column before the left one."""
    def column_of(line):
        x0, x1 = min(w[1] for w in line), max(w[3] for w in line)
        fits = [i for i, (c0, c1) in enumerate(columns) if c0 - 2 <= x0 and x1 <= c1 + 2]
        return fits[0] if len(fits) == 1 else -1
    keyed = sorted(lines, key=lambda l: (column_of(l), min(w[2] for w in l), min(w[1] for w in l)))
    return [w for l in keyed for w in sorted(l, key=lambda w: w[1])]


def inside(word, bbox, slack=1.5):
    _, x0, y0, x1, y1 = word
    cx, cy = (x0 + x1) / 2.0, (y0 + y1) / 2.0
    return bbox[0] - slack <= cx <= bbox[2] + slack and bbox[1] - slack <= cy <= bbox[3] + slack


def contains_run(stream, words):
    n = len(words)
    return any(stream[i:i + n] == words for i in range(len(stream) - n + 1))


def fail(name, msg):
    print("FAIL %s: %s" % (name, msg))
    sys.exit(1)


def check(directory, name):
    truth = json.load(open(os.path.join(directory, name + ".expected.json"), encoding="utf-8"))
    pages = words_by_page(os.path.join(directory, truth["file"]))
    lines_by_page = [p[1] for p in pages]
    pages = [p[0] for p in pages]
    if len(pages) != truth["page_count"]:
        fail(name, "page count %d != %d" % (len(pages), truth["page_count"]))

    for table in truth["tables"]:
        rows = table["rows"]
        for part in table["parts"]:
            found = [w for w in pages[part["page"] - 1] if inside(w, part["bbox"])]
            want = []
            indexes = list(range(table["header_rows"])) if part["repeated_header"] else []
            for r in indexes + part["row_indexes"]:
                for cell in rows[r]:
                    want.extend(cell.split())
            if collections.Counter(w[0] for w in found) != collections.Counter(want):
                fail(name, "Table %d page %d words differ:\n  found %s\n  want  %s"
                     % (table["number"], part["page"], sorted(w[0] for w in found), sorted(want)))
            if part.get("caption_bbox"):
                cap = [w[0] for w in pages[part["page"] - 1] if inside(w, part["caption_bbox"])]
                if " ".join(cap) != table["caption"]:
                    fail(name, "Table %d caption %r" % (table["number"], " ".join(cap)))

    for fig in truth["figures"]:
        found = [w[0] for w in pages[fig["page"] - 1] if inside(w, fig["bbox"])]
        if collections.Counter(found) != collections.Counter(fig["words"]):
            fail(name, "Figure %d words %s != %s" % (fig["number"], found, fig["words"]))
        cap = [w[0] for w in pages[fig["page"] - 1] if inside(w, fig["caption_bbox"])]
        if " ".join(cap) != fig["caption"]:
            fail(name, "Figure %d caption %r" % (fig["number"], " ".join(cap)))

    # Reading order: all words, minus running header and page numbers.
    stream = []
    for p, lines in enumerate(lines_by_page):
        page_h = truth["pages"][p]["height"]
        for w in reading_order(lines, truth["columns"][p]):
            if w[2] > page_h - 60 and w[0] == truth["page_footers"][p]:
                continue
            if truth["running_header"] and w[4] < 50:
                continue
            stream.append(w[0])
    texts = [truth["title"], truth["abstract"]] + truth["references"]
    for section in truth["sections"]:
        texts.extend(section["paragraphs"])
        texts.append(section["heading"])
    for text in texts:
        if not contains_run(stream, text.split()):
            fail(name, "not found in reading order: %r" % text)

    for p, page in enumerate(truth["pages"]):
        out = subprocess.run(["pdfinfo", "-f", str(p + 1), "-l", str(p + 1),
                              os.path.join(directory, truth["file"])],
                             check=True, capture_output=True, text=True).stdout
        rot = [l for l in out.splitlines() if l.startswith("Page") and "rot:" in l]
        if not rot or int(rot[0].split()[-1]) != page["rotate"]:
            fail(name, "page %d rotation %s" % (p + 1, rot))
    print("ok   %s (%d tables, %d figures, %d paragraphs)"
          % (name, len(truth["tables"]), len(truth["figures"]),
             sum(len(s["paragraphs"]) for s in truth["sections"])))


def main(argv):
    if len(argv) != 2:
        sys.stderr.write("usage: check_fixtures.py DIR\n")
        return 2
    names = sorted(f[:-len(".expected.json")] for f in os.listdir(argv[1]) if f.endswith(".expected.json"))
    if not names:
        sys.stderr.write("no *.expected.json in %s\n" % argv[1])
        return 2
    for name in names:
        check(argv[1], name)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
