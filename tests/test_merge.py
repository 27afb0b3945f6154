"""Merging documents: one node per entity across articles, fuzzy resolution without false merges,
anonymous sources kept per article, and order independence."""

from __future__ import annotations

import datetime as dt

import pytest

from kgraph.documents import make_article
from kgraph.entities import resolve_form
from kgraph.extract import extract
from kgraph.merge import actor_network, merge
from kgraph.model import Entity
from kgraph.resolve import resolve_entities


def doc(resources, doc_id, text, lang="en"):
    return extract(make_article({"id": doc_id}, text, "t", doc_id, dt.date(2024, 1, 10), lang), resources)


def test_entities_merge_across_articles_with_all_surface_forms(resources):
    graph = merge([
        doc(resources, "a", "Presiden Rusia Vladimir Putin akan bertemu Kim Jong Un di Vladivostok.", "id"),
        doc(resources, "b", "Putin met Kim Jong-un in Pyongyang, a U.S. official said."),
        doc(resources, "c", "Russian President Vladimir Putin will visit China, an official said."),
    ], resources.gazetteer)
    putin = graph.nodes["entity:vladimir-putin"]
    assert putin["mentions"] == 3 and {"Vladimir Putin", "Putin"} <= set(putin["aliases"])
    assert {"Kim Jong Un", "Kim Jong-un"} <= set(graph.nodes["entity:kim-jong-un"]["aliases"])
    russia = graph.nodes["entity:russia"]
    assert {"Rusia", "Russian"} <= set(russia["aliases"])
    anonymous = sorted(n for n in graph.nodes if n.startswith("entity:anon:"))
    assert anonymous == ["entity:anon:b:united-states-official", "entity:anon:c:official"]


def test_fuzzy_resolution_maps_spelling_variants_to_the_gazetteer(resources):
    entities = [Entity("new:vladimir-poutine", "Vladimir Poutine", "person", provisional=True),
                Entity("new:vladivostock-city", "Vladivostokk", "city", provisional=True)]
    resolution = resolve_entities(entities, resources.gazetteer)
    assert resolution.mapping == {"new:vladimir-poutine": "vladimir-putin", "new:vladivostock-city": "vladivostok"}


def test_two_people_sharing_a_surname_are_not_merged(resources):
    entities = [Entity("new:kim-yong-chol", "Kim Yong Chol", "person", provisional=True),
                Entity("new:kim", "Kim", "person", provisional=True),
                Entity("new:kim-jong-nam", "Kim Jong Nam", "person", provisional=True)]
    resolution = resolve_entities(entities, resources.gazetteer)
    assert resolution.mapping == {}


def test_bodies_of_two_states_are_not_merged_however_alike_their_names(resources):
    entities = [Entity("new:indian-foreign-ministry", "Indian Foreign Ministry", "organisation", provisional=True),
                Entity("new:indonesian-foreign-ministry", "Indonesian Foreign Ministry", "organisation", provisional=True),
                Entity("new:austrian-army", "Austrian Army", "organisation", provisional=True),
                Entity("new:australian-army", "Australian Army", "organisation", provisional=True),
                Entity("new:north-korean-defence-ministry", "North Korean Defence Ministry", "organisation",
                       provisional=True),
                Entity("new:south-korean-defence-ministry", "South Korean Defence Ministry", "organisation",
                       provisional=True),
                Entity("new:south-korea-defense-ministry", "South Korea Defense Ministry", "organisation",
                       provisional=True),
                Entity("new:south-korea-defence-ministry", "South Korea Defence Ministry", "organisation",
                       provisional=True)]
    resolution = resolve_entities(entities, resources.gazetteer)
    assert resolution.mapping == {"new:south-korea-defense-ministry": "new:south-korea-defence-ministry",
                                  "new:south-korean-defence-ministry": "new:south-korea-defence-ministry",
                                  "new:indonesian-foreign-ministry": "indonesia-foreign-ministry"}


def test_provisional_names_merge_across_articles(resources):
    graph = merge([
        doc(resources, "a", "Foreign Minister Joana Pereira met Sergei Lavrov in Moscow."),
        doc(resources, "b", "Menteri Luar Negeri Brasil Joana Pereira bertemu Wang Yi di Beijing.", "id"),
    ], resources.gazetteer)
    node = graph.nodes["entity:new:joana-pereira"]
    assert node["mentions"] == 2 and node["provisional"] and node["position"] == "foreign minister"


def test_merge_does_not_depend_on_document_order(resources):
    docs = [doc(resources, "a", "Germany will supply tanks to Ukraine."),
            doc(resources, "b", "Iran denied sending drones to Russia.")]
    first, second = merge(docs, resources.gazetteer), merge(docs[::-1], resources.gazetteer)
    assert sorted(first.nodes(data=True), key=str) == sorted(second.nodes(data=True), key=str)
    assert sorted(first.edges(keys=True)) == sorted(second.edges(keys=True))


def test_actor_network_links_the_sides_of_each_event(resources):
    graph = merge([doc(resources, "a", "Germany will supply tanks to Ukraine. North Korea launched a ballistic missile.")],
                  resources.gazetteer)
    network = actor_network(graph)
    edges = {(a, b, d["type"]) for a, b, d in network.edges(data=True)}
    assert edges == {("entity:germany", "entity:ukraine", "ArmsTransfer"),
                     ("entity:north-korea", "entity:north-korea", "Launch")}


@pytest.mark.parametrize("form,lang,expected", [
    ("Pak Prabowo", "id", "prabowo-subianto"),            # an honorific before a listed name
    ("KH Ma'ruf Amin", "id", "maruf-amin"),                # an apostrophe inside the name
    ("Vladimir V. Putin", "en", "vladimir-putin"),         # a middle initial
    ("Kerajaan Arab Saudi", "id", "saudi-arabia"),         # a form of state before the country
    ("Air India", "en", None),                             # a known name inside a larger one
    ("Real Madrid", "id", None),
    ("Persib Bandung", "id", None),
    ("France 24", "en", None),
    ("Nicolás Maduro Guerra", "en", None),                 # the son, one word longer than the father
    ("Than Shwe", "en", None),                             # one letter from Than Swe: not by spelling alone
])
def test_resolving_a_surface_form(resources, form, lang, expected):
    assert resolve_form(form, lang, resources) == (expected, ())
