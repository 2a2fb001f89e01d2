"""What every check of the compare stage looks at, and how it reports.

``Context`` holds the rule set, the documents, the copies (a document and its copies are one
independent source: ``origin``), the claims and the clustering. ``make_finding`` turns a rule's
verdict on some claims into a ``Finding`` at the severity the rule gives that verdict (none when
the rule does not list it); ``emit`` does so for a check's pairs grouped by verdict, most urgent first.
"""

from __future__ import annotations

import dataclasses
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from itertools import combinations
from urllib.parse import urlsplit

from ..models import VERDICT_ORDER, Claim, Clustering, Document, Finding, Side, TimeValue, stable_id
from ..rules import Rule, RuleSet

#: Rank of each verdict in the reader's order (``models.VERDICT_ORDER``).
VERDICT_RANK = {v: i for i, v in enumerate(VERDICT_ORDER)}


@dataclass(frozen=True)
class Context:
    """What every check may look at."""

    rules: RuleSet
    documents: dict[str, Document]
    copies: dict[str, str]
    claims: dict[str, Claim]
    clustering: Clustering
    labels: dict[str, str] = field(default_factory=dict)
    time_claims: dict[str, list[Claim]] = field(default_factory=dict)

    def origin(self, claim: Claim) -> str:
        return self.copies.get(claim.doc, claim.doc)

    def published(self, claim: Claim) -> str | None:
        return self.documents[claim.doc].published if claim.doc in self.documents else None

    def cite(self, claim: Claim) -> str:
        date = self.published(claim) or "no date"
        return f"“{claim.text}” ({self.outlet(claim.doc)}, {date})"

    def outlet(self, doc: str) -> str:
        """How findings name a document: its outlet, else its address's host, else its id."""
        d = self.documents.get(doc)
        if d is None:
            return doc
        if d.source:
            return d.source
        url = d.url or d.canonical_url
        if url:
            host = urlsplit(url).hostname or ""
            if host:
                return host.removeprefix("www.")
        return doc

    def times_of(self, doc: str) -> list[Claim]:
        """The time claims of one document, wherever the cluster stage placed them."""
        return self.time_claims.get(doc, [])


#: A named check: a rule and the context in, findings out.
Check = Callable[[Rule, Context], Iterator[Finding]]


def make_finding(
    rule: Rule,
    verdict: str,
    attribute: str,
    claims: Iterable[Claim],
    summary: str,
    event: str | None = None,
    entity: str | None = None,
    sides: Sequence[Side] = (),
    note: str | None = None,
    *,
    rules: RuleSet,
    gap: float | None = None,
    trivial: bool = False,
) -> Finding | None:
    """The finding of ``rule`` on ``claims`` (None when the rule does not report ``verdict``), at the
    severity ``compare.severity`` gives it (``RuleSet.severity_for``: the subject, the ``gap``
    between the sides' figures, a ``trivial`` spelling), else the rule's own; ``sides`` the
    positions set against each other."""
    base = rule.severity.get(verdict)
    if base is None:
        return None
    severity = rules.compare.severity.severity_for(verdict, attribute, base, gap, trivial) or base
    claims = sorted({c.id: c for c in claims}.values(), key=lambda c: c.id)
    ids = tuple(c.id for c in claims)
    return Finding(
        id=stable_id("f", rule.id, verdict, event, entity, attribute, *ids),
        event=event,
        entity=entity,
        attribute=attribute,
        verdict=verdict,
        severity=severity,
        rule=rule.id,
        summary=summary,
        claims=ids,
        documents=tuple(sorted({c.doc for c in claims})),
        sides=tuple(sides),
        note=note,
        gap=gap,
    )


def side_of(label: str, claims: Iterable[Claim], bodies: Iterable[str | None] = (), said: str | None = None) -> Side:
    """A finding's side: ``label`` and the claims (and their documents) that take that position."""
    claims = list(claims)
    return Side(
        label,
        tuple(sorted({c.id for c in claims})),
        tuple(sorted({c.doc for c in claims})),
        tuple(sorted({b for b in bodies if b})),
        said,
    )


def by_event(ctx: Context, kinds: Sequence[str]) -> dict[str, list[Claim]]:
    """The claims of ``kinds`` placed in an event, by event id (sorted)."""
    out: dict[str, list[Claim]] = defaultdict(list)
    for claim in ctx.clustering.claims:
        if claim.event is not None and claim.kind in kinds:
            out[claim.event].append(claim)
    return {k: out[k] for k in sorted(out)}


def event_label(ctx: Context, event_id: str) -> str:
    """How findings name an event: its label."""
    return ctx.labels.get(event_id, event_id)


def pairs_of(claims: list[Claim], ctx: Context) -> Iterator[tuple[Claim, Claim]]:
    """Every pair of claims from two different independent sources, in (document, offset) order."""
    for a, b in combinations(sorted(claims, key=lambda c: (c.doc, c.start)), 2):
        if ctx.origin(a) != ctx.origin(b):
            yield a, b


def emit(
    rule: Rule,
    attribute: str,
    event: str | None,
    groups: dict[str, list[tuple[Claim, Claim]]],
    describe: Callable[[str, list[tuple[Claim, Claim]]], str],
    rules: RuleSet,
    entity: str | None = None,
) -> Iterator[Finding]:
    """One finding per verdict of ``groups`` (pairs by verdict), most urgent verdict first."""
    for verdict in sorted(groups, key=lambda v: VERDICT_RANK[v]):
        pairs = groups[verdict]
        finding = make_finding(
            rule,
            verdict,
            attribute,
            [c for p in pairs for c in p],
            describe(verdict, pairs),
            event=event,
            entity=entity,
            rules=rules,
        )
        if finding is not None:
            yield finding


def in_the_story_s_year(
    times: list[Claim], day: date | None, said: bool = True, next_year_days: int = 183
) -> list[Claim]:
    """Dates an undated page wrote without a year ("said on Friday, February 24") put in the year
    of the story (its event's day, else the year its documents' dates give most); with ``said``
    (days things were said), the year after when that would put them before the event, if that is
    within ``next_year_days`` of it (``time.said_next_year_days``): further, the month is a slip and
    the day dates nothing. A day of the happening stays in the story's year: one before the event's
    day disagrees with it."""
    years = Counter(v[:4] for t in times if t.attribute == "date" and isinstance(v := t.value.get("start"), str))
    year = day.year if day is not None else (int(max(years, key=lambda y: (years[y], y))) if years else None)
    if year is None:
        return times
    out = []
    for t in times:
        month_day = t.value.get("month_day")
        if t.attribute == "date" and not t.value.get("start") and isinstance(month_day, str):
            on = _on(year, month_day)
            if said and on is not None and day is not None and on < day:
                on = _on(year + 1, month_day)
                if on is not None and (on - day).days > next_year_days:
                    out.append(t)  # no year puts it after the event in the story's time: left unread
                    continue
            if on is not None:
                t = dataclasses.replace(
                    t, value=TimeValue(**{**t.as_time(), "start": on.isoformat(), "end": on.isoformat()})
                )
        out.append(t)
    return out


def _on(year: int, month_day: str) -> date | None:
    try:
        return date.fromisoformat(f"{year}{month_day[1:]}")
    except ValueError:
        return None


def event_day(ctx: Context, event: str) -> date | None:
    """The event's own day (the clustering's, when it dates the event to one day)."""
    found = next((e for e in ctx.clustering.events if e.id == event), None)
    if found is None or not found.date or "/" in found.date:
        return None
    try:
        return date.fromisoformat(found.date[:10])
    except ValueError:
        return None
