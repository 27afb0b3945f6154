"""Who says so: find the sources a sentence is attributed to ("kata X", "X said", "according to
X", "dilaporkan oleh X", "told X") and the token spans that belong to attribution only.
"""

from __future__ import annotations

from dataclasses import dataclass

from .events import ARTICLES, SUBJECT_NOUN_REACH, subject_end
from .mentions import ACTOR_TYPES, Found
from .model import Source
from .rules import Language
from .text import Token

SOURCE_TYPES = ACTOR_TYPES


@dataclass(frozen=True)
class Attribution:
    sources: tuple[Source, ...]
    excluded: frozenset[int]  # tokens that only name a source: they fill no event role
    reportedly: bool
    denied_by: tuple[Source, ...] = ()  # who denies what the sentence tells (", a charge Tehran rejects")
    charge_start: int = 0  # where the charge denied begins: what is told from there to the denial is denied
    denial_start: int | None = None  # where that denial begins
    narrated: tuple[int, int] | None = None  # tokens of a clause told by the narrator inside a sentence whose sources
    # only urge or hope ("urged allies to send air defences after Russia struck Kyiv, and vowed ...": the strike is
    # no one's word, what is vowed after the comma is the urger's again)


def source_key(found: Found) -> str:
    """A capital that speaks is its government ("Moscow denied"); an institution stays itself."""
    return found.as_actor if found.type == "city" else found.key


def _verb_reports(tokens: list[Token], founds: list[Found], end: int, verb: int, m: dict) -> bool:
    """Does the reporting verb at token `verb` report here? Not one of `hoping_verbs` or `urging_verbs` after a
    coordinator ("China condemned North Korea's launch and urged ..."). One of `hoping_verbs` only when
    another's deed follows it ("Chiu hopes the United States will deliver"; not "Japan hopes to host").
    One of `urging_verbs` unless what it urges ends before another event's clause with no one urged, no
    "that" and no infinitive ("urged restraint after Israel struck Iran"; but "urged the EU to impose",
    "urges sanctions on Russia", "mendesak pemerintah menjatuhkan sanksi"). Any other always."""
    word = tokens[verb].lower
    if verb > 0 and tokens[verb - 1].lower in m["coordinators"] and (word in m["hoping_verbs"] or word in m["urging_verbs"]):
        return False  # its subject is not the name right before it, and what it urges is not the deed before it
    if word in m["hoping_verbs"]:
        k = end
        while k < len(tokens) and (tokens[k].lower in ARTICLES or tokens[k].lower in m["complementizers"]):
            k += 1
        return any(f.tstart == k and _speaker(f) for f in founds)
    if word not in m["urging_verbs"]:
        return True
    k = end
    while k < len(tokens) and tokens[k].lower in ARTICLES:
        k += 1
    if any(f.tstart == k and _speaker(f) for f in founds):
        return True
    for j in range(end, len(tokens)):
        word = tokens[j].lower
        if word in m["infinitive_markers"] or word in m["complementizers"]:
            return True
        if word in m["opening_time_words"] or word in m["strong"]:
            return False
    return True


ORDERED_NOUN_REACH = 2  # plain words after the name of one told to act, before "to" ("told Israeli troops to")


def _ordered_to_act(tokens: list[Token], k: int, m: dict) -> bool:
    """Does an infinitive of a deed follow token k ("told Hegseth to strike"), not of waiting for one ("told
    Japan to expect a launch": `expectation_verbs`)?"""
    for _ in range(ORDERED_NOUN_REACH):  # "told Israeli troops to strike": the troops' own noun
        if k + 1 < len(tokens) and tokens[k].text.isalpha() and tokens[k].text.islower() \
                and tokens[k].lower not in m["infinitive_markers"] and tokens[k].lower not in m["negation_words"] \
                and tokens[k].lower not in m["complementizers"]:
            k += 1
    if k + 1 < len(tokens) and tokens[k].lower in m["negation_words"]:
        k += 1  # "told Netanyahu not to attack Rafah"
    return k + 1 < len(tokens) and tokens[k].lower in m["infinitive_markers"] \
        and tokens[k + 1].lower not in m["expectation_verbs"]


def _passive_listener(tokens: list[Token], founds: list[Found], verb: int, end: int, m: dict) -> list[Found]:
    """The one told of a passive verb of telling (`telling_verbs`: "Putin was told", "has been warned that"):
    the mention right before its auxiliaries, unless told to act ("was told to withdraw": the doer)."""
    if tokens[verb].lower not in m["telling_verbs"] or _ordered_to_act(tokens, end, m):
        return []
    auxiliaries = m["passive_markers"] | m["perfect_auxiliaries"]
    k = verb - 1
    while k > 0 and (tokens[k - 1].lower in auxiliaries or _inserted(tokens[k - 1], m)):
        k -= 1  # "has been told", "had been told", "was also told", "has reportedly been told"
    ending = [f for f in founds if f.tend == k and _speaker(f)]
    return [f for f in founds if ending and (f.tstart, f.tend) == (ending[0].tstart, ending[0].tend)]


def _inserted(token: Token, m: dict) -> bool:
    """Can the word stand between an auxiliary and its participle ("was also told", "was reportedly told")?"""
    return token.lower in m["passive_inserts"] or token.lower.endswith(m["adverb_endings"])


def _passive_at(tokens: list[Token], verb: int, m: dict) -> bool:
    """Is the verb at `verb` a participle after a passive auxiliary, with inserted words between ("was told",
    "was also told")?"""
    k = verb - 1
    while k > 0 and _inserted(tokens[k], m):
        k -= 1
    return k >= 0 and k < verb and tokens[k].lower in m["passive_markers"]


def _relays(found: Found, m: dict) -> bool:
    """Does one who is told something pass it on: an outlet ("told Reuters"), a paper named like one ("told the
    Kyiv Independent", `outlet_tails`), or the media ("told state television")? Not a body that only hears it
    ("told the U.N. Security Council")."""
    if found.type == "outlet":
        return True
    if found.type == "organisation":
        return found.label.split()[-1] in m["outlet_tails"] if found.label else False
    return found.type == "anonymous" \
        and any(found.label == label or found.label.endswith(" " + label) for label in m["unofficial_sources"])


def _speaker(found: Found) -> bool:
    return (found.type in SOURCE_TYPES or bool(found.actor_key)) and not found.descriptor


def _group_at(founds: list[Found], start: int, limit: int = 3) -> list[Found]:
    """Mentions starting within `limit` tokens after `start` (the first one, with its span-mates)."""
    for found in sorted(founds, key=lambda f: f.tstart):
        if start <= found.tstart <= start + limit and _speaker(found):
            return [f for f in founds if f.tstart == found.tstart and f.tend == found.tend]
    return []


def _group_before(founds: list[Found], end: int, relative: frozenset[int], limit: int = 12,
                  tokens: list[Token] | None = None, agents: frozenset[str] = frozenset(),
                  locatives: frozenset[str] = frozenset()) -> list[Found]:
    """The speaker mention nearest before a reporting verb (with its span-mates). The agent of a
    participle ("a lawmaker briefed by the spy agency said") gives way to a speaker before it, and
    speaks only when there is none ("a statement released by the ministry said"); a city after a
    locative is where the speaker is ("Sumber diplomatik di Jakarta menyebutkan", "diplomats in
    Brussels said"), when a speaker stands before it."""
    agent: list[Found] = []
    for found in sorted(founds, key=lambda f: -f.tend):
        if tokens is not None and found.type == "city" and found.tstart > 0 and tokens[found.tstart - 1].lower in locatives \
                and any(_speaker(f) and f.tend < found.tstart and end - limit <= f.tend for f in founds):
            continue
        if end - limit <= found.tend <= end and _speaker(found) and found.tstart not in relative:
            group = [f for f in founds if f.tstart == found.tstart and f.tend == found.tend]
            if tokens is None or not _after_agent_word(tokens, found.tstart, agents):
                return group
            agent = agent or group
    return agent


def _shared_subject(tokens: list[Token], founds: list[Found], verb: int, relative: frozenset[int], m: dict) -> list[Found]:
    """The subject a verb of saying right after "and" shares with the verb before it ("Russia sent aid to Syria
    and said more would follow": Russia, not Syria): the first speaker after the last comma before it that no
    preposition governs; none when the verb has no "and" right before it or stands in a relative clause."""
    if verb == 0 or tokens[verb - 1].lower not in m["coordinators"] or verb in relative:
        return []  # "Putin met Xi, who arrived ... and said": the relative's own subject
    openings = sorted({k + 1 for k in range(verb) if tokens[k].text == ","} | {0}, reverse=True)
    for opening in openings:  # "Hours after Iran fired missiles at Israel, Netanyahu met his cabinet and said": the
        # last comma's clause first; past an apposition with no subject ("Kim Yo Jong, the sister of leader Kim Jong
        # Un, mocked the critics and warned"), the one before it
        for found in sorted((f for f in founds if opening <= f.tstart and f.tend < verb), key=lambda f: f.tstart):
            if _speaker(found) and found.tstart not in relative and not (
                    found.tstart > 0 and tokens[found.tstart - 1].lower in m["prepositions"]):
                return [f for f in founds if (f.tstart, f.tend) == (found.tstart, found.tend)]
    return []


AGENT_REACH = 6  # words looked at before a mention for "by": an article and a possessor ("by South Korea's")


def _after_agent_word(tokens: list[Token], start: int, agents: frozenset[str]) -> bool:
    """Does "by" (`passive_agents`) stand before the mention, past an article and a possessor ("by the
    country's spy agency", "by South Korea's National Intelligence Service")?"""
    for k in range(start - 1, max(-1, start - 1 - AGENT_REACH), -1):
        word = tokens[k]
        if word.lower in agents:
            return True
        possessive = word.text in ("'", "’") or word.lower == "s" and k > 0 and tokens[k - 1].text in ("'", "’")
        if not (possessive or word.lower in ARTICLES or word.text[:1].isupper()):
            return False
    return False


def _ends_a_statement(tokens: list[Token], end: int, m: dict) -> bool:
    """Does an inverted speaker (", said Lavrov") close what was said: the sentence or clause ends
    after it, or only where and when it was said, who the speaker is ("kata seorang pejabat yang
    ..."), or more of the speaker's name follows, not a verb ("said Russia would ...")?"""
    return end >= len(tokens) or not tokens[end].text[:1].islower() or tokens[end].lower in m["speech_fillers"] \
        or tokens[end].lower in m["prepositions"] or tokens[end].lower in m["relative_pronouns"]


def _apposed_speaker(tokens: list[Token], founds: list[Found], verb: int, relative: frozenset[int]) -> list[Found]:
    """"Sergei Lavrov, the Russian foreign minister, said", "Blinken, who met the crown prince in
    AlUla on Monday, said": the name before the apposition or relative clause speaks, not a name
    inside it."""
    if verb < 2 or tokens[verb - 1].text != ",":
        return []
    if verb - 2 in relative:  # back to the comma that opens the relative clause
        k = verb - 2
        while k > 0 and k in relative:
            k -= 1
        opening = k if tokens[k].text == "," else None
    else:
        opening = next((k for k in range(verb - 2, max(-1, verb - SPEAKER_REACH - 1), -1) if tokens[k].text == ","),
                       None)
    if opening is None:
        return []
    return [f for f in founds if f.tend == opening and _speaker(f) and f.type == "person"]


def denial_appositive(tokens: list[Token], founds: list[Found], m: dict) -> tuple[int, int, list[Found]] | None:
    """An apposition that calls what the sentence tells a charge its subject denies (", a charge Tehran
    rejects", ", an accusation Moscow has dismissed as false", ", tuduhan yang dibantah Teheran"):
    (where it begins, where it ends, the deniers), or None. `charge_nouns` after a comma and a determiner,
    the denier and one of `appositive_denials` (past `denial_fillers`), or the verb first and then the
    denier after an optional `passive_agents` word (Indonesian passive)."""
    nouns = m["charge_nouns"]
    if not nouns:
        return None
    for k in range(len(tokens) - 3):
        if tokens[k].text != "," or tokens[k + 1].lower not in m["determiners"] and tokens[k + 1].lower not in nouns:
            continue
        noun = k + 1 if tokens[k + 1].lower in nouns else k + 2
        if tokens[noun].lower not in nouns:
            continue
        j = noun + 1
        if j < len(tokens) and (tokens[j].lower in m["complementizers"] or tokens[j].lower in m["relative_pronouns"]):
            j += 1  # "a claim that Minsk denies", "tuduhan yang dibantah"
        deniers, verb = _deniers_at(tokens, founds, j, m)
        if deniers:
            while verb < len(tokens) and tokens[verb].lower in m["denial_fillers"]:
                verb += 1
            if verb < len(tokens) and tokens[verb].lower in m["appositive_denials"]:
                return k, _clause_stop(tokens, verb + 1), deniers
            continue
        while j < len(tokens) and tokens[j].lower in m["denial_fillers"]:
            j += 1  # "tuduhan yang telah dibantah oleh Teheran"
        if j < len(tokens) and tokens[j].lower in m["appositive_denials"]:
            agent = j + 1
            while agent < len(tokens) and tokens[agent].lower in m["denial_fillers"]:
                agent += 1  # "klaim yang dibantah keras oleh Moskow"
            agent += agent < len(tokens) and tokens[agent].lower in m.get("passive_agents", frozenset())
            deniers, end = _deniers_at(tokens, founds, agent, m)
            if deniers:
                return k, _clause_stop(tokens, end), deniers
    return None


def _deniers_at(tokens: list[Token], founds: list[Found], j: int, m: dict) -> tuple[list[Found], int]:
    """The deniers named from token j on, past a determiner ("the Israeli military"), joined by a
    coordinator ("Minsk and Moscow"), with the plain words of their phrase ("Netanyahu's office", "the
    Israeli military"), and where that phrase ends; ([], j) when no one is named there."""
    if j < len(tokens) and tokens[j].lower in m["determiners"]:
        j += 1
    deniers = _group_at(founds, j, limit=0)
    if not deniers:
        return [], j
    end = max(f.tend for f in deniers)
    while end + 1 < len(tokens) and tokens[end].lower in m["coordinators"]:
        more = _group_at(founds, end + 1, limit=0)
        if not more:
            break
        deniers, end = deniers + more, max(f.tend for f in more)
    words = 0
    while end < len(tokens) and words < DENIER_PHRASE_WORDS and (tokens[end].text in ("'", "’", "s")
                                                                  or tokens[end].lower in m["denier_heads"]):
        words += tokens[end].text not in ("'", "’")
        end += 1  # "Netanyahu's office", "the Israeli military", "the U.S. Navy"
    return deniers, end


DENIER_PHRASE_WORDS = 3  # words of a denier's phrase after its name ("'s office", "military")


def charge_scope(tokens: list[Token], denial_start: int, m: dict) -> int:
    """Where the charge a denial apposition denies begins: past the last clause boundary before it (a word
    of `clause_boundaries`, or a comma before a coordinator or a said clause: ", and", ", saying"; not the
    comma of a list, a date, a report or a participle: ", officials said,", ", killing 20 people"), or a verb
    of accusing (`accusation_verbs`), so "Hamas attacked Israel, and Israel accuses Iran of helping plan the
    assault, a charge Tehran denies" and "Russia attacked Kyiv, prompting Ukraine to accuse Belarus of ..., a
    charge Minsk denies" deny no attack told before."""
    for k in range(denial_start - 1, 0, -1):
        word = tokens[k]
        if word.lower in m["accusation_verbs"]:
            return k + 1  # "prompting Ukraine to accuse Belarus of helping plan the assault": what is accused
        if word.text == ",":
            if k + 1 < denial_start and (tokens[k + 1].lower in m["coordinators"]
                                         or m["said_clause_openers"].match_at(tokens, k + 1)):
                return k + 1
        elif word.text[:1].isalpha() and m["boundaries"].match_at(tokens, k):
            return k + 1
    return 0


def _clause_stop(tokens: list[Token], start: int) -> int:
    """The first comma or end of the sentence from `start` on."""
    return next((k for k in range(start, len(tokens)) if tokens[k].text in (",", ";")), len(tokens))


SPEAKER_REACH = 12  # tokens looked at left of a reporting verb for its speaker


def _speaker_reach(tokens: list[Token], verb: int) -> int:
    """How far left of a reporting verb its speaker may stand: not past a comma that opens the
    speaker's phrase ("Russian drones struck Odesa, the ministry said": the ministry, not Russia),
    except the comma that closes an apposition right before the verb ("Lavrov, the foreign
    minister, said")."""
    for k in range(verb - 1, max(-1, verb - SPEAKER_REACH - 1), -1):
        if tokens[k].text == ",":
            return SPEAKER_REACH if k == verb - 1 else verb - k - 1
    return SPEAKER_REACH


SPEAKER_TITLE_REACH = 5  # words of a title before the speaker's name ("the city's mayor")


def attribute(tokens: list[Token], founds: list[Found], lang: Language,
              relative: frozenset[int]) -> Attribution:
    """The attribution of one sentence.

    `relative` holds the tokens of relative clauses (", yang ... ,"), which are skipped when
    looking left of "mengatakan"/"said" for the speaker.
    """
    m = lang.matchers
    sources: list[tuple[int, int, Source]] = []  # (rank, position, source)
    excluded: set[int] = set()
    reportedly = False
    last_source_end: int | None = None
    wishes: list[tuple[int, int]] = []  # where each urging or hoping verb that found a speaker stands
    first_words, first_prefixes = m["attribution_starts"]
    denial = denial_appositive(tokens, founds, m)
    if denial is not None:  # ", a charge Tehran rejects": Tehran denies, says nothing told, fills no role
        excluded.update(range(denial[0], denial[1]))
    i = 0
    while i < len(tokens):
        if denial is not None and denial[0] <= i < denial[1]:
            i = denial[1]
            continue
        word = tokens[i].lower
        if word not in first_words and not (first_prefixes and word.startswith(first_prefixes)):
            i += 1  # most words start no reporting phrase
            continue
        relayed = m["relayed_by"].match_at(tokens, i)
        after = m["source_after"].match_at(tokens, i)
        before = m["source_before"].match_at(tokens, i)
        hit = max((h for h in (relayed, after, before) if h), key=lambda h: h[0], default=None)
        if hit is None:
            flag = m["reportedly"].match_at(tokens, i)
            if flag:
                reportedly = True
                i += flag[0]
            else:
                i += 1
            continue
        length = hit[0]
        end = i + length
        if before and before[0] == length and i > 0 and _passive_at(tokens, i, m):
            listener = _passive_listener(tokens, founds, i, end, m)
            if listener:  # "Ukraine attacked Kursk, Putin was told (on Monday)", "Putin was told that ...": Putin is
                excluded.update(range(min(f.tstart for f in listener), i))  # told, says nothing, takes no part
                sources.extend((2, i, Source(source_key(f), "relayed_by")) for f in listener if _relays(f, m))
            agent = _group_at(founds, end + 1, limit=1) if end < len(tokens) and tokens[end].lower in m["passive_agents"] else []
            if agent and all(f.via == "anaphor" and tokens[f.tstart].text.islower() for f in agent):
                agent = []  # "was told by his generals": not he
            if agent:  # "was accused by Iran of striking", "was confirmed by the Kremlin": the agent says so
                sources.extend((1, i, Source(source_key(f), "said")) for f in agent)
                excluded.update(range(end, max(f.tend for f in agent)))
                i = max(f.tend for f in agent)
                continue
            i = end  # ("Reuters was told": Reuters relays it; "the sale was announced": no speaker, no listener)
            continue
        if relayed and relayed[0] == length:
            target = _group_at(founds, end)
            if target and any(tokens[k].text == "," or tokens[k].lower in m["audiences"]
                              for k in range(end, max(f.tend for f in target))):
                target = []  # "mengatakan kepada wartawan bahwa Amerika Serikat ...", "kepada media": no relay
            if target and any(tokens[k].text[:1].isupper() or tokens[k].lower in m["complementizers"]
                              for k in range(end, min(f.tstart for f in target))):
                target = []  # "told Al Arabiya that Russia had attacked": the one told is no mention, Russia no listener
                # (but "as reported by the official KCNA", "dilaporkan kantor berita resmi KCNA")
            if target and not any(_relays(f, m) for f in target) and _ordered_to_act(tokens, max(f.tend for f in target), m):
                target = []  # "Trump told Hegseth to strike": an order, whose doer is Hegseth (not "told Japan to expect")
            # "dilaporkan oleh X", "reported by X", and a participle clause ("..., telling the Financial Times")
            standalone = length > 1 or (i > 0 and tokens[i - 1].text == ",")
            after_source = last_source_end is not None and i - last_source_end <= 2  # "kata X kepada Y"
            speaker = _group_before(founds, i, relative, 3) if before and before[0] == length else []
            if target and (standalone or after_source or speaker):  # "X told Y"
                sources.extend((1, i, Source(source_key(f), "said")) for f in speaker)
                sources.extend((2, i, Source(source_key(f), "relayed_by")) for f in target if _relays(f, m))
                # a listener who is no outlet relays nothing, and takes no part in what it is told ("Xi told a
                # Western diplomat that ...", "Pyongyang told Japan's coast guard to expect a launch")
                excluded.update(range(i, max(f.tend for f in target)))
                first = min((f.tstart for f in speaker), default=i)
                while first > 0 and i - first < 4 and tokens[first - 1].text.isalpha() and tokens[first - 1].text.islower():
                    first -= 1  # "..., senior officials told the Times"
                if speaker and first > 0 and tokens[first - 1].text == ",":
                    excluded.update(range(first, i))  # "to Belarus, officials told the Times": no third recipient
                i = max(f.tend for f in target)
                continue
        inverted = length > 1 or i == 0 or tokens[i - 1].text in (",", '"', "'", "”", "’", "“")
        if after and after[0] == length and (inverted or not before):  # ", said Lavrov"; "Lavrov said Russia ..."
            document = m["source_documents"].match_at(tokens, end) if end < len(tokens) else None
            issuer = end + document[0] if document else end  # "according to a statement from the ministry"
            target = _group_at(founds, issuer, limit=1 if length == 1 and tokens[i].lower in ("said", "told") else 3)
            if target and length == 1 and i > 0 and tokens[i - 1].text == "," \
                    and not _ends_a_statement(tokens, max(f.tend for f in target), m):
                target = []  # "Lavrov, the foreign minister, said Russia would ...": Russia starts what he said
            if target and not inverted and any(m["cue_before"].match_at(tokens, k) for k in range(end, target[0].tstart)):
                target = []  # "Belum jelas apakah Prabowo akan ...": a cue opens a clause, "jelas" reports nothing
            if target and any(tokens[k].text == "," for k in range(end, target[0].tstart)):
                target = []  # "Menurut jadwal, Trump akan ...": the schedule says it, Trump acts
            if target:
                sources.extend((0, i, Source(source_key(f), "according_to")) for f in target)
                excluded.update(range(i, max(f.tend for f in target)))
                i = last_source_end = max(f.tend for f in target)
                continue
        if before and before[0] == length and tokens[i].lower in m["bare_reporting_verbs"] and i > 0 \
                and tokens[i - 1].lower in m["not_reporting_before"]:
            i = end  # "have a say", "declined to say whether", "did not say": no one reports
            continue
        if before and before[0] == length and not _verb_reports(tokens, founds, end, i, m):
            i = end  # "urged restraint after Israel struck Iran": no report
            continue
        if before and before[0] == length:
            speaker = _apposed_speaker(tokens, founds, i, relative) or _shared_subject(tokens, founds, i, relative, m) \
                or _group_before(founds, i, relative, _speaker_reach(tokens, i), tokens,
                                 m.get("passive_agents", frozenset()), m["locatives"])
            if speaker:
                sources.extend((1, i, Source(source_key(f), "said")) for f in speaker)
                if tokens[i].lower in m["urging_verbs"] or tokens[i].lower in m["hoping_verbs"]:
                    wishes.append((i, end))
                last_source_end = end
                named = first = min(f.tstart for f in speaker)
                while first > 0 and named - first < SPEAKER_TITLE_REACH and (
                        tokens[first - 1].text.isalpha() and tokens[first - 1].text.islower()
                        or tokens[first - 1].text in ("'", "’")):
                    first -= 1  # "..., a senior U.S. official said", "..., the city's mayor Vitali Klitschko said"
                rest = [t for t in tokens[end:] if t.text.isalnum()]
                if first > 0 and tokens[first - 1].text == "," and len(rest) <= 6:
                    excluded.update(range(first, end))  # "..., Yonhap reported (on Tuesday).": only a source
        i = end
    ordered = []
    for _, _, source in sorted(sources, key=lambda s: (s[0], s[1])):
        if source not in ordered:
            ordered.append(source)
    narrated = _narrated_clause(tokens, founds, wishes, m) if wishes and len(wishes) == len(sources) else None
    if denial is None:
        return Attribution(tuple(ordered), frozenset(excluded), reportedly, narrated=narrated)
    deniers = tuple(dict.fromkeys(Source(source_key(f), "said") for f in denial[2]))
    return Attribution(tuple(ordered), frozenset(excluded), reportedly, deniers, charge_scope(tokens, denial[0], m),
                       denial[0], narrated)


def _narrated_clause(tokens: list[Token], founds: list[Found], wishes: list[tuple[int, int]],
                     m: dict) -> tuple[int, int] | None:
    """The clause after what the sentence's urging or hoping verbs ask for that the narrator tells: from a phrase
    that sets another event apart and is followed by a name and a clause told as past ("urged allies to send air
    defences after Russia struck Kyiv", "mendesak sekutu mengirim senjata setelah Rusia menyerang Kyiv pada Senin
    lalu") to the next comma or strong boundary; None when none follows the last of them."""
    for k, e, _ in m["other_event_before"].finditer(tokens, max(end for _, end in wishes)):
        subject = subject_end(tokens, founds, e, m)
        if subject is not None and _told_as_past(tokens, founds, e, subject, m):
            end = next((j for j in range(e, len(tokens)) if tokens[j].text in (",", ";") or tokens[j].lower in m["strong"]),
                       len(tokens))
            return k, end
    return None


def _told_as_past(tokens: list[Token], founds: list[Found], start: int, end: int, m: dict) -> bool:
    """Is the clause from token `start` told as past: its first plain word past its names a past verb ("after
    Russia struck", `past_forms`, `participle_endings`), or one of `past_clause_words` in it before a comma ("after
    Russia had struck", "setelah Rusia menyerang Kyiv pada Senin lalu"), or an event its names own ("following
    Russia's attack")? Not "after Russia and Ukraine agree"."""
    named = {k for f in founds for k in range(f.tstart, f.tend)}
    if end < len(tokens) and tokens[end].text in ("'", "’"):
        return True  # "following Russia's attack on Kyiv": an event named as a fact
    plain = 0  # the plain words read: the subject's own nouns ("the Israeli army struck") and its verb
    for k in range(end, len(tokens)):
        word = tokens[k].lower
        if tokens[k].text in (",", ";") or word in m["strong"]:
            return False
        if word in m["past_clause_words"]:
            return True
        if plain <= SUBJECT_NOUN_REACH and k not in named and tokens[k].text.isalpha() and tokens[k].text.islower() \
                and word not in m["coordinators"]:
            plain += 1
            if word in m["past_forms"] or (m["participle_endings"] and word.endswith(m["participle_endings"])):
                return True
    return False
