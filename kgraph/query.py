"""SPARQL over an exported graph, run by pyoxigraph (a real engine), read-only and local-only.

Queries that would reach the network (`SERVICE`, or `FROM`/`FROM NAMED` with a remote IRI) are
refused before they run: a query tool that fetches URLs for its caller is an open proxy.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from .errors import InputError, QueryError, QueryRefused
from .rdf.to_rdf import PREFIXES


def _walk(node):
    yield node
    if isinstance(node, dict) or hasattr(node, "items"):
        for value in node.values():
            yield from _walk(value)
    if isinstance(node, (list, tuple)) or type(node).__name__ == "ParseResults":
        for value in node:
            yield from _walk(value)


@dataclass(frozen=True)
class CheckedQuery:
    """A query that may run: its text (\\u escapes expanded), its form, its outer LIMIT, and whether
    it ends in a VALUES block (then nothing may be appended to it)."""

    text: str
    form: str  # select | ask | construct | describe
    limit: int | None
    ends_in_values: bool


def check_query(query: str) -> CheckedQuery:
    """The query to run, once checked: QueryError for updates, SERVICE federation and FROM clauses
    (any dataset fetching). The checker reads \\u escapes as characters everywhere, so the text it
    checked, with them expanded, is what runs: an engine reading them only inside strings could
    otherwise see a SERVICE the checker did not."""
    from rdflib.plugins.sparql.parser import expandUnicodeEscapes, parseQuery, parseUpdate
    from rdflib.plugins.sparql.parserutils import CompValue

    if not query.strip():
        raise QueryError("empty query")
    query = expandUnicodeEscapes(query)
    try:
        parsed = parseQuery(query)
    except Exception as exc:  # pyparsing raises its own exception types
        try:
            update = parseUpdate(query)
        except Exception:
            raise QueryError(f"invalid SPARQL: {str(exc).splitlines()[0]}") from None
        if "request" not in update:  # only comments, PREFIX or BASE: an empty update to rdflib
            raise QueryError("empty query: no SELECT, ASK, CONSTRUCT or DESCRIBE") from None
        raise QueryRefused("updates are not allowed: the graph is read-only") from None
    for node in _walk(parsed):
        name = getattr(node, "name", None)
        if name == "ServiceGraphPattern":
            raise QueryRefused("SERVICE is not allowed: queries run on the local graph only")
        if name == "datasetClause" or (isinstance(node, dict) and "datasetClause" in node):
            raise QueryRefused("FROM / FROM NAMED are not allowed: queries run on the local graph only")
    body = parsed[1]
    clause = dict.get(body, "limitoffset")  # CompValue.get resolves variables: read the plain dict
    limit = dict.get(clause, "limit") if isinstance(clause, CompValue) else None
    return CheckedQuery(query, body.name.replace("Query", "").lower(), int(limit) if limit is not None else None,
                        isinstance(dict.get(body, "valuesClause"), CompValue))


QUERY_FILE_SUFFIXES = (".rq", ".sparql", ".txt")
# a keyword as a query uses it, not the "select" of "select-actors"
SPARQL_KEYWORD = re.compile(r"\b(SELECT|ASK|CONSTRUCT|DESCRIBE|PREFIX|BASE|INSERT|DELETE|LOAD|CLEAR|DROP|CREATE)"
                            r"(?=[\s*?$<{(]|$)", re.IGNORECASE)


def _looks_like_path(argument: str) -> bool:
    if "\n" in argument or "{" in argument:
        return False
    if argument.strip().lower().endswith(QUERY_FILE_SUFFIXES):
        return True
    return ("/" in argument or "\\" in argument) and not SPARQL_KEYWORD.search(argument)


def query_text(argument: str) -> str:
    """The SPARQL text of a QUERY argument: the file it names (UTF-8), else the argument itself.
    InputError for a folder, an unreadable or non-UTF-8 file, or a missing file the argument looks
    like (a .rq/.sparql/.txt name, or a path without SPARQL keywords)."""
    if os.path.isdir(argument):
        raise InputError(f"{argument} is a folder, not a query file")
    if os.path.exists(argument):
        try:
            data = Path(argument).read_bytes()
        except OSError as exc:
            raise InputError(f"{argument}: cannot read the query file ({exc.strerror})") from None
        try:
            return data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            line = data[:exc.start].count(b"\n") + 1
            raise InputError(f"{argument} is not UTF-8 text (line {line})") from None
    if _looks_like_path(argument):
        raise InputError(f"no such query file: {argument}")
    return argument


OTHER_RDF_SUFFIXES = (".jsonld", ".trig", ".nq", ".rdf", ".xml", ".owl", ".n3")


def graph_format(path: str | Path) -> ox.RdfFormat:
    """The format a graph file is read in: N-Triples for .nt, Turtle otherwise; InputError for the
    other RDF formats a build writes or a user may have (they are not read as Turtle by mistake)."""
    suffix = Path(path).suffix.lower()
    if suffix in OTHER_RDF_SUFFIXES:
        raise InputError(f"{path}: kgraph reads a graph as Turtle (.ttl) or N-Triples (.nt), not {suffix}")
    return ox.RdfFormat.N_TRIPLES if suffix == ".nt" else ox.RdfFormat.TURTLE


def _graph_path(path: str | Path) -> Path:
    path = Path(path)
    if not path.exists():
        raise InputError(f"{path}: no such graph file")
    if path.is_dir():
        raise InputError(f"{path} is a folder, not a graph file")
    return path


def check_graph_file(path: str | Path) -> ox.RdfFormat:
    """The format of a graph file once it has parsed without error: InputError if it is missing or a
    folder, QueryError with the parser's message and line (as `load_store` gives) if it is invalid."""
    path = _graph_path(path)
    fmt = graph_format(path)
    try:
        for _ in ox.parse(path=str(path), format=fmt):
            pass
    except (SyntaxError, ValueError, OSError) as exc:
        raise QueryError(f"{path}: cannot load graph ({exc})") from None
    return fmt


def load_store(path: str | Path) -> ox.Store:
    """An in-memory store holding the graph file: InputError if it is missing, QueryError if invalid."""
    path = _graph_path(path)
    store = ox.Store()
    try:
        store.bulk_load(path=str(path), format=graph_format(path))
    except (SyntaxError, ValueError, OSError) as exc:
        raise QueryError(f"{path}: cannot load graph ({exc})") from None
    return store


def _prefixed(value: str) -> str:
    for prefix, namespace in PREFIXES.items():
        if value.startswith(namespace) and len(value) > len(namespace):
            return f"{prefix}:{value[len(namespace):]}"
    return f"<{value}>"


def _plain(term, compact: bool) -> str:
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        return _prefixed(term.value) if compact else term.value
    return term.value


def run_query(graph_path: str | Path, query: str) -> tuple[list[str], list[list]]:
    """Variables and rows (pyoxigraph terms) of a SELECT or ASK query; CONSTRUCT gives triples."""
    query = check_query(query).text
    store = load_store(graph_path)
    try:
        result = store.query(query, prefixes=PREFIXES)
    except (SyntaxError, ValueError, OSError) as exc:
        raise QueryError(f"query failed: {exc}") from None
    if isinstance(result, ox.QueryBoolean):
        return ["ask"], [[ox.Literal(str(bool(result)).lower())]]
    if isinstance(result, ox.QuerySolutions):
        variables = [v.value for v in result.variables]
        return variables, [[solution[v] for v in variables] for solution in result]
    return ["subject", "predicate", "object"], [[t.subject, t.predicate, t.object] for t in result]


def format_results(variables: list[str], rows: list[list], fmt: str = "table") -> str:
    """Render rows as an aligned table, CSV, or SPARQL 1.1 JSON results."""
    if fmt == "json":
        bindings = []
        for row in rows:
            binding = {}
            for name, term in zip(variables, row):
                if term is None:
                    continue
                if isinstance(term, ox.NamedNode):
                    binding[name] = {"type": "uri", "value": term.value}
                elif isinstance(term, ox.BlankNode):
                    binding[name] = {"type": "bnode", "value": term.value}
                else:
                    entry = {"type": "literal", "value": term.value}
                    if term.language:
                        entry["xml:lang"] = term.language
                    elif term.datatype and term.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
                        entry["datatype"] = term.datatype.value
                    binding[name] = entry
            bindings.append(binding)
        return json.dumps({"head": {"vars": variables}, "results": {"bindings": bindings}},
                          ensure_ascii=False, indent=2)
    if fmt == "csv":
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(variables)
        writer.writerows([[_plain(t, False) for t in row] for row in rows])
        return out.getvalue().rstrip("\n")
    if fmt != "table":
        raise QueryError(f"unknown format {fmt!r}; use table, csv or json")
    cells = [[_plain(t, True) for t in row] for row in rows]
    widths = [max([len(v)] + [len(r[i]) for r in cells]) for i, v in enumerate(variables)]
    lines = [" | ".join(v.ljust(w) for v, w in zip(variables, widths)),
             "-+-".join("-" * w for w in widths)]
    lines += [" | ".join(c.ljust(w) for c, w in zip(row, widths)) for row in cells]
    return "\n".join(line.rstrip() for line in lines)
