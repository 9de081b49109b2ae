"""Document classes and their title blocks, for the LaTeX paper generator.

Each style function takes (rng, paper) and returns a dict:
  preamble   everything up to \\begin{document}
  front      title block and abstract (after \\begin{document})
  back       bibliography environment wrapper ("thebibliography" is used everywhere)
  twocol     the body is set in two columns (no longtable, pdflscape)
  tab_cap    'above' or 'below' (where table captions go)
  tlabel     printed label of table n (e.g. "Table 1:", "TABLE I", "Table 1.")
  flabel     printed label of figure n
  venue, year  as printed on page 1 (None when the class prints none)
  sub        subcaption available (subtables and subfigures)
  sideways   sidewaystable available
"""

ROMAN = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"),
         (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]


def roman(n):
    out = ""
    for v, s in ROMAN:
        while n >= v:
            out += s
            n -= v
    return out


PKGS = ("\\usepackage{graphicx}\n\\usepackage{booktabs}\n\\usepackage{multirow}\n\\usepackage{amssymb}\n"
        "\\usepackage{tikz}\n\\usetikzlibrary{positioning}\n\\usepackage{pgfplots}\n\\pgfplotsset{compat=1.18}\n"
        "\\usepackage{rotating}\n\\usepackage{array}\n")
DETERMINISM = "\\pdftrailerid{}\n\\input{glyphtounicode}\\pdfgentounicode=1\n"

SYMS = ["$^{\\spadesuit}$", "$^{\\diamondsuit}$", "$^{\\heartsuit}$", "$^{\\clubsuit}$"]
SYMS_PRINTED = ["\u2660", "\u2662", "\u2661", "\u2663"]


def ordinal(n):
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def affline(a):
    return f"{a['dept']}, {a['uni']}, {a['city']}"


def marks(au, kind):
    if kind == "numeric":
        return "\\textsuperscript{" + ",".join(str(i + 1) for i in au["affs"]) + "}"
    return "".join(SYMS[i] for i in au["affs"])


def secnum_tex(style):
    if style == "arabicdot":
        return "\\makeatletter\\renewcommand\\@seccntformat[1]{\\csname the#1\\endcsname.\\quad}\\makeatother\n"
    if style == "roman":
        return "\\renewcommand\\thesection{\\Roman{section}}\\renewcommand\\thesubsection{\\thesection.\\Alph{subsection}}\n"
    if style == "none":
        return "\\setcounter{secnumdepth}{0}\n"
    return ""


def caption_setup(rng, tabsep="colon", figname="Figure"):
    return (f"\\usepackage[labelfont=bf,font=small,labelsep={tabsep}]{{caption}}\n\\usepackage{{subcaption}}\n"
            + (f"\\captionsetup[figure]{{name={figname}}}\n" if figname != "Figure" else ""))


def sep_char(tabsep):
    return {"colon": ":", "period": ".", "quad": ""}[tabsep]


def first_page_footer(text):
    return ("\\usepackage{fancyhdr}\n\\fancypagestyle{firstpage}{\\fancyhf{}\\renewcommand{\\headrulewidth}{0pt}"
            f"\\fancyfoot[C]{{\\small {text}}}}}\n")


def first_page_header(text):
    return ("\\usepackage{fancyhdr}\n\\fancypagestyle{firstpage}{\\fancyhf{}\\renewcommand{\\headrulewidth}{0pt}"
            f"\\fancyhead[L]{{\\small {text}}}\\fancyfoot[C]{{\\thepage}}}}\n")


def abstract_env(p):
    return f"\\begin{{abstract}}\n{p.abstract}\n\\end{{abstract}}\n"


# ---------------------------------------------------------------------------

def acl_like(rng, p):
    year = rng.choice([2021, 2022, 2023])
    nth = rng.randint(3, 14)
    venue = f"Proceedings of the {ordinal(nth)} Workshop on Structured Prediction (WSP {year})"
    kind = rng.choice(["numeric", "symbol"])
    names = []
    for a in p.authors:
        s = f"\\textbf{{{a['name']}}}{marks(a, kind)}"
        if a["corr"]:
            s += "\\thanks{\\ \\ Corresponding author.}"
        names.append(s)
    lines = []
    for i in range(0, len(names), 3):
        lines.append(" \\quad ".join(names[i:i + 3]))
    affs = []
    for i, a in enumerate(p.affs):
        m = f"\\textsuperscript{{{i + 1}}}" if kind == "numeric" else SYMS[i]
        affs.append(m + f"{a['uni']}, {a['city']}")
    emails = " \\\\\n".join(", ".join(f"\\texttt{{{a['email']}}}" for a in p.authors[i:i + 2]) for i in range(0, min(4, len(p.authors)), 2))
    author = " \\\\\n".join(lines) + " \\\\\n" + " \\\\\n".join(affs) + " \\\\\n" + emails
    pre = ("\\documentclass[11pt,a4paper,twocolumn]{article}\n\\usepackage[T1]{fontenc}\n\\usepackage{times}\n"
           "\\usepackage[a4paper,margin=2.5cm,columnsep=0.6cm]{geometry}\n" + PKGS + caption_setup(rng)
           + first_page_footer(venue) + secnum_tex("arabic") + DETERMINISM)
    front = (f"\\title{{{p.title}}}\n\\author{{{author}}}\n\\date{{}}\n\\maketitle\n\\thispagestyle{{firstpage}}\n"
             + abstract_env(p))
    return dict(preamble=pre, front=front, twocol=True, tab_cap="below", tlabel=lambda n: f"Table {n}:",
                flabel=lambda n: f"Figure {n}:", venue=venue, year=year, sub=True, sideways=True)


def neurips_like(rng, p):
    year = rng.choice([2022, 2023, 2024])
    nth = rng.randint(30, 38)
    venue = f"{ordinal(nth)} Conference on Learning Systems (CLS {year})"
    blocks = []
    for a in p.authors:
        af = p.affs[a["affs"][0]]
        blocks.append(f"\\begin{{tabular}}[t]{{c}}\\textbf{{{a['name']}}}{'$^{*}$' if a['corr'] else ''}\\\\ "
                      f"{af['uni']}\\\\ {af['city']}\\\\ \\texttt{{{a['email']}}}\\end{{tabular}}")
    rows = [" \\hspace{2em} ".join(blocks[i:i + 2]) for i in range(0, len(blocks), 2)]
    tabsep = rng.choice(["colon", "colon", "period"])
    pre = ("\\documentclass[10pt,letterpaper]{article}\n\\usepackage[T1]{fontenc}\n\\usepackage{times}\n"
           "\\usepackage[letterpaper,textwidth=5.5in,textheight=9in,top=1in]{geometry}\n" + PKGS
           + caption_setup(rng, tabsep) + first_page_footer(venue) + secnum_tex("arabic") + DETERMINISM)
    front = (f"\\title{{\\bfseries {p.title}}}\n\\author{{" + " \\\\[1em]\n".join(rows) + "}\n\\date{}\n\\maketitle\n"
             "\\thispagestyle{firstpage}\n{\\let\\thefootnote\\relax\\footnotetext{$^{*}$Corresponding author.}}\n"
             + abstract_env(p))
    s = sep_char(tabsep)
    return dict(preamble=pre, front=front, twocol=False, tab_cap="above", tlabel=lambda n: f"Table {n}{s}",
                flabel=lambda n: f"Figure {n}{s}", venue=venue, year=year, sub=True, sideways=True)


def article_1col(rng, p):
    """A preprint: authblk, numeric affiliation marks, maybe an arXiv stamp in the margin."""
    year = rng.choice([2021, 2022, 2023, 2024])
    arxiv = rng.random() < 0.6
    authors = ""
    for a in p.authors:
        th = f"\\thanks{{Corresponding author: \\texttt{{{a['email']}}}}}" if a["corr"] else ""
        authors += f"\\author[{','.join(str(i + 1) for i in a['affs'])}]{{{a['name']}{th}}}\n"
    for i, a in enumerate(p.affs):
        authors += f"\\affil[{i + 1}]{{{affline(a)}}}\n"
    tabsep = rng.choice(["colon", "period", "quad"])
    figname = rng.choice(["Figure", "Fig."])
    secs = rng.choice(["arabic", "arabicdot", "roman"])
    stamp = ""
    if arxiv:
        ident = f"{year % 100:02d}{rng.randint(1, 12):02d}.{rng.randint(1000, 29999):05d}"
        day = rng.randint(1, 28)
        mon = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][int(ident[2:4]) - 1]
        stamp = (f"\\usepackage{{eso-pic}}\n\\usepackage{{xcolor}}\n\\AddToShipoutPictureBG*{{\\AtPageLowerLeft{{\\put(28,230)"
                 f"{{\\rotatebox{{90}}{{\\color{{gray}}\\fontsize{{20}}{{22}}\\selectfont arXiv:{ident}v{rng.randint(1, 3)}  "
                 f"[cs.LG]  {day} {mon} {year}}}}}}}}}\n")
        venue = "arXiv"
        foot = ""
    else:
        venue = f"Transactions on Applied Learning, Vol. {rng.randint(3, 12)}, {year}"
        foot = first_page_header(venue)
    pre = ("\\documentclass[11pt]{article}\n\\usepackage[T1]{fontenc}\n\\usepackage{lmodern}\n"
           "\\usepackage[margin=1in]{geometry}\n\\usepackage{authblk}\n" + PKGS + "\\usepackage{longtable}\n\\usepackage{pdflscape}\n"
           + caption_setup(rng, tabsep, figname) + stamp + foot + secnum_tex(secs) + DETERMINISM)
    front = (f"\\title{{{p.title}}}\n{authors}\\date{{}}\n\\maketitle\n" + ("\\thispagestyle{firstpage}\n" if foot else "")
             + abstract_env(p))
    s = sep_char(tabsep)
    return dict(preamble=pre, front=front, twocol=False, tab_cap=rng.choice(["above", "below"]),
                tlabel=lambda n: f"Table {n}{s}", flabel=lambda n: f"{figname} {n}{s}",
                venue=venue, year=year, sub=True, sideways=False, landscape=True, longtable=True)


def article_2col(rng, p):
    year = rng.choice([2020, 2021, 2022, 2023])
    venue = f"Journal of Applied Learning Research {rng.randint(10, 24)} ({year})"
    kind = "numeric"
    names = []
    for a in p.authors:
        s = f"{a['name']}{marks(a, kind)}" + ("$^{*}$" if a["corr"] else "") + ("$^{\\dagger}$" if a["equal"] else "")
        names.append(s)
    author = (", ".join(names) + " \\\\[0.5em]\n" + " \\\\\n".join(
        f"\\small\\textsuperscript{{{i + 1}}}{affline(a)}" for i, a in enumerate(p.affs)))
    notes = "$^{*}$Corresponding author: \\texttt{" + next(a["email"] for a in p.authors if a["corr"]) + "}"
    if any(a["equal"] for a in p.authors):
        notes += ". $^{\\dagger}$Equal contribution."
    secs = rng.choice(["arabic", "arabicdot", "none"])
    pre = ("\\documentclass[10pt,twocolumn]{article}\n\\usepackage[T1]{fontenc}\n\\usepackage{lmodern}\n"
           "\\usepackage[margin=0.8in,columnsep=0.3in]{geometry}\n" + PKGS + caption_setup(rng)
           + first_page_header(venue) + secnum_tex(secs) + DETERMINISM)
    front = (f"\\title{{\\Large\\bfseries {p.title}}}\n\\author{{{author}}}\n\\date{{}}\n\\maketitle\n\\thispagestyle{{firstpage}}\n"
             f"{{\\let\\thefootnote\\relax\\footnotetext{{{notes}}}}}\n" + abstract_env(p))
    return dict(preamble=pre, front=front, twocol=True, tab_cap="below", tlabel=lambda n: f"Table {n}:",
                flabel=lambda n: f"Figure {n}:", venue=venue, year=year, sub=True, sideways=True)


def ieee_conf(rng, p):
    year = rng.choice([2021, 2022, 2023])
    venue = f"{year} International Conference on Signal Systems (ICSS)"
    if rng.random() < 0.5:
        nm = ", ".join(f"{a['name']}\\IEEEauthorrefmark{{{a['affs'][0] + 1}}}" for a in p.authors)
        blocks = "".join(f"\\IEEEauthorblockA{{\\IEEEauthorrefmark{{{i + 1}}}{a['dept']}, {a['uni']}, {a['city']}}}\n"
                         for i, a in enumerate(p.affs))
        emails = ", ".join(a["email"] for a in p.authors[:3])
        author = f"\\IEEEauthorblockN{{{nm}}}\n{blocks}\\IEEEauthorblockA{{Email: {emails}}}"
    else:
        parts = []
        for a in p.authors[:4]:
            af = p.affs[a["affs"][0]]
            parts.append(f"\\IEEEauthorblockN{{{a['name']}}}\n\\IEEEauthorblockA{{{af['dept']}\\\\ {af['uni']}\\\\ {af['city']}\\\\ {a['email']}}}")
        author = "\n\\and\n".join(parts)
        p.authors = p.authors[:4]
    pre = ("\\documentclass[conference]{IEEEtran}\n\\usepackage[T1]{fontenc}\n" + PKGS
           + "\\makeatletter\\def\\ps@IEEEtitlepagestyle{\\def\\@oddhead{\\hfil\\footnotesize " + venue
           + "\\hfil}\\def\\@evenhead{}\\def\\@oddfoot{}\\def\\@evenfoot{}}\\makeatother\n" + DETERMINISM)
    front = (f"\\title{{{p.title}}}\n\\author{{{author}}}\n\\maketitle\n"
             f"\\begin{{abstract}}\n{p.abstract}\n\\end{{abstract}}\n")
    return dict(preamble=pre, front=front, twocol=True, tab_cap="above", tlabel=lambda n: f"TABLE {roman(n)}",
                flabel=lambda n: f"Fig. {n}.", venue=venue, year=year, sub=False, sideways=False)


def ieee_journal(rng, p):
    year = rng.choice([2021, 2022, 2023])
    vol = rng.randint(10, 40)
    venue = f"JOURNAL OF SIGNAL SYSTEMS, VOL. {vol}, NO. {rng.randint(1, 12)}, {year}"
    names = [a["name"].replace(" ", "~") for a in p.authors]
    if len(names) > 1:
        lst = ", ".join(names[:-1]) + (", and~" if len(names) > 2 else " and~") + names[-1]
    else:
        lst = names[0]
    mem = ",~\\IEEEmembership{Member,~IEEE}" if rng.random() < 0.5 else ""
    th = " ".join(f"\\thanks{{{a['name']} is with the {p.affs[a['affs'][0]]['dept']}, {p.affs[a['affs'][0]]['uni']}, "
                  f"{p.affs[a['affs'][0]]['city']} (e-mail: {a['email']}).}}" for a in p.authors[:3])
    th += f"\\thanks{{Manuscript received March {rng.randint(1, 28)}, {year - 1}; revised June {rng.randint(1, 28)}, {year - 1}.}}"
    lst = lst.replace(names[0], names[0] + mem, 1)
    pre = ("\\documentclass[journal]{IEEEtran}\n\\usepackage[T1]{fontenc}\n" + PKGS + DETERMINISM)
    front = (f"\\title{{{p.title}}}\n\\author{{{lst}{th}}}\n\\markboth{{{venue}}}{{{p.authors[0]['name'].split()[-1]} et al.}}\n"
             f"\\maketitle\n\\begin{{abstract}}\n{p.abstract}\n\\end{{abstract}}\n")
    return dict(preamble=pre, front=front, twocol=True, tab_cap="above", tlabel=lambda n: f"TABLE {roman(n)}",
                flabel=lambda n: f"Fig. {n}.", venue=venue, year=year, sub=False, sideways=False,
                ieee_journal=True)


def _acm_authors(p):
    out = ""
    for a in p.authors:
        af = p.affs[a["affs"][0]]
        city, country = (af["city"].split(", ") + [""])[:2]
        if not country:
            country, city = city, city
        out += (f"\\author{{{a['name']}}}\n\\affiliation{{\\institution{{{af['uni']}}}\\city{{{city}}}\\country{{{country}}}}}\n"
                f"\\email{{{a['email']}}}\n")
    return out


ACM_PRE = ("\\PassOptionsToPackage{expansion=false}{microtype}\\RequirePackage{lmodern}\n")


def acm_sigconf(rng, p):
    year = rng.choice([2022, 2023, 2024])
    short = f"WSP '{year % 100}"
    place = rng.choice(["Lisbon, Portugal", "Kyoto, Japan", "Toronto, Canada"])
    venue = f"WSP \u2019{year % 100}, June 5\u20139, {year}, {place}"
    pre = (ACM_PRE + "\\documentclass[sigconf,natbib=false]{acmart}\n" + PKGS.replace("\\usepackage{booktabs}\n", "")
           + "\\usepackage{subcaption}\n\\setcopyright{acmlicensed}\n"
           f"\\acmConference[{short}]{{Workshop on Structured Prediction}}{{June 5--9, {year}}}{{{place}}}\n"
           f"\\acmYear{{{year}}}\\acmDOI{{10.1145/{rng.randint(1000000, 9999999)}.{rng.randint(1000000, 9999999)}}}\n"
           f"\\acmISBN{{978-1-4503-{rng.randint(1000, 9999)}-{rng.randint(0, 9)}/{year % 100}/06}}\n" + DETERMINISM)
    front = (f"\\title{{{p.title}}}\n" + _acm_authors(p) + f"\\begin{{abstract}}\n{p.abstract}\n\\end{{abstract}}\n"
             "\\maketitle\n")
    return dict(preamble=pre, front=front, twocol=True, tab_cap="above", tlabel=lambda n: f"Table {n}:",
                flabel=lambda n: f"Figure {n}:", venue=venue, year=year, sub=True, sideways=False)


def acm_small(rng, p):
    year = rng.choice([2022, 2023])
    vol, num, art = rng.randint(60, 71), rng.randint(1, 6), rng.randint(1, 60)
    venue = f"J. ACM, Vol. {vol}, No. {num}, Article {art}"
    pre = (ACM_PRE + "\\documentclass[acmsmall,natbib=false]{acmart}\n" + PKGS.replace("\\usepackage{booktabs}\n", "")
           + "\\usepackage{subcaption}\n\\usepackage{longtable}\n\\setcopyright{acmlicensed}\n\\acmJournal{JACM}\n"
           f"\\acmVolume{{{vol}}}\\acmNumber{{{num}}}\\acmArticle{{{art}}}\\acmYear{{{year}}}\\acmMonth{{{rng.randint(1, 12)}}}\n"
           f"\\acmDOI{{10.1145/{rng.randint(1000000, 9999999)}}}\n" + DETERMINISM)
    front = (f"\\title{{{p.title}}}\n" + _acm_authors(p) + f"\\begin{{abstract}}\n{p.abstract}\n\\end{{abstract}}\n"
             "\\maketitle\n")
    return dict(preamble=pre, front=front, twocol=False, tab_cap="above", tlabel=lambda n: f"Table {n}.",
                flabel=lambda n: f"Fig. {n}.", venue=venue, year=year, sub=True, sideways=False, longtable=True)


def llncs(rng, p):
    auth = " \\and ".join(f"{a['name']}\\inst{{{','.join(str(i + 1) for i in a['affs'])}}}" for a in p.authors)
    inst = " \\and\n".join(f"{a['dept']}, {a['uni']}, {a['city']}\\\\ \\email{{" +
                           next((x["email"] for x in p.authors if i in x["affs"]), "") + "}"
                           for i, a in enumerate(p.affs))
    pre = ("\\documentclass[runningheads]{llncs}\n" + PKGS + "\\usepackage{longtable}\n" + DETERMINISM)
    front = (f"\\title{{{p.title}}}\n\\author{{{auth}}}\n\\authorrunning{{{p.authors[0]['name']} et al.}}\n"
             f"\\institute{{{inst}}}\n\\maketitle\n\\begin{{abstract}}\n{p.abstract}\n\\end{{abstract}}\n")
    return dict(preamble=pre, front=front, twocol=False, tab_cap="above", tlabel=lambda n: f"Table {n}.",
                flabel=lambda n: f"Fig. {n}.", venue=None, year=None, sub=False, sideways=False, longtable=True)


def elsarticle(rng, p):
    year = rng.choice([2021, 2022, 2023])
    journal = rng.choice(["Journal of Computational Tests", "Pattern Analysis Letters", "Information Systems Review"])
    two = rng.random() < 0.5
    opts = "5p,times,twocolumn" if two else "preprint,12pt"
    auth = ""
    for a in p.authors:
        labs = ",".join("abcd"[i] for i in a["affs"])
        auth += f"\\author[{labs}]{{{a['name']}" + ("\\corref{cor1}" if a["corr"] else "") + "}\n"
        if a["corr"]:
            auth += f"\\ead{{{a['email']}}}\n\\cortext[cor1]{{Corresponding author}}\n"
    for i, a in enumerate(p.affs):
        city, country = (a["city"].split(", ") + [""])[:2]
        auth += (f"\\affiliation[{'abcd'[i]}]{{organization={{{a['dept']}, {a['uni']}}},city={{{city}}}"
                 + (f",country={{{country}}}" if country else "") + "}\n")
    date = f"{rng.choice(['March', 'June', 'October'])} {rng.randint(1, 28)}, {year}"
    pre = (f"\\documentclass[{opts}]{{elsarticle}}\n" + PKGS
           + ("" if two else "\\usepackage{longtable}\n") + f"\\journal{{{journal}}}\n" + DETERMINISM)
    front = (f"\\renewcommand{{\\today}}{{{date}}}\n\\begin{{frontmatter}}\n\\title{{{p.title}}}\n{auth}"
             f"\\begin{{abstract}}\n{p.abstract}\n\\end{{abstract}}\n\\end{{frontmatter}}\n")
    return dict(preamble=pre, front=front, twocol=two, tab_cap="above", tlabel=lambda n: f"Table {n}:",
                flabel=lambda n: f"Figure {n}:", venue=journal, year=year, sub=False, sideways=not two,
                longtable=not two)


def revtex(rng, p):
    auth = ""
    for a in p.authors:
        auth += f"\\author{{{a['name']}}}\n" + (f"\\email{{{a['email']}}}\n" if a["corr"] else "")
        for i in a["affs"]:
            auth += f"\\affiliation{{{affline(p.affs[i])}}}\n"
    pre = ("\\documentclass[aps,pra,twocolumn,superscriptaddress]{revtex4-2}\n" + PKGS + DETERMINISM)
    front = (f"\\title{{{p.title}}}\n{auth}\\date{{}}\n\\begin{{abstract}}\n{p.abstract}\n\\end{{abstract}}\n\\maketitle\n")
    return dict(preamble=pre, front=front, twocol=True, tab_cap="above", tlabel=lambda n: f"TABLE {roman(n)}.",
                flabel=lambda n: f"FIG. {n}.", venue=None, year=None, sub=False, sideways=False)


STYLES = {
    "acl-like": acl_like, "neurips-like": neurips_like, "article-1col": article_1col, "article-2col": article_2col,
    "ieee-conf": ieee_conf, "ieee-journal": ieee_journal, "acm-sigconf": acm_sigconf, "acm-small": acm_small,
    "llncs": llncs, "elsarticle": elsarticle, "revtex": revtex,
}
CLASS_OF = {"acl-like": "article", "neurips-like": "article", "article-1col": "article", "article-2col": "article",
            "ieee-conf": "IEEEtran", "ieee-journal": "IEEEtran", "acm-sigconf": "acmart", "acm-small": "acmart",
            "llncs": "llncs", "elsarticle": "elsarticle", "revtex": "revtex4-2"}
