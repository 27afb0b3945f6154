"""Regenerate every golden file in one command: `python tools/refresh.py`.

- exports/ : the bundled corpus built by `kgraph build corpus -o exports`;
- README.md: the figures between the `<!-- eval:SPLIT -->` markers, from `kgraph eval corpus/SPLIT`,
  and between `<!-- eval:aliases-SET -->`, from `kgraph aliases corpus/aliases/SET.tsv`.

tests/test_exports.py and tests/test_readme.py fail (with a diff) when these are out of date.
"""

from __future__ import annotations

import functools
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPLITS = ("dev", "test")


@functools.cache
def report(split: str):
    """The evaluation of one corpus split (once per process: the README check and the targets share it)."""
    from kgraph.evaluate import evaluate
    return evaluate(ROOT / "corpus" / split)


def figures(split: str) -> str:
    from kgraph.evaluate import format_report
    return format_report(report(split))


ALIAS_SETS = ("test", "dev")


def alias_figures(name: str) -> str:
    from kgraph.entities import score_aliases
    from kgraph.extract import load_resources
    report = score_aliases(ROOT / "corpus" / "aliases" / f"{name}.tsv", load_resources())
    return (f"forms: {report.total}\naccuracy: {report.accuracy:.3f} ({report.right}/{report.total})\n"
            f"false merges of two people: {len(report.false_merges)}\n"
            f"ambiguous, reported not guessed: {report.ambiguous}")


def readme_block(split: str) -> re.Pattern:
    return re.compile(rf"(<!-- eval:{split} -->\n```\n)(.*?)(```\n<!-- /eval:{split} -->)", re.S)


def refresh_readme() -> None:
    path = ROOT / "README.md"
    text = path.read_text(encoding="utf-8")
    blocks = {split: (lambda split=split: figures(split)) for split in SPLITS if (ROOT / "corpus" / split).is_dir()}
    for name in ALIAS_SETS:
        if (ROOT / "corpus" / "aliases" / f"{name}.tsv").exists():
            blocks[f"aliases-{name}"] = lambda name=name: alias_figures(name)
    for name, produce in blocks.items():
        pattern = readme_block(name)
        if not pattern.search(text):
            raise SystemExit(f"README.md has no <!-- eval:{name} --> block")
        figures_text = produce()
        text = pattern.sub(lambda m, body=figures_text: m.group(1) + body + "\n" + m.group(3), text)
    path.write_text(text, encoding="utf-8")


def main() -> None:
    from kgraph.cli import main as kgraph
    try:
        kgraph(["build", str(ROOT / "corpus"), "-o", str(ROOT / "exports")], standalone_mode=False)
    except SystemExit as exit_:
        if exit_.code:
            raise
    refresh_readme()


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    main()
