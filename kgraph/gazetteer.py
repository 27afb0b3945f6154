"""The gazetteer: known entities with their aliases, loaded from TOML and matched with Aho-Corasick.

One automaton scans a sentence for every alias at once (linear in the text, whatever the number
of names), so lookup cost does not grow with the gazetteer.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path

import ahocorasick

from .errors import GazetteerError
from .model import ENTITY_TYPES
from .stamps import file_stamps
from .tomlfile import read_toml

DATA = Path(__file__).parent / "data"
# generated from data packages first, then the curated files that add to and correct it
# (gazetteer.toml: places, organisations, short forms; people.toml: office holders and outlets)
BUNDLED = (DATA / "gazetteer_generated.toml", DATA / "gazetteer.toml", DATA / "people.toml")
ENTRY_KEYS = {"key", "label", "type", "wikidata", "aliases", "demonyms", "country", "position",
              "capital_of", "metonym_for", "geonames", "lat", "lon", "city"}


@dataclass(frozen=True)
class Entry:
    key: str
    label: str
    type: str
    wikidata: str = ""
    aliases: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()
    country: str = ""
    position: str = ""
    capital_of: str = ""
    metonym_for: str = ""
    geonames: int = 0
    lat: float | None = None
    lon: float | None = None
    city: str = ""  # the city a facility lies in ("White House": Washington)


@dataclass(frozen=True)
class Hit:
    """A gazetteer match in a text: character span, the entry, and whether it was a demonym."""

    start: int
    end: int
    key: str
    demonym: bool


@dataclass(frozen=True, eq=False)  # compared and hashed by identity: one loaded gazetteer is one value
class Gazetteer:
    entries: dict[str, Entry]
    version: str
    automaton: object = field(repr=False, compare=False)
    honorifics: frozenset[str] = frozenset()  # words before a name that are not part of it ("Sir", "Pak")
    # surface forms that name several entities and so are matched to none: form -> the entity keys
    ambiguous: dict = field(default_factory=dict, repr=False)

    def get(self, key: str) -> Entry | None:
        return self.entries.get(key)

    @cached_property
    def containment(self) -> frozenset[tuple[str, str]]:
        """(place, country) pairs of every entry that lies in a country, and (facility, city) pairs: computed
        once per gazetteer."""
        return frozenset((e.key, e.country) for e in self.entries.values() if e.country and e.type != "person") \
            | frozenset((e.key, e.city) for e in self.entries.values() if e.city)

    def find(self, text: str) -> list[Hit]:
        """Leftmost-longest, non-overlapping alias matches on word boundaries.

        >>> g = load_gazetteer()
        >>> [(text[h.start:h.end], h.key) for text in ["Presiden Rusia Vladimir Putin tiba."] for h in g.find(text)]
        [('Rusia', 'russia'), ('Vladimir Putin', 'vladimir-putin')]
        """
        candidates = []
        for end_index, values in self.automaton.iter(text):
            for length, key, demonym in values:
                start = end_index - length + 1
                end = end_index + 1
                if start > 0 and (text[start - 1].isalnum() or text[start - 1] == "_"):
                    continue
                if end < len(text) and (text[end].isalnum() or text[end] == "_"):
                    continue
                candidates.append((start, -length, key, demonym))
        candidates.sort()
        hits: list[Hit] = []
        last_end = -1
        for start, neg_length, key, demonym in candidates:
            if start >= last_end:
                hits.append(Hit(start, start - neg_length, key, demonym))
                last_end = start - neg_length
        return hits


FILE_KEYS = ("entity", "honorifics", "version")
ENTRY_TYPES: dict[str, tuple[type, ...]] = {  # what each entry key holds, checked as the file is read
    "key": (str,), "label": (str,), "type": (str,), "wikidata": (str,), "aliases": (list,), "demonyms": (list,),
    "country": (str,), "position": (str,), "capital_of": (str,), "metonym_for": (str,), "geonames": (int,),
    "lat": (int, float), "lon": (int, float), "city": (str,),
}
_TYPE_NAMES = {str: "a string", list: "a list of strings", int: "a whole number", float: "a number"}


def _check_entry(raw: dict, where: str) -> None:
    """Every key of a gazetteer entry is known and holds the kind of value it must: a string of
    aliases would otherwise be read letter by letter."""
    for key, value in raw.items():
        if key not in ENTRY_KEYS:
            raise GazetteerError(f"{where}: unknown key {key!r}; valid keys: {', '.join(sorted(ENTRY_KEYS))}")
        expected = ENTRY_TYPES[key]
        if isinstance(value, bool) or not isinstance(value, expected) \
                or (isinstance(value, list) and not all(isinstance(v, str) for v in value)):
            raise GazetteerError(f"{where}: {key} must be {_TYPE_NAMES[expected[-1]]}, "
                                 f"not {type(value).__name__} {value!r:.40}")
    if "key" not in raw or "label" not in raw:
        raise GazetteerError(f"{where}: needs 'key' and 'label'")
    for key in ("key", "label"):
        if not raw[key].strip():
            raise GazetteerError(f"{where}: {key} must not be empty")
    for key in ("aliases", "demonyms"):
        if any(not value.strip() for value in raw.get(key, [])):
            raise GazetteerError(f"{where}: {key} must not hold an empty string")


def _nfc(text: str) -> str:
    """Names in composed Unicode (NFC), as article text is read: "Erdoğan" typed either way is one name."""
    return unicodedata.normalize("NFC", text)


def _entries_from(path: Path, user: bool = False) -> tuple[str, list[Entry], list[str]]:
    """The version, entries and honorifics of one gazetteer file. A user's file (`user`) may not
    give one key twice: the bundled curated file does so on purpose, to add to a generated entry."""
    data = read_toml(path, GazetteerError, "gazetteer")
    for key in data:
        if key not in FILE_KEYS:
            raise GazetteerError(f"{path}: unknown key {key!r}; valid keys: {', '.join(FILE_KEYS)}")
    honorifics = data.get("honorifics", [])
    if not isinstance(honorifics, list) or not all(isinstance(w, str) and w.strip() for w in honorifics):
        raise GazetteerError(f"{path}: honorifics must be a list of words")
    entries = []
    first_of: dict[str, int] = {}
    tables = data.get("entity", [])
    if not isinstance(tables, list) or not all(isinstance(raw, dict) for raw in tables):
        raise GazetteerError(f"{path}: entity must be a list of tables ([[entity]] sections)")
    for number, raw in enumerate(tables, 1):
        where = f"{path}: entity {number}"
        _check_entry(raw, where)
        raw = {name: _nfc(value) if isinstance(value, str) else [_nfc(v) for v in value] if isinstance(value, list)
               else value for name, value in raw.items()}
        if user and raw["key"] in first_of:
            raise GazetteerError(f"{where}: key {raw['key']!r} is already the key of entity {first_of[raw['key']]} "
                                 "in this file (give each entity once)")
        first_of.setdefault(raw["key"], number)
        if raw.get("type") not in ENTITY_TYPES:
            raise GazetteerError(f"{where}: type must be one of {', '.join(ENTITY_TYPES)}")
        wikidata = raw.get("wikidata", "")
        if wikidata and not (wikidata[0] == "Q" and wikidata[1:].isdigit()):
            raise GazetteerError(f"{where}: wikidata must look like Q123, not {wikidata!r}")
        entries.append(Entry(
            key=raw["key"], label=raw["label"], type=raw["type"], wikidata=wikidata,
            aliases=tuple(dict.fromkeys([raw["label"], *raw.get("aliases", [])])),
            demonyms=tuple(raw.get("demonyms", [])), country=raw.get("country", ""),
            position=raw.get("position", ""), capital_of=raw.get("capital_of", ""),
            metonym_for=raw.get("metonym_for", ""), geonames=int(raw.get("geonames", 0)),
            lat=raw.get("lat"), lon=raw.get("lon"), city=raw.get("city", ""),
        ))
    return str(data.get("version", "")), entries, [_nfc(w.strip().rstrip(".").lower()) for w in honorifics]


def _combine(old: Entry, new: Entry) -> Entry:
    """One entry from two with the same key: the later one's fields win where it has them, and
    aliases and demonyms from both are kept."""
    merged = {name: getattr(new, name) or getattr(old, name) for name in Entry.__dataclass_fields__}
    merged["aliases"] = tuple(dict.fromkeys((*new.aliases, *old.aliases)))
    merged["demonyms"] = tuple(dict.fromkeys((*new.demonyms, *old.demonyms)))
    merged["lat"] = new.lat if new.lat is not None else old.lat
    merged["lon"] = new.lon if new.lon is not None else old.lon
    return Entry(**merged)


_SAINT_FORMS = ("Saint ", "St. ", "St ")


def _alias_forms(alias: str) -> tuple[str, ...]:
    """An alias as written with either apostrophe, and a saint's name in each usual spelling
    ("Saint Petersburg", "St. Petersburg", "St Petersburg").

    >>> _alias_forms("St. Kitts")
    ('St. Kitts', 'Saint Kitts', 'St Kitts')
    """
    forms = [alias]
    saint = next((p for p in _SAINT_FORMS if alias.startswith(p)), None)
    if saint:
        forms.extend(p + alias[len(saint):] for p in _SAINT_FORMS if p != saint)
    return tuple(dict.fromkeys(f for form in forms for f in (form, form.replace("'", "’"), form.replace("’", "'"))))


def _surface(by_key: dict[str, Entry]) -> dict[str, list]:
    """Every surface form (aliases with either apostrophe, demonyms and their plurals) with what
    it names: (length, key, demonym), in file order."""
    surface: dict[str, list] = {}
    for entry in by_key.values():
        for alias in entry.aliases:
            for form in _alias_forms(alias):
                surface.setdefault(form, []).append((len(form), entry.key, False))
        for demonym in entry.demonyms:
            forms = [demonym] + ([demonym + "s"] if demonym[-1] in "ni" and " " not in demonym else [])
            for form in forms:  # "Kenyan" and "Kenyans", "Israeli" and "Israelis"
                surface.setdefault(form, []).append((len(form), entry.key, True))
    return surface


def _by_key(entries: list[Entry]) -> dict[str, Entry]:
    by_key: dict[str, Entry] = {}
    for entry in entries:
        by_key[entry.key] = _combine(by_key[entry.key], entry) if entry.key in by_key else entry
    return by_key


def build_gazetteer(entries: list[Entry], version: str = "", honorifics: frozenset[str] = frozenset(),
                    ordered: int | None = None) -> Gazetteer:
    """Index entries by key and compile one automaton over all aliases and demonyms.

    A surface form that names several entities is ambiguous and matched to none of them (a name
    the gazetteer does not settle is left to resolution, which reports it rather than guess), with
    one exception: among the first `ordered` entries (the bundled files; all entries when None) a
    shared form names the first of them in file order ("Singapore" the country, not the city).
    """
    by_key = _by_key(entries)
    surface = _surface(by_key)
    settled = surface if ordered is None or ordered >= len(entries) else _surface(_by_key(entries[:ordered]))
    automaton = ahocorasick.Automaton()
    ambiguous: dict[str, tuple[str, ...]] = {}
    for form, values in surface.items():
        keys = tuple(dict.fromkeys(key for _, key, _ in values))
        if len(keys) > 1 and set(keys) != {key for _, key, _ in settled.get(form, ())}:
            ambiguous[form] = keys
            continue
        automaton.add_word(form, [values[0]])
    automaton.make_automaton()
    return Gazetteer(by_key, version, automaton, frozenset(honorifics), ambiguous)


def _check_references(where: str, entry: Entry, entries: dict[str, Entry]) -> None:
    """A user's entry names only entities the gazetteer knows as its country, capital, metonym or city."""
    for name in ("country", "capital_of", "metonym_for", "city"):
        value = getattr(entry, name)
        if value and value not in entries:
            raise GazetteerError(f"{where}: {name} {value!r} is the key of no entity "
                                 "(bundled or in a --gazetteer file)")


def load_gazetteer(extra: tuple[str, ...] = ()) -> Gazetteer:
    """The bundled gazetteer plus the user's files (their fields win, aliases add up)."""
    extra = tuple(str(p) for p in extra)
    return _cached_gazetteer(extra, file_stamps(extra))


@lru_cache(maxsize=4)
def _cached_gazetteer(extra: tuple[str, ...], stamps: tuple) -> Gazetteer:
    entries: list[Entry] = []
    versions = []
    honorifics: set[str] = set()
    users: list[tuple[str, Entry]] = []  # (where, entry) of every entry of a user's file
    for number, path in enumerate((*BUNDLED, *extra)):
        user = number >= len(BUNDLED)
        version, more, words = _entries_from(Path(path), user=user)
        if user:
            users.extend((f"{path}: entity {n}", entry) for n, entry in enumerate(more, 1))
        else:
            bundled = len(entries) + len(more)
        entries.extend(more)
        versions.append(version)
        honorifics.update(words)
    gazetteer = build_gazetteer(entries, "+".join(v for v in versions if v), frozenset(honorifics), ordered=bundled)
    for where, entry in users:
        _check_references(where, entry, gazetteer.entries)
    return gazetteer
