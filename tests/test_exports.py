"""The committed exports/ folder is exactly what `kgraph build corpus -o exports` produces.

Regenerate with that command (see README) after changing rules, gazetteer or corpus.
"""

from __future__ import annotations

import difflib
import struct

from click.testing import CliRunner

from conftest import ROOT
from kgraph.cli import main

EXPORTS = ROOT / "exports"


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", data[16:24])


def test_exports_equal_a_fresh_build(tmp_path):
    result = CliRunner().invoke(main, ["build", str(ROOT / "corpus"), "-o", str(tmp_path)])
    assert result.exit_code == 0, result.output
    for name in ("graph.ttl", "events.jsonl", "actors.html"):
        fresh = (tmp_path / name).read_text(encoding="utf-8")
        committed = (EXPORTS / name).read_text(encoding="utf-8")
        if fresh != committed:
            diff = "".join(list(difflib.unified_diff(committed.splitlines(True), fresh.splitlines(True),
                                                     f"exports/{name}", f"fresh/{name}"))[:80])
            raise AssertionError(f"exports/{name} is stale; run `kgraph build corpus -o exports`:\n{diff}")
    # pixels depend on the font library; the picture must exist with the same canvas size
    for name in ("actors.png", "timeline.png"):
        assert png_size((tmp_path / name).read_bytes()) == png_size((EXPORTS / name).read_bytes()), name


def test_exports_are_byte_identical_across_runs(tmp_path):
    for out in ("one", "two"):
        assert CliRunner().invoke(main, ["build", str(ROOT / "corpus"), "-o", str(tmp_path / out)]).exit_code == 0
    for name in ("graph.ttl", "events.jsonl", "actors.png", "actors.html", "timeline.png"):
        assert (tmp_path / "one" / name).read_bytes() == (tmp_path / "two" / name).read_bytes(), name
