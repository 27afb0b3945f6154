"""Benchmark: entity mentions resolved per second against the full gazetteer.

Prints figures for 100,000 mentions (80% exact aliases in a short sentence, 20% misspelt variants
that need the fuzzy resolver) and, side by side in the same run, the unblocked baseline the brief
warns about: rapidfuzz `extractOne` over every alias for each misspelt form (on a sample).

    python benchmarks/resolve_bench.py [--mentions 100000]
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from rapidfuzz import process  # noqa: E402

from kgraph.extract import load_resources  # noqa: E402
from kgraph.model import Entity  # noqa: E402
from kgraph.resolve import resolve_entities  # noqa: E402


def misspell(name: str, rng: random.Random) -> str:
    letters = [i for i, c in enumerate(name) if c.isalpha()]
    if not letters:
        return name
    i = rng.choice(letters)
    return name[:i] + name[i] + name[i:] if rng.random() < 0.5 else name[:i] + name[i + 1:]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mentions", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    resources = load_resources()
    gazetteer = resources.gazetteer
    aliases = sorted({(alias, e.type, e.key) for e in gazetteer.entries.values() for alias in e.aliases if len(alias) > 3})
    exact_count = int(args.mentions * 0.8)
    exact = [rng.choice(aliases)[0] for _ in range(exact_count)]
    fuzzy, truth = [], {}
    for _ in range(args.mentions - exact_count):
        alias, kind, key = rng.choice(aliases)
        truth[f"new:{len(fuzzy)}"] = key
        fuzzy.append(Entity(f"new:{len(fuzzy)}", misspell(alias, rng), kind, provisional=True))

    started = time.perf_counter()
    found = sum(len(gazetteer.find(f"Kemarin {form} tiba di sana.")) for form in exact)
    exact_seconds = time.perf_counter() - started

    started = time.perf_counter()
    resolution = resolve_entities(fuzzy, gazetteer)
    fuzzy_seconds = time.perf_counter() - started

    sample = fuzzy[:200]
    choices = [alias for alias, _, _ in aliases]
    to_gazetteer = {k: v for k, v in resolution.mapping.items() if not v.startswith("new:")}
    correct = sum(truth[k] == v for k, v in to_gazetteer.items())
    started = time.perf_counter()
    for entity in sample:
        process.extractOne(entity.label, choices)
    baseline_per_mention = (time.perf_counter() - started) / len(sample)
    ours_per_mention = fuzzy_seconds / max(1, len(fuzzy))

    total = exact_seconds + fuzzy_seconds
    print(f"gazetteer: {len(gazetteer.entries)} entities, {len(aliases)} aliases")
    print(f"mentions: {args.mentions} ({len(exact)} exact, {len(fuzzy)} misspelt)")
    print(f"exact (Aho-Corasick in a sentence): {len(exact) / exact_seconds:,.0f} mentions/s ({found} hits)")
    print(f"fuzzy (blocked rapidfuzz): {len(fuzzy) / fuzzy_seconds:,.0f} mentions/s, "
          f"{len(to_gazetteer)} resolved to the gazetteer ({correct} to the right entity), "
          f"{len(resolution.ambiguous)} reported ambiguous, the rest left provisional")
    print(f"all: {args.mentions / total:,.0f} mentions/s")
    print(f"unblocked extractOne over all aliases: {1 / baseline_per_mention:,.0f} mentions/s "
          f"(blocked is {baseline_per_mention / ours_per_mention:,.1f}x faster)")


if __name__ == "__main__":
    main()
