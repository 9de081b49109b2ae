#!/usr/bin/env python3
"""Python baseline for the AraKit review benchmark.

This is the yardstick `arakit review` is timed against (whole process, one
run per invocation), so it deliberately does the Level-1 *structural* review
the straightforward way the reference Python checker does it: PyYAML for the
YAML files, one regular expression per Markdown field, plain dict/set walks
for the cross-layer bindings.  It is not tuned beyond the obvious
(precompiled regexes, the libyaml loader when present, each file read once);
making it artificially slow or clever would distort the ratio.  It is not a
linter anyone should rely on: the findings exist to prove the work was done.

Checks, per bundle:
  - core files exist;
  - PAPER.md front matter parses and has title/authors/year; a Layer Index
    section exists and every path it names exists; declared counts
    ("N falsifiable claims", "N-node", "N session logs", ...) match reality;
  - claims: Statement/Status/Falsification criteria/Proof present, Status
    valid, Proof experiment ids exist, Dependencies exist and are acyclic;
  - experiments: Verifies/Setup/Procedure/Metrics present, Verifies claim ids
    exist, Evidence paths exist;
  - heuristics: Code ref paths exist, Sensitivity valid; related work: Type
    valid; concepts: Definition present, >= 5 concepts (target);
  - exploration tree (`tree:` list or `root:` node): ids unique, types valid,
    required fields per type, also_depends_on ids exist, graph acyclic, dead
    ends are leaves, explicit nodes carry source_refs, evidence ids are
    existing claim ids;
  - sessions, session index and staging observations parse and are
    well-formed, and their node references resolve;
  - evidence files: tables have Source/Caption and a `|` table, figures have
    valid Figure type/Extraction method/Reading confidence, evidence/README.md
    lists every evidence file;
  - claim `Sources` entries (`value ← path:line «quote» [tag]`): the cited
    file exists inside the bundle and the quote occurs at the cited line(s)
    (or in the cited tree node field), and the value's numbers are in the quote;
  - every number of a claim's Evidence basis appears in some table cell of
    the evidence files its Proof -> experiment -> Evidence chain reaches.

Usage:
    python3 scripts/bench/baseline_review.py BUNDLE_DIR [BUNDLE_DIR ...]

Prints one finding per line, `path:line: CODE message`, then
`N findings in M bundle(s)`.  Always exits 0 (findings are the output, not
an error), except 2 for a usage error.

Dependencies: Python 3.11 standard library + PyYAML.
"""

from __future__ import annotations

import os
import re
import sys
import traceback

import yaml

# Same loader choice and rationale as baseline_read.py: the libyaml-backed
# CSafeLoader is what anyone who cares about YAML speed in Python uses.
YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

CORE_FILES = (
    "PAPER.md",
    "logic/problem.md",
    "logic/claims.md",
    "logic/concepts.md",
    "logic/experiments.md",
    "logic/solution/constraints.md",
    "logic/related_work.md",
    "src/environment.md",
    "trace/exploration_tree.yaml",
    "evidence/README.md",
)

CLAIM_REQUIRED = ("Statement", "Status", "Falsification criteria", "Proof")
EXPERIMENT_REQUIRED = ("Verifies", "Setup", "Procedure", "Metrics")
CLAIM_STATUSES = {"hypothesis", "supported", "refuted", "partially supported"}
SENSITIVITIES = {"low", "medium", "high"}
RW_TYPES = {"imports", "bounds", "baseline", "extends", "refutes"}

NODE_TYPES = ("question", "experiment", "dead_end", "decision", "pivot")
NODE_REQUIRED = {
    "question": ("description",),
    "experiment": ("result",),
    "dead_end": ("hypothesis", "failure_mode", "lesson"),
    "decision": ("choice", "alternatives"),
    "pivot": ("from", "to", "trigger"),
}
SUPPORT_LEVELS = {"explicit", "inferred"}
POTENTIAL_TYPES = {"claim", "heuristic", "concept", "constraint", "architecture", "decision", "unknown"}
JOURNEY_EVENT_TYPES = set(NODE_TYPES)

FIGURE_TYPES = {"quantitative_plot", "diagram", "qualitative_sample", "mixed"}
EXTRACTION_METHODS = {"exact_from_labels", "digitized_estimate", "visual_description"}
READING_CONFIDENCES = {"high", "medium", "low"}
IMAGE_EXTS = (".png", ".jpg", ".jpeg", ".gif", ".svg", ".pdf", ".webp")

# --------------------------------------------------------------------------
# Regular expressions
# --------------------------------------------------------------------------

RE_HEADING = re.compile(r"^(?P<hashes>#{1,3}) +(?P<text>.*?)\s*$")
# "## C01: Title", "## C01 — Title", "## C01 - Title", "## E1".
RE_HEADING_ID = re.compile(r"^(?P<id>[A-Z]+\d+[A-Za-z0-9.]*)(?:\s*(?::|—|–|-)\s*(?P<title>.*))?$")
# "- **Field**: value", "**Field:** value", "- **Field:** value"; only
# unindented lines start a field, indented sub-bullets continue its value.
RE_FIELD = re.compile(r"^(?:[-*] +)?\*\*(?P<name>[^*\n]+?)(?::\*\*|\*\*:)[ \t]*(?P<value>.*)$")
RE_INLINE_FIELD = re.compile(r"\*\*(?P<name>[^*\n]+?)(?::\*\*|\*\*:)[ \t]*(?P<value>[^\n]*)")
RE_FIRST_HEADING = re.compile(r"^#{1,3} +(.*?)\s*$", re.MULTILINE)
RE_TABLE_SEP = re.compile(r"^\|?[\s:|-]+\|[\s:|-]*$")
RE_FENCE = re.compile(r"^\s*(```|~~~)")

RE_LAYER_INDEX = re.compile(r"^(?P<hashes>#{1,6})\s+Layer Index\b.*$", re.MULTILINE)
RE_ANY_HEADING = re.compile(r"^(?P<hashes>#{1,6})\s", re.MULTILINE)
RE_MD_LINK = re.compile(r"\[([^\]\n]*)\]\(([^)\s]+)\)")
RE_BACKTICK = re.compile(r"`([^`\n]+)`")
RE_LOOKS_LIKE_PATH = re.compile(r"^[\w.\-/]+$")

RE_ID = re.compile(r"^(?P<prefix>[A-Z]+)0*(?P<num>\d+)$")
RE_CLAIM_REF = re.compile(r"\bC(\d+)\b")
RE_EXPERIMENT_REF = re.compile(r"\bE(\d+)\b")
RE_BUNDLE_PATH = re.compile(r"(?:\.\./)*((?:evidence|src|logic|trace|data|staging|rubric)/[^\s,;()\[\]`'\"<>]*)")

DECLARED_COUNTS = (
    ("claims", re.compile(r"\b(\d+)\s+falsifiable claims?\b"), "falsifiable claims"),
    ("nodes", re.compile(r"\b(\d+)-node\b"), "tree nodes"),
    ("sessions", re.compile(r"\b(\d+)\s+session logs?\b"), "session logs"),
    ("observations", re.compile(r"\b(\d+)\s+(?:preliminary\s+)?observations\b"), "staged observations"),
    ("heuristics", re.compile(r"\b(\d+)\s+(?:design decisions|heuristics)\b"), "heuristics"),
)

# Sources entry: "<value> ← <ref> «quote» [tag]" (ASCII "<-" accepted too).
RE_SOURCE_ARROW = re.compile(r"\s*(?:←|<-)\s*")
RE_QUOTE = re.compile(r"«(.*?)»", re.DOTALL)
RE_TAG = re.compile(r"\[(input|result)\]\s*$")
RE_PENDING = re.compile(r"^\[?\s*pending\b", re.IGNORECASE)
RE_FILE_REF = re.compile(r"`?(?P<path>[^\s`«»]+?):(?P<a>\d+)(?:\s*[-–]\s*(?P<b>\d+))?`?")
RE_NODE_REF = re.compile(r"`?(?P<node>N[A-Za-z0-9]*\d[A-Za-z0-9]*)[:.](?P<field>[A-Za-z_]+)`?")
RE_ELLIPSIS = re.compile(r"\s*(?:…|\.\.\.)\s*")
RE_WS = re.compile(r"\s+")

# Numbers that carry results: decimals and percentages.  Plain integers in
# prose are mostly table/figure/section numbers and model sizes, so skipped.
RE_RESULT_NUMBER = re.compile(r"(?<![\w.\-])(\d+\.\d+|\d+(?=\s*%))(?![\w.]*\d)")
RE_CELL_NUMBER = re.compile(r"\d+(?:\.\d+)?")

RE_YAML_ID_LINE = re.compile(r"^\s*(?:-\s+)?\{?\s*id:\s*[\"']?(?P<id>[^\"'\s#,]+)", re.MULTILINE)


# --------------------------------------------------------------------------
# Markdown
# --------------------------------------------------------------------------

class Field:
    __slots__ = ("name", "line", "lines")

    def __init__(self, name: str, line: int, first: str):
        self.name = name
        self.line = line
        self.lines = [(line, first)]  # (1-based line number, text)

    @property
    def value(self) -> str:
        return "\n".join(t for _, t in self.lines).strip()


class Block:
    __slots__ = ("id", "title", "level", "line", "fields", "table_rows")

    def __init__(self, block_id, title, level, line):
        self.id = block_id
        self.title = title
        self.level = level
        self.line = line
        self.fields: dict[str, Field] = {}       # lower-cased name -> first occurrence
        self.table_rows: list[tuple[int, list[str]]] = []

    def field(self, *names: str) -> Field | None:
        for n in names:
            f = self.fields.get(n.lower())
            if f is not None:
                return f
        return None


def split_front_matter(text: str) -> tuple[str | None, str, int]:
    """(front_matter_yaml, body, body_first_line)."""
    if not text.startswith("---"):
        return None, text, 1
    lines = text.split("\n")
    if lines[0].rstrip() != "---":
        return None, text, 1
    for i in range(1, len(lines)):
        if lines[i].rstrip() == "---":
            return "\n".join(lines[1:i]), "\n".join(lines[i + 1:]), i + 2
    return None, text, 1


def parse_markdown(text: str) -> list[Block]:
    """Heading blocks (levels 1-3) with their bold fields and table rows, all
    with 1-based line numbers.  Text before the first heading is a block with
    no title.  Headings inside fenced code are ignored."""
    blocks = [Block(None, None, 0, 1)]
    cur = blocks[0]
    field: Field | None = None
    in_fence = False
    for lineno, line in enumerate(text.split("\n"), 1):
        if RE_FENCE.match(line):
            in_fence = not in_fence
            if field is not None:
                field.lines.append((lineno, line))
            continue
        if in_fence:
            if field is not None:
                field.lines.append((lineno, line))
            continue
        h = RE_HEADING.match(line)
        if h:
            field = None
            text_ = h.group("text")
            m = RE_HEADING_ID.match(text_)
            if m:
                cur = Block(m.group("id"), (m.group("title") or "").strip(), len(h.group("hashes")), lineno)
            else:
                cur = Block(None, text_, len(h.group("hashes")), lineno)
            blocks.append(cur)
            continue
        m = RE_FIELD.match(line)
        if m:
            field = Field(m.group("name").strip().rstrip(":").strip(), lineno, m.group("value"))
            cur.fields.setdefault(field.name.lower(), field)
            continue
        if line.startswith("|"):
            field = None
            if not RE_TABLE_SEP.match(line):
                cur.table_rows.append((lineno, [c.strip() for c in line.strip().strip("|").split("|")]))
            continue
        if field is not None:
            if not line.strip():
                field = None
            else:
                field.lines.append((lineno, line))
    return blocks


def norm_id(raw: str) -> str | None:
    """C01 / C1 -> 'C1'; None when it does not look like an ARA id."""
    m = RE_ID.match(raw.strip())
    if not m:
        return None
    return m.group("prefix") + str(int(m.group("num")))


def find_cycles(graph: dict[str, list[str]]) -> list[list[str]]:
    """Iterative DFS; one cycle reported per back edge."""
    WHITE, GRAY, BLACK = 0, 1, 2
    color = {n: WHITE for n in graph}
    cycles = []
    for start in graph:
        if color[start] != WHITE:
            continue
        path = [start]
        color[start] = GRAY
        stack = [iter(graph[start])]
        while stack:
            nxt = next(stack[-1], None)
            if nxt is None:
                color[path.pop()] = BLACK
                stack.pop()
                continue
            c = color.get(nxt)
            if c is None:
                continue  # dangling edge, reported elsewhere
            if c == GRAY:
                cycles.append(path[path.index(nxt):] + [nxt])
            elif c == WHITE:
                color[nxt] = GRAY
                path.append(nxt)
                stack.append(iter(graph[nxt]))
    return cycles


def yaml_error_line(exc: Exception) -> int:
    mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
    return mark.line + 1 if mark is not None else 1


def first_line_containing(text: str, needle: str) -> int:
    i = text.find(needle)
    return 1 if i < 0 else text.count("\n", 0, i) + 1


# --------------------------------------------------------------------------
# One review of one bundle
# --------------------------------------------------------------------------

class Review:
    def __init__(self, root: str, display: str):
        self.root = os.path.abspath(root)
        self.display = display
        self.findings: list[tuple[str, int, str, str]] = []
        self._text: dict[str, str | None] = {}
        self._cells: dict[str, tuple[set[str], list[str]]] = {}
        # Filled by the checks, used by later ones.
        self.claims: dict[str, Block] = {}
        self.experiments: dict[str, Block] = {}
        self.heuristic_count = 0
        self.node_ids: set[str] = set()
        self.nodes: dict[str, dict] = {}
        self.node_lines: dict[str, int] = {}
        self.tree_doc_ok = False
        self.session_count = 0
        self.observation_count: int | None = None

    # -- helpers -----------------------------------------------------------

    def add(self, rel: str, line: int, code: str, msg: str) -> None:
        self.findings.append((rel, line, code, msg))

    def abspath(self, rel: str) -> str:
        return os.path.join(self.root, rel)

    def exists(self, rel: str) -> bool:
        return os.path.exists(self.abspath(rel))

    def inside(self, rel: str) -> bool:
        full = os.path.normpath(self.abspath(rel))
        return full == self.root or full.startswith(self.root + os.sep)

    def read(self, rel: str) -> str | None:
        if rel in self._text:
            return self._text[rel]
        try:
            with open(self.abspath(rel), encoding="utf-8", errors="replace") as f:
                text = f.read()
        except OSError:
            text = None
        self._text[rel] = text
        return text

    def load_yaml(self, rel: str):
        """(doc, ok).  Parse errors become findings."""
        text = self.read(rel)
        if text is None:
            return None, False
        try:
            return yaml.load(text, Loader=YAML_LOADER), True
        except yaml.YAMLError as exc:
            self.add(rel, yaml_error_line(exc), "YAML_PARSE", f"YAML does not parse: {str(exc).splitlines()[0]}")
            return None, False

    def md_blocks(self, rel: str) -> list[Block] | None:
        text = self.read(rel)
        return None if text is None else parse_markdown(text)

    def table_numbers(self, rel: str) -> tuple[set[str], list[str]]:
        """Numbers appearing in the `|` table cells of an evidence file."""
        got = self._cells.get(rel)
        if got is not None:
            return got
        exact: set[str] = set()
        text = self.read(rel) or ""
        for line in text.split("\n"):
            if line.startswith("|") and not RE_TABLE_SEP.match(line):
                for cell in line.strip().strip("|").split("|"):
                    for n in RE_CELL_NUMBER.findall(cell.replace(",", "")):
                        exact.add(n)
        got = (exact, sorted(exact))
        self._cells[rel] = got
        return got

    # -- core layout -------------------------------------------------------

    def check_core(self) -> None:
        for rel in CORE_FILES:
            full = self.abspath(rel)
            if not os.path.isfile(full):
                self.add(rel, 1, "CORE_MISSING", "core file is missing")
            elif os.path.getsize(full) == 0:
                self.add(rel, 1, "CORE_EMPTY", "core file is empty")

    # -- PAPER.md ----------------------------------------------------------

    def check_paper(self) -> None:
        rel = "PAPER.md"
        text = self.read(rel)
        if text is None:
            return
        fm, body, body_line = split_front_matter(text)
        if fm is None:
            self.add(rel, 1, "FM_MISSING", "no YAML front matter")
        else:
            try:
                meta = yaml.load(fm, Loader=YAML_LOADER)
            except yaml.YAMLError as exc:
                self.add(rel, yaml_error_line(exc) + 1, "FM_PARSE", "front matter does not parse")
                meta = None
            if meta is not None and not isinstance(meta, dict):
                self.add(rel, 2, "FM_SHAPE", "front matter is not a mapping")
            elif isinstance(meta, dict):
                for key in ("title", "authors", "year"):
                    if meta.get(key) in (None, "", []):
                        self.add(rel, 1, "FM_KEY", f"front matter has no '{key}'")

        m = RE_LAYER_INDEX.search(body)
        if not m:
            self.add(rel, body_line, "LAYER_INDEX_MISSING", "no 'Layer Index' heading")
        else:
            level = len(m.group("hashes"))
            start, end = m.end(), len(body)
            for h in RE_ANY_HEADING.finditer(body, start):
                if len(h.group("hashes")) <= level:
                    end = h.start()
                    break
            self.check_layer_index(body, m.start(), end, body_line)

        self.check_declared_counts(body, body_line)

    def check_layer_index(self, body: str, start: int, end: int, body_line: int) -> None:
        rel = "PAPER.md"
        first = body_line + body.count("\n", 0, start)
        dirs: list[tuple[int, str]] = []  # (indent, resolved dir) context stack
        for offset, line in enumerate(body[start:end].split("\n")):
            lineno = first + offset
            stripped = line.lstrip()
            indent = -1 if stripped.startswith("#") else len(line) - len(stripped)
            while dirs and dirs[-1][0] >= indent:
                dirs.pop()
            for _, target in RE_MD_LINK.findall(line):
                if target.startswith(("http://", "https://", "mailto:", "#")):
                    continue
                path = target.split("#", 1)[0].lstrip("/")
                if path and not self.exists(path):
                    self.add(rel, lineno, "LAYER_LINK", f"Layer Index link target does not exist: {path}")
            line_no_links = RE_MD_LINK.sub("", line)
            for token in RE_BACKTICK.findall(line_no_links):
                token = token.strip().lstrip("/")
                if not RE_LOOKS_LIKE_PATH.match(token) or ("/" not in token and "." not in token):
                    continue
                candidates = [token] + [d + token for _, d in reversed(dirs)]
                found = next((c for c in candidates if self.exists(c)), None)
                if found is None:
                    self.add(rel, lineno, "LAYER_LINK", f"Layer Index path does not exist: {token}")
                elif token.endswith("/"):
                    dirs.append((indent, found))

    def check_declared_counts(self, body: str, body_line: int) -> None:
        actual = {
            "claims": len(self.claims),
            "nodes": len(self.nodes) if self.tree_doc_ok else None,
            "sessions": self.session_count,
            "observations": self.observation_count,
            "heuristics": self.heuristic_count,
        }
        for key, rx, label in DECLARED_COUNTS:
            if actual[key] is None:
                continue
            for m in rx.finditer(body):
                declared = int(m.group(1))
                if declared != actual[key]:
                    line = body_line + body.count("\n", 0, m.start())
                    self.add("PAPER.md", line, "COUNT_MISMATCH",
                             f"declares {declared} {label}, found {actual[key]}")

    # -- logic/ ------------------------------------------------------------

    def parse_claims(self) -> list[Block]:
        blocks = self.md_blocks("logic/claims.md") or []
        out = []
        for b in blocks:
            if b.id and b.id.startswith("C") and norm_id(b.id):
                key = norm_id(b.id)
                if key in self.claims:
                    self.add("logic/claims.md", b.line, "DUP_ID", f"duplicate claim id {b.id}")
                    continue
                self.claims[key] = b
                out.append(b)
        return out

    def parse_experiments(self) -> list[Block]:
        blocks = self.md_blocks("logic/experiments.md") or []
        out = []
        for b in blocks:
            if b.id and b.id.startswith("E") and norm_id(b.id):
                key = norm_id(b.id)
                if key in self.experiments:
                    self.add("logic/experiments.md", b.line, "DUP_ID", f"duplicate experiment id {b.id}")
                    continue
                self.experiments[key] = b
                out.append(b)
        return out

    def check_claims(self, claims: list[Block]) -> None:
        rel = "logic/claims.md"
        deps: dict[str, list[str]] = {}
        for b in claims:
            key = norm_id(b.id)
            for name in CLAIM_REQUIRED:
                f = b.field(name)
                if f is None or not f.value:
                    self.add(rel, b.line, "CLAIM_FIELD", f"{b.id}: missing '{name}'")
            status = b.field("Status")
            if status is not None and status.value:
                word = re.split(r"[(.;,—]", status.value.lower(), maxsplit=1)[0].strip().strip("*_`")
                if word not in CLAIM_STATUSES:
                    self.add(rel, status.line, "CLAIM_STATUS", f"{b.id}: unknown status '{word}'")
            proof = b.field("Proof")
            if proof is not None and proof.value:
                ids = RE_EXPERIMENT_REF.findall(proof.value)
                for num in ids:
                    if "E" + str(int(num)) not in self.experiments:
                        self.add(rel, proof.line, "PROOF_DANGLING", f"{b.id}: Proof cites E{num}, no such experiment")
                if not ids and "pending" not in proof.value.lower():
                    self.add(rel, proof.line, "PROOF_NO_EXPERIMENT", f"{b.id}: Proof names no experiment id")
            dep = b.field("Dependencies")
            deps[key] = []
            if dep is not None:
                for num in RE_CLAIM_REF.findall(dep.value):
                    target = "C" + str(int(num))
                    if target not in self.claims:
                        self.add(rel, dep.line, "DEP_DANGLING", f"{b.id}: depends on C{num}, no such claim")
                    else:
                        deps[key].append(target)
        for cycle in find_cycles(deps):
            b = self.claims[cycle[0]]
            self.add(rel, b.line, "DEP_CYCLE", "claim dependency cycle: " + " -> ".join(cycle))

    def check_experiments(self, experiments: list[Block]) -> None:
        rel = "logic/experiments.md"
        for b in experiments:
            for name in EXPERIMENT_REQUIRED:
                f = b.field(name)
                if f is None or not f.value:
                    self.add(rel, b.line, "EXP_FIELD", f"{b.id}: missing '{name}'")
            ver = b.field("Verifies")
            if ver is not None:
                for num in RE_CLAIM_REF.findall(ver.value):
                    if "C" + str(int(num)) not in self.claims:
                        self.add(rel, ver.line, "VERIFIES_DANGLING", f"{b.id}: verifies C{num}, no such claim")
            for path, line in self.experiment_evidence_paths(b):
                if not self.inside(path) or not self.exists(path):
                    self.add(rel, line, "EVIDENCE_PATH", f"{b.id}: evidence path does not exist: {path}")

    def experiment_evidence_paths(self, b: Block) -> list[tuple[str, int]]:
        f = b.field("Evidence", "Evidence output", "Evidence outputs", "Results")
        if f is None:
            return []
        out = []
        for lineno, text in f.lines:
            for p in RE_BUNDLE_PATH.findall(text):
                p = p.rstrip(".:")
                if p and not p.endswith("/"):
                    out.append((p, lineno))
        return out

    def check_heuristics(self) -> None:
        rel = "logic/solution/heuristics.md"
        blocks = self.md_blocks(rel)
        if blocks is None:
            return
        base = os.path.dirname(rel)
        for b in blocks:
            if not (b.id and b.id.startswith("H")):
                continue
            self.heuristic_count += 1
            sens = b.field("Sensitivity")
            if sens is not None:
                word = re.split(r"[\s(—,;.]", sens.value.lower().strip("*_` "), maxsplit=1)[0]
                if word not in SENSITIVITIES:
                    self.add(rel, sens.line, "HEUR_SENSITIVITY", f"{b.id}: unknown sensitivity '{word}'")
            ref = b.field("Code ref")
            if ref is None:
                continue
            value = ref.value
            targets = [t for _, t in RE_MD_LINK.findall(value)]
            if targets:
                paths = [os.path.normpath(os.path.join(base, t.split("#", 1)[0])) for t in targets]
            else:
                paths = []
                for part in re.split(r"[,;\n]", value.strip().strip("[]")):
                    token = part.strip().strip("[]`").split(" ", 1)[0]
                    if RE_LOOKS_LIKE_PATH.match(token) and ("/" in token or "." in token):
                        paths.append(token)
                if not paths:
                    self.add(rel, ref.line, "CODE_REF", f"{b.id}: Code ref names no path")
            for p in paths:
                if not self.inside(p) or not self.exists(p):
                    self.add(rel, ref.line, "CODE_REF", f"{b.id}: Code ref path does not exist: {p}")

    def check_related_work(self) -> None:
        rel = "logic/related_work.md"
        for b in self.md_blocks(rel) or []:
            if not (b.id and b.id.startswith("RW")):
                continue
            t = b.field("Type")
            if t is None:
                self.add(rel, b.line, "RW_FIELD", f"{b.id}: missing 'Type'")
                continue
            word = re.split(r"[\s(—,;.]", t.value.lower().strip("*_` "), maxsplit=1)[0]
            if word not in RW_TYPES:
                self.add(rel, t.line, "RW_TYPE", f"{b.id}: unknown type '{word}'")

    def check_concepts(self) -> None:
        rel = "logic/concepts.md"
        blocks = self.md_blocks(rel)
        if blocks is None:
            return
        concepts = [b for b in blocks if b.title and b.level >= 2]
        for b in concepts:
            d = b.field("Definition")
            if d is None or not d.value:
                self.add(rel, b.line, "CONCEPT_FIELD", f"concept '{b.title}': missing 'Definition'")
        if len(concepts) < 5:
            self.add(rel, 1, "CONCEPT_COUNT", f"{len(concepts)} concepts (target >= 5)")

    # -- trace/ and staging/ ----------------------------------------------

    def check_tree(self) -> None:
        rel = "trace/exploration_tree.yaml"
        doc, ok = self.load_yaml(rel)
        if not ok:
            return
        text = self.read(rel) or ""
        for m in RE_YAML_ID_LINE.finditer(text):
            self.node_lines.setdefault(m.group("id"), text.count("\n", 0, m.start()) + 1)
        if isinstance(doc, dict) and isinstance(doc.get("tree"), list):
            roots = list(doc["tree"])
        elif isinstance(doc, dict) and isinstance(doc.get("root"), dict):
            roots = [doc["root"]]
        else:
            self.add(rel, 1, "TREE_SHAPE", "no 'tree:' list or 'root:' node")
            return
        self.tree_doc_ok = True

        # Walk (explicit stack: real trees are deeply nested).
        edges: dict[str, list[str]] = {}
        stack: list[tuple[object, str | None]] = [(n, None) for n in reversed(roots)]
        order: list[dict] = []
        while stack:
            node, parent = stack.pop()
            if not isinstance(node, dict):
                self.add(rel, self.node_lines.get(parent or "", 1), "NODE_SHAPE",
                         f"non-mapping node under {parent or 'top level'}")
                continue
            nid = node.get("id")
            nid = None if nid is None else str(nid)
            if nid is None:
                self.add(rel, self.node_lines.get(parent or "", 1), "NODE_ID", f"node without id under {parent or 'top level'}")
            elif nid in self.nodes:
                self.add(rel, self.node_lines.get(nid, 1), "NODE_DUP", f"duplicate node id {nid}")
            else:
                self.nodes[nid] = node
                edges[nid] = []
                order.append(node)
            if parent is not None and nid is not None:
                edges[parent].append(nid)
            children = node.get("children")
            if isinstance(children, list):
                for c in reversed(children):
                    stack.append((c, nid if nid in edges else parent))
            elif children is not None:
                self.add(rel, self.node_lines.get(nid or "", 1), "NODE_CHILDREN", f"{nid}: 'children' is not a list")
        self.node_ids = set(self.nodes)

        for node in order:
            nid = str(node["id"])
            line = self.node_lines.get(nid, 1)
            ntype = node.get("type")
            if ntype not in NODE_TYPES:
                self.add(rel, line, "NODE_TYPE", f"{nid}: invalid type '{ntype}'")
            if not node.get("title"):
                self.add(rel, line, "NODE_FIELD", f"{nid}: missing 'title'")
            for key in NODE_REQUIRED.get(ntype, ()):
                if node.get(key) in (None, "", []):
                    self.add(rel, line, "NODE_FIELD", f"{nid}: {ntype} missing '{key}'")
            support = node.get("support_level")
            if support is not None and support not in SUPPORT_LEVELS:
                self.add(rel, line, "NODE_SUPPORT", f"{nid}: invalid support_level '{support}'")
            if support == "explicit" and not node.get("source_refs"):
                self.add(rel, line, "NODE_SOURCE_REFS", f"{nid}: explicit node without source_refs")
            if ntype == "dead_end" and node.get("children"):
                self.add(rel, line, "DEAD_END_CHILDREN", f"{nid}: dead_end has children")
            also = node.get("also_depends_on")
            if also is not None:
                for dep in (also if isinstance(also, list) else [also]):
                    dep = str(dep)
                    if dep not in self.nodes:
                        self.add(rel, line, "NODE_DEP_DANGLING", f"{nid}: also_depends_on {dep}, no such node")
                    else:
                        edges[dep].append(nid)
            ev = node.get("evidence")
            items = ev if isinstance(ev, list) else [ev] if isinstance(ev, str) else []
            for item in items:
                if not isinstance(item, str):
                    continue
                key = norm_id(item)
                if key is None:
                    continue  # prose reference
                if not key.startswith("C"):
                    self.add(rel, line, "NODE_EVIDENCE", f"{nid}: evidence id {item} is not a claim id")
                elif key not in self.claims:
                    self.add(rel, line, "NODE_EVIDENCE", f"{nid}: evidence cites {item}, no such claim")

        edges = {k: list(dict.fromkeys(v)) for k, v in edges.items()}
        for cycle in find_cycles(edges):
            self.add(rel, self.node_lines.get(cycle[0], 1), "TREE_CYCLE", "cycle: " + " -> ".join(cycle))

    def check_sessions(self) -> None:
        sdir = self.abspath("trace/sessions")
        if not os.path.isdir(sdir):
            return
        stems = set()
        for name in sorted(os.listdir(sdir)):
            if not name.endswith((".yaml", ".yml")) or name.startswith("session_index."):
                continue
            rel = "trace/sessions/" + name
            self.session_count += 1
            stems.add(name.rsplit(".", 1)[0])
            doc, ok = self.load_yaml(rel)
            if not ok:
                continue
            if not isinstance(doc, dict):
                self.add(rel, 1, "SESSION_SHAPE", "session file is not a mapping")
                continue
            sess = doc.get("session")
            if not isinstance(sess, dict):
                self.add(rel, 1, "SESSION_FIELD", "no 'session' mapping")
            else:
                for key in ("id", "timestamp", "summary"):
                    if sess.get(key) in (None, ""):
                        self.add(rel, 1, "SESSION_FIELD", f"session has no '{key}'")
            events = doc.get("events_logged")
            if isinstance(events, list) and self.tree_doc_ok:
                for ev in events:
                    if not isinstance(ev, dict):
                        continue
                    eid = ev.get("id")
                    if ev.get("type") in JOURNEY_EVENT_TYPES and eid is not None and str(eid) not in self.node_ids:
                        self.add(rel, first_line_containing(self.read(rel) or "", str(eid)), "SESSION_NODE",
                                 f"event {eid} names no tree node")
        rel = "trace/sessions/session_index.yaml"
        if self.exists(rel):
            doc, ok = self.load_yaml(rel)
            if ok:
                sessions = doc.get("sessions") if isinstance(doc, dict) else None
                if not isinstance(sessions, list):
                    self.add(rel, 1, "SESSION_INDEX", "no 'sessions' list")
                else:
                    for s in sessions:
                        sid = str(s.get("id")) if isinstance(s, dict) else None
                        if sid is None or sid not in stems:
                            self.add(rel, first_line_containing(self.read(rel) or "", sid or "-"), "SESSION_INDEX",
                                     f"index entry {sid} has no session file")
        # Other trace YAML (e.g. pm_reasoning_log.yaml) must at least parse.
        tdir = self.abspath("trace")
        if os.path.isdir(tdir):
            for name in sorted(os.listdir(tdir)):
                if name.endswith((".yaml", ".yml")) and name != "exploration_tree.yaml":
                    self.load_yaml("trace/" + name)

    def check_staging(self) -> None:
        rel = "staging/observations.yaml"
        if not self.exists(rel):
            return
        doc, ok = self.load_yaml(rel)
        if not ok:
            return
        obs = doc.get("observations") if isinstance(doc, dict) else doc
        if not isinstance(obs, list):
            self.add(rel, 1, "STAGING_SHAPE", "no 'observations' list")
            return
        self.observation_count = len(obs)
        text = self.read(rel) or ""
        seen = set()
        for o in obs:
            if not isinstance(o, dict):
                self.add(rel, 1, "STAGING_SHAPE", "observation is not a mapping")
                continue
            oid = str(o.get("id"))
            line = first_line_containing(text, "id: " + oid)
            if oid in seen:
                self.add(rel, line, "STAGING_DUP", f"duplicate observation id {oid}")
            seen.add(oid)
            for key in ("id", "content", "potential_type"):
                if o.get(key) in (None, ""):
                    self.add(rel, line, "STAGING_FIELD", f"{oid}: missing '{key}'")
            pt = o.get("potential_type")
            if pt is not None and pt not in POTENTIAL_TYPES:
                self.add(rel, line, "STAGING_TYPE", f"{oid}: unknown potential_type '{pt}'")
            bound = o.get("bound_to")
            if bound is not None and self.tree_doc_ok:
                for n in (bound if isinstance(bound, list) else [bound]):
                    if str(n) not in self.node_ids:
                        self.add(rel, line, "STAGING_NODE", f"{oid}: bound_to {n}, no such node")

    # -- evidence/ ---------------------------------------------------------

    def check_evidence(self) -> None:
        edir = self.abspath("evidence")
        if not os.path.isdir(edir):
            return
        files: list[str] = []
        for dirpath, dirnames, filenames in os.walk(edir):
            dirnames.sort()
            for name in sorted(filenames):
                rel_e = os.path.relpath(os.path.join(dirpath, name), edir).replace(os.sep, "/")
                if rel_e != "README.md":
                    files.append(rel_e)
        readme = self.read("evidence/README.md") or ""
        for rel_e in files:
            rel = "evidence/" + rel_e
            base = rel_e.rsplit("/", 1)[-1]
            stem = base.rsplit(".", 1)[0]
            if readme and rel_e not in readme and base not in readme and stem not in readme:
                self.add("evidence/README.md", 1, "EVIDENCE_UNLISTED", f"evidence/README.md does not list {rel_e}")
            if not base.endswith(".md"):
                continue
            text = self.read(rel) or ""
            # Evidence files put their bold fields anywhere, often mid-line
            # ("... pruning rule (C09). **Source:** `...`"), so search for
            # them in the whole text instead of as block fields.
            fields: dict[str, tuple[int, str]] = {}
            for m in RE_INLINE_FIELD.finditer(text):
                name = m.group("name").strip().rstrip(":").strip().lower()
                if name not in fields:
                    fields[name] = (text.count("\n", 0, m.start()) + 1, m.group("value"))
            has_table = any(line.startswith("|") and not RE_TABLE_SEP.match(line) for line in text.split("\n"))
            h = RE_FIRST_HEADING.search(text)
            first_heading = h.group(1) if h else ""
            is_table = "/tables/" in "/" + rel_e or first_heading.lower().startswith("table")
            is_figure = "/figures/" in "/" + rel_e or first_heading.lower().startswith(("figure", "fig."))
            if is_table:
                if "source" not in fields and "sources" not in fields:
                    self.add(rel, 1, "TABLE_FIELD", "table file has no 'Source'")
                if "caption" not in fields:
                    self.add(rel, 1, "TABLE_FIELD", "table file has no 'Caption'")
                if not has_table:
                    self.add(rel, 1, "TABLE_NO_TABLE", "table file has no '|' table")
                m = re.match(r"table(\d+)_", base)
                src = fields.get("source")
                if m and src is not None and not re.search(r"\bTable\s+" + m.group(1) + r"\b", src[1]):
                    self.add(rel, src[0], "TABLE_SOURCE", f"file name says table {m.group(1)}, Source says otherwise")
            elif is_figure:
                for key, allowed in (("figure type", FIGURE_TYPES), ("extraction method", EXTRACTION_METHODS),
                                     ("reading confidence", READING_CONFIDENCES)):
                    f = fields.get(key)
                    if f is None:
                        self.add(rel, 1, "FIGURE_FIELD", f"figure file has no '{key.capitalize()}'")
                        continue
                    word = re.split(r"[\s(—,;.]", f[1].strip("*_` ").lower(), maxsplit=1)[0].strip("`*")
                    if word not in allowed:
                        self.add(rel, f[0], "FIGURE_ENUM", f"invalid {key} '{word}'")

    # -- Sources and Evidence basis --------------------------------------

    def check_sources(self, claims: list[Block]) -> None:
        rel = "logic/claims.md"
        for b in claims:
            f = b.field("Sources")
            if f is None:
                continue
            entries = [(ln, t.strip()[2:]) for ln, t in f.lines if t.strip().startswith(("- ", "* "))]
            if not entries and f.value:
                entries = [(f.line, f.value)]
            for lineno, entry in entries:
                self.check_source_entry(rel, lineno, b.id, entry)

    def check_source_entry(self, rel: str, lineno: int, cid: str, entry: str) -> None:
        parts = RE_SOURCE_ARROW.split(entry, maxsplit=1)
        if len(parts) != 2:
            self.add(rel, lineno, "SRC_FORMAT", f"{cid}: Sources entry without '←'")
            return
        value, right = parts
        if RE_PENDING.match(right.strip()):
            return
        qm = RE_QUOTE.search(right)
        if not RE_TAG.search(right):
            self.add(rel, lineno, "SRC_TAG", f"{cid}: Sources entry has no [input]/[result] tag")
        ref_text = right[:qm.start()] if qm else right
        if qm is None:
            self.add(rel, lineno, "SRC_NO_QUOTE", f"{cid}: Sources entry has no «quote»")
        quote = qm.group(1) if qm else None

        fm = RE_FILE_REF.search(ref_text)
        nm = RE_NODE_REF.search(ref_text) if fm is None else None
        if fm is not None:
            path = fm.group("path").lstrip("/")
            a = int(fm.group("a"))
            b_ = int(fm.group("b") or a)
            if not self.inside(path):
                self.add(rel, lineno, "SRC_OUTSIDE", f"{cid}: cited file is outside the bundle: {path}")
                return
            if not os.path.isfile(self.abspath(path)):
                self.add(rel, lineno, "SRC_FILE_MISSING", f"{cid}: cited file not in bundle: {path}")
                return
            if quote is None:
                return
            lines = (self.read(path) or "").split("\n")
            if a < 1 or b_ < a or b_ > len(lines):
                self.add(rel, lineno, "SRC_LINE_RANGE", f"{cid}: {path}:{a}-{b_} outside the file ({len(lines)} lines)")
                return
            haystack = RE_WS.sub(" ", " ".join(lines[a - 1:b_]))
            where = f"{path}:{a}" + (f"-{b_}" if b_ != a else "")
        elif nm is not None:
            nid, key = nm.group("node"), nm.group("field")
            node = self.nodes.get(nid)
            if node is None:
                self.add(rel, lineno, "SRC_NODE_MISSING", f"{cid}: cited node {nid} not in tree")
                return
            if key not in node:
                self.add(rel, lineno, "SRC_NODE_FIELD", f"{cid}: node {nid} has no field '{key}'")
                return
            if quote is None:
                return
            haystack = RE_WS.sub(" ", str(node[key]))
            where = f"{nid}:{key}"
        else:
            self.add(rel, lineno, "SRC_REF", f"{cid}: Sources entry cites no file:line or node:field")
            return

        for frag in RE_ELLIPSIS.split(RE_WS.sub(" ", quote).strip()):
            if frag and frag not in haystack:
                self.add(rel, lineno, "SRC_QUOTE_MISMATCH", f"{cid}: quote not found at {where}: «{frag[:60]}»")
                break
        for num in RE_RESULT_NUMBER.findall(value):
            if num not in quote:
                self.add(rel, lineno, "SRC_VALUE", f"{cid}: value {num} does not occur in the quote")

    def check_evidence_basis(self, claims: list[Block]) -> None:
        rel = "logic/claims.md"
        for b in claims:
            basis = b.field("Evidence basis")
            proof = b.field("Proof")
            if basis is None or proof is None:
                continue
            # Proof -> experiments -> their Evidence paths; paths written
            # straight into Proof count too.
            reached: list[str] = []
            for num in RE_EXPERIMENT_REF.findall(proof.value):
                exp = self.experiments.get("E" + str(int(num)))
                if exp is not None:
                    reached.extend(p for p, _ in self.experiment_evidence_paths(exp))
            reached.extend(p.rstrip(".:") for p in RE_BUNDLE_PATH.findall(proof.value))
            files = []
            for p in dict.fromkeys(reached):
                if p.startswith("evidence/") and p.endswith(".md") and self.inside(p) and os.path.isfile(self.abspath(p)):
                    files.append(p)
            if not files:
                continue
            tables = [self.table_numbers(p) for p in files]
            for lineno, text in basis.lines:
                for num in RE_RESULT_NUMBER.findall(text):
                    if any(num in exact or any(c.startswith(num) for c in ordered) for exact, ordered in tables):
                        continue
                    self.add(rel, lineno, "BASIS_NUMBER",
                             f"{b.id}: Evidence basis number {num} is in no table cell of {', '.join(files)}")

    # -- driver --------------------------------------------------------------

    def run(self) -> None:
        self.check_core()
        claims = self.parse_claims()
        experiments = self.parse_experiments()
        self.check_claims(claims)
        self.check_experiments(experiments)
        self.check_heuristics()
        self.check_related_work()
        self.check_concepts()
        self.check_tree()
        self.check_sessions()
        self.check_staging()
        self.check_paper()
        self.check_evidence()
        self.check_sources(claims)
        self.check_evidence_basis(claims)


def main(argv: list[str]) -> int:
    if not argv or argv[0] in ("-h", "--help"):
        print(__doc__.split("\n\n")[0] + "\n\nusage: baseline_review.py BUNDLE_DIR [BUNDLE_DIR ...]",
              file=sys.stderr if not argv else sys.stdout)
        return 2 if not argv else 0
    total = 0
    out = []
    for arg in argv:
        if not os.path.isdir(arg):
            out.append(f"{arg}:1: NOT_A_BUNDLE not a directory")
            total += 1
            continue
        review = Review(arg, arg)
        try:
            review.run()
        except Exception as exc:  # a baseline must not die on a messy bundle
            traceback.print_exc(file=sys.stderr)
            review.add(".", 1, "INTERNAL", f"review aborted: {type(exc).__name__}: {exc}")
        review.findings.sort(key=lambda f: (f[0], f[1]))
        for rel, line, code, msg in review.findings:
            out.append(f"{os.path.join(arg, rel)}:{line}: {code} {msg}")
        total += len(review.findings)
    out.append(f"{total} findings in {len(argv)} bundle(s)")
    sys.stdout.write("\n".join(out) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
