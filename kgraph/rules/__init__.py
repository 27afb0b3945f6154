"""Load and validate the per-language rule and lexicon files.

Rules are data: `kgraph/rules/<lang>/lexicon.toml` (grammar words, cues, titles, attribution),
`time.toml` (time words), `items.toml` (things moved or launched), `patterns.toml` (fact patterns),
and one file of event rules per event family (`meetings.toml`, `transfers.toml`, ...). One loader
checks every file: an unknown key is an error that names the valid keys.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field, replace
from functools import cached_property
from pathlib import Path
from typing import Any, Callable

from ..errors import RuleError
from ..model import ENTITY_TYPES, EVENT_TYPES, ROLES, STATUSES
from ..text import SLOT, PhraseMatcher, phrase_tokens
from ..tomlfile import read_toml as read_toml_file

RULES_DIR = Path(__file__).parent
LANGS = ("id", "en")
ITEM_CATEGORIES = ("weapon", "missile", "technology", "satellite", "vehicle", "aid")
STRATEGY_NAMES = ("subject", "noun_subject", "object", "sentence_subject", "after", "noun_after", "marked", "role",
                  "item_modifier", "controller", "maker", "meeting_pair", "object_place", "item_owner",
                  "owner_after", "visited", "victim", "seller", "object_pair", "before")
WORD_LIST_STRATEGIES = ("after", "noun_after", "marked", "object_place", "before")  # strategies whose argument is words joined by "|"
TRANSFERS = ("ArmsTransfer", "TechnologyTransfer", "Aid")  # events whose maker of the thing moved may supply it
TITLE_ANAPHOR = "title:"  # the kind of a `title_anaphora` phrase in the anaphora matcher, before its position
BODY_ANAPHOR = "body:"  # the kind of a `body_anaphora` phrase in the anaphora matcher, before its head words
HOME_BODY = "home:"  # the kind of a `home_bodies` phrase in the anaphora matcher, before the body's label
HALF_ANAPHOR = "half:"  # the kind of a `half_anaphora` phrase in the anaphora matcher, before the first word
STRATEGY_EXAMPLES = {"after": "after:ke|kepada", "noun_after": "noun_after:by", "marked": "marked:buatan|dari",
                     "role": "role:target", "object_place": "object_place:di", "before": "before:in|at"}
FACT_PREDICATES = ("locatedIn", "capitalOf", "leads", "basedIn", "affiliatedWith")
SUPPORT_FILES = ("lexicon.toml", "time.toml", "items.toml", "patterns.toml")

LEXICON_SCHEMA: dict[str, Any] = {
    "segment": {"boilerplate_prefixes": list},
    "topics": {"sport": list, "sport_threshold": int},
    "grammar": {"coordinators": list, "prepositions": list, "locative_prepositions": list,
                "clause_boundaries": list, "strong_boundaries": list, "not_names": list, "name_connectors": list,
                "demonstratives_after": list, "demonstratives_before": list, "place_modifiers": list,
                "organisation_tails": list, "legal_forms": list, "body_nouns": list, "named_people_nouns": list, "list_openers": list, "place_directions": list, "state_forms": list,
                "relative_pronouns": list, "complementizers": list, "title_fillers": list,
                "other_event_before": list, "said_clause_openers": list, "dated_apart": list, "dated_apart_before_names": list, "event_modifiers": list, "not_items": list,
                "occurrence_verbs": list, "occurrence_participles": list, "person_pronouns": list,
                "determiners": list, "future_clause_openers": list, "future_after_openers": list, "past_forms": list, "not_time_clauses": list,
                "told_before": list, "goal_prepositions": list, "passive_markers": list,
                "passive_inserts": list, "adverb_endings": list, "passive_agents": list,
                "participle_endings": list, "irregular_participles": list, "control_verbs": list,
                "infinitive_markers": list, "purpose_prepositions": list, "neighbour_nouns": list,
                "pretence_words": list, "itinerary_words": list, "person_relatives": list,
                "armed_forces_heads": list, "postponement_verbs": list, "new_date_words": list,
                "vicinity_words": list, "remote_words": list, "span_prepositions": list, "title_modifiers": list,
                "topic_nouns": list, "topic_prepositions": list, "participle_auxiliaries": list,
                "resumptions": list, "seat_prepositions": list,
                "infinitive_subject_markers": list, "title_complements": list,
                "superlatives": list, "copulas": list, "maker_words": list, "contrasts": list,
                "contrast_fillers": list, "old_date_words": list, "civilian_nouns": list,
                "setting_openers": list, "for_heads": list, "plural_markers": list,
                "open_waters": list, "gerund_endings": list, "free_relatives": list, "price_words": list, "additive_words": list, "sideline_words": list, "earlier_occasion_words": list, "earlier_occasion_fillers": list, "not_earlier_before": list, "inclusion_words": list, "people_of_prepositions": list, "people_nouns": list, "group_nouns": list, "own_clause_verbs": list, "source_determiners": list, "source_modifiers": list, "non_seat_modifiers": list, "qualified_heads": list, "existential_verbs": list, "existential_fillers": list, "urging_verbs": list, "outlet_tails": list, "telling_verbs": list, "expectation_verbs": list, "perfect_auxiliaries": list, "hoping_verbs": list, "marked_control_verbs": list, "past_clause_words": list, "bare_directives": list, "generic_venue_words": list, "asking_inserts": list, "staff_positions": list, "vague_shifts": list, "passive_cessations": list, "welcome_places": list, "indefinite_articles": list, "purpose_openers": list, "victim_verbs": list, "person_name_before": list, "person_name_after": list, "shared_clause_openers": list, "invitation_verbs": list, "invitation_answers": list, "clause_subordinators": list, "possessive_relatives": list, "trip_nouns": list, "verb_openers": list, "cause_openers": list, "elsewhere_words": list,
    "counterpart_words": list, "title_possessives": list, "unnamed_subject_heads": list,
    "verb_particles": list, "vehicle_nouns": list, "carrying_words": list, "progressive_auxiliaries": list,
    "title_country_prepositions": list, "portfolio_words": list, "portfolio_links": list,
                "directives": list, "ranks": list, "ranks_after": list, "charge_nouns": list, "appositive_denials": list, "denial_fillers": list, "object_prepositions": list, "ties_words": list, "quantity_links": list, "quantity_nouns": list, "denier_heads": list, "name_links": list, "bare_reporting_verbs": list, "not_reporting_before": list, "possessive_pronouns": list, "accusation_verbs": list, "unofficial_sources": list, "not_sources": list},
    "titles": str,
    "positions": {"leaders": list},
    "organisation_titles": str,
    "anaphora": {"person": list, "person_object": list, "plural": list, "dual_persons": list, "dual_countries": list,
                 "triple_persons": list, "triple_countries": list, "quad_persons": list,
                 "quad_countries": list, "country": list, "anonymous": list, "organisation": list,
                 "it": list, "speaker": list, "city": list, "side": list},
    "title_anaphora": str,
    "body_anaphora": str,
    "home_bodies": str,
    "spelling_variants": str,
    "half_anaphora": str,
    "possessed_sources": str,
    "not_incumbent": str,
    "not_incumbent_after": str,
    "anonymous_sources": str,
    "name_heads": str,
    "name_context_before": str,
    "name_context_before_of": str,
    "name_context_after": str,
    "event_nouns": str,
    "cues": {"planned": list, "possible": list, "hoped": list, "failed": list, "failed_after": list,
             "denied": list, "cancelled": list, "cancelled_after": list, "outcome_failures": list, "cessations": list, "denied_after": list, "report_openers": list, "attempts": list, "reactions": list, "past_plans": list, "indefinites": list, "possible_after": list, "hedges_after": list, "hopes_after": list, "planned_after": list, "negation": list,
             "passive_auxiliaries": list, "failed_participles": list, "cancelled_participles": list,
             "occurred": list, "purpose_markers": list, "purpose_nouns": list, "purpose_verbs": list, "purchase_verbs": list,
             "seller_markers": list,
             "not_conditions": list, "conditions": list, "commitments": list, "past_commitments": list, "made_commitments": list, "approvals": list,
             "approved_things": list, "planned_heads": list,
             "schedule_breakers": list, "certainties": list, "breakdowns": list, "breakdown_pronouns": list, "breakdown_parts": list,
             "denied_plans": list},
    "attribution": {"source_after": list, "source_before": list, "relayed_by": list, "speech_fillers": list,
                    "reportedly": list, "audiences": list, "source_documents": list},
}
TIME_SCHEMA: dict[str, Any] = {
    "months": int, "weekdays": int, "qualifiers": str, "past": list, "future": list, "current": list,
    "units": str, "days": int, "range": list, "range_start": list, "and": list, "month_word": list,
    "year_word": list, "after_previous": int, "weeks_after_previous": int, "weekend": list, "seasons": int, "periods": str, "nights": list, "day_of_month": list, "numbers": int, "ago": list,
    "ahead": list, "later": list, "quarters": int, "year_of": list, "few": list, "plural_units": list, "before": list, "lasting": list, "following": list, "night_into": list,
    "week_ordinals": int, "week_of_month": list, "lasting_ends": list, "counted_adverbs": list, "superlatives": list,
    "weekday_after": list, "since": list,
}
ITEM_KEYS = {"phrases": list, "label": str, "category": str}
PATTERN_KEYS = {"id": str, "pattern": list, "fact": list, "creates": str, "label": str, "acts_for": str,
                "examples": list}
RULE_KEYS = {"id": str, "event": str, "triggers": list, "roles": dict, "place": list, "items": list,
             "require_item": (bool, list), "named": list, "require_named": bool, "lift": bool,
             "status": str, "confidence": float, "examples": list, "note": str, "place_roles": list,
             "min_actors": int, "require_place": bool, "required_roles": list, "actor_types": dict,
             "unless_followed_by": list, "unless_preceded_by": list, "object_nouns": list,
             "unless_subject": list, "unless_items": list, "each_place": bool, "followed_by": list,
             "negates": bool, "unless_object_nouns": list, "outranks": list, "abroad": bool, "unless_said_in": list,
             "unless_purpose": list,
             "item_markers": list, "unless_topic_of": list, "adjunct": bool, "deployment": bool,
             "refers_back": bool, "help_words": list, "requires_after": list, "unless_after": list,
             "told_by_subject": bool, "completed_from_before": bool}


# grammar lists read as sets of words under their own names
GRAMMAR_WORD_SETS = ("legal_forms", "body_nouns", "named_people_nouns", "list_openers", "event_modifiers", "occurrence_verbs", "occurrence_participles", "person_pronouns",
                     "relative_pronouns", "complementizers", "prepositions", "not_names", "goal_prepositions",
                     "infinitive_markers", "purpose_prepositions", "neighbour_nouns", "pretence_words",
                     "itinerary_words", "person_relatives", "armed_forces_heads", "passive_markers",
                     "passive_inserts", "passive_agents", "irregular_participles", "new_date_words",
                     "vicinity_words", "remote_words", "span_prepositions", "title_modifiers", "topic_nouns",
                     "topic_prepositions", "resumptions", "seat_prepositions",
                     "infinitive_subject_markers", "title_complements", "superlatives", "copulas",
                     "maker_words", "contrasts", "contrast_fillers", "old_date_words", "civilian_nouns",
                     "setting_openers", "for_heads", "plural_markers", "open_waters", "free_relatives", "price_words", "additive_words", "sideline_words", "earlier_occasion_words", "earlier_occasion_fillers", "not_earlier_before", "inclusion_words", "people_of_prepositions", "people_nouns", "group_nouns", "own_clause_verbs", "source_determiners",
                     "directives", "ranks", "ranks_after", "charge_nouns", "appositive_denials", "denial_fillers", "object_prepositions", "ties_words", "quantity_links", "quantity_nouns", "denier_heads", "name_links", "bare_reporting_verbs", "not_reporting_before", "possessive_pronouns", "accusation_verbs", "unofficial_sources",
                     "source_modifiers", "non_seat_modifiers", "qualified_heads", "existential_verbs",
                     "existential_fillers", "urging_verbs", "outlet_tails",
                     "telling_verbs", "expectation_verbs", "perfect_auxiliaries", "hoping_verbs", "marked_control_verbs", "past_clause_words", "bare_directives", "generic_venue_words", "asking_inserts",
                     "staff_positions", "passive_cessations", "welcome_places", "indefinite_articles", "purpose_openers", "victim_verbs",
                     "shared_clause_openers", "invitation_verbs", "invitation_answers", "clause_subordinators",
                     "possessive_relatives", "trip_nouns", "verb_openers", "cause_openers",
                     "elsewhere_words", "counterpart_words", "title_possessives", "unnamed_subject_heads",
                     "verb_particles", "vehicle_nouns", "carrying_words", "progressive_auxiliaries",
                     "title_country_prepositions", "portfolio_words", "portfolio_links")


# word lists that may also hold a punctuation mark ("attend" followed by "," or "." takes no object)
PUNCTUATION_LISTS = frozenset({"followed_by"})


def _has_word(text: str) -> bool:
    """Does the phrase contain a letter or digit (not only punctuation, '*' or spaces)?"""
    return any(ch.isalnum() for ch in text)


def _unknown(where: str, key: str, valid) -> RuleError:
    return RuleError(f"{where}: unknown key {key!r}; valid keys: {', '.join(sorted(valid))}")


TYPE_NAMES = {str: "string", int: "whole number", float: "number", bool: "boolean (true or false)",
              list: "list", dict: "table"}


def _type_name(kind) -> str:
    return TYPE_NAMES.get(kind, kind.__name__)


def _is(value, expected) -> bool:
    """isinstance, except that true/false is no number and a whole number is a float too."""
    if isinstance(value, bool):
        return expected is bool or (isinstance(expected, tuple) and bool in expected)
    if expected is float:
        return isinstance(value, (int, float))
    return isinstance(value, expected)


def _check_table(where: str, data: dict, schema: dict, tables: bool = True) -> None:
    """Check `data` against a schema: a dict of key → type, or key → sub-schema dict.

    With `tables` (the lexicon and time files), `str` or `int` also accepts a table of such values
    (`titles`, `months`); without it (rule, item and pattern entries) a value must be of the type itself."""
    for key, value in data.items():
        if key not in schema:
            raise _unknown(where, key, schema)
        expected = schema[key]
        if isinstance(expected, dict):
            if not isinstance(value, dict):
                raise RuleError(f"{where}: [{key}] must be a table")
            _check_table(f"{where} [{key}]", value, expected, tables)
        elif tables and expected in (str, int) and isinstance(value, dict):
            for sub, subvalue in value.items():
                if not _is(subvalue, expected):
                    raise RuleError(f"{where}: {key}.{sub} must be a {_type_name(expected)}")
        elif isinstance(expected, tuple):
            if not _is(value, expected):
                raise RuleError(f"{where}: {key} must be a {' or a '.join(map(_type_name, expected))},"
                                f" not a {_type_name(type(value))}")
        elif not _is(value, expected):
            raise RuleError(f"{where}: {key} must be a {_type_name(expected)}, not a {_type_name(type(value))}")
        elif expected is list and not all(isinstance(v, str) for v in value):
            raise RuleError(f"{where}: every entry of {key} must be a string")


def read_toml(path: Path) -> dict:
    """A rule, lexicon or time file: RuleError when it cannot be read."""
    return read_toml_file(path, RuleError, "rule")


def _read_list_file(path: Path, table: str) -> dict:
    """A TOML file whose only top-level key is one array of tables ([[rule]], [[item]], [[fact]])."""
    data = read_toml(path)
    for key in data:
        if key != table:
            raise _unknown(str(path), key, [table])
    entries = data.get(table, [])
    if not isinstance(entries, list) or not all(isinstance(entry, dict) for entry in entries):
        raise RuleError(f"{path}: {table!r} must be a list of tables ([[{table}]] sections)")
    return data


@dataclass(frozen=True)
class Strategy:
    """How to find a role filler: one or more parts whose results are united."""

    parts: tuple[tuple[str, tuple[tuple[str, ...], ...]], ...]  # (name, argument phrases)
    require_all: bool = False  # parts joined by "&": every part must find someone


def parse_strategy(text: str, where: str) -> Strategy:
    """Parse "subject+after:ke|kepada" (unite) or "object&after:dengan" (all must succeed)."""
    if "+" in text and "&" in text:
        raise RuleError(f"{where}: a strategy joins its parts with '+' or with '&', not both: {text!r}")
    parts = []
    for part in re.split(r"[+&]", text):
        name, colon, arg = part.strip().partition(":")
        if name not in STRATEGY_NAMES:
            raise RuleError(f"{where}: unknown strategy {name!r}; valid: {', '.join(STRATEGY_NAMES)}")
        if name in STRATEGY_EXAMPLES and not arg:
            raise RuleError(f"{where}: strategy {name!r} needs an argument, e.g. {STRATEGY_EXAMPLES[name]!r}")
        if name not in STRATEGY_EXAMPLES and colon:
            raise RuleError(f"{where}: strategy {name!r} takes no argument: {text!r}")
        if name == "role" and arg not in ROLES:
            raise RuleError(f"{where}: unknown role {arg!r} in strategy {text!r}; valid: {', '.join(ROLES)}")
        if name in WORD_LIST_STRATEGIES and not all(_has_word(a) for a in arg.split("|")):
            raise RuleError(f"{where}: strategy {text!r}: every word between '|' must contain a letter or digit")
        args = tuple(phrase_tokens(a) for a in arg.split("|")) if name in WORD_LIST_STRATEGIES else ((arg,),) if arg else ()
        parts.append((name, args))
    return Strategy(tuple(parts), "&" in text)


@dataclass(frozen=True)
class EventRule:
    id: str
    event: str
    triggers: tuple[str, ...]
    roles: tuple[tuple[str, tuple[Strategy, ...]], ...]
    place: tuple[Strategy, ...]
    items: tuple[str, ...]
    require_item: tuple[str, ...]  # categories of which one item must be near the trigger
    named: tuple[Strategy, ...]
    require_named: bool
    lift: bool
    status: str | None
    confidence: float
    examples: tuple[str, ...]
    source: str
    place_roles: tuple[str, ...] = ()  # roles a place may fill as itself ("Rusia menggempur Kyiv")
    min_actors: int = 1
    require_place: bool = False
    required_roles: tuple[str, ...] = ()  # roles that must be filled for the rule to fire
    actor_types: tuple[tuple[str, tuple[str, ...]], ...] = ()  # role -> entity types it accepts
    unless_followed_by: tuple[str, ...] = ()  # words that, just after the trigger, stop the rule
    followed_by: tuple[str, ...] = ()  # words of which one must come just after the trigger
    unless_object_nouns: tuple[str, ...] = ()  # heading the trigger's object, one stops the rule ("launched an attack")
    outranks: tuple[str, ...] = ()  # event types that, fired on the same trigger, this rule's event replaces
    negates: bool = False  # the trigger says the event does not happen ("skipped the summit"): cancelled
    unless_preceded_by: tuple[str, ...] = ()  # words that, just before the trigger, stop the rule
    object_nouns: tuple[str, ...] = ()  # one must head the trigger's object ("attend an economic forum")
    unless_subject: tuple[str, ...] = ()  # words that, a few words before the trigger, make its subject no actor
    unless_items: tuple[str, ...] = ()  # item labels the rule never moves ("sent an aircraft carrier" deploys it)
    each_place: bool = False  # each place listed ("to Vietnam, Singapore and Malaysia") is an event of its own
    abroad: bool = False  # the place must lie outside the actors' own state ("Biden was in Washington": no visit)
    unless_said_in: tuple[str, ...] = ()  # a speech's words shortly after the trigger ("attacked Zelensky in a post")
    unless_purpose: tuple[str, ...] = ()  # verbs whose infinitive of purpose in the clause stops it ("sent troops ... to fight")
    item_markers: tuple[str, ...] = ()  # one must stand between the trigger and its item ("asked Germany for missiles")
    unless_topic_of: tuple[str, ...] = ()  # a noun trigger heading the object of one is a topic ("discussed the grain deal")
    adjunct: bool = False  # the trigger is a phrase of another verb, whose undoing is its object's ("vetoed ... at a meeting")
    refers_back: bool = False  # with no gathering named, the event's is the one named last before it ("declined to attend")
    deployment: bool = False  # forces sent or stationed: no cooperation of states the article shows fighting each other
    help_words: tuple[tuple[str, ...], ...] = ()  # verbs of helping that, asked of another through the trigger, ask for aid
    # ("called on friendly countries to help rebuild the south"); such a rule fires on nothing else
    requires_after: tuple[tuple[str, ...], ...] = ()  # one must follow the trigger in its clause ("blamed Iran for the attack")
    unless_after: tuple[tuple[str, ...], ...] = ()  # one following the trigger in its clause stops the rule ("out of Congolese territory")
    told_by_subject: bool = False  # the trigger's subject is the event's source ("Israel blamed Hamas for the attack")
    completed_from_before: bool = False  # an event of its type told just before lends its roles, place and days

    @cached_property
    def actor_types_of(self) -> dict[str, tuple[str, ...]]:
        """`actor_types` as a mapping, built once per rule instead of for every trigger it reads."""
        return dict(self.actor_types)


PHRASE_LISTS = ("unless_topic_of",)  # word lists whose entries may be phrases ("talks on")
WORD_LISTS = ("unless_followed_by", "unless_preceded_by", "object_nouns", "unless_subject", "followed_by",
              "unless_object_nouns", "unless_said_in", "item_markers", "unless_topic_of", "unless_purpose")


def _required_items(raw: dict, where: str) -> tuple[str, ...]:
    """`require_item = true` means one of `items`; a list names the categories required."""
    required = raw.get("require_item", False)
    items = raw.get("items", [])
    if required is True:
        if not items:
            raise RuleError(f"{where}: require_item = true needs items (the categories, e.g. items = [\"missile\"])")
        return tuple(items)
    if required is False:
        return ()
    if not all(isinstance(c, str) for c in required):
        raise RuleError(f"{where}: require_item must be true, false or a list of item categories")
    unknown = [c for c in required if c not in ITEM_CATEGORIES]
    if unknown:
        raise RuleError(f"{where}: require_item: unknown category {unknown[0]!r}; valid: {', '.join(ITEM_CATEGORIES)}")
    missing = [c for c in required if c not in items]
    if missing:
        raise RuleError(f"{where}: require_item: category {missing[0]!r} is not in items, so the rule could never fire;"
                        f" add it to items")
    return tuple(required)


def _check_triggers(triggers: list, where: str) -> None:
    if not triggers:
        raise RuleError(f"{where}: triggers is empty; a rule needs at least one trigger phrase")
    for trigger in triggers:
        if not _has_word(trigger):
            raise RuleError(f"{where}: triggers: {trigger!r} has no letter or digit; a trigger is a phrase of words")
        words = phrase_tokens(trigger)
        if any(t.endswith("*") and not _has_word(t[:-1]) for t in words):
            raise RuleError(f"{where}: triggers: {trigger!r}: '*' marks a prefix only at the end of a word,"
                            f" as in 'membalas*'; it is no wildcard")
        if SLOT in (words[0], words[-1]) or any(a == b == SLOT for a, b in zip(words, words[1:])):
            raise RuleError(f"{where}: triggers: {trigger!r}: '{SLOT}' stands for one word between two words,"
                            f" as in 'held {SLOT} talks'; not first, last or twice in a row")


def _check_rule_values(raw: dict, where: str) -> None:
    """Values of the right type but out of range, unknown, or such that the rule could never fire."""
    if raw["event"] not in EVENT_TYPES:
        raise RuleError(f"{where}: unknown event type {raw['event']!r}; valid: {', '.join(EVENT_TYPES)}")
    if "status" in raw and raw["status"] not in STATUSES:
        raise RuleError(f"{where}: unknown status {raw['status']!r}; valid: {', '.join(STATUSES)}")
    confidence = raw.get("confidence", 0.8)
    if not (math.isfinite(confidence) and 0 <= confidence <= 1):
        raise RuleError(f"{where}: confidence must be a number from 0 to 1, not {confidence!r}")
    if raw.get("min_actors", 1) < 0:
        raise RuleError(f"{where}: min_actors must be 0 or more, not {raw['min_actors']}")
    _check_triggers(raw["triggers"], where)
    roles = raw.get("roles", {})
    for role, strategies in roles.items():
        if role not in ROLES:
            raise RuleError(f"{where}: roles: unknown role {role!r}; valid: {', '.join(ROLES)}")
        if not isinstance(strategies, list) or not all(isinstance(s, str) for s in strategies):
            raise RuleError(f"{where}: roles.{role} must be a list of strategies")
        if not strategies:
            raise RuleError(f"{where}: roles.{role} lists no strategy, so the role could never be filled")
    for role, kinds in raw.get("actor_types", {}).items():
        if role not in roles:
            raise RuleError(f"{where}: actor_types: {role!r} is not one of the rule's roles ({', '.join(roles) or 'none'})")
        if not isinstance(kinds, list) or not kinds or any(k not in ENTITY_TYPES for k in kinds):
            raise RuleError(f"{where}: actor_types.{role} must list entity types ({', '.join(ENTITY_TYPES)})")
    for key in ("place_roles", "required_roles"):
        for role in raw.get(key, []):
            if role not in ROLES:
                raise RuleError(f"{where}: {key}: unknown role {role!r}; valid: {', '.join(ROLES)}")
            if role not in roles:
                raise RuleError(f"{where}: {key}: role {role!r} has no strategy in roles"
                                f" ({', '.join(roles) or 'none'})")
    for category in raw.get("items", []):
        if category not in ITEM_CATEGORIES:
            raise RuleError(f"{where}: items: unknown item category {category!r}; valid: {', '.join(ITEM_CATEGORIES)}")
    for key in WORD_LISTS:
        for word in raw.get(key, []):
            if key in PHRASE_LISTS:
                if not _has_word(word) or "*" in word:
                    raise RuleError(f"{where}: {key}: {word!r} is no phrase; this list holds words or phrases, without '*'")
            elif len(phrase_tokens(word)) != 1 or "*" in word or not (
                    _has_word(word) or key in PUNCTUATION_LISTS and not word.isspace()):
                raise RuleError(f"{where}: {key}: {word!r} is not one word; this list holds single words, without '*'"
                                + (" (or punctuation marks)" if key in PUNCTUATION_LISTS else ""))
    if any(not isinstance(label, str) or not label.strip() for label in raw.get("unless_items", [])):
        raise RuleError(f"{where}: unless_items holds item labels (the label of an item in items.toml)")
    if not roles and not raw.get("named"):
        raise RuleError(f"{where}: a rule needs roles (or named), or it could never fire")
    unknown = [event for event in raw.get("outranks", []) if event not in EVENT_TYPES]
    if unknown:
        raise RuleError(f"{where}: outranks: unknown event type {unknown[0]!r}; valid: {', '.join(EVENT_TYPES)}")
    if raw.get("negates") and raw.get("status"):
        raise RuleError(f"{where}: negates = true reads the status around the trigger and turns it round;"
                        f" a fixed status leaves nothing to turn")
    if any(not isinstance(phrase, str) or not _has_word(phrase) or "*" in phrase for phrase in raw.get("help_words", [])):
        raise RuleError(f"{where}: help_words holds words or phrases ending in a verb of helping (\"to help\"), without '*'")
    for key in ("requires_after", "unless_after"):
        if any(not isinstance(phrase, str) or not _has_word(phrase) or "*" in phrase for phrase in raw.get(key, [])):
            raise RuleError(f"{where}: {key} holds words or phrases (\"for the attack\"), without '*'")
    if raw.get("help_words") and (raw["event"] != "AidRequest" or not {"requester", "provider"} <= set(roles)):
        raise RuleError(f"{where}: help_words is for AidRequest rules with requester and provider roles: help asked"
                        f" of another is the asker's request")
    if raw.get("abroad") and not raw.get("place"):
        raise RuleError(f"{where}: abroad = true needs place strategies, or there is no place to be abroad in")
    if raw.get("each_place") and not raw.get("place"):
        raise RuleError(f"{where}: each_place = true needs place strategies, or it could never list a place")
    if raw.get("require_named") and not raw.get("named"):
        raise RuleError(f"{where}: require_named = true needs named strategies, or the rule could never fire")


def _validate_rule(raw: dict, where: str) -> EventRule:
    for key in raw:
        if key not in RULE_KEYS:
            raise _unknown(where, key, RULE_KEYS)
    for key in ("id", "event", "triggers"):
        if key not in raw:
            raise RuleError(f"{where}: missing required key {key!r}")
    rule_id = raw["id"]
    if not isinstance(rule_id, str) or not rule_id or any(ch.isspace() for ch in rule_id):
        raise RuleError(f"{where}: id must be a non-empty string without spaces, like 'en.meeting.meet';"
                        f" not {rule_id!r}")
    where = f"{where} ({rule_id})"
    _check_table(where, raw, RULE_KEYS, tables=False)
    _check_rule_values(raw, where)
    roles = [(role, tuple(parse_strategy(s, f"{where}: roles.{role}") for s in strategies))
             for role, strategies in raw.get("roles", {}).items()]
    return EventRule(
        id=rule_id, event=raw["event"], triggers=tuple(raw["triggers"]), roles=tuple(roles),
        place=tuple(parse_strategy(s, f"{where}: place") for s in raw.get("place", [])),
        items=tuple(raw.get("items", [])), require_item=_required_items(raw, where),
        named=tuple(parse_strategy(s, f"{where}: named") for s in raw.get("named", [])),
        require_named=raw.get("require_named", False), lift=raw.get("lift", False),
        status=raw.get("status"), confidence=float(raw.get("confidence", 0.8)),
        examples=tuple(raw.get("examples", [])), source=where,
        place_roles=tuple(raw.get("place_roles", [])), min_actors=raw.get("min_actors", 1),
        require_place=raw.get("require_place", False), required_roles=tuple(raw.get("required_roles", [])),
        actor_types=tuple((role, tuple(kinds)) for role, kinds in raw.get("actor_types", {}).items()),
        unless_items=tuple(raw.get("unless_items", [])), each_place=raw.get("each_place", False),
        abroad=raw.get("abroad", False),
        negates=raw.get("negates", False), outranks=tuple(raw.get("outranks", [])), adjunct=raw.get("adjunct", False),
        refers_back=raw.get("refers_back", False), deployment=raw.get("deployment", False),
        help_words=tuple(tuple(word.lower() for word in phrase_tokens(phrase)) for phrase in raw.get("help_words", [])),
        told_by_subject=raw.get("told_by_subject", False),
        completed_from_before=raw.get("completed_from_before", False),
        requires_after=tuple(tuple(word.lower() for word in phrase_tokens(phrase)) for phrase in raw.get("requires_after", [])),
        unless_after=tuple(tuple(word.lower() for word in phrase_tokens(phrase)) for phrase in raw.get("unless_after", [])),
        **{key: tuple(word.lower() for word in raw.get(key, [])) for key in WORD_LISTS},
    )


def _check_unique_ids(rules, seen: dict[str, EventRule], what: Callable[[EventRule], str]) -> None:
    """Refuse a rule whose id an earlier rule (in `seen`) has: events carry the id as their provenance."""
    for rule in rules:
        if rule.id in seen:
            raise RuleError(f"{rule.source}: rule id {rule.id!r} is already used by {what(seen[rule.id])}")
        seen[rule.id] = rule


def _file_of(rule: EventRule) -> str:
    return rule.source.rsplit(": rule ", 1)[0]


def load_rule_file(path: Path) -> tuple[EventRule, ...]:
    """Load and validate one event-rule file (a list of [[rule]] tables)."""
    data = _read_list_file(path, "rule")
    rules = tuple(_validate_rule(raw, f"{path}: rule {n}") for n, raw in enumerate(data.get("rule", []), 1))
    first: dict[str, int] = {}
    for n, rule in enumerate(rules, 1):
        if rule.id in first:
            raise RuleError(f"{rule.source}: rule id {rule.id!r} is already used by rule {first[rule.id]} of this file")
        first[rule.id] = n
    return rules


@dataclass(frozen=True)
class FactPattern:
    id: str
    pattern: tuple[str, ...]
    fact: tuple[str, str, str]
    examples: tuple[str, ...]
    creates: str = ""  # an entity type: the whole match becomes a new mention named "NEW"
    label: str = ""  # the new entity's label; "{C}" is the demonym (or name) of the entity in slot C,
    # "{*}" the pattern's own words, capitalised ("Maritime Authority")
    acts_for: str = ""  # a slot: in event roles the new entity is that slot's state ("the Chinese embassy" hit: China)

    @property
    def descriptors(self) -> frozenset[str]:
        """Slots marked with "!": they describe another mention and fill no event role."""
        return frozenset(p.strip("{}!").partition(":")[2] for p in self.pattern if p.endswith("!}"))

    @cached_property
    def required_words(self) -> tuple[frozenset[str], ...]:
        """For each word the pattern cannot do without, its alternatives: a sentence that lacks one
        of these sets cannot match, and is not tried."""
        return tuple(frozenset(part.lstrip("&").split("|")) for part in self.pattern
                     if not part.startswith(("{", "!")) and not (part.endswith("?") and len(part) > 1))


@dataclass(frozen=True)
class Language:
    """Everything the pipeline needs for one language, loaded and validated."""

    code: str
    lexicon: dict
    time: dict
    items: PhraseMatcher
    patterns: tuple[FactPattern, ...]
    rules: tuple[EventRule, ...]
    matchers: dict = field(default_factory=dict)

    @cached_property
    def deployment_rules(self) -> frozenset[str]:
        """The ids of the rules that tell forces sent or stationed (`deployment`)."""
        return frozenset(rule.id for rule in self.rules if rule.deployment)

    @cached_property
    def pattern_screen(self) -> tuple[tuple[int, ...], dict[str, tuple[int, ...]]]:
        """The fact patterns that need no particular word, and the others by the words of their first
        required word: a sentence tries only the patterns some word of it can start."""
        always: list[int] = []
        by_word: dict[str, list[int]] = {}
        for n, pattern in enumerate(self.patterns):
            if not pattern.required_words:
                always.append(n)
            for word in pattern.required_words[0] if pattern.required_words else ():
                by_word.setdefault(word, []).append(n)
        return tuple(always), {word: tuple(found) for word, found in by_word.items()}


def _load_lexicon(path: Path) -> dict:
    data = read_toml(path)
    _check_table(str(path), data, LEXICON_SCHEMA)
    for head, kind in [*data.get("name_heads", {}).items(), *data.get("name_context_before", {}).items(),
                       *data.get("name_context_before_of", {}).items(), *data.get("name_context_after", {}).items()]:
        if kind not in ENTITY_TYPES:
            raise RuleError(f"{path}: name_heads.{head}: unknown type {kind!r}; valid: {', '.join(ENTITY_TYPES)}")
    for noun, kind in data.get("event_nouns", {}).items():
        if kind not in EVENT_TYPES:
            raise RuleError(f"{path}: event_nouns.{noun}: unknown event type {kind!r}")
    return data


def _load_items(path: Path) -> PhraseMatcher:
    data = _read_list_file(path, "item")
    entries = []
    for n, raw in enumerate(data.get("item", []), 1):
        _check_table(f"{path}: item {n}", raw, ITEM_KEYS, tables=False)
        if raw.get("category") not in ITEM_CATEGORIES:
            raise RuleError(f"{path}: item {n}: category must be one of {', '.join(ITEM_CATEGORIES)}")
        if not raw.get("label"):
            raise RuleError(f"{path}: item {n}: missing required key 'label'")
        for phrase in raw.get("phrases", []):
            entries.append((phrase, (raw["label"], raw["category"])))
    return PhraseMatcher(entries)


def _load_patterns(path: Path) -> tuple[FactPattern, ...]:
    data = _read_list_file(path, "fact")
    out = []
    for n, raw in enumerate(data.get("fact", []), 1):
        where = f"{path}: fact {n}"
        _check_table(where, raw, PATTERN_KEYS, tables=False)
        if len(raw.get("fact", [])) not in (0, 3) or not raw.get("pattern"):
            raise RuleError(f"{where}: needs a pattern and a fact [subject, predicate, object] (or [] to only mark descriptors)")
        if raw["fact"] and raw["fact"][1] not in FACT_PREDICATES:
            raise RuleError(f"{where}: unknown predicate {raw['fact'][1]!r}; valid: {', '.join(FACT_PREDICATES)}")
        if raw.get("creates") and raw["creates"] not in ENTITY_TYPES:
            raise RuleError(f"{where}: creates must be an entity type ({', '.join(ENTITY_TYPES)})")
        slot_names = [part.strip("{}!").partition(":")[2] for part in raw["pattern"] if part.startswith("{")]
        if raw.get("acts_for") and (not raw.get("creates") or raw["acts_for"] not in slot_names):
            raise RuleError(f"{where}: acts_for must name a slot of the pattern ({', '.join(slot_names) or 'none'}) "
                            "of a pattern that creates an entity")
        out.append(FactPattern(raw.get("id", f"fact{n}"), tuple(raw["pattern"]), tuple(raw["fact"]),
                               tuple(raw.get("examples", [])), raw.get("creates", ""), raw.get("label", ""),
                               raw.get("acts_for", "")))
    return tuple(out)


OUTCOME = "outcome"  # the status of `outcome_failures`: what failed is the event's outcome, not the event
HEDGE = "hedge"  # the status of `hedges_after`: said after the event noun, it makes any event possible
HOPE = "hope"  # the status of `hopes_after`: said after the event noun, it makes any event hoped


def _cues_after(cues: dict) -> list[tuple[str, str]]:
    """Cues that follow their trigger: the literal phrases of `failed_after`/`cancelled_after`/
    `denied_after` (a report called false after it: "reports that Japan had sold missiles were
    false")/`outcome_failures` (the talks "failed to produce a breakthrough": they took place)/`possible_after` (a condition: "ready to send rescuers if Rabat agreed")/`planned_after` (a
    schedule said of an event noun: "the visit is scheduled for May"), and
    each participle of `*_participles` after each passive auxiliary ("has been" + "scrapped")."""
    found = [(p, s) for s in ("failed", "cancelled", "denied", "possible", "planned") for p in cues.get(f"{s}_after", [])]
    found.extend((p, OUTCOME) for p in cues.get("outcome_failures", []))
    found.extend((p, HEDGE) for p in cues.get("hedges_after", []))
    found.extend((p, HOPE) for p in cues.get("hopes_after", []))
    for status in ("failed", "cancelled"):
        for participle in cues.get(f"{status}_participles", []):
            found.extend((f"{aux} {participle}", status) for aux in cues.get("passive_auxiliaries", []))
    return found


def _build_matchers(lexicon: dict) -> dict:
    """Compile the phrase lists of a lexicon into matchers, once per language."""
    cues = lexicon.get("cues", {})
    attribution = lexicon.get("attribution", {})
    anaphora = lexicon.get("anaphora", {})
    grammar = lexicon.get("grammar", {})
    matchers = {
        "sport": PhraseMatcher({p: True for p in lexicon.get("topics", {}).get("sport", [])}),
        "cue_before": PhraseMatcher([(p, s) for s in STATUSES + ("negation",) for p in cues.get(s, [])]
                                    + [(p, "denied_plan") for p in cues.get("denied_plans", [])]
                                    + [(p, "indefinite") for p in cues.get("indefinites", [])]),
        "cue_after": PhraseMatcher(_cues_after(cues)),
        # "no doubt that", "tidak diragukan": a doubt denied, so the cue words inside say nothing
        "certainties": PhraseMatcher({p: True for p in cues.get("certainties", [])}),
        # "..., but it exploded in flight": the breakdown of what was launched, past "but"
        "breakdowns": PhraseMatcher({p: True for p in cues.get("breakdowns", [])}),
        "breakdown_pronouns": frozenset(cues.get("breakdown_pronouns", [])),
        "breakdown_parts": frozenset(cues.get("breakdown_parts", [])),
        # "..., but later postponed", "tetapi kemudian diundur": the undoing of the same event, its subject left out
        "undoings": PhraseMatcher([(p, s) for p, s in _cues_after(cues) if s in ("failed", "cancelled")]
                                  + [(p, s) for s in ("failed", "cancelled") for p in cues.get(f"{s}_participles", [])]),
        # "reports that", "kabar bahwa": only an event told after one of these can be called false after it
        "report_openers": PhraseMatcher({p: True for p in cues.get("report_openers", [])}),
        # "tried to launch ..., but the rocket exploded": after an attempt, a failure reaches past "but"
        "attempts": PhraseMatcher({p: True for p in cues.get("attempts", [])}),
        # "is trying to repel Russian attacks", "akan mengecam peluncuran": a cue before these is about the
        # reaction, not the event it answers, which took place
        "reactions": PhraseMatcher({p: True for p in cues.get("reactions", [])}),
        # "He had been scheduled to meet Trump", "Ia semula dijadwalkan bertemu": a plan told as past, which a
        # cancellation told just before undoes
        "past_plans": PhraseMatcher({p: True for p in cues.get("past_plans", [])}),
        "purpose_markers": frozenset(cues.get("purpose_markers", [])),
        "cessations": frozenset(cues.get("cessations", [])),
        "negation_words": frozenset(p for p in cues.get("negation", []) if " " not in p),
        "purpose_nouns": frozenset(cues.get("purpose_nouns", [])),
        "purpose_verbs": frozenset(cues.get("purpose_verbs", [])),
        "purchase_verbs": frozenset(cues.get("purchase_verbs", [])),
        "seller_markers": frozenset(cues.get("seller_markers", [])),
        "not_conditions": frozenset(cues.get("not_conditions", [])),
        "conditions": frozenset(cues.get("conditions", [])),
        "commitments": PhraseMatcher({p: "planned" for p in cues.get("commitments", [])}),
        "past_commitments": frozenset(cues.get("past_commitments", [])),
        "made_commitments": frozenset(cues.get("made_commitments", [])),
        "approvals": frozenset(cues.get("approvals", [])),
        "approved_things": frozenset(cues.get("approved_things", [])),
        "planned_heads": frozenset(cues.get("planned_heads", [])),
        "determiners": frozenset(grammar.get("determiners", [])),
        "future_clause_openers": frozenset(grammar.get("future_clause_openers", [])),
        "future_after_openers": frozenset(grammar.get("future_after_openers", [])),
        "past_forms": frozenset(grammar.get("past_forms", [])),
        "participle_auxiliaries": frozenset(grammar.get("participle_auxiliaries", [])),
        "not_time_clauses": frozenset(grammar.get("not_time_clauses", [])),
        "told_before": frozenset(grammar.get("told_before", [])),
        "schedule_breakers": frozenset(cues.get("schedule_breakers", [])),
        "source_after": PhraseMatcher({p: "after" for p in attribution.get("source_after", [])}),
        "source_before": PhraseMatcher({p: "before" for p in attribution.get("source_before", [])}),
        "relayed_by": PhraseMatcher({p: "relayed_by" for p in attribution.get("relayed_by", [])}),
        "reportedly": PhraseMatcher({p: "reportedly" for p in attribution.get("reportedly", [])}),
        "source_documents": PhraseMatcher({p: True for p in attribution.get("source_documents", [])}),
        "titles": PhraseMatcher(lexicon.get("titles", {})),
        "org_titles": PhraseMatcher(lexicon.get("organisation_titles", {})),
        "anaphora": PhraseMatcher([(p, kind) for kind, phrases in anaphora.items() for p in phrases]
                                  + [(p, TITLE_ANAPHOR + position)
                                     for p, position in lexicon.get("title_anaphora", {}).items()]
                                  + [(p, BODY_ANAPHOR + head) for p, head in lexicon.get("body_anaphora", {}).items()]
                                  + [(p, HOME_BODY + label) for p, label in lexicon.get("home_bodies", {}).items()]
                                  + [(p, HALF_ANAPHOR + first) for p, first in lexicon.get("half_anaphora", {}).items()]),
        "anonymous": PhraseMatcher(lexicon.get("anonymous_sources", {})),
        # sources named with a possessive suffix ("juru bicaranya"): the person it refers to speaks through them
        "possessed_sources": PhraseMatcher(lexicon.get("possessed_sources", {})),
        # one spelling of a word another spells otherwise ("defence" = "defense"), for bodies named by their kind
        "spelling_variants": {word.lower(): other.lower() for word, other in lexicon.get("spelling_variants", {}).items()},
        # "former", "next", "mantan": the holder of a title so qualified does not hold it now
        "not_incumbent": {word.lower(): label for word, label in lexicon.get("not_incumbent", {}).items()},
        "not_incumbent_after": {word.lower(): label for word, label in lexicon.get("not_incumbent_after", {}).items()},
        # the labels themselves, which a title's own position may hold ("president-elect", "former head of state")
        "not_incumbent_labels": frozenset(lexicon.get("not_incumbent", {}).values())
        | frozenset(lexicon.get("not_incumbent_after", {}).values()),
        "event_nouns": PhraseMatcher(lexicon.get("event_nouns", {})),
        # the nouns of launched things, whose breakdown past "but" fails the launch ("but the rocket exploded")
        "launch_nouns": tuple(sorted(noun for noun, kind in lexicon.get("event_nouns", {}).items()
                                     if kind == "Launch" and " " not in noun)),
        "boundaries": PhraseMatcher({p: True for p in grammar.get("clause_boundaries", [])}),
        "coordinators": frozenset(grammar.get("coordinators", [])),
        "strong": frozenset(grammar.get("strong_boundaries", [])),
        "modifiers": frozenset(grammar.get("place_modifiers", [])),
        "state_forms": frozenset(w.lower() for w in grammar.get("state_forms", [])),
        "other_event_before": PhraseMatcher({p: True for p in grammar.get("other_event_before", [])}),
        # ", saying", ", seraya mengatakan": after a comma, a clause of what the subject says
        "said_clause_openers": PhraseMatcher({p: True for p in grammar.get("said_clause_openers", [])}),
        "dated_apart": PhraseMatcher({p: True for p in grammar.get("dated_apart", [])}),
        "dated_apart_before_names": PhraseMatcher({p: True for p in grammar.get("dated_apart_before_names", [])}),
        "postponement_verbs": PhraseMatcher({p: True for p in grammar.get("postponement_verbs", [])}),
        "other_event_words": frozenset(w for p in grammar.get("other_event_before", []) for w in p.split()),
        "speech_fillers": frozenset(attribution.get("speech_fillers", [])),
        # "for"/"to"/"untuk" after the thing a trigger names: whom it is for ("appealed for aid for Sudan")
        "beneficiary_prepositions": frozenset(grammar.get("purpose_prepositions", []) + grammar.get("goal_prepositions", [])),
        "audiences": frozenset(attribution.get("audiences", [])),
        "not_items": PhraseMatcher({p: True for p in grammar.get("not_items", [])}),
        "not_sources": PhraseMatcher({p: True for p in grammar.get("not_sources", [])}),
        "title_fillers": PhraseMatcher({p: True for p in grammar.get("title_fillers", [])}),
        "vague_shifts": PhraseMatcher({p: True for p in grammar.get("vague_shifts", [])}),
        "org_tails": frozenset(grammar.get("organisation_tails", [])),
        "directions": frozenset(grammar.get("place_directions", [])),
        "locatives": frozenset(grammar.get("locative_prepositions", [])),
        # capitalised words that are never a first name: sentence openers and the words of titles
        "plain_words": frozenset(w.lower() for w in grammar.get("not_names", []))
        | frozenset(w for phrase in lexicon.get("titles", {}) for w in phrase.split())
        | frozenset(w for phrase in lexicon.get("organisation_titles", {}) for w in phrase.split()),
        # "to the country", "ke negara itu": a goal, so not a country of the anaphor's own sentence
        "control_verbs": PhraseMatcher({p: True for p in grammar.get("control_verbs", [])}),
        "adverb_endings": tuple(grammar.get("adverb_endings", [])),
        "participle_endings": tuple(grammar.get("participle_endings", [])),
        **{name: frozenset(grammar.get(name, [])) for name in GRAMMAR_WORD_SETS},
        "connectors": frozenset(grammar.get("name_connectors", [])),
        "dem_after": frozenset(grammar.get("demonstratives_after", [])),
        "dem_before": frozenset(grammar.get("demonstratives_before", [])),
        "leaders": frozenset(lexicon.get("positions", {}).get("leaders", [])),
        "name_heads": dict(lexicon.get("name_heads", {})),
        "context_before": dict(lexicon.get("name_context_before", {})),
        "context_before_of": dict(lexicon.get("name_context_before_of", {})),
        "context_after": dict(lexicon.get("name_context_after", {})),
        # phrases that, right before or right after an unknown full name, make it a person's ("met Hafez
        # al-Assad", "Bill Clinton met ...")
        "person_name_before": PhraseMatcher({p: True for p in grammar.get("person_name_before", [])}),
        "person_name_after": PhraseMatcher({p: True for p in grammar.get("person_name_after", [])}),
    }
    # single words of time that open a sentence before a trigger ("After meeting Lula, ...", "Usai bertemu ...")
    matchers["opening_time_words"] = frozenset(p for p in grammar.get("other_event_before", []) if " " not in p)
    # ... and those of purpose ("To attend the summit, ...", "Demi menghadiri forum itu, ..."): either opens a
    # phrase whose event is another than the main clause's
    matchers["clause_openers"] = matchers["opening_time_words"] | matchers["purpose_openers"]
    matchers["gerund_endings"] = tuple(grammar.get("gerund_endings", []))  # "Speaking at ..., Biden said"
    matchers["plural_pronouns"] = frozenset(p.lower() for p in lexicon.get("anaphora", {}).get("plural", []))
    matchers["attribution_starts"] = PhraseMatcher.starts(  # where any reporting phrase can begin
        *(matchers[k] for k in ("relayed_by", "source_after", "source_before", "reportedly")))
    matchers["title_starts"] = PhraseMatcher.starts(matchers["titles"], matchers["org_titles"])
    matchers["anonymous_starts"] = PhraseMatcher.starts(matchers["anonymous"])
    matchers["anaphora_starts"] = PhraseMatcher.starts(matchers["anaphora"])
    matchers["boundary_starts"] = PhraseMatcher.starts(matchers["boundaries"])
    heads: dict[str, str] = {}  # the last word of each anonymous source ("official"), for "U.S. officials"
    for phrase, label in sorted(lexicon.get("anonymous_sources", {}).items(), key=lambda kv: len(kv[0])):
        heads.setdefault(phrase.split()[-1], label)
    matchers["anonymous_heads"] = heads
    matchers["sport_starts"] = PhraseMatcher.starts(matchers["sport"])
    # words that end the object of a verb trigger ("met Xi in Beijing before a meeting with Modi")
    matchers["object_stops"] = matchers["coordinators"] | matchers["prepositions"] | matchers["relative_pronouns"] \
        | {p for p in grammar.get("other_event_before", []) + grammar.get("dated_apart", []) if " " not in p}
    return matchers


def _trigger_matcher(rules: list[EventRule], lexicon: dict) -> PhraseMatcher:
    """One matcher over every trigger of every rule; a phrase maps to all rules that use it. A
    slot ("held _ talks") takes no negation word ("held no talks")."""
    by_phrase: dict[str, list[EventRule]] = {}
    for rule in rules:
        for trigger in rule.triggers:
            by_phrase.setdefault(" ".join(phrase_tokens(trigger)), []).append(rule)
    negations = frozenset(p for p in lexicon.get("cues", {}).get("negation", []) if " " not in p)
    return PhraseMatcher({phrase: tuple(rules) for phrase, rules in by_phrase.items()}, slot_excluded=negations)


def rule_files(lang: str) -> list[Path]:
    """The bundled event-rule files of a language (every .toml but the support files)."""
    return sorted(p for p in (RULES_DIR / lang).glob("*.toml") if p.name not in SUPPORT_FILES)


PERIOD_QUALIFIERS = ("early", "mid", "late")


_PERIOD = re.compile(r"(?P<unit>\w+)(?: (?P<qualifier>[a-z]+))?(?: (?P<shift>[+-]?\d+))?")


def _check_periods(where: str, periods: dict, units: set) -> None:
    """Each period reads "UNIT [QUALIFIER] [SHIFT]": "year late" for "year-end", "week -2" for "the week
    before last"."""
    for word, value in periods.items():
        match = _PERIOD.fullmatch(value)
        if not match or match.group("unit") not in units or (match.group("qualifier") or "early") not in PERIOD_QUALIFIERS:
            raise RuleError(f"{where}: periods.{word} = {value!r}; expected a unit ({', '.join(sorted(units))}),"
                            f" optionally one of {', '.join(PERIOD_QUALIFIERS)}, optionally a signed shift (-2)")


def load_language(lang: str, extra_rules: tuple[str, ...] = ()) -> Language:
    """Load, validate and compile every bundled file of `lang`, plus the user's rule files."""
    if lang not in LANGS:
        raise RuleError(f"unsupported language {lang!r}; supported: {', '.join(LANGS)}")
    folder = RULES_DIR / lang
    lexicon = _load_lexicon(folder / "lexicon.toml")
    time = read_toml(folder / "time.toml")
    _check_table(str(folder / "time.toml"), time, TIME_SCHEMA)
    _check_periods(str(folder / "time.toml"), time.get("periods", {}), set(time.get("units", {}).values()))
    rules: list[EventRule] = []
    seen: dict[str, EventRule] = {}
    for path in rule_files(lang):
        bundled = load_rule_file(path)
        _check_unique_ids(bundled, seen, lambda other: f"a rule of {_file_of(other)}")
        rules.extend(bundled)
    bundled_ids = frozenset(seen)
    for extra in extra_rules:
        own = [r for r in load_rule_file(Path(extra)) if r.id.split(".")[0] in (lang,) or r.id.split(".")[0] not in LANGS]
        _check_unique_ids(own, seen, lambda other: f"a bundled rule ({_file_of(other)})" if other.id in bundled_ids
                          else f"a rule of {_file_of(other)}")
        rules.extend(own)
    triggers = _trigger_matcher(rules, lexicon)
    items = _load_items(folder / "items.toml")
    labels = {label for label, _ in items.values()}
    for rule in rules:
        unknown = [label for label in rule.unless_items if label not in labels]
        if unknown:
            raise RuleError(f"{rule.source}: unless_items: no item is labelled {unknown[0]!r} in {folder / 'items.toml'}")
    return Language(
        code=lang, lexicon=lexicon, time=time, items=items,
        patterns=_load_patterns(folder / "patterns.toml"), rules=tuple(rules),
        matchers={**_build_matchers(lexicon), "triggers": triggers, "trigger_starts": PhraseMatcher.starts(triggers),
                  "passive_roles": _passive_roles(rules, lexicon.get("grammar", {}).get("passive_agents", [])),
                  "passive_places": _passive_places(rules, lexicon.get("grammar", {}).get("passive_agents", [])),
                  "time_words": _time_words(time)},
    )


def _time_words(time: dict) -> frozenset[str]:
    """Single words that open a time expression ("today", "Monday", "last", "overnight"): after "her"
    they are no noun it determines ("met her yesterday")."""
    words = {w for key in ("months", "weekdays", "days") for w in time.get(key, {}) if " " not in w}
    words |= {phrase.split()[0] for key in ("past", "future", "nights", "counted_adverbs") for phrase in time.get(key, [])}
    return frozenset(words)


def _passive_roles(rules: list[EventRule], agents: list[str]) -> dict[str, tuple]:
    """Each rule's roles as its trigger reads in the passive voice: what the subject would fill, the
    agent after "by" fills; what the object would fill, the subject fills ("Russia was supplied with
    shells by North Korea"). Without an agent, the subject's role falls to a name that qualifies an
    item in the subject ("U.S. military drones will be delivered to Quito": the drones' maker,
    `item_modifier`), or, for a transfer, one that made it ("Iranian-made drones were delivered": `maker`;
    not "Kyiv was attacked with Iranian-made drones"). Rules without a subject strategy keep their roles; so
    does a language without passive agents."""
    if not agents:
        return {}
    agent = ("after", tuple(phrase_tokens(a) for a in agents))
    turned = {"subject": agent, "object": ("subject", ())}
    makers = (Strategy((("item_modifier", ()),)), Strategy((("maker", ()),)))  # the maker only for transfers
    out = {}
    for rule in rules:
        if not any(_names_subject(strategies) for _, strategies in rule.roles):
            continue
        out[rule.id] = tuple(
            (role, tuple(replace(s, parts=tuple(turned.get(name, (name, args)) for name, args in s.parts))
                         for s in strategies) + (makers if _names_subject(strategies) and rule.event in TRANSFERS
                                                 else makers[:1] if _names_subject(strategies) else ()))
            for role, strategies in rule.roles)
    return out


def _passive_places(rules: list[EventRule], agents: list[str]) -> dict[str, tuple[Strategy, ...]]:
    """Each rule's place strategies in the passive voice: the place the object would name, the
    subject names ("Beijing was visited by Prabowo")."""
    if not agents:
        return {}
    return {rule.id: tuple(replace(s, parts=tuple(("subject", ()) if name == "object" else (name, args)
                                                  for name, args in s.parts)) for s in rule.place)
            for rule in rules if any(name == "object" for s in rule.place for name, _ in s.parts)}


def _names_subject(strategies: tuple[Strategy, ...]) -> bool:
    return any(name == "subject" for s in strategies for name, _ in s.parts)
