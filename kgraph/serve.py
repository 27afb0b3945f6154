"""`kgraph serve`: a read-only SPARQL 1.1 Protocol endpoint on a built graph.

The engine is Oxigraph's own server (the `oxigraph` package), loaded with the graph and started in
read-only mode on a private loopback port. In front of it a small checking proxy, on 127.0.0.1 by
default, does what Oxigraph's server does not: it refuses updates, `SERVICE` federation and
`FROM`/`FROM NAMED` (a server that fetches URLs for its callers is an open proxy), enforces a
per-query time limit and a result cap with a clear error, and answers in the format asked for
(SPARQL JSON, XML, CSV, TSV; Turtle, N-Triples or JSON-LD for CONSTRUCT/DESCRIBE), converted by
pyoxigraph. The Graph Store Protocol's GET (`/store?default`) is passed through; writes are refused.
"""

from __future__ import annotations

import ipaddress
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pyoxigraph as ox

from .errors import KGraphError, QueryError, QueryRefused
from .query import check_graph_file, check_query
from .rdf.to_rdf import PREFIXES

RESULT_FORMATS = {  # media type -> pyoxigraph format, for SELECT and ASK
    "application/sparql-results+json": ox.QueryResultsFormat.JSON, "application/json": ox.QueryResultsFormat.JSON,
    "application/sparql-results+xml": ox.QueryResultsFormat.XML, "application/xml": ox.QueryResultsFormat.XML,
    "text/csv": ox.QueryResultsFormat.CSV, "text/tab-separated-values": ox.QueryResultsFormat.TSV,
}
GRAPH_FORMATS = {  # media type -> pyoxigraph format, for CONSTRUCT and DESCRIBE
    "text/turtle": ox.RdfFormat.TURTLE, "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "application/ld+json": ox.RdfFormat.JSON_LD, "application/rdf+xml": ox.RdfFormat.RDF_XML,
}
SHORT_NAMES = {"json": "application/sparql-results+json", "xml": "application/sparql-results+xml",
               "csv": "text/csv", "tsv": "text/tab-separated-values", "turtle": "text/turtle",
               "n3": "text/turtle", "nt": "application/n-triples", "json-ld": "application/ld+json",
               "rdf+xml": "application/rdf+xml"}


BYTES_PER_RESULT = 4096  # a row or triple this large on average is already unusual
MAX_REQUEST_BYTES = 1 << 20  # a query longer than a megabyte is refused


class ServeError(KGraphError):
    """The endpoint cannot start (no Oxigraph server, a store it cannot load, a port in use)."""


@dataclass(frozen=True)
class Limits:
    timeout: float = 10.0      # seconds per query
    max_results: int = 10_000  # rows of a SELECT, triples of a CONSTRUCT/DESCRIBE


class Refused(Exception):
    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status, self.message = status, message


def oxigraph_binary() -> str:
    """The `oxigraph` command installed with this Python (the `oxigraph` PyPI package), else on PATH."""
    beside = Path(sys.executable).with_name("oxigraph")
    found = str(beside) if beside.exists() else shutil.which("oxigraph")
    if not found:
        raise ServeError("the Oxigraph server is not installed: pip install oxigraph")
    return found


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _graph_answer(triples: list, accept: str) -> tuple[str, bytes]:
    """Triples in the RDF format the client accepts (Turtle, with the project's prefixes, by default)."""
    media = _negotiate(accept, GRAPH_FORMATS, "text/turtle")
    prefixes = PREFIXES if GRAPH_FORMATS[media] == ox.RdfFormat.TURTLE else None
    return media, ox.serialize(triples, None, GRAPH_FORMATS[media], prefixes=prefixes)


def _negotiate(accept: str, choices: dict, default: str) -> str:
    for part in (accept or "").split(","):
        media = part.split(";")[0].strip().lower()
        if media in choices:
            return media
    return default


class Endpoint:
    """Oxigraph's read-only server behind a checking proxy; `start()`, then `url`, then `close()`."""

    def __init__(self, graph: str | Path, host: str = "127.0.0.1", port: int = 8000, limits: Limits | None = None):
        self.graph, self.host, self.port, self.limits = Path(graph), host, port, limits or Limits()
        self._store = None
        self._engine: subprocess.Popen | None = None
        self._server: ThreadingHTTPServer | None = None
        self.engine_url = ""

    @property
    def url(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}/query"

    def start(self) -> None:
        """Load the graph and listen: InputError for a missing graph file, QueryError (with the
        parser's line, as `kgraph query` gives) for an invalid one, ServeError if the server cannot run."""
        fmt = check_graph_file(self.graph)  # pyoxigraph's parser: Oxigraph's loader hides its message
        binary = oxigraph_binary()
        self._store = tempfile.TemporaryDirectory(prefix="kgraph-store-")
        loaded = subprocess.run([binary, "load", "--location", self._store.name, "--format", fmt.media_type,
                                 "--lenient", "--file", str(self.graph)],  # lenient: the file just parsed strictly
                                capture_output=True, text=True)
        if loaded.returncode:
            self.close()
            lines = [line for line in loaded.stderr.splitlines() if line.strip() and "--lenient" not in line]
            raise ServeError(f"{self.graph}: Oxigraph cannot load it ({lines[0] if lines else 'unknown error'})")
        engine_port = _free_port()
        self._engine = subprocess.Popen(
            [binary, "serve-read-only", "--location", self._store.name, "--bind", f"127.0.0.1:{engine_port}",
             "--timeout-s", str(max(1, int(self.limits.timeout)))],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, preexec_fn=_die_with_parent)
        self.engine_url = f"http://127.0.0.1:{engine_port}"
        deadline = time.monotonic() + 20
        while True:
            try:
                with socket.create_connection(("127.0.0.1", engine_port), timeout=0.5):
                    break
            except OSError:
                if self._engine.poll() is not None or time.monotonic() > deadline:
                    self.close()
                    raise ServeError("the Oxigraph server did not start") from None
                time.sleep(0.05)
        handler = type("Handler", (_Handler,), {"endpoint": self})
        server_class = type("Server", (ThreadingHTTPServer,), {"daemon_threads": True,
                                                               "address_family": _family(self.host)})
        try:
            self._server = server_class((self.host, self.port), handler)
        except OSError as exc:
            self.close()
            raise ServeError(f"cannot listen on {self.host}:{self.port} ({exc.strerror})") from None
        self.port = self._server.server_address[1]

    def serve_forever(self) -> None:
        assert self._server is not None
        self._server.serve_forever()

    def close(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None
        if self._engine is not None:
            self._engine.terminate()
            try:
                self._engine.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self._engine.kill()
            self._engine = None
        if self._store is not None:
            self._store.cleanup()
            self._store = None

    def answer(self, query: str, accept: str) -> tuple[str, bytes]:
        """(media type, body) of a query, or Refused with an HTTP status and a one-line message."""
        try:
            checked = check_query(query)
        except QueryError as exc:
            raise Refused(403 if isinstance(exc, QueryRefused) else 400, str(exc)) from None
        cap = self.limits.max_results
        if checked.limit is not None and checked.limit > cap:
            raise Refused(413, f"result cap exceeded: LIMIT {checked.limit} is over the cap of {cap}; lower it")
        # the project's prefixes (kg:, sem:, entity: ...) are known, as in `kgraph query`; the query's own win
        sent = "".join(f"PREFIX {name}: <{iri}>\n" for name, iri in PREFIXES.items()) + checked.text
        if checked.form != "ask" and checked.limit is None and not checked.ends_in_values:
            sent = f"{sent}\nLIMIT {cap + 1}"  # never fetch more than the cap and one
        graph_form = checked.form in ("construct", "describe")
        engine_accept = "application/n-triples" if graph_form else "application/sparql-results+json"
        body = self._ask_engine(sent, engine_accept, max_bytes=BYTES_PER_RESULT * (cap + 1))
        try:
            return self._convert(body, graph_form, accept, cap)
        except (SyntaxError, ValueError) as exc:  # Oxigraph reports some errors inside a 200 response
            raise Refused(502, f"the SPARQL engine's answer was cut short: {str(exc).splitlines()[0]}") from None

    def _convert(self, body: bytes, graph_form: bool, accept: str, cap: int) -> tuple[str, bytes]:
        if graph_form:
            triples = list(ox.parse(body, format=ox.RdfFormat.N_TRIPLES))
            if len(triples) > cap:
                raise Refused(413, f"result cap exceeded: more than {cap} triples; narrow the query or add a LIMIT")
            return _graph_answer([q.triple for q in triples], accept)
        results = ox.parse_query_results(body, format=ox.QueryResultsFormat.JSON)
        media = _negotiate(accept, RESULT_FORMATS, "application/sparql-results+json")
        if isinstance(results, ox.QuerySolutions):
            if sum(1 for _ in results) > cap:
                raise Refused(413, f"result cap exceeded: more than {cap} rows; narrow the query or add a LIMIT")
            results = ox.parse_query_results(body, format=ox.QueryResultsFormat.JSON)  # counted: read again
        return media, results.serialize(format=RESULT_FORMATS[media])

    def _ask_engine(self, query: str, accept: str, max_bytes: int) -> bytes:
        request = urllib.request.Request(f"{self.engine_url}/query", data=query.encode("utf-8"), method="POST",
                                         headers={"Content-Type": "application/sparql-query", "Accept": accept})
        started = time.monotonic()
        limit = self.limits.timeout
        chunks = []
        try:  # each read waits at most the limit; the total is checked between reads
            with urllib.request.urlopen(request, timeout=limit) as response:
                size = 0
                while chunk := response.read(1 << 16):
                    chunks.append(chunk)
                    size += len(chunk)
                    if size > max_bytes:
                        raise Refused(413, f"result cap exceeded: the answer passed {max_bytes:,} bytes")
                    if time.monotonic() - started > limit:
                        raise TimeoutError
        except (TimeoutError, socket.timeout):
            raise Refused(503, f"query stopped at the time limit of {limit:g} s") from None
        except urllib.error.HTTPError as exc:
            message = exc.read().decode("utf-8", "replace").strip().splitlines()
            raise Refused(400, f"query failed: {message[0] if message else exc.reason}") from None
        except urllib.error.URLError as exc:
            raise Refused(502, f"the SPARQL engine is not answering ({exc.reason})") from None
        body = b"".join(chunks)
        if body.rstrip().endswith(b"The SPARQL operation has been cancelled"):  # Oxigraph's own time limit
            raise Refused(503, f"query stopped at the time limit of {limit:g} s")
        return body


def _die_with_parent() -> None:
    """In the engine's process: end when the proxy ends, even if it is killed (Linux's PDEATHSIG)."""
    try:
        import ctypes
        import signal

        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG = 1
    except (OSError, AttributeError):  # another system: close() still stops it
        pass


def _family(host: str) -> int:
    try:
        return socket.AF_INET6 if ipaddress.ip_address(host).version == 6 else socket.AF_INET
    except ValueError:
        return socket.AF_INET


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


class _Handler(BaseHTTPRequestHandler):
    endpoint: Endpoint
    server_version = "kgraph"
    protocol_version = "HTTP/1.1"

    def log_message(self, format, *args):  # noqa: A002 - the base class's name
        return

    def _reply(self, status: int, media: str, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", media + ("; charset=utf-8" if media.startswith("text/") else ""))
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Access-Control-Allow-Origin", "*")
        self.end_headers()
        self.wfile.write(body)

    def _error(self, status: int, message: str) -> None:
        self._reply(status, "text/plain", (message + "\n").encode("utf-8"))

    def _query(self, query: str | None, params: dict) -> None:
        if not query:
            self._error(400, "no query: send one as the 'query' parameter or an application/sparql-query body")
            return
        accept = self.headers.get("Accept", "")
        wanted = (params.get("format") or params.get("output") or [""])[0].lower()
        if wanted:
            accept = SHORT_NAMES.get(wanted, wanted)
        try:
            media, body = self.endpoint.answer(query, accept)
        except Refused as refused:
            self._error(refused.status, refused.message)
            return
        self._reply(200, media, body)

    def do_GET(self):  # noqa: N802 - http.server's naming
        parsed = urllib.parse.urlsplit(self.path)
        params = urllib.parse.parse_qs(parsed.query)
        if parsed.path in ("/query", "/sparql"):
            if "update" in params:
                self._error(403, "updates are not allowed: the graph is read-only")
                return
            self._query((params.get("query") or [None])[0], params)
        elif parsed.path == "/store":
            self._store_get(parsed.query)
        elif parsed.path == "/":
            self._reply(200, "text/plain", (f"kgraph SPARQL endpoint (read-only) on {self.endpoint.graph.name}\n"
                                            f"query: GET or POST {self.endpoint.url}\n").encode("utf-8"))
        else:
            self._error(404, f"no such path {parsed.path}; the endpoint is /query")

    def do_POST(self):  # noqa: N802
        parsed = urllib.parse.urlsplit(self.path)
        try:
            length = int(self.headers.get("Content-Length") or 0)
        except ValueError:
            length = -1
        if not 0 <= length <= MAX_REQUEST_BYTES:
            self._error(413 if length > MAX_REQUEST_BYTES else 400,
                        f"Content-Length must be between 0 and {MAX_REQUEST_BYTES} bytes")
            return
        body = self.rfile.read(length).decode("utf-8", "replace") if length else ""
        media = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        params = urllib.parse.parse_qs(parsed.query)
        if parsed.path in ("/update", "/store") or media == "application/sparql-update":
            self._error(403, "updates are not allowed: the graph is read-only")
            return
        if parsed.path not in ("/query", "/sparql"):
            self._error(404, f"no such path {parsed.path}; the endpoint is /query")
            return
        if media == "application/x-www-form-urlencoded":
            params = {**params, **urllib.parse.parse_qs(body)}
            if "update" in params:
                self._error(403, "updates are not allowed: the graph is read-only")
                return
            query = (params.get("query") or [None])[0]
        elif media == "application/sparql-query":
            query = body
        else:
            self._error(415, "send the query as application/sparql-query or a form with a 'query' field")
            return
        self._query(query, params)

    def _refuse_write(self):
        self._error(405, "the graph is read-only")

    do_PUT = do_DELETE = do_PATCH = _refuse_write  # noqa: N815

    def _store_get(self, query: str) -> None:
        params = urllib.parse.parse_qs(query, keep_blank_values=True)
        if set(params) - {"default", "graph"}:
            self._error(400, "use /store?default or /store?graph=IRI")
            return
        request = urllib.request.Request(f"{self.endpoint.engine_url}/store?{query or 'default'}",
                                         headers={"Accept": "application/n-triples"})
        try:
            with urllib.request.urlopen(request, timeout=self.endpoint.limits.timeout) as response:
                data = response.read()
        except urllib.error.HTTPError as exc:
            self._error(exc.code, exc.read().decode("utf-8", "replace").strip() or str(exc.reason))
            return
        except (urllib.error.URLError, TimeoutError) as exc:
            self._error(502, f"the graph store is not answering ({exc})")
            return
        triples = [q.triple for q in ox.parse(data, format=ox.RdfFormat.N_TRIPLES)]
        self._reply(200, *_graph_answer(triples, self.headers.get("Accept", "")))
