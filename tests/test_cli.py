"""The command line, run through click's runner in temporary folders."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from kgraph.cli import main

ARTICLE = ("Presiden Rusia Vladimir Putin akan bertemu Presiden Tiongkok Xi Jinping di Beijing pekan depan, "
           "kata Reuters. Korea Utara gagal meluncurkan satelit mata-mata pada Mei lalu.")


@pytest.fixture()
def folder(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "in" / "a.json").write_text(json.dumps({"id": "a", "date": "2024-05-01", "lang": "id"}))
    return tmp_path


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


def test_help_everywhere():
    for command in ([], ["build"], ["extract"], ["query"], ["draw"], ["eval"]):
        result = run(*command, "--help")
        assert result.exit_code == 0 and "Usage" in result.output


def test_build_writes_turtle_jsonl_and_picture(folder):
    result = run("build", folder / "in", "-o", folder / "out")
    assert result.exit_code == 0, result.output
    assert "1 articles, 2 events" in result.output
    assert (folder / "out" / "graph.ttl").read_bytes().startswith(b"@prefix")
    assert (folder / "out" / "actors.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    records = [json.loads(line) for line in (folder / "out" / "events.jsonl").read_text().splitlines()]
    meeting = [r for r in records if r["type"] == "Meeting"][0]
    assert set(meeting) >= {"doc", "id", "type", "status", "participants", "place", "time", "items", "source",
                            "evidence", "rule", "confidence"}
    assert meeting["doc"] == "a" and meeting["status"] == "planned"
    assert meeting["time"]["value"] == "2024-05-06/2024-05-12"
    assert meeting["source"]["name"] == "Reuters"
    assert {p["name"] for p in meeting["participants"]} == {"Vladimir Putin", "Xi Jinping"}
    assert meeting["place"] == {"name": "Beijing", "wikidata": "Q956", "id": "https://w3id.org/kgraph/id/entity/beijing"}
    assert ARTICLE[meeting["evidence"]["start"]:meeting["evidence"]["end"]] == meeting["evidence"]["text"]


def test_extract_prints_jsonl_or_turtle(folder):
    result = run("extract", folder / "in" / "a.txt", "--format", "jsonl")
    assert result.exit_code == 0
    assert [json.loads(x)["type"] for x in result.output.splitlines()] == ["Meeting", "Launch"]
    result = run("extract", folder / "in" / "a.txt", "--format", "ttl")
    assert result.exit_code == 0 and "kg:Launch" in result.output


def test_query_formats(folder):
    run("build", folder / "in", "-o", folder / "out", "--no-picture")
    graph = folder / "out" / "graph.ttl"
    query = "SELECT ?when WHERE { ?e a kg:Launch ; kg:status kgs:failed ; sem:hasTimeStamp ?when }"
    table = run("query", graph, query)
    assert table.exit_code == 0 and "2023-05" in table.output
    csv = run("query", graph, query, "--format", "csv")
    assert csv.output.splitlines() == ["when", "2023-05"]
    as_json = json.loads(run("query", graph, query, "--format", "json").output)
    assert as_json["results"]["bindings"][0]["when"]["datatype"].endswith("gYearMonth")
    (folder / "q.rq").write_text(query)
    assert "2023-05" in run("query", graph, folder / "q.rq").output


@pytest.mark.parametrize("query,message", [
    ("SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }", "SERVICE is not allowed"),
    ("SELECT * FROM <http://example.org/data.ttl> WHERE { ?s ?p ?o }", "FROM"),
    ("INSERT DATA { <http://a> <http://b> <http://c> }", "read-only"),
    ("SELECT WHERE {", "invalid SPARQL"),
])
def test_query_refuses_network_and_updates(folder, query, message):
    run("build", folder / "in", "-o", folder / "out", "--no-picture")
    result = run("query", folder / "out" / "graph.ttl", query)
    assert result.exit_code == 4
    assert message in result.output and len(result.output.strip().splitlines()) == 1


def test_draw_png_and_svg_with_filters(folder):
    run("build", folder / "in", "-o", folder / "out", "--no-picture")
    graph = folder / "out" / "graph.ttl"
    assert run("draw", graph, "-o", folder / "all.png").exit_code == 0
    assert (folder / "all.png").read_bytes()[:4] == b"\x89PNG"
    assert run("draw", graph, "-o", folder / "m.svg", "--type", "Meeting", "--actor", "Putin").exit_code == 0
    svg = (folder / "m.svg").read_text()
    assert "<svg" in svg and "Xi Jinping" in svg and "North Korea" not in svg
    bad = run("draw", graph, "-o", folder / "x.png", "--type", "Party")
    assert bad.exit_code == 2 and "unknown event type 'Party'" in bad.output


def test_errors_are_one_line_with_an_exit_code(folder):
    missing = run("build", folder / "nope", "-o", folder / "out")
    assert missing.exit_code == 2 and missing.output.strip() == f"kgraph: error: {folder / 'nope'}: no such file or folder"
    bad_date = run("build", folder / "in" / "a.txt", "--date", "yesterday", "-o", folder / "out")
    assert bad_date.exit_code == 2 and len(bad_date.output.strip().splitlines()) == 1
    (folder / "bad.toml").write_text("[[rule]]\nid = 1\n")
    bad_rules = run("build", folder / "in", "--rules", folder / "bad.toml", "-o", folder / "out")
    assert bad_rules.exit_code == 3 and bad_rules.output.startswith("kgraph: error:")


def test_bad_articles_are_skipped_and_good_ones_kept(folder):
    (folder / "in" / "empty.txt").write_text("")
    result = run("build", folder / "in", "-o", folder / "out")
    assert result.exit_code == 0
    assert "skipped:" in result.output and "empty.txt" in result.output and "1 articles, 2 events" in result.output
    strict = run("build", folder / "in", "--strict", "-o", folder / "strict")
    assert strict.exit_code == 2 and not (folder / "strict" / "graph.ttl").exists()


def test_a_failed_build_leaves_the_previous_export(folder):
    assert run("build", folder / "in", "-o", folder / "out").exit_code == 0
    before = (folder / "out" / "graph.ttl").read_bytes()
    (folder / "in" / "broken.txt").write_text("")
    assert run("build", folder / "in", "--strict", "-o", folder / "out").exit_code == 2
    assert (folder / "out" / "graph.ttl").read_bytes() == before
    assert sorted(p.name for p in (folder / "out").iterdir()) == ["actors.html", "actors.png", "events.jsonl",
                                                                  "graph.ttl", "timeline.png"]


def test_readme_example_queries_answer_on_the_exports():
    from conftest import ROOT
    from kgraph.query import run_query

    queries = sorted((ROOT / "examples").glob("*.rq"))
    assert len(queries) == 3
    for path in queries:
        variables, rows = run_query(ROOT / "exports" / "graph.ttl", path.read_text(encoding="utf-8"))
        assert rows, path.name


def test_entities_table_and_unresolved(folder):
    (folder / "in" / "b.txt").write_text("Menteri Luar Negeri Brasil Joana Pereira akan bertemu Sergei Lavrov di Moskow.",
                                         encoding="utf-8")
    run("build", folder / "in", "--date", "2024-05-01", "-o", folder / "out", "--no-picture")
    table = run("entities", folder / "out" / "graph.ttl")
    assert table.exit_code == 0 and table.output.splitlines()[0].split(" | ")[0].strip() == "label"
    rows = json.loads(run("entities", folder / "out" / "graph.ttl", "--format", "json").output)
    putin = [r for r in rows if r["label"] == "Vladimir Putin"][0]
    assert putin["wikidata"] == "Q7747" and putin["type"] == "person" and putin["mentions"] >= 1
    unresolved = json.loads(run("entities", folder / "out" / "graph.ttl", "--unresolved", "--format", "json").output)
    assert [r["label"] for r in unresolved] == ["Joana Pereira"]


def test_aliases_command(tmp_path):
    path = tmp_path / "aliases.tsv"
    path.write_text("Korut\tid\tnorth-korea\nPresiden Rusia Vladimir Putin\tid\tvladimir-putin\n"
                    "Kim Yong Chol\ten\t-\nZelenskky\ten\tvolodymyr-zelenskyy\n", encoding="utf-8")
    result = run("aliases", path, "--errors")
    assert result.exit_code == 0 and "forms: 4" in result.output and "false merges of two people: 0" in result.output
    bad = tmp_path / "bad.tsv"
    bad.write_text("Korut\tfr\tnorth-korea\n", encoding="utf-8")
    assert run("aliases", bad).exit_code == 2


def test_build_also_writes_ntriples_and_jsonld_with_the_turtle_triples(folder):
    import pyoxigraph as ox

    result = run("build", folder / "in", "-o", folder / "out", "--also", "nt", "--also", "jsonld", "--no-picture")
    assert result.exit_code == 0, result.output

    def triples(name, fmt):
        return {(str(q.subject), str(q.predicate), str(q.object)) for q in ox.parse(path=str(folder / "out" / name),
                                                                                  format=fmt)}
    turtle = triples("graph.ttl", ox.RdfFormat.TURTLE)
    assert len(turtle) > 30
    assert triples("graph.nt", ox.RdfFormat.N_TRIPLES) == turtle
    assert triples("graph.jsonld", ox.RdfFormat.JSON_LD) == turtle
    for fmt, marker in (("nt", "<https://w3id.org/kgraph/ontology#Launch>"), ("jsonld", '"@id"')):
        printed = run("extract", folder / "in" / "a.txt", "--format", fmt)
        assert printed.exit_code == 0 and marker in printed.output


def test_build_writes_the_page_the_timeline_and_the_other_formats_on_request(folder):
    import io

    import networkx as nx
    import pyoxigraph as ox

    result = run("build", folder / "in", "-o", folder / "out", "--also", "trig", "--also", "gexf", "--also", "graphml")
    assert result.exit_code == 0, result.output
    out = folder / "out"
    assert b"<svg" in (out / "actors.html").read_bytes()
    assert (out / "timeline.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    quads = list(ox.parse(path=str(out / "graph.trig"), format=ox.RdfFormat.TRIG))
    article = "https://w3id.org/kgraph/id/doc/a"
    events = {q.subject.value for q in quads if q.predicate.value.endswith("ontology#status")}
    in_article = {q.subject.value for q in quads if isinstance(q.graph_name, ox.NamedNode)
                  and q.graph_name.value == article}
    assert len(events) == 2 and events <= in_article and article in in_article
    assert not any(q.subject.value.startswith("https://w3id.org/kgraph/id/entity/") for q in quads
                   if isinstance(q.graph_name, ox.NamedNode))   # entities are in the default graph
    gexf = nx.read_gexf(io.BytesIO((out / "actors.gexf").read_bytes()))
    graphml = nx.read_graphml(io.BytesIO((out / "actors.graphml").read_bytes()))
    assert set(gexf.nodes) == set(graphml.nodes) >= {"entity:vladimir-putin", "entity:xi-jinping"}


def test_a_progress_bar_on_a_terminal_and_none_otherwise(tmp_path):
    import os
    import pty
    import subprocess
    import sys

    from conftest import ROOT

    articles = tmp_path / "articles"  # enough articles for the bar to redraw itself
    articles.mkdir()
    for text in sorted((ROOT / "corpus" / "dev").glob("*.txt"))[:40]:
        for path in (text, text.with_suffix(".json")):
            (articles / path.name).write_bytes(path.read_bytes())
    command = [sys.executable, "-m", "kgraph.cli", "build", str(articles), "-o", str(tmp_path / "o"),
               "--jobs", "1", "--no-picture"]
    main_end, terminal = pty.openpty()
    process = subprocess.Popen(command, stderr=terminal, stdout=subprocess.DEVNULL, cwd=ROOT)
    os.close(terminal)
    seen = b""
    while True:
        try:
            chunk = os.read(main_end, 4096)
        except OSError:
            break
        if not chunk:
            break
        seen += chunk
    assert process.wait() == 0
    assert b" articles" in seen and b"\r" in seen            # the bar redraws itself on its line
    assert b"articles, " in seen and b"triples" in seen       # then the summary line
    piped = subprocess.run(command, capture_output=True, cwd=ROOT)
    assert piped.returncode == 0 and b"\r" not in piped.stderr
    assert piped.stderr.decode().count("\n") == 1 and "articles, " in piped.stderr.decode()


HIDDEN_SERVICE = 'SELECT * WHERE {{ BIND("\\u0022" AS ?x) SERVICE <http://127.0.0.1:{port}/x> {{ ?a ?b ?c }} # """ AS ?y)\n}}'


def listener():
    """A local socket that records whether anything connects to it."""
    import socket
    import threading

    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen()
    server.settimeout(3)
    hits = []

    def accept():
        try:
            connection, _ = server.accept()
            hits.append(connection.recv(200))
            connection.close()
        except OSError:
            pass
    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    return server, thread, hits


def test_a_service_hidden_behind_an_escape_never_reaches_the_network(folder):
    """The checker reads \\u escapes everywhere; the engine gets the text the checker read, so the
    SERVICE below is inside a string for both and nothing is fetched."""
    run("build", folder / "in", "-o", folder / "out")
    server, thread, hits = listener()
    result = run("query", folder / "out" / "graph.ttl", HIDDEN_SERVICE.format(port=server.getsockname()[1]))
    thread.join(4)
    server.close()
    assert hits == []
    assert result.exit_code in (0, 4)


def test_a_name_the_font_cannot_draw_leaves_stderr_to_kgraph(tmp_path):
    import warnings

    from kgraph.draw import render, render_timeline
    from kgraph.pipeline import build

    gazetteer = tmp_path / "mine.toml"
    gazetteer.write_text('[[entity]]\nkey = "test-envoy"\nlabel = "習近平特使"\ntype = "person"\n'
                         'aliases = ["Testa Namington"]\n', encoding="utf-8")
    (tmp_path / "a.txt").write_text("Testa Namington will meet Russian President Vladimir Putin in Moscow next week.",
                                    encoding="utf-8")
    result = build([str(tmp_path / "a.txt")], gazetteers=(str(gazetteer),), lang="en")
    assert any(data.get("label") == "習近平特使" for _, data in result.graph.nodes(data=True))
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        picture = render(result.graph, "png")
        render_timeline(result.graph, "png")
    assert picture[:4] == b"\x89PNG"
    assert [str(w.message) for w in caught] == []


@pytest.mark.parametrize("options,message", [
    (["--date", "20250303"], "--date '20250303' is not a date (expected YYYY-MM-DD)"),
    (["--date", "2025-W10-1"], "--date '2025-W10-1' is not a date (expected YYYY-MM-DD)"),
    (["--scheduler", "tcp://127.0.0.1:9"], "--scheduler needs --engine dask"),
])
def test_options_the_help_does_not_allow_are_refused(folder, options, message):
    result = run("build", folder / "in" / "a.txt", *options, "-o", folder / "out")
    assert result.exit_code == 2
    assert result.output.strip() == f"kgraph: error: {message}"
    assert not (folder / "out").exists()
