"""Resolve provisional entities across documents with rapidfuzz.

Exact aliases are already resolved by the gazetteer automaton. Here, names the gazetteer did not
know ("Vladivostock", "Kim Jong-un" written another way, a person named twice in two articles) are
matched against gazetteer aliases and against each other. Candidates are blocked by entity type and
the first letters of the last word, so a lookup scores a handful of names, not the whole gazetteer;
a match must clear a threshold and beat the runner-up clearly, otherwise it is reported as
ambiguous rather than guessed. Two people are never merged on a shared surname alone, nor two names
that differ in the state they name ("Indian Foreign Ministry", "Indonesian Foreign Ministry").
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz

from .gazetteer import Gazetteer
from .model import Entity

THRESHOLD = 90.0
MARGIN = 3.0
COMPATIBLE = {
    "person": {"person"}, "country": {"country"}, "city": {"city"}, "region": {"region", "city"},
    "facility": {"facility"}, "organisation": {"organisation", "outlet"}, "outlet": {"outlet", "organisation"},
    "gathering": {"gathering"}, "unknown": {"person", "organisation", "outlet", "city", "facility", "country"},
}


@dataclass(frozen=True)
class Resolution:
    mapping: dict[str, str]  # provisional key -> canonical key
    ambiguous: tuple[tuple[str, tuple[str, ...]], ...]  # key -> the candidates it could not choose between


def _fold(name: str) -> str:
    """Lower case, no diacritics, hyphens as spaces: "Amir-Abdollahian" = "Amir Abdollahian"."""
    decomposed = unicodedata.normalize("NFKD", name.replace("-", " ").replace("’", "'"))
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).lower().split())


def _blocks(label: str) -> set[str]:
    """Blocking keys: the first two letters of the first and of the last word."""
    words = _fold(label).split()
    return {words[0][:2], words[-1][:2]} if words else set()


@lru_cache(maxsize=4)
def _index(gazetteer: Gazetteer) -> dict[tuple[str, str], list[tuple[str, str, str]]]:
    """Folded aliases by (type, block), built once per gazetteer."""
    index: dict[tuple[str, str], list[tuple[str, str, str]]] = {}
    for entry in gazetteer.entries.values():
        for alias in entry.aliases:
            folded = _fold(alias)
            for block in _blocks(alias):
                index.setdefault((entry.type, block), []).append((folded, entry.key, entry.type))
    return index


STATE_NAME_WORDS = 3  # words in the longest state name or demonym looked for ("south korean", "sri lankan")


@lru_cache(maxsize=4)
def _state_words(gazetteer: Gazetteer) -> dict[str, str]:
    """Folded names and demonyms of states up to three words, with the state each names ("indian": india,
    "north korean": north-korea)."""
    words: dict[str, str] = {}
    for entry in gazetteer.entries.values():
        if entry.type == "country":
            for name in (*entry.aliases, *entry.demonyms):
                folded = _fold(name)
                if len(folded.split()) <= STATE_NAME_WORDS:
                    words.setdefault(folded, entry.key)
    return words


def _states_named(words: list[str], state_words: dict[str, str], sizes) -> set[str]:
    """The states named by the runs of `sizes` words of a folded name."""
    return {state_words[run] for n in sizes for k in range(len(words) - n + 1)
            if (run := " ".join(words[k:k + n])) in state_words}


def _other_states(a: str, b: str, state_words: dict[str, str]) -> bool:
    """Do two folded names differ in naming two states ("indian foreign ministry", "indonesian foreign
    ministry"; "austrian" and "australian"; "north korean" and "south korean")? Then they are two
    entities, however alike they are spelled. One-word names count where the names differ; longer ones
    where both have one (so a misspelt "korea utar" still finds "korea utara")."""
    wa, wb = a.split(), b.split()
    only_a, only_b = [w for w in wa if w not in wb], [w for w in wb if w not in wa]
    one_a, one_b = _states_named(only_a, state_words, (1,)), _states_named(only_b, state_words, (1,))
    if one_a and one_b and one_a != one_b:
        return True
    sizes = range(2, STATE_NAME_WORDS + 1)
    long_a, long_b = _states_named(wa, state_words, sizes), _states_named(wb, state_words, sizes)
    return bool(long_a and long_b and long_a != long_b)


def _person_compatible(a: str, b: str) -> bool:
    """Same person only if the whole (folded) names agree, not a surname alone ("Kim Jong Un" ≠ "Kim Yo
    Jong"), and never by spelling alone for short names ("Than Shwe" ≠ "Than Swe")."""
    wa, wb = a.split(), b.split()
    if a == b:  # the whole name as the gazetteer lists it ("Prabowo" once "Pak" is stripped)
        return True
    if len(wa) == 1 or len(wb) == 1 or (a != b and min(len(a), len(b)) < 10):
        return False
    return fuzz.ratio(a, b) >= THRESHOLD and fuzz.ratio(wa[-1], wb[-1]) >= 80


def resolve_entities(entities: list[Entity], gazetteer: Gazetteer) -> Resolution:
    """Map provisional entities onto gazetteer entries or onto each other."""
    index = _index(gazetteer)
    states = _state_words(gazetteer)
    mapping: dict[str, str] = {}
    ambiguous: list[tuple[str, tuple[str, ...]]] = []
    provisional = sorted((e for e in entities if e.provisional), key=lambda e: e.key)
    for entity in provisional:
        if entity.label in gazetteer.ambiguous:  # a name several entries give: reported, not guessed
            ambiguous.append((entity.key, tuple(sorted(gazetteer.ambiguous[entity.label]))))
            continue
        scored: dict[str, float] = {}
        words = [w for w in _fold(entity.label).split()  # no honorifics, no middle initials ("Vladimir V. Putin")
                 if w.rstrip(".") not in gazetteer.honorifics and len(w.rstrip(".")) > 1] or _fold(entity.label).split()
        label = " ".join(words)
        variants = {label}
        if len(words) >= 3:
            variants.add(label.replace(" ", ""))  # "Xi Jin Ping" for "Xi Jinping"
        if len(words) >= 3:  # "Kamala Devi Harris", "Ferdinand Romualdez Marcos Jr."
            variants |= {f"{words[0]} {words[-1]}", f"{words[0]} {' '.join(words[-2:])}"}
        for kind in COMPATIBLE.get(entity.type, {entity.type}):
            for block in _blocks(label):
                for alias, key, alias_type in index.get((kind, block), []):
                    for variant in variants:
                        if " " not in variant and " " in alias:  # "Xi Jin Ping" and "Xi Jinping": spacing only
                            joined = alias.replace(" ", "")
                            if alias_type != "person" or abs(len(joined) - len(variant)) > 1 \
                                    or len(alias.split()) >= len(words):
                                continue
                            score = fuzz.ratio(variant, joined)
                        elif alias_type == "person" and not _person_compatible(variant, alias):
                            continue
                        else:
                            score = fuzz.ratio(variant, alias)
                        if score >= THRESHOLD and _other_states(variant, alias, states):
                            continue
                        scored[key] = max(scored.get(key, 0.0), score)
        ranked = sorted(scored.items(), key=lambda kv: (-kv[1], kv[0]))
        if ranked and ranked[0][1] >= THRESHOLD:
            if len(ranked) > 1 and ranked[1][1] >= ranked[0][1] - MARGIN:
                ambiguous.append((entity.key, tuple(k for k, s in ranked if s >= ranked[0][1] - MARGIN)))
            else:
                mapping[entity.key] = ranked[0][0]
    leaders: dict[tuple[str, str], list[Entity]] = {}
    for entity in provisional:
        if entity.key in mapping:
            continue
        bucket = leaders.setdefault((entity.type, min(_blocks(entity.label), default="")), [])
        for leader in bucket:
            same = (_person_compatible(_fold(entity.label), _fold(leader.label)) if entity.type == "person"
                    else fuzz.ratio(entity.label.lower(), leader.label.lower()) >= THRESHOLD + 2
                    and not _other_states(_fold(entity.label), _fold(leader.label), states))
            if same:
                mapping[entity.key] = leader.key
                break
        else:
            bucket.append(entity)
    return Resolution(mapping, tuple(ambiguous))
