"""Split an article into sentences, dropping lines that are not part of the story.

Boilerplate lines ("Baca juga: ...", "Read also: ...", bylines, photo captions) are removed with
their text; a leading dateline ("JAKARTA, KOMPAS.com -", "SEOUL (Reuters) -") is skipped. Offsets
of the kept sentences point into the original article text.
"""

from __future__ import annotations

import re

from .model import Sentence

MAX_SENTENCE_CHARS = 2000

# A dateline: upper-case words, optional "(Agency)" and a dash, at the start of a paragraph.
_DATELINE = re.compile(r"^[A-Z][A-Za-z0-9 .,'/()]{0,60}?\s[-\u2013\u2014]\s")
_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)]?(?=\s+[\"'\u201c\u2018(]?[A-Z0-9])")
_ABBREVIATIONS = frozenset(
    "u.s u.k u.n e.u mr mrs ms dr prof gen lt col sen rep jr sr st no jan feb mar apr jun jul aug "
    "sep sept oct nov dec inc corp co ltd vs etc dll dsb yth kol let jend mayjen brigjen capt maj adm brig gov".split()
)

# Brackets and quotes that may open the word before a full stop: "(Jan. 25)", "“St. Petersburg".
_OPENERS = "([{\"'\u201c\u2018"


# A dateline in title case names its outlet in brackets ("Jakarta (ANTARA) -", "Kuala Lumpur (Bernama) -")
# and opens the story, a sentence beginning after its dash; elsewhere "Joko Widodo (Jokowi) - ..." is text.
_TITLED_DATELINE = re.compile(r"([A-Z][A-Za-z ]{1,30}?) \([A-Za-z .]{2,40}\) [-\u2013\u2014] (?=[A-Z\"\u201c])")


def _is_dateline_prefix(text: str, opening: bool = True) -> int:
    """Length of a dateline ("JAKARTA, Outlet.com - ", and in the story's first line "Jakarta (ANTARA) - ")
    at the start of `text`, or 0."""
    titled = _TITLED_DATELINE.match(text) if opening else None
    if titled:
        return len(titled.group(0))
    match = _DATELINE.match(text)
    if not match:
        return 0
    first_word = re.match(r"[A-Za-z.]+", match.group(0)).group(0).rstrip(".")
    return len(match.group(0)) if len(first_word) >= 2 and first_word.isupper() else 0


def dateline_place(text: str) -> tuple[int, int] | None:
    """Character span of the place word(s) a dateline opens with ("SEOUL (Reuters) -" → "SEOUL",
    "Jakarta (ANTARA) -" → "Jakarta")."""
    stripped = len(text) - len(text.lstrip())
    first_line = text[stripped:].split("\n", 1)[0]
    if not _is_dateline_prefix(first_line + " "):
        return None
    titled = _TITLED_DATELINE.match(first_line + " ")
    if titled:
        return stripped + titled.start(1), stripped + titled.end(1)
    match = re.match(r"[A-Z][A-Z .'-]*[A-Z]", first_line)
    return (stripped + match.start(), stripped + match.end()) if match else None


def _split_line(line: str, offset: int) -> list[tuple[int, int]]:
    spans = []
    start = 0
    for match in _SENTENCE_END.finditer(line):
        end = match.end()
        word = line[max(0, line.rfind(" ", 0, match.start()) + 1):match.start()].lower().lstrip(_OPENERS)
        if word.rstrip(".") in _ABBREVIATIONS or (len(word) == 1 and word.isalpha()):
            continue
        spans.append((offset + start, offset + end))
        start = end
        while start < len(line) and line[start].isspace():
            start += 1
    if start < len(line.rstrip()):
        spans.append((offset + start, offset + len(line.rstrip())))
    return spans


def split_sentences(text: str, boilerplate_prefixes: tuple[str, ...] | list[str] = ()) -> list[Sentence]:
    """Sentences of `text` with their offsets; boilerplate lines are dropped.

    >>> [s.text for s in split_sentences("MOSKOW - Putin tiba. Ia bertemu Kim.\\nBaca juga: Kim Tiba", ["baca juga:"])]
    ['Putin tiba.', 'Ia bertemu Kim.']
    """
    prefixes = tuple(p.lower() for p in boilerplate_prefixes)
    sentences: list[Sentence] = []
    position = 0
    for raw_line in text.split("\n"):
        line_start = position
        position += len(raw_line) + 1
        stripped = raw_line.strip()
        if not stripped or stripped.lower().startswith(prefixes):
            continue
        lead = len(raw_line) - len(raw_line.lstrip())
        skip = min(_is_dateline_prefix(raw_line[lead:] + " ", opening=not sentences), len(raw_line) - lead)
        body = raw_line[lead + skip:]
        for start, end in _split_line(body, line_start + lead + skip):
            chunk_start = start
            while chunk_start < end:  # cap sentence length so no rule sees unbounded input
                chunk_end = min(end, chunk_start + MAX_SENTENCE_CHARS)
                sentences.append(Sentence(len(sentences), chunk_start, chunk_end, text[chunk_start:chunk_end]))
                chunk_start = chunk_end
    return sentences
