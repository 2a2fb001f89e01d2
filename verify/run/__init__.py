"""The whole run as one function: ingest -> extract -> cluster -> compare -> report.

Each stage is a pure function over records; this package only chains them and times them, on one
of two engines: ``local`` (this machine; ``verify.run.local`` forks workers that parse and extract)
or ``dask`` (``verify.run.dask``: extraction and block scoring on a Dask cluster). Both finish with
``verify.run.stages.report_claims``, and the report is the same, byte for byte, whichever made it.
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from ..extract import load_nlp
from ..ingest import load_corpus
from ..models import Corpus
from ..outputs import check_out_apart, check_out_dir
from ..progress import QUIET, Progress
from ..report import write_report
from ..rules import RuleSet
from .local import extract_claims_local
from .stages import report_claims

__all__ = ["Engine", "RunResult", "run", "verify_corpus", "report_claims"]


@dataclass(frozen=True)
class RunResult:
    """What a run produced: the report dict, the files written, the corpus, and stage timings."""

    report: dict[str, Any]
    corpus: Corpus
    written: tuple[Path, ...] = ()
    seconds: dict[str, float] = field(default_factory=dict)


def verify_corpus(
    corpus: Corpus, rules: RuleSet, nlp=None, *, processes: int | None = None, progress: Progress = QUIET
) -> tuple[dict[str, Any], dict[str, float]]:
    """The report dict for an ingested corpus, with the seconds each stage took.

    ``processes`` overrides the rules' ``nlp.n_process`` (workers that parse and extract);
    ``progress`` draws a bar per stage (the default draws nothing).
    """
    seconds: dict[str, float] = {}
    t = time.perf_counter()
    with progress.bar("load", None, "model"):
        nlp = nlp if nlp is not None else load_nlp(rules.nlp.model)
    seconds["load"] = time.perf_counter() - t
    t = time.perf_counter()
    documents = corpus.documents
    with progress.bar("extract", len(documents), "docs") as bar:
        claims = list(
            extract_claims_local(documents, nlp, rules, processes=processes, on_document=lambda _: bar.advance())
        )
    seconds["extract"] = time.perf_counter() - t
    del nlp  # the pipeline is not needed after extraction: a loaded one is freed (the caller's is kept)
    report, later = report_claims(corpus, claims, rules, progress)
    return report, {**seconds, **later}


Engine = Literal["local", "dask"]


def run(
    paths: Iterable[str | Path],
    rules: RuleSet,
    out: str | Path | None = "reports",
    nlp=None,
    *,
    processes: int | None = None,
    engine: Engine = "local",
    scheduler: str | None = None,
    progress: Progress = QUIET,
) -> RunResult:
    """Read ``paths``, verify them, and write the reports to ``out`` (None: write nothing).

    ``out`` may not be, or be inside, a corpus folder of ``paths`` (InputError before anything
    is read): its reports would be read back as articles on the next run.

    ``engine="dask"`` parses and extracts on a Dask cluster (``scheduler``: an address such as
    ``tcp://10.0.0.5:8786``; default a LocalCluster of ``processes`` workers), see ``verify.run.dask``.
    The report is the same, byte for byte, whichever engine made it.
    """
    paths = list(paths)
    if out is not None:
        check_out_dir(out)  # a bad --out fails now, not after the whole run
        check_out_apart(out, paths)
    t = time.perf_counter()
    with progress.bar("ingest", None, "files"):
        corpus = load_corpus(paths, rules=rules)
    ingest_seconds = time.perf_counter() - t
    if engine == "dask":
        from .dask import verify_corpus_dask

        report, seconds = verify_corpus_dask(corpus, rules, scheduler=scheduler, workers=processes, progress=progress)
    else:
        report, seconds = verify_corpus(corpus, rules, nlp, processes=processes, progress=progress)
    seconds = {"ingest": ingest_seconds, **seconds}
    written: tuple[Path, ...] = ()
    if out is not None:
        t = time.perf_counter()
        with progress.bar("write"):
            written = tuple(write_report(report, out))
        seconds["write"] = time.perf_counter() - t
    return RunResult(report, corpus, written, seconds)
