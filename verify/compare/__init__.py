"""The compare stage: the rule set's verdicts on each attribute of each event.

For every rule in the YAML (``rules:``) the named check in ``CHECKS`` compares the claims of one
event (or one entity) made by *different independent sources* — copies of one story count once —
and returns findings: agree, compatible, conflict, variant, update, uncorroborated, altered_quote.
A rule reports only the verdicts its ``severity`` map lists, at that severity.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from ..models import SEVERITIES, Claim, Clustering, Document, Finding, Timeline
from ..rules import RuleSet
from .clock import check_clock
from .context import VERDICT_RANK, Check, Context
from .corroboration import check_corroboration
from .events import check_attribution, check_date, check_method
from .fates import check_fate
from .figures import check_interval, figure_timelines
from .places import check_location
from .quotes import check_quote
from .spelling import check_name_variant
from .victims import check_who_died

__all__ = ["CHECKS", "Check", "Context", "apply_rules", "build_timelines"]

SEVERITY_RANK = {s: i for i, s in enumerate(SEVERITIES)}

CHECKS: dict[str, Check] = {
    "interval": check_interval,
    "name_variant": check_name_variant,
    "method": check_method,
    "date": check_date,
    "clock": check_clock,
    "attribution": check_attribution,
    "quote": check_quote,
    "corroboration": check_corroboration,
    "fate": check_fate,
    "location": check_location,
    "who_died": check_who_died,
}


def _context(documents: Sequence[Document], clustering: Clustering, rules: RuleSet) -> Context:
    times: dict[str, list[Claim]] = defaultdict(list)
    for c in clustering.claims:
        if c.kind == "time":
            times[c.doc].append(c)
    return Context(
        rules,
        {d.id: d for d in documents},
        clustering.copies,
        {c.id: c for c in clustering.claims},
        clustering,
        {e.id: e.label for e in clustering.events},
        dict(times),
    )


def apply_rules(documents: Sequence[Document], clustering: Clustering, rules: RuleSet) -> list[Finding]:
    """Every finding of every rule, most urgent first (severity, verdict, id)."""
    ctx = _context(documents, clustering, rules)
    findings: dict[str, Finding] = {}
    for rule in rules.active:
        for finding in CHECKS[rule.check](rule, ctx):
            findings.setdefault(finding.id, finding)
    return sorted(findings.values(), key=lambda f: (SEVERITY_RANK[f.severity], VERDICT_RANK[f.verdict], f.id))


def build_timelines(documents: Sequence[Document], clustering: Clustering, rules: RuleSet) -> list[Timeline]:
    """The figure timelines the active ``interval`` rules judge (``figures.figure_timelines``): per
    event, attribute and scope, every figure in the order it was said, with its verdict."""
    ctx = _context(documents, clustering, rules)
    out: dict[tuple[str, str, str, str | None], Timeline] = {}
    for rule in rules.active:
        if rule.check == "interval":
            for t in figure_timelines(rule.kinds, ctx):
                out.setdefault((t.event, t.attribute, t.unit, t.where), t)
    return list(out.values())
