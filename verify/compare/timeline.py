"""Timelines: the figures of one event and attribute, ordered by when their sources said them.

Coverage of one event is a sequence: 12 dead in the first reports, 31 the next morning, 64 a week
later. A figure's *moment* is when its source said it, in order of trust:

1. the day its own sentence gives for the statement ("the ministry said on Saturday": a time claim
   with role ``statement``);
2. the page's own stamp above it (a live page's "18:12" entry, an "Updated 10:30" line: time claims
   with role ``publication``), on the page's day;
3. the document's update time, else its publication time (``Document.modified`` / ``published``);
   an undated document's other figures, the last day it says something was said (``said``);
4. for a document with none of these, a moment *inferred*: the time it says has passed since the
   happening ("four days after the blast", a ``time.elapsed`` claim), on a weekday it names in the
   week from then; else the weekday it names for a statement,
   taken as the first such day after the event that fits the toll it gives — a toll rises as bodies
   are found, so a document saying 178 comes after the dated reports of 171 and before those of 188
   (``infer_moments``); else the place of its toll among the dated reports alone.

Each entry keeps where its moment came from (``Moment.source``), so the report can say "inferred
from its toll". ``positions`` groups a timeline's entries by figure (their ``best``) and
``judge_positions`` reads the verdicts: a later different figure is an ``update`` (up or down; the
source's own revision language — "rose from 12 to 31" — makes one with or without dates); two
incompatible figures said in the same window by different sources are a ``conflict``; overlapping
figures of different precision in one window are ``compatible``; a figure repeated after a later one
superseded it is ``stale``.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta
from typing import Literal

from ..models import Claim, Document
from ..text import WEEKDAYS

Precision = Literal["minute", "day", "none"]
MomentSource = Literal["statement", "stamp", "document", "said", "weekday", "elapsed", "toll", "none"]
#: Statuses of a figure that are a current level of the attribute (compared on the timeline).
CURRENT = ("reported", "presumed")
#: Moments inferred rather than read (``infer_moments``): they order figures, never make two simultaneous.
INFERRED: tuple[MomentSource, ...] = ("said", "weekday", "elapsed", "toll")


@dataclass(frozen=True)
class Moment:
    """When a source said something. ``at`` is naive: UTC when the source gave a zone, else as written."""

    at: datetime | None
    precision: Precision = "none"
    source: MomentSource = "none"

    @property
    def known(self) -> bool:
        return self.at is not None

    def iso(self) -> str | None:
        if self.at is None:
            return None
        return self.at.date().isoformat() if self.precision == "day" else self.at.isoformat(timespec="minutes")


NO_MOMENT = Moment(None)


@dataclass(frozen=True)
class Entry:
    """One figure on a timeline: the claim, when it was said, and whom it is attributed to."""

    claim: Claim
    moment: Moment
    body: str | None

    @property
    def best(self) -> float:
        return float(self.claim.as_count().get("best") or 0)

    @property
    def status(self) -> str:
        if self.claim.value.get("earlier_of"):
            return "earlier"  # a figure the source says was replaced ("up from 12")
        return str(self.claim.value.get("status") or "reported")


@dataclass
class Position:
    """The entries of one timeline that give the same figure (``best``)."""

    best: float
    entries: list[Entry] = field(default_factory=list)

    @property
    def moment(self) -> datetime | None:
        known = [e.moment.at for e in self.entries if e.moment.at is not None]
        return min(known) if known else None

    @property
    def low(self) -> float:
        return min(float(e.claim.as_count().get("low") or 0) for e in self.entries)

    open_factor: float = 1.5

    @property
    def high(self) -> float:
        """The highest the position's figures can mean, an open figure ("more than 300") read as at
        most ``open_factor`` times its floor: a source giving "more than 300" when another gives
        500 disagrees with it, though 500 is, strictly, more than 300."""
        highs = []
        for e in self.entries:
            high = e.claim.as_count().get("high")
            low = float(e.claim.as_count().get("low") or 0)
            highs.append(float(high) if high is not None else max(low * self.open_factor, low + 1))
        return max(highs)

    @property
    def documents(self) -> set[str]:
        return {e.claim.doc for e in self.entries}

    @property
    def vague(self) -> bool:
        """Every source gives it in vague words ("hundreds", "scores")."""
        return all(e.claim.value.get("vague") for e in self.entries)

    @property
    def bodies(self) -> set[str]:
        return {e.body for e in self.entries if e.body}


Verdict = Literal["update", "conflict", "compatible", "stale"]


@dataclass(frozen=True)
class Judgement:
    """A verdict between two positions of one timeline: ``a`` said first (or the earlier figure)."""

    verdict: Verdict
    a: Position
    b: Position
    stated: bool = False  # the source itself says the figure replaced the earlier one
    same_day: bool = False  # said the same day with no hour and no named bodies: read as a revision

    @property
    def direction(self) -> Literal["up", "down"] | None:
        if self.verdict != "update":
            return None
        return "up" if self.b.best > self.a.best else "down"


# --------------------------------------------------------------------------------------------
# Moments


def _day(value: object) -> date | None:
    if not isinstance(value, str) or len(value) < 10:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def _instant(value: str | None) -> datetime | None:
    """A moment written ``YYYY-MM-DDTHH:MM[+HH:MM]`` as naive UTC (naive as written when no zone)."""
    if not value or len(value) <= 10:
        return None
    try:
        at = datetime.fromisoformat(value)
    except ValueError:
        return None
    return at.astimezone(UTC).replace(tzinfo=None) if at.tzinfo else at


def _noon(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, 12)


def document_moment(document: Document) -> Moment:
    """When a document's text was current: its update time, else its publication time."""
    for value in (document.modified, document.published):
        at = _instant(value)
        if at is not None:
            return Moment(at, "minute", "document")
        day = _day(value)
        if day is not None:
            return Moment(_noon(day), "day", "document")
    return NO_MOMENT


@dataclass(frozen=True)
class _DocumentTimes:
    """A document's stamps (offset, minutes after midnight or None, day or None) and the days its
    sentences give for statements (by sentence start)."""

    stamps: tuple[tuple[int, int | None, date | None], ...]
    statements: Mapping[int, date]


def _document_times(time_claims: Iterable[Claim]) -> _DocumentTimes:
    stamps: list[tuple[int, int | None, date | None]] = []
    statements: dict[int, date] = {}
    for t in time_claims:
        role = t.value.get("role")
        if role == "publication":
            minutes = t.value.get("minutes") if t.attribute == "clock" else None
            stamps.append(
                (
                    t.start,
                    minutes if isinstance(minutes, int) else None,
                    _day(t.value.get("day") or t.value.get("start")),
                )
            )
        elif role == "statement" and t.attribute == "date":
            day = _day(t.value.get("start"))
            if day is not None:
                statements.setdefault(t.sentence_start, day)
    return _DocumentTimes(tuple(sorted(stamps)), statements)


def claim_moment(claim: Claim, base: Moment, times: _DocumentTimes, offset: timedelta | None = None) -> Moment:
    """When ``claim``'s source said it (see the module docstring, steps 1-3). ``offset``: the page's
    own UTC offset, when its publication time states one: its stamps are read in that zone."""
    said = times.statements.get(claim.sentence_start)
    if said is not None:
        return Moment(_noon(said), "day", "statement")
    above = [s for s in times.stamps if s[0] < claim.start]
    if above:
        _, minutes, day = above[-1]
        day = day or (base.at.date() if base.at is not None else None)
        if day is not None and minutes is not None:
            at = datetime(day.year, day.month, day.day, minutes // 60, minutes % 60)
            return Moment(at - offset if offset is not None else at, "minute", "stamp")
        if day is not None:
            return Moment(_noon(day), "day", "stamp")
    return base


def entries_of(
    claims: Sequence[Claim],
    documents: Mapping[str, Document],
    time_claims: Sequence[Claim],
    bodies: Mapping[str, str | None] | None = None,
) -> list[Entry]:
    """Timeline entries for count ``claims`` (any documents), their moments read from each
    document's ``time_claims``; ``bodies`` maps a claim id to its attributed body (default: its
    cited source as written)."""
    times_by_doc: dict[str, list[Claim]] = defaultdict(list)
    for t in time_claims:
        times_by_doc[t.doc].append(t)
    cache: dict[str, tuple[Moment, _DocumentTimes, timedelta | None]] = {}
    out = []
    for claim in claims:
        if claim.doc not in cache:
            doc = documents.get(claim.doc)
            times = _document_times(times_by_doc.get(claim.doc, ()))
            base = document_moment(doc) if doc is not None else NO_MOMENT
            if not base.known and times.statements:
                # an undated page was written no earlier than the last day it says something was said
                base = Moment(_noon(max(times.statements.values())), "day", "said")
            cache[claim.doc] = (base, times, _offset(doc))
        base, times, offset = cache[claim.doc]
        body = bodies.get(claim.id) if bodies is not None else claim.cited_source
        out.append(Entry(claim, claim_moment(claim, base, times, offset), body))
    return out


def _offset(document: Document | None) -> timedelta | None:
    """The UTC offset a document's publication or update time states, if any."""
    for value in (document.modified, document.published) if document is not None else ():
        if value and len(value) > 10:
            try:
                at = datetime.fromisoformat(value)
            except ValueError:
                continue
            if at.tzinfo is not None:
                return at.utcoffset()
    return None


def infer_moments(
    entries: Sequence[Entry],
    weekdays: Mapping[str, Sequence[str]],
    event_day: date | None,
    weeks: int = 8,
    elapsed: Mapping[str, float] | None = None,
) -> list[Entry]:
    """``entries`` with a moment inferred for the documents that have none (module docstring, step 4).

    ``entries`` are the event's main toll (one attribute, one scope); ``weekdays`` maps a document to
    the weekdays it names for statements that no date resolved ("said on Friday"); ``event_day``
    the day of the event, when known; ``elapsed`` maps a document to the longest span it says has
    passed since the happening, in days ("four days after the blast"). A document whose toll fits
    no dated report keeps no moment.
    """
    by_doc: dict[str, list[Entry]] = defaultdict(list)
    for e in entries:
        by_doc[e.claim.doc].append(e)
    anchors: list[tuple[datetime, float]] = []
    for es in by_doc.values():
        dated = [e for e in es if e.moment.known and e.status in CURRENT and not e.claim.value.get("individual")]
        if dated:
            anchors.append((min(e.moment.at for e in dated if e.moment.at), max(e.best for e in dated)))
    anchors.sort()
    inferred: dict[str, Moment] = {}
    for doc, es in sorted(by_doc.items()):
        if any(e.moment.known for e in es):
            continue
        since = (elapsed or {}).get(doc)
        if since is not None and event_day is not None:
            inferred[doc] = _elapsed_moment(weekdays.get(doc, ()), event_day, since)
            continue
        tolls = [e.best for e in es if e.status in CURRENT and not e.claim.value.get("individual")]
        if tolls and anchors:
            inferred[doc] = _toll_moment(weekdays.get(doc, ()), event_day, max(tolls), anchors, weeks)
    return [replace(e, moment=inferred[e.claim.doc]) if e.claim.doc in inferred else e for e in entries]


def _elapsed_moment(weekdays: Iterable[str], event_day: date, days: float) -> Moment:
    """A document written at least ``days`` after the event: on a weekday it names in the week from
    then, else on that day."""
    earliest = event_day + timedelta(days=int(days))  # "almost five months": the caller shortens it
    for name in weekdays:
        number = WEEKDAYS.get(name.lower())
        if number is not None:
            return Moment(_noon(earliest + timedelta(days=(number - earliest.weekday()) % 7)), "day", "weekday")
    return Moment(_noon(earliest), "day", "elapsed")


def _toll_moment(
    weekdays: Iterable[str], event_day: date | None, toll: float, anchors: Sequence[tuple[datetime, float]], weeks: int
) -> Moment:
    """Where a toll fits among the dated reports (``anchors``: when, and the toll then): on one of
    ``weekdays`` in the ``weeks`` after the event, else at a dated report. The place chosen puts the
    fewest dated reports out of order (a lower toll later, a higher one earlier), so one misread
    figure among them does not move it; ties go to the earliest."""
    anchors = _in_order(anchors)

    def disorder(at: datetime) -> int:
        return sum(1 for t, b in anchors if (b < toll and t.date() > at.date()) or (b > toll and t.date() < at.date()))

    lower = max((t.date() for t, b in anchors if b < toll), default=None)

    def place(at: datetime) -> tuple[int, bool, datetime]:
        # the fewest out of order; then on or after the last lower toll; then the earliest
        return disorder(at), lower is not None and at.date() < lower, at

    days = []
    if event_day is not None:
        for name in weekdays:
            number = WEEKDAYS.get(name.lower())
            if number is not None:
                first = event_day + timedelta(days=(number - event_day.weekday()) % 7)
                days += [_noon(first + timedelta(days=7 * k)) for k in range(weeks)]
    if days:
        return Moment(min(days, key=place), "day", "weekday")
    same = [t for t, b in anchors if b == toll]
    if same:
        return Moment(min(same), "day", "toll")
    spots = sorted(
        {t for t, _ in anchors}
        | {t + timedelta(hours=1) for t, _ in anchors}
        | {t - timedelta(hours=1) for t, _ in anchors}
    )
    return Moment(min(spots, key=place), "day", "toll")


def _in_order(anchors: Sequence[tuple[datetime, float]]) -> list[tuple[datetime, float]]:
    """``anchors`` without the ones most out of order: while a report's toll is out of order with
    more than one other (higher than a later report's, or lower than an earlier one's, a day or more
    apart), the worst goes: a misread figure ("5,000 dead" for the injured) or another place's."""
    kept = list(anchors)

    def out_of_order(a: tuple[datetime, float]) -> int:
        return sum(
            1
            for b in kept
            if (a[0].date() < b[0].date() and a[1] > b[1]) or (b[0].date() < a[0].date() and b[1] > a[1])
        )

    while kept:
        worst = max(kept, key=out_of_order)
        if out_of_order(worst) <= 1:
            break
        kept.remove(worst)
    return kept


# --------------------------------------------------------------------------------------------
# Verdicts


def page_tolls(entries: Iterable[Entry]) -> list[Entry]:
    """The current figures that are a page's toll: one page gives one toll at a time for one body,
    so of the figures a document states at one moment on one body's word (or on no one's) only the
    highest is its toll ("Seventy-four people were treated ... another ten made their own way": 74);
    the lower ones are parts, background or other places' figures. A live page's entries, at their
    own stamps, are tolls each; so are two bodies' figures ("more than 300", says the civil defence;
    "at least 500", says the ministry)."""
    current = [e for e in entries if e.status in CURRENT]
    top: dict[tuple[str, datetime | None, str], float] = {}
    for e in current:
        key = _page_key(e)
        top[key] = max(top.get(key, e.best), e.best)
    return [e for e in current if e.best == top[_page_key(e)]]


def _page_key(e: Entry) -> tuple[str, datetime | None, str]:
    """A page, a moment and whom the figure is attributed to: two bodies' tolls on one page are two."""
    return e.claim.doc, e.moment.at, body_key(e.body)


def body_key(body: str | None) -> str:
    """Whom a figure is attributed to, as a comparable key: the last two words of the body's name,
    lower case, without "'s" ("Lebanon's health ministry" and "the health ministry" are one)."""
    return " ".join((body or "").lower().replace("'s", "").replace("’s", "").split()[-2:])


def positions(entries: Iterable[Entry], open_factor: float = 1.5) -> list[Position]:
    """The tolls of a timeline (``page_tolls``), one position per distinct ``best``, in the order said."""
    grouped: dict[float, Position] = {}
    for e in page_tolls(entries):
        grouped.setdefault(e.best, Position(e.best, open_factor=open_factor)).entries.append(e)
    return sorted(grouped.values(), key=lambda p: (p.moment is None, p.moment or datetime.min, p.best))


def _overlap(a: Position, b: Position) -> bool:
    return a.low <= b.high and b.low <= a.high


def same_window(a: Position, b: Position, window: timedelta) -> bool:
    """Said at about the same time: within ``window`` when every moment is to the minute, else on one day."""
    if a.moment is None or b.moment is None:
        return False
    if any(e.moment.source in INFERRED for e in a.entries + b.entries) and not (
        {(e.claim.doc, e.moment.at) for e in a.entries} & {(e.claim.doc, e.moment.at) for e in b.entries}
    ):
        return False  # an inferred moment orders figures; it cannot make two pages simultaneous
    moments = [e.moment for e in a.entries + b.entries if e.moment.known]
    if all(m.precision == "minute" for m in moments):
        return abs(a.moment - b.moment) <= window
    return a.moment.date() == b.moment.date()


def _page_highest(sequence: list[Position]) -> list[Position]:
    """The positions that hold, for some page and moment, the highest figure it gives then (any
    body): a page's lower figures at one moment are parts or other counts, no step of the sequence."""
    top: dict[tuple[str, datetime | None], float] = {}
    for p in sequence:
        for e in p.entries:
            key = (e.claim.doc, e.moment.at)
            top[key] = max(top.get(key, e.best), e.best)
    return [p for p in sequence if any(e.best >= top[(e.claim.doc, e.moment.at)] for e in p.entries)]


def _without_spikes(sequence: list[Position], factor: float) -> list[Position]:
    """The sequence without one source's figure ``factor`` times both its neighbours' or as small a
    fraction of both: a misprint or another count, not a revision (``compare.figures.spike_factor``)."""
    out = []
    for i, p in enumerate(sequence):
        before, after = sequence[i - 1] if i else None, sequence[i + 1] if i + 1 < len(sequence) else None
        if before is not None and after is not None and len(p.documents) == 1 and p.best > 0:
            sides = (before.best, after.best)
            if all(s * factor <= p.best for s in sides) or all(p.best * factor <= s for s in sides):
                continue
        out.append(p)
    return out


def _one_source_in_turn(a: Position, b: Position) -> bool:
    """One document gave both at different moments (a live page's entries): a revision."""
    said_a = {(e.claim.doc, e.moment.at) for e in a.entries}
    said_b = {(e.claim.doc, e.moment.at) for e in b.entries}
    return any(da == db and ta != tb for da, ta in said_a for db, tb in said_b)


def _said_at(p: Position) -> date:
    """The day a position was first said, for ordering the sequence: within one day figures are taken
    lowest first (a toll rises as the day goes on; a day's reports rarely give their hour, and a
    revision down says so), across days in order."""
    return (p.moment or datetime.min).date()


def _contradict(a: Position, b: Position) -> bool:
    """Two positions said in one window contradict each other — rather than one revising the other
    — when both moments are known to the minute, or both sides name whom they have the figure
    from and those differ ("the Red Cross" and "the health minister", the same Wednesday). A day
    without a clock and without named bodies cannot tell a revision from a contradiction; a rising
    toll is read as the revision."""
    moments = [e.moment for e in a.entries + b.entries if e.moment.known]
    if moments and all(m.precision == "minute" for m in moments):
        return True
    return _bodies_differ(a, b)


def _bodies_differ(a: Position, b: Position) -> bool:
    """Both sides name whom they have the figure from, and no body is on both."""
    bodies_a, bodies_b = _body_keys(a), _body_keys(b)
    return bool(bodies_a and bodies_b and not bodies_a & bodies_b)


def _body_keys(p: Position) -> set[str]:
    return {body_key(e.body) for e in p.entries if e.body}


def _same_body(a: Position, b: Position) -> bool:
    return bool(a.bodies and b.bodies and a.bodies == b.bodies)


def judge_positions(
    entries: Sequence[Entry], window: timedelta, open_factor: float = 1.5, spike_factor: float = 5.0
) -> list[Judgement]:
    """The verdicts of one timeline (see the module docstring): stated revisions first, then the
    dated positions in order; an undated position is set against the dated ones it overlaps none of."""
    ordered = positions(entries, open_factor)
    by_best = {p.best: p for p in ordered}
    out: list[Judgement] = []
    stated: set[tuple[float, float]] = set()
    for new in entries:
        earlier = (new.claim.as_count().get("revision") or {}).get("earlier")
        if (
            new.status not in CURRENT
            or not isinstance(earlier, dict)
            or not isinstance(earlier.get("best"), (int, float))
        ):
            continue
        old = float(earlier["best"])
        if old == new.best or (old, new.best) in stated:
            continue
        # the earlier figure as the source wrote it beside the new one, else the timeline's position of it
        named = [e for e in entries if e.status == "earlier" and e.best == old and e.claim.doc == new.claim.doc]
        source = Position(old, named, open_factor) if named else by_best.get(old)
        if source is not None:
            out.append(Judgement("update", source, by_best[new.best], stated=True))
            stated.add((old, new.best))
    dated = sorted((p for p in ordered if p.moment is not None), key=lambda p: (_said_at(p), p.best))
    in_numbers = sum(1 for p in ordered if not p.vague)
    # 1. incompatible figures said at about the same time by sources that disagree
    for i, a in enumerate(dated):
        for b in dated[i + 1 :]:
            if not same_window(a, b, window):
                break
            if _one_source_in_turn(a, b) or (_same_body(a, b) and a.moment != b.moment):
                continue  # one source revising itself within the window: an update (below)
            if len(a.documents | b.documents) == 1 and not _bodies_differ(a, b):
                continue  # one page's two figures: a total and a part, or another incident's
                # (unless it gives them on two bodies' word: "100, said the Red Cross;
                # the minister gave 80")
            if _overlap(a, b):
                if (a.vague or b.vague) and in_numbers > 1:
                    continue  # "thousands" beside several stated figures it spans tells nothing
                out.append(Judgement("compatible", a, b))
            elif _contradict(a, b):
                out.append(Judgement("conflict", a, b))
    # 2. the sequence: each figure revised by the next different one said after it; a figure in
    #    vague words ("thousands", "scores") revises nothing when others are stated in numbers
    sequence = _without_spikes(_page_highest([p for p in dated if not p.vague] or dated), spike_factor)
    for a, b in zip(sequence, sequence[1:], strict=False):
        if a.best == b.best or (a.best, b.best) in stated or (b.best, a.best) in stated:
            continue
        if len(a.documents | b.documents) == 1 and not _one_source_in_turn(a, b):
            continue  # one page's two figures at one moment: no revision of one by the other
        if same_window(a, b, window) and _contradict(a, b) and not _one_source_in_turn(a, b):
            continue  # set against each other above
        out.append(Judgement("update", a, b, same_day=same_window(a, b, window) and not _one_source_in_turn(a, b)))
    undated = sorted((p for p in ordered if p.moment is None), key=lambda p: p.best)
    if not dated:
        # nothing to order them by: neighbouring figures are set against each other, with a note
        for a, b in zip(undated, undated[1:], strict=False):
            if len(a.documents | b.documents) > 1 and not (_overlap(a, b) and (a.vague or b.vague) and in_numbers > 1):
                out.append(Judgement("compatible" if _overlap(a, b) else "conflict", a, b))
        return out
    for u in undated:
        overlapping = [p for p in dated if _overlap(u, p)]
        nearest = min(overlapping or dated, key=lambda p: (abs(p.best - u.best), p.best))
        if len(u.documents | nearest.documents) > 1 and not (
            overlapping and (u.vague or nearest.vague) and in_numbers > 1
        ):
            out.append(Judgement("compatible" if overlapping else "conflict", nearest, u))
    return out
