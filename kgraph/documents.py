"""Read articles from .txt files (with optional NAME.json sidecars), .jsonl files and folders.

Reading never stops at a bad article: `read_inputs` yields an `Article` for every good one and a
`BadInput` for every bad one, so the caller decides whether to skip (default) or fail (strict).
"""

from __future__ import annotations

import datetime as _dt
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

from .errors import InputError
from .model import Article

SUPPORTED_LANGS = ("id", "en")
METADATA_FIELDS = ("id", "date", "lang", "title", "url", "publisher")

_ID_WORDS = frozenset(
    "yang dan di ke dari untuk dengan akan ini itu pada dalam tidak juga oleh bahwa telah "
    "mereka kata menurut sebagai atau karena".split()
)
_EN_WORDS = frozenset(
    "the and of to in on for with will that this from by was were is are has have said "
    "according would not it its".split()
)
_WORD = re.compile(r"[a-z]+")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


@dataclass(frozen=True)
class BadInput:
    """An input that could not become an article, with the reason in one line."""

    path: str
    message: str


def detect_language(text: str) -> str | None:
    """Guess Indonesian ("id") or English ("en") from function-word counts; None if neither.

    >>> detect_language("Presiden akan berkunjung ke Jakarta pada bulan ini untuk bertemu dengan menteri.")
    'id'
    >>> detect_language("The president will travel to Jakarta this month to meet the minister.")
    'en'
    """
    id_hits = en_hits = 0
    for word in _WORD.findall(text[:20000].lower()):
        id_hits += word in _ID_WORDS
        en_hits += word in _EN_WORDS
    if id_hits == en_hits == 0:
        return None
    return "id" if id_hits > en_hits else "en"


def parse_date(value: object, where: str) -> _dt.date | None:
    """Parse an ISO date (YYYY-MM-DD); raise InputError naming `where` if it is not one."""
    if value in (None, ""):
        return None
    if isinstance(value, _dt.date):
        return value
    try:
        return _dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        raise InputError(f"{where}: invalid date {value!r} (expected YYYY-MM-DD)") from None


def make_article(meta: dict, text: str, where: str, default_id: str,
                 date: _dt.date | None = None, lang: str | None = None) -> Article:
    """Build an Article from metadata, validating the date and the language."""
    if not text.strip():
        raise InputError(f"{where}: empty article text")
    article_date = parse_date(meta.get("date"), where) or date
    article_lang = (meta.get("lang") or lang or detect_language(text) or "").lower()
    if article_lang not in SUPPORTED_LANGS:
        raise InputError(
            f"{where}: unsupported or undetected language {article_lang or '?'!r} "
            f"(supported: {', '.join(SUPPORTED_LANGS)})"
        )
    return Article(
        id=str(meta.get("id") or default_id),
        text=_CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n")),
        lang=article_lang,
        date=article_date,
        title=str(meta.get("title") or ""),
        url=str(meta.get("url") or ""),
        publisher=str(meta.get("publisher") or ""),
        path=where,
    )


def _read_text(path: Path) -> str:
    data = path.read_bytes()
    if b"\x00" in data[:4096]:
        raise InputError(f"{path}: binary file, not a text article")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"{path}: not valid UTF-8 ({exc.reason} at byte {exc.start})") from None


def _read_txt(path: Path, date, lang) -> Article:
    meta: dict = {}
    sidecar = path.with_suffix(".json")
    if sidecar.exists():
        try:
            meta = json.loads(_read_text(sidecar))
        except json.JSONDecodeError as exc:
            raise InputError(f"{sidecar}: invalid JSON ({exc.msg}, line {exc.lineno})") from None
        if not isinstance(meta, dict):
            raise InputError(f"{sidecar}: metadata must be a JSON object")
    return make_article(meta, _read_text(path), str(path), path.stem, date, lang)


def _read_jsonl(path: Path, date, lang) -> Iterator[Article | BadInput]:
    try:
        lines = _read_text(path).splitlines()
    except InputError as exc:
        yield BadInput(str(path), str(exc))
        return
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            record = json.loads(line)
            if not isinstance(record, dict):
                raise InputError(f"{where}: a line must be a JSON object")
            if not isinstance(record.get("text"), str):
                raise InputError(f"{where}: missing 'text' field")
            yield make_article(record, record["text"], where, f"{path.stem}-{number}", date, lang)
        except json.JSONDecodeError as exc:
            yield BadInput(where, f"{where}: invalid JSON ({exc.msg})")
        except InputError as exc:
            yield BadInput(where, str(exc))


def _expand(paths: Iterable[str | Path]) -> Iterator[Path]:
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.suffix in (".txt", ".jsonl") and p.is_file())
        elif path.exists():
            yield path
        else:
            raise InputError(f"{path}: no such file or folder")


def read_inputs(paths: Iterable[str | Path], date: _dt.date | None = None,
                lang: str | None = None) -> Iterator[Article | BadInput]:
    """Yield articles (and BadInput records) from files and folders, in a stable order.

    Folders are read recursively in sorted order; `.txt` files take metadata from a sidecar
    `NAME.json` or from `date`/`lang`; `.jsonl` files give one article per line.
    """
    for path in _expand(paths):
        if path.suffix == ".jsonl":
            yield from _read_jsonl(path, date, lang)
            continue
        if path.suffix != ".txt":
            yield BadInput(str(path), f"{path}: unsupported file type (expected .txt or .jsonl)")
            continue
        try:
            yield _read_txt(path, date, lang)
        except (InputError, OSError) as exc:
            yield BadInput(str(path), str(exc) if isinstance(exc, InputError) else f"{path}: {exc}")
