"""GEXF and GraphML of the actor network: written for Gephi/Cytoscape, re-read by networkx intact."""

from __future__ import annotations

import datetime as dt
import io

import networkx as nx
import pytest

from kgraph.documents import make_article
from kgraph.extract import extract
from kgraph.merge import merge
from kgraph.network_export import gexf_bytes, gephi_network, graphml_bytes

TEXT = ("Germany will supply Leopard tanks to Ukraine, Reuters reported. North Korea launched a ballistic "
        "missile on Tuesday. Joe Biden met Xi Jinping in Woodside, California on Nov. 15. Joe Biden, Xi Jinping "
        "and Fumio Kishida held talks in San Francisco on Nov. 16.")


@pytest.fixture(scope="module")
def graph(resources):
    article = make_article({"id": "net"}, TEXT, "t", "net", dt.date(2023, 11, 16), "en")
    return merge([extract(article, resources)], resources.gazetteer)


@pytest.mark.parametrize("write,read", [(gexf_bytes, nx.read_gexf), (graphml_bytes, nx.read_graphml)])
def test_the_network_survives_a_round_trip_with_its_attributes(graph, write, read):
    expected = gephi_network(graph)
    assert expected.number_of_edges() == 6  # the three-way talks are three edges
    back = read(io.BytesIO(write(graph)))
    assert set(back.nodes) == set(expected.nodes)
    for node, data in expected.nodes(data=True):
        assert {k: back.nodes[node][k] for k in ("type", "wikidata", "mentions")} == \
            {k: data[k] for k in ("type", "wikidata", "mentions")}
        assert back.nodes[node].get("label") == data["label"]
    edges = {(d["event_type"], d["status"], d["time"], d["evidence"]) for _, _, d in back.edges(data=True)}
    assert edges == {(d["event_type"], d["status"], d["time"], d["evidence"]) for _, _, d in expected.edges(data=True)}
    assert ("Meeting", "occurred", "2023-11-15") in {e[:3] for e in edges}
    assert all(isinstance(d["mentions"], int) for _, d in back.nodes(data=True))


def test_gexf_declares_typed_attributes_and_is_stable(graph):
    data = gexf_bytes(graph)
    assert b'version="1.2"' in data and b"lastmodifieddate" not in data
    assert b'<attribute id="' in data and (b'type="long"' in data or b'type="integer"' in data)
    assert b'type="Meeting"' not in data   # an edge's GEXF type is its direction, not the event type
    assert gexf_bytes(graph) == data


def test_characters_xml_cannot_carry_are_dropped(resources):
    from xml.dom import minidom

    text = "Presiden Zaphod\uffff akan bertemu Presiden Hamid\ufffe di Jakarta pekan depan."
    article = make_article({"id": "x"}, text, "t", "x", dt.date(2024, 5, 1), "id")
    graph = merge([extract(article, resources)], resources.gazetteer)
    for data in (gexf_bytes(graph), graphml_bytes(graph)):
        minidom.parseString(data)   # well-formed XML
        assert "\uffff".encode() not in data


def test_every_edge_has_its_own_id_and_names_its_event(graph):
    from xml.dom import minidom

    ids = [edge.getAttribute("id") for edge in minidom.parseString(graphml_bytes(graph)).getElementsByTagName("edge")]
    assert len(ids) == len(set(ids)) == 6
    back = nx.read_graphml(io.BytesIO(graphml_bytes(graph)))
    events = [d["event"] for _, _, d in back.edges(data=True)]
    trio = [event for event in events if events.count(event) > 1]
    assert len(trio) == 3 and len(set(events)) == 4
    assert {d["event"] for _, _, d in nx.read_gexf(io.BytesIO(gexf_bytes(graph))).edges(data=True)} == set(events)


def test_a_connected_network_of_more_than_500_actors_is_laid_out():
    """networkx lays out 500 nodes or more with scipy's sparse arrays (a declared dependency): a large
    corpus's picture must not fail where a small one works."""
    from kgraph.draw import _layout

    network = nx.MultiDiGraph()
    network.add_edges_from((f"actor-{k}", f"actor-{k + 1}") for k in range(600))
    positions = _layout(network)
    assert len(positions) == 601 and len(set(positions.values())) == 601
