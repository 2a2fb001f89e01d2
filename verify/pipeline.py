"""The whole run as one function: ingest -> extract -> cluster -> compare -> report.

Each stage is a pure function over records; this module only chains them and times them, so a
distributed engine can call the same stage functions on partitions.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

from .cluster import cluster_claims
from .compare import apply_rules
from .extract import extract_claims, load_nlp
from .ingest import Corpus, load_corpus
from .report import build_report, write_report
from .rules import RuleSet


@dataclass(frozen=True)
class RunResult:
    """What a run produced: the report dict, the files written, the corpus, and stage timings."""

    report: dict[str, Any]
    corpus: Corpus
    written: tuple[Path, ...] = ()
    seconds: dict[str, float] = field(default_factory=dict)


def verify_corpus(corpus: Corpus, rules: RuleSet, nlp=None) -> tuple[dict[str, Any], dict[str, float]]:
    """The report dict for an ingested corpus, with the seconds each stage took."""
    seconds: dict[str, float] = {}
    t = time.perf_counter()
    nlp = nlp if nlp is not None else load_nlp(rules.model)
    seconds["load"] = time.perf_counter() - t
    t = time.perf_counter()
    claims = list(extract_claims(corpus.documents, nlp, rules))
    seconds["extract"] = time.perf_counter() - t
    t = time.perf_counter()
    clustering = cluster_claims(corpus.documents, claims, rules)
    seconds["cluster"] = time.perf_counter() - t
    t = time.perf_counter()
    findings = apply_rules(corpus.documents, clustering, rules)
    seconds["compare"] = time.perf_counter() - t
    t = time.perf_counter()
    report = build_report(corpus.documents, corpus.skipped, clustering, findings, rules)
    seconds["build"] = time.perf_counter() - t
    return report, seconds


def run(paths: Iterable[str | Path], rules: RuleSet, out: str | Path | None = "reports", nlp=None) -> RunResult:
    """Read ``paths``, verify them, and write the reports to ``out`` (None: write nothing)."""
    t = time.perf_counter()
    corpus = load_corpus(paths)
    ingest_seconds = time.perf_counter() - t
    report, seconds = verify_corpus(corpus, rules, nlp)
    seconds = {"ingest": ingest_seconds, **seconds}
    written: tuple[Path, ...] = ()
    if out is not None:
        t = time.perf_counter()
        written = tuple(write_report(report, out))
        seconds["write"] = time.perf_counter() - t
    return RunResult(report, corpus, written, seconds)
