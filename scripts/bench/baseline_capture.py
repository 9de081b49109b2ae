#!/usr/bin/env python3
"""Capture baseline: `git log --all` parsed and classified by a short script,
as a user without AraKit would: Ara-Type trailers, reverts, merges and plain
commits, grouped by day, plus the branches main does not contain.

Usage: baseline_capture.py REPO     prints one JSON line of counts
"""
import collections
import json
import re
import subprocess
import sys

repo = sys.argv[1]
log = subprocess.run(
    ["git", "-C", repo, "log", "--all", "--topo-order", "--reverse", "--date=short",
     "--format=%H%x00%P%x00%ad%x00%B%x1e"],
    check=True, capture_output=True, text=True).stdout
counts = collections.Counter()
days = collections.defaultdict(list)
trailer = re.compile(r"^Ara-Type:\s*(\S+)\s*$", re.M)
for record in log.split("\x1e"):
    record = record.strip("\n")
    if not record:
        continue
    sha, parents, day, message = record.split("\x00", 3)
    found = trailer.search(message.rsplit("\n\n", 1)[-1])
    if found:
        counts[found.group(1)] += 1
    elif "This reverts commit " in message:
        counts["revert"] += 1
    elif len(parents.split()) > 1:
        counts["merge"] += 1
    else:
        counts["plain"] += 1
    days[day].append((sha[:12], message.split("\n", 1)[0]))
unmerged = subprocess.run(
    ["git", "-C", repo, "branch", "--no-merged", "main", "--format=%(refname:short)"],
    check=True, capture_output=True, text=True).stdout.split()
print(json.dumps({"commits": sum(counts.values()), "days": len(days), "unmerged": len(unmerged), **counts}))
