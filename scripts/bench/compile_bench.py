#!/usr/bin/env python3
"""Compile benchmark: `arakit compile` on the resnet PDF (12 pages) against
`pdftotext -bbox-layout` on the same file, timed in the same run: the cost of
just reading every word with its box. Whole processes, medians, peak memory
from getrusage. Then a 300-page PDF (the paper's pages repeated with
pdfunite) to show memory stays flat. Targets: at most 5x the baseline, peak
memory under 300 MB, and the 300-page peak no more than the 12-page peak plus
50 MB.

Usage: compile_bench.py [--arakit PATH] [--repeat N] [--corpus DIR]
"""
import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

here = os.path.dirname(os.path.abspath(__file__))
root = os.path.dirname(os.path.dirname(here))


def run(command):
    """Wall time in ms and peak RSS in MB of one child process, measured by
    forking a small Python wrapper so each run's peak is its own."""
    probe = (
        "import resource, subprocess, sys, time\n"
        "start = time.perf_counter()\n"
        "subprocess.run(sys.argv[1:], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)\n"
        "elapsed = (time.perf_counter() - start) * 1000\n"
        "peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024\n"
        "print(f'{elapsed} {peak}')\n"
    )
    out = subprocess.run([sys.executable, "-c", probe] + command, check=True, capture_output=True, text=True)
    elapsed, peak = out.stdout.split()
    return float(elapsed), float(peak)


def measure(command, repeat, out=None):
    """Median time and peak memory of `repeat` runs. When `out` is given it is
    removed before each run, so every compile writes a new bundle (replacing
    one with --force would add the cost of deleting the old)."""
    runs = []
    for _ in range(repeat):
        if out:
            shutil.rmtree(out, ignore_errors=True)
        runs.append(run(command))
    return statistics.median(r[0] for r in runs), max(r[1] for r in runs)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--arakit", default=os.path.join(root, ".build/release/arakit"))
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--corpus", default=os.path.join(root, "../shared/corpus"))
    args = parser.parse_args()
    pdf = os.path.join(args.corpus, "pdf/resnet-paper.pdf")
    if not os.path.exists(pdf):
        print(f"compile-bench: skipped, no {pdf}")
        return 0
    if not os.access(args.arakit, os.X_OK):
        sys.exit(f"compile-bench: no arakit binary at {args.arakit} (run `make bench`)")
    work = tempfile.mkdtemp(prefix="arakit-compile-bench-")
    try:
        out = os.path.join(work, "bundle")
        baseline, baseline_peak = measure(["pdftotext", "-bbox-layout", pdf, os.path.join(work, "words.html")],
                                          args.repeat)
        compile_ms, compile_peak = measure([args.arakit, "compile", "--pdf", pdf, "--out", out, "--quiet"],
                                           args.repeat, out)
        print("compile-bench: resnet-paper.pdf, 12 pages (medians of %d, whole processes)" % args.repeat)
        print(f"  pdftotext -bbox-layout   {baseline:8.1f} ms  peak {baseline_peak:6.1f} MB")
        print(f"  arakit compile           {compile_ms:8.1f} ms  peak {compile_peak:6.1f} MB")
        print(f"  ratio {compile_ms / baseline:.2f} (target <= 5); peak memory target < 300 MB")

        long_pdf = os.path.join(work, "long.pdf")
        subprocess.run(["pdfunite"] + [pdf] * 25 + [long_pdf], check=True, stderr=subprocess.DEVNULL)
        long_ms, long_peak = measure([args.arakit, "compile", "--pdf", long_pdf, "--out", out, "--quiet"], 1, out)
        print(f"  300 pages: arakit compile {long_ms:8.1f} ms  peak {long_peak:6.1f} MB "
              f"(+{long_peak - compile_peak:.1f} MB over 12 pages; target <= +50 MB)")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
