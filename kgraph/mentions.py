"""Recognise entity mentions in a sentence: gazetteer names, title + name patterns, anonymous
sources, unknown capitalised names, anaphors, and the facts that fact patterns state.

`find_mentions` is pure: what it needs from earlier sentences (for anaphora and surnames) comes in
as a `History` value and a new one goes out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from .gazetteer import Gazetteer
from .model import Fact
from .rules import BODY_ANAPHOR, HALF_ANAPHOR, HOME_BODY, TITLE_ANAPHOR, Language
from .text import Token, slug

ACTOR_TYPES = frozenset({"person", "country", "organisation", "outlet", "anonymous"})
PLACE_TYPES = frozenset({"country", "city", "region", "facility"})
PERSONLIKE = frozenset({"person", "anonymous"})
COUNTED = {"dual_": 2, "triple_": 3, "quad_": 4}
INVITEE_REACH = 3  # words from a verb of inviting to the guest's name ("invited Chinese President Xi")
APPOSITION_REACH = 6  # words after a title without a name within which a comma may bring the name
TITLE_MODIFIER_REACH = 3  # lower-case words between a state and its title ("Syria's interim president")


QUOTE_MARKS = frozenset({'"', "“", "”"})
TRIP_NOUN_REACH = 3  # words between a possessive and its trip noun ("his first official visit to Russia")
EVENT_NOUN_REACH = 3  # plain words between "It was the" and an event noun ("It was the first official visit")
SPEAKER_REACH = 3  # tokens between a closing quote and the speaker's name (', kata')
ARTICLES = frozenset({"the", "a", "an"})  # English articles: left out of a name made of a pattern's words
PLACE_ADVERB = "adverb"  # how a "there" is found: a place for its event only, kept out of the history
LOWER_IN_NAMES = frozenset({"of", "for", "and", "to", "the"})  # "Ministry of Defence"


@dataclass(frozen=True)
class Found:
    """A mention in one sentence: token span, character span, entity key and how it was found."""

    tstart: int
    tend: int
    start: int
    end: int
    text: str
    key: str
    type: str
    via: str
    label: str = ""
    actor_key: str = ""  # the state a seat of government stands for when it acts (metonymy)
    descriptor: bool = False  # only describes another mention ("kota pelabuhan Rusia, ...")
    wikidata: str = ""
    state: str = ""  # the state an anonymous source or a state's body belongs to ("Iraqi military officials",
    # "the Chinese embassy"): in event roles it is that state

    @property
    def as_actor(self) -> str:
        return self.actor_key or self.key


@dataclass(frozen=True)
class History:
    """What later sentences may refer back to: earlier mentions, in order, and known surnames."""

    mentions: tuple[Found, ...] = ()
    surnames: tuple[tuple[str, str], ...] = ()
    acronyms: tuple[tuple[str, tuple[str, str, str]], ...] = ()
    sentence_starts: tuple[int, ...] = ()  # where in `mentions` each sentence's mentions begin
    name_words: tuple[tuple[str, frozenset[str]], ...] = ()  # first/last word of a full name -> its people
    titled: tuple[tuple[str, tuple[str, str]], ...] = ()  # person -> (state, position) from earlier titles
    joined: tuple[Found, ...] = ()  # the names joined at the head of the latest sentence naming an actor
    home: str = ""  # the state of the article's dateline place: whose "the military said" it is
    places: tuple[Found, ...] = ()  # places named after a locative or goal preposition, in order: what "there" is


def state_of(key: str, facts: list[Fact], gazetteer: Gazetteer) -> str:
    """The state a person (or a place) acts for: the text's own facts first, else the gazetteer."""
    for fact in facts:
        if fact.subject == key and fact.predicate in ("leads", "affiliatedWith"):
            entry = gazetteer.get(fact.object)
            if entry is None or entry.type == "country":
                return fact.object
    entry = gazetteer.get(key)
    if entry is not None and entry.type in ("person", "city", "facility", "region") and entry.country:
        return entry.country
    return key


def opens_a_noun_phrase(tokens: list[Token], i: int, lang: Language) -> bool:
    """Does the word after token i begin a noun phrase that token i (a possessive) determines ("his
    Chinese counterpart", "her visit"), rather than a preposition, a coordinator, a time or punctuation
    ("met her on Monday", "met her yesterday")?"""
    if i + 1 >= len(tokens):
        return False
    following, m = tokens[i + 1], lang.matchers
    return following.text[:1].isalnum() and following.lower not in m["prepositions"] \
        and following.lower not in m["coordinators"] and following.lower not in m["time_words"]


def _name_words(founds, known: dict[str, frozenset[str]]) -> dict[str, frozenset[str]]:
    """`known` plus the first and last word of every full person name among `founds`."""
    owners = dict(known)
    for found in founds:
        if found.type == "person" and found.via != "anaphor":
            words = found.text.replace("-", " ").split()
            if len(words) > 1:  # "Thomas-Greenfield" too, for "Linda Thomas-Greenfield"
                for word in {words[0], words[-1], found.text.split()[-1]}:
                    owners[word] = owners.get(word, frozenset()) | {found.key}
    return owners


@dataclass
class SentenceMentions:
    founds: list[Found]
    facts: list[Fact]
    positions: dict[str, str] = field(default_factory=dict)  # person key -> position from a title


def _affiliation(found: Found) -> bool:
    """Can this mention qualify a title ("Presiden Rusia", "EU foreign policy chief", "juru bicara Kremlin",
    "Gubernur Jawa Barat", "Kharkiv Mayor")?"""
    return found.type in ("country", "organisation", "region", "city") or bool(found.actor_key)


def _char_to_token(tokens: list[Token]) -> dict[int, int]:
    index = {}
    for i, token in enumerate(tokens):
        for c in range(token.start, token.end):
            index[c] = i
    return index


def _hit_token_index(tokens: list[Token], hits) -> dict[int, int]:
    """`_char_to_token` for what the gazetteer hits need: a hit starts where a token starts and ends
    where one ends (it stands on word boundaries), so the tokens' first and last characters are
    enough; a hit that does not (an alias with white space at an end) gets every character."""
    index = {}
    for i, token in enumerate(tokens):
        index[token.start] = i
        index[token.end - 1] = i
    if all(hit.start in index and hit.end - 1 in index for hit in hits):
        return index
    return _char_to_token(tokens)


def _is_capitalised(token: Token) -> bool:
    return token.text[:1].isupper()


SUFFIXES = frozenset({"jr", "sr", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"})


def _another_person(tokens: list[Token], i: int, j: int, entry, plain_words, other_names: set[int],
                    opening_is_name: bool) -> bool:
    """"Hunter Biden", "Melania Trump", "Donald Trump Jr.": a known bare surname with another first
    name before it, or a known name with a generational suffix after it, is someone else. A word
    that opens a sentence is capitalised anyway ("Pengumuman Prabowo"), so it counts only when the
    text is known to be a name (`opening_is_name`)."""
    before = tokens[i - 1] if i > 0 and (i > 1 or opening_is_name) else None
    if before is not None and before.text == "." and i >= 2 and len(tokens[i - 2].text) == 1 \
            and tokens[i - 2].text.isupper() and (j - i == 1):
        return True  # "Vladimir V. Putin": a middle initial; the whole name is resolved as one
    first_name = entry.label.split()[0].lower()
    surname_only = j - i == 1 or all(t.lower != first_name for t in tokens[i:j])  # "Biden", "von der Leyen"
    if surname_only and before is not None and before.text[:1].isupper() and before.text.isalpha() \
            and before.lower not in plain_words and i - 1 not in other_names \
            and not any(before.lower == w.lower() for alias in entry.aliases for w in alias.split()):
        return True
    after = tokens[j] if j < len(tokens) else None
    if after is None:
        return False
    if after.lower in SUFFIXES:
        return not any(after.lower in alias.lower().replace(".", " ").split() for alias in entry.aliases)
    # "Xi Mingze", "Nicolás Maduro Guerra": the name goes on with a word the entry does not have
    return after.text[:1].isupper() and after.text.isalpha() and after.lower not in plain_words \
        and j not in other_names and tokens[j].start == tokens[j - 1].end + 1


def _gazetteer_founds(text: str, tokens: list[Token], gazetteer: Gazetteer, plain_words=frozenset(),
                      opening_is_name: bool = False) -> list[Found]:
    hits = gazetteer.find(text)
    if not hits:
        return []
    index = _hit_token_index(tokens, hits)
    founds = []
    named = {index[c] for h in hits for c in range(h.start, h.end) if c in index}
    for hit in hits:
        entry = gazetteer.get(hit.key)
        if hit.start not in index or hit.end - 1 not in index:
            continue
        if entry.type == "person" and _another_person(tokens, index[hit.start], index[hit.end - 1] + 1, entry,
                                                      plain_words, named, opening_is_name):
            continue
        kind = "country" if hit.demonym else entry.type
        founds.append(Found(index[hit.start], index[hit.end - 1] + 1, hit.start, hit.end,
                            text[hit.start:hit.end], entry.key, kind,
                            "demonym" if hit.demonym else "gazetteer", entry.label,
                            entry.metonym_for, wikidata=entry.wikidata))
    return founds


def _name_run(tokens: list[Token], i: int, taken: set[int], lang: Language, head_ok: bool,
              after_title: bool = False) -> int:
    """End (exclusive) of a capitalised name starting at token i, or i if none starts there. After a
    title a first name may be spelt like a preposition ("Gubernur Kharkiv Oleh Syniehubov")."""
    m = lang.matchers
    j = i
    after_head = head_ok and tokens[i].text in m["name_heads"]
    first_ok = after_title and _capitalised_preposition(tokens, i, m)
    while j < len(tokens) and j not in taken:
        token = tokens[j]
        if _is_capitalised(token) and (j > i or first_ok or token.text not in m["not_names"]) \
                and token.text.isalnum() is not False:
            j += 1
        elif after_head and token.text.isdigit() and j > i:
            j += 1
        elif token.lower in m["connectors"] and j > i and j + 1 < len(tokens) and (
                _is_capitalised(tokens[j + 1]) or tokens[j + 1].text == "-" and j + 2 < len(tokens)
                and _is_capitalised(tokens[j + 2])):
            j += 1
        elif token.text in ("-", ".") and j > i and j + 1 < len(tokens) and tokens[j + 1].text.isalpha() \
                and tokens[j].start == tokens[j - 1].end and tokens[j + 1].start == tokens[j].end \
                and (_is_capitalised(tokens[j + 1]) or token.text == "-"):
            j += 2  # "Jong-un", "al-Sisi", "Ing-wen": a hyphen joins the parts of one name
        elif token.text in ("'", "’") and j > i and j + 1 < len(tokens) and tokens[j + 1].text.isalpha() \
                and tokens[j].start == tokens[j - 1].end and tokens[j + 1].start == tokens[j].end \
                and tokens[j + 1].lower != "s":
            j += 2  # "Ma'ruf", "O'Brien": an apostrophe inside a name, not a possessive
        elif token.text == "." and j > i and len(tokens[j - 1].text) == 1 and tokens[j - 1].text.isupper() \
                and j + 1 < len(tokens) and _is_capitalised(tokens[j + 1]):
            j += 1  # "Vladimir V. Putin", "J. D. Vance": a middle initial
        else:
            break
    while j > i and tokens[j - 1].lower in m["connectors"]:
        j -= 1
    return j


def _capitalised_preposition(tokens: list[Token], i: int, m: dict) -> bool:
    """A preposition written with a capital inside a sentence, right before another capitalised word:
    a first name ("Oleh Kiper", Ukrainian "Oleh"), since a preposition there is written small ("oleh")."""
    return i > 0 and tokens[i].lower in m["prepositions"] and _is_capitalised(tokens[i]) \
        and i + 1 < len(tokens) and _is_capitalised(tokens[i + 1]) and tokens[i + 1].text.isalpha()


def _model_designation(tokens: list[Token], end: int) -> bool:
    """Does the name run ending at `end` stop at the hyphen of a model ("B-2", "F-35", "Su-35")?"""
    return end + 1 < len(tokens) and tokens[end].text == "-" and tokens[end + 1].text[:1].isdigit() \
        and tokens[end].start == tokens[end - 1].end


def _span(tokens: list[Token], text: str, i: int, j: int) -> tuple[int, int, str]:
    return tokens[i].start, tokens[j - 1].end, text[tokens[i].start:tokens[j - 1].end]


class _Builder:
    """Collects the mentions of one sentence, step by step, without overlaps."""

    def __init__(self, text: str, tokens: list[Token], lang: Language, gazetteer: Gazetteer,
                 history: History, opening_is_name: bool = False):
        self.text, self.tokens, self.lang, self.gazetteer = text, tokens, lang, gazetteer
        self.history = history
        self.founds: list[Found] = _gazetteer_founds(text, tokens, gazetteer, lang.matchers["plain_words"],
                                                     opening_is_name)
        self.facts: list[Fact] = []
        self.positions: dict[str, str] = {}
        self.surnames = dict(history.surnames)
        self.acronyms = dict(history.acronyms)
        if self.acronyms:  # an acronym an earlier sentence defined is its name, before titles are read ("SDF
            covered = {k for f in self.founds for k in range(f.tstart, f.tend)}  # commander Mazloum Abdi")
            for i, token in enumerate(tokens):
                if token.text in self.acronyms and i not in covered:
                    key, kind, label = self.acronyms[token.text]
                    self.founds.append(Found(i, i + 1, token.start, token.end, token.text, key, kind, "short", label))
        self._taken: frozenset[int] = frozenset()
        self._taken_of: list[Found] | None = None
        self._taken_count = -1
        self._starts: frozenset[int] = frozenset()
        self._starts_of: list[Found] | None = None
        self._starts_count = -1

    def at(self, i: int) -> Found | None:
        for found in self.founds:
            if found.tstart == i:
                return found
        return None

    def starts(self) -> frozenset[int]:
        """The token positions where a mention begins; recomputed only when the mentions changed."""
        if self._starts_of is not self.founds or self._starts_count != len(self.founds):
            self._starts = frozenset(f.tstart for f in self.founds)
            self._starts_of, self._starts_count = self.founds, len(self.founds)
        return self._starts

    def taken(self) -> frozenset[int]:
        """The token positions some mention covers; recomputed only when the mentions changed (a new
        list, or one grown: the in-place edits keep every span)."""
        if self._taken_of is not self.founds or self._taken_count != len(self.founds):
            self._taken = frozenset(t for f in self.founds for t in range(f.tstart, f.tend))
            self._taken_of, self._taken_count = self.founds, len(self.founds)
        return self._taken

    def replace_span(self, i: int, j: int, new: Found, keep_inside: tuple[Found, ...] = ()) -> None:
        self.founds = [f for f in self.founds if f.tend <= i or f.tstart >= j or f in keep_inside]
        self.founds.append(new)

    def person_at(self, i: int, after_title: bool = False) -> tuple[int, str, str, str] | None:
        """A person name at token i: (end, key, label, wikidata) from the gazetteer or a new name."""
        found = self.at(i)
        if found is not None:
            return (found.tend, found.key, found.label, found.wikidata) if found.type == "person" else None
        j = _name_run(self.tokens, i, self.taken(), self.lang, head_ok=False, after_title=after_title)
        if j == i:
            return None
        surface = self.text[self.tokens[i].start:self.tokens[j - 1].end]
        if (j - i == 1 or " " not in surface) and surface in self.surnames:  # "Thomas-Greenfield" too
            return j, self.surnames[surface], surface, ""
        return j, "new:" + slug(surface), surface, ""

    def titles(self) -> None:
        """"Presiden Rusia Vladimir Putin", "US President Joe Biden", "kantor berita ... Yonhap"."""
        first_words, first_prefixes = self.lang.matchers["title_starts"]
        starts = self.starts()
        inside: set[int] = set()  # tokens inside a title read already ("Perdana Menteri Inggris": not "Menteri")
        for i, token in enumerate(self.tokens):
            word = token.lower
            if word not in first_words and not (first_prefixes and word.startswith(first_prefixes)) \
                    and not token.text[:1].isupper() and i not in starts or i in inside:
                continue  # no title, no name and no mention begins here
            self._title_at(i)
            starts = self.starts()
            inside.update(k for f in self.founds if f.tstart == i and f.via in ("title", "anonymous", "anaphor")
                          for k in range(f.tstart + 1, f.tend))

    def _title_at(self, i: int) -> None:
        """A title, with its country and the name it introduces, starting at token i."""
        m, tokens = self.lang.matchers, self.tokens
        country = None
        k = i
        found = self.at(i)
        if found is not None and _affiliation(found):  # English order: "US President", "EU chief"
            country, k = found, found.tend
            if k + 1 < len(tokens) and tokens[k].text in ("'", "’") and tokens[k + 1].lower == "s":
                k += 2
        hit = m["titles"].match_at(tokens, k) if k < len(tokens) else None
        if hit is None and country is not None and country.type == "country" and (body := self.at(k)) is not None \
                and body.type == "organisation" and body.tend < len(tokens):  # "Syria's U.N. ambassador": the
            hit = m["titles"].match_at(tokens, body.tend)  # state's envoy to the body
            k = body.tend if hit else k
        if hit is None and country is not None:  # "Myanmar's military leader", "Syria's interim president"
            modified = k
            while modified < min(len(tokens), k + TITLE_MODIFIER_REACH) and tokens[modified].lower in m["title_modifiers"]:
                modified += 1
            hit = m["titles"].match_at(tokens, modified) if k < modified < len(tokens) else None
            k = modified if hit else k
        org = None if hit else (m["org_titles"].match_at(tokens, k) if k < len(tokens) else None)
        if not hit and not org:
            if found is None and _is_capitalised(tokens[i]) and i not in self.taken() and tokens[i].text not in m["not_names"]:
                end = _name_run(tokens, i, self.taken(), self.lang, head_ok=False)
                after = m["org_titles"].match_at(tokens, end) if end > i and end < len(tokens) else None
                if after:  # "Azerbaijan's APA news agency": an outlet the gazetteer does not know
                    label = self.text[tokens[i].start:tokens[end - 1].end]
                    start, stop, _ = _span(tokens, self.text, i, end + after[0])
                    self.founds.append(Found(i, end + after[0], start, stop, label, "new:" + slug(label),
                                             after[1], "title", label))
                return
            if found is not None and found.type in ("outlet", "organisation") and found.tend < len(tokens):
                after = m["org_titles"].match_at(tokens, found.tend)  # "Yonhap news agency"
                if after:
                    start, stop, _ = _span(tokens, self.text, i, found.tend + after[0])
                    self.replace_span(i, found.tend + after[0], replace(
                        found, tend=found.tend + after[0], start=start, end=stop, type=after[1]))
            return
        length, value = hit or org
        j = k + length
        if hit:
            j = self._past_portfolio(j)  # "Menteri Koordinator Bidang Kemaritiman dan Investasi Luhut ..."
        if country is None and j < len(tokens):
            inner = self.at(j)
            if inner is not None and _affiliation(inner):
                country, j = inner, inner.tend
            elif hit and (country := self._state_after_preposition(j)) is not None:  # "koleganya dari AS,
                j = country.tend  # Antony Blinken"
        while hit and j < len(tokens) and m["titles"].match_at(tokens, j):  # "... Arab Saudi Pangeran Faisal"
            j += m["titles"].match_at(tokens, j)[0]
        filler = m["title_fillers"].match_at(tokens, j) if hit and j < len(tokens) else None
        if filler:  # "Ketua DPR AS saat itu, Nancy Pelosi": a word of time between title and name
            j += filler[0]
        if hit and j + 1 < len(tokens) and self.at(j) is None and _is_acronym(tokens[j]) \
                and _is_capitalised(tokens[j + 1]) and not _is_acronym(tokens[j + 1]):
            j += 1  # "Kepala BNPB Suharyanto": the body the office belongs to, then the name
        named_at = j + 1  # past the comma and the ranks after it ("Egypt's chief of staff, Lt. Gen. Osama Askar")
        while hit and named_at < len(tokens) and m["titles"].match_at(tokens, named_at):
            named_at += m["titles"].match_at(tokens, named_at)[0]
        if hit and named_at < len(tokens) and tokens[j].text == "," \
                and _is_capitalised(tokens[named_at]) and (
                    getattr(self.at(named_at), "type", "") == "person"
                    or self.at(named_at) is None
                    and _name_run(tokens, named_at, self.taken(), self.lang, head_ok=False) - named_at >= 2):
            j = named_at  # "Menlu Malaysia, Zambry Abdul Kadir": a title, a comma, a full name
        if j >= len(tokens) or not _is_capitalised(tokens[j]):
            if hit and country is not None:  # "the North Korean leader met Putin": Kim, named before
                self._described_person(i, k, j, country, value)
            elif hit and value in m["staff_positions"] and i > 2 and tokens[i - 1].lower == "s" \
                    and tokens[i - 2].text in ("'", "’") and getattr(self.at(i - 3), "type", "") == "person":
                owner = self.at(i - 3)  # "Putin's daughter visited Jakarta": his unnamed relative, not Putin
                self._add_anonymous(owner.tstart, j, value, owner)  # (who acts for no one: `unofficial_sources`)
            return
        if hit:
            person = self.person_at(j, after_title=True)
            if person is None:
                return
            end, key, label, wikidata = person
            if self._staff_of(value, key):  # "juru bicara Prabowo": the president's spokesperson, unnamed
                after = end + 1 if end + 1 < len(tokens) and tokens[end].text == "," else end
                named = self.person_at(after) if after < len(tokens) and _is_capitalised(tokens[after]) else None
                if named is None:  # but "Juru bicara Presiden Prabowo, Prasetyo Hadi, ...", "penasihat Putin
                    self._add_anonymous(i, end, value, self.at(j))  # Yuri Ushakov": the one named
                    return
                end, key, label, wikidata = named
            kind = "person"
        else:
            found_org = self.at(j)
            if found_org is not None:
                end, key, label, wikidata = found_org.tend, found_org.key, found_org.label, found_org.wikidata
            else:
                end = _name_run(tokens, j, self.taken(), self.lang, head_ok=False)
                if end == j:
                    return
                label = self.text[tokens[j].start:tokens[end - 1].end]
                key, wikidata = "new:" + slug(label), ""
            kind = value
        start_token = min(i, k) if country is None or country.tstart >= k else country.tstart
        start, stop, surface = _span(tokens, self.text, start_token, end)
        name_start = tokens[j].start
        name = Found(start_token, end, start, stop, self.text[name_start:stop], key, kind,
                     "title", label, wikidata=wikidata)
        inside = ()
        if country is not None:
            inside = (replace(country, descriptor=True),)
            if hit and value in m["leaders"] and country.type == "country":
                self.facts.append(Fact(key, "leads", country.key))
            elif hit:
                self.facts.append(Fact(key, "affiliatedWith", country.as_actor))
            else:
                self.facts.append(Fact(key, "basedIn", country.key))
        if hit and value:  # "counterpart" names no position
            self.positions[key] = value
            if key.startswith("new:") and end - j > 1:
                self.surnames[tokens[end - 1].text] = key
        self.replace_span(start_token, end, name)
        self.founds.extend(inside)

    def _past_portfolio(self, j: int) -> int:
        """Where the portfolio that may follow a title at token j ends: a run of capitalised
        `portfolio_words`, unread by the gazetteer, whose parts a `portfolio_links` word may join ("Luar
        Negeri dan Pariwisata"), a link only between two of its words."""
        tokens, m = self.tokens, self.lang.matchers
        words, links = m["portfolio_words"], m["portfolio_links"]

        def portfolio_word(k: int) -> bool:
            return k < len(tokens) and tokens[k].lower in words and _is_capitalised(tokens[k]) and self.at(k) is None

        end = j
        while portfolio_word(end) or (end > j and end + 1 < len(tokens) and tokens[end].lower in links
                                      and portfolio_word(end + 1)):
            end += 1
        return end

    def _state_after_preposition(self, j: int) -> Found | None:
        """The state a title names through a preposition at token j (`title_country_prepositions`:
        "mitranya asal Jepang, Yoko Kamikawa", "her counterpart from Japan, Yoko Kamikawa")."""
        if j + 1 >= len(self.tokens) or self.tokens[j].lower not in self.lang.matchers["title_country_prepositions"]:
            return None
        state = self.at(j + 1)
        return state if state is not None and _affiliation(state) else None

    def anonymous_sources(self) -> None:
        """"seorang pejabat AS", "a U.S. official", "para pejabat", "military intelligence"."""
        tokens = self.tokens
        first_words, first_prefixes = self.lang.matchers["anonymous_starts"]
        determiners = self.lang.matchers["source_determiners"] | self.lang.matchers["source_modifiers"] \
            | self.lang.matchers["non_seat_modifiers"]
        blocked = {k for s, e, _ in self.lang.matchers["not_sources"].finditer(tokens) for k in range(s, e)}
        blocked.update(k for f in self.founds if f.via == "title" for k in range(f.tstart + 1, f.tend))  # "Menteri
        starts = self.starts()  # Energi dan Sumber Daya Mineral Bahlil Lahadalia": no "sumber" (source) in a title
        i = 0
        while i < len(tokens):
            word = tokens[i].lower
            if word not in first_words and not (first_prefixes and word.startswith(first_prefixes)) \
                    and i not in starts and word not in determiners or i in blocked:
                i += 1  # neither an anonymous source nor a mention begins here ("social media": no source)
                continue
            i = self._anonymous_at(i)
            starts = self.starts()

    def _anonymous_at(self, i: int) -> int:
        """An anonymous source starting at token i, if any; returns where to look next."""
        m, tokens = self.lang.matchers, self.tokens
        heads = m["anonymous_heads"]
        hit = self._anonymous_phrase(i)
        found = self.at(i)
        if hit and (i + hit[0] < len(tokens) and tokens[i + hit[0]].lower in m["dem_after"]
                    or i > 0 and tokens[i - 1].lower in m["dem_before"]):
            return i + hit[0]  # "pejabat tersebut", "the official": an anaphor, resolved later
        if hit and (found is None or found.type != "country"):
            length, label = hit
            j = i + length
            country = self.at(j)
            if country is not None and country.type in ("country", "organisation"):
                j = country.tend
            elif j + 1 < len(tokens) and tokens[j].lower in m["seat_prepositions"] and label.split()[-1] == "official" \
                    and not (i > 0 and tokens[i - 1].text[:1].isupper()) \
                    and not any(t.lower in m["non_seat_modifiers"] for t in tokens[i:j]) \
                    and not (i == 1 and tokens[0].text.isalpha()):  # not "Western officials in Kyiv", "Foreign officials"
                seat = self.at(j + 1)  # "officials in Kyiv", "pejabat di Washington": the state it is the seat of
                # (its officials, not the diplomats or sources there)
                if seat is not None and seat.type == "city" and seat.actor_key:
                    self._add_anonymous(i, seat.tend, label, seat, seat=True)
                    return seat.tend
            self._add_anonymous(i, j, label, country if country is not None and country.tend == j else None)
            return j
        head = self._staff_head(found.tend + 2) if found is not None and found.type == "person" \
            and found.tend + 2 < len(tokens) and tokens[found.tend].text in ("'", "’") \
            and tokens[found.tend + 1].lower == "s" else None
        if head is not None and not self._name_at(found.tend + 2 + head[0]):
            k = found.tend + 2 + head[0]  # "Putin's aides", "Putin's press secretary": his, acting for him
            self._add_anonymous(i, k, head[1], found)
            return k
        if found is not None and (found.type in ("country", "organisation") or found.type == "facility" and found.actor_key):
            for k in (found.tend, found.tend + 1):  # "U.S. officials", "Kremlin aides" (a seat that stands for its state)
                if k < len(tokens) and self._name_at(k + 1):
                    break  # "Kremlin aide Yuri Ushakov": a title of the person named
                if k < len(tokens) and tokens[k].lower in heads and tokens[k - 1].text[:1].islower() | (k == found.tend):
                    start = i - 1 if i > 0 and tokens[i - 1].lower in ("a", "an", "seorang") else i
                    phrase = m["anonymous"].match_at(tokens, found.tend)  # "Russian state media": the whole phrase
                    label = phrase[1] if phrase and found.tend + phrase[0] == k + 1 else heads[tokens[k].lower]
                    self._add_anonymous(start, k + 1, label, found)
                    return k + 1
        return i + 1

    def _staff_of(self, position: str, key: str) -> bool:
        """Is a title of `position` before the name `key` that person's staff rather than the person's own
        title: a position held for another (`staff_positions`) before someone the gazetteer knows in
        another position ("juru bicara Prabowo"; not "juru bicara Kremlin Dmitry Peskov")?"""
        if position not in self.lang.matchers["staff_positions"]:
            return False
        entry = self.gazetteer.get(key)
        return entry is not None and entry.type == "person" and bool(entry.position) and entry.position != position

    def pronoun_aides(self) -> None:
        """"his aides said", "one of her aides told reporters", "his spokesman said", "his press secretary
        said": the person the pronoun refers to speaks through them, as "Putin's aides" do (read once the pronoun
        is resolved); only as they speak ("met his aides" is no meeting), and not before a name ("his
        spokesman, Dmitry Peskov, said")."""
        m, tokens = self.lang.matchers, self.tokens
        for found in [f for f in self.founds if f.via == "anaphor" and f.type == "person" and f.tend == f.tstart + 1]:
            k = found.tend
            head = self._staff_head(k)
            if head and k + head[0] < len(tokens) and m["source_before"].match_at(tokens, k + head[0]):
                self._add_anonymous(found.tstart, k + head[0], head[1], replace(found, via="name"))

    def _staff_head(self, k: int) -> tuple[int, str] | None:
        """An unnamed source's head at token k, as (length, label): one word of `qualified_heads` ("aides")
        or a title of a position held for another (`staff_positions`: "press secretary")."""
        m, tokens = self.lang.matchers, self.tokens
        if k >= len(tokens):
            return None
        if tokens[k].lower in m["qualified_heads"]:
            return 1, m["anonymous_heads"][tokens[k].lower]
        title = m["titles"].match_at(tokens, k)
        return title if title and title[1] in m["staff_positions"] else None

    def possessed_sources(self) -> None:
        """"kata juru bicaranya", "ajudannya mengatakan": a source named with a possessive suffix is the
        unnamed staff of the one the suffix refers to, only beside a verb of saying: the sentence's subject
        when it names one ("Hamas mengecam serangan itu, kata juru bicaranya": Hamas's; "Gedung Putih
        mengatakan ..., kata juru bicaranya"), else the person "ia" would be."""
        m, tokens = self.lang.matchers, self.tokens
        if not m["possessed_sources"]:
            return
        for start, end, label in list(m["possessed_sources"].finditer(tokens)):
            said_before = any((m["source_after"].match_at(tokens, start - length) or (0,))[0] == length
                              for length in (1, 2) if start - length >= 0)
            if not said_before and not m["source_before"].match_at(tokens, end):
                continue
            owner = self._sentence_subject(start)
            if owner is None:
                earlier = list(self.history.mentions) + sorted((f for f in self.founds if f.tend <= start),
                                                               key=lambda f: f.tstart)
                owners = _antecedents(earlier, "person", self.history.sentence_starts + (len(self.history.mentions),))
                owner = owners[0] if len(owners) == 1 and owners[0].type == "person" else None
            if owner is not None:
                self._add_anonymous(start, end, label, owner, mentioned=False)

    def _sentence_subject(self, before: int) -> Found | None:
        """The sentence's first actor before token `before`, when nothing but its name's words precede it
        (a subject: "Hamas mengecam ...", "Prabowo akan ..."; not "Di Jakarta, ...")."""
        first = min((f for f in self.founds if f.tend <= before and not f.descriptor
                     and (f.type in ("person", "country", "organisation") or f.type == "facility" and f.actor_key)),
                    key=lambda f: f.tstart, default=None)
        if first is None or any(t.text[:1].islower() or not t.text[:1].isalnum() for t in self.tokens[:first.tstart]):
            return None
        return first

    def _anonymous_phrase(self, i: int) -> tuple[int, str] | None:
        """The longest anonymous-source phrase at token i, (length, label), counting a determiner before it
        (`source_determiners`): "seorang pejabat pemerintah" reaches past "seorang pejabat"."""
        m, tokens = self.lang.matchers, self.tokens
        hit = m["anonymous"].match_at(tokens, i)
        if tokens[i].lower in m["source_determiners"] and i + 1 < len(tokens):
            inner = m["anonymous"].match_at(tokens, i + 1)
            if inner and 1 + inner[0] > (hit[0] if hit else 0):
                return 1 + inner[0], inner[1]
        return hit or self._modified_source(i)

    def _modified_source(self, i: int, reach: int = 2) -> tuple[int, str] | None:
        """"a Western diplomat", "a government negotiator", "two senior palace officials", "Western officials":
        a determiner or a `source_modifiers` word, up to `reach` more of them, and an anonymous source's last
        word (a plural one without a determiner), labelled as that word is."""
        m, tokens = self.lang.matchers, self.tokens
        modifiers, heads = m["source_modifiers"] | m["non_seat_modifiers"], m["qualified_heads"]
        determined = tokens[i].lower in m["source_determiners"]
        if not determined and tokens[i].lower not in modifiers:
            return None
        first = i + 1 if determined else i
        j = first
        while j < min(first + reach + 1, len(tokens) - 1) and tokens[j].lower in modifiers \
                and (tokens[j + 1].lower in modifiers or tokens[j + 1].lower in heads):
            j += 1  # the longest run: "a senior intelligence official" ends on "official"
        if j == first or tokens[j].lower not in heads or self._name_at(j + 1):
            return None  # "spokesman Lin Jian": a title of the person named
        if not determined and not tokens[j].lower.endswith("s"):
            return None  # "palace official" alone is a phrase of another noun ("the palace official")
        phrase = m["anonymous"].match_at(tokens, j - 1)  # "intelligence officials": the phrase's own label
        if phrase and phrase[0] == 2:
            return j + 1 - i, phrase[1]
        return j + 1 - i, m["anonymous_heads"][tokens[j].lower]

    def _name_at(self, k: int) -> bool:
        """Does a name begin at token k ("spokesman Lin Jian", "aide Yuri Ushakov")?"""
        if k >= len(self.tokens):
            return False
        found = self.at(k)
        return found is not None and found.type == "person" or _is_capitalised(self.tokens[k]) \
            and self.tokens[k].text.isalpha() and self.tokens[k].text not in self.lang.matchers["not_names"]

    def _definite_after(self, j: int, reach: int = 8) -> bool:
        """Is the noun phrase ending at token j closed by a demonstrative ("... itu") in its clause?"""
        for token in self.tokens[j:j + reach]:
            if token.text in (",", ";", "."):
                return False
            if token.lower in self.lang.matchers["dem_after"]:
                return True
        return False

    def _add_anonymous(self, i: int, j: int, label: str, affiliation: Found | None, seat: bool = False,
                       acts: bool = True, mentioned: bool = True) -> None:
        """The anonymous source at tokens[i:j], affiliated with a country or organisation, or with the state
        whose seat of government `affiliation` is when `seat` ("officials in Kyiv" speak and act for Ukraine);
        one who does not `acts` for it ("Japan's former prime minister") is only affiliated. The affiliation
        is a mention of its own here unless it is not `mentioned` in these tokens ("ajudannya": a suffix)."""
        full = f"{affiliation.label} {label}" if affiliation is not None else label
        start, end, surface = _span(self.tokens, self.text, i, j)
        key = "anon:" + slug(full)
        if affiliation is None and self._definite_after(j):
            # "Pejabat yang meminta namanya tidak disebutkan itu": the official already introduced
            earlier = next((f for f in reversed(self.history.mentions) if f.type == "anonymous"
                            and f.label.endswith(label)), None)
            if earlier is not None:
                key, full = earlier.key, earlier.label
        inside = ()
        if affiliation is not None:
            inside = (replace(affiliation, descriptor=True),) if mentioned else ()
            self.facts.append(Fact(key, "affiliatedWith", affiliation.as_actor if seat else affiliation.key))
        acts_for_state = acts and label not in self.lang.matchers["unofficial_sources"]  # "Japanese media" are not Japan
        state = ""
        if affiliation is not None and acts_for_state:
            if seat or affiliation.type in ("country", "facility"):
                state = affiliation.as_actor
            elif affiliation.type == "person":
                state = affiliation.key  # "Putin's aides met Witkoff": Putin's side
            else:
                state = affiliation.state  # "a Chinese commerce ministry official": a state's body's, China
        self.replace_span(i, j, Found(i, j, start, end, surface, key, "anonymous", "anonymous", full, state=state))
        self.founds.extend(inside)

    def short_names(self) -> None:
        """Remember the first and last word of every full person name ("Kim", "Boric"); later a lone "Kim"
        means that person. When several people share the word, it means the one named far more often so
        far (`SHORT_NAME_LEAD` mentions ahead: "Kim" is Kim Jong Un, not Kim Kye Gwan quoted once), else
        no one. Earlier sentences' names come counted in the history, so each sentence adds only its own."""
        owners = _name_words(self.founds, dict(self.history.name_words))
        counts: dict[str, int] | None = None
        for word, keys in owners.items():
            if len(keys) == 1:
                self.surnames[word] = next(iter(keys))
                continue
            if counts is None:
                counts = {}
                for found in (*self.history.mentions, *self.founds):
                    if found.type == "person":
                        counts[found.key] = counts.get(found.key, 0) + 1
            ranked = sorted(keys, key=lambda key: -counts.get(key, 0))
            if counts.get(ranked[0], 0) - counts.get(ranked[1], 0) >= SHORT_NAME_LEAD:
                self.surnames[word] = ranked[0]
            else:
                self.surnames.pop(word, None)

    def country_organisations(self) -> None:
        """Names that contain a known place or organisation but name something else:
        "Sudan Doctors Network", "U.S. Central Command" (a country opening an organisation's name);
        "Bank Indonesia", "Majelis Umum PBB" (head words before it); "Bank of China", "Council of
        Europe" (an "of" name); "Paris Hilton", "The Moscow Times", "UN General Assembly" (unknown
        capitalised words after it)."""
        m, tokens = self.lang.matchers, self.tokens

        def loose(k: int) -> bool:  # a capitalised word that may belong to another name
            return (0 <= k < len(tokens) and _is_capitalised(tokens[k]) and tokens[k].text.isalpha()
                    and tokens[k].text not in m["not_names"] and not m["titles"].match_at(tokens, k)
                    and k not in self.taken())

        for found in [f for f in self.founds if f.via in ("gazetteer", "demonym") and not f.descriptor
                      and f.type in ("country", "city", "region", "organisation")]:
            start = found.tstart
            if start >= 2 and tokens[start - 1].lower in ("of", "for") and loose(start - 2) \
                    and (tokens[start - 2].text in m["name_heads"] or tokens[start - 2].text in m["org_tails"]):
                start -= 2  # "Bank of China", "Council of Europe"
                while loose(start - 1) and start - 1 > 0:
                    start -= 1
            elif start >= 1 and loose(start - 1) and m["name_heads"].get(tokens[start - 1].text) == found.type \
                    and not loose(start - 2):
                continue  # "Kota Kharkiv", "Kelompok Houthi": the head word only says what the known name is
            elif start >= 1 and loose(start - 1) and (tokens[start - 1].text in m["name_heads"]
                                                       or found.type == "organisation" and start - 1 > 0):
                start -= 1  # "Bank Indonesia", "Majelis Umum PBB"
                while loose(start - 1) and start - 1 > 0:
                    start -= 1
            elif (company_start := self._company_start_before(start, loose)) is not None:
                start = company_start  # "PT Telkom Satelit Indonesia": a company named after its country
            elif start >= 1 and loose(start - 1) and tokens[start - 1].lower in m["directions"] \
                    and found.type in ("country", "city", "region"):
                start -= 1  # "West Africa", "Northern Ireland", "New Jersey": another place
            end = found.tend
            if start == found.tstart and found.tend < len(tokens) \
                    and not m["titles"].match_at(tokens, found.tend) and self.at(found.tend) is None:
                end = _name_run(tokens, found.tend, self.taken(), self.lang, head_ok=False) \
                    if tokens[found.tend].text not in m["not_names"] else found.tend
                if _model_designation(tokens, end):
                    end = found.tend  # "U.S. B-2 bombers", "Israeli F-35 jets": a model, not a name
            if (start, end) == (found.tstart, found.tend):
                continue
            org_like = tokens[end - 1].text in m["org_tails"] or tokens[start].text in m["name_heads"] \
                or found.type == "organisation" or tokens[start].lower == "of"
            named_facility = start == found.tstart and m["name_heads"].get(tokens[end - 1].text) == "facility"
            if found.via == "demonym" and start == found.tstart and not org_like and not named_facility:
                continue  # "a Russian Soyuz rocket": the demonym says whose, the name is a thing's
            kind = "organisation" if org_like else "unknown"
            state = ""
            if named_facility and not org_like:
                kind = "facility"  # "the Indonesian Hospital" (in Gaza): a place named after a state, neither the
                # state nor in it (aid to it goes where the text places it)
            if m["name_heads"].get(tokens[start].text) == "facility" and found.type in ("city", "region"):
                kind = "facility"  # "Bandara Yangon", "Pelabuhan Odesa": a facility in that city's state
                entry = self.gazetteer.get(found.key)
                state = entry.country if entry is not None else ""
            first, stop, surface = _span(tokens, self.text, start, end)
            label = self._known_by(start, end)
            key = "new:" + slug(label)
            forces = found.type == "country" and end == found.tend and tokens[start].text in m["armed_forces_heads"]
            self.replace_span(start, end, Found(start, end, first, stop, surface, key, kind,
                                                "name", label, actor_key=found.key if forces else "", state=state))
            if kind == "organisation" and found.type == "country":
                self.facts.append(Fact(key, "basedIn", found.key))
            if kind == "organisation" and self._short_name_in_brackets(end, kind) and self.at(end + 1) is None:
                self.acronyms[tokens[end + 1].text] = (key, kind, label)  # "PT Telkom Satelit Indonesia
                # (Telkomsat)": later "Telkomsat"
            if kind == "facility" and found.type == "city":  # "Bandara Internasional Kuala
                self.facts.append(Fact(key, "locatedIn", found.key))  # Lumpur", "Larnaca Airport"

    def _known_by(self, i: int, j: int) -> str:
        """The name tokens i..j stand for, less a company's legal form before it ("PT Telkom Indonesia" is
        known as "Telkom Indonesia")."""
        tokens = self.tokens
        if j - i > 1 and tokens[i].text in self.lang.matchers["legal_forms"]:
            i += 1
        return self.text[tokens[i].start:tokens[j - 1].end]

    def _short_name_in_brackets(self, j: int, kind: str) -> bool:
        """Does a bracketed short name follow the name ending before token `j`: an acronym ("(ELN)"), or
        for an organisation one capitalised word ("PT Telkom Satelit Indonesia (Telkomsat)")?"""
        tokens = self.tokens
        if not (j + 2 < len(tokens) and tokens[j].text == "(" and tokens[j + 2].text == ")"):
            return False
        short = tokens[j + 1].text
        return short.isupper() and len(short) >= 2 \
            or kind == "organisation" and short.isalpha() and _is_capitalised(tokens[j + 1]) and len(short) >= 4

    def _company_start_before(self, start: int, loose) -> int | None:
        """Where a company's name begins that runs, over capitalised words, up to a known name at `start`
        ("PT Telkom Satelit Indonesia": "PT"), or None when no legal form opens the run ("Komisi Tinggi
        India", a state's mission, stays the state's)."""
        k = start - 1
        if not loose(k):
            return None
        while loose(k - 1):
            k -= 1
        return k if self.tokens[k].text in self.lang.matchers["legal_forms"] else None

    def names(self) -> None:
        """Capitalised names the gazetteer does not know become provisional entities; an acronym in
        brackets after a name, known or not, is that name later in the article ("the Syrian Democratic
        Forces (SDF)": later "SDF")."""
        m, tokens = self.lang.matchers, self.tokens
        known = [f for f in self.founds if f.via == "gazetteer" and f.type in ("organisation", "country")]
        i = 0
        while i < len(tokens):
            if not _is_capitalised(tokens[i]) or tokens[i].text in m["not_names"] \
                    and tokens[i].text not in m["name_heads"]:
                i += 1
                continue
            taken = self.taken()
            if i in taken:
                i += 1
                continue
            j = _name_run(tokens, i, taken, self.lang, head_ok=True)
            if j == i:
                i += 1
                continue
            head_type = m["name_heads"].get(tokens[i].text) or m["name_heads"].get(tokens[j - 1].text)
            state = ""
            inner = self.at(j) if head_type == "facility" and m["name_heads"].get(tokens[i].text) else None
            if inner is not None and inner.type in ("city", "region"):  # "Bandara Internasional Yangon": the
                entry = self.gazetteer.get(inner.key)  # airport of a known city, in that city's state
                state = entry.country if entry is not None else ""
                self.founds.append(replace(inner, descriptor=True))
                self.founds.remove(inner)
                j = inner.tend
            elif inner is not None and inner.type == "facility":  # "Stasiun Angkatan Luar Angkasa Cape
                # Canaveral": the head words only describe the known facility after them, which spans them
                self.replace_span(i, inner.tend, replace(inner, tstart=i, start=tokens[i].start,
                                                         text=self.text[tokens[i].start:inner.end]))
                i = inner.tend
                continue
            surface = self.text[tokens[i].start:tokens[j - 1].end]
            label = self._known_by(i, j)
            if j - i == 1 and surface in self.acronyms:
                key, kind, label = self.acronyms[surface]
                start, end, _ = _span(tokens, self.text, i, j)
                self.founds.append(Found(i, j, start, end, surface, key, kind, "short", label))
                i = j
                continue
            if (j - i == 1 or " " not in surface) and surface in self.surnames:
                key, kind = self.surnames[surface], "person"
                previous = next((f for f in reversed(self.history.mentions) if f.key == key), None)
                start, end, _ = _span(tokens, self.text, i, j)
                self.founds.append(Found(i, j, start, end, surface, key, kind, "short", previous.label if previous else surface,
                                         wikidata=previous.wikidata if previous else ""))
                i = j
                continue
            elif head_type and j - i > 1:
                key, kind = "new:" + slug(label), head_type
                if state:
                    start, end, _ = _span(tokens, self.text, i, j)
                    self.founds.append(Found(i, j, start, end, surface, key, kind, "name", label, state=state))
                    if inner is not None and inner.type == "city":
                        self.facts.append(Fact(key, "locatedIn", inner.key))
                    i = j
                    continue
            elif i == 0 and j - i == 1 and self._context_type(i, j) == "unknown":
                i = j  # a lone capitalised word opening a sentence is usually not a name
                continue
            elif surface.isupper() and len(surface) <= 2:
                i = j
                continue
            else:
                key, kind = "new:" + slug(label), self._context_type(i, j)
                if kind == "unknown" and j - i > 1 and tokens[j - 1].text in m["org_tails"]:
                    kind = "organisation"  # "National Liberation Army", "Sudan Doctors Network"
                if kind == "unknown":  # a name told before stays what it was ("Menteri Luar Negeri Myanmar Wunna
                    # Maung Lwin ... Wunna Maung Lwin juga diterima", "flew to Les Cayes"); a place's name only where
                    # it qualifies no noun after it ("the town of Ohrid ... the Ohrid deal")
                    qualifies = j < len(tokens) and tokens[j].text.isalpha() and tokens[j].text.islower() \
                        and tokens[j].lower not in m["prepositions"] and tokens[j].lower not in m["coordinators"]
                    kind = next((f.type for f in reversed(self.history.mentions) if f.key == key and f.type != "unknown"
                                 and (f.type in ("person", "organisation") or not qualifies)), kind)
            start, end, _ = _span(tokens, self.text, i, j)
            self.founds.append(Found(i, j, start, end, surface, key, kind, "name", label))
            located_in = self.at(j) if kind in ("region", "city", "facility") and i > 0 \
                and tokens[i - 1].lower in m["locatives"] else None
            if located_in is not None and located_in.type == "country" and located_in.via == "gazetteer" \
                    and not located_in.descriptor:  # "di Ibu Kota Administratif Baru Mesir": the state the place
                self.founds.remove(located_in)  # is in only says where it is
                self.founds.append(replace(located_in, descriptor=True))
                self.facts.append(Fact(key, "locatedIn", located_in.key))
            if self._short_name_in_brackets(j, kind):
                self.acronyms[tokens[j + 1].text] = (key, kind, label)  # "... Army (ELN)": later "ELN"
                a, b, _ = _span(tokens, self.text, j + 1, j + 2)
                self.founds.append(Found(j + 1, j + 2, a, b, tokens[j + 1].text, key, kind, "name", label))
                j += 3
            i = j
        for found in known:  # registered last, so the bracket itself stays no mention: "X (PCG) dan Y" joins X, Y
            j, before = found.tend, tokens[found.tstart - 1] if found.tstart > 0 else None
            if before is not None and (_is_capitalised(before) and before.text not in m["not_names"]
                                       or before.lower in m["name_links"]):
                continue  # "the Democratic Forces for the Liberation of Rwanda (FDLR)": the acronym is the longer name's
            if j + 2 < len(tokens) and tokens[j].text == "(" and tokens[j + 2].text == ")" and _is_acronym(tokens[j + 1]):
                self.acronyms.setdefault(tokens[j + 1].text, (found.key, found.type, found.label))

    def _context_type(self, i: int, j: int) -> str:
        """The type the words around a name give it ("kelompok Hamas", "Houthi rebels"), or unknown."""
        m, tokens = self.lang.matchers, self.tokens
        if i > 0 and tokens[i - 1].lower in m["context_before"] and not m["titles"].match_at(tokens, i):
            return m["context_before"][tokens[i - 1].lower]  # not "kata Gubernur ...": a title, no name
        if i > 1 and tokens[i - 1].lower == "of" and tokens[i - 2].lower in m["context_before_of"]:
            return m["context_before_of"][tokens[i - 2].lower]  # "the ancient city of Anuradhapura"
        if i > 0 and tokens[i - 1].lower in m["locatives"] - {"from", "dari", "to", "ke"}:
            return "region"  # "in AlUla", "di Jeddah": a place the gazetteer does not know
        if j < len(tokens) and tokens[j].lower in m["context_after"]:
            return m["context_after"][tokens[j].lower]
        if j - i >= 2 and j < len(tokens) and m["source_before"].match_at(tokens, j):
            return "person"  # "Nikol Pashinyan said": a full name that speaks is a person
        if j - i >= 2 and (self._after_people_noun(i) or self._listed_after_a_person(i)):
            return "person"  # "empat pemukim, yakni Moshe Sharvit, Yinon Levi, dan Ely Federman"
        if j - i >= 2 and not any(t.lower in m["plain_words"] for t in tokens[i:j]) and (
                m["person_name_after"].match_at(tokens, j) or any(
                (m["person_name_before"].match_at(tokens, k) or (0, None))[0] == i - k for k in range(max(0, i - 3), i))):
            return "person"  # "Bill Clinton met Hafez al-Assad in Geneva": full names that meet are people
        if j - i >= 2 and j + 1 < len(tokens) and tokens[j].text == "," and tokens[j + 1].lower in m["person_relatives"]:
            return "person"  # "Jens-Frederik Nielsen, who became premier last week"
        if j - i >= 2 and j + 1 < len(tokens) and tokens[j].text == ",":
            k = j + 1 + (tokens[j + 1].lower in ("the", "a", "an"))
            for _ in range(4):  # "Steve Witkoff, the Middle East envoy of ...": capitalised words may come first
                if k >= len(tokens):
                    break
                if m["titles"].match_at(tokens, k):
                    return "person"  # "Nguyen Phu Trong, the general secretary of ...": an apposition
                if not (tokens[k].text[:1].isupper() or tokens[k].text in (".", "-")):
                    break
                k += 1
        return "unknown"

    def _after_people_noun(self, i: int) -> bool:
        """Does a noun of private people (`named_people_nouns`) stand right before token i, or before a list
        opener and an optional comma there ("settler Moshe Sharvit", "four settlers, namely Moshe Sharvit")?"""
        m, tokens, k = self.lang.matchers, self.tokens, i
        for n in (2, 1):
            if k - n >= 0 and " ".join(t.lower for t in tokens[k - n:k]) in m["list_openers"]:
                k -= n
                k -= k > 0 and tokens[k - 1].text == ","
                break
        return k > 0 and tokens[k - 1].lower in m["named_people_nouns"]

    def _listed_after_a_person(self, i: int) -> bool:
        """Does token i go on, after a comma or a coordinator, a list whose name before is a new person's
        ("Moshe Sharvit, Yinon Levi, dan Ely Federman")?"""
        m, tokens, k = self.lang.matchers, self.tokens, i - 1
        if k > 0 and tokens[k].lower in m["coordinators"]:
            k -= tokens[k - 1].text == ","
        elif k < 0 or tokens[k].text != ",":
            return False
        return any(f.tend == k and f.type == "person" and f.via == "name" and f.tend - f.tstart >= 2 for f in self.founds)

    def _described_person(self, i: int, k: int, j: int, country: Found, position: str) -> None:
        """A definite title of a state with no name ("the North Korean leader", "the Russian foreign
        minister", "Presiden Rusia itu") is the person of that state and position named last, if any. A
        state's own title is definite too ("Japan's foreign minister", "Menlu Jepang"), unless a word of
        number comes first ("seorang menteri Jepang", `source_determiners`)."""
        m, tokens = self.lang.matchers, self.tokens
        start_token = min(i, k) if country.tstart >= k else country.tstart
        end = j + 1 if j < len(tokens) and tokens[j].lower in m["dem_after"] else j
        before_at = start_token - 1
        if before_at >= 0 and tokens[before_at].lower in m["not_incumbent"]:
            before_at -= 1  # "the former Japanese prime minister": definite
        before = tokens[before_at].lower if before_at >= 0 else ""
        owned = country.tstart >= k or country.tend + 2 <= k and tokens[country.tend].text in ("'", "’")
        if self._apposition_after(j) or self._body_named_at(start_token):
            return  # "Rwanda's minister for regional integration, James Kabarebe": the name comes after;
            # "Kepala Staf Gabungan Korea Selatan": a body
        not_holder = self._not_incumbent_label(start_token, end, position)
        if end == j and before not in m["dem_before"] and (
                not_holder or not owned or before in m["source_determiners"]):
            if not_holder:  # "Japan's former prime minister", "a former Japanese minister", "Menlu Jepang
                # berikutnya": someone who does not act for the state, nor its present holder
                self._add_anonymous(start_token, end, not_holder, country, acts=False)
            return  # "a Russian diplomat", "North Korean leaders": no one in particular
        titled = dict(self.history.titled) | self.titled_here()
        earlier = list(self.history.mentions) + sorted((f for f in self.founds if f.tend <= start_token),
                                                       key=lambda f: f.tstart)
        for found in reversed(earlier):
            if found.type != "person":
                continue
            entry = self.gazetteer.get(found.key)
            state, held = titled.get(found.key) or ("", "")
            if entry is not None:  # a title that named no position ("counterpart") leaves the gazetteer's
                state, held = state or entry.country, held or entry.position
            if state == country.as_actor and held and (held == position
                                                       or held in m["leaders"] and position in m["leaders"]):
                start, stop, surface = _span(tokens, self.text, start_token, end)
                self.replace_span(start_token, end, Found(start_token, end, start, stop, surface, found.key, "person",
                                                          "anaphor", found.label, wikidata=found.wikidata))
                self.founds.append(replace(country, descriptor=True))
                return
        if not_holder:  # "the former French president" whom nobody named before: not the state's official
            self._add_anonymous(start_token, end, not_holder, country, acts=False)
        elif country.type == "country":  # nobody named holds it: an official of that state, who acts for it
            # and whom "he" refers back to ("The Indian defence minister flew to Moscow, where he met ...")
            self._add_anonymous(start_token, end, position, country)

    def _not_incumbent(self, start: int, end: int, position: str) -> str:
        """The label of a word that says a title's holder does not hold it now: in the title or the word
        before it ("former", "next", "mantan": `not_incumbent`; not "Next month South Korea's president"),
        or right after it ("Presiden Indonesia terpilih": `not_incumbent_after`); '' if none."""
        words, after = self.lang.matchers["not_incumbent"], self.lang.matchers["not_incumbent_after"]
        label = next((words[t.lower] for t in self.tokens[max(0, start - 1):end] if t.lower in words), "")
        return label or (after.get(self.tokens[end].lower, "") if end < len(self.tokens) else "")

    def _not_incumbent_label(self, start: int, end: int, position: str) -> str:
        """The label of one who holds a title no more or not yet ("former prime minister"), or '' for its
        holder; a position that says so itself ("president-elect", "former head of state") is its own label."""
        if self.lang.matchers["not_incumbent_labels"] & set(position.replace("-", " ").split()):
            return position
        not_holder = self._not_incumbent(start, end, position)
        return f"{not_holder} {position}" if not_holder else ""

    def _apposition_after(self, j: int) -> bool:
        """Does a name in apposition follow within a few words (", James Kabarebe")?"""
        tokens = self.tokens
        for x in range(j, min(len(tokens) - 1, j + APPOSITION_REACH)):
            if tokens[x].text == ",":
                found = self.at(x + 1)
                return getattr(found, "type", "") == "person" or found is None and _is_capitalised(tokens[x + 1]) \
                    and _name_run(tokens, x + 1, self.taken(), self.lang, head_ok=False) - (x + 1) >= 2
        return False

    def _body_named_at(self, i: int) -> bool:
        """Does a fact pattern that names a body start at token i ("Kepala Staf Gabungan Korea Selatan")?"""
        return any(pattern.creates and _match_pattern(pattern.pattern, self.tokens, i, self) is not None
                   for pattern in self.lang.patterns)

    def titled_here(self) -> dict[str, tuple[str, str]]:
        """Person -> (state, position) from the titles of this sentence ("Syrian Foreign Minister Asaad
        al-Shaibani")."""
        return {fact.subject: (fact.object, self.positions.get(fact.subject, "")) for fact in self.facts
                if fact.predicate in ("leads", "affiliatedWith")}

    def anaphora(self) -> None:
        """Resolve "ia", "mereka", "keduanya", "the two leaders", "negara itu" to earlier mentions."""
        tokens = self.tokens
        first_words, first_prefixes = self.lang.matchers["anaphora_starts"]
        i = 0
        while i < len(tokens):
            word = tokens[i].lower
            if word not in first_words and not (first_prefixes and word.startswith(first_prefixes)) \
                    or i in self.taken():
                i += 1  # no anaphor begins here, or a mention covers the word
                continue
            hit = self.lang.matchers["anaphora"].match_at(tokens, i)
            if not hit:
                i += 1
                continue
            length, kind = hit
            if (kind.startswith(BODY_ANAPHOR) or kind.startswith(HOME_BODY)) and i + length < len(tokens) \
                    and tokens[i + length].lower in self.lang.matchers["title_complements"]:
                i += length  # "the Ministry of Defence said": a body's full name, no reference to one named before
                continue
            if kind.startswith(BODY_ANAPHOR):  # "the ministry", "kementerian itu": the body named last
                self._body_anaphor(i, i + length, kind[len(BODY_ANAPHOR):])
                i += length
                continue
            if kind.startswith(HOME_BODY):  # "the military said": the one named last, else the dateline state's
                label = kind[len(HOME_BODY):]
                if not self._body_anaphor(i, i + length, label.lower()):
                    self._home_body(i, i + length, label)
                i += length
                continue
            if kind.startswith(HALF_ANAPHOR):  # "the North": North Korea, named before
                self._half_anaphor(i, i + length, kind[len(HALF_ANAPHOR):])
                i += length
                continue
            if kind.startswith(TITLE_ANAPHOR):  # "the president", "Kepala Negara": the holder named last
                self._title_anaphor(i, i + length, kind[len(TITLE_ANAPHOR):])
                i += length
                continue
            if kind == "speaker":  # '"Kami akan bertemu Presiden Putin," kata Prabowo': the one quoted
                self._quoted_speaker(i, i + length)
                i += length
                continue
            if kind == "city":  # "flew to China and met Xi there": the place named last after "in", "to", ...
                place = self._place_referred(i, length)
                if place is not None:
                    start, end, surface = _span(tokens, self.text, i, i + length)
                    self.founds.append(Found(i, i + length, start, end, surface, place.key, place.type, PLACE_ADVERB,
                                             place.label, place.actor_key, descriptor=True, wikidata=place.wikidata,
                                             state=place.state))
                i += length
                continue
            if kind == "it" and self._event_told_again(i + length):
                i += length  # "It was the first visit to Australia by a Chinese premier": the visit, no state
                continue
            if kind == "person" and self._object_pronoun(i, length):
                kind = "person_object"  # "Xi met her on Monday": not Xi
            earlier = list(self.history.mentions) + sorted(
                (f for f in self.founds if f.tend <= i), key=lambda f: f.tstart)
            if kind == "person_object":  # not the subject of its own verb ("Xi met her": not Xi; "Meloni
                # said Xi met her": Meloni)
                here = [f for f in earlier[len(self.history.mentions):] if f.type == "person"]
                subject = here[-1] if here else None
                earlier, kind = [f for f in earlier if f is not subject], "person"
            elif kind == "person" and (guest := self._invitee_before(i)) is not None:  # "Macron invited Xi to
                earlier = list(self.history.mentions) + [guest]  # the summit, but he declined": Xi
            elif kind == "person" and self._after_opening_clause(i):  # "Before meeting Zelenskyy, he laid a
                earlier = list(self.history.mentions)  # wreath": the one told of before, not the clause's object
            elif kind == "person":  # "Indian officials said they hoped Xi would make his first trip": not
                earlier = [replace(f, type="group") if self._plural(f) else f  # the officials nor those "they"
                           for f in earlier]  # are (kept in place: the sentence starts count positions)
            elif kind == "country" and i > 0 and tokens[i - 1].lower in self.lang.matchers["goal_prepositions"]:
                subject = min(self.founds, key=lambda f: f.tstart, default=None)  # the sentence's first mention
                earlier = [f for f in earlier if f is not subject]  # "Japan sent aid to the country": not Japan
            if kind == "person" and (away := self._visitors_from_away(earlier, i + length)) is not None:
                earlier = away  # "Putin received Goita on his first visit to Moscow": Goita
            targets = self._states_of_sentence(i, kind) or (kind == "plural" and self._joined_before(i)) or \
                (kind == "it" and self._subject_of_clause(i)) or \
                _antecedents(earlier, kind, self.history.sentence_starts + (len(self.history.mentions),))
            start, end, surface = _span(tokens, self.text, i, i + length)
            for target in targets:
                self.founds.append(Found(i, i + length, start, end, surface, target.key, target.type,
                                         "anaphor", target.label, target.actor_key, wikidata=target.wikidata,
                                         state=target.state))
            i += length

    def _visitors_from_away(self, earlier: list[Found], j: int) -> list[Found] | None:
        """When a possessive opens a trip to a state ("his first official visit to Russia": a word of
        `trip_nouns` within TRIP_NOUN_REACH words, a goal preposition, the place), the mentions it may mean
        with the people of that state set aside, since no one visits their own: None when that leaves no
        person of this sentence, or no such trip follows."""
        tokens, m = self.tokens, self.lang.matchers
        trip = next((k for k in range(j, min(len(tokens), j + TRIP_NOUN_REACH + 1)) if tokens[k].lower in m["trip_nouns"]),
                    None)
        if trip is None or trip + 2 >= len(tokens) or tokens[trip + 1].lower not in m["goal_prepositions"]:
            return None
        place = self.at(trip + 2)
        if place is None or place.type not in ("country", "city"):
            return None
        there = state_of(place.key, self.facts, self.gazetteer)
        home = [f.type == "person" and state_of(f.key, self.facts, self.gazetteer) == there for f in earlier]
        told_before = len(self.history.mentions)
        if not any(home) or not any(f.type == "person" and not at_home
                                    for f, at_home in zip(earlier[told_before:], home[told_before:])):
            return None
        return [replace(f, type="group") if at_home else f  # kept in place: the sentence starts count positions
                for f, at_home in zip(earlier, home)]

    def _subject_of_clause(self, i: int) -> list[Found]:
        """For "it" after a verb of saying: the state, body or capital named last in its own clause, back to a
        comma or a coordinator, with only a few lower-case words between, the verb last ("a day later Pyongyang
        said it would no longer be bound": Pyongyang, not the sentence's first state; not "Chinese companies it
        accused", "Colombo gave it a go-ahead"), when there is one."""
        m = self.lang.matchers
        k = i
        while k > 0 and self.tokens[k - 1].text != "," and self.tokens[k - 1].lower not in m["coordinators"]:
            k -= 1
        here = [f for f in self.founds if k <= f.tstart and f.tend <= i and f.via != "anaphor" and not f.descriptor
                and (f.type in ("country", "organisation") or f.type == "city" and f.actor_key)]
        if not here:
            return []
        last = max(here, key=lambda f: f.tstart)
        between = self.tokens[last.tend:i]
        said = self.lang.matchers["source_before"]
        return [last] if 0 < len(between) <= SUBJECT_VERB_REACH and all(
            t.text.isalpha() and t.text.islower() for t in between) and any(
            (hit := said.match_at(self.tokens, k)) is not None and k + hit[0] == i for k in range(last.tend, i)) else []

    def _event_told_again(self, k: int) -> bool:
        """Do a copula, a determiner and an event noun a few words on follow token k ("It was the first visit
        to Australia", "It is the second summit")? The pronoun before them is that event, not a state (as in
        "It is a major buyer of Russian arms")."""
        tokens, m = self.tokens, self.lang.matchers
        if k + 1 >= len(tokens) or tokens[k].lower not in m["copulas"] or tokens[k + 1].lower not in m["determiners"]:
            return False
        return any(start <= k + 2 + EVENT_NOUN_REACH
                   for start, _, _ in m["event_nouns"].finditer(tokens, k + 2, min(len(tokens), k + 3 + EVENT_NOUN_REACH)))

    def _invitee_before(self, i: int) -> Found | None:
        """The person invited or asked (`invitation_verbs`) right after the verb, earlier in this sentence and
        in a clause before token i, when what follows the pronoun answers the invitation (`invitation_answers`:
        "Macron invited Xi to the summit, but he declined to attend": Xi); None when there is none ("was invited
        by Macron" names the host)."""
        tokens, m = self.tokens, self.lang.matchers
        verb = next((k for k in range(i - 1, 0, -1) if tokens[k].lower in m["invitation_verbs"]), None)
        if verb is None:
            return None
        guest = min((f for f in self.founds if verb < f.tstart and f.tend <= i and not f.descriptor),
                    key=lambda f: f.tstart, default=None)
        if guest is None or guest.type != "person" or guest.tstart - verb > INVITEE_REACH \
                or any(t.lower in m["passive_agents"] for t in tokens[verb + 1:guest.tstart]):
            return None
        answers = tokens[i + 1:i + 1 + INVITEE_REACH]  # the guest answers ("he declined to attend"), not one who
        # acts on the guest ("and he will host him at the Elysee")
        return guest if any(t.text == "," or t.lower in m["coordinators"] for t in tokens[guest.tend:i]) \
            and any(t.lower in m["invitation_answers"] for t in answers) else None

    def _after_opening_clause(self, i: int) -> bool:
        """Is token i the first after the comma of a clause that opens the sentence with a word of another
        event's time ("Before meeting Zelenskyy, he ...", "After talks with Modi, he ...":
        `other_event_before`), whose names are that clause's objects?"""
        tokens = self.tokens
        return i > 1 and tokens[i - 1].text == "," and tokens[0].lower in self.lang.matchers["opening_time_words"] \
            and not any(t.text == "," for t in tokens[:i - 1])

    def _joined_before(self, i: int) -> tuple[Found, ...]:
        """The names joined at the head of this sentence before token i ("Putin and Xi said they would meet"),
        else of the latest sentence naming an actor, if no actor of this one comes first. Not after a comma or
        a quote in a sentence that names someone ("Albanese and Xi could meet in November, they said" is told
        by others), nor after a verb of saying there (", kata mereka"); nor after a plural of people who say
        it ("Western diplomats said they would ...", "Residents said they feared ...")."""
        tokens, m = self.tokens, self.lang.matchers
        here = [f for f in self.founds if f.tend <= i and f.type in JOINABLE and not f.descriptor]
        k = i - 1
        said = next((length for length in (2, 1) if k - length + 1 > 0  # ", kata mereka": the speakers' verb first
                     and (m["source_after"].match_at(tokens, k - length + 1) or (0,))[0] == length), 0)
        after_comma = k - said >= 0 and (tokens[k - said].text == "," or tokens[k - said].text in QUOTE_MARKS)
        if after_comma and (here or said):
            return ()
        if not here:  # capitals that open the sentence stand for their states ("Washington and Warsaw said they")
            capitals = [f for f in self.founds if f.tend <= i and f.type == "city" and f.actor_key and not f.descriptor]
            if capitals and min(f.tstart for f in capitals) == 0:
                return joined_subject(capitals, tokens, self.lang, types=JOINABLE | {"city"})
            return () if self._people_say_before(i) else self.history.joined
        return joined_subject(here, tokens, self.lang) or _joined_last(here, tokens, self.lang)

    def _people_say_before(self, i: int) -> bool:
        """Is the subject of a verb of saying before token i several people this sentence names: anonymous
        sources ("Western diplomats said they", "Pengamat mengatakan mereka") or a plural common noun or a
        noun of people (`people_nouns`: "Residents said they", "Local fishermen said they", "Warga Gaza
        mengatakan mereka")?"""
        if any(f.tend <= i and self._plural(f) for f in self.founds):
            return True
        tokens, m = self.tokens, self.lang.matchers
        for k in range(1, i):
            if m["source_before"].match_at(tokens, k):
                word, found = tokens[k - 1], self.at(k - 1)
                if found is not None:  # "Pengamat mengatakan mereka ...": an unnamed source, whatever its number;
                    # "Warga Gaza mengatakan mereka ...": people of a place
                    return found.type == "anonymous" or found.tstart > 0 \
                        and tokens[found.tstart - 1].lower in m["people_nouns"]
                return word.text.isalpha() and word.lower not in m["plural_pronouns"] \
                    and (word.lower.endswith("s") or word.lower in m["people_nouns"])
        return False

    def _plural(self, found: Found) -> bool:
        """Is the mention several people: anonymous sources in the plural ("Indian officials": `plural_markers`)
        or a plural pronoun ("they")?"""
        if found.via == "anaphor":
            return found.text.lower() in self.lang.matchers["plural_pronouns"]
        return found.type == "anonymous" and bool(self.lang.matchers["plural_markers"] & set(found.text.lower().split()))

    def _quoted_speaker(self, i: int, j: int) -> None:
        """A first-person pronoun inside a quotation ("Kami", "We") is the speaker named after the quotation
        with a reporting word ('"...," kata Prabowo', '"...," Modi said'): a person, a state or a body."""
        tokens = self.tokens
        if sum(t.text in QUOTE_MARKS for t in tokens[:i]) % 2 == 0:
            return  # not inside a quotation
        close = next((k for k in range(j, len(tokens)) if tokens[k].text in QUOTE_MARKS), None)
        if close is None:
            return
        after = self.lang.matchers["source_after"]
        speaker = None
        for found in sorted(self.founds, key=lambda f: f.tstart):
            if found.tstart <= close or found.type not in ("person", "country", "organisation"):
                continue
            between = range(close + 1, found.tstart)
            if len(between) <= SPEAKER_REACH and (any(after.match_at(tokens, k) for k in between)
                                                   or found.tend < len(tokens) and after.match_at(tokens, found.tend)):
                speaker = found
            break
        if speaker is not None:
            start, stop, surface = _span(tokens, self.text, i, j)
            self.founds.append(Found(i, j, start, stop, surface, speaker.key, speaker.type, "anaphor", speaker.label,
                                     speaker.actor_key, wikidata=speaker.wikidata))

    def _title_anaphor(self, i: int, j: int, position: str) -> None:
        """A title with no name ("the president", "Kepala Negara") is the person named last who holds that
        position (a title, or the gazetteer's position; "leader" is any of `leaders`). Not a title before a
        name ("Presiden Prabowo") or a complement ("the president of Russia": `title_complements`), and
        without a determiner only capitalised, as Indonesian writes a title that stands for its holder."""
        m, tokens = self.lang.matchers, self.tokens
        if j < len(tokens) and (tokens[j].text[:1].isupper() or tokens[j].lower in m["title_complements"]):
            return
        if tokens[i].lower not in m["determiners"] and not tokens[i].text[:1].isupper():
            return  # a bare title names one person only capitalised ("Presiden", not "pemilihan presiden")
        if tokens[i].lower not in m["determiners"] and i > 0 and tokens[i - 1].text.isalpha() \
                and tokens[i - 1].lower not in m["prepositions"] and tokens[i - 1].lower not in m["coordinators"]:
            return  # part of a longer title: "Wakil Presiden", "Juru bicara Presiden"
        titled = dict(self.history.titled) | self.titled_here()
        earlier = list(self.history.mentions) + sorted((f for f in self.founds if f.tend <= i), key=lambda f: f.tstart)
        holders: dict[str, list[Found]] = {}
        for found in earlier:
            if found.type != "person":
                continue
            entry = self.gazetteer.get(found.key)
            held = (titled.get(found.key) or ("", ""))[1] or (entry.position if entry is not None else "")
            if held == position or position == "leader" and held in m["leaders"]:
                holders.setdefault(found.key, []).append(found)
        if holders:  # the holder the story speaks of most, the first named among equals: the story's own
            key = max(holders, key=lambda k: (len(holders[k]), -earlier.index(holders[k][0])))  # ("Prabowo
            found = holders[key][-1]  # menerima Macron ... Kepala Negara kemudian bertolak": Prabowo)
            start, stop, surface = _span(tokens, self.text, i, j)
            self.founds.append(Found(i, j, start, stop, surface, found.key, "person", "anaphor", found.label,
                                     wikidata=found.wikidata))

    def _place_referred(self, i: int, length: int) -> Found | None:
        """The place a place adverb ("there", "sana") refers to: the goal of a movement in its own sentence
        ("flew to Tel Aviv after talks in Cairo, and met Netanyahu there"), else the last place its sentence
        names ("mengunjungi Ankara dan bertemu Erdogan di sana"), else the one named last after a locative or
        goal preposition in the sentences before ("met Lavrov in Riyadh. He then flew to Israel. He met
        Netanyahu there": Israel; not "Moscow said" nor "attacked Odesa"); a country gives way to a city of it
        named just before. None for an existential "there" ("there will be", "there also were", "there'll
        be": `existential_verbs` next, past one of `existential_fillers` or an adverb) or one of a pair
        ("there and in Pokrovsk", "here and there"). It only says where: it fills no role."""
        m, tokens = self.lang.matchers, self.tokens
        k = i + length
        if k + 1 < len(tokens) and (tokens[k].lower in m["existential_fillers"]
                                    or tokens[k].lower.endswith(m["adverb_endings"]) and len(tokens[k].lower) > 4):
            k += 1  # "there also were", "there reportedly were"
        if k < len(tokens) and tokens[k].lower in m["existential_verbs"]:
            return None
        if i > 0 and tokens[i - 1].lower in m["coordinators"] \
                or i + length < len(tokens) and tokens[i + length].lower in m["coordinators"]:
            return None
        goals = _places_named(self.founds, tokens, m, before=i, prepositions=m["goal_prepositions"])
        if goals:  # "flew to Tel Aviv after talks in Cairo, and met Netanyahu there": where the trip went
            return self._city_within(goals[-1], i)
        here = [f for f in sorted(self.founds, key=lambda f: f.tstart) if f.tend <= i and f.type in PLACE_TYPES
                and not f.descriptor and f.via not in ("anaphor", PLACE_ADVERB)]
        if here:  # "Prabowo mengunjungi Ankara dan bertemu Erdogan di sana": the place its own sentence names
            return self._city_within(here[-1], i)
        named = list(self.history.places)
        return self._city_within(named[-1], i) if named else None

    def _city_within(self, place: Found, i: int) -> Found:
        """A country referred to, or a city of it named in this or the last sentence ("Wang Yi visited
        Canberra, his first trip to Australia. He held talks there": Canberra)."""
        if place.type != "country":
            return place
        last = self.history.sentence_starts[-1] if self.history.sentence_starts else len(self.history.mentions)
        recent = list(self.history.mentions[last:]) + sorted((f for f in self.founds if f.tend <= i),
                                                             key=lambda f: f.tstart)
        for found in reversed(recent):
            entry = self.gazetteer.get(found.key) if found.type == "city" and not found.descriptor else None
            if entry is not None and place.key in (entry.country, entry.capital_of):
                return found
        return place

    def _body_anaphor(self, i: int, j: int, head: str) -> bool:
        """A body named by its kind alone ("the ministry", "the foreign ministry", "kementerian itu") is the
        organisation named last whose name holds those words (`body_anaphora`: "Ukraine's defence ministry
        said ... the ministry said": Ukraine's); none if no such body was named. Says whether one was."""
        variants = self.lang.matchers["spelling_variants"]
        words = {variants.get(w, w) for w in head.split()}
        earlier = list(self.history.mentions) + sorted((f for f in self.founds if f.tend <= i), key=lambda f: f.tstart)
        for found in reversed(earlier):
            if found.type == "organisation" and words <= {variants.get(w, w) for w in found.label.lower().split()}:
                start, stop, surface = _span(self.tokens, self.text, i, j)
                self.founds.append(Found(i, j, start, stop, surface, found.key, found.type, "anaphor", found.label,
                                         found.actor_key, wikidata=found.wikidata, state=found.state))
                return True
        return False

    def _half_anaphor(self, i: int, j: int, first: str) -> None:
        """A capitalised half of a divided state ("the North", "the South") is the state named last whose
        English name begins with that word (`half_anaphora`: "North Korea fired ... The North has launched":
        North Korea); none before another capitalised word ("the North Atlantic"), in lower case ("the north
        of Gaza") or when no such state was named."""
        if self.tokens[j - 1].text != first or j < len(self.tokens) and self.tokens[j].text[:1].isupper():
            return
        earlier = list(self.history.mentions) + sorted((f for f in self.founds if f.tend <= i), key=lambda f: f.tstart)
        for found in reversed(earlier):
            entry = self.gazetteer.get(found.state or found.actor_key or found.key)
            if entry is not None and entry.type == "country" and entry.label.startswith(first + " "):
                start, stop, surface = _span(self.tokens, self.text, i, j)
                self.founds.append(Found(i, j, start, stop, surface, entry.key, "country", "anaphor", entry.label,
                                         wikidata=entry.wikidata))
                return

    def _home_body(self, i: int, j: int, label: str) -> None:
        """A state's body named by its kind alone with none named before, as it speaks ("MANILA — ... , the
        military said", "the foreign office said"), is the body of the state the article is datelined in, as
        news style has it, when its own sentence names that state, one of its people or places (`home_bodies`);
        not where it acts ("the military struck": whose is not said)."""
        home, m = self.history.home, self.lang.matchers
        if not home or not m["source_before"].match_at(self.tokens, j):
            return
        if not any(home in (f.key, f.actor_key, f.state, state_of(f.key, self.facts, self.gazetteer))
                   for f in self.founds if f.via != "dateline"):
            return  # "DUBAI — Israeli warplanes struck Tehran, the military said", "TOKYO — Prabowo will fly to
            # Seoul, the presidential palace said": the sentence names no Emirati, no Japanese side
        full = f"{self._demonym(home)} {label}"
        start, stop, surface = _span(self.tokens, self.text, i, j)
        self.founds.append(Found(i, j, start, stop, surface, "new:" + slug(full), "organisation", "home", full,
                                 state=home))
        self.facts.append(Fact("new:" + slug(full), "affiliatedWith", home))

    def _demonym(self, key: str) -> str:
        """A state's English demonym ("Philippine"), else its label."""
        entry = self.gazetteer.get(key)
        if entry is None:
            return key
        english = [d for d in entry.demonyms if d.isascii() and d[:1].isupper()]
        return english[0] if english else entry.label

    def _object_pronoun(self, i: int, length: int) -> bool:
        """Is a pronoun that may also be possessive ("her") an object here: not followed by the noun
        it would determine ("met her on Monday", "met her yesterday", but "her visit")?"""
        return length == 1 and i > 0 and self.tokens[i].lower in self.lang.matchers["determiners"] \
            and not opens_a_noun_phrase(self.tokens, i, self.lang)

    def _states_of_sentence(self, i: int, kind: str) -> list[Found]:
        """For "the two governments" (a count of states): the states of the persons and countries named
        before it in its own sentence, when there are just that many ("Prabowo held talks with Sheikh
        Mohamed, and the two governments exchanged ...": Indonesia and the UAE), else none."""
        count = next((n for prefix, n in COUNTED.items() if kind.startswith(prefix)), 0)
        if not count or kind.endswith("persons"):
            return []
        states: dict[str, Found] = {}
        for found in sorted((f for f in self.founds if f.tend <= i and f.via != "anaphor"), key=lambda f: f.tstart):
            if found.type == "country":
                states.setdefault(found.key, replace(found, descriptor=False))
            elif found.type == "person":
                entry = self.gazetteer.get(state_of(found.key, self.facts, self.gazetteer))
                if entry is not None and entry.type == "country":
                    states.setdefault(entry.key, Found(found.tstart, found.tend, found.start, found.end, found.text,
                                                       entry.key, "country", "anaphor", entry.label,
                                                       wikidata=entry.wikidata))
        return list(states.values()) if len(states) == count else []

    def _label(self, template: str, slots: dict, start: int = 0, end: int = 0) -> str:
        """Fill "{C} Foreign Ministry" with the demonym (or label) of the entity in slot C, and "{*}" with
        the pattern's own words in tokens[start:end], capitalised, past a possessive ("Turkey's maritime
        authority": "Turkish Maritime Authority")."""
        def name(match: re.Match) -> str:
            if match.group(1) == "*":
                return self._own_words(slots, start, end)
            if self.gazetteer.get(slots[match.group(1)].key) is None:
                return slots[match.group(1)].text
            return self._demonym(slots[match.group(1)].key)
        return re.sub(r"\{(\w+|\*)\}", name, template)

    def _own_words(self, slots: dict, start: int, end: int) -> str:
        """The words of tokens[start:end] outside the slots and the possessive, each capitalised."""
        inside = {k for found in slots.values() for k in range(found.tstart, found.tend)}
        tokens, words = self.tokens, []
        for k in range(start, end):
            word = tokens[k]
            possessive = word.text in ("'", "’") or word.lower == "s" and k > 0 and tokens[k - 1].text in ("'", "’")
            if k not in inside and not possessive and word.lower not in ARTICLES:
                words.append(word.text if word.text[:1].isupper() or word.lower in LOWER_IN_NAMES
                             else word.text[:1].upper() + word.text[1:])
        return " ".join(words)

    def _contradicts_the_gazetteer(self, slots: dict, fact) -> bool:
        """Would the fact place a known city in another country than the gazetteer's?"""
        subject, predicate, obj = fact
        if predicate not in ("locatedIn", "capitalOf") or subject not in slots or obj not in slots:
            return False
        place, country = slots[subject], slots[obj]
        entry = self.gazetteer.get(place.key)
        known = entry and (entry.country or entry.capital_of)
        return bool(known) and country.type == "country" and not country.key.startswith("new:") and known != country.key

    def _capital_of(self, country: str):
        return _capital_entry(self.gazetteer, country)

    def coordinated_people(self) -> None:
        """An unknown name of two words or more joined to a person ("envoys Amos Hochstein and Brett
        McGurk", "Prabowo dan Sjafrie Sjamsoeddin") is a person too."""
        coordinators = self.lang.matchers["coordinators"]
        for found in sorted(self.founds, key=lambda f: f.tstart):
            if found.type != "unknown" or found.tend - found.tstart < 2 or found.tstart < 2:
                continue
            before = self.tokens[found.tstart - 1].lower
            mate = next((f for f in self.founds if f.tend == found.tstart - 1 and f.type == "person"), None)
            if before in coordinators and mate is not None:
                self.founds = [replace(f, type="person") if f == found else f for f in self.founds]

    def _pattern_starts(self, parts: tuple[str, ...]):
        """Token positions where a pattern can start: where a mention starts for a slot, where one of
        its words stands for a required word, anywhere otherwise. Later matches of the same pattern
        only remove mentions after the current position, so the positions are computed once."""
        first = parts[0]
        if first.startswith("{"):
            return sorted({f.tstart for f in self.founds})
        if (first.startswith("!") or first.endswith("?")) and len(first) > 1:
            return range(len(self.tokens))
        words = set(first.split("|"))
        return [i for i, token in enumerate(self.tokens) if token.lower in words]

    def _possessive_owners(self) -> list[Found]:
        """Stand-ins for "its"/"their" before a body a labelled pattern names ("its foreign ministry said"):
        the state or organisation the last clause before the word names first, not after a preposition
        ("Malaysia will send aid, and Japan will send a team, its Foreign Ministry said": Japan; "After talks
        with Russia, Iran will buy jets": Iran), else the last one told before it; each stays only if a
        labelled pattern uses it (no "its border", "its air force" made a name)."""
        m, tokens = self.lang.matchers, self.tokens
        stand_ins = []
        for k, token in enumerate(tokens):
            if token.lower not in m["possessive_pronouns"]:
                continue
            clause = next((b + 1 for b in range(k - 1, 0, -1) if tokens[b].text == ";"
                           or tokens[b].lower in m["coordinators"] and tokens[b - 1].text == ","), 0)
            owner = next((f for f in sorted(self.founds, key=lambda f: f.tstart) if clause <= f.tstart
                          and f.tend <= k and not f.descriptor and f.type in ("country", "organisation")
                          and not _after_a_preposition(tokens, f.tstart, m)), None) \
                or next((f for f in reversed(self.history.mentions) if f.type in ("country", "organisation")), None)
            if owner is not None and self.at(k) is None:
                stand_ins.append(Found(k, k + 1, token.start, token.end, token.text, owner.key, owner.type, "anaphor",
                                       owner.label, owner.actor_key, wikidata=owner.wikidata))
        return stand_ins

    def fact_patterns(self) -> None:
        words = {token.lower for token in self.tokens}
        always, by_word = self.lang.pattern_screen
        tried = set(always)
        for word in words.intersection(by_word):
            tried.update(by_word[word])
        stand_ins = self._possessive_owners() if tried else []
        self.founds.extend(stand_ins)
        used: set[int] = set()
        self._patterns_tried(tried, used)
        self.founds = [f for f in self.founds if f not in stand_ins or f.tstart in used]

    def _patterns_tried(self, tried: set[int], used: set[int]) -> None:
        """Apply the fact patterns `tried`, noting in `used` the starts of the mentions they bind."""
        words = {token.lower for token in self.tokens}
        for n in sorted(tried):
            pattern = self.lang.patterns[n]
            if any(required.isdisjoint(words) for required in pattern.required_words[1:]):
                continue
            for i in self._pattern_starts(pattern.pattern):
                match = _match_pattern(pattern.pattern, self.tokens, i, self)
                if match is None:
                    continue
                end, slots = match
                if pattern.fact and self._contradicts_the_gazetteer(slots, pattern.fact):
                    continue  # "to Moscow, India and Russia": Moscow is no city of India, the comma lists
                if not pattern.label and any(f.via == "anaphor" and f.text.lower() in self.lang.matchers[
                        "possessive_pronouns"] for f in slots.values()):
                    continue  # "its border region": no name made of "its"
                used.update(f.tstart for f in slots.values())
                if not pattern.fact:  # only marks descriptors ("dolar AS")
                    self.founds = [replace(f, descriptor=True) if f in [slots[n] for n in pattern.descriptors] else f
                                   for f in self.founds]
                    continue
                subject, predicate, obj = pattern.fact
                if pattern.creates:
                    heads_before = [f for f in self.founds if f.type == "anonymous" and f.tstart < i < f.tend + 1]
                    start, stop, surface = _span(self.tokens, self.text, i, end)
                    label = self._label(pattern.label, slots, i, end) if pattern.label else surface
                    new = Found(i, end, start, stop, surface, "new:" + slug(label), pattern.creates,
                                "pattern", label, state=slots[pattern.acts_for].as_actor if pattern.acts_for else "")
                    capital = self._capital_of(slots[obj].key) if predicate == "capitalOf" else None
                    if capital is not None:
                        new = replace(new, key=capital.key, label=capital.label, wikidata=capital.wikidata,
                                      actor_key=capital.metonym_for, via="capital")
                    slots["NEW"] = new
                    self.founds = [f for f in self.founds if f.tend <= i or f.tstart >= end
                                   or f in slots.values()]
                    self.founds.append(new)
                for name, found in list(slots.items()):
                    if name in pattern.descriptors:
                        self.founds = [replace(f, descriptor=True) if f == found else f for f in self.founds]
                heads = [name for name in slots if name not in pattern.descriptors and name != "NEW"]
                if not pattern.creates and len(heads) == 1:
                    # an apposition ("kota pelabuhan Rusia, Vladivostok"): the head spans the whole phrase
                    head = slots[heads[0]]
                    start, stop, _ = _span(self.tokens, self.text, i, end)
                    wide = replace(head, tstart=i, tend=end, start=start, end=stop)
                    self.founds = [wide if f == head else f for f in self.founds]
                    slots[heads[0]] = wide
                subject_key = slots[subject].key
                if obj.endswith(".capital_of"):
                    entry = self.gazetteer.get(slots[obj.split(".")[0]].key)
                    object_key = entry.capital_of if entry else ""
                else:
                    object_key = slots[obj].key
                if object_key and subject_key != object_key:
                    self.facts.append(Fact(subject_key, predicate, object_key))
                if pattern.creates == "organisation":
                    self._official_of(slots["NEW"], i, end, heads_before)

    def _official_of(self, body: Found, start: int, end: int, heads_before: list[Found]) -> None:
        """An anonymous source word right after a body a pattern made is one of its people ("a South Korean
        defence ministry official"), counting a determiner before the body; not a title before a name
        ("Russian foreign ministry spokeswoman Maria Zakharova")."""
        m, tokens = self.lang.matchers, self.tokens
        for before in heads_before:  # "seorang pejabat Kementerian Pertahanan Vietnam": the head comes first,
            phrase = self._anonymous_phrase(before.tstart)  # whatever it was joined to before the body was named
            if phrase is not None and before.tstart + phrase[0] <= start:
                self._add_anonymous(before.tstart, end, phrase[1], body)
                return
        if end >= len(tokens) or tokens[end].lower not in m["anonymous_heads"] or self._name_at(end + 1) \
                or any(f.type == "person" and f.tstart <= end < f.tend for f in self.founds):
            return
        if start > 0 and tokens[start - 1].lower in m["source_determiners"]:
            start -= 1
        self._add_anonymous(start, end + 1, m["anonymous_heads"][tokens[end].lower], body)


def _places_named(founds: list[Found], tokens: list[Token], m: dict, before: int | None = None,
                  prepositions: frozenset[str] | None = None) -> list[Found]:
    """The places of a sentence named after a locative or goal preposition ("in Riyadh", "flew to the
    Chinese capital, Beijing", "di Kazan"), past articles and place modifiers, in order; before token
    `before` if given; after one of `prepositions` only, if given."""
    prepositions = prepositions or m["locatives"] | m["goal_prepositions"]
    out = []
    for found in sorted(founds, key=lambda f: f.tstart):
        if found.type not in PLACE_TYPES or found.descriptor or found.via == "anaphor" \
                or before is not None and found.tend > before:
            continue
        k = found.tstart - 1
        while k >= 0 and (tokens[k].lower in ARTICLES or tokens[k].lower in m["modifiers"]):
            k -= 1
        if k >= 0 and tokens[k].lower in prepositions:
            out.append(found)
    return out


def _capital_entry(gazetteer: Gazetteer, country: str):
    for entry in gazetteer.entries.values():
        if entry.capital_of == country and entry.type == "city":
            return entry
    return None


def _is_acronym(token: Token) -> bool:
    """Is the token an acronym of three letters or more ("BNPB", "TNI")?"""
    return len(token.text) >= 3 and token.text.isalpha() and token.text.isupper()


def _antecedents(earlier: list[Found], kind: str, sentence_starts: tuple[int, ...] = (0,)) -> list[Found]:
    """The mentions an anaphor of `kind` refers to, most recent first where it matters.

    Countries named only as descriptors ("Pakistani diplomats", "Presiden Rusia") count for
    "the three countries" but not for "it" or "negara itu"."""
    counted = any(kind.startswith(prefix) for prefix in COUNTED)

    def recent(types, count):
        seen: dict[str, Found] = {}
        for found in reversed(earlier):
            if found.type in types and found.key not in seen and (not found.descriptor or counted):
                seen[found.key] = found
                if len(seen) == count:
                    break
        return list(seen.values())[::-1]
    def salient(types, count):
        """The `count` most mentioned of the types, the latest first among equals, in text order."""
        tally: dict[str, int] = {}
        last: dict[str, int] = {}
        for position, found in enumerate(earlier):
            if found.type in types:
                tally[found.key] = tally.get(found.key, 0) + 1
                last[found.key] = position
        chosen = sorted(tally, key=lambda key: (-tally[key], -last[key]))[:count]
        return [earlier[last[key]] for key in sorted(chosen, key=lambda key: last[key])]
    def first_of_latest(types):
        """The first mention of the types in the latest sentence naming one: its subject."""
        latest = recent(types, 1)
        if not latest:
            return latest
        position = len(earlier) - 1 - earlier[::-1].index(latest[0])
        start = max((k for k in sentence_starts if k <= position), default=0)
        return [next(f for f in earlier[start:position + 1] if f.type in types and (not f.descriptor or counted))]
    if kind == "person":  # "he", "ia": the first person of the latest sentence naming one (its subject)
        return first_of_latest(PERSONLIKE)
    if kind == "anonymous":
        return recent({"anonymous"}, 1)
    if kind == "organisation":
        return recent({"organisation"}, 1)
    if kind == "it":  # "Algeria, which cut ties with Morocco, said it ...": Algeria, the subject
        return first_of_latest({"country", "organisation"})
    if kind == "side":  # "pihaknya": the side of the sentence's subject, a person, a state or a body
        return first_of_latest({"person", "country", "organisation"})
    for prefix, count in COUNTED.items():
        if kind.startswith(prefix):
            if kind.endswith("persons"):
                found = recent({"person"}, count)
            else:  # states first; "the two sides" may be a state and an armed group, or the leaders named
                found = salient({"country"}, count)  # ("Prabowo met Anwar. The two sides agreed ...")
                found = found if len(found) == count else recent({"country", "organisation"}, count)
                if len(found) != count:
                    found = recent({"person"}, count)
            return found if len(found) == count else []
    if kind == "country":  # "AS menjatuhkan sanksi terhadap Rusia. Negara itu juga ...": the US
        return first_of_latest({"country"})
    if kind == "city":  # "attended a summit in Kazan, Russia, and met Xi there": Kazan, the city named last
        return recent({"city"}, 1)
    if kind == "plural":  # "mereka", "they": the last pair or group named, else the last state or body
        single = recent({"country", "organisation"}, 1)
        for found in reversed(earlier):
            group = [f for f in earlier if f.tstart == found.tstart and f.tend == found.tend and f.type in
                     ("person", "country", "organisation") and f.via == "anaphor"]
            if len({f.key for f in group}) >= 2 and (not single or earlier.index(found) > earlier.index(single[0])):
                return list({f.key: f for f in group}.values())
            if found in single:
                break
        return single
    return []


SUBJECT_VERB_REACH = 3  # lower-case words between a clause's state and the "it" after its verb of saying ("movement
# said it")
JOINABLE = frozenset({"person", "country", "organisation"})
SHORT_NAME_LEAD = 2  # mentions by which one bearer of a shared first or last name must lead to own it alone


def joined_subject(founds, tokens: list[Token], lang: Language, before: int | None = None,
                   types: frozenset[str] = JOINABLE) -> tuple[Found, ...]:
    """The names joined by "and" or commas at the first actor of a sentence (before token `before`), when
    there are two or more: those "they" and "mereka" refer to next ("Maduro and Ali met in Argyle. They
    agreed to meet again"), as do those one phrase refers back to ("The two leaders agreed ..."). Not the
    one met: "Prabowo met Xi" joins no one."""
    actors = sorted((f for f in founds if f.type in types and not f.descriptor
                     and (before is None or f.tend <= before)), key=lambda f: f.tstart)
    joiners, determiners = lang.matchers["coordinators"], lang.matchers["determiners"]
    group: list[Found] = actors[:1]
    for found in actors[1:]:
        if (found.tstart, found.tend) == (group[-1].tstart, group[-1].tend) and found.via == "anaphor":
            group.append(found)  # "The two leaders agreed ...": both, joined in one phrase
            continue
        between = tokens[group[-1].tend:found.tstart]
        if between and between[-1].lower in determiners:  # "Germany and the United States said they"
            between = between[:-1]
        if not between or found.tstart == group[-1].tstart or len(between) > 2 \
                or not all(t.text == "," or t.lower in joiners for t in between):
            break
        group.append(found)
    keys = {f.key for f in group}
    return tuple(group) if len(keys) >= 2 else ()


def _joined_last(founds: list[Found], tokens: list[Token], lang: Language) -> tuple[Found, ...]:
    """The names joined by "and" or commas that end with the last actor before a pronoun, when the sentence's
    head names one actor only ("Russia pounded Ukraine, a day after Germany and the United States said they
    would send tanks": Germany and the United States)."""
    actors = sorted((f for f in founds if f.type in JOINABLE and not f.descriptor), key=lambda f: f.tstart)
    best: tuple[Found, ...] = ()
    for start in range(len(actors) - 2, -1, -1):
        group = joined_subject(actors[start:], tokens, lang)
        if not group or group[-1] is not actors[-1]:
            break
        best = group
    return best


def _after_a_preposition(tokens: list[Token], start: int, m: dict) -> bool:
    """Does a preposition stand right before a mention, or before its determiner ("talks with the U.S.")?"""
    k = start - 1
    if k > 0 and tokens[k].lower in m["determiners"]:
        k -= 1
    return k >= 0 and tokens[k].lower in m["prepositions"]


def _match_pattern(pattern: tuple[str, ...], tokens: list[Token], i: int, builder: _Builder):
    """Match a fact pattern at token i without backtracking: optional words are taken greedily."""
    slots: dict[str, Found] = {}
    k = i
    for part in pattern:
        if part.startswith("{"):
            body = part.strip("{}!")
            kind, _, name = body.partition(":")
            found = builder.at(k)
            types = PLACE_TYPES if kind == "place" else ACTOR_TYPES if kind == "actor" else {kind}
            if found is None or found.type not in types or found.descriptor:
                return None
            slots[name] = found
            k = found.tend
            continue
        if part.startswith("!") and len(part) > 1:  # "!guard": the next word must not be one of these
            if k < len(tokens) and tokens[k].lower in part[1:].split("|"):
                return None
            continue
        if part.startswith("&") and len(part) > 1:  # "&said": the next word must be one of these
            if k >= len(tokens) or tokens[k].lower not in part[1:].split("|"):
                return None
            continue
        optional = part.endswith("?") and len(part) > 1
        words = part[:-1] if optional else part
        if k < len(tokens) and tokens[k].lower in words.split("|"):
            k += 1
        elif not optional:
            return None
    return (k, slots) if k > i else None


def find_mentions(text: str, tokens: list[Token], lang: Language, gazetteer: Gazetteer,
                  history: History, opening_is_name: bool = False) -> tuple[SentenceMentions, History]:
    """All mentions of one sentence, and the history extended with them. `opening_is_name` says the
    text is a name on its own (alias lists), so its first word is not capitalised just by position."""
    builder = _Builder(text, tokens, lang, gazetteer, history, opening_is_name)
    builder.titles()
    builder.short_names()
    builder.anonymous_sources()
    builder.country_organisations()
    builder.names()
    builder.coordinated_people()
    builder.fact_patterns()
    builder.anaphora()
    builder.pronoun_aides()
    builder.possessed_sources()
    founds = sorted(builder.founds, key=lambda f: (f.tstart, f.tend, f.key))
    kept = tuple(f for f in founds if f.type != "unknown" and f.via != PLACE_ADVERB)
    named_actor = any(f.type in JOINABLE and not f.descriptor for f in kept)
    new_history = History(history.mentions + kept, tuple(sorted(builder.surnames.items())),
                          tuple(sorted(builder.acronyms.items())),
                          history.sentence_starts + (len(history.mentions),),
                          tuple(sorted(_name_words(kept, dict(history.name_words)).items())),
                          tuple(sorted((dict(history.titled) | builder.titled_here()).items())),
                          joined_subject(kept, tokens, lang) if named_actor else history.joined, history.home,
                          history.places + tuple(_places_named(list(kept), tokens, lang.matchers)))
    return SentenceMentions(founds, builder.facts, builder.positions), new_history
