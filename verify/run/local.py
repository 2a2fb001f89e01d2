"""The local engine's extract stage: in this process, or spread over forked worker processes.

``extract_claims_local(documents, nlp, rules, processes)`` with ``processes`` above 1 (``nlp.n_process``
in the rules, ``verify run --processes``) cuts the documents into batches (``batch_documents``) that
forked workers parse *and* extract, so only claims, never parsed ``Doc`` objects, travel between
processes and at most a few batches of parses are alive at once; documents come back in order, so
the claims are the same, in the same order, as in one process. A corpus under
``PARALLEL_MIN_CHARS`` is done in this process (forking would cost more than it saves). Workers
ignore SIGINT: on Ctrl-C the parent terminates the pool and the run ends with exit code 130.
"""

from __future__ import annotations

import signal
import threading
from collections import deque
from collections.abc import Callable, Iterator, Sequence

from spacy.language import Language

from ..extract import batch_documents, extract_claims
from ..models import Claim, Document
from ..rules import RuleSet

PARALLEL_MIN_CHARS = 200_000

# Worker state for the forked pool: set once per process by _init_worker.
_WORKER: dict[str, object] = {}


def extract_claims_local(documents: Sequence[Document], nlp: Language, rules: RuleSet, *,
                         processes: int | None = None,
                         on_document: Callable[[Document], None] | None = None) -> Iterator[Claim]:
    """Claims of every document, document by document, as ``extract_claims`` gives them.

    ``processes`` (default: the rules' ``nlp.n_process``) above 1 forks that many workers for a
    corpus of at least ``PARALLEL_MIN_CHARS`` characters. ``on_document`` is called as each
    document's claims are ready (for progress bars).
    """
    processes = rules.n_process if processes is None else processes
    if processes > 1 and sum(len(d.text) for d in documents) >= PARALLEL_MIN_CHARS:
        return _extract_in_workers(documents, nlp, rules, processes, on_document)
    return extract_claims(documents, nlp, rules, on_document)


def _init_worker(nlp: Language, rules: RuleSet) -> None:
    # Ctrl-C is the parent's to handle: a worker killed by it mid-task left the pool's feeder
    # thread blocked on a pipe nobody read (a hang, 1 in 13 tries). The parent tears the pool down.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _WORKER["nlp"], _WORKER["rules"] = nlp, rules


def _extract_batch(batch: list[Document]) -> list[list[Claim]]:
    claims: dict[str, list[Claim]] = {d.id: [] for d in batch}
    for claim in extract_claims(batch, _WORKER["nlp"], _WORKER["rules"]):  # type: ignore[arg-type]
        claims[claim.doc].append(claim)
    return [claims[d.id] for d in batch]


def worker_pool(context, processes: int, nlp: Language, rules: RuleSet):
    """The worker pool, forked with SIGINT ignored (so a Ctrl-C during the fork cannot reach a
    worker before its initializer runs); the parent's handler is put back at once."""
    if threading.current_thread() is not threading.main_thread():
        return context.Pool(processes, initializer=_init_worker, initargs=(nlp, rules))
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        return context.Pool(processes, initializer=_init_worker, initargs=(nlp, rules))
    finally:
        signal.signal(signal.SIGINT, previous)


def _extract_in_workers(documents: Sequence[Document], nlp: Language, rules: RuleSet, processes: int,
                        on_document: Callable[[Document], None] | None) -> Iterator[Claim]:
    import multiprocessing

    # fork: the workers inherit the loaded pipeline instead of loading it again.
    context = multiprocessing.get_context("fork")
    submitted: deque[list[Document]] = deque()

    def batches() -> Iterator[list[Document]]:
        for batch in batch_documents(documents):
            submitted.append(batch)
            yield batch

    pool = worker_pool(context, processes, nlp, rules)
    try:
        for per_document in pool.imap(_extract_batch, batches()):
            for document, claims in zip(submitted.popleft(), per_document, strict=True):
                yield from claims
                if on_document is not None:
                    on_document(document)
        pool.close()
    except BaseException:
        # Ctrl-C, an error, or the caller stopped reading: the workers go now (SIGTERM), and
        # nothing waits on tasks still queued for them.
        pool.terminate()
        raise
    finally:
        pool.join()
