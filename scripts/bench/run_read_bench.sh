#!/usr/bin/env bash
# Read benchmark: AraKit (`ara-bench read`) vs. the Python baseline, per bundle.
#
# Usage: scripts/bench/run_read_bench.sh [CORPUS_DIR]
#
# Environment:
#   ARA_BENCH   ara-bench binary      (default: <repo>/.build/release/ara-bench)
#   ARA_CORPUS  corpus directory      (default: <repo>/../shared/corpus/bundles;
#                                      the CORPUS_DIR argument wins over this)
#   REPEAT      timed reads per tool  (default: 20)
#   PYTHON      Python interpreter    (default: python3)
#
# Prints a table (median ms, ratio arakit/python, peak RSS in MB) and a final
# `read-bench: the-ara-of-ara ...` summary line against the project targets.
# A missing corpus is not an error (the corpus is not part of the repo), so
# `make bench` still succeeds on machines without it.

set -euo pipefail

script_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo_root="$(cd "$script_dir/../.." && pwd)"

# Defaults are anchored at the repo root rather than $PWD so the script gives
# the same answer whether it is run by make or by hand from another directory.
ara_bench="${ARA_BENCH:-$repo_root/.build/release/ara-bench}"
corpus="${1:-${ARA_CORPUS:-$repo_root/../shared/corpus/bundles}}"
repeat="${REPEAT:-20}"
python="${PYTHON:-python3}"
baseline="$script_dir/baseline_read.py"

if [[ ! -d "$corpus" ]]; then
    echo "read-bench: corpus not found, skipping read benchmark ($corpus)"
    exit 0
fi
if [[ ! -x "$ara_bench" ]]; then
    echo "read-bench: ara-bench binary not found or not executable: $ara_bench" >&2
    echo "read-bench: build it first (swift build -c release) or set ARA_BENCH" >&2
    exit 1
fi
if ! [[ "$repeat" =~ ^[1-9][0-9]*$ ]]; then
    echo "read-bench: REPEAT must be a positive integer, got '$repeat'" >&2
    exit 1
fi

# Peak RSS needs GNU time (-f/-o); the bash `time` keyword cannot report it.
# Probe rather than just test for the file, since BSD/busybox time lack -f.
use_time=0
if [[ -x /usr/bin/time ]] && /usr/bin/time -f '%M' -o /dev/null true 2>/dev/null; then
    use_time=1
else
    echo "read-bench: note: GNU /usr/bin/time not available, peak memory not measured" >&2
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# run LABEL OUTPREFIX CMD...: run CMD, keeping its stdout (the JSON line) and
# its peak RSS in KB separate from its stderr so neither can corrupt the other.
run() {
    local label="$1" out="$2"
    shift 2
    local rc=0
    if (( use_time )); then
        /usr/bin/time -f '%M' -o "$out.rss" "$@" >"$out.json" 2>"$out.err" || rc=$?
    else
        "$@" >"$out.json" 2>"$out.err" || rc=$?
    fi
    if (( rc != 0 )); then
        echo "read-bench: $label failed (exit $rc):" >&2
        tail -n 20 "$out.err" >&2
        exit 1
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
    echo "read-bench: no bundles (directories with PAPER.md) in $corpus, skipping read benchmark"
    exit 0
fi

for dir in "${bundles[@]}"; do
    name="$(basename "$dir")"
    echo "read-bench: $name ..." >&2
    run "ara-bench read $name" "$work/$name.arakit" \
        "$ara_bench" read "$dir" --repeat "$repeat"
    run "python baseline $name" "$work/$name.python" \
        "$python" "$baseline" "$dir" --repeat "$repeat"
    printf '%s\n' "$name" >>"$work/bundles.txt"
done

# Table formatting and JSON parsing in stdlib Python: cleaner than jq (not
# guaranteed to be installed) and than parsing JSON with sed.
"$python" - "$work" <<'PY'
import json
import os
import sys

work = sys.argv[1]
TARGET_BUNDLE = "the-ara-of-ara"
TARGET_RATIO = 0.20
TARGET_PEAK_MB = 50


def load_json(prefix):
    # The tool may print progress lines; the result is the last JSON object.
    with open(prefix + ".json", encoding="utf-8") as f:
        lines = [l for l in f.read().splitlines() if l.lstrip().startswith("{")]
    if not lines:
        sys.exit(f"read-bench: no JSON result line in output of {os.path.basename(prefix)}")
    return json.loads(lines[-1])


def peak_mb(prefix):
    try:
        with open(prefix + ".rss", encoding="utf-8") as f:
            # GNU time may prepend "Command exited with non-zero status"; the
            # %M value is always the last line.
            return int(f.read().split()[-1]) / 1024.0
    except (FileNotFoundError, IndexError, ValueError):
        return None


def fmt_mb(v):
    return "n/a" if v is None else f"{v:.1f}"


with open(os.path.join(work, "bundles.txt"), encoding="utf-8") as f:
    names = f.read().split()

rows = []
summary = None
for name in names:
    a = load_json(os.path.join(work, name + ".arakit"))
    p = load_json(os.path.join(work, name + ".python"))
    a_ms, p_ms = float(a["median_ms"]), float(p["median_ms"])
    ratio = a_ms / p_ms if p_ms > 0 else float("inf")
    a_mb = peak_mb(os.path.join(work, name + ".arakit"))
    p_mb = peak_mb(os.path.join(work, name + ".python"))
    rows.append((name, f"{a_ms:.3f}", f"{p_ms:.3f}", f"{ratio:.3f}", fmt_mb(a_mb), fmt_mb(p_mb)))
    if name == TARGET_BUNDLE:
        summary = (ratio, a_mb)

    # A speed ratio only means something if both tools did the same work;
    # flag (but do not fail on) disagreeing counts.
    ac, pc = a.get("counts") or {}, p.get("counts") or {}
    diff = {k: (ac[k], pc[k]) for k in ac.keys() & pc.keys() if ac[k] != pc[k]}
    if diff:
        detail = ", ".join(f"{k} arakit={v[0]} python={v[1]}" for k, v in sorted(diff.items()))
        print(f"read-bench: warning: {name}: counts differ: {detail}", file=sys.stderr)

header = ("bundle", "arakit ms", "python ms", "ratio", "arakit MB", "python MB")
widths = [max(len(r[i]) for r in rows + [header]) for i in range(len(header))]
print("  ".join(h.ljust(w) if i == 0 else h.rjust(w) for i, (h, w) in enumerate(zip(header, widths))))
for r in rows:
    print("  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(r, widths))))

if summary is None:
    print(f"read-bench: {TARGET_BUNDLE} not in corpus, no target check")
else:
    ratio, a_mb = summary
    print(f"read-bench: {TARGET_BUNDLE} ratio {ratio:.3f} (target <= {TARGET_RATIO:.2f}), "
          f"peak {fmt_mb(a_mb)} MB (target < {TARGET_PEAK_MB})")
PY
