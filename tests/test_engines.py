"""Every way of running the build gives the same bytes: worker processes, a Dask cluster, a cache."""

from __future__ import annotations

import datetime as dt
import os
import shutil
from dataclasses import replace
from pathlib import Path

import pytest
from click.testing import CliRunner

from kgraph.cache import ExtractionCache
from kgraph.cli import main
from kgraph.documents import make_article, read_inputs
from kgraph.extract import extract, load_resources
from kgraph.export import jsonl_bytes, turtle_bytes
from kgraph.graphstore import PackedDocs, unpack
from kgraph.model import Article
from kgraph.pipeline import BATCH_PER_JOB, Settings, build, extract_all, extract_batch, local_dask_cluster

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT / "corpus" / "dev"


def exported(result) -> tuple[bytes, bytes]:
    return turtle_bytes(result.graph), jsonl_bytes(result.graph)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """A copy of the dev articles (text and metadata), so every build in this module reads the same files."""
    folder = tmp_path_factory.mktemp("corpus")
    for path in DEV.iterdir():
        if path.suffix in (".txt", ".json"):
            shutil.copy(path, folder / path.name)
    return folder


@pytest.fixture(scope="module")
def serial(corpus):
    return exported(build([str(corpus)], jobs=1))


def test_the_corpus_is_large_enough_to_use_the_workers(corpus):
    assert len(list(corpus.glob("*.txt"))) > BATCH_PER_JOB


def test_two_jobs_give_the_bytes_of_a_serial_build(corpus, serial, tmp_path):
    runner = CliRunner()
    for jobs in ("1", "2"):
        result = runner.invoke(main, ["build", str(corpus), "-o", str(tmp_path / jobs), "--jobs", jobs, "--no-picture"])
        assert result.exit_code == 0, result.output
    one, two = (tmp_path / "1" / "graph.ttl").read_bytes(), (tmp_path / "2" / "graph.ttl").read_bytes()
    assert one == two == serial[0]
    assert (tmp_path / "2" / "events.jsonl").read_bytes() == serial[1]


def test_dask_on_a_local_cluster_of_two_workers_gives_the_same_bytes(corpus, serial):
    pytest.importorskip("dask.distributed")
    from dask.distributed import Client, LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        with Client(cluster) as client:
            result = build([str(corpus)], jobs=2, engine="dask", scheduler=cluster.scheduler_address)
            assert len(client.scheduler_info()["workers"]) == 2
    assert exported(result) == serial


def test_the_local_dask_workers_run_no_profiler_for_the_dashboard_they_do_not_have():
    pytest.importorskip("dask.distributed")
    import dask
    from dask.distributed import Client

    with local_dask_cluster(2) as cluster, Client(cluster) as client:
        profiling = client.run(lambda: dask.config.get("distributed.worker.profile.enabled"))
    assert list(profiling.values()) == [False, False]
    assert dask.config.get("distributed.worker.profile.enabled")  # this process's own setting is untouched


def test_an_unreachable_scheduler_is_one_clear_error(tmp_path):
    pytest.importorskip("dask.distributed")
    result = CliRunner().invoke(main, ["build", str(DEV / "en_01_kim_putin_vladivostok.txt"), "-o", str(tmp_path / "o"),
                                       "--engine", "dask", "--scheduler", "tcp://127.0.0.1:9", "--no-picture"])
    assert result.exit_code == 1
    assert "cannot reach the Dask scheduler at tcp://127.0.0.1:9" in result.output


def test_an_incremental_build_extracts_only_new_articles_and_equals_a_full_build(corpus, serial, tmp_path):
    corpus = shutil.copytree(corpus, tmp_path / "corpus")
    stems = sorted(p.stem for p in corpus.glob("*.txt"))
    later = stems[len(stems) // 2:]
    aside = tmp_path / "aside"
    aside.mkdir()
    for stem in later:  # the first build sees half the corpus
        for path in corpus.glob(f"{stem}.*"):
            path.rename(aside / path.name)
    settings = Settings()
    first = ExtractionCache(tmp_path / "cache", settings)
    extract_all([str(corpus)], settings, cache=first)
    assert (first.hits, first.misses) == (0, len(stems) - len(later))
    for path in aside.iterdir():
        path.rename(corpus / path.name)
    second = ExtractionCache(tmp_path / "cache", settings)
    extract_all([str(corpus)], settings, cache=second)
    assert (second.hits, second.misses) == (len(stems) - len(later), len(later))
    assert exported(build([str(corpus)], cache_dir=str(tmp_path / "cache"))) == serial


def test_workers_hand_back_each_document_packed_as_the_build_keeps_it(corpus):
    articles = list(read_inputs(sorted(corpus.glob("en_0*.txt"))[:4]))
    assert len(articles) == 4 and all(isinstance(article, Article) for article in articles)
    as_objects = extract_batch(articles, Settings())
    as_packed = extract_batch(articles, Settings(), packed=True)
    assert all(isinstance(blob, bytes) for blob in as_packed)
    assert [unpack(blob) for blob in as_packed] == as_objects
    kept = PackedDocs()
    for article, blob in zip(articles, as_packed):
        kept.append_packed(replace(article, text=""), blob)
    assert list(kept) == sorted(as_objects, key=lambda doc: doc.article.id)


def test_a_cache_filled_by_worker_processes_serves_a_later_build_whole(corpus, serial, tmp_path):
    cache = tmp_path / "cache"
    build([str(corpus)], jobs=2, cache_dir=str(cache))  # the workers pack, the main process files
    articles = len(list(corpus.glob("*.txt")))
    assert len(list(cache.rglob("*.pickle"))) == articles
    reader = ExtractionCache(cache, Settings())
    extract_all([str(corpus)], Settings(), cache=reader)
    assert (reader.hits, reader.misses) == (articles, 0)
    assert exported(build([str(corpus)], jobs=2, cache_dir=str(cache))) == serial


def test_a_changed_rule_file_invalidates_the_cache(tmp_path):
    rules = tmp_path / "mine.toml"
    rules.write_text('[[rule]]\nid = "en.mine.summit"\nevent = "Meeting"\ntriggers = ["powwow"]\n'
                     'roles = { participant = ["subject"] }\n', encoding="utf-8")
    article = str(DEV / "en_01_kim_putin_vladivostok.txt")
    before = ExtractionCache(tmp_path / "cache", Settings(rules=(str(rules),)))
    extract_all([article], Settings(rules=(str(rules),)), cache=before)
    rules.write_text(rules.read_text(encoding="utf-8").replace("powwow", "huddle"), encoding="utf-8")
    after = ExtractionCache(tmp_path / "cache", Settings(rules=(str(rules),)))
    extract_all([article], Settings(rules=(str(rules),)), cache=after)
    assert (after.hits, after.misses) == (0, 1)


def test_a_corrupt_cache_entry_is_extracted_again(tmp_path):
    article = str(DEV / "en_01_kim_putin_vladivostok.txt")
    cache = ExtractionCache(tmp_path / "cache", Settings())
    expected, _ = extract_all([article], Settings(), cache=cache)
    for entry in (tmp_path / "cache").rglob("*.pickle"):
        entry.write_bytes(b"not a pickle")
    again = ExtractionCache(tmp_path / "cache", Settings())
    docs, _ = extract_all([article], Settings(), cache=again)
    assert (again.hits, again.misses) == (0, 1)
    assert docs == expected


def test_jobs_must_be_positive(tmp_path):
    result = CliRunner().invoke(main, ["build", str(DEV), "-o", str(tmp_path / "o"), "--jobs", "0"])
    assert result.exit_code == 2
    assert "--jobs" in result.output


def test_resources_are_loaded_once_per_process_and_again_after_an_edit(tmp_path):
    rules = tmp_path / "mine.toml"
    rules.write_text('[[rule]]\nid = "en.mine.summit"\nevent = "Meeting"\ntriggers = ["powwow"]\n'
                     'roles = { participant = ["subject"] }\n', encoding="utf-8")
    settings = (str(rules),)
    assert load_resources(settings) is load_resources(settings)  # every batch of a worker reuses them

    def meetings(text):
        article = make_article({"id": "t"}, text, "test", "t", dt.date(2024, 5, 1), "en")
        return [e.type for e in extract(article, load_resources(settings)).events]

    assert meetings("Putin held a powwow with Xi in Beijing on Tuesday.") == ["Meeting"]
    rules.write_text(rules.read_text(encoding="utf-8").replace("powwow", "huddles"), encoding="utf-8")
    assert meetings("Putin held a powwow with Xi in Beijing on Tuesday.") == []
    assert meetings("Putin held huddles with Xi in Beijing on Tuesday.") == ["Meeting"]


def test_an_edit_that_keeps_size_and_modification_time_is_still_seen(tmp_path):
    rules = tmp_path / "mine.toml"
    rules.write_text('[[rule]]\nid = "en.mine.summit"\nevent = "Meeting"\ntriggers = ["powwow"]\n'
                     'roles = { participant = ["subject"] }\n', encoding="utf-8")
    before = os.stat(rules)
    first = load_resources((str(rules),))
    rules.write_text(rules.read_text(encoding="utf-8").replace("powwow", "huddle"), encoding="utf-8")
    os.utime(rules, ns=(before.st_atime_ns, before.st_mtime_ns))  # as `cp -p` or `rsync -t` leave it
    assert os.stat(rules).st_size == before.st_size
    assert load_resources((str(rules),)) is not first
