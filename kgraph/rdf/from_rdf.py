"""Read an exported graph back into the networkx shape that drawing and analytics use."""

from __future__ import annotations

from pathlib import Path

import networkx as nx

from ..query import load_store
from .to_rdf import ENTITY_CLASSES, PREFIXES, ROLE_PROPERTIES

_TYPES = {str(iri): name for name, iri in ENTITY_CLASSES.items()}
_ROLES = {str(iri): name for name, iri in ROLE_PROPERTIES.items()}

EVENTS = """
SELECT ?event ?class ?status ?time ?begin ?doc ?text WHERE {
  ?event a ?class ; kg:status ?status ; prov:wasDerivedFrom ?d ; kg:evidence/kg:text ?text .
  ?d dcterms:identifier ?doc .
  ?class rdfs:subClassOf* sem:Event .
  OPTIONAL { ?event sem:hasTimeStamp ?time } OPTIONAL { ?event sem:hasBeginTimeStamp ?begin }
}"""
EVENTS_NO_ONTOLOGY = EVENTS.replace("?class rdfs:subClassOf* sem:Event .", "FILTER(STRSTARTS(STR(?class), STR(kg:)))")
ROLES = "SELECT ?event ?role ?actor WHERE { ?event ?role ?actor . ?event kg:status ?s . }"
ENTITIES = "SELECT ?entity ?label ?class WHERE { ?entity rdfs:label ?label ; a ?class . }"


def graph_from_turtle(path: str | Path) -> nx.MultiDiGraph:
    """Events, their actors and the entities' labels and types from a graph.ttl."""
    store = load_store(path)
    prefixes = {**PREFIXES, "rdfs": "http://www.w3.org/2000/01/rdf-schema#"}
    graph = nx.MultiDiGraph()
    for row in store.query(ENTITIES, prefixes=prefixes):
        if row["class"].value in _TYPES:
            graph.add_node("entity:" + row["entity"].value, kind="entity", label=row["label"].value,
                           type=_TYPES[row["class"].value])
    for row in store.query(EVENTS_NO_ONTOLOGY, prefixes=prefixes):
        event_type = row["class"].value.split("#")[-1]
        if event_type in _TYPES.values() or event_type in ("Evidence", "Article", "Item"):
            continue
        time = row["time"] or row["begin"]
        graph.add_node("event:" + row["event"].value, kind="event", type=event_type,
                       status=row["status"].value.rsplit("/", 1)[-1], time=time.value if time else "",
                       doc=row["doc"].value, evidence_text=row["text"].value)
    for row in store.query(ROLES, prefixes=prefixes):
        role = _ROLES.get(row["role"].value) or ("place" if row["role"].value.endswith("hasPlace") else None)
        event, actor = "event:" + row["event"].value, "entity:" + row["actor"].value
        if role and event in graph and actor in graph:
            graph.add_edge(event, actor, key=role)
    return graph
