"""Reading articles: .txt with sidecars or flags, .jsonl, folders, language detection, bad input."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from kgraph.documents import BadInput, detect_language, read_inputs
from kgraph.model import Article
from kgraph.segment import dateline_place, split_sentences


def good(items):
    return [i for i in items if isinstance(i, Article)]


def bad(items):
    return [i for i in items if isinstance(i, BadInput)]


def test_txt_with_sidecar_metadata(tmp_path):
    (tmp_path / "a.txt").write_text("Presiden Joko Widodo akan bertemu Xi Jinping di Beijing.", encoding="utf-8")
    (tmp_path / "a.json").write_text(json.dumps({"id": "art-1", "date": "2023-10-01", "lang": "id",
                                                 "title": "T", "url": "https://x.example/a", "publisher": "P"}))
    [article] = good(read_inputs([tmp_path / "a.txt"]))
    assert (article.id, article.date, article.lang, article.title, article.publisher) == (
        "art-1", dt.date(2023, 10, 1), "id", "T", "P")


def test_txt_with_flags_and_detected_language(tmp_path):
    (tmp_path / "b.txt").write_text("Russia will send weapons to the army, the ministry said.", encoding="utf-8")
    [article] = good(read_inputs([tmp_path / "b.txt"], date=dt.date(2024, 1, 2)))
    assert (article.id, article.date, article.lang) == ("b", dt.date(2024, 1, 2), "en")


def test_jsonl_lines_and_a_bad_line_does_not_lose_the_good_ones(tmp_path):
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join([
        json.dumps({"id": "one", "date": "2023-09-05", "text": "Putin akan bertemu Kim di Vladivostok."}),
        "{not json",
        json.dumps({"id": "two", "date": "2023-09-06", "lang": "en", "text": "Putin met Kim."}),
        json.dumps({"id": "three", "date": "not a date", "text": "Putin met Kim."}),
    ]), encoding="utf-8")
    items = list(read_inputs([path]))
    assert [a.id for a in good(items)] == ["one", "two"]
    assert [b.path for b in bad(items)] == [f"{path}:2", f"{path}:4"]
    assert "invalid JSON" in bad(items)[0].message and "invalid date" in bad(items)[1].message


def test_folders_are_read_recursively_in_sorted_order(tmp_path):
    (tmp_path / "z").mkdir()
    (tmp_path / "z" / "b.txt").write_text("The president will visit Japan.", encoding="utf-8")
    (tmp_path / "a.txt").write_text("Presiden akan berkunjung ke Jepang.", encoding="utf-8")
    (tmp_path / "notes.md").write_text("ignored", encoding="utf-8")
    assert [a.id for a in good(read_inputs([tmp_path]))] == ["a", "b"]


def test_bad_files_are_reported_with_their_name(tmp_path):
    (tmp_path / "empty.txt").write_text("   ", encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02abc")
    (tmp_path / "french.txt").write_text("Le président ira au Japon la semaine prochaine.", encoding="utf-8")
    messages = {b.path.split("/")[-1]: b.message for b in bad(read_inputs([tmp_path]))}
    assert "empty article" in messages["empty.txt"]
    assert "binary" in messages["binary.txt"]
    assert "language" in messages["french.txt"]


def test_language_detection():
    assert detect_language("Kementerian itu mengatakan bahwa mereka akan mengirim bantuan ke Turki.") == "id"
    assert detect_language("The ministry said that it would send aid to Turkey.") == "en"
    assert detect_language("12345 !!!") is None


def test_boilerplate_lines_and_datelines_are_dropped():
    text = ("JAKARTA, Warta.id - Menteri akan berkunjung ke Tokyo.\n"
            "Baca juga: Presiden Bertemu Raja\n"
            "Foto: Presiden tiba di bandara.\n"
            "Penulis: Andi\n"
            "Kunjungan itu berlangsung dua hari.")
    sentences = split_sentences(text, ["baca juga:", "foto:", "penulis:"])
    assert [s.text for s in sentences] == ["Menteri akan berkunjung ke Tokyo.", "Kunjungan itu berlangsung dua hari."]
    for sentence in sentences:
        assert text[sentence.start:sentence.end] == sentence.text


def test_abbreviations_do_not_split_sentences():
    text = "SEOUL (Reuters) - U.S. officials met on Oct. 12 with Mr. Kim. They left."
    assert [s.text for s in split_sentences(text)] == ["U.S. officials met on Oct. 12 with Mr. Kim.", "They left."]


@pytest.mark.parametrize("text,kept,place", [
    ("Jakarta (ANTARA) - Presiden Prabowo tiba di Tokyo.", ["Presiden Prabowo tiba di Tokyo."], "Jakarta"),
    ("Kuala Lumpur (Bernama) - Anwar met Prabowo.", ["Anwar met Prabowo."], "Kuala Lumpur"),
    # a bracket and a dash inside the story, or a sentence going on in lower case, are no dateline
    ("Presiden Joko Widodo (Jokowi) - yang tiba kemarin - bertemu Xi.",
     ["Presiden Joko Widodo (Jokowi) - yang tiba kemarin - bertemu Xi."], None),
    ("Ia tiba.\nJoko Widodo (Jokowi) - Presiden - tiba.", ["Ia tiba.", "Joko Widodo (Jokowi) - Presiden - tiba."], None),
])
def test_a_title_case_dateline_with_its_outlet_in_brackets(text, kept, place):
    assert [s.text for s in split_sentences(text)] == kept
    span = dateline_place(text)
    assert (text[span[0]:span[1]] if span else None) == place


@pytest.mark.parametrize("rank", ["Capt.", "Maj.", "Adm.", "Brig.", "Gov."])
def test_a_rank_before_a_name_does_not_split(rank):
    text = f"Mali's Col. Assimi Goita met Burkina Faso's {rank} Ibrahim Traore. They left."
    assert [s.text for s in split_sentences(text)] == [text[:-len(" They left.")], "They left."]


@pytest.mark.parametrize("text, sentences", [
    ("They agreed on Saturday (Jan. 25) to work together. Talks ended.",
     ["They agreed on Saturday (Jan. 25) to work together.", "Talks ended."]),
    ('He flew to "St. Petersburg on Monday. He left.', ['He flew to "St. Petersburg on Monday.', "He left."]),
    ("The deal (signed in Oct. 2024) lapsed. Talks ended.", ["The deal (signed in Oct. 2024) lapsed.", "Talks ended."]),
])
def test_an_abbreviation_after_a_bracket_or_quote_does_not_split(text, sentences):
    assert [s.text for s in split_sentences(text)] == sentences


def test_a_sentence_without_breaks_is_capped():
    sentences = split_sentences("kata " * 3000)
    assert len(sentences) > 1 and all(len(s.text) <= 2000 for s in sentences)


def test_html_without_a_closing_head_keeps_its_body():
    from kgraph.documents import strip_html

    page = "<html><head><title>News</title><script>x()</script><body><p>Putin met Kim.</p><p>Then more.</p>"
    assert strip_html(page) == "Putin met Kim.\n\nThen more."
