"""The actor network for Gephi and Cytoscape: GEXF and GraphML, written by networkx.

Nodes are actors (label, type, Wikidata id, mention count); edges are events (id, event_type, status,
time, article, evidence sentence, sources; "type" is GEXF's own word for an edge's direction). Every attribute is a string or an integer, never
missing (an absent value is ""), because GEXF and GraphML type each attribute once for all
elements and Gephi rejects mixed or empty types.
"""

from __future__ import annotations

import io
import re

import networkx as nx

from .errors import ExportError
from .merge import actor_network


_NOT_XML = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _xml(value):
    """A value XML 1.0 can carry: characters it forbids (U+FFFE, U+FFFF, most C0 controls) dropped."""
    return _NOT_XML.sub("", value) if isinstance(value, str) else value


def gephi_network(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """The actor network with attributes typed for GEXF/GraphML readers.

    >>> from kgraph.merge import merge
    >>> gephi_network(nx.MultiDiGraph()).number_of_nodes()
    0
    """
    network = actor_network(graph)
    out = nx.MultiDiGraph()
    for node, data in sorted(network.nodes(data=True)):
        entity = graph.nodes[node]
        out.add_node(node, label=data["label"], type=data["type"], wikidata=entity.get("wikidata") or "",
                     mentions=int(entity.get("mentions", 0)))
    edges_of: dict[str, int] = {}  # an event of three actors is several edges: each needs its own id
    for a, b, key, data in sorted(network.edges(keys=True, data=True), key=lambda e: (e[2], e[0], e[1])):
        event = graph.nodes[key]
        sources = "; ".join(graph.nodes[f"entity:{k}"]["label"] for k, _ in event.get("sources", [])
                            if f"entity:{k}" in graph)
        event_id = key.split(":", 1)[1]
        edges_of[event_id] = edges_of.get(event_id, 0) + 1
        edge_id = event_id if edges_of[event_id] == 1 else f"{event_id}-{edges_of[event_id]}"
        out.add_edge(a, b, key=edge_id, event=event_id, label=data["type"], event_type=data["type"], status=data["status"],
                     time=data["time"] or "", doc=data["doc"], evidence=data["evidence"], sources=sources,
                     reports=len(event.get("reports") or [1]))
    for _, data in out.nodes(data=True):
        data.update({k: _xml(v) for k, v in data.items()})
    for _, _, data in out.edges(data=True):
        data.update({k: _xml(v) for k, v in data.items()})
    return nx.relabel_nodes(out, {n: _xml(n) for n in out.nodes if _xml(n) != n})


def gexf_bytes(graph: nx.MultiDiGraph) -> bytes:
    """The actor network as GEXF 1.2 (Gephi's own format)."""
    buffer = io.BytesIO()
    try:
        nx.write_gexf(gephi_network(graph), buffer, version="1.2draft")
    except (TypeError, ValueError, nx.NetworkXError) as exc:
        raise ExportError(f"cannot write GEXF: {exc}") from None
    return _stable(buffer.getvalue())


def graphml_bytes(graph: nx.MultiDiGraph) -> bytes:
    """The actor network as GraphML (Cytoscape, Gephi, yEd)."""
    buffer = io.BytesIO()
    try:
        nx.write_graphml(gephi_network(graph), buffer, named_key_ids=True, edge_id_from_attribute=None)
    except (TypeError, ValueError, nx.NetworkXError) as exc:
        raise ExportError(f"cannot write GraphML: {exc}") from None
    return buffer.getvalue()


def _stable(gexf: bytes) -> bytes:
    """GEXF without its lastmodifieddate, so the same graph gives the same bytes on any day."""
    start = gexf.find(b' lastmodifieddate="')
    if start < 0:
        return gexf
    end = gexf.find(b'"', start + len(b' lastmodifieddate="'))
    return gexf[:start] + gexf[end + 1:]
