"""Merge document graphs into one networkx MultiDiGraph.

Nodes are keyed "entity:<key>", "event:<id>", "doc:<id>" and "item:<key>". Edges from an event carry
their role as the edge key ("supplier", "place", "item", "source_document", "attributed_to", ...);
facts between entities carry their predicate ("locatedIn", "leads", ...). Entities from different
articles merge into one node with every surface form and a mention count; anonymous sources stay
per article.
"""

from __future__ import annotations

from sys import intern
from typing import Iterable

import networkx as nx

from .gazetteer import Gazetteer
from .graphstore import CompactGraph, EntityRow, EventRow, PackedDocs
from .model import DocGraph, Entity
from .resolve import resolve_entities


def _doc_scoped(key: str, doc: str) -> str:
    return f"anon:{doc}:{key[5:]}" if key.startswith("anon:") else key


def merge(docs: Iterable[DocGraph], gazetteer: Gazetteer) -> nx.MultiDiGraph:
    """One graph from many documents, independent of the order the documents arrive in."""
    return merge_compact(sorted(docs, key=lambda d: d.article.id), gazetteer).to_networkx()


def merge_compact(docs: Iterable[DocGraph], gazetteer: Gazetteer) -> CompactGraph:
    """The merged graph as a `CompactGraph`, reading the documents twice, one at a time: `docs` is
    re-iterable and yields them in article-id order (a sorted list, or `PackedDocs`, which the second
    reading empties). No document is held after it is read; events are folded into their groups as
    they arrive."""
    provisional, seen = {}, set()
    for doc in docs:
        if doc.article.id in seen:  # its events would take the ids of the first one's
            raise ValueError(f"duplicate article id {doc.article.id!r}: each document must have its own id")
        seen.add(doc.article.id)
        for entity in doc.entities.values():
            if entity.provisional and entity.key not in provisional:
                provisional[entity.key] = entity
    resolution = resolve_entities(list(provisional.values()), gazetteer)
    del provisional, seen

    def canonical(key: str, doc: str) -> str:
        return resolution.mapping.get(key, _doc_scoped(key, doc))

    builder = _Builder()
    entities: dict[str, dict] = {}
    groups = _Groups(gazetteer)
    for doc in (docs.drain() if isinstance(docs, PackedDocs) else docs):
        article = doc.article
        builder.node(f"doc:{article.id}", {
            "kind": "doc", "id": article.id, "title": article.title,
            "date": article.date.isoformat() if article.date else "", "publisher": article.publisher,
            "url": article.url, "lang": article.lang})
        for entity in doc.entities.values():
            _add_entity(entities, canonical(entity.key, article.id), entity, gazetteer)
        for fact in doc.facts:
            subject, obj = canonical(fact.subject, article.id), canonical(fact.object, article.id)
            for key in (subject, obj):
                if key not in entities and gazetteer.get(key):
                    entry = gazetteer.get(key)
                    _add_entity(entities, key, Entity(key, entry.label, entry.type, entry.wikidata), gazetteer)
            builder.edge(f"entity:{subject}", f"entity:{obj}", fact.predicate)
        for event in doc.events:
            groups.add(article.id, event, canonical)
    groups.write(builder, gazetteer)
    for key, data in sorted(entities.items()):
        builder.node(f"entity:{key}", EntityRow((
            "entity", key, data["label"], data["type"], data["wikidata"], data["provisional"],
            tuple(sorted(data["aliases"])), data["mentions"], data["position"], data["geonames"], data["lat"],
            data["lon"])))
    del entities
    for node, data in builder.nodes.items():
        if isinstance(data, dict) and "kind" not in data and node.startswith("entity:"):
            builder.nodes[node] = EntityRow(("entity", node[7:], node[7:], "unknown", "", True, (), 0, "", 0, None, None))
    return builder.graph(ambiguous=[[k, list(c)] for k, c in resolution.ambiguous])


class _Builder:
    """Nodes and edges in the order networkx would hold them after the same `add_node`/`add_edge`
    calls: a node first named by an edge is placed there, and its attributes are added later."""

    def __init__(self):
        self.nodes: dict[str, dict | EntityRow | EventRow | None] = {}
        self._steps: dict[str, list[str]] = {}  # the facts' edges of each entity: target, key, target, key, ...

    def node(self, node: str, data: dict | EventRow) -> None:
        current = self.nodes.get(node)
        if isinstance(current, dict) and isinstance(data, dict):
            current.update(data)
        else:
            self.nodes[node] = data

    def edge(self, source: str, target: str, key: str) -> None:
        for end in (source, target):
            if end not in self.nodes:
                self.nodes[end] = {}
        self._steps.setdefault(source, []).extend((target, key))

    def flat_edges(self, steps: tuple[str, ...] | list[str], items: dict[str, dict]) -> tuple:
        """The edges of one node given at once ([target, key, target, key, ...]), as the tuple
        the graph keeps: each (target, key) once, grouped by target as networkx holds them. An
        item's node is added with its attributes (`items`) where its edge names it."""
        targets: dict[str, list[str]] = {}
        for index in range(0, len(steps), 2):
            target, key = steps[index], steps[index + 1]
            if target in items:
                self.node(target, dict(items[target]))
            elif target not in self.nodes:
                self.nodes[target] = {}
            keys = targets.setdefault(target, [])
            if key not in keys:
                keys.append(key)
        return tuple(part for target, keys in targets.items() for key in keys for part in (target, key))

    def graph(self, **attr) -> CompactGraph:
        edges = {source: self.flat_edges(steps, {}) for source, steps in self._steps.items()}
        self._steps = {}
        return CompactGraph(self.nodes, edges, **attr)


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


class _Group:
    """The reports of one event so far: what the event node and its edges will be made of (a report
    after the first adds its member and its report; most events have one report)."""

    __slots__ = ("first", "time", "confidence", "sources", "members", "reports", "steps")

    def __init__(self, first: tuple, steps: tuple):
        self.first = first  # id, type, status, doc, rule, evidence text, start, end, sentence, time value, place
        self.time: tuple[str, str, str] | None = None  # the most precise (value, text, qualifier) so far
        self.confidence = 0.0
        self.sources: tuple[tuple[str, str], ...] = ()
        self.members: tuple[tuple[str, str, str | None], ...] = ()  # (doc, time value, place) of later reports
        self.reports: tuple[tuple, ...] = ()  # the later reports, as `REPORT_FIELDS` tuples
        self.steps = steps  # the event's edges in order: target, key, target, key, ...

    def all_members(self) -> tuple:
        first = self.first
        return ((first[3], first[9], first[10]), *self.members)


class _Groups:
    """Group events that several articles report: same type, status and actors in the same roles,
    compatible time and place, from different articles. Each group becomes one event node.

    Names that recur (node names, roles, types, rule ids, time values) are kept once (`sys.intern`):
    the documents arrive unpickled, each with its own copies."""

    def __init__(self, gazetteer: Gazetteer):
        self.gazetteer = gazetteer
        self.groups: list[_Group | None] = []
        self.buckets: dict[str, int | list[int]] = {}  # a group's index, or the indexes of several
        self.items: dict[str, dict] = {}  # item node → its attributes
        self.numbers: dict = {}  # offsets and confidences, kept once each

    def _number(self, value):
        """`value`, kept once (keyed by type too: 1 and 1.0 are equal keys but print differently)."""
        return self.numbers.setdefault((type(value), value), value)

    def add(self, doc_id: str, event, canonical) -> None:
        roles = sorted({f"{role}\x1f{canonical(key, doc_id)}" for role, key in event.roles})
        place = intern(canonical(event.place, doc_id)) if event.place else None
        time = intern(event.time.value) if event.time else ""
        number, evidence = self._number, event.evidence
        steps = _steps(doc_id, event, canonical, self.items)
        key = "\x1e".join([event.type, event.status, *roles])
        bucket = self.buckets.get(key, ())
        for index in ([bucket] if isinstance(bucket, int) else bucket):
            group = self.groups[index]
            members = group.all_members()
            if all(d != doc_id for d, _, _ in members) and all(
                    _time_compatible(time, t) and _place_compatible(place, p, self.gazetteer) for _, t, p in members):
                group.members += ((doc_id, time, place),)
                group.reports += ((event.id, doc_id, evidence.text, number(evidence.start), number(evidence.end),
                                   evidence.sentence, intern(event.rule)),)
                group.steps += steps
                break
        else:
            index = len(self.groups)
            self.buckets[key] = index if not bucket else [bucket, index] if isinstance(bucket, int) else [*bucket, index]
            group = _Group((event.id, intern(event.type), intern(event.status), doc_id, intern(event.rule),
                            evidence.text, number(evidence.start), number(evidence.end), evidence.sentence, time,
                            place), steps)
            self.groups.append(group)
        if event.time and (group.time is None or _precision(time) > _precision(group.time[0])):
            group.time = (time, intern(event.time.text), intern(event.time.qualifier))  # a day beats a week
        group.confidence = number(max(group.confidence, event.confidence))
        for source in event.sources:
            pair = (intern(canonical(source.key, doc_id)), intern(source.relation))
            if pair not in group.sources:
                group.sources += (pair,)

    def write(self, builder: _Builder, gazetteer: Gazetteer) -> None:
        """Every group as an event node with its edges, in the order the groups began; each group is
        let go once written."""
        self.buckets = {}
        for index, group in enumerate(self.groups):
            self.groups[index] = None
            event_id, event_type, status, doc_id, rule, text, start, end, sentence, _, _ = group.first
            node = f"event:{event_id}"
            builder.nodes[node] = None  # in its place before the nodes its edges name first
            steps = group.steps
            places = [p for _, _, p in group.all_members() if p]
            if places:  # the most specific: a place inside another wins (Vladivostok over Russia)
                inner = [p for p in places if getattr(gazetteer.get(p), "country", None) in places]
                steps += (intern(f"entity:{(inner or places)[0]}"), "place")
            value, time_text, qualifier = group.time or ("", "", "")
            builder.nodes[node] = EventRow((
                event_type, status, doc_id, value, time_text, qualifier, group.confidence, rule, text, start, end,
                sentence, group.sources,
                ((event_id, doc_id, text, start, end, sentence, rule), *group.reports) if group.reports else (),
                builder.flat_edges(steps, self.items)))
        self.groups = []


def _steps(doc_id: str, event, canonical, items: dict[str, dict]) -> tuple[str, ...]:
    """An event's edges in the order a networkx merge adds them: (target, key, target, key, ...); its
    items' attributes go into `items`."""
    steps = [intern(f"doc:{doc_id}"), "source_document"]
    for role, key in event.roles:
        steps += (intern(f"entity:{canonical(key, doc_id)}"), intern(role))
    if event.name:
        steps += (intern(f"entity:{canonical(event.name, doc_id)}"), "edition_of")
    for item in event.items:
        node = intern(f"item:{item.key}")
        steps += (node, "item")
        items[node] = {"kind": "item", "label": item.label, "category": item.category}
    for source in event.sources:
        steps += (intern(f"entity:{canonical(source.key, doc_id)}"),
                  "relayed_by" if source.relation == "relayed_by" else "attributed_to")
    return tuple(steps)


def _precision(value: str) -> tuple[int, bool]:
    return len(value.partition("/")[0]), "/" not in value


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


DIRECTED_ROLES = {"supplier": "recipient", "provider": "recipient", "attacker": "target", "imposer": "target",
                  "visitor": "host", "requester": "provider"}


def event_pairs(graph: nx.MultiDiGraph, node: str) -> list[tuple[str, str]]:
    """The actor pairs an event links in the actor network (see `actor_network`)."""
    roles: dict[str, list[str]] = {}
    for _, target, role in sorted(graph.out_edges(node, keys=True)):
        if graph.nodes[target].get("kind") == "entity":
            roles.setdefault(role, []).append(target)
    pairs = []
    for source_role, target_role in DIRECTED_ROLES.items():
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
    return [(a, b) for a, b in pairs if a != b or len(pairs) == 1]


def actor_network(graph: nx.MultiDiGraph, events: Iterable[str] | None = None) -> nx.MultiDiGraph:
    """Actors as nodes and events as edges between them (for pictures and Gephi); only `events`
    (event nodes) when given, so a page of a large build need not hold every event twice.

    A two-sided event links its sides (supplier → recipient, attacker → target, visitor → host or
    destination country, participants pairwise); a one-sided event (a launch) is a self-loop.
    """
    network = nx.MultiDiGraph()
    chosen = None if events is None else set(events)
    for node in sorted(graph.nodes) if chosen is None else sorted(chosen):  # names only: attributes one at a time
        data = graph.nodes[node]
        if data.get("kind") != "event":
            continue
        for a, b in event_pairs(graph, node):
            for end in (a, b):
                network.add_node(end, label=graph.nodes[end]["label"], type=graph.nodes[end]["type"])
            network.add_edge(a, b, key=node, type=data["type"], status=data["status"], time=data["time"],
                             doc=data["doc"], evidence=data["evidence_text"])
    return network
