"""The Dask engine and the forked local workers give the local engine's report, byte for byte."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from verify.extract import chunking, extract_claims
from verify.run import local, verify_corpus

distributed = pytest.importorskip("distributed")


def _bytes(report) -> bytes:
    return json.dumps(report, ensure_ascii=False, indent=2, sort_keys=True).encode()


@pytest.fixture(scope="module")
def local_cluster_client():
    # Two small in-process workers: no model load per process, and well under a minute on the seeds.
    with (
        distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=False, dashboard_address=None) as cluster,
        distributed.Client(cluster) as client,
    ):
        yield client


def test_dask_report_equals_local_report(seeds_corpus, seeds_report, rules, local_cluster_client, monkeypatch):
    from verify.run import dask as engine

    monkeypatch.setattr(chunking, "BATCH_CHARS", 4_000)  # several batches even on five articles
    report, seconds = engine.verify_corpus_dask(seeds_corpus, rules, client=local_cluster_client)
    assert _bytes(report) == _bytes(seeds_report)
    assert {"load", "extract", "cluster", "compare", "build"} <= set(seconds)


def test_dask_report_files_equal_local_files(seeds_corpus, seeds_report, rules, local_cluster_client, tmp_path):
    from verify.report import write_report
    from verify.run import dask as engine

    report, _ = engine.verify_corpus_dask(seeds_corpus, rules, client=local_cluster_client)
    dask_files = write_report(report, tmp_path / "dask")
    local_files = write_report(seeds_report, tmp_path / "local")
    local = {p.name: p.read_bytes() for p in local_files}
    assert {p.name: p.read_bytes() for p in dask_files} == local
    assert "report.json" in local


def test_blocks_are_scored_on_the_workers_insplit_blocks(seeds_corpus, rules, nlp, local_cluster_client, monkeypatch):
    """The cluster stage's blocks go to the workers in several parts; their links are the local ones."""
    from verify.cluster import cluster_claims
    from verify.cluster.scoring import block_edges
    from verify.run import dask as engine

    monkeypatch.setattr(engine, "BLOCK_PARTS_PER_WORKER", 3)
    claims = list(extract_claims(seeds_corpus.documents, nlp, rules))
    on_workers = engine.dask_block_scorer(local_cluster_client)
    seen = {}

    def both(segments, blocks, idf, rules):
        seen["local"] = sorted(block_edges(segments, blocks, idf, rules))
        seen["dask"] = sorted(set(on_workers(segments, blocks, idf, rules)))
        seen["parts"] = engine.split_blocks(blocks, 6)
        return seen["dask"]

    events = cluster_claims(seeds_corpus.documents, claims, rules, score_blocks=both).events
    assert seen["local"] and seen["dask"] == seen["local"]
    assert len(seen["parts"]) > 1
    assert [e.claims for e in events] == [
        e.claims for e in cluster_claims(seeds_corpus.documents, claims, rules).events
    ]


def test_parts_keep_every_block_once_in_order_with_even_work():
    from verify.run.dask import split_blocks

    blocks = [[0, 1, 2, 3], [4], [5, 6], [7, 8, 9], [1, 5, 9, 10, 11], [2, 3]]
    for n in (2, 3, 4):
        parts = split_blocks(blocks, n)
        assert [b for part in parts for b in part] == [b for b in blocks if len(b) > 1]  # one segment: no pair
        work = [sum(len(b) * (len(b) - 1) // 2 for b in part) for part in parts]
        assert 1 < len(parts) <= n and all(work) and max(work) <= 21 / n + 10  # 21 pairs; the largest block 10
    assert split_blocks([[1], [2]], 4) == [] and split_blocks(blocks, 1) == [[b for b in blocks if len(b) > 1]]


def test_forked_workers_give_the_same_claims(seeds_corpus, seeds_report, rules, nlp, monkeypatch):
    monkeypatch.setattr(local, "PARALLEL_MIN_CHARS", 0)
    monkeypatch.setattr(chunking, "BATCH_CHARS", 4_000)
    seen = []
    claims = list(local.extract_claims_local(seeds_corpus.documents, nlp, rules, processes=2, on_document=seen.append))
    assert [c.id for c in claims] == [c["id"] for c in seeds_report["claims"]]
    assert [d.id for d in seen] == [d.id for d in seeds_corpus.documents]


def test_processes_do_not_change_the_report(seeds_corpus, seeds_report, rules, nlp, monkeypatch):
    monkeypatch.setattr(local, "PARALLEL_MIN_CHARS", 0)
    report, _ = verify_corpus(seeds_corpus, rules, nlp, processes=2)
    assert _bytes(report) == _bytes(seeds_report)


def test_unreachable_scheduler_is_one_clear_error(seeds_corpus, rules, monkeypatch):
    from verify.errors import VerifyError
    from verify.run import dask as engine

    monkeypatch.setattr(engine, "CONNECT_TIMEOUT", "2s")
    with pytest.raises(VerifyError, match="cannot reach the Dask scheduler"):
        engine.verify_corpus_dask(seeds_corpus, rules, scheduler="tcp://127.0.0.1:9")


GVC = Path(__file__).resolve().parent / "data" / "gvc" / "documents.jsonl"


@pytest.mark.slow
def test_dask_report_equals_local_report_on_the_gvc_corpus(rules, nlp):
    """436 real articles: the local engine (two forked workers) and the Dask engine on a LocalCluster
    of two worker processes (each loading its own pipeline) give the same report, byte for byte."""
    from verify.ingest import load_corpus
    from verify.run import dask as engine

    corpus = load_corpus([GVC])
    assert len(corpus.documents) == 436 and not corpus.skipped
    local, _ = verify_corpus(corpus, rules, nlp, processes=2)
    with engine.dask_client(workers=2) as client:
        assert len(client.scheduler_info()["workers"]) == 2
        dask, _ = engine.verify_corpus_dask(corpus, rules, client=client)
    assert local["summary"]["claims"] > 10_000 and local["summary"]["events"] > 100
    assert _bytes(dask) == _bytes(local)
