#!/usr/bin/env python3
"""Typeset synthetic research papers with TeX Live and write pdf-dev style truth for each.

    python3 scripts/pdfgen/latex/generate.py --out corpus/latex [--only NAME ...] [--keep-tex DIR]

Needs TeX Live (texlive-latex-extra, texlive-publishers, texlive-science, latexmk,
texlive-fonts-recommended, lmodern) and poppler-utils; Python's standard library is all
it imports, plus pdf-dev's verify_truth.py (--verify-truth) for its checks. TeX Live is
used here only, never by `make setup`, `make test` or CI.

Every paper is drawn from random.Random(seed) (see PAPERS): title block, prose, tables
and figures, typeset in one of the document classes of styles.py. The truth file
(`<name>.truth.json`, the format of ../shared/corpus/pdf-dev/README.md) is written from
the same data that was typeset; only the pages (where each caption is, where a cell of a
table continued over pages is) are read back from the compiled PDF with pdftotext.
A truth cell that pdftotext does not show on one line with its row words is dropped
(and counted). The result is checked with pdf-dev's verify_truth.py, with one
extension the original cannot express: roman-numeral labels (`TABLE IV`).

Byte-deterministic: SOURCE_DATE_EPOCH + FORCE_SOURCE_DATE=1, \\pdftrailerid{}, and a
PNG written here with zlib; the same TeX Live gives the same bytes.
"""
import argparse
import concurrent.futures
import hashlib
import importlib.util
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import content as C  # noqa: E402
import styles as S  # noqa: E402
import words as W  # noqa: E402

ROOT = os.path.abspath(os.path.join(HERE, "../../.."))
EPOCH = "1672531200"  # 2023-01-01

# name, style, seed
PAPERS = [
    ("acl-s1", "acl-like", 101), ("acl-s2", "acl-like", 102), ("acl-s3", "acl-like", 103),
    ("neurips-s1", "neurips-like", 201), ("neurips-s2", "neurips-like", 202),
    ("article1col-s1", "article-1col", 301), ("article1col-s2", "article-1col", 302), ("article1col-s3", "article-1col", 303),
    ("article2col-s1", "article-2col", 401), ("article2col-s2", "article-2col", 402),
    ("ieeeconf-s1", "ieee-conf", 501), ("ieeeconf-s2", "ieee-conf", 502),
    ("ieeejournal-s1", "ieee-journal", 601), ("ieeejournal-s2", "ieee-journal", 602),
    ("acmsigconf-s1", "acm-sigconf", 701), ("acmsigconf-s2", "acm-sigconf", 702),
    ("acmsmall-s1", "acm-small", 801),
    ("llncs-s1", "llncs", 901), ("llncs-s2", "llncs", 902),
    ("elsarticle-s1", "elsarticle", 1001), ("elsarticle-s2", "elsarticle", 1002),
    ("revtex-s1", "revtex", 1101), ("revtex-s2", "revtex", 1102),
]


class Paper:
    pass


def tex_text(s):
    return s.replace("\u00b1", "$\\pm$")


# ---------------------------------------------------------------------------
# tables to LaTeX
# ---------------------------------------------------------------------------

def tabular(t, st, width_p=None):
    nl, nv = len(t.label_head), len(t.cols)
    grid = t.rules == "grid"
    aligns = ["l"] * nl + ["c"] * nv
    if t.multiline_col is not None:
        aligns[nl + t.multiline_col] = ">{\\raggedright\\arraybackslash\\hyphenpenalty=10000\\exhyphenpenalty=10000}p{%s}" % (width_p or "4.6cm")
    spec = ("|" + "|".join(aligns) + "|") if grid else ("@{}" + "".join(aligns) + "@{}" if t.rules == "booktabs" else "".join(aligns))
    top = {"booktabs": "\\toprule", "grid": "\\hline", "plain": "\\hline", "none": ""}[t.rules]
    mid = {"booktabs": "\\midrule", "grid": "\\hline", "plain": "\\hline", "none": ""}[t.rules]
    bot = {"booktabs": "\\bottomrule", "grid": "\\hline", "plain": "\\hline", "none": ""}[t.rules]
    out = [f"\\begin{{tabular}}{{{spec}}}", top]
    out += header_rows(t)
    out.append(mid)
    out += body_rows(t, mid)
    out.append(bot)
    out.append("\\end{tabular}")
    return "\n".join(x for x in out if x)


def header_rows(t):
    nl = len(t.label_head)
    grid = t.rules == "grid"
    out = []
    if any(g for g, _ in t.cols):
        cells, rules, j = [""] * nl, [], 0
        while j < len(t.cols):
            g = t.cols[j][0]
            k = j
            while k < len(t.cols) and t.cols[k][0] == g:
                k += 1
            cells.append(f"\\multicolumn{{{k - j}}}{{c{'|' if grid else ''}}}{{{g or ''}}}")
            if g:
                a, b = nl + j + 1, nl + k
                rules.append(f"\\cmidrule(lr){{{a}-{b}}}" if t.rules == "booktabs" else (f"\\cline{{{a}-{b}}}" if t.rules != "none" else ""))
            j = k
        out.append(" & ".join(cells) + " \\\\ " + " ".join(rules))
    out.append(" & ".join(list(t.label_head) + [n for _, n in t.cols]) + " \\\\")
    return out


def body_rows(t, mid):
    nl, nv = len(t.label_head), len(t.cols)
    grid = t.rules == "grid"
    out = []
    prev = None
    for i, r in enumerate(t.rows):
        g = r["group"]
        cells = [c[0] if c else "" for c in r["cells"]]
        if t.group_style == "rowline" and g != prev:
            if prev is not None and mid:
                out.append(mid)
            out.append(f"\\multicolumn{{{nl + nv}}}{{{'|l|' if grid else 'l'}}}{{\\textit{{{g}}}}} \\\\")
            if grid:
                out.append("\\hline")
        if t.group_style == "multirow":
            if g != prev:
                if prev is not None and mid:
                    out.append(mid)
                k = sum(1 for x in t.rows if x["group"] == g)
                lab = [f"\\multirow{{{k}}}{{*}}{{{g}}}", r["label"]]
            else:
                lab = ["", r["label"]]
        else:
            lab = [r["label"]]
        out.append(" & ".join(lab + cells) + " \\\\")
        if grid and not (t.group_style == "multirow" and i + 1 < len(t.rows) and t.rows[i + 1]["group"] == g):
            out.append("\\hline")
        elif grid:
            out.append(f"\\cline{{2-{nl + nv}}}")
        prev = g
    if grid and out and out[-1] == "\\hline":
        out.pop()  # the bottom rule follows
    return out


def table_tex(t, st, key):
    cap = f"\\caption{{{tex_text(t.caption)}}}\\label{{{key}}}"
    note = f"\n\\par\\vspace{{2pt}}{{\\footnotesize {t.note}}}" if t.note else ""
    size = "\\small\\setlength{\\tabcolsep}{4pt}"
    if t.env == "longtable":
        nl, nv = len(t.label_head), len(t.cols)
        hdr = " & ".join(list(t.label_head) + [n for _, n in t.cols]) + " \\\\"
        rows = "\n".join(" & ".join([r["label"]] + [c[0] for c in r["cells"]]) + " \\\\" for r in t.rows)
        return (f"{{\\small\n\\begin{{longtable}}{{{'l' * nl}{'r' * nv}}}\n{cap}\\\\\n\\toprule\n{hdr}\n\\midrule\n\\endfirsthead\n"
                f"\\caption[]{{(continued)}}\\\\\n\\toprule\n{hdr}\n\\midrule\n\\endhead\n\\bottomrule\n\\endlastfoot\n{rows}\n"
                "\\end{longtable}}\n")
    if t.kind == "subtables":
        parts = []
        for s in t.subs:
            parts.append(f"\\begin{{subtable}}{{0.48\\linewidth}}\\centering\n{tabular(s, st)}\n\\caption{{{s.caption}}}\n\\end{{subtable}}")
        body = "\n\\hfill\n".join(parts)
    else:
        wp = "7cm" if st["twocol"] else "5.5cm"
        body = tabular(t, st, wp)
    if t.env == "landscape":
        return (f"\\begin{{landscape}}\n\\begin{{table}}\\centering{size}\n{cap}\n{body}{note}\n\\end{{table}}\n\\end{{landscape}}\n")
    env = t.env
    place = "" if env.startswith("sideways") else "[t]"
    above = st["tab_cap"] == "above" or env.startswith("sideways")
    return (f"\\begin{{{env}}}{place}\\centering{size}\n" + (cap + "\n" if above else "") + body + note
            + ("" if above else "\n" + cap) + f"\n\\end{{{env}}}\n")


def figure_tex(f, st, key):
    cap = f"\\caption{{{tex_text(f.caption)}}}\\label{{{key}}}"
    return f"\\begin{{{f.env}}}[t]\\centering\n{f.body}\n{cap}\n\\end{{{f.env}}}\n"


# ---------------------------------------------------------------------------
# a paper
# ---------------------------------------------------------------------------

def build(name, style, seed, workdir):
    rng = random.Random(seed)
    p = Paper()
    p.title = C.title(rng)
    p.authors, p.affs = C.people(rng, rng.randint(2, 6), rng.randint(1, 3))
    p.abstract = C.paragraph(rng, 6, 9)
    st = S.STYLES[style](rng, p)
    two = st["twocol"]

    # the objects, in the order they are numbered
    tables, figures = [], []
    tables.append(C.stats_table(rng))
    main = C.results_table(rng, wide_ok=not two, allow_multirow=True)
    if two and len(main.cols) > 3:
        main.env = "table*"
    tables.append(main)
    if rng.random() < 0.6:
        tables.append(C.ablation_table(rng))
        if two:
            tables[-1].env = "table*" if rng.random() < 0.5 else "table"
            if tables[-1].env == "table":
                tables[-1].cols = tables[-1].cols[:2]
                for r in tables[-1].rows:
                    r["cells"] = r["cells"][:2]
    if st.get("sub") and rng.random() < 0.6:
        tables.append(C.sub_tables(rng))
        if two:
            tables[-1].env = "table*"
    if rng.random() < 0.5:
        tables.append(C.desc_table(rng))
        if two:
            tables[-1].env = "table*"
    if st.get("longtable") and rng.random() < 0.7:
        tables.append(C.long_table(rng))
    if st.get("landscape") and rng.random() < 0.6:
        tables.append(C.wide_table(rng, "landscape"))
    elif st.get("sideways") and rng.random() < 0.6:
        tables.append(C.wide_table(rng, "sidewaystable*" if two else "sidewaystable"))
    elif two and rng.random() < 0.6:
        t = C.wide_table(rng, "table*")
        t.cols, t.rows = t.cols[:6], [dict(r, cells=r["cells"][:6]) for r in t.rows]
        tables.append(t)
    tables.append(C.hyper_table(rng))
    if two and tables[-1].env == "table" and len(tables[-1].cols) > 3:
        tables[-1].env = "table*"

    fw = "0.95\\linewidth"
    tex, cap = C.diagram(rng)
    figures.append(C.Figure(kind="diagram", body=f"\\resizebox{{0.95\\linewidth}}{{!}}{{{tex}}}", caption=cap))
    tex, cap = C.line_plot(rng, fw)
    figures.append(C.Figure(kind="line", body=tex, caption=cap))
    pngs = {}
    fn = len(figures) + 1
    pngs[f"fig{fn}.png"] = C.png_bytes(seed * 7 + fn)
    figures.append(C.Figure(kind="raster", raster=True, body=f"\\includegraphics[width=0.8\\linewidth]{{fig{fn}.png}}",
                            caption="Attention weights of the final layer for one validation example; brighter cells mean larger weights."))
    if rng.random() < 0.5 and two:
        figures[-1].env = "figure*"
        figures[-1].body = figures[-1].body.replace("0.8\\linewidth", "0.6\\linewidth")
    if st.get("sub") and rng.random() < 0.7:
        t1, _ = C.line_plot(rng, "\\linewidth")
        t2, _ = C.bar_plot(rng, "\\linewidth")
        body = ("\\begin{subfigure}{0.48\\linewidth}\\centering\n" + t1 + "\n\\caption{Training curves}\n\\end{subfigure}\\hfill\n"
                "\\begin{subfigure}{0.48\\linewidth}\\centering\n" + t2 + "\n\\caption{Final scores}\n\\end{subfigure}")
        figures.append(C.Figure(kind="sub", body=body, env="figure*" if two else "figure",
                                caption="Learning dynamics and final scores: (a) development accuracy during training; (b) test scores per dataset."))
    else:
        tex, cap = C.bar_plot(rng, fw)
        figures.append(C.Figure(kind="bar", body=tex, caption=cap))

    # the body: sections with paragraphs, floats placed after the paragraph that cites them
    objs = [("table", i) for i in range(len(tables))] + [("figure", i) for i in range(len(figures))]
    # keep numbering order = source order: tables in order, figures in order, interleaved
    order = []
    ti = fi = 0
    while ti < len(tables) or fi < len(figures):
        if fi < len(figures) and (ti >= len(tables) or rng.random() < 0.45):
            order.append(("figure", fi))
            fi += 1
        else:
            order.append(("table", ti))
            ti += 1
    del objs
    tl, fl = st["tlabel"], st["flabel"]
    tref = "Table" if not st["tlabel"](1).startswith("TABLE") else "Table"
    fref = "Fig." if st["flabel"](1).lower().startswith("fig.") else "Figure"
    sections = ["Introduction", "Related Work", "Method", "Experimental Setup", "Results", "Analysis", "Discussion", "Conclusion"]
    paras_per = 3 if two else 3
    n_par = {s: rng.randint(2, paras_per + 1) for s in sections}
    n_par["Results"] += 1
    per_section = {s: [] for s in sections}
    slots = sections[2:7]
    for k, (kind, i) in enumerate(order):
        per_section[slots[min(len(slots) - 1, k * len(slots) // len(order))]].append((kind, i))

    body = []
    refs = [f"r{i}" for i in range(1, rng.randint(7, 10))]
    for s in sections:
        body.append(f"\\section{{{s}}}\n")
        items = per_section[s]
        n = max(n_par[s], len(items) + 1)
        for j in range(n):
            lead = ""
            if j < len(items):
                kind, i = items[j]
                key = f"{kind[:3]}:{i + 1}"
                lead = (f"{tref if kind == 'table' else fref}~\\ref{{{key}}} "
                        f"{rng.choice(['summarises', 'reports', 'shows', 'gives'])} {C.np_(rng)} \\cite{{{rng.choice(refs)}}}.")
            if s == "Experimental Setup" and j == 1:
                body.append("\\subsection{Implementation Details}\n")
            body.append(C.paragraph(rng, 5, 9, lead) + "\n")
            if j < len(items):
                kind, i = items[j]
                body.append(table_tex(tables[i], st, f"tab:{i + 1}") if kind == "table" else figure_tex(figures[i], st, f"fig:{i + 1}"))
    bib = ["\\begin{thebibliography}{99}"]
    for r in refs:
        a1, a2 = rng.choice(W.LAST), rng.choice(W.LAST)
        bib.append(f"\\bibitem{{{r}}} {rng.choice(W.FIRST)[0]}. {a1} and {rng.choice(W.FIRST)[0]}. {a2}. "
                   f"{C.title(rng)}. In \\emph{{Proceedings of the Workshop on {rng.choice(W.TITLE_C)}}}, "
                   f"pages {rng.randint(1, 200)}--{rng.randint(201, 400)}, {rng.randint(2012, 2022)}.")
    bib.append("\\end{thebibliography}")
    supp = ""
    if rng.random() < 0.35:
        # a supplementary S-numbered table: never in the truth
        supp = ("\\clearpage\n\\appendix\n\\section{Supplementary Material}\n" + C.paragraph(rng, 4, 6) + "\n"
                "\\setcounter{table}{0}\\renewcommand{\\thetable}{S\\arabic{table}}\n"
                "\\begin{table}[h]\\centering\\small\n\\caption{Seeds and run times of every configuration.}\n"
                "\\begin{tabular}{lcc}\\toprule Configuration & Seeds & Hours \\\\ \\midrule\n"
                + "\n".join(f"{c} & {rng.randint(3, 10)} & {rng.uniform(1, 90):.1f} \\\\" for c in ["Small", "Base", "Large"])
                + "\n\\bottomrule\\end{tabular}\n\\end{table}\n")
    doc = (st["preamble"] + "\\begin{document}\n" + st["front"] + "".join(body) + "\n".join(bib) + "\n" + supp
           + "\\end{document}\n")
    os.makedirs(workdir, exist_ok=True)
    with open(os.path.join(workdir, "main.tex"), "w", encoding="utf-8") as f:
        f.write(doc)
    for fnm, data in pngs.items():
        with open(os.path.join(workdir, fnm), "wb") as f:
            f.write(data)
    p.has_supp = bool(supp)
    return p, st, tables, figures


def compile_tex(workdir):
    env = dict(os.environ, SOURCE_DATE_EPOCH=EPOCH, FORCE_SOURCE_DATE="1", TZ="UTC")
    r = subprocess.run(["latexmk", "-pdf", "-interaction=nonstopmode", "-halt-on-error", "-quiet", "main.tex"],
                       cwd=workdir, env=env, capture_output=True, text=True)
    pdf = os.path.join(workdir, "main.pdf")
    if r.returncode != 0 or not os.path.exists(pdf):
        log = open(os.path.join(workdir, "main.log"), encoding="latin-1").read() if os.path.exists(os.path.join(workdir, "main.log")) else ""
        errs = [ln for ln in log.splitlines() if ln.startswith("!")][:5]
        raise RuntimeError(f"latexmk failed in {workdir}: {errs or r.stdout[-800:]}")
    return pdf


# ---------------------------------------------------------------------------
# truth
# ---------------------------------------------------------------------------

def load_verify(path):
    spec = importlib.util.spec_from_file_location("verify_truth", path)
    vt = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(vt)
    orig_regex = vt.label_regex

    def label_regex(label, n):
        s = str(label)
        rn = S.roman(n)
        if str(n) not in s and re.search(r"\b" + rn + r"\b", s):
            i = s.rfind(rn)
            pre, post = re.escape(s[:i]), re.escape(s[i + len(rn):])
            return (pre + r"([IVXLC]+)" + post + r"(?![A-Za-z])").replace("\\ ", r"\s+")
        return orig_regex(label, n)

    def to_int(x):
        try:
            return int(x)
        except ValueError:
            v, i = 0, 0
            vals = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
            for i, ch in enumerate(x):
                a, b = vals[ch], vals.get(x[i + 1], 0) if i + 1 < len(x) else 0
                v += -a if a < b else a
            return v
    vt.label_regex = label_regex
    vt.int = to_int
    return vt


def row_name(r, letter=None):
    s = f"{r['group']} / {r['label']}" if r.get("group") else r["label"]
    return f"({letter}) {s}" if letter else s


def candidate_cells(t, n, rng):
    """Truth cells of one table: a seeded sample that covers its kinds of values."""
    out = []
    if t.kind == "subtables":
        for s in t.subs:
            for c in candidate_cells(s, n, rng)[:4]:
                c["row"] = f"({s.letter}) {c['row']}"
                out.append(c)
        return out
    coords = [(i, j) for i, r in enumerate(t.rows) for j, c in enumerate(r["cells"]) if c]
    rng.shuffle(coords)
    want = 10 if t.kind == "long" else 7
    if t.kind == "long":
        coords.sort(key=lambda ij: (ij[0] * 7919) % len(t.rows))
        coords = [coords[k * len(coords) // want] for k in range(want)]
    for i, j in coords[:want]:
        r, c = t.rows[i], t.rows[i]["cells"][j]
        if c[1] == "\u2013":
            continue
        cell = {"table": n, "row": row_name(r), "col": t.col_text(j), "value": c[1]}
        if t.group_style == "multirow" and r["group"]:
            cell["row_key"] = r["label"]
        if t.multiline_col == j:
            cell["multiline"] = True
        out.append(cell)
    return out


def page_texts(pdf, pages, layout=True):
    out = {}
    for p in range(1, pages + 1):
        args = ["pdftotext"] + (["-layout"] if layout else []) + ["-f", str(p), "-l", str(p), pdf, "-"]
        out[p] = subprocess.run(args, capture_output=True, text=True, check=True).stdout
    return out


def caption_on_page(vt, lay, raw, label, n, caption):
    """The label at the start of a printed line (or after a column gap) with the number n,
    and the caption's words on the same page (whitespace ignored, case folded)."""
    pat = vt.label_regex(label, n)
    if not any(vt.int(m.group(1)) == n for t in (lay, raw) for m in re.finditer(rf"(?m)(?:^|\s{{3,}})\s*{pat}", t)):
        return False
    cap = vt.nospace(vt.fold(caption))[:80]
    return cap in vt.nospace(vt.fold(vt.flat(lay))) or cap in vt.nospace(vt.fold(vt.flat(raw)))


def find_caption_page(vt, texts, raws, labels, n, caption):
    for lab in labels:
        for p in sorted(texts):
            if caption_on_page(vt, texts[p], raws[p], lab, n, caption):
                return p, lab
    return None, None


def cell_ok(vt, tx, c):
    if c.get("multiline"):
        v = " ".join(c["value"].split())
        if v not in " ".join(tx.split()):
            return False
        first = " ".join(v.split()[:2])
        words = [w.lower() for w in vt.row_key(c).split()]
        return any(first in " ".join(ln.split()) and all(w in ln.lower() for w in words) for ln in tx.splitlines())
    pat = re.compile(r"(?<![\w.])" + re.escape(c["value"]) + r"(?![\w.]*\d)")
    words = [w.lower() for w in vt.row_key(c).split()]
    return any(pat.search(ln) and all(w in ln.lower() for w in words) for ln in tx.splitlines())


def make_truth(name, style, seed, p, st, tables, figures, pdf_path, vt):
    info = subprocess.run(["pdfinfo", pdf_path], capture_output=True, text=True).stdout
    pages = int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))
    mt = re.search(r"^Title:\s+(.*)$", info, re.M)
    texts = page_texts(pdf_path, pages)
    raws = page_texts(pdf_path, pages, layout=False)
    rng = random.Random(seed * 31 + 7)
    t_out, f_out, cells, dropped = [], [], [], []
    for n, t in enumerate(tables, 1):
        pg, lab = find_caption_page(vt, texts, raws, [st["tlabel"](n), f"Table {n}:", f"Table {n}."], n, t.caption)
        if pg is None:
            raise RuntimeError(f"{name}: caption of table {n} not found")
        e = {"n": n, "page": pg, "caption_start": t.caption}
        if lab != f"Table {n}:":
            e["label"] = lab
        notes = {"long": "longtable continued over pages, caption repeated as '(continued)'",
                 "subtables": "two subtables (a)/(b) side by side", "desc": "wrapped p-column cells",
                 "wide": {"landscape": "landscape page (pdflscape, /Rotate)", "sidewaystable": "sidewaystable (rotated content)",
                          "sidewaystable*": "sidewaystable (rotated content)", "table*": "full-width table*"}.get(t.env, "")}
        extra = [notes.get(t.kind, "")]
        if t.env == "table*" and t.kind != "wide":
            extra.append("full-width table*")
        if t.group_style != "none" and t.kind == "results":
            extra.append({"rowline": "group rows", "multirow": "multirow group column"}[t.group_style])
        if t.rules != "booktabs" and t.kind != "subtables":
            extra.append({"grid": "full grid", "plain": "hlines only", "none": "no rules"}[t.rules])
        if any(g for g, _ in t.cols):
            extra.append("two-level column header (\\multicolumn)")
        note = "; ".join(x for x in extra if x)
        if note:
            e["note"] = note
        t_out.append(e)
        for c in candidate_cells(t, n, rng):
            ok_page = None
            for q in range(pg, min(pages, pg + 4) + 1):
                if cell_ok(vt, texts[q], c):
                    ok_page = q
                    break
            if ok_page is None:
                dropped.append(c)
                continue
            if ok_page != pg:
                c["page"] = ok_page
            cells.append(c)
    for n, f in enumerate(figures, 1):
        pg, lab = find_caption_page(vt, texts, raws, [st["flabel"](n), f"Figure {n}:", f"Fig. {n}."], n, f.caption)
        if pg is None:
            raise RuntimeError(f"{name}: caption of figure {n} not found")
        e = {"n": n, "page": pg, "caption_start": f.caption, "raster": f.raster}
        if lab != f"Figure {n}:":
            e["label"] = lab
        e["note"] = {"diagram": "TikZ boxes and arrows (vector)", "line": "pgfplots line plot (vector)",
                     "bar": "pgfplots bar chart (vector)", "raster": "embedded PNG",
                     "sub": "two pgfplots subfigures (a)/(b)"}[f.kind] + (", full width (figure*)" if f.env == "figure*" else "")
        f_out.append(e)
    venue = st["venue"]
    year = st["year"]
    if venue and st.get("ieee_journal"):
        # IEEEtran prints the \markboth text as given; check it
        pass
    truth = {
        "pdf": f"{name}.pdf",
        "sha256": hashlib.sha256(open(pdf_path, "rb").read()).hexdigest(),
        "source": {"generator": "scripts/pdfgen/latex/generate.py", "style": style, "class": S.CLASS_OF[style],
                   "seed": seed, "note": "synthetic paper typeset with TeX Live by AraKit's generator; text drawn from word lists"
                   + ("; has a supplementary Table S1 (not listed)" if p.has_supp else "")},
        "licence": "generated text, no third-party content (same terms as this repository)",
        "title": p.title,
        "authors": [a["name"] for a in p.authors],
        "venue": venue,
        "year": year,
        "pages": pages,
        "pdf_metadata_title": mt.group(1).strip() if mt and mt.group(1).strip() else None,
        "tables": t_out,
        "figures": f_out,
        "cells": cells,
    }
    if venue is None:
        truth["note"] = "no venue or year is printed"
    return truth, dropped, texts


def check_truth(vt, tj):
    """verify_truth.check with two extensions: roman labels (load_verify) and, for a caption
    whose first words pdftotext -layout interleaves with the other column (IEEE's `TABLE I`
    on a line of its own), the same words looked up in pdftotext's reading-order text."""
    _, _, errs = vt.check(tj)
    truth = json.load(open(tj, encoding="utf-8"))
    pdf = os.path.join(os.path.dirname(tj), truth["pdf"])
    hard = []
    for e in errs:
        if "columns may interleave" in e:
            continue
        m = re.match(r"^(Table|Figure) (\d+): '(.*)' not on page (\d+)$", e)
        if m:
            x = next(x for x in truth["tables" if m.group(1) == "Table" else "figures"] if x["n"] == int(m.group(2)))
            lab = x.get("label") or f"{m.group(1)} {x['n']}:"
            p = m.group(4)
            lay, raw = (subprocess.run(["pdftotext"] + o + ["-f", p, "-l", p, pdf, "-"], capture_output=True, text=True).stdout
                        for o in (["-layout"], []))
            if caption_on_page(vt, lay, raw, lab, x["n"], x["caption_start"]):
                continue
        hard.append(e)
    return hard


def one(name, style, seed, out, keep, vt):
    work = tempfile.mkdtemp(prefix=f"pdfgen-{name}-")
    try:
        p, st, tables, figures = build(name, style, seed, work)
        pdf = compile_tex(work)
        truth, dropped, texts = make_truth(name, style, seed, p, st, tables, figures, pdf, vt)
        if truth["venue"] and vt.nospace(vt.fold(truth["venue"])) not in vt.nospace(vt.fold(texts[1])):
            raise RuntimeError(f"{name}: venue {truth['venue']!r} not printed on page 1")
        shutil.copyfile(pdf, os.path.join(out, f"{name}.pdf"))
        with open(os.path.join(out, f"{name}.truth.json"), "w", encoding="utf-8") as f:
            json.dump(truth, f, indent=1, ensure_ascii=False)
            f.write("\n")
        if keep:
            shutil.copytree(work, os.path.join(keep, name), dirs_exist_ok=True)
        return name, truth, dropped, None
    except Exception as e:  # reported, the others go on
        if keep:
            shutil.copytree(work, os.path.join(keep, name), dirs_exist_ok=True)
        return name, None, [], str(e)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", default=os.path.join(ROOT, "corpus/latex"))
    ap.add_argument("--only", nargs="*", help="paper names (default: all)")
    ap.add_argument("--keep-tex", help="copy each paper's LaTeX source folder here")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--verify-truth", default=os.path.join(ROOT, "../shared/corpus/pdf-dev/verify_truth.py"))
    args = ap.parse_args()
    for tool in ("latexmk", "pdflatex", "pdftotext", "pdfinfo"):
        if not shutil.which(tool):
            sys.exit(f"generate.py: {tool} not found (apt-get install texlive-latex-extra texlive-publishers "
                     "texlive-science latexmk texlive-fonts-recommended lmodern poppler-utils)")
    if not os.path.exists(args.verify_truth):
        sys.exit(f"generate.py: {args.verify_truth} not found (pdf-dev's verify_truth.py, for its text helpers and checks)")
    vt = load_verify(args.verify_truth)
    os.makedirs(args.out, exist_ok=True)
    todo = []
    for name, style, seed in PAPERS:
        if args.only and name not in args.only:
            continue
        cls = S.CLASS_OF[style]
        if not subprocess.run(["kpsewhich", f"{cls}.cls"], capture_output=True, text=True).stdout.strip():
            print(f"skip {name}: document class {cls} is not installed")
            continue
        todo.append((name, style, seed))
    bad = 0
    with concurrent.futures.ThreadPoolExecutor(max_workers=args.jobs) as ex:
        for name, truth, dropped, err in ex.map(lambda a: one(*a, args.out, args.keep_tex, vt), todo):
            if err:
                bad += 1
                print(f"FAIL {name}: {err}")
                continue
            print(f"{name}: {truth['pages']} pages, {len(truth['tables'])} tables, {len(truth['figures'])} figures, "
                  f"{len(truth['cells'])} cells" + (f" ({len(dropped)} dropped: not on one pdftotext line with their row)" if dropped else ""))
    # the pdf-dev checks (with roman-numeral labels) on everything written
    for name, _, _ in todo:
        tj = os.path.join(args.out, f"{name}.truth.json")
        if os.path.exists(tj):
            hard = check_truth(vt, tj)
            if hard:
                bad += 1
                print(f"BAD {name}: " + "; ".join(hard))
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
