"""The whole run as one function: ingest -> extract -> cluster -> compare -> report.

Each stage is a pure function over records; this module only chains them and times them, so a
distributed engine can call the same stage functions on partitions.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Literal

from .cluster import ScoreBlocks, block_edges, cluster_claims
from .compare import apply_rules
from .extract import extract_claims, load_nlp
from .ingest import Corpus, load_corpus
from .models import Claim
from .outputs import check_out_apart, check_out_dir
from .progress import QUIET, Progress
from .report import build_report, write_report
from .rules import RuleSet


@dataclass(frozen=True)
class RunResult:
    """What a run produced: the report dict, the files written, the corpus, and stage timings."""

    report: dict[str, Any]
    corpus: Corpus
    written: tuple[Path, ...] = ()
    seconds: dict[str, float] = field(default_factory=dict)


def verify_corpus(corpus: Corpus, rules: RuleSet, nlp=None, *, processes: int | None = None,
                  progress: Progress = QUIET) -> tuple[dict[str, Any], dict[str, float]]:
    """The report dict for an ingested corpus, with the seconds each stage took.

    ``processes`` overrides the rules' ``nlp.n_process`` (workers that parse and extract);
    ``progress`` draws a bar per stage (the default draws nothing).
    """
    seconds: dict[str, float] = {}
    t = time.perf_counter()
    with progress.bar("load", None, "model"):
        nlp = nlp if nlp is not None else load_nlp(rules.model)
    seconds["load"] = time.perf_counter() - t
    t = time.perf_counter()
    documents = corpus.documents
    with progress.bar("extract", len(documents), "docs") as bar:
        claims = list(extract_claims(documents, nlp, rules, processes=processes,
                                     on_document=lambda _: bar.advance()))
    seconds["extract"] = time.perf_counter() - t
    report, later = report_claims(corpus, claims, rules, progress)
    return report, {**seconds, **later}


def report_claims(corpus: Corpus, claims: list[Claim], rules: RuleSet, progress: Progress = QUIET,
                  score_blocks: ScoreBlocks = block_edges) -> tuple[dict[str, Any], dict[str, float]]:
    """Cluster, compare and build the report from extracted claims (the stages after extract).

    ``score_blocks``: where the cluster stage scores its candidate blocks (``verify.engine`` passes
    one that spreads them over Dask workers); the report does not depend on it."""
    seconds: dict[str, float] = {}
    t = time.perf_counter()
    with progress.bar("cluster", None, f"{len(claims):,} claims"):
        clustering = cluster_claims(corpus.documents, claims, rules, score_blocks)
    seconds["cluster"] = time.perf_counter() - t
    t = time.perf_counter()
    with progress.bar("compare"):
        findings = apply_rules(corpus.documents, clustering, rules)
    seconds["compare"] = time.perf_counter() - t
    t = time.perf_counter()
    with progress.bar("build"):
        report = build_report(corpus.documents, corpus.skipped, clustering, findings, rules, corpus.warnings)
    seconds["build"] = time.perf_counter() - t
    return report, seconds


Engine = Literal["local", "dask"]


def run(paths: Iterable[str | Path], rules: RuleSet, out: str | Path | None = "reports", nlp=None, *,
        processes: int | None = None, engine: Engine = "local", scheduler: str | None = None,
        progress: Progress = QUIET) -> RunResult:
    """Read ``paths``, verify them, and write the reports to ``out`` (None: write nothing).

    ``out`` may not be, or be inside, a corpus folder of ``paths`` (InputError before anything
    is read): its reports would be read back as articles on the next run.

    ``engine="dask"`` parses and extracts on a Dask cluster (``scheduler``: an address such as
    ``tcp://10.0.0.5:8786``; default a LocalCluster of ``processes`` workers), see ``verify.engine``.
    The report is the same, byte for byte, whichever engine made it.
    """
    paths = list(paths)
    if out is not None:
        check_out_dir(out)                  # a bad --out fails now, not after the whole run
        check_out_apart(out, paths)
    t = time.perf_counter()
    with progress.bar("ingest", None, "files"):
        corpus = load_corpus(paths)
    ingest_seconds = time.perf_counter() - t
    if engine == "dask":
        from .engine import verify_corpus_dask

        report, seconds = verify_corpus_dask(corpus, rules, scheduler=scheduler, workers=processes,
                                             progress=progress)
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
