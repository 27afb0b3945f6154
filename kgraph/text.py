"""Tokens and phrase matching shared by every stage.

Phrase lexicons (cues, triggers, titles, items) are matched token by token with dictionary
look-ups, never with regular expressions, so no rule can backtrack catastrophically.
"""

from __future__ import annotations

import re
from typing import Generic, Iterable, Iterator, NamedTuple, TypeVar

_TOKEN = re.compile(r"\w+|[^\w\s]")

V = TypeVar("V")


class Token(NamedTuple):
    """A word or punctuation mark with its character offsets; a tuple, as a sentence makes dozens."""

    text: str
    lower: str
    start: int
    end: int


def tokenize(text: str) -> list[Token]:
    """Split text into word and punctuation tokens with character offsets.

    >>> [t.text for t in tokenize("Kim Jong-un, 2019.")]
    ['Kim', 'Jong', '-', 'un', ',', '2019', '.']
    """
    # tuple.__new__ builds each Token without the named tuple's Python-level constructor, a third of
    # the time of this function: the four fields must stay in Token's order
    tokens, position, find, make = [], 0, text.find, tuple.__new__
    for word in _TOKEN.findall(text):  # only white space stands between two tokens: the next one is found
        start = find(word, position)
        position = start + len(word)
        tokens.append(make(Token, (word, word.lower(), start, position)))
    return tokens


def in_number(tokens: list[Token], k: int) -> bool:
    """Is token k the comma or point inside a number ("1,000", "2.5"), joined to digits on both sides?

    >>> tokens = tokenize("sent 1,000 troops, 2.5 tonnes")
    >>> [in_number(tokens, k) for k in (2, 5, 7)]
    [True, False, True]
    """
    return 0 < k < len(tokens) - 1 and tokens[k].text in (",", ".") \
        and tokens[k - 1].text.isdigit() and tokens[k + 1].text.isdigit() \
        and tokens[k - 1].end == tokens[k].start and tokens[k].end == tokens[k + 1].start


SLOT = "_"  # a pattern word that stands for any one lower-case word ("held _ talks")
NUMBER = "#"  # a pattern word that stands for any one run of digits ("$ # million")


def phrase_tokens(phrase: str) -> tuple[str, ...]:
    """Lower-cased tokens of a lexicon phrase; a trailing '*' on a word marks a prefix match."""
    out: list[str] = []
    for word in phrase.split():
        star = word.endswith("*") and len(word) > 1
        parts = [t.lower for t in tokenize(word[:-1] if star else word)]
        if star:
            parts[-1] += "*"
        out.extend(parts)
    return tuple(out)


def _first_prefixes(word: str) -> tuple[str, ...]:
    """What a token a pattern begins with starts with: a prefix's letters ("membalas*"), any digit for a run
    of digits (`NUMBER`), or the word itself."""
    if word == NUMBER:
        return tuple("0123456789")
    return (word[:-1],) if word.endswith("*") else (word,)


class PhraseMatcher(Generic[V]):
    """Find lexicon phrases in a token list: longest match first, left to right.

    >>> m = PhraseMatcher({"akan": "planned", "membahas kemungkinan": "possible"})
    >>> [(s, e, v) for s, e, v in m.finditer(tokenize("akan membahas kemungkinan itu"))]
    [(0, 1, 'planned'), (1, 3, 'possible')]
    >>> PhraseMatcher({"membalas*": 1}).match_at(tokenize("membalasnya"), 0)
    (1, 1)

    A `_` word stands for any one lower-case word but those of `slot_excluded` ("held _ talks"
    finds "held security talks", not "held no talks"):

    >>> m = PhraseMatcher({"held _ talks": 1}, slot_excluded=frozenset({"no"}))
    >>> m.match_at(tokenize("held nuclear talks"), 0), m.match_at(tokenize("held no talks"), 0)
    ((3, 1), None)

    A `#` word stands for one run of digits:

    >>> m = PhraseMatcher({"$ # million": "funds"})
    >>> m.match_at(tokenize("$5 million"), 0), m.match_at(tokenize("$ five million"), 0)
    ((3, 'funds'), None)

    It may also begin a pattern ("200.000 dolar"):

    >>> [(s, e) for s, e, _ in PhraseMatcher({"# . # dolar": "funds"}).finditer(tokenize("sebesar 200.000 dolar"))]
    [(1, 5)]
    """

    def __init__(self, phrases: dict[str, V] | Iterable[tuple[str, V]], slot_excluded: frozenset[str] = frozenset()):
        items = phrases.items() if isinstance(phrases, dict) else phrases
        self._slot_excluded = slot_excluded
        self._exact: dict[tuple[str, ...], V] = {}
        self._prefixed: list[tuple[tuple[str, ...], V]] = []
        self._lengths: set[int] = set()
        for phrase, value in items:
            tokens = phrase_tokens(phrase)
            if not tokens:
                continue
            if any(t.endswith("*") or t in (SLOT, NUMBER) for t in tokens):
                self._prefixed.append((tokens, value))
            else:
                self._exact.setdefault(tokens, value)
                self._lengths.add(len(tokens))
        self._lengths_desc = sorted(self._lengths, reverse=True)
        self._longest = self._lengths_desc[0] if self._lengths_desc else 0
        self._prefixed.sort(key=lambda tv: -len(tv[0]))
        # most tokens start no phrase: one set look-up rejects them before any tuple is built
        self._first_words = frozenset(tokens[0] for tokens in self._exact)
        # the lengths of the exact phrases each first word begins, longest first: only those are looked up
        by_first: dict[str, set[int]] = {}
        for tokens in self._exact:
            by_first.setdefault(tokens[0], set()).add(len(tokens))
        self._by_first = {word: tuple(sorted(lengths, reverse=True)) for word, lengths in by_first.items()}
        # the one-word phrases by their word, most phrases: looked up without building a tuple
        self._one_word = {tokens[0]: value for tokens, value in self._exact.items() if len(tokens) == 1}
        self._first_prefixes = tuple(sorted({prefix for p, _ in self._prefixed for prefix in _first_prefixes(p[0])}))

    def __bool__(self) -> bool:
        return bool(self._exact or self._prefixed)

    def values(self) -> list[V]:
        """The values of every phrase (an item's label and category, say), in no set order."""
        return list(self._exact.values()) + [value for _, value in self._prefixed]

    @staticmethod
    def starts(*matchers: "PhraseMatcher") -> tuple[frozenset[str], tuple[str, ...]]:
        """The first words, and first-word prefixes, with which any phrase of these matchers can begin:
        a token that is neither needs no look-up in any of them."""
        return (frozenset().union(*(m._first_words for m in matchers)),
                tuple(sorted({p for m in matchers for p in m._first_prefixes})))

    def match_at(self, tokens: list[Token], i: int) -> tuple[int, V] | None:
        """The longest phrase starting at token i, as (length, value), or None."""
        if not 0 <= i < len(tokens):
            return None
        first = tokens[i].lower
        exact = None
        lengths = self._by_first.get(first)
        if lengths is not None:
            exact = self._exact_at(tokens, i, first, lengths)
        if not self._prefixed or not first.startswith(self._first_prefixes):
            return exact
        for pattern, value in self._prefixed:  # longest first: a longer pattern beats a shorter exact phrase
            if exact is not None and len(pattern) <= exact[0]:
                break
            if i + len(pattern) <= len(tokens) and all(self._fits(tokens[i + k], p) for k, p in enumerate(pattern)):
                return len(pattern), value
        return exact

    def _exact_at(self, tokens: list[Token], i: int, first: str, lengths: tuple[int, ...]) -> tuple[int, V] | None:
        """The longest exact phrase at token i among those `first` begins (their `lengths`, longest
        first); the words after the first are lower-cased only when some phrase needs them."""
        room = len(tokens) - i
        if lengths[0] == 1:  # the common case: one-word phrases only
            value = self._one_word.get(first)
            return None if value is None else (1, value)
        lowers = tuple(t.lower for t in tokens[i:i + lengths[0]])
        for length in lengths:
            if length <= room:
                value = self._exact.get(lowers[:length])
                if value is not None:
                    return length, value
        return None

    def _fits(self, token: Token, word: str) -> bool:
        """Does the token match one word of a pattern: a prefix ("membalas*"), a slot ("_") or a word?"""
        if word == SLOT:
            return token.text.replace("-", "").isalpha() and token.text.islower() and token.lower not in self._slot_excluded
        if word == NUMBER:
            return token.text.isdigit()
        if word.endswith("*"):
            return token.lower.startswith(word[:-1])
        return token.lower == word

    def finditer(self, tokens: list[Token], start: int = 0, end: int | None = None,
                 overlapping: bool = False) -> Iterator[tuple[int, int, V]]:
        """Yield (start, end, value) token spans of phrases found in tokens[start:end]."""
        stop = len(tokens) if end is None else end
        i = start
        first_words, prefixes = self._first_words, self._first_prefixes if self._prefixed else None
        while i < stop:
            word = tokens[i].lower  # a word that starts no phrase needs no call (the common case)
            if word not in first_words and (prefixes is None or not word.startswith(prefixes)):
                i += 1
                continue
            hit = self.match_at(tokens, i)
            if hit and i + hit[0] <= stop:
                yield i, i + hit[0], hit[1]
                i += 1 if overlapping else hit[0]
            else:
                i += 1

    def all_at(self, tokens: list[Token], i: int) -> list[tuple[int, V]]:
        """Every phrase (not only the longest) that starts at token i."""
        found = []
        if not 0 <= i < len(tokens):
            return found
        first = tokens[i].lower
        lengths = self._by_first.get(first)
        if lengths is not None:
            lowers = tuple(t.lower for t in tokens[i:i + lengths[0]])
            for length in lengths:
                if length <= len(lowers) and lowers[:length] in self._exact:
                    found.append((length, self._exact[lowers[:length]]))
        # a word that starts no pattern can only repeat an exact phrase found above
        hit = self.match_at(tokens, i) if self._prefixed and first.startswith(self._first_prefixes) else None
        if hit and hit not in found:
            found.append(hit)
        return found


def slug(text: str) -> str:
    """A lower-case ASCII-ish slug for keys: letters and digits joined by '-'.

    >>> slug("Vladimir  Putin!")
    'vladimir-putin'
    """
    return "-".join(re.findall(r"\w+", text.lower()))
