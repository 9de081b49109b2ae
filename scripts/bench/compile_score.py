#!/usr/bin/env python3
"""Quality score of `arakit compile` on the reference pair:
../shared/corpus/pdf/resnet-paper.pdf against ../shared/corpus/bundles/resnet-ara-example.

Compiles the PDF, then compares, table by table, every cell of the reference's
evidence/tables/tableN_*.md with the cells of our tableN_*.md: a reference cell
counts when the same text is a cell of our table N (each of our cells matches
once). Emphasis marks (**) are dropped and runs of spaces collapsed on both
sides; nothing else is normalised. Also: figures with a PNG crop, and title,
authors and abstract against the reference PAPER.md.

Usage: compile_score.py [--arakit PATH] [--corpus DIR] [--keep DIR]
Exit 0 always when the inputs exist (it reports; the targets are read by people).
"""
import argparse
import collections
import difflib
import glob
import os
import re
import subprocess
import sys
import tempfile

import yaml


def cells_of(path):
    """Header and body cells of every GFM table in a Markdown file."""
    rows = []
    for line in open(path, encoding="utf-8"):
        line = line.strip()
        if not line.startswith("|"):
            continue
        if re.fullmatch(r"\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?", line):
            continue
        inner = line[1:-1] if line.endswith("|") and not line.endswith("\\|") else line[1:]
        parts = re.split(r"(?<!\\)\|", inner)
        rows.append([clean(p) for p in parts])
    return rows


def clean(text):
    text = text.replace("\\|", "|").replace("**", "")
    return re.sub(r"\s+", " ", text).strip()


def typographic(text):
    """The reference retypes some printed characters: curly quotes as ', a
    printed hyphen as an em dash, `±` with spaces. Folded for the second score."""
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u2014", "-").replace("\u2013", "-")
    return re.sub(r"\s*±\s*", "±", text)


def front_matter(path):
    text = open(path, encoding="utf-8").read()
    match = re.match(r"---\n(.*?)\n---\n", text, re.S)
    return yaml.safe_load(match.group(1)) if match else {}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--arakit", default=".build/release/arakit")
    parser.add_argument("--corpus", default=os.path.join(os.path.dirname(__file__), "../../../shared/corpus"))
    parser.add_argument("--keep", help="write the compiled bundle here instead of a temporary folder")
    args = parser.parse_args()
    pdf = os.path.join(args.corpus, "pdf/resnet-paper.pdf")
    reference = os.path.join(args.corpus, "bundles/resnet-ara-example")
    if not os.path.exists(pdf) or not os.path.isdir(reference):
        print(f"compile-score: skipped, {args.corpus} has no resnet pair")
        return 0
    work = tempfile.mkdtemp(prefix="arakit-score-")
    out = args.keep or os.path.join(work, "bundle")
    subprocess.run([args.arakit, "compile", "--pdf", pdf, "--out", out, "--force", "--quiet"], check=True,
                   stdout=subprocess.DEVNULL)

    print("compile-score: resnet-paper.pdf against resnet-ara-example")
    total = found = folded = 0
    with_file = 0
    numbers = []
    for ref_path in sorted(glob.glob(os.path.join(reference, "evidence/tables/table*.md"))):
        number = int(re.match(r"table(\d+)_", os.path.basename(ref_path)).group(1))
        numbers.append(number)
        ref_cells = [c for row in cells_of(ref_path) for c in row if c]
        ours = glob.glob(os.path.join(out, f"evidence/tables/table{number}_*.md"))
        if ours:
            with_file += 1
        pool = collections.Counter(c for row in (cells_of(ours[0]) if ours else []) for c in row if c)
        hit = 0
        missing = []
        folded_pool = collections.Counter(typographic(c) for c in (pool.elements()))
        folded += sum(1 for c in ref_cells if folded_pool[typographic(c)] > 0
                      and not folded_pool.subtract([typographic(c)]))
        for cell in ref_cells:
            if pool[cell] > 0:
                pool[cell] -= 1
                hit += 1
            else:
                missing.append(cell)
        total += len(ref_cells)
        found += hit
        print(f"  Table {number}: {hit}/{len(ref_cells)} reference cells exact"
              + (f"; missing e.g. {missing[:4]}" if missing else ""))
    share = 100.0 * found / total if total else 0.0
    print(f"  tables with a file: {with_file}/{len(numbers)}")
    print(f"  cells: {found}/{total} = {share:.1f}% exact (target >= 98%)")
    print(f"  cells with the reference's retyping folded (quotes, dashes, ±): {folded}/{total} = "
          f"{100.0 * folded / total if total else 0:.1f}%")

    figure_numbers = sorted({int(m) for m in re.findall(r"Figure (\d+)", open(os.path.join(
        reference, "evidence/README.md"), encoding="utf-8").read())} | set(range(1, 8)))
    crops = [n for n in figure_numbers if glob.glob(os.path.join(out, f"evidence/figures/figure{n}_*.png"))]
    print(f"  figures with a PNG crop: {len(crops)}/{len(figure_numbers)}")

    ref_fm = front_matter(os.path.join(reference, "PAPER.md"))
    our_fm = front_matter(os.path.join(out, "PAPER.md"))
    print(f"  title exact: {our_fm.get('title') == ref_fm.get('title')}")
    print(f"  authors exact: {our_fm.get('authors') == ref_fm.get('authors')}")
    ours_abstract = str(our_fm.get("abstract", ""))
    ref_abstract = str(ref_fm.get("abstract", ""))
    ratio = difflib.SequenceMatcher(None, ours_abstract, ref_abstract).ratio()
    print(f"  abstract exact: {ours_abstract == ref_abstract} (similarity {ratio:.3f})")
    if ours_abstract != ref_abstract:
        for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, ours_abstract, ref_abstract).get_opcodes():
            if tag != "equal":
                print(f"    ours {ours_abstract[i1:i2]!r} / reference {ref_abstract[j1:j2]!r}")
    print(f"  bundle: {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
