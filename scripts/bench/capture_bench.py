#!/usr/bin/env python3
"""Capture benchmark: `arakit capture` on a synthetic 10,000-commit repository
(built once by make_capture_repo.py and cached under .build/bench/), from
scratch and after 10 new commits, against baseline_capture.py timed in the
same run, the two taking turns. Whole processes, medians, wall clock and CPU
(user + system) each.
Targets: full capture at most 2x the baseline (wall); incremental capture
under 100 ms.

A capture creates a file per day of history, and on ext4 creating a file
scans past every inode of its group freed in the last 30 seconds
(`recently_deleted`): run right after a bench that deleted thousands of
files (the review bench's 1,000 copies), each creation cost several times
more system time. `make bench` runs this bench before that one.

Usage: capture_bench.py [--arakit PATH] [--repeat N] [--commits N]
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


# Capture from scratch at most twice the baseline (issue 19: "capture at git's pace").
FROM_SCRATCH_TARGET = 2.0

def timed(command, **kwargs):
    """Wall ms of one run; its CPU ms (user + system, children included) go to `cpu`."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, **kwargs)
    elapsed = (time.perf_counter() - start) * 1000
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu.append((after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime) * 1000)
    return elapsed


cpu = []


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
        # The baseline and a capture from scratch take turns, so a machine
        # that slows down or speeds up during the bench weighs on both alike.
        baseline, baseline_cpu, full, full_cpu = [], [], [], []
        for run in range(args.repeat):
            baseline.append(timed([sys.executable, os.path.join(here, "baseline_capture.py"), repo]))
            baseline_cpu.append(cpu.pop())
            bundle = os.path.join(work, f"full-{run}")
            subprocess.run([args.arakit, "init", bundle], check=True, stdout=subprocess.DEVNULL)
            full.append(timed([args.arakit, "capture", "--quiet", "--repo", repo, "--bundle", bundle]))
            full_cpu.append(cpu.pop())
        baseline_cpu, full_cpu = statistics.median(baseline_cpu), statistics.median(full_cpu)
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
    print(f"  baseline (git log --all + python classify)  {b:8.1f} ms   CPU {baseline_cpu:6.1f} ms")
    print(f"  arakit capture, from scratch                {f:8.1f} ms   CPU {full_cpu:6.1f} ms   "
          f"ratio {f / b:.2f} (CPU {full_cpu / baseline_cpu:.2f})  "
          f"(target <= {FROM_SCRATCH_TARGET:.2f}: {'met' if f <= FROM_SCRATCH_TARGET * b else 'MISSED'})")
    print(f"  arakit capture, 10 new commits              {i:8.1f} ms   "
          f"(target < 100 ms: {'met' if i < 100 else 'MISSED'})")


if __name__ == "__main__":
    main()
