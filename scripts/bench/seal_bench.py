#!/usr/bin/env python3
"""Seal benchmark: `arakit pack` + `arakit verify` of one bundle against
`tar czf` + `sha256sum` of the same files, timed in the same run.

Usage: python3 scripts/bench/seal_bench.py [--arakit BIN] [--bundle DIR] [--repeat N]

Both sides are whole processes timed by wall clock (start-up included: that
is what a user waits for); the median of REPEAT runs each, wall and CPU time (CPU time is steadier on a
busy machine), after one untimed
warm-up so both read from the page cache. The arakit side also reviews the
bundle twice (at packing and at verifying) and inflates it into a temporary
directory; the baseline does neither. Target: ratio at most 1.5.
A missing corpus is not an error (the corpus is not part of the repository).
"""
import argparse
import hashlib
import os
import statistics
import subprocess
import sys
import tempfile
import time

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
TARGET = 1.5


def timed(commands):
    """Wall time and CPU time (user + system, all threads) of running `commands` in turn."""
    start, cpu = time.perf_counter(), os.times()
    for command in commands:
        result = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        # verify exits 1 when the review has findings: sealed all the same.
        if result.returncode not in (0, 1):
            sys.exit(f"seal-bench: {' '.join(command)} failed: {result.stderr.decode()}")
    after = os.times()
    return time.perf_counter() - start, (after.children_user - cpu.children_user) + (
        after.children_system - cpu.children_system)


def files_of(bundle):
    return sorted(os.path.join(d, f) for d, _, names in os.walk(bundle) for f in names)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--arakit", default=os.path.join(REPO, ".build/release/arakit"))
    parser.add_argument("--bundle", default=os.path.join(
        os.environ.get("ARAKIT_CORPUS", os.path.join(REPO, "../shared/corpus/bundles")), "the-ara-of-ara"))
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    if not os.path.isdir(args.bundle):
        print(f"seal-bench: bundle not found, skipping ({args.bundle})")
        return 0
    files = files_of(args.bundle)
    size = sum(os.path.getsize(f) for f in files)
    with tempfile.TemporaryDirectory(prefix="seal-bench-") as scratch:
        archive = os.path.join(scratch, "a.zip")
        tarball = os.path.join(scratch, "b.tgz")
        arakit = [[args.arakit, "pack", args.bundle, "-o", archive, "--allow-findings"],
                  [args.arakit, "verify", archive]]
        parent, name = os.path.split(os.path.abspath(args.bundle))
        baseline = [["tar", "czf", tarball, "-C", parent, name], ["sha256sum", *files]]
        timed(arakit), timed(baseline)
        ours = [timed(arakit) for _ in range(args.repeat)]
        theirs = [timed(baseline) for _ in range(args.repeat)]
        first = hashlib.sha256(open(archive, "rb").read()).hexdigest()
        timed(arakit[:1])
        same = first == hashlib.sha256(open(archive, "rb").read()).hexdigest()
        zip_size, tar_size = os.path.getsize(archive), os.path.getsize(tarball)
    wall = [statistics.median(w for w, _ in runs) for runs in (ours, theirs)]
    cpu = [statistics.median(c for _, c in runs) for runs in (ours, theirs)]
    ratio = wall[0] / wall[1]
    print(f"seal-bench: {os.path.basename(args.bundle)}: {len(files)} files, {size} bytes, median of {args.repeat}")
    print(f"  arakit pack + verify  {wall[0] * 1000:8.1f} ms wall {cpu[0] * 1000:8.1f} ms cpu  (zip {zip_size} bytes)")
    print(f"  tar czf + sha256sum   {wall[1] * 1000:8.1f} ms wall {cpu[1] * 1000:8.1f} ms cpu  (tgz {tar_size} bytes)")
    print(f"  ratio {ratio:.2f} wall, {cpu[0] / cpu[1]:.2f} cpu (target <= {TARGET} wall): "
          + ("met" if ratio <= TARGET else "NOT met"))
    print("  (arakit also reviews the bundle twice, at pack and at verify; the baseline does not)")
    print(f"  packed twice byte-identical: {'yes' if same else 'NO'}")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
