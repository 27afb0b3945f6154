"""Input that must be refused or skipped cleanly: metadata of the wrong type, a build's own output
folder inside its input, named pipes, an unsupported language passed to the library, and dates at
the ends of the calendar."""

from __future__ import annotations

import datetime as dt
import json
import os
import threading

import pytest

from kgraph.documents import BadInput, read_inputs
from kgraph.errors import InputError
from kgraph.extract import extract
from kgraph.model import Article, DocGraph
from kgraph.pipeline import Settings, build, extract_all, extract_batch
from kgraph.timex import TimeFinder, resolve

GOOD_EN = "Russian President Vladimir Putin will meet North Korean leader Kim Jong Un in Vladivostok next week."
GOOD_ID = ("Presiden Rusia Vladimir Putin akan bertemu Pemimpin Korea Utara Kim Jong Un di Vladivostok "
           "pekan depan.")
META = {"date": "2023-09-05", "lang": "en"}


def articles(items) -> list[Article]:
    return [item for item in items if isinstance(item, Article)]


def bad_messages(items) -> list[str]:
    return [item.message for item in items if isinstance(item, BadInput)]


def _write_jsonl(path, *records) -> None:
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")


# --- A: metadata of the wrong type -------------------------------------------------------------

@pytest.mark.parametrize("field,value,type_name", [
    ("id", ["r4"], "list"), ("title", ["x"], "list"), ("url", {"a": 1}, "dict"),
    ("publisher", 7, "int"), ("title", True, "bool"),
])
def test_a_jsonl_field_of_the_wrong_type_skips_its_article_only(tmp_path, field, value, type_name):
    feed = tmp_path / "a.jsonl"
    _write_jsonl(feed, {"id": "bad", **META, field: value, "text": GOOD_EN}, {"id": "good", **META, "text": GOOD_EN})
    items = list(read_inputs([feed]))
    assert [a.id for a in articles(items)] == ["good"]
    assert bad_messages(items) == [f"{feed}:1: field {field!r} must be a string, not {type_name}"]


def test_an_integer_date_is_refused_not_read_as_a_date(tmp_path):
    feed = tmp_path / "a.jsonl"
    _write_jsonl(feed, {"id": "r1", "date": 20250303, "lang": "en", "text": GOOD_EN})
    assert bad_messages(read_inputs([feed])) == [f"{feed}:1: field 'date' must be a YYYY-MM-DD string, not int"]


def test_text_of_the_wrong_type_says_so(tmp_path):
    feed = tmp_path / "a.jsonl"
    _write_jsonl(feed, {"id": "r1", **META, "text": 123}, {"id": "r2", **META})
    assert bad_messages(read_inputs([feed])) == [f"{feed}:1: field 'text' must be a string, not int",
                                                 f"{feed}:2: missing 'text' field"]


def test_a_sidecar_field_of_the_wrong_type_skips_that_article_only(tmp_path):
    (tmp_path / "bad.txt").write_text(GOOD_EN, encoding="utf-8")
    (tmp_path / "bad.json").write_text(json.dumps({**META, "id": "r4", "url": {"a": 1}}))
    (tmp_path / "good.txt").write_text(GOOD_EN, encoding="utf-8")
    (tmp_path / "good.json").write_text(json.dumps(META))
    items = list(read_inputs([tmp_path]))
    assert [a.id for a in articles(items)] == ["good"]
    assert bad_messages(items) == [f"{tmp_path / 'bad.txt'}: field 'url' must be a string, not dict"]


def test_null_and_empty_metadata_are_read_as_absent(tmp_path):
    feed = tmp_path / "feed.jsonl"
    _write_jsonl(feed, {"id": None, "date": None, "lang": None, "title": None, "url": "", "publisher": None,
                        "text": GOOD_EN})
    items = list(read_inputs([feed]))
    [article] = articles(items)
    assert (article.id, article.date, article.lang, article.title, article.url, article.publisher) == (
        "feed-1", None, "en", "", "", "")
    assert bad_messages(items) == []


def test_wrong_typed_metadata_never_reaches_the_graph(tmp_path):
    feed = tmp_path / "feed.jsonl"
    _write_jsonl(feed, {"id": ["r4"], **META, "title": ["x"], "text": GOOD_EN},
                 {"id": "r5", **META, "title": "Summit", "text": GOOD_EN})
    result = build([str(feed)])
    assert [doc.article.id for doc in result.docs] == ["r5"]
    assert [b.path for b in result.bad] == [f"{feed}:1"]


# --- B: a build's own output folder inside its input folder ------------------------------------

def _corpus_with_exports(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(GOOD_EN, encoding="utf-8")
    (corpus / "a.json").write_text(json.dumps(META))
    out = corpus / "out"
    out.mkdir()
    (out / "actors.html").write_text(f"<html><body><p>{GOOD_EN}</p></body></html>", encoding="utf-8")
    (out / "events.jsonl").write_text(json.dumps({"id": "e1", "type": "Meeting"}) + "\n", encoding="utf-8")
    return corpus, out


def test_without_exclusion_the_exports_are_read_back(tmp_path):
    corpus, _ = _corpus_with_exports(tmp_path)
    result = build([str(corpus)], lang="en")
    assert sorted(doc.article.id for doc in result.docs) == ["a", "actors"]
    assert len(result.bad) == 1 and "events.jsonl:1" in result.bad[0].path


def test_an_excluded_output_folder_is_not_read(tmp_path):
    corpus, out = _corpus_with_exports(tmp_path)
    result = build([str(corpus)], lang="en", exclude=[out])
    assert [doc.article.id for doc in result.docs] == ["a"]
    assert result.bad == []
    assert not any("out" in w.path.split(os.sep) for w in result.warnings)


def test_excluded_folders_are_compared_resolved(tmp_path, monkeypatch):
    corpus, out = _corpus_with_exports(tmp_path)
    (tmp_path / "link").symlink_to(out, target_is_directory=True)
    monkeypatch.chdir(tmp_path)
    docs, bad = extract_all(["corpus"], Settings(), lang="en", exclude=["link"])
    assert [d.article.id for d in docs] == ["a"] and bad == []
    docs, bad = extract_all([str(corpus)], Settings(), lang="en", exclude=[str(corpus / "sub" / ".." / "out")])
    assert [d.article.id for d in docs] == ["a"] and bad == []


def test_a_folder_named_as_input_is_read_even_when_excluded(tmp_path):
    _, out = _corpus_with_exports(tmp_path)
    items = list(read_inputs([out], lang="en", exclude=[out]))
    assert [a.id for a in articles(items)] == ["actors"]


# --- C: named pipes and other files that are not regular ---------------------------------------

mkfifo = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes on this platform")


def _read_within(paths, seconds: float = 20.0) -> list:
    """read_inputs(paths), failing the test instead of hanging when a read blocks."""
    done: list = []
    reader = threading.Thread(target=lambda: done.append(list(read_inputs(paths, lang="en"))), daemon=True)
    reader.start()
    reader.join(seconds)
    assert done, "reading the inputs blocked"
    return done[0]


@mkfifo
def test_a_named_pipe_given_as_input_is_reported_not_opened(tmp_path):
    pipe = tmp_path / "x.txt"
    os.mkfifo(pipe)
    (tmp_path / "good.txt").write_text(GOOD_EN, encoding="utf-8")
    items = _read_within([pipe, tmp_path / "good.txt"])
    assert bad_messages(items) == [f"{pipe}: not a regular file"]
    assert [a.id for a in articles(items)] == ["good"]


@mkfifo
def test_named_pipes_in_a_folder_are_reported_and_skipped(tmp_path):
    for name in ("pipe.txt", "pipe.jsonl", "pipe.html"):
        os.mkfifo(tmp_path / name)
    (tmp_path / "good.txt").write_text(GOOD_EN, encoding="utf-8")
    (tmp_path / "side.txt").write_text(GOOD_EN, encoding="utf-8")
    os.mkfifo(tmp_path / "side.json")
    items = _read_within([tmp_path])
    assert [a.id for a in articles(items)] == ["good"]
    assert sorted(bad_messages(items)) == sorted(f"{tmp_path / name}: not a regular file"
                                                 for name in ("pipe.txt", "pipe.jsonl", "pipe.html", "side.json"))


# --- D: an unsupported language passed to the library ------------------------------------------

def test_extract_refuses_an_unsupported_language_with_its_own_error(resources):
    with pytest.raises(InputError, match=r"unsupported language 'fr' \(supported: id, en\)"):
        extract(Article("f", "Le président ira au Japon.", "fr", dt.date(2023, 9, 5)), resources)


def test_an_unsupported_language_costs_only_its_article():
    french = Article("f", "Le président ira au Japon.", "fr", dt.date(2023, 9, 5), path="f.txt")
    english = Article("e", GOOD_EN, "en", dt.date(2023, 9, 5), path="e.txt")
    bad, good = extract_batch([french, english], Settings())
    assert bad == BadInput("f.txt", "f.txt: unsupported language 'fr' (supported: id, en)")
    assert isinstance(good, DocGraph) and good.events


# --- E: dates at the ends of the calendar ------------------------------------------------------

TEMPLATES = {
    "en": ("Russian President Vladimir Putin will meet North Korean leader Kim Jong Un in Vladivostok {}. "
           "Putin met Kim in Moscow {}, and two days later they met again."),
    "id": ("Presiden Rusia Vladimir Putin akan bertemu Pemimpin Korea Utara Kim Jong Un di Vladivostok {}. "
           "Putin bertemu Kim di Moskow {}, dan dua hari kemudian mereka bertemu lagi."),
}
PHRASES = {
    "en": ["next week", "last week", "next year", "last year", "tomorrow", "yesterday", "next month",
           "a month ago", "in two weeks", "next Monday", "this weekend", "in December", "in the coming weeks",
           "the first week of January", "in the second quarter", "next spring"],
    "id": ["pekan depan", "pekan lalu", "tahun depan", "tahun lalu", "besok", "kemarin", "bulan depan",
           "bulan lalu", "Senin depan", "akhir pekan ini", "pada Januari", "kuartal kedua"],
}
EDGE_DATES = ["0001-01-01", "0001-01-02", "9999-12-30", "9999-12-31"]


def is_on_calendar(value: str) -> bool:
    """Whether every part of an ISO value ("2023-09-10/2023-09-12", "2023-09", "2023") is a real day,
    month or year."""
    try:
        for part in value.split("/"):
            year, month, day = ([int(p) for p in part.split("-")] + [1, 1])[:3]
            dt.date(year, month, day)
    except ValueError:
        return False
    return True


@pytest.mark.parametrize("date", EDGE_DATES)
@pytest.mark.parametrize("lang", ["en", "id"])
def test_relative_times_at_the_ends_of_the_calendar_are_left_unresolved(date, lang):
    batch = [Article(f"{lang}-{n}", TEMPLATES[lang].format(phrase, phrase), lang, dt.date.fromisoformat(date),
                     path=f"{lang}-{n}.txt") for n, phrase in enumerate(PHRASES[lang])]
    results = extract_batch(batch, Settings())
    assert [r.message for r in results if isinstance(r, BadInput)] == []
    for article, doc in zip(batch, results):
        assert any(e.type == "Meeting" for e in doc.events), article.text
        assert all(is_on_calendar(e.time.value) for e in doc.events if e.time is not None)


def test_a_time_past_the_calendar_is_dropped_and_the_rest_kept(events_of):
    [event] = events_of("Russian President Vladimir Putin will meet North Korean leader Kim Jong Un in "
                        "Vladivostok next week.", "en", "9999-12-31")
    assert event.type == "Meeting" and event.time is None
    [event] = events_of("Russian President Vladimir Putin met North Korean leader Kim Jong Un in Vladivostok "
                        "last week.", "en", "9999-12-31")
    assert event.time.value == "9999-12-20/9999-12-26"


def test_a_count_from_the_last_day_of_the_calendar_is_left_unresolved(events_of):
    [event] = events_of("Russian President Vladimir Putin will meet North Korean leader Kim Jong Un the day after "
                        "9999-12-31.", "en", "2025-03-03")
    assert event.type == "Meeting" and event.time is None


def test_a_two_day_visit_on_the_last_day_keeps_its_day(events_of):
    [event] = events_of("Japanese Prime Minister Fumio Kishida will begin a two-day visit to Beijing on "
                        "31 December.", "en", "9999-12-01")
    assert event.time.value == "9999-12-31"
    [event] = events_of("Japanese Prime Minister Fumio Kishida wrapped up a two-day visit to Beijing on "
                        "1 January.", "en", "0001-01-05")
    assert event.time.value == "0001-01-01"


def test_resolve_gives_no_value_past_the_calendar(resources):
    finder = TimeFinder(resources.language("id").time)
    [mention] = finder.find("pekan depan")
    assert resolve(mention, dt.date(9999, 12, 31), "planned") is None
    assert resolve(mention, dt.date(9999, 12, 13), "planned").value == "9999-12-20/9999-12-26"


def test_an_article_dated_on_the_last_day_builds(tmp_path):
    (tmp_path / "a.txt").write_text(GOOD_EN, encoding="utf-8")
    (tmp_path / "a.json").write_text(json.dumps({"date": "9999-12-31", "lang": "en"}))
    result = build([str(tmp_path)])
    assert result.bad == [] and result.events == 1


@pytest.mark.parametrize("date", ["0001-01-01", "9999-12-31"])
def test_a_build_dated_at_a_calendar_end_draws_its_pictures(tmp_path, date):
    from click.testing import CliRunner

    from kgraph.cli import main

    (tmp_path / "a.txt").write_text(GOOD_EN.replace("next week", f"on {date}"), encoding="utf-8")
    result = CliRunner().invoke(main, ["build", str(tmp_path / "a.txt"), "--date", date, "-o", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "out" / "timeline.png").read_bytes()[:4] == b"\x89PNG"


def test_a_second_build_into_a_folder_inside_its_input_reads_the_same_articles(tmp_path):
    from click.testing import CliRunner

    from kgraph.cli import main

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(GOOD_EN, encoding="utf-8")
    (corpus / "a.json").write_text(json.dumps(META))
    runs = [CliRunner().invoke(main, ["build", str(corpus), "-o", str(corpus / "out"), "--no-picture"]) for _ in range(2)]
    assert [run.exit_code for run in runs] == [0, 0]
    assert "kgraph: 1 articles" in runs[1].output and ", 0 skipped," in runs[1].output
    assert "warning" not in runs[1].output


def test_the_library_takes_one_path_as_one_input(tmp_path):
    (tmp_path / "a.txt").write_text(GOOD_EN, encoding="utf-8")
    (tmp_path / "a.json").write_text(json.dumps(META))
    one = build(str(tmp_path / "a.txt"))
    assert [doc.article.id for doc in one.docs] == ["a"] and one.events == 1
    assert [doc.article.id for doc in build(tmp_path).docs] == ["a"]  # a Path too


@pytest.mark.parametrize("arguments,message", [
    ({"date": "2023-05-02"}, "date must be a datetime.date, not str '2023-05-02'"),
    ({"date": dt.datetime(2023, 5, 2, 23)}, "date must be a datetime.date, not datetime"),
    ({"jobs": "2"}, "jobs must be a whole number, not str"),
    ({"rules": 5}, "rules must be a path or a list of paths, not int"),
])
def test_the_library_refuses_arguments_of_the_wrong_kind_in_its_own_words(tmp_path, arguments, message):
    (tmp_path / "a.txt").write_text(GOOD_EN, encoding="utf-8")
    with pytest.raises(InputError, match=message.replace("(", r"\(").replace(")", r"\)")):
        build([str(tmp_path / "a.txt")], **arguments)
    with pytest.raises(InputError, match="inputs must be a path or a list of paths, not NoneType"):
        build(None)


def test_an_unknown_rdf_format_is_an_export_error():
    from kgraph.errors import ExportError
    from kgraph.rdf.to_rdf import serialize

    graph = build([]).graph
    for fmt in ("xml", "TURTLE", None):
        with pytest.raises(ExportError, match="unknown RDF format .*; known: turtle, nt, jsonld, trig"):
            serialize(graph, fmt)


def test_an_output_folder_that_is_an_input_folder_is_refused(tmp_path):
    from click.testing import CliRunner

    from kgraph.cli import main

    (tmp_path / "a.txt").write_text(GOOD_EN, encoding="utf-8")
    (tmp_path / "a.json").write_text(json.dumps(META))
    result = CliRunner().invoke(main, ["build", str(tmp_path), "-o", str(tmp_path / "." ), "--no-picture"])
    assert result.exit_code == 2
    assert result.output.strip().startswith(f"kgraph: error: {tmp_path} is also an input folder")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.json", "a.txt"]


def test_a_generator_of_paths_is_read_whole(tmp_path):
    (tmp_path / "a.txt").write_text(GOOD_EN, encoding="utf-8")
    (tmp_path / "a.json").write_text(json.dumps(META))
    assert [doc.article.id for doc in build(tmp_path.glob("*.txt")).docs] == ["a"]
