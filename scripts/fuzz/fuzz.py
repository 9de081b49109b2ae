#!/usr/bin/env python3
"""`make fuzz`: builds the seed corpora, then runs each libFuzzer target of
`arakit-fuzz` for a fixed time and prints one line of statistics per target.

    fuzz.py corpus --out DIR                 # corpora under DIR/TARGET
    fuzz.py run --binary B --work DIR [--seconds N] [TARGET...]

The corpora are made fresh each run from the committed seeds
(Tests/Fuzz/seeds), the shared corpus (../shared/corpus/bundles, read only,
copied) and Tests/Fixtures, into a git-ignored folder; what libFuzzer adds to
them stays there between runs. A crash, timeout, leak or out-of-memory input
is written to DIR/artifacts/TARGET/; commit it under Tests/Fuzz/regressions.
"""
import argparse
import os
import pathlib
import re
import shutil
import subprocess
import sys
import urllib.parse

ROOT = pathlib.Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared" / "corpus" / "bundles"

# Target -> -max_len: a real file of that kind fits, mutations stay on structure.
MAX_LEN = {
    "markdown": 16384, "yaml": 16384, "sources": 2048, "frontmatter": 8192, "toml": 8192,
    "archive": 32768, "query": 1024, "httppath": 1024, "pdf": 32768,
}

# Targets whose every input leaks in a dependency (TOMLKit, ZIPFoundation; see
# lsan.supp): libFuzzer's leak check after each such input scans the whole
# heap (about 0.2 s), which left them at 4 to 20 exec/s. They get
# -detect_leaks=0, which only stops that per-input check: LeakSanitizer still
# checks the whole run at exit, and a leak of AraKit's fails the target there.
PER_INPUT_LEAKS = {"toml", "archive"}

# MarkdownFuzz.paths in Sources/AraFuzzTargets: the first byte of a markdown input picks its path.
MARKDOWN_PATHS = [
    "logic/claims.md", "logic/experiments.md", "logic/solution/heuristics.md", "logic/related_work.md",
    "logic/concepts.md", "logic/problem.md", "src/artifacts.md", "src/environment.md",
    "src/configs/training.md", "evidence/tables/results.md", "evidence/README.md", "logic/solution/constraints.md",
]


def markdown_selector(path):
    if path in MARKDOWN_PATHS:
        return MARKDOWN_PATHS.index(path)
    if path.startswith("src/configs/"):
        return 8
    if path.startswith("evidence/") and path.endswith(".md"):
        return 9
    return None


def bundle_files():
    """(bundle name, relative path, bytes) of every file of the shared corpus."""
    if not SHARED.is_dir():
        return
    for bundle in sorted(SHARED.iterdir()):
        for file in sorted(bundle.rglob("*")):
            if file.is_file() and file.stat().st_size <= 1 << 20:
                yield bundle.name, file.relative_to(bundle).as_posix(), file.read_bytes()


def sources_values(text):
    """The values of every `Sources` field of a claims.md, roughly as the reader cuts them."""
    values = []
    # `- **Sources**: ...` and the `**Sources:**` paragraph dialect, up to the next label or heading.
    pattern = r"^(?:- )?\*\*Sources(?:\*\*:|:\*\*)(.*?)(?=^(?:- )?\*\*|^#|\Z)"
    for match in re.finditer(pattern, text, re.S | re.M):
        values.append(match.group(1))
    return values


def make_corpus(out):
    out = pathlib.Path(out)
    written = {target: 0 for target in MAX_LEN}

    def add(target, name, data):
        if len(data) > MAX_LEN[target] or not data:
            return
        folder = out / target
        folder.mkdir(parents=True, exist_ok=True)
        (folder / re.sub(r"[^A-Za-z0-9._-]", "_", name)).write_bytes(data)
        written[target] += 1

    for target in MAX_LEN:
        seeds = ROOT / "Tests" / "Fuzz" / "seeds" / target
        for file in sorted(seeds.glob("*")) if seeds.is_dir() else []:
            add(target, "seed-" + file.name, file.read_bytes())
    for bundle, path, data in bundle_files():
        name = f"{bundle}-{path}"
        selector = markdown_selector(path)
        if selector is not None:
            add("markdown", name, bytes([selector]) + data)
        if path.endswith((".yaml", ".yml")):
            add("yaml", name, data)
        if path == "PAPER.md":
            add("frontmatter", name, data)
        if path.endswith(".toml"):
            add("toml", name, data)
        if path == "logic/claims.md":
            text = data.decode("utf-8", "replace")
            for index, value in enumerate(sources_values(text)[:40]):
                add("sources", f"{name}-{index}", value.encode())
            for index, title in enumerate(re.findall(r"^## (.+)$", text, re.M)[:10]):
                add("query", f"{name}-{index}", title.encode())
        if written["httppath"] < 60:
            site = "/" + bundle + "/" + path
            add("httppath", name, site.encode())
            add("httppath", name + "-encoded", urllib.parse.quote(site, safe="/%").encode())
    for pdf in sorted((ROOT / "Tests" / "Fixtures" / "pdf").glob("*.pdf")) + [ROOT / "examples/paper/paper.pdf"]:
        if pdf.is_file():
            add("pdf", "fixture-" + pdf.name, pdf.read_bytes())
    return written


def final_stats(log):
    """Executions, exec/s and coverage from libFuzzer's output (-print_final_stats=1)."""
    executions = re.search(r"stat::number_of_executed_units:\s*(\d+)", log)
    speed = re.search(r"stat::average_exec_per_sec:\s*(\d+)", log)
    coverage = re.findall(r"\bcov: (\d+)", log)
    return (
        int(executions.group(1)) if executions else None,
        int(speed.group(1)) if speed else None,
        int(coverage[-1]) if coverage else None,
    )


def run(binary, work, seconds, targets):
    work = pathlib.Path(work)
    corpus = work / "corpus"
    counts = make_corpus(corpus)
    print(f"corpora in {corpus}: " + ", ".join(f"{t} {counts[t]}" for t in targets), flush=True)
    rows = []
    found_any = False
    for target in targets:
        artifacts = work / "artifacts" / target
        artifacts.mkdir(parents=True, exist_ok=True)
        before = set(os.listdir(artifacts))
        log_path = work / "logs" / f"{target}.log"
        log_path.parent.mkdir(parents=True, exist_ok=True)
        command = [
            binary, f"-max_total_time={seconds}", f"-max_len={MAX_LEN[target]}", "-rss_limit_mb=2048",
            "-timeout=10", "-print_final_stats=1", f"-artifact_prefix={artifacts}/", str(corpus / target),
        ]
        if target in PER_INPUT_LEAKS:
            command.insert(1, "-detect_leaks=0")
        environment = dict(
            os.environ, ARAKIT_FUZZ_TARGET=target, SWIFT_BACKTRACE="enable=no",
            LSAN_OPTIONS=f"suppressions={ROOT / 'scripts/fuzz/lsan.supp'}:print_suppressions=0")
        print(f"fuzz {target}: {seconds}s, -max_len={MAX_LEN[target]}, log {log_path}", flush=True)
        with open(log_path, "w") as log:
            # Past the time limit, libFuzzer is stuck (a hang outside the
            # per-input timeout): stop it and say so.
            try:
                status = subprocess.run(
                    command, stdout=log, stderr=subprocess.STDOUT, env=environment, timeout=seconds + 120
                ).returncode
            except subprocess.TimeoutExpired:
                status = "stuck"
        text = log_path.read_text(errors="replace")
        executions, speed, coverage = final_stats(text)
        new = sorted(set(os.listdir(artifacts)) - before)
        found_any |= bool(new) or status not in (0,)
        rows.append((target, executions, speed, coverage, new, status))
    print()
    print(f"{'target':<12} {'executions':>11} {'exec/s':>7} {'cov':>6} {'crashes':>8}  status / findings")
    for target, executions, speed, coverage, new, status in rows:
        show = lambda value: "-" if value is None else str(value)
        finding = ", ".join(str(pathlib.Path("artifacts") / target / name) for name in new) or (
            "ok" if status == 0 else f"exit {status}")
        print(f"{target:<12} {show(executions):>11} {show(speed):>7} {show(coverage):>6} {len(new):>8}  {finding}")
    return 1 if found_any else 0


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    corpus = commands.add_parser("corpus")
    corpus.add_argument("--out", required=True)
    fuzz = commands.add_parser("run")
    fuzz.add_argument("--binary", required=True)
    fuzz.add_argument("--work", required=True)
    fuzz.add_argument("--seconds", type=int, default=60)
    fuzz.add_argument("targets", nargs="*")
    arguments = parser.parse_args()
    if arguments.command == "corpus":
        print(make_corpus(arguments.out))
        return 0
    targets = arguments.targets or list(MAX_LEN)
    unknown = [t for t in targets if t not in MAX_LEN]
    if unknown:
        parser.error(f"unknown target(s) {', '.join(unknown)}; known: {', '.join(MAX_LEN)}")
    return run(arguments.binary, arguments.work, arguments.seconds, targets)


if __name__ == "__main__":
    sys.exit(main())
