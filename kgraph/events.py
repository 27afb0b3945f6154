"""Apply event rules to one sentence: triggers, role fillers, place, items and named gatherings.

A rule names its triggers and, for every role, strategies to find the filler:
- `subject`: the nearest actor left of the trigger that is not a prepositional object, not inside a
  relative clause (", yang ... ,") and not an attribution source; with coordinated actors ("A dan B");
- `object`: the nearest actor right of the trigger, not after a locative preposition;
- `after:ke|kepada`: the nearest actor right of the trigger directly after one of those words;
- `sentence_subject`: the first actor of the sentence;
- `role:R` (place only): the filler of role R when it is a place.
Parts joined by "+" are united; otherwise the first strategy that finds someone wins.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache

from .factuality import infinitive_marker, past_form, reaction_before
from .mentions import ACTOR_TYPES, ARTICLES, PLACE_ADVERB, PLACE_TYPES, QUOTE_MARKS, Found, opens_a_noun_phrase
from .rules import TRANSFERS, EventRule, Language, Strategy
from .text import Token, in_number

ITEM_WINDOW_AFTER = 20
ITEM_MODIFIER_REACH = 2  # lowercase words between a name and the item it qualifies ("U.S. military drones")
ITEM_WINDOW_BEFORE = 14
ASKED_GAP = 2  # lowercase words between "to" and the trigger of what is asked ("to impose tougher sanctions")
ACTOR_AND_PLACE = ("actor", "place")
# for rules lifted to states: "pejabat Korea Utara" and "Port Sudan" act for their state
LIFTED = ("actor", "place", "lifted")


@dataclass(frozen=True)
class Candidate:
    """An event found in a sentence before status, time and attribution are attached."""

    rule: EventRule
    tstart: int
    tend: int
    roles: tuple[tuple[str, Found], ...]
    place: Found | None
    items: tuple[tuple[int, int, str, str, str], ...]  # (tstart, tend, label, category, surface)
    named: Found | None
    asked: str = ""  # the status asking gives: "hoped" when the doer was asked, urged or invited to do it
    # ("asked Germany to send"), "planned" when ordered or told to ("told Israel to strike")
    more_places: tuple[Found, ...] = ()  # further places listed with `place`, each an event of its own


class _once:
    """`functools.cached_property` without its lock (Python 3.11 takes one on every first read, a
    few per sentence): the value is stored in the instance's `__dict__`, which later reads find first.
    A sentence context is never shared between threads while it is read."""

    def __init__(self, compute):
        self.compute = compute
        self.name = compute.__name__
        self.__doc__ = compute.__doc__

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        value = instance.__dict__[self.name] = self.compute(instance)
        return value


@dataclass(frozen=True)
class SentenceContext:
    tokens: list[Token]
    founds: list[Found]
    lang: Language
    excluded: frozenset[int]  # attribution-only tokens
    relative: frozenset[int]  # tokens inside ", yang ... ," style relative clauses
    items: tuple[tuple[int, int, str, str, str], ...]
    trigger_ends: frozenset[int] = frozenset()  # token indices right after a trigger
    spans: tuple | None = None  # trigger_spans of the sentence, once found
    dated: frozenset[int] = frozenset()  # tokens inside a time expression ("April 9")
    visited: tuple[Found, ...] = ()  # the state visited in a visit this sentence refers to ("during the trip")
    sides: tuple[tuple[str, str], ...] = ()  # (mention key, the state it acts for), read when `visited` is
    stated_regions: frozenset[str] = frozenset()  # the sentence's regions that lie in a state ("Lebanon selatan")

    @_once
    def first_markers(self) -> dict:
        """`_first_occurrences` of each marker set and start, found once per sentence."""
        return {}

    @_once
    def _eligible_cache(self) -> dict:
        return {}

    def eligible(self, types) -> tuple[tuple[Found, ...], tuple[Found, ...]]:
        """The sentence's mentions that `_eligible` lets fill a role of `types`, in sentence order and
        sorted by start: every strategy of every rule asks, so they are found once per sentence and
        types. Keyed by the types object itself (which `_eligible` tells apart by identity)."""
        try:
            key = (id(types), types)  # holding `types` keeps its id from being reused
            return self._eligible_cache[key]
        except TypeError:  # an unhashable set of types: not kept
            found = tuple(f for f in self.founds if _eligible(f, self, types))
            return found, tuple(sorted(found, key=_start_of))
        except KeyError:
            found = tuple(f for f in self.founds if _eligible(f, self, types))
            self._eligible_cache[key] = found, tuple(sorted(found, key=_start_of))
            return self._eligible_cache[key]

    @_once
    def owned_names(self) -> dict[int, int]:
        """Where each mention that only owns the named one after it starts → where the owned name starts
        ("met Trump's special envoy Steve Witkoff", "sold drones to Russia's ally Belarus"): the owner
        fills no role in its place, and its words join a list as a comma does ("Kishida, Australia's
        Anthony Albanese and India's Narendra Modi")."""
        owned = {}
        for found in self.founds:
            start = _owned_name_start(self, found)
            if start is not None:
                owned[found.tstart] = start
        return owned

    @_once
    def said_clause_commas(self) -> tuple[int, ...]:
        """The commas that open a clause of what the subject says (", saying", ", seraya mengatakan":
        `said_clause_openers`), found once per sentence."""
        openers, tokens = self.lang.matchers["said_clause_openers"], self.tokens
        return tuple(k for k in range(len(tokens) - 1) if tokens[k].text == "," and openers.match_at(tokens, k + 1))

    @_once
    def trigger_tokens(self) -> frozenset[int]:
        """The tokens of the sentence's trigger spans: a verb or event word, where a title or topic ends."""
        return frozenset(k for start, end, _ in self.spans or () for k in range(start, end))

    @_once
    def owner_tokens(self) -> frozenset[int]:
        """The tokens of owners, their "'s" and the titles before the names they own."""
        return frozenset(k for start, end in self.owned_names.items() for k in range(start, end))

    @_once
    def found_starts(self) -> frozenset[int]:
        """Where each mention of the sentence starts, found once per sentence (the strategies ask often)."""
        return frozenset(f.tstart for f in self.founds)

    @_once
    def person_starts(self) -> frozenset[int]:
        """Where each person named in the sentence starts."""
        return frozenset(f.tstart for f in self.founds if f.type == "person")

    @_once
    def demonym_ends(self) -> dict[int, int]:
        """Where each people's word ("Saudi") that stands right before a person's name ends → where it starts."""
        return {f.tend: f.tstart for f in self.founds if f.via == "demonym" and f.tend in self.person_starts}

    @_once
    def item_starts(self) -> frozenset[int]:
        """Where each item of the sentence starts: a coordinator right before one joins a list of things ("air
        minum, makanan, dan peralatan darurat ke Tonga"), not a new clause."""
        return frozenset(item[0] for item in self.items)

    @_once
    def words(self) -> tuple[str, ...]:
        """The lower-cased words of the sentence, in order: the strategies compare phrases with them."""
        return tuple(token.lower for token in self.tokens)

    @_once
    def word_positions(self) -> dict[str, tuple[int, ...]]:
        """Each lower-cased word of the sentence → the token positions it stands at, in order: a
        phrase is then looked for only where its first word is."""
        positions: dict[str, list[int]] = {}
        for k, word in enumerate(self.words):
            positions.setdefault(word, []).append(k)
        return {word: tuple(ks) for word, ks in positions.items()}

    @_once
    def control_verbs(self) -> dict[int, int]:
        """Where each control verb of the sentence ends → where it starts ("asked", "meminta"),
        found once per sentence."""
        matcher = self.lang.matchers.get("control_verbs")
        return {end: start for start, end, _ in matcher.finditer(self.tokens)} if matcher else {}


def _start_of(found: Found) -> int:
    return found.tstart


RELATIVE_MARKERS = frozenset({"yang", "which", "who", "whose", "where", "tempat", "whom", "termasuk", "including",
                              "seperti", "yaitu", "namely", "especially", "terutama", "bekas", "mantan", "former"})


def relative_clause_tokens(tokens: list[Token], lang: Language) -> frozenset[int]:
    """Tokens inside ", yang ... ," / ", which ... ," / ", after which ... ," / ", tempat ... ," spans."""
    inside: set[int] = set()
    for i, token in enumerate(tokens[:-1]):
        if token.text == "," and (tokens[i + 1].lower in RELATIVE_MARKERS or (  # ", after which", ", during which"
                tokens[i + 1].text.isalpha() and tokens[i + 1].text.islower() and i + 2 < len(tokens)
                and tokens[i + 2].lower in ("which", "whom"))):
            k = i + 1
            clausal = tokens[i + 1].lower in lang.matchers["relative_pronouns"] | {"whose", "whom", "where"}
            while k < len(tokens) and (tokens[k].text not in (",", ".", ";") or clausal and _list_goes_on(tokens, k, lang)):
                inside.add(k)
                k += 1
    return frozenset(inside)


def _list_goes_on(tokens: list[Token], k: int, lang: Language) -> bool:
    """Is the comma at k one of a list of names that a coordinator closes before the next comma ("whose tour
    took him to Egypt, Uganda and Ethiopia, arrived": the clause holds the whole list; not a list "including"
    names, which are the sentence's own)?"""
    if tokens[k].text != ",":
        return False
    for j in range(k, len(tokens)):
        if tokens[j].text == ",":  # the list may go on ("Egypt, the Republic of Congo, Uganda and Ethiopia")
            after = _after_list_comma(tokens, j, lang)
            if after != "name":
                return after == "last"
        elif tokens[j].text in (".", ";"):
            return False
        elif tokens[j].lower in lang.matchers["coordinators"]:
            return j + 1 < len(tokens) and tokens[j + 1].text[:1].isupper()
    return False


def _after_list_comma(tokens: list[Token], j: int, lang: Language) -> str:
    """What follows the comma at j: "last" (a coordinator and a name: "Xi, Putin, and Modi"), "name" (a name,
    past an article: ", the Republic of Congo") or "" (anything else)."""
    if j + 2 < len(tokens) and tokens[j + 1].lower in lang.matchers["coordinators"] and tokens[j + 2].text[:1].isupper():
        return "last"
    first = j + 1 + (j + 1 < len(tokens) and tokens[j + 1].lower in ARTICLES)
    return "name" if first < len(tokens) and tokens[first].text[:1].isupper() else ""


PRICE_REACH = 4  # words between a word of price and the sum it prices ("senilai 2 miliar dolar")


def find_items(tokens: list[Token], lang: Language, text: str) -> tuple[tuple[int, int, str, str, str], ...]:
    """Items named in the sentence: (token start, token end, label, category, surface form); not the
    item words inside a phrase that names something else ("gencatan senjata" is a ceasefire), nor a sum
    of money that is a price or an investment ("batu bara senilai 2 miliar dolar", "1 billion euros' worth of
    weapons": `price_words` before or after it)."""
    blocked = {k for s, e, _ in lang.matchers["not_items"].finditer(tokens) for k in range(s, e)}
    prices = lang.matchers["price_words"]
    return tuple((s, e, label, category, text[tokens[s].start:tokens[e - 1].end])
                 for s, e, (label, category) in lang.items.finditer(tokens) if s not in blocked
                 and not (label == "funds" and (any(t.lower in prices for t in tokens[max(0, s - PRICE_REACH):s])
                                                or any(t.lower in prices for t in tokens[e:e + PRICE_REACH]))))


OWNED_TITLE_REACH = 3  # lower-case words between an owner's "'s" and the name it owns ("special envoy")


def _owned_name_start(ctx: SentenceContext, found: Found) -> int | None:
    """Where the actor's name starts that the mention owns through "'s" and a few lower-case nouns
    ("Trump's special envoy Steve Witkoff"); None if no such name follows ("Israel's attack on Gaza",
    where a preposition comes first)."""
    tokens, k = ctx.tokens, found.tend
    if k + 2 >= len(tokens) or tokens[k].text not in ("'", "’") or tokens[k + 1].lower != "s":
        return None
    m = ctx.lang.matchers
    first = k + 2
    in_triggers = ctx.trigger_tokens
    for k in range(first, min(len(tokens), first + OWNED_TITLE_REACH + 2)):
        if any(f.tstart == k and f is not found and f.type in ACTOR_TYPES for f in ctx.founds):
            return k
        if k in in_triggers or m["source_before"].match_at(tokens, k):
            return None  # "Vietnam's president met Putin", "Israel's strikes hit Iran": a verb or event, no title
        word = tokens[k]
        if word.text == "," and k > first and any(f.tstart == k + 1 and f.type == "person" for f in ctx.founds):
            continue  # "Israel's strategic affairs minister, Ron Dermer": a title set off before the name
        if not (word.text.isalpha() and word.text.islower()) or word.lower in m["prepositions"] \
                or word.lower in m["coordinators"] or word.lower in m["determiners"]:
            return None
    return None


def _eligible(found: Found, ctx: SentenceContext, types) -> bool:
    if found.descriptor or found.tstart in ctx.excluded:
        return False
    if types is not PLACE_TYPES and found.tstart in ctx.owned_names:
        return False  # "met Trump's special envoy Steve Witkoff": Witkoff met, not Trump
    if found.via == "demonym" and types is not PLACE_TYPES and found.tend in ctx.person_starts:
        return False  # "met Saudi King Salman": the king met, and "Saudi" only says whose king he is
    if found.type == "anonymous":  # anonymous sources report events; they act only through their state
        return types is LIFTED or (types is ACTOR_TYPES and bool(found.state))  # "U.S. and Iraqi officials met"
    if types is ACTOR_TYPES:
        return found.type in ACTOR_TYPES or bool(found.actor_key)
    if isinstance(types, tuple):  # actors, or places taken as themselves
        return found.type in ACTOR_TYPES or found.type in PLACE_TYPES
    return found.type in types


def _head_start(ctx: SentenceContext, found: Found) -> int:
    """Where the phrase of a mention starts, past articles and direction words ("the southern Red Sea"),
    a compound adjective ("quake-hit Turkey"), and past a place noun with "of" ("near the town of
    Bilopillia", `name_context_before_of`)."""
    k = found.tstart
    if k > 1 and ctx.tokens[k - 1].lower == "of" and ctx.tokens[k - 2].lower in ctx.lang.matchers["context_before_of"]:
        k -= 2
    tokens = ctx.tokens
    if k > 2 and tokens[k - 2].text == "-" and tokens[k - 1].text.isalpha() and tokens[k - 1].text.islower() \
            and tokens[k - 3].text.isalpha() and tokens[k - 3].text.islower():
        k -= 3  # a compound adjective: "to quake-hit Turkey", "to war-torn Sudan"
    elif k > 2 and tokens[k - 2].text == "-" and tokens[k - 1].text.isalpha() and tokens[k - 1].text.islower():
        k = next((f.tstart for f in ctx.founds if f.descriptor and f.tend == k - 2), k)  # a name describing
        # the next one: "to the U.N.-backed Government of National Accord"
    if found.type == "person" and k in ctx.demonym_ends:
        k = ctx.demonym_ends[k]  # a people's word before a name whose title the gazetteer holds: "with Saudi King Salman"
    floor = k - 3
    while k > 0 and k > floor and (tokens[k - 1].lower in ARTICLES or tokens[k - 1].lower in ctx.lang.matchers["modifiers"]):
        k -= 1
    if found.via == "demonym" and k > 0 and tokens[k - 1].lower in ctx.lang.matchers["title_possessives"]:
        k -= 1  # a people's word after a possessive: "with its Greek counterpart", "with their Vietnamese allies"
    return k


def _preceded_by(ctx: SentenceContext, found: Found, words) -> bool:
    """Is the mention's phrase right after one of `words` ("in the southern Red Sea")?"""
    k = _head_start(ctx, found) - 1
    return k >= 0 and ctx.tokens[k].lower in words


def _with_mates(ctx: SentenceContext, anchor: Found, types) -> list[Found]:
    return [f for f in ctx.founds if f.tstart == anchor.tstart and f.tend == anchor.tend and _eligible(f, ctx, types)]


def _in_apposition(ctx: SentenceContext, found: Found, founds: list[Found], tstart: int, longest: int = 6) -> bool:
    """Whether found sits in ", the ... ," after another actor ("Vladimir Putin, the Russian president,
    met ..."), or in an aside of plain words or a possessive after one ("Tiongkok, sekutu Rusia, telah
    meluncurkan", "China, India's rival, launched": Indonesian has no article): the actor before the
    comma is the subject."""
    tokens = ctx.tokens
    if "," not in {t.text for t in tokens[found.tend:tstart]}:
        return False
    for k in range(found.tstart - 1, max(0, found.tstart - longest) - 1, -1):
        if tokens[k].text == ",":
            if k == found.tstart - 1:  # the name right after the comma: an aside only as an owner ("India's rival")
                aside = found.tend + 1 < len(tokens) and tokens[found.tend].text in ("'", "’") \
                    and tokens[found.tend + 1].lower == "s"
            else:  # plain words first ("sekutu Rusia")
                aside = all(t.text.isalpha() and t.text.islower() for t in tokens[k + 1:found.tstart])
            return aside and any(f.tend == k for f in founds)
        if tokens[k].lower in ARTICLES and k > 0 and tokens[k - 1].text == ",":
            return any(f.tend == k - 1 for f in founds)
    return False


def _opening_clause_end(ctx: SentenceContext, tstart: int) -> int | None:
    """The comma that closes a clause opening the sentence with a word of another event's time or of
    purpose, when the trigger stands inside it ("Before meeting Zelenskyy, ...", "After talks with Modi,
    ...", "To attend the summit, ..."), else None."""
    if not ctx.tokens or ctx.tokens[0].lower not in ctx.lang.matchers["clause_openers"]:
        return None
    comma = next((k for k, t in enumerate(ctx.tokens) if t.text == ","), None)
    return comma if comma is not None and tstart < comma else None


NOUN_MODIFIER_REACH = 4  # words between a determiner and its noun ("a three-day state visit")


def _noun_use(ctx: SentenceContext, tstart: int) -> bool:
    """Is the trigger a noun: a determiner before it, past a few lower-case modifiers ("a three-day state visit",
    "his first visit"; not "Xi will visit")?"""
    return _determiner_before(ctx, tstart) is not None


def _determiner_before(ctx: SentenceContext, tstart: int) -> int | None:
    """Where the determiner of a noun trigger stands, past a few lower-case modifiers, or None."""
    m = ctx.lang.matchers
    for k in range(tstart - 1, max(-1, tstart - 2 - NOUN_MODIFIER_REACH), -1):
        word = ctx.tokens[k]
        if word.lower in m["determiners"]:
            return k
        if not (word.text.islower() or word.text == "-" or word.text.isdigit()) or word.lower in m["passive_markers"] \
                or word.lower in m["prepositions"]:
            return None
    return None


def _possessor(ctx: SentenceContext, tstart: int, founds: list[Found]) -> list[Found]:
    """Whom a possessive determiner before a noun trigger means, as the mentions resolved it ("his first official
    visit", "her three-day trip"): none when no one-word anaphor is the noun's determiner."""
    k = _determiner_before(ctx, tstart)
    return [] if k is None else [f for f in founds if f.tstart == k and f.tend == k + 1 and f.via == "anaphor"]


def _past_parenthesis(tokens, k: int, longest: int = 6) -> int:
    """The token after a short aside opening at k ("(PCG)"), or k when none opens there."""
    if k < len(tokens) and tokens[k].text == "(":
        for j in range(k + 1, min(k + longest + 1, len(tokens))):
            if tokens[j].text == ")":
                return j + 1
    return k


HYPHENS = frozenset({"-", "–"})


def _coordinated(ctx: SentenceContext, anchor: Found, types, leftwards: bool) -> list[Found]:
    """The anchor and the actors coordinated with it ("Kim Jong Un dan Vladimir Putin"); rightwards, the
    names after the list's last comma are the subject of a clause of their own when a verb follows them
    ("During Modi's visit to Moscow, India and Russia signed nine agreements": Moscow alone)."""
    group = _coordinated_list(ctx, anchor, types, leftwards)
    return group if leftwards else _before_a_new_subject(ctx, group)


def _before_a_new_subject(ctx: SentenceContext, listed: list[Found]) -> list[Found]:
    """A list of names cut before its last comma when a verb follows its last name: the names after
    the comma are that verb's subject ("to Moscow, India and Russia signed an agreement")."""
    if len(listed) < 2 or not _verb_follows(ctx, max(f.tend for f in listed)):
        return listed
    members = sorted(listed, key=_start_of)
    commas = [n for n in range(1, len(members))
              if any(ctx.tokens[k].text == "," for k in range(members[n - 1].tend, members[n].tstart))]
    return [f for f in listed if f.tstart < members[commas[-1]].tstart] if commas else listed


def _verb_follows(ctx: SentenceContext, end: int) -> bool:
    """Does a verb trigger (not an event noun) start right at `end`?"""
    return any(start == end and _verb_span(ctx, start, stop, rules)
               and not ctx.lang.matchers["event_nouns"].match_at(ctx.tokens, start)
               for start, stop, rules in ctx.spans or ())


def _verb_span(ctx: SentenceContext, start: int, end: int, rules) -> bool:
    """Can the trigger span be a verb opening a clause: not one its next word bars for every rule ("face
    to face"), nor a preposition ("at the G20 summit", "di Istanbul")?"""
    return not _barred_by_next_word(ctx, end, rules) and ctx.tokens[start].lower not in ctx.lang.matchers["prepositions"]


def _coordinated_list(ctx: SentenceContext, anchor: Found, types, leftwards: bool) -> list[Found]:
    """The anchor and the actors joined to it by commas and coordinators, in one direction."""
    group = _with_mates(ctx, anchor, types)
    coordinators = ctx.lang.matchers["coordinators"]
    glue = coordinators | {","}
    current = anchor
    ordered = ctx.eligible(types)[1]
    while True:
        owners = ctx.owner_tokens  # "Australia's Anthony Albanese": the owner's words are no gap
        if leftwards and (named := _named_before_parenthesis(ctx, current, ordered)) is not None:
            group.extend(_with_mates(ctx, named, types))  # "Indonesia and the United Arab Emirates (UAE) signed":
            current = named  # the list goes on from the name the short form stands for
            continue
        if leftwards:
            start = _counterpart_start(ctx, current)  # "Putin and his Chinese counterpart Xi Jinping"
            options = [f for f in ordered if f.tend <= start and f.tend < current.tstart and sum(
                k not in owners for k in range(_past_parenthesis(ctx.tokens, _body_end(ctx, f)), start)) <= 2]
            neighbour = options[-1] if options else None
            gap = [k for k in range(_past_parenthesis(ctx.tokens, _body_end(ctx, neighbour)), start)
                   if k not in owners] if neighbour else []
        else:
            after = _past_parenthesis(ctx.tokens, _body_end(ctx, current))
            options = [f for f in ordered if after <= f.tstart and f.tstart > current.tend
                       and sum(k not in owners for k in range(after, f.tstart)) <= 2]
            neighbour = options[0] if options else None
            gap = [k for k in range(after, neighbour.tstart) if k not in owners] if neighbour else []
        hyphen = len(gap) == 1 and ctx.tokens[gap[0]].text in HYPHENS  # "China-Russia drills", "U.S.-Japan"
        if neighbour is None or not gap or not hyphen and not all(
                ctx.tokens[k].lower in glue  # "X and the Y", but not "X, the Y" (an apposition)
                or (ctx.tokens[k].lower in ARTICLES and ctx.tokens[k - 1].lower in coordinators) for k in gap):
            return group
        if all(ctx.tokens[k].text == "," for k in gap) and (current.via == "anaphor" or leftwards and current is anchor
                                                              and _opens_with_words(ctx, neighbour, glue)):
            return group  # "Hungary, his first trip": "his" lists nothing; "Dalam kunjungannya ke Paris, Prabowo",
            # "Menurut Kepala Staf Angkatan Laut, Indonesia": an opening phrase, no conjunct (but a headline's
            # "Russia, China hold drills" and "delegations from Russia, Ukraine and Turkey" are lists)
        if not leftwards and any(start == neighbour.tend and _verb_span(ctx, start, end, rules)
                                 for start, end, rules in ctx.spans or ()) \
                and _object_of_a_verb(ctx, anchor):
            return group  # "attacked Kyiv and Ukraine struck Moscow": the name after "and" opens a clause (not
            # "Pertemuan Trump dan Zelensky berlangsung ...", where the names belong to the noun)
        group.extend(_with_mates(ctx, neighbour, types))
        current = neighbour


def _body_end(ctx: SentenceContext, found: Found) -> int:
    """Where a mention ends with the state body it owns or qualifies ("Ethiopia's government", "the Sudanese
    army": `body_nouns`), which acts for it in a list of parties; else where the mention ends."""
    tokens, k = ctx.tokens, found.tend
    possessive = k + 1 < len(tokens) and tokens[k].text in ("'", "’") and tokens[k + 1].lower == "s"
    if possessive:
        k += 2
    owns = possessive or found.via == "demonym"
    return k + 1 if owns and k < len(tokens) and tokens[k].lower in ctx.lang.matchers["body_nouns"] else found.tend


def _named_before_parenthesis(ctx: SentenceContext, found: Found, ordered: list[Found]) -> Found | None:
    """The name right before the parenthesis that holds `found` alone, when both name the same one ("the United
    Arab Emirates (UAE)": the United Arab Emirates, for UAE; not "Garda Revolusi Iran (IRGC)": Iran), or None."""
    tokens = ctx.tokens
    if found.tstart < 2 or tokens[found.tstart - 1].text != "(" or found.tend >= len(tokens) \
            or tokens[found.tend].text != ")":
        return None
    return next((f for f in ordered if f.tend == found.tstart - 1 and f.key == found.key), None)


def _counterpart_start(ctx: SentenceContext, found: Found) -> int:
    """Where a counterpart's title before or at the start of the name begins ("his Chinese counterpart Xi
    Jinping": at "his"), when a word of `counterpart_words` stands there after an optional demonym and a
    possessive (`title_possessives`): that title joins the name to a list ("Putin and his Chinese counterpart
    Xi Jinping met"); else where the name starts."""
    m = ctx.lang.matchers
    words = m["counterpart_words"]
    k = next((n + 1 for n in range(found.tstart, found.tend) if ctx.tokens[n].lower in words), found.tstart)
    if k == found.tstart and (k < 1 or ctx.tokens[k - 1].lower not in words):
        return found.tstart
    j = k - 1
    demonym = next((f for f in ctx.founds if f.tend == j and f.descriptor), None)
    if demonym is not None:
        j = demonym.tstart
    if j > 0 and ctx.tokens[j - 1].lower in m["title_possessives"]:
        j -= 1
    return min(j, found.tstart)


CIVILIAN_REACH = 3  # words between private people and their country ("tim bulu tangkis Indonesia")


def _private_people_of(ctx: SentenceContext, found: Found) -> bool:
    """Does the country only say whose private people they are: a civilian noun a few lower-case words
    before or after it ("jemaah haji Indonesia", "tim bulu tangkis Indonesia", "turis asal China",
    "Chinese tourists", "the Japanese national football team")?"""
    m = ctx.lang.matchers
    before = range(found.tstart - 1, max(-1, found.tstart - 1 - CIVILIAN_REACH), -1)
    if _civilian_within(ctx, before, m):
        return True
    k = found.tstart - 1  # "hostages from Israel", "families of hostages from Israel"
    if k > 0 and ctx.tokens[k].lower in m["prepositions"] and ctx.tokens[k - 1].lower in m["civilian_nouns"]:
        return True
    if found.via != "demonym" and not (found.tend < len(ctx.tokens) and ctx.tokens[found.tend].text in ("'", "’")):
        return False  # after a name, the words are its verb's ("Russia struck civilian infrastructure")
    after = range(found.tend, min(len(ctx.tokens), found.tend + CIVILIAN_REACH))
    return _civilian_within(ctx, after, m)


def _civilian_within(ctx: SentenceContext, positions: range, m) -> bool:
    """Is there a civilian noun among the lower-case words at `positions`, before any other word?"""
    for k in positions:
        word = ctx.tokens[k]
        if word.lower in m["civilian_nouns"]:
            return True
        if word.text in ("'", "’") or word.lower == "s" and k > 0 and ctx.tokens[k - 1].text in ("'", "’"):
            continue  # "Indonesia's badminton team"
        if not word.text.isalpha() or (word.text[:1].isupper() and k > 0) or word.lower in m["relative_pronouns"] \
                or word.lower in m["prepositions"] or word.lower in m["coordinators"] \
                or word.lower in m["conditions"] or m["boundaries"].match_at(ctx.tokens, k):
            return False  # "pekerja yang dikirim Indonesia": the state sends them; "hostages if Israel halted"
    return False


UNNAMED_SUBJECT_REACH = 3  # lower-case words between an unnamed subject's noun and the trigger ("have also imposed")
UNNAMED_MODIFIER_REACH = 3  # words that may qualify that noun ("Western", "other European")


def _unnamed_subject(ctx: SentenceContext, floor: int, tstart: int) -> bool:
    """Is the trigger's subject a plural noun of states or people named by no name, right before it ("as Western
    governments lined up sanctions", "while rich countries pledged aid": `unnamed_subject_heads`)? Not when a
    name, a possessive or a coordinator qualifies it ("Russian officials", "its allies", "Russia and its allies")."""
    m = ctx.lang.matchers
    heads = m["unnamed_subject_heads"]
    if not heads or not any(word in heads for word in ctx.words[max(floor, tstart - UNNAMED_SUBJECT_REACH):tstart]):
        return False  # (every subject search asks: most end here, before any set is built)
    if m["gerund_endings"] and ctx.tokens[tstart].lower.endswith(m["gerund_endings"]):
        return False  # "a dozen leaders attending in person": no verb of theirs
    named = {j for f in ctx.founds if f.type != "unknown" for j in range(f.tstart, f.tend)}  # ("Western" is none)
    k = tstart - 1
    while k > floor and tstart - 1 - k < UNNAMED_SUBJECT_REACH and ctx.tokens[k].lower not in heads \
            and k not in named and ctx.tokens[k].text.isalpha() \
            and (ctx.tokens[k].text.islower() or ctx.tokens[k].lower in m["non_seat_modifiers"]) \
            and ctx.tokens[k].lower not in m["prepositions"] and ctx.tokens[k].lower not in m["determiners"]:
        k -= 1  # "have", "will", "also", a verb before a noun trigger ("imposed sanctions"), not "at a summit";
        # a modifier after the noun ("negara-negara Barat telah mengirim")
    if k < floor or ctx.tokens[k].lower not in heads:
        return False
    if k in named:
        return False  # a head inside a name
    j = k
    while j > floor and k - j < UNNAMED_MODIFIER_REACH:
        word = ctx.tokens[j - 1]
        if j - 1 in named or word.lower in m["possessive_pronouns"] or word.lower in m["coordinators"] \
                or word.text in ("'", "’") or word.lower == "s" and j > 1 and ctx.tokens[j - 2].text in ("'", "’"):
            return False  # "Russian officials", "its allies", "Russia and allies", "Russia's allies"
        if word.lower in m["prepositions"] and word.lower not in m["clause_subordinators"]:
            return False  # "among a dozen leaders": the object of a preposition (not "as Western governments")
        if not word.text.isalpha() or word.lower in m["relative_pronouns"] or word.lower in m["clause_subordinators"] \
                or m["boundaries"].match_at(ctx.tokens, j - 1) or word.lower in m["complementizers"] \
                or m["source_before"].match_at(ctx.tokens, j - 1):
            break  # "Putin said Western countries had sent": the verb of saying ends the phrase
        if word.lower in m["determiners"]:
            j -= 1  # "the Western powers", "more than 50 leaders" read on to what stands before
            continue
        j -= 1
    return True


def _subject_window(ctx: SentenceContext, tstart: int) -> int:
    """Where the words that may name the trigger's subject start: a few words back, but not before a
    comma after which an actor or place is named ("Despite rising prices, Israel struck ...": prices hit nothing;
    "when twin cyclones, Judy and Kevin, struck" keeps the cyclones, whose names are no actors). A participle
    phrase between commas right before the trigger is passed over to the words before it ("The measures,
    announced by the Treasury, hit companies": the measures)."""
    opening = _participle_parenthesis_before(ctx, tstart)
    if opening is not None:
        tstart = opening
    start = max(0, tstart - SUBJECT_REACH)
    for k in range(tstart - 1, start - 1, -1):
        if ctx.tokens[k].text == "," and any(k < f.tstart < tstart and (f.type in ACTOR_TYPES or f.type in PLACE_TYPES)
                                            and f.type != "unknown" for f in ctx.founds):
            return k + 1
    return start


PARENTHESIS_REACH = 12  # words of a participle phrase between commas before a trigger


def _participle_parenthesis_before(ctx: SentenceContext, tstart: int) -> int | None:
    """The opening comma of a participle phrase set off by commas right before the trigger (", announced by
    the Treasury," before "hit"), if any."""
    m, tokens = ctx.lang.matchers, ctx.tokens
    if tstart < 3 or tokens[tstart - 1].text != "," or not m.get("participle_endings"):
        return None
    for k in range(tstart - 2, max(0, tstart - 2 - PARENTHESIS_REACH), -1):
        if tokens[k].text == ",":
            word = tokens[k + 1].lower
            return k if k + 1 < tstart - 1 and (word in m["irregular_participles"]
                                                or word.endswith(m["participle_endings"])) else None
    return None


def _reported_subject_between(ctx: SentenceContext, start: int, tstart: int) -> bool:
    """Does a reporting verb between tokens start and tstart open a clause with a subject of its own, a
    noun phrase after an article ("said (that) a missile struck", "adding that the drones hit"), or one whose
    subject is the noun the whole stands after, with nothing but auxiliaries between the verb of saying and the
    trigger ("sanctions on firms it said had supplied Iran": the firms supply, not the speaker)?"""
    m = ctx.lang.matchers
    for k in range(start, tstart):
        said = m["source_before"].match_at(ctx.tokens, k) or m["said_clause_openers"].match_at(ctx.tokens, k)
        if said:
            after = k + said[0]
            if m["participle_endings"] and after < tstart and all(
                    t.lower in m["perfect_auxiliaries"] or t.lower in m["copulas"] for t in ctx.tokens[after:tstart]):
                return True
            if after < tstart and ctx.tokens[after].lower in m["complementizers"]:
                after += 1
            if after < tstart and ctx.tokens[after].lower in ARTICLES:
                return True
    return False


def _barred_by_next_word(ctx: SentenceContext, end: int, rules) -> bool:
    """Does the word after a trigger bar every rule of it ("face to face" is no "face" of sanctions)?"""
    following = ctx.tokens[end].lower if end < len(ctx.tokens) else None
    return following is not None and all(following in rule.unless_followed_by for rule in rules)


def _object_of_a_verb(ctx: SentenceContext, found: Found) -> bool:
    """Is the mention the object of a trigger that is a verb, not an event noun ("attacked Kyiv", not
    "Pertemuan Trump")?"""
    head = _head_start(ctx, found)
    return any(end in (head, found.tstart) and not ctx.lang.matchers["event_nouns"].match_at(ctx.tokens, start)
               for start, end, _ in ctx.spans or ())


def _marked_item(ctx: SentenceContext, tend: int, item_start: int, markers) -> bool:
    """Does one of `markers` stand between the trigger and the item, with no infinitive or topic word
    before it ("asked Germany for more Taurus missiles"; not "asked the US to stop selling weapons",
    "asked Putin about North Korean missiles")?"""
    m = ctx.lang.matchers
    for k in range(tend, item_start + 1):  # the item's own first word may be the marker ("for help")
        word = ctx.tokens[k].lower
        if word in markers:
            return True
        if word in m["infinitive_markers"] or word in m["topic_prepositions"] and not _dates(ctx, k + 1):
            return False  # (but "asked member states on Monday for help": a date, no topic)
    return False


def _dates(ctx: SentenceContext, k: int) -> bool:
    """Does token k begin a date: a weekday, a month or a day's number ("on Monday", "on 6 February")?"""
    if k >= len(ctx.tokens):
        return False
    word = ctx.tokens[k].lower
    return word.isdigit() or word in ctx.lang.time.get("weekdays", {}) or word in ctx.lang.time.get("months", {})


def _in_clause_after_which(ctx: SentenceContext, k: int) -> bool:
    """Is token k in a relative clause opened by a preposition and "which" (", after which ...")? Such a
    clause tells what followed the event, not where it was (unlike ", which had been planned in Abu Dhabi")."""
    if k not in ctx.relative:
        return False
    while k - 1 in ctx.relative:
        k -= 1
    return k + 1 < len(ctx.tokens) and ctx.tokens[k + 1].lower in ("which", "whom") \
        and ctx.tokens[k].lower not in ("which", "whom")


def _clear_of_objects(ctx: SentenceContext, group: list[Found], tstart: int) -> list[Found]:
    """A subject's group (anchor first, then leftwards) cut where it runs into another trigger's object or
    a place after one ("met Xi in Beijing and Modi met Biden"):
    "will visit China, and Japan's foreign minister will travel to Brazil" is Japan's trip alone; in
    "visited France and the US and held talks" the US is no subject at all (empty), but in "joined Biden
    and Kishida at a trilateral summit" the two attend it."""
    coordinators = ctx.lang.matchers["coordinators"]
    for n, found in enumerate(group):
        if n and found.type in ("city", "region", "facility") and _preceded_by(ctx, found, ctx.lang.matchers["locatives"]) \
                and any(end <= found.tstart for _, end, _ in ctx.spans or ()):
            return group[:n]  # "Putin met Xi in Beijing and Modi met Biden": Beijing is where the first met
        if n and found.tstart in ctx.trigger_ends:
            for k in range(1, n + 1):
                gap = [t.lower for t in ctx.tokens[group[k].tend:group[k - 1].tstart]]
                if "," in gap and any(word in coordinators for word in gap):
                    return group[:k]
            if any(t.lower in coordinators or t.text == "," for t in ctx.tokens[group[0].tend:tstart]):
                return []  # "... the US and held talks", "... Hungary, his first trip": no subject of its own
            if group[0].tend == tstart:
                return group[:n]  # "Xi met Putin and Modi met Biden": Modi, right before his verb, meets alone
            return group  # "joined Biden and Kishida at a trilateral summit": all attend
    return group


def _opens_with_words(ctx: SentenceContext, found: Found, glue) -> bool:
    """Do words that are no list glue come before the mention's phrase ("Di Ukraina", "Menurut Kepala Staf
    ...")? Then it sits in an opening phrase, not a list ("Congo and Rwanda, A and B, agreed")."""
    k = _head_start(ctx, found)
    return k > 0 and ctx.tokens[k - 1].lower not in glue


def _people_of(ctx: SentenceContext, found: Found) -> bool:
    """Is the mention the state or body of unnamed people right before it ("Officials of the two countries
    met", "pejabat dari kedua negara", "a contingent of Kenyan police officers": `people_of_prepositions` after
    an anonymous source of no state or one of `group_nouns`)? They act through it, as "Thai and Cambodian
    officials" do."""
    k = _head_start(ctx, found) - 1
    m = ctx.lang.matchers
    return k > 0 and found.type in ("country", "organisation") and ctx.tokens[k].lower in m["people_of_prepositions"] and (
        ctx.tokens[k - 1].lower in m["group_nouns"]  # "The first contingent of Kenyan police officers landed"
        or any(f.tend == k and f.type == "anonymous" and not f.state for f in ctx.founds))


def _past_verb_after(ctx: SentenceContext, k: int, tend: int) -> bool:
    """Is the word after token k a lower-case past verb ("and blamed", `past_forms`) that opens a clause of
    its own: what follows it fills no role of the trigger ending at `tend` ("denied targeting the hospital
    and blamed ...")? Right after the trigger, two verbs share their object ("struck and destroyed a depot",
    "attacked and surrounded Avdiivka"), but for a verb of saying or blaming (`own_clause_verbs`: "denied
    attacking and blamed Kyiv")."""
    if k + 1 >= len(ctx.tokens):
        return False
    word = ctx.tokens[k + 1].text
    m = ctx.lang.matchers
    return word.isalpha() and word.islower() and (word.endswith("ed") or word in m["past_forms"]) \
        and (k > tend or word in m["own_clause_verbs"])


def said_clause_between(ctx: SentenceContext, start: int, end: int) -> bool:
    """Does a clause of what the subject says open between tokens start and end, after a comma
    (", saying", ", seraya mengatakan": `said_clause_openers`)? What it holds fills no role of a trigger
    before it."""
    return any(start <= k < end for k in ctx.said_clause_commas)


SUBJECT_NOUN_REACH = 2  # plain words of an unnamed subject before its past verb ("after militants attacked")


def subject_end(tokens: list[Token], founds: list[Found], k: int, m: dict) -> int | None:
    """Where the subject of a clause that opens at token k ends: a name ("after Trump met Putin"), an article and
    a name ("after the United States struck Fordow"), or up to two plain words before a past verb ("after
    militants attacked tourists"); None when no subject opens there ("after arriving", "after talks in Doha")."""
    ends = {f.tstart: f.tend for f in sorted(founds, key=lambda f: f.tend)}
    if k in ends:
        return ends[k]
    if k + 1 in ends and tokens[k].lower in ARTICLES:
        return ends[k + 1]
    j = k + (k < len(tokens) and tokens[k].lower in ARTICLES)
    for n in range(j, min(j + SUBJECT_NOUN_REACH, len(tokens) - 1)):
        word = tokens[n]
        if not (word.text.isalpha() and word.text.islower()) or word.lower in m["prepositions"] \
                or word.lower in m["past_forms"]:
            return None
        following = tokens[n + 1].lower
        if following in m["past_forms"] or following in m["irregular_participles"] or m["participle_endings"] \
                and following.endswith(m["participle_endings"]) and following not in m["prepositions"]:
            return n + 1
    return None


def _asking_verb_at(ctx: SentenceContext, k: int) -> bool:
    """Does a control verb or a verb of saying start at token k, past `asking_inserts` ("mengecam serangan di Doha
    dan mendesak Dewan Keamanan PBB ...", "dan juga mendesak": a predicate of its own after "dan", whose object is
    no owner of the attack)?"""
    while k < len(ctx.tokens) and ctx.tokens[k].lower in ctx.lang.matchers["asking_inserts"]:
        k += 1
    return k in ctx.control_verbs.values() or bool(ctx.lang.matchers["source_before"].match_at(ctx.tokens, k))


def _set_off(tokens, k: int) -> bool:
    """Is token k an adverb set off by commas ("China, meanwhile, said", "Tiongkok, sementara itu,
    menyatakan"), one word or two, rather than a conjunction opening a clause?"""
    return tokens[k - 1].text == "," and any(j < len(tokens) and tokens[j].text == "," for j in (k + 1, k + 2))


def _other_clause_between(ctx: SentenceContext, tend: int, start: int, types=ACTOR_TYPES) -> bool:
    """Does a clause of another event open between tokens `tend` and `start`: a phrase of `other_event_before`
    right before a subject of its own, then a trigger ("after Trump met Putin", "after the United States struck
    Fordow", "setelah Israel menyerang")? What follows is that event's, not the trigger's before it. A clause
    of the same time ("when they met in Istanbul") sets the scene: its place may still be the trigger's."""
    return any(e <= start for _, e in _other_clauses(ctx, tend, start + 1, types is not PLACE_TYPES))


def _other_clauses(ctx: SentenceContext, start: int, stop: int, subordinate: bool = True):
    """(phrase start, phrase end) of each phrase of `other_event_before` in tokens[start:stop] that opens a
    clause of another event: a subject of its own right after it, then a trigger other than an arrival ("after
    Trump met Putin"); with `subordinate`, also a word of `clause_subordinators` or a coordinator right before a
    subject and its verb ("as China pledged more supplies", "and China pledged")."""
    m, triggers = ctx.lang.matchers, ctx.spans or ()
    for k, e, _ in m["other_event_before"].finditer(ctx.tokens, start, stop):
        if subject_end(ctx.tokens, ctx.founds, e, m) is not None and _other_trigger_after(triggers, e):
            yield k, e
    starts = {s for s, _, _ in triggers}
    for k in range(start, min(stop, len(ctx.tokens)) if subordinate else start):
        word = ctx.tokens[k].lower
        if (word in m["clause_subordinators"] or word in m["coordinators"]) and _subject_and_verb_at(ctx, k, starts) \
                and _other_trigger_after(triggers, k + 1):
            yield k, k + 1


def _subject_and_verb_at(ctx: SentenceContext, k: int, starts: set[int]) -> bool:
    """Do a subject and its verb follow the subordinator or coordinator at token k ("as China pledged", "as relief
    flown in reached")? The verb is a trigger's first word or a past form, and no participle with its agent
    ("ports and a power station held by the Houthis"); after a coordinator only a name is such a subject ("ship
    the ammunition and arms it had agreed to supply")."""
    m, tokens = ctx.lang.matchers, ctx.tokens
    end = subject_end(tokens, ctx.founds, k + 1, m)
    if end is None or end + 1 >= len(tokens) or tokens[end + 1].lower in m["passive_agents"]:
        return False
    if not (end in starts and tokens[end].lower not in m["prepositions"] or _verb_form(tokens[end], m)):
        return False  # ("Xi and Modi at the BRICS summit": a preposition, though a trigger's first word)
    return tokens[k].lower not in m["coordinators"] or any(
        f.tend == end and (f.tstart == k + 1 or f.tstart == k + 2 and tokens[k + 1].lower in ARTICLES) for f in ctx.founds)


def _verb_form(token: Token, m: dict) -> bool:
    """Is the token a lower-case past verb or participle ("pledged", "hit", "flown")?"""
    return token.text.isalpha() and token.text.islower() and (past_form(token, m)
                                                              or token.lower in m["irregular_participles"])


def _own_clause_start(ctx: SentenceContext, floor: int, tstart: int) -> int:
    """Where the clause of a trigger starts when a phrase of `other_event_before` or a word of
    `clause_subordinators` opens it with a subject of its own ending right before the trigger ("India struck
    Pakistan after militants attacked tourists": the militants, named by no name, attack; India does not); else
    `floor`."""
    m = ctx.lang.matchers
    for _, e, _ in m["other_event_before"].finditer(ctx.tokens, floor, tstart):
        if subject_end(ctx.tokens, ctx.founds, e, m) == tstart:
            return e
    for k in range(tstart - 2, floor - 1, -1):  # "as relief flown in from India reached": the relief's own
        if (ctx.tokens[k].lower in m["clause_subordinators"] or ctx.tokens[k].lower in m["cause_openers"]) \
                and subject_end(ctx.tokens, ctx.founds, k + 1, m) == tstart \
                and (m["anaphora"].match_at(ctx.tokens, k + 1) is None or k + 1 in ctx.found_starts):
            return k + 1  # (a pronoun known to no one leaves the subject to the main clause: "Modi met Xi in Kazan
            # when they attended the BRICS summit")
    return floor


SETTING_EVENTS = frozenset({"Visit"})  # an arrival sets the scene of what follows it: "met Xi after Xi arrived in
# New Delhi on Thursday" met in New Delhi on Thursday


def _other_trigger_after(triggers, k: int) -> bool:
    """Is the first trigger after token k one of another event than an arrival or visit (`SETTING_EVENTS`; a
    word that may also tell a delivery, "arrived", is an arrival; not a verb that tells a visit only with a
    role it requires, "sent" an envoy: "as Turkey sent troops" is another event)?"""
    after = [rules for s, _, rules in sorted(triggers, key=lambda span: span[0]) if s > k]
    return bool(after) and not any(rule.event in SETTING_EVENTS and not rule.required_roles for rule in after[0])


def _object_start(ctx: SentenceContext, found: Found, verbs: dict[int, int]) -> int | None:
    """Where the object phrase a name ends starts, right after a control verb: at the name, its head, or
    a few lower-case words before it ("negara-negara ASEAN"), or at the first of names joined to it
    ("meminta AS dan Inggris mengirim"); None if no control verb ends there."""
    coordinators = ctx.lang.matchers["coordinators"]
    while True:
        k = _head_start(ctx, found) - 1
        if k < 1 or not (ctx.tokens[k].lower in coordinators or ctx.tokens[k].text == ","):
            break
        if ctx.tokens[k].lower in coordinators and ctx.tokens[k - 1].text == ",":
            k -= 1  # "Germany, France, and Britain", "Jerman, Prancis, dan Inggris"
        joined = next((f for f in ctx.founds if f.tend == k and not f.descriptor), None)
        if joined is None:
            break
        found = joined
    for k in (found.tstart, _head_start(ctx, found)):
        if k in verbs:
            return k
    k = found.tstart
    while k > 0 and found.tstart - k < UNNAMED_ASKED_REACH and _plain_object_word(ctx, k - 1):
        k -= 1
        if k in verbs:
            return k
    return None


def _plain_object_word(ctx: SentenceContext, k: int) -> bool:
    """Can token k stand in a control verb's object phrase: a lower-case word, a hyphen or a modifier of no
    state's people ("Arab leaders", "Western allies": `non_seat_modifiers`), but no
    preposition ("was invited to Washington and met"), clause boundary ("urged restraint after Israel
    struck Iran": no strike asked for), verb of saying or cue ("meminta namanya tidak disebutkan itu
    mengatakan kedua pemimpin ..." asks no leader)?"""
    token, m = ctx.tokens[k], ctx.lang.matchers
    return (token.text == "-" or token.text.isalpha() and (token.text.islower() or token.lower in m["non_seat_modifiers"])) \
        and token.lower not in m["prepositions"] and token.lower not in m["infinitive_markers"] \
        and token.lower not in m["coordinators"] and not m["boundaries"].match_at(ctx.tokens, k) \
        and not m["source_before"].match_at(ctx.tokens, k) and not m["cue_before"].match_at(ctx.tokens, k)


UNNAMED_ASKED_REACH = 5  # words of an unnamed object between a control verb and its infinitive ("the rich countries")


def _asked(ctx: SentenceContext, tstart: int, founds: list[Found]) -> tuple[Found | None, int, bool] | None:
    """The one a control verb asks to do what the trigger says, and where the verb starts
    ("Zelensky asked Germany to send missiles", "Prabowo meminta Jepang mengirim bantuan", "Xi invited
    Putin to visit"): that one is the trigger's subject, not the asker; None for the one when those
    asked are named by no name ("urged rich countries to provide aid"). The flag says the one who orders acts
    through a force of its own named by no name ("ECOWAS ordered its standby force to deploy", "memerintahkan
    militer menyerang"): the subject stays the doer. `control_verbs` and `infinitive_markers` in the lexicon."""
    verbs = ctx.control_verbs
    if not verbs:
        return None
    markers = ctx.lang.matchers["infinitive_markers"]
    ends = {tstart}
    marker = None
    for k in range(tstart - 1, max(-1, tstart - ASKED_GAP - 2), -1):  # "asked Trump to impose tougher sanctions"
        if ctx.tokens[k].lower in markers:
            marker = k
            ends = {k - (k > 0 and ctx.tokens[k - 1].lower in ctx.lang.matchers["negation_words"])}  # "not to attack"
            break
        if not (ctx.tokens[k].text.isalpha() and ctx.tokens[k].text.islower()):
            break
        ends.add(k)  # "meminta Amerika Serikat mempercepat pengiriman senjata": a verb of its own before the noun
    marked = ctx.lang.matchers["marked_control_verbs"]
    for found in founds:
        if found.tend in ends:
            start = _object_start(ctx, found, verbs)  # "urged the United States", "mengimbau negara-negara ASEAN"
            if start is not None and (marker is not None or ctx.tokens[verbs[start]].lower not in marked):
                return found, verbs[start], False  # ("told reporters he would visit": he, the teller)
    # "urged rich countries to provide aid", "mengimbau negara-negara donor untuk memberikan bantuan", "mendesak
    # sekutu mengirim senjata": those asked are named by no name; the asker is not the doer
    end = marker if marker is not None else tstart
    k = end
    while k > 0 and end - k < UNNAMED_ASKED_REACH and (
            _plain_object_word(ctx, k - 1) or k == end and marker is None and _adverb_of_deed(ctx, k - 1)
            or k < end and k > 1 and ctx.tokens[k - 1].lower in ctx.lang.matchers["coordinators"]
            and _plain_object_word(ctx, k - 2)):  # "urged international organisations and businesspeople to send"
        k -= 1
        modifier = next((f for f in founds if f.tend == k and f.tstart in verbs and f.type == "country"
                         and f.via != "anaphor"), None) if marker is not None else None
        if modifier is not None:  # "told Israeli troops to strike": the troops of a state named by its demonym
            return modifier, verbs[modifier.tstart], False
        if marker is None and ctx.tokens[k].lower in ctx.lang.matchers["determiners"]:
            return None  # "requested an emergency session": the trigger's own noun phrase, no one asked to act
        if k in verbs and k < end:
            if ctx.tokens[verbs[k]].lower in marked and marker is None:
                return None  # "told reporters he would visit": he, the teller
            if ctx.tokens[verbs[k]].lower in ctx.lang.matchers["directives"] \
                    and not any(ctx.lang.matchers["titles"].match_at(ctx.tokens, j) for j in range(k, end)):
                return None, verbs[k], True  # "ECOWAS ordered its standby force to deploy", "memerintahkan militer
                # menyerang": its own force, ECOWAS deploys (not "instructed his foreign minister to visit")
            return None, verbs[k], False
    return None


HELP_REACH = ASKED_GAP + UNNAMED_ASKED_REACH + 2  # words from a control verb to the help it asks for


def _asked_to_help(ctx: SentenceContext, verb: int, help_words: tuple[tuple[str, ...], ...]) -> tuple[Found | None] | None:
    """When the control verb starting at `verb` asks another to help, a request for aid ("called on friendly
    countries to help rebuild the south", "meminta negara-negara sahabat segera membantu Lebanon"), not orders
    it ("ordered the army to help"): the one asked, None when named by no name, in a tuple; else None."""
    words = ctx.words
    for k in range(verb + 1, min(len(ctx.tokens), verb + HELP_REACH)):
        for phrase in help_words:
            if tuple(words[k:k + len(phrase)]) == phrase:
                asked = _asked(ctx, k + len(phrase) - 1, ctx.founds)
                return (asked[0],) if asked is not None and asked[1] == verb and not _orders(ctx, verb) else None
    return None


def _adverb_of_deed(ctx: SentenceContext, k: int) -> bool:
    """Is token k a one-word cue right before a deed asked for with no infinitive marker, which tells the
    deed's time, not who is asked ("meminta negara-negara sahabat segera membantu")?"""
    token = ctx.tokens[k]
    hit = ctx.lang.matchers["cue_before"].match_at(ctx.tokens, k)
    return token.text.isalpha() and token.text.islower() and hit is not None and hit[0] == 1


def _orders(ctx: SentenceContext, verb: int) -> bool:
    """Does the control verb at `verb` order or expect what it asks for, which is then planned ("ordered",
    "told", "memerintahkan": `directives`; "expects": `expectation_verbs`), rather than hope for it?"""
    word, m = ctx.tokens[verb].lower, ctx.lang.matchers
    return word in m["directives"] or word in m["expectation_verbs"]


PURPOSE_OBJECT_REACH = 3  # "to help Ukraine", "to help rebuild Ukraine": the purpose verb's own object


def _opens_a_purpose(ctx: SentenceContext, k: int) -> bool:
    """Does an infinitive of purpose start at token k ("to discuss", "untuk membahas"): a marker and a
    lower-case word that opens no noun phrase? What follows is what the event is for, not who takes part."""
    m = ctx.lang.matchers
    if ctx.tokens[k].lower not in m["infinitive_markers"] or k + 1 >= len(ctx.tokens):
        return False
    word = ctx.tokens[k + 1]
    return word.text.isalpha() and word.text.islower() and word.lower not in m["determiners"] \
        and word.lower not in m["prepositions"] and word.lower not in m["audiences"]  # "speaking to reporters"


def _purpose_is(ctx: SentenceContext, tend: int, verbs: tuple[str, ...]) -> bool:
    """Does an infinitive of purpose with one of the verbs follow the trigger in its clause, before a strong
    boundary or a semicolon ("sent troops to northern Syria to fight Kurdish militants", "mengirim pasukan ke
    Lebanon untuk memerangi Hizbullah")?"""
    m = ctx.lang.matchers
    for k in range(tend, len(ctx.tokens) - 1):
        if ctx.tokens[k].text in (";", ".") or ctx.tokens[k].lower in m["strong"]:
            return False
        if ctx.tokens[k].lower in m["infinitive_markers"] and ctx.tokens[k + 1].lower in verbs:
            return True
    return False


MEETING_PAIR_REACH = 8  # words from the meeting verb to "and" ("met Putin in Sochi on Monday and signed")


def _meeting_pair(ctx: SentenceContext, tstart: int, founds: list[Found], types) -> list[Found]:
    """The subject and the one met of a meeting verb that ends right before "and" and the trigger ("Sjafrie
    met Dong Jun and agreed to hold joint exercises", "bertemu Menhan China Dong Jun dan sepakat"), or none."""
    m = ctx.lang.matchers
    k = tstart - 1
    if k < 2 or ctx.tokens[k].lower not in m["coordinators"]:
        return []
    verbs = [(s, e) for s, e, rules in (ctx.spans or ()) if e <= k and k - e <= MEETING_PAIR_REACH
             and any(r.event == "Meeting" for r in rules)]
    if not verbs:
        return []
    verb, verb_end = max(verbs)
    met = next((f for f in sorted(founds, key=lambda f: f.tstart) if verb_end <= f.tstart and f.tend <= k
                and f.type in ACTOR_TYPES and not _preceded_by(ctx, f, m["prepositions"])), None)
    if met is None:
        return []
    subject = [f for f in founds if f.tend <= verb and not _preceded_by(ctx, f, ctx.lang.matchers["prepositions"])]
    if not subject:
        return []
    return _coordinated(ctx, subject[-1], types, leftwards=True) + [met]


def _same_phrase(ctx: SentenceContext, tstart: int, tend: int, found: Found, reach: int = 6) -> bool:
    """Is the mention within a few words of the trigger, with no comma, coordinator or infinitive between?"""
    m = ctx.lang.matchers
    between = range(tend, found.tstart) if found.tstart >= tend else range(found.tend, tstart)
    return len(between) <= reach and not any(
        ctx.tokens[k].text == "," or ctx.tokens[k].lower in m["coordinators"] or ctx.tokens[k].lower in m["infinitive_markers"]
        for k in between)


def _made_by(ctx: SentenceContext, k: int) -> bool:
    """Do tokens[k:k + 2] say that the name before made the thing after ("-made", "-built": `maker_words`)?"""
    return k + 1 < len(ctx.tokens) and ctx.tokens[k].text in HYPHENS \
        and ctx.tokens[k + 1].lower in ctx.lang.matchers["maker_words"]


def _main_clause_start(ctx: SentenceContext, tstart: int) -> int | None:
    """Where the main clause starts when the trigger opens the sentence right after a word of time
    ("After meeting Lula in Brasilia, Macron ...", "Seusai bertemu Jokowi di Bogor, Albanese ...") or of
    purpose ("To attend the summit, Modi ...", `clause_openers`): the token after the comma that closes the
    opening phrase; None otherwise."""
    m = ctx.lang.matchers
    gerund = tstart == 0 and m["gerund_endings"] and ctx.tokens[0].lower.endswith(m["gerund_endings"])
    if not gerund and (tstart != 1 or ctx.tokens[0].lower not in m["clause_openers"]):
        return None  # ("Speaking at the G7 summit in Italy, Biden said ...": an opening participle too)
    comma = next((k for k in range(tstart + 1, len(ctx.tokens)) if ctx.tokens[k].text == ","), None)
    return comma + 1 if comma is not None else None


def _for_subject(ctx: SentenceContext, tstart: int, founds: list[Found], types) -> list[Found]:
    """The ones "for" introduces as the doers of an infinitive trigger ("a plan for Xi to visit Moscow",
    "paved the way for Putin and Trump to meet"): not the clause's subject. `infinitive_subject_markers`."""
    m = ctx.lang.matchers
    marker = infinitive_marker(ctx.tokens, tstart, m)
    if not m["infinitive_subject_markers"] or marker is None or marker < 2:
        return []
    for found in founds:
        if found.tend == marker and found.type in ACTOR_TYPES:  # "left for Washington to meet Trump": a place
            group = _coordinated(ctx, found, types, leftwards=True)
            first = _head_start(ctx, min(group, key=lambda f: f.tstart))
            if first > 1 and ctx.tokens[first - 1].lower in m["infinitive_subject_markers"] \
                    and ctx.tokens[first - 2].lower in m["for_heads"]:  # "a plan for", "paved the way for";
                return group  # not "departed for China to meet Xi", "took eight years for Modi to visit"
    return []


def _described_as_first(ctx: SentenceContext, tstart: int) -> int | None:
    """Is the infinitive trigger part of a description of the sentence's subject ("Albanese was the first
    Australian leader to visit China", ", becoming the first EU minister to visit Syria", "Abe, the first Japanese
    leader to visit Iran")? Its doer is that
    subject, not the state the description names. `superlatives` after a determiner after one of
    `copulas` or a comma. Where the copula or comma stands, or None."""
    m = ctx.lang.matchers
    marker = infinitive_marker(ctx.tokens, tstart, m)
    if not m["superlatives"] or marker is None or marker < 3:
        return None
    for k in range(marker - 1, max(1, marker - DESCRIPTION_REACH), -1):
        if ctx.tokens[k].text == ",":
            return None
        if ctx.tokens[k].lower in m["superlatives"] and ctx.tokens[k - 1].lower in m["determiners"]:
            # (after a comma, an apposition describes the name before it: "Abe, the first Japanese leader to visit
            # Iran in four decades, arrived")
            return k - 2 if ctx.tokens[k - 2].lower in m["copulas"] or ctx.tokens[k - 2].text == "," else None
    return None


DESCRIPTION_REACH = 10  # words from "the first" to "to" ("the first Ethiopian leader in some 20 years to set foot")
ASKER_ROLES = ("recipient", "host")  # the asker receives what it asks for, and hosts whom it invites


OPPOSED_ROLES = (("supplier", "recipient"), ("provider", "recipient"), ("requester", "provider"))


def without_self_transfer(rule: EventRule, roles: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The event's (role, entity) pairs without an entity on both sides of a transfer once actors are
    lifted to their states ("The German air force plans to send Eurofighter jets to ...": Germany
    supplies, and receives nothing); the side the rule fills first keeps it."""
    order = [role for role, _ in rule.roles]
    for a, b in OPPOSED_ROLES:
        if a in order and b in order:
            first, second = (a, b) if order.index(a) < order.index(b) else (b, a)
            kept = {key for role, key in roles if role == first}
            roles = [(role, key) for role, key in roles if role != second or key not in kept]
    return roles


def _fill_with_asker(ctx: SentenceContext, rule: EventRule, verb: int, roles: dict, taken: set) -> None:
    """"Zelensky asked Germany to send missiles": Ukraine receives them; "Xi invited Putin to
    visit": Xi hosts him, when nothing else in the sentence fills the role."""
    for role, _ in rule.roles:
        if role in ASKER_ROLES and role not in roles:
            founds = [f for f in ctx.founds if _eligible(f, ctx, LIFTED if rule.lift else ACTOR_TYPES)
                      and (f.tstart, f.key) not in taken]
            asker = _apply_part("subject", (), ctx, verb, verb + 1, LIFTED if rule.lift else ACTOR_TYPES, founds, roles)
            if asker:
                roles[role] = asker
                taken.update((f.tstart, f.key) for f in asker)


NOUN_PHRASE_REACH = 4  # words between a preposition and the noun trigger heading its object
OWNER_AFTER_REACH = 2  # plain words between a trigger and the name that owns it ("sanksi ekonomi baru AS")
QUANTITY_REACH = 3  # words of a quantity before "of" that an owner may stand after ("a fresh wave of Russian drones")
DOER_KEEPING_PREPOSITIONS = frozenset({"with", "dengan"})  # "pressed on with its invasion": still the subject's


def _prepositional_noun_phrase(ctx: SentenceContext, tstart: int) -> int | None:
    """Where the noun phrase a noun trigger heads starts, when a preposition governs it ("over its
    invasion", "after a Russian attack", "over Russian attacks"): its doer, if any, stands inside it.
    None for a subject or object noun phrase ("Russia launched its invasion") and after "with", which
    keeps the clause's doer ("Russia pressed on with its invasion")."""
    m = ctx.lang.matchers
    named = {k for f in ctx.founds for k in range(f.tstart, f.tend)}
    k = tstart - 1
    words = 0  # a name counts as one word however many tokens it takes ("a U.S. drone strike")
    while k >= 0 and words < NOUN_PHRASE_REACH:
        word = ctx.tokens[k]
        if word.lower in m["prepositions"] and k not in named:
            return k + 1 if word.lower not in DOER_KEEPING_PREPOSITIONS else None
        if not (k in named or word.lower in m["determiners"] or word.text in ("'", "’", "-")
                or word.text.isalpha() and word.text.islower()):
            return None
        words += k not in named or k - 1 not in named
        k -= 1
    return None


SELLER_REACH = 16  # tokens after a deal's trigger within which its purchase and seller are told


def _seller(ctx: SentenceContext, tend: int, founds: list[Found]) -> list[Found]:
    """The one a deal's purchase is made from, after its trigger in its clause: a purpose marker and one of
    `purchase_verbs` ("to buy", "untuk membeli"; or the noun right after it, "kontrak pengadaan"), then one
    of `seller_markers` and a name ("signed a deal on Monday to buy 20 Eurofighter jets from Britain"), or else
    the state named right before the item bought ("agreed to buy $142 billion worth of American weapons")."""
    m, tokens = ctx.lang.matchers, ctx.tokens
    end = min(len(tokens), tend + SELLER_REACH)
    bought = next((k for k in range(max(tend - 1, 0), end) if tokens[k].lower in m["purchase_verbs"]  # ("agreed
                   and (k <= tend or tokens[k - 1].lower in m["purpose_markers"]  # to buy": the trigger's own verb)
                        or tokens[k - 1].lower in m["purpose_nouns"])),
                  None)
    if bought is None:
        return []
    made_by = []  # "to buy $142 billion worth of American weapons": the state whose make is bought
    for k in range(bought + 1, end):
        if tokens[k].text in (".", ";", ",") or m["strong"] and tokens[k].lower in m["strong"]:
            break
        if tokens[k].lower in m["seller_markers"]:
            return [f for f in founds if f.tstart > k and _head_start(ctx, f) == k + 1][:1]
        if not made_by:
            made_by = [f for f in founds if f.tstart == k and f.type == "country" and any(
                start == f.tend or start <= f.tstart and f.tend < stop for start, stop, *_ in ctx.items)
                and not _preceded_by(ctx, f, m["beneficiary_prepositions"])]  # (not "weapons for Ukraine")
    return made_by


def _victim_before(ctx: SentenceContext, tstart: int) -> bool:
    """Is the noun trigger under a preposition right after one of `victim_verbs` ("was killed in an Israeli
    airstrike", "tewas dalam serangan udara Israel")? The clause's subject suffered it."""
    victims = ctx.lang.matchers["victim_verbs"]
    if not victims:
        return False
    phrase = _prepositional_noun_phrase(ctx, tstart)
    return phrase is not None and phrase >= 2 and ctx.tokens[phrase - 2].lower in victims


ANTECEDENT_HEAD_REACH = 3  # lower-case nouns after a name that heads a relative clause's antecedent


def _plain_nouns(ctx: SentenceContext, start: int, end: int) -> bool:
    """Are tokens start..end lower-case words that can only be nouns of the phrase a name opens ("foreign
    ministers"), no preposition, article, conjunction, pronoun or past verb?"""
    m = ctx.lang.matchers
    return all(t.text.isalpha() and t.text.islower() and t.lower not in m["prepositions"]
               and t.lower not in m["coordinators"] and t.lower not in m["determiners"]
               and t.lower not in m["relative_pronouns"] and not _verb_form(t, m) for t in ctx.tokens[start:end])


LOCATED_NAME_REACH = 6  # words between a locative and the comma after the place it names ("di stasiun kereta api
# Kramatorsk,")


def _after_a_located_name(ctx: SentenceContext, found: Found, tend: int) -> bool:
    """Is the name set off by commas right after a capitalised place a locative names, with no other punctuation
    between ("di stasiun kereta api Kramatorsk, Ukraina timur, ...", "in Kramatorsk, Ukraine, ..."), so it is that
    place's region or state? Not a clause's subject after an opening phrase ("Dalam KTT di Abuja, Presiden
    Nigeria Bola Tinubu mengecam ..."), which a comma does not close."""
    tokens, m = ctx.tokens, ctx.lang.matchers
    after = found.tend + (found.tend < len(tokens) and tokens[found.tend].text.isalpha()
                          and tokens[found.tend].text.islower())  # "Ukraina timur"
    if after < len(tokens) and tokens[after].text not in (",", ".", ")"):
        return False
    comma = found.tstart - 1
    if comma <= tend or tokens[comma].text != "," or not tokens[comma - 1].text[:1].isupper():
        return False
    for k in range(comma - 1, max(tend, comma - LOCATED_NAME_REACH) - 1, -1):
        if tokens[k].lower in m["locatives"]:
            return True
        if not tokens[k].text.isalpha():
            return False
    return False


def _item_as_subject(ctx: SentenceContext, tstart: int) -> list[Found] | None:
    """Who acts through an item that is the trigger's own subject, where the item, the object of a past verb,
    stands right before a participle trigger ("Israel intercepted rockets fired from Lebanon") or before a
    trigger with only perfect auxiliaries between ("Seoul said it believed the satellite had reached orbit"):
    a state named as the item's adjective ("shot down Iranian drones launched from Iraq"), else no one (not
    the clause's subject, who intercepts or speaks). None where no item stands there as an object, or where
    a name or pronoun owns it ("North Korea's missile launched on Friday", "its satellite"), which the usual
    search reads."""
    m = ctx.lang.matchers
    if not m["participle_endings"] or not ctx.items:
        return None
    end = tstart
    while end > 0 and ctx.tokens[end - 1].lower in m["perfect_auxiliaries"]:
        end -= 1
    word = ctx.tokens[tstart].lower
    if end == tstart and not (word.endswith(m["participle_endings"]) or word in m["irregular_participles"]):
        return None
    start = next((s for s, e, *_ in ctx.items if e == end and s > 0), None)
    if start is None:
        return None
    adjective = [f for f in ctx.founds if f.tend == start and f.type in ACTOR_TYPES]
    k = (adjective[0].tstart if adjective else start) - 1
    while k >= 0 and (ctx.tokens[k].lower in m["determiners"] or ctx.tokens[k].text.isdigit()):
        if ctx.tokens[k].lower in m["possessive_pronouns"]:
            return None
        k -= 1
    if k > 0 and ctx.tokens[k].lower in m["verb_particles"]:
        k -= 1  # "shot down"
    if k < 0 or not _verb_form(ctx.tokens[k], m) or (k > 0 and ctx.tokens[k - 1].text == "-"):
        return None  # the item is no verb's object ("U.S. and British warplanes and warships struck",
        # "submarine-launched cruise missiles struck", "47 of the 55 missiles fired")
    return adjective


CARRIER_REACH = 4  # words between a vehicle noun and its word of carrying ("pesawat kepresidenan yang membawa")
CARRYING_REACH = 12  # words between a word of carrying and the arrival it tells of
CARRIED_TITLE_REACH = 3  # words between the word of carrying and the person's name ("carrying Prime Minister")


def _carried_visitors(ctx: SentenceContext, tstart: int, founds: list[Found], types) -> list[Found]:
    """The people a vehicle carries, when the vehicle's arrival is the trigger ("The plane carrying Prabowo
    landed in Beijing", "Pesawat yang membawa Presiden Prabowo mendarat di Beijing"): they visit, as
    when they land themselves; nothing but their party may stand between them and the arrival ("dan
    rombongan", "and his delegation"). `vehicle_nouns`, `carrying_words`."""
    m = ctx.lang.matchers
    if not m["carrying_words"] or not any(rule.event == "Visit" for s, _, rules in (ctx.spans or ()) if s == tstart
                                          for rule in rules):
        return []
    k = next((k for k in range(tstart - 1, max(0, tstart - CARRYING_REACH) - 1, -1)
              if ctx.tokens[k].lower in m["carrying_words"]), None)
    if k is None or not any(t.lower in m["vehicle_nouns"] for t in ctx.tokens[max(0, k - CARRIER_REACH):k]):
        return []
    first = next((f for f in sorted(founds, key=lambda f: f.tstart)
                  if k < f.tstart <= k + 1 + CARRIED_TITLE_REACH and f.type == "person"), None)
    if first is None:
        return []
    group = [f for f in _coordinated(ctx, first, types, leftwards=False) if f.type == "person"]
    party = m["coordinators"] | m["determiners"] | m["group_nouns"] | m["title_possessives"]
    if not all(t.lower in party for t in ctx.tokens[max(f.tend for f in group):tstart]):
        return []
    return group


def _first_occurrences(ctx: SentenceContext, phrases, start: int) -> dict[tuple[str, ...], int]:
    """Where each phrase first occurs from token `start` on before a name or a place noun ("ke
    perairan", "to the Philippines"); not before a time or other words ("in May", "in person", "up to
    40", "to help")."""
    words = ctx.words
    starts = ctx.found_starts
    modifiers = ctx.lang.matchers["modifiers"]
    first: dict[tuple[str, ...], int] = {}
    for phrase in phrases:
        n = len(phrase)
        # only where the phrase's first word stands (every position, for an empty phrase)
        at = range(len(words)) if not n else ctx.word_positions.get(phrase[0], ())
        for k in at:
            if k < start or k > len(words) - n:
                continue
            if n > 1 and words[k:k + n] != phrase:
                continue
            j = k + n
            while j < len(words) and words[j] in ARTICLES and j not in starts:
                j += 1
            if j < len(words) and j not in ctx.dated and (
                    j in starts or words[j] in modifiers or ctx.tokens[j].text[:1].isupper()
                    or j + 3 in starts and words[j + 1] == "-"  # "to quake-hit Turkey"
                    or j + 1 in starts and words[j] in ctx.lang.matchers["title_possessives"]):  # "with its Greek"
                first[phrase] = k  # not "in May" of "meet Putin in May in Moscow"
                break
    return first


KIND_REACH = 3  # lower-case words between "by a" and the state of the kind it names ("by a Chinese", "oleh seorang presiden Indonesia")


def _kind_as_agent(ctx: SentenceContext, found: Found, tend: int) -> bool:
    """Does the name only say of what kind a doer is, after a passive agent's word and an indefinite article
    ("the first visit by an Indian prime minister", "yang pertama oleh seorang presiden Indonesia")?"""
    m, tokens = ctx.lang.matchers, ctx.tokens
    k = _head_start(ctx, found) - 1
    while k > tend and found.tstart - k <= KIND_REACH and tokens[k].text.isalpha() and tokens[k].text.islower() \
            and tokens[k].lower not in m["indefinite_articles"]:
        k -= 1
    return k - 1 >= tend and tokens[k].lower in m["indefinite_articles"] and tokens[k - 1].lower in m["passive_agents"]


def _names_a_neighbour(ctx: SentenceContext, preposition: int, tend: int) -> bool:
    """Is the word before the preposition at `preposition` one of `neighbour_nouns`, after the trigger
    ("drills near the border with South Korea": a neighbour, no partner)?"""
    return preposition - 1 >= tend and ctx.tokens[preposition - 1].lower in ctx.lang.matchers["neighbour_nouns"]


def _apply_part(name: str, args, ctx: SentenceContext, tstart: int, tend: int, types,
                founds: list[Found], roles_so_far: dict) -> list[Found]:
    """The mentions one strategy part finds; `founds` are the sentence's mentions of the types not yet taken."""
    m = ctx.lang.matchers
    if name == "noun_after":  # "a three-day state visit to Moscow by Xi": a noun's agent, before its clause's subject
        agents = _apply_part("after", args, ctx, tstart, tend, types, founds, roles_so_far) \
            if _noun_use(ctx, tstart) else []
        if any(f.tstart > 0 and ctx.tokens[f.tstart - 1].lower in m["indefinite_articles"] for f in agents):
            return []  # "the first visit to Croatia by an Indian prime minister": a kind, told of the subject
        return [f for f in agents if not any(  # the noun's own "by", not one of a participle or clause after it
            t.text == "," or t.lower in m["relative_pronouns"] or t.lower.endswith(m["participle_endings"])
            or t.lower in m["irregular_participles"] for t in ctx.tokens[tend:f.tstart])]  # ("hosted by Putin")
    if name == "noun_subject":
        phrase = _prepositional_noun_phrase(ctx, tstart)
        if phrase is not None:  # "sanctions on Russia over its invasion of Ukraine": not the EU's invasion;
            return [f for f in founds if phrase <= f.tstart and f.tend <= tstart][-1:]  # "after a Russian attack"
        name = "subject"
    if name == "object_pair":  # "talks between Parly and Wallace": the two named after the trigger, not the subject
        # who calls them off; with one named ("a summit between him and Kim Jong Un"), the subject and that one
        group = _apply_part("object", (), ctx, tstart, tend, types, founds, roles_so_far)
        if len(group) >= 2:
            return group
        subject = _apply_part("subject", (), ctx, tstart, tend, types, founds, roles_so_far)
        return subject + [f for f in group if all((f.tstart, f.key) != (g.tstart, g.key) for g in subject)]
    if name == "seller":  # "signed a deal on Monday to buy 20 Eurofighter jets from Britain": Britain
        return _seller(ctx, tend, founds)
    if name == "victim":  # "Nasrallah was killed in an Israeli airstrike": Nasrallah suffered it
        if not _victim_before(ctx, tstart):
            return []
        verb = _prepositional_noun_phrase(ctx, tstart) - 2
        return _apply_part("subject", (), ctx, verb, verb + 1, types, founds, roles_so_far)
    if name == "subject" and _victim_before(ctx, tstart):  # "Nasrallah was killed in an Israeli airstrike":
        phrase = _prepositional_noun_phrase(ctx, tstart)  # the doer inside the noun's phrase, not the one killed
        inside = [f for f in founds if phrase is not None and phrase <= f.tstart and f.tend <= tstart][-1:]
        if inside or tend >= len(ctx.tokens) or ctx.tokens[tend].lower not in m["passive_agents"]:
            return inside
        return [f for f in founds if f.tstart > tend and _head_start(ctx, f) == tend + 1][:1]  # or its agent: "were
        # killed in an ambush by Ethiopian forces"
    if name == "subject":
        owners = _item_as_subject(ctx, tstart)
        if owners is not None:
            return owners
        carried = _carried_visitors(ctx, tstart, founds, types)
        if carried:
            return carried
        doers = _for_subject(ctx, tstart, founds, types)
        if doers:
            return doers
        copula = _described_as_first(ctx, tstart)  # "Albanese was the first Australian leader to visit China":
        if copula is not None:  # the copula's subject ("The Kremlin said Fico was the only EU leader to attend")
            return _apply_part("subject", args, ctx, copula, copula + 1, types, founds, roles_so_far)
        main = _main_clause_start(ctx, tstart)
        if main is not None:  # "After meeting Lula in Brasilia, Macron flew on": the main clause's subject,
            # also when it speaks ("Speaking at the G7 summit in Italy, Biden said ...")
            for found in sorted((f for f in ctx.founds if f.tstart >= main and not f.descriptor), key=lambda f: f.tstart):
                if not _preceded_by(ctx, found, m["prepositions"]):
                    group = _coordinated(ctx, found, types, leftwards=False)
                    return group or ([found] if found.type in ACTOR_TYPES and found.type != "anonymous" else [])
                break
        asked = _asked(ctx, tstart, founds)
        if asked is not None and not asked[2]:  # (one's own force: the subject, found below)
            return _coordinated(ctx, asked[0], types, leftwards=True) if asked[0] is not None else []
        if tstart > 0 and ctx.tokens[tstart - 1].lower in m["relative_pronouns"]:  # "militants who attack ..."
            end = tstart - 1 - (tstart > 1 and ctx.tokens[tstart - 2].text == ",")  # "Blinken, who met ..."
            antecedent = [f for f in founds if f.tend == end][:1] or [
                f for f in founds if end - ANTECEDENT_HEAD_REACH <= f.tend < end and _plain_nouns(ctx, f.tend, end)
                and ctx.tokens[tstart - 1].lower in m["person_relatives"]
                and not _preceded_by(ctx, f, m["prepositions"])][-1:]
            # ("European Union foreign ministers, who met in Toledo": the ministers of the Union; not "a rocket
            # built with Russian help, which reached orbit")
            if antecedent or ctx.tokens[tstart - 1].lower not in m["complementizers"]:  # "fear that ..."
                return antecedent
        owned = tstart
        while owned - 1 in ctx.dated and owned - 1 > 2:
            owned -= 1  # "Russia's February 2022 invasion": the owner before the date
        if owned > 2 and ctx.tokens[owned - 1].lower == "s" and ctx.tokens[owned - 2].text in ("'", "’"):
            owner = [f for f in founds if f.tend == owned - 2]  # "for Vladimir Putin's visit": Putin, whatever before
            if owner:
                return _coordinated(ctx, owner[0], types, leftwards=True)
        inside_relative = tstart in ctx.relative
        if inside_relative:  # "Lavrov, whose African tour took him to Egypt": the one whose it is
            opening = next((k for k in range(tstart - 1, 0, -1) if k not in ctx.relative), 0)
            if ctx.tokens[opening].text == "," and ctx.tokens[opening + 1].lower in m["possessive_relatives"] \
                    and any(t.lower in m["trip_nouns"] for t in ctx.tokens[opening + 2:tstart]):  # a trip of theirs
                # (not "Kim Jong Un, whose sister visited Seoul": the sister visits)
                antecedent = [f for f in founds if f.tend == opening]
                if antecedent:
                    return antecedent[:1]
        floor = max((k + 1 for k in range(1, tstart) if ctx.tokens[k].lower in m["strong"] and not _set_off(ctx.tokens, k)
                     or (ctx.tokens[k].lower in m["coordinators"] and ctx.tokens[k - 1].text == ",")), default=0)
        floor = max(floor, _own_clause_start(ctx, floor, tstart))  # "after gunmen attacked": not the main subject
        if ctx.tokens[tstart - 1].lower in m["possessive_pronouns"] and _noun_use(ctx, tstart):  # "sanctioned Turkey
            owner = max((f for f in founds if floor <= f.tstart and f.tend < tstart  # over its purchase of S-400s":
                         and f.tstart not in ctx.relative and not _preceded_by(ctx, f, m["passive_agents"])),
                        key=lambda f: f.tend, default=None)  # the one named last owns it, not one in an aside
            return [owner] if owner is not None else []  # ("China, which Japan accuses, defended its launch")
        owners = _possessor(ctx, tstart, founds)
        if owners:  # "Putin received Goita on his first official visit to Russia": Goita, as the mentions read "his"
            return owners
        if _unnamed_subject(ctx, floor, tstart):  # "as Western governments lined up sanctions": theirs, no one
            return []  # named before
        reaction = reaction_before(ctx.tokens, floor, tstart, m)
        if reaction is not None:  # "China will respond to U.S. sanctions": who reacts does not impose them;
            owners = [f for f in founds if reaction[1] <= f.tstart and f.tend <= tstart]  # the noun's own owner
            if not owners and tend < len(ctx.tokens) and ctx.tokens[tend].lower in m["passive_agents"]:
                owners = [f for f in founds if f.tstart > tend and _head_start(ctx, f) == tend + 1]  # or its agent
                # ("in response to attacks by Afghan militants")
            return _coordinated(ctx, owners[-1], types, leftwards=True) if owners else []  # does ("Russian attacks")
        for found in sorted((f for f in founds if floor <= f.tstart and f.tend <= tstart), key=lambda f: -f.tend):
            if _reported_subject_between(ctx, found.tend, tstart) and not m["event_nouns"].match_at(ctx.tokens, tstart) \
                    and ctx.tokens[tstart - 1].lower not in ARTICLES:
                break  # "Zelensky said a missile struck Odesa": the clause said has its own subject, not him (but
                # an event noun's doer may be the speaker's side: "Pistorius said the delivery ... was completed")
            if _preceded_by(ctx, found, m["prepositions"]) and not _people_of(ctx, found) \
                    or found.tstart in ctx.trigger_ends:
                continue  # a prepositional object, or the object of another trigger
            if found.tend < tstart - 1 and ctx.tokens[tstart - 1].lower in m["coordinators"] \
                    and found.tstart > 0 and ctx.tokens[found.tstart - 1].lower in ARTICLES \
                    and ctx.tokens[found.tend].text.isalpha() and ctx.tokens[found.tend].text.islower() \
                    and any(f.tend < found.tstart and not _preceded_by(ctx, f, m["prepositions"]) for f in founds):
                continue  # "Biden condemned the Hamas attack and pledged aid to Israel": a modifier of the first
                # verb's object, not the subject the second verb shares (a name before it is; not "The Saudi crown
                # prince hosted Zelensky and pledged aid", whose first name is the subject)
            if found.type == "country" and _private_people_of(ctx, found):
                break  # "pekerja migran Indonesia berangkat ke Malaysia": private people, no state, act (and no one
                # before them: "Prabowo mengatakan pekerja migran Indonesia akan berangkat")
            if (found.tstart in ctx.relative) != inside_relative:  # a relative clause's subject is its antecedent
                continue
            if _in_apposition(ctx, found, founds, tstart):
                continue
            group = _clear_of_objects(ctx, _coordinated(ctx, found, types, leftwards=True), tstart)
            if group:
                return group
        if floor and tstart - floor <= 2 and (ctx.tokens[floor - 1].lower in m["coordinators"]
                                               or ctx.tokens[floor - 1].lower in m["contrasts"]) and not inside_relative:
            # "Modi attended the summit ..., and met Xi there", "attended the summit but did not sign the
            # declaration": the verb shares the first clause's subject
            for found in sorted((f for f in founds if f.tend <= floor), key=lambda f: f.tstart):
                if not _preceded_by(ctx, found, m["prepositions"]) and found.tstart not in ctx.relative:
                    return _coordinated(ctx, found, types, leftwards=False)
        if inside_relative:  # "Joe Biden, who had called off a stop in Port Moresby": the relative's antecedent
            for k in range(tstart - 1, max(0, tstart - 12), -1):
                if k not in ctx.relative:
                    break
                if ctx.tokens[k].lower in m["relative_pronouns"] - m["complementizers"]:
                    end = k - (k > 0 and ctx.tokens[k - 1].text == ",")
                    return [f for f in founds if f.tend == end][:1]
        return []
    if name == "sentence_subject":
        for found in sorted((f for f in founds if f.tend <= tstart), key=lambda f: f.tstart):
            if not _preceded_by(ctx, found, m["prepositions"]) and found.tstart not in ctx.relative:
                return _coordinated(ctx, found, types, leftwards=False)
        return []
    if name == "object":
        inside_relative = tstart in ctx.relative
        gathering = any(r.event in ("Meeting", "Gathering") for s, _, rules in (ctx.spans or ()) if s == tstart
                        for r in rules)
        placed_end = -2  # the end of the last name read as a goal ("ke Washington"), which names joined to it share
        for found in sorted((f for f in founds if f.tstart >= tend), key=lambda f: f.tstart):
            if inside_relative and found.tstart not in ctx.relative:
                break  # "Tchiani, who seized power a year ago, hosted Mali's ...": the clause ends first
            if any(ctx.tokens[k].lower in m["strong"] or (ctx.tokens[k].lower in m["coordinators"]
                                                       and (ctx.tokens[k - 1].text == "," or _past_verb_after(ctx, k, tend)
                                                            or _asking_verb_at(ctx, k + 1)))
                   for k in range(tend, found.tstart)) or said_clause_between(ctx, tend, found.tstart):
                break  # "did not produce a deal, and Israel ...", "denied targeting the ship, saying they struck",
                # "denied targeting the hospital and blamed the damage on a Ukrainian missile"
            if any(any(tend <= item[0] < k for item in ctx.items) or ctx.tokens[k - 1].text == ","
                   for k, _, _ in m["other_event_before"].finditer(ctx.tokens, tend, found.tstart)):
                break  # "asked for air defence after a Russian attack": past the thing asked for, another event;
                # so past a comma ("menunda kunjungannya ke Naypyidaw, setelah unjuk rasa merembet ke Kedutaan
                # Besar RI": no Indonesian visitor)
            if _other_clause_between(ctx, tend, found.tstart, types):
                break  # "urged Putin and Zelensky to meet after Trump met Putin": Trump meets in another event
            if _kind_as_agent(ctx, found, tend):
                continue  # "kunjungan kenegaraan, yang pertama oleh seorang presiden Indonesia ke Mesir": a kind
            if any(ctx.tokens[k].text in QUOTE_MARKS
                   or _opens_a_purpose(ctx, k) and (gathering or found.tstart > k + PURPOSE_OBJECT_REACH)
                   for k in range(tend, found.tstart)):
                break  # '... met for three hours," Kremlin aide ...', "met in Seoul to discuss North Korea's ..."
                # (the purpose's own object may still be a transfer's: "sent air defence systems to help Ukraine")
            if found.tstart - 1 == placed_end and ctx.tokens[placed_end].lower in m["coordinators"]:
                placed_end = found.tend  # "perjalanan ke Washington dan Lima": Lima is a goal too, no visitor
                continue
            if _head_start(ctx, found) > tend and _preceded_by(  # a trigger's own "into" is no locative
                    ctx, found, m["locatives"] if types in (ACTOR_TYPES, LIFTED, ACTOR_AND_PLACE) else ()):
                if _preceded_by(ctx, found, m["goal_prepositions"]):
                    placed_end = found.tend
                continue
            if _after_a_located_name(ctx, found, tend):
                continue  # "serangan rudal di stasiun Kramatorsk, Ukraina timur": the place's own state, set off by
                # commas, is a place too, no attacker
            if _names_a_neighbour(ctx, _head_start(ctx, found) - 1, tend) or _possessive(ctx, found):
                continue
            if found.via == "anaphor" and found.tstart > tend and ctx.tokens[found.tstart - 1].lower in m["free_relatives"]:
                continue  # "struck what it called terrorist infrastructure": "it" names what it struck
            if _head_start(ctx, found) > tend and _preceded_by(ctx, found, m["passive_agents"]) and (
                    types is PLACE_TYPES or not gathering and _agent_of_a_later_trigger(ctx, tstart, _head_start(ctx, found) - 1)):
                continue  # "the first visit by a Chinese leader to Serbia": the doer, not what is visited;
                # "sanctions imposed by the U.S.": the agent of "imposed by", not the one sanctioned (those a
                # gathering is "attended by" do attend it)
            if _head_start(ctx, found) > tend and _preceded_by(ctx, found, m["topic_prepositions"]):
                break  # "host a summit on Ukraine": what it is about takes no part, nor anyone after it (a
                # trigger's own "attack on" is no topic; "duties on Australian wine" leave it to "after:on")
            if _preceded_by(ctx, found, m["beneficiary_prepositions"]) and any(tend <= item[0] < found.tstart for item in ctx.items):
                continue  # "appealed for aid for Gaza": a phrase after the thing asked for is whom it is for
            group = _coordinated(ctx, found, types, leftwards=False)
            if types is ACTOR_TYPES and any(f.type == "country" and _private_people_of(ctx, f) for f in group):
                return []  # "brought Russian and Ukrainian businessmen together": private people of two states
                # take no part for them (but a state's citizens barred or attacked stand for it)
            return group
        return []
    if name == "before":  # "killed worshippers at a mosque in Peshawar, an attack claimed by Islamic State": the
        # place named last before the trigger after one of the words, within its sentence's strong boundaries
        words = {phrase[0] for phrase in args if len(phrase) == 1}
        floor = max((k + 1 for k in range(tstart) if ctx.tokens[k].lower in m["strong"]), default=0)
        return [f for f in sorted(founds, key=lambda f: -f.tend)
                if floor <= f.tstart and f.tend <= tstart and _preceded_by(ctx, f, words)][:1]
    if name == "after":
        starts = ctx.found_starts
        inside_relative = tstart in ctx.relative
        key = (args, tend - 1)
        if key not in ctx.first_markers:
            ctx.first_markers[key] = _first_occurrences(ctx, args, tend - 1)
        args_first = {phrase[0] for phrase in args}  # ", to Japan and ..." may go on with the rule's own marker
        trigger_starts = {s for s, _, _ in ctx.spans or ()} if tend in ctx.control_verbs else set()
        first = ctx.first_markers[key]  # the first "ke" after the trigger says where to: a
        # later one belongs to another phrase ("menembakkan rudal ke perairan ... setelah kunjungan ... ke Taipei")
        opening_end = _opening_clause_end(ctx, tstart)
        for found in sorted((f for f in founds if f.tstart >= tend), key=lambda f: f.tstart):
            if opening_end is not None and found.tstart > opening_end:
                break  # "Before meeting Zelenskyy, he laid a wreath in Bucha": the main clause's place
            if not inside_relative and _in_clause_after_which(ctx, found.tstart):
                continue  # "visit Serbia in May, after which he will return to Beijing"
            if any(ctx.tokens[k].lower in m["strong"] or (ctx.tokens[k].lower in m["coordinators"]
                                                       and ctx.tokens[k - 1].text == "," and k + 1 not in starts
                                                       and k + 1 not in ctx.item_starts)
                   for k in range(tend, found.tstart)) \
                    or types is not PLACE_TYPES and (said_clause_between(ctx, tend, found.tstart) or any(
                        ctx.tokens[k].lower in m["coordinators"] and _past_verb_after(ctx, k, tend)
                        and not (ctx.tokens[k + 1].lower in m["passive_markers"] and k + 2 in first.values())
                        for k in range(tend, found.tstart))):
                break  # "struck Gaza, while talks continued in Cairo", not the ", and" of a list of names
                # ("ECOWAS, Uni Afrika, dan PBB ke Niamey"); "denied attacking the convoy, saying it fired at ..."
                # (a place it may name: "denied attacking the tanker, noting that the attack took place in Omani waters")
            if _other_clause_between(ctx, tend, found.tstart, types):
                break  # "urged Putin and Zelensky to meet after Trump met Putin in Alaska": Alaska is the other's
            if tend in ctx.control_verbs and any(ctx.tokens[k].lower in m["infinitive_markers"] or k in trigger_starts
                                                  for k in range(tend, found.tstart)):
                break  # "mendesak negara-negara kaya untuk memberikan bantuan kepada Sudan", "meminta Jepang memberikan
                # bantuan kepada Gaza": the asked deed's own
            if types is not PLACE_TYPES and any(ctx.tokens[k].text == "," and ctx.tokens[k + 1].lower in m["prepositions"]
                                                and ctx.tokens[k + 1].lower not in args_first
                                                for k in range(tend, found.tstart - 1)):
                break  # "fired a missile, in a warning against Japan": a phrase of its own names no role (a place
                # it may: "met X, on the sidelines of a meeting in Jeddah")
            start = _head_start(ctx, found)
            for phrase in args:
                n = len(phrase)
                if start - n == first.get(phrase) and tuple(t.lower for t in ctx.tokens[start - n:start]) == phrase:
                    if _names_a_neighbour(ctx, start - n, tend) or types is not PLACE_TYPES and any(
                            t.lower in m["vicinity_words"] for t in ctx.tokens[start:found.tstart]):
                        break  # "rudal ke sekitar Taiwan": fired near Taiwan, not at it (still placed there)
                    if types is PLACE_TYPES and start - n - 1 >= tend and ctx.tokens[start - n - 1].lower in m["topic_nouns"]:
                        break  # "met Wang Yi and discussed the war in Ukraine": the war's place, not the meeting's
                    return _coordinated(ctx, found, types, leftwards=False)
        return []
    if name == "marked":  # anywhere in the sentence, right after one of the words ("buatan Korea Selatan")
        for found in sorted(founds, key=lambda f: abs(f.tstart - tstart)):
            start = _head_start(ctx, found)
            if any(tuple(t.lower for t in ctx.tokens[start - len(p):start]) == p for p in args):
                if found.type == "country" and _private_people_of(ctx, found):
                    return []  # "a gathering of Sudanese civilian groups": no state gathers
                return _coordinated(ctx, found, types, leftwards=False)
        return []
    if name == "role":  # a role's filler, or the place that owns it ("struck ports held by Yemen's Houthis": Yemen)
        fillers = roles_so_far.get(args[0][0], [])
        owners = {ctx.owned_names[f.tstart]: f for f in ctx.founds if f.tstart in ctx.owned_names and f.type in types}
        return [f if f.type in types else owners[f.tstart] for f in fillers if f.type in types or f.tstart in owners]
    if name == "meeting_pair":  # "met Dong Jun and agreed to hold drills": the two who met agree
        return _meeting_pair(ctx, tstart, founds, types)
    if name == "visited":  # "Sharif will travel to China. Pakistan hopes to sign an agreement during the trip":
        # the state visited, told before (no place in this sentence's tokens), when the subject is one side only
        # ("During the trip, Indonesia and Malaysia signed a statement" is theirs alone)
        sides = dict(ctx.sides)  # two people of one state are one side ("Prabowo and Sugiono")
        if not ctx.visited or len({sides.get(f.as_actor, f.as_actor) for f in _apply_part(
                "subject", (), ctx, tstart, tend, types, founds, roles_so_far)}) > 1:
            return []
        return list(ctx.visited)
    if name == "owner_after":  # "sanksi AS terhadap Iran", "sanksi baru Uni Eropa", "faced new U.S. sanctions":
        tokens = ctx.tokens  # the state or body right after the trigger, past a plain word or two, and past a
        quantity = next((k for k in range(tend + 1, min(len(tokens), tend + QUANTITY_REACH + 1))  # quantity
                         if tokens[k].lower in m["quantity_links"]  # before "of" ("by a wave of Russian drones")
                         and tokens[k - 1].lower in m["quantity_nouns"]), None)
        counted = quantity is not None and all(t.text.isalpha() and t.text.islower() for t in tokens[tend:quantity])
        first = quantity + 1 if counted else tend  # past a quantity the owner stands right after "of" ("a wave of
        # Russian drones") or after the thing counted ("a package of sanctions the EU adopted"), never a pronoun
        reach = 2 + sum(1 for t in tokens[first:first + 3] if t.lower in m["determiners"]) if counted \
            else OWNER_AFTER_REACH + 1
        for k in range(first, min(len(tokens), first + reach)):
            owner = next((f for f in founds if f.tstart == k and f.type in ("country", "organisation")
                          and not (counted and f.via == "anaphor")), None)
            if owner is not None:
                return _coordinated(ctx, owner, types, leftwards=False)
            if not (tokens[k].text.isalpha() and tokens[k].text.islower()) or tokens[k].lower in m["object_stops"]:
                break
        return []
    if name == "item_owner":  # "penjualan senjata AS ke Taiwan", "pengiriman rudal Rusia": in Indonesian order the
        for start, end, *_ in ctx.items:  # name right after the trigger's item owns it
            if tend <= start <= tend + 1:
                return [f for f in founds if f.tstart == end and f.type in ("country", "organisation")][:1]
        return []
    if name == "object_place":  # "struck an energy facility in Kharkiv", "menyerang kilang minyak di Saratov":
        named = {f.tstart for f in ctx.founds  # a thing that names no one, then where it is: that place ("struck
                 if not (f.via == "anaphor" and f.tstart > 0 and ctx.tokens[f.tstart - 1].lower in m["free_relatives"])
                 and not (f.descriptor and f.tend < len(ctx.tokens) and ctx.tokens[f.tend].text == "-")}
        # what it called terrorist infrastructure in Pakistan": Pakistan; "a Russian-occupied airfield in Crimea":
        # Crimea, the hyphened name only describing the thing)
        words = 0
        for k in range(tend, min(len(ctx.tokens), tend + OBJECT_NOUN_REACH + 2)):
            word = ctx.tokens[k].lower
            if word == "-":  # "desa-desa"
                continue
            if k in named or not word[:1].isalnum() or m["boundaries"].match_at(ctx.tokens, k):
                return []  # a name of its own is the object's ("struck a Ukrainian facility"); a clause ends
            if (word,) in args and words:  # not open water: "attacked a ship in the Red Sea" hits no sea
                return [f for f in founds if f.tstart > k and _head_start(ctx, f) == k + 1
                        and not m["open_waters"] & set(f.text.lower().split())][:1]
            words += 1
        return []
    if name == "controller":  # "Germany halted arms exports", "approved arms sales": the subject of a verb that
        k = tstart - 1  # stops, resumes or approves the trigger right after it runs it ("condemned" does not)
        if k > 0 and ctx.tokens[k].lower in m["determiners"]:
            k -= 1
        word = ctx.tokens[k].lower if k >= 0 else ""
        if k > 0 and ctx.tokens[k - 1].lower in m["determiners"]:
            return []  # "condemned the resumed arms sales": an adjective, no verb
        if word in m["cessations"] or word in m["approvals"] or word in m["resumptions"]:
            return _apply_part("subject", (), ctx, k, k + 1, types, founds, roles_so_far)
        return []
    if name == "maker":  # "buy Turkish-made KAAN jets", "Iranian-made Shahed drones were delivered"
        makers = [f for f in ctx.founds if f.type in ("country", "organisation") and _made_by(ctx, f.tend)
                  and _same_phrase(ctx, tstart, tend, f)]  # not "received Patriots to counter Iranian-made drones"
        return [replace(f, descriptor=False) for f in sorted(makers, key=lambda f: abs(f.tstart - tstart))][:1]
    if name == "item_modifier":  # a name before the trigger that qualifies an item ("U.S. military drones",
        item_starts = {item[0] for item in ctx.items}  # "Washington's arms sales")
        for found in sorted((f for f in founds if f.tend <= tstart), key=lambda f: -f.tend):
            k = found.tend
            owned = k + 1 < tstart and ctx.tokens[k].text in ("'", "’") and ctx.tokens[k + 1].lower == "s"
            if owned:
                k += 2  # after "Russia's" a word in -ed is an adjective ("Russia's advanced missile sales")
            elif _made_by(ctx, k):
                k += 2  # "Iranian-made drones"
            reach = min(tstart, k + ITEM_MODIFIER_REACH)  # counted past "'s" and "-made"
            while k < reach and k not in item_starts and ctx.tokens[k].text.isalpha() \
                    and ctx.tokens[k].text.islower() and (owned or not ctx.tokens[k].lower.endswith(("ed", "es"))
                                                          and ctx.tokens[k].lower not in m["past_forms"]):
                # "China condemned arms sales": no maker
                k += 1  # "military", "anti-ship" are part of the item's phrase, not another noun
            if k in item_starts:
                return [found]
        return []
    return []


def find_fillers(strategies: tuple[Strategy, ...], ctx: SentenceContext, tstart: int, tend: int, types,
                 taken: set | None = None, roles_so_far: dict | None = None) -> list[Found]:
    """The mentions the first successful strategy finds around tokens[tstart:tend]."""
    taken = set() if taken is None else taken
    roles_so_far = {} if roles_so_far is None else roles_so_far
    founds = [f for f in ctx.eligible(types)[0] if (f.tstart, f.key) not in taken] if taken \
        else list(ctx.eligible(types)[0])
    for strategy in strategies:
        found: list[Found] = []
        for name, args in strategy.parts:
            part = _apply_part(name, args, ctx, tstart, tend, types, founds, roles_so_far)
            if strategy.require_all and not part:
                found = []
                break
            for f in part:
                if (f.tstart, f.key) not in {(g.tstart, g.key) for g in found}:
                    found.append(f)
        if found:
            return found
    return []


def _items_near(ctx: SentenceContext, tstart: int, tend: int, categories) -> tuple:
    """Items of the given categories near the trigger, within its clause (strong boundaries), and not past a
    clause of another event, to its comma ("asked Germany for help after Russia struck Kyiv with missiles, seeking
    air defence": air defence, not the missiles)."""
    strong = ctx.lang.matchers["strong"]
    low, high = tstart - ITEM_WINDOW_BEFORE, tend + ITEM_WINDOW_AFTER
    for k in range(tend, min(high, len(ctx.tokens))):
        if ctx.tokens[k].lower in strong:
            high = k
            break
    others = []  # the clauses of other events after the trigger, each to its comma
    for k, e in _other_clauses(ctx, tend, min(high, len(ctx.tokens))):
        stop = next((j for j in range(e, len(ctx.tokens)) if ctx.tokens[j].text in (",", ";")), len(ctx.tokens))
        others.append((k, stop))
    for k in range(tstart - 1, max(low, 0) - 1, -1):
        if ctx.tokens[k].lower in strong:
            low = k + 1
            break
    return tuple(item for item in ctx.items
                 if item[3] in categories and item[0] >= low and item[1] <= high
                 and not (item[0] < tend and item[1] > tstart) and not any(a <= item[0] < b for a, b in others))


PLACE_RANK = {"facility": 0, "city": 1, "region": 2, "country": 3}


def _where_antecedent(ctx: SentenceContext, tstart: int) -> Found | None:
    """In "..., flying in from New Delhi, where he had attended the summit" the place is New Delhi."""
    k = tstart - 1
    while k > 0 and k in ctx.relative:
        k -= 1
    if k + 1 < len(ctx.tokens) and ctx.tokens[k].text == "," and ctx.tokens[k + 1].lower in ("where", "tempat"):
        before = [f for f in ctx.founds if f.tend == k and f.type in PLACE_TYPES]
        return before[0] if before else None
    return None


def _most_specific_place(rule: EventRule, ctx: SentenceContext, tstart: int, tend: int, roles: dict,
                         strategies: tuple[Strategy, ...]) -> Found | None:
    """The most specific place any of the place `strategies` finds ("kota El Fasher di wilayah
    Darfur" → El Fasher), the first found among equals; inside ", where ...", the place "where" means."""
    if tstart in ctx.relative and strategies:
        antecedent = _where_antecedent(ctx, tstart)
        if antecedent is not None:
            return antecedent
    per_strategy = [find_fillers((strategy,), ctx, tstart, tend, PLACE_TYPES, None, roles) for strategy in strategies]
    listed = next((found for found in per_strategy if found), [])
    if rule.each_place and len({f.key for f in listed}) > 1:  # "visit France, Serbia and Hungary, his first
        return _known_place_after(ctx, listed[0])  # trip to Europe": the tour's stops, not Europe
    found = [f for found in per_strategy for f in found]
    place = min(found, key=lambda f: PLACE_RANK.get(f.type, 4), default=None)
    if place is None and strategies:
        return _place_adverb_after(ctx, tend)
    return _known_place_after(ctx, place) if place is not None else None


PLACE_ADVERB_REACH = 6  # words after a trigger within which "there" says where ("met Xi Jinping there")


def _place_adverb_after(ctx: SentenceContext, tend: int) -> Found | None:
    """A one-word place anaphor ("there", "sana") a few words after the trigger, in its clause (not past a
    condition, complementizer or relative pronoun), is where the event is: the place named last ("attended a
    summit in Kazan and met Xi there": Kazan)."""
    m = ctx.lang.matchers
    stops = m["conditions"] | m["complementizers"] | m["relative_pronouns"]
    for k in range(tend, min(tend + PLACE_ADVERB_REACH, len(ctx.tokens))):
        found = next((f for f in ctx.founds if f.tstart == k and f.tend == k + 1 and f.type in PLACE_TYPES
                      and f.via == PLACE_ADVERB), None)
        if found is not None:
            return found
        if ctx.tokens[k].text in (",", ";", ".") or ctx.tokens[k].lower in stops or m["boundaries"].match_at(ctx.tokens, k):
            return None  # "would strike if NATO sent troops there": the troops' place, not the strike's
    return None


def _places_listed_after(ctx: SentenceContext, place: Found) -> tuple[Found, ...]:
    """The places listed after the one found, joined by commas, coordinators or `itinerary_words` ("to
    Vietnam, Singapore and Malaysia", "to China and then to South Korea", "ke Rusia lalu ke India"), each
    perhaps with its day ("Beijing on April 9 and Tokyo on April 11"). A larger place after a comma or a
    locative says where the previous one lies ("Hanoi, Vietnam", "Kyiv in Ukraine"), and a place with "'s" qualifies a noun
    ("Vietnam and Singapore's leaders"): neither is listed."""
    glue = ctx.lang.matchers["coordinators"] | ctx.lang.matchers["itinerary_words"] | {","}
    kept, current = [place], place
    for found in sorted((f for f in ctx.founds if f.tstart >= place.tend and _eligible(f, ctx, PLACE_TYPES)),
                        key=lambda f: f.tstart):
        if found.tstart < current.tend:
            continue  # a mate of the current place (the same span read as another entity)
        if found.via == "demonym":
            break  # "visit Russia early next year, a South Korean lawmaker said": an adjective, no stop
        start = _head_start(ctx, found)
        gap = ctx.tokens[current.tend:start]
        if not gap or not all(t.lower in glue or k in ctx.dated or _dates_next(ctx, k)
                              for k, t in enumerate(gap, current.tend)):
            break  # "Beijing on April 9 and Tokyo on April 11": each place may have its day
        if found.tend < len(ctx.tokens) and ctx.tokens[found.tend].text in ("'", "’"):
            break
        if any(k in ctx.dated for k in range(current.tend, start)) and not _dated_stop(ctx, found):
            break  # "Seoul in mid-April, the U.S. mission to the UN said", "visited Kyiv on Monday and Russia
            # on Tuesday launched drones": after a dated stop, only another dated stop lists on
        current = found
        if found.key in {k.key for k in kept}:
            continue  # the place named again ("ke Naypyidaw, ibu kota Myanmar": the capital is Naypyidaw)
        if (len(gap) == 1 and (gap[0].text == "," or gap[0].lower in ctx.lang.matchers["locatives"])) \
                and PLACE_RANK.get(found.type, 4) > PLACE_RANK.get(kept[-1].type, 4):
            continue  # "Hanoi, Vietnam", "the city of Kyiv in Ukraine", "kota Irpin di Ukraina": where it lies
        kept.append(found)
    return tuple(_before_a_new_subject(ctx, kept)[1:])


def _dates_next(ctx: SentenceContext, k: int) -> bool:
    """Is token k a preposition of the time expression right after it ("on" of "on April 9")?"""
    return k + 1 in ctx.dated and ctx.tokens[k].lower in ctx.lang.matchers["prepositions"]


def _dated_stop(ctx: SentenceContext, found: Found) -> bool:
    """Is the place followed by a day of its own and then by the end of its phrase ("and Tokyo on April
    11.", "… and India on Friday, where …"), not by a verb of another clause ("and Russia on Tuesday
    launched …") nor by the noun it qualifies ("the U.S. mission")?"""
    m, tokens = ctx.lang.matchers, ctx.tokens
    k = found.tend
    if k < len(tokens) and tokens[k].lower in m["prepositions"] and k + 1 in ctx.dated:
        k += 1
    if k >= len(tokens) or k not in ctx.dated:
        return False
    while k < len(tokens) and k in ctx.dated:
        k += 1
    return k >= len(tokens) or not tokens[k].text[:1].isalnum() or tokens[k].lower in m["coordinators"] \
        or tokens[k].lower in m["relative_pronouns"]


def _possessive(ctx: SentenceContext, found: Found) -> bool:
    """Is the mention a pronoun that only opens the object's phrase ("met his Chinese counterpart Wang
    Yi": "his" is no one met), not the object itself ("met her in Moscow")?"""
    return found.via == "anaphor" and found.tend == found.tstart + 1 \
        and ctx.tokens[found.tstart].lower in ctx.lang.matchers["determiners"] \
        and opens_a_noun_phrase(ctx.tokens, found.tstart, ctx.lang)


def _known_place_after(ctx: SentenceContext, place: Found) -> Found:
    """An unknown venue followed by a known city ("Akademi Militer, Magelang") yields the city, and so does one
    named only by `generic_venue_words` before "in" ("the Presidential Palace in Nicosia": any country has one);
    a venue with a name of its own stays ("Universitas Far Eastern Federal di Vladivostok")."""
    if not place.key.startswith("new:") or place.tend >= len(ctx.tokens):
        return place
    generic = ctx.lang.matchers["generic_venue_words"]
    if ctx.tokens[place.tend].text != "," and not (ctx.tokens[place.tend].lower in ctx.lang.matchers["locatives"]
                                                    and all(w.lower() in generic for w in place.label.split())):
        return place
    known = [f for f in ctx.founds if f.tstart == place.tend + 1 and f.type == "city"
             and not f.key.startswith("new:") and not f.descriptor
             and f.tstart not in ctx.excluded]  # not the speaker of "near Scarborough Shoal, Manila said"
    return known[0] if known else place


PRETENCE_REACH = 3  # words before a trigger looked at for `pretence_words`
ADJUNCT_NAME_REACH = 4  # words between a preposition that is a trigger and the name it governs ("at India's")
SUBJECT_REACH = 6  # words before a trigger looked at for `unless_subject`
AGENT_NOUN_REACH = 3  # plain words after a passive's "by" looked at for `unless_subject` ("by the two quakes")
OBJECT_NOUN_REACH = 6  # words between a trigger and the noun heading its object ("attend a military parade")


def _object_noun_follows(ctx: SentenceContext, tend: int, nouns: tuple[str, ...], unless: tuple[str, ...],
                         own_phrase: bool = False) -> bool:
    """Does one of `nouns` head the phrase after the trigger (`_object_noun_at`)?"""
    return _object_noun_at(ctx, tend, nouns, unless, own_phrase) is not None


def _object_noun_at(ctx: SentenceContext, tend: int, nouns: tuple[str, ...], unless: tuple[str, ...],
                    own_phrase: bool = False) -> int | None:
    """Where one of `nouns` heads the phrase after the trigger, before any punctuation, and not followed
    by a word of `unless` ("attend a summit with Lula" is a meeting, not a gathering)? A name's own
    punctuation is no break ("a U.S.-brokered ceasefire"). With `own_phrase`, only in the object's own
    phrase: not past a coordinator or a preposition of goal or purpose ("dispatched troops" bars aid,
    "airlifted aid to Ukrainian forces", "sent aid and soldiers" do not; "hit wine with duties" still bars
    an attack); None when none does."""
    m = ctx.lang.matchers
    named = {k for f in ctx.founds for k in range(f.tstart + 1, f.tend)}
    named.update(k for start, end, *_ in ctx.items for k in range(start, end))  # nor do an item's noun and
    words = 0  # its designation ("carried the NVS-02 navigation satellite into space")
    for k in range(tend, len(ctx.tokens)):
        word = ctx.tokens[k].lower
        if word in nouns:  # nor by a word of `unless` a few plain words on ("pertemuan tertutup dengan Xi")
            barred = any(t.lower in unless for t in _plain_words_after(ctx.tokens, k + 1, UNLESS_AFTER_NOUN_REACH))
            return None if barred else k
        if own_phrase and (word in m["coordinators"] or word in m["goal_prepositions"] or word in m["purpose_prepositions"]):
            return None
        if k in named or _designation_part(ctx.tokens, k):
            continue
        if word[:1].isalpha() and ctx.lang.matchers["boundaries"].match_at(ctx.tokens, k):
            return None  # "skipped lunch before the summit began": the summit is another clause's
        if not word[:1].isalnum() and word not in ("-", "'", "’") and not in_number(ctx.tokens, k):
            return None  # "joined Russia's naval drills", "will send 1,000 police officers"
        words += word[:1].isalnum()
        if words >= OBJECT_NOUN_REACH:
            return None
    return None


def _designation_part(tokens, k: int) -> bool:
    """Is token k part of a model designation: a word with a digit ("K9", "02") or capitals joined by a hyphen to
    one ("NVS-02", "H-2A")? Not a name in capitals alone ("the BRICS summit")."""
    text = tokens[k].text
    return any(c.isdigit() for c in text) or text.isupper() and k + 2 < len(tokens) and tokens[k + 1].text == "-" \
        and any(c.isdigit() for c in tokens[k + 2].text)


def _orders_someone(ctx: SentenceContext, tend: int) -> bool:
    """Does an object that is no item of the sentence stand between an order word and an infinitive marker
    followed by a verb, within a few words and no punctuation ("ordered the Revolutionary Guards to strike",
    "approved a bill to send aid"; not "ordered 42 Rafale jets to modernise its air force")?"""
    m = ctx.lang.matchers
    item_tokens = {k for start, end, *_ in ctx.items for k in range(start, end)}
    for k in range(tend, min(len(ctx.tokens) - 1, tend + ORDER_OBJECT_REACH + 1)):
        token = ctx.tokens[k]
        if k in item_tokens or (not token.text[:1].isalnum() and token.text not in ("'", "’", ".", "-")):
            return False
        if token.lower in m["infinitive_markers"] and k > tend:
            following = ctx.tokens[k + 1]
            return following.text.isalpha() and following.text.islower() and following.lower not in m["determiners"]
    return False


ORDER_OBJECT_REACH = 6  # words of whom an order is given to ("ordered its standby force to")


def _listed_with(ctx: SentenceContext, noun: int, item_starts: list[int]) -> bool:
    """Does an item stand after a coordinator past the barring noun at `noun` in the trigger's object phrase
    ("troops and aid convoys"), so that the thing the rule moves is listed with what bars it?"""
    m = ctx.lang.matchers
    coordinator = next((k for k in range(noun + 1, min(len(ctx.tokens), noun + 3))
                        if ctx.tokens[k].lower in m["coordinators"]), None)
    return coordinator is not None and any(coordinator < start <= coordinator + OBJECT_NOUN_REACH for start in item_starts)


UNLESS_AFTER_NOUN_REACH = 3  # plain words after an object noun within which `unless_followed_by` still bars it


def _plain_words_after(tokens: list[Token], start: int, reach: int) -> list[Token]:
    """The lower-case words from `start` up to `reach` of them and the first that is not one, included
    ("tertutup dengan": "dengan" counts; a name or comma ends the run)."""
    words = []
    for token in tokens[start:start + reach]:
        words.append(token)
        if not (token.text.isalpha() and token.text.islower()):
            break
    return words


def _agent_of_a_later_trigger(ctx: SentenceContext, tstart: int, agent_word: int) -> bool:
    """Does the agent's word ("by") end a later trigger of the same event as the one at tstart ("sanctions
    imposed by the U.S.": "imposed by" is a sanction of its own, whose rule names its imposer)?"""
    events = {r.event for s, _, rules in (ctx.spans or ()) if s == tstart for r in rules}
    return any(tstart < s <= agent_word < e and any(r.event in events for r in rules)
               for s, e, rules in (ctx.spans or ()))


def _is_passive(ctx: SentenceContext, tstart: int, tend: int) -> bool:
    """Is the trigger a participle in the passive voice ("were reportedly sold", "has been attacked")?
    A trigger that ends in the agent's own word ("supplied by") belongs to a rule written for the passive."""
    m = ctx.lang.matchers
    if not m.get("passive_markers") or ctx.tokens[tend - 1].lower in m["passive_agents"]:
        return False
    word = ctx.tokens[tstart].lower
    if word not in m["irregular_participles"] and not word.endswith(m["participle_endings"]):
        return False
    k = tstart - 1
    while k >= 0 and (ctx.tokens[k].lower in m["passive_inserts"] or ctx.tokens[k].lower.endswith(m["adverb_endings"])):
        k -= 1
    return k >= 0 and ctx.tokens[k].lower in m["passive_markers"]


SAID_IN_REACH = 8  # words after a trigger looked at for the setting of a speech


WELCOME_REACH = 8  # words after a passive meeting trigger to the place of a welcome ("was met at Nikola Tesla airport")


def _welcomed_on_arrival(ctx: SentenceContext, tstart: int, tend: int, passive: bool) -> bool:
    """Is a meeting trigger in the passive ("was met", "was received by") told at a place of arrival
    (`welcome_places` after a locative, a name between: "at Nikola Tesla airport", "on the tarmac") before a
    comma? A welcome on arrival is no meeting ("Modi arrived in Paris and was received by Borne at the
    airport"; "Kim Jong Un received Lavrov" is one)."""
    m = ctx.lang.matchers
    if not m["welcome_places"] or not (passive or ctx.tokens[tstart].lower in m["passive_markers"]):
        return False
    for k in range(tend, min(len(ctx.tokens), tend + WELCOME_REACH)):
        if ctx.tokens[k].text in (",", ";", ".") or ctx.tokens[k].lower in m["strong"]:
            return False
        if ctx.tokens[k].lower in m["welcome_places"] and any(
                ctx.tokens[j].lower in m["locatives"] for j in range(max(tend, k - 4), k)):
            return True
    return False


def _said_in(ctx: SentenceContext, tend: int, words: tuple[str, ...]) -> bool:
    """Is one of the words of a speech's setting, right after a locative or span preposition (past a
    determiner: "in a post", "in his speech", "dalam pidatonya"; not "army posts", "after a speech by"), among the few words after the trigger, before a
    comma or the clause's end?"""
    m = ctx.lang.matchers
    for k in range(tend, min(len(ctx.tokens), tend + SAID_IN_REACH)):
        token = ctx.tokens[k]
        if _ends_clause(ctx, k):
            return False
        before = k - 1 - (ctx.tokens[k - 1].lower in m["determiners"])
        if token.lower in words and before >= tend and (ctx.tokens[before].lower in m["locatives"]
                                                        or ctx.tokens[before].lower in m["span_prepositions"]):
            return True
    return False


def _ends_clause(ctx: SentenceContext, k: int) -> bool:
    """Does the token at k end the trigger's clause for a look ahead: a comma, a semicolon, a strong boundary
    word, or a dot that is not an initial's ("U.S.", "U.N.": right after a single capital letter)?"""
    tokens = ctx.tokens
    if tokens[k].text == ".":
        return not (k > 0 and len(tokens[k - 1].text) == 1 and tokens[k - 1].text.isupper()
                    and tokens[k - 1].end == tokens[k].start)
    return tokens[k].text in (",", ";") or ctx.words[k] in ctx.lang.matchers["strong"]


def _phrase_follows(ctx: SentenceContext, tend: int, phrases: tuple[tuple[str, ...], ...]) -> bool:
    """Does one of the phrases (a `_` word: any one lower-case word) start within `PHRASE_AFTER_REACH` words
    after the trigger, before a comma or the clause's end ("blamed the Tigray People's Liberation Front
    (TPLF) for the attack")?"""
    words, tokens = ctx.words, ctx.tokens
    for k in range(tend, min(len(tokens), tend + PHRASE_AFTER_REACH)):
        if _ends_clause(ctx, k):
            return False
        for phrase in phrases:
            if k + len(phrase) <= len(tokens) and all(
                    word == words[k + i] or word == "_" and tokens[k + i].text.isalpha() and tokens[k + i].text.islower()
                    for i, word in enumerate(phrase)):
                return True
    return False


PHRASE_AFTER_REACH = 12  # words after a trigger within which a phrase of `requires_after`, `unless_after` may start


TOPIC_REACH = 8  # words between a word of discussion and the noun trigger it is about ('raising ties to a "special global partnership"')


@lru_cache(maxsize=None)
def _topic_phrases(words: tuple[str, ...]) -> tuple[dict[str, tuple[tuple[str, ...], ...]], tuple[tuple[str, ...], ...]]:
    """A rule's `unless_topic_of` entries as word tuples, split once per rule: those of each first word
    (a word of the sentence is compared only with the phrases it can begin), and the empty ones."""
    by_first: dict[str, list[tuple[str, ...]]] = {}
    empty = []
    for phrase in (tuple(w.split()) for w in words):
        if phrase:
            by_first.setdefault(phrase[0], []).append(phrase)
        else:
            empty.append(phrase)
    return {word: tuple(phrases) for word, phrases in by_first.items()}, tuple(empty)


def _topic_of(ctx: SentenceContext, tstart: int, words: tuple[str, ...]) -> bool:
    """Does one of `words` (a verb of discussion, or a noun of it with its preposition) open the noun
    phrase the trigger heads, a few words before it with no punctuation, coordinator (but those of a list
    of topics) or other trigger between ("discussed the grain deal", "talks on a free trade agreement"; not "held talks and signed a
    deal", "the talks produced an agreement")?"""
    m = ctx.lang.matchers
    own = {k for start, end, _ in ctx.spans or () if start <= tstart < end for k in range(start, end)}
    in_triggers = ctx.trigger_tokens - own  # a longer trigger holding this one is no other ("strategic partnership")
    by_first, empty = _topic_phrases(words)
    lowers = ctx.words
    for k in range(tstart - 1, max(-1, tstart - 1 - TOPIC_REACH), -1):
        word = lowers[k]
        if empty or any(k + len(p) <= tstart and lowers[k:k + len(p)] == p for p in by_first.get(word, ())):
            return True
        if word in (";", ".", ":") or k in in_triggers or word[:1].isalpha() and m["boundaries"].match_at(ctx.tokens, k) \
                or (word == "," or word in m["coordinators"]) and not _in_a_topic_list(ctx, k):
            return False
    return False


def _in_a_topic_list(ctx: SentenceContext, k: int) -> bool:
    """Does the comma or coordinator at k join lower-case topics, with a lower-case word on each side and
    no name ("border security and economic cooperation"; not "held talks and signed", where a trigger
    stops the scan first, nor "Rubio and Lavrov")?"""
    tokens = ctx.tokens
    return 0 < k < len(tokens) - 1 and tokens[k - 1].text.isalpha() and tokens[k - 1].text.islower() \
        and tokens[k + 1].text.isalpha() and tokens[k + 1].text.islower()


def _past_time_phrase(ctx: SentenceContext, k: int) -> int:
    """The first token at or after k past a time phrase that starts there ("on Monday", "late on Friday",
    also a time of saying left out of the dates: "announced on Tuesday that ..."); k when none does."""
    m, tokens = ctx.lang.matchers, ctx.tokens
    j = k
    while j < len(tokens) and (j in ctx.dated or j + 1 in ctx.dated and tokens[j].lower in m["prepositions"]):
        j += 1
    if j > k:
        return j
    if j + 1 < len(tokens) and tokens[j].lower in m["prepositions"] and tokens[j + 1].lower in m["time_words"]:
        j += 1
    if j < len(tokens) and tokens[j].lower in m["time_words"]:
        j += 1
        while j < len(tokens) and (tokens[j].text.isdigit() or tokens[j].text == "."):
            j += 1
        return j
    return k


def apply_rule(rule: EventRule, ctx: SentenceContext, tstart: int, tend: int,
               voice: tuple[bool, tuple[Found, int] | None] | None = None) -> Candidate | None:
    """Fill the rule's roles around a trigger; None when the rule's requirements are not met.
    `voice` is (passive, asked) of the trigger, when the caller has read it once for all its rules."""
    helper = _asked_to_help(ctx, tstart, rule.help_words) if rule.help_words else None
    if rule.help_words and helper is None:
        return None  # "called on friendly countries to help": the rule reads nothing but help asked for
    following = {t.lower for t in ctx.tokens[tend:tend + 2]}
    past_time = _past_time_phrase(ctx, tend) if rule.unless_followed_by else tend  # read only where it can bar
    if past_time > tend:  # a time phrase right after the trigger hides nothing: "met on Monday with Egyptian mediators"
        following |= {t.lower for t in ctx.tokens[past_time:past_time + 2]}
    preceding = {t.lower for t in ctx.tokens[max(0, tstart - 2):tstart]}
    passive, asked = voice if voice is not None else (_is_passive(ctx, tstart, tend), _asked(ctx, tstart, ctx.founds))
    if passive:  # "was welcomed by": the agent's word is the passive's, not what `unless_followed_by` bars
        following -= ctx.lang.matchers["passive_agents"]
    if not following.isdisjoint(rule.unless_followed_by) or not preceding.isdisjoint(rule.unless_preceded_by):
        return None
    if rule.followed_by and (tend >= len(ctx.tokens) or ctx.tokens[tend].lower not in rule.followed_by):
        return None  # "ASEAN foreign ministers met in Labuan Bajo", not "met Zelensky"
    if rule.object_nouns and not _object_noun_follows(ctx, tend, rule.object_nouns, rule.unless_followed_by):
        return None
    barred = _object_noun_at(ctx, tend, rule.unless_object_nouns, (), own_phrase=True) \
        if rule.unless_object_nouns else None  # "launched its first direct attack on Israel" launches nothing;
    if barred is not None and rule.require_item and any(start < barred < end and category in rule.require_item
                                                        for start, end, _, category, *_ in ctx.items):
        barred = None  # the noun ends the name of an item the rule moves: "launched the Chang'e-6 lunar probe" (not
        # "a probe into"; "shot down 30 drones" stays barred, the drone being the item itself)
    # "hit wine with duties" hits no one; "dispatched troops" sends no aid
    if rule.unless_subject and any(t.lower in rule.unless_subject for t in ctx.tokens[
            _own_clause_start(ctx, _subject_window(ctx, tstart), tstart):tstart]) \
            and not _carried_visitors(ctx, tstart, ctx.founds, ACTOR_TYPES):  # "EU will impose sanctions after
        # Russia attacks Kyiv": Russia, in a clause of its own, attacks (but "Pesawat yang membawa Jokowi tiba":
        # the people a plane carries arrive)
        return None  # "the earthquake struck Port Vila", "when twin cyclones, Judy and Kevin, struck"
    if rule.unless_subject and tend < len(ctx.tokens) and ctx.tokens[tend].lower in ctx.lang.matchers["passive_agents"] \
            and any(t.lower in rule.unless_subject for t in _plain_words_after(ctx.tokens, tend + 1, AGENT_NOUN_REACH)):
        return None  # and so is one after the passive's "by" ("the provinces hit by the quakes")
    if rule.unless_topic_of and _topic_of(ctx, tstart, rule.unless_topic_of):
        return None  # "Rubio and Lavrov discussed the grain deal": a deal talked about, none made
    if rule.unless_said_in and _said_in(ctx, tend, rule.unless_said_in):
        return None  # "Trump attacked Zelensky in a post on Truth Social": words, no weapons
    if rule.unless_after and _phrase_follows(ctx, tend, rule.unless_after):
        return None  # "Rwanda is to pull its troops out of Congolese territory": an occupier's, no guest's
    if rule.unless_purpose and _purpose_is(ctx, tend, rule.unless_purpose):
        return None  # "Israel sent troops to Lebanon in October to fight Hezbollah": no partner's guest
    if rule.event == "Meeting" and _welcomed_on_arrival(ctx, tstart, tend, passive):
        return None  # "was received by Borne at the airport": a welcome, whose giver hosts the visit
    if tend - tstart == 1 and ctx.tokens[tstart].lower in ctx.lang.matchers["directives"] and _orders_someone(ctx, tend):
        return None  # "Khamenei ordered the Guards to strike Israel": an order, no purchase ("ordered 42 jets to
        # modernise its air force" is one)
    items = _items_near(ctx, tstart, tend, rule.items) if rule.items else ()
    if barred is not None and not (items and _listed_with(ctx, barred, [item[0] for item in items])):
        return None  # but "dispatched troops and aid convoys to Gaza" sends aid
    if rule.require_item and not any(item[3] in rule.require_item for item in items):
        return None
    if rule.item_markers and not any(_marked_item(ctx, tend, item[0], rule.item_markers) for item in items):
        return None  # "asked Germany for Taurus missiles", not "asked the US to stop selling weapons"
    if rule.unless_items and items and min(items, key=lambda item: abs(item[0] - tend))[2] in rule.unless_items:
        return None  # "sent an aircraft carrier to the Middle East" deploys a ship, it transfers none
    named = None
    if rule.named:
        found = find_fillers(rule.named, ctx, tstart, tend, {"gathering"})
        named = found[0] if found else None
        if rule.adjunct and named is not None and (named.tstart > tend + ADJUNCT_NAME_REACH or any(
                t.text == "," for t in ctx.tokens[tend:named.tstart])):
            named = None  # "Di Asia, Trump dipastikan tidak menghadiri KTT ASEAN-AS": "di" governs Asia, not the summit
    if rule.require_named and named is None:
        return None
    taken: set = set()
    roles: dict[str, list[Found]] = {}
    rule_roles = rule.roles
    if passive:
        rule_roles = ctx.lang.matchers["passive_roles"].get(rule.id, rule_roles)
    for role, strategies in rule_roles:
        types = LIFTED if rule.lift else ACTOR_AND_PLACE if role in rule.place_roles else ACTOR_TYPES
        fillers = find_fillers(strategies, ctx, tstart, tend, types, taken, roles)
        allowed = rule.actor_types_of.get(role)
        if allowed:
            fillers = [f for f in fillers if f.type in allowed or (f.actor_key and "country" in allowed)
                       or rule.deployment and rule.lift and f.key in ctx.stated_regions and "country" in allowed]
            # forces stationed in a region of a state work with that state ("menempatkan prajurit di Lebanon
            # selatan": Lebanon, by `lift`; not "ke Laut China Selatan", "di perbatasan Ukraina")
        if role in rule.place_roles:  # a city attacked stays a city, not the state it stands for
            fillers = [replace(f, actor_key="") if f.type in PLACE_TYPES else f for f in fillers]
        if fillers:
            roles[role] = fillers
            taken.update((f.tstart, f.key) for f in fillers)
    if helper is not None:  # the one asked to help would give it, not one helped ("membantu Lebanon")
        providers = [f for f in roles.pop("provider", ()) if helper[0] is not None and f.tstart == helper[0].tstart]
        if providers:
            roles["provider"] = providers
    ordered = asked is not None and _orders(ctx, asked[1])
    if asked is not None and not ordered:  # one who orders or tells another to send receives nothing
        _fill_with_asker(ctx, rule, asked[1], roles, taken)
    # what the roles alone rule out needs no place (a third of the rules that fail get this far)
    if any(role not in roles for role in rule.required_roles):
        return None
    if len({f.as_actor for fillers in roles.values() for f in fillers}) < rule.min_actors and named is None:
        return None
    if not roles and named is None:
        return None
    place_strategies = ctx.lang.matchers["passive_places"].get(rule.id, rule.place) if passive else rule.place
    place = _most_specific_place(rule, ctx, tstart, tend, roles, place_strategies)
    if rule.lift and place is None:  # "dikirim ... ke Port Sudan": Sudan receives, Port Sudan is the place;
        place = next((f for fillers in roles.values() for f in fillers if f.type in PLACE_TYPES - {"country"}
                      and not (f.actor_key and (_preceded_by(ctx, f, ctx.lang.matchers["goal_prepositions"])
                                            or _supplier_capital(rule, roles, f)))
                      # a capital a thing goes "to" stands for its state ("supplied drones to Moscow"); one
                      # it is flown "into" is where it went ("flew weapons into Mogadishu")
                      and _preceded_by(ctx, f, ctx.lang.matchers["locatives"])), None)
    if place is None and named is not None:
        place = _place_after_named(ctx, named)  # "The NATO summit in The Hague is scheduled for June"
    if rule.require_place and place is None:
        return None
    flat = tuple((role, f) for role, fillers in roles.items() for f in fillers)
    more_places = _places_listed_after(ctx, place) if rule.each_place and place is not None else ()
    asking = "" if asked is None else "planned" if ordered else "hoped"  # an order plans what it asks for
    # ("memerintahkan TNI untuk menyerang", "told Israel to strike"), a request hopes for it
    return Candidate(rule, tstart, tend, flat, place, items, named, asking, more_places)


def _supplier_capital(rule: EventRule, roles: dict, found: Found) -> bool:
    """Is the capital the supplier of a transfer, standing for its state ("buy fighter components from
    Seoul", "received missiles from Washington"): no place the transfer happened?"""
    return (rule.event in TRANSFERS or rule.event == "AidRequest") and any(  # ("requested missiles from Washington")
        f is found for f in roles.get("supplier", roles.get("provider", [])))


def _place_after_named(ctx: SentenceContext, named: Found) -> Found | None:
    """The place right after a named gathering and a locative, where it is held ("KTT BRICS di Kazan",
    "The NATO summit in The Hague"), not one further on."""
    k = named.tend
    if k >= len(ctx.tokens) or ctx.tokens[k].lower not in ctx.lang.matchers["locatives"]:
        return None
    return next((f for f in ctx.founds if f.type in PLACE_TYPES and f is not named and _head_start(ctx, f) == k + 1
                 and not f.descriptor), None)


def trigger_spans(ctx: SentenceContext) -> list[tuple[int, int, tuple[EventRule, ...]]]:
    """Trigger matches of the sentence, except those inside a name ("Stasiun Peluncuran Satelit Sohae").

    At each token the longest trigger that stays clear of names wins, so "menandatangani" still
    fires before "Perjanjian Kerja Sama Pertahanan" although "menandatangani perjanjian" runs into it.
    """
    if ctx.spans is not None:
        return list(ctx.spans)
    named = {k for f in ctx.founds if f.via != "anaphor" for k in range(f.tstart, f.tend)}
    matcher = ctx.lang.matchers["triggers"]
    first_words, first_prefixes = ctx.lang.matchers["trigger_starts"]
    spans = []
    for start in range(len(ctx.tokens)):
        word = ctx.tokens[start].lower
        if start in named or (word not in first_words and not (first_prefixes and word.startswith(first_prefixes))):
            continue
        # the start itself is clear of names (checked above): a one-word trigger needs no more look
        clear = [(length, rules) for length, rules in matcher.all_at(ctx.tokens, start)
                 if length == 1 or not any(k in named for k in range(start + 1, start + length))]
        if any(rule.requires_after for _, rules in clear for rule in rules):
            # a trigger whose phrase is missing is no trigger ("accuse Tehran of arming Russia": no attack blamed,
            # and Tehran stays the arming's subject, not the object of another trigger); a shorter one may be
            # ("vowed to hit back at Israel": no sanctions after it, so "hit" attacks)
            clear = [(length, kept) for length, rules in clear
                     if (kept := tuple(rule for rule in rules if not rule.requires_after
                                       or _phrase_follows(ctx, start + length, rule.requires_after)))]
        if clear:
            length, rules = max(clear, key=lambda hit: hit[0])
            spans.append((start, start + length, rules))
    return spans


def _nearest_item(candidate: Candidate):
    """The item of the candidate's own kind nearest its trigger."""
    return min((item for item in candidate.items if item[3] in candidate.rule.require_item),
               key=lambda item: abs(item[0] - candidate.tend), default=None)


def _item_distance(candidate: Candidate) -> int:
    item = _nearest_item(candidate)
    return abs(item[0] - candidate.tend) if item is not None else 10**6


def _listed_together(ctx: SentenceContext, first, other) -> bool:
    """Are two items joined in one list, only commas and coordinators between them ("food and weapons")?"""
    if first is None or other is None:
        return False
    (_, end), (start, _) = sorted(((first[0], first[1]), (other[0], other[1])))
    between = ctx.tokens[end:start]
    return bool(between) and all(t.text == "," or t.lower in ctx.lang.matchers["coordinators"] for t in between)


FALLBACK_EVENTS = {"Meeting": frozenset({"Gathering"})}  # what a shorter trigger may read when a longer one's
# rules of this type fire nothing: "hold a summit" with no two who meet is a summit held ("Indonesia will hold a
# summit"); other types keep to the longest trigger, whose shorter words mean other things as often


def _shorter_trigger_candidates(ctx: SentenceContext, start: int, end: int, voice, failed: tuple) -> list[Candidate]:
    """The candidates of the longest trigger shorter than start..end that fires a rule of a type
    `FALLBACK_EVENTS` allows after the `failed` rules, if any."""
    allowed = frozenset().union(*(FALLBACK_EVENTS.get(rule.event, frozenset()) for rule in failed))
    if not allowed:
        return []
    for length, rules in sorted(ctx.lang.matchers["triggers"].all_at(ctx.tokens, start), key=lambda hit: -hit[0]):
        if length < end - start:
            fired = [c for c in (apply_rule(rule, ctx, start, start + length, voice) for rule in rules
                                 if rule.event in allowed) if c is not None]
            if fired:
                return fired
    return []


def find_candidates(ctx: SentenceContext, blocked: frozenset[int]) -> list[Candidate]:
    """Every rule that fires on the sentence, one candidate per trigger and rule.

    When one trigger fires several rules told apart by their items ("mengirim" weapons, aid or
    technology), the rule whose item is nearest the trigger wins, and a rule that needs an item
    outranks one that does not; an attack outranks a launch on the same trigger.
    """
    candidates = []
    pretence = ctx.lang.matchers["pretence_words"]
    for start, end, rules in trigger_spans(ctx):
        if any(k in blocked or k in ctx.excluded for k in range(start, end)):
            continue
        if pretence and any(t.lower in pretence for t in ctx.tokens[max(0, start - PRETENCE_REACH):start]):
            continue  # "drills simulating a nuclear attack", "a rehearsal for invasion": no attack
        voice = (_is_passive(ctx, start, end), _asked(ctx, start, ctx.founds))
        fired = [c for c in (apply_rule(rule, ctx, start, end, voice) for rule in rules) if c is not None]
        if not fired and end - start > 1:  # a meeting trigger with no two who meet: a gathering may start there
            fired = _shorter_trigger_candidates(ctx, start, end, voice, rules)  # ("Indonesia will hold a summit")
        by_item = [c for c in fired if c.rule.require_item]
        if len({c.rule.event for c in by_item}) > 1:
            nearest = min(_item_distance(c) for c in by_item)
            winner = next(c for c in by_item if _item_distance(c) == nearest)
            fired = [c for c in fired if not c.rule.require_item or _item_distance(c) == nearest
                     or "TechnologyTransfer" not in (c.rule.event, winner.rule.event)  # "mengirim makanan dan
                     and _listed_together(ctx, _nearest_item(winner), _nearest_item(c))]  # senjata": both (not
            # "teknologi satelit dan kapal selam", the technology for both)
        if by_item:  # a plane carrying aid that "landed in Yangon" delivers aid; it pays no visit (but a purchase
            fired = [c for c in fired if c.rule.require_item or c.rule.event == "Agreement"]  # "agreed to buy"
            # is the deal for it as well)
        if any(c.rule.event == "Attack" for c in fired):  # "fired 180 missiles at Israel": fired at someone,
            fired = [c for c in fired if c.rule.event != "Launch"]  # a missile is an attack, not a launch
        outranked = {event for c in fired for event in c.rule.outranks}  # "a meeting of NATO foreign ministers"
        fired = [c for c in fired if c.rule.event not in outranked]  # is a gathering, and no meeting besides
        candidates.extend(fired)
    return [c for c in candidates if not any(  # "was hit with new sanctions by": a sanction, and "hit" no attack;
        o.tstart <= c.tstart and c.tend <= o.tend and o.tend - o.tstart > c.tend - c.tstart  # "melakukan kunjungan
        and (o.rule.event != c.rule.event or o.rule is not c.rule and _other_actors(o, c))  # kerja ke": one visit,
        for o in candidates)]  # not also the noun "kunjungan" read with other actors


def _other_actors(a: Candidate, b: Candidate) -> bool:
    """Do two readings of one event name no actor in common?"""
    return not {f.as_actor for _, f in a.roles} & {f.as_actor for _, f in b.roles}
