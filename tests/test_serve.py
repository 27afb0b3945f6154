"""`kgraph serve` answers a real SPARQL client (SPARQLWrapper): the README's example queries in every
results format, CONSTRUCT as Turtle; updates and federation are refused; an expensive query is
stopped at the time limit and the server goes on serving; too many results hit the cap."""

from __future__ import annotations

import csv
import io
import os
import signal
import socket
import subprocess
import sys
import time

import pyoxigraph as ox
import pytest

from conftest import ROOT
from kgraph.query import run_query

SPARQLWrapper = pytest.importorskip("SPARQLWrapper")
from SPARQLWrapper import CSV, JSON, POST, TSV, TURTLE, XML, SPARQLWrapper as Client  # noqa: E402
from SPARQLWrapper.SPARQLExceptions import QueryBadFormed  # noqa: E402

GRAPH = ROOT / "exports" / "graph.ttl"
EXAMPLES = sorted((ROOT / "examples").glob("*.rq"))
TIMEOUT = 2
CAP = 500


def _default_sigint() -> None:
    """Ctrl-C reaches the server even when the tests run in a background job (which ignores SIGINT)."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="module")
def endpoint():
    from kgraph.serve import oxigraph_binary

    try:
        oxigraph_binary()
    except Exception as exc:  # the package is a dependency; a broken install still skips with a reason
        pytest.skip(str(exc))
    port = _free_port()
    process = subprocess.Popen([sys.executable, "-m", "kgraph.cli", "serve", str(GRAPH), "--port", str(port),
                                "--timeout", str(TIMEOUT), "--max-results", str(CAP)],
                               stderr=subprocess.PIPE, text=True, cwd=ROOT, preexec_fn=_default_sigint)
    deadline = time.monotonic() + 60
    while True:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                break
        except OSError:
            if process.poll() is not None or time.monotonic() > deadline:
                process.kill()
                pytest.fail(f"the server did not start: {process.stderr.read()}")
            time.sleep(0.1)
    yield f"http://127.0.0.1:{port}/query"
    process.send_signal(signal.SIGINT)
    try:
        process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        process.kill()
        pytest.fail("the server did not stop on Ctrl-C")
    assert process.returncode == 0 and "kgraph: stopped" in process.stderr.read()


def error_text(error: BaseException) -> str:
    """The server's one-line message: SPARQLWrapper keeps it in its exception (400) or leaves it in
    the body of the HTTP error it passes on (403, 413, 503)."""
    body = error.read().decode("utf-8") if hasattr(error, "read") else ""
    return f"{error} {body}"


def client(url: str, query: str, fmt) -> Client:
    sparql = Client(url)
    sparql.setQuery(query)
    sparql.setReturnFormat(fmt)
    sparql.setTimeout(60)
    return sparql


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.stem)
def test_readme_examples_answer_as_locally_in_every_format(endpoint, example):
    query = example.read_text(encoding="utf-8")
    variables, rows = run_query(GRAPH, query)
    expected = sorted(tuple("" if t is None else t.value for t in row) for row in rows)
    assert expected, "the example finds nothing in the exports"
    bindings = client(endpoint, query, JSON).queryAndConvert()["results"]["bindings"]
    assert sorted(tuple(b[v]["value"] if v in b else "" for v in variables) for b in bindings) == expected
    xml = client(endpoint, query, XML).queryAndConvert()
    assert len(xml.getElementsByTagName("result")) == len(expected)
    for fmt, delimiter in ((CSV, ","), (TSV, "\t")):
        text = client(endpoint, query, fmt).queryAndConvert()
        text = text.decode("utf-8") if isinstance(text, bytes) else text
        table = list(csv.reader(io.StringIO(text), delimiter=delimiter)) if fmt is CSV else text.splitlines()
        assert len(table) == len(expected) + 1


def test_a_query_by_post_answers_as_by_get(endpoint):
    query = EXAMPLES[0].read_text(encoding="utf-8")
    by_get = client(endpoint, query, JSON).queryAndConvert()
    sparql = client(endpoint, query, JSON)
    sparql.setMethod(POST)
    assert sparql.queryAndConvert() == by_get


def test_construct_comes_back_as_turtle(endpoint):
    query = ("PREFIX kg: <https://w3id.org/kgraph/ontology#> CONSTRUCT { ?e kg:status ?s } "
             "WHERE { ?e a kg:Meeting ; kg:status ?s } LIMIT 20")
    data = client(endpoint, query, TURTLE).query().response.read()
    triples = list(ox.parse(data, format=ox.RdfFormat.TURTLE))
    assert 0 < len(triples) <= 20 and data.startswith(b"@prefix")


@pytest.mark.parametrize("query,message", [
    ("INSERT DATA { <urn:a> <urn:b> <urn:c> }", "updates are not allowed"),
    ("SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }", "SERVICE is not allowed"),
    ("SELECT * FROM <http://example.org/data.ttl> WHERE { ?s ?p ?o }", "FROM / FROM NAMED are not allowed"),
])
def test_updates_and_network_access_are_refused(endpoint, query, message):
    sparql = client(endpoint, query, JSON)
    sparql.setMethod(POST)
    with pytest.raises(Exception) as refused:
        sparql.query()
    assert message in error_text(refused.value)


def test_an_expensive_query_stops_at_the_limit_and_the_server_keeps_serving(endpoint):
    started = time.monotonic()
    sparql = client(endpoint, "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }", JSON)
    with pytest.raises(Exception) as stopped:
        sparql.query()
    assert time.monotonic() - started < TIMEOUT + 5
    assert f"time limit of {TIMEOUT} s" in error_text(stopped.value)
    count = client(endpoint, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", JSON).queryAndConvert()
    assert int(count["results"]["bindings"][0]["n"]["value"]) > 1000


def test_too_many_results_hit_the_cap_with_a_clear_error(endpoint):
    with pytest.raises(Exception) as capped:
        client(endpoint, "SELECT * WHERE { ?s ?p ?o }", JSON).query()
    assert f"result cap exceeded: more than {CAP} rows" in error_text(capped.value)


def test_a_service_hidden_behind_an_escape_never_reaches_the_network(endpoint):
    from test_cli import HIDDEN_SERVICE, listener

    server, thread, hits = listener()
    try:
        client(endpoint, HIDDEN_SERVICE.format(port=server.getsockname()[1]), JSON).query()
    except Exception:  # an error answer is fine; an outgoing request is not
        pass
    thread.join(4)
    server.close()
    assert hits == []


def test_a_limit_over_the_cap_is_refused_before_it_runs(endpoint):
    with pytest.raises(Exception) as capped:
        client(endpoint, "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f } LIMIT 100000000", JSON).query()
    assert f"LIMIT 100000000 is over the cap of {CAP}" in error_text(capped.value)


def test_a_bad_query_is_a_client_error(endpoint):
    with pytest.raises(QueryBadFormed):
        client(endpoint, "SELECT WHERE {", JSON).query()


def test_the_server_listens_on_loopback_only(endpoint):
    assert endpoint.startswith("http://127.0.0.1:")
    if os.environ.get("CI_NO_NETWORK_CHECK"):
        return
    addresses = {info[4][0] for info in socket.getaddrinfo(socket.gethostname(), None, socket.AF_INET)}
    port = int(endpoint.rsplit(":", 1)[1].split("/")[0])
    for address in addresses - {"127.0.0.1"}:
        with pytest.raises(OSError):
            socket.create_connection((address, port), timeout=1).close()

