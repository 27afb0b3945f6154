"""Benchmark: extraction time on pathological text grows linearly with its size.

For each kind of hostile input (one character repeated, thousands of capitalised words, short
capitalised sentences, runs of punctuation, an unbroken line of words) it times extraction at
doubling sizes (best of three runs) and prints the ratio between successive sizes (about 2 is
linear, 4 quadratic) and the growth exponent over the whole range (1 linear, 2 quadratic).

    python benchmarks/pathological_bench.py [--sizes 10000,20000,40000,80000,160000]
"""

from __future__ import annotations

import argparse
import datetime as dt
import math
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kgraph.documents import make_article  # noqa: E402
from kgraph.extract import extract, load_resources  # noqa: E402

CASES = {
    "one character repeated": "a",
    "capitalised words": "Putin Kim Xi Biden Jakarta Prabowo Subianto ",
    "short capitalised sentences": "Putin met Kim. Xi Biden Jakarta. ",
    "punctuation runs": "(((,,,;;;...)))\"\"''--",
    "an unbroken line of words": "Presiden Joko Widodo bertemu Xi Jinping dan ",
    "digits and slashes": "12/12/2023 31/31/31 2024-13-45 ",
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,20000,40000,80000,160000")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    resources = load_resources()
    worst = 0.0
    for name, unit in CASES.items():
        previous = None
        cells, times = [], []
        for size in sizes:
            text = (unit * (size // len(unit) + 1))[:size]
            article = make_article({"id": "x"}, text, "x", "x", dt.date(2024, 1, 1), "en")
            seconds = float("inf")
            for _ in range(3):
                started = time.perf_counter()
                extract(article, resources)
                seconds = min(seconds, time.perf_counter() - started)
            cells.append(f"{size:>7,}: {seconds:6.3f} s" + (f" (x{seconds / previous:.2f})" if previous else ""))
            previous = seconds
            times.append(seconds)
        exponent = math.log(times[-1] / times[0]) / math.log(sizes[-1] / sizes[0])
        worst = max(worst, exponent)
        print(f"{name:30s} " + "  ".join(cells) + f"  exponent {exponent:.2f}")
    print(f"worst growth exponent: {worst:.2f} ({'linear' if worst < 1.3 else 'NOT linear'}; 1 is linear, 2 quadratic)")


if __name__ == "__main__":
    main()
