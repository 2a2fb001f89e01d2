"""What every check of the compare stage looks at, and how it reports.

``Context`` holds the rule set, the documents, the copies (a document and its copies are one
independent source: ``origin``), the claims and the clustering. ``make_finding`` turns a rule's
verdict on some claims into a ``Finding`` at the severity the rule gives that verdict (none when
the rule does not list it); ``emit_positions`` reads an attribute's claims as positions and reports
each pair of positions that disagree as one finding with its two sides.
"""

from __future__ import annotations

import dataclasses
from collections import Counter, OrderedDict, defaultdict
from collections.abc import Callable, Hashable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from itertools import combinations
from typing import Any
from urllib.parse import urlsplit

from ..models import VERDICT_ORDER, Claim, Clustering, Document, Finding, Side, TimeValue, stable_id
from ..rules import Rule, RuleSet
from ..text.places import country_names, state_names
from .timeline import StoryTimes

#: How many readings of a story's times ``Context.story_times`` keeps (one per documents and day).
STORY_READINGS = 16

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

    @cached_property
    def countries(self) -> frozenset[str]:
        """The names a figure's place must be one of to be its own scope: the countries of the rules'
        ``demonyms``, the gazetteer's, and the places a page calls a country ("neighbouring Orsania")."""
        called = {
            str(c.value.get("canonical")) for c in self.claims.values() if c.kind == "place" and c.value.get("country")
        }
        countries = frozenset(self.rules.countries.values()) | country_names() | called
        # a story told state by state ("25 in South Carolina", "Georgia reported 17") counts its
        # states apart, as it would countries, and its country is their whole, no part beside them;
        # a state's name that is a country's too ("Georgia") is the state's there
        # (states some figure is counted in, not any state a page names: "Washington" said of the US
        # government, or a reporter in California, tells no story state by state)
        states = state_names()
        named = {
            w
            for c in self.claims.values()
            if c.kind == "count"
            for w in str(c.value.get("where") or "").split("+")
            if w in states
        }
        if len(named) < 2:
            return countries
        return (countries - {states[n] for n in named}) | frozenset(states)

    @cached_property
    def sources_in_order(self) -> dict[str, list[tuple[int, str]]]:
        """Per document, where each figure's cited source is named and who it is, in text order."""
        out: dict[str, list[tuple[int, str]]] = defaultdict(list)
        for c in self.claims.values():
            if c.kind == "count" and c.cited_source:
                out[c.doc].append((c.start, c.cited_source))
        for found in out.values():
            found.sort()
        return out

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

    @cached_property
    def _stories(self) -> OrderedDict[tuple[tuple[str, ...], date | None], StoryTimes]:
        return OrderedDict()

    def story_times(self, docs: Iterable[str], day: date | None) -> StoryTimes:
        """The time claims of ``docs`` as an event of ``day`` reads them: in the story's year, with
        days things were said put after the event (``in_the_story_s_year``). The last
        ``STORY_READINGS`` readings are kept, so the events of one long page read in order of their
        day (``figures._timelines``) read its times once per day, and memory stays bounded."""
        key = (tuple(sorted(set(docs))), day)
        if key in self._stories:
            self._stories.move_to_end(key)
        else:
            times = [t for d in key[0] for t in self.times_of(d)]
            self._stories[key] = StoryTimes(
                in_the_story_s_year(times, day, True, self.rules.time.said_next_year_days),
                self.rules.time.same_day_pattern,
                self.rules.time.stamps_zone_reading,
            )
            while len(self._stories) > STORY_READINGS:
                self._stories.popitem(last=False)
        return self._stories[key]


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


@dataclass(frozen=True)
class Position:
    """What some claims of one attribute of an event say alike (one method, one day, one actor
    with one stance): ``key`` the compared value, ``label`` how a finding names it."""

    key: Any
    label: str
    claims: tuple[Claim, ...]


def positions_of(claims: Iterable[Claim], key: Callable[[Claim], Hashable | None], ctx: Context) -> list[Position]:
    """The claims grouped by ``key`` (None: no position), the position most independent sources
    take first; each labelled by its claim said first."""
    grouped: dict[Hashable, list[Claim]] = defaultdict(list)
    for c in claims:
        k = key(c)
        if k is not None:
            grouped[k].append(c)
    out = []
    for k, cs in grouped.items():
        cs.sort(key=lambda c: (ctx.published(c) or "~", c.doc, c.start))
        out.append(Position(k, cs[0].text, tuple(cs)))
    return sorted(out, key=lambda p: (-len({ctx.origin(c) for c in p.claims}), p.claims[0].doc, p.claims[0].start))


def cite_position(p: Position, ctx: Context) -> str:
    """A position as a summary cites it: its first wording, then the outlets that take it —
    “shelled” (Outlet A, Outlet B and 2 more)."""
    outlets = list(dict.fromkeys(ctx.outlet(c.doc) for c in p.claims))
    more = f" and {len(outlets) - 2} more" if len(outlets) > 2 else ""
    said = ctx.published(p.claims[0])
    return f"“{p.label}” ({', '.join(outlets[:2])}{more}{', ' + said if said else ''})"


def position_side(p: Position, ctx: Context) -> Side:
    said = min((d for c in p.claims if (d := ctx.published(c))), default=None)
    return side_of(p.label, p.claims, [c.cited_source for c in p.claims], said)


def emit_positions(
    rule: Rule,
    attribute: str,
    event: str | None,
    found: Sequence[Position],
    relation: Callable[[Position, Position], str | None],
    describe: Callable[[str, Position, Position | None], str],
    ctx: Context,
    apart: Callable[[Position, Position], bool] | None = None,
) -> Iterator[Finding]:
    """The findings of one attribute of an event read as positions (``found``, the position most
    independent sources take first). Each position is set against the strongest position that
    ``relation`` says it conflicts with, and the strongest it differs from in precision
    (``compatible``; None: nothing to report), unless the same sources take both (one source's
    own mixed wording), when that one is taken by more sources or the two are each other's
    strongest: one finding per such pair, with its two sides and only their claims. ``apart`` may
    still set two positions of the same sources against each other (a page that tells two bodies'
    blame, each held by its own). A lone source's odd method is weighed against what most sources
    say, not against every other lone source's. And one ``agree`` per position that more than one
    independent source takes."""
    origins = [frozenset(ctx.origin(c) for c in p.claims) for p in found]

    def set_apart(i: int, j: int) -> bool:
        return origins[i] != origins[j] or apart is not None and apart(found[i], found[j])

    strongest: dict[tuple[int, str], int] = {}
    for i in range(len(found)):
        for verdict in ("conflict", "compatible"):
            j = next(
                (
                    j
                    for j in range(len(found))
                    if j != i and set_apart(i, j) and relation(found[i], found[j]) == verdict
                ),
                None,
            )
            if j is not None:
                strongest[i, verdict] = j
    pairs: dict[tuple[int, int], str] = {}
    for (i, verdict), j in strongest.items():
        # the weaker side's strongest opponent, or each the other's: two lone odd mentions are not
        # set against each other when one of them has a stronger opponent
        if len(origins[j]) > len(origins[i]) or strongest.get((j, verdict)) == i:
            pairs.setdefault((min(i, j), max(i, j)), verdict)
    for (i, j), verdict in sorted(pairs.items()):
        a, b = found[i], found[j]
        finding = make_finding(
            rule,
            verdict,
            attribute,
            a.claims + b.claims,
            describe(verdict, a, b),
            event=event,
            sides=[position_side(a, ctx), position_side(b, ctx)],
            rules=ctx.rules,
        )
        if finding is not None:
            yield finding
    for p in found:
        if len({ctx.origin(c) for c in p.claims}) > 1:
            finding = make_finding(
                rule,
                "agree",
                attribute,
                p.claims,
                describe("agree", p, None),
                event=event,
                sides=[position_side(p, ctx)],
                rules=ctx.rules,
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
