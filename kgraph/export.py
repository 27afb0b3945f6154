"""Write exports atomically: every file goes to a temporary name first and is renamed into place
only when all of them are complete, so a failed build leaves the previous exports intact.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from pathlib import Path
from typing import BinaryIO, Callable, Iterable, Iterator

import networkx as nx

from .errors import ExportError
from .rdf.mint import mint
from .rdf.to_rdf import serialize


def turtle_bytes(graph: nx.MultiDiGraph) -> bytes:
    """The graph as Turtle (serialized by pyoxigraph); the same graph always gives the same bytes."""
    return serialize(graph, "turtle")[0]


def _entity(graph: nx.MultiDiGraph, node: str) -> dict:
    data = graph.nodes[node]
    return {"name": data["label"], "wikidata": data.get("wikidata") or None,
            "id": str(mint("entity", node.split(":", 1)[1]))}


def iter_event_records(graph: nx.MultiDiGraph) -> Iterator[dict]:
    """One JSON-ready record per event, in a stable order (article, sentence, offset, id), made one at
    a time so that a large graph is written without holding every record."""
    order = sorted((data["doc"], data["sentence"], data["evidence_start"], node)
                   for node, data in graph.nodes(data=True) if data.get("kind") == "event")
    for *_, node in order:
        yield _event_record(graph, node, graph.nodes[node])


def event_records(graph: nx.MultiDiGraph) -> list[dict]:
    """Every event record, in the order of `iter_event_records`."""
    return list(iter_event_records(graph))


def _event_record(graph: nx.MultiDiGraph, node: str, data: dict) -> dict:
    participants, place, items, name = [], None, [], None
    for _, target, key in sorted(graph.out_edges(node, keys=True), key=lambda e: (e[2], e[1])):
        if key == "place":
            place = _entity(graph, target)
        elif key == "item":
            items.append({"name": graph.nodes[target]["label"], "category": graph.nodes[target]["category"]})
        elif key == "edition_of":
            name = _entity(graph, target)
        elif key not in ("source_document", "attributed_to", "relayed_by"):
            participants.append({"role": key, **_entity(graph, target)})
    sources = [{"relation": relation, **_entity(graph, f"entity:{key}")} for key, relation in data["sources"]]
    return {
        "doc": data["doc"], "id": node.split(":", 1)[1], "type": data["type"], "status": data["status"],
        "participants": participants, "place": place,
        "time": {"value": data["time"], "text": data["time_text"], "qualifier": data["time_qualifier"] or None}
        if data["time"] else None,
        "items": items, "source": ({k: v for k, v in sources[0].items() if k in ("name", "wikidata", "id")}
                                   if sources else None),
        "sources": sources, "edition_of": name,
        "evidence": {"text": data["evidence_text"], "start": data["evidence_start"], "end": data["evidence_end"]},
        "reports": [{"doc": r["doc"], "evidence": {"text": r["evidence_text"], "start": r["evidence_start"],
                                                    "end": r["evidence_end"]}} for r in data.get("reports", [])],
        "rule": data["rule"], "confidence": data["confidence"],
    }


_LINE_BREAKS = {"\u0085": "\\u0085", "\u2028": "\\u2028", "\u2029": "\\u2029"}


def _one_line(record: dict) -> str:
    """A JSON object on one line even for readers that also break lines at U+0085/U+2028/U+2029."""
    line = json.dumps(record, ensure_ascii=False, sort_keys=False)
    for char, escaped in _LINE_BREAKS.items():
        line = line.replace(char, escaped)
    return line


def write_jsonl(graph: nx.MultiDiGraph, handle: BinaryIO) -> None:
    """Stream the events as JSON Lines into a binary file, one record at a time."""
    for record in iter_event_records(graph):
        handle.write((_one_line(record) + "\n").encode("utf-8"))


def jsonl_bytes(graph: nx.MultiDiGraph) -> bytes:
    """The events as JSON Lines: one object per line, in a stable order."""
    lines = [_one_line(r) for r in iter_event_records(graph)]
    return ("\n".join(lines) + ("\n" if lines else "")).encode("utf-8")


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_files(files: dict[Path, bytes | Callable[[BinaryIO], object]], remove: Iterable[Path] = ()) -> None:
    """Write all files or none: temporaries first, then renames; if a rename fails (or the run is
    interrupted), the files already replaced are put back and the new ones removed. A value is the
    file's bytes, or a function that streams them into the open file (N-Triples of a large build).
    The files in `remove` (an earlier run's exports this one does not write) are deleted once every
    new file is in place."""
    temporaries: list[tuple[str, Path]] = []
    kept: dict[Path, str] = {}  # a file about to be replaced → a copy of it, for a rollback
    placed: list[Path] = []
    try:
        for path, data in files.items():
            if path.is_dir():
                raise ExportError(f"cannot write exports: {path} is a folder")
            path.parent.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
            temporaries.append((temporary, path))
            with os.fdopen(handle, "wb") as out:
                if callable(data):
                    data(out)
                else:
                    out.write(data)
            os.chmod(temporary, 0o666 & ~_umask())
        for temporary, path in temporaries:
            if path.exists():
                kept[path] = _backup(path, f"{temporary}.old")
            os.replace(temporary, path)
            placed.append(path)
    except BaseException as exc:
        for path in placed:  # the earlier exports as they were; a file that was not there goes
            try:
                if path in kept:
                    os.replace(kept[path], path)
                else:
                    path.unlink(missing_ok=True)
            except OSError:  # best effort: the error that stopped the writing is the one to report
                pass
        if isinstance(exc, OSError):
            raise ExportError(f"cannot write exports: {exc}") from None
        raise
    finally:
        for temporary, _ in temporaries:
            for leftover in (temporary, f"{temporary}.old"):
                if os.path.exists(leftover):
                    os.unlink(leftover)
    for path in remove:
        if path.is_file() and path not in files:
            try:
                path.unlink()
            except OSError as exc:
                raise ExportError(f"cannot remove the earlier export {path}: {exc.strerror}") from None


def _backup(path: Path, backup: str) -> str:
    """A copy of `path` at `backup`: a hard link where the file system has them, else a real copy."""
    try:
        os.link(path, backup)
    except OSError:
        shutil.copy2(path, backup)
    return backup
