"""The build: read → extract (per article, pure) → merge, as a stream.

A bad article is reported and skipped (or, with `strict`, fatal); every good article is kept.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field
from typing import Iterable

import networkx as nx

from .documents import BadInput, read_inputs
from .errors import InputError
from .extract import Resources, extract, load_resources
from .merge import merge
from .model import DocGraph


@dataclass
class BuildResult:
    graph: nx.MultiDiGraph
    docs: list[DocGraph]
    bad: list[BadInput] = field(default_factory=list)

    @property
    def events(self) -> int:
        return sum(1 for _, d in self.graph.nodes(data=True) if d.get("kind") == "event")

    @property
    def entities(self) -> int:
        return sum(1 for _, d in self.graph.nodes(data=True) if d.get("kind") == "entity")


def extract_all(inputs: Iterable[str], resources: Resources, date: _dt.date | None = None,
                lang: str | None = None, strict: bool = False) -> tuple[list[DocGraph], list[BadInput]]:
    """Document graphs of every good article, and the bad inputs met on the way."""
    docs: list[DocGraph] = []
    bad: list[BadInput] = []
    seen: set[str] = set()
    for item in read_inputs(inputs, date, lang):
        if isinstance(item, BadInput):
            if strict:
                raise InputError(item.message)
            bad.append(item)
            continue
        if item.id in seen:
            message = f"{item.path}: duplicate article id {item.id!r}"
            if strict:
                raise InputError(message)
            bad.append(BadInput(item.path, message))
            continue
        seen.add(item.id)
        docs.append(extract(item, resources))
    return docs, bad


def build(inputs: Iterable[str], date: _dt.date | None = None, lang: str | None = None,
          rules: tuple[str, ...] = (), gazetteers: tuple[str, ...] = (), strict: bool = False) -> BuildResult:
    """Build the merged graph of all articles under `inputs` (files or folders)."""
    resources = load_resources(tuple(rules), tuple(gazetteers))
    docs, bad = extract_all(inputs, resources, date, lang, strict)
    return BuildResult(merge(docs, resources.gazetteer), docs, bad)
