"""Merge document graphs into one networkx MultiDiGraph.

Nodes are keyed "entity:<key>", "event:<id>", "doc:<id>" and "item:<key>". Edges from an event carry
their role as the edge key ("supplier", "place", "item", "source_document", "attributed_to", ...);
facts between entities carry their predicate ("locatedIn", "leads", ...). Entities from different
articles merge into one node with every surface form and a mention count; anonymous sources stay
per article.
"""

from __future__ import annotations

from typing import Iterable

import networkx as nx

from .gazetteer import Gazetteer
from .model import DocGraph, Entity
from .resolve import resolve_entities


def _doc_scoped(key: str, doc: str) -> str:
    return f"anon:{doc}:{key[5:]}" if key.startswith("anon:") else key


def merge(docs: Iterable[DocGraph], gazetteer: Gazetteer) -> nx.MultiDiGraph:
    """One graph from many documents, independent of the order the documents arrive in."""
    docs = sorted(docs, key=lambda d: d.article.id)
    provisional = {}
    for doc in docs:
        for entity in doc.entities.values():
            if entity.provisional and entity.key not in provisional:
                provisional[entity.key] = entity
    resolution = resolve_entities(list(provisional.values()), gazetteer)

    def canonical(key: str, doc: str) -> str:
        return resolution.mapping.get(key, _doc_scoped(key, doc))

    graph = nx.MultiDiGraph(ambiguous=[[k, list(c)] for k, c in resolution.ambiguous])
    entities: dict[str, dict] = {}
    for doc in docs:
        article = doc.article
        graph.add_node(f"doc:{article.id}", kind="doc", id=article.id, title=article.title,
                       date=article.date.isoformat() if article.date else "", publisher=article.publisher,
                       url=article.url, lang=article.lang)
        for entity in doc.entities.values():
            key = canonical(entity.key, article.id)
            _add_entity(entities, key, entity, gazetteer)
        for fact in doc.facts:
            subject, obj = canonical(fact.subject, article.id), canonical(fact.object, article.id)
            for key in (subject, obj):
                if key not in entities and gazetteer.get(key):
                    entry = gazetteer.get(key)
                    _add_entity(entities, key, Entity(key, entry.label, entry.type, entry.wikidata), gazetteer)
            graph.add_edge(f"entity:{subject}", f"entity:{obj}", key=fact.predicate)
        for event in doc.events:
            node = f"event:{event.id}"
            graph.add_node(
                node, kind="event", type=event.type, status=event.status, doc=article.id,
                time=event.time.value if event.time else "", time_text=event.time.text if event.time else "",
                time_qualifier=event.time.qualifier if event.time else "", confidence=event.confidence,
                rule=event.rule, evidence_text=event.evidence.text, evidence_start=event.evidence.start,
                evidence_end=event.evidence.end, sentence=event.evidence.sentence,
                sources=[[canonical(s.key, article.id), s.relation] for s in event.sources],
            )
            graph.add_edge(node, f"doc:{article.id}", key="source_document")
            for role, key in event.roles:
                graph.add_edge(node, f"entity:{canonical(key, article.id)}", key=role)
            if event.place:
                graph.add_edge(node, f"entity:{canonical(event.place, article.id)}", key="place")
            if event.name:
                graph.add_edge(node, f"entity:{canonical(event.name, article.id)}", key="edition_of")
            for item in event.items:
                graph.add_node(f"item:{item.key}", kind="item", label=item.label, category=item.category)
                graph.add_edge(node, f"item:{item.key}", key="item")
            for source in event.sources:
                relation = "relayed_by" if source.relation == "relayed_by" else "attributed_to"
                graph.add_edge(node, f"entity:{canonical(source.key, article.id)}", key=relation)
    for key, data in sorted(entities.items()):
        graph.add_node(f"entity:{key}", kind="entity", key=key, **{**data, "aliases": sorted(data["aliases"])})
    for node, data in list(graph.nodes(data=True)):
        if "kind" not in data and node.startswith("entity:"):
            graph.nodes[node].update(kind="entity", key=node[7:], label=node[7:], type="unknown", wikidata="",
                                     provisional=True, aliases=[], mentions=0, position="", geonames=0,
                                     lat=None, lon=None)
    return graph


def _add_entity(entities: dict[str, dict], key: str, entity: Entity, gazetteer: Gazetteer) -> None:
    entry = gazetteer.get(key)
    record = entities.setdefault(key, {
        "label": entry.label if entry else entity.label, "type": entry.type if entry else entity.type,
        "wikidata": entry.wikidata if entry else entity.wikidata,
        "provisional": entry is None and not key.startswith("anon:"), "aliases": set(), "mentions": 0,
        "position": entity.position, "geonames": entry.geonames if entry else 0,
        "lat": entry.lat if entry else None, "lon": entry.lon if entry else None,
    })
    record["position"] = record["position"] or entity.position
    record["aliases"].update(entity.aliases)
    record["mentions"] += entity.mentions


def actor_network(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """Actors as nodes and events as edges between them (for pictures and Gephi).

    A two-sided event links its sides (supplier → recipient, attacker → target, visitor → host or
    destination country, participants pairwise); a one-sided event (a launch) is a self-loop.
    """
    directed = {"supplier": "recipient", "provider": "recipient", "attacker": "target", "imposer": "target",
                "visitor": "host", "requester": "provider"}
    network = nx.MultiDiGraph()
    for node, data in sorted(graph.nodes(data=True)):
        if data.get("kind") != "event":
            continue
        roles: dict[str, list[str]] = {}
        for _, target, role in sorted(graph.out_edges(node, keys=True)):
            if graph.nodes[target].get("kind") == "entity":
                roles.setdefault(role, []).append(target)
        pairs = []
        for source_role, target_role in directed.items():
            for a in roles.get(source_role, []):
                targets = roles.get(target_role, [])
                if not targets and source_role == "visitor":
                    targets = [p for p in roles.get("place", []) if graph.nodes[p].get("type") == "country"]
                pairs.extend((a, b) for b in targets)
        symmetric = roles.get("participant", []) + roles.get("party", []) + roles.get("attendee", [])
        pairs.extend((a, b) for i, a in enumerate(symmetric) for b in symmetric[i + 1:])
        if not pairs:
            actors = [t for r, ts in roles.items() if r not in ("place", "edition_of", "attributed_to", "relayed_by")
                      for t in ts]
            pairs = [(a, a) for a in actors[:1]]
        for a, b in pairs:
            if a == b and len(pairs) > 1:
                continue
            for end in (a, b):
                network.add_node(end, label=graph.nodes[end]["label"], type=graph.nodes[end]["type"])
            network.add_edge(a, b, key=node, type=data["type"], status=data["status"], time=data["time"],
                             doc=data["doc"], evidence=data["evidence_text"])
    return network
