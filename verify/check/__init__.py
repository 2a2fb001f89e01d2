"""Editor mode: check a draft's claims against a verified corpus before publication.

``check_draft(draft, reference, nlp, rules)`` extracts the draft's claims with the same extract stage
and rules as ``verify run``, matches each to what the corpus says, and gives it one verdict
(``CHECK_VERDICTS``). The corpus is a report dict: built from articles by ``verify_corpus``, or a
saved ``report.json`` read back by ``load_reference`` so the corpus is not processed again.

The package, module by module: ``reference`` loads and indexes the corpus, ``match`` says which of
the corpus's happenings a draft sentence is about (with the cluster stage's own segments and link
score: one judgement for ``verify run`` and ``verify check``), ``verdicts`` gives each claim its
verdict (figures shown and compared, quotations and spellings judged by the compare stage's own
functions), ``render`` writes check.json, check.md and check.html. Names are matched to corpus
person entities with ``extract.names.same_person`` wherever they appear; quotations to every corpus
quotation.

Verdicts (independent sources: a document and its copies, ``copy_of``, count once):
- ``supported``: a source says the same (a figure's interval equal, overlapping or narrower; the same
  day; a compatible method; the same actor and stance; the spelling a source uses; the quotation).
- ``more_precise``: the draft's figure lies strictly inside every supporting source's and is narrower.
- ``outdated``: the draft agrees with an earlier source, and a later-published one gives a higher,
  disjoint figure (``compare.figures.figure_relation`` says "update").
- ``contradicted``: no source supports it and at least one says otherwise (a disjoint figure, another
  day, an incompatible method, another perpetrator or a denial).
- ``spelling_differs``: a person (or an organisation/place/facility close to an alias) spelled
  differently from every source; the spelling most sources use is suggested.
- ``altered_quote``: a quotation like a source quotation but worded differently.
- ``unsupported``: no source says it.

A supported claim that another source disputes keeps its verdict and lists that source under
``against``. Exit code of ``verify check``: 0 when no claim is contradicted or unsupported,
4 (``EXIT_CHECK_FAILED``) otherwise, so a publishing pipeline can stop on it.
"""

from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from ..cluster.signatures import is_event_sentence
from ..models import Claim, Document
from ..rules import RuleSet, dump_rules
from .match import match_draft, sentences_of
from .reference import Citation, Reference, load_reference, read_saved_report, saved_report_path
from .verdicts import ClaimCheck, judge

__all__ = [
    "CHECK_VERDICTS",
    "CHECK_VERSION",
    "FAILING_VERDICTS",
    "CheckResult",
    "CheckVerdict",
    "Citation",
    "ClaimCheck",
    "check_claims",
    "check_draft",
    "check_to_dict",
    "load_reference",
    "read_saved_report",
    "run_check",
]

CheckVerdict = Literal[
    "supported", "contradicted", "more_precise", "spelling_differs", "outdated", "altered_quote", "unsupported"
]
CHECK_VERDICTS: tuple[str, ...] = (
    "supported",
    "contradicted",
    "more_precise",
    "spelling_differs",
    "outdated",
    "altered_quote",
    "unsupported",
)
FAILING_VERDICTS = frozenset({"contradicted", "unsupported"})
CHECK_VERSION = "1.0"


@dataclass(frozen=True)
class CheckResult:
    """A checked draft: the draft, one ``ClaimCheck`` per checked claim in text order, and notes."""

    draft: Document
    checks: tuple[ClaimCheck, ...]
    corpus: dict[str, Any]
    rules: dict[str, Any]
    warnings: tuple[str, ...] = ()

    @property
    def counts(self) -> dict[str, int]:
        return {v: sum(1 for c in self.checks if c.verdict == v) for v in CHECK_VERDICTS}

    @property
    def failed(self) -> bool:
        return any(c.verdict in FAILING_VERDICTS for c in self.checks)


def _rules_sha(rules: RuleSet) -> str:
    return hashlib.sha256(dump_rules(rules).encode("utf-8")).hexdigest()


def check_claims(
    draft_claims: Sequence[Claim],
    report: dict[str, Any],
    rules: RuleSet,
    published: dict[str, str | None] | None = None,
) -> list[ClaimCheck]:
    """The verdict on every draft claim an editor cares about, in text order.

    ``published``: the draft's publication day by document id, when known (it dates "Wednesday")."""
    ref = Reference(report, rules)
    matched = match_draft(draft_claims, ref.segments, rules, published)
    checks: list[ClaimCheck] = []
    for sentence in sentences_of(draft_claims):
        candidates = ref.candidates(matched.get((sentence[0].doc, sentence[0].sentence_start), []))
        event_sentence = is_event_sentence(sentence, rules)
        for d in sorted(sentence, key=lambda c: (c.start, c.end)):
            result = judge(ref, d, candidates, event_sentence)
            if result is not None:
                checks.append(result)
    return sorted(checks, key=lambda c: (c.claim.start, c.claim.end, c.claim.kind))


def check_draft(
    draft: Document, report: dict[str, Any], rules: RuleSet, nlp, *, corpus_paths: Sequence[str] = ()
) -> CheckResult:
    """Extract the draft's claims with ``nlp`` and ``rules`` and check them against ``report``."""
    from ..extract import extract_claims

    if draft.id in {d["id"] for d in report["documents"]}:
        draft = dataclasses.replace(draft, id=f"draft:{draft.id}")
    claims = list(extract_claims([draft], nlp, rules))
    warnings = []
    if report["rules"]["sha256"] != _rules_sha(rules):
        warnings.append(
            "the corpus report was made with a different rule set; rerun `verify run` to compare like with like"
        )
    corpus = {
        "paths": [str(p) for p in corpus_paths],
        "documents": len(report["documents"]),
        "claims": len(report["claims"]),
        "events": len(report["events"]),
        "rules_sha256": report["rules"]["sha256"],
    }
    rules_info = {"files": [Path(f).name for f in rules.files], "sha256": _rules_sha(rules)}
    checks = check_claims(claims, report, rules, {draft.id: draft.published})
    return CheckResult(draft, tuple(checks), corpus, rules_info, tuple(warnings))


def check_to_dict(result: CheckResult) -> dict[str, Any]:
    """The documented ``check.json`` (``verify/schema/check.schema.json``)."""
    d = result.draft
    claim_keys = (
        "id",
        "kind",
        "attribute",
        "text",
        "sentence",
        "start",
        "end",
        "sentence_start",
        "value",
        "cited_source",
        "hedged",
        "hedge",
    )
    return {
        "version": CHECK_VERSION,
        "draft": {"id": d.id, "path": d.path, "title": d.title, "sha256": d.sha256, "text": d.text},
        "corpus": result.corpus,
        "rules": result.rules,
        "summary": {"checked": len(result.checks), "verdicts": result.counts, "failed": result.failed},
        "checks": [
            {
                "claim": {k: getattr(c.claim, k) for k in claim_keys},
                "verdict": c.verdict,
                "sources": c.sources,
                "summary": c.summary,
                "suggestion": c.suggestion,
                "support": [dataclasses.asdict(x) for x in c.support],
                "against": [dataclasses.asdict(x) for x in c.against],
            }
            for c in result.checks
        ],
        "warnings": list(result.warnings),
    }


def run_check(
    draft_path: str | Path, against: Sequence[str | Path], rules: RuleSet, out: str | Path | None = "reports", nlp=None
) -> tuple[dict[str, Any], list[Path]]:
    """Read the draft, load or verify the corpus, check, and write check.json/.md/.html to ``out``
    (None: write nothing). Returns the check.json dict and the files written."""
    from ..extract import load_nlp
    from ..ingest import read_draft
    from ..outputs import check_out_apart, check_out_dir
    from .render import write_check

    if out is not None:
        check_out_dir(out)
        if saved_report_path(against) is None:  # a corpus is read: --out may not be inside it
            check_out_apart(out, against)
    # a missing or oversized draft fails before the corpus is read
    draft = read_draft(draft_path, max_bytes=int(rules.limits.max_document_mb * 1_000_000))
    nlp = nlp if nlp is not None else load_nlp(rules.nlp.model)
    report = load_reference(against, rules, nlp)
    result = check_to_dict(check_draft(draft, report, rules, nlp, corpus_paths=[str(p) for p in against]))
    return result, (write_check(result, out) if out is not None else [])
