"""The evaluation figures in README.md are the command's own output at this commit."""

from __future__ import annotations

import difflib
import importlib.util

import pytest

from conftest import ROOT

spec = importlib.util.spec_from_file_location("refresh", ROOT / "tools" / "refresh.py")
refresh = importlib.util.module_from_spec(spec)
spec.loader.exec_module(refresh)


@pytest.mark.parametrize("split", [s for s in refresh.SPLITS if (ROOT / "corpus" / s).is_dir()])
def test_readme_figures_are_current(split):
    match = refresh.readme_block(split).search((ROOT / "README.md").read_text(encoding="utf-8"))
    assert match, f"README.md lacks the <!-- eval:{split} --> block"
    shown, fresh = match.group(2).rstrip("\n"), refresh.figures(split)
    if shown != fresh:
        diff = "\n".join(difflib.unified_diff(shown.splitlines(), fresh.splitlines(), "README", "kgraph eval", lineterm=""))
        raise AssertionError(f"README figures for {split} are stale; run `python tools/refresh.py`:\n{diff}")


def test_accuracy_targets_hold():
    """The targets of the corpus and factuality issues: test F1 >= 0.80, status accuracy >= 0.92 and
    time accuracy >= 0.90 in each language; and a regression floor on dev F1 (0.75: it was 0.90 on
    54 articles before sixty-four new English articles were added, written to exercise date and
    factuality wordings and the styles of different outlets, whose misses are listed known gaps)."""
    test = refresh.report("test")  # the evaluations the README check made
    for lang in ("id", "en"):
        assert test.by_lang[lang].f1 >= 0.80, (lang, test.by_lang[lang].as_dict())
        assert test.status[lang].value >= 0.92, (lang, test.status[lang].as_dict())
        assert test.time_by_lang[lang].value >= 0.90, (lang, test.time_by_lang[lang].as_dict())
    assert refresh.report("dev").overall.f1 >= 0.75


@pytest.mark.parametrize("name", refresh.ALIAS_SETS)
def test_readme_alias_figures_are_current(name):
    if not (ROOT / "corpus" / "aliases" / f"{name}.tsv").exists():
        pytest.skip("no such alias set")
    match = refresh.readme_block(f"aliases-{name}").search((ROOT / "README.md").read_text(encoding="utf-8"))
    assert match and match.group(2).rstrip("\n") == refresh.alias_figures(name), "run `python tools/refresh.py`"


# Targets of the entity issue: >= 0.95 of an alias set of >= 300 forms right, no two people merged.
# Both the dev set and the held-out set meet them.
ALIAS_FLOORS = {"dev": (0.95, 0), "test": (0.95, 0)}


@pytest.mark.parametrize("name", refresh.ALIAS_SETS)
def test_alias_resolution_floors_hold(name):
    from kgraph.entities import score_aliases
    from kgraph.extract import load_resources

    path = ROOT / "corpus" / "aliases" / f"{name}.tsv"
    if not path.exists():
        pytest.skip("no such alias set")
    report = score_aliases(path, load_resources())
    accuracy, merges = ALIAS_FLOORS[name]
    assert report.total >= 300
    assert report.accuracy >= accuracy, report.wrong[:20]
    assert len(report.false_merges) <= merges, report.false_merges
