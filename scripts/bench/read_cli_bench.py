#!/usr/bin/env python3
"""`arakit read BUNDLE C03` as a whole process, against start-up alone.

Times each command as a user runs it (fork, exec, dynamic loading, the work,
exit), REPEAT times interleaved so load on the machine hits all alike, and
prints medians with ratios against two baselines measured in the same run:
`arakit --version` (the start-up every command pays) and `/bin/true` (the
cost of a process at all), then each one's peak memory through GNU time (a
child forked by Python would count Python's own pages). Targets: the read
under 20 ms; the start-up under 10 ms and 10 MB (10,000,000 bytes of peak
resident memory).

Usage: scripts/bench/read_cli_bench.py [--arakit PATH] [--bundle DIR] [--target ID] [--repeat N]
"""
import argparse
import os
import statistics
import subprocess
import sys
import time

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
TARGET_MS = 20.0
START_UP_TARGET_MS = 10.0
START_UP_TARGET_MB = 10.0


def timed(command):
    start = time.perf_counter()
    subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    return (time.perf_counter() - start) * 1000


def peak_mb(command):
    """Peak resident memory of one run in MB (10^6 bytes), from GNU time's
    kilobytes (1,024 bytes); None without GNU time."""
    if not os.access("/usr/bin/time", os.X_OK):
        return None
    out = subprocess.run(["/usr/bin/time", "-f", "%M", *command], stdout=subprocess.DEVNULL,
                         stderr=subprocess.PIPE, text=True, check=True).stderr
    return int(out.strip().splitlines()[-1]) * 1024 / 1e6


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--arakit", default=os.path.join(REPO, ".build/release/arakit"))
    parser.add_argument(
        "--bundle", default=os.path.join(REPO, "..", "shared", "corpus", "bundles", "resnet-ara-example"))
    parser.add_argument("--target", default="C03")
    parser.add_argument("--repeat", type=int, default=int(os.environ.get("REPEAT", "40")))
    args = parser.parse_args()
    if not os.path.isdir(args.bundle):
        print(f"read-cli-bench: bundle not found, skipping ({args.bundle})")
        return 0
    commands = {
        "read": [args.arakit, "read", args.bundle, args.target],
        "start-up": [args.arakit, "--version"],
        "process": ["/bin/true"],
    }
    for command in commands.values():
        timed(command)  # warm the page cache
    samples = {name: [] for name in commands}
    for _ in range(args.repeat):
        for name, command in commands.items():
            samples[name].append(timed(command))
    median = {name: statistics.median(values) for name, values in samples.items()}
    best = {name: min(values) for name, values in samples.items()}
    peaks = {name: [peak_mb(command) for _ in range(10)] for name, command in commands.items()}
    peak = {name: "  n/a" if None in values else f"{max(values):5.1f}" for name, values in peaks.items()}
    name = os.path.basename(os.path.normpath(args.bundle))
    print(f"read-cli-bench: {args.repeat} runs each, median (best) wall ms; largest peak memory of 10 runs, MB")
    print(f"  arakit read {name} {args.target:8} {median['read']:7.1f} ({best['read']:.1f})  {peak['read']}")
    print(f"  arakit --version (start-up) {median['start-up']:7.1f} ({best['start-up']:.1f})  {peak['start-up']}")
    print(f"  /bin/true (a process)       {median['process']:7.1f} ({best['process']:.1f})  {peak['process']}")
    verdict = "met" if median["read"] < TARGET_MS else "missed"
    print(
        f"read-cli-bench: read/start-up {median['read'] / median['start-up']:.2f}x, "
        f"read/process {median['read'] / median['process']:.1f}x; target read < {TARGET_MS:.0f} ms: {verdict}")
    if None not in peaks["start-up"]:
        largest = max(peaks["start-up"])
        met = median["start-up"] < START_UP_TARGET_MS and largest < START_UP_TARGET_MB
        print(
            f"read-cli-bench: start-up {median['start-up']:.1f} ms, peak {largest:.1f} MB; "
            f"target < {START_UP_TARGET_MS:.0f} ms and < {START_UP_TARGET_MB:.0f} MB: {'met' if met else 'MISSED'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
