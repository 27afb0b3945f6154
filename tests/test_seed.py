"""The reference article must yield every row of ../shared/seeds/EXPECTED.md (skipped without it).

Checked the way a user would: by SPARQL over the Turtle that `kgraph build` writes.
"""

from __future__ import annotations

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from kgraph.cli import main
from kgraph.rdf.to_rdf import PREFIXES


@pytest.fixture(scope="module")
def store(seed_path, tmp_path_factory):
    out = tmp_path_factory.mktemp("seed")
    result = CliRunner().invoke(main, ["build", str(seed_path), "--date", "2023-09-05", "-o", str(out)])
    assert result.exit_code == 0, result.output
    store = ox.Store()
    store.bulk_load(path=str(out / "graph.ttl"), format=ox.RdfFormat.TURTLE)
    return store


def select(store, query: str) -> list[dict]:
    solutions = store.query(query, prefixes=PREFIXES)
    names = [v.value for v in solutions.variables]
    return [{n: (s[n].value if s[n] is not None else None) for n in names} for s in solutions]


def events(store, cls: str) -> list[dict]:
    """Every event of a class with status, time, place and actors by role (labels)."""
    rows = select(store, f"""
        SELECT ?e ?status ?time ?begin ?end ?place ?role ?actor ?source ?relay ?item WHERE {{
          ?e a kg:{cls} ; kg:status ?s .
          BIND(STRAFTER(STR(?s), "status/") AS ?status)
          OPTIONAL {{ ?e sem:hasTimeStamp ?time }}
          OPTIONAL {{ ?e sem:hasBeginTimeStamp ?begin ; sem:hasEndTimeStamp ?end }}
          OPTIONAL {{ ?e sem:hasPlace/rdfs:label ?place }}
          OPTIONAL {{ ?e ?r ?a . ?r rdfs:subPropertyOf sem:hasActor . ?a rdfs:label ?actor .
                      BIND(STRAFTER(STR(?r), "#") AS ?role) }}
          OPTIONAL {{ ?e prov:wasAttributedTo/rdfs:label ?source }}
          OPTIONAL {{ ?e kg:relayedBy/rdfs:label ?relay }}
          OPTIONAL {{ ?e kg:item/rdfs:label ?item }}
        }}""".replace("?r rdfs:subPropertyOf sem:hasActor .", "FILTER(?r IN (" + ", ".join(
        f"kg:{r}" for r in ("participant", "visitor", "host", "supplier", "recipient", "launcher", "requester",
                            "provider", "attacker", "target", "imposer", "party", "attendee")) + "))"))
    merged: dict[str, dict] = {}
    for row in rows:
        event = merged.setdefault(row["e"], {"status": row["status"], "time": row["time"], "begin": row["begin"],
                                             "end": row["end"], "place": row["place"], "roles": set(),
                                             "sources": set(), "items": set()})
        if row["actor"]:
            event["roles"].add((row["role"], row["actor"]))
        for key in ("source", "relay"):
            if row[key]:
                event["sources"].add(row[key])
        if row["item"]:
            event["items"].add(row["item"])
    return list(merged.values())


def find(store, cls, status=None, roles=(), **fields):
    found = [e for e in events(store, cls) if (status is None or e["status"] == status)
             and set(roles) <= e["roles"] and all(e[k] == v for k, v in fields.items())]
    assert found, f"no {cls} with status={status} roles={roles} {fields}; have {events(store, cls)}"
    return found[0]


KIM, PUTIN = "Kim Jong Un", "Vladimir Putin"
NK, RU = "North Korea", "Russia"


def test_row_1_planned_visit_to_russia_this_month(store):
    event = find(store, "Visit", "planned", [("visitor", KIM)], place=RU, time="2023-09")
    assert "The Guardian" in event["sources"]


def test_row_2_planned_meeting_in_vladivostok(store):
    event = find(store, "Meeting", "planned", [("participant", KIM), ("participant", PUTIN)],
                 place="Vladivostok", time="2023-09")
    assert {"The Guardian", "United States official"} <= event["sources"]


def test_row_3_possible_arms_transfer_north_korea_to_russia(store):
    event = find(store, "ArmsTransfer", "possible", [("supplier", NK), ("recipient", RU)])
    assert "The Guardian" in event["sources"]


def test_row_4_planned_trip_to_pacific_coast_by_armoured_train(store):
    event = find(store, "Visit", "planned", [("visitor", KIM)], place="pantai Pasifik Rusia")
    assert "armoured train" in event["items"]
    assert {"military intelligence", "The New York Times"} <= event["sources"]
    located = select(store, """SELECT ?c WHERE { ?r rdfs:label "pantai Pasifik Rusia" ; kg:locatedIn/rdfs:label ?c }""")
    assert located == [{"c": RU}]


def test_row_5_eastern_economic_forum_with_both_leaders(store):
    event = find(store, "Gathering", "planned", [("attendee", KIM), ("attendee", PUTIN)],
                 place="Universitas Far Eastern Federal", begin="2023-09-10", end="2023-09-13")
    assert event
    names = select(store, "SELECT ?n WHERE { ?e a kg:Gathering ; kg:editionOf/rdfs:label ?n }")
    assert {"n": "Eastern Economic Forum"} in names
    located = select(store, """SELECT ?c WHERE { ?u rdfs:label "Universitas Far Eastern Federal" ;
                                                 kg:locatedIn/rdfs:label ?c }""")
    assert located == [{"c": "Vladivostok"}]


def test_row_6_planned_visit_to_pier_33(store):
    find(store, "Visit", "planned", [("visitor", KIM)], place="Dermaga 33")


def test_row_7_meeting_occurred_in_2019(store):
    find(store, "Meeting", "occurred", [("participant", KIM), ("participant", PUTIN)], time="2019")


def test_row_8_hoped_cooperation(store):
    find(store, "Cooperation", "hoped", [("party", NK), ("party", RU)])


def test_row_9_hoped_arms_transfer_with_items(store):
    event = find(store, "ArmsTransfer", "hoped", [("supplier", NK), ("recipient", RU)])
    assert {"artillery shells", "anti-tank missiles"} <= event["items"]


def test_row_10_hoped_technology_transfer_from_the_kremlin(store):
    event = find(store, "TechnologyTransfer", "hoped", [("supplier", RU), ("recipient", NK)])
    assert "satellite technology" in event["items"]
    assert any("submarine" in item for item in event["items"])
    assert {"official", "The New York Times"} <= event["sources"]


def test_rows_11_12_two_failed_launches_in_may_and_august(store):
    launches = [e for e in events(store, "Launch") if ("launcher", NK) in e["roles"]]
    failed = sorted(e["time"] for e in launches if e["status"] == "failed")
    assert failed == ["2023-05", "2023-08"]
    assert all("space launch vehicle" in e["items"] for e in launches if e["status"] == "failed")


def test_row_13_planned_launch_in_october_per_yonhap(store):
    event = find(store, "Launch", "planned", [("launcher", NK)], time="2023-10")
    assert "Yonhap" in event["sources"]
    based = select(store, 'SELECT ?c WHERE { ?y rdfs:label "Yonhap" ; kg:basedIn/rdfs:label ?c }')
    assert based == [{"c": "South Korea"}]


def test_row_14_aid_request_for_food(store):
    event = [e for e in events(store, "AidRequest") if e["status"] == "occurred"][0]
    assert {r for _, r in event["roles"]} & {KIM, NK}
    assert "food aid" in event["items"]


def test_row_15_russian_invasion_of_ukraine(store):
    find(store, "Attack", "occurred", [("attacker", RU), ("target", "Ukraine")], place="Ukraine")


@pytest.mark.parametrize("label,wikidata,forms", [
    ("Kim Jong Un", "Q56226", {"Kim Jong Un"}),
    ("Vladimir Putin", "Q7747", {"Vladimir Putin", "Putin"}),
    ("North Korea", "Q423", {"Korea Utara"}),
    ("Russia", "Q159", {"Rusia", "Kremlin"}),
    ("Vladivostok", "Q959", {"Vladivostok"}),
    ("Pyongyang", "Q18808", {"Pyongyang"}),
    ("Ukraine", "Q212", {"Ukraina"}),
    ("United States", "Q30", {"AS"}),
    ("South Korea", "Q884", {"Korea Selatan"}),
    ("The New York Times", "Q9684", {"New York Times"}),
    ("The Guardian", "Q11148", {"The Guardian"}),
])
def test_alias_table_one_node_per_entity(store, label, wikidata, forms):
    rows = select(store, f"""SELECT ?e ?wd WHERE {{ ?e rdfs:label "{label}" ; owl:sameAs ?wd
                                 FILTER(STRSTARTS(STR(?wd), STR(wd:))) }}""")
    assert rows == [{"e": rows[0]["e"], "wd": f"http://www.wikidata.org/entity/{wikidata}"}]
    surface = {r["a"] for r in select(store, f"""SELECT ?a WHERE {{ <{rows[0]['e']}> skos:altLabel|rdfs:label ?a }}""")}
    assert forms <= surface
    for form in forms:  # no second node carries the same surface form
        owners = select(store, f"""SELECT DISTINCT ?e WHERE {{ ?e skos:altLabel|rdfs:label "{form}" }}""")
        assert len(owners) == 1, (form, owners)


def test_facts_from_the_text(store):
    facts = select(store, """SELECT ?s ?p ?o WHERE { ?x ?q ?y . ?x rdfs:label ?s . ?y rdfs:label ?o .
                             FILTER(?q IN (kg:leads, kg:capitalOf, kg:locatedIn)) BIND(STRAFTER(STR(?q), "#") AS ?p) }""")
    assert {"s": KIM, "p": "leads", "o": NK} in facts
    assert {"s": "Vladivostok", "p": "locatedIn", "o": RU} in facts
    assert {"s": "Pyongyang", "p": "capitalOf", "o": NK} in facts


def test_must_not(store):
    # nothing from the "Baca juga:" line
    assert not select(store, """SELECT ?e WHERE { ?e kg:evidence/kg:text ?t FILTER(CONTAINS(?t, "Baca juga")
                                 || CONTAINS(?t, "Perdana Menterinya")) }""")
    # the planned September meeting is not "occurred"; the May/August launches are neither occurred nor planned
    meetings = events(store, "Meeting")
    assert not [m for m in meetings if m["time"] == "2023-09" and m["status"] == "occurred"]
    launches = events(store, "Launch")
    assert not [x for x in launches if x["time"] in ("2023-05", "2023-08") and x["status"] in ("occurred", "planned")]
    # every labelled entity is one node: no two entity nodes share a label
    duplicates = select(store, """SELECT ?l (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e rdfs:label ?l ; kg:mentionCount ?c }
                                  GROUP BY ?l HAVING (COUNT(DISTINCT ?e) > 1)""")
    assert duplicates == []


def test_readme_questions_answer(store):
    planned_meetings = select(store, """SELECT ?a ?b ?place WHERE { ?m a kg:Meeting ; kg:status kgs:planned ;
        kg:participant ?x, ?y ; sem:hasPlace/rdfs:label ?place . ?x rdfs:label ?a . ?y rdfs:label ?b . FILTER(?a < ?b) }""")
    assert {"a": KIM, "b": PUTIN, "place": "Vladivostok"} in planned_meetings
    failed = select(store, """SELECT ?when WHERE { ?l a kg:Launch ; kg:status kgs:failed ; sem:hasTimeStamp ?when }
                              ORDER BY ?when""")
    assert [r["when"] for r in failed] == ["2023-05", "2023-08"]


def test_seed_graph_is_valid_for_strict_parsers_and_shacl(seed_path, tmp_path):
    from rdflib import Graph

    from test_rdf import shacl_conforms

    result = CliRunner().invoke(main, ["build", str(seed_path), "--date", "2023-09-05", "-o", str(tmp_path)])
    assert result.exit_code == 0
    path = tmp_path / "graph.ttl"
    assert len(list(ox.parse(path=str(path), format=ox.RdfFormat.TURTLE))) == len(Graph().parse(path))
    conforms, report = shacl_conforms(Graph().parse(path))
    assert conforms, report
