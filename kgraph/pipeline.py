"""The build: read → extract (per article, pure) → merge, as a stream.

Articles are read lazily and extracted in batches, serially, on local worker processes
(`jobs > 1`) or on a Dask cluster (`engine="dask"`); every engine runs the same per-article
function, so the merged graph is the same. A document graph keeps no article text and waits for
the merge compressed (`PackedDocs`); the merged graph is a `CompactGraph`, so memory grows with the
graph, not with the corpus. With a cache folder, an article already extracted with the same rules
and gazetteer is read back instead of extracted again.

A bad article is reported and skipped (or, with `strict`, fatal); every good article is kept.
"""

from __future__ import annotations

import datetime as _dt
import os
from dataclasses import dataclass, field, replace
from collections import deque
from itertools import chain, islice
from pathlib import Path
from typing import Callable, Iterable, Iterator

import networkx as nx

from .cache import ExtractionCache
from .documents import BadInput, InputWarning, read_inputs
from .errors import InputError, KGraphError
from .extract import extract, load_resources
from .graphstore import CompactGraph, EventRow, PackedDocs, pack
from .merge import merge_compact
from .model import Article, DocGraph

ENGINES = ("local", "dask")
BATCH_PER_JOB = 16  # articles handed to a worker at a time: large enough to amortise the hand-over


@dataclass
class BuildResult:
    graph: nx.MultiDiGraph
    docs: list[DocGraph]
    bad: list[BadInput] = field(default_factory=list)
    warnings: list[InputWarning] = field(default_factory=list)

    def _kinds(self) -> Iterator[str]:
        stored = self.graph.stored_nodes() if isinstance(self.graph, CompactGraph) else self.graph.nodes(data=True)
        return ("event" if isinstance(d, EventRow) else d.get("kind") for _, d in stored)

    @property
    def events(self) -> int:
        return sum(1 for kind in self._kinds() if kind == "event")

    @property
    def entities(self) -> int:
        return sum(1 for kind in self._kinds() if kind == "entity")


@dataclass(frozen=True)
class Settings:
    """What an extraction depends on besides the article: picklable, so workers can rebuild it."""

    rules: tuple[str, ...] = ()
    gazetteers: tuple[str, ...] = ()


def extract_batch(articles: list[Article], settings: Settings, packed: bool = False
                  ) -> list[DocGraph | bytes | BadInput]:
    """Extract each article of a batch; one that fails becomes a BadInput, the others are kept,
    also when the failure is a bug in kgraph (reported as an internal error, to be fixed).

    This is the function every engine runs. The document graphs keep no article text; with
    `packed` each comes as `PackedDocs` keeps it (`pack`), so a build's main process, which only
    files them, neither unpickles nor packs them: the workers do."""
    resources = load_resources(settings.rules, settings.gazetteers)
    out: list[DocGraph | BadInput] = []
    for article in articles:
        name = article.path or article.id
        try:
            doc = extract(article, resources)
        except KGraphError as exc:
            out.append(BadInput(name, f"{name}: {exc}"))
            continue
        except Exception as exc:  # noqa: BLE001 - a bug must cost one article, not the build
            detail = " ".join(f"{type(exc).__name__}: {exc}".split())
            out.append(BadInput(name, f"{name}: internal error in kgraph (please report it): {detail}"))
            continue
        doc = replace(doc, article=replace(doc.article, text=""))
        out.append(pack(doc) if packed else doc)
    return out


def _batches(items: Iterable, size: int) -> Iterator[list]:
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


def _processes(settings: Settings, jobs: int, packed: bool) -> tuple[Callable, Callable[[], None]]:
    from concurrent.futures import ProcessPoolExecutor

    pool = ProcessPoolExecutor(max_workers=jobs)
    return (lambda chunk: pool.submit(extract_batch, chunk, settings, packed)), pool.shutdown


def local_dask_cluster(jobs: int):
    """A Dask cluster of `jobs` single-threaded worker processes on this machine, without the
    dashboard and without the workers' statistical profiler, which samples every thread every 10 ms
    only to feed that dashboard (about 7% of a worker's extraction, measured)."""
    import dask
    from dask.distributed import LocalCluster

    with dask.config.set({"distributed.worker.profile.enabled": False}):  # the workers take the config at start
        return LocalCluster(n_workers=jobs, threads_per_worker=1, processes=True, dashboard_address=None)


def _dask(settings: Settings, scheduler: str | None, jobs: int, packed: bool) -> tuple[Callable, Callable[[], None]]:
    try:
        from dask.distributed import Client
    except ImportError:
        raise KGraphError("the Dask engine needs dask[distributed]: pip install 'kgraph[dask]'") from None
    cluster = None
    if scheduler:
        try:
            client = Client(scheduler, timeout="10s")
        except (OSError, TimeoutError) as exc:
            raise KGraphError(f"cannot reach the Dask scheduler at {scheduler}: {exc}") from None
    else:
        cluster = local_dask_cluster(jobs)
        client = Client(cluster)

    def close():
        client.close()
        if cluster is not None:
            cluster.close()
    return (lambda chunk: client.submit(extract_batch, chunk, settings, packed, pure=False)), close


class _Engine:
    """Runs `extract_batch` over a stream of chunks of articles and yields (chunk, results) in input
    order: in this process, on a pool of worker processes, or on a Dask cluster. Workers start only
    when there is more than one chunk of work; at most two chunks per worker are in flight, so the
    input is read as fast as it is extracted, never all at once. With `packed`, each document graph
    comes back packed (see `extract_batch`)."""

    def __init__(self, settings: Settings, jobs: int, engine: str, scheduler: str | None, packed: bool = False):
        if engine not in ENGINES:
            raise KGraphError(f"unknown engine {engine!r}; valid: {', '.join(ENGINES)}")
        if jobs < 1:
            raise InputError(f"--jobs must be at least 1, not {jobs}")
        self.settings, self.jobs, self.engine, self.scheduler = settings, jobs, engine, scheduler
        self.packed = packed
        self._close: Callable[[], None] = lambda: None

    def stream(self, chunks: Iterable[list[Article]]) -> Iterator[tuple[list[Article], list]]:
        chunks = iter(chunks)
        opening = list(islice(chunks, 2))
        if self.engine == "local" and (self.jobs == 1 or len(opening) < 2):
            for chunk in chain(opening, chunks):
                yield chunk, extract_batch(chunk, self.settings, self.packed)
            return
        submit, self._close = (_dask(self.settings, self.scheduler, self.jobs, self.packed) if self.engine == "dask"
                               else _processes(self.settings, self.jobs, self.packed))
        in_flight: deque = deque()
        for chunk in chain(opening, chunks):
            in_flight.append((chunk, submit(chunk)))
            while len(in_flight) > 2 * self.jobs:
                done, future = in_flight.popleft()
                yield done, future.result()
        while in_flight:
            done, future = in_flight.popleft()
            yield done, future.result()

    def close(self) -> None:
        self._close()


def extract_all(inputs: Iterable[str], settings: Settings = Settings(), date: _dt.date | None = None,
                lang: str | None = None, strict: bool = False, jobs: int = 1, engine: str = "local",
                scheduler: str | None = None, cache: ExtractionCache | None = None, progress: bool = False,
                warnings: list[InputWarning] | None = None, into: list | PackedDocs | None = None, *,
                exclude: Iterable[str | Path] = ()) -> tuple[list[DocGraph] | PackedDocs, list[BadInput]]:
    """Document graphs of every good article, and the bad inputs met on the way (repairs are added
    to `warnings` when it is given). The documents are appended to `into` (a new list by default;
    `PackedDocs` keeps them compressed). Folders in `exclude` are not read (see `read_inputs`). With
    `progress`, a bar on stderr counts the articles (shown only once a build has run for more than a
    second)."""
    from tqdm import tqdm

    inputs, date = _checked_inputs(inputs, date)
    docs = [] if into is None else into
    packed = isinstance(docs, PackedDocs)  # the workers pack each document as `docs` keeps it
    engine_ = _Engine(settings, jobs, engine, scheduler, packed)
    bar = tqdm(unit=" articles", disable=not progress, delay=1.0, leave=False, dynamic_ncols=True)
    bad: list[BadInput] = []
    seen: set[str] = set()

    def fail_or_skip(item: BadInput) -> None:
        if strict:
            raise InputError(item.message)
        bad.append(item)

    def to_extract() -> Iterator[Article]:
        """The articles that need extracting; bad inputs, repairs and cached ones are dealt with here."""
        for item in read_inputs(inputs, date, lang, exclude=exclude):
            if isinstance(item, InputWarning):
                if warnings is not None:
                    warnings.append(item)
                continue
            bar.update(1)
            if isinstance(item, BadInput):
                fail_or_skip(item)
            elif item.id in seen:
                fail_or_skip(BadInput(item.path, f"{item.path}: duplicate article id {item.id!r}"))
            else:
                seen.add(item.id)
                cached = cache.get(item) if cache else None
                if cached is not None:
                    docs.append(cached)
                else:
                    yield item
    try:
        for chunk, results in engine_.stream(_batches(to_extract(), BATCH_PER_JOB)):
            for article, result in zip(chunk, results):
                if isinstance(result, BadInput):
                    fail_or_skip(result)
                    continue
                if cache:
                    cache.put(article, result)
                if packed:
                    docs.append_packed(replace(article, text=""), result)
                else:
                    docs.append(result)
    finally:
        bar.close()
        engine_.close()
    return docs, bad


def _paths(value, name: str) -> list:
    """A path or an iterable of paths, as a list: one string is one path, not its characters."""
    if isinstance(value, (str, os.PathLike)):
        return [value]
    if value is None or not isinstance(value, Iterable):
        raise InputError(f"{name} must be a path or a list of paths, not {type(value).__name__}")
    paths = list(value)  # once: a generator (Path.glob) can be read only once
    if not all(isinstance(v, (str, os.PathLike)) for v in paths):
        raise InputError(f"{name} must be a path or a list of paths, not {type(value).__name__} of other things")
    return paths


def _checked_inputs(inputs, date) -> tuple[list, _dt.date | None]:
    """The library's arguments checked as the command line checks its own: paths, and a calendar date."""
    if date is not None and type(date) is not _dt.date:  # a datetime would put hours into the exports
        raise InputError(f"date must be a datetime.date, not {type(date).__name__} {date!r:.40}")
    return _paths(inputs, "inputs"), date


def default_jobs() -> int:
    """All the cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not on Linux
        return os.cpu_count() or 1


def build(inputs: Iterable[str], date: _dt.date | None = None, lang: str | None = None,
          rules: tuple[str, ...] = (), gazetteers: tuple[str, ...] = (), strict: bool = False,
          jobs: int = 1, engine: str = "local", scheduler: str | None = None,
          cache_dir: str | None = None, progress: bool = False, *,
          exclude: Iterable[str | Path] = ()) -> BuildResult:
    """Build the merged graph of all articles under `inputs` (files or folders), without reading the
    folders of `exclude` (the build's own output folder, when it lies inside an input folder)."""
    inputs, date = _checked_inputs(inputs, date)
    if not isinstance(jobs, int) or isinstance(jobs, bool):
        raise InputError(f"jobs must be a whole number, not {type(jobs).__name__}")
    settings = Settings(tuple(_paths(rules, "rules")), tuple(_paths(gazetteers, "gazetteers")))
    resources = load_resources(settings.rules, settings.gazetteers)
    cache = ExtractionCache(cache_dir, settings) if cache_dir else None
    warnings: list[InputWarning] = []
    docs, bad = extract_all(inputs, settings, date, lang, strict, jobs, engine, scheduler, cache, progress, warnings,
                            into=PackedDocs(), exclude=exclude)
    graph = merge_compact(docs, resources.gazetteer)
    # the graph holds what the documents said: keep only their articles' metadata, free the rest
    return BuildResult(graph, [DocGraph(article) for article in docs.articles], bad, warnings)
