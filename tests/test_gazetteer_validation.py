"""A user's gazetteer file is checked when it is loaded: an empty name, a key given twice, a
reference to no entity is one GazetteerError naming the file, the entity and the key (exit 3), never
a traceback or an internal error during extraction. A name shared by two entities is matched to
neither. Names and article text are compared in composed Unicode (NFC), however they were typed."""

from __future__ import annotations

import datetime as dt
import json
import unicodedata

import pytest
from click.testing import CliRunner

from kgraph.cli import main
from kgraph.documents import make_article, read_inputs
from kgraph.errors import GazetteerError
from kgraph.extract import extract, load_resources
from kgraph.gazetteer import load_gazetteer
from kgraph.model import Article

ENTRY = '[[entity]]\nkey = "{key}"\nlabel = "{label}"\ntype = "person"\n'
NFD = lambda text: unicodedata.normalize("NFD", text)  # noqa: E731


def _entry(key="x", label="X", **more) -> str:
    lines = [f"{name} = {json.dumps(value)}" for name, value in more.items()]
    return "\n".join([ENTRY.format(key=key, label=label).rstrip("\n"), *lines]) + "\n\n"


@pytest.mark.parametrize("body,message", [
    (_entry(demonyms=[""]), "bad.toml: entity 1: demonyms must not hold an empty string"),
    (_entry(demonyms=["Xian", " \t"]), "bad.toml: entity 1: demonyms must not hold an empty string"),
    (_entry(aliases=["Mr X", ""]), "bad.toml: entity 1: aliases must not hold an empty string"),
    (_entry() + _entry("y", "Y", aliases=["  "]), "bad.toml: entity 2: aliases must not hold an empty string"),
    (_entry(label=" "), "bad.toml: entity 1: label must not be empty"),
    (_entry(label=""), "bad.toml: entity 1: label must not be empty"),
    (_entry(key=" "), "bad.toml: entity 1: key must not be empty"),
    ('[[entity]]\nlabel = "X"\ntype = "person"\n', "bad.toml: entity 1: needs 'key' and 'label'"),
    (_entry("x", "X") + _entry("y", "Y") + _entry("x", "Other X"),
     "bad.toml: entity 3: key 'x' is already the key of entity 1 in this file"),
    (_entry(country="nowhere"), "bad.toml: entity 1: country 'nowhere' is the key of no entity"),
    (_entry() + _entry("y", "Y", metonym_for="narnia"), "bad.toml: entity 2: metonym_for 'narnia' is the key of no entity"),
    (_entry(capital_of="atlantis"), "bad.toml: entity 1: capital_of 'atlantis' is the key of no entity"),
    (_entry(city="gotham"), "bad.toml: entity 1: city 'gotham' is the key of no entity"),
])
def test_a_bad_entry_is_one_error_naming_file_entity_and_key(tmp_path, body, message):
    path = tmp_path / "bad.toml"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(GazetteerError) as caught:
        load_gazetteer((str(path),))
    assert str(caught.value).startswith(f"{tmp_path}/{message}")


@pytest.mark.parametrize("body,message", [
    (_entry(demonyms=[""]), "entity 1: demonyms must not hold an empty string"),   # was an IndexError traceback
    (_entry(label=" "), "entity 1: label must not be empty"),   # was an internal error on every article
    (_entry() + _entry(), "entity 2: key 'x' is already the key of entity 1 in this file (give each entity once)"),
])
def test_the_cli_stops_with_one_line_and_exit_3(tmp_path, body, message):
    (tmp_path / "g.toml").write_text(body, encoding="utf-8")
    (tmp_path / "a.txt").write_text("Xi Jinping met Vladimir Putin in Moscow on Monday.", encoding="utf-8")
    result = CliRunner().invoke(main, ["build", str(tmp_path / "a.txt"), "--lang", "en", "--date", "2024-03-05",
                                       "-o", str(tmp_path / "out"), "--gazetteer", str(tmp_path / "g.toml")])
    assert result.exit_code == 3, result.output
    assert result.output.strip() == f"kgraph: error: {tmp_path / 'g.toml'}: {message}"
    assert not (tmp_path / "out").exists()


def test_references_may_name_bundled_entities_and_entities_of_any_users_file(tmp_path):
    first = tmp_path / "first.toml"
    first.write_text(_entry("bola-ahmed", "Bola Ahmed", country="nigeria") + _entry("ann-z", "Ann Z", country="zland")
                     + '[[entity]]\nkey = "zland"\nlabel = "Zland"\ntype = "country"\n', encoding="utf-8")
    second = tmp_path / "second.toml"
    second.write_text('[[entity]]\nkey = "zburg"\nlabel = "Zburg"\ntype = "city"\ncountry = "zland"\n'
                      'capital_of = "zland"\nmetonym_for = "zland"\n', encoding="utf-8")
    gazetteer = load_gazetteer((str(first), str(second)))
    assert gazetteer.get("zburg").capital_of == "zland" and gazetteer.get("ann-z").country == "zland"


def test_one_key_in_two_files_still_adds_up(tmp_path):
    """Giving a bundled entity's key in a user's file adds to it, as before; twice in two files too."""
    paths = []
    for name, alias in (("a.toml", "VVP"), ("b.toml", "Vova")):
        paths.append(tmp_path / name)
        paths[-1].write_text(_entry("vladimir-putin", "Vladimir Putin", aliases=[alias]), encoding="utf-8")
    assert {"VVP", "Vova", "Putin"} <= set(load_gazetteer(tuple(map(str, paths))).get("vladimir-putin").aliases)


def _keys(gazetteer, text):
    return [(text[h.start:h.end], h.key) for h in gazetteer.find(text)]


def test_a_name_shared_by_two_users_entries_is_matched_to_neither(tmp_path):
    path = tmp_path / "mine.toml"
    path.write_text(_entry("ahmad-xavier", "Ahmad Xavier", aliases=["Ahmad"])
                    + _entry("ahmad-yusuf", "Ahmad Yusuf", aliases=["Ahmad"]), encoding="utf-8")
    gazetteer = load_gazetteer((str(path),))
    assert _keys(gazetteer, "Ahmad met Ahmad Yusuf and Ahmad Xavier.") == [
        ("Ahmad Yusuf", "ahmad-yusuf"), ("Ahmad Xavier", "ahmad-xavier")]
    assert gazetteer.ambiguous["Ahmad"] == ("ahmad-xavier", "ahmad-yusuf")
    assert _keys(load_gazetteer(), "Ahmad met Putin.") == [("Putin", "vladimir-putin")]


def test_a_users_name_that_a_bundled_entity_has_is_ambiguous_too(tmp_path):
    path = tmp_path / "mine.toml"
    path.write_text('[[entity]]\nkey = "georgia-us"\nlabel = "Georgia"\ntype = "region"\n', encoding="utf-8")
    assert _keys(load_gazetteer(), "Georgia") == [("Georgia", "georgia")]
    assert _keys(load_gazetteer((str(path),)), "Georgia and Armenia") == [("Armenia", "armenia")]


def test_bundled_shared_names_keep_their_file_order_even_with_a_users_file(tmp_path):
    """The bundled files give "Singapore" to the country and to its city: the country, first in the
    files, keeps it, also when a user's file adds to the country or names something else."""
    path = tmp_path / "mine.toml"
    path.write_text(_entry("singapore", "Singapore", aliases=["Singapore", "SG"]).replace("person", "country")
                    + _entry("ahmad-x", "Ahmad X"), encoding="utf-8")
    for gazetteer in (load_gazetteer(), load_gazetteer((str(path),))):
        assert _keys(gazetteer, "Singapore") == [("Singapore", "singapore")]
        assert "Singapore" not in gazetteer.ambiguous


def test_a_shared_name_in_an_article_is_reported_not_guessed(tmp_path):
    path = tmp_path / "mine.toml"
    path.write_text(_entry("ahmad-xavier", "Ahmad Xavier", aliases=["Ahmad"])
                    + _entry("ahmad-yusuf", "Ahmad Yusuf", aliases=["Ahmad"]), encoding="utf-8")
    (tmp_path / "a.txt").write_text("Indonesian minister Ahmad met Vladimir Putin in Moscow on Monday.", encoding="utf-8")
    result = CliRunner().invoke(main, ["build", str(tmp_path / "a.txt"), "--lang", "en", "--date", "2024-03-05",
                                       "-o", str(tmp_path / "out"), "--gazetteer", str(path), "--no-picture"])
    assert result.exit_code == 0, result.output
    assert "kgraph: ambiguous: 'ahmad' could be ahmad-xavier, ahmad-yusuf; left unresolved" in result.output
    graph = (tmp_path / "out" / "graph.ttl").read_text(encoding="utf-8")
    assert "ahmad-xavier" not in graph and "ahmad-yusuf" not in graph


def test_the_bundled_files_have_no_empty_name_and_no_dangling_reference():
    gazetteer = load_gazetteer()
    for entry in gazetteer.entries.values():
        assert all(name.strip() for name in (entry.key, entry.label, *entry.aliases, *entry.demonyms)), entry.key
        for name in ("country", "capital_of", "metonym_for"):
            assert not getattr(entry, name) or getattr(entry, name) in gazetteer.entries, (entry.key, name)


# --- composed and decomposed Unicode --------------------------------------------------------------

ERDOGAN = "Erdoğan met Vladimir Putin in Sochi on Monday."
VUCIC = "Serbian President Aleksandar Vučić met Kenyan officials in Nairobi on Monday."


@pytest.fixture(scope="module")
def resources():
    return load_resources()


def _article(text: str) -> Article:
    return make_article({"id": "t"}, text, "test", "t", dt.date(2024, 3, 5), "en")


def test_a_decomposed_article_gives_what_the_composed_one_gives(resources):
    assert NFD(ERDOGAN) != ERDOGAN
    composed, decomposed = (extract(_article(text), resources) for text in (ERDOGAN, NFD(ERDOGAN)))
    assert decomposed.article.text == ERDOGAN
    assert [(e.type, e.roles) for e in decomposed.events] == [(e.type, e.roles) for e in composed.events]
    assert any(e.type == "Meeting" and ("participant", "recep-tayyip-erdogan") in e.roles for e in decomposed.events)
    for event in decomposed.events:  # offsets count in the text kgraph keeps
        ev = event.evidence
        assert decomposed.article.text[ev.start:ev.end] == ev.text


def test_a_decomposed_name_is_not_cut_at_its_first_accent(resources):
    labels = {e.label for e in extract(_article(NFD(VUCIC)), resources).entities.values()}
    assert "Aleksandar Vučić" in labels and not any(label.startswith("Aleksandar Vuc") for label in labels)


def test_every_input_kind_is_read_composed_and_composed_text_is_unchanged(tmp_path):
    text = NFD("Presiden Erdoğan bertemu Aleksandar Vučić di Ankara.")
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    (tmp_path / "b.html").write_text(f"<html><body><p>{text}</p></body></html>", encoding="utf-8")
    (tmp_path / "c.jsonl").write_text(json.dumps({"id": "c", "text": text}) + "\n", encoding="utf-8")
    articles = [a for a in read_inputs([tmp_path], dt.date(2024, 3, 5), "id") if isinstance(a, Article)]
    assert [a.text for a in articles] == [unicodedata.normalize("NFC", text)] * 3
    already = "Café “Ω” Ⅻ ﬁ Å\tend"  # composed text, compatibility characters included, comes back as it was
    assert _article(already).text == already


def test_gazetteer_names_match_whichever_way_they_were_typed(tmp_path):
    path = tmp_path / "mine.toml"
    path.write_text(_entry("zoe-sekic", NFD("Zoë Šekić"), aliases=[NFD("Šekić")], demonyms=[NFD("Šekićan")]),
                    encoding="utf-8")
    gazetteer = load_gazetteer((str(path),))
    assert gazetteer.get("zoe-sekic").label == "Zoë Šekić"
    assert _keys(gazetteer, "Zoë Šekić and Šekić") == [("Zoë Šekić", "zoe-sekic"), ("Šekić", "zoe-sekic")]
    assert _keys(gazetteer, "Šekićans") == [("Šekićans", "zoe-sekic")]


def test_a_users_name_beside_a_bundled_one_of_another_type_is_reported_and_left_unresolved(tmp_path):
    from kgraph.pipeline import build

    mine = tmp_path / "mine.toml"
    mine.write_text('[[entity]]\nkey = "georgia-state"\nlabel = "Georgia (US state)"\ntype = "region"\n'
                    'aliases = ["Georgia"]\n', encoding="utf-8")
    (tmp_path / "a.txt").write_text("Russia launched missiles at Georgia on Monday, officials said.", encoding="utf-8")
    result = build([str(tmp_path / "a.txt")], lang="en", gazetteers=(str(mine),))
    assert result.graph.graph["ambiguous"] == [["new:georgia", ["georgia", "georgia-state"]]]
    targets = {node for _, node, key in result.graph.edges(keys=True) if key == "target"}
    assert targets == {"entity:new:georgia"}
