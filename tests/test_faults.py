"""Bad input: each fault of the README's fault table, in one build next to good articles.

Every good article's events come out; every bad input is reported in one line naming its file
(and line, for JSON Lines); repairs are reported as warnings; --strict stops at the first bad one;
Ctrl-C leaves the previous exports as they were. The README table is checked against FAULTS.
"""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import ROOT
from kgraph.cli import main

GOOD = ("Presiden Rusia Vladimir Putin akan bertemu Pemimpin Korea Utara Kim Jong Un di Vladivostok pekan depan, "
        "kata Reuters.")
GOOD_EN = "Germany will supply Leopard tanks to Ukraine next month, the defence ministry said."
META = {"date": "2023-09-05"}


def _sidecar(name: str, **meta) -> dict[str, bytes]:
    return {name: json.dumps({**META, **meta}).encode()}


FILLER = "Markets were calm and the weather in the capital stayed mild through the afternoon. "


def _long_article() -> bytes:
    return (GOOD_EN + " " + FILLER * (20_000_000 // len(FILLER))).encode()


# name, files to write, outcome ("read" | "warning" | "skipped"), what the one line says
FAULTS = [
    ("empty file", {"empty.txt": b""}, "skipped", "empty article text"),
    ("only whitespace", {"blank.txt": b" \n\t\n"}, "skipped", "empty article text"),
    ("binary file", {"binary.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"}, "skipped", "binary file"),
    ("Windows-1252 text", {"cp1252.txt": ("Presiden Prabowo akan berkunjung ke Bogotá dan São Paulo pekan depan, "
                                          "kata kementerian luar negeri “hari ini”.").encode("cp1252"),
                           **_sidecar("cp1252.json")}, "warning", "not UTF-8; decoded as"),
    ("UTF-16 with a byte-order mark", {"utf16.txt": GOOD.encode("utf-16"), **_sidecar("utf16.json")}, "warning",
     "decoded as utf-16"),
    ("UTF-8 byte-order mark", {"bom.txt": b"\xef\xbb\xbf" + GOOD.encode(), **_sidecar("bom.json")}, "read", ""),
    ("CRLF line ends", {"crlf.txt": (GOOD + "\r\n\r\n" + GOOD_EN).encode(), **_sidecar("crlf.json")}, "read", ""),
    ("decomposed Unicode (NFD)", {"nfd.txt": "Erdog\u0306an met Vladimir Putin in Sochi on Monday.".encode(),
                                  **_sidecar("nfd.json", lang="en")}, "read", ""),
    ("HTML page with a script", {"page.html": ("<!DOCTYPE html><html><head><title>x</title><script>var s = "
                                               "'Iran will attack Israel tomorrow';</script></head><body><p>" + GOOD
                                               + "</p></body></html>").encode(), **_sidecar("page.json")},
     "warning", "HTML markup stripped"),
    ("20 MB article", {"huge.txt": _long_article(), **_sidecar("huge.json", lang="en")}, "warning",
     "only the first 1,000,000 are read"),
    ("1 MB line without a sentence break", {"run-on.txt": ("Presiden Joko Widodo bertemu Xi Jinping dan " * 22_700)
                                            .encode(), **_sidecar("run-on.json", lang="id")}, "read", ""),
    ("broken JSON line", {"feed.jsonl": (json.dumps({"id": "f1", **META, "text": GOOD}) + "\n{not json\n").encode()},
     "skipped", "feed.jsonl:2: invalid JSON"),
    ("JSON line without text", {"notext.jsonl": json.dumps({"id": "n1", **META}).encode()}, "skipped",
     "notext.jsonl:1: missing 'text' field"),
    ("JSON field of the wrong type", {"wrongtype.jsonl": json.dumps({"id": "w1", **META, "lang": 5,
                                                                     "text": GOOD}).encode()},
     "skipped", "wrongtype.jsonl:1: 'lang' must be a language code"),
    ("JSON nested too deep", {"deep.jsonl": b"[" * 100_000}, "skipped", "deep.jsonl:1: invalid JSON"),
    ("impossible date", {"feb30.txt": GOOD.encode(), **_sidecar("feb30.json", date="2023-02-30")}, "skipped",
     "invalid date '2023-02-30'"),
    ("missing date", {"undated.txt": GOOD.encode()}, "warning", "no article date"),
    ("broken sidecar", {"sidecar.txt": GOOD.encode(), "sidecar.json": b"{"}, "skipped", "sidecar.json: invalid JSON"),
    ("unsupported language", {"french.txt": "Le président ira au Japon la semaine prochaine pour rencontrer le "
                              "premier ministre.".encode(), **_sidecar("french.json")}, "skipped",
     "unsupported or undetected language"),
    ("duplicate article id", {"dup-a.txt": GOOD.encode(), **_sidecar("dup-a.json", id="same"),
                              "dup-b.txt": GOOD_EN.encode(), **_sidecar("dup-b.json", id="same")}, "skipped",
     "duplicate article id 'same'"),
]


@pytest.fixture(scope="module")
def mixed(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("mixed")
    (folder / "good-id.txt").write_text(GOOD, encoding="utf-8")
    (folder / "good-id.json").write_text(json.dumps(META))
    (folder / "good-en.txt").write_text(GOOD_EN, encoding="utf-8")
    (folder / "good-en.json").write_text(json.dumps(META))
    for _, files, _, _ in FAULTS:
        for name, data in files.items():
            (folder / name).write_bytes(data)
    return folder


@pytest.fixture(scope="module")
def built(mixed, tmp_path_factory):
    out = tmp_path_factory.mktemp("out")
    result = CliRunner().invoke(main, ["build", str(mixed), "-o", str(out), "--no-picture", "--jobs", "1"])
    records = [json.loads(line) for line in (out / "events.jsonl").read_text(encoding="utf-8").splitlines()]
    return result, records


def reported_in(records) -> dict[str, list[dict]]:
    """Events by every article that reports them (one meeting told by eight articles is one event)."""
    out: dict[str, list[dict]] = {}
    for record in records:
        for report in record["reports"]:
            out.setdefault(report["doc"], []).append({**record, "evidence": report["evidence"]})
    return out


def test_good_articles_are_all_kept(built):
    result, records = built
    assert result.exit_code == 0, result.output
    docs = reported_in(records)
    assert {"good-id", "good-en", "bom", "crlf", "page", "utf16", "undated", "f1", "same", "huge",
            "run-on"} <= set(docs)
    assert any(r["type"] == "Meeting" for r in docs["good-id"])
    assert any(r["type"] == "ArmsTransfer" for r in docs["good-en"])


@pytest.mark.parametrize("name,files,outcome,message", FAULTS, ids=[f[0] for f in FAULTS])
def test_each_fault_is_handled_as_the_table_says(built, name, files, outcome, message):
    result, records = built
    lines = result.output.splitlines()
    stems = {Path(n).stem for n in files if not n.endswith(".json")}
    mine = [line for line in lines if any(f"/{stem}." in line for stem in stems)]
    if outcome == "skipped":
        skipped = [line for line in mine if line.startswith("kgraph: skipped:") and message in line]
        assert len(skipped) == 1, mine
    elif outcome == "warning":
        assert any(line.startswith("kgraph: warning:") and message in line for line in mine), mine
        assert not any(line.startswith("kgraph: skipped:") for line in mine)
    else:
        assert not mine, mine


def test_repairs_keep_the_text_right(built, tmp_path):
    from kgraph.documents import read_inputs
    from kgraph.model import Article

    _, records = built
    docs = reported_in(records)
    assert not any("Iran" in r["evidence"]["text"] for r in docs["page"])   # the script is gone
    assert all("\r" not in r["evidence"]["text"] for r in docs["crlf"])
    cp1252 = tmp_path / "cp1252.txt"
    cp1252.write_bytes(dict(FAULTS[3][1])["cp1252.txt"])
    [article] = [a for a in read_inputs([cp1252], lang="id") if isinstance(a, Article)]
    assert "Bogotá" in article.text


def test_strict_stops_at_the_first_bad_input(mixed, tmp_path):
    result = CliRunner().invoke(main, ["build", str(mixed), "-o", str(tmp_path / "o"), "--strict", "--no-picture"])
    assert result.exit_code == 2
    assert result.output.strip().splitlines()[-1].startswith("kgraph: error:")
    assert not (tmp_path / "o").exists()


def test_only_bad_inputs_is_an_input_error(tmp_path):
    (tmp_path / "a.txt").write_bytes(b"")
    result = CliRunner().invoke(main, ["build", str(tmp_path), "-o", str(tmp_path / "o")])
    assert result.exit_code == 2 and "skipped" in result.output
    assert result.output.strip().splitlines()[-1].startswith("kgraph: error: no article could be read")
    assert not (tmp_path / "o").exists()


def _good_build(tmp_path: Path, *options: str) -> Path:
    """The exports of a one-article build, in tmp_path/out."""
    small = tmp_path / "small"
    small.mkdir(exist_ok=True)
    (small / "a.txt").write_text(GOOD, encoding="utf-8")
    (small / "a.json").write_text(json.dumps(META))
    result = CliRunner().invoke(main, ["build", str(small), "-o", str(tmp_path / "out"), *options])
    assert result.exit_code == 0, result.output
    return tmp_path / "out"


def test_a_build_of_only_bad_articles_leaves_the_previous_exports_as_they_were(tmp_path):
    out = _good_build(tmp_path, "--no-picture")
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    (tmp_path / "bad").mkdir()
    (tmp_path / "bad" / "empty.txt").write_bytes(b"")
    result = CliRunner().invoke(main, ["build", str(tmp_path / "bad"), "-o", str(out)])
    assert result.exit_code == 2
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before


def test_a_build_that_finds_no_article_writes_nothing(tmp_path):
    (tmp_path / "empty").mkdir()
    result = CliRunner().invoke(main, ["build", str(tmp_path / "empty"), "-o", str(tmp_path / "o")])
    assert result.exit_code == 2
    assert result.output.strip().splitlines()[-1].startswith("kgraph: error: no article found")
    assert not (tmp_path / "o").exists()


def test_an_export_that_cannot_be_replaced_changes_no_export(tmp_path):
    out = _good_build(tmp_path, "--no-picture")
    (out / "actors.html").unlink()
    (out / "actors.html").mkdir()  # in the way of the new page
    before = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}
    (tmp_path / "small" / "a.json").write_text(json.dumps({**META, "date": "2024-07-01"}))  # other dates
    result = CliRunner().invoke(main, ["build", str(tmp_path / "small"), "-o", str(out), "--no-picture"])
    assert result.exit_code == 5
    assert result.output.strip().splitlines()[-1] == f"kgraph: error: cannot write exports: {out / 'actors.html'} is a folder"
    assert {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()} == before
    assert not [name for name in os.listdir(out) if name.startswith(".")]


def test_a_failed_rename_puts_back_the_exports_already_replaced(tmp_path, monkeypatch):
    from kgraph.errors import ExportError
    from kgraph.export import write_files

    first, second, third = tmp_path / "a.ttl", tmp_path / "b.jsonl", tmp_path / "c.html"
    first.write_bytes(b"old a")
    second.write_bytes(b"old b")
    real_replace, renames = os.replace, []

    def failing_second_rename(source, target):
        if not str(source).endswith(".old"):  # a new export moving into place, not a rollback
            renames.append(target)
            if len(renames) == 2:
                raise OSError(28, "No space left on device")
        return real_replace(source, target)

    monkeypatch.setattr(os, "replace", failing_second_rename)
    with pytest.raises(ExportError, match="No space left on device"):
        write_files({first: b"new a", second: b"new b", third: b"new c"})
    assert (first.read_bytes(), second.read_bytes()) == (b"old a", b"old b")
    assert not third.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.ttl", "b.jsonl"]


def test_without_hard_links_a_failed_rename_still_puts_the_exports_back(tmp_path, monkeypatch):
    from kgraph.errors import ExportError
    from kgraph.export import write_files

    first, second = tmp_path / "a.ttl", tmp_path / "b.jsonl"
    first.write_bytes(b"old a")
    second.write_bytes(b"old b")
    real_replace, renames = os.replace, []

    def no_hard_links(*args, **kwargs):
        raise OSError(1, "Operation not permitted")

    def failing_second_rename(source, target):
        if not str(source).endswith(".old"):
            renames.append(target)
            if len(renames) == 2:
                raise OSError(28, "No space left on device")
        return real_replace(source, target)

    monkeypatch.setattr(os, "link", no_hard_links)
    monkeypatch.setattr(os, "replace", failing_second_rename)
    with pytest.raises(ExportError):
        write_files({first: b"new a", second: b"new b"})
    assert (first.read_bytes(), second.read_bytes()) == (b"old a", b"old b")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.ttl", "b.jsonl"]


def test_an_interrupt_between_renames_puts_the_exports_back(tmp_path, monkeypatch):
    from kgraph.export import write_files

    first, second = tmp_path / "a.ttl", tmp_path / "b.jsonl"
    first.write_bytes(b"old a")
    real_replace, renames = os.replace, []

    def interrupted_second_rename(source, target):
        if not str(source).endswith(".old"):
            renames.append(target)
            if len(renames) == 2:
                raise KeyboardInterrupt
        return real_replace(source, target)

    monkeypatch.setattr(os, "replace", interrupted_second_rename)
    with pytest.raises(KeyboardInterrupt):
        write_files({first: b"new a", second: b"new b"})
    assert first.read_bytes() == b"old a" and not second.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.ttl"]


def test_a_rebuild_removes_the_exports_it_no_longer_writes(tmp_path):
    out = _good_build(tmp_path, "--also", "nt")
    assert {"graph.nt", "actors.png", "timeline.png"} <= {p.name for p in out.iterdir()}
    (out / "notes.txt").write_text("mine")  # not an export: left alone
    _good_build(tmp_path, "--no-picture")
    assert sorted(p.name for p in out.iterdir()) == ["actors.html", "events.jsonl", "graph.ttl", "notes.txt"]


def test_an_output_path_that_is_a_file_is_an_export_error(tmp_path):
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "taken").write_text("a file")
    result = CliRunner().invoke(main, ["build", str(tmp_path / "a.txt"), "-o", str(tmp_path / "taken")])
    assert result.exit_code == 5
    assert result.output.strip() == f"kgraph: error: {tmp_path / 'taken'} is a file, not a folder"


def test_ctrl_c_leaves_the_previous_exports_and_no_temporaries(tmp_path):
    out = tmp_path / "out"
    small = tmp_path / "small"
    small.mkdir()
    (small / "a.txt").write_text(GOOD, encoding="utf-8")
    (small / "a.json").write_text(json.dumps(META))
    assert CliRunner().invoke(main, ["build", str(small), "-o", str(out), "--no-picture"]).exit_code == 0
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    feed = tmp_path / "feed.jsonl"  # long enough to be interrupted in the middle
    feed.write_text("".join(json.dumps({"id": f"n{k}", **META, "text": (GOOD + " " + FILLER * 20)}) + "\n"
                            for k in range(3000)), encoding="utf-8")
    process = subprocess.Popen([sys.executable, "-m", "kgraph.cli", "build", str(feed), "-o", str(out),
                                "--jobs", "1"], stderr=subprocess.PIPE, cwd=ROOT, text=True,
                               preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))  # even under nohup
    time.sleep(2.5)
    process.send_signal(signal.SIGINT)
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == 130, stderr
    assert stderr.strip().splitlines()[-1] == "kgraph: interrupted; no export was changed"
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before
    assert not [name for name in os.listdir(out) if name.startswith(".")]


def test_the_readme_fault_table_matches_the_tests():
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(r"<!-- faults -->\n(.*?)<!-- /faults -->", text, re.S)
    assert block, "README.md has no <!-- faults --> table"
    rows = [[cell.strip() for cell in line.strip().strip("|").split("|")]
            for line in block.group(1).splitlines() if line.startswith("|") and not line.startswith("|---")][1:]
    table = {row[0]: row[1] for row in rows}
    expected = {name: {"read": "read", "warning": "read, with a warning", "skipped": "skipped, reported"}[outcome]
                for name, _, outcome, _ in FAULTS}
    assert table == expected


def test_an_internal_error_on_one_article_loses_that_article_only(mixed, tmp_path, monkeypatch):
    import kgraph.pipeline

    real = kgraph.pipeline.extract

    def broken_on_one(article, resources):
        if article.path.endswith("good-en.txt"):
            raise KeyError("auguſt")  # as a missing table entry in the time reader once did
        return real(article, resources)

    monkeypatch.setattr(kgraph.pipeline, "extract", broken_on_one)
    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("good-id.txt", "good-id.json", "good-en.txt", "good-en.json"):
        (folder / name).write_bytes((mixed / name).read_bytes())
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["build", str(folder), "-o", str(out), "--no-picture", "--jobs", "1"])
    assert result.exit_code == 0, result.output
    docs = {report["doc"] for line in (out / "events.jsonl").read_text(encoding="utf-8").splitlines()
            for report in json.loads(line)["reports"]}
    assert docs and all("good-id" in doc for doc in docs)
    lines = [line for line in result.output.splitlines() if "good-en.txt" in line]
    assert len(lines) == 1 and "internal error in kgraph (please report it): KeyError: 'auguſt'" in lines[0]
    strict = CliRunner().invoke(main, ["build", str(folder), "-o", str(tmp_path / "o2"), "--no-picture",
                                       "--jobs", "1", "--strict"])
    assert strict.exit_code != 0 and "internal error" in strict.output
