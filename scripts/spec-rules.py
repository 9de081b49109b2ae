#!/usr/bin/env python3
"""Regenerate SPEC.md §9.1's rule table from the rules themselves.

Reads `arakit rule --all --json` (every rule's code, name, family, severity,
fixability and summary, in registry order) and rewrites the table under the
header `| code | name | family | severity | fix | reports |` in SPEC.md, so the
spec and `arakit rule` can never say different things. `ReviewSpecTests`
fails when they differ; `make spec` runs this.

Usage: scripts/spec-rules.py [--arakit PATH] [--spec SPEC.md]
"""
import argparse
import json
import subprocess
import sys

HEADER = "| code | name | family | severity | fix | reports |"


def row(rule):
    fix = "yes" if rule["fixable"] else ""
    return f"| {rule['code']} | `{rule['name']}` | {rule['family']} | {rule['severity']} | {fix} | {rule['summary']} |"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--arakit", default=".build/debug/arakit")
    parser.add_argument("--spec", default="SPEC.md")
    args = parser.parse_args()
    rules = json.loads(subprocess.run([args.arakit, "rule", "--all", "--json"], check=True,
                                      capture_output=True, text=True).stdout)
    rows = [row(rule) for rule in rules if rule["family"] != "reader"]
    lines = open(args.spec, encoding="utf-8").read().split("\n")
    start = lines.index(HEADER)
    end = start + 2
    while end < len(lines) and lines[end].startswith("| "):
        end += 1
    lines[start + 2:end] = rows
    with open(args.spec, "w", encoding="utf-8") as out:
        out.write("\n".join(lines))
    print(f"spec-rules: {len(rows)} rules written to {args.spec}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
