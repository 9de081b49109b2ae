"""Seeded content for the LaTeX paper generator: title block, prose, tables and figures.

Everything is drawn from one random.Random, so a seed always gives the same paper.
A value is a pair (tex, printed): `tex` goes into the source, `printed` is the text
as it appears in the PDF (and so in the truth file).
"""
import struct
import zlib

import words as W

MINUS = "\u2212"


# ---------------------------------------------------------------------------
# prose
# ---------------------------------------------------------------------------

def plural(w):
    if w.endswith("y") and w[-2] not in "aeiou":
        return w[:-1] + "ies"
    if w.endswith(("s", "x", "ch", "sh")):
        return w + "es"
    if w.endswith("ion") and w == "criterion":
        return "criteria"
    return w + "s"


def np_(rng):
    f = rng.randrange(4)
    if f == 0:
        return f"the {rng.choice(W.ADJS)} {rng.choice(W.NOUNS)}"
    if f == 1:
        return f"{rng.choice(W.ADJS)} {plural(rng.choice(W.NOUNS))}"
    if f == 2:
        return f"a {rng.choice(W.NOUNS)} of {rng.choice(W.ADJS)} {plural(rng.choice(W.NOUNS))}"
    return f"the {rng.choice(W.NOUNS)} {rng.choice(W.NOUNS)}"


def sentence(rng):
    f = rng.randrange(8)
    if f == 0:
        s = f"we {rng.choice(W.VERBS_BASE)} {np_(rng)} {rng.choice(W.PREPS)} {np_(rng)}"
    elif f == 1:
        s = f"{np_(rng)} {rng.choice(W.VERBS)} {np_(rng)} when {np_(rng)} {rng.choice(W.VERBS)} {np_(rng)}"
    elif f == 2:
        s = f"in contrast to {np_(rng)}, {np_(rng)} {rng.choice(W.VERBS)} {np_(rng)} {rng.choice(W.PREPS)} {np_(rng)}"
    elif f == 3:
        s = (f"this {rng.choice(W.NOUNS)} {rng.choice(W.VERBS)} {np_(rng)}, which {rng.choice(W.VERBS)} "
             f"{np_(rng)} {rng.choice(W.PREPS)} {rng.choice(W.DATASETS)}")
    elif f == 4:
        s = (f"{rng.choice(W.CONNECT).lower()}, {np_(rng)} {rng.choice(W.VERBS)} {np_(rng)} by "
             f"{rng.randint(1, 9)}.{rng.randint(0, 9)} points {rng.choice(W.PREPS)} {rng.choice(W.DATASETS)}")
    elif f == 5:
        s = f"we {rng.choice(W.VERBS_BASE)} {np_(rng)} and {rng.choice(W.VERBS_BASE)} {np_(rng)} {rng.choice(W.PREPS)} {np_(rng)}"
    elif f == 6:
        s = (f"{rng.choice(W.CONNECT).lower()}, {np_(rng)} {rng.choice(W.VERBS)} {np_(rng)}, "
             f"although {np_(rng)} {rng.choice(W.VERBS)} {np_(rng)}")
    else:
        s = f"{np_(rng)} {rng.choice(W.VERBS)} {np_(rng)} {rng.choice(W.PREPS)} {rng.choice(W.DATASETS)} and {rng.choice(W.DATASETS)}"
    return s[0].upper() + s[1:] + "."


def paragraph(rng, lo=5, hi=8, lead=""):
    out = [sentence(rng) for _ in range(rng.randint(lo, hi))]
    if lead:
        out.insert(rng.randrange(min(3, len(out))), lead)
    return " ".join(out)


# ---------------------------------------------------------------------------
# title block
# ---------------------------------------------------------------------------

def title(rng):
    t = f"{rng.choice(W.TITLE_A)} {rng.choice(W.TITLE_B)} for {rng.choice(W.TITLE_C)}"
    if rng.random() < 0.4:
        t += ": " + rng.choice(W.TITLE_D)
    return t


def people(rng, n_auth, n_aff):
    firsts = rng.sample(W.FIRST, n_auth)
    lasts = rng.sample(W.LAST, n_auth)
    unis = rng.sample(range(len(W.UNIS)), n_aff)
    affs = []
    for u in unis:
        affs.append({"dept": rng.choice(W.DEPTS), "uni": W.UNIS[u], "city": W.CITIES[u], "domain": W.DOMAINS[u]})
    authors = []
    for i in range(n_auth):
        name = firsts[i] + (" " + rng.choice(W.MIDDLE) if rng.random() < 0.15 else "") + " " + lasts[i]
        a = sorted(set([i % n_aff] + ([rng.randrange(n_aff)] if rng.random() < 0.25 else [])))
        email = f"{firsts[i].lower()}.{lasts[i].lower()}@{affs[a[0]]['domain']}"
        authors.append({"name": name, "affs": a, "email": email, "corr": False, "equal": False})
    authors[rng.randrange(n_auth)]["corr"] = True
    if n_auth >= 3 and rng.random() < 0.5:
        authors[0]["equal"] = authors[1]["equal"] = True
    return authors, affs


# ---------------------------------------------------------------------------
# tables
# ---------------------------------------------------------------------------

class Table:
    """One numbered table. `cols`: list of (group or None, name); `rows`: list of dicts
    {group, label, cells: [(tex, printed) or None]}; `subs`: subtables (a)/(b)."""

    def __init__(self, **kw):
        self.env = "table"
        self.rules = "booktabs"
        self.group_style = "none"     # none | rowline | multirow
        self.label_head = ["Method"]
        self.cols = []
        self.rows = []
        self.subs = []
        self.note = None
        self.multiline_col = None
        self.align = None
        self.kind = ""
        self.__dict__.update(kw)

    def col_text(self, j):
        g, name = self.cols[j]
        return f"{g} {name}" if g else name


def fmt(x, d=1):
    s = f"{abs(x):.{d}f}"
    return s


def val(x, d=1, pm=None, pm_style="tight", bold=False, mark=None, signed=False, thousands=False):
    if thousands:
        s = f"{int(round(x)):,}"
        tex, pr = s, s
    else:
        s = fmt(x, d)
        if x < 0:
            tex, pr = "$-$" + s, MINUS + s
        elif signed:
            tex, pr = "+" + s, "+" + s
        else:
            tex, pr = s, s
    if pm is not None:
        p = fmt(pm, d)
        if pm_style == "tight":
            tex, pr = tex + "$\\pm$" + p, pr + "\u00b1" + p
        else:
            tex, pr = tex + " $\\pm$ " + p, pr + " \u00b1 " + p
    if bold:
        tex = "\\textbf{" + tex + "}"
    if mark:
        tex += {"\u2020": "$^{\\dagger}$", "\u2021": "$^{\\ddagger}$"}[mark]
        pr += mark
    return (tex, pr)


def no_substrings(names):
    out = []
    for n in names:
        if not any(n.lower() in o.lower() or o.lower() in n.lower() for o in out):
            out.append(n)
    return out


def results_table(rng, wide_ok, allow_multirow=True):
    """Main results: methods x (dataset x metric), maybe grouped rows, ± std, bold best."""
    n_ds = rng.choice([1, 2, 2] if wide_ok else [1, 1, 2])
    n_met = rng.choice([2, 3]) if n_ds == 1 else 2
    if n_ds == 1 and wide_ok:
        n_met = rng.choice([3, 4])
    dss = rng.sample(W.DATASETS, n_ds)
    mets = rng.sample([m for m in W.METRICS if m != "MAE"], n_met)
    cols = [(d if n_ds > 1 else None, m) for d in dss for m in mets]
    pm = rng.random() < 0.45 and len(cols) <= (4 if wide_ok else 3)
    pm_style = rng.choice(["tight", "spaced"])
    base = no_substrings(rng.sample(W.METHODS, 12))[: rng.randint(3, 5)]
    ours = no_substrings(rng.sample(W.OURS, 3))
    ours = [o for o in ours if not any(o.lower() in b.lower() for b in base)][: rng.randint(1, 3)]
    group_style = rng.choice(["none", "rowline", "multirow"] if allow_multirow else ["none", "rowline"])
    rows = []
    lv = [[rng.uniform(40, 90) for _ in cols] for _ in base + ours]
    for i in range(len(base), len(lv)):
        lv[i] = [v + rng.uniform(1, 6) for v in lv[i]]
    best = [max(range(len(lv)), key=lambda r: lv[r][j]) for j in range(len(cols))]
    marked = {(rng.randrange(len(lv)), rng.randrange(len(cols)))} if rng.random() < 0.5 else set()
    for i, name in enumerate(base + ours):
        cells = []
        for j in range(len(cols)):
            cells.append(val(lv[i][j], 1, pm=rng.uniform(0.1, 2.5) if pm else None, pm_style=pm_style,
                             bold=best[j] == i, mark="\u2020" if (i, j) in marked else None))
        g = None if group_style == "none" else ("Baselines" if i < len(base) else "Ours")
        rows.append({"group": g, "label": name, "cells": cells})
    cap = (f"Results on the {' and '.join(dss)} test set{'s' if n_ds > 1 else ''}. "
           + ("Mean \u00b1 standard deviation over five runs. " if pm else "")
           + "Best results in bold.")
    t = Table(kind="results", cols=cols, rows=rows, group_style=group_style,
              label_head=(["", "Method"] if group_style == "multirow" else ["Method"]),
              caption=cap, rules=rng.choice(["booktabs", "booktabs", "grid", "plain", "none"]))
    if marked:
        t.note = "$^{\\dagger}$Significantly better than the baseline (p < 0.05)."
    return t


def stats_table(rng):
    dss = rng.sample(W.DATASETS, rng.randint(3, 5))
    cols = [(None, c) for c in ["Train", "Dev", "Test", "Classes"]]
    rows = []
    for d in dss:
        tr = rng.randint(2000, 400000)
        rows.append({"group": None, "label": d, "cells": [val(tr, thousands=True), val(tr * rng.uniform(.05, .15), thousands=True),
                                                          val(tr * rng.uniform(.05, .15), thousands=True), val(rng.randint(2, 60), thousands=True)]})
    return Table(kind="stats", cols=cols, rows=rows, label_head=["Dataset"],
                 caption="Statistics of the datasets used in our experiments (number of examples per split).",
                 rules=rng.choice(["booktabs", "grid", "plain", "none"]))


def hyper_table(rng):
    params = rng.sample(W.HYPER, rng.randint(5, 7))
    models = rng.sample(["Small", "Base", "Large", "Student", "Teacher"], rng.choice([2, 3]))
    cols = [(None, m) for m in models]
    rows = [{"group": None, "label": p, "cells": [(v, v) for v in (rng.choice(vals) for _ in models)]} for p, vals in params]
    return Table(kind="hyper", cols=cols, rows=rows, label_head=["Hyperparameter"],
                 caption="Hyperparameters of the three model sizes.".replace("three", {2: "two", 3: "three"}[len(models)]),
                 rules=rng.choice(["booktabs", "grid", "none"]))


def desc_table(rng):
    """Text table with a wrapping (p-column) description cell."""
    meths = no_substrings(rng.sample(W.METHODS[:8], 4))
    rows = []
    for m in meths:
        d = W.DESCRIPTIONS[m]
        rows.append({"group": None, "label": m, "cells": [val(rng.uniform(0.5, 300), 1), (d, d)]})
    return Table(kind="desc", cols=[(None, "Params (M)"), (None, "Description")], rows=rows, label_head=["Model"],
                 caption="Systems compared in this study and their number of parameters.", multiline_col=1,
                 rules=rng.choice(["booktabs", "grid"]))


def ablation_table(rng):
    mets = rng.sample([m for m in W.METRICS if m != "MAE"], 2)
    comps = ["Full model", "w/o attention", "w/o memory", "w/o pretraining", "w/o augmentation", "shared encoder"]
    comps = comps[:1] + rng.sample(comps[1:], rng.randint(3, 4))
    full = [rng.uniform(60, 90) for _ in mets]
    rows = []
    for i, c in enumerate(comps):
        cells = []
        for j, _ in enumerate(mets):
            if i == 0:
                cells += [val(full[j], 1, bold=True), ("--", "\u2013")]
            else:
                d = rng.uniform(-6, 1.0)
                cells += [val(full[j] + d, 1), val(d, 1, signed=True)]
        rows.append({"group": None, "label": c, "cells": cells})
    cols = []
    for m in mets:
        cols += [(None, m), (None, "Diff. " + m)]
    return Table(kind="ablation", cols=cols, rows=rows, label_head=["Variant"],
                 caption="Ablation study. Differences are relative to the full model; negative values mean a loss.",
                 rules=rng.choice(["booktabs", "plain"]))


def long_table(rng):
    langs = sorted(rng.sample(W.LANGS, rng.randint(55, 70)))
    mets = rng.sample(["BLEU", "chrF", "COMET", "TER"], 3)
    cols = [(None, "Train")] + [(None, m) for m in mets]
    rows = []
    for lg in langs:
        rows.append({"group": None, "label": lg, "cells": [val(rng.randint(500, 900000), thousands=True)]
                     + [val(rng.uniform(5, 70), 1) for _ in mets]})
    return Table(kind="long", env="longtable", cols=cols, rows=rows, label_head=["Language"],
                 caption="Per-language results on the full evaluation set, sorted by language name.",
                 rules="booktabs")


def wide_table(rng, env):
    dss = rng.sample(W.DATASETS, rng.choice([3, 4]))
    mets = rng.sample(["P", "R", "F1"], 2) if len(dss) == 4 else ["P", "R", "F1"]
    cols = [(d, m) for d in dss for m in mets]
    meths = no_substrings(rng.sample(W.METHODS, 10))[:5] + [rng.choice(W.OURS)]
    rows = []
    for m in meths:
        rows.append({"group": None, "label": m, "cells": [val(rng.uniform(20, 95), 1) for _ in cols]})
    return Table(kind="wide", env=env, cols=cols, rows=rows, label_head=["Method"],
                 caption=f"Precision, recall and F1 of every system on the {len(dss)} evaluation corpora.",
                 rules=rng.choice(["booktabs", "grid"]))


def sub_tables(rng):
    subs = []
    meths = no_substrings(rng.sample(W.METHODS, 8))[:4]
    for letter, name in (("a", "Development set"), ("b", "Test set")):
        mets = ["Acc.", "F1"]
        rows = [{"group": None, "label": m, "cells": [val(rng.uniform(50, 95), 1) for _ in mets]} for m in meths]
        subs.append(Table(kind="sub", cols=[(None, x) for x in mets], rows=rows, label_head=["Model"],
                          caption=name, letter=letter, rules="booktabs"))
    return Table(kind="subtables", subs=subs, caption="Accuracy and F1 of four systems on the development and test sets.",
                 cols=[], rows=[])


# ---------------------------------------------------------------------------
# figures
# ---------------------------------------------------------------------------

class Figure:
    def __init__(self, **kw):
        self.env = "figure"
        self.raster = False
        self.__dict__.update(kw)


def line_plot(rng, width="0.95\\linewidth"):
    meths = rng.sample(W.METHODS[:8], 2) + [rng.choice(W.OURS)]
    met = rng.choice(["Accuracy", "F1", "BLEU"])
    plots = []
    for k, m in enumerate(meths):
        y = rng.uniform(20, 40)
        pts = []
        for x in range(0, 11):
            y = min(95, y + rng.uniform(0, 8) * (1 - x / 12) + k)
            pts.append(f"({x*2},{y:.1f})")
        plots.append(f"\\addplot+[mark size=1.2pt] coordinates {{{' '.join(pts)}}};\n\\addlegendentry{{{m}}}")
    tex = (f"\\begin{{tikzpicture}}\\begin{{axis}}[width={width},height=4.6cm,xlabel={{Training steps (k)}},"
           f"ylabel={{{met}}},legend pos=south east,legend style={{font=\\scriptsize}},tick label style={{font=\\scriptsize}},"
           f"label style={{font=\\small}}]\n" + "\n".join(plots) + "\n\\end{axis}\\end{tikzpicture}")
    return tex, f"{met} on the development set during training for three systems."


def bar_plot(rng, width="0.95\\linewidth"):
    dss = rng.sample(W.DATASETS, 3)
    meths = [rng.choice(W.METHODS[:6]), rng.choice(W.OURS)]
    plots = []
    for m in meths:
        pts = " ".join(f"({d},{rng.uniform(30, 90):.1f})" for d in dss)
        plots.append(f"\\addplot coordinates {{{pts}}};\n\\addlegendentry{{{m}}}")
    tex = (f"\\begin{{tikzpicture}}\\begin{{axis}}[ybar,width={width},height=4.4cm,symbolic x coords={{{','.join(dss)}}},"
           f"xtick=data,ylabel={{Score}},ymin=0,legend pos=north west,legend style={{font=\\scriptsize}},"
           f"tick label style={{font=\\scriptsize}},bar width=7pt,enlarge x limits=0.25]\n" + "\n".join(plots)
           + "\n\\end{axis}\\end{tikzpicture}")
    return tex, f"Scores per dataset for {meths[0]} and {meths[1]}."


def diagram(rng):
    stages = rng.sample(["Tokenizer", "Encoder", "Retriever", "Memory", "Router", "Decoder", "Reranker", "Scorer"], 4)
    nodes = []
    for i, s in enumerate(stages):
        pos = "" if i == 0 else f",right=0.5cm of n{i-1}"
        nodes.append(f"\\node[draw,rounded corners,minimum height=0.8cm,font=\\small{pos}] (n{i}) {{{s}}};")
    arrows = " ".join(f"\\draw[->] (n{i}) -- (n{i+1});" for i in range(3))
    tex = "\\begin{tikzpicture}\n" + "\n".join(nodes) + "\n" + arrows + "\n\\end{tikzpicture}"
    return tex, f"Overview of the proposed pipeline: the {stages[0].lower()} feeds the {stages[1].lower()}, whose output passes through the {stages[2].lower()} to the {stages[3].lower()}."


def png_bytes(seed, w=280, h=180):
    """A deterministic RGB heat-map PNG written with zlib and struct only."""
    import math
    import random
    r = random.Random(seed)
    cx, cy = [r.uniform(0.2, 0.8) for _ in range(3)], [r.uniform(0.2, 0.8) for _ in range(3)]
    raw = bytearray()
    for y in range(h):
        raw.append(0)
        for x in range(w):
            u, v = x / w, y / h
            s = sum(math.exp(-((u - cx[k]) ** 2 + (v - cy[k]) ** 2) * 18) for k in range(3))
            s = min(1.0, s * 0.8 + 0.08 * math.sin(u * 40) * math.sin(v * 30))
            s = max(0.0, s)
            raw += bytes((int(255 * s), int(255 * (1 - abs(2 * s - 1))), int(255 * (1 - s))))

    def chunk(t, d):
        c = struct.pack(">I", len(d)) + t + d
        return c + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(bytes(raw), 9)) + chunk(b"IEND", b""))
