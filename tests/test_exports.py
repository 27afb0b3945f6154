"""The committed exports/ folder is exactly what `kgraph build corpus -o exports` produces.

Regenerate with that command (see README) after changing rules, gazetteer or corpus.
"""

from __future__ import annotations

import difflib
import struct

import pytest
from click.testing import CliRunner

from conftest import ROOT
from kgraph.cli import main

EXPORTS = ROOT / "exports"


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", data[16:24])


@pytest.fixture(scope="module")
def fresh(tmp_path_factory):
    """One build of the bundled corpus, as the README's command makes it."""
    out = tmp_path_factory.mktemp("fresh")
    result = CliRunner().invoke(main, ["build", str(ROOT / "corpus"), "-o", str(out)])
    assert result.exit_code == 0, result.output
    return out


def test_exports_equal_a_fresh_build(fresh):
    for name in ("graph.ttl", "events.jsonl", "actors.html"):
        fresh_text = (fresh / name).read_text(encoding="utf-8")
        committed = (EXPORTS / name).read_text(encoding="utf-8")
        if fresh_text != committed:
            diff = "".join(list(difflib.unified_diff(committed.splitlines(True), fresh_text.splitlines(True),
                                                     f"exports/{name}", f"fresh/{name}"))[:80])
            raise AssertionError(f"exports/{name} is stale; run `kgraph build corpus -o exports`:\n{diff}")
    # pixels depend on the font library; the picture must exist with the same canvas size
    for name in ("actors.png", "timeline.png"):
        assert png_size((fresh / name).read_bytes()) == png_size((EXPORTS / name).read_bytes()), name


def test_exports_are_byte_identical_across_runs(fresh, tmp_path):
    assert CliRunner().invoke(main, ["build", str(ROOT / "corpus"), "-o", str(tmp_path)]).exit_code == 0
    for name in ("graph.ttl", "events.jsonl", "actors.png", "actors.html", "timeline.png"):
        assert (fresh / name).read_bytes() == (tmp_path / name).read_bytes(), name
