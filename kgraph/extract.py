"""Per-document extraction: one article in, one DocGraph out, as a pure function.

Stages, in order, for every sentence: tokens → mentions (with anaphora and fact patterns) →
attribution → event candidates from the rules → factuality → time. Then, over the document:
reported sentences borrow the source of their neighbour, and anaphoric event mentions ("pertemuan
itu", "the meeting") add place, time and sources to the event they refer to.
"""

from __future__ import annotations

import bisect
import datetime as _dt
import hashlib
import re
from dataclasses import dataclass, replace
from functools import lru_cache, partial
from typing import Any, NamedTuple

from .attribution import attribute, source_key
from .errors import InputError
from .events import (ARTICLES, DESCRIPTION_REACH, SETTING_EVENTS, subject_end, OBJECT_NOUN_REACH, Candidate, SentenceContext, find_candidates, find_fillers, find_items,
                     relative_clause_tokens, said_clause_between, trigger_spans, without_self_transfer)
from .factuality import (broke_down, ceased, ceased_after, clause_start, directive_of, infinitive_marker, past_form, purpose_of_a_deal, split_commitments,
                         status_of)
from .gazetteer import Gazetteer, load_gazetteer
from .mentions import ACTOR_TYPES, PLACE_TYPES, Found, History, find_mentions, state_of
from .model import Article, DocGraph, Entity, Event, Evidence, Fact, Item, Source
from .rules import Language, Strategy, load_language
from .segment import dateline_place, split_sentences
from .stamps import file_stamps
from .text import slug, tokenize
from .timex import PAST_STATUSES, TimeFinder, TimeMention, resolve, resolve_after, shift_days

# an undated event may take its date from an event this many paragraphs back at most
PARAGRAPHS_BACK = 2


@dataclass(frozen=True)
class Resources:
    """Everything extraction reads: the gazetteer and the languages' rules (immutable)."""

    gazetteer: Gazetteer
    languages: tuple[tuple[str, Language], ...]
    time_finders: tuple[tuple[str, TimeFinder], ...]

    def language(self, code: str) -> Language:
        """The rules of language `code`; InputError for a language kgraph has none for."""
        return _of_language(self.languages, code)

    def time_finder(self, code: str) -> TimeFinder:
        """The time patterns of language `code`; InputError for a language kgraph has none for."""
        return _of_language(self.time_finders, code)


def _of_language(by_code: tuple[tuple[str, Any], ...], code: str) -> Any:
    for known, value in by_code:
        if known == code:
            return value
    raise InputError(f"unsupported language {code!r} (supported: {', '.join(known for known, _ in by_code)})")


def load_resources(rules: tuple[str, ...] = (), gazetteers: tuple[str, ...] = ()) -> Resources:
    """Load the bundled rules of both languages (plus user files) and the gazetteer.

    They are loaded once per process and per version of the user's files: every batch a worker
    extracts reuses them (compiling and checking the time patterns takes ~20 ms), and a rule file edited
    since is read again."""
    rules, gazetteers = tuple(map(str, rules)), tuple(map(str, gazetteers))  # as given: messages name them so
    return _resources(rules, gazetteers, file_stamps(rules + gazetteers))


@lru_cache(maxsize=8)
def _resources(rules: tuple[str, ...], gazetteers: tuple[str, ...], stamps: tuple) -> Resources:
    """`stamps` is only part of the key: another version of a file is another entry."""
    languages = tuple((code, load_language(code, rules)) for code in ("id", "en"))
    return Resources(load_gazetteer(gazetteers), languages,
                     tuple((code, TimeFinder(lang.time)) for code, lang in languages))


@dataclass(frozen=True)
class _EventRef:
    """An anaphoric event mention ("pertemuan itu") and what its sentence adds."""

    sentence: int
    type: str
    noun: str  # "summit": an earlier event told with the same word is the likelier referent
    place: Found | None
    times: tuple[TimeMention, ...]
    sources: tuple[Source, ...]
    status: str = "occurred"  # what its sentence says of it ("the trip was called off": cancelled)


UNDOING_STATUSES = frozenset({"cancelled"})  # a reference said after its noun to be called off undoes the
# plan told just before ("was due to travel …, but the trip was called off")
PLANS = frozenset({"planned", "possible", "hoped"})


def _undone_here(candidate: Candidate, candidates: list[Candidate], undone: dict[str, tuple[int, str]]) -> bool:
    """Is the candidate the last event of its type before a reference in its sentence that calls it off?"""
    if candidate.rule.event not in undone:
        return False
    ref_start = undone[candidate.rule.event][0]
    before = [c.tstart for c in candidates if c.rule.event == candidate.rule.event and c.tstart < ref_start]
    return bool(before) and candidate.tstart == max(before)


def _after_other_event_word(tokens, start: int, lang: Language) -> bool:
    """Whether a phrase such as "on the eve of" or "menjelang" ends right before token `start`."""
    matcher = lang.matchers["other_event_before"]
    return any((hit := matcher.match_at(tokens, k)) and k + hit[0] == start for k in range(max(0, start - 5), start))


def _other_event_nouns(tokens, lang: Language, noun_spans) -> tuple[frozenset[int], frozenset[int]]:
    """Tokens of a definite event noun after "on the eve of", "after", "menjelang" ("on the eve of the
    summit"), and of the names before it ("the day after the U.S. strikes"): the sentence dates its own
    event by another one the article tells of, which is no new event, and whose actors are not its own."""
    out: set[int] = set()
    modifiers: set[int] = set()
    for start, end, _ in noun_spans:
        head = start  # "the U.S. strikes", "the American bombing": capitalised words may stand between
        while head > 0 and start - head < 5 and (tokens[head - 1].text[:1].isupper() or tokens[head - 1].text == "."
                                                  or tokens[head - 1].lower in lang.matchers["event_modifiers"]) \
                and tokens[head - 1].lower not in lang.matchers["dem_before"]:
            head -= 1
        determiner_before = head > 0 and tokens[head - 1].lower in lang.matchers["dem_before"] \
            and tokens[head - 1].lower != "this" and _after_other_event_word(tokens, head - 1, lang)
        determiner_after = end < len(tokens) and tokens[end].lower in lang.matchers["dem_after"] \
            and _after_other_event_word(tokens, start, lang)
        if determiner_before or determiner_after:
            out.update(range(start, end))
            modifiers.update(range(head, start))
    return frozenset(out), frozenset(modifiers)


BARE_REFERENCE_REACH = 2  # plain words that may qualify a bare event noun before its comma ("Usai pertemuan tertutup,")


def _bare_nouns_told_before(tokens, lang: Language, noun_spans, told: set[str]) -> frozenset[int]:
    """Tokens of a bare event noun right after "seusai", "sebelum", "after" that ends its phrase at a
    comma, of a type the article told before ("Seusai pertemuan, keduanya menyaksikan ..."): the event
    told before, setting the scene, not a new one. Indonesian has no article, so this is how it speaks of
    the meeting just told (a noun with a determiner is `_other_event_nouns`'s); an event of a type not
    yet told, or a noun followed by its actors ("Usai pertemuan dengan Xi,"), is read as usual."""
    out: set[int] = set()
    for start, end, event_type in noun_spans:
        if not told & SAME_OCCASION.get(event_type, {event_type}) or not _after_other_event_word(tokens, start, lang):
            continue
        comma = next((k for k in range(end, min(len(tokens), end + BARE_REFERENCE_REACH + 1))
                      if not tokens[k].text.isalpha() or not tokens[k].text.islower()), None)
        if comma is not None and tokens[comma].text == ",":
            out.update(range(start, end))
    return frozenset(out)


def _event_refs(ctx: SentenceContext, lang: Language, noun_spans) -> list[tuple[int, int, str]]:
    """Spans of event nouns with a demonstrative: they refer back, they do not start an event.
    Up to three plain tokens may stand between ("pembelian besar-besaran ini"). A reference after
    "on the eve of", "after", "menjelang" speaks of another event than the sentence's own, so it
    neither takes the sentence's place and time nor stands in for its trigger."""
    m = lang.matchers
    tokens = ctx.tokens
    spans = []
    named = {k for f in ctx.founds for k in range(f.tstart, f.tend)}
    for start, end, event_type in noun_spans:
        determiner = start > 0 and tokens[start - 1].lower in m["dem_before"]
        if _after_other_event_word(tokens, start - 1 if determiner else start, lang):
            continue
        gap, words = end, 0  # "pembelian besar-besaran ini": up to two plain words before the demonstrative
        while gap < len(tokens) and words <= 2 and gap not in named and not tokens[gap].text[:1].isupper() \
                and tokens[gap].lower not in m["dem_after"]:
            words += tokens[gap].text != "-" and (gap == 0 or tokens[gap - 1].text != "-")
            gap += 1
        if gap < len(tokens) and tokens[gap].lower in m["dem_after"] and gap > end and words <= 2:
            spans.append((start, gap + 1, event_type))
            continue
        after = end < len(tokens) and tokens[end].lower in m["dem_after"]
        before = start > 0 and tokens[start - 1].lower in m["dem_before"]
        followed_by_actor = any(f.tstart == end for f in ctx.founds if f.type in ACTOR_TYPES and f.via != "anaphor")
        if after:
            spans.append((start, end + 1, event_type))
        elif before and not followed_by_actor and not (end < len(tokens) and tokens[end].lower in
                                                       ("between", "with", "of", "to", "on", "against", "by")):
            spans.append((start - 1, end, event_type))
    return spans


def _shares_actor(a: Candidate, b: Candidate) -> bool:
    """Do two candidates share an actor, or does one lack actors, or does each fill only roles the other
    leaves open ("Aid sent by the UAE reached Gaza": the provider of the one, the recipient of the other)?"""
    keys_a = {f.as_actor for _, f in a.roles}
    keys_b = {f.as_actor for _, f in b.roles}
    return not keys_a or not keys_b or bool(keys_a & keys_b) or not {r for r, _ in a.roles} & {r for r, _ in b.roles}


def _pronoun_relatives(tokens, relative, lang: Language, noun_spans=()) -> frozenset[int]:
    """Tokens of relative clauses opened by a relative pronoun ("who met Zelenskyy last week"), not by
    "where" (", where Borrell hosted talks between them" tells more of the same meeting) nor by a "which"
    that names the event again (", which would be his first trip to the country": a copula within two words)
    or follows an event noun ("Wednesday's treaty, which Putin and Kim signed after the talks")."""
    pronouns = lang.matchers["relative_pronouns"] - lang.matchers["person_relatives"]
    people = lang.matchers["person_relatives"]
    copulas = lang.matchers["copulas"]
    noun_ends = {end for _, end, _ in noun_spans}  # the sentence's event nouns, found once by the caller
    inside: set[int] = set()
    opener = False
    for k in range(len(tokens)):
        if k in relative:
            if k == 0 or k - 1 not in relative:
                word = tokens[k].lower
                opener = word in people or word in pronouns and not (
                    k > 0 and tokens[k - 1].text == "," and (any(t.lower in copulas for t in tokens[k + 1:k + 3])
                                                            or k - 1 in noun_ends))  # "the treaty, which Putin
                # and Kim signed": the clause tells of the event its noun names
            if opener:
                inside.add(k)
    return frozenset(inside)


def _opening_phrase(tokens, lang: Language) -> frozenset[int]:
    """The tokens of a phrase of time or purpose that opens the sentence up to its comma ("After visiting
    Moscow, Modi travelled to Vienna", "Demi menghadiri forum tersebut, Prabowo memilih tidak datang ke KTT
    G7"): its event is another than the main clause's, though both have one subject."""
    if not tokens or tokens[0].lower not in lang.matchers["clause_openers"]:
        return frozenset()
    comma = _first_comma(tokens)
    return frozenset(range(comma)) if comma is not None else frozenset()


def _first_comma(tokens) -> int | None:
    return next((k for k, t in enumerate(tokens) if t.text == ","), None)


def _opening_purpose_end(tokens, lang: Language) -> int | None:
    """The comma closing a phrase of purpose that opens the sentence ("To attend the summit, he skipped the G20
    summit", "Demi menghadiri forum tersebut, Prabowo memilih tidak datang ke KTT G7"), if any: an event the
    phrase refers back to is not the one its main clause tells."""
    if not tokens or tokens[0].lower not in lang.matchers["purpose_openers"]:
        return None
    return _first_comma(tokens)


OPENING_NOUN_REACH = 3  # words between a sentence's first preposition and the event noun of its phrase


INDEFINITE_REACH = 3  # words between an indefinite ("any", "setiap") and the trigger it qualifies


def _indefinite_before(tokens, tstart: int, lang: Language) -> bool:
    """Does an indefinite (`indefinites`: "any Israeli attack", "setiap serangan") qualify the trigger? Such
    an event is any that may come, and the sentence's days are not its own."""
    for k in range(tstart - 1, max(-1, tstart - 1 - INDEFINITE_REACH), -1):
        hit = lang.matchers["cue_before"].match_at(tokens, k)
        if hit is not None and hit[1] == "indefinite":
            return True
        if not tokens[k].text[:1].isalnum():
            return False
    return False


def _said_clause_start(ctx: SentenceContext, tstart: int) -> int | None:
    """The character offset of the last clause of what the subject says (", saying", ", seraya mengatakan")
    opened before the trigger, or None: the days before it date the main clause's event, not the trigger's."""
    return max((ctx.tokens[k].start for k in ctx.said_clause_commas if k < tstart), default=None)


def _opening_noun(tokens, start: int, noun_starts, lang: Language) -> bool:
    """Is the trigger at `start` an event noun in a phrase that opens the sentence after a preposition,
    with only lower-case words between ("During the visit", "After the summit")? A name right after it
    starts the main clause, no object of the noun."""
    m = lang.matchers
    return start in noun_starts and 0 < start <= OPENING_NOUN_REACH \
        and (tokens[0].lower in m["prepositions"] or tokens[0].lower in m["span_prepositions"]
             or tokens[0].lower in m["opening_time_words"]) \
        and all(t.text.isalpha() and t.text.islower() for t in tokens[1:start])


def _absorb_object_nouns(candidates: list[Candidate], tokens, founds, lang: Language,
                         noun_spans: list[tuple[int, int, str]]) -> list[Candidate]:
    """"attended the first EU-Central Asia summit in Samarkand", "met Xi at a meeting": a noun
    trigger heading the object of a verb trigger of the same event type is that verb's event, not
    another: it is dropped, and gives the verb its place and name when the verb has none (its
    actors too, when the two share one)."""
    named = {k for f in founds for k in range(f.tstart + 1, f.tend)}
    nouns = {start for start, _, _ in noun_spans}
    stops = lang.matchers["object_stops"]

    def heads_object(verb: Candidate, noun: Candidate) -> bool:
        if verb.rule.event != noun.rule.event or not verb.tend <= noun.tstart or noun.tstart not in nouns:
            return False
        words = 0
        for k in range(verb.tend, noun.tstart):
            word = tokens[k].lower
            if k in named:
                continue
            if (not word[:1].isalnum() and word not in ("-", "'s", "'", "’")) or word in stops:
                return False  # "met Xi in Beijing before a meeting with Modi": another event
            words += word[:1].isalnum()
        return words < OBJECT_NOUN_REACH
    out = list(candidates)
    for noun in candidates:
        verb = next((c for c in out if c is not noun and heads_object(c, noun)), None)
        if verb is None:
            continue
        roles = verb.roles
        if _shares_actor(verb, noun):
            roles = roles + tuple((r, f) for r, f in noun.roles if all(f.as_actor != g.as_actor for _, g in roles))
        out[out.index(verb)] = replace(verb, roles=roles, place=verb.place or noun.place, named=verb.named or noun.named,
                                       items=tuple(dict.fromkeys(verb.items + noun.items)))
        out.remove(noun)
    return out


def _own_time_keys(times: list[TimeMention], trigger_chars: list[int], tokens, opens: dict[int, int],
                   candidate: Candidate) -> frozenset[tuple[str, str]]:
    """The (text, kind) of the times a candidate's trigger owns in its sentence, for merging; a count of
    no days ("hours later", "later that day") is kind "same_day", as it dates no other day."""
    return frozenset((t.text.lower(), "same_day" if t.kind == "after_previous" and t.parts[0] == 0 else t.kind)
                     for t in _own_times(times, trigger_chars, tokens[candidate.tstart].start, opens))


def _merge_candidates(candidates: list[Candidate], relative: frozenset[int] = frozenset(),
                      own_times=lambda candidate: frozenset(), told_apart=lambda kept, candidate: False) -> list[Candidate]:
    """Candidates of one type in one sentence that share an actor are one event, unless they are
    meetings in two different cities ("met Netanyahu in Jerusalem ... and held talks with ... in Riyadh") or
    visits to two different places of one kind ("spent three days in Serbia before flying on to Hungary"),
    one of them sits in a relative clause ("Erdogan, who met Zelenskyy last week, offered to host talks"),
    the later one is dated by a count from the earlier one's own time ("the strikes on Iran on June 13
    and the bombing of its nuclear sites nine days later"; `own_times` gives a candidate's (text, kind)),
    `told_apart` tells them apart ("denied targeting the ship, saying they struck an Israeli vessel": a
    denial and an attack; read only for candidates that would merge), or the earlier one refers back to a
    gathering told before and the later names one ("stayed away, ... after attending the G7 summit"). A later
    one that refers back keeps its own trigger, whose words tell the status ("was invited to the G7 summit,
    but he declined to attend": denied)."""
    merged: list[Candidate] = []
    for candidate in sorted(candidates, key=lambda c: (c.tstart, c.rule.id)):
        for k, kept in enumerate(merged):
            elsewhere = kept.place is not None and candidate.place is not None and kept.place.key != candidate.place.key \
                and (kept.rule.event == "Meeting" and _apart(kept.place, candidate.place)
                     or kept.rule.event == "Visit" and kept.place.type == candidate.place.type)  # ("spent three days
            # in Serbia before flying on to Hungary": two visits; "arrived in Moscow for a visit to Russia": one)
            kept_times, times = own_times(kept), own_times(candidate)
            apart = (kept.tstart in relative) != (candidate.tstart in relative) \
                or (bool(kept_times) and any(kind == "after_previous" for _, kind in times) and not kept_times & times) \
                or kept.rule.refers_back and candidate.named is not None \
                or _tells_again(kept) or _tells_again(candidate)  # "stayed away, ... after attending the G7 summit":
            # what is attended after a trigger that refers back is another gathering; a charge denied or blamed is
            # told apart from the deeds of its sentence ("Beijing membantah tudingan itu dan balik menuduh tentara
            # India menyerang personel China": the Chinese attack denied, and an Indian one)
            if kept.rule.event == candidate.rule.event and _shares_actor(kept, candidate) and not elsewhere \
                    and not apart and not told_apart(kept, candidate):
                roles = list(kept.roles)
                for role, found in candidate.roles:
                    if all(found.as_actor != f.as_actor for _, f in roles):
                        roles.append((role, found))
                # a later "attend" that refers back tells how the one told before ended: its words are read
                # for the status ("was invited to the G7 summit, but he declined to attend": denied)
                base = candidate if candidate.rule.refers_back and not kept.rule.refers_back else kept
                merged[k] = replace(base, roles=tuple(roles), place=kept.place or candidate.place,
                                    items=tuple(dict.fromkeys(kept.items + candidate.items)),
                                    named=kept.named or candidate.named, asked=kept.asked or candidate.asked)
                break
        else:
            merged.append(candidate)
    return merged


AGREED_EVENT_REACH = 2  # words between "agreed" and the meeting or cooperation trigger it agrees to ("to hold", "untuk")
AGREED_EVENTS = ("Meeting", "Cooperation")  # events whose agreement is no deal of its own, but the event planned


def _without_agreements_only_to_meet_or_cooperate(candidates: list[Candidate], tokens, lang: Language,
                                                  spans=(), dated: frozenset[int] = frozenset()) -> list[Candidate]:
    """An agreement whose only content is a meeting or joint work is that event, planned, and no deal
    ("They agreed to meet again in Brazil", "agreed to hold a border committee meeting", "sepakat untuk
    bertemu lagi", "agreed to hold more joint military exercises", "agreed to work together"), unless it
    agrees to more after "and" ("agreed to meet regularly and to restart negotiations", "agreed to hold
    talks and resume direct flights", "sepakat bertemu kembali serta memperpanjang gencatan senjata"), a
    deal follows "and" (`spans`: "agreed to boost cooperation and signed a gas deal"), or the joint work
    is only better ties (`ties_words`: "agreed to boost cooperation", "sepakat meningkatkan kerja sama"),
    which is what is agreed."""
    m = lang.matchers
    agreed = [c for c in candidates if c.rule.event in AGREED_EVENTS
              and not (c.rule.event == "Cooperation" and any(t.lower in m["ties_words"] for t in tokens[c.tstart:c.tend]))]
    if not agreed:
        return candidates
    deal_starts = {start for start, _, rules in spans if any(r.event == "Agreement" for r in rules)}
    dated = dated | {k for k in range(len(tokens) - 1) if k + 1 in dated and (tokens[k].lower in m["prepositions"]
                                                                             or tokens[k].text == "(")} \
        | {k for k in range(1, len(tokens)) if k - 1 in dated and tokens[k].text == ")"}  # "on Monday (Jan. 25)"
    kept = []
    for candidate in candidates:
        event = next((c for c in agreed if candidate.rule.event == "Agreement" and c.tstart >= candidate.tend
                      and _agreed_to(tokens, [k for k in range(candidate.tend, c.tstart) if k not in dated], m)),
                     None)  # "agreed on Monday to hold joint patrols"
        if event is not None and not any(_agrees_more(tokens, k, m) or tokens[k].lower in m["coordinators"]
                                         and k + 1 in deal_starts for k in range(event.tend, len(tokens) - 1)):
            continue
        kept.append(candidate)
    return kept


def _apart(place: Found, other: Found) -> bool:
    """Are two places of meetings told in one sentence apart: two cities, or a city and a country it does not
    lie in ("bertemu Erywan Yusof di Bandar Seri Begawan, lalu bertolak ke Singapura untuk menemui Vivian
    Balakrishnan": two meetings; "met in Moscow ... in Russia": one)?"""
    kinds = {place.type, other.type}
    if kinds == {"city"}:
        return True
    if kinds == {"city", "country"}:
        city, country = (place, other) if place.type == "city" else (other, place)
        return bool(city.as_actor) and city.as_actor != city.key and city.as_actor != country.key
    return False


def _tells_again(candidate: Candidate) -> bool:
    """Does the candidate's rule tell again, or complete, an event of another type than a gathering told
    before (`refers_back`, `completed_from_before`)?"""
    rule = candidate.rule
    return rule.event != "Gathering" and (rule.refers_back or rule.completed_from_before)


def _agreed_to(tokens, between: list[int], m: dict) -> bool:
    """Do the tokens between "agreed" and an event's trigger say it is what was agreed to: infinitive markers
    only ("agreed to meet", "sepakat untuk"), or one and then the words of the event noun's own phrase, no
    preposition, coordinator or punctuation ("agreed to hold a General Border Committee meeting")?"""
    if len(between) <= AGREED_EVENT_REACH and all(tokens[k].lower in m["infinitive_markers"] for k in between):
        return True
    if not between or tokens[between[0]].lower not in m["infinitive_markers"] or len(between) > AGREED_PHRASE_REACH:
        return False
    return all(tokens[k].text.isalpha() and tokens[k].lower not in m["prepositions"]
               and tokens[k].lower not in m["coordinators"] and tokens[k].lower not in m["infinitive_markers"]
               for k in between[1:])


AGREED_PHRASE_REACH = 6  # "to hold a General Border Committee meeting": the marker, a verb and the noun's phrase


def _agrees_more(tokens, k: int, m: dict) -> bool:
    """Does a coordinator at k add another thing agreed: a lower-case verb in its base form, not a past one
    ("and discussed the war": told, not agreed) nor a noun with a verb of its own ("and negotiators will",
    "dan perundingan akan")?"""
    if tokens[k].lower not in m["coordinators"]:
        return False
    word = tokens[k + 1]
    if word.lower in m["infinitive_markers"]:
        return True
    return word.text.isalpha() and word.text.islower() and word.lower not in m["determiners"] \
        and not (word.lower.endswith("ed") and not word.lower.endswith("eed")) and word.lower not in m["past_forms"] \
        and not (k + 2 < len(tokens) and m["cue_before"].match_at(tokens, k + 2))


def _order_of(tokens, tstart: int, lang: Language, dated: frozenset[int] = frozenset()) -> int | None:
    """Where the order or approval stands whose infinitive the trigger, or the verb that stops it, is
    ("ordered its standby force to deploy", "ordered the government to stop selling F-35 parts"), or None;
    `dated` are the tokens of times, which may stand inside the order ("ordered the army on Monday to")."""
    order = directive_of(tokens, clause_start(tokens, tstart, lang), tstart, lang.matchers, dated)
    verb = ceased(tokens, tstart, lang.matchers) if order is None else None
    return order if verb is None else directive_of(tokens, clause_start(tokens, verb, lang), verb, lang.matchers, dated)


def _told_apart(ctx: SentenceContext, kept: Candidate, candidate: Candidate) -> bool:
    """Are two candidates of one type two events: one told in a relative clause and the other not, at other
    places; one ordered and the other not, unless the other's trigger
    is the order itself ("approved a bill to send aid"), or a clause of what the subject says between them,
    the same doer, and each told with its own status ("The Houthis denied targeting the ship, saying they
    struck an Israeli vessel": a denied attack and one that took place; "struck Gaza, saying it targeted
    Hamas" is one)?"""
    m = ctx.lang.matchers
    orders = [directive_of(ctx.tokens, clause_start(ctx.tokens, c.tstart, ctx.lang), c.tstart, m, ctx.dated)
              for c in (kept, candidate)]
    if (orders[0] is None) != (orders[1] is None):
        order = orders[0] if orders[0] is not None else orders[1]
        other = candidate if orders[0] is not None else kept
        if other.tstart != order:  # "ordered the Guards to strike Israel, and hours later Iran fired missiles at
            return True  # Israel", "sent 10 tanks last week, and Scholz ordered the army to send 20 more": an order's
        # deed and another; "approved a bill to send aid" is one, the approval being the trigger that tells it
    if _other_subject_after(ctx, kept, candidate):
        return True
    lands = [c.place.state or c.place.key for c in (kept, candidate) if c.place is not None]
    if (kept.tstart in ctx.relative) != (candidate.tstart in ctx.relative) and len(lands) == 2 \
            and lands[0] != lands[1] and not any(land.startswith("new:") for land in lands):
        return True  # "Lavrov, whose tour last July took him to Egypt, arrived in Pretoria": a trip told aside, in
        # another land (not "flew on to Doha, where the emir welcomed him at Lusail Palace")
    if kept.rule.event == "Visit" and any(  # "arrived in Delhi after visiting Russia", "tiba di Delhi setelah
            ctx.tokens[k].lower in m["opening_time_words"]  # kunjungan ke Rusia": the trip before, another visit
            for k in range(max(kept.tend, candidate.tstart - OTHER_VISIT_REACH), candidate.tstart)):
        return True
    if _coordinated_subject_between(ctx, kept.tend, candidate.tstart) \
            and ctx.tokens[candidate.tstart - 1].lower not in ctx.lang.matchers["determiners"] and not _same_tense(*(
            c.rule.status or status_of(ctx.tokens, c.tstart, c.tend, ctx.lang, ctx.relative) for c in (kept, candidate))):
        return True  # "hosted him for a dinner the same evening, and the two leaders were due to hold talks"; not
        # a noun the new subject's verb takes ("and that Cyprus would champion the deal")
    if not said_clause_between(ctx, kept.tend, candidate.tstart) or not _same_doer(kept, candidate):
        return False
    status = {c.rule.status or status_of(ctx.tokens, c.tstart, c.tend, ctx.lang, ctx.relative) for c in (kept, candidate)}
    return len(status) > 1


COORDINATED_SUBJECT_REACH = 3  # words from "and" to the subject of the clause it opens ("and the two leaders")
OTHER_VISIT_REACH = 3  # words between "after" and a visit trigger that makes it another visit ("after a state visit to")


def _coordinated_subject_between(ctx: SentenceContext, start: int, end: int) -> bool:
    """Does a coordinator after a comma between tokens start and end open a clause with a subject named of its
    own before the trigger at `end` ("…, and the two leaders were due to hold talks"; not "between India and
    the European Union could be signed", names joined)?"""
    m = ctx.lang.matchers
    for k in range(max(start, 1), end):
        if ctx.tokens[k].lower in m["coordinators"] and ctx.tokens[k - 1].text == ",":
            return any(k < f.tstart <= k + COORDINATED_SUBJECT_REACH and f.tend <= end for f in ctx.founds)
    return False


def _other_subject_after(ctx: SentenceContext, kept: Candidate, candidate: Candidate) -> bool:
    """Is the later candidate told in a clause of its own after a phrase of another event, with a subject named
    right after the phrase and doers other than the first's ("Iran attacked Israel after Israel struck Damascus",
    "urged Putin and Zelensky to meet after Trump met Putin in Alaska": two events)?"""
    first = kept.rule.roles[0][0] if kept.rule.roles else None
    if first is None or _doers(kept, first) == _doers(candidate, first):
        return False
    m = ctx.lang.matchers
    return any(subject_end(ctx.tokens, ctx.founds, e, m) is not None and (
        _doers(candidate, first) or e not in ctx.found_starts and e + 1 not in ctx.found_starts)  # "after militants
        for _, e, _ in m["other_event_before"].finditer(ctx.tokens, kept.tend, candidate.tstart))  # attacked"


def _doers(candidate: Candidate, role: str) -> set[str]:
    """The actors filling a candidate's `role` (its rule's first role: attacker, participant, supplier...)."""
    return {f.as_actor for filled, f in candidate.roles if filled == role}


def _same_doer(a: Candidate, b: Candidate) -> bool:
    """Do two candidates have the same first role filled by the same actor ("The Houthis denied targeting
    the ship, saying they struck ...": the Houthis strike in both; not "..., saying a Ukrainian missile hit it")?"""
    first = a.rule.roles[0][0] if a.rule.roles else None
    return first is not None and bool(_doers(a, first)) and _doers(a, first) == _doers(b, first)


def is_sports_report(text: str, lang: Language) -> bool:
    """Does the article use enough different sports words to be a match report?

    >>> from kgraph.rules import load_language
    >>> is_sports_report("Iran attacked relentlessly; the coach praised the striker after the match in the stadium.",
    ...                  load_language("en"))
    True
    >>> is_sports_report("Iran attacked Israel with drones and missiles on Saturday.", load_language("en"))
    False
    """
    threshold = lang.lexicon.get("topics", {}).get("sport_threshold", 0)
    if not threshold:
        return False
    first_words, first_prefixes = lang.matchers["sport_starts"]
    words = set(re.findall(r"\w+", text.lower()))
    if words.isdisjoint(first_words) and not (first_prefixes and any(w.startswith(first_prefixes) for w in words)):
        return False  # no sports phrase can even begin: no need to read the tokens
    return len(_sport_words(tokenize(text), lang)) >= threshold


def _sport_words(tokens, lang: Language) -> set[str]:
    """The different sports words among the tokens."""
    return {" ".join(t.lower for t in tokens[s:e]) for s, e, _ in lang.matchers["sport"].finditer(tokens)}


OPENING_PLACE_TAKERS = frozenset({"Meeting", "Gathering", "Agreement", "Cooperation"})
OPENING_PLACE_WORDS = frozenset({"in", "at", "di"})  # "In Manila, Kishida will hold talks", "Di Peru, ia ..."


SIDELINE_OPENING_REACH = 3  # words before the sideline word of an opening ("On the sidelines of", "Di sela")


def _opening_place(tokens, founds, lang: Language) -> Found | None:
    """The place a sentence opens with before a comma: "In Manila,", or the last place after "in"/"di" in an
    opening on the sidelines of an occasion ("On the sidelines of the G7 summit in Hiroshima on Sunday,")."""
    if len(tokens) < 3:
        return None
    comma = next((k for k, t in enumerate(tokens) if t.text == ","), None)
    if comma is None:
        return None
    if tokens[0].lower in OPENING_PLACE_WORDS:
        place = next((f for f in founds if f.tstart == 1 and f.type in PLACE_TYPES and not f.descriptor), None)
        if place is not None and place.tend == comma:
            return place
    if not any(t.lower in lang.matchers["sideline_words"] for t in tokens[:min(comma, SIDELINE_OPENING_REACH + 1)]):
        return None
    return max((f for f in founds if f.tend <= comma and f.type in PLACE_TYPES and not f.descriptor
                and f.tstart > 0 and tokens[f.tstart - 1].lower in OPENING_PLACE_WORDS),
               key=lambda f: f.tstart, default=None)


def _opening_place_for(candidates: list[Candidate], tokens, founds, lang: Language,
                       relative: frozenset[int] = frozenset()) -> list[Candidate]:
    """A sentence opening with a place ("In Manila, Kishida will hold talks with Marcos", "Di Peru, ia
    akan menghadiri KTT APEC") places its meetings, gatherings, deals and drills that name none, unless
    a reporting verb comes before the first trigger ("In Manila, the foreign ministry said ...": where it
    was said), nor those told in a relative clause. So does an opening on the sidelines of an occasion in
    a place ("On the sidelines of the G7 summit in Hiroshima, Zelensky met Modi", "Di sela KTT G7 di
    Hiroshima, ...")."""
    place = _opening_place(tokens, founds, lang)
    if place is None:
        return candidates
    first_trigger = min((c.tstart for c in candidates), default=len(tokens))
    reporting = lang.matchers["source_before"]
    if any(reporting.match_at(tokens, k) for k in range(place.tend + 1, first_trigger)):
        return candidates  # "In Moscow, the foreign ministry spokeswoman Maria Zakharova said Lavrov would meet …"
    return [replace(c, place=place) if c.place is None and c.rule.event in OPENING_PLACE_TAKERS and c.rule.place
            and c.tstart not in relative else c for c in candidates]  # not "Kishida, who met Xi last week,"


def _visit_places_for_meetings(candidates: list[Candidate], relative: frozenset[int] = frozenset(),
                               tokens=(), lang: Language | None = None, dated: frozenset[int] = frozenset()) -> list[Candidate]:
    """"X berkunjung ke Rusia untuk bertemu Y": the meeting takes place where the visit goes, or where a
    gathering its participant attends is ("attending a NATO summit in Vilnius, held talks with Kishida"); not a
    visit told in a relative clause ("Albanese, who has visited Japan, met Xi"), nor a tour of several,
    nor a visit told after the meeting unless as its setting ("met Xi during a visit to Beijing"; not
    "met Xi on Monday and will visit India next week")."""
    visits = [c for c in candidates if c.rule.event == "Visit" and c.place is not None and not c.more_places
              and c.tstart not in relative]
    attended = [c for c in candidates if c.rule.event == "Gathering" and c.place is not None
                and (c.tstart not in relative or _undated_relative_setting(tokens, c, relative, dated, lang))
                and not c.rule.negates and not _after_other_event_phrase(tokens, c.tstart, lang)]
    out = []
    for candidate in candidates:
        if candidate.rule.event in ("Meeting", "Gathering") and candidate.place is None:
            actors = {f.as_actor for _, f in candidate.roles}
            settings = visits + _gatherings_setting(candidate, attended, tokens, lang, dated)
            visit = next((v for v in settings if actors & {f.as_actor for _, f in v.roles}
                          and (v.tstart <= candidate.tstart or _a_setting(tokens, v.tstart, lang))), None)
            if visit is not None:
                candidate = replace(candidate, place=visit.place)
        out.append(candidate)
    return out


def _gatherings_setting(meeting: Candidate, attended: list[Candidate], tokens, lang: Language | None,
                        dated: frozenset[int]) -> list[Candidate]:
    """The gatherings told before a meeting that may set its place ("Yoon, attending a NATO summit in Vilnius,
    held talks with Kishida on Wednesday": in Vilnius): none for a call by phone ("... and spoke by phone with
    Xi"), nor one with a day of its own when the gathering has another ("attended the summit in Kazan in
    October and met Xi last week"), unless a participle sets the scene; a day the two share is no bar."""
    if meeting.rule.event != "Meeting" or lang is None \
            or any(t.lower in lang.matchers["remote_words"] for t in tokens[meeting.tstart:meeting.tend + 2]):
        return []
    own_day = any(k in dated for k in range(meeting.tend, len(tokens)))
    return [g for g in attended if g.tstart < meeting.tstart and (
        not own_day or _participle_setting(tokens, g.tstart) or not any(k in dated for k in range(g.tend, meeting.tstart)))]


def _undated_relative_setting(tokens, gathering: Candidate, relative: frozenset[int], dated: frozenset[int],
                              lang: Language | None) -> bool:
    """Is the gathering, told inside a relative clause, one that may set the scene of the main clause: one
    that took place, with no time of its own there, told neither in the perfect nor as an earlier occasion
    ("Prabowo, who attended the BRICS summit in Rio, met Lula": in Rio; not "who has attended", "who attended
    the summit in Rio last year", "yang pernah menghadiri", "who is due to attend the NATO summit")?"""
    if lang is None or status_of(tokens, gathering.tstart, gathering.tend, lang, relative) != "occurred":
        return False
    start = gathering.tstart
    first, last = start, start
    while first - 1 in relative:
        first -= 1
    while last + 1 in relative:
        last += 1
    m = lang.matchers
    return not any(k in dated for k in range(first, last + 1)) and not any(
        tokens[k].lower in m["perfect_auxiliaries"] or tokens[k].lower in m["earlier_occasion_words"]
        for k in range(first, start))


def _participle_setting(tokens, start: int) -> bool:
    """Is the trigger at `start` a participle set off as the scene of the main clause (", attending a summit
    in Vilnius,", "Attending the summit, ...")?"""
    return tokens[start].lower.endswith("ing") and (start == 0 or tokens[start - 1].text == ",")


def _after_other_event_phrase(tokens, start: int, lang: Language | None) -> bool:
    """Does a phrase of another event stand right before the trigger at `start` ("Before attending the NATO
    summit in The Hague, Trump met Netanyahu": the meeting is not at the summit)?"""
    if lang is None or start == 0:
        return False
    return any(e == start for _, e, _ in lang.matchers["other_event_before"].finditer(tokens, max(0, start - 3), start))


SETTING_REACH = 4  # modifiers between "during" and the visit ("during his first official visit to China")


def _a_setting(tokens, start: int, lang: Language | None) -> bool:
    """Does a preposition or a word of `setting_openers` govern the word at `start`, past a few lower-case
    modifiers ("during his visit", "during a two-day visit to Russia", "dalam kunjungannya", "saat
    berkunjung ke Rusia", "di sela kunjungan")?"""
    if lang is None or not tokens:
        return True
    m = lang.matchers
    for k in range(start - 1, max(-1, start - 2 - SETTING_REACH), -1):
        word = tokens[k].lower
        if word in m["prepositions"] or word in m["span_prepositions"] or word in m["setting_openers"]:
            return True
        if not (tokens[k].text.islower() or tokens[k].text in ("-",) or tokens[k].text.isdigit()):
            return False
    return False


def _times_for(times: list[TimeMention], ctx: SentenceContext, trigger: int) -> list[TimeMention]:
    """Times a trigger may take: not those inside a relative clause it is not in ("..., which had
    been suspended since 2011")."""
    inside = trigger in ctx.relative
    starts = {t.start: i for i, t in enumerate(ctx.tokens)}
    if not inside:
        return [t for t in times if starts.get(t.start, -1) not in ctx.relative]
    first, last = trigger, trigger  # the relative clause the trigger stands in: its own times first
    while first - 1 in ctx.relative:
        first -= 1
    while last + 1 in ctx.relative:
        last += 1
    own = [t for t in times if first <= starts.get(t.start, -1) <= last]
    return own or times


SPEECH_REACH = 8  # words between a reporting verb and the date of the statement (a speaker's name among them)


def _without_speech_times(times: list[TimeMention], tokens, lang: Language, founds=()) -> list[TimeMention]:
    """Drop the times that date a statement, not an event: a time right after a reporting verb, with
    only "on", "reporters", "in a statement" or the speaker's name between ("state media reported on
    Sunday", "told reporters on Monday", "kata juru bicara Kementerian Pertahanan pada Senin")."""
    if not times:
        return times
    reporting = [(k, e) for matcher in ("source_before", "source_after", "relayed_by")
                 for k, e, _ in lang.matchers[matcher].finditer(tokens)
                 if matcher != "relayed_by" or e - k > 1 or tokens[k].lower not in lang.matchers["prepositions"]]
    # a bare "kepada" relays only after a reporting verb: "mengirim bantuan kepada Myanmar pada Senin" dates it
    if not reporting:
        return times
    starts = {t.start: i for i, t in enumerate(tokens)}
    fillers = lang.matchers["speech_fillers"]
    speaker = {k for f in founds for k in range(f.tstart, f.tend)}
    speaker |= {k for start, end, _ in lang.matchers["titles"].finditer(tokens) for k in range(start, end)}

    speaker_ends = {f.tend for f in founds}
    said_starts = {f.tstart for f in founds if f.via == "anaphor"} | {
        k for k, t in enumerate(tokens) if t.lower in lang.matchers["complementizers"]}  # "said that", "said he"
    told = {k: e for k, e, _ in lang.matchers["source_before"].finditer(tokens)}

    def speech(time: TimeMention) -> bool:  # only "on", "reporters", "in a statement" … between
        k = starts.get(time.start)
        if k is None or any(t.start == time.end and t.text in ("'", "’") for t in tokens[k:k + 4]):
            return False  # "said Monday's meeting": the possessive dates the meeting
        after = next((j for j in range(k, len(tokens)) if tokens[j].start >= time.end), len(tokens))
        before = k
        while before > 0 and tokens[before - 1].lower in fillers:
            before -= 1
        if before in speaker_ends and after in told and (said_starts & {told[after], told[after] + 1} or any(
                lang.matchers["report_openers"].match_at(tokens, j) for j in (told[after], told[after] + 1))):
            return True  # "Lavrov on Friday denied that he had met ...", "The Kremlin on Thursday denied a report
            # that ...": the day he spoke, before what he said
        return any(end <= k <= end + SPEECH_REACH and all(tokens[j].lower in fillers or j in speaker
                                                         or tokens[j].text[:1].isupper() for j in range(end, k))
                   for _, end in reporting)
    return [t for t in times if not speech(t)]


def _speech_places(tokens, lang: Language, founds) -> frozenset[int]:
    """Starts of the places where a statement was made, not the event: a place right after a
    locative filler that follows a reporting verb, with only fillers, the speaker's name or
    capitalised words between ("told reporters in Jakarta", "kata Retno Marsudi di Jakarta"), as
    `_without_speech_times` finds the statement's date."""
    fillers, locatives = lang.matchers["speech_fillers"], lang.matchers["locatives"]
    places = [f for f in founds if f.type in PLACE_TYPES and f.tstart > 0 and tokens[f.tstart - 1].lower in fillers
              and tokens[f.tstart - 1].lower in locatives]
    if not places:  # most sentences: no place after a filler, nothing to look for
        return frozenset()
    reporting = [e for matcher in ("source_before", "source_after") for _, e, _ in lang.matchers[matcher].finditer(tokens)]
    if not reporting:
        return frozenset()
    speaker = {k for f in founds for k in range(f.tstart, f.tend) if f.type not in PLACE_TYPES}
    speaker |= {k for start, end, _ in lang.matchers["titles"].finditer(tokens) for k in range(start, end)}
    return frozenset(
        f.tstart for f in places
        if any(end < f.tstart <= end + SPEECH_REACH and all(tokens[j].lower in fillers or j in speaker
                                                            for j in range(end, f.tstart - 1))
               for end in reporting))


def _without_list_commas(text: str, tokens, founds) -> str:
    """The sentence with the commas of a list of names blanked out (offsets kept): "a day after French
    President Emmanuel Macron, German Chancellor Friedrich Merz and ... travelled" still opens the
    clause of "travelled"."""
    ends, starts = {f.tend for f in founds}, {f.tstart for f in founds}
    commas = [tokens[k].start for k in range(1, len(tokens) - 1)
              if tokens[k].text == "," and k in ends and k + 1 in starts]
    if not commas:
        return text
    chars = list(text)
    for at in commas:
        chars[at] = " "
    return "".join(chars)


def _opens_clause(time: TimeMention, text: str, trigger_char: int, counting_words) -> bool:
    """Does a count ending in a preposition ("a day after", "sehari setelah") open the clause of the
    trigger at `trigger_char`, with no comma between ("on Friday, a day after he met Rubio")?"""
    words = time.text.lower().split()
    return (time.kind == "after_previous" and len(time.parts) == 1 and bool(words) and words[-1] in counting_words
            and time.end <= trigger_char and "," not in text[time.end:trigger_char])


def _opening_counts(times: list[TimeMention], trigger_chars: list[int], text: str, counting_words) -> dict[int, int]:
    """Counts that open the clause of the next trigger: time start → that trigger's offset."""
    opens = {}
    for time in times:
        following = next((c for c in trigger_chars if c >= time.end), None)
        if following is not None and _opens_clause(time, text, following, counting_words):
            opens[time.start] = following
    return opens


def _counted_back(time: TimeMention, times: list[TimeMention], text: str, trigger_char: int,
                  counting_words) -> TimeMention:
    """"Lavrov flew in on Friday, a day after he met Rubio": a count that opens the trigger's own
    clause dates the trigger's event from the day spoken of the other way (Friday less a day), not
    forward from it; the day is the sentence's own date before the count when it has one (kept as the
    count's second part)."""
    if not _opens_clause(time, text, trigger_char, counting_words):
        return time
    base = [t for t in times if t.kind != "after_previous" and t.end <= time.start]
    return replace(time, parts=(-time.parts[0], base[-1]) if base else (-time.parts[0],))


def _until(mention: TimeMention, anchor, status: str):
    """The interval from the event's day to the end its relative clause gives ("arrived on Friday
    for a state visit, which runs until Sunday"): the end is the first such day from the start on;
    only the start when either is less precise than a day."""
    first, last = mention.parts
    start = resolve(first, anchor, status)
    day = _last_day(start) if start is not None and "/" not in start.value else None
    end = resolve(last, day, "planned") if day is not None else None
    if end is None or len(end.value) != 10 or end.value <= start.value:
        return start
    return replace(start, value=f"{start.value}/{end.value}", text=mention.text)


def _year_of(time: TimeMention) -> int | None:
    """The year a mention writes out, if any ("August 2019", "in 2019", "Sept. 3, 2019")."""
    if time.kind in ("date", "range") or time.kind == "year":
        return time.parts[0]
    if time.kind == "month":
        return time.parts[1]
    return None


def _year_from_sentence(time: TimeMention, times: list[TimeMention], text: str, coordinators=frozenset()) -> TimeMention:
    """"In August 2019 he called off a state visit planned for early September": a month or date
    without a year takes the year of a month or date written out with one before it in the same
    stretch of the sentence (no comma or "and" between), not the article date's; a bare year ("the
    2015 nuclear deal") lends none."""
    if time.kind not in ("date", "range", "month") or _year_of(time) is not None:
        return time
    earlier = [t for t in times if t.end <= time.start and t.kind != "year" and _year_of(t) is not None
               and "," not in text[t.end:time.start]
               and not coordinators & set(re.findall(r"\w+", text[t.end:time.start].lower()))]
    if not earlier:
        return time
    year = _year_of(earlier[-1])
    parts = (time.parts[0], year, *time.parts[2:]) if time.kind == "month" else (year, *time.parts[1:])
    return replace(time, parts=parts)


def _from_earlier_date(time: TimeMention, times: list[TimeMention]) -> TimeMention:
    """"flew bombers near the peninsula on Friday, and the officers met in Seoul the same day": a count
    after a date of its own sentence counts from that date (kept as the count's second part), before
    any date of earlier sentences."""
    if time.kind != "after_previous" or len(time.parts) != 1:
        return time
    base = [t for t in times if t.kind != "after_previous" and t.end <= time.start]
    return replace(time, parts=(time.parts[0], base[-1])) if base else time


def _counted_back_from_ref(chosen: list[TimeMention], times: list[TimeMention], tokens, founds, sentence: int,
                           named_counts, lang: Language, noun_spans: list[tuple[int, int, str]]) -> dict[tuple[int, int], tuple]:
    """"The meeting with Xi came two days after New Delhi and Beijing agreed ...": a count counted back
    with no date of its own sentence before it counts back from the event the sentence opens by
    referring to (the meeting with Xi, "Pertemuan dengan Xi itu") → {(sentence, count start): ("event",
    type, noun, actors)}."""
    out = {}
    ref_spans = [(start, end, event_type) for start, end, event_type in noun_spans
                 if start == 0 or start == 1 and tokens[0].lower in lang.matchers["dem_before"]]  # the opening
    for time in chosen:
        if time.kind != "after_previous" or len(time.parts) != 1 or time.parts[0] >= 0 \
                or time.start in named_counts or any(t.kind != "after_previous" and t.end <= time.start for t in times):
            continue
        before = [(start, end, event_type) for start, end, event_type in ref_spans if tokens[end - 1].end <= time.start]
        if not before:
            continue
        start, end, event_type = before[0]
        actors = frozenset(f.as_actor for f in founds if tokens[start].start <= f.start and f.end <= time.start)
        noun = next((t.lower for t in tokens[start:end] if t.text[:1].isalpha() and t.lower not in ARTICLES), "")
        out[(sentence, time.start)] = ("event", event_type, noun, actors)
    return out


NIGHTS = frozenset({"night", "night_into"})  # a night spans two days, and holds no other date of its own


def _more_precise(chosen: list[TimeMention], allowed: list[TimeMention], anchor, status: str,
                  text: str = "", stops=frozenset()) -> list[TimeMention]:
    """"Will travel to Paris next month to attend the parade on July 14": of two times of the trigger,
    one inside the other (a month, a year, or a span of days such as "next week"), the more precise
    dates the event; a day inside a span only when no word of `stops` ("and", "before") stands
    between them ("will visit China next week and India on Friday")."""
    if len(chosen) != 1 or len(allowed) < 2 or chosen[0].kind == "after_previous":
        return chosen
    value = resolve(chosen[0], anchor, status)
    if value is None:
        return chosen
    first, _, last = value.value.partition("/")
    for other in allowed:
        if other is chosen[0] or other.kind == "after_previous":
            continue
        finer = resolve(other, anchor, status)
        if finer is None or finer.value == value.value:
            continue
        finer_first, _, finer_last = finer.value.partition("/")
        finer_last = finer_last or finer_first
        gap = text[min(other.end, chosen[0].end):max(other.start, chosen[0].start)].lower()
        if "/" not in finer.value and finer.value.startswith(value.value + "-") or (  # "next week ... on July 14"
                last and chosen[0].kind not in NIGHTS and len(finer_first) == len(first) == len(last)
                and first <= finer_first <= finer_last <= last and not stops & set(re.findall(r"\w+", gap))):
            return [other]  # a day, or days ("next week on Monday and Tuesday"), inside the span
    return chosen


def _nouns_of(candidate: Candidate, tokens, lang: Language, noun_spans: list[tuple[int, int, str]]) -> list[tuple[int, int]]:
    """The trigger's span, and the spans of nouns of its event later in its clause ("will fly to
    Beijing on Friday for a state visit to China"; a noun of another type of the same occasion only as
    the trigger's object, "attend the NATO summit"): where a relative clause describing the event may
    stand."""
    spans = [(candidate.tstart, candidate.tend)]
    kinds = SAME_OCCASION.get(candidate.rule.event, {candidate.rule.event})
    locatives = lang.matchers["locatives"]
    prepositions = lang.matchers["prepositions"]
    for start, end, event_type in noun_spans:
        between = tokens[candidate.tend:start]
        if event_type in kinds and start >= candidate.tend \
                and not any(t.text == "," or t.lower in lang.matchers["strong"] for t in between) \
                and not _after_locative(tokens, start, locatives) \
                and (event_type == candidate.rule.event or not any(t.lower in prepositions for t in between)
                     or _after_locative(tokens, start, lang.matchers["purpose_prepositions"])):
            spans.append((start, end))  # not "met Xi at the SCO summit", "bertemu Xi di sela KTT": a venue;
            # but "gathered in Vientiane for the ASEAN summit": the occasion they gathered for
    return spans


def _after_locative(tokens, start: int, locatives) -> bool:
    """Does the noun phrase ending in the noun at `start` open with one of `locatives` ("at the SCO
    summit", "at the 16th BRICS summit")?"""
    for k in range(start - 1, max(-1, start - RELATIVE_REACH), -1):
        if tokens[k].lower in locatives:
            return True
        if not (tokens[k].text[:1].isupper() or tokens[k].text[:1].isdigit()  # "the 16th BRICS summit"
                or tokens[k].lower in ARTICLES or tokens[k].text in ("-", "'", "’") or tokens[k].lower == "s"):
            return False
    return False


RELATIVE_REACH = 5  # tokens between a trigger and a relative pronoun describing it ("a visit to Hungary that")
RELATIVE_TIME_REACH = 12  # tokens between that pronoun and the time it gives


def _relative_clause_time(times: list[TimeMention], tokens, trigger_end: int, trigger_chars: list[int],
                          founds, lang: Language) -> TimeMention | None:
    """"a visit to Hungary that runs from 8 to 10 May", "the summit, which opens on Monday", "a
    state visit to Copenhagen planned for early September": a relative clause (or a participle)
    describing the trigger's noun gives its time, nearer or not, when its verb tells when the noun
    happens (`occurrence_verbs`, `occurrence_participles`: not "sanctions that were lifted in 2015").
    Not a clause about a person ("who", `person_pronouns`), nor one whose verb takes an object
    ("Odesa, which held a local vote on Sunday"), nor one holding another trigger. "…, which runs until
    Sunday" gives the end of the event's span (a mention of kind "until")."""
    starts = {t.start: i for i, t in enumerate(tokens)}
    m = lang.matchers
    strong, occurrence = m["strong"], m["occurrence_verbs"]
    bounds = {w.lower() for w in lang.time.get("range", []) if w[:1].isalpha()}
    for k in range(trigger_end, min(trigger_end + RELATIVE_REACH, len(tokens))):
        word = tokens[k].lower
        if word in strong or word in m["person_pronouns"] or tokens[k].text == "," and tokens[k + 1:k + 2] \
                and tokens[k + 1].lower not in m["relative_pronouns"]:
            return None
        participle = word in m["occurrence_participles"] and k > trigger_end
        if word not in m["relative_pronouns"] and not participle:
            continue
        for time in times:
            at = starts.get(time.start)
            if at is None or not k < at <= k + RELATIVE_TIME_REACH or time.kind == "after_previous":
                continue
            between = range(k + 1, at)
            verb = k if participle else next((j for j in between if tokens[j].lower in occurrence), None)
            if verb is None or any(tokens[k].start < c < time.start for c in trigger_chars) \
                    or any(tokens[j].lower in strong or tokens[j].text == "," for j in between) \
                    or any(tokens[j].lower in ARTICLES for j in range(verb + 1, at)):
                return None  # "which held a local vote on Sunday": the verb has an object, it is another event
            if tokens[at - 1].lower in bounds:  # "which runs until Friday": an end, not the event's date
                return replace(time, kind="until", parts=(time, tokens[at - 1].text))
            return time
        return None
    return None


def _lasting_days(lasting: list[tuple[int, int, int, bool]], char: int) -> int:
    """How many days the event of the trigger at `char` lasts: a "two-day" just before its noun ("a
    two-day summit"), or a "selama dua hari" shortly after its trigger; 0 when none says so."""
    for start, end, days, forward in lasting:
        if (forward and end <= char <= end + LASTING_REACH) or (not forward and char <= start <= char + 2 * LASTING_REACH):
            return days
    return 0


LASTING_REACH = 25  # characters between a "two-day" and its noun


def _after_coordinator(times: list[TimeMention], tokens, trigger: int, lang: Language) -> list[TimeMention]:
    """A trigger right after "and" starts its own conjunct ("stopped in Ankara in February and held
    talks in Istanbul in May"): the times before it belong to the conjunct before, when it has its own."""
    if trigger == 0 or tokens[trigger - 1].lower not in lang.matchers["coordinators"]:
        return times
    after = [t for t in times if t.start >= tokens[trigger].start]
    return after or times


def _apart_before_names(apart: list[tuple[int, int]], tokens: list, founds: list[Found], lang: Language,
                        candidates: list[Candidate]) -> list[tuple[int, int]]:
    """`apart` with the phrases that set another event apart only before a name (`dated_apart_before_names`:
    "after Russia struck Kyiv on Monday", "setelah Rusia menyerang"), where an event's trigger follows them,
    not an arrival's ("met Xi after Xi arrived in New Delhi on Thursday": the meeting's Thursday too)."""
    extra = []
    for k, e, _ in lang.matchers["dated_apart_before_names"].finditer(tokens):
        following = min((c for c in candidates if c.tstart > e), key=lambda c: c.tstart, default=None)
        if following is not None and following.rule.event not in SETTING_EVENTS \
                and subject_end(tokens, founds, e, lang.matchers) is not None:
            extra.append((tokens[k].start, tokens[e - 1].end))
    return sorted(apart + extra) if extra else apart


def _outside_other_events(times: list[TimeMention], apart: list[tuple[int, int]], char: int) -> list[TimeMention]:
    """Times a trigger at `char` may take: not those after a phrase that dates another event apart
    from it ("held talks in Ankara before flying to Tirana on Friday", "his first summit since joining
    in January"): Friday and January date the flight and the joining. A time right after the phrase
    is the event's own bound ("since July 30", "before the end of the year")."""
    return [t for t in times if not any(char < start and end + 1 < t.start for start, end in apart)]


def _inside_other_clause(times: list[TimeMention], apart: list[tuple[int, int]], char: int, text: str,
                         coordinators, trigger_chars: list[int], noun: bool = False) -> list[TimeMention]:
    """"Lavrov flew to Beijing on Monday before Putin met Xi there": a trigger in a clause of its own
    after such a phrase, when another trigger stands before the phrase (its main clause; not "On
    Sunday shortly before midnight Russian missiles struck Kyiv"), with words between them, no comma
    or "and", and not a participle ("before meeting Xi" and "sebelum menggelar pertemuan" share the
    main clause's day), takes no time told before the phrase; a count that ends in the phrase still
    dates it ("a day before Putin met Xi"). An event noun needs no words between ("sebagai balasan atas
    penjualan senjata AS ke Taiwan")."""
    word = re.match(r"\w+", text[char:])
    if word is None or word.group().lower().endswith("ing"):
        return times
    for start, end in apart:
        between = text[end:char]
        words = re.findall(r"\w+", between.lower())
        if end < char and (words or noun) and "," not in between and not coordinators & set(words) \
                and any(c < start for c in trigger_chars):
            times = [t for t in times if t.end > start]
    return times


def _same_clause_times(times: list[TimeMention], boundaries: list[int], char: int) -> list[TimeMention]:
    """The times in the trigger's own clause between strong boundaries ("; ", "but", "while"), when it
    has any: "Talks in May failed, while the truce signed on Nov. 26 held" keeps each time to its clause."""
    def clause(position: int) -> int:
        return sum(1 for b in boundaries if b < position)
    own = [t for t in times if clause(t.start) == clause(char)]
    return own or times


def _counted_from_events(times: list[TimeMention], tokens, lang: Language, sentence: int,
                         founds=()) -> dict[tuple[int, int], tuple]:
    """Day counts that name what they count from: an event ("on the eve of the summit", "two days
    after the talks", "sehari sebelum KTT") → ("event", type, noun), or a date close after them ("four
    days after the coup of July 26") → ("time", that mention); keyed by (sentence, time start)."""
    out: dict[tuple[int, int], tuple] = {}
    counts = [t for t in times if t.kind == "after_previous" and len(t.parts) == 1]
    if not counts:
        return out
    nouns = {start: (event_type, tokens[start].lower)
             for start, _, event_type in lang.matchers["event_nouns"].finditer(tokens)}
    skip = lang.matchers["dem_before"] | lang.matchers["other_event_words"] | ARTICLES
    for mention in counts:
        k = next((i for i, t in enumerate(tokens) if t.start >= mention.end), len(tokens))
        for gap in range(k, min(k + 6, len(tokens))):
            if gap in nouns:  # the event named, dated later in the sentence ("ahead of a summit ... on May 27")
                dated = next((t for t in times if t.kind != "after_previous" and t.start > tokens[gap].end), None)
                actors = frozenset(f.as_actor for f in founds if k <= f.tstart < gap)  # "the U.S. strikes"
                out[(sentence, mention.start)] = ("time", dated) if dated else ("event", *nouns[gap], actors)
                break
            word = tokens[gap]
            if word.lower not in skip and not word.text[:1].isupper() and word.text != "." \
                    and word.lower not in lang.matchers["event_modifiers"]:  # "the U.S. strikes", "the first strikes"
                break
        if (sentence, mention.start) not in out:
            horizon = tokens[min(k + 6, len(tokens) - 1)].end if tokens else mention.end
            dated = next((t for t in times if t.kind != "after_previous" and mention.end <= t.start <= horizon), None)
            if dated is not None:
                out[(sentence, mention.start)] = ("time", dated)
    return out


SAME_OCCASION = {"Meeting": {"Meeting", "Gathering"}, "Gathering": {"Meeting", "Gathering"}}


def _referent_day(events: list[Event], sentence: int, named: tuple, skip=frozenset()) -> _dt.date | None:
    """The first day of the event "on the eve of the summit" names, told in another sentence: one of
    the actors the phrase names ("the U.S. strikes") first, then earlier sentences, one told with the
    same word, the nearest; None when the article dates no such event."""
    event_type, noun, actors = named
    kinds = SAME_OCCASION.get(event_type, {event_type})
    dated = [e for e in events if e.evidence.sentence != sentence and e.type in kinds and e.id not in skip
             and e.time is not None and len(e.time.value.split("/")[0]) == 10]
    if not dated:
        return None
    referent = min(dated, key=lambda e: (not actors <= {key for _, key in e.roles}, e.evidence.sentence > sentence,
                                         noun not in _words_of(e.evidence.text), abs(e.evidence.sentence - sentence)))
    return _dt.date.fromisoformat(referent.time.value.split("/")[0])


def _count_from_named_events(events: list[Event], counted: dict, refs: list, anchor) -> list[Event]:
    """Resolve the day counts whose named event no earlier sentence dated, once the whole article is
    read: from an event told later ("two days before the summit, which opens on Monday"), else from a
    later mention of it that gives its date ("… two days before the summit. The summit opened in
    Riyadh on Monday")."""
    out = []
    for event in events:
        if event.id in counted:
            sentence, mention, named = counted[event.id]
            day = _referent_day(events, sentence, named, frozenset(counted))
            if day is None:
                kinds = SAME_OCCASION.get(named[0], {named[0]})
                for ref in sorted((r for r in refs if r.type in kinds and r.times and r.sentence != sentence),
                                  key=lambda r: abs(r.sentence - sentence)):
                    value = resolve(ref.times[0], anchor, event.status)
                    if value is not None and len(value.value.split("/")[0]) == 10:
                        day = _dt.date.fromisoformat(value.value.split("/")[0])
                        break
            if day is not None:
                event = replace(event, time=resolve_after(mention, day))
        out.append(event)
    return out


DAYS_KEPT = 4  # the dates of a sentence kept as anchors for "hours later": its last few


def _past_pledge(tokens, scope: int, trigger: int, lang: Language) -> int | None:
    """The offset of a past commitment that makes the trigger planned ("pledged", "promised": words
    of `past_commitments` in the trigger's clause up to its end, the trigger itself included): a time
    told before it dates the commitment, which is past."""
    words = lang.matchers["past_commitments"]
    return next((tokens[k].start for k in range(scope, trigger) if tokens[k].lower in words), None)


def _infinitive_between(tokens, start: int, end: int, lang: Language) -> bool:
    """Is there an infinitive between two offsets ("pledged to deliver"), not a preposition ("aid to
    Gaza", "to the Gaza Strip")?"""
    m = lang.matchers
    return any(tokens[k].lower in m["infinitive_markers"] and start <= tokens[k].start < end
               and tokens[k + 1].text.islower() and tokens[k + 1].lower not in m["determiners"]
               for k in range(len(tokens) - 1))


SIDELINE_REACH = 3  # words between "sidelines" and the gathering it names ("on the sidelines of the summit")


# statuses of what a commitment leads to ("agreed on Saturday to work together": planned); an event
# told after a commitment's time as already done is another clause's ("..., as Wang wrapped up a visit")
_COMMITTED_STATUSES = frozenset({"planned", "hoped", "possible"})


def _time_token_spans(tokens, times, lang: Language) -> list[tuple[TimeMention, int, int]]:
    """Each time phrase with its token span, taking in the preposition opening it ("in March") and the
    brackets around a date after a weekday ("on Saturday (Jan. 25)")."""
    prepositions = lang.matchers["prepositions"]
    spans = []
    for time in times:
        inside = [k for k, token in enumerate(tokens) if time.start <= token.start < time.end]
        if not inside:
            continue
        first, last = inside[0], inside[-1] + 1
        if first > 0 and (tokens[first - 1].text == "(" or tokens[first - 1].lower in prepositions):
            first -= 1
        if last < len(tokens) and tokens[last].text == ")":
            last += 1
        spans.append((time, first, last))
    return spans


def _commitment_dates(tokens, spans: list[tuple[TimeMention, int, int]], time_tokens: frozenset[int],
                      lang: Language) -> list[TimeMention]:
    """Times that stand inside a commitment and date it, not what is committed to ("agreed on Saturday
    to work together": the agreeing was on Saturday, the work together is undated)."""
    split = split_commitments(tokens, time_tokens, lang.matchers)
    return [time for time, first, last in spans if any(s < first and last <= e for s, e, _ in split)]


def _status_at(tokens, char: int, lang: Language, relative: frozenset[int]) -> str:
    """The tense of the clause a time stands in ("The truce is due to take effect on Sunday": planned)."""
    k = next((i for i, t in enumerate(tokens) if t.start >= char), len(tokens) - 1)
    return status_of(tokens, k, k + 1, lang, relative)


def _day_counted_from(days: list[tuple[_dt.date, str, bool]], article_date: _dt.date | None,
                      status: str) -> _dt.date | None:
    """The day "hours later" counts from: the latest day spoken of, or for what already happened the
    latest day of something that already happened, not after the article date — a truce due on Sunday
    is no anchor for strikes that killed; a day told in a relative clause that lies before a day of the
    main story ("Guterres, who visited the crossing on Friday, …" after Saturday's convoy) is background
    and yields to it, a later one ("In Abu Dhabi, where Modi landed on Tuesday, …") does not; failing
    those, the latest day not after the article date."""
    if status not in PAST_STATUSES or article_date is None:
        return days[-1][0] if days else None
    happened = [(day, aside) for day, tense, aside in days if day <= article_date and tense in PAST_STATUSES]
    if happened:
        day, aside = happened[-1]
        main = [d for d, a in happened if not a]
        return main[-1] if aside and main and main[-1] > day else day
    return next((day for day, _, _ in reversed(days) if day <= article_date), None)


def _in_relative(time: TimeMention, tokens, relative: frozenset[int]) -> bool:
    """Does the time stand in a relative clause (", who visited the crossing on Friday,")?"""
    k = next((i for i, t in enumerate(tokens) if t.start >= time.start), None)
    return k is not None and k in relative


def _last_month(time) -> _dt.date | None:
    """The first day of the month a time ends in, when it is at least that precise."""
    if time is None:
        return None
    value = time.value.split("/")[-1]
    return _dt.date(int(value[:4]), int(value[5:7]), 1) if len(value) >= 7 else None


def _later_this_period(time_mention, tokens, tstart: int, lang: Language) -> bool:
    """Is the time the rest of the current week, month or year ("later in the week", "later this month"), with
    no past verb from the trigger's clause to it ("NATO foreign ministers meet in Brussels later in the week": to
    come; "talks with NATO allies took place later in the week", "met later that week" are told of the past)?"""
    if time_mention is None or time_mention.kind != "relative" or time_mention.parts[-1] != 0:
        return False
    if time_mention.text.split()[0].lower() not in lang.time.get("later", []):
        return False
    scope = clause_start(tokens, tstart, lang)
    return not any(past_form(t, lang.matchers) for t in tokens[scope:] if t.start < time_mention.start)


def _in_trigger_phrase(tokens, candidate: Candidate, time_mention, lang: Language) -> bool:
    """Does the time stand in the trigger's own phrase, with no comma or coordinator between
    ("Modi's visit to Paris next month", not "talks ... were cordial and are due to resume next month")?
    A comma that opens the time and an "and" between names do not count."""
    if time_mention is None:
        return False
    start, end = sorted((tokens[candidate.tend - 1].end, time_mention.start))
    between = [k for k, t in enumerate(tokens) if start <= t.start < end]
    return not any(tokens[k].text == "," and not (k + 1 < len(tokens) and tokens[k + 1].start == time_mention.start)
                   or tokens[k].lower in lang.matchers["coordinators"] and not _joins_names(tokens, k, lang)
                   for k in between)  # a comma opening the date ("tiba di Hanoi, Senin (14/4/2025)") or an "and"
    # of a list of names ("ke Vietnam dan Malaysia pekan depan") keeps the time in the phrase


def _joins_names(tokens, k: int, lang: Language | None = None) -> bool:
    """Does the coordinator at k stand between two capitalised words of a list of names, the second
    ending with no verb of its own ("ke Vietnam dan Malaysia pekan depan"; not "visited Beijing and Xi
    will visit Moscow")?"""
    if not (0 < k < len(tokens) - 1 and tokens[k - 1].text[:1].isupper() and tokens[k + 1].text[:1].isupper()):
        return False
    r = k + 1
    while r < len(tokens) and tokens[r].text[:1].isupper():
        r += 1
    if r >= len(tokens) or not tokens[r].text.isalpha() or lang is None:
        return True
    m = lang.matchers
    return not (m["cue_before"].match_at(tokens, r) or tokens[r].lower in m["past_forms"]
                or tokens[r].lower.endswith("ed"))


GOAL_DATED = ("Agreement", "Cooperation")  # "agreed to raise ties by 2027": the date is the goal's, not the deal's


def _first_day(time) -> _dt.date | None:
    """The first day a time covers: a day, the first of its month or year, the start of an interval."""
    if time is None:
        return None
    value = time.value.split("/")[0]
    try:
        return _dt.date.fromisoformat(value if len(value) == 10 else value + "-01" if len(value) == 7 else value + "-01-01")
    except ValueError:  # a season, a quarter or a week: no first day read here
        return None


def _last_day(time) -> _dt.date | None:
    """The day a time ends on, for "the next day" after it: a day, or the last day of an interval of days."""
    if time is None:
        return None
    value = time.value.split("/")[-1]
    return _dt.date.fromisoformat(value) if len(value) == 10 else None


def _own_times(times: list[TimeMention], trigger_chars: list[int], char: int,
               opens: dict[int, int] | None = None) -> list[TimeMention]:
    """The times that belong to the trigger at `char` when a sentence has several: a time belongs to
    the last trigger before it ("met X on Tuesday and held talks with Y the following day"), times
    before the first trigger to the first, and a count that opens a trigger's clause ("a day after he
    met Rubio", in `opens`) to that trigger."""
    def owner(time: TimeMention) -> int:
        if opens and time.start in opens:
            return opens[time.start]
        before = [c for c in trigger_chars if c <= time.start]
        return before[-1] if before else trigger_chars[0]
    return [t for t in times if owner(t) == char] if len(trigger_chars) > 1 else times


def _times_of_trigger(times: list[TimeMention], trigger_chars: list[int], char: int,
                      opens: dict[int, int] | None = None) -> list[TimeMention]:
    """The time(s) of the trigger at `char`: the nearest of its own, else those the trigger before it
    took ("arrived in Kyiv on Thursday ..., and held talks with Zelenskyy" shares Thursday)."""
    own = _own_times(times, trigger_chars, char, opens)
    if own:
        return _nearest_times(own, char)
    earlier = [c for c in trigger_chars if c < char]
    if earlier:
        previous = _own_times(times, trigger_chars, earlier[-1], opens)
        if previous:
            return _nearest_times(previous, earlier[-1])
    return _nearest_times(times, char)


def _nearest_times(times: list[TimeMention], char: int) -> list[TimeMention]:
    if not times:
        return []
    best = min(times, key=lambda t: min(abs(t.start - char), abs(t.end - char)))
    if best.group >= 0:
        return [t for t in times if t.group == best.group]
    return [best]


def _event_id(doc: str, *parts) -> str:
    digest = hashlib.sha1("|".join([doc, *map(str, parts)]).encode("utf-8")).hexdigest()
    return digest[:16]


PROGRESSIVE_PLANS = {"occurred": "planned", "denied": "cancelled"}  # a progressive told of a day: to come
PROGRESSIVE_DAY_REACH = 12  # words between a progressive trigger and the weekday of its clause


def _progressive_with_a_day(tokens, candidate: Candidate, lang: Language, day_words: frozenset[str]) -> bool:
    """Is the trigger a present progressive ("is visiting", "are not attending": `progressive_auxiliaries` and
    `gerund_endings`) dated by a weekday or the weekend in its own clause ("Putin is visiting China on Monday",
    "Xi is attending the summit this weekend")? Told so, it is an arrangement still to come; with no day ("is
    visiting China") it is under way."""
    m = lang.matchers
    k = candidate.tstart
    if not m["progressive_auxiliaries"] or not m["gerund_endings"] or not tokens[k].lower.endswith(m["gerund_endings"]):
        return False
    before = k - 1 - (k > 1 and tokens[k - 1].lower in m["negation_words"])
    if before < 0 or tokens[before].lower not in m["progressive_auxiliaries"]:
        return False
    for t in tokens[candidate.tend:candidate.tend + PROGRESSIVE_DAY_REACH]:
        if t.text in (",", ";", ".") or t.lower in m["coordinators"]:
            return False
        if t.lower in day_words:
            return True
    return False


ATTENDANCE_EVENTS = frozenset({"Meeting", "Visit", "Gathering"})  # an absence to come cancels these


def extract(article: Article, resources: Resources) -> DocGraph:
    """Extract the document graph of one article (pure: same input, same output)."""
    lang = resources.language(article.lang)
    gazetteer = resources.gazetteer
    finder = resources.time_finder(article.lang)
    history = History(home=_home_state(article.text, gazetteer))
    sentences = split_sentences(article.text, lang.lexicon.get("segment", {}).get("boilerplate_prefixes", []))
    all_founds: list[tuple[int, Found]] = []
    facts: list[Fact] = []
    events: list[Event] = []
    refs: list[_EventRef] = []
    sentence_sources: list[tuple[tuple[Source, ...], bool]] = []
    denials: dict[int, tuple[tuple[Source, ...], int, int]] = {}  # sentence -> (who denies, the charge's span)
    actor_uses: set[tuple[int, int, str]] = set()
    positions: dict[str, str] = {}
    pending: list[_Pending] = []
    tokens_of: dict[int, list] = {}  # each sentence's tokens, for the second pass
    dated_in: dict[int, tuple[list[TimeMention], list, frozenset[int]]] = {}  # each sentence's dates, tokens, relative
    sentence_days: dict[int, list[tuple[TimeMention, str, bool]]] = {}  # each sentence's dates, their tense and
    # whether they stand in a relative clause, for "hours later"
    counted_from: dict[tuple[int, int], tuple] = {}  # "on the eve of the summit": what a day count counts from
    counted: dict[str, tuple[int, TimeMention, str]] = {}  # event id → (sentence, mention, event type)
    tense_of: dict[tuple[int, int], str] = {}  # (sentence, time start) → the tense of the clause the time dates
    strong_boundaries = frozenset(lang.lexicon.get("grammar", {}).get("strong_boundaries", []))
    # the prepositions of day counts ("a day after …", "sehari sebelum …"), not the adverbs ("two days later")
    opening_words = {phrase.split()[-1] for phrase in lang.lexicon.get("grammar", {}).get("other_event_before", [])}
    counting_words = frozenset(w.lower() for key in ("later", "before") for w in lang.time.get(key, [])
                               if w.lower() in opening_words)
    dem_words = lang.matchers["dem_before"] | lang.matchers["dem_after"]
    calendar_words = frozenset(w.lower() for key in ("weekdays", "months") for w in lang.time.get(key, {}))
    day_words = frozenset(w.lower() for w in lang.time.get("weekdays", {})) | frozenset(  # "on Monday",
        w.lower() for w in lang.time.get("weekend", []) if " " not in w)  # "this weekend": a day of its own
    speech_verbs = lang.matchers["source_before"]  # a verb of saying that is also a trigger takes no object
    grammar = lang.lexicon.get("grammar", {})  # words that set two times apart ("next week and ... on Friday")
    apart_words = lang.matchers["coordinators"] | ({p.split()[0] for p in grammar.get("dated_apart", [])}
                                                   - lang.matchers["prepositions"] - ARTICLES)

    def days_of(index: int) -> list[tuple[TimeMention, str, bool]]:
        """The dates of sentence `index` with their tense and whether they stand in a relative clause,
        read when first asked for: the sentences after an article's last event are never asked."""
        if index not in sentence_days:
            dated, tokens, relative = dated_in.get(index, ((), (), frozenset()))
            sentence_days[index] = [(t, _status_at(tokens, t.start, lang, relative), _in_relative(t, tokens, relative))
                                    for t in dated]
        return sentence_days[index]

    for sentence in sentences:
        tokens = tokenize(sentence.text)
        tokens_of[sentence.index] = tokens
        mentions, history = find_mentions(sentence.text, tokens, lang, gazetteer, history)
        facts.extend(replace(f, sentence=sentence.index) for f in mentions.facts)
        for key, position in mentions.positions.items():
            positions.setdefault(key, position)
        all_founds.extend((sentence.index, f) for f in mentions.founds)
        relative = relative_clause_tokens(tokens, lang)
        attribution = attribute(tokens, mentions.founds, lang, relative)
        sentence_sources.append((attribution.sources, attribution.reportedly))
        if attribution.denied_by:  # ", a charge Tehran rejects": what is told before it is also denied
            denials[sentence.index] = (attribution.denied_by, attribution.charge_start, attribution.denial_start)
        noun_spans = list(lang.matchers["event_nouns"].finditer(tokens))  # event nouns, found once per sentence
        times = _without_modifier_years(
            _outside_names(_without_speech_times(finder.find(sentence.text), tokens, lang, mentions.founds),
                           mentions.founds, sentence.text, calendar_words), tokens, lang)
        # trigger spans read only the tokens and mentions (not what is excluded, nor the items)
        spans = tuple(trigger_spans(SentenceContext(tokens, mentions.founds, lang, frozenset(), relative, ())))
        dated = [t for t in times if t.kind != "after_previous"][-DAYS_KEPT:]  # only the last ones can anchor
        if dated:
            dated_in[sentence.index] = (dated, tokens, relative)
        named_here = _counted_from_events(times, tokens, lang, sentence.index, mentions.founds)
        counted_from.update(named_here)
        if not spans and not noun_spans:
            continue  # no trigger and no event noun: no event, and no reference to one (most sentences)
        other_nouns, other_actors = _other_event_nouns(tokens, lang, noun_spans)
        excluded = attribution.excluded | other_actors | _speech_places(tokens, lang, mentions.founds)
        items = find_items(tokens, lang, sentence.text)
        noun_starts_here = {start for start, _, _ in noun_spans}
        ctx = SentenceContext(tokens, mentions.founds, lang, excluded, relative, items,
                              frozenset(end for start, end, _ in spans  # "Kremlin mengumumkan Putin akan ...":
                                        if not speech_verbs.match_at(tokens, start)  # Putin is no object; nor
                                        and not _opening_noun(tokens, start, noun_starts_here, lang)),  # is a name
                              # after the noun of an opening phrase with no comma ("During the visit Putin met Erdogan")
                              spans, _dated_tokens(tokens, times),
                              stated_regions=frozenset(f.key for f in mentions.founds if f.type == "region"
                                                       and getattr(gazetteer.get(f.key), "country", None)))
        ref_spans = _event_refs(ctx, lang, noun_spans)
        if any(event_type == "Visit" for _, _, event_type in ref_spans):
            ctx = replace(ctx, visited=_visited_state(pending, sentence.index),
                          sides=tuple((f.as_actor, state_of(f.as_actor, facts, gazetteer))
                                      for f in mentions.founds))
        blocked = frozenset(k for s, e, _ in ref_spans for k in range(s, e)) | other_nouns \
            | _bare_nouns_told_before(tokens, lang, noun_spans, {p.candidate.rule.event for p in pending})
        lasting = finder.lasting(sentence.text) if times else []
        boundaries = [t.start for t in tokens if t.lower in strong_boundaries] if len(times) > 1 else []
        apart_spans = list(lang.matchers["dated_apart"].finditer(tokens))
        apart = [(tokens[k].start, tokens[e - 1].end) for k, e, _ in apart_spans] if times else []
        other_starts = [tokens[k].start for k, _, _ in lang.matchers["other_event_before"].finditer(tokens)] \
            if len(times) > 1 else []
        for start, end, event_type in ref_spans:
            status = status_of(tokens[start:], 0, end - start, lang,  # only what follows the noun
                               frozenset(k - start for k in relative if k >= start),
                               event_words=frozenset(s - start for s, _, _ in noun_spans if s > start))
            if status == "occurred" and event_type == "Launch" and broke_down(tokens, end, end, len(tokens), lang):
                status = "failed"  # "The rocket exploded shortly after liftoff"
            place_rule = next((r.place for r in lang.rules if r.event == event_type and r.place), ())
            place = find_fillers(place_rule, ctx, start, end, PLACE_TYPES)
            noun = next((t.lower for t in tokens[start:end] if t.lower not in dem_words), "")
            refs.append(_EventRef(sentence.index, event_type, noun, place[0] if place else None,
                                  tuple(_nearest_times(times, tokens[start].start)), attribution.sources, status))
        undone = {event_type: (start, ref.status) for (start, _, event_type), ref
                  in zip(ref_spans, refs[-len(ref_spans):]) if ref.status in UNDOING_STATUSES} if ref_spans else {}
        # an event of the type referred to is that event told again, unless a "since …"/"before …" phrase
        # or a relative clause sets it apart ("The trip was his first since 2023, when he went to Pyongyang");
        # a reference inside such a phrase speaks of another event ("will visit Brasília before ending the trip")
        apart_from = min((tokens[k].start for k, _, _ in apart_spans), default=None)
        # a trigger before the reference is the event it points back to ("met Wang Yi, but the talks ...")
        referenced = {}
        told_before = {p.candidate.rule.event for p in pending} if ref_spans else set()
        purpose_end = _opening_purpose_end(tokens, lang) if ref_spans else None
        sidelines = lang.matchers["sideline_words"]
        for start, _, event_type in ref_spans:  # an event no earlier sentence told is this one's own
            if any(t.lower in sidelines for t in tokens[max(0, start - SIDELINE_REACH):start]):
                continue  # "On the sidelines of the summit, Anwar met Paetongtarn": the summit is the setting
            if (apart_from is None or tokens[start].start < apart_from) \
                    and told_before & SAME_OCCASION.get(event_type, {event_type}):  # ("The agreement was signed by ...")
                referenced[event_type] = min(start, referenced.get(event_type, start))
        # so does "after" with a subject of its own ("The launch came two days after North Korea test-fired a
        # missile": a launch of its own), but for an arrival, which sets the scene of the event referred to
        after_clause = min((e for _, e, _ in lang.matchers["dated_apart_before_names"].finditer(tokens)
                            if subject_end(tokens, mentions.founds, e, lang.matchers) is not None),
                           default=None) if referenced else None
        candidates = [c for c in find_candidates(ctx, blocked) if c.rule.event not in referenced
                      or c.tstart < referenced[c.rule.event]
                      or c.tstart in relative or (apart_from is not None and tokens[c.tstart].start > apart_from)
                      or purpose_end is not None and referenced[c.rule.event] < purpose_end < c.tstart
                      or after_clause is not None and referenced[c.rule.event] < after_clause < c.tstart
                      and c.rule.event not in SETTING_EVENTS]
        candidates = _absorb_object_nouns(candidates, tokens, mentions.founds, lang, noun_spans)
        named_counts = {start for _, start in named_here}
        all_chars = sorted({tokens[c.tstart].start for c in candidates})
        count_text = _without_list_commas(sentence.text, tokens, mentions.founds) if times else sentence.text
        all_opens = _opening_counts([t for t in times if t.start not in named_counts], all_chars, count_text,
                                    counting_words)
        own_times = partial(_own_time_keys, times, all_chars, tokens, all_opens) if len(times) > 1 \
            else (lambda candidate: frozenset())
        sentence_candidates = _visit_places_for_meetings(
            _merge_candidates(candidates, _pronoun_relatives(tokens, relative, lang, noun_spans) | _opening_phrase(tokens, lang),
                              own_times, partial(_told_apart, ctx)),
            relative,
            tokens, lang, ctx.dated)
        sentence_candidates = _opening_place_for(sentence_candidates, tokens, mentions.founds, lang, relative)
        sentence_candidates = _without_agreements_only_to_meet_or_cooperate(sentence_candidates, tokens, lang, spans,
                                                                            ctx.dated)
        trigger_chars = sorted({tokens[c.tstart].start for c in sentence_candidates})
        if times:  # "after Russia struck Kyiv on Monday": Monday is the strike's (not "after Cyclone Mocha
            apart = _apart_before_names(apart, tokens, mentions.founds, lang, sentence_candidates)  # battered ...")
        trigger_starts = frozenset(c.tstart for c in sentence_candidates)
        noun_starts = frozenset(start for start, _, _ in noun_spans)
        opens = _opening_counts([t for t in times if t.start not in named_counts], trigger_chars, count_text,
                                counting_words)
        time_spans = _time_token_spans(tokens, times, lang) if times else []
        time_tokens = frozenset(k for _, first, last in time_spans for k in range(first, last))
        committed = _commitment_dates(tokens, time_spans, time_tokens, lang)
        for candidate in sentence_candidates:
            status = candidate.rule.status or status_of(tokens, candidate.tstart, candidate.tend, lang, relative,
                                                        trigger_starts, noun_starts, time_tokens)
            if candidate.rule.status in NEGATABLE_STATUSES and any(
                    t.lower in lang.matchers["negation_words"] for t in tokens[max(0, candidate.tstart - 2):candidate.tstart]):
                status = "denied"  # a fixed status told with a negation: "is not negotiating a deal with Hamas"
            if status == "occurred" and candidate.rule.event == "Launch" and broke_down(
                    tokens, max((k + 1 for k in trigger_starts if k < candidate.tstart), default=0), candidate.tend,
                    min((k for k in trigger_starts if k > candidate.tstart), default=len(tokens)), lang):
                status = "failed"  # "launched a satellite on Tuesday, but it exploded in flight", "the rocket
                # exploded shortly after launch"
            if candidate.rule.negates:  # "skipped the summit": cancelled; "did not skip it": it took place
                status = NEGATED.get(status, status)
            if candidate.rule.adjunct and status in ("cancelled", "denied", "failed"):
                status = "occurred"  # "Russia vetoed the renewal at a Security Council meeting": the meeting was held
            if status in PROGRESSIVE_PLANS and _progressive_with_a_day(tokens, candidate, lang, day_words):
                status = PROGRESSIVE_PLANS[status]  # "Putin is visiting China on Monday": an arrangement to come
            if _undone_here(candidate, sentence_candidates, undone) and status in PLANS:
                status = undone[candidate.rule.event][1]  # "was due to travel to ..., but the trip was called off"
            if candidate.asked and status in ("occurred", "planned"):
                status = candidate.asked  # what one asks another to do, one hopes for ("asked Germany to send");
                # what one orders or tells another to do is planned ("told Israel to strike Iran")
            allowed = _same_clause_times(_times_for(times, ctx, candidate.tstart), boundaries,
                                         tokens[candidate.tstart].start)
            allowed = _outside_other_events(allowed, apart, tokens[candidate.tstart].start)
            allowed = _inside_other_clause(allowed, apart, tokens[candidate.tstart].start, sentence.text,
                                           lang.matchers["coordinators"], trigger_chars, candidate.tstart in noun_starts)
            allowed = _after_coordinator(allowed, tokens, candidate.tstart, lang)
            said_at = _said_clause_start(ctx, candidate.tstart)
            if said_at is not None:  # "struck Gaza on Monday, saying it would strike again": Monday is the strike's
                allowed = [t for t in allowed if t.start > said_at]
            order = _order_of(tokens, candidate.tstart, lang, time_tokens) if status in ("planned", "cancelled") else None
            if order is not None:  # "sent aid to Gaza on Monday, and Biden ordered the Pentagon to send more": Monday
                order_clause = tokens[clause_start(tokens, order, lang)].start  # is the first sending's, not the
                allowed = [t for t in allowed if t.start >= order_clause]  # order's
            if status == "possible" and _indefinite_before(tokens, candidate.tstart, lang):
                allowed = []  # "condemned any Israeli attack on civilians on Monday": no attack has a day
            if committed and status in _COMMITTED_STATUSES:  # what was agreed on Saturday is not dated Saturday
                allowed = [t for t in allowed if t not in committed or t.start > tokens[candidate.tstart].start]
            new_dates = _new_dates(allowed, tokens, lang, candidate.tstart, candidate.tend) if status == "cancelled" else []
            if new_dates:  # "was postponed until next month": next month is the rescheduled event's
                allowed = [t for t in allowed if t not in new_dates]
            chosen = _times_of_trigger(allowed, trigger_chars, tokens[candidate.tstart].start, opens)
            char = tokens[candidate.tstart].start
            same_clause = [t for t in allowed if t.start > char and "," not in sentence.text[char:t.start]
                           and not any(char < o < t.start for o in other_starts)]  # "to attend … on July 14"
            own = _own_times(allowed, trigger_chars, char, opens)
            earlier = [c for c in trigger_chars if c < char]
            if not own and earlier:  # it shares the previous trigger's times: refine among those
                own = _own_times(allowed, trigger_chars, earlier[-1], opens)
            chosen = _more_precise(chosen, own + same_clause, article.date, status, sentence.text, apart_words)
            nouns = _nouns_of(candidate, tokens, lang, noun_spans)
            described = next(filter(None, (_relative_clause_time(times, tokens, end, trigger_chars, mentions.founds, lang)
                                           for _, end in nouns)), None)
            if described is not None and described.kind == "until":  # from the event's day to that end
                chosen = [replace(chosen[0], kind="until", parts=(chosen[0], described.parts[0]),
                                  text=f"{chosen[0].text} {described.parts[1]} {described.text}")] \
                    if len(chosen) == 1 and chosen[0].kind != "after_previous" else chosen
            elif described is not None:
                chosen = [described]
            days = _lasting_days(lasting, tokens[candidate.tstart].start)
            chosen = [t if t.start in named_counts else _counted_back(t, times, count_text,
                                                                      tokens[candidate.tstart].start, counting_words)
                      for t in chosen]
            chosen = [t if t.start in named_counts else _from_earlier_date(t, times) for t in chosen]
            chosen = [_year_from_sentence(t, allowed, sentence.text, lang.matchers["coordinators"]) for t in chosen]
            counted_from.update(_counted_back_from_ref(chosen, times, tokens, mentions.founds, sentence.index,
                                                       named_counts, lang, noun_spans))
            if status == "planned" and not candidate.rule.status and purpose_of_a_deal(
                    tokens, clause_start(tokens, candidate.tstart, lang), candidate.tstart, lang.matchers):
                deal_verb = next((k for k in range(candidate.tstart - 1, -1, -1)
                                  if tokens[k].lower in lang.matchers["purpose_verbs"]), None)
                for t in chosen:  # "signed a contract on Wednesday to buy 48 jets", "signed a deal to buy drones
                    if t.end <= tokens[candidate.tstart].start:  # on Monday": Monday is the signing's
                        tense_of[(sentence.index, t.start)] = _status_at(tokens, t.start, lang, relative)
                    elif deal_verb is not None:
                        tense_of[(sentence.index, t.start)] = _status_at(tokens, tokens[deal_verb].start, lang, relative)
            elif status == "cancelled" and (verb := ceased(tokens, candidate.tstart, lang.matchers)
                                            or ceased_after(tokens, candidate.tend, lang.matchers)) is not None:
                for t in chosen:  # "The EU lifted sanctions on Syria on Monday": the day in the lifting's tense
                    tense_of[(sentence.index, t.start)] = _status_at(tokens, tokens[verb].start, lang, relative)
            elif status == "cancelled" and (candidate.rule.negates or candidate.rule.status == "cancelled"):
                for t in chosen:  # "Seoul suspended the agreement on Nov. 22", "suspended military aid to Ukraine
                    # on Monday": the day in the suspending's tense, read at the trigger's last word, past a modal
                    # inside it ("U.S. soldiers will pull out of Chad by September")
                    tense_of[(sentence.index, t.start)] = _status_at(tokens, tokens[candidate.tend - 1].start, lang,
                                                                     relative)
            elif status == "planned":
                pledge = _past_pledge(tokens, clause_start(tokens, candidate.tstart, lang), candidate.tend, lang)
                for t in chosen:  # "In June, Britain pledged $3 billion", "pledged $500 million on Thursday": the
                    # pledge's day, in the past; not after an infinitive ("pledged to deliver it on Thursday")
                    if pledge is not None and (t.end <= pledge or not _infinitive_between(tokens, pledge, t.start, lang)):
                        tense_of[(sentence.index, t.start)] = "occurred"
            for t in chosen if order is not None else ():  # "ordered its standby force to deploy to Benin on
                if t.kind == "weekday":  # Sunday", "ordered the government to stop selling F-35 parts on Monday": a
                    # weekday is the order's news; "approved a plan to visit Moscow in May" is to come
                    tense_of[(sentence.index, t.start)] = _status_at(tokens, tokens[order].start, lang, relative)
            place_days = {} if not candidate.more_places else {
                k: _year_from_sentence(t, allowed, sentence.text, lang.matchers["coordinators"])
                for k, t in _days_of_places((candidate.place, *candidate.more_places), allowed, sentence.text,
                                            lang.matchers["prepositions"]).items()}
            narrated = attribution.narrated
            sources = () if narrated is not None and narrated[0] <= candidate.tstart < narrated[1] else attribution.sources
            if candidate.rule.told_by_subject and not sources:  # "Israel blamed Hamas for the attack": told by Israel
                sources = tuple(dict.fromkeys(Source(source_key(f), "said") for f in find_fillers(
                    (SUBJECT,), ctx, candidate.tstart, candidate.tend, ACTOR_TYPES)))
            pending.append(_Pending(sentence.index, candidate, status, chosen, sources, days,
                                    candidate.tstart in relative, place_days))
            if new_dates:
                new_date = _year_from_sentence(new_dates[0], times, sentence.text, lang.matchers["coordinators"])
                pending.append(_Pending(sentence.index, candidate, "planned", [new_date], sources, 0,
                                        candidate.tstart in relative, {}, rescheduled=True))
            actor_uses.update((sentence.index, f.tstart, f.key) for _, f in candidate.roles)

    all_founds.extend(_dateline_mentions(article.text, gazetteer))
    sentence_by_index = {s.index: s for s in sentences}
    days_spoken_of: list[tuple[_dt.date, str, bool]] = []  # (day, status, told in a relative clause)
    counts_read: dict[tuple, object] = {}  # "three days earlier" read once per sentence
    months_spoken_of: list[_dt.date] = []  # the first day of each month spoken of, for "the following June"
    last_index = -1
    earlier_occasions: set[str] = set()  # events told as another, earlier occasion ("the two leaders previously met")
    vaguely_later: set[str] = set()  # events told an unknown time after those before ("Months later, ...")
    ranked: set[str] = set()  # events told as the first (only) of their kind ("It was his first trip to Asia")
    for index, candidate, status, chosen, sources, days, background, place_days, rescheduled in pending:
        for between in range(last_index + 1, index):  # "The quake struck last Friday. Hours later, ..."
            for mention, tense, aside in days_of(between):
                value = resolve(mention, article.date, tense)
                day = _last_day(value)
                if day is not None:
                    days_spoken_of.append((day, tense, aside))
                if _last_month(value) is not None:
                    months_spoken_of.append(_last_month(value))
        last_index = max(last_index, index)
        if not sources and sentence_sources[index][1]:
            sources = _neighbour_sources(sentence_sources, index)
        sentence = sentence_by_index[index]
        roles = []
        for role, found in candidate.roles:
            key = found.as_actor if found.type == "facility" else found.state or found.as_actor  # "U.S. and
            if candidate.rule.lift:  # Iraqi officials met": Iraq; an attacked airport stays the airport, but
                key = state_of(found.state or key, facts, gazetteer)  # aid landed there goes to its state
            if (role, key) not in roles:
                roles.append((role, key))
        roles = without_self_transfer(candidate.rule, roles)
        if any(role in candidate.rule.required_roles and all(r != role for r, _ in roles)
               and all(f.type in PLACE_TYPES - {"country"} for r, f in candidate.roles if r == role)
               for role, _ in candidate.roles):
            continue  # the required recipient was a place in the supplier's own land ("menerbangkan jet tempur
            # ke Natuna"), not a state the roles confused ("prepare to ship missiles to Russia" keeps its event)
        if candidate.rule.event == "Visit":  # "Xi arrived in Moscow and was greeted by Chinese diplomats": his own
            visiting = {state_of(key, facts, gazetteer) for role, key in roles if role == "visitor"}  # side hosts no one
            roles = [(role, key) for role, key in roles if role != "host" or state_of(key, facts, gazetteer) not in visiting]
        items = tuple(dict.fromkeys(Item(slug(label), label, category, surface)
                                    for _, _, label, category, surface in candidate.items))
        all_roles = roles
        for part, time_mention, place, listed in _places_and_times(candidate, chosen, place_days):
            home = _at_home(candidate, place, facts, gazetteer) if candidate.rule.abroad and place is not None else set()
            if home and all(role == "host" or key in home for role, key in all_roles):
                continue  # "Kim Jong Un visited a missile factory in Pyongyang": no one abroad
            roles = [(role, key) for role, key in all_roles if key not in home]  # "Xi and Putin arrived in
            # Moscow": Xi visits; Putin is at home
            if time_mention is not None and time_mention.kind == "until":  # "arrived on Friday for a visit, which runs until Sunday"
                time = _until(time_mention, article.date, status)
            elif time_mention is not None and time_mention.kind == "after_previous" \
                    and isinstance(time_mention.parts[-1], TimeMention):  # counted from the sentence's own date
                own = time_mention.parts[-1]  # read in the tense of its own clause ("met on Sept. 26, and pledged
                tense = tense_of.get((index, time_mention.start)) or next(  # ... on the same day")
                    (tense for mention, tense, _ in days_of(index) if mention.start == own.start), status)
                base = _last_day(resolve(own, article.date, tense))
                if base is None:  # that date is no day (a month, a year): the day spoken of
                    base = _day_counted_from(days_spoken_of, article.date, status)
                time = resolve_after(replace(time_mention, parts=time_mention.parts[:1]), base)
            elif time_mention is not None and time_mention.kind == "after_previous" \
                    and time_mention.parts[1:] in (("month",), ("months",), ("years",)):  # "the following June",
                time = resolve_after(time_mention, months_spoken_of[-1] if months_spoken_of else article.date)  # "a year earlier"
            elif time_mention is not None and time_mention.kind == "after_previous":
                key = (index, time_mention.start, time_mention.parts)  # one count, one day: a second event of
                if key not in counts_read:  # its sentence must not count again from the first one's day
                    base = _day_counted_from(days_spoken_of, article.date, status)
                    if base is None and time_mention.parts[0] >= 0:  # "two days after meeting Putin in Alaska",
                        counts_read[key] = None  # "two days later" with no day told before: not after the article
                    else:
                        counts_read[key] = resolve_after(time_mention, base if base is not None else article.date)
                time = counts_read[key]
            else:
                if status == "occurred" and _later_this_period(time_mention, tokens_of[index], candidate.tstart, lang):
                    status = "planned"  # "NATO foreign ministers meet in Brussels later in the week": still to come
                time = resolve(time_mention, article.date, tense_of.get((index, time_mention.start), status)) \
                    if time_mention else None
            event_id = _event_id(article.id, index, candidate.rule.id, candidate.tstart, part, *listed,
                                 *(("rescheduled",) if rescheduled else ()))
            named = counted_from.get((index, time_mention.start)) if time_mention is not None else None
            if named and named[0] == "event":  # from the day of the event it names, told earlier or later
                day = _referent_day(events, index, named[1:])
                if day is not None:
                    time = resolve_after(time_mention, day)
                else:
                    counted[event_id] = (index, time_mention, named[1:])
            elif named:  # "four days after the coup of July 26": from that date
                named_day = _last_day(resolve(named[1], article.date, status))
                if named_day is not None:  # none past the calendar's ends ("the day after 9999-12-31")
                    time = resolve_after(time_mention, named_day)
            if abs(days) > 1 and time is not None and len(time.value) == 10:  # "a two-day summit ... on Sunday"
                day = _dt.date.fromisoformat(time.value)
                other = shift_days(day, days - 1 if days > 0 else days + 1)  # "wrapped up a two-day visit"
                if other is not None:  # a span past the calendar's ends keeps its one day
                    time = replace(time, value="/".join(sorted((day.isoformat(), other.isoformat()))))
            if status == "occurred" and candidate.rule.event not in GOAL_DATED and article.date is not None \
                    and (_first_day(time) or article.date) > article.date \
                    and _in_trigger_phrase(tokens_of[index], candidate, time_mention, lang):
                status = "planned"  # "Kunjungan Prabowo ke Beijing pekan depan diharapkan ...": not yet happened
            if status == "denied" and candidate.rule.event in ATTENDANCE_EVENTS and article.date is not None \
                    and (_first_day(time) or article.date) > article.date:
                status = "cancelled"  # "Trump dipastikan tidak menghadiri KTT ... pada Senin (4/11)", told on the
                # Friday before: an absence still to come calls the attendance off, as "will not attend" does
            if _last_day(time) is not None:
                days_spoken_of.append((_last_day(time), status, background))
            if _last_month(time) is not None:
                months_spoken_of.append(_last_month(time))
            if _told_as_an_earlier_occasion(tokens_of[index], candidate.tstart, lang):
                earlier_occasions.add(event_id)
            if _vaguely_later(tokens_of[index], candidate.tstart, lang, finder.words["numbers"]):
                vaguely_later.add(event_id)
            if _ranked(tokens_of[index], candidate.tstart, candidate.tend, lang):
                ranked.add(event_id)
            if status == "planned" and _past_plan_before(tokens_of[index], candidate.tstart, candidate.tend, lang) \
                    and _called_off_before(events, index, roles):
                status = "cancelled"  # "Modi postponed his visit. He had been scheduled to meet Trump on Friday"
            charged = candidate.rule.refers_back and candidate.rule.event != "Gathering"  # "rejected the charge"
            referent = _told_before(events, pending, index, candidate, lambda key: state_of(key, facts, gazetteer)) \
                if charged or candidate.rule.completed_from_before else None  # the event told again or completed
            if charged and referent is None:
                continue  # "Tehran rejected the charge" with no deed charged told before: nothing known
            if referent is not None:
                roles = _lent_roles(referent.roles, roles)
                if charged or time is None:  # the charged deed's day, not the denial's ("rejected the charge on
                    time = referent.time  # Monday")
            gathering_name, gathering = _gathering_told_before(
                events, all_founds, index, tokens_of[index][candidate.tstart].start) \
                if candidate.rule.refers_back and not charged and candidate.named is None else (None, None)
            if candidate.rule.refers_back and not charged and candidate.named is None and gathering_name is None \
                    and gathering is None:
                continue  # "Putin did not attend" with no gathering told before: attending nothing known
            gathering_place = gathering.place if gathering is not None else None
            if gathering is not None and time is None:
                time = gathering.time  # one who attends it attends on its days, still to come when they are
                if status == "occurred" and article.date is not None and (_first_day(time) or article.date) > article.date:
                    status = "planned"  # ("KTT BRICS akan digelar bulan depan. Xi dipastikan hadir")
            events.append(Event(
                id=event_id,
                doc=article.id, type=candidate.rule.event, status=status, roles=tuple(roles),
                place=referent.place if referent is not None and (charged or place is None)
                else gathering_place or _visited_place(place, candidate.rule.event, facts),
                time=time, items=items or (referent.items if referent is not None else ()),
                sources=sources,
                evidence=Evidence(sentence.text, sentence.start, sentence.end, index),
                rule=candidate.rule.id,
                confidence=round(candidate.rule.confidence * (1.0 if len(roles) >= len(candidate.rule.roles) else 0.85), 3),
                name=candidate.named.key if candidate.named else gathering_name,
            ))
            if index in denials and denials[index][1] <= candidate.tend and candidate.tstart < denials[index][2] \
                    and status in DENIABLE:  # (an accusation's own verb too: "accuses Pakistan of ..., a charge Islamabad rejects")
                events.append(replace(events[-1], id=_event_id(article.id, index, candidate.rule.id, candidate.tstart,
                                                               part, *listed, "denied"),
                                      status="denied", sources=denials[index][0]))  # the charge, as its target tells it
    events = _count_from_named_events(events, counted, refs, article.date)
    events = _apply_refs(events, refs, article, sentence_sources, _containment(facts, gazetteer), frozenset(counted),
                         lang.matchers["inclusion_words"])
    events = _inherit_times(events, article.text, lambda key: state_of(key, facts, gazetteer),
                            earlier_occasions | vaguely_later, article.date)
    events = _inherit_places(events, lambda key: state_of(key, facts, gazetteer))
    events = _places_from_visits(events, lang.matchers["remote_words"], earlier_occasions)
    events = _without_visits_told_again(events, _containment(facts, gazetteer), lang.matchers["additive_words"],
                                        earlier_occasions)
    events = _without_ranks_told_again(events, ranked, lambda key: state_of(key, facts, gazetteer),
                                       partial(_may_be_in, _containment(facts, gazetteer), gazetteer))
    events = _receivers_told_before(events, lang.matchers["additive_words"])
    events = _recipient_of_the_article(events, lambda key: state_of(key, facts, gazetteer),
                                       lang.matchers["elsewhere_words"])
    events = _suppliers_from_deals(events)
    events = _without_deployments_of_foes(events, lang.deployment_rules, lambda key: state_of(key, facts, gazetteer))
    if is_sports_report(article.text, lang):
        events = []
    entities = _entities(all_founds, actor_uses, facts, gazetteer, events, positions)
    return DocGraph(article, entities, tuple(events), tuple(dict.fromkeys(facts)))


SUBJECT = Strategy((("subject", ()),))  # the trigger's subject, who tells an event of a `told_by_subject` rule
TARGET_ROLES = frozenset({"target"})  # the side a deed is done to, which denies no charge of doing it
CHARGE_REACH = 2  # sentences back in which a charge denied ("Tehran rejected the charge") finds the event charged


def _told_before(events: list[Event], pending: list, sentence: int, candidate: Candidate, state) -> Event | None:
    """The event a trigger that refers back speaks of: the last event of the rule's type told in the
    `CHARGE_REACH` sentences before (for a rule that completes its event, also earlier in its own sentence),
    with a status a charge may tell (`DENIABLE`); None when there is none, or when the trigger's own actors
    are that event's target (`TARGET_ROLES`) ("Kim warned the North could shoot down U.S. planes that violated its
    airspace. The U.S. Air Force rejected the charge": no attack of the United States) or, for a rule that
    completes its event, fill its roles with others ("Israel struck Gaza. Israel blamed Hamas for the attack":
    not Israel's strike). When rules of several types fire on one trigger ("rejected the charge" after an
    attack or an arms delivery), only the type told last refers back."""
    last = sentence if candidate.rule.completed_from_before else sentence - 1

    def last_of(event_type: str) -> int | None:
        return next((k for k in range(len(events) - 1, -1, -1) if events[k].type == event_type
                     and events[k].status in DENIABLE and sentence - CHARGE_REACH <= events[k].evidence.sentence <= last),
                    None)
    own = last_of(candidate.rule.event)
    if own is None:
        return None
    others = (last_of(p.candidate.rule.event) for p in pending if p.index == sentence
              and p.candidate.tstart == candidate.tstart and p.candidate.rule.refers_back
              and p.candidate.rule.event not in (candidate.rule.event, "Gathering"))
    if any(other is not None and other > own for other in others):
        return None
    referent = events[own]
    mine = {(role, state(found.state or found.as_actor)) for role, found in candidate.roles}
    told = {(role, state(key)) for role, key in referent.roles}
    if any(key == other and other_role in TARGET_ROLES and role != other_role for role, key in mine for other_role, other in told):
        return None
    if candidate.rule.completed_from_before and any(role == other_role and key != other for role, key in mine
                                                    for other_role, other in told):
        return None
    return referent


def _lent_roles(told: tuple[tuple[str, str], ...], own: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The roles of an event told before, and the roles of its new telling that it leaves empty ("Kyiv
    denied any role" in a drone attack on the Kremlin told with no attacker: Ukraine the attacker).

    >>> _lent_roles((("target", "kremlin"),), [("attacker", "ukraine")])
    [('target', 'kremlin'), ('attacker', 'ukraine')]
    >>> _lent_roles((("attacker", "iran"), ("target", "bahamas")), [("attacker", "iran")])
    [('attacker', 'iran'), ('target', 'bahamas')]
    """
    filled = {role for role, _ in told}
    return list(told) + [(role, key) for role, key in own if role not in filled and (role, key) not in told]


GATHERING_REFERENCE_REACH = 1  # sentences back in which "attend" with no gathering after it finds the one it means


def _gathering_told_before(events: list[Event], founds: list[tuple[int, Found]], sentence: int,
                           char: int) -> tuple[str | None, Event | None]:
    """The gathering named last before a trigger that names none ("South Korea will host the APEC summit in
    Gyeongju from Oct 31 to Nov 1. Xi may also attend"), and the earlier gathering event told of it (named
    so, or told in the sentence that names it), whose place and time are the attending's: (key, event); with
    no gathering named, the gathering event told there (its name, event); (None, None) when there is neither in
    its sentence before it or in the sentence before ("The G20 summit was held in Rio. On Monday, Japan and
    Indonesia signed a pact. Prabowo attended": not the G20)."""
    named = next(((index, found.key) for index, found in reversed(founds) if found.type == "gathering"
                  and (sentence - GATHERING_REFERENCE_REACH <= index < sentence or index == sentence and found.start < char)),
                 None)
    if named is None:  # no gathering named: the gathering told just before ("The G20 foreign ministers met in
        told = next((event for event in reversed(events) if event.type == "Gathering"  # Johannesburg on
                     and sentence - GATHERING_REFERENCE_REACH <= event.evidence.sentence < sentence), None)  # Thursday.
        return (told.name, told) if told is not None else (None, None)  # Rubio did not attend")
    index, key = named
    return key, next((event for event in reversed(events) if event.type == "Gathering" and (
        event.name == key or event.name is None and event.evidence.sentence == index)), None)


def _visited_place(place: Found | None, event_type: str, facts: list[Fact]) -> str | None:
    """The key of an event's place; a visit that arrives at a facility of a known city ("tiba di Bandara
    Internasional Kuala Lumpur", "arrived at Kuala Lumpur International Airport") visits the city."""
    if place is None:
        return None
    if event_type == "Visit" and place.type == "facility":
        return next((f.object for f in facts if f.subject == place.key and f.predicate == "locatedIn"), place.key)
    return place.key


NEGATABLE_STATUSES = ("occurred", "planned", "hoped")  # a rule's fixed status a negation before it denies (not
# "possible": "tidak membenarkan maupun membantah" is the rule's own wording)
DENIABLE = ("occurred", "possible")  # statuses of what a charge may tell, which the one charged denies
EARLIER_OCCASION_REACH = 3  # words before a trigger within which an earlier occasion's word may stand, past adverbs
VISIT_REFERENCE_REACH = 2  # sentences back in which "the trip", "kunjungan itu" finds the visit it means


def _visited_state(pending: list, sentence: int) -> tuple[Found, ...]:
    """The state visited in the latest visit told in this sentence or the two before, when its place is a
    state or a capital that stands for one: the other party of what is agreed "during the trip". Its
    token positions are another sentence's, so they are cleared."""
    for item in reversed(pending):
        if sentence - item.sentence > VISIT_REFERENCE_REACH:
            break
        place = item.candidate.place
        if item.candidate.rule.event == "Visit" and place is not None:
            if place.type == "country" or place.actor_key:
                return (replace(place, tstart=-1, tend=-1, start=-1, end=-1),)
            return ()
    return ()


CALLED_OFF_REACH = 12  # sentences back in which a cancellation undoes a plan told as past


def _told_as_an_earlier_occasion(tokens, tstart: int, lang: Language) -> bool:
    """Does a word of an earlier occasion stand right before the trigger, or before adverbs there ("The two
    leaders previously met", "last formally met", "had once secretly visited", "Keduanya pernah juga bertemu",
    `earlier_occasion_words`, `earlier_occasion_fillers`; not "Last night he met", "Once he met")?
    Such an event is another one than the same people's told before: it takes neither their time nor
    their place, and is not that event told again."""
    words, fillers = lang.matchers["earlier_occasion_words"], lang.matchers["earlier_occasion_fillers"]
    for k in range(tstart - 1, max(-1, tstart - 1 - EARLIER_OCCASION_REACH), -1):
        if tokens[k].lower in words:
            return not (k > 0 and tokens[k - 1].lower in lang.matchers["not_earlier_before"])  # "at last"
        if not (tokens[k].text.isalpha() and tokens[k].text.islower()
                and (tokens[k].lower in fillers or tokens[k].lower.endswith("ly"))):
            return False  # "Last night he met", "Once he met": a time, a clause of their own
    return False


def _vaguely_later(tokens, tstart: int, lang: Language, numbers) -> bool:
    """Is the trigger told an unknown time after what came before: one of `vague_shifts` before it in its
    sentence, with no count before the phrase (digits or `numbers` words: "Months later, he met Modi",
    "Beberapa bulan kemudian"; not "two weeks later", a time of its own)? A phrase that opens a clause of
    another event ("Days after Israel struck Iran, Trump met ...") shifts only what comes after its comma,
    not that event. Such an event takes no time from earlier events."""
    openers = lang.matchers["opening_time_words"]
    return any(not (s > 0 and (tokens[s - 1].text.isdigit() or tokens[s - 1].lower in numbers))
               and (tokens[e - 1].lower not in openers or any(t.text == "," for t in tokens[e:tstart]))
               for s, e, _ in lang.matchers["vague_shifts"].finditer(tokens, 0, tstart))


def _ranked(tokens, tstart: int, tend: int, lang: Language) -> bool:
    """Is the trigger told as the first (second, only ...) of its kind: one of `ranks` after a
    determiner, a few plain words before a noun ("It was the first visit to Australia by a Chinese premier",
    "his first official trip to China") or before the infinitive of a description ("the first Pentagon chief
    to visit the country in decades"), or one of `ranks_after` right after it ("kunjungan pertamanya")?
    Such a telling characterises an event: where the article tells that event otherwise, it is no other."""
    m = lang.matchers
    if tend < len(tokens) and tokens[tend].lower in m["ranks_after"]:
        return True
    marker = infinitive_marker(tokens, tstart, m)
    end, reach = (marker, DESCRIPTION_REACH) if marker is not None else (tstart, RANK_REACH)
    for k in range(end - 1, max(0, end - reach) - 1, -1):
        if tokens[k].lower in m["ranks"]:
            return k > 0 and tokens[k - 1].lower in m["determiners"]
        if not tokens[k].text[:1].isalpha():
            return False  # "Hegseth, the first ...": past a comma, no description of this trigger
    return False


RANK_REACH = 3  # plain words between "the first" and a noun trigger ("his first official trip abroad")
RANK_TOLD_AGAIN = {"Visit": {"Visit"}, "Meeting": {"Meeting", "Gathering"}, "Gathering": {"Meeting", "Gathering"}}


def _without_ranks_told_again(events: list[Event], ranked: set[str], state_of=lambda key: key,
                              same_place=lambda a, b: a == b) -> list[Event]:
    """An event told as the first (only) of its kind ("It was the first visit to Australia by a Chinese
    premier since 2017", "Hegseth, the first Pentagon chief to visit the country in decades, arrived in
    Panama City") characterises one the article tells otherwise, in its sentence or before, of a kind
    `RANK_TOLD_AGAIN` joins: it is that event, whose sources it adds, when it has the same status, no
    state or person the other lacks, a place that may be the other's (`same_place`) and days in common or
    none told (its own people's state is no place it went to: "the first Indian leader to visit the country"
    read as India). Told alone ("Albanese became the first Australian leader to visit China"), of other people
    ("his first meeting with Biden" on the sidelines of a summit Prabowo attended, "Hollande made the first
    visit"), of another place or on a day of its own ("The first summit was held in Xi'an on 19 May 2023"),
    or with another status ("hopes to hold his first meeting with Putin"), it stays."""
    kept = [e for e in events if e.id not in ranked]
    states_of = {e.id: {state_of(key) for _, key in e.roles} for e in events}
    persons_of = {e.id: {key for _, key in e.roles if state_of(key) != key} for e in events}

    def told_as(told: Event, event: Event) -> bool:
        return told.type in RANK_TOLD_AGAIN.get(event.type, ()) and told.status == event.status \
            and told.evidence.sentence <= event.evidence.sentence and told.id not in ranked \
            and states_of[event.id] <= states_of[told.id] and persons_of[event.id] <= persons_of[told.id] \
            and (None in (told.place, event.place) or same_place(event.place, told.place)
                 or event.place in states_of[event.id]) \
            and _times_overlap(told.time, event.time)

    for event in events:
        if event.id not in ranked:
            continue
        told = next((k for k in range(len(kept) - 1, -1, -1) if told_as(kept[k], event)), None)
        if told is None:
            kept.insert(_position_of(kept, event, events), event)
        else:
            kept[told] = replace(kept[told], sources=tuple(dict.fromkeys(kept[told].sources + event.sources)))
    return kept


def _may_be_in(containment: set[tuple[str, str]], gazetteer: Gazetteer, place: str, other: str) -> bool:
    """May `place`, where an event told as the first of its kind went, be where `other` is: the same, one
    holding the other, or a region of no one state ("his first trip to Asia")?"""
    entry = gazetteer.get(place)
    return place == other or (other, place) in containment or (place, other) in containment \
        or entry is not None and entry.type == "region" and not entry.country


def _times_overlap(a, b) -> bool:
    """Could two times be one occasion: one untold, or days in common ("2024-06-17" lies in
    "2024-06-15/2024-06-18"); a time coarser than a day ("2025", "2023-10", a season) must be equal, as it
    says too little to join two tellings ("will make his first visit to Kyiv later this year")."""
    if a is None or b is None:
        return True
    if any(len(part) < 10 for t in (a, b) for part in t.value.split("/")):
        return a.value == b.value
    spans = [(_first_day(t), _end_day(t)) for t in (a, b)]
    if any(None in span for span in spans):
        return a.value == b.value
    (a_first, a_last), (b_first, b_last) = spans
    return a_first <= b_last and b_first <= a_last


def _end_day(time) -> _dt.date | None:
    """The last day a time covers: a day, the last of its month or year, the end of an interval."""
    value = time.value.split("/")[-1]
    try:
        if len(value) == 7:
            month = _dt.date.fromisoformat(value + "-01")
            return (month.replace(day=28) + _dt.timedelta(days=4)).replace(day=1) - _dt.timedelta(days=1)
        return _dt.date.fromisoformat(value if len(value) == 10 else value + "-12-31")
    except ValueError:  # a season, a quarter or a week
        return None


def _position_of(kept: list[Event], event: Event, events: list[Event]) -> int:
    """Where `event` goes back among `kept` to keep the order of `events`."""
    order = {e.id: k for k, e in enumerate(events)}
    return next((k for k, e in enumerate(kept) if order[e.id] > order[event.id]), len(kept))


def _past_plan_before(tokens, tstart: int, tend: int, lang: Language) -> bool:
    """Is the trigger told as a plan in the past perfect, in its clause ("had been scheduled to meet",
    "semula dijadwalkan bertemu": `past_plans`; the trigger may hold the plan's "to")?"""
    return any(s < tstart for s, _, _ in lang.matchers["past_plans"].finditer(
        tokens, clause_start(tokens, tstart, lang), tend))


def _called_off_before(events: list[Event], sentence: int, roles) -> bool:
    """Was an event of one of these actors cancelled in this sentence or one of the CALLED_OFF_REACH before?"""
    actors = {key for _, key in roles}
    return any(e.status == "cancelled" and 0 <= sentence - e.evidence.sentence <= CALLED_OFF_REACH
               and actors & {key for _, key in e.roles} for e in events)


def _dateline_mentions(text: str, gazetteer: Gazetteer) -> list[tuple[int, Found]]:
    """The dateline place ("SEOUL (Reuters) -") is a mention of that city, though no sentence."""
    span = dateline_place(text)
    if span is None:
        return []
    surface = text[span[0]:span[1]]
    hits = gazetteer.find(surface.title())
    if len(hits) != 1 or hits[0].end - hits[0].start != len(surface):
        return []
    entry = gazetteer.get(hits[0].key)
    return [(-1, Found(0, 0, span[0], span[1], surface, entry.key, entry.type, "dateline", entry.label,
                       wikidata=entry.wikidata))]


def _home_state(text: str, gazetteer: Gazetteer) -> str:
    """The state of the dateline place ("MANILA, March 26 -": the Philippines), or ""."""
    for _, found in _dateline_mentions(text, gazetteer):
        entry = gazetteer.get(found.key)
        if entry is not None:
            return entry.key if entry.type == "country" else entry.capital_of or entry.country or ""
    return ""


def _neighbour_sources(sentence_sources, index: int) -> tuple[Source, ...]:
    """A "dilaporkan"/"reportedly" sentence without a source takes the next (or previous) one's."""
    for neighbour in (index + 1, index - 1):
        if 0 <= neighbour < len(sentence_sources) and sentence_sources[neighbour][0]:
            return tuple(replace(s, relation="reported") if s.relation != "relayed_by" else s
                         for s in sentence_sources[neighbour][0])
    return ()


NEGATED = {"occurred": "cancelled", "planned": "cancelled", "cancelled": "planned", "denied": "occurred"}


class _Pending(NamedTuple):
    """A candidate event of a sentence, read in the first pass, turned into events in the second."""

    sentence: int
    candidate: Candidate
    status: str
    chosen: list[TimeMention]
    sources: tuple[Source, ...]
    days: int  # how many days it lasts ("a two-day visit"), 0 when not told
    background: bool  # told in a relative clause
    place_days: dict[int, TimeMention]  # the day of each stop of a tour, where each has one
    rescheduled: bool = False  # the event a postponement sets for its new date


POSTPONEMENT_REACH = 12  # words between a trigger and the verb that postpones it


def _new_dates(times: list[TimeMention], tokens, lang: Language, tstart: int, tend: int) -> list[TimeMention]:
    """The times a postponement of the trigger sets ("postponed until next month", "ditunda hingga pekan
    depan"): right after one of `new_date_words`, with one of `postponement_verbs` before it in its
    clause, near the trigger and not across a coordinator ("cancelled his trip to China and postponed
    tariffs until June" sets no date for the trip), and not after one of `old_date_words` ("a visit
    scheduled for next week" was set for then)."""
    m = lang.matchers

    def near(start: int, end: int) -> bool:  # the coordinator of two names ("between Xi and Biden") joins no clause
        between = range(end, tstart) if end <= tstart else range(tend, start)
        return len(between) <= POSTPONEMENT_REACH and not any(
            tokens[k].lower in m["coordinators"] and k + 1 < len(tokens) and not tokens[k + 1].text[:1].isupper()
            for k in between)
    verbs = [end for start, end, _ in m["postponement_verbs"].finditer(tokens) if near(start, end)]
    if not verbs:
        return []
    starts = {token.start: k for k, token in enumerate(tokens)}
    found = []
    for time in times:
        k = starts.get(time.start)
        if k is None or k == 0 or tokens[k - 1].lower not in m["new_date_words"]:
            continue
        if k > 1 and tokens[k - 2].lower in m["old_date_words"]:
            continue  # "postponed a visit scheduled for next week": the old date, no new one
        if any(end <= k - 1 and not any(tokens[j].lower in m["strong"] for j in range(end, k))
               and clause_start(tokens, k, lang) <= end for end in verbs):
            found.append(time)
    return found


def _at_home(candidate: Candidate, place: Found, facts: list[Fact], gazetteer: Gazetteer) -> set[str]:
    """The role keys of the event's people other than its host who are in their own state at `place`
    ("Biden was in Washington", "Kim Jong Un visited a missile factory in Pyongyang"). The host is at home
    by definition. A state itself as the place is never taken for home: read from a demonym or "the
    country", it is too often another's ("stopped in Goa to visit a German navy frigate")."""
    if place.type == "country":
        return set()
    home = place.state or state_of(place.key, facts, gazetteer)  # "Bandara Internasional Delhi": India
    if home is None:
        return set()
    return {key for role, found in candidate.roles if role != "host" and found.type == "person"
            and state_of(found.key, facts, gazetteer) == home != found.key
            for key in (found.key, found.state or found.as_actor)}


def _outside_names(times: list[TimeMention], founds, text: str = "", calendar_words=frozenset()) -> list[TimeMention]:
    """Times that are no word of a person's or body's name ("Dong Jun", "Theresa May"), nor a month
    glued to a capitalised word inside the sentence that is no calendar word ("a Long March 5 rocket";
    not "On March 5", "Monday March 5"). An unknown name that the time covers whole is the time itself
    ("Akhir Juli, Prabowo terbang ke Moskow": capitalised as the sentence's first words)."""
    names = [(f.start, f.end) for f in founds if f.type in ("person", "organisation") and f.via != "anaphor"]
    unknown = [(f.start, f.end) for f in founds if f.type == "unknown"]  # "Long March": a name holding a month
    mentioned = [(f.start, f.end) for f in founds if f.type != "unknown"]
    return [t for t in times if not any(start <= t.start and t.end <= end for start, end in names)
            and not any(start <= t.start < end and not (t.start <= start and end <= t.end) for start, end in unknown)
            and not _after_a_name_word(t, text, calendar_words, mentioned)]


MODIFIED_DEAL_REACH = 6  # tokens from a year to the deal noun it describes ("a 2018 inter-Korean military agreement")


def _without_modifier_years(times: list[TimeMention], tokens, lang: Language) -> list[TimeMention]:
    """Times but the bare years that describe a deal after a determiner ("suspended a 2018 military agreement
    on Nov. 22", "stand by its 1951 mutual defence treaty"): the year dates the deal, made before what the
    clause tells of it; a year before another event's noun dates that event ("met at the 2019 summit in
    Hanoi", "Xi's 2015 visit")."""
    determiners = ARTICLES | lang.matchers["possessive_pronouns"]
    nouns = lang.matchers["event_nouns"]
    starts = {token.start: k for k, token in enumerate(tokens)}
    kept = []
    for time in times:
        k = starts.get(time.start)
        if time.kind == "year" and k is not None and 0 < k < len(tokens) - 1 and time.text.isdigit() \
                and (tokens[k - 1].lower in determiners or k > 1 and tokens[k - 1].lower == "s"
                     and tokens[k - 2].text in ("'", "’")) and tokens[k + 1].text[:1].isalpha() \
                and any((nouns.match_at(tokens, j) or (0, ""))[1] == "Agreement"
                        for j in range(k + 1, min(len(tokens), k + 1 + MODIFIED_DEAL_REACH))):
            continue
        kept.append(time)
    return kept


def _after_a_name_word(time: TimeMention, text: str, calendar_words, mentioned) -> bool:
    """Is the time a month and a number right after a capitalised word that is not the sentence's
    first, no calendar word and no mention of its own ("a Long March 5 rocket"; not "Russia May 7-10",
    "the White House Monday")?"""
    before = text[:time.start]
    written = time.text.split()
    if len(written) < 2 or written[0].lower().rstrip(".") not in calendar_words or not written[1][:1].isdigit() \
            or not before.endswith(" "):
        return False
    words = before.split()
    end = len(before.rstrip())
    return len(words) > 1 and words[-1].isalpha() and words[-1][:1].isupper() \
        and words[-1].lower() not in calendar_words and not any(start < end <= stop for start, stop in mentioned)


def _dated_tokens(tokens, times: list[TimeMention]) -> frozenset[int]:
    """The tokens that lie inside a time expression of the sentence."""
    if not times:
        return frozenset()
    return frozenset(k for k, token in enumerate(tokens)
                     if any(t.start <= token.start and token.end <= t.end for t in times))


def _days_of_places(places: tuple[Found, ...], times: list[TimeMention], text: str, prepositions) -> dict[int, TimeMention]:
    """The day each listed place has of its own ("Beijing on April 9 and Tokyo on April 11", "on April 9
    in Beijing and on April 11 in Tokyo"): the time right after it, or else right before it, with at
    most a preposition between. Only when two places or more have distinct days (in "Vietnam, Singapore
    and Malaysia from April 9 to 12" the days are the tour's)."""
    def next_to(gap: str) -> bool:
        words = gap.split()
        return not words or (len(words) == 1 and words[0].lower() in prepositions)

    days: dict[int, TimeMention] = {}
    for place in places:
        after = [t for t in times if t.start >= place.end and next_to(text[place.end:t.start])]
        before = [t for t in times if t.end <= place.start and next_to(text[t.end:place.start])]
        if after or before:
            days[place.tstart] = (after or before)[0]
    return days if len({t.start for t in days.values()}) > 1 else {}


def _places_and_times(candidate: Candidate, chosen: list, place_days: dict[int, TimeMention] | None = None,
                      ) -> list[tuple[int, object, Found | None, tuple[str, ...]]]:
    """(part, time, place, listed) for each event a candidate yields: one per time, or one per place
    listed ("visit Vietnam, Singapore and Malaysia in March"), each with its own day where it has one
    (`place_days`); with several times and several places and no day told for each place, the first
    place alone is kept. `listed` tells a later place's event apart (the first keeps the id it has
    alone)."""
    places = (candidate.place, *candidate.more_places)
    if place_days and candidate.more_places:
        return [(0, place_days.get(p.tstart), p, (p.key,) if n else ()) for n, p in enumerate(places)]
    times = chosen or [None]
    if len(times) > 1 or not candidate.more_places:
        return [(part, t, candidate.place, ()) for part, t in enumerate(times)]
    return [(0, times[0], p, (p.key,) if n else ()) for n, p in enumerate(places)]


def _containment(facts: list[Fact], gazetteer: Gazetteer) -> set[tuple[str, str]]:
    """(inner, outer) place pairs known from the text's facts and the gazetteer."""
    pairs = {(f.subject, f.object) for f in facts if f.predicate in ("locatedIn", "capitalOf")}
    return pairs | gazetteer.containment


def _apply_refs(events: list[Event], refs: list[_EventRef], article: Article, sentence_sources,
                containment: set[tuple[str, str]], counted=frozenset(), include_words=frozenset()) -> list[Event]:
    """Let "pertemuan itu" / "the meeting" add place, time and sources to the event it means, and
    lend that event's place and time to the other events of the same sentence.

    A place is only added where the event has none, or refines the one it has ("Rusia" →
    "Vladivostok", which the text says lies in Russia)."""
    events = list(events)
    for ref in refs:
        kinds = SAME_OCCASION.get(ref.type, {ref.type})  # "the summit" may be a meeting or a gathering
        earlier = [k for k, e in enumerate(events) if e.type in kinds and e.evidence.sentence < ref.sentence
                   and e.id not in counted]  # "met two days before the summit" is not the summit
        if not earlier:
            continue
        same_word = [k for k in earlier if ref.noun and ref.noun in _words_of(events[k].evidence.text)]
        k = (same_word or earlier)[-1]
        event = events[k]
        if ref.status in UNDOING_STATUSES and event.status not in PLANS:
            continue  # "the signing was called off" is no signing that took place: it means one not found
        place = event.place or (ref.place.key if ref.place else None)
        if event.place and ref.place and (ref.place.key, event.place) in containment:
            place = ref.place.key
        time = event.time
        if time is None and ref.times:
            time = resolve(ref.times[0], article.date, event.status)
        sources = ref.sources
        if not sources and sentence_sources[ref.sentence][1]:
            sources = _neighbour_sources(sentence_sources, ref.sentence)
        merged_sources = tuple(dict.fromkeys(event.sources + sources))
        own = any(e.type in kinds and e.evidence.sentence == ref.sentence for e in events)  # undone in its sentence
        undoes = ref.status in UNDOING_STATUSES and event.status in PLANS \
            or ref.status == "failed" and event.status == "occurred" and event.type == "Launch"  # "... However, the launch failed"
        status = ref.status if undoes and not own and event.evidence.sentence == ref.sentence - 1 \
            else event.status  # "... pekan depan. Namun, pertemuan itu kemudian dibatalkan."
        events[k] = replace(event, place=place, time=time, sources=merged_sources, status=status)
        for j, other in enumerate(events):  # "Seusai pertemuan itu, kedua menteri menandatangani ...":
            if other.evidence.sentence == ref.sentence and j != k:  # the new event happens there and then
                events[j] = _within_visit_told(replace(
                    other, place=other.place or place,
                    time=other.time or (time if _same_tense(other.status, event.status) else None)), events[k],
                    include_words)
    return events


def _within_visit_told(event: Event, visit: Event, include_words: frozenset[str] = frozenset()) -> Event:
    """A meeting with one participant told in the sentence of a reference to a visit, with a verb that says
    the visit includes it (`inclusion_words`: "include", "mencakup"; not "The visit comes amid tariff
    negotiations with Washington"), is part of that visit: the visitor meets too, a meeting told with no tense
    of its own is planned when the visit is, in its days ("Kunjungan itu diisi pertemuan dengan Erdogan"), and
    a visit called off calls off the meeting planned in it ("Putin will visit Turkey. The trip will include
    talks with Erdogan"; "Putin membatalkan lawatannya ke Turki. Lawatan itu sedianya mencakup pertemuan
    dengan Erdogan": cancelled)."""
    if visit.type != "Visit" or event.type != "Meeting" or len(event.roles) != 1 \
            or not include_words & _words_of(event.evidence.text):
        return event
    visitors = tuple(("participant", key) for role, key in visit.roles if role == "visitor" and ("participant", key) not in event.roles)
    if not visitors:
        return event
    status = visit.status if visit.status in UNDOING_STATUSES and event.status in PLANS \
        or visit.status in PLANS and event.status == "occurred" and event.time is None else event.status  # "Kunjungan itu diisi
    return replace(event, roles=event.roles + visitors, status=status,  # pertemuan dengan Erdogan": planned, as
                   time=event.time or visit.time)  # the visit is, in its days


def _words_of(text: str) -> set[str]:
    return set(re.findall(r"\w+", text.lower()))


def _paragraph_starts(text: str) -> list[int]:
    """Offsets where paragraphs (blocks after a blank line, or after a line break) begin."""
    return [m.end() for m in re.finditer(r"\n\s*", text)]


MEETING_TOLD_AGAIN = 2  # sentences after a meeting in which the same people meeting again is that meeting


def _without_visits_told_again(events: list[Event], containment: set[tuple[str, str]],
                               additive: frozenset[str] = frozenset(), apart=frozenset()) -> list[Event]:
    """A visit told again in the next sentence, by the same visitors with the same status and time, to
    the state or region that holds the city told first, is that visit ("will visit Seoul on Sunday. It
    will be his first trip to South Korea since taking office"): one event, with the city. So is a
    meeting of the same people told again in one of the next sentences with nothing new but what was
    said ("Austin met Dong Jun in Singapore on Friday. The two men discussed Taiwan") or where it was held
    (one meeting there: "met Xi on Saturday. The two leaders met at the Great Hall of the People"), and an aid told
    again in the next sentence by its provider (`_aid_told_again`). Events `apart` (told as an earlier
    occasion) are none told again."""
    kept: list[Event] = []
    for event in events:
        if event.id in apart:
            kept.append(event)
            continue
        earlier = next((k for k, e in enumerate(kept) if e.type == event.type == "Visit"
                        and e.evidence.sentence == event.evidence.sentence - 1 and e.roles == event.roles
                        and e.status == event.status and e.time == event.time
                        and (e.place, event.place) in containment), None)
        if earlier is None and event.type == "Meeting":
            earlier = next((k for k in range(len(kept) - 1, -1, -1) if kept[k].type == "Meeting"
                            and 0 < event.evidence.sentence - kept[k].evidence.sentence <= MEETING_TOLD_AGAIN
                            and set(kept[k].roles) == set(event.roles) and kept[k].status == event.status
                            and kept[k].time == event.time
                            and (None in (event.place, kept[k].place) or event.place == kept[k].place)), None)
        if earlier is None and event.type == "Aid":
            earlier = next((k for k, e in enumerate(kept) if _aid_told_again(e, event, additive)), None)
        if earlier is None:
            kept.append(event)
        else:
            kept[earlier] = replace(kept[earlier], sources=tuple(dict.fromkeys(kept[earlier].sources + event.sources)),
                                    place=kept[earlier].place or (event.place if event.type == "Meeting" else None))
    return kept


ADDITIVE_ROLES = {"Aid": "recipient", "ArmsTransfer": "recipient", "TechnologyTransfer": "recipient",
                  "Sanction": "target"}  # the role a further event of the kind "also" has in common with the one before


def _receivers_told_before(events: list[Event], additive: frozenset[str] = frozenset()) -> list[Event]:
    """An event that adds another of the kind just told (`additive_words`: "also", "juga") and names no
    one who receives it has the receivers of that event, told in its sentence or the one before ("Japan
    sent aid to Turkey. South Korea also sent aid": to Turkey; "Britain also imposed sanctions": on Iran)."""
    out = list(events)
    for k, event in enumerate(out):
        role = ADDITIVE_ROLES.get(event.type)
        if role is None or any(r == role for r, _ in event.roles) or not additive & _words_of(event.evidence.text):
            continue
        earlier = next((e for e in reversed(out[:k]) if e.type == event.type
                        and 0 <= event.evidence.sentence - e.evidence.sentence <= 1), None)
        own = {key for _, key in event.roles}
        receivers = tuple((r, key) for r, key in earlier.roles if r == role and key not in own) if earlier else ()
        if receivers:
            out[k] = replace(event, roles=event.roles + receivers)
    return out


def _recipient_of_the_article(events: list[Event], state_of=lambda key: key,
                              elsewhere: frozenset[str] = frozenset()) -> list[Event]:
    """Aid given with no recipient, and no place but in that one's land, goes to the one the article's other aid of its kind
    (military or not) goes to or that asks for it, when there is exactly one ("Pakistan appealed for aid after
    the floods. ... The United States said it would provide $30 million in humanitarian assistance": to
    Pakistan); with several, or none, it stays unnamed, and so does aid told as going to one's own people or
    given separately ("Russia sent aid to its own citizens in Kursk", "Secara terpisah, ...": `elsewhere_words`).
    Weapons with no recipient likewise go to the article's single recipient of weapons."""
    def military(event: Event) -> bool:
        return any(item.key == "military-aid" for item in event.items)
    receivers: dict[bool, set[str]] = {True: set(), False: set()}
    arms_receivers: set[str] = set()
    for event in events:
        for role, key in event.roles:
            if event.type == "Aid" and role == "recipient" or event.type == "AidRequest" and role == "requester":
                if not state_of(key).startswith("new:"):  # an unknown official asking, whose state the text does
                    receivers[military(event)].add(key)  # not say, is no second receiver
            elif event.type == "ArmsTransfer" and role == "recipient":
                arms_receivers.add(key)
    out = []
    for event in events:
        kind = receivers[military(event)] if event.type == "Aid" else arms_receivers \
            if event.type == "ArmsTransfer" else set()
        receiver = next(iter(kind)) if len(kind) == 1 else None
        giver = "supplier" if event.type == "ArmsTransfer" else "provider"
        if receiver is not None and (event.place is None or event.place.startswith("new:")
                                     or receiver in (event.place, state_of(event.place))) \
                and not any(role == "recipient" for role, _ in event.roles) \
                and any(role == giver for role, _ in event.roles) and all(key != receiver for _, key in event.roles) \
                and not elsewhere & _words_of(event.evidence.text):
            event = replace(event, roles=event.roles + (("recipient", receiver),))
        out.append(event)
    return out


def _aid_told_again(earlier: Event, later: Event, additive: frozenset[str] = frozenset()) -> bool:
    """Is the later aid the earlier one told again in the next sentence: the same provider and status,
    and no recipient but the earlier one's ("... mengirimkan bantuan kemanusiaan ke Turki. Rombongan itu
    diberangkatkan dari Halim bersama obat-obatan")? Not when the sentence adds it ("Japan also sent
    food aid": `additive_words`)."""
    if earlier.type != "Aid" or earlier.evidence.sentence != later.evidence.sentence - 1 \
            or earlier.status != later.status or later.time not in (None, earlier.time):
        return False  # "India also shipped relief to Myanmar ... two years ago" is another aid
    if additive & set(re.findall(r"\w+", later.evidence.text.lower())):
        return False
    providers = {k for role, k in later.roles if role == "provider"}
    recipients = {k for role, k in later.roles if role == "recipient"}
    return bool(providers) and providers <= {k for role, k in earlier.roles if role == "provider"} \
        and recipients <= {k for role, k in earlier.roles if role == "recipient"}


_PURCHASE_PURPOSE = re.compile(r"\b(?:deal|contract|agreement|pact|kontrak|perjanjian|kesepakatan)\b"
                               r"(?:(?!\b(?:and|dan)\b)[^,;]){0,60}?"
                               r"\b(?:(?:to|untuk) (?:buy|purchase|acquire|procure|membeli|mengakuisisi|pembelian|pengadaan)"
                               r"|for the (?:purchase|procurement|acquisition) of|pembelian|pengadaan)\b", re.I)


def _without_deployments_of_foes(events: list[Event], deployments: frozenset[str],
                                 state_of=lambda key: key) -> list[Event]:
    """Forces one state sends to or keeps in another are no cooperation of the two when the article tells one
    of them attacking the other, or a place of it ("Russia sent troops to Ukraine ... Russian missiles struck
    Kyiv": an invasion; rules with `deployment`)."""
    foes = {frozenset((state_of(attacker), state_of(target))) for event in events if event.type == "Attack"
            for role, attacker in event.roles if role == "attacker"
            for other, target in event.roles if other == "target"}
    if not foes:
        return events
    def hostile(event: Event) -> bool:
        parties = [state_of(key) for role, key in event.roles if role == "party"]
        return any(frozenset((a, b)) in foes for a in parties for b in parties if a != b)
    return [event for event in events if not (event.rule in deployments and hostile(event))]


def _suppliers_from_deals(events: list[Event]) -> list[Event]:
    """A purchase with no supplier whose sentence tells of a deal between the buyer and one other party
    buys from that party ("India signed a deal with France on Monday to buy 26 Rafale Marine jets"); one
    whose buyers are the deal's two parties is left to the deal, since the text does not say who buys."""
    out = list(events)
    unsettled = set()
    for k, event in enumerate(out):
        if event.type not in ("ArmsTransfer", "TechnologyTransfer") or any(r == "supplier" for r, _ in event.roles):
            continue
        buyers = {key for role, key in event.roles if role == "recipient"}
        if event.status in ("denied", "cancelled", "failed") or not _PURCHASE_PURPOSE.search(event.evidence.text):
            continue  # only a deal made to buy ("signed a deal with France ... to buy"), none refused
        for deal in events:
            parties = {key for role, key in deal.roles if role == "party"}
            if deal.type == "Agreement" and deal.evidence.sentence == event.evidence.sentence \
                    and deal.status not in ("denied", "cancelled", "failed") and len(parties) == 2:
                if len(buyers) == 1 and buyers < parties:
                    out[k] = replace(event, roles=event.roles + (("supplier", next(iter(parties - buyers))),))
                elif buyers == parties:  # "Manila dan New Delhi meneken kontrak untuk pengadaan rudal": one of
                    unsettled.add(k)  # the two buys from the other, the text does not say which: the deal alone
                break
    return [event for k, event in enumerate(out) if k not in unsettled]


def _inherit_times(events: list[Event], text: str, state_of=lambda key: key, apart=frozenset(),
                   article_date: _dt.date | None = None) -> list[Event]:
    """An event whose sentence gives no time takes the time of the latest earlier event, at most
    PARAGRAPHS_BACK paragraphs back, that shares an actor (or the state a leader acts for) and a tense
    ("Putin tiba di Pyongyang pada Rabu. Ia bertemu Kim ..."): news states the date once and goes on.
    Not an event `apart`, told as an earlier occasion ("The two leaders previously met in Lima"), and not
    a time after the article's date for what is told as past ("agreed to meet again early next year. Maduro
    has denied ...": the goal's year is no day of the denial). Of the lenders in that sentence, the one
    sharing the most actors lends ("flew to London on Saturday and was embraced by Starmer, a day after his
    talks with Trump. Starmer and Zelenskyy held talks": Saturday's)."""
    out = list(events)
    paragraphs = _paragraph_starts(text)
    for k, event in enumerate(out):
        if event.time is not None or event.id in apart:
            continue
        paragraph = bisect.bisect_right(paragraphs, event.evidence.start)
        actors = {key for _, key in event.roles} | {state_of(key) for _, key in event.roles}

        def shared(earlier: Event, actors: set[str] = actors) -> int:  # a leader's state counts
            return len(actors & ({key for _, key in earlier.roles} | {state_of(key) for _, key in earlier.roles}))
        lenders: list[Event] = []
        for earlier in reversed(out[:k]):
            if earlier.evidence.sentence >= event.evidence.sentence:
                continue
            if lenders and earlier.evidence.sentence < lenders[0].evidence.sentence \
                    or paragraph - bisect.bisect_right(paragraphs, earlier.evidence.start) > PARAGRAPHS_BACK:
                break
            if earlier.time is not None and shared(earlier) and _same_tense(earlier.status, event.status) \
                    and not (event.status not in PLANS and article_date is not None
                             and (_first_day(earlier.time) or article_date) > article_date):
                lenders.append(earlier)
        if lenders:  # the latest first among equals (`max` keeps the first, and lenders run latest first)
            out[k] = replace(event, time=max(lenders, key=shared).time)
    return out


PLACE_LENDERS = frozenset({"Meeting", "Visit"})
PLACE_BORROWERS = frozenset({"Agreement", "Cooperation"})


def _inherit_places(events: list[Event], state_of=lambda key: key) -> list[Event]:
    """An agreement or cooperation whose sentence names no place takes the place of the meeting or
    visit of the same sentence that shares an actor or their state, or of the previous sentence that
    shares two (its one actor if it names one; a visit's host country counts), in the same tense ("Xi held talks with Vučić in
    Belgrade, and the two signed 28 agreements"): deals are signed where their signers meet, but a
    drill of the United States, South Korea and Japan is not held where NATO met South Koreans the
    sentence before."""
    out = list(events)
    for k, event in enumerate(out):
        if event.place is not None or event.type not in PLACE_BORROWERS:
            continue
        actors = {state_of(key) for _, key in event.roles}
        for earlier in reversed(out[:k + 1]):
            if earlier.evidence.sentence < event.evidence.sentence - 1:
                break
            if earlier.type in PLACE_LENDERS and earlier.place is not None \
                    and len(actors & {state_of(key) for key in (*(k for _, k in earlier.roles), earlier.place)}) >= (
                        1 if earlier.evidence.sentence == event.evidence.sentence else min(2, len(actors))) \
                    and _same_tense(earlier.status, event.status):
                out[k] = replace(event, place=earlier.place)
                break
    return out


VISITOR_PLACE_TAKERS = frozenset({"Meeting", "Gathering"})
VISIT_REACH_DAYS = 3  # days after a visit's last day on which its visitor may still meet there


def _places_from_visits(events: list[Event], remote_words: frozenset[str] = frozenset(), apart=frozenset()) -> list[Event]:
    """A meeting or gathering whose sentence names no place, told in the sentence after a visit, takes
    the visit's place when the visitor takes part, in the same tense and within its days ("Xi arrived
    in Hanoi on Monday. He held talks with To Lam on Tuesday": in Hanoi), unless it was held at a
    distance (`remote_words`: "by video call") or is `apart`, told as an earlier occasion."""
    out = list(events)
    for k, event in enumerate(out):
        if event.place is not None or event.type not in VISITOR_PLACE_TAKERS or event.id in apart \
                or remote_words & _words_of(event.evidence.text):
            continue
        keys = {key for _, key in event.roles}
        for earlier in reversed(out[:k]):
            if earlier.evidence.sentence < event.evidence.sentence - 1:
                break
            if earlier.type == "Visit" and earlier.place is not None and earlier.evidence.sentence < event.evidence.sentence \
                    and keys & {key for role, key in earlier.roles if role == "visitor"} \
                    and _same_tense(earlier.status, event.status) and _within_visit(earlier.time, event.time):
                out[k] = replace(event, place=earlier.place)
                break
    return out


def _within_visit(visit, meeting) -> bool:
    """Can a meeting on `meeting`'s day fall within a visit of `visit`'s days (either unknown: yes)?"""
    first, last, day = _first_day(visit), _last_day(visit), _first_day(meeting)
    if first is None or day is None:
        return True
    if last is None:  # a visit in a month or a year: a meeting within it
        return meeting.value.startswith(visit.value) or day == first
    end = shift_days(last, VISIT_REACH_DAYS)
    return first <= day and (end is None or day <= end)


def _same_tense(a: str, b: str) -> bool:
    future = {"planned", "hoped", "possible"}
    return (a in future) == (b in future)


def _entities(all_founds, actor_uses, facts, gazetteer: Gazetteer, events, positions) -> dict[str, Entity]:
    """Entities of the document with their surface forms and mention counts."""
    records: dict[str, dict] = {}

    def record(key: str, label: str, kind: str, wikidata: str = ""):
        if key not in records:
            entry = gazetteer.get(key)
            records[key] = {
                "label": entry.label if entry else label, "type": entry.type if entry else kind,
                "wikidata": entry.wikidata if entry else wikidata, "provisional": entry is None and not key.startswith("anon:"),
                "aliases": set(), "mentions": 0,
            }
        return records[key]

    for index, found in all_founds:
        if found.type == "unknown":
            continue
        as_actor = found.actor_key and (index, found.tstart, found.key) in actor_uses
        key = found.actor_key if as_actor else found.key
        entry = record(key, found.label or found.text, found.type, found.wikidata)
        if found.via == "anaphor":
            continue
        entry["mentions"] += 1
        if found.via != "title":
            entry["aliases"].add(found.text)
        else:
            entry["aliases"].add(found.label)
            entry["aliases"].add(found.text)
    referenced = {k for f in facts for k in (f.subject, f.object)}
    referenced |= {k for e in events for _, k in e.roles} | {e.place for e in events if e.place}
    referenced |= {s.key for e in events for s in e.sources} | {e.name for e in events if e.name}
    for key in sorted(referenced - set(records)):
        entry = gazetteer.get(key)
        if entry is not None:
            record(key, entry.label, entry.type)
    return {
        key: Entity(key, r["label"], r["type"], r["wikidata"], r["provisional"],
                    tuple(sorted(r["aliases"])), r["mentions"],
                    positions.get(key) or getattr(gazetteer.get(key), "position", ""))
        for key, r in sorted(records.items())
    }
