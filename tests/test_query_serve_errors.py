"""Bad input to `query`, `serve` and `eval` is one clear error, with the exit code of its kind: an
empty query, a query file that is missing, a folder or not UTF-8, an invalid or missing graph file,
a missing corpus folder."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from conftest import ROOT
from kgraph.cli import main
from kgraph.errors import InputError, QueryError, QueryRefused
from kgraph.query import query_text, run_query
from kgraph.serve import Endpoint

GRAPH = ROOT / "exports" / "graph.ttl"


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


@pytest.mark.parametrize("query", ["", "   \n\t", "# nothing but a comment\n", "PREFIX a: <http://a.example/>"])
def test_an_empty_query_is_called_empty_not_an_update(query):
    with pytest.raises(QueryError, match="^empty query") as caught:
        run_query(GRAPH, query)
    assert not isinstance(caught.value, QueryRefused) and caught.value.exit_code == 4


@pytest.mark.parametrize("name", ["meetings.rq", "meetings.sparql", "meetings"])
def test_a_query_file_is_read_whatever_its_name(tmp_path, name):
    path = tmp_path / name
    path.write_text("ASK { ?s ?p \"Pyongyang\" }\n", encoding="utf-8")
    assert query_text(str(path)) == "ASK { ?s ?p \"Pyongyang\" }\n"


@pytest.mark.parametrize("query", ["SELECT * WHERE { ?s ?p ?o } LIMIT 1", "DESCRIBE <http://example.org/a/b>",
                                   "ASK {}"])
def test_sparql_text_is_the_query_itself(query):
    assert query_text(query) == query


@pytest.mark.parametrize("name", ["meetings.rq", "meetings.SPARQL", "notes.txt", "queries/planned-meetings"])
def test_a_missing_query_file_is_named_not_parsed_as_sparql(tmp_path, name):
    missing = str(tmp_path / name) if "/" not in name else name
    with pytest.raises(InputError, match="^no such query file: ") as caught:
        query_text(missing)
    assert str(caught.value) == f"no such query file: {missing}"


def test_a_query_file_that_is_not_utf8_or_is_a_folder_is_a_clear_error(tmp_path):
    latin = tmp_path / "latin.rq"
    latin.write_bytes("SELECT * WHERE {\n  ?s ?p \"Bogotá\" }\n".encode("latin-1"))
    with pytest.raises(InputError, match=r"latin\.rq is not UTF-8 text \(line 2\)$"):
        query_text(str(latin))
    with pytest.raises(InputError, match="is a folder, not a query file$"):
        query_text(str(tmp_path))


def test_serve_reports_the_parse_error_and_line_as_query_does(tmp_path):
    bad = tmp_path / "bad.ttl"
    bad.write_text("@prefix ex: <http://example.org/> .\nex:a ex:b ex:c .\n<a> <b> .\n", encoding="utf-8")
    with pytest.raises(QueryError) as from_query:
        run_query(bad, "ASK {}")
    with pytest.raises(QueryError) as from_serve:
        Endpoint(bad, port=0).start()
    assert str(from_serve.value) == str(from_query.value)
    assert "line 3" in str(from_serve.value) and "lenient" not in str(from_serve.value)
    result = run("serve", bad, "--port", "0")
    assert result.exit_code == 4 and result.output.count("\n") == 1 and "line 3" in result.output


@pytest.mark.parametrize("command", ["serve", "query"])
def test_a_missing_graph_file_is_an_input_error(tmp_path, command):
    missing = tmp_path / "nosuch.ttl"
    result = run(command, missing, *(["ASK {}"] if command == "query" else []))
    assert result.exit_code == 2
    assert result.output == f"kgraph: error: {missing}: no such graph file\n"


def test_eval_names_a_missing_folder(tmp_path):
    missing = tmp_path / "nosuch"
    result = run("eval", missing)
    assert result.exit_code == 2 and result.output == f"kgraph: error: no such folder: {missing}\n"
    result = run("eval", GRAPH)
    assert result.exit_code == 2 and "is not a folder" in result.output


@pytest.mark.parametrize("content,message", [
    (None, "is a folder, not a file"),
    ("Korut\tid\tnorth-korea\n".encode() + "Bogotá\ten\t-\n".encode("latin-1"), "is not UTF-8 text (line 2)"),
    (b"", "holds no alias pairs"),
    (b"# form\tlang\tkey\n\n", "holds no alias pairs"),
])
def test_a_bad_alias_file_is_one_input_error(tmp_path, content, message):
    path = tmp_path
    if content is not None:
        path = tmp_path / "aliases.tsv"
        path.write_bytes(content)
    result = run("aliases", path)
    assert result.exit_code == 2 and result.output.count("\n") == 1
    assert result.output.startswith(f"kgraph: error: {path}") and message in result.output


@pytest.mark.parametrize("command", ["query", "draw", "entities"])
def test_a_graph_in_another_rdf_format_is_named_not_parsed_as_turtle(tmp_path, command):
    graph = tmp_path / "graph.jsonld"
    graph.write_text('{"@id": "http://example.org/a"}', encoding="utf-8")
    extra = {"query": ["SELECT * WHERE { ?s ?p ?o }"], "draw": ["-o", str(tmp_path / "x.png")], "entities": []}[command]
    result = run(command, graph, *extra)
    assert result.exit_code == 2
    assert result.output.strip() == (f"kgraph: error: {graph}: kgraph reads a graph as Turtle (.ttl) or "
                                     "N-Triples (.nt), not .jsonld")
