"""The local engine's extract stage: in this process, or spread over forked worker processes.

``extract_claims_local(documents, nlp, rules, processes)`` with ``processes`` above 1 (``nlp.n_process``
in the rules, ``verify run --processes``) cuts the documents into batches, and a document longer
than ``limits.window_chars`` into its windows (``tasks``), that forked workers parse *and* extract,
so only claims, never parsed ``Doc`` objects, travel between processes, at most a few batches of
parses are alive at once, and both workers share one long document; documents come back in order, so
the claims are the same, in the same order, as in one process. A corpus under
``PARALLEL_MIN_CHARS`` is done in this process (forking would cost more than it saves). Workers
ignore SIGINT: on Ctrl-C the parent terminates the pool and the run ends with exit code 130.
"""

from __future__ import annotations

import dataclasses
import signal
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence

from spacy.language import Language

from ..extract import chunking, document_windows, extract_claims, extract_window
from ..extract.claims import position
from ..models import Claim, Document
from ..rules import RuleSet

PARALLEL_MIN_CHARS = 200_000

# Worker state for the forked pool: set once per process by _init_worker.
_WORKER: dict[str, object] = {}


def extract_claims_local(
    documents: Sequence[Document],
    nlp: Language,
    rules: RuleSet,
    *,
    processes: int | None = None,
    on_document: Callable[[Document], None] | None = None,
) -> Iterator[Claim]:
    """Claims of every document, document by document, as ``extract_claims`` gives them.

    ``processes`` (default: the rules' ``nlp.n_process``) above 1 forks that many workers for a
    corpus of at least ``PARALLEL_MIN_CHARS`` characters. ``on_document`` is called as each
    document's claims are ready (for progress bars).
    """
    processes = rules.nlp.n_process if processes is None else processes
    if processes > 1 and sum(len(d.text) for d in documents) >= PARALLEL_MIN_CHARS:
        return _extract_in_workers(documents, nlp, rules, processes, on_document)
    return extract_claims(documents, nlp, rules, on_document)


def _init_worker(nlp: Language, rules: RuleSet) -> None:
    # Ctrl-C is the parent's to handle: a worker killed by it mid-task left the pool's feeder
    # thread blocked on a pipe nobody read (a hang, 1 in 13 tries). The parent tears the pool down.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _WORKER["nlp"], _WORKER["rules"] = nlp, rules


# A unit of work: ("docs", documents) a batch of whole documents, or ("window", document without
# its text, offset, text to parse, text as read, last) one window of a long document.
Task = tuple


def _extract_task(task: Task) -> list:
    nlp, rules = _WORKER["nlp"], _WORKER["rules"]
    if task[0] == "window":
        _, document, offset, chunk, original, _last = task
        return [] if chunk is None else extract_window(document, offset, chunk, original, nlp, rules)  # type: ignore[arg-type]
    batch = task[1]
    claims: dict[str, list[Claim]] = {d.id: [] for d in batch}
    for claim in extract_claims(batch, nlp, rules):  # type: ignore[arg-type]
        claims[claim.doc].append(claim)
    return [claims[d.id] for d in batch]


def tasks(documents: Iterable[Document], rules: RuleSet) -> Iterator[Task]:
    """The work for the pool, in corpus order: consecutive documents in batches of about
    ``chunking.BATCH_CHARS`` characters, and each document longer than ``limits.window_chars``
    window by window, so the workers share one long document (and hold one window each)."""
    batch: list[Document] = []
    size = 0
    for document in documents:
        if len(document.text) <= rules.limits.window_chars:
            batch.append(document)
            size += len(document.text)
            if size >= chunking.BATCH_CHARS:
                yield ("docs", batch)
                batch, size = [], 0
            continue
        if batch:
            yield ("docs", batch)
            batch, size = [], 0
        bare = dataclasses.replace(document, text="")
        windows: list[tuple[int, str | None, str | None]] = [*document_windows(document, rules)] or [(0, None, None)]
        for n, (offset, chunk, original) in enumerate(windows):
            yield ("window", bare, offset, chunk, original, n == len(windows) - 1)
    if batch:
        yield ("docs", batch)


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


def _extract_in_workers(
    documents: Sequence[Document],
    nlp: Language,
    rules: RuleSet,
    processes: int,
    on_document: Callable[[Document], None] | None,
) -> Iterator[Claim]:
    import multiprocessing

    # fork: the workers inherit the loaded pipeline instead of loading it again.
    context = multiprocessing.get_context("fork")
    submitted: deque[Task] = deque()

    def queued() -> Iterator[Task]:
        for task in tasks(documents, rules):
            submitted.append(task)
            yield task

    pool = worker_pool(context, processes, nlp, rules)
    try:
        pending: list[Claim] = []
        for result in pool.imap(_extract_task, queued()):
            task = submitted.popleft()
            if task[0] == "window":
                pending.extend(result)
                if task[-1]:
                    yield from sorted(pending, key=position)
                    pending = []
                    if on_document is not None:
                        on_document(task[1])
                continue
            for document, claims in zip(task[1], result, strict=True):
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
