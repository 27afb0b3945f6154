"""Graph analytics as functions f(G) -> dict over a merged kgraph graph.

>>> import networkx as nx
>>> G = nx.MultiDiGraph()
>>> G.add_node("event:1", kind="event", type="Meeting", status="planned")
>>> G.add_node("event:2", kind="event", type="Launch", status="failed")
>>> G.add_node("entity:kim", kind="entity", label="Kim Jong Un")
>>> G.add_node("entity:putin", kind="entity", label="Vladimir Putin")
>>> _ = G.add_edge("event:1", "entity:kim", key="participant")
>>> _ = G.add_edge("event:1", "entity:putin", key="participant")
>>> _ = G.add_edge("event:2", "entity:kim", key="launcher")
>>> events_by_type(G)
{'Launch': 1, 'Meeting': 1}
>>> events_by_status(G)
{'failed': 1, 'planned': 1}
>>> actor_event_counts(G)
{'Kim Jong Un': 2, 'Vladimir Putin': 1}
"""

from __future__ import annotations

from collections import Counter

import networkx as nx

NON_ACTOR_EDGES = {"place", "item", "source_document", "attributed_to", "relayed_by", "edition_of"}


def _events(G: nx.MultiDiGraph):
    return [(n, d) for n, d in G.nodes(data=True) if d.get("kind") == "event"]


def events_by_type(G: nx.MultiDiGraph) -> dict:
    """How many events of each type."""
    return dict(sorted(Counter(d["type"] for _, d in _events(G)).items()))


def events_by_status(G: nx.MultiDiGraph) -> dict:
    """How many events of each status."""
    return dict(sorted(Counter(d["status"] for _, d in _events(G)).items()))


def actor_event_counts(G: nx.MultiDiGraph) -> dict:
    """In how many events each actor takes part (any role), most active first."""
    counts: Counter = Counter()
    for node, _ in _events(G):
        actors = {t for _, t, k in G.out_edges(node, keys=True) if k not in NON_ACTOR_EDGES}
        counts.update(G.nodes[a]["label"] for a in actors)
    return dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
