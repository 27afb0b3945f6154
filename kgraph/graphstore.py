"""A compact, read-only networkx graph for large builds, and document graphs packed for the merge.

A merged networkx MultiDiGraph spends most of its memory on Python containers: a dict of attributes
per event and, per edge, a key dict and an attribute dict shared by two adjacency dicts (about 40 KB
per synthetic article, 4 GB at 100,000 articles). `CompactGraph` keeps each event as one tuple of
its attributes and one tuple of its edges, and builds the dicts networkx expects only when they are
read, so every reader of a MultiDiGraph (`graph.nodes(data=True)`, `graph.nodes[n]`,
`graph.out_edges(n, keys=True)`, the RDF writer's walk over `graph._succ`) reads it unchanged. It is
frozen; `to_networkx()` gives an ordinary, mutable copy with the same nodes, edges and order.

`PackedDocs` holds the document graphs of a build as compressed pickles until the merge reads them,
one at a time, in article order.
"""

from __future__ import annotations

import os
import pickle
import tempfile
import weakref
import zlib
from collections.abc import Mapping
from typing import Iterable, Iterator

import networkx as nx

from .model import Article, DocGraph

# the attributes of an event node, in the order the merge writes them; the tuple of `EventRow`
EVENT_FIELDS = ("type", "status", "doc", "time", "time_text", "time_qualifier", "confidence", "rule",
                "evidence_text", "evidence_start", "evidence_end", "sentence", "sources", "reports")
REPORT_FIELDS = ("id", "doc", "evidence_text", "evidence_start", "evidence_end", "sentence", "rule")
EDGES = len(EVENT_FIELDS)  # an EventRow's last field: its out-edges, (target, key, target, key, ...)
# the attributes of an entity node, in the order the merge writes them; the tuple of `EntityRow`
ENTITY_FIELDS = ("kind", "key", "label", "type", "wikidata", "provisional", "aliases", "mentions", "position",
                 "geonames", "lat", "lon")
_ENTITY_INDEX = {name: index for index, name in enumerate(ENTITY_FIELDS)}


class EventRow(tuple):
    """An event's attributes in `EVENT_FIELDS` order, then its edges; sources as (key, relation)
    pairs, and reports as `REPORT_FIELDS` tuples, or () for the one report the event's own fields
    make."""

    __slots__ = ()

    def as_dict(self, node: str) -> dict:
        data = {"kind": "event", **dict(zip(EVENT_FIELDS, self))}
        data["sources"] = [list(pair) for pair in self[12]]  # as the merge of networkx graphs writes them
        reports = self[13] or ((node[6:], self[2], self[8], self[9], self[10], self[11], self[7]),)
        data["reports"] = [dict(zip(REPORT_FIELDS, report)) for report in reports]
        return data


class EntityRow(tuple):
    """An entity's attributes in `ENTITY_FIELDS` order (aliases as a tuple)."""

    __slots__ = ()


class _CopiesAsDict:
    """Copies, deep copies and pickles as a plain dict (what networkx and users expect of node data)."""

    __slots__ = ()

    def copy(self) -> dict:
        return dict(self)

    def __deepcopy__(self, memo) -> dict:
        import copy

        return copy.deepcopy(dict(self), memo)

    def __reduce__(self):
        return dict, (dict(self),)


class _EntityView(_CopiesAsDict, Mapping):
    """An entity's attributes read from its row without making a dict (exports read them often)."""

    __slots__ = ("_row",)

    def __init__(self, row: EntityRow):
        self._row = row

    def __getitem__(self, name):
        value = self._row[_ENTITY_INDEX[name]]
        return list(value) if name == "aliases" else value

    def get(self, name, default=None):
        index = _ENTITY_INDEX.get(name)
        return default if index is None else self[name]

    def __iter__(self):
        return iter(ENTITY_FIELDS)

    def __len__(self):
        return len(ENTITY_FIELDS)

    def __contains__(self, name):
        return name in _ENTITY_INDEX


def _read_only(*_args, **_kwargs):
    raise nx.NetworkXError("a compact kgraph graph is read-only; graph.to_networkx() gives a mutable copy")


class _EventData(_CopiesAsDict, dict):
    """An event's attributes as read from its row: a dict that refuses changes (they would be lost),
    and copies, deep-copies and pickles as a plain dict."""

    def _refuse(self, *_args, **_kwargs):
        raise TypeError("an event of a compact kgraph graph is read-only; graph.to_networkx() gives a mutable copy")

    __setitem__ = __delitem__ = update = pop = popitem = clear = setdefault = _refuse


class _ByNode(Mapping):
    """A mapping keyed by the graph's nodes, in graph order (`_nodes`: node → stored value)."""

    _nodes: dict

    def __iter__(self):
        return iter(self._nodes)

    def __len__(self):
        return len(self._nodes)

    def __contains__(self, node):
        return node in self._nodes


class _Nodes(_ByNode):
    """node → attributes: a dict for documents and items, a read-only view of the row of an entity,
    or a read-only dict built from the row of an event (a change to it would be lost)."""

    def __init__(self, store: dict):
        self._nodes = store

    def __getitem__(self, node):
        value = self._nodes[node]
        if isinstance(value, EventRow):
            return _EventData(value.as_dict(node))
        return _EntityView(value) if isinstance(value, EntityRow) else value


def _adjacency(flat: tuple) -> dict:
    """{target: {key: {}}} from (target, key, target, key, ...)."""
    out: dict = {}
    for index in range(0, len(flat), 2):
        out.setdefault(flat[index], {})[flat[index + 1]] = {}
    return out


class _Successors(_ByNode):
    """node → {target: {key: {}}}, in the order the edges were added."""

    def __init__(self, edges: dict, nodes: dict):
        self._edges, self._nodes = edges, nodes

    def flat(self, node) -> tuple:
        value = self._nodes[node]
        return value[EDGES] if isinstance(value, EventRow) else self._edges.get(node, ())

    def __getitem__(self, node):
        return _adjacency(self.flat(node))


class _Predecessors(_ByNode):
    """node → {source: {key: {}}}: built in full the first time it is read (nothing in kgraph reads it)."""

    def __init__(self, successors: _Successors, nodes: dict):
        self._successors, self._nodes, self._index = successors, nodes, None

    def _built(self) -> dict:
        if self._index is None:
            index: dict = {node: {} for node in self._nodes}
            for source in self._nodes:
                for target, keys in _adjacency(self._successors.flat(source)).items():
                    index[target][source] = keys
            self._index = index
        return self._index

    def __getitem__(self, node):
        return self._built()[node]


class CompactGraph(nx.MultiDiGraph):
    """A frozen MultiDiGraph whose events are stored as tuples (see the module's docstring).

    networkx makes new graphs of a graph's own class (`G.__class__()`) for subgraph views,
    `relabel_nodes` and `compose`; called so, with no data, the class gives an ordinary
    MultiDiGraph."""

    def __new__(cls, nodes: dict | None = None, edges: dict | None = None, **attr):
        if nodes is None:
            return nx.MultiDiGraph(**attr)
        return super().__new__(cls)

    def __init__(self, nodes: dict, edges: dict, **attr):
        """`nodes`: node → attribute dict, `EntityRow` or `EventRow` (which holds the event's edges),
        in graph order; `edges`: any other node → (target, key, target, key, ...) in the order the
        edges were added."""
        super().__init__(**attr)
        self._node = _Nodes(nodes)
        self._adj = self._succ = _Successors(edges, nodes)
        self._pred = _Predecessors(self._succ, nodes)
        for name in ("add_node", "add_nodes_from", "remove_node", "remove_nodes_from", "add_edge", "add_edges_from",
                     "add_weighted_edges_from", "remove_edge", "remove_edges_from", "clear", "clear_edges", "update"):
            setattr(self, name, _read_only)
        self.frozen = True

    def stored_nodes(self) -> Iterator[tuple[str, Mapping | EventRow]]:
        """(node, its attributes, or its `EventRow` for an event) in graph order, without making any dict."""
        for node, value in self._node._nodes.items():
            yield node, _EntityView(value) if isinstance(value, EntityRow) else value

    def event_row(self, node: str) -> EventRow:
        return self._node._nodes[node]

    def flat_edges(self, node: str) -> tuple:
        """A node's out-edges as (target, key, target, key, ...)."""
        return self._succ.flat(node)

    def to_networkx(self) -> nx.MultiDiGraph:
        """An ordinary MultiDiGraph with the same nodes, attributes and edges, in the same order."""
        graph = nx.MultiDiGraph(**self.graph)
        for node, data in self._node.items():
            graph.add_node(node, **dict(data))
        for node in self._node:
            for target, keys in self._succ[node].items():
                for key in keys:
                    graph.add_edge(node, target, key=key)
        return graph

    def copy(self, as_view: bool = False) -> nx.MultiDiGraph:
        return self.to_networkx()

    def to_directed(self, as_view: bool = False) -> nx.MultiDiGraph:
        return self.to_networkx()

    def to_undirected(self, reciprocal: bool = False, as_view: bool = False) -> nx.MultiGraph:
        return self.to_networkx().to_undirected(reciprocal=reciprocal)

    def reverse(self, copy: bool = True) -> nx.MultiDiGraph:
        return self.to_networkx().reverse(copy=True)

    def __reduce__(self):
        return _from_networkx, (self.to_networkx(),)


def _from_networkx(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    return graph


def pack(doc: DocGraph) -> bytes:
    """A document graph as `PackedDocs` keeps it: a compressed pickle."""
    return zlib.compress(pickle.dumps(doc, pickle.HIGHEST_PROTOCOL), 1)


def unpack(blob: bytes) -> DocGraph:
    """The document graph `pack` packed."""
    return pickle.loads(zlib.decompress(blob))


class PackedDocs:
    """Document graphs kept as compressed pickles in a temporary file (about 2 KB an article on disk,
    nothing but an offset in memory), read back one at a time in article order."""

    def __init__(self, docs: Iterable[DocGraph] = ()):
        self._file = tempfile.TemporaryFile(prefix="kgraph-docs-")  # in $TMPDIR; gone when closed
        weakref.finalize(self, self._file.close)  # closed with the object, also when never drained
        self._index: list[tuple[str, int, int]] = []  # (article id, offset, length)
        self._end = 0
        self.articles: list[Article] = []
        for doc in docs:
            self.append(doc)

    def append(self, doc: DocGraph) -> None:
        self.append_packed(doc.article, pack(doc))

    def append_packed(self, article: Article, blob: bytes) -> None:
        """Keep a document graph packed by `pack` (in a worker, say) under its article's metadata."""
        self._file.write(blob)
        self._index.append((article.id, self._end, len(blob)))
        self._end += len(blob)
        self.articles.append(article)

    def __len__(self) -> int:
        return len(self._index)

    def _read(self, offset: int, length: int) -> DocGraph:
        return unpack(os.pread(self._file.fileno(), length, offset))

    def __iter__(self) -> Iterator[DocGraph]:
        """Each document graph, in article-id order."""
        if self._file.closed:
            raise ValueError("these packed documents were emptied by a merge already; pack them again")
        self._file.flush()
        for _, offset, length in sorted(self._index):
            yield self._read(offset, length)

    def drain(self) -> Iterator[DocGraph]:
        """Each document graph, in article-id order, and then the file is gone: the last reading (also
        when the reader stops early, as a failed merge does)."""
        try:
            yield from self
        finally:
            self._index = []
            self._file.close()
