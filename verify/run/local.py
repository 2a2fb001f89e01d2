"""The local engine's extract stage: in this process, or spread over forked worker processes.

``extract_claims_local(documents, nlp, rules, processes)`` with ``processes`` above 1 (``nlp.n_process``
in the rules, ``verify run --processes``) cuts the documents into batches, and a document longer
than ``limits.window_chars`` into its windows (``tasks``), that forked workers parse *and* extract,
so only claims, never parsed ``Doc`` objects, travel between processes, at most
``TASKS_PER_WORKER`` batches or windows per worker are out at once (``InFlight``), and both workers
share one long document. The workers send their claims back packed (``spill.pack_claims``:
JSON); the parent keeps them so (``spill.ClaimSpill``: in memory up to ``CLAIMS_IN_MEMORY_BYTES``,
then in a temporary file) and unpacks them only after the workers have exited, so the parent's
claims and the workers' parses are never resident at once. Documents come back in order, so the claims are the same, in
the same order, as in one process. A corpus under ``PARALLEL_MIN_CHARS`` is done in this process
(forking would cost more than it saves). Workers ignore SIGINT: on Ctrl-C the parent terminates the
pool and the run ends with exit code 130.
"""

from __future__ import annotations

import ctypes
import dataclasses
import gc
import signal
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence

from spacy.language import Language

from ..extract import chunking, document_windows, extract_claims, extract_window, with_last
from ..extract.claims import position
from ..models import Claim, Document
from ..rules import RuleSet
from .spill import ClaimSpill, pack_claims

PARALLEL_MIN_CHARS = 200_000
# The engine's own bounds, not rules: they change no claim, and a report names its rules' hash.
TASKS_PER_WORKER = 2  # batches or windows handed to each worker and not yet taken back
CLAIMS_IN_MEMORY_BYTES = 64 * 2**20  # packed claims held in memory; the rest go to a temporary file

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
    _return_large_blocks()


def _return_large_blocks() -> None:
    """glibc's malloc raises its mmap threshold each time a large block is freed, so a window's
    parse arrays (a few MB each) soon come from the heap, which then keeps the pages of every
    window parsed before (a worker grew by about 100 MB over six windows). A fixed threshold keeps
    blocks of 128 kB and more in their own mappings, returned when freed. No-op off glibc."""
    try:
        libc = ctypes.CDLL("libc.so.6")
        libc.mallopt(_M_MMAP_THRESHOLD, 128 * 1024)
    except (OSError, AttributeError):
        pass


_M_MMAP_THRESHOLD = -3  # mallopt's parameter number (malloc.h)


# A unit of work: ("docs", documents) a batch of whole documents, or ("window", document without
# its text, offset, text to parse, text as read, last) one window of a long document.
Task = tuple


def _extract_task(task: Task) -> bytes:
    """One task's claims, packed (``spill.pack_claims``): a window's as one group, a batch's as one
    group per document."""
    nlp, rules = _WORKER["nlp"], _WORKER["rules"]
    if task[0] == "window":
        _, document, offset, chunk, original, _last = task
        claims = [] if chunk is None else extract_window(document, offset, chunk, original, nlp, rules)  # type: ignore[arg-type]
        return pack_claims([claims])
    batch = task[1]
    by_document: dict[str, list[Claim]] = {d.id: [] for d in batch}
    for claim in extract_claims(batch, nlp, rules):  # type: ignore[arg-type]
        by_document[claim.doc].append(claim)
    return pack_claims([by_document[d.id] for d in batch])


def tasks(documents: Iterable[Document], rules: RuleSet) -> Iterator[Task]:
    """The work for the pool, in corpus order: consecutive documents in batches of about
    ``chunking.BATCH_CHARS`` characters, and each document longer than ``limits.window_chars``
    window by window, so the workers share one long document (and hold one window each). Lazy:
    a window's text is cut only when the pool asks for the next task."""
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
        found = False
        # one window read ahead, never the list of them (a 40 MB document's windows are its text twice over)
        for (offset, chunk, original), last in with_last(document_windows(document, rules)):
            found = True
            yield ("window", bare, offset, chunk, original, last)
        if not found:
            yield ("window", bare, 0, None, None, True)
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


class InFlight:
    """At most ``limit`` tasks handed out and not yet taken back: ``feed(tasks)`` waits before
    handing out one more until ``taken()`` says a result was taken; ``stop()`` ends the feed (it
    runs on the pool's task thread, which terminating the pool waits for). ``most``: the largest
    number out at once, for tests."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.out = self.most = 0
        self._slots = threading.Semaphore(limit)
        self._stopped = threading.Event()
        self._lock = threading.Lock()

    def feed(self, tasks: Iterable[Task]) -> Iterator[Task]:
        for task in tasks:
            while not self._slots.acquire(timeout=0.1):
                if self._stopped.is_set():
                    return
            if self._stopped.is_set():
                return
            with self._lock:
                self.out += 1
                self.most = max(self.most, self.out)
            yield task

    def taken(self) -> None:
        with self._lock:
            self.out -= 1
        self._slots.release()

    def stop(self) -> None:
        self._stopped.set()


def _extract_in_workers(
    documents: Sequence[Document],
    nlp: Language,
    rules: RuleSet,
    processes: int,
    on_document: Callable[[Document], None] | None,
) -> Iterator[Claim]:
    import multiprocessing

    # fork: the workers inherit the loaded pipeline instead of loading it again. gc.freeze(): the
    # collector in a worker would otherwise write to every object the parent holds and so copy its
    # pages (about 40 MB a worker); unfrozen once the workers are gone.
    context = multiprocessing.get_context("fork")
    in_flight = InFlight(processes * TASKS_PER_WORKER)
    spill = ClaimSpill(CLAIMS_IN_MEMORY_BYTES)
    # what each result is for, without its text: ("docs", documents) or ("window", document, last)
    submitted: deque[tuple] = deque()
    order: list[tuple] = []

    def queued() -> Iterator[Task]:
        for task in in_flight.feed(tasks(documents, rules)):
            submitted.append(("docs", task[1]) if task[0] == "docs" else ("window", task[1], task[-1]))
            yield task

    try:
        gc.collect()
        gc.freeze()
        try:
            pool = worker_pool(context, processes, nlp, rules)
            try:
                for packed in pool.imap(_extract_task, queued()):
                    spill.add(packed)
                    in_flight.taken()
                    done = submitted.popleft()
                    order.append(done)
                    if on_document is not None:
                        for document in done[1] if done[0] == "docs" else ([done[1]] if done[2] else []):
                            on_document(document)
                pool.close()
            except BaseException:
                # Ctrl-C, an error: the workers go now (SIGTERM), and nothing waits on tasks still queued for them.
                in_flight.stop()
                pool.terminate()
                raise
            finally:
                pool.join()
        finally:
            gc.unfreeze()
        yield from _unpacked(spill, order)
    finally:
        spill.close()


def _unpacked(spill: ClaimSpill, order: list[tuple]) -> Iterator[Claim]:
    """The spilled results as claims, document by document, each document's sorted by position."""
    pending: list[Claim] = []
    for done, groups in zip(order, spill.read(), strict=True):
        if done[0] == "window":
            pending.extend(groups[0])
            if done[2]:
                yield from sorted(pending, key=position)
                pending = []
            continue
        for claims in groups:
            yield from claims
