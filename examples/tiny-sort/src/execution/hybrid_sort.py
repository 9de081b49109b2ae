# Grounding: transcribed
"""Insertion sort, top-down merge sort and their hybrid, plus the timing sweep
behind Table 1 (evidence/tables/table1_crossover.md).

Run: python3 hybrid_sort.py   (prints one Markdown row per array size)
"""
import random
import statistics
import time

SIZES = [2, 4, 8, 16, 32, 64, 128, 256]
CUTOFF = 16          # src/configs/sort.md
ARRAYS_PER_SIZE = 1000
REPEATS = 21
SEED = 20261102


def insertion_sort(a, lo=0, hi=None):
    """Sort a[lo:hi] in place."""
    hi = len(a) if hi is None else hi
    for i in range(lo + 1, hi):
        x = a[i]
        j = i - 1
        while j >= lo and a[j] > x:
            a[j + 1] = a[j]
            j -= 1
        a[j + 1] = x


def _merge(a, aux, lo, mid, hi):
    aux[lo:hi] = a[lo:hi]
    i, j = lo, mid
    for k in range(lo, hi):
        if i < mid and (j >= hi or aux[i] <= aux[j]):
            a[k] = aux[i]
            i += 1
        else:
            a[k] = aux[j]
            j += 1


def _sort(a, aux, lo, hi, cutoff):
    if hi - lo <= cutoff:
        insertion_sort(a, lo, hi)
        return
    mid = (lo + hi) // 2
    _sort(a, aux, lo, mid, cutoff)
    _sort(a, aux, mid, hi, cutoff)
    _merge(a, aux, lo, mid, hi)


def merge_sort(a):
    """Pure top-down merge sort (recursion down to single elements)."""
    _sort(a, a[:], 0, len(a), 1)


def hybrid_sort(a, cutoff=CUTOFF):
    """Merge sort that hands runs of at most `cutoff` elements to insertion sort."""
    _sort(a, a[:], 0, len(a), cutoff)


def time_per_sort_us(sort, arrays):
    """Median over REPEATS of the mean time to sort one array, in microseconds."""
    samples = []
    for _ in range(REPEATS):
        batch = [list(x) for x in arrays]          # copies are not timed
        start = time.perf_counter_ns()
        for x in batch:
            sort(x)
        samples.append((time.perf_counter_ns() - start) / len(batch) / 1000)
    return statistics.median(samples)


def main():
    rng = random.Random(SEED)
    print("| n | insertion (µs) | merge (µs) | hybrid, cutoff 16 (µs) |")
    print("|---|---|---|---|")
    for n in SIZES:
        arrays = [[rng.randrange(1_000_000) for _ in range(n)] for _ in range(ARRAYS_PER_SIZE)]
        for x in arrays:  # sanity check before timing
            y = list(x); hybrid_sort(y); z = list(x); merge_sort(z); w = list(x); insertion_sort(w)
            assert y == z == w == sorted(x)
        row = [time_per_sort_us(s, arrays) for s in (insertion_sort, merge_sort, hybrid_sort)]
        print(f"| {n} | " + " | ".join(f"{t:.2f}" for t in row) + " |")


if __name__ == "__main__":
    main()
