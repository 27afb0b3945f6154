"""Turn the merged networkx graph into RDF on the kgraph ontology (SEM, SKOS, PROV-O, Dublin Core).

The triples come from one generator over a term factory, so the same code feeds an rdflib Graph
(`to_rdf`, the API) and pyoxigraph (`serialize`, the fast path for exports: Turtle, N-Triples,
JSON-LD, TriG), and both hold the same triples. Each subject's triples are contiguous, so streaming
serializers group them.

The RDF contract (documented in ontology/README.md):
- an event has its class, `sem:hasActor` to every actor plus the role sub-property, `sem:hasPlace`,
  `sem:hasTimeStamp` or `sem:hasBeginTimeStamp`/`sem:hasEndTimeStamp` typed xsd:date, xsd:gYearMonth or
  xsd:gYear, `kg:status` (a SKOS concept), `kg:item`, `prov:wasDerivedFrom` its article,
  `kg:evidence` (sentence text and offsets), `prov:wasAttributedTo` / `kg:relayedBy` its sources;
- an entity has `rdfs:label`, `skos:altLabel` per surface form, `owl:sameAs` Wikidata, a class under
  sem:Actor or sem:Place, a mention count and the facts the text states.
"""

from __future__ import annotations

from typing import Callable, Iterator

import networkx as nx
import pyoxigraph as ox
from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD

from .mint import clean_text, mint
from .vocab import KG, KGS, SEM, WD

GEO = Namespace("http://www.w3.org/2003/01/geo/wgs84_pos#")
ENTITY_CLASSES = {
    "person": KG.Person, "country": KG.Country, "city": KG.City, "region": KG.Region,
    "facility": KG.Facility, "organisation": KG.Organisation, "outlet": KG.NewsOutlet,
    "anonymous": KG.AnonymousSource, "gathering": KG.RecurringGathering, "unknown": KG.Entity,
}
ROLE_PROPERTIES = {
    "participant": KG.participant, "visitor": KG.visitor, "host": KG.host, "supplier": KG.supplier,
    "recipient": KG.recipient, "launcher": KG.launcher, "requester": KG.requester, "provider": KG.provider,
    "attacker": KG.attacker, "target": KG.target, "imposer": KG.imposer, "party": KG.party,
    "attendee": KG.attendee,
}
FACT_PROPERTIES = {"locatedIn": KG.locatedIn, "capitalOf": KG.capitalOf, "leads": KG.leads,
                   "basedIn": KG.basedIn, "affiliatedWith": KG.affiliatedWith}
PREFIXES = {"rdfs": str(RDFS), "kg": str(KG), "kgs": str(KGS), "sem": str(SEM), "wd": str(WD), "prov": str(PROV),
            "skos": str(SKOS), "dcterms": str(DCTERMS), "owl": str(OWL), "xsd": str(XSD), "geo": str(GEO),
            "entity": "https://w3id.org/kgraph/id/entity/", "event": "https://w3id.org/kgraph/id/event/",
            "doc": "https://w3id.org/kgraph/id/doc/", "item": "https://w3id.org/kgraph/id/item/",
            "evidence": "https://w3id.org/kgraph/id/evidence/"}


def time_literals(value: str) -> list[tuple[URIRef, Literal]]:
    """SEM timestamps for an ISO value: a day, month or year, or an interval "start/end".

    >>> [(p.split("/")[-1], str(o), o.datatype.split("#")[-1]) for p, o in time_literals("2023-09")]
    [('hasTimeStamp', '2023-09', 'gYearMonth')]
    >>> [p.split("/")[-1] for p, o in time_literals("2023-09-10/2023-09-13")]
    ['hasBeginTimeStamp', 'hasEndTimeStamp']
    """
    return [(p, Literal(text, datatype=dt)) for p, text, dt in _time_parts(value)]


def _time_parts(value: str) -> list[tuple[URIRef, str, URIRef]]:
    def kind(text: str) -> URIRef:
        return {10: XSD.date, 7: XSD.gYearMonth, 4: XSD.gYear}[len(text)]
    if not value:
        return []
    if "/" in value:
        start, end = value.split("/", 1)
        return [(SEM.hasBeginTimeStamp, start, kind(start)), (SEM.hasEndTimeStamp, end, kind(end))]
    return [(SEM.hasTimeStamp, value, kind(value))]


def entity_iri(node: str) -> URIRef:
    return mint("entity", node.split(":", 1)[1])


class RdflibTerms:
    """Terms as rdflib objects."""

    iri = staticmethod(URIRef)

    @staticmethod
    def literal(text: str, datatype: str | None = None) -> Literal:
        return Literal(text, datatype=URIRef(datatype) if datatype else None)

    @staticmethod
    def triple(s, p, o):
        return (s, p, o)


class OxigraphTerms:
    """Terms as pyoxigraph objects; named nodes are made once per IRI."""

    def __init__(self):
        self._nodes: dict[str, ox.NamedNode] = {}
        self._types = {str(t): ox.NamedNode(str(t)) for t in (XSD.date, XSD.gYearMonth, XSD.gYear, XSD.decimal,
                                                              XSD.integer, XSD.boolean, XSD.anyURI)}
        self.triple: Callable = ox.Triple

    def iri(self, value: str) -> ox.NamedNode:
        node = self._nodes.get(value)
        if node is None:
            node = self._nodes[value] = ox.NamedNode(value)
        return node

    def literal(self, text: str, datatype: str | None = None) -> ox.Literal:
        return ox.Literal(text, datatype=self._types[datatype]) if datatype else ox.Literal(text)


_VOCABULARY = {
    "RDF.type": RDF.type,
    "DCTERMS.date": DCTERMS.date,
    "DCTERMS.identifier": DCTERMS.identifier,
    "DCTERMS.language": DCTERMS.language,
    "DCTERMS.publisher": DCTERMS.publisher,
    "DCTERMS.title": DCTERMS.title,
    "GEO.lat": GEO.lat,
    "GEO.long": GEO.long,
    "KG.Article": KG.Article,
    "KG.Evidence": KG.Evidence,
    "KG.Item": KG.Item,
    "KG.beginIndex": KG.beginIndex,
    "KG.confidence": KG.confidence,
    "KG.endIndex": KG.endIndex,
    "KG.evidence": KG.evidence,
    "KG.itemCategory": KG.itemCategory,
    "KG.mentionCount": KG.mentionCount,
    "KG.position": KG.position,
    "KG.provisional": KG.provisional,
    "KG.rule": KG.rule,
    "KG.sentenceIndex": KG.sentenceIndex,
    "KG.sourceCount": KG.sourceCount,
    "KG.status": KG.status,
    "KG.text": KG.text,
    "KG.timeQualifier": KG.timeQualifier,
    "KG.timeText": KG.timeText,
    "KG.url": KG.url,
    "OWL.sameAs": OWL.sameAs,
    "PROV.wasQuotedFrom": PROV.wasQuotedFrom,
    "RDFS.label": RDFS.label,
    "SEM.hasActor": SEM.hasActor,
    "SKOS.altLabel": SKOS.altLabel,
}


def triples(graph: nx.MultiDiGraph, terms) -> Iterator:
    """Every triple of the graph's RDF, built with `terms` (RdflibTerms or OxigraphTerms), each once."""
    iri, literal, triple = terms.iri, terms.literal, terms.triple
    xsd_integer, xsd_decimal, xsd_date = str(XSD.integer), str(XSD.decimal), str(XSD.date)

    def text(value) -> object:
        return literal(clean_text(value))

    def integer(value) -> object:
        return literal(str(int(value)), xsd_integer)
    term = {name: iri(value) for name, value in _VOCABULARY.items()}  # made once, not per triple
    a = term["RDF.type"]
    facts: dict[str, list[tuple[str, str]]] = {}
    for subject, obj, key in graph.edges(keys=True):
        if key in FACT_PROPERTIES:
            facts.setdefault(subject, []).append((FACT_PROPERTIES[key], obj))
    iris: dict[str, object] = {}
    for node, data in graph.nodes(data=True):
        kind = data.get("kind")
        if kind == "entity":
            s = iris[node] = iri(entity_iri(node))
            yield triple(s, a, iri(ENTITY_CLASSES.get(data["type"], KG.Entity)))
            yield triple(s, term["RDFS.label"], text(data["label"]))
            for alias in data.get("aliases", []):
                if alias != data["label"]:
                    yield triple(s, term["SKOS.altLabel"], text(alias))
            if data.get("wikidata"):
                yield triple(s, term["OWL.sameAs"], iri(WD[data["wikidata"]]))
            yield triple(s, term["KG.mentionCount"], integer(data.get("mentions", 0)))
            if data.get("provisional"):
                yield triple(s, term["KG.provisional"], literal("true", str(XSD.boolean)))
            if data.get("position"):
                yield triple(s, term["KG.position"], literal(data["position"]))
            if data.get("geonames"):
                yield triple(s, term["OWL.sameAs"], iri(f"https://sws.geonames.org/{int(data['geonames'])}/"))
            if data.get("lat") is not None and data.get("lon") is not None:
                yield triple(s, term["GEO.lat"], literal(f"{float(data['lat']):.5f}", xsd_decimal))
                yield triple(s, term["GEO.long"], literal(f"{float(data['lon']):.5f}", xsd_decimal))
            for predicate, obj in facts.get(node, []):
                yield triple(s, iri(predicate), iri(entity_iri(obj)))
        elif kind == "doc":
            s = iris[node] = iri(mint("doc", data["id"]))
            yield triple(s, a, term["KG.Article"])
            yield triple(s, term["DCTERMS.identifier"], text(data["id"]))
            if data.get("title"):
                yield triple(s, term["DCTERMS.title"], text(data["title"]))
            if data.get("date"):
                yield triple(s, term["DCTERMS.date"], literal(data["date"], xsd_date))
            if data.get("publisher"):
                yield triple(s, term["DCTERMS.publisher"], text(data["publisher"]))
            if data.get("url"):
                yield triple(s, term["KG.url"], literal(clean_text(data["url"]), str(XSD.anyURI)))
            yield triple(s, term["DCTERMS.language"], literal(data["lang"]))
        elif kind == "item":
            s = iris[node] = iri(mint("item", node.split(":", 1)[1]))
            yield triple(s, a, term["KG.Item"])
            yield triple(s, term["RDFS.label"], text(data["label"]))
            yield triple(s, term["KG.itemCategory"], literal(data["category"]))
    for node, data in graph.nodes(data=True):
        if data.get("kind") != "event":
            continue
        event_id = node.split(":", 1)[1]
        s = iris[node] = iri(mint("event", event_id))
        yield triple(s, a, iri(KG[data["type"]]))
        yield triple(s, term["KG.status"], iri(KGS[data["status"]]))
        for predicate, value, datatype in _time_parts(data.get("time", "")):
            yield triple(s, iri(predicate), literal(value, str(datatype)))
        if data.get("time_text"):
            yield triple(s, term["KG.timeText"], text(data["time_text"]))
        if data.get("time_qualifier"):
            yield triple(s, term["KG.timeQualifier"], literal(data["time_qualifier"]))
        yield triple(s, term["KG.confidence"], literal(str(round(float(data["confidence"]), 3)), xsd_decimal))
        yield triple(s, term["KG.rule"], literal(data["rule"]))
        reports = data.get("reports") or [{"id": event_id, "doc": data["doc"], "evidence_text": data["evidence_text"],
                                           "evidence_start": data["evidence_start"], "evidence_end": data["evidence_end"],
                                           "sentence": data["sentence"]}]
        evidences = [iri(mint("evidence", report["id"])) for report in reports]
        for evidence in evidences:  # one evidence per article that reports the event
            yield triple(s, term["KG.evidence"], evidence)
        actors = set()
        for _, target, key in graph.out_edges(node, keys=True):
            other = iris.get(target) or (iri(entity_iri(target)) if target.startswith("entity:") else None)
            if key in ROLE_PROPERTIES:
                yield triple(s, iri(ROLE_PROPERTIES[key]), other)
                if target not in actors:  # one sem:hasActor for an actor in two roles
                    actors.add(target)
                    yield triple(s, term["SEM.hasActor"], other)
            elif key in EDGE_PROPERTIES:
                yield triple(s, iri(EDGE_PROPERTIES[key]), other)
        yield triple(s, term["KG.sourceCount"], integer(len(reports)))
        for evidence, report in zip(evidences, reports):
            yield triple(evidence, a, term["KG.Evidence"])
            yield triple(evidence, term["KG.text"], text(report["evidence_text"]))
            yield triple(evidence, term["KG.beginIndex"], integer(report["evidence_start"]))
            yield triple(evidence, term["KG.endIndex"], integer(report["evidence_end"]))
            yield triple(evidence, term["KG.sentenceIndex"], integer(report["sentence"]))
            yield triple(evidence, term["PROV.wasQuotedFrom"], iri(mint("doc", report["doc"])))


EDGE_PROPERTIES = {"place": SEM.hasPlace, "item": KG.item, "edition_of": KG.editionOf,
                   "source_document": PROV.wasDerivedFrom, "attributed_to": PROV.wasAttributedTo,
                   "relayed_by": KG.relayedBy}


def to_rdf(graph: nx.MultiDiGraph) -> Graph:
    """The RDF graph of a merged kgraph graph, as an rdflib Graph (the API for users)."""
    rdf = Graph(bind_namespaces="none")
    for prefix, namespace in PREFIXES.items():
        rdf.bind(prefix, namespace)
    for t in triples(graph, RdflibTerms):
        rdf.add(t)
    return rdf


FORMATS = {"turtle": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES, "jsonld": ox.RdfFormat.JSON_LD,
           "trig": ox.RdfFormat.TRIG}


def quads(graph: nx.MultiDiGraph) -> Iterator[ox.Quad]:
    """The triples as quads, one named graph per article (named by the article's IRI): an article's
    own description, and each event it reports with that report's evidence, go into its graph (an
    event reported by two articles is in both); entities and their facts stay in the default graph."""
    terms = OxigraphTerms()
    graphs: dict[object, list] = {}
    for node, data in graph.nodes(data=True):
        if data.get("kind") == "doc":
            iri = terms.iri(mint("doc", data["id"]))
            graphs[iri] = [iri]
        elif data.get("kind") == "event":
            event_id = node.split(":", 1)[1]
            reports = data.get("reports") or [{"id": event_id, "doc": data["doc"]}]
            docs = sorted({r["doc"] for r in reports})
            graphs[terms.iri(mint("event", event_id))] = [terms.iri(mint("doc", d)) for d in docs]
            for report in reports:
                graphs[terms.iri(mint("evidence", report["id"]))] = [terms.iri(mint("doc", report["doc"]))]
    default = ox.DefaultGraph()
    for t in triples(graph, terms):
        for name in graphs.get(t.subject, (default,)):
            yield ox.Quad(t.subject, t.predicate, t.object, name)


class _Counted:
    """Iterates over `items`, counting them."""

    def __init__(self, items):
        self.items, self.count = items, 0

    def __iter__(self):
        for item in self.items:
            self.count += 1
            yield item


def serialize(graph: nx.MultiDiGraph, fmt: str = "turtle") -> tuple[bytes, int]:
    """The graph's RDF serialized by pyoxigraph ("turtle", "nt", "jsonld", or "trig" with a named
    graph per article), and its number of triples (quads for TriG). Prefix lines are sorted
    (pyoxigraph keeps no order), so the same graph always gives the same bytes."""
    stream = _Counted(quads(graph) if fmt == "trig" else triples(graph, OxigraphTerms()))
    data = ox.serialize(stream, None, FORMATS[fmt], prefixes=None if fmt == "nt" else PREFIXES)
    return (_sorted_prefixes(data) if fmt in ("turtle", "trig") else data), stream.count


def write_ntriples(graph: nx.MultiDiGraph, path) -> int:
    """Stream the graph's RDF as N-Triples into `path`, triple by triple; returns the count."""
    stream = _Counted(triples(graph, OxigraphTerms()))
    ox.serialize(stream, path, FORMATS["nt"])
    return stream.count


TURTLE_CHUNK = 50_000  # triples serialized at a time when Turtle is streamed


def write_turtle(graph: nx.MultiDiGraph, handle) -> int:
    """Stream the graph as Turtle into a binary file, a chunk of whole subjects at a time, with the
    same bytes as `serialize(graph, "turtle")`; returns the number of triples."""
    count = 0
    header_written = False
    for chunk in _subject_chunks(triples(graph, OxigraphTerms()), TURTLE_CHUNK):
        count += len(chunk)
        header, body = _split_header(ox.serialize(chunk, None, FORMATS["turtle"], prefixes=PREFIXES))
        if not header_written:
            handle.write(header)
            header_written = True
        handle.write(body)
    return count


def _subject_chunks(items, size: int):
    """Lists of about `size` triples, never splitting one subject's triples (they are contiguous)."""
    chunk: list = []
    for t in items:
        if len(chunk) >= size and t.subject != chunk[-1].subject:
            yield chunk
            chunk = []
        chunk.append(t)
    if chunk:
        yield chunk


def _split_header(turtle: bytes) -> tuple[bytes, bytes]:
    """The leading @prefix lines, sorted (pyoxigraph keeps no order), and the rest."""
    lines = turtle.split(b"\n")
    end = next((i for i, line in enumerate(lines) if not line.startswith(b"@prefix ")), len(lines))
    header = b"\n".join(sorted(lines[:end]))
    return (header + b"\n" if end else header), b"\n".join(lines[end:])


def _sorted_prefixes(turtle: bytes) -> bytes:
    return b"".join(_split_header(turtle))
