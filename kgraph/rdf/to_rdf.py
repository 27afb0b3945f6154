"""Turn the merged networkx graph into RDF on the kgraph ontology (SEM, SKOS, PROV-O, Dublin Core).

The RDF contract (documented in ontology/README.md):
- an event has its class, `sem:hasActor` to every actor plus the role sub-property, `sem:hasPlace`,
  `sem:hasTimeStamp` or `sem:hasBeginTimeStamp`/`sem:hasEndTimeStamp` typed xsd:date, xsd:gYearMonth or
  xsd:gYear, `kg:status` (a SKOS concept), `kg:item`, `prov:wasDerivedFrom` its article,
  `kg:evidence` (sentence text and offsets), `prov:wasAttributedTo` / `kg:relayedBy` its sources;
- an entity has `rdfs:label`, `skos:altLabel` per surface form, `owl:sameAs` Wikidata, a class under
  sem:Actor or sem:Place, a mention count and the facts the text states.
"""

from __future__ import annotations

import networkx as nx
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
    def typed(text: str) -> Literal:
        kind = {10: XSD.date, 7: XSD.gYearMonth, 4: XSD.gYear}[len(text)]
        return Literal(text, datatype=kind)
    if not value:
        return []
    if "/" in value:
        start, end = value.split("/", 1)
        return [(SEM.hasBeginTimeStamp, typed(start)), (SEM.hasEndTimeStamp, typed(end))]
    return [(SEM.hasTimeStamp, typed(value))]


def _text(value) -> Literal:
    return Literal(clean_text(value))


def entity_iri(node: str) -> URIRef:
    return mint("entity", node.split(":", 1)[1])


def to_rdf(graph: nx.MultiDiGraph) -> Graph:
    """The RDF graph of a merged kgraph graph."""
    rdf = Graph(bind_namespaces="none")
    for prefix, namespace in PREFIXES.items():
        rdf.bind(prefix, namespace)
    iris: dict[str, URIRef] = {}
    for node, data in graph.nodes(data=True):
        kind = data.get("kind")
        if kind == "entity":
            iri = iris[node] = entity_iri(node)
            rdf.add((iri, RDF.type, ENTITY_CLASSES.get(data["type"], KG.Entity)))
            rdf.add((iri, RDFS.label, _text(data["label"])))
            for alias in data.get("aliases", []):
                if alias != data["label"]:
                    rdf.add((iri, SKOS.altLabel, _text(alias)))
            if data.get("wikidata"):
                rdf.add((iri, OWL.sameAs, WD[data["wikidata"]]))
            rdf.add((iri, KG.mentionCount, Literal(int(data.get("mentions", 0)))))
            if data.get("provisional"):
                rdf.add((iri, KG.provisional, Literal(True)))
            if data.get("position"):
                rdf.add((iri, KG.position, Literal(data["position"])))
            if data.get("geonames"):
                rdf.add((iri, OWL.sameAs, URIRef(f"https://sws.geonames.org/{int(data['geonames'])}/")))
            if data.get("lat") is not None and data.get("lon") is not None:
                rdf.add((iri, GEO.lat, Literal(f"{float(data['lat']):.5f}", datatype=XSD.decimal)))
                rdf.add((iri, GEO.long, Literal(f"{float(data['lon']):.5f}", datatype=XSD.decimal)))
        elif kind == "doc":
            iri = iris[node] = mint("doc", data["id"])
            rdf.add((iri, RDF.type, KG.Article))
            rdf.add((iri, DCTERMS.identifier, _text(data["id"])))
            if data.get("title"):
                rdf.add((iri, DCTERMS.title, _text(data["title"])))
            if data.get("date"):
                rdf.add((iri, DCTERMS.date, Literal(data["date"], datatype=XSD.date)))
            if data.get("publisher"):
                rdf.add((iri, DCTERMS.publisher, _text(data["publisher"])))
            if data.get("url"):
                rdf.add((iri, KG.url, Literal(clean_text(data["url"]), datatype=XSD.anyURI)))
            rdf.add((iri, DCTERMS.language, Literal(data["lang"])))
        elif kind == "item":
            iri = iris[node] = mint("item", node.split(":", 1)[1])
            rdf.add((iri, RDF.type, KG.Item))
            rdf.add((iri, RDFS.label, _text(data["label"])))
            rdf.add((iri, KG.itemCategory, Literal(data["category"])))
    for node, data in graph.nodes(data=True):
        if data.get("kind") != "event":
            continue
        event_id = node.split(":", 1)[1]
        iri = iris[node] = mint("event", event_id)
        rdf.add((iri, RDF.type, KG[data["type"]]))
        rdf.add((iri, KG.status, KGS[data["status"]]))
        for predicate, literal in time_literals(data.get("time", "")):
            rdf.add((iri, predicate, literal))
        if data.get("time_text"):
            rdf.add((iri, KG.timeText, _text(data["time_text"])))
        if data.get("time_qualifier"):
            rdf.add((iri, KG.timeQualifier, Literal(data["time_qualifier"])))
        rdf.add((iri, KG.confidence, Literal(round(float(data["confidence"]), 3), datatype=XSD.decimal)))
        rdf.add((iri, KG.rule, Literal(data["rule"])))
        reports = data.get("reports") or [{"id": event_id, "doc": data["doc"], "evidence_text": data["evidence_text"],
                                           "evidence_start": data["evidence_start"], "evidence_end": data["evidence_end"],
                                           "sentence": data["sentence"]}]
        for report in reports:  # one evidence per article that reports the event
            evidence = mint("evidence", report["id"])
            rdf.add((iri, KG.evidence, evidence))
            rdf.add((evidence, RDF.type, KG.Evidence))
            rdf.add((evidence, KG.text, _text(report["evidence_text"])))
            rdf.add((evidence, KG.beginIndex, Literal(int(report["evidence_start"]))))
            rdf.add((evidence, KG.endIndex, Literal(int(report["evidence_end"]))))
            rdf.add((evidence, KG.sentenceIndex, Literal(int(report["sentence"]))))
            rdf.add((evidence, PROV.wasQuotedFrom, mint("doc", report["doc"])))
        for _, target, key in graph.out_edges(node, keys=True):
            other = iris.get(target) or (entity_iri(target) if target.startswith("entity:") else None)
            if key in ROLE_PROPERTIES:
                rdf.add((iri, ROLE_PROPERTIES[key], other))
                rdf.add((iri, SEM.hasActor, other))
            elif key == "place":
                rdf.add((iri, SEM.hasPlace, other))
            elif key == "item":
                rdf.add((iri, KG.item, other))
            elif key == "edition_of":
                rdf.add((iri, KG.editionOf, other))
            elif key == "source_document":
                rdf.add((iri, PROV.wasDerivedFrom, other))
            elif key == "attributed_to":
                rdf.add((iri, PROV.wasAttributedTo, other))
            elif key == "relayed_by":
                rdf.add((iri, KG.relayedBy, other))
        rdf.add((iri, KG.sourceCount, Literal(len(reports))))
    for subject, obj, key in graph.edges(keys=True):
        if key in FACT_PROPERTIES:
            rdf.add((entity_iri(subject), FACT_PROPERTIES[key], entity_iri(obj)))
    return rdf
