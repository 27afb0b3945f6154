"""RDF output: valid for strict parsers, SHACL-conformant, on the documented vocabulary, with
stable IRIs and byte-identical output for the same input."""

from __future__ import annotations

import datetime as dt

import pyoxigraph as ox
import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF

from conftest import ROOT
from kgraph.documents import make_article
from kgraph.export import jsonl_bytes, turtle_bytes
from kgraph.extract import extract
from kgraph.merge import merge
from kgraph.rdf.mint import mint
from kgraph.rdf.vocab import KG, KGS

ONTOLOGY = ROOT / "ontology" / "kgraph.ttl"
SHAPES = ROOT / "ontology" / "shapes.ttl"

TEXT_ID = ("Presiden Rusia Vladimir Putin akan bertemu Pemimpin Korea Utara Kim Jong Un di Vladivostok pekan depan, "
           "kata Reuters. Korea Utara gagal meluncurkan satelit mata-mata pada Mei lalu.")
WEIRD = ('Presiden Zaphod akan bertemu Presiden Hamid al-Ḥaḍar di Jakarta, kata sumber "A" <b> \\ 🚀\u200f. '
         'Presiden Ábc\x07Déf akan berkunjung ke Tokyo.')


def build_graph(resources, texts):
    docs = [extract(make_article({"id": f"doc {i} é/ü?#"}, text, "t", f"d{i}", dt.date(2024, 5, 1), "id"),
                    resources) for i, text in enumerate(texts)]
    return merge(docs, resources.gazetteer)


@pytest.fixture(scope="module")
def turtle(resources):
    return turtle_bytes(build_graph(resources, [TEXT_ID, WEIRD]))


def test_turtle_parses_in_rdflib_and_pyoxigraph(turtle):
    graph = Graph().parse(data=turtle, format="turtle")
    strict = list(ox.parse(turtle, format=ox.RdfFormat.TURTLE))
    assert len(graph) == len(strict) > 50


def test_odd_names_give_valid_iris_and_literals(turtle):
    graph = Graph().parse(data=turtle, format="turtle")
    texts = {str(o) for o in graph.objects(None, KG.text)}
    weird = [t for t in texts if "Zaphod" in t]
    assert weird and all(c in weird[0] for c in '"<>\\🚀\u200f')
    assert not any("\x07" in t for t in texts)
    labels = {str(o) for o in graph.objects(None, URIRef("http://www.w3.org/2000/01/rdf-schema#label"))}
    assert {"Zaphod", "Hamid al-Ḥaḍar"} <= labels
    for term in graph.all_nodes():
        if isinstance(term, URIRef):
            assert not set(str(term)) & set(' <>"{}|\\^`\n'), term


def test_shacl_validation_passes(turtle):
    pyshacl = pytest.importorskip("pyshacl")
    conforms, _, report = pyshacl.validate(Graph().parse(data=turtle, format="turtle"),
                                           shacl_graph=Graph().parse(SHAPES), ont_graph=Graph().parse(ONTOLOGY),
                                           inference="rdfs")
    assert conforms, report


def test_shacl_catches_a_broken_event(turtle):
    pyshacl = pytest.importorskip("pyshacl")
    graph = Graph().parse(data=turtle, format="turtle")
    event = next(graph.subjects(RDF.type, KG.Meeting))
    graph.add((event, KG.status, KGS.occurred))  # a second status
    graph.add((event, URIRef("http://semanticweb.cs.vu.nl/2009/11/sem/hasTimeStamp"), Literal("next week")))
    conforms, _, _ = pyshacl.validate(graph, shacl_graph=Graph().parse(SHAPES), ont_graph=Graph().parse(ONTOLOGY),
                                      inference="rdfs")
    assert not conforms


def test_vocabulary_matches_the_ontology():
    ontology = Graph().parse(ONTOLOGY)
    defined = {str(s) for s in ontology.subjects() if str(s).startswith(("https://w3id.org/kgraph/ontology#",
                                                                           "https://w3id.org/kgraph/status/"))}
    vocabulary = {str(KG._NS) + n for n in KG.__annotations__} | {str(KGS._NS) + n for n in KGS.__annotations__}
    assert defined == vocabulary


def test_vocabulary_terms_are_checked():
    with pytest.raises(AttributeError):
        KG.Meting  # noqa: B018


def test_every_event_class_has_cameo_and_plover_notations():
    from kgraph.model import EVENT_TYPES
    ontology = Graph().parse(ONTOLOGY)
    for event_type in EVENT_TYPES:
        datatypes = {o.datatype for o in ontology.objects(KG[event_type], URIRef("http://www.w3.org/2004/02/skos/core#notation"))}
        assert datatypes == {KG.CAMEO, KG.PLOVER}, event_type


def test_same_input_same_bytes(resources):
    first = build_graph(resources, [TEXT_ID, WEIRD])
    second = build_graph(resources, [WEIRD, TEXT_ID][::-1])
    assert turtle_bytes(first) == turtle_bytes(second)
    assert jsonl_bytes(first) == jsonl_bytes(second)


def test_iris_are_minted_not_raw_text():
    assert str(mint("entity", "new:Dermaga 33")) == "https://w3id.org/kgraph/id/entity/new:Dermaga%2033"
    long = mint("entity", "x" * 1000)
    assert len(str(long)) < 120


def test_times_are_typed(turtle):
    graph = Graph().parse(data=turtle, format="turtle")
    stamps = {(o.datatype.split("#")[-1], str(o)) for o in graph.objects(None, URIRef(
        "http://semanticweb.cs.vu.nl/2009/11/sem/hasBeginTimeStamp"))}
    stamps |= {(o.datatype.split("#")[-1], str(o)) for o in graph.objects(None, URIRef(
        "http://semanticweb.cs.vu.nl/2009/11/sem/hasTimeStamp"))}
    assert ("date", "2024-05-06") in stamps  # "pekan depan" from 2024-05-01 begins on Monday 6 May
    assert ("gYearMonth", "2024-05") not in stamps
    assert ("gYearMonth", "2023-05") in stamps  # "Mei lalu" from May 2024 is May 2023


def shacl_conforms(data: Graph) -> tuple[bool, str]:
    pyshacl = pytest.importorskip("pyshacl")
    conforms, _, report = pyshacl.validate(data, shacl_graph=Graph().parse(SHAPES), ont_graph=Graph().parse(ONTOLOGY),
                                           inference="rdfs")
    return conforms, report


def test_the_committed_export_is_valid_everywhere():
    path = ROOT / "exports" / "graph.ttl"
    strict = list(ox.parse(path=str(path), format=ox.RdfFormat.TURTLE))
    graph = Graph().parse(path)
    assert len(strict) == len(graph) > 1000
    conforms, report = shacl_conforms(graph)
    assert conforms, report


@pytest.mark.parametrize("fmt", ["turtle", "jsonld", "trig"])
def test_every_format_and_the_rdflib_graph_hold_the_same_triples(resources, tmp_path, fmt):
    from kgraph.rdf.to_rdf import serialize, to_rdf, write_ntriples

    graph = build_graph(resources, [TEXT_ID, WEIRD])
    lines = list(ox.parse(serialize(graph, "nt")[0], format=ox.RdfFormat.N_TRIPLES))
    reference = {(str(q.subject), str(q.predicate), str(q.object)) for q in lines}
    data, count = serialize(graph, fmt)
    parsed = list(ox.parse(data, format={"turtle": ox.RdfFormat.TURTLE, "trig": ox.RdfFormat.TRIG,
                                         "jsonld": ox.RdfFormat.JSON_LD}[fmt]))
    assert {(str(q.subject), str(q.predicate), str(q.object)) for q in parsed} == reference
    assert count == len(parsed)
    if fmt != "trig":  # TriG holds an event reported by two articles in both their graphs
        assert count == len(reference) == len(lines)  # each triple once
    assert {(s.n3(), p.n3(), o.n3()) for s, p, o in to_rdf(graph)} == reference
    assert write_ntriples(graph, tmp_path / "g.nt") == len(reference)
    assert (tmp_path / "g.nt").read_bytes() == serialize(graph, "nt")[0]


@pytest.mark.parametrize("chunk", [7, 1000, 50_000])
def test_streamed_turtle_and_jsonl_have_the_bytes_of_the_whole(resources, monkeypatch, chunk):
    import io

    import kgraph.rdf.to_rdf as to_rdf
    from kgraph.export import write_jsonl

    graph = build_graph(resources, [TEXT_ID, WEIRD])
    whole, count = to_rdf.serialize(graph, "turtle")
    lines, _ = to_rdf.serialize(graph, "nt")
    monkeypatch.setattr(to_rdf, "CHUNK", chunk)
    streamed = io.BytesIO()
    assert to_rdf.write_turtle(graph, streamed) == count
    assert streamed.getvalue() == whole
    streamed = io.BytesIO()
    assert to_rdf.write_ntriples(graph, streamed) == count
    assert streamed.getvalue() == lines
    lines = io.BytesIO()
    write_jsonl(graph, lines)
    assert lines.getvalue() == jsonl_bytes(graph)


def test_coordinates_that_are_not_numbers_are_left_out(resources):
    from kgraph.rdf.to_rdf import serialize

    graph = build_graph(resources, [TEXT_ID])
    node = next(n for n, d in graph.nodes(data=True) if d.get("kind") == "entity")
    graph.nodes[node].update(lat=float("nan"), lon=12.5)  # a gazetteer file may say so; no RDF parser accepts it
    for fmt in ("turtle", "nt"):
        data, count = serialize(graph, fmt)
        assert len(list(ox.parse(data, format={"turtle": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES}[fmt]))) == count
        assert b"NaN" not in data and b" nan " not in data and b'"nan"' not in data
