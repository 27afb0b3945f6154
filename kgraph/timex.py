"""Find time expressions in a sentence and normalise them against the article date.

Patterns are assembled from the language's `time.toml` word lists; none has a nested quantifier.
A value is ISO 8601 at the precision the text gives: a day (2023-09-10), a month (2023-09), a year
(2023), or an interval "start/end". A month or day without a year takes the year that puts it on
the side of the article date the event's tense asks for (future for planned, past for occurred).
"""

from __future__ import annotations

import calendar
import datetime as _dt
import re
from dataclasses import dataclass, replace
from typing import Callable

from .errors import RuleError
from .model import TimeValue
from .safety import nested_quantifiers

FUTURE_STATUSES = frozenset({"planned", "hoped", "possible"})
PAST_STATUSES = frozenset({"occurred", "failed", "denied"})


@dataclass(frozen=True)
class TimeMention:
    """A time expression found in a sentence, not yet anchored (anchoring needs the tense)."""

    start: int
    end: int
    text: str
    kind: str  # date | month | year | range | weekday | relative | day
    parts: tuple  # kind-specific fields
    qualifier: str = ""
    group: int = -1  # mentions coordinated by "dan"/"and" share a group number


_WORD = re.compile(r"\w+")
_DIGIT = re.compile(r"\d")
# Letters that `re.IGNORECASE` takes for ASCII ones ("Auguſt" matches "august", "APRİL" "april")
# while str.lower() keeps them apart: the time words are matched in text where they are replaced
# (one character for one, so offsets hold), or a matched word would be missing from time.toml's tables.
_REGEX_CASE_FOLDS = str.maketrans({"İ": "I", "ı": "i", "ſ": "s", "\u212a": "K"})


def _as_matched(text: str) -> str:
    return text if text.isascii() else text.translate(_REGEX_CASE_FOLDS)


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


class TimeFinder:
    """Compiled time patterns of one language."""

    def __init__(self, words: dict):
        self.words = words
        # the longest name of each month: "July", "Agustus"; not "Jul", "Sept" or "Agt", which keep their stop
        self.full_months = frozenset(w for w, n in words["months"].items()
                                     if all(len(o) <= len(w) for o, m in words["months"].items() if m == n))
        months = _alternation(words["months"])
        # not a month inside a hyphenated name ("Mar-a-Lago"); "March-April", "Maret-awal April" stay months
        month = rf"(?P<month>(?:{months}))\b(?!-(?-i:[a-z]+)-)\.?"
        month2 = rf"(?P<month2>(?:{months}))\b(?!-(?-i:[a-z]+)-)\.?"
        qual = _alternation(words["qualifiers"])
        rel = _alternation(list(words["past"]) + list(words["future"]) + list(words["current"]))
        units = _alternation(words["units"])
        year_units = _alternation([w for w, unit in words["units"].items() if unit == "year"]) or "(?!)"
        weekdays = _alternation(words["weekdays"])
        week_units = _alternation([w for w, unit in words["units"].items() if unit == "week"]) or "(?!)"
        directed = _alternation(words.get("weekday_after", [])) or "(?!)"  # "Jumat lalu"; English has none
        days = _alternation(words["days"])
        after_previous = _alternation(words.get("after_previous", {})) or "(?!)"
        weeks_after = _alternation(words.get("weeks_after_previous", {})) or "(?!)"
        weekend = _alternation(words.get("weekend", [])) or "(?!)"
        numbers = _alternation(words.get("numbers", {})) or "(?!)"
        ago = _alternation(words.get("ago", [])) or "(?!)"
        ahead = _alternation(words.get("ahead", [])) or "(?!)"
        later = _alternation(list(words.get("later", [])) + list(words.get("before", []))) or "(?!)"
        seasons = _alternation(words.get("seasons", [])) or "(?!)"
        periods = _alternation(words.get("periods", {})) or "(?!)"
        nights = _alternation(words.get("nights", [])) or "(?!)"
        day_of_month = _alternation(words.get("day_of_month", [])) or "(?!)"
        rng = _alternation(words["range"])
        rng_start = _alternation(words["range_start"]) or "(?!)"
        month_word = _alternation(words["month_word"]) or "(?!)"
        year_word = _alternation(words["year_word"]) or "(?!)"
        year = r"(?P<year>(?:1[89]|20)\d\d)"
        year2 = r"(?P<year2>(?:1[89]|20)\d\d)"
        quarters = _alternation(words.get("quarters", {})) or "(?!)"
        year_of_words = _alternation(words.get("year_of", [])) or "(?!)"
        few = _alternation(words.get("few", [])) or "(?!)"
        following = _alternation(words.get("following", [])) or "(?!)"
        night_into = _alternation(words.get("night_into", [])) or "(?!)"
        and_words = _alternation(words["and"]) or "(?!)"
        # "from March to May", "between 2019 and 2021": "and" alone ("in May and August") is two times
        span = rf"(?:(?P<start>{rng_start})\s+)?"
        joint = rf"\s*(?:(?P<conj>{and_words})|(?:{rng}))\s*"
        # "27 Juli tahun lalu", "July 27 last year": the year is relative to the article's
        year_of = rf"(?:\s+(?:(?P<yearunit>{year_units})\s+(?P<post>{rel})|(?P<yrel>{rel})\s+(?:{year_units}))\b)?"
        m = re.IGNORECASE
        ordinals = _alternation(words.get("week_ordinals", {})) or "(?!)"
        weeks_of_month = [  # "the first week of December", "pekan pertama Desember": one pattern per wording
            ("week_of_month", re.compile(r"\b" + re.escape(t).replace("ORD", rf"(?P<ord>{ordinals})")
                                         .replace("MONTH", rf"{month}(?:,?\s+{year})?").replace(r"\ ", r"\s+") + r"(?!\w)", m))
            for t in words.get("week_of_month", [])]
        self.patterns = weeks_of_month + [
            ("slash", re.compile(
                r"\b(?P<d>\d{1,2})(?:/(?P<m>\d{1,2})/(?P<y>\d{4}|\d{2})|(?P<sep>[.-])(?P<m2>\d{1,2})(?P=sep)(?P<y2>\d{4}))\b")),
            ("iso", re.compile(r"\b(?P<y>\d{4})-(?P<m>\d\d)-(?P<d>\d\d)\b")),
            ("range_dmdm", re.compile(
                rf"\b{span}(?P<d1>\d{{1,2}})\s+{month}(?:,?\s+{year})?{joint}(?P<d2>\d{{1,2}})\s+{month2}"
                rf"(?:,?\s+{year2})?(?!\w)", m)),
            ("range_mdmd", re.compile(
                rf"\b{span}{month}\s+(?P<d1>\d{{1,2}})(?:,?\s+{year})?{joint}{month2}\s+(?P<d2>\d{{1,2}})"
                rf"(?:,?\s+{year2})?(?!\w)", m)),
            ("range_months", re.compile(  # "March-April 2024"; "late March to early April", "akhir Maret-awal April"
                rf"\b{span}(?:(?:{qual})\s+)?{month}(?:\s+{year})?{joint}(?:(?:{qual})\s+)?{month2}(?:\s+{year2})?\b", m)),
            ("range_years", re.compile(rf"\b{span}(?:(?:{year_word})\s+)?{year}{joint}{year2}\b", m)),
            ("range_weekdays", re.compile(
                rf"\b{span}(?:(?P<pre>{rel})\s+)?(?P<wd>{weekdays}){joint}(?P<wd2>{weekdays})\b", m)),
            ("month_following", re.compile(rf"\b(?:{following})\s+{month}(?!\s*\d)", m)),
            ("quarter", re.compile(
                rf"\b(?:(?P<pre>{rel})\s+)?(?P<quarter>{quarters})(?:\s+(?:(?:{year_of_words})\s+)?{year}\b"
                rf"|\s+(?:(?:{year_of_words})\s+)?(?P<yrel>{rel})\s+(?:{year_units})\b"  # "of next year"
                rf"|\s+(?:{year_units})\s+(?P<ypost>{rel})\b)?"  # "tahun lalu"
                rf"(?:\s+(?P<post>{rel})\b)?", m)),
            ("few", re.compile(
                rf"\b(?:(?P<lead>in|within|dalam)\s+)?(?:(?:the\s+)?(?P<pre>{rel})\s+)?(?:{few})\s+(?P<unit>{units})"
                rf"(?:\s+(?P<dir>{ago}|{ahead}|{later}|{rel}))?\b", m)),
            ("range_dm", re.compile(
                rf"\b(?:(?:{rng_start})\s+)?(?P<d1>\d{{1,2}})\s*(?:{rng})\s*(?P<d2>\d{{1,2}})\s+{month}(?:,?\s+{year})?\b", m)),
            ("range_md", re.compile(
                rf"\b(?:(?:{rng_start})\s+)?{month}\s+(?P<d1>\d{{1,2}})\s*(?:{rng})\s*(?P<d2>\d{{1,2}})(?:,?\s+{year})?\b", m)),
            ("dmy", re.compile(
                rf"\b(?:(?P<dwd>{weekdays}),?\s+(?P<paren>\()?)?(?P<d>\d{{1,2}})(?:(?:st|nd|rd|th)(?:\s+of)?)?\s+{month}(?:,?\s+{year})?\b{year_of}"
                rf"(?(paren)\))(?:\s+(?P<dpost>{rel})\b)?", m)),
            ("mdy", re.compile(rf"\b(?:(?P<dwd>{weekdays}),?\s+(?P<paren>\()?)?{month}\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+{year}\b)?{year_of}"
                               r"(?(paren)\))", m)),
            ("month", re.compile(
                rf"\b(?:(?P<qual>{qual})[\s-]+)?(?:(?P<pre>{rel})\s+)?(?:(?:{month_word})\s+)?{month}"
                rf"(?:\s+{year}\b)?(?:\s+(?P<yrel>{rel})\s+(?:{year_units})\b"
                rf"|\s+(?:(?P<yearunit>{year_units})\s+)?(?P<post>{rel})\b)?", m)),
            ("ago", re.compile(rf"\b(?P<n>\d{{1,2}}|{numbers})\s+(?P<unit>{units})\s+(?P<dir>{ago}|{ahead}|{later})\b", m)),
            ("in_n", re.compile(rf"\b(?:in|dalam)\s+(?:waktu\s+)?(?P<n>\d{{1,2}}|{numbers})\s+(?P<unit>{units})\b", m)),
            ("weekend", re.compile(rf"\b(?:(?P<pre>{rel})\s+)?(?:{weekend})(?:\s+(?P<post>{rel}))?\b", m)),
            ("season", re.compile(
                rf"\b(?:(?P<pre>{rel})\s+)?(?P<season>{seasons})(?:\s+(?:(?:{year_of_words})\s+)?{year}\b)?"
                rf"(?:\s+(?P<post>{rel}))?\b", m)),
            ("weeks_after_previous", re.compile(rf"\b(?P<word>{weeks_after})\b", m)),
            ("period", re.compile(rf"(?<![\w-])(?P<word>{periods})(?![\w-])", m)),
            ("relative", re.compile(
                rf"\b(?:(?P<qual>{qual})\s+)?(?:(?P<pre>{rel})\s+)?(?P<unit>{units})(?:\s+(?P<post>{rel}))?\b", m)),
            ("weekday", re.compile(  # "last Friday", "Jumat (14/6)"; after it "Jumat lalu", "Jumat pekan depan"
                rf"\b(?:(?P<pre>{rel})\s+)?(?P<wd>{weekdays})\b(?:\s*\((?P<d>\d{{1,2}})/(?P<m>\d{{1,2}})(?:/(?P<y>\d{{2,4}}))?\))?"
                rf"(?:\s+(?:(?P<wunit>{week_units})\s+(?P<wpost>{rel})|(?P<wpre>{rel})\s+(?:{week_units})"
                rf"|(?P<post>{directed}))\b)?", m)),
            ("day", re.compile(rf"\b(?P<word>{days})\b", m)),
            ("night_into", re.compile(rf"\b(?:{nights})\s+(?:{night_into})\s+(?P<wd>{weekdays})\b", m)),
            ("night", re.compile(rf"\b(?P<word>{nights})\b", m)),
            ("day_of_month", re.compile(  # not "the 3rd of March", which is a date
                rf"\b(?:{day_of_month})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)\b(?!\s+of\s)", m)),
            ("after_previous", re.compile(rf"\b(?P<word>{after_previous})\b", m)),
            ("year", re.compile(rf"\b(?:(?P<qual>{qual})\s+)?(?:(?:{year_word})\s+)?{year}\b(?![-/.]\d)", m)),
        ]
        # "a two-day summit", "selama tiga hari": how many days an event lasts, from its first day
        lasting = [re.escape(t).replace("N", rf"(?P<n{i}>\d{{1,2}}|{numbers})") for i, t in enumerate(words.get("lasting", []))]
        # "two-day summit": a modifier before its noun; "KTT selama dua hari": after its event
        self.lasting_forward = tuple(t.startswith("N") for t in words.get("lasting", []))
        ends = _alternation(words.get("lasting_ends", []))  # whole words: not "spending", "terakhir"
        self.lasting_ends = re.compile(rf"\b(?:{ends})\b", re.IGNORECASE) if ends else None
        self.lasting_pattern = re.compile(rf"\b(?:{'|'.join(lasting)})\b", re.IGNORECASE) if lasting else None
        self.lasting_anchors = frozenset(max(_WORD.findall(t.replace("N", " ").lower()), key=len)
                                         for t in words.get("lasting", []))
        self.and_words = {w.lower() for w in words["and"]}
        anchors = self._anchors(words)
        # pattern positions by anchor word, and those a digit alone lets in: a sentence tries only
        # the patterns its words name, in pattern order
        self._by_word: dict[str, list[int]] = {}
        self._by_digit_word: dict[str, list[int]] = {}
        self._by_digit: list[int] = []
        for n, (kind, _) in enumerate(self.patterns):
            needs_digit, anchor_words = anchors[kind]
            if needs_digit and not anchor_words:
                self._by_digit.append(n)
            for word in anchor_words:  # a pattern whose word list is empty is never tried
                (self._by_digit_word if needs_digit else self._by_word).setdefault(word, []).append(n)
        self._anchor_words = frozenset(self._by_word) | frozenset(self._by_digit_word)
        # pattern position → further word sets each of which a match holds a word of ("a few days" a
        # word of `few` besides its unit): a sentence lacking one skips the pattern
        also = self._also_needed(words)
        self._also_by_pattern = {n: also[kind] for n, (kind, _) in enumerate(self.patterns) if also.get(kind)}
        checked = self.patterns + ([("lasting", self.lasting_pattern)] if self.lasting_pattern else [])
        for kind, pattern in checked:  # built from data: checked like the rest of kgraph's patterns
            if nested_quantifiers(pattern):
                raise RuleError(f"time pattern {kind!r} nests quantifiers (catastrophic backtracking); "
                                "check the words of time.toml")

    @staticmethod
    def _anchors(words: dict) -> dict[str, tuple[bool, frozenset[str]]]:
        """For each pattern, what any match contains: (whether a digit, words one of which; none: no
        word needed), so a sentence without them skips the pattern: most sentences hold no time."""
        def one_word_each(phrases) -> frozenset[str]:
            return frozenset(max(_WORD.findall(p.lower()), key=len) for p in phrases if _WORD.search(p))

        def one_late_word_each(phrases) -> frozenset[str]:
            # any word of a phrase will do: of the longest, the last ("eve" of "on the eve of", "sama" of "pada
            # hari yang sama"), not an opening "the", "that" or "pada" that most sentences hold
            return frozenset(max(reversed(_WORD.findall(p.lower())), key=len) for p in phrases if _WORD.search(p))
        units = one_word_each(words["units"])
        months = one_word_each(words["months"])
        digit, day_and_month = (True, frozenset()), (True, months)
        anchors = {
            "slash": digit, "iso": digit, "range_years": digit, "year": digit, "day_of_month": digit,
            "range_dmdm": day_and_month, "range_mdmd": day_and_month, "range_dm": day_and_month,
            "range_md": day_and_month, "dmy": day_and_month, "mdy": day_and_month,
            "range_months": months, "range_weekdays": one_word_each(words["weekdays"]),
            "quarter": one_word_each(words.get("quarters", {})),
            "few": units, "month_following": months,
            "month": months, "ago": units, "in_n": units, "relative": units,
            "weekend": one_word_each(words.get("weekend", [])), "season": one_word_each(words.get("seasons", [])),
            "weeks_after_previous": one_late_word_each(words.get("weeks_after_previous", {})),
            "period": one_word_each(words.get("periods", {})), "weekday": one_word_each(words["weekdays"]),
            "day": one_word_each(words["days"]), "after_previous": one_late_word_each(words.get("after_previous", {})),
            "night": one_word_each(words.get("nights", [])),
            "night_into": one_word_each(words.get("nights", [])),
            "week_of_month": one_word_each(words.get("week_ordinals", {})),
        }
        return {kind: found if isinstance(found, tuple) else (False, found) for kind, found in anchors.items()}

    @staticmethod
    def _also_needed(words: dict) -> dict[str, tuple[frozenset[str], ...]]:
        """For the patterns with more than one word they cannot match without, the sets besides their
        anchor of which a match holds a word: the "few" words of "a few days", the direction of "two
        days ago", the "in" of "in two weeks", the month of "the first week of May". A list with a
        phrase of no word character (which no word of the sentence tells) asks for nothing."""
        def needed(phrases) -> frozenset[str] | None:
            phrases = list(phrases)
            if not all(_WORD.search(p) for p in phrases):
                return None
            return frozenset(max(_WORD.findall(p.lower()), key=len) for p in phrases)

        months = needed(words["months"])
        also = {
            "few": (needed(words.get("few", [])),),
            "ago": (needed([*words.get("ago", []), *words.get("ahead", []), *words.get("later", []),
                            *words.get("before", [])]),),
            "in_n": (frozenset({"in", "dalam"}),),
            "week_of_month": (months if all("MONTH" in t for t in words.get("week_of_month", [])) else None,),
        }
        return {kind: tuple(s for s in sets if s is not None) for kind, sets in also.items()}

    def _kind_ok(self, kind: str, match: re.Match) -> bool:
        """Reject matches that are only words without a time anchor ("this", "bulan" alone), and a
        year that ends a hyphenated name ("the Ocean-2024 drills", "latihan Vostok-2022"; not "mid-2024")."""
        if kind == "year" and match.start() > 1 and match.string[match.start() - 1] == "-":
            head = _WORD.findall(match.string[max(0, match.start() - 40):match.start() - 1])
            if head and match.string[match.start() - 2].isalpha() and head[-1][0].isupper() \
                    and head[-1].lower() not in self.words["qualifiers"]:
                return False
        if kind == "month_following":
            return match.group("month")[0].isupper()
        if kind in ("range_dmdm", "range_mdmd", "range_months", "range_years", "range_weekdays"):
            if kind == "range_weekdays":  # "from Tuesday to Thursday"; "on Monday and Tuesday" (next days only)
                first, second = (self.words["weekdays"][match.group(g).lower()] for g in ("wd", "wd2"))
                if match.group("conj") and not match.group("start") and (second - first) % 7 != 1:
                    return False
                return match.group("wd")[0].isupper() and match.group("wd2")[0].isupper()
            if match.group("conj") and not match.group("start"):
                return False  # "in May and August": two times, each its own
            if kind != "range_years" and not (match.group("month")[0].isupper() and match.group("month2")[0].isupper()):
                return False
            return True
        if kind == "quarter":  # "kuartal kedua", "Q3": a quarter needs no other word
            return True
        if kind in ("weekend", "season"):
            return bool(match.group("pre") or match.group("post") or (kind != "weekend" and match.group("year")))
        if kind == "few":
            return bool(match.group("lead") or match.group("pre") or match.group("dir"))
        if kind == "relative":
            pre = (match.group("pre") or "").lower()
            if pre == "the":  # "the end of the year" needs its qualifier; "later in the day" is the day
                return bool(match.group("qual")) and self.words["units"][match.group("unit").lower()] != "day"  # told of
            return bool(pre or match.group("post"))
        if kind == "month" and (match.group("pre") or "").lower() == "the" and not match.group("qual"):
            return False  # "the April 22 attack": "the" belongs to the date, not to the month
        if kind in ("month", "dmy", "mdy", "range_dm", "range_md"):
            word = match.group("month")
            return word[0].isupper()  # "may" the verb is not May the month
        if kind == "weekday":
            if match.group("post") and match.group("wd").lower() in self.words["units"]:
                return False  # "Minggu depan" is next week (minggu: Sunday and week), not next Sunday
            return match.group("wd")[0].isupper() or bool(match.group("pre"))
        return True

    def find(self, text: str) -> list[TimeMention]:
        """All time expressions in `text`, longest first, without overlaps, in text order."""
        original, text = text, _as_matched(text)
        found: list[tuple[int, int, str, re.Match]] = []
        sentence_words = set(_WORD.findall(text.lower()))
        present = self._anchor_words.intersection(sentence_words)
        tried: set[int] = set()
        for word in present:
            tried.update(self._by_word.get(word, ()))
        if _DIGIT.search(text) is not None:
            tried.update(self._by_digit)
            for word in present:
                tried.update(self._by_digit_word.get(word, ()))
        also = self._also_by_pattern
        for n in sorted(tried):
            if n in also and any(needed.isdisjoint(sentence_words) for needed in also[n]):
                continue
            kind, pattern = self.patterns[n]
            for match in pattern.finditer(text):
                if match.end() > match.start() and self._kind_ok(kind, match):
                    found.append((match.start(), match.end(), kind, match))
        found.sort(key=lambda f: (f[0], -(f[1] - f[0])))
        chosen: list[tuple[int, int, str, re.Match]] = []
        for item in found:
            if all(item[0] >= c[1] or item[1] <= c[0] for c in chosen):
                chosen.append(item)
        chosen.sort(key=lambda c: c[0])
        mentions = [self._mention(kind, match) for _, _, kind, match in chosen]
        mentions = [self._without_full_stop(m) for m in self._share_modifiers(text, [m for m in mentions if m])]
        if text != original:  # the phrases as written
            mentions = [replace(m, text=original[m.start:m.end]) if m.text == text[m.start:m.end] else m
                        for m in mentions]
        return mentions

    def _without_full_stop(self, mention: TimeMention) -> TimeMention:
        """"in July." ends its sentence: the stop belongs to an abbreviation ("Sept.") only."""
        if not mention.text.endswith(".") or mention.text[:-1].rsplit(None, 1)[-1].lower() not in self.full_months:
            return mention
        return replace(mention, end=mention.end - 1, text=mention.text[:-1])

    def lasting(self, text: str) -> list[tuple[int, int, int, bool]]:
        """(start, end, number of days, whether it comes before its event's noun) of each "two-day" /
        "selama dua hari" in `text`; the number is negative when the event ends on its day ("wrapped
        up a two-day visit", `lasting_ends`).

        >>> from kgraph.rules import load_language
        >>> TimeFinder(load_language("en").time).lasting("a two-day summit and a 3-day visit")
        [(2, 9, 2, True), (23, 28, 3, True)]
        """
        text = _as_matched(text)
        if self.lasting_pattern is None or self.lasting_anchors.isdisjoint(_WORD.findall(text.lower())):
            return []
        out = []
        for match in self.lasting_pattern.finditer(text):
            name, count = next((k, v) for k, v in match.groupdict().items() if v)
            days = int(count) if count.isdigit() else self.words["numbers"][count.lower()]
            before = text[max(0, match.start() - ENDING_REACH):match.start()]
            if self.lasting_ends is not None and self.lasting_ends.search(before):
                days = -days  # "wrapped up a two-day visit" on Tuesday: the visit ends that day
            if abs(days) > 1:
                out.append((match.start(), match.end(), days, self.lasting_forward[int(name[1:])]))
        return out

    def _share_modifiers(self, text: str, mentions: list[TimeMention]) -> list[TimeMention]:
        """Join "Mei dan Agustus lalu" / "May and August": one group, the direction shared by both."""
        out = list(mentions)
        for i in range(len(out) - 1):
            left, right = out[i], out[i + 1]
            between = text[left.end:right.start].strip().lower()
            if left.kind == right.kind == "month" and between in self.and_words:
                month, year, pre, post = left.parts
                r_month, r_year, r_pre, r_post = right.parts
                group = left.group if left.group >= 0 else i
                out[i] = replace(left, parts=(month, year or r_year, pre or r_pre, post or r_post), group=group)
                out[i + 1] = replace(right, parts=(r_month, r_year or year, r_pre or pre, r_post or post), group=group)
        return out

    def _month_number(self, word: str) -> int:
        return self.words["months"][word.lower().rstrip(".")]

    def _pre_or_post(self, g: dict) -> int | None:
        """The direction of a unit's relative word: the one after it ("pekan depan"), unless that one
        only points at the current unit and a word before it says more ("next week the parade")."""
        post = self._direction(g.get("post")) if g.get("post") else None
        return post if post or not g.get("pre") else self._direction(g.get("pre"))

    SUPERLATIVE_REACH = 4  # words between "first" and "in 24 years" ("his first state visit in 24 years")

    def _after_superlative(self, match: re.Match, reach: int = SUPERLATIVE_REACH) -> bool:
        """Does a word of `superlatives` ("first", "largest") stand a few words before this "in N
        years", with no comma between ("the first in 24 years", "pertama dalam lima tahun")?"""
        before = match.string[:match.start()].rsplit(",", 1)[-1].lower().split()[-reach:]
        return bool(set(before) & set(self.words.get("superlatives", [])))

    def _direction(self, word: str | None) -> int | None:
        if not word:
            return None
        word = word.lower()
        if word in self.words["past"]:
            return -1
        if word in self.words["future"]:
            return 1
        return 0

    def _mention(self, kind: str, match: re.Match) -> TimeMention | None:
        g = match.groupdict()
        text = match.group(0)
        qualifier = self.words["qualifiers"].get((g.get("qual") or "").lower(), "")
        if kind in ("slash", "iso"):
            raw_year = g.get("y") or g["y2"]
            year = int(raw_year) + (2000 if len(raw_year) == 2 else 0)
            day, month = int(g["d"]), int(g.get("m") or g["m2"])
            if kind == "slash" and month > 12 >= day:  # "9/27/2023": only the month-first reading is a date
                day, month = month, day
            return TimeMention(match.start(), match.end(), text, "date", (year, month, day))
        if kind in ("range_dmdm", "range_mdmd"):
            year, year2 = (int(g[k]) if g.get(k) else None for k in ("year", "year2"))
            return TimeMention(match.start(), match.end(), text, "range_across",
                               (year, self._month_number(g["month"]), int(g["d1"]),
                                year2, self._month_number(g["month2"]), int(g["d2"])))
        if kind == "range_months":
            year, year2 = (int(g[k]) if g.get(k) else None for k in ("year", "year2"))
            return TimeMention(match.start(), match.end(), text, "month_range",
                               (self._month_number(g["month"]), year, self._month_number(g["month2"]), year2))
        if kind == "week_of_month":  # "the first week of December": days 1-7 of it ("last": its final seven)
            year = int(g["year"]) if g.get("year") else None
            return TimeMention(match.start(), match.end(), text, "week_of_month",
                               (self.words["week_ordinals"][g["ord"].lower()], self._month_number(g["month"]), year))
        if kind == "range_weekdays":  # "from Tuesday to Thursday": from the first, to the next such second day
            return TimeMention(match.start(), match.end(), text, "weekday_range",
                               (self.words["weekdays"][g["wd"].lower()], self.words["weekdays"][g["wd2"].lower()],
                                self._direction(g.get("pre"))))
        if kind == "month_following":  # "the following June": the first June after the time spoken of
            return TimeMention(match.start(), match.end(), text, "after_previous", (self._month_number(g["month"]), "month"))
        if kind == "range_years":
            first, last = int(g["year"]), int(g["year2"])
            return TimeMention(match.start(), match.end(), text, "year_range", (first, last)) if first < last else None
        if kind == "quarter":
            year = int(g["year"]) if g.get("year") else None
            relative_year = g.get("yrel") or g.get("ypost")  # "the third quarter of last year": a year shift
            direction = self._direction(relative_year or g.get("post") or g.get("pre"))
            return TimeMention(match.start(), match.end(), text, "quarter",
                               (self.words["quarters"][g["quarter"].lower()], year, direction or 0))
        if kind == "few":  # "a few days ago", "beberapa pekan ke depan", "the past few weeks": vague counts
            unit = self.words["units"][g["unit"].lower()]
            if (g.get("dir") or "").lower() in self.words.get("later", []) + self.words.get("before", []):
                return None  # "a few days later": counted from a day spoken of, not from the article date
            sign = 0
            for word in (g.get("dir"), g.get("pre")):
                if sign == 0 and word:
                    lowered = word.lower()
                    sign = (-1 if lowered in self.words["ago"] or lowered in self.words["past"]
                            else 1 if lowered in self.words["future"] or lowered in self.words.get("ahead", [])
                            else 0)
            sign = sign or (1 if g.get("lead") else 0)  # "within a few days", "in a few weeks"
            return TimeMention(match.start(), match.end(), text, "few", (unit, sign)) if sign else None
        if kind in ("range_dm", "range_md"):
            year = int(g["year"]) if g.get("year") else None
            return TimeMention(match.start(), match.end(), text, "range",
                               (year, self._month_number(g["month"]), int(g["d1"]), int(g["d2"])))
        if kind in ("dmy", "mdy"):
            year = int(g["year"]) if g.get("year") else None
            relative = self._direction(g.get("post") or g.get("yrel"))
            if year is None and relative is not None:
                return TimeMention(match.start(), match.end(), text, "date_of_year",
                                   (self._month_number(g["month"]), int(g["d"]), relative))
            weekday = self.words["weekdays"][g["dwd"].lower()] if g.get("dwd") else None
            toward = self._direction(g.get("dpost")) if year is None else None  # "20 April mendatang"
            return TimeMention(match.start(), match.end(), text, "date",
                               (year, self._month_number(g["month"]), int(g["d"]), weekday)
                               + ((toward,) if toward is not None else ()))
        if kind == "month":
            year = int(g["year"]) if g.get("year") else None
            if g.get("yearunit") or g.get("yrel"):  # "Agustus tahun lalu", "July last year": a relative year
                return TimeMention(match.start(), match.end(), text, "month_of_year",
                                   (self._month_number(g["month"]), self._direction(g.get("post") or g.get("yrel")) or 0),
                                   qualifier)
            return TimeMention(match.start(), match.end(), text, "month",
                               (self._month_number(g["month"]), year, self._direction(g.get("pre")),
                                self._direction(g.get("post"))), qualifier)
        if kind == "relative":
            unit = self.words["units"][g["unit"].lower()]
            if unit in ("fortnight", "decade"):  # "the past fortnight" is no calendar unit: no date
                return None
            direction = self._pre_or_post(g)
            if direction and g["unit"].lower() in self.words.get("plural_units", []):  # "in the coming weeks"
                return TimeMention(match.start(), match.end(), text, "few", (unit, direction))
            return TimeMention(match.start(), match.end(), text, "relative", (unit, direction or 0), qualifier)
        if kind == "weekday":
            if g.get("d"):
                year = g.get("y")
                year = (int(year) + (2000 if len(year) == 2 else 0)) if year else None
                return TimeMention(match.start(), match.end(), text, "date",
                                   (year, int(g["m"]), int(g["d"]), self.words["weekdays"][g["wd"].lower()]))
            weekday = self.words["weekdays"][g["wd"].lower()]
            if g.get("wpost") or g.get("wpre"):  # "Jumat pekan lalu", "Friday next week": that day of that week
                return TimeMention(match.start(), match.end(), text, "weekday_of_week",
                                   (weekday, self._direction(g.get("wpost") or g.get("wpre")) or 0))
            return TimeMention(match.start(), match.end(), text, "weekday",
                               (weekday, self._direction(g.get("pre")) or self._direction(g.get("post"))))
        if kind == "day":
            return TimeMention(match.start(), match.end(), text, "day", (self.words["days"][g["word"].lower()],))
        if kind == "night_into":  # "overnight into Wednesday": the night that ends on that day
            return TimeMention(match.start(), match.end(), text, "night_into", (self.words["weekdays"][g["wd"].lower()],))
        if kind == "night":  # "overnight", "semalam": the night that ends on the article date
            return TimeMention(match.start(), match.end(), text, "night", ())
        if kind == "day_of_month":  # "on the 15th": a day of this month, or of the month before or after
            return TimeMention(match.start(), match.end(), text, "day_of_month", (int(g["d"]),))
        if kind in ("ago", "in_n"):
            count = int(g["n"]) if g["n"].isdigit() else self.words["numbers"][g["n"].lower()]
            unit = self.words["units"][g["unit"].lower()]
            if unit == "fortnight":  # "a fortnight ago": two weeks
                unit, count = "week", count * 2
            elif unit == "decade":  # "a decade ago": ten years
                unit, count = "year", count * 10
            direction = (g.get("dir") or "").lower()
            before = direction in self.words.get("before", [])
            if (before or direction in self.words.get("later", [])) and unit not in ("day", "week"):
                if direction in self.words.get("counted_adverbs", []):  # "a year earlier": from the time spoken of
                    return TimeMention(match.start(), match.end(), text, "after_previous",
                                       (count * (-1 if before else 1), unit + "s"))
                return None  # "three years before the election": from that, not from the article date
            if (before or direction in self.words.get("later", [])) and unit in ("day", "week"):
                days = count * (7 if unit == "week" else 1) * (-1 if before else 1)  # "three days later", "two days before"
                return TimeMention(match.start(), match.end(), text, "after_previous", (days,))
            sign = -1 if kind == "ago" and g["dir"].lower() in self.words["ago"] else 1
            if sign > 0 and self._after_superlative(match):  # "the first in 24 years": how long, not when
                return None
            return TimeMention(match.start(), match.end(), text, "offset", (unit, sign * count))
        if kind in ("weekend", "season"):
            direction = self._pre_or_post(g)
            if kind == "season":
                if g.get("year"):  # "the spring of 2021", "musim panas 2022"
                    return TimeMention(match.start(), match.end(), text, "year", (int(g["year"]),))
                seasons = {w.lower(): month for w, month in self.words["seasons"].items()}
                return TimeMention(match.start(), match.end(), text, kind,
                                   (direction or 0, seasons[g["season"].lower()]))
            return TimeMention(match.start(), match.end(), text, kind, (direction or 0,))
        if kind == "after_previous":
            return TimeMention(match.start(), match.end(), text, "after_previous",
                               (self.words["after_previous"][g["word"].lower()],))
        if kind == "weeks_after_previous":  # "the following week": a week after the one just spoken of
            return TimeMention(match.start(), match.end(), text, "after_previous",
                               (self.words["weeks_after_previous"][g["word"].lower()], "week"))
        if kind == "period":  # "year-end", "the week before last": a unit, shifted, or a part of it
            unit, period_qualifier, shift = parse_period(self.words["periods"][g["word"].lower()])
            return TimeMention(match.start(), match.end(), text, "relative", (unit, shift), period_qualifier)
        if kind == "year":
            if text.split()[0].lower() in self.words.get("since", []) and self._after_superlative(match, SINCE_REACH):
                return None  # "his first trip to the country since 2019": the one before, not this one
            return TimeMention(match.start(), match.end(), text, "year", (int(g["year"]),), qualifier)
        return None


SINCE_REACH = 8  # words between "first" and "since 2019" ("the first visit by a Chinese leader since 2015")
ENDING_REACH = 20  # characters between "wrapped up" and the "two-day" it ends


def parse_period(value: str) -> tuple[str, str, int]:
    """A period's "UNIT [QUALIFIER] [SHIFT]": ("year", "late", 0) for "year late", ("week", "", -2) for
    "week -2".

    >>> parse_period("week -2"), parse_period("year late")
    (('week', '', -2), ('year', 'late', 0))
    """
    unit, *rest = value.split()
    qualifier, shift = "", 0
    for word in rest:
        if word.lstrip("+-").isdigit():
            shift = int(word)
        else:
            qualifier = word
    return unit, qualifier, shift


FEW = (1, 7)  # "a few", "the coming": up to seven of the unit (from the next day, or month, or year)


def _month_add(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def _month_days(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def _monday(day: _dt.date, weeks: int = 0) -> _dt.date:
    """The Monday of the week `weeks` weeks from the week of `day`."""
    return day - _dt.timedelta(days=day.weekday()) + _dt.timedelta(weeks=weeks)


def _months_or_years_on(anchor: _dt.date, unit: str, count: int) -> str:
    """The month ("2023-11") or year ("2024") `count` months or years from the anchor's."""
    if unit == "month":
        year, month = _month_add(anchor.year, anchor.month, count)
        return f"{year:04d}-{month:02d}"
    return f"{anchor.year + count:04d}"


def _pick_year(anchor: _dt.date, month: int, day: int | None, tense: int) -> int:
    """The year for a month (and day) without one: past tense → on or before the anchor, etc."""
    def key(y):
        return (y, month, day or 0)
    here = (anchor.year, anchor.month, anchor.day if day else 0)
    if tense < 0:
        return anchor.year if key(anchor.year) <= here else anchor.year - 1
    if tense > 0:
        return anchor.year if key(anchor.year) >= here else anchor.year + 1
    candidates = [anchor.year - 1, anchor.year, anchor.year + 1]
    return min(candidates, key=lambda y: abs((y - anchor.year) * 12 + month - anchor.month))


def _year_near(anchor: _dt.date | None, month: int, day: int | None, tense: int) -> int | None:
    """The year of a month (and day) written without one, from the anchor; None without an anchor."""
    return _pick_year(anchor, month, day, tense) if anchor is not None else None


def _year_of_weekday(anchor: _dt.date, month: int, day: int, weekday: int) -> int | None:
    """The one year next to the anchor's in which the day falls on the weekday written with it
    ("Senin (7/4)" in an article of April 2025 is 2025, whatever the tense), or None.

    >>> _year_of_weekday(_dt.date(2025, 4, 4), 4, 7, 0), _year_of_weekday(_dt.date(2025, 4, 4), 2, 28, 4)
    (2025, 2025)
    """
    fits = [y for y in (anchor.year - 1, anchor.year, anchor.year + 1)
            if (date := _valid_date(y, month, day)) is not None and date.weekday() == weekday]
    return fits[0] if len(fits) == 1 else None


def _valid_date(year: int, month: int, day: int) -> _dt.date | None:
    try:
        return _dt.date(year, month, day)
    except ValueError:
        return None


def shift_days(day: _dt.date, days: int) -> _dt.date | None:
    """The day `days` days after `day` (before it, when negative); None past the calendar's ends.

    >>> shift_days(_dt.date(2023, 12, 31), 1), shift_days(_dt.date(9999, 12, 31), 1)
    (datetime.date(2024, 1, 1), None)
    """
    try:
        return day + _dt.timedelta(days=days)
    except OverflowError:
        return None


def _on_calendar(value: str) -> bool:
    """Whether every year of an ISO value ("2023-09-10", "2023/2024") is one a date can hold (1 to 9999)."""
    return all(len(year) == 4 and year.isdigit() and year != "0000"
               for year in (part.split("-")[0] for part in value.split("/")))


def _time_value(mention: TimeMention, value_of: Callable[[], str | None]) -> TimeValue | None:
    """The mention's value as `value_of` computes it; None when it has none or it falls off the
    calendar (before year 1 or after 9999: "next week" said on 9999-12-31), which no date can hold."""
    try:
        value = value_of()
    except OverflowError:  # a date plus or minus days beyond the calendar's ends
        return None
    if value is None or not _on_calendar(value):
        return None
    return TimeValue(value, mention.text, mention.qualifier)


def resolve_after(mention: TimeMention, previous: _dt.date | None) -> TimeValue | None:
    """"Keesokan harinya", "hours later": days after the day the text spoke of just before."""
    if previous is None:
        return None
    return _time_value(mention, lambda: _value_after(mention, previous))


def _value_after(mention: TimeMention, previous: _dt.date) -> str:
    if mention.parts[1:] == ("month",):
        month = mention.parts[0]
        year = previous.year + (1 if month <= previous.month else 0)
        return f"{year:04d}-{month:02d}"
    if mention.parts[1:] == ("years",):  # "a year earlier"
        return f"{previous.year + mention.parts[0]:04d}"
    if mention.parts[1:] == ("months",):  # "two months later"
        year, month = _month_add(previous.year, previous.month, mention.parts[0])
        return f"{year:04d}-{month:02d}"
    if mention.parts[1:] == ("week",):
        monday = _monday(previous, mention.parts[0])
        return f"{monday.isoformat()}/{(monday + _dt.timedelta(days=6)).isoformat()}"
    return (previous + _dt.timedelta(days=mention.parts[0])).isoformat()


def resolve(mention: TimeMention, anchor: _dt.date | None, status: str) -> TimeValue | None:
    """Anchor a time mention to an ISO value; None when it cannot be anchored.

    >>> from kgraph.rules import load_language
    >>> f = TimeFinder(load_language("id").time)
    >>> [resolve(m, _dt.date(2023, 9, 5), "planned").value for m in f.find("dari 10 hingga 13 September")]
    ['2023-09-10/2023-09-13']
    >>> [resolve(m, _dt.date(2023, 9, 5), "failed").value for m in f.find("akhir Mei lalu")]
    ['2023-05']
    >>> [resolve(m, _dt.date(9999, 12, 31), "planned") for m in f.find("pekan depan")]
    [None]
    """
    return _time_value(mention, lambda: _value(mention, anchor, status))


def _value(mention: TimeMention, anchor: _dt.date | None, status: str) -> str | None:
    """The ISO value of a time mention anchored to the article date, if it has one."""
    tense = 1 if status in FUTURE_STATUSES else -1 if status in PAST_STATUSES else 0
    kind, parts = mention.kind, mention.parts
    value = None
    if kind == "date":
        year, month, day, *weekday = parts
        if len(weekday) > 1:  # a direction written after the date ("20 April mendatang") outranks the tense
            tense = weekday[1]
        if year is None and weekday and weekday[0] is not None and anchor is not None:
            year = _year_of_weekday(anchor, month, day, weekday[0])
        year = year if year is not None else _year_near(anchor, month, day, tense)
        if year is None:
            return None
        date = _valid_date(year, month, day)
        value = date.isoformat() if date else None
    elif kind == "date_of_year":
        if anchor is None:
            return None
        month, day, relative = parts
        date = _valid_date(anchor.year + relative, month, day)
        value = date.isoformat() if date else None
    elif kind == "range":
        year, month, d1, d2 = parts
        if year is None:
            if anchor is None:
                return None
            year = _pick_year(anchor, month, d1, tense)
        start, end = _valid_date(year, month, d1), _valid_date(year, month, d2)
        value = f"{start.isoformat()}/{end.isoformat()}" if start and end and start <= end else None
    elif kind == "range_across":  # "30 September to 2 October", "Dec. 30, 2023 to Jan. 2, 2024"
        year, month, d1, year2, month2, d2 = parts
        if year is None and year2 is not None:
            year = year2 - (1 if month2 < month else 0)
        if year is None:
            if anchor is None:
                return None
            year = _pick_year(anchor, month, d1, tense)
        start = _valid_date(year, month, d1)
        end = _valid_date(year2 if year2 is not None else year + (1 if month2 < month else 0), month2, d2)
        value = f"{start.isoformat()}/{end.isoformat()}" if start and end and start < end else None
    elif kind == "month_range":  # "from March to May 2022"
        month, year, month2, year2 = parts
        if year is None and year2 is not None:
            year = year2 - (1 if month > month2 else 0)
        if year is None:
            if anchor is None:
                return None
            year = _pick_year(anchor, month, None, tense)
        if year2 is None:
            year2 = year + (1 if month2 < month else 0)
        if (year2, month2) > (year, month):
            value = f"{year:04d}-{month:02d}/{year2:04d}-{month2:02d}"
    elif kind == "year_range":
        value = f"{parts[0]:04d}/{parts[1]:04d}"
    elif kind == "quarter":  # "the second quarter", "kuartal ketiga 2022": its three months
        quarter, year, direction = parts
        first = 3 * quarter - 2
        if year is None:
            if anchor is None:
                return None
            this = (anchor.month + 2) // 3
            if direction:
                year = anchor.year + direction
            elif tense < 0 and quarter > this:
                year = anchor.year - 1
            elif tense > 0 and quarter < this:
                year = anchor.year + 1
            else:
                year = anchor.year
        value = f"{year:04d}-{first:02d}/{year:04d}-{first + 2:02d}"
    elif kind == "month":
        month, year, pre, post = parts
        direction = post if post is not None else pre
        if year is None:
            if anchor is None:
                return None
            if direction == -1:
                year = anchor.year if month < anchor.month else anchor.year - 1
            elif direction == 1:
                year = anchor.year if month > anchor.month else anchor.year + 1
            elif direction == 0:
                year = anchor.year
            else:
                year = _pick_year(anchor, month, None, tense)
        value = f"{year:04d}-{month:02d}"
    elif kind == "year":
        value = f"{parts[0]:04d}"
    elif kind == "month_of_year":
        if anchor is None:
            return None
        value = f"{anchor.year + parts[1]:04d}-{parts[0]:02d}"
    elif anchor is None:
        return None
    elif kind == "relative":
        unit, direction = parts
        if unit == "day":
            value = (anchor + _dt.timedelta(days=direction)).isoformat()
        elif unit == "week":
            monday = _monday(anchor, direction)
            sunday = monday + _dt.timedelta(days=6)
            if direction == 0 and tense < 0:  # what happened this week happened by today;
                sunday = anchor - _dt.timedelta(days=1 if mention.qualifier == "early" else 0)  # "earlier": before it
                if sunday < monday:
                    sunday = monday
            value = f"{monday.isoformat()}/{sunday.isoformat()}"
        else:
            value = _months_or_years_on(anchor, unit, direction)
    elif kind == "week_of_month":
        ordinal, month, year = parts
        year = year if year is not None else _year_near(anchor, month, None, tense)
        if year is None:
            return None
        days = _month_days(year, month)
        first = 1 + 7 * (ordinal - 1) if ordinal > 0 else days - 6
        start, end = _valid_date(year, month, first), _valid_date(year, month, min(first + 6, days))
        if not (1 <= first <= days and start and end):
            return None
        value = f"{start.isoformat()}/{end.isoformat()}"
    elif kind == "weekday_range":
        first = resolve(replace(mention, kind="weekday", parts=(parts[0], parts[2])), anchor, status)
        if first is None:
            return None
        start = _dt.date.fromisoformat(first.value)
        end = start + _dt.timedelta(days=(parts[1] - parts[0]) % 7 or 7)
        if tense < 0 and end > anchor and parts[2] is None:  # "attacked on Saturday and Sunday", said on Saturday
            start, end = start - _dt.timedelta(weeks=1), end - _dt.timedelta(weeks=1)
        value = f"{start.isoformat()}/{end.isoformat()}"
    elif kind == "weekday":
        weekday, direction = parts
        delta = weekday - anchor.weekday()
        if direction == -1:  # "last Tuesday" said on a Tuesday is a week ago
            delta = delta if delta < 0 else delta - 7
        elif direction == 1:
            delta = delta if delta > 0 else delta + 7
        elif tense < 0:
            delta = delta if delta <= 0 else delta - 7
        elif tense > 0:
            delta = delta if delta >= 0 else delta + 7
        else:  # "a stop planned for Monday" was called off: the nearest Monday
            delta = min(delta % 7, delta % 7 - 7, key=abs)
        value = (anchor + _dt.timedelta(days=delta)).isoformat()
    elif kind == "weekday_of_week":
        weekday, weeks = parts
        value = (_monday(anchor, weeks) + _dt.timedelta(days=weekday)).isoformat()
    elif kind == "day":
        value = (anchor + _dt.timedelta(days=parts[0])).isoformat()
    elif kind == "night_into":
        day = resolve(TimeMention(mention.start, mention.end, mention.text, "weekday", (parts[0], None)), anchor, status)
        if day is not None:
            end = _dt.date.fromisoformat(day.value)
            value = f"{(end - _dt.timedelta(days=1)).isoformat()}/{end.isoformat()}"
    elif kind == "night":
        start = anchor - _dt.timedelta(days=0 if tense > 0 else 1)
        value = f"{start.isoformat()}/{(start + _dt.timedelta(days=1)).isoformat()}"
    elif kind == "day_of_month":
        day = parts[0]
        month_shift = -1 if tense < 0 and day > anchor.day else 1 if tense > 0 and day < anchor.day else 0
        year, month = _month_add(anchor.year, anchor.month, month_shift)
        date = _valid_date(year, month, day)
        value = date.isoformat() if date else None
    elif kind == "after_previous":
        return None  # needs the previous event's day: resolve_after
    elif kind == "offset":  # "two weeks ago", "tiga hari lalu", "in 10 days"
        unit, count = parts
        if count > 0 and tense < 0:
            return None  # "within two months" says how long until, not when a past event was
        if unit in ("day", "week"):
            value = (anchor + _dt.timedelta(days=count * (7 if unit == "week" else 1))).isoformat()
        elif unit == "month" and count < 0:  # "a month ago" names a day, as "a week ago" does
            year, month = _month_add(anchor.year, anchor.month, count)
            date = _valid_date(year, month, min(anchor.day, _month_days(year, month)))
            value = date.isoformat() if date else None
        else:
            value = _months_or_years_on(anchor, unit, count)
    elif kind == "few":  # "a few weeks ago": from seven weeks to a day before the article date
        unit, sign = parts
        if sign > 0 and tense < 0:
            return None
        near, far = FEW
        if unit in ("day", "week", "fortnight"):
            days = {"day": 1, "week": 7, "fortnight": 14}[unit]
            ends = sorted(anchor + _dt.timedelta(days=sign * n) for n in (near, far * days))
            value = f"{ends[0].isoformat()}/{ends[1].isoformat()}"
        else:
            ends = sorted((near, far), key=lambda n: sign * n)
            value = "/".join(_months_or_years_on(anchor, unit, sign * n) for n in ends)
    elif kind == "weekend":
        saturday = _monday(anchor, parts[0]) + _dt.timedelta(days=5)
        if parts[0] == 0 and tense < 0 and saturday > anchor:  # "signed at the weekend", read on a Monday
            saturday -= _dt.timedelta(weeks=1)
        value = f"{saturday.isoformat()}/{(saturday + _dt.timedelta(days=1)).isoformat()}"
    elif kind == "season":  # seasons differ by hemisphere: kept at year precision
        direction, start = parts
        year = anchor.year + direction
        if start and direction < 0 and anchor.month > start + 2:  # "last spring", said in October: this year's
            year = anchor.year
        elif start and direction > 0 and anchor.month < start:  # "next summer", said in March: this year's
            year = anchor.year
        value = f"{year:04d}"
    return value

