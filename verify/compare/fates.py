"""What became of one person, told over time: ``fate`` findings.

A footballer is reported pulled from the rubble alive; his club says he is still under it; his
agent, a day later, that he is still missing; ten days on, that his body was found. ``check_fate``
gathers each person's ``fate`` claims (``verify.extract.fates``; one person: the entity of the
person claim each is said of) and reads them as positions, one per fate as compared
(``fates.same_as``: an injured person is alive), each with the moments its sources said it
(``verify.compare.timeline``: a statement's own day, a page stamp, the page's date). For two
positions, the one first said earlier is A:

- said within ``fates.window_days`` of each other: a ``conflict`` (rescued vs still missing);
- later, and ``fates.revisions`` allows the move from A to B, with no source still giving A after
  B was first said: an ``update`` (missing, then found dead);
- otherwise a ``conflict`` (rescued, then missing again: the rescue was misreported).

Two positions are set against each other only when more than one independent source, or more than
one body a page cites, takes them. One finding per pair of positions, with its two sides.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterator
from datetime import datetime, timedelta
from itertools import combinations

from ..models import Claim, Finding, Side
from ..rules import Rule
from .context import Context, make_finding, side_of
from .timeline import Entry, TimesIndex, entries_of

__all__ = ["check_fate"]


def check_fate(rule: Rule, ctx: Context) -> Iterator[Finding]:
    fates = ctx.rules.fates
    people: dict[str, list[Claim]] = defaultdict(list)
    for c in ctx.claims.values():
        if c.kind in rule.kinds and c.kind == "fate":
            people[_person(c, ctx)].append(c)
    times = TimesIndex(t for ts in ctx.time_claims.values() for t in ts)
    names = {e.id: e.name for e in ctx.clustering.entities if e.kind == "person"}
    window = timedelta(days=fates.window_days)
    for person in sorted(people):
        claims = people[person]
        positions: dict[str, list[Entry]] = defaultdict(list)
        for e in entries_of(claims, ctx.documents, times):
            positions[fates.compared_as(str(e.claim.as_fate().get("fate")))].append(e)
        if len(positions) < 2:
            continue
        name = _name(person, claims, names)
        event = _event(claims, ctx)
        entity = person if not person.startswith("key:") else None
        ordered = sorted(positions.items(), key=lambda kv: (_first(kv[1]) or datetime.max, kv[0]))
        for (fate_a, a), (fate_b, b) in combinations(ordered, 2):
            if not _independent(a + b, ctx):
                continue
            verdict = _verdict(fate_a, a, fate_b, b, window, fates.revisions)
            if verdict == "update":
                summary = f"What became of {name} was updated: {_said(fate_a, a, ctx)} → {_said(fate_b, b, ctx)}."
            else:
                summary = (
                    f"Sources disagree on what became of {name}: {_said(fate_a, a, ctx)} vs {_said(fate_b, b, ctx)}."
                )
            finding = make_finding(
                rule,
                verdict,
                "fate",
                [e.claim for e in a + b],
                summary,
                event=event,
                entity=entity,
                sides=[_side(fate_a, a), _side(fate_b, b)],
                rules=ctx.rules,
            )
            if finding is not None:
                yield finding


def _verdict(
    fate_a: str,
    a: list[Entry],
    fate_b: str,
    b: list[Entry],
    window: timedelta,
    revisions: tuple[tuple[str, str], ...],
) -> str:
    first_a, first_b = _first(a), _first(b)
    if first_a is None or first_b is None or first_b - first_a < window:
        return "conflict"  # said at once (or when is unknown): one of them is wrong
    still = any(e.moment.at is not None and e.moment.at > first_b + window for e in a)
    return "update" if (fate_a, fate_b) in revisions and not still else "conflict"


def _first(entries: list[Entry]) -> datetime | None:
    return min((e.moment.at for e in entries if e.moment.at is not None), default=None)


def _person(claim: Claim, ctx: Context) -> str:
    """The person a fate is told of: the entity of its person claim, else its name's key."""
    of = ctx.claims.get(str(claim.as_fate().get("of") or ""))
    if of is not None and of.entity:
        return of.entity
    return f"key:{claim.as_fate().get('key') or claim.as_fate().get('person')}"


def _name(person: str, claims: list[Claim], names: dict[str, str]) -> str:
    if person in names:
        return names[person]
    return Counter(str(c.as_fate().get("person")) for c in claims).most_common(1)[0][0]


def _event(claims: list[Claim], ctx: Context) -> str | None:
    """The event most of the fates (or the person claims they are said of) are placed in."""
    events: Counter[str] = Counter()
    for c in claims:
        of = ctx.claims.get(str(c.as_fate().get("of") or ""))
        event = c.event or (of.event if of is not None else None)
        if event:
            events[event] += 1
    return events.most_common(1)[0][0] if events else None


def _independent(entries: list[Entry], ctx: Context) -> bool:
    """More than one independent source, or one page citing more than one body."""
    origins = {ctx.origin(e.claim) for e in entries}
    bodies = {e.body.lower() for e in entries if e.body}
    return len(origins) > 1 or len(bodies) > 1


def _said(fate: str, entries: list[Entry], ctx: Context) -> str:
    first = min(entries, key=lambda e: (e.moment.at or datetime.max, e.claim.doc, e.claim.start))
    outlets = list(dict.fromkeys(ctx.outlet(e.claim.doc) for e in entries))
    who = f"{first.body}, in {outlets[0]}" if first.body else outlets[0]
    more = f" and {len(outlets) - 1} more" if len(outlets) > 1 else ""
    when = f", {first.moment.at.date().isoformat()}" if first.moment.at is not None else ""
    return f"“{first.claim.as_fate().get('words') or first.claim.text}” [{fate}] ({who}{when}{more})"


def _side(fate: str, entries: list[Entry]) -> Side:
    said = _first(entries)
    return side_of(
        fate, [e.claim for e in entries], [e.body for e in entries], said.date().isoformat() if said else None
    )
