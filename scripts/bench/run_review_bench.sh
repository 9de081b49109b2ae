#!/usr/bin/env bash
# Review benchmark: `arakit review` vs. the Python baseline, per bundle, timed
# as whole processes (start-up included: that is what a user or CI waits for).
#
# Usage: scripts/bench/run_review_bench.sh [CORPUS_DIR]
#
# Environment:
#   ARAKIT          arakit binary        (default: <repo>/.build/release/arakit)
#   ARAKIT_CORPUS   corpus directory     (default: <repo>/../shared/corpus/bundles;
#                                         the CORPUS_DIR argument wins over this)
#   REPEAT          timed runs per tool and bundle (default: 15)
#   WARMUP          untimed runs first             (default: 2)
#   COPIES          bundle copies for the many-bundles run (default: 1000)
#   PYTHON          Python interpreter   (default: python3)
#
# Per bundle it prints the median wall time of
#   (a) python3 scripts/bench/baseline_review.py BUNDLE
#   (b) python3 ../shared/baselines/seal/level1.py BUNDLE  (the protocol's own
#       Level-1 checker, used in place; the column reads n/a without ../shared)
#   (c) $ARAKIT review --exit-zero --format json BUNDLE >/dev/null
# the ratios arakit/baseline and arakit/Level-1 and peak RSS, then times ONE
# `arakit review` call over COPIES hard-linked copies of the-ara-of-ara, and
# checks the project targets on the-ara-of-ara: at most 0.10x the Level-1
# checker; COPIES bundles in one call at most 0.05x COPIES separate Level-1
# runs (COPIES x its median), in < 10 s and < 100 MB.
#
# `arakit review` may not exist yet (missing binary, or a build without the
# subcommand): the baseline half still runs and the arakit columns read
# "n/a".  A missing corpus is not an error (the corpus is not part of the repo).
# Exit status: 0, or 1 if the baseline or an available `arakit review` fails.

set -euo pipefail

script_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo_root="$(cd "$script_dir/../.." && pwd)"

# Defaults are anchored at the repo root rather than $PWD so the script gives
# the same answer whether it is run by make or by hand from another directory.
arakit="${ARAKIT:-$repo_root/.build/release/arakit}"
corpus="${1:-${ARAKIT_CORPUS:-$repo_root/../shared/corpus/bundles}}"
repeat="${REPEAT:-15}"
warmup="${WARMUP:-2}"
copies="${COPIES:-1000}"
python="${PYTHON:-python3}"
baseline="$script_dir/baseline_review.py"
level1="${LEVEL1:-$repo_root/../shared/baselines/seal/level1.py}"
copy_bundle="the-ara-of-ara"

if [[ ! -d "$corpus" ]]; then
    echo "review-bench: corpus not found, skipping review benchmark ($corpus)"
    exit 0
fi
for var in repeat copies; do
    if ! [[ "${!var}" =~ ^[1-9][0-9]*$ ]]; then
        echo "review-bench: ${var^^} must be a positive integer, got '${!var}'" >&2
        exit 1
    fi
done
if ! [[ "$warmup" =~ ^[0-9]+$ ]]; then
    echo "review-bench: WARMUP must be a non-negative integer, got '$warmup'" >&2
    exit 1
fi

# Peak RSS needs GNU time (-f/-o); the bash `time` keyword cannot report it.
# Probe rather than just test for the file, since BSD/busybox time lack -f.
use_time=0
if [[ -x /usr/bin/time ]] && /usr/bin/time -f '%M' -o /dev/null true 2>/dev/null; then
    use_time=1
else
    echo "review-bench: note: GNU /usr/bin/time not available, peak memory not measured" >&2
fi

# `arakit review` is optional: probe the binary and the subcommand once.
# ArgumentParser answers `review --help` with 0 only if the subcommand exists.
have_arakit=0
if [[ ! -x "$arakit" ]]; then
    echo "review-bench: arakit review: not available (no executable at $arakit; build with swift build -c release or set ARAKIT)"
elif ! "$arakit" review --help >/dev/null 2>&1; then
    echo "review-bench: arakit review: not available ($arakit has no 'review' subcommand yet)"
else
    have_arakit=1
fi

work="$(mktemp -d)"
# The copies live inside $work, so this one trap cleans everything up, also
# on Ctrl-C (the INT/TERM traps turn the signal into a normal exit).
trap 'rm -rf "$work"' EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# Wall-clock timing in Python (perf_counter, ns resolution) rather than GNU
# time's %e (10 ms resolution: too coarse for ~50 ms runs).  Prints one JSON
# line {"median_ms", "min_ms", "max_ms", "runs", "rc"}; stops at the first
# non-zero exit and reports it.
cat >"$work/measure.py" <<'PY'
import json, statistics, subprocess, sys, time
warmup, repeat, err_path = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
# The Level-1 checker exits 1 on a bundle that fails its checks: a result.
accepted = {0, 1} if "--accept-1" in sys.argv[4:5] else {0}
cmd = sys.argv[5:] if "--accept-1" in sys.argv[4:5] else sys.argv[4:]
times = []
with open(err_path, "wb") as err:
    for i in range(warmup + repeat):
        t0 = time.perf_counter()
        rc = subprocess.run(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=err).returncode
        dt = (time.perf_counter() - t0) * 1000.0
        if rc not in accepted:
            print(json.dumps({"rc": rc}))
            sys.exit(0)
        if i >= warmup:
            times.append(dt)
print(json.dumps({"rc": 0, "runs": len(times), "median_ms": statistics.median(times),
                  "min_ms": min(times), "max_ms": max(times)}))
PY

# measure OUTPREFIX [--accept-1] CMD...: timed runs -> OUT.json (+ OUT.err), then one more
# untimed run under GNU time for the peak RSS in KB -> OUT.rss.
measure() {
    local out="$1"
    shift
    "$python" "$work/measure.py" "$warmup" "$repeat" "$out.err" "$@" >"$out.json"
    if [[ "$1" == --accept-1 ]]; then shift; fi
    if (( use_time )) && grep -q '"rc": 0' "$out.json"; then
        /usr/bin/time -f '%M' -o "$out.rss" "$@" >/dev/null 2>>"$out.err" </dev/null || true
    fi
}

bundles=()
for dir in "$corpus"/*/; do
    dir="${dir%/}"
    # Only real bundles: stray directories in the corpus would otherwise show
    # up as near-zero timings and skew nothing useful.
    if [[ -f "$dir/PAPER.md" ]]; then
        bundles+=("$dir")
    fi
done
if (( ${#bundles[@]} == 0 )); then
    echo "review-bench: no bundles (directories with PAPER.md) in $corpus, skipping review benchmark"
    exit 0
fi

status=0
for dir in "${bundles[@]}"; do
    name="$(basename "$dir")"
    echo "review-bench: $name ..." >&2
    measure "$work/$name.python" "$python" "$baseline" "$dir"
    if ! grep -q '"rc": 0' "$work/$name.python.json"; then
        echo "review-bench: python baseline failed on $name:" >&2
        tail -n 20 "$work/$name.python.err" >&2
        status=1
    fi
    if [[ -f "$level1" ]]; then
        measure "$work/$name.level1" --accept-1 "$python" "$level1" "$dir"
    fi
    if (( have_arakit )); then
        measure "$work/$name.arakit" "$arakit" review --exit-zero --format json "$dir"
        if ! grep -q '"rc": 0' "$work/$name.arakit.json"; then
            echo "review-bench: arakit review failed on $name:" >&2
            tail -n 20 "$work/$name.arakit.err" >&2
            status=1
        fi
    fi
    printf '%s\n' "$name" >>"$work/bundles.txt"
done

# Many bundles in one process: COPIES copies of the-ara-of-ara, one real copy
# then hard links (cp -al), which is fast and costs no extra disk.  All paths
# go on one command line (1000 x ~60 bytes is far below ARG_MAX).
if (( have_arakit )) && [[ -f "$corpus/$copy_bundle/PAPER.md" ]]; then
    echo "review-bench: building $copies copies of $copy_bundle ..." >&2
    mkdir "$work/copies"
    first="$work/copies/copy$(printf '%04d' 1)"
    cp -r "$corpus/$copy_bundle" "$first"
    for ((i = 2; i <= copies; i++)); do
        cp -al "$first" "$work/copies/copy$(printf '%04d' "$i")"
    done
    copy_dirs=("$work/copies"/copy*/)
    echo "review-bench: arakit review over ${#copy_dirs[@]} bundles ..." >&2
    # One warm-up-free run: the cp just pulled everything into the page cache.
    "$python" "$work/measure.py" 0 1 "$work/copies.err" \
        "$arakit" review --exit-zero --format json "${copy_dirs[@]}" >"$work/copies.json"
    if grep -q '"rc": 0' "$work/copies.json"; then
        if (( use_time )); then
            /usr/bin/time -f '%M' -o "$work/copies.rss" \
                "$arakit" review --exit-zero --format json "${copy_dirs[@]}" >/dev/null 2>>"$work/copies.err" </dev/null || true
        fi
    else
        echo "review-bench: arakit review failed on the $copies copies:" >&2
        tail -n 20 "$work/copies.err" >&2
        status=1
    fi
    printf '%s\n' "${#copy_dirs[@]}" >"$work/copies.count"
fi

"$python" - "$work" "$have_arakit" "$copy_bundle" <<'PY'
import json
import os
import sys

work, have_arakit, TARGET_BUNDLE = sys.argv[1], sys.argv[2] == "1", sys.argv[3]
TARGET_RATIO = 0.10
TARGET_COPIES_RATIO = 0.05
TARGET_COPIES_S = 10.0
TARGET_COPIES_MB = 100


def load(prefix):
    try:
        with open(prefix + ".json", encoding="utf-8") as f:
            d = json.loads(f.read().strip().splitlines()[-1])
    except (FileNotFoundError, IndexError, ValueError):
        return None
    return d if d.get("rc") == 0 else None


def peak_mb(prefix):
    try:
        with open(prefix + ".rss", encoding="utf-8") as f:
            # GNU time may prepend "Command exited with non-zero status"; the
            # %M value is always the last line.
            return int(f.read().split()[-1]) / 1024.0
    except (FileNotFoundError, IndexError, ValueError):
        return None


def fmt(v, spec):
    return "n/a" if v is None else format(v, spec)


with open(os.path.join(work, "bundles.txt"), encoding="utf-8") as f:
    names = f.read().split()

def median(prefix):
    d = load(prefix)
    return d["median_ms"] if d else None


def ratio_of(a, b):
    return a / b if a is not None and b else None


rows = []
target_ratio = target_level1_ms = None
for name in names:
    p_ms = median(os.path.join(work, name + ".python"))
    l_ms = median(os.path.join(work, name + ".level1"))
    a_ms = median(os.path.join(work, name + ".arakit")) if have_arakit else None
    if name == TARGET_BUNDLE:
        target_ratio, target_level1_ms = ratio_of(a_ms, l_ms), l_ms
    rows.append((name, fmt(p_ms, ".1f"), fmt(l_ms, ".1f"), fmt(a_ms, ".1f"), fmt(ratio_of(a_ms, p_ms), ".3f"),
                 fmt(ratio_of(a_ms, l_ms), ".3f"), fmt(peak_mb(os.path.join(work, name + ".arakit")), ".1f"),
                 fmt(peak_mb(os.path.join(work, name + ".python")), ".1f")))

header = ("bundle", "baseline ms", "level-1 ms", "arakit ms", "x baseline", "x level-1", "arakit MB",
          "baseline MB")
widths = [max(len(r[i]) for r in rows + [header]) for i in range(len(header))]
print("  ".join(h.ljust(w) if i == 0 else h.rjust(w) for i, (h, w) in enumerate(zip(header, widths))))
for r in rows:
    print("  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(r, widths))))


def verdict(ok):
    return "ok" if ok else "MISSED"


if not have_arakit:
    print("review-bench: arakit review: not available, no target checks")
    sys.exit(0)

if target_ratio is None:
    print(f"review-bench: {TARGET_BUNDLE}: no Level-1 ratio (../shared/baselines absent, or a run failed)")
else:
    print(f"review-bench: {TARGET_BUNDLE} {target_ratio:.3f}x the Level-1 checker "
          f"(target <= {TARGET_RATIO:.2f}) {verdict(target_ratio <= TARGET_RATIO)}")

copies = load(os.path.join(work, "copies"))
try:
    with open(os.path.join(work, "copies.count"), encoding="utf-8") as f:
        n = int(f.read())
except (FileNotFoundError, ValueError):
    n = None
if n is None:
    print(f"review-bench: many-bundles run skipped ({TARGET_BUNDLE} not in corpus)")
elif copies is None:
    print(f"review-bench: {n} copies: arakit review failed")
else:
    secs = copies["median_ms"] / 1000.0
    mb = peak_mb(os.path.join(work, "copies"))
    ok = secs < TARGET_COPIES_S and (mb is None or mb < TARGET_COPIES_MB)
    print(f"review-bench: {n} copies of {TARGET_BUNDLE} in one call: {secs:.2f} s, "
          f"{copies['median_ms'] / n:.1f} ms a bundle (target < {TARGET_COPIES_S:.0f} s), "
          f"peak {fmt(mb, '.1f')} MB (target < {TARGET_COPIES_MB}) {verdict(ok)}")
    if target_level1_ms:
        # n separate Level-1 processes, each its median: running them all
        # would take minutes and measure the same thing.
        batch = copies["median_ms"] / (n * target_level1_ms)
        print(f"review-bench: that is {batch:.3f}x {n} separate Level-1 checks "
              f"(target <= {TARGET_COPIES_RATIO:.2f}) {verdict(batch <= TARGET_COPIES_RATIO)}")
PY

exit "$status"
