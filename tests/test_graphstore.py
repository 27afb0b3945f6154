"""The compact graph of a build reads like the networkx graph of the same documents, byte for byte in
every export, and cannot be changed by mistake; packed documents come back whole, in article order."""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import pytest

from kgraph.export import jsonl_bytes
from kgraph.graphstore import CompactGraph, PackedDocs
from kgraph.html import actors_html
from kgraph.merge import merge, merge_compact
from kgraph.pipeline import Settings, extract_all
from kgraph.rdf.to_rdf import serialize

CORPUS = Path(__file__).resolve().parent.parent / "corpus"


@pytest.fixture(scope="module")
def docs():
    return extract_all([str(CORPUS / "dev")], Settings())[0]


@pytest.fixture(scope="module")
def graphs(docs, resources):
    return merge(docs, resources.gazetteer), merge_compact(PackedDocs(docs), resources.gazetteer)


def test_the_compact_graph_holds_the_nodes_edges_and_order_of_the_networkx_graph(graphs):
    plain, compact = graphs
    assert isinstance(compact, CompactGraph) and isinstance(compact, nx.MultiDiGraph)
    assert [(n, dict(d)) for n, d in compact.nodes(data=True)] == [(n, d) for n, d in plain.nodes(data=True)]
    assert list(compact.edges(keys=True)) == list(plain.edges(keys=True))
    assert compact.graph == plain.graph
    event = next(n for n, d in plain.nodes(data=True) if d["kind"] == "event")
    assert list(compact.out_edges(event, keys=True)) == list(plain.out_edges(event, keys=True))
    assert sorted(compact.in_edges("entity:russia", keys=True)) == sorted(plain.in_edges("entity:russia", keys=True))


def test_every_export_of_the_compact_graph_equals_the_networkx_graphs(graphs):
    plain, compact = graphs
    for fmt in ("turtle", "nt"):
        assert serialize(compact, fmt)[0] == serialize(plain, fmt)[0]
    assert jsonl_bytes(compact) == jsonl_bytes(plain)
    assert actors_html(compact) == actors_html(plain)


def test_the_compact_graph_is_read_only_and_copies_to_a_mutable_graph(graphs):
    _, compact = graphs
    event = next(n for n, d in compact.nodes(data=True) if d["kind"] == "event")
    with pytest.raises(nx.NetworkXError, match="read-only"):
        compact.add_node("entity:new")
    with pytest.raises(TypeError):
        compact.nodes[event]["status"] = "denied"  # a change that would be lost is refused
    copy = compact.copy()
    copy.nodes[event]["status"] = "denied"
    assert copy.nodes[event]["status"] == "denied" and compact.nodes[event]["status"] != "denied"


def test_packed_documents_come_back_whole_in_article_order(docs):
    packed = PackedDocs(reversed(docs))
    assert len(packed) == len(docs) and [a.id for a in packed.articles] == [d.article.id for d in reversed(docs)]
    in_order = sorted(docs, key=lambda d: d.article.id)
    assert list(packed) == in_order
    assert list(packed.drain()) == in_order
    assert len(packed) == 0


def test_packed_documents_never_drained_or_drained_in_part_leave_no_file_open(docs):
    import gc
    import warnings

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        PackedDocs(docs)
        partly = PackedDocs(docs)
        reading = partly.drain()
        next(reading)
        reading.close()  # a merge that stops early
        del partly, reading
        gc.collect()
    assert [str(w.message) for w in caught if issubclass(w.category, ResourceWarning)] == []


def test_graph_analytics_read_the_compact_graph_as_the_networkx_graph(graphs):
    from kgraph import analytics

    plain, compact = graphs
    for measure in (analytics.events_by_type, analytics.events_by_status, analytics.actor_event_counts):
        assert measure(compact) == measure(plain) and measure(plain)


def test_networkx_functions_that_make_new_graphs_work_on_the_compact_graph(graphs):
    plain, compact = graphs
    event = next(n for n, d in plain.nodes(data=True) if d["kind"] == "event")
    some = list(plain.nodes)[:40]
    assert sorted(compact.subgraph(some).edges(keys=True)) == sorted(plain.subgraph(some).edges(keys=True))
    assert sorted(nx.ego_graph(compact, event).nodes) == sorted(nx.ego_graph(plain, event).nodes)
    assert sorted(compact.reverse().edges(keys=True)) == sorted(plain.reverse().edges(keys=True))
    assert compact.to_undirected().number_of_edges() == plain.to_undirected().number_of_edges()
    assert nx.relabel_nodes(compact, {event: "renamed"}).nodes["renamed"] == plain.nodes[event]
    assert nx.compose(compact, nx.MultiDiGraph()).number_of_nodes() == plain.number_of_nodes()


def test_duplicate_article_ids_and_a_second_merge_of_packed_documents_are_refused(docs, resources):
    with pytest.raises(ValueError, match="duplicate article id"):
        merge([*docs, docs[0]], resources.gazetteer)
    packed = PackedDocs(docs[:3])
    merge_compact(packed, resources.gazetteer)
    with pytest.raises(ValueError, match="emptied by a merge"):
        merge_compact(packed, resources.gazetteer)
