#!/usr/bin/env python3
"""Build the capture benchmark's synthetic repository: 10,000 commits with
feature branches merged back, reverts, Ara trailers, abandoned branches and
tags, written as git objects directly (computing each id, so revert messages
can name the commits they revert), then packed.

Usage: make_capture_repo.py DIR [COMMITS]   (DIR must not exist)
Deterministic: the same COMMITS always gives the same commit ids.
"""
import hashlib
import os
import subprocess
import sys
import zlib

EMPTY_TREE = "4b825dc642cb6eb9a060e54bf8d69288fbee4904"
TYPES = ["question", "experiment", "experiment", "decision", "dead_end", "pivot"]


def main():
    target, total = sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 10_000
    subprocess.run(["git", "init", "-q", "-b", "main", target], check=True)
    objects = os.path.join(target, ".git", "objects")

    def write(kind, body):
        data = f"{kind} {len(body)}\0".encode() + body
        oid = hashlib.sha1(data).hexdigest()
        folder = os.path.join(objects, oid[:2])
        os.makedirs(folder, exist_ok=True)
        path = os.path.join(folder, oid[2:])
        if not os.path.exists(path):
            with open(path, "wb") as handle:
                handle.write(zlib.compress(data))
        return oid

    write("tree", b"")
    clock = [1_735_722_000]  # 2025-01-01 09:00 UTC
    subjects = {}
    count = [0]

    def commit(parents, message):
        clock[0] += 1500 + (count[0] * 7919) % 1800
        stamp = f"{clock[0]} +0100"
        lines = [f"tree {EMPTY_TREE}"] + [f"parent {p}" for p in parents]
        lines += [f"author Ada Lovelace <ada@example.org> {stamp}", f"committer Ada Lovelace <ada@example.org> {stamp}"]
        oid = write("commit", ("\n".join(lines) + "\n\n" + message + "\n").encode())
        subjects[oid] = message.split("\n", 1)[0]
        count[0] += 1
        return oid

    refs = {}
    main_tip = commit([], "Initial commit")
    feature = abandoned = 0
    while count[0] < total:
        n = count[0]
        if n % 60 == 59 and count[0] + 7 <= total:
            feature += 1
            tip = main_tip
            for k in range(5):
                tip = commit([tip], f"feature-{feature}: step {k + 1}")
            main_tip = commit([main_tip], f"Keep main moving ({n})")
            main_tip = commit([main_tip, tip], f"Merge branch 'feature-{feature}'")
            if feature % 4 == 0:
                refs[f"refs/heads/feature-{feature}"] = tip
        elif n % 250 == 249 and count[0] + 3 <= total:
            abandoned += 1
            tip = main_tip
            for k in range(3):
                tip = commit([tip], f"idea-{abandoned}: attempt {k + 1}")
            refs[f"refs/heads/idea-{abandoned}"] = tip
        elif n % 97 == 0 and n > 0:
            reverted = main_tip
            main_tip = commit(
                [main_tip], f'Revert "{subjects[reverted]}"\n\nDid not help.\n\nThis reverts commit {reverted}.')
        elif n % 20 == 0:
            kind = TYPES[(n // 20) % len(TYPES)]
            main_tip = commit(
                [main_tip], f"Step {n}: {kind}\n\nWhy we did it.\n\nAra-Type: {kind}\nAra-Result: metric {n % 13}.{n % 7}")
        else:
            main_tip = commit([main_tip], f"Work {n}")
        if n % 1000 == 999:
            refs[f"refs/tags/v{n // 1000}"] = main_tip
    refs["refs/heads/main"] = main_tip
    for name, oid in refs.items():
        subprocess.run(["git", "-C", target, "update-ref", name, oid], check=True)
    subprocess.run(["git", "-C", target, "repack", "-a", "-d", "-q"], check=True)
    subprocess.run(["git", "-C", target, "prune-packed"], check=True)
    print(f"capture-bench: built {count[0]} commits in {target}")


if __name__ == "__main__":
    main()
