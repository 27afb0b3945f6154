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
    for cluster in _same_events(docs, canonical, gazetteer):
        _add_event(graph, cluster, canonical, gazetteer)
    for key, data in sorted(entities.items()):
        graph.add_node(f"entity:{key}", kind="entity", key=key, **{**data, "aliases": sorted(data["aliases"])})
    for node, data in list(graph.nodes(data=True)):
        if "kind" not in data and node.startswith("entity:"):
            graph.nodes[node].update(kind="entity", key=node[7:], label=node[7:], type="unknown", wikidata="",
                                     provisional=True, aliases=[], mentions=0, position="", geonames=0,
                                     lat=None, lon=None)
    return graph


def _time_compatible(a: str, b: str) -> bool:
    """Can two time values describe the same event ("2023-09" and "2023-09-13" can)?"""
    if not a or not b:
        return True
    a_start, _, a_end = a.partition("/")
    b_start, _, b_end = b.partition("/")
    a_end, b_end = a_end or a_start, b_end or b_start
    return a_start[:len(b_end)] <= b_end[:len(a_start)] and b_start[:len(a_end)] <= a_end[:len(b_start)]


def _place_compatible(a: str | None, b: str | None, gazetteer: Gazetteer) -> bool:
    if not a or not b or a == b:
        return True
    inner_a, inner_b = gazetteer.get(a), gazetteer.get(b)
    return bool(inner_a and inner_a.country == b or inner_b and inner_b.country == a)


def _same_events(docs, canonical, gazetteer: Gazetteer) -> list[list[tuple]]:
    """Group events that several articles report: same type, status and actors in the same roles,
    compatible time and place, from different articles. Each group becomes one event node."""
    clusters: list[list[tuple]] = []
    buckets: dict[tuple, list[int]] = {}
    for doc in docs:
        for event in doc.events:
            doc_id = doc.article.id
            roles = frozenset((role, canonical(key, doc_id)) for role, key in event.roles)
            place = canonical(event.place, doc_id) if event.place else None
            time = event.time.value if event.time else ""
            bucket = buckets.setdefault((event.type, event.status, roles), [])
            for index in bucket:
                members = clusters[index]
                if all(d.article.id != doc_id for d, _, _, _ in members) and all(
                        _time_compatible(time, t) and _place_compatible(place, p, gazetteer) for _, _, t, p in members):
                    members.append((doc, event, time, place))
                    break
            else:
                bucket.append(len(clusters))
                clusters.append([(doc, event, time, place)])
    return clusters


def _add_event(graph: nx.MultiDiGraph, cluster: list[tuple], canonical, gazetteer: Gazetteer) -> None:
    """One event node for a group of reports of the same event, with every report's evidence."""
    first_doc, first, _, _ = cluster[0]
    node = f"event:{first.id}"
    best_time = max((e.time for _, e, _, _ in cluster if e.time),  # the most precise: a day beats a week
                    key=lambda t: (len(t.value.partition("/")[0]), "/" not in t.value), default=None)
    sources = []
    for doc, event, _, _ in cluster:
        for source in event.sources:
            pair = [canonical(source.key, doc.article.id), source.relation]
            if pair not in sources:
                sources.append(pair)
    reports = [{"id": e.id, "doc": d.article.id, "evidence_text": e.evidence.text, "evidence_start": e.evidence.start,
                "evidence_end": e.evidence.end, "sentence": e.evidence.sentence, "rule": e.rule} for d, e, _, _ in cluster]
    graph.add_node(
        node, kind="event", type=first.type, status=first.status, doc=first_doc.article.id,
        time=best_time.value if best_time else "", time_text=best_time.text if best_time else "",
        time_qualifier=best_time.qualifier if best_time else "", confidence=max(e.confidence for _, e, _, _ in cluster),
        rule=first.rule, evidence_text=first.evidence.text, evidence_start=first.evidence.start,
        evidence_end=first.evidence.end, sentence=first.evidence.sentence, sources=sources, reports=reports,
    )
    for doc, event, _, place in cluster:
        doc_id = doc.article.id
        graph.add_edge(node, f"doc:{doc_id}", key="source_document")
        for role, key in event.roles:
            graph.add_edge(node, f"entity:{canonical(key, doc_id)}", key=role)
        if event.name:
            graph.add_edge(node, f"entity:{canonical(event.name, doc_id)}", key="edition_of")
        for item in event.items:
            graph.add_node(f"item:{item.key}", kind="item", label=item.label, category=item.category)
            graph.add_edge(node, f"item:{item.key}", key="item")
        for source in event.sources:
            relation = "relayed_by" if source.relation == "relayed_by" else "attributed_to"
            graph.add_edge(node, f"entity:{canonical(source.key, doc_id)}", key=relation)
    places = [p for _, _, _, p in cluster if p]
    if places:  # the most specific: a place inside another wins (Vladivostok over Russia)
        inner = [p for p in places if getattr(gazetteer.get(p), "country", None) in places]
        graph.add_edge(node, f"entity:{(inner or places)[0]}", key="place")


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
