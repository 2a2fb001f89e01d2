"""The Dask engine: parse and extract on a cluster of workers, then finish the run on the driver.

``verify_corpus_dask(corpus, rules, scheduler=None, workers=None)`` is ``verify.run.verify_corpus``
with the extract stage spread over Dask workers:

- the driver ingests the corpus (reading files is cheap next to parsing) and cuts the documents into
  batches of about ``extract.chunking.BATCH_CHARS`` characters, in corpus order;
- each worker loads the spaCy pipeline once (``_worker_nlp`` caches it per process; a warm-up call
  loads it on every worker before the first batch) and turns each batch it is given into claims
  with the very same ``extract_claims`` the local engine uses, so only claims travel back;
- the driver puts the claims back in corpus order and runs cluster -> compare -> build on them with
  ``verify.run.stages.report_claims``. In the cluster stage the driver cuts each document into segments and
  finds the candidate blocks (segments sharing a blocking key: a facility, a person, a day in a
  place ...); the blocks are then shuffled to the workers in parts of about equal work, each block
  whole on one worker with its segments' signatures, and scored there by ``cluster.scoring.block_edges``;
  the driver merges the links of all parts (a union-find that refuses a clash), so links found in
  different blocks are resolved together. Document linking, compare and build stay on the driver.

Because every claim is made by the same code from the same document and the claims are reassembled
in the same order, the report is byte-identical to the local engine's.

Without ``scheduler`` a ``LocalCluster`` of ``workers`` single-threaded worker processes (default:
the machine's cores, at most ``DEFAULT_MAX_WORKERS``) is started and closed for the run. With a
scheduler address (``tcp://host:8786``) the run uses that cluster as it is; its workers need verify
and the spaCy pipeline installed, like the driver.
"""

from __future__ import annotations

import logging
import os
import threading
import time
import uuid
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from ..cluster.blocking import Blocks
from ..cluster.scoring import Edge, ScoreBlocks, block_edges
from ..cluster.segments import Segment
from ..errors import VerifyError
from ..extract import batch_documents, extract_claims, load_nlp
from ..models import Claim, Corpus, Document
from ..progress import QUIET, Progress
from ..rules import RuleSet
from .stages import report_claims

__all__ = ["verify_corpus_dask", "extract_claims_dask", "dask_client"]

DEFAULT_MAX_WORKERS = 8
CONNECT_TIMEOUT = "20s"
BLOCK_PARTS_PER_WORKER = 4  # parts of the cluster stage's blocks per worker (a slow part is a small one)

# One spaCy pipeline per worker thread (a Language object is not meant to be shared by threads
# running at once; workers started with one thread each, as the LocalCluster is, load it once per
# process), keyed by model name: loaded by the warm-up or the first task, reused after.
_NLP: dict[tuple[str, int], Any] = {}


def _worker_nlp(model: str):
    key = (model, threading.get_ident())
    if key not in _NLP:
        _NLP[key] = load_nlp(model)
    return _NLP[key]


def _warm(model: str) -> str:
    _worker_nlp(model)
    return model


def _extract_batch(batch: list[Document], rules: RuleSet) -> list[Claim]:
    return list(extract_claims(batch, _worker_nlp(rules.nlp.model), rules))


@contextmanager
def dask_client(scheduler: str | None = None, workers: int | None = None) -> Iterator[Any]:
    """A ``distributed.Client``: to ``scheduler`` if given, else to a LocalCluster started for the run."""
    try:
        from distributed import Client, LocalCluster
    except ImportError as exc:  # pragma: no cover - dask is a dependency
        raise VerifyError(
            "the Dask engine needs dask[distributed]", hint='install it with `pip install "dask[distributed]"`'
        ) from exc
    if scheduler is not None:
        try:
            client = Client(scheduler, timeout=CONNECT_TIMEOUT)
        except (OSError, TimeoutError) as exc:
            raise VerifyError(
                f"cannot reach the Dask scheduler at {scheduler}: {exc}",
                hint="check the address (tcp://HOST:8786) and that `dask scheduler` is running",
            ) from exc
        with client:
            yield client
        return
    n = workers if workers is not None and workers > 0 else max(1, min(DEFAULT_MAX_WORKERS, os.cpu_count() or 1))
    with (
        LocalCluster(
            n_workers=n, threads_per_worker=1, processes=True, dashboard_address=None, silence_logs=logging.ERROR
        ) as cluster,
        Client(cluster) as client,
    ):
        yield client


def extract_claims_dask(
    documents: Sequence[Document], rules: RuleSet, client: Any, progress: Progress = QUIET
) -> list[Claim]:
    """Every document's claims, made on the cluster's workers, in the order ``extract_claims`` gives."""
    from distributed import as_completed

    batches = list(batch_documents(documents))
    if not batches:
        return []
    shared_rules = client.scatter(rules, broadcast=True)
    keys = [f"verify-extract-{i}-{len(b)}-{b[0].id}" for i, b in enumerate(batches)]
    futures = client.map(_extract_batch, batches, rules=shared_rules, key=keys)
    index = {future.key: i for i, future in enumerate(futures)}
    results: list[list[Claim] | None] = [None] * len(batches)
    with progress.bar("extract", len(documents), "docs") as bar:
        for future, claims in as_completed(futures, with_results=True):
            i = index[future.key]
            results[i] = claims
            bar.advance(len(batches[i]))
            future.release()
    return [claim for claims in results if claims is not None for claim in claims]  # all filled


def verify_corpus_dask(
    corpus: Corpus,
    rules: RuleSet,
    *,
    scheduler: str | None = None,
    workers: int | None = None,
    progress: Progress = QUIET,
    client: Any = None,
) -> tuple[dict[str, Any], dict[str, float]]:
    """``verify.run.verify_corpus`` with parsing, extraction and the scoring of the cluster stage's
    candidate blocks on Dask workers (the same report, byte for byte).

    ``client``: an existing ``distributed.Client`` to use (then ``scheduler``/``workers`` are ignored).
    """
    seconds: dict[str, float] = {}
    t = time.perf_counter()
    with _existing(client) if client is not None else dask_client(scheduler, workers) as client:
        with progress.bar("load", None, "model on workers"):
            _warm_workers(client, rules.nlp.model)
        seconds["load"] = time.perf_counter() - t
        t = time.perf_counter()
        claims = extract_claims_dask(corpus.documents, rules, client, progress)
        seconds["extract"] = time.perf_counter() - t
        report, later = report_claims(corpus, claims, rules, progress, score_blocks=dask_block_scorer(client))
    return report, {**seconds, **later}


def dask_block_scorer(client: Any) -> ScoreBlocks:
    """A ``ScoreBlocks`` that scores the blocks on the cluster's workers (see the module docstring)."""

    def score(segments: Sequence[Segment], blocks: Blocks, idf: dict[str, float], rules: RuleSet) -> list[Edge]:
        parts = split_blocks(blocks, BLOCK_PARTS_PER_WORKER * max(1, len(client.scheduler_info()["workers"])))
        if not parts:
            return []
        shared = client.scatter((idf, rules), broadcast=True)
        payloads = []
        for part in parts:
            # Only what scoring reads travels: the document, whether the segment is background and
            # the signature, not the claims.
            needed = sorted({i for members in part for i in members})
            payloads.append(
                (
                    {
                        i: Segment(segments[i].doc, [], segments[i].sig, i, segments[i].linking, segments[i].background)
                        for i in needed
                    },
                    part,
                )
            )
        run = uuid.uuid4().hex[:12]
        keys = [f"verify-blocks-{run}-{n}" for n in range(len(parts))]
        futures = client.map(_score_part, payloads, shared=shared, key=keys)
        return [edge for edges in client.gather(futures) for edge in edges]

    return score


def split_blocks(blocks: Blocks, n: int) -> list[Blocks]:
    """The blocks cut, in order, into at most ``n`` runs of about equal work (pairs to score)."""
    work = [len(b) * (len(b) - 1) // 2 for b in blocks]
    total = sum(work)
    if not total:
        return []
    parts: list[Blocks] = [[] for _ in range(n)]
    done = 0
    for block, w in zip(blocks, work, strict=True):
        if w:  # each block goes to the part where the middle of its work falls
            parts[min(n - 1, int((done + w / 2) * n / total))].append(block)
            done += w
    return [part for part in parts if part]


def _score_part(payload: tuple[dict[int, Segment], Blocks], shared: tuple[dict[str, float], RuleSet]) -> list[Edge]:
    segments, blocks = payload
    idf, rules = shared
    return block_edges(segments, blocks, idf, rules)  # a mapping by index reads like the full list


def _warm_workers(client: Any, model: str) -> None:
    """Load the pipeline on every worker at once, as a task (so in the thread later tasks use)."""
    addresses = list(client.scheduler_info()["workers"])
    client.gather(
        [
            client.submit(
                _warm, model, workers=[address], allow_other_workers=False, pure=False, key=f"verify-warm-{i}-{address}"
            )
            for i, address in enumerate(addresses)
        ]
    )


@contextmanager
def _existing(client: Any) -> Iterator[Any]:
    yield client
