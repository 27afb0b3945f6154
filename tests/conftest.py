"""Shared fixtures: the project's resources, a quick way to extract from a text, the seed article."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import matplotlib
import pytest

matplotlib.use("Agg")

from kgraph.documents import make_article  # noqa: E402
from kgraph.extract import extract, load_resources  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SEED_DIR = ROOT.parent / "shared" / "seeds"
SEED = SEED_DIR / "000_fd3c2c62b3b5200f.txt"


@pytest.fixture(scope="session")
def resources():
    return load_resources()


@pytest.fixture(scope="session")
def events_of(resources):
    """extract events from a text: events_of(text, lang, date) -> list of Event."""
    def run(text: str, lang: str | None = None, date: str = "2023-09-05"):
        article = make_article({"id": "t"}, text, "test", "t", dt.date.fromisoformat(date), lang)
        return list(extract(article, resources).events)
    return run


@pytest.fixture(scope="session")
def seed_path():
    if not SEED.exists():
        pytest.skip("the shared seed article is not available here")
    return SEED


def roles_of(event) -> set[tuple[str, str]]:
    return set(event.roles)
