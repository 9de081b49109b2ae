#!/usr/bin/env python3
"""Capture benchmark: `arakit capture` on a synthetic 10,000-commit repository
(built once by make_capture_repo.py and cached under .build/bench/), from
scratch and after 10 new commits, against baseline_capture.py timed in the
same run. Whole processes, medians. Targets: full capture at most 1x the
baseline; incremental capture under 100 ms.

Usage: capture_bench.py [--arakit PATH] [--repeat N] [--commits N]
"""
import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

here = os.path.dirname(os.path.abspath(__file__))
root = os.path.dirname(os.path.dirname(here))


# Capture from scratch at most twice the baseline (issue 19: "capture at git's pace").
FROM_SCRATCH_TARGET = 2.0

def timed(command, **kwargs):
    start = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, **kwargs)
    return (time.perf_counter() - start) * 1000


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--arakit", default=os.path.join(root, ".build/release/arakit"))
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--commits", type=int, default=10_000)
    args = parser.parse_args()
    if not os.access(args.arakit, os.X_OK):
        sys.exit(f"capture-bench: no arakit binary at {args.arakit} (run `make bench`)")
    cache = os.path.join(root, ".build/bench", f"capture-repo-{args.commits}")
    if not os.path.isdir(cache):
        subprocess.run([sys.executable, os.path.join(here, "make_capture_repo.py"), cache, str(args.commits)], check=True)

    work = tempfile.mkdtemp(prefix="arakit-capture-bench-")
    try:
        repo = os.path.join(work, "repo")
        shutil.copytree(cache, repo)
        baseline = [timed([sys.executable, os.path.join(here, "baseline_capture.py"), repo]) for _ in range(args.repeat)]
        full = []
        for run in range(args.repeat):
            bundle = os.path.join(work, f"full-{run}")
            subprocess.run([args.arakit, "init", bundle], check=True, stdout=subprocess.DEVNULL)
            full.append(timed([args.arakit, "capture", "--quiet", "--repo", repo, "--bundle", bundle]))
        incremental_bundle = os.path.join(work, "full-0")
        incremental = []
        env = dict(os.environ, GIT_AUTHOR_NAME="Ada", GIT_AUTHOR_EMAIL="ada@example.org",
                   GIT_COMMITTER_NAME="Ada", GIT_COMMITTER_EMAIL="ada@example.org")
        for run in range(args.repeat):
            for k in range(10):
                subprocess.run(["git", "-C", repo, "commit", "-q", "--allow-empty", "-m", f"New work {run}.{k}"],
                               check=True, env=env)
            incremental.append(timed([args.arakit, "capture", "--quiet", "--repo", repo, "--bundle", incremental_bundle]))
        nodes = open(os.path.join(incremental_bundle, "trace/exploration_tree.yaml")).read().count("- id: N")
        sessions = len(os.listdir(os.path.join(incremental_bundle, "trace/sessions"))) - 1
    finally:
        shutil.rmtree(work)

    b, f, i = (statistics.median(x) for x in (baseline, full, incremental))
    print(f"capture-bench: {args.commits} commits; {nodes} nodes and {sessions} session records captured")
    print(f"  baseline (git log --all + python classify)  {b:8.1f} ms")
    print(f"  arakit capture, from scratch                {f:8.1f} ms   ratio {f / b:.2f}  "
          f"(target <= {FROM_SCRATCH_TARGET:.2f}: {'met' if f <= FROM_SCRATCH_TARGET * b else 'MISSED'})")
    print(f"  arakit capture, 10 new commits              {i:8.1f} ms   "
          f"(target < 100 ms: {'met' if i < 100 else 'MISSED'})")


if __name__ == "__main__":
    main()
