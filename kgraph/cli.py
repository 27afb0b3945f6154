"""The `kgraph` command: thin commands over the library; every KGraphError becomes one line on
stderr and the error's exit code (2 input, 3 rules/gazetteer, 4 query, 5 export, 1 other; 130 when
interrupted by Ctrl-C).
"""

from __future__ import annotations

import datetime as _dt
import functools
import sys
import time
from pathlib import Path

import click

from .errors import ExportError, InputError, KGraphError

INTERRUPTED = 130  # the shell's code for a process ended by Ctrl-C
FORMATS_EXTRACT = ("jsonl", "ttl", "nt", "jsonld")
BUILD_EXPORTS = ("graph.ttl", "events.jsonl", "actors.html", "actors.png", "timeline.png", "graph.nt",
                 "graph.jsonld", "graph.trig", "actors.gexf", "actors.graphml")  # every file `build` may write
EXTRA_EXPORTS = {"nt": "graph.nt, N-Triples streamed", "jsonld": "graph.jsonld", "trig": "graph.trig, a named graph per article",
                 "gexf": "actors.gexf for Gephi", "graphml": "actors.graphml for Cytoscape"}


def _one_line_errors(command):
    @functools.wraps(command)
    def wrapper(*args, **kwargs):
        try:
            return command(*args, **kwargs)
        except KGraphError as exc:
            click.echo(f"kgraph: error: {exc}", err=True)
            sys.exit(exc.exit_code)
        except KeyboardInterrupt:  # temporaries are already removed: earlier exports stay as they were
            click.echo("kgraph: interrupted; no export was changed", err=True)
            sys.exit(INTERRUPTED)
    return wrapper


def _date(value: str | None) -> _dt.date | None:
    """--date as written in its help: YYYY-MM-DD only (Python also reads 20250303 and 2025-W10-1)."""
    if not value:
        return None
    try:
        if len(value) != 10 or value[4] != "-" or value[7] != "-":
            raise ValueError(value)
        return _dt.date.fromisoformat(value)
    except ValueError:
        raise InputError(f"--date {value!r} is not a date (expected YYYY-MM-DD)") from None


def _report(result) -> None:
    for item in result.warnings:
        click.echo(f"kgraph: warning: {item.message}", err=True)
    for item in result.bad:
        click.echo(f"kgraph: skipped: {item.message}", err=True)


common_input = [
    click.argument("inputs", nargs=-1, required=True, type=click.Path()),
    click.option("--date", help="Article date (YYYY-MM-DD) for .txt files without a sidecar; anchors relative dates."),
    click.option("--lang", type=click.Choice(["id", "en"]), help="Article language (detected when not given)."),
    click.option("--rules", "rules", multiple=True, type=click.Path(), help="An extra rule file (repeatable)."),
    click.option("--gazetteer", "gazetteers", multiple=True, type=click.Path(), help="An extra gazetteer file (repeatable)."),
    click.option("--strict", is_flag=True, help="Fail on the first bad article instead of skipping it."),
]


def _jobs_default() -> int:
    from .pipeline import default_jobs

    return default_jobs()


common_input += [
    click.option("--jobs", "-j", type=click.IntRange(min=1), default=_jobs_default, show_default="all cores",
                 help="Worker processes for extraction (output is the same for any number)."),
    click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True,
                 help="Where extraction runs: this machine, or a Dask cluster."),
    click.option("--scheduler", help="Dask scheduler address (tcp://HOST:8786); without it a local cluster of --jobs workers."),
    click.option("--cache", "cache_dir", type=click.Path(file_okay=False),
                 help="Folder of extracted articles: a rebuild extracts only new or changed articles."),
]


def with_inputs(command):
    for decorator in reversed(common_input):
        command = decorator(command)
    return command


def _build(inputs, date, lang, rules, gazetteers, strict, jobs, engine, scheduler, cache_dir, exclude=()):
    """The library's build; `exclude`: folders not to read while walking the inputs (the output folder)."""
    from .pipeline import build as build_graph

    if scheduler and engine != "dask":
        raise InputError("--scheduler needs --engine dask")

    return build_graph(inputs, _date(date), lang, tuple(rules), tuple(gazetteers), strict, jobs=jobs,
                       engine=engine, scheduler=scheduler, cache_dir=cache_dir, progress=sys.stderr.isatty(),
                       exclude=exclude)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="kgraph")
def main():
    """kgraph: Indonesian and English geopolitical news in, an event knowledge graph out."""


@main.command()
@with_inputs
@click.option("-o", "--output", required=True, type=click.Path(), help="Output folder.")
@click.option("--no-picture", is_flag=True, help="Do not draw actors.png and timeline.png.")
@click.option("--also", "extras", multiple=True, type=click.Choice(sorted(EXTRA_EXPORTS)),
              help="Also write this export (repeatable): " + ", ".join(f"{k} ({v})" for k, v in EXTRA_EXPORTS.items()))
@_one_line_errors
def build(inputs, date, lang, rules, gazetteers, strict, jobs, engine, scheduler, cache_dir, output, no_picture,
          extras):
    """Build the graph of INPUTS (files or folders) into OUTPUT: graph.ttl, events.jsonl, actors.html,
    actors.png and timeline.png."""
    from .draw import render, render_timeline
    from .export import write_files, write_jsonl
    from .html import actors_html
    from .network_export import gexf_bytes, graphml_bytes
    from .rdf.to_rdf import serialize, write_ntriples, write_turtle

    started = time.perf_counter()
    out = Path(output)
    if out.exists() and not out.is_dir():
        raise ExportError(f"{out} is a file, not a folder")
    if any(Path(given).is_dir() and Path(given).resolve() == out.resolve() for given in inputs):
        raise InputError(f"{out} is also an input folder: its exports would be read back as articles "
                         "(write them to a folder of their own, inside it if you like)")
    result = _build(inputs, date, lang, rules, gazetteers, strict, jobs, engine, scheduler, cache_dir, exclude=[out])
    _report(result)
    if not result.docs:  # nothing good: the previous exports stay as they were
        found = f"no article could be read ({len(result.bad)} skipped)" if result.bad else "no article found"
        raise InputError(f"{found}; nothing was written to {out}")
    for key, candidates in result.graph.graph.get("ambiguous", []):
        click.echo(f"kgraph: ambiguous: {key[4:]!r} could be {', '.join(candidates)}; left unresolved", err=True)
    triples = []  # written by the Turtle stream, read for the summary line
    files = {out / "graph.ttl": lambda handle: triples.append(write_turtle(result.graph, handle)),
             out / "events.jsonl": lambda handle: write_jsonl(result.graph, handle),
             out / "actors.html": actors_html(result.graph)}
    if not no_picture:
        files[out / "actors.png"] = render(result.graph, "png")
        files[out / "timeline.png"] = render_timeline(result.graph, "png")
    if "nt" in extras:
        files[out / "graph.nt"] = lambda handle: write_ntriples(result.graph, handle)
    for fmt in ("jsonld", "trig"):
        if fmt in extras:
            files[out / f"graph.{fmt}"] = serialize(result.graph, fmt)[0]
    if "gexf" in extras:
        files[out / "actors.gexf"] = gexf_bytes(result.graph)
    if "graphml" in extras:
        files[out / "actors.graphml"] = graphml_bytes(result.graph)
    stale = [out / name for name in BUILD_EXPORTS if out / name not in files]  # an earlier build's, now wrong
    write_files(files, remove=stale)
    click.echo(f"kgraph: {len(result.docs)} articles, {result.events} events, {result.entities} entities, "
               f"{sum(triples)} triples, {len(result.bad)} skipped, {time.perf_counter() - started:.1f} s -> {out}",
               err=True)


@main.command()
@with_inputs
@click.option("--format", "fmt", type=click.Choice(FORMATS_EXTRACT), default="jsonl", show_default=True)
@_one_line_errors
def extract(inputs, date, lang, rules, gazetteers, strict, jobs, engine, scheduler, cache_dir, fmt):
    """Extract events from INPUTS and print them (JSON Lines, Turtle, N-Triples or JSON-LD) to stdout."""
    from .export import jsonl_bytes
    from .rdf.to_rdf import serialize

    result = _build(inputs, date, lang, rules, gazetteers, strict, jobs, engine, scheduler, cache_dir)
    _report(result)
    data = jsonl_bytes(result.graph) if fmt == "jsonl" else serialize(result.graph, {"ttl": "turtle"}.get(fmt, fmt))[0]
    sys.stdout.buffer.write(data)
    if result.bad and not result.docs:
        sys.exit(InputError.exit_code)


@main.command()
@click.argument("graph", type=click.Path())
@click.argument("query")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True)
@_one_line_errors
def query(graph, query, fmt):
    """Run a SPARQL QUERY (text or a .rq file) on GRAPH (Turtle or N-Triples). Read-only, local only."""
    from .query import format_results, query_text, run_query

    variables, rows = run_query(graph, query_text(query))
    click.echo(format_results(variables, rows, fmt))


@main.command()
@click.argument("graph", type=click.Path())
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on (loopback unless you say otherwise).")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535), help="Port (0: any free one).")
@click.option("--timeout", default=10.0, show_default=True, type=click.FloatRange(min=0.1), help="Seconds a query may run.")
@click.option("--max-results", default=10_000, show_default=True, type=click.IntRange(min=1),
              help="Most rows (or triples) a query may return.")
@_one_line_errors
def serve(graph, host, port, timeout, max_results):
    """Serve GRAPH (graph.ttl or .nt) as a read-only SPARQL 1.1 endpoint at http://HOST:PORT/query."""
    from .serve import Endpoint, Limits, is_loopback

    import signal

    def stop(signum, frame):  # a service manager's SIGTERM ends it as Ctrl-C does
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, stop)
    endpoint = Endpoint(graph, host, port, Limits(timeout, max_results))
    endpoint.start()
    if not is_loopback(host):
        click.echo(f"kgraph: warning: listening on {host}, reachable from other machines", err=True)
    click.echo(f"kgraph: serving {graph} at {endpoint.url} (read-only; {timeout:g} s and {max_results} results "
               f"per query; Ctrl-C stops)", err=True)
    try:
        endpoint.serve_forever()
    except KeyboardInterrupt:
        click.echo("kgraph: stopped", err=True)
    finally:
        endpoint.close()


@main.command()
@click.argument("graph", type=click.Path())
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False), help="Picture file (.png or .svg).")
@click.option("--type", "event_type", help="Only events of this type (e.g. ArmsTransfer).")
@click.option("--actor", help="Only events involving this actor (label, surname or key).")
@_one_line_errors
def draw(graph, output, event_type, actor):
    """Draw the actor network of GRAPH (a graph.ttl from `kgraph build`)."""
    from .draw import render
    from .export import write_files
    from .model import EVENT_TYPES
    from .rdf.from_rdf import graph_from_turtle

    if event_type and event_type not in EVENT_TYPES:
        raise InputError(f"unknown event type {event_type!r}; valid: {', '.join(EVENT_TYPES)}")
    fmt = Path(output).suffix.lstrip(".").lower()
    data = render(graph_from_turtle(graph), fmt, event_type, actor)
    write_files({Path(output): data})


@main.command()
@click.argument("graph", type=click.Path())
@click.option("--unresolved", is_flag=True, help="Only provisional entities (names the gazetteer does not know).")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True)
@_one_line_errors
def entities(graph, unresolved, fmt):
    """The entity table of GRAPH: label, type, Wikidata id, aliases and mentions.

    With --unresolved, the names to add to a gazetteer file (then build again with --gazetteer FILE)."""
    import csv as csv_module
    import io
    import json

    from .entities import entity_table

    rows = entity_table(graph, unresolved)
    if fmt == "json":
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    columns = ["label", "type", "wikidata", "mentions", "aliases"]
    cells = [[str(r[c]) if c != "aliases" else "; ".join(r["aliases"]) for c in columns] for r in rows]
    if fmt == "csv":
        out = io.StringIO()
        writer = csv_module.writer(out, lineterminator="\n")
        writer.writerow(columns)
        writer.writerows(cells)
        click.echo(out.getvalue().rstrip("\n"))
        return
    widths = [max([len(c)] + [len(row[i]) for row in cells]) for i, c in enumerate(columns)]
    click.echo(" | ".join(c.ljust(w) for c, w in zip(columns, widths)).rstrip())
    click.echo("-+-".join("-" * w for w in widths))
    for row in cells:
        click.echo(" | ".join(c.ljust(w) for c, w in zip(row, widths)).rstrip())


@main.command()
@click.argument("alias_file", type=click.Path())
@click.option("--gazetteer", "gazetteers", multiple=True, type=click.Path(), help="An extra gazetteer file.")
@click.option("--errors", is_flag=True, help="List the forms resolved wrongly.")
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
@_one_line_errors
def aliases(alias_file, gazetteers, errors, as_json):
    """Score alias resolution on ALIAS_FILE (form<TAB>lang<TAB>expected key, "-" for none)."""
    import json

    from .entities import score_aliases
    from .extract import load_resources

    report = score_aliases(alias_file, load_resources(gazetteers=tuple(gazetteers)))
    if as_json:
        click.echo(json.dumps({**report.as_dict(), **({"errors": report.wrong} if errors else {})}, indent=2,
                              ensure_ascii=False))
        return
    click.echo(f"forms: {report.total}")
    click.echo(f"accuracy: {report.accuracy:.3f} ({report.right}/{report.total})")
    click.echo(f"false merges of two people: {len(report.false_merges)}")
    click.echo(f"ambiguous, reported not guessed: {report.ambiguous}")
    if errors:
        for form, lang, expected, got in report.wrong:
            click.echo(f"  {form!r} [{lang}] expected {expected}, got {got}")


@main.command(name="eval")
@click.argument("corpus", type=click.Path())
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
@click.option("--errors", is_flag=True, help="List misses, false alarms and wrong fields with their sentences.")
@_one_line_errors
def evaluate_command(corpus, as_json, errors):
    """Score extraction on CORPUS (NAME.txt + NAME.gold.toml files) against its gold annotations."""
    import json

    from .evaluate import evaluate, format_report

    report = evaluate(corpus)
    if as_json:
        data = report.as_dict()
        if errors:
            data["errors"] = [list(map(str, e)) for e in report.errors]
        click.echo(json.dumps(data, indent=2, ensure_ascii=False))
    else:
        click.echo(format_report(report, errors))


if __name__ == "__main__":  # pragma: no cover
    main()
