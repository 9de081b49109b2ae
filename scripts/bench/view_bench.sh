#!/bin/sh
# arakit render of the-ara-of-ara against `dot -Tsvg` of the same graph alone,
# in the same run (target: render at most 3x the drawing). Best of 5 each.
set -eu
ARAKIT=${ARAKIT:-.build/release/arakit}
BUNDLE=${1:-../shared/corpus/bundles/the-ara-of-ara}
[ -d "$BUNDLE" ] || { echo "view bench: $BUNDLE not found; skipped"; exit 0; }
command -v dot >/dev/null || { echo "view bench: dot not installed; skipped"; exit 0; }
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
"$ARAKIT" render "$BUNDLE" --out "$work/site" >/dev/null 2>&1
best() { b=999999; for _ in 1 2 3 4 5; do s=$(date +%s%N); "$@" >/dev/null 2>&1 || true; e=$(( ($(date +%s%N) - s) / 1000000 )); [ $e -lt $b ] && b=$e; done; echo $b; }
render=$(best "$ARAKIT" render "$BUNDLE" --out "$work/site" --force)
drawing=$(best dot -Tsvg "$work/site/graph.dot" -o "$work/g.svg")
# Context: reading the bundle alone, and its review alone (render does both, once).
reading=$(best "$ARAKIT" info "$BUNDLE")
review=$(best "$ARAKIT" review "$BUNDLE")
echo "view: arakit render $render ms, dot -Tsvg alone $drawing ms, ratio $(echo "scale=2; $render / $drawing" | bc) (target <= 3)"
echo "view: for context, arakit info (read) $reading ms, arakit review $review ms"
