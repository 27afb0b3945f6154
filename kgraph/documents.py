"""Read articles from .txt and .html files (with optional NAME.json sidecars), .jsonl files and folders.

Reading never stops at a bad article: `read_inputs` yields an `Article` for every good one, a
`BadInput` for every bad one (the caller skips it, or fails with --strict) and an `InputWarning`
where an article was read with a repair: a legacy encoding detected, HTML markup stripped, an
oversized article cut. The policy for each fault is the README's fault table. Text is kept in
composed Unicode (NFC), the form the gazetteer's names are kept in, and offsets count in that text.
"""

from __future__ import annotations

import datetime as _dt
import json
import os
import re
import stat
import unicodedata
from dataclasses import dataclass
from html.parser import HTMLParser
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
_SURROGATE = re.compile("[\ud800-\udfff]")  # a lone surrogate cannot be written as UTF-8: U+FFFD instead


@dataclass(frozen=True)
class BadInput:
    """An input that could not become an article, with the reason in one line."""

    path: str
    message: str


@dataclass(frozen=True)
class InputWarning:
    """An article that was read, but repaired on the way, with what was done in one line."""

    path: str
    message: str


MAX_ARTICLE_CHARS = 1_000_000  # longer articles are cut here (a warning says so); ~400 news stories
_HTML_HINT = re.compile(r"<(?:!doctype|html|head|body|p|div|span|br|script|style|article|h[1-6]|a|li|table)\b",
                        re.IGNORECASE)
_BOMS = ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe\x00\x00", "utf-32"), (b"\x00\x00\xfe\xff", "utf-32"),
         (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))


class _TextOfHtml(HTMLParser):
    """The visible text of an HTML page: no scripts, styles or head; block elements end paragraphs."""

    SKIP = frozenset({"script", "style", "head", "noscript", "template", "svg", "iframe"})
    BLOCKS = frozenset({"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "article", "section",
                        "blockquote", "tr", "header", "footer", "figure", "figcaption", "ul", "ol", "table"})

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0
        self.in_head = False

    def handle_starttag(self, tag, attrs):
        if self.in_head and (tag == "body" or tag in self.BLOCKS):  # "</head>" may be left out
            self.in_head, self.skipping = False, max(0, self.skipping - 1)
        if tag in self.SKIP:
            self.skipping += 1
            self.in_head = self.in_head or tag == "head"
        elif tag in self.BLOCKS:
            self.parts.append("\n\n")

    def handle_endtag(self, tag):
        if tag in self.SKIP:
            if tag == "head" and not self.in_head:
                return  # already closed by <body>
            self.in_head = self.in_head and tag != "head"
            self.skipping = max(0, self.skipping - 1)
        elif tag in self.BLOCKS:
            self.parts.append("\n\n")

    def handle_data(self, data):
        if not self.skipping:
            self.parts.append(data)

    def text(self) -> str:
        paragraphs = ("".join(self.parts)).split("\n\n")
        return "\n\n".join(" ".join(p.split()) for p in paragraphs if p.strip())


def strip_html(text: str) -> str:
    """The visible text of HTML markup.

    >>> strip_html("<p>Putin met <b>Kim</b>.</p><script>alert(1)</script><p>Then &amp; now.</p>")
    'Putin met Kim.\\n\\nThen & now.'
    """
    parser = _TextOfHtml()
    parser.feed(text)
    parser.close()
    return parser.text()


def repair_text(text: str, where: str) -> tuple[str, list[str]]:
    """Text made readable for extraction, and a warning for each repair: HTML markup stripped, an
    article longer than MAX_ARTICLE_CHARS cut."""
    warnings = []
    text = _composed(text)  # before the cut, so the limit counts the characters that are kept
    if _HTML_HINT.search(text[:20000]):
        text = strip_html(text)
        warnings.append(f"{where}: HTML markup stripped (scripts and styles dropped)")
    if len(text) > MAX_ARTICLE_CHARS:
        warnings.append(f"{where}: {len(text):,} characters; only the first {MAX_ARTICLE_CHARS:,} are read")
        text = text[:MAX_ARTICLE_CHARS]
    return text, warnings


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
    if not isinstance(value, str):
        raise InputError(f"{where}: field 'date' must be a YYYY-MM-DD string, not {type(value).__name__}")
    try:
        return _dt.date.fromisoformat(value[:10])
    except ValueError:
        raise InputError(f"{where}: invalid date {value!r} (expected YYYY-MM-DD)") from None


def _composed(text: str) -> str:
    """Text in composed Unicode (NFC): "Erdoğan" typed as "g" and a combining breve is the same
    name as with "ğ", for the gazetteer (whose names are composed likewise) and the rules. Text
    already composed comes back unchanged."""
    return unicodedata.normalize("NFC", text)


def _clean(value: str) -> str:
    """Text without control characters (but tab and newline) or lone surrogates, which no UTF-8
    export can carry."""
    return _SURROGATE.sub("\ufffd", _CONTROL.sub("", value))


def _string_field(meta: dict, name: str, where: str) -> str:
    """A metadata field's text ("" when absent or null); InputError when it is not a string."""
    value = meta.get(name)
    if value is None:
        return ""
    if not isinstance(value, str):
        raise InputError(f"{where}: field {name!r} must be a string, not {type(value).__name__}")
    return value


def make_article(meta: dict, text: str, where: str, default_id: str,
                 date: _dt.date | None = None, lang: str | None = None) -> Article:
    """Build an Article from metadata, validating the date, the language and the type of every field."""
    if not text.strip():
        raise InputError(f"{where}: empty article text")
    article_id, title, url, publisher = (_string_field(meta, name, where)
                                         for name in ("id", "title", "url", "publisher"))
    article_date = parse_date(meta.get("date"), where) or date
    given = meta.get("lang")
    if given is not None and not isinstance(given, str):
        raise InputError(f"{where}: 'lang' must be a language code such as \"id\" or \"en\", not {given!r}")
    article_lang = (given or lang or detect_language(text) or "").lower()
    if article_lang not in SUPPORTED_LANGS:
        raise InputError(
            f"{where}: unsupported or undetected language {article_lang or '?'!r} "
            f"(supported: {', '.join(SUPPORTED_LANGS)})"
        )
    return Article(
        id=_clean(article_id or default_id),
        text=_composed(_clean(text.replace("\r\n", "\n").replace("\r", "\n"))),  # the text offsets count in
        lang=article_lang,
        date=article_date,
        title=_composed(_clean(title)),
        url=_clean(url),
        publisher=_composed(_clean(publisher)),
        path=where,
    )


def decode(data: bytes, where: str) -> tuple[str, str | None]:
    """Text of a file's bytes, and a warning when it was not UTF-8: a byte-order mark decides, then
    UTF-8, then charset-normalizer's best guess; binary data and undecodable bytes are errors."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec), None if codec == "utf-8-sig" else f"{where}: decoded as {codec} (byte-order mark)"
            except UnicodeDecodeError as exc:
                raise InputError(f"{where}: invalid {codec} ({exc.reason} at byte {exc.start})") from None
    if b"\x00" in data[:4096]:
        raise InputError(f"{where}: binary file, not a text article")
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError as exc:
        from charset_normalizer import from_bytes

        guess = from_bytes(data).best()
        if guess is None:
            raise InputError(f"{where}: not valid UTF-8 ({exc.reason} at byte {exc.start}) and no other "
                             "encoding fits") from None
        return str(guess), f"{where}: not UTF-8; decoded as {guess.encoding}"


def _require_regular_file(path: Path) -> None:
    """InputError unless `path` is a regular file: a named pipe or a device would block the read or never end."""
    try:
        mode = path.stat().st_mode
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})") from None
    if not stat.S_ISREG(mode):
        raise InputError(f"{path}: not a regular file")


def _read_text(path: Path) -> tuple[str, str | None]:
    _require_regular_file(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})") from None
    return decode(data, str(path))


def _read_txt(path: Path, date, lang) -> tuple[Article, list[str]]:
    meta: dict = {}
    sidecar = path.with_suffix(".json")
    if sidecar.exists():
        try:
            meta = json.loads(_read_text(sidecar)[0])
        except json.JSONDecodeError as exc:
            raise InputError(f"{sidecar}: invalid JSON ({exc.msg}, line {exc.lineno})") from None
        except (ValueError, RecursionError) as exc:  # a 5,000-digit number, brackets nested too deep
            raise InputError(f"{sidecar}: invalid JSON ({type(exc).__name__})") from None
        if not isinstance(meta, dict):
            raise InputError(f"{sidecar}: metadata must be a JSON object")
    text, encoding_warning = _read_text(path)
    text, warnings = repair_text(text, str(path))
    article = make_article(meta, text, str(path), path.stem, date, lang)
    return article, [w for w in [encoding_warning] if w] + warnings + _undated(article)


def _undated(article: Article) -> list[str]:
    if article.date is not None:
        return []
    return [f"{article.path}: no article date (sidecar, JSON field or --date): relative dates such as "
            "'next week' are left unresolved"]


def _read_jsonl(path: Path, date, lang) -> Iterator[Article | BadInput | InputWarning]:
    """One article per line, read line by line (a feed may be larger than memory)."""
    try:
        _require_regular_file(path)
        handle = open(path, "rb")
    except InputError as exc:
        yield BadInput(str(path), str(exc))
        return
    except OSError as exc:
        yield BadInput(str(path), f"{path}: cannot read ({exc.strerror})")
        return
    with handle:
        for number, raw in enumerate(handle, 1):
            where = f"{path}:{number}"
            if number == 1 and raw.startswith(b"\xef\xbb\xbf"):
                raw = raw[3:]
            if not raw.strip():
                continue
            try:
                line, warning = decode(raw, where)
                record = json.loads(line)
                if not isinstance(record, dict):
                    raise InputError(f"{where}: a line must be a JSON object")
                if record.get("text") is None:
                    raise InputError(f"{where}: missing 'text' field")
                if not isinstance(record["text"], str):
                    raise InputError(f"{where}: field 'text' must be a string, not {type(record['text']).__name__}")
                text, warnings = repair_text(record["text"], where)
                article = make_article(record, text, where, f"{path.stem}-{number}", date, lang)
            except json.JSONDecodeError as exc:
                yield BadInput(where, f"{where}: invalid JSON ({exc.msg})")
                continue
            except (ValueError, RecursionError) as exc:  # a 5,000-digit number, brackets nested too deep
                yield BadInput(where, f"{where}: invalid JSON ({type(exc).__name__})")
                continue
            except InputError as exc:
                yield BadInput(where, str(exc))
                continue
            for message in [warning, *warnings, *_undated(article)]:
                if message:
                    yield InputWarning(where, message)
            yield article


INPUT_SUFFIXES = (".txt", ".jsonl", ".html", ".htm")


def _files_under(folder: Path, excluded: frozenset[Path]) -> list[Path]:
    """The files under `folder` with an input suffix, sorted; the folders in `excluded` (resolved
    paths) are not entered. Named pipes and other files that are no regular ones are kept, to be
    reported."""
    found = []
    for root, folders, names in os.walk(folder):
        if excluded:
            folders[:] = [name for name in folders if Path(root, name).resolve() not in excluded]
        found.extend(Path(root, name) for name in names if Path(name).suffix.lower() in INPUT_SUFFIXES)
    return sorted(found)


def _expand(paths: Iterable[str | Path], excluded: frozenset[Path]) -> Iterator[Path]:
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            yield from _files_under(path, excluded)
        elif path.exists():
            yield path
        else:
            raise InputError(f"{path}: no such file or folder")


def read_inputs(paths: Iterable[str | Path], date: _dt.date | None = None,
                lang: str | None = None, *, exclude: Iterable[str | Path] = ()
                ) -> Iterator[Article | BadInput | InputWarning]:
    """Yield articles (with BadInput and InputWarning records) from files and folders, in a stable order.

    Folders are read recursively in sorted order, without entering the folders of `exclude` (a
    build's output folder, say); `.txt` and `.html` files take metadata from a sidecar `NAME.json`
    or from `date`/`lang`; `.jsonl` files give one article per line.
    """
    excluded = frozenset(Path(folder).resolve() for folder in exclude)
    for path in _expand(paths, excluded):
        suffix = path.suffix.lower()
        if suffix == ".jsonl":
            yield from _read_jsonl(path, date, lang)
            continue
        if suffix not in INPUT_SUFFIXES:
            yield BadInput(str(path), f"{path}: unsupported file type (expected {', '.join(INPUT_SUFFIXES)})")
            continue
        try:
            article, warnings = _read_txt(path, date, lang)
        except (InputError, OSError) as exc:
            yield BadInput(str(path), str(exc) if isinstance(exc, InputError) else f"{path}: {exc}")
            continue
        for message in warnings:
            yield InputWarning(str(path), message)
        yield article
