#!/usr/bin/env python3
"""Python baseline for the AraKit read benchmark.

This is the yardstick `ara-bench read` is measured against, so it deliberately
does what a straightforward Python reader of an ARA bundle would do: walk the
tree, read every Markdown/YAML file, parse YAML with PyYAML, pull structure out
of Markdown with regular expressions, and derive the headline counts.  It is
not tuned beyond the obvious (precompiled regexes, the libyaml loader when
present); making it artificially slow or clever would distort the ratio.

Usage:
    python3 scripts/bench/baseline_read.py BUNDLE_DIR [--repeat N] [--warmup W]

Prints one JSON line:
    {"tool": "python-baseline", "bundle": ..., "repeat": N, "median_ms": ...,
     "min_ms": ..., "counts": {...}, "loader": ..., "work": {...}}

"counts" holds the cross-tool comparable numbers; "work" is extra detail
(files/bytes read, blocks, fields, ...) showing that every file was actually
parsed, which helps when a ratio looks suspiciously good or bad.

Dependencies: Python 3.11 standard library + PyYAML.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import sys
import time

import yaml

# Prefer the libyaml-backed CSafeLoader: it is what anyone who cares about
# YAML speed in Python uses, and it has the same safety guarantees as
# yaml.safe_load (same constructors, no arbitrary objects).  Benchmarking
# against the pure-Python SafeLoader would flatter AraKit by roughly an order
# of magnitude on YAML-heavy bundles.  The choice is reported as "loader".
YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

MD_EXTS = (".md",)
YAML_EXTS = (".yaml", ".yml")

# Heading blocks: split *before* each level-1..3 heading so every block keeps
# its heading line.  Headings inside fenced code blocks are not special-cased;
# a straightforward reader would not bother either.
RE_BLOCK_SPLIT = re.compile(r"^(?=#{1,3} )", re.MULTILINE)

# "## C01: Title", "## C01 — Title", "## C01 - Title".  The id must look like
# an ARA id (capital letters then digits, e.g. C01, E1, H12, N05a) so that a
# plain heading such as "## Layer Index" is not mistaken for one.
RE_HEADING_ID = re.compile(
    r"^#{1,3} +(?P<id>[A-Z]+\d+[A-Za-z0-9.]*)\s*(?::|—|-)\s*(?P<title>.*?)\s*$"
)
RE_HEADING_PLAIN = re.compile(r"^#{1,3} +(?P<title>.*?)\s*$")

# Bold field lines, in the three spellings seen in real bundles:
#   "- **Field**: value"   "**Field:** value"   "- **Field:** value"
# Only unindented lines start a field; indented "  - **X**:" items belong to
# the enclosing field's value (e.g. sub-bullets under "Setup").
RE_FIELD = re.compile(r"^(?:[-*] +)?\*\*(?P<name>[^*\n]+?)(?::\*\*|\*\*:)[ \t]*(?P<value>.*)$")

# GFM table separator row ("|---|:---:|"), which carries no cells worth keeping.
RE_TABLE_SEP = re.compile(r"^\|?[\s:|-]+\|[\s:|-]*$")

RE_MD_LINK = re.compile(r"\[([^\]\n]+)\]\(([^)\s]+)\)")
RE_LAYER_INDEX = re.compile(r"^(?P<hashes>#{1,6})\s+Layer Index\b.*$", re.MULTILINE)
RE_ANY_HEADING = re.compile(r"^(?P<hashes>#{1,6})\s", re.MULTILINE)

RE_CLAIM_ID = re.compile(r"^C\d+")
RE_EXPERIMENT_ID = re.compile(r"^E\d+")


# --------------------------------------------------------------------------
# Markdown
# --------------------------------------------------------------------------

def split_front_matter(text: str) -> tuple[str | None, str]:
    """Return (front_matter_yaml, body).

    Front matter only counts when the file opens with a `---` line; otherwise
    a horizontal rule further down would be misread as a delimiter.
    """
    if not text.startswith("---"):
        return None, text
    lines = text.split("\n")
    if lines[0].rstrip() != "---":
        return None, text
    for i in range(1, len(lines)):
        if lines[i].rstrip() == "---":
            return "\n".join(lines[1:i]), "\n".join(lines[i + 1:])
    return None, text


def layer_index_links(body: str) -> list[tuple[str, str]]:
    """Markdown links inside the "Layer Index" section (up to the next heading
    of the same or a higher level, so its subsections are included)."""
    m = RE_LAYER_INDEX.search(body)
    if not m:
        return []
    level = len(m.group("hashes"))
    start = m.end()
    end = len(body)
    for h in RE_ANY_HEADING.finditer(body, start):
        if len(h.group("hashes")) <= level:
            end = h.start()
            break
    return RE_MD_LINK.findall(body, start, end)


def parse_fields(lines: list[str]) -> list[tuple[str, str]]:
    """Bold fields of one block; a value runs on over following non-blank
    lines until the next field, heading or table row."""
    fields: list[tuple[str, str]] = []
    name = None
    value_lines: list[str] = []
    for line in lines:
        m = RE_FIELD.match(line)
        if m:
            if name is not None:
                fields.append((name, "\n".join(value_lines).strip()))
            name = m.group("name").strip()
            value_lines = [m.group("value")]
        elif name is not None:
            if not line.strip() or line.startswith(("#", "|")):
                fields.append((name, "\n".join(value_lines).strip()))
                name = None
                value_lines = []
            else:
                value_lines.append(line)
    if name is not None:
        fields.append((name, "\n".join(value_lines).strip()))
    return fields


def parse_table_rows(lines: list[str]) -> list[list[str]]:
    rows = []
    for line in lines:
        if line.startswith("|") and not RE_TABLE_SEP.match(line):
            rows.append([c.strip() for c in line.strip().strip("|").split("|")])
    return rows


def parse_markdown(text: str) -> list[dict]:
    """Split into heading blocks, each with id/title, bold fields, table rows."""
    blocks = []
    for chunk in RE_BLOCK_SPLIT.split(text):
        if not chunk:
            continue
        lines = chunk.split("\n")
        block_id = title = None
        m = RE_HEADING_ID.match(lines[0])
        if m:
            block_id, title = m.group("id"), m.group("title")
        else:
            m = RE_HEADING_PLAIN.match(lines[0])
            if m:
                title = m.group("title")
        body = lines[1:] if title is not None else lines
        blocks.append({
            "id": block_id,
            "title": title,
            "fields": parse_fields(body),
            "table": parse_table_rows(body),
        })
    return blocks


# --------------------------------------------------------------------------
# Exploration tree
# --------------------------------------------------------------------------

def count_tree_nodes(doc) -> dict[str, int]:
    """Count nodes by type over a `tree:` list or a single `root:` node,
    recursing through `children`."""
    by_type: dict[str, int] = {}
    if not isinstance(doc, dict):
        return by_type
    if isinstance(doc.get("tree"), list):
        stack = list(doc["tree"])
    elif isinstance(doc.get("root"), dict):
        stack = [doc["root"]]
    else:
        stack = []
    # Explicit stack rather than recursion: real trees are >10 levels deep
    # and nothing here needs the call-stack order.
    while stack:
        node = stack.pop()
        if not isinstance(node, dict):
            continue
        node_type = str(node.get("type", "unknown"))
        by_type[node_type] = by_type.get(node_type, 0) + 1
        children = node.get("children")
        if isinstance(children, list):
            stack.extend(children)
    return by_type


# --------------------------------------------------------------------------
# One full read of a bundle (the timed unit)
# --------------------------------------------------------------------------

def read_bundle(root: str) -> tuple[dict, dict]:
    counts = {
        "claims": 0,
        "experiments": 0,
        "nodes": 0,
        "dead_ends": 0,
        "sessions": 0,
        "observations": 0,
        "evidence_files": 0,
    }
    work = {
        "md_files": 0,
        "yaml_files": 0,
        "chars": 0,
        "md_blocks": 0,
        "fields": 0,
        "table_rows": 0,
        "layer_index_links": 0,
        "node_types": {},
    }

    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        dirnames.sort()  # deterministic order; cheap, and makes runs comparable
        rel_dir = os.path.relpath(dirpath, root).replace(os.sep, "/")
        rel_dir = "" if rel_dir == "." else rel_dir + "/"
        for name in sorted(filenames):
            is_md = name.endswith(MD_EXTS)
            is_yaml = name.endswith(YAML_EXTS)
            if not (is_md or is_yaml):
                continue
            path = os.path.join(dirpath, name)
            # os.walk(followlinks=False) only stops descending into linked
            # directories; linked files would still be read, so skip them too.
            if os.path.islink(path):
                continue
            rel = rel_dir + name
            with open(path, encoding="utf-8") as f:
                text = f.read()
            work["chars"] += len(text)

            if is_md:
                work["md_files"] += 1
                if rel == "PAPER.md":
                    fm, body = split_front_matter(text)
                    if fm is not None:
                        yaml.load(fm, Loader=YAML_LOADER)
                    work["layer_index_links"] += len(layer_index_links(body))
                    continue
                blocks = parse_markdown(text)
                work["md_blocks"] += len(blocks)
                for b in blocks:
                    work["fields"] += len(b["fields"])
                    work["table_rows"] += len(b["table"])
                if rel == "logic/claims.md":
                    counts["claims"] = sum(1 for b in blocks if b["id"] and RE_CLAIM_ID.match(b["id"]))
                elif rel == "logic/experiments.md":
                    counts["experiments"] = sum(1 for b in blocks if b["id"] and RE_EXPERIMENT_ID.match(b["id"]))
                elif rel.startswith("evidence/") and name != "README.md":
                    counts["evidence_files"] += 1
                continue

            work["yaml_files"] += 1
            doc = yaml.load(text, Loader=YAML_LOADER)
            if rel == "trace/exploration_tree.yaml":
                by_type = count_tree_nodes(doc)
                work["node_types"] = dict(sorted(by_type.items()))
                counts["nodes"] = sum(by_type.values())
                counts["dead_ends"] = by_type.get("dead_end", 0)
            elif rel.startswith("trace/sessions/") and name != "session_index.yaml":
                counts["sessions"] += 1
            elif rel == "staging/observations.yaml":
                # Canonical shape is {"observations": [...]}; accept a bare list.
                obs = doc.get("observations") if isinstance(doc, dict) else doc
                counts["observations"] = len(obs) if isinstance(obs, list) else 0

    return counts, work


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Python baseline for the AraKit read benchmark")
    ap.add_argument("bundle", help="path to an ARA bundle directory")
    ap.add_argument("--repeat", type=int, default=20, help="timed reads (default 20)")
    ap.add_argument("--warmup", type=int, default=2, help="untimed reads first (default 2)")
    args = ap.parse_args(argv)

    if not os.path.isdir(args.bundle):
        print(f"baseline_read: not a directory: {args.bundle}", file=sys.stderr)
        return 2
    if args.repeat < 1 or args.warmup < 0:
        print("baseline_read: --repeat must be >= 1 and --warmup >= 0", file=sys.stderr)
        return 2

    # Warm-up reads populate the OS page cache and Python's regex/import
    # caches, so the timed runs measure parsing rather than cold disk I/O.
    for _ in range(args.warmup):
        read_bundle(args.bundle)

    times_ms = []
    result = None
    for _ in range(args.repeat):
        t0 = time.perf_counter()
        current = read_bundle(args.bundle)
        times_ms.append((time.perf_counter() - t0) * 1000.0)
        # Every run must see the same bundle; a mismatch means the bundle
        # changed mid-benchmark and the timings are not comparable.
        if result is not None and current != result:
            print("baseline_read: results differ between runs", file=sys.stderr)
            return 1
        result = current

    counts, work = result
    print(json.dumps({
        "tool": "python-baseline",
        "bundle": os.path.basename(os.path.normpath(os.path.abspath(args.bundle))),
        "repeat": args.repeat,
        "median_ms": round(statistics.median(times_ms), 3),
        "min_ms": round(min(times_ms), 3),
        "counts": counts,
        "loader": YAML_LOADER.__name__,
        "work": work,
    }, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
