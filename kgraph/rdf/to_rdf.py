"""Turn the merged networkx graph into RDF on the kgraph ontology (SEM, SKOS, PROV-O, Dublin Core).

The triples come from one generator (`blocks`: each subject with its predicate-object pairs, every
term already written in N-Triples or Turtle syntax), so one definition feeds every output: kgraph
writes N-Triples and Turtle itself, a chunk of subjects at a time (pyoxigraph would need each term
built as a Python object first, which costs more than the writing); pyoxigraph reads the N-Triples
back for JSON-LD and TriG, and rdflib for `to_rdf`, the API. Each subject's triples are contiguous.

The RDF contract (documented in ontology/README.md):
- an event has its class, `sem:hasActor` to every actor plus the role sub-property, `sem:hasPlace`,
  `sem:hasTimeStamp` or `sem:hasBeginTimeStamp`/`sem:hasEndTimeStamp` typed xsd:date, xsd:gYearMonth or
  xsd:gYear, `kg:status` (a SKOS concept), `kg:item`, `prov:wasDerivedFrom` its article,
  `kg:evidence` (sentence text and offsets), `prov:wasAttributedTo` / `kg:relayedBy` its sources;
- an entity has `rdfs:label`, `skos:altLabel` per surface form, `owl:sameAs` Wikidata, a class under
  sem:Actor or sem:Place, a mention count and the facts the text states.
"""

from __future__ import annotations

import math
import os
from typing import Iterator

import networkx as nx
import pyoxigraph as ox
from rdflib import Graph, Namespace
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD

from ..errors import ExportError
from ..graphstore import CompactGraph, EventRow
from .mint import MAX_LOCAL, clean_text, local_part, mint
from .vocab import DATA, KG, KGS, SEM, WD

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


EDGE_PROPERTIES = {"place": SEM.hasPlace, "item": KG.item, "edition_of": KG.editionOf,
                   "source_document": PROV.wasDerivedFrom, "attributed_to": PROV.wasAttributedTo,
                   "relayed_by": KG.relayedBy}
_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r"})


def _text(value) -> str:
    """A plain string literal in N-Triples (and Turtle) syntax, cleaned of what they cannot carry."""
    if type(value) is str and value.isprintable() and '"' not in value and "\\" not in value:
        return f'"{value}"'  # the common case: nothing to clean or escape (no control character at all)
    return f'"{clean_text(value).translate(_ESCAPES)}"'


class _Syntax:
    """How terms are written: N-Triples (full IRIs) or Turtle (prefixed names where the local part
    allows, "a" for rdf:type). Every property, class and datatype is written once, here."""

    def __init__(self, turtle: bool):
        self.turtle = turtle
        self.namespaces = sorted(((ns, prefix) for prefix, ns in PREFIXES.items()), key=lambda x: -len(x[0]))
        w = self.iri
        self.type = "a" if turtle else w(RDF.type)
        self.label, self.alt_label, self.same_as = w(RDFS.label), w(SKOS.altLabel), w(OWL.sameAs)
        self.mentions, self.provisional, self.position = w(KG.mentionCount), w(KG.provisional), w(KG.position)
        self.lat, self.long = w(GEO.lat), w(GEO.long)
        self.article, self.identifier, self.title, self.date = w(KG.Article), w(DCTERMS.identifier), w(DCTERMS.title), w(DCTERMS.date)
        self.publisher, self.url, self.language = w(DCTERMS.publisher), w(KG.url), w(DCTERMS.language)
        self.item_class, self.item_category = w(KG.Item), w(KG.itemCategory)
        self.status, self.time_text, self.time_qualifier = w(KG.status), w(KG.timeText), w(KG.timeQualifier)
        self.confidence, self.rule, self.evidence, self.has_actor = w(KG.confidence), w(KG.rule), w(KG.evidence), w(SEM.hasActor)
        self.source_count, self.evidence_class, self.text = w(KG.sourceCount), w(KG.Evidence), w(KG.text)
        self.begin, self.end, self.sentence, self.quoted_from = w(KG.beginIndex), w(KG.endIndex), w(KG.sentenceIndex), w(PROV.wasQuotedFrom)
        self.time_point, self.time_begin, self.time_end = w(SEM.hasTimeStamp), w(SEM.hasBeginTimeStamp), w(SEM.hasEndTimeStamp)
        self.entity_classes = {kind: w(cls) for kind, cls in ENTITY_CLASSES.items()}
        self.roles = {role: w(prop) for role, prop in ROLE_PROPERTIES.items()}
        self.edges = {key: w(prop) for key, prop in EDGE_PROPERTIES.items()}
        self.facts = {key: w(prop) for key, prop in FACT_PROPERTIES.items()}
        # numbers: Turtle writes integers and decimals bare (65, 0.9); N-Triples quotes and types them
        self.quote = "" if turtle else '"'
        self.integer = "" if turtle else f"^^{w(XSD.integer)}"
        self.decimal = "" if turtle else f"^^{w(XSD.decimal)}"
        self.day = f"^^{w(XSD.date)}"
        self.true, self.any_uri = f'"true"^^{w(XSD.boolean)}', f"^^{w(XSD.anyURI)}"
        self.time_types = {10: self.day, 7: f"^^{w(XSD.gYearMonth)}", 4: f"^^{w(XSD.gYear)}"}
        self.event_classes: dict[str, str] = {}
        self.statuses: dict[str, str] = {}

    def iri(self, value: str) -> str:
        if self.turtle:
            for namespace, prefix in self.namespaces:
                if value.startswith(namespace) and _plain_local(value[len(namespace):]):
                    return f"{prefix}:{value[len(namespace):]}"
        return f"<{value}>"

    def node(self, kind: str, key: str) -> str:
        """The IRI of a node (as `mint` makes it), written in this syntax."""
        if key.isascii() and key.isalnum() and len(key) <= MAX_LOCAL:  # event and evidence ids: as they are
            return f"{kind}:{key}" if self.turtle else f"<{DATA}{kind}/{key}>"
        local = local_part(key)
        if self.turtle and _plain_local(local):
            return f"{kind}:{local}"
        return f"<{DATA}{kind}/{local}>"

    def event_class(self, kind: str) -> str:  # KG[...] raises on a name the ontology lacks
        if kind not in self.event_classes:
            self.event_classes[kind] = self.iri(KG[kind])
        return self.event_classes[kind]

    def status_value(self, status: str) -> str:
        if status not in self.statuses:
            self.statuses[status] = self.iri(KGS[status])
        return self.statuses[status]


_LOCAL_FIRST = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_")
_LOCAL_CHARS = _LOCAL_FIRST | frozenset("-.:%")
_HEX = frozenset("0123456789abcdefABCDEF")


def _plain_local(local: str) -> bool:
    """Can `local` follow a prefix as it is (ASCII PN_LOCAL: no leading "-" or ".", no trailing ".",
    "%" only as a two-digit escape)?

    >>> _plain_local("new:Dermaga%2033"), _plain_local("a.b"), _plain_local("a."), _plain_local("a~b")
    (True, True, False, False)
    """
    if not local or local[0] not in _LOCAL_FIRST or local[-1] == "." or not _LOCAL_CHARS.issuperset(local):
        return False
    position = local.find("%")
    while position >= 0:
        if len(local) < position + 3 or not _HEX.issuperset(local[position + 1:position + 3]):
            return False
        position = local.find("%", position + 1)
    return True


def blocks(graph: nx.MultiDiGraph, syntax: _Syntax) -> Iterator[tuple[str, list[str]]]:
    """The graph's RDF, subject by subject: (subject, ["predicate object", ...]) with every term
    written in `syntax`. It is the one definition of kgraph's RDF: the N-Triples and Turtle writers
    render it as text, and every other format and the rdflib API read that text."""
    v = syntax
    iris: dict[str, str] = {}
    successors = graph._succ  # the adjacency dicts themselves: a view per event costs more than its triples
    nodes = graph.stored_nodes() if isinstance(graph, CompactGraph) else graph._node.items()
    facts = v.facts
    roles = {key: f"{iri} " for key, iri in v.roles.items()}
    edges = {key: f"{iri} " for key, iri in v.edges.items()}
    has_actor, evidence_of, source_count = f"{v.has_actor} ", f"{v.evidence} ", f"{v.source_count} "
    numbers: dict[int, str] = {}
    confidences: dict[float, str] = {}

    def number(value) -> str:
        text = numbers.get(value)
        if text is None:
            text = numbers[value] = f"{v.quote}{int(value)}{v.quote}{v.integer}"
        return text

    def entity(node: str) -> str:
        iri = iris.get(node)
        if iri is None:
            iri = iris[node] = v.node("entity", node.split(":", 1)[1])
        return iri
    events = []  # written after every other node, in graph order
    for node, data in nodes:
        kind = "event" if isinstance(data, EventRow) else data.get("kind")
        if kind == "event":
            events.append(node)
        elif kind == "entity":
            s = entity(node)
            pairs = [f'{v.type} {v.entity_classes.get(data["type"], v.entity_classes["unknown"])}',
                     f'{v.label} {_text(data["label"])}']
            pairs += [f"{v.alt_label} {_text(alias)}" for alias in data.get("aliases", []) if alias != data["label"]]
            if data.get("wikidata"):
                pairs.append(f'{v.same_as} {v.iri(WD[data["wikidata"]])}')
            pairs.append(f'{v.mentions} {number(data.get("mentions", 0))}')
            if data.get("provisional"):
                pairs.append(f"{v.provisional} {v.true}")
            if data.get("position"):
                pairs.append(f'{v.position} {_text(data["position"])}')
            if data.get("geonames"):
                pairs.append(f"{v.same_as} <https://sws.geonames.org/{int(data['geonames'])}/>")
            if data.get("lat") is not None and data.get("lon") is not None \
                    and math.isfinite(float(data["lat"])) and math.isfinite(float(data["lon"])):  # no NaN in RDF
                pairs.append(f'{v.lat} {v.quote}{float(data["lat"]):.5f}{v.quote}{v.decimal}')
                pairs.append(f'{v.long} {v.quote}{float(data["lon"]):.5f}{v.quote}{v.decimal}')
            pairs += [f"{facts[key]} {entity(obj)}" for obj, keys in successors[node].items() for key in keys
                      if key in facts]
            yield s, pairs
        elif kind == "doc":
            s = iris[node] = v.node("doc", data["id"])
            pairs = [f"{v.type} {v.article}", f'{v.identifier} {_text(data["id"])}']
            if data.get("title"):
                pairs.append(f'{v.title} {_text(data["title"])}')
            if data.get("date"):
                pairs.append(f'{v.date} "{data["date"]}"{v.day}')
            if data.get("publisher"):
                pairs.append(f'{v.publisher} {_text(data["publisher"])}')
            if data.get("url"):
                pairs.append(f'{v.url} {_text(data["url"])}{v.any_uri}')
            pairs.append(f'{v.language} {_text(data["lang"])}')
            yield s, pairs
        elif kind == "item":
            s = iris[node] = v.node("item", node.split(":", 1)[1])
            yield s, [f"{v.type} {v.item_class}", f'{v.label} {_text(data["label"])}',
                      f'{v.item_category} {_text(data["category"])}']
    heads = {}  # (type, status) → the event's first two pairs
    evidence_head = f"{v.type} {v.evidence_class}"
    text_of, begin, end_of, sentence_of = f"{v.text} ", f"{v.begin} ", f"{v.end} ", f"{v.sentence} "
    quoted_from, rule_of = f"{v.quoted_from} ", f"{v.rule} "
    texts: dict[str, str] = {}  # time phrases and rule ids recur: each written once
    rules: dict[str, str] = {}
    for node, row, flat in _event_rows(graph, events):
        event_type, status, doc, time, time_text, qualifier, confidence_value, rule_id, text, start_offset, \
            end_offset, sentence, _, reports = row[:14]
        event_id = node[6:]  # after "event:"
        s = v.node("event", event_id)
        head = heads.get((event_type, status))
        if head is None:
            head = heads[event_type, status] = (f'{v.type} {v.event_class(event_type)}',
                                                f'{v.status} {v.status_value(status)}')
        pairs = list(head)
        if time:
            start, _, end = time.partition("/")
            if end:
                pairs += [f'{v.time_begin} "{start}"{v.time_types[len(start)]}',
                          f'{v.time_end} "{end}"{v.time_types[len(end)]}']
            else:
                pairs.append(f'{v.time_point} "{start}"{v.time_types[len(start)]}')
        if time_text:
            said = texts.get(time_text)
            if said is None:
                said = texts[time_text] = f'{v.time_text} {_text(time_text)}'
            pairs.append(said)
        if qualifier:
            pairs.append(f'{v.time_qualifier} {_text(qualifier)}')
        confidence = confidences.get(confidence_value)
        if confidence is None:
            confidence = confidences[confidence_value] = \
                f'{v.confidence} {v.quote}{float(confidence_value):.3f}{v.quote}{v.decimal}'
        pairs.append(confidence)
        rule = rules.get(rule_id)
        if rule is None:
            rule = rules[rule_id] = rule_of + _text(rule_id)
        pairs.append(rule)
        reports = reports or ((event_id, doc, text, start_offset, end_offset, sentence),)
        evidences = [v.node("evidence", report[0]) for report in reports]
        pairs += [evidence_of + evidence for evidence in evidences]  # one evidence per article reporting it
        actors = set()
        for index in range(0, len(flat), 2):  # the order of graph.out_edges(node, keys=True)
            target, key = flat[index], flat[index + 1]
            if key in roles:
                other = iris.get(target) or entity(target)
                pairs.append(roles[key] + other)
                if target not in actors:  # one sem:hasActor for an actor in two roles
                    actors.add(target)
                    pairs.append(has_actor + other)
            elif key in edges:
                pairs.append(edges[key] + (iris.get(target) or (entity(target) if target.startswith("entity:")
                                                                else None)))
        pairs.append(source_count + number(len(reports)))
        yield s, pairs
        for evidence, (_, report_doc, report_text, report_start, report_end, report_sentence, *_) \
                in zip(evidences, reports):
            yield evidence, [evidence_head, text_of + _text(report_text),
                             begin + (numbers.get(report_start) or number(report_start)),
                             end_of + (numbers.get(report_end) or number(report_end)),
                             sentence_of + (numbers.get(report_sentence) or number(report_sentence)),
                             quoted_from + (iris.get("doc:" + report_doc) or v.node("doc", report_doc))]


def _event_rows(graph: nx.MultiDiGraph, events: list[str]) -> Iterator[tuple[str, tuple, tuple]]:
    """(node, attributes in `EVENT_FIELDS` order, edges as (target, key, ...)) for each event, read
    straight from a `CompactGraph`, or from an ordinary graph's dicts."""
    if isinstance(graph, CompactGraph):
        for node in events:
            yield node, graph.event_row(node), graph.flat_edges(node)
        return
    nodes, successors = graph._node, graph._succ
    for node in events:
        data = nodes[node]
        reports = tuple((r["id"], r["doc"], r["evidence_text"], r["evidence_start"], r["evidence_end"], r["sentence"])
                        for r in data.get("reports") or ())
        row = (data["type"], data["status"], data["doc"], data.get("time", ""), data.get("time_text", ""),
               data.get("time_qualifier", ""), data["confidence"], data["rule"], data["evidence_text"],
               data["evidence_start"], data["evidence_end"], data["sentence"], (), reports)
        yield node, row, tuple(part for target, keys in successors[node].items() for key in keys
                               for part in (target, key))


def to_rdf(graph: nx.MultiDiGraph) -> Graph:
    """The RDF graph of a merged kgraph graph, as an rdflib Graph (the API for users)."""
    rdf = Graph(bind_namespaces="none")
    rdf.parse(data=ntriples_bytes(graph).decode("utf-8"), format="nt")
    for prefix, namespace in PREFIXES.items():
        rdf.bind(prefix, namespace)
    return rdf


def ox_triples(graph: nx.MultiDiGraph) -> Iterator[ox.Triple]:
    """The graph's triples as pyoxigraph terms (read back from the N-Triples text, which is fast)."""
    for quad in ox.parse(ntriples_bytes(graph), format=ox.RdfFormat.N_TRIPLES):
        yield quad.triple


FORMATS = {"turtle": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES, "jsonld": ox.RdfFormat.JSON_LD,
           "trig": ox.RdfFormat.TRIG}


def quads(graph: nx.MultiDiGraph) -> Iterator[ox.Quad]:
    """The triples as quads, one named graph per article (named by the article's IRI): an article's
    own description, and each event it reports with that report's evidence, go into its graph (an
    event reported by two articles is in both); entities and their facts stay in the default graph."""
    graphs: dict[ox.NamedNode, list[ox.NamedNode]] = {}
    for node, data in graph.nodes(data=True):
        if data.get("kind") == "doc":
            iri = ox.NamedNode(mint("doc", data["id"]))
            graphs[iri] = [iri]
        elif data.get("kind") == "event":
            event_id = node.split(":", 1)[1]
            reports = data.get("reports") or [{"id": event_id, "doc": data["doc"]}]
            docs = sorted({r["doc"] for r in reports})
            graphs[ox.NamedNode(mint("event", event_id))] = [ox.NamedNode(mint("doc", d)) for d in docs]
            for report in reports:
                graphs[ox.NamedNode(mint("evidence", report["id"]))] = [ox.NamedNode(mint("doc", report["doc"]))]
    default = ox.DefaultGraph()
    for t in ox_triples(graph):
        for name in graphs.get(t.subject, (default,)):
            yield ox.Quad(t.subject, t.predicate, t.object, name)


def serialize(graph: nx.MultiDiGraph, fmt: str = "turtle") -> tuple[bytes, int]:
    """The graph's RDF as bytes ("turtle", "nt", "jsonld", or "trig" with a named graph per article)
    and its number of triples (quads for TriG). Turtle and N-Triples are written by kgraph itself;
    JSON-LD and TriG by pyoxigraph from them. The same graph always gives the same bytes."""
    if fmt in ("turtle", "nt"):
        out = _Pieces()
        count = (write_turtle if fmt == "turtle" else write_ntriples)(graph, out)
        return b"".join(out), count
    if fmt not in FORMATS:
        raise ExportError(f"unknown RDF format {fmt!r}; known: {', '.join(FORMATS)}")
    items = list(quads(graph)) if fmt == "trig" else list(ox_triples(graph))
    data = ox.serialize(items, None, FORMATS[fmt], prefixes=PREFIXES)
    return (_sorted_prefixes(data) if fmt == "trig" else data), len(items)


CHUNK = 2_000  # triples rendered before they are written out (small enough to stay in the CPU's cache)


class _Pieces(list):
    """A binary sink that keeps what is written as pieces, joined once at the end (one copy, not two)."""

    def write(self, data: bytes) -> int:
        self.append(data)
        return len(data)

    writelines = list.extend


def ntriples_bytes(graph: nx.MultiDiGraph) -> bytes:
    out = _Pieces()
    write_ntriples(graph, out)
    return b"".join(out)


def write_ntriples(graph: nx.MultiDiGraph, target) -> int:
    """Write the graph's RDF as N-Triples into a binary file (or a path), a chunk at a time; returns
    the number of triples."""
    if isinstance(target, (str, os.PathLike)):
        with open(target, "wb") as handle:
            return write_ntriples(graph, handle)
    return _write(blocks(graph, _Syntax(turtle=False)), target, None)


def write_turtle(graph: nx.MultiDiGraph, handle) -> int:
    """Write the graph's RDF as Turtle into a binary file, a chunk of whole subjects at a time, after
    the sorted prefix lines; returns the number of triples."""
    handle.write("".join(f"@prefix {prefix}: <{ns}> .\n" for prefix, ns in sorted(PREFIXES.items())).encode("utf-8"))
    return _write(blocks(graph, _Syntax(turtle=True)), handle, " ;\n\t")


def _write(subjects, handle, separator: str | None) -> int:
    """Render each subject and write them out a chunk at a time: its pairs joined by `separator`
    (Turtle's " ;"), or each on a line of its own after the subject (N-Triples, `separator` None).
    Each subject is encoded on its own: one curly quote in an evidence text then widens only its own
    string, not the whole chunk's."""
    count, pending, parts = 0, 0, []
    for subject, pairs in subjects:
        joiner = separator or " .\n" + subject + " "
        parts.append(f"{subject} {joiner.join(pairs)} .\n".encode("utf-8"))
        pending += len(pairs)
        if pending >= CHUNK:
            count += pending
            handle.writelines(parts)
            parts, pending = [], 0
    handle.writelines(parts)
    return count + pending


def _sorted_prefixes(turtle: bytes) -> bytes:
    """The leading @prefix lines sorted (pyoxigraph keeps no order), then the rest."""
    lines = turtle.split(b"\n")
    end = next((i for i, line in enumerate(lines) if not line.startswith(b"@prefix ")), len(lines))
    header = b"\n".join(sorted(lines[:end]))
    return (header + b"\n" if end else header) + b"\n".join(lines[end:])
