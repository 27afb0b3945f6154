"""A cache of document graphs for incremental builds.

An entry is keyed by a hash of the article (text and metadata) and of everything the extraction
depends on: the kgraph version and the bytes of every rule and gazetteer file in use. Changing a
rule file therefore invalidates every entry; adding articles reuses the entries of the old ones.
Entries are compressed pickles, as `PackedDocs` keeps document graphs (so a build's workers pack
each one once for both), written atomically; a cache folder is trusted like any file you run code
from. An unreadable entry counts as a miss.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from importlib import metadata
from pathlib import Path

from .errors import ExportError, InputError
from .gazetteer import BUNDLED
from .graphstore import pack, unpack
from .model import Article, DocGraph
from .rules import RULES_DIR

def _version() -> str:
    try:
        return metadata.version("kgraph")
    except metadata.PackageNotFoundError:  # pragma: no cover - running from a source tree
        return "source"


def fingerprint(settings) -> str:
    """A hash of the kgraph version, of its source files (an edited extractor makes entries stale
    even without a new version) and of every rule and gazetteer file the settings use."""
    digest = hashlib.sha256(_version().encode())
    package = Path(__file__).resolve().parent
    files = [*sorted(package.rglob("*.py")), *sorted(RULES_DIR.glob("*/*.toml")), *BUNDLED,
             *map(Path, settings.rules), *map(Path, settings.gazetteers)]
    for path in files:
        digest.update(str(path.name).encode() + b"\0")  # names, not folders: the same in every clone
        try:
            digest.update(path.read_bytes())
        except OSError as exc:
            raise InputError(f"{path}: cannot read ({exc.strerror})") from None
    return digest.hexdigest()


class ExtractionCache:
    """Document graphs on disk under `folder`, one file per article and rule set."""

    def __init__(self, folder: str | Path, settings):
        self.folder = Path(folder)
        self.rules_hash = fingerprint(settings)
        self.hits = self.misses = 0

    def _path(self, article: Article) -> Path:
        digest = hashlib.sha256(self.rules_hash.encode())
        for value in (article.id, article.text, article.lang, article.date.isoformat() if article.date else "",
                      article.title, article.url, article.publisher, article.path):
            digest.update(value.encode("utf-8", "surrogatepass") + b"\0")
        name = digest.hexdigest()
        return self.folder / name[:2] / f"{name}.pickle"

    def get(self, article: Article) -> DocGraph | None:
        path = self._path(article)
        try:
            doc = unpack(path.read_bytes())
        except Exception:  # noqa: BLE001 - any damaged entry is a miss: the article is extracted again
            self.misses += 1
            return None
        if not isinstance(doc, DocGraph) or doc.article.id != article.id:
            self.misses += 1
            return None
        self.hits += 1
        return doc

    def put(self, article: Article, doc: DocGraph | bytes) -> None:
        """Keep the document graph of `article`, as an object or already packed by `pack`."""
        blob = doc if isinstance(doc, bytes) else pack(doc)
        path = self._path(article)
        temporary = None
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".", suffix=".tmp")
            with os.fdopen(handle, "wb") as out:
                out.write(blob)
            os.replace(temporary, path)
        except OSError as exc:
            if temporary and os.path.exists(temporary):
                os.unlink(temporary)
            raise ExportError(f"{self.folder}: cannot write the cache ({exc.strerror})") from None
