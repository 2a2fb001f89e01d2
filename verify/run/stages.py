"""The stages after extract, chained and timed: cluster -> compare -> build.

``report_claims`` is shared by both engines (``verify.run`` locally, ``verify.run.dask`` on a
cluster), so they finish a run with the very same code.
"""

from __future__ import annotations

import time
from typing import Any

from ..cluster import cluster_claims
from ..cluster.scoring import ScoreBlocks, block_edges
from ..compare import apply_rules, build_timelines
from ..models import Claim, Corpus
from ..progress import QUIET, Progress
from ..report import build_report
from ..rules import RuleSet


def report_claims(
    corpus: Corpus,
    claims: list[Claim],
    rules: RuleSet,
    progress: Progress = QUIET,
    score_blocks: ScoreBlocks = block_edges,
) -> tuple[dict[str, Any], dict[str, float]]:
    """Cluster, compare and build the report from extracted claims (the stages after extract).

    ``score_blocks``: where the cluster stage scores its candidate blocks (``verify.run.dask`` passes
    one that spreads them over Dask workers); the report does not depend on it."""
    seconds: dict[str, float] = {}
    t = time.perf_counter()
    with progress.bar("cluster", None, f"{len(claims):,} claims"):
        clustering = cluster_claims(corpus.documents, claims, rules, score_blocks)
    seconds["cluster"] = time.perf_counter() - t
    t = time.perf_counter()
    with progress.bar("compare"):
        findings = apply_rules(corpus.documents, clustering, rules)
        timelines = build_timelines(corpus.documents, clustering, rules)
    seconds["compare"] = time.perf_counter() - t
    t = time.perf_counter()
    with progress.bar("build"):
        report = build_report(corpus.documents, corpus.skipped, clustering, findings, rules, timelines, corpus.warnings)
    seconds["build"] = time.perf_counter() - t
    return report, seconds
