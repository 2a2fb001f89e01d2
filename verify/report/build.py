"""Records -> the report dict (the contract in ``verify/schema/report.schema.json``).

Everything is sorted by content, never by run order, so the same corpus gives the same bytes.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Sequence
from dataclasses import fields
from operator import attrgetter
from pathlib import Path
from typing import Any

from ..models import VERDICTS, Claim, Clustering, Document, Finding, Skipped, Timeline, Variant
from ..rules import RuleSet, dump_rules
from .glance import display_order

REPORT_VERSION = "1.0"
SCHEMA_PATH = Path(__file__).resolve().parent.parent / "schema" / "report.schema.json"


_CLAIM_FIELDS = tuple(f.name for f in fields(Claim))
_VARIANT_FIELDS = tuple(f.name for f in fields(Variant))
_claim_values = attrgetter(*_CLAIM_FIELDS)
_variant_values = attrgetter(*_VARIANT_FIELDS)


def _claim(c: Claim) -> dict[str, Any]:
    # what ``dataclasses.asdict`` gives, without its per-field recursion and deepcopy (seconds on a
    # large corpus); the value is the claim's own, not a copy: the report is read, never changed,
    # and a copy of every value is a fifth of the report's memory
    return dict(zip(_CLAIM_FIELDS, _claim_values(c), strict=True))


def _variant(v: Variant) -> dict[str, Any]:
    return dict(zip(_VARIANT_FIELDS, _variant_values(v), strict=True))


def _document(d: Document, copies: dict[str, str]) -> dict[str, Any]:
    return {
        "id": d.id,
        "path": d.path,
        "title": d.title,
        "source": d.source,
        "published": d.published,
        "published_from": d.published_from,
        "modified": d.modified,
        "author": d.author,
        "url": d.url,
        "canonical_url": d.canonical_url,
        "captured": d.captured,
        "sha256": d.sha256,
        "copy_of": copies.get(d.id),
    }


def build_report(
    documents: Sequence[Document],
    skipped: Sequence[Skipped],
    clustering: Clustering,
    findings: Sequence[Finding],
    rules: RuleSet,
    timelines: Sequence[Timeline] = (),
    warnings: Sequence[Skipped] = (),
) -> dict[str, Any]:
    """The whole report as plain JSON-ready data, its findings in display order (``glance``).
    ``warnings``: inputs read with something ignored (a front-matter date that is no real day, an
    assumed encoding), as ``Corpus.warnings``."""
    by_verdict = Counter(f.verdict for f in findings)
    report = {
        "version": REPORT_VERSION,
        "rules": {
            "files": [Path(f).name for f in rules.files],
            "sha256": hashlib.sha256(dump_rules(rules).encode("utf-8")).hexdigest(),
            "descriptions": {r.id: r.description for r in rules.active},
        },
        "summary": {
            "documents": len(documents),
            "skipped": len(skipped),
            "claims": len(clustering.claims),
            "events": len(clustering.events),
            "entities": len(clustering.entities),
            "findings": {v: by_verdict.get(v, 0) for v in VERDICTS},
        },
        "documents": [_document(d, clustering.copies) for d in sorted(documents, key=lambda d: d.id)],
        "skipped": [{"path": s.path, "reason": s.reason} for s in sorted(skipped, key=lambda s: (s.path, s.reason))],
        "warnings": [{"path": w.path, "reason": w.reason} for w in sorted(warnings, key=lambda w: (w.path, w.reason))],
        "claims": [
            _claim(c) for c in sorted(clustering.claims, key=lambda c: (c.doc, c.start, c.end, c.kind, c.attribute))
        ],
        "entities": [
            {"id": e.id, "kind": e.kind, "name": e.name, "key": e.key, "variants": [_variant(v) for v in e.variants]}
            for e in clustering.entities
        ],
        "events": [
            {
                "id": e.id,
                "label": e.label,
                "date": e.date,
                "place": e.place,
                "documents": list(e.documents),
                "claims": list(e.claims),
            }
            for e in clustering.events
        ],
        "findings": [
            {
                "id": f.id,
                "event": f.event,
                "entity": f.entity,
                "attribute": f.attribute,
                "verdict": f.verdict,
                "severity": f.severity,
                "rule": f.rule,
                "summary": f.summary,
                "claims": list(f.claims),
                "documents": list(f.documents),
                "sides": [
                    {
                        "label": s.label,
                        "claims": list(s.claims),
                        "documents": list(s.documents),
                        "bodies": list(s.bodies),
                        "said": s.said,
                    }
                    for s in f.sides
                ],
                "note": f.note,
                "gap": f.gap,
            }
            for f in findings
        ],
        "timelines": [
            {
                "event": t.event,
                "attribute": t.attribute,
                "unit": t.unit,
                "where": t.where,
                "entries": [
                    {
                        "claim": e.claim,
                        "doc": e.doc,
                        "said": e.said,
                        "said_from": e.said_from,
                        "body": e.body,
                        "verdict": e.verdict,
                    }
                    for e in t.entries
                ],
            }
            for t in timelines
        ],
    }
    report["findings"] = display_order(report)
    return report


def report_schema() -> dict[str, Any]:
    return json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
