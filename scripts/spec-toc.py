#!/usr/bin/env python3
"""Write SPEC.md's table of contents from its numbered headings (## and ###),
between the markers `<!-- toc -->` and `<!-- /toc -->`. `make spec` runs it;
`SpecReferenceTests` checks the contents match the headings."""
import re
import sys


def anchor(title):
    text = re.sub(r"[^\w\- ]", "", title.lower().replace("`", ""))
    return text.strip().replace(" ", "-")


def main(path="SPEC.md"):
    text = open(path, encoding="utf-8").read()
    entries = []
    for line in text.split("\n"):
        match = re.match(r"^(##|###) (\d+(?:\.\d+)*\.?) (.*)$", line)
        if match:
            level, number, title = match.groups()
            heading = f"{number} {title}"
            indent = "" if level == "##" else "  "
            entries.append(f"{indent}- [{heading}](#{anchor(heading)})")
    toc = "<!-- toc -->\n" + "\n".join(entries) + "\n<!-- /toc -->"
    if "<!-- toc -->" in text:
        text = re.sub(r"<!-- toc -->.*?<!-- /toc -->", lambda _: toc, text, flags=re.S)
    else:
        first = text.index("\n## ")
        text = text[:first] + "\n" + toc + "\n" + text[first:]
    open(path, "w", encoding="utf-8").write(text)
    print(f"spec-toc: {len(entries)} headings")


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
