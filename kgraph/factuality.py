"""How sure: the status of an event from the cues in its own clause.

A cue counts only between the start of the trigger's clause and the trigger (or, for cues such as
"gagal"/"failed" and "dibatalkan"/"was cancelled", between the trigger and the clause end). Cues
outrank each other: failed, denied and cancelled over hoped ("berharap dapat bertemu" is hoped),
hoped over possible, possible over planned ("berharap Kremlin akan ..." is hoped); within a rank
the nearest cue wins. A negation turns planned into cancelled and a plain statement into denied.
Reporting cues ("dilaporkan", "reportedly") do not change the status.
"""

from __future__ import annotations

from .rules import HEDGE, HOPE, OUTCOME, Language
from .text import Token

# Outranking order: a final outcome, then a wish, then a possibility, then a plan.
RANK = {"failed": 3, "denied": 3, "cancelled": 3, "hoped": 2, "possible": 1}


def clause_start(tokens: list[Token], i: int, lang: Language, skip: frozenset[int] = frozenset()) -> int:
    """Index of the first token of the clause that token i is in; the tokens in `skip` (a
    parenthetical ", termasuk ... ,") and the commas around them do not end the clause."""
    boundaries = lang.matchers["boundaries"]
    first_words, first_prefixes = lang.matchers["boundary_starts"]
    coordinators = lang.matchers["coordinators"]
    for k in range(i - 1, -1, -1):
        if k in skip or (tokens[k].text == "," and (k + 1 in skip or k - 1 in skip)):
            continue
        if tokens[k].text == "," and _around_a_date(tokens, k):
            continue  # "akan bertolak ke Tokyo, Kamis (10/4/2025), untuk bertemu ...": one clause
        if tokens[k].text == "," and k + 1 < i and tokens[k + 1].lower not in coordinators \
                and not any(t.text[:1].isupper() for t in tokens[k + 1:i]) \
                and any(tokens[c].lower in coordinators and i - c <= LIST_REACH
                        for c in range(k + 2, min(k + LIST_REACH + 1, i))):
            continue  # a comma of a list of things the trigger ends ("food, tents and medical supplies"), not
            # of a subject of names ("Despite fears Russia could retaliate, Ukraine and Britain struck")
        word = tokens[k].lower
        if (word in first_words or first_prefixes and word.startswith(first_prefixes)) \
                and boundaries.match_at(tokens, k):
            return k + 1
    return 0


def _is_date_aside(span: list[Token]) -> bool:
    """A day set off by commas: a weekday with its date in brackets ("Kamis (10/4/2025)"), or a bare
    date ("10/4/2025")."""
    if not span:
        return False
    rest = span[1:] if span[0].text[:1].isupper() and span[0].text.isalpha() else span
    return bool(rest) and all(t.text.isdigit() or t.text in ("(", ")", "/", "-", ".") for t in rest) \
        and any(t.text.isdigit() for t in rest)


def _around_a_date(tokens: list[Token], k: int, reach: int = 12) -> bool:
    """Does the comma at k open or close a day set off by commas?"""
    before = next((j for j in range(k - 1, max(-1, k - reach), -1) if tokens[j].text == ","), None)
    after = next((j for j in range(k + 1, min(len(tokens), k + reach)) if tokens[j].text == ","), None)
    return (before is not None and _is_date_aside(tokens[before + 1:k])) \
        or (after is not None and _is_date_aside(tokens[k + 1:after]))


DEAL_REACH = 4  # words between "signed" and its "contract" ("signed a new defence contract")
SENTENCE_OPENERS = frozenset({'"', "“", "'", "‘", "(", ":", "-", "—"})  # after these a capital opens a sentence
LIST_REACH = 3  # words of one list item: "fly in food, tents and medical supplies"


WEAK_BOUNDARIES = frozenset({",", "yang", "which", "who", "that"})
# cues that say an event did not happen: before another trigger, they do not reach an event noun in a
# prepositional phrase after it (plans, hopes and doubts do: "akan bertemu Trump dalam lawatannya")
INDEFINITE = "indefinite"  # the kind of an `indefinites` cue ("any", "setiap"): possible, unless negated
DENIED_PLAN = "denied_plan"  # the kind of a `denied_plans` cue ("no plans to"): a negation that says nothing was planned
UNDOING = frozenset({"negation", DENIED_PLAN, "failed", "denied", "cancelled"})


def clause_end(tokens: list[Token], i: int, lang: Language, new_clause_ends: bool = True) -> int:
    """End of the stretch after a trigger where "gagal"/"failed" still speaks of it: commas and
    relative markers do not end it ("the attempt, on Aug. 24, failed"), ", and" does (when
    `new_clause_ends`: a failure told after it still speaks of the trigger)."""
    boundaries = lang.matchers["boundaries"]
    first_words, first_prefixes = lang.matchers["boundary_starts"]
    coordinators = lang.matchers["coordinators"]
    for k in range(i, len(tokens)):
        word = tokens[k].lower
        if tokens[k].text == ";" or (
                (word in first_words or first_prefixes and word.startswith(first_prefixes))
                and boundaries.match_at(tokens, k) and word not in WEAK_BOUNDARIES):
            return k
        if new_clause_ends and tokens[k].text == "," and k + 1 < len(tokens) and tokens[k + 1].lower in coordinators and k > i \
                and not any(t.text == "," for t in tokens[max(i, k - LIST_REACH - 1):k]):
            return k  # ", and a minerals deal ... was shelved": another clause (not "A, B, and C": a list)
    return len(tokens)


def purpose_of_a_deal(tokens: list[Token], scope: int, start: int, m: dict) -> bool:
    """"signed a contract on Wednesday to buy 48 jets", "menandatangani kontrak untuk membeli": a
    trigger right after an infinitive marker, with a deal or contract signed or reached before it in
    its clause (`purpose_verbs`; not "broke the ceasefire deal to strike"), is what the deal sets out
    to do: planned; so is a trigger noun right after the contract, or after its "for" ("menandatangani
    kontrak pembelian", "signed a contract for the purchase of"), and a trigger that is the contract itself
    ("signed a contract with France for 42 jets")."""
    if tokens[start].lower in m["purpose_nouns"]:  # the trigger is the contract ("signed a contract with France
        # for 42 jets": the transfer it sets out)
        return any(tokens[j].lower in m["purpose_verbs"] for j in range(max(scope, start - DEAL_REACH), start))
    k = start - 1
    while k > scope and (tokens[k].lower in m["determiners"] or tokens[k].lower in m["purpose_prepositions"]):
        k -= 1  # "a contract for the purchase of"
    if k >= scope and tokens[k].lower in m["purpose_nouns"]:  # "menandatangani kontrak pembelian dua kapal
        # selam": the noun the contract is for is what it sets out to do
        return any(tokens[j].lower in m["purpose_verbs"] for j in range(max(scope, k - DEAL_REACH), k))
    return start > scope and tokens[start - 1].lower in m["purpose_markers"] \
        and any(tokens[k].lower in m["purpose_nouns"]
                and any(tokens[j].lower in m["purpose_verbs"] for j in range(max(scope, k - DEAL_REACH), k))
                for k in range(scope, start - 1))


def _scheduled_noun(tokens: list[Token], start: int, end: int, cue: int, result: str, lang: Language) -> bool:
    """"Modi's visit to Paris is scheduled for May", "Pertemuan itu akan digelar pekan depan": a
    schedule after an event noun plans it when nothing before the noun already said how sure it is,
    and the schedule is the noun phrase's own verb: no comma, relative pronoun, new subject ("hailed
    the talks and is due to fly"), participle ("the agreement signed in February will ...") or past
    time word ("the talks last month will ...") between them, and no passive or agent after it ("is
    due to be investigated", "direncanakan oleh", `schedule_breakers`)."""
    m = lang.matchers
    if result != "occurred" or not any(m["event_nouns"].match_at(tokens, k) for k in range(start, end)):
        return False
    between = _without_list_commas(_without_apposition(tokens[end:cue], m), m)
    hit = m["cue_after"].match_at(tokens, cue)
    following = tokens[cue + hit[0]].lower if hit and cue + hit[0] < len(tokens) else ""
    return not any(t.text in (",", ";") or t.lower in m["relative_pronouns"] or t.lower in m["told_before"]
                   or t.text.endswith("ed") and t.text.islower() for t in between) \
        and not (cue > end and tokens[cue - 1].lower in m["coordinators"]) \
        and following not in m["schedule_breakers"]


def _without_list_commas(between: list[Token], m: dict) -> list[Token]:
    """The words between a noun and its schedule without the commas of a list of names ("Pertemuan
    antara Indonesia, Malaysia, dan Singapura dijadwalkan ...")."""
    def list_comma(k: int) -> bool:
        after = between[k + 1] if k + 1 < len(between) else None
        return k > 0 and between[k - 1].text[:1].isupper() and after is not None and (
            after.text[:1].isupper() or after.lower in m["coordinators"])
    return [t for k, t in enumerate(between) if t.text != "," or not list_comma(k)]


def _without_apposition(between: list[Token], m: dict) -> list[Token]:
    """The words between an event noun and its schedule without one apposition set off by commas
    ("Putin's visit to North Korea, the first in 24 years, is scheduled for Tuesday"): it opens with
    a determiner and holds no participle or relative pronoun."""
    commas = [k for k, t in enumerate(between) if t.text == ","]
    if len(commas) != 2 or commas[1] != len(between) - 1 or commas[0] + 1 >= commas[1]:
        return between
    inside = between[commas[0] + 1:commas[1]]
    if inside[0].lower not in m["determiners"] or any(
            t.lower in m["relative_pronouns"] or t.text.endswith("ed") and t.text.islower() for t in inside):
        return between
    return between[:commas[0]]


APPROVAL_REACH = 8  # tokens from "cleared" to the sale it approves ("cleared the long-delayed $23 billion sale")


def _approved(tokens: list[Token], scope: int, start: int, end: int, m: dict) -> bool:
    """"The State Department approved the possible sale of 96 helicopters": an approval shortly
    before a sale or a transfer that is the trigger or ends it (`approvals`, `approved_things`; the
    trigger may begin with the approval: "approved the sale of") plans it, even when the formula
    calls the sale possible."""
    things = [k for k in range(max(scope, start - APPROVAL_REACH), end) if tokens[k].lower in m["approved_things"]]
    return any(start <= k + 1 and any(tokens[j].lower in m["approvals"] and not (j > 0 and tokens[j - 1].lower
                                                                                in m["determiners"])  # "the approved sale"
                                      for j in range(max(scope, k - APPROVAL_REACH), k))
               for k in things)


def _future_time_clause(tokens: list[Token], scope: int, start: int, end: int, m: dict) -> bool:
    """"when their foreign ministers meet in Jakarta in July", "once he visits Beijing": a verb
    trigger in a time clause with no past form up to it (no -ed word, none of `past_forms`), and no
    -ing form itself, speaks of the future ("once again" opens no clause). An event noun after a
    determiner says nothing of tense ("when the talks collapsed"); "once Prabowo visits" is a verb."""
    openers = m["future_clause_openers"]
    if not openers or not (scope > 0 and tokens[scope - 1].lower in openers
                           or any(tokens[k].lower in openers for k in range(scope, start))):
        return False
    if any(m["event_nouns"].match_at(tokens, k) for k in range(start, end)) \
            and start > 0 and tokens[start - 1].lower in m["determiners"]:  # "when the talks collapsed": a noun
        return False
    if any(tokens[k].lower in openers and k + 1 < len(tokens) and tokens[k + 1].lower in m["not_time_clauses"]
           for k in range(max(scope - 1, 0), start)):  # "once again", "once more"
        return False
    word = tokens[start].lower
    return word.isalpha() and not word.endswith("ing") and not any(  # no past verb in the clause up to it
        past_form(t, m) for t in tokens[scope:start + 1])


def past_form(token: Token, m: dict) -> bool:
    """Is the token a past verb form: a lower-case word in -ed, or one of `past_forms`?"""
    return token.text.endswith("ed") and token.text.islower() or token.lower in m["past_forms"]


FUTURE_CUES = frozenset({"planned", "hoped", "possible"})  # statuses of a clause that speaks of the future
OPENING_REACH = 14  # words from an opening clause's trigger to the comma that ends it
SHARED_CLAUSE_REACH = 12  # words from a shared clause's opener to its trigger


def _shared_clause_status(tokens: list[Token], scope: int, start: int, lang: Language,
                          parenthetical: frozenset[int] = frozenset()) -> str | None:
    """"dijadwalkan bertolak ke Beijing, sebelum melanjutkan perjalanan ke Washington": a clause opened by one
    of `shared_clause_openers` with no subject of its own (only lower-case words up to the trigger) shares
    the plan, hope or possibility of the clause before it, or when it opens the sentence, of the main clause
    after it ("Before meeting Putin, Xi will visit Tehran"); None when it does not."""
    m = lang.matchers
    openers = m["shared_clause_openers"]
    if scope >= 1 and tokens[scope - 1].lower in openers:
        opener = scope - 1
    elif 1 <= scope < start and tokens[scope].lower in openers:  # ", then fly to Hanoi": the opener starts the clause
        opener = scope
    else:
        return None
    if tokens[opener].lower in m["verb_openers"] and (start != opener + 1 or m["event_nouns"].match_at(tokens, start)
                                                      or tokens[start].text.endswith("s") and lang.code == "en"):
        return None  # after "and", "then", "dan", "lalu" only the trigger's own verb, no noun with a verb of its own
        # ("and airstrikes on Khan Younis killed 40", "dan kunjungan Menhan China ke Moskow berlangsung bulan lalu")
    head = tokens[opener + 1]  # a verb first: no subject of its own (names after it are its objects: "sebelum
    # melanjutkan perjalanan ke Washington dan menghadiri KTT APEC"), and no past verb of its own ("was invited to
    # Washington and met Trump": the meeting happened)
    if not (head.text.isalpha() and head.text.islower() and head.lower not in m["determiners"]
            and m["anaphora"].match_at(tokens, opener + 1) is None and start - opener <= SHARED_CLAUSE_REACH) \
            or past_form(tokens[start], m):
        return None
    if opener == 0:  # the sentence opens with it: "Before meeting Putin, Xi will visit Tehran" shares the plan of
        comma = next((k for k in range(start + 1, min(len(tokens), start + OPENING_REACH)) if tokens[k].text == ","),
                     None)  # the main clause after its comma
        if comma is None or _dated_words(tokens[opener + 1:comma], lang):
            return None  # ("After meeting Putin last week, Xi will visit Tehran": the meeting has its own time)
        cue = next(((s, status) for s, _, status in m["cue_before"].finditer(tokens, comma + 1, clause_end(
            tokens, comma + 1, lang)) if status in FUTURE_CUES), None)
        return cue[1] if cue is not None and not any(past_form(t, m) for t in tokens[comma + 1:cue[0]]) else None
        # ("Before visiting Moscow, Modi said he would meet Xi": the plan is the one reported)
    before = opener - (tokens[opener - 1].text == ",")
    status = status_of(tokens, before, before + 1, lang, parenthetical)
    first = clause_start(tokens, before, lang)
    if status not in FUTURE_CUES and first < before and tokens[first].text.islower():  # a chain of them ("sebelum
        status = status_of(tokens, first, first + 1, lang, parenthetical)  # melanjutkan ... dan menghadiri")
    return status if status in FUTURE_CUES else None


def _dated_words(tokens: list[Token], lang: Language) -> bool:
    """Do the tokens date what they tell in the past ("last week", "pekan lalu")? A month or a day may be still to
    come ("After attending the summit on May 12, Modi will visit Paris")."""
    past = {w.lower() for key in ("past", "ago") for w in lang.time.get(key, [])}
    return any(t.lower in past for t in tokens)


def _future_after_clause(tokens: list[Token], scope: int, start: int, lang: Language) -> bool:
    """"Trump will fly to Seoul after he meets Xi", "will fly on to Tokyo after he attends the summit": a verb
    trigger whose subject is a pronoun after one of `future_after_openers`, with no past form up to it, speaks
    of the future when the clause before the opener does (a planned, hoped or possible cue there); after a
    past clause or in a headline it is past ("Iran strikes Israel after Israel hits Damascus"), and so is
    what another subject did that a plan answers ("Ukraine will retaliate after Russia strikes Kyiv"); a
    noun is no verb ("after talks in Cairo", "after his visit")."""
    m = lang.matchers
    if not (0 < scope < start and tokens[scope - 1].lower in m["future_after_openers"]):
        return False
    pronoun = m["anaphora"].match_at(tokens, scope)
    if pronoun is None or pronoun[1] not in ("person", "plural", "it") or scope + pronoun[0] != start:
        return False
    word = tokens[start].lower
    if tokens[start - 1].lower in m["determiners"] or not word.isalpha() or word.endswith("ing") \
            or any(past_form(t, m) for t in tokens[scope:start + 1]):
        return False  # "after his visit": a possessive before a noun
    before = clause_start(tokens, scope - 1, lang)
    cue = max((e for _, e, status in m["cue_before"].finditer(tokens, before, scope - 1) if status in FUTURE_CUES),
              default=None)
    return cue is not None and not any(past_form(t, m) for t in tokens[cue:scope - 1])  # "would revive a
    # process that stalled after"
BREAKDOWN_GAP = 4  # words from a breakdown to the launch word after it ("exploded shortly after launch")


def broke_down(tokens: list[Token], start: int, trigger_end: int, stop: int, lang: Language) -> bool:
    """Does the sentence around a launch, from `start` to `stop` (the triggers before and after it), tell
    that what was launched broke down ("the rocket exploded shortly after launch", "launched a satellite on
    Tuesday, but it exploded in flight", "tetapi roketnya meledak": `breakdowns`)? Past the launch's own
    clause only a launched thing or a pronoun for it breaks down ("but a test of its engine exploded" is
    something else); a munition that explodes in a named place ("one exploded in Sderot") hit it, and an
    attack whose munitions explode never failed."""
    m = lang.matchers
    own_end = clause_end(tokens, trigger_end, lang, False)
    own_start = clause_start(tokens, trigger_end - 1, lang)
    for s, e, _ in m["breakdowns"].finditer(tokens, start, stop):
        if e + 1 < len(tokens) and tokens[e].lower in m["locatives"] and tokens[e + 1].text[:1].isupper():
            continue
        words = sum(1 for k in range(e, trigger_end) if tokens[k].text[:1].isalnum() and tokens[k - 1].text != "-")
        if e < trigger_end and s < own_start and words > BREAKDOWN_GAP:  # ("lift-off" is one word)
            continue  # "Hours after a car bomb exploded ..., North Korea fired": another clause's (but "the
            # rocket exploded shortly after launch")
        if e < len(tokens) and tokens[e].lower in m["goal_prepositions"] | {"into"}:
            continue  # "both crashed into the sea": they came down where they were aimed
        if s >= trigger_end and any(True for _ in m["other_event_before"].finditer(tokens, trigger_end, s)):
            continue  # "meluncurkan rudal pada Senin, beberapa hari setelah mesin rudal lain gagal menyala": another's
        if s < own_end or _breakdown_subject(tokens, s, m):
            return True
    return False


PART_REACH = 3  # words from a part of a rocket to its breakdown ("mesin tahap kedua gagal menyala"), and before it
# to a preposition ("a test of its engine")


def _breakdown_subject(tokens: list[Token], s: int, m: dict) -> bool:
    """Is the word before a breakdown (past an adverb) a launched thing, a pronoun for one or a part of one
    ("the rocket", "rockets", "roketnya", "it", "the second-stage engine": `launch_nouns`, `breakdown_pronouns`,
    `breakdown_parts`)?"""
    k = s - 1
    while k > 0 and tokens[k].lower in m["passive_inserts"]:
        k -= 1
    word = tokens[k].lower if k >= 0 else ""
    part = next((j for j in range(k, max(-1, k - PART_REACH), -1) if tokens[j].lower in m["breakdown_parts"]), None)
    if part is not None:  # "the second-stage engine", "mesin tahap kedua", not "a test of its engine"
        return not any(t.lower in m["prepositions"] for t in tokens[max(0, part - PART_REACH):k])
    return word in m["breakdown_pronouns"] or bool(m["launch_nouns"]) and word.startswith(m["launch_nouns"])


def _undone_after_contrast(tokens: list[Token], clause_stop: int, lang: Language) -> str | None:
    """"The meeting was planned for June, but later postponed", "sempat direncanakan pada Juni, tetapi
    kemudian diundur": a failure or cancellation right after "but" (past `contrast_fillers` such as
    "later", "was"), with no subject of its own, is the same event's; its status, or None.
    `clause_stop` is where the trigger's clause ends (`clause_end` after the trigger)."""
    m = lang.matchers
    k = clause_stop
    if k < len(tokens) and tokens[k].text == "," and k + 1 < len(tokens):
        k += 1
    if k >= len(tokens) or tokens[k].lower not in m["contrasts"]:
        return None
    j = k + 1
    while j < len(tokens) and tokens[j].lower in m["contrast_fillers"]:
        j += 1
    told = m["cue_after"].match_at(tokens, j)
    if told and told[1] == OUTCOME:
        return None  # "but failed to agree on a ceasefire": the meeting took place
    hit = m["undoings"].match_at(tokens, j)
    if not hit:
        return None
    e = j + hit[0]
    if e < len(tokens) and tokens[e].text.isalpha() and tokens[e].lower not in m["prepositions"] \
            and tokens[e].lower not in m["contrast_fillers"] and not _names_it_again(tokens, e, m):
        return None  # "but later postponed a trip to China": an undoing with an object of its own
    return hit[1]


def _names_it_again(tokens: list[Token], k: int, m: dict) -> bool:
    """Does the object at k name the event again ("cancelled the trip", "called it off", "membatalkannya")?"""
    word = tokens[k].lower
    if word in m["breakdown_pronouns"] or word in ("it", "them", "nya"):
        return True
    return word in m["determiners"] and word not in ("a", "an", "new") and k + 1 < len(tokens) \
        and m["event_nouns"].match_at(tokens, k + 1) is not None


FOR_REACH = 8  # words between "for" and "to" in "for the leaders of Russia and China to meet"


def infinitive_marker(tokens: list[Token], start: int, m: dict) -> int | None:
    """Where the infinitive marker of a trigger stands: the trigger's own first word ("to meet") or the
    word before it ("to visit"); None when neither is one."""
    for k in (start, start - 1):
        if 0 <= k < len(tokens) and tokens[k].lower in m["infinitive_markers"]:
            return k
    return None


def _for_infinitive(tokens: list[Token], start: int, m: dict) -> bool:
    """Is the trigger an infinitive whose doer "for" names ("a plan for Xi to visit Moscow", "paved the
    way for Putin and Trump to meet")? What is yet to be done is planned, unless a cue says more."""
    marker = infinitive_marker(tokens, start, m)
    if not m["infinitive_subject_markers"] or marker is None or marker < 2:
        return False
    for k in range(marker - 1, max(-1, marker - 1 - FOR_REACH), -1):
        word = tokens[k]
        if word.lower in m["infinitive_subject_markers"]:
            return k < marker - 1 and k > 0 and tokens[k - 1].lower in m["for_heads"] \
                and (tokens[k + 1].text[:1].isupper() or tokens[k + 1].lower in m["determiners"])
        if not (word.text[:1].isupper() or word.lower in m["coordinators"] or word.lower in m["determiners"]
                or word.text in (".", "'", "’", "-") or word.lower == "s"):
            return False
    return False


def directive_of(tokens: list[Token], scope: int, start: int, m: dict, dated: frozenset[int] = frozenset()) -> int | None:
    """Where the order or approval stands whose infinitive the trigger is, in its clause ("ordered its
    standby force to deploy to Benin", "approved a request from Tinubu to send troops", `directives`), or
    None. What is ordered is yet to be done: planned, unless a cue says more."""
    marker = infinitive_marker(tokens, start, m)
    if marker is None and m["bare_directives"]:  # "memerintahkan tentara menyerang Beirut": no "untuk"
        for k in range(start - 1, max(scope, start - 1 - BARE_DIRECTIVE_REACH) - 1, -1):
            if tokens[k].lower in m["bare_directives"]:
                return k
            if not (tokens[k].text.isalpha() and tokens[k].text.islower()):
                break
    if not m["directives"] or marker is None:
        return None
    k, words = marker - 1, 0
    while k >= scope and words < DIRECTIVE_REACH:
        word = tokens[k].lower
        if word in m["directives"]:
            return k
        if k in dated:  # "ordered the army on Monday to attack Kharkiv": a time told inside the order
            k -= 1
            continue
        words += 1
        if word in (",", ";") or word in m["relative_pronouns"] or word in m["coordinators"] \
                or word in m["prepositions"] and word not in m["object_prepositions"]:
            return None  # "Modi, who ordered the strikes, travelled to Paris to meet", "approved the sale and flew
            # to Kyiv to meet", "ordered troops to the border in response to attacks": the order is another's
        k -= 1
    return None


BARE_DIRECTIVE_REACH = 3  # lower-case words between an order with no infinitive marker and its deed ("memerintahkan
# pasukan khusus menyerang")
DIRECTIVE_REACH = 8  # words between an order and its infinitive ("approved a request from President Bola Tinubu to")


def ceased(tokens: list[Token], start: int, m: dict) -> int | None:
    """Where the verb stands that stops or undoes the trigger as its object, right before it or before
    its determiner ("stopped supplying", "lift the sanctions", "menghentikan pasokan", `cessations`),
    or None. Not further: "stopped in Goa to visit a frigate" is a stopover."""
    k = start - 1
    if k >= 0 and tokens[k].lower in m["determiners"]:
        k -= 1
    return k if k >= 0 and tokens[k].lower in m["cessations"] else None


CEASED_AFTER_REACH = 4  # words between a trigger noun and the passive that undoes it ("sanctions on Venezuela were eased")


def ceased_after(tokens: list[Token], end: int, m: dict) -> int | None:
    """Where a passive of `cessations` stands after the trigger, right after it ("ordered sanctions lifted on
    Syria") or a few words on in its clause ("Sanctions on Venezuela were eased on Monday", "the sanctions
    have been lifted": `passive_cessations`; "attacks were stopped" were repelled), or None. Only a passive
    that tells a fact (not "to be eased", "should be lifted": `passive_markers` other than "be")."""
    if end < len(tokens) and tokens[end].lower in m["passive_cessations"]:
        return end  # "ordered sanctions lifted on Syria", "US sanctions lifted on Syria as ..."
    for k in range(end, min(len(tokens) - 1, end + CEASED_AFTER_REACH + 1)):
        word = tokens[k].lower
        if tokens[k].text in (",", ";", ":") or word in m["object_stops"] and word not in m["prepositions"]:
            return None
        if word in m["passive_markers"] and word != "be" and tokens[k + 1].lower in m["passive_cessations"]:
            return k + 1
    return None


REACTION_REACH = 5  # words of a reaction's object before the event noun ("condemn North Korea's missile launch")


def reaction_before(tokens: list[Token], scope: int, start: int, m: dict) -> tuple[int, int] | None:
    """The span of the verb whose object the trigger is, when that verb reacts to an event that took place
    ("is trying to repel Russian attacks", "akan mengecam peluncuran rudal", `reactions`), or None. Only
    words of a noun phrase may stand between: "will respond by imposing sanctions" plans the sanctions."""
    for s, e, _ in m["reactions"].finditer(tokens, scope, start):
        between = tokens[e:start]
        if sum(word.text[:1].isalnum() for word in between) <= REACTION_REACH and not any(
                word.lower in m["object_stops"] or word.text in (",", ";", ":") for word in between):
            return s, e
    return None


def _governing_preposition(tokens: list[Token], start: int, m: dict) -> str | None:
    """The preposition that governs the trigger, past a determiner or an owner's name ("on his visit",
    "during his visit", "during Kim Jong Un's visit", "dalam lawatannya", "selama kunjungannya")."""
    k = start - 1
    if k >= 0 and tokens[k].lower in m["determiners"]:
        k -= 1
    elif k > 1 and tokens[k].lower == "s" and tokens[k - 1].text in ("'", "’"):
        k -= 2
        while k > 0 and tokens[k].text[:1].isupper():
            k -= 1
    word = tokens[k].lower if k >= 0 else None
    return word if word in m["prepositions"] or word in m["span_prepositions"] else None



def _past_commitment_at(tokens: list[Token], k: int, m: dict) -> bool:
    """Is the cue at k a commitment already made ("pledged", "agreed to", "sepakat": `made_commitments`),
    which plans what it commits to but not the occasion it was made on?"""
    return tokens[k].lower in m["made_commitments"]


def _next_event_clause(tokens: list[Token], end: int, event_words: frozenset[int], m: dict, noun: bool) -> int:
    """Where, after the trigger, an event word opens a clause of its own after "and"/"dan" (past a
    determiner): a cue after it is that event's ("the meeting ended in a shouting match and the signing
    of the deal was cancelled": the signing is cancelled, not the meeting)."""
    for k in sorted(w for w in event_words if w > end):
        j = k - 1
        if j > end and tokens[j].lower in m["determiners"]:
            j -= 1
        if j >= end and tokens[j].lower in m["coordinators"] and (
                not noun or any(t.text.isalpha() and t.text.islower() and t.lower not in m["prepositions"]
                                and t.lower not in m["coordinators"] and t.lower not in m["determiners"]
                                for t in tokens[end:j])):
            return j  # a noun trigger needs a word of its own before "and" ("Xi's visit to Moscow and the talks
    return len(tokens)  # with Putin were postponed" share the predicate; "the meeting ended ... and the signing")


NAME_REACH = 4  # words of a name that opens a clause of its own after "and" ("and Russia attacked")


def _own_past_predicate(tokens: list[Token], scope: int, start: int, m: dict) -> int:
    """Where the trigger's own clause starts when it is a past verb of its own after "and": "Xi was
    invited to Washington and met Trump" or "did not attend and sent his deputy" tell the meeting and the
    sending as facts, so a cue before "and" does not reach them. Not after an auxiliary the participles
    share ("will be produced and shipped": `participle_auxiliaries`), nor for a verb not in a past form
    ("wants to visit Moscow and meet Putin")."""
    word = tokens[start].text
    if not (word.islower() and word.isalpha() and (word.endswith("ed") or word in m["past_forms"])):
        return scope
    k = start - 1
    while k > scope and tokens[k].lower in m["passive_inserts"]:
        k -= 1  # "and then met", "and also sent"
    name = k
    while name > scope and tokens[name].text[:1].isupper() and tokens[name].text.isalpha() and start - name <= NAME_REACH:
        name -= 1  # "thwarted Russian sabotage and Russia attacked Kyiv": a subject of its own after "and"
    if name < k and name > scope and tokens[name].lower in m["coordinators"] and tokens[name - 1].text[:1].islower() \
            and not any(tokens[j].lower in m["participle_auxiliaries"] or tokens[j].lower in m["complementizers"]
                        for j in range(scope, name)):
        return name + 1
    if k <= scope or tokens[k].lower not in m["coordinators"] \
            or any(tokens[j].lower in m["participle_auxiliaries"] or tokens[j].lower in m["complementizers"]
                   for j in range(scope, k)):
        return scope  # "is believed to have travelled to Moscow and met Putin", "denied that he flew ... and met"
    return k + 1


def _told_as_a_report(tokens: list[Token], start: int, m: dict) -> bool:
    """Does a report opener ("reports that", "kabar bahwa") come before the trigger, so that "were
    false" after it calls the event false, and not something else ("promises of a ceasefire were false")?"""
    return any(True for _ in m["report_openers"].finditer(tokens, 0, start))


def _after_plain_report(tokens: list[Token], scope: int, start: int, m) -> int:
    """Where what was said begins, when a reporting verb that is no cue itself ("said", "mengatakan"; not
    "denied") stands between the scope's start and the trigger: a cue before it is the speaker's ("An
    official who asked not to be named said Prabowo will meet Xi", "Pejabat yang enggan disebutkan
    namanya mengatakan ...": planned, not cancelled). Not after a denial, whose object the report is
    ("denied reports that he had met ...")."""
    cues = [(s, e) for s, e, _ in m["cue_before"].finditer(tokens, scope, start)]
    for s, e, _ in m["source_before"].finditer(tokens, scope, start):
        if any(cue_start < s < cue_end for cue_start, cue_end in cues):
            continue  # the report is part of a cue: "dismissed as fabricated reports that ..."
        if e <= start and not m["cue_before"].match_at(tokens, s) and not any(
                status in ("denied", "negation") and s - end <= 1  # "denied reports that", "has not said that"
                for _, end, status in m["cue_before"].finditer(tokens, scope, s)):
            scope = e
    return scope


def split_commitments(tokens: list[Token], time_tokens: frozenset[int], m: dict) -> list[tuple[int, int, str]]:
    """Commitments split by a time phrase, as (first token, end, status) ("agreed on Saturday (Jan. 25)
    to work together", "pledged last week to send", "sepakat pada Sabtu (25/1) untuk"): read with the
    time phrases' tokens left out, and not before a thing agreed on ("agreed on Monday to a ceasefire");
    those read whole are no split ones."""
    if not time_tokens:
        return []
    kept = [k for k in range(len(tokens)) if k not in time_tokens]
    view = [tokens[k] for k in kept]
    return [(kept[s], kept[e - 1] + 1, status) for s, e, status in m["commitments"].finditer(view)
            if kept[e - 1] - kept[s] != e - 1 - s and (e >= len(view) or view[e].lower not in m["determiners"])]


def status_of(tokens: list[Token], start: int, end: int, lang: Language,
              parenthetical: frozenset[int] = frozenset(), other_triggers: frozenset[int] = frozenset(),
              event_words: frozenset[int] = frozenset(), time_tokens: frozenset[int] = frozenset()) -> str:
    """The factuality of a trigger at tokens[start:end]; `time_tokens` are those of time phrases, which
    may stand inside a commitment ("agreed on Saturday to work together": planned).

    >>> from kgraph.rules import load_language
    >>> from kgraph.text import tokenize
    >>> lang = load_language("id")
    >>> t = tokenize("Kim berharap Kremlin akan membalasnya")
    >>> status_of(t, 4, 5, lang)
    'hoped'
    >>> t = tokenize("Korea Utara gagal menembakkan roket")
    >>> status_of(t, 3, 4, lang)
    'failed'
    """
    m = lang.matchers
    scope = clause_start(tokens, start, lang, parenthetical if start not in parenthetical else frozenset())
    scope = _own_past_predicate(tokens, scope, start, m)
    scope = _after_plain_report(tokens, scope, start, m)
    found: list[tuple[int, str]] = []
    outside = start not in parenthetical  # a cue inside a relative clause is that clause's own
    certain = {k for s, e, _ in m["certainties"].finditer(tokens, scope, start) for k in range(s, e)}
    for s, e, status in m["cue_before"].finditer(tokens, scope, max(start, end - 1)):
        if s in certain:
            continue  # "no doubt that", "tidak diragukan": no doubt, no negation
        if s > 0 and tokens[s].text[:1].isupper() and tokens[s - 1].text not in SENTENCE_OPENERS:
            continue  # "in May", "Will Smith": a capitalised word inside a sentence is a name, not a cue
        if outside and s in parenthetical:
            continue  # "Putin and Xi, who signed a 'no limits' partnership, met again": met is no denial
        if s <= start < e < end and status == "cancelled":
            for k in range(s, start):  # the "will" of "will stop in"
                found.extend((k, cue) for _, cue in [hit for hit in m["cue_before"].all_at(tokens, k)
                                                     if k + hit[0] <= start][:1])
            continue  # the trigger's own act ("froze the assets of", "halted imports from", "lifted off",
            # "batal hadir di" of a rule that `negates`; "will stop in Mongolia": a stopover), not a cue about it
        if s == start < end - 1 and status == "hoped":
            continue  # a request that opens the trigger is the act itself ("called for help", "a call for help")
        if e <= max(start, end - 1):  # a cue inside the trigger counts, but not its head ("akan diserahkan")
            found.append((s, status))
    own_hope = any(tokens[j].lower in m["passive_markers"] for j in range(max(scope, start - 3), end)) and any(
        cue == "hoped" and k + length == end  # a hope received that ends with the trigger is its own: "was
        for k in range(max(scope, start - 2), start + 1)  # invited to the G7 summit" is hoped (not "appealed
        for length, cue in m["cue_before"].all_at(tokens, k))  # to the UN for aid", an appeal made)
    if own_hope:
        found.append((start, "hoped"))
    for s, e, status in m["commitments"].finditer(tokens, scope, max(start, end - 1)):
        if outside and s in parenthetical:
            continue
        if e < len(tokens) and tokens[e].lower not in m["determiners"]:  # "agreed to hold talks", not "agreed to a truce"
            found.append((s, status))
    if any(scope <= k < start for k in time_tokens):
        found.extend((s, status) for s, e, status in split_commitments(tokens, time_tokens, m)
                     if scope <= s and e <= max(start, end - 1) and not (outside and s in parenthetical))
    reaction = reaction_before(tokens, scope, start, m)
    if reaction is not None:  # "is trying to repel Russian attacks": the attempt is the repelling's
        found = [(s, status) for s, status in found if s > reaction[0]]
    preposition = _governing_preposition(tokens, start, m)
    if other_triggers and preposition:  # "did not meet Trump during his visit to Washington", "gagal bertemu
        found = [(s, status) for s, status in found  # Trump dalam lawatannya": the meeting's
                 if status not in UNDOING or not any(s < k < start for k in other_triggers)]
    if preposition in m["span_prepositions"] and not any(k >= end for k in time_tokens):
        found = [(s, status) for s, status in found  # a commitment made during a visit: the visit took place
                 if not _past_commitment_at(tokens, s, m)]  # ("pledged to boost cooperation during Kim's visit"),
        # unless the visit is dated on ("agreed to sign the deal during Putin's visit in December": to come)
    unplanned = any(status == DENIED_PLAN for _, status in found)  # "had no plans to meet", "tidak berencana"
    negated = unplanned or any(status == "negation" for _, status in found)
    found = [(s, "possible" if status == INDEFINITE else status) for s, status in found  # "will respond to
             if status != INDEFINITE or not negated]  # any attack": possible; "did not hold any talks": denied
    strong = [(RANK[status], pos, status) for pos, status in found if status in RANK]
    if strong:
        result = max(strong)[2]
    elif any(status == "planned" for _, status in found) or purpose_of_a_deal(tokens, scope, start, m):
        result = "planned"
    else:
        result = "occurred"
    conditional = any(status == "possible" and tokens[s].lower in m["conditions"]
                      and not (s > 0 and tokens[s - 1].lower in m["not_conditions"]) for s, status in found)
    if conditional:  # "would release hostages if Israel halted its strikes": the halt may come, no more
        return "possible"
    if (ceased(tokens, start, m) is not None or ceased_after(tokens, end, m) is not None) \
            and RANK.get(result, 0) <= RANK["cancelled"]:
        if negated:  # "will not lift the sanctions", "belum ada rencana untuk mencabut sanksi": they stay
            return "occurred"
        result = "cancelled"  # "stopped supplying weapons", "will lift the sanctions", "mencabut sanksi"
    if result == "occurred" and (_future_time_clause(tokens, scope, start, end, m) or _for_infinitive(tokens, start, m)
                                 or _future_after_clause(tokens, scope, start, lang)
                                 or directive_of(tokens, scope, start, m, time_tokens) is not None):
        result = "planned"
    if result in ("occurred", "possible") and _approved(tokens, scope, start, end, m) \
            or result == "occurred" and tokens[start].lower in m["planned_heads"]:  # "Biden pledged $7.9 billion in weapons"
        result = "planned"
    if result == "occurred" and not found and outside:
        shared = _shared_clause_status(tokens, scope, start, lang, parenthetical)
        if shared is not None:
            result = shared
    own_end = _next_event_clause(tokens, end, event_words | other_triggers, m, start in event_words)
    clause_stop = clause_end(tokens, end, lang)  # found once: a contrast after it is read below too
    after = next((hit for hit in m["cue_after"].finditer(tokens, end, min(own_end, clause_stop))
                  if hit[2] != OUTCOME and not (outside and hit[0] in parenthetical)  # "The visit, which had
                  # been cancelled twice before, will go ahead": the relative clause's own cue
                  and (hit[2] != "planned" or _scheduled_noun(tokens, start, end, hit[0], result, lang))
                  and (hit[2] not in (HEDGE, HOPE) or _scheduled_noun(tokens, start, end, hit[0],  # its predicate
                                                          "occurred" if result == "planned" else result, lang))
                  and (hit[2] != "denied" or _told_as_a_report(tokens, start, m))), None)
    if after is None:  # "launched a satellite on Monday, and the rocket exploded in flight": a failure still reaches,
        # and after an attempt to the sentence's end ("tried to launch a satellite, but the rocket exploded")
        reach = len(tokens) if any(True for _ in m["attempts"].finditer(tokens, scope, start)) \
            else clause_end(tokens, end, lang, False)
        after = next((hit for hit in m["cue_after"].finditer(tokens, end, reach) if hit[2] == "failed"), None)
    if (after is None or after[2] == "planned") and result in ("planned", "occurred", "hoped") and outside:
        undone = _undone_after_contrast(tokens, clause_stop, lang)  # "was planned for June, but later postponed"
        if undone is not None:
            return undone
    if after is not None and after[2] == "possible" and (
            result not in ("planned", "hoped")  # "sent aid on Monday and asked if more was needed": a fact
            or any(tokens[k].lower in m["relative_pronouns"] for k in range(end, after[0]))  # "a treaty that ... if"
            or after[0] > 0 and tokens[after[0] - 1].lower in m["not_conditions"]):  # "even if", "as if"
        after = None
    if after is not None and after[2] in (HEDGE, HOPE):  # "a meeting between Xi and Modi is unlikely this
        after = (after[0], after[1], "possible" if after[2] == HEDGE else "hoped")  # year", "diharapkan digelar"
    if after is not None and not (after[2] == "possible" and RANK.get(result, 0) > RANK["possible"]):
        result = after[2]  # a condition after the trigger ("ready to send rescuers if Rabat agreed") makes a plan possible
    if negated:
        if result == "hoped" and own_hope:
            return "denied"  # "was not invited to the summit": no invitation to hope on
        if unplanned and result in ("planned", "occurred"):
            return "denied"  # nothing was planned to be called off
        if result == "planned":
            return "cancelled"
        if result == "occurred":
            return "denied"
    return result
