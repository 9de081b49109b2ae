#!/usr/bin/env python3
"""Search benchmark: `arakit search` over 1,000 bundles (copies of the corpus
bundles, hard-linked into a temporary folder), and the MCP round trip.

Measured in one run, whole processes, medians:
- index build: the first search of the 1,000 bundles (empty cache), against
  reading the same 1,000 bundles with `ara-bench read` (median read of each
  corpus bundle times its number of copies). Target: ratio <= 1.
- search: the same search once indexed. Target: under 100 ms. `arakit
  --version` is timed too: start-up is part of every whole-process figure.
- MCP: `read C01` and `search` round trips through `arakit mcp` on
  examples/tiny-sort with the Python client (scripts/mcp-e2e.py --bench).
  Target: median under 5 ms.

Usage: search_bench.py [--arakit PATH] [--ara-bench PATH] [--bundles N] [--repeat N] [--calls N]
"""
import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

here = os.path.dirname(os.path.abspath(__file__))
root = os.path.dirname(os.path.dirname(here))
queries = ["learning rate", "C03", "dead end", "residual"]


def timed(command, env=None):
    start = time.perf_counter()
    subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    return (time.perf_counter() - start) * 1000


def make_bundles(corpus, folder, count):
    """`count` bundles cycling through the corpus ones; files hard-linked (read-only use)."""
    names = sorted(n for n in os.listdir(corpus) if os.path.isdir(os.path.join(corpus, n)))
    copies = {name: 0 for name in names}
    for index in range(count):
        name = names[index % len(names)]
        copies[name] += 1
        shutil.copytree(os.path.join(corpus, name), os.path.join(folder, f"{index:04d}-{name}"),
                        copy_function=os.link)
    return copies


def read_baseline(ara_bench, corpus, copies, repeat):
    """ms to read every copy once: each corpus bundle's median read times its copies."""
    total = 0.0
    for name, count in copies.items():
        out = subprocess.run([ara_bench, "read", os.path.join(corpus, name), "--repeat", str(repeat)],
                             check=True, capture_output=True, text=True).stdout
        total += json.loads(out.strip().splitlines()[-1])["median_ms"] * count
    return total


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--arakit", default=os.path.join(root, ".build/release/arakit"))
    parser.add_argument("--ara-bench", default=os.path.join(root, ".build/release/ara-bench"))
    parser.add_argument("--corpus", default=os.path.join(root, "../shared/corpus/bundles"))
    parser.add_argument("--bundles", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=10)
    parser.add_argument("--calls", type=int, default=1000)
    args = parser.parse_args()
    if not os.path.isdir(args.corpus):
        print(f"search-bench: corpus not found, skipping ({args.corpus})")
        return
    work = tempfile.mkdtemp(prefix="arakit-search-bench-")
    try:
        folder = os.path.join(work, "bundles")
        os.mkdir(folder)
        copies = make_bundles(args.corpus, folder, args.bundles)
        env = dict(os.environ, ARAKIT_CACHE_DIR=os.path.join(work, "cache"))
        reading = read_baseline(args.ara_bench, args.corpus, copies, args.repeat)
        build = timed([args.arakit, "search", folder, queries[0]], env)
        startup = statistics.median(timed([args.arakit, "--version"]) for _ in range(args.repeat))
        warm = {q: statistics.median(timed([args.arakit, "search", folder, q], env) for _ in range(args.repeat))
                for q in queries}
        print(f"search-bench: {args.bundles} bundles ({', '.join(f'{n} x{c}' for n, c in copies.items())})")
        print(f"  index build   {build:8.1f} ms   reading them (ara-bench) {reading:8.1f} ms   "
              f"ratio {build / reading:.2f} (target <= 1)")
        for query, ms in warm.items():
            print(f"  search {query!r:16} {ms:7.1f} ms whole process (start-up {startup:.1f} ms)   target < 100")
        mcp = subprocess.run([sys.executable, os.path.join(root, "scripts/mcp-e2e.py"), "--arakit", args.arakit,
                              "--bundle", os.path.join(root, "examples/tiny-sort"),
                              "--bench", str(args.calls)], capture_output=True, text=True, env=env)
        lines = [l for l in mcp.stdout.splitlines() if l.startswith("bench:")] or [mcp.stdout.strip()[-300:]]
        for line in lines:
            print(f"  {line}   target median < 5 ms")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
