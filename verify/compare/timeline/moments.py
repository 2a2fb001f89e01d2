"""When each figure on a timeline was said (``verify.compare.timeline``, steps 1-4 of its account):
the moment of a claim from its sentence, the page's stamps and the page's date, and the moments
inferred for undated documents.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from functools import cached_property
from typing import Literal

from ...models import Claim, Document, counted
from ...text import WEEKDAYS

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
    current: bool = False  # said as the count now ("12 still trapped", "nine remain missing")

    @property
    def best(self) -> float:
        return float(counted(self.claim.as_count()) or 0)

    @property
    def status(self) -> str:
        if self.claim.value.get("earlier_of"):
            return "earlier"  # a figure the source says was replaced ("up from 12")
        return str(self.claim.value.get("status") or "reported")


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
    """A document's stamps (offset, minutes after midnight or None, day or None), the days its
    sentences give for statements and the clock times ("as of 13:15": minutes after midnight), by
    sentence start."""

    stamps: tuple[tuple[int, int | None, date | None], ...]
    statements: Mapping[int, date]
    clocks: Mapping[int, int]


def _document_times(time_claims: Iterable[Claim]) -> _DocumentTimes:
    stamps: list[tuple[int, int | None, date | None]] = []
    statements: dict[int, date] = {}
    clocks: dict[int, int] = {}
    for t in time_claims:
        role = t.value.get("role")
        minutes = t.value.get("minutes")
        if role == "statement" and t.attribute == "clock" and isinstance(minutes, int):
            clocks.setdefault(t.sentence_start, minutes)
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
    return _DocumentTimes(tuple(sorted(stamps)), statements, clocks)


def claim_moment(
    claim: Claim,
    base: Moment,
    times: _DocumentTimes,
    offset: timedelta | None = None,
    same_day: re.Pattern[str] | None = None,
) -> Moment:
    """When ``claim``'s source said it (see the module docstring, steps 1-3). ``offset``: the page's
    own UTC offset, when its publication time states one: its stamps are read in that zone.
    ``same_day``: words that say a sentence tells of the day named before it ("Police put the toll
    at 29 the same day", after "said on Wednesday"): its statements are of that day."""
    said = times.statements.get(claim.sentence_start)
    if said is None and same_day is not None and same_day.search(claim.sentence):
        before = [s for s in times.statements if s < claim.sentence_start]
        said = times.statements[max(before)] if before else None
    clock = times.clocks.get(claim.sentence_start)
    if clock is not None and (said is not None or base.at is not None):
        # "as of 13:15, 23 people were killed" on a page updated at 18:59: said at 13:15, not at 18:59
        day = said if said is not None else base.at.date() if base.at is not None else None
        assert day is not None
        at = datetime(day.year, day.month, day.day, clock // 60, clock % 60)
        at = at - offset if offset is not None else at
        if base.precision != "minute" or base.at is None or at <= base.at:
            return Moment(at, "minute", "statement")
    if said is not None:
        if _stamped_that_day(base, said):
            return base  # "said on Tuesday evening" on a page stamped that Tuesday at 18:05: said by then
        return Moment(_noon(said), "day", "statement")
    above = bisect_left(times.stamps, claim.start, key=lambda s: s[0])  # the stamps above the claim
    if above:
        _, minutes, day = times.stamps[above - 1]
        day = day or (base.at.date() if base.at is not None else None)
        if day is not None and minutes is not None:
            at = datetime(day.year, day.month, day.day, minutes // 60, minutes % 60)
            return Moment(at - offset if offset is not None else at, "minute", "stamp")
        if day is not None and not _stamped_that_day(base, day):
            return Moment(_noon(day), "day", "stamp")
    return base


def _stamped_that_day(base: Moment, day: date) -> bool:
    """The page's own time is known to the minute on ``day``: a day the text gives for a statement
    or in a dateline ("BEIRUT, Feb 10 (Reuters) -") tells no more than that minute does."""
    return base.precision == "minute" and base.source == "document" and base.at is not None and base.at.date() == day


class TimesIndex:
    """Time claims by document, each document's stamps, statement days and base moment read once
    and kept: ``entries_of`` is called once per figure group, and a long page's times are then read
    once per story, not once per group."""

    def __init__(
        self,
        time_claims: Iterable[Claim],
        same_day: re.Pattern[str] | None = None,
        stamps_zone: tuple[re.Pattern[str], int] | None = None,
    ):
        self.same_day = same_day  # words of a sentence that tells of the day named before it
        self.stamps_zone = stamps_zone  # a page's word on its stamps' zone, and how far in to look
        self._by_doc: dict[str, list[Claim]] = defaultdict(list)
        for t in time_claims:
            self._by_doc[t.doc].append(t)
        self._read: dict[str, tuple[Moment, _DocumentTimes, timedelta | None]] = {}

    def reading(
        self, doc_id: str, documents: Mapping[str, Document]
    ) -> tuple[Moment, _DocumentTimes, timedelta | None]:
        """A document's base moment, its stamps and statement days, and its own UTC offset."""
        if doc_id not in self._read:
            doc = documents.get(doc_id)
            times = _document_times(self._by_doc.get(doc_id, ()))
            base = document_moment(doc) if doc is not None else NO_MOMENT
            if not base.known and times.statements:
                # an undated page was written no earlier than the last day it says something was said
                base = Moment(_noon(max(times.statements.values())), "day", "said")
            self._read[doc_id] = (base, times, _stamps_offset(doc, self.stamps_zone) or _offset(doc))
        return self._read[doc_id]


@dataclass(frozen=True)
class NamedDays:
    """What a story's undated pages say of their own time (``infer_moments``' inputs): by document,
    the weekdays named for statements or other things that no date resolved ("said on Friday")
    and those of statements alone; the longest span said to have passed since the happening, in
    days; and how often each day of the happening is named, over the story."""

    weekdays: Mapping[str, list[str]]
    said: Mapping[str, list[str]]
    elapsed: Mapping[str, float]
    days: Mapping[str, int]


def named_days(times: Iterable[Claim]) -> NamedDays:
    weekdays: dict[str, list[str]] = defaultdict(list)
    said: dict[str, list[str]] = defaultdict(list)  # the weekdays named for statements ("said on Wednesday")
    elapsed: dict[str, float] = {}
    days: dict[str, int] = defaultdict(int)
    for t in times:
        v = t.as_time()
        if (
            t.attribute == "date"
            and v.get("weekday")
            and not v.get("start")
            and v.get("role") in ("statement", "other")
        ):
            weekdays[t.doc].append(str(v["weekday"]))
            if v.get("role") == "statement":
                said[t.doc].append(str(v["weekday"]))
        if t.attribute == "date" and v.get("role") == "event" and v.get("granularity") == "day" and v.get("start"):
            days[str(v["start"])] += 1
        if t.attribute == "elapsed" and isinstance(v.get("days"), (int, float)):
            # "almost five months", "nearly two weeks": a little less than the span said
            span = float(v["days"]) * (0.9 if v.get("approx") else 1.0)
            elapsed[t.doc] = max(elapsed.get(t.doc, 0.0), span)
    return NamedDays(weekdays, said, elapsed, days)


class StoryTimes:
    """The time claims of a story's documents as one event reads them (put in the story's year),
    indexed by document (``TimesIndex``), with what its undated pages say of their time
    (``named_days``) read once: the events of one page that share a day share the reading."""

    def __init__(
        self,
        claims: list[Claim],
        same_day: re.Pattern[str] | None = None,
        stamps_zone: tuple[re.Pattern[str], int] | None = None,
    ):
        self.claims = claims
        self.index = TimesIndex(claims, same_day, stamps_zone)

    @cached_property
    def named(self) -> NamedDays:
        return named_days(self.claims)


def entries_of(
    claims: Sequence[Claim],
    documents: Mapping[str, Document],
    time_claims: Sequence[Claim] | TimesIndex,
    bodies: Mapping[str, str | None] | None = None,
) -> list[Entry]:
    """Timeline entries for count ``claims`` (any documents), their moments read from each
    document's ``time_claims`` (or a ``TimesIndex`` of them, kept across calls); ``bodies`` maps a
    claim id to its attributed body (default: its cited source as written)."""
    index = time_claims if isinstance(time_claims, TimesIndex) else TimesIndex(time_claims)
    out = []
    for claim in claims:
        base, times, offset = index.reading(claim.doc, documents)
        body = bodies.get(claim.id) if bodies is not None else claim.cited_source
        out.append(Entry(claim, claim_moment(claim, base, times, offset, index.same_day), body))
    return out


def _stamps_offset(document: Document | None, zone: tuple[re.Pattern[str], int] | None) -> timedelta | None:
    """The UTC offset a page says its stamps are written in ("All times local (GMT+2)"), if any."""
    if document is None or zone is None:
        return None
    pattern, chars = zone
    found = pattern.search(document.text[:chars])
    if found is None:
        return None
    offset = timedelta(hours=int(found["hours"]), minutes=int(found.groupdict().get("minutes") or 0))
    return -offset if found["sign"] == "-" else offset


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
    series: Sequence[Sequence[Entry]],
    weekdays: Mapping[str, Sequence[str]],
    event_day: date | None,
    weeks: int = 8,
    elapsed: Mapping[str, float] | None = None,
    floors: Mapping[str, date] | None = None,
) -> dict[str, Moment]:
    """Moments inferred for the documents that have none (module docstring, step 4), by document.

    ``series`` are the event's main tolls, one list of entries per scope ("in Turkey", "in
    Syria", the whole): a page is placed where its tolls fit the dated reports of every scope it
    gives one for. ``weekdays`` maps a document to the weekdays it names for statements that no
    date resolved ("said on Friday"); ``event_day`` the day of the event, when known; ``elapsed``
    maps a document to the longest span it says has passed since the happening, in days ("four
    days after the blast"): that places any undated document named in it, toll or none. A
    document whose toll fits no dated report keeps no moment. ``floors`` maps a document to the
    earliest day it can have been written (the first day, on or after the event, of a weekday it
    says something was said on: "the ministry said on Wednesday"): a toll revised down is no
    reason to place the page before the revision.
    """
    undated: set[str] = set()
    anchored: list[tuple[list[tuple[datetime, float]], dict[str, float]]] = []
    for entries in series:
        by_doc: dict[str, list[Entry]] = defaultdict(list)
        for e in entries:
            by_doc[e.claim.doc].append(e)
        anchors: list[tuple[datetime, float]] = []
        tolls: dict[str, float] = {}
        for doc, es in by_doc.items():
            current = [e for e in es if e.status in CURRENT and not e.claim.value.get("individual")]
            dated = [e for e in current if e.moment.known]
            if dated:
                anchors.append((min(e.moment.at for e in dated if e.moment.at), max(e.best for e in dated)))
            elif not any(e.moment.known for e in es):
                undated.add(doc)
                if current:
                    tolls[doc] = max(e.best for e in current)
        anchored.append((sorted(anchors), tolls))
    inferred: dict[str, Moment] = {}
    for doc in sorted(undated | set(elapsed or {})):
        since = (elapsed or {}).get(doc)
        if since is not None and event_day is not None:
            if doc in undated or not any(doc in tolls for _, tolls in anchored):
                inferred[doc] = _elapsed_moment(weekdays.get(doc, ()), event_day, since)
            continue
        fits = [(tolls[doc], anchors) for anchors, tolls in anchored if doc in tolls and anchors]
        if fits:
            inferred[doc] = _toll_moment(weekdays.get(doc, ()), event_day, fits, weeks, (floors or {}).get(doc))
    return inferred


def first_weekday(names: Iterable[str], since: date) -> Moment:
    """The earliest day, on or after ``since``, of the weekdays ``names`` gives (inferred); no
    moment when none is a weekday."""
    days = [
        since + timedelta(days=(n - since.weekday()) % 7)
        for name in names
        if (n := WEEKDAYS.get(name.lower())) is not None
    ]
    return Moment(_noon(min(days)), "day", "weekday") if days else NO_MOMENT


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
    weekdays: Iterable[str],
    event_day: date | None,
    fits: Sequence[tuple[float, Sequence[tuple[datetime, float]]]],
    weeks: int,
    floor: date | None = None,
) -> Moment:
    """Where a page's tolls fit among the dated reports (``fits``: per scope, the page's toll and the
    dated reports' ``(when, toll)``): on one of ``weekdays`` in the ``weeks`` after the event, else
    at a dated report. The place chosen puts the fewest dated reports out of order (a lower toll
    later, a higher one earlier), over every scope, so one misread figure among them does not move
    it; ties go to the earliest."""
    fits = [(toll, _in_order(anchors)) for toll, anchors in fits]

    def disorder(at: datetime) -> int:
        return sum(
            1
            for toll, anchors in fits
            for t, b in anchors
            if (b < toll and t.date() > at.date()) or (b > toll and t.date() < at.date())
        )

    lower = max((t.date() for toll, anchors in fits for t, b in anchors if b < toll), default=None)

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
    if floor is not None:
        days = [d for d in days if d.date() >= floor]
    if days:
        return Moment(min(days, key=place), "day", "weekday")
    same = [t for toll, anchors in fits for t, b in anchors if b == toll and (floor is None or t.date() >= floor)]
    if same:
        return Moment(min(same), "day", "toll")
    moments = {t for _, anchors in fits for t, _ in anchors}
    spots = sorted(moments | {t + timedelta(hours=1) for t in moments} | {t - timedelta(hours=1) for t in moments})
    if floor is not None:
        spots = [t for t in spots if t.date() >= floor] or [_noon(floor)]
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
