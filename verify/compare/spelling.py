"""Spelling: one entity written in different ways by different sources.

``spelling`` is how a mention writes a name (title left out, spaces normalised); the report's
variant findings and editor mode's spelling verdicts compare these forms.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

from ..models import Claim, Finding
from ..rules import Rule
from ..text import fold_phrase
from .context import Context, make_finding


def spelling(claim: Claim) -> str:
    return " ".join(str(claim.value.get("name") or claim.text).split())


def check_name_variant(rule: Rule, ctx: Context) -> Iterator[Finding]:
    claims = ctx.claims
    for entity in ctx.clustering.entities:
        if entity.kind not in rule.kinds:
            continue
        members = [claims[v.claim] for v in entity.variants if v.claim in claims]
        longest = max((len(spelling(c).split()) for c in members), default=0)
        full = [c for c in members if len(spelling(c).split()) > 1 or longest == 1]
        forms: dict[str, list[Claim]] = defaultdict(list)
        for c in full:
            forms[fold_phrase(spelling(c))].append(c)
        if len(forms) < 2 or len({c.doc for c in full}) < 2:
            continue
        if entity.kind != "person" and all(ctx.rules.aliases.get(entity.kind, {}).get(f) for f in forms):
            continue  # declared aliases ("MSF", "Doctors Without Borders") are not misspellings
        spellings = sorted({spelling(c) for c in full})
        events = {c.event for c in full}
        docs = defaultdict(set)
        for c in full:
            docs[spelling(c)].add(c.doc)
        listed = "; ".join(f"“{s}” ({', '.join(sorted(docs[s]))})" for s in spellings)
        summary = f"One {entity.kind} is spelled {len(spellings)} ways across sources: {listed}."
        finding = make_finding(rule, "variant", "name", full, summary,
                           event=events.pop() if len(events) == 1 else None, entity=entity.id)
        if finding is not None:
            yield finding
