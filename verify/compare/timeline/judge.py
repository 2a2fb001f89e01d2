"""The verdicts of one timeline (``verify.compare.timeline``): its figures grouped into positions,
and each pair of positions read as a revision, a conflict or a difference of precision.
"""

from __future__ import annotations

import dataclasses
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import Literal

from .moments import CURRENT, INFERRED, Entry, Moment


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
        500 disagrees with it, though 500 is, strictly, more than 300. "At least one" only says someone
        was found or died: it stays open, no rival of any toll."""
        highs = []
        for e in self.entries:
            high = e.claim.as_count().get("high")
            low = float(e.claim.as_count().get("low") or 0)
            if high is None and low <= 1:
                highs.append(float("inf"))
                continue
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
    lower_elsewhere: bool = False  # a later, lower figure from another body: a disagreement, no revision
    one_page: bool = False  # one page's successive figures (a live page without stamps), lowest first
    above_later: bool = False  # one source's figure above the reports after it, which go on from before it
    made_precise: bool = False  # a figure first told in words ("hundreds"), then in numbers it spans
    one_number: bool = False  # one number with other qualifiers ("nearly 500", "more than 500")
    contrasted: bool = False  # one page sets the two bodies' figures against each other in words
    estimated: bool = False  # another body's estimate, set on one page beside the count as it stood

    @property
    def direction(self) -> Literal["up", "down"] | None:
        if self.verdict != "update":
            return None
        return "up" if self.b.best > self.a.best else "down"


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
    lower case, without "'s" or a bracketed short form ("Lebanon's health ministry" and "the health
    ministry" are one; so are "the Disaster and Emergency Management Authority (AFAD)" and "the
    Turkish Disaster and Emergency Management Authority")."""
    plain = re.sub(r"\([^)]*\)", " ", (body or "").lower())
    return " ".join(plain.replace("'s", "").replace("’s", "").split()[-2:])


def positions(entries: Iterable[Entry], open_factor: float = 1.5) -> list[Position]:
    """The tolls of a timeline (``page_tolls``), one position per distinct ``best``, in the order said."""
    grouped: dict[float, Position] = {}
    for e in page_tolls(entries):
        grouped.setdefault(e.best, Position(e.best, open_factor=open_factor)).entries.append(e)
    return sorted(grouped.values(), key=lambda p: (p.moment is None, p.moment or datetime.min, p.best))


def _overlap(a: Position, b: Position) -> bool:
    return a.low <= b.high and b.low <= a.high


def _numbers(p: Position) -> set[float]:
    """The numbers a position's sources wrote, before any qualifier ("nearly 500", "more than 500"
    and "500" all write 500); none for a figure in words ("hundreds")."""
    out = set()
    for e in p.entries:
        v = e.claim.as_count()
        if v.get("vague"):
            continue
        # a converted measure's stated number is in another unit ("about 30,000 acres"): its best is not
        stated = v.get("stated") if v.get("qualifier") and not v.get("stated_unit") else v.get("best")
        if isinstance(stated, (int, float)):
            out.add(float(stated))
    return out


def _approximate(p: Position) -> bool:
    """Some source gives the position's figure with a qualifier over a closed interval ("around
    230": 184 to 276; "nearly 500"): a rounded figure."""
    for e in p.entries:
        v = e.claim.as_count()
        low, high = v.get("low"), v.get("high")
        if v.get("qualifier") and not v.get("vague") and low is not None and high is not None and high > low:
            return True
    return False


def _converted_holds(p: Position, numbers: set[float]) -> bool:
    """A figure of the position was stated in another unit ("three kilometres (1.8 miles)"), and
    its converted interval, the conversion's rounding, holds one of ``numbers`` ("3 kilometres"):
    one distance told in two units."""
    for e in p.entries:
        v = e.claim.as_count()
        low, high = v.get("low"), v.get("high")
        if v.get("stated_unit") and low is not None and high is not None and any(low <= n <= high for n in numbers):
            return True
    return False


def _one_number(a: Position, b: Position, rounding: float = 0.0) -> bool:
    """Two positions that write one number with other qualifiers ("nearly 500", "500", "more than
    500"), or an approximate one within ``rounding`` of the other ("around 230", "231"): said at one
    time, the same figure told with more or less precision, neither a rise nor a dispute; so is a
    figure converted from another unit whose interval holds the other's number ("1.8 miles", "3 km")."""
    numbers_a, numbers_b = _numbers(a), _numbers(b)
    if numbers_a & numbers_b:
        return True
    if _converted_holds(a, numbers_b) or _converted_holds(b, numbers_a):
        return True
    if not rounding or not (_approximate(a) or _approximate(b)):
        return False
    return any(abs(x - y) <= rounding * max(x, y) for x in numbers_a for y in numbers_b)


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


def _first_sayings(p: Position) -> list[Moment]:
    """The moments a position was first said at (its ``moment``)."""
    return [e.moment for e in p.entries if e.moment.known and e.moment.at == p.moment]


def _successive_nows(a: Position, b: Position, window: timedelta) -> bool:
    """Both figures are said as the count now ("11 still missing", "nine still missing") and first
    said at known minutes further apart than ``window``: two readings of a count that falls, hours
    apart, not one moment's — though a page repeating one of them days later, dated only by its
    day, puts both on one day for ``same_window``."""
    firsts = _first_sayings(a) + _first_sayings(b)
    return (
        _said_current(a)
        and _said_current(b)
        and bool(firsts)
        and all(m.precision == "minute" for m in firsts)
        and a.moment is not None
        and b.moment is not None
        and abs(a.moment - b.moment) > window
    )


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


def _made_precise(dated: Sequence[Position], sequence: Sequence[Position], numbered: frozenset[str]) -> list[Judgement]:
    """The updates from figures said in vague words ("hundreds") no later than the first figure of
    the sequence stated in numbers, which they span, on pages that give this figure in no numbers
    (in any scope: ``numbered``):
    the story's first telling, made precise. A vague figure said after numbers, or beside them on
    its own page ("thousands" near "2,300"), tells nothing (it revises nothing)."""
    first = next((p for p in sequence if not p.vague), None)
    if first is None:
        return []
    in_numbers = numbered | {d for p in dated if not p.vague for d in p.documents}
    return [
        Judgement("update", p, first, made_precise=True)
        for p in dated
        if p.vague and _said_at(p) <= _said_at(first) and _overlap(p, first) and not p.documents & in_numbers
    ]


def _restated(sequence: list[Position], stated: set[tuple[float, float]]) -> tuple[list[Position], list[Judgement]]:
    """The sequence without the figures that restate the one before them more loosely, and those
    restatements, each a difference of precision: a later figure that is rounded or open ("about
    12,000", "more than 400") and lower, but whose interval holds the earlier figure (412 homes,
    12,141 hectares) revises nothing down; the sequence goes on from the earlier, more precise one.
    A source's own "down from" is a revision whatever the figures (``stated``)."""
    kept: list[Position] = []
    out: list[Judgement] = []
    for p in sequence:
        before = kept[-1] if kept else None
        if (
            before is not None
            and p.best < before.best
            and p.low <= before.best <= p.high
            and _loose(p)
            and (before.best, p.best) not in stated
        ):
            out.append(Judgement("compatible", before, p))
            continue
        kept.append(p)
    return kept, out


def _loose(p: Position) -> bool:
    """Every source of the position gives it rounded or open above ("about 12,000", "more than 400")."""
    return all(e.claim.as_count().get("qualifier") and not e.claim.as_count().get("vague") for e in p.entries) and (
        _approximate(p) or all(e.claim.as_count().get("high") is None for e in p.entries)
    )


def _said_at(p: Position) -> date:
    """The day a position was first said, for ordering the sequence: within one day figures are taken
    lowest first (a toll rises as the day goes on; a day's reports rarely give their hour, and a
    revision down says so), across days in order."""
    return (p.moment or datetime.min).date()


def _in_order(
    dated: list[Position], cumulative: bool = False, stages: Mapping[str, float] | None = None
) -> list[Position]:
    """Dated positions in the order they were said: by day and, within a day, by the minute when
    every position of that day was first said at a known minute (pages stamped 07:15 and 18:30),
    else lowest first (``_said_at``) — for a count that may fall, the one said as the count now
    ("12 still trapped") last, and, when every page of the day gives a toll (``stages``), in the
    order of those tolls ("one dead, 23 missing" before "22 dead, one missing")."""
    by_day: dict[date, list[Position]] = defaultdict(list)
    for p in dated:
        by_day[_said_at(p)].append(p)
    out: list[Position] = []
    for day in sorted(by_day):
        ps = by_day[day]
        if all(_first_to_the_minute(p) for p in ps):
            out += sorted(ps, key=lambda p: (p.moment or datetime.min, p.best))
        elif not cumulative and stages and all(_stage(p, stages) is not None for p in ps):
            out += sorted(ps, key=lambda p: (_stage(p, stages) or 0.0, _said_current(p), p.best))
        else:
            out += sorted(ps, key=lambda p: (not cumulative and _said_current(p), p.best))
    return out


def _stage(p: Position, stages: Mapping[str, float]) -> float | None:
    """The toll the pages of a position give beside it (``compare.figures.staged_by``): the lowest,
    the earliest point of the day it was said at; None when none of its pages gives one."""
    tolls = [stages[d] for d in p.documents if d in stages]
    return min(tolls) if tolls else None


def _staged_apart(a: Position, b: Position, stages: Mapping[str, float] | None) -> bool:
    """Two positions of a count that falls, said the same day on pages that give different tolls
    beside them: said at different times of that day, one revising the other, not disagreeing."""
    if not stages:
        return False
    sa, sb = _stage(a, stages), _stage(b, stages)
    return sa is not None and sb is not None and sa != sb


def _said_current(p: Position) -> bool:
    return any(e.current for e in p.entries)


def _current_over(a: Position, b: Position, cumulative: bool) -> bool:
    """One of two figures said in one window is said as the count now ("12 still trapped") and the
    other not: the other is the figure it replaced — for a count that only rises, only when the
    figure now is the higher."""
    if _said_current(a) == _said_current(b):
        return False
    now, then = (a, b) if _said_current(a) else (b, a)
    return not cumulative or now.best > then.best


def _first_to_the_minute(p: Position) -> bool:
    return any(e.moment.at == p.moment and e.moment.precision == "minute" for e in p.entries)


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


def _risen_over(a: Position, b: Position, running: Sequence[str] = ()) -> bool:
    """The higher of two figures said in one window is said as risen ("the toll rose to 15", "has
    reached 23") and the lower was said no later (to the minute when both are, else on its day or
    before): the lower is the figure it rose from, whoever gave it — a revision, not a contradiction
    (unless the lower is a range: an assessment). ``running``: words with which a figure of a count
    that only rises says it is the tally so far ("38 have so far been confirmed dead"): said so, the
    higher figure is said as risen too (``compare.figures.running_cues``), unless one page gives both."""
    low, high = (a, b) if a.best < b.best else (b, a)
    # a page setting a tally so far beside another body's lower figure ("officials: 3,688; the UN has
    # so far reported around 6,000") sets the two against each other: no step between them
    running_step = _says_so_far(high, running) and not low.documents & high.documents
    risen = any(_says_risen(e) for e in high.entries) or running_step
    if low.best == high.best or _ranged(low) or not risen:
        return False  # a range ("50 to 150") is another body's assessment, not a figure the toll rose from
    if low.moment is None or high.moment is None:
        return True
    if _first_to_the_minute(low) and _first_to_the_minute(high):
        return low.moment <= high.moment
    # a day's statement ("a state senator said Tuesday") is no earlier than a page of that evening
    return low.moment.date() <= high.moment.date()


def _says_risen(e: Entry) -> bool:
    revision = e.claim.as_count().get("revision") or {}
    return e.status in CURRENT and revision.get("direction") == "up"


def _bodies_on_one_page(
    entries: Sequence[Entry],
    by_best: dict[float, Position],
    judged: list[Judgement],
    stated: set[tuple[float, float]],
    rounding: float,
    contrast: frozenset[str],
) -> list[Judgement]:
    """Conflicts of two bodies whose figures one page gives at one moment, sets against each other
    in words (``contrast``: "the airline, however, said 167") and that disagree (neither said to
    replace the other), when neither figure is disputed already: the airline's 167 the day the
    authority said 168 is a dispute on that page, though the authority's 167 of the day before was
    the count then (and its 167 to 168 a revision). Without such words ("The attack killed 19,
    according to MSF. The ministry put the toll at 21.") the page may only retell the earlier figure."""
    found: list[Judgement] = []
    for x, y in _contrasted_on_a_page(entries, stated, contrast):
        pair = {x.best, y.best}
        if any(j.verdict == "conflict" and pair & {j.a.best, j.b.best} for j in judged + found):
            continue  # either figure already disputed: that dispute is told
        if any(j.verdict == "compatible" and {j.a.best, j.b.best} == pair for j in judged):
            continue
        # the two sides are the page's two figures, not every source that gave either
        factor = by_best[x.best].open_factor
        a, b = Position(x.best, [x], factor), Position(y.best, [y], factor)
        if _one_number(a, b, rounding) or _overlap(a, b):
            continue
        found.append(Judgement("conflict", a, b, contrasted=True))
    return found


def _contrasted_on_a_page(
    entries: Sequence[Entry], stated: set[tuple[float, float]], contrast: frozenset[str]
) -> Iterator[tuple[Entry, Entry]]:
    """Pairs of two bodies' different figures one page gives at one moment and sets against each
    other in words (``contrast``: "however", "roughly triple"), neither said to replace the other."""
    pages: dict[tuple[str, datetime], list[Entry]] = defaultdict(list)
    for e in page_tolls(entries):
        if e.body and e.moment.at is not None and e.moment.source not in INFERRED:
            pages[(e.claim.doc, e.moment.at)].append(e)
    for page in pages.values():
        for i, x in enumerate(page):
            for y in page[i + 1 :]:
                if x.best == y.best or body_key(x.body) == body_key(y.body):
                    continue
                if (x.best, y.best) in stated or (y.best, x.best) in stated:
                    continue
                if contrast & _words(x) or contrast & _words(y):
                    yield x, y


def _around_the_disputed(judged: list[Judgement], by_best: dict[float, Position]) -> list[Judgement]:
    """The count goes on around a figure another body disputes: a revision read between two figures
    set against each other by bodies that share none ("has risen to 41, the agency said, although the
    ministry gave 38": no 38 -> 41) is no revision, and the one read into the lower figure goes on to
    the higher (33 -> 41, not 33 -> 38) — unless the lower was said on an earlier day (26, then 38 on
    Wednesday, then 41 against the railway's 38 on Thursday: 26 -> 38 stands)."""
    disputed = {frozenset((j.a.best, j.b.best)) for j in judged if j.verdict == "conflict" and _bodies_differ(j.a, j.b)}
    dropped = [
        j
        for j in judged
        if j.verdict == "update"
        and not j.stated
        and frozenset((j.a.best, j.b.best)) in disputed
        and _bodies_differ(j.a, j.b)
    ]
    if not dropped:
        return judged
    out = [j for j in judged if j not in dropped]
    for gone in dropped:
        if gone.a.best >= gone.b.best:
            continue  # (the higher figure, then the disputed lower one: no revision down, and no more)
        if _said_at(gone.a) < _said_at(gone.b):
            continue  # the lower was the count a day before the higher was said: the count rose to it
        for k, j in enumerate(out):
            if j.verdict == "update" and not j.stated and j.b.best == gone.a.best and j.a.best < gone.b.best:
                out[k] = dataclasses.replace(j, b=by_best[gone.b.best])
    seen: set[tuple[str, float, float]] = set()
    kept = []
    for j in out:
        if (j.verdict, j.a.best, j.b.best) not in seen:
            seen.add((j.verdict, j.a.best, j.b.best))
            kept.append(j)
    return kept


def _words(e: Entry) -> set[str]:
    return set(re.findall(r"[a-z]+", e.claim.sentence.lower()))


def _bodies_differ(a: Position, b: Position) -> bool:
    """Both sides name whom they have the figure from, and no body is on both — nor one the other's
    name ends with ("officials" and "sheriff's officials", "police" and "city police": the plainer
    name may be the same body, said more shortly)."""
    bodies_a, bodies_b = _body_keys(a), _body_keys(b)
    if not (bodies_a and bodies_b) or bodies_a & bodies_b:
        return False
    return not any(_shorter_name(x, y) or _shorter_name(y, x) for x in bodies_a for y in bodies_b)


def _shorter_name(short: str, long: str) -> bool:
    """``short`` (a ``body_key``) is the last words of ``long`` ("an agency" is not the end of
    "another agency")."""
    words = short.split()
    return bool(words) and long.split()[-len(words) :] == words and len(long.split()) > len(words)


def _share_a_body(a: Position, b: Position) -> bool:
    """Some body is on both sides, or one side's body name ends the other's ("authorities" and
    "the health authorities")."""
    keys_a, keys_b = _body_keys(a), _body_keys(b)
    return bool(keys_a & keys_b) or any(_shorter_name(x, y) or _shorter_name(y, x) for x in keys_a for y in keys_b)


def _body_keys(p: Position) -> set[str]:
    return {body_key(e.body) for e in p.entries if e.body}


def _same_body(a: Position, b: Position) -> bool:
    """Both sides are on the word of the same body (``body_key``) and no other."""
    return bool(a.bodies and b.bodies and _body_keys(a) == _body_keys(b))


def _own_revisions(
    dated: Sequence[Position], sequence: Sequence[Position], judged: Sequence[Judgement]
) -> list[Judgement]:
    """For each dated position outside ``sequence`` that names its body: an ``update`` to the next
    figure that body gives on a later day, unless the two are already a revision."""
    kept = {id(p) for p in sequence}
    done = {frozenset((j.a.best, j.b.best)) for j in judged if j.verdict == "update"}
    out = []
    for i, a in enumerate(dated):
        mine = _body_keys(a)
        if id(a) in kept or not mine:
            continue
        b = next(
            (b for b in dated[i + 1 :] if _said_at(b) > _said_at(a) and b.best != a.best and _body_keys(b) & mine),
            None,
        )
        if b is not None and frozenset((a.best, b.best)) not in done:
            out.append(Judgement("update", a, b))
    return out


def _restated_against(
    dated: Sequence[Position],
    judged: Sequence[Judgement],
    rounding: float,
    cumulative: bool = False,
    reaffirm: Sequence[str] = (),
) -> list[Judgement]:
    """Conflicts between positions two named bodies gave on one day when one was first said on an
    earlier day and its body stands by it that day: said as the count now ("the toll remained at
    seven", "the ministry's toll stands at 11"), or dated by its own sentence or a live page's entry
    time. The step-1 window, read from first sayings, misses them, and the sequence may have read
    the older figure as the one the other rose from (7, then another body's 23, when the ministry
    still says 7): such an update is replaced by the conflict (``judge_positions``). Not when the
    two are otherwise judged, can be reconciled (overlap, one number told more loosely), or one of
    them is already set against a figure the other agrees with (the medics' "at least 19" beside
    the rights group's 23). Only moments the pages give, never inferred ones. Nor, for a count
    that falls (not ``cumulative``: the missing), when the figure said again is the higher: "13
    still missing", relayed a day late beside that day's 11 and nine, is the count before it fell,
    a step the sequence reads as the fall."""
    done = {frozenset((j.a.best, j.b.best)) for j in judged if j.verdict != "update" or j.stated}
    by_day: dict[date, dict[float, Position]] = defaultdict(dict)
    for p in dated:
        for e in p.entries:
            if e.body and e.moment.at is not None and e.moment.source not in INFERRED:
                that_day = by_day[e.moment.at.date()]
                that_day.setdefault(p.best, Position(p.best, open_factor=p.open_factor)).entries.append(e)
    whole = {p.best: p for p in dated}
    against = [(j.a, j.b) for j in judged if j.verdict == "conflict"]
    out = []
    for day in sorted(by_day):
        said = sorted(by_day[day].values(), key=lambda p: p.best)
        # the figures more sources give first: set against the strongest position
        pairs = sorted(
            ((a, b) for i, a in enumerate(said) for b in said[i + 1 :]),
            key=lambda ab: (
                -len(whole[ab[0].best].documents) - len(whole[ab[1].best].documents),
                ab[0].best,
                ab[1].best,
            ),
        )
        for a, b in pairs:
            pair = frozenset((a.best, b.best))
            first_a, first_b = _said_at(whole[a.best]), _said_at(whole[b.best])
            if pair in done or first_a == first_b == day:
                continue  # judged, or both first said that day (step 1 read them)
            if not _bodies_differ(a, b) or _one_number(a, b, rounding) or _overlap(a, b):
                continue
            older = a if first_a < day else b  # the figure said again that day
            if not cumulative and older.best > (b if older is a else a).best:
                continue  # the missing, before they fell to the other's figure
            if not any(_stands_by(e, reaffirm) for e in older.entries):
                continue  # only restated by an outlet, on the page's date
            x, y = whole[a.best], whole[b.best]
            if any(_set_against(x, y, c, d) or _set_against(y, x, c, d) for c, d in against):
                continue
            done.add(pair)
            first, second = sorted((x, y), key=lambda p: (_said_at(p), p.best))
            out.append(Judgement("conflict", first, second))
            against.append((first, second))
    return out


def _instead_of_steps(out: list[Judgement], conflicts: list[Judgement]) -> list[Judgement]:
    """``out`` with ``conflicts`` added, each in place of an unstated step between its two figures:
    one verdict per pair, a dispute never also a revision."""
    pairs = {frozenset((j.a.best, j.b.best)) for j in conflicts}
    kept = [j for j in out if j.verdict != "update" or j.stated or frozenset((j.a.best, j.b.best)) not in pairs]
    return kept + conflicts


def _tolls_of_one_day(
    dated: Sequence[Position], judged: Sequence[Judgement], stated: set[tuple[float, float]], rounding: float
) -> list[Judgement]:
    """Conflicts between two figures of a count that only rises that two pages each date to one day
    by their own sentence ("rose to 108 on Sunday, the agency said"; "the toll as of Sunday had
    risen to 99") and each say is the toll reached then: neither page shares a body with the other,
    and neither figure is said to replace the other, nor can they be reconciled. Two tolls given for
    one day are two accounts of it (as casualty recorders note a dispute, ACLED, Airwars), not a
    step of the count; a day's figures told to the minute are ordered by their hours instead."""
    done = {frozenset((j.a.best, j.b.best)) for j in judged if j.verdict != "update" or j.stated}
    whole = {p.best: p for p in dated}
    by_day: dict[date, dict[float, list[Entry]]] = defaultdict(lambda: defaultdict(list))
    for p in dated:
        for e in p.entries:
            if e.moment.at is not None and e.moment.source not in INFERRED and e.moment.precision == "day":
                by_day[e.moment.at.date()][p.best].append(e)
    out = []
    for day in sorted(by_day):
        told = {
            best: entries
            for best, entries in by_day[day].items()
            if any(e.moment.source == "statement" for e in entries)
            and any(_says_risen(e) for e in entries)
            and not _ranged(whole[best])
        }
        figures = sorted(told)
        for i, low in enumerate(figures):
            for high in figures[i + 1 :]:
                pair = frozenset((low, high))
                if pair in done or (low, high) in stated or (high, low) in stated:
                    continue
                a = Position(low, told[low], whole[low].open_factor)
                b = Position(high, told[high], whole[high].open_factor)
                if a.documents & b.documents or _share_a_body(a, b):
                    continue
                if _one_number(a, b, rounding) or _overlap(a, b):
                    continue
                done.add(pair)
                out.append(Judgement("conflict", whole[low], whole[high]))
    return out


def _stands_by(e: Entry, reaffirm: Sequence[str] = ()) -> bool:
    """The entry says the figure is the body's count now: a current cue ("remained at seven"), a
    restatement cue ("stands at 11"), a reaffirmation (``reaffirm``: "remains accurate"), or a
    moment its own sentence or a live page's entry gives."""
    revision = e.claim.as_count().get("revision") or {}
    return (
        e.current
        or revision.get("kind") == "revised"
        or e.moment.source in ("statement", "stamp")
        or _reaffirms(e, reaffirm)
    )


def _reaffirms(e: Entry, words: Sequence[str]) -> bool:
    """The entry's sentence says its body holds to the figure (one of ``words``, whole, any case:
    "their figure of 769 remains accurate", "officials have only confirmed 19")."""
    return bool(words) and _cue_pattern(tuple(words)).search(e.claim.sentence) is not None


@lru_cache(maxsize=8)
def _cue_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b", re.IGNORECASE)


def _reaffirmed_entries(p: Position, words: Sequence[str]) -> list[Entry]:
    """The entries of ``p`` in which a named body reaffirms its figure (``_reaffirms``) at a moment
    its page gives."""
    return [
        e
        for e in p.entries
        if e.body and e.moment.at is not None and e.moment.source not in INFERRED and _reaffirms(e, words)
    ]


def _left_behind(j: Judgement, dated: Sequence[Position], rounding: float, reaffirm: Sequence[str]) -> bool:
    """``j`` is an unstated step out of a figure its named body reaffirms later (``_reaffirms``: "have
    only confirmed 19") to a figure said no later than that, on the word of no body it shares: the
    body kept its count, so the other was no revision of it but a rival count beside it."""
    if j.verdict != "update" or j.stated or not reaffirm:
        return False
    for e in _reaffirmed_entries(j.a, reaffirm):
        assert e.moment.at is not None  # (``_reaffirmed_entries``)
        mine = Position(j.a.best, [e], j.a.open_factor)
        if (
            _said_at(j.b) <= e.moment.at.date()
            and not _share_a_body(mine, j.b)
            and not _one_number(mine, j.b, rounding)
            and not _overlap(mine, j.b)
        ):
            return True
    return False


def _reaffirmed_against(
    dated: Sequence[Position], judged: Sequence[Judgement], rounding: float, reaffirm: Sequence[str]
) -> list[Judgement]:
    """Conflicts between a figure its named body reaffirms (``reaffirm`` words: "Saudi officials
    said their figure of 769 remains accurate") and another named body's figure first said no later
    than that day that it cannot be reconciled with (a news agency's count of over 1,100, said four
    days before): the two are rival counts, both standing, each revising only its own — not a step
    from the one to the other (``_instead_of_steps``). The other figure is the one the reaffirming
    page sets beside it, else the one said last before it. Only moments the pages give; not when the
    two are otherwise judged, or the reaffirmed figure is already set against the other or a figure
    overlapping it (``_set_against``)."""
    done = {frozenset((j.a.best, j.b.best)) for j in judged if j.verdict != "update" or j.stated}
    against = [(j.a, j.b) for j in judged if j.verdict == "conflict"]
    out: list[Judgement] = []
    for held in dated:
        for e in _reaffirmed_entries(held, reaffirm):
            assert e.moment.at is not None  # (``_reaffirmed_entries``)
            day = e.moment.at.date()
            mine = Position(held.best, [e], held.open_factor)
            rivals = [
                p
                for p in dated
                if p.best != held.best
                and _said_at(p) <= day
                and frozenset((p.best, held.best)) not in done
                and _bodies_differ(mine, p)
                and not _one_number(mine, p, rounding)
                and not _overlap(mine, p)
            ]
            if not rivals:
                continue
            other = max(
                rivals,
                key=lambda p: (e.claim.doc in p.documents, _last_said_before(p, day + timedelta(days=1)), p.best),
            )
            if any(_set_against(held, other, c, d) or _set_against(other, held, c, d) for c, d in against):
                continue
            done.add(frozenset((held.best, other.best)))
            first, second = sorted((held, other), key=lambda p: (_said_at(p), p.best))
            out.append(Judgement("conflict", first, second))
            against.append((first, second))
    return out


def _set_against(x: Position, y: Position, c: Position, d: Position) -> bool:
    """The conflict ``c``/``d`` already sets ``x`` against ``y`` or a figure overlapping ``y``."""
    return any(p.best == x.best and (q.best == y.best or _overlap(q, y)) for p, q in ((c, d), (d, c)))


def _set_beside(dated: Sequence[Position], by_best: Mapping[float, Position]) -> dict[float, Position]:
    """For each position only ever presumed ("a study estimated that 4,645 died"; "officials fear
    100 died") that some page gives at one moment beside a lower count it gives as reported on the
    word of another body, or of none (the page's own: "The official death toll stands at 64"),
    which it does not overlap: that count's position. The two are positions held at once by different
    bodies — the page restates the count as it stands beside the estimate — so the estimate is no
    step the count took, whenever the count was first said (``judge_positions``)."""
    out: dict[float, Position] = {}
    for hi in dated:
        if not hi.entries or any(e.status != "presumed" for e in hi.entries):
            continue
        for e in hi.entries:
            if e.moment.at is None:
                continue
            counts = [
                c
                for p in dated
                if p.best < hi.best and p.high < hi.low
                for c in p.entries
                if c.claim.doc == e.claim.doc
                and c.moment.at == e.moment.at
                and c.status == "reported"
                and body_key(c.body) != body_key(e.body)
            ]
            if counts:
                # the highest count the page gives beside it: the toll as it stands, not a part of it
                out[hi.best] = by_best[max(c.best for c in counts)]
                break
    return out


def _against_the_count(
    beside: Mapping[float, Position],
    by_best: Mapping[float, Position],
    judged: list[Judgement],
    estimate: frozenset[str],
) -> list[Judgement]:
    """The verdicts with each estimate set against the count a page gives beside it (``_set_beside``):
    a conflict, kept as a dispute (``estimated``) when the estimate says it is one by its own reckoning
    (``estimate``: "a study estimated"); otherwise a fear above the count, which ``_feared_above`` drops.
    A conflict of the two read already is marked so, unless the page sets it out in words (``contrasted``)."""
    out = list(judged)
    for hi, lo in beside.items():
        estimated = bool(estimate) and all(estimate & _words(e) for e in by_best[hi].entries)
        pair = {hi, lo.best}
        found = next((k for k, j in enumerate(out) if {j.a.best, j.b.best} == pair), None)
        if found is None:
            out.append(Judgement("conflict", lo, by_best[hi], estimated=estimated))
        elif out[found].verdict == "conflict" and not out[found].contrasted:
            out[found] = dataclasses.replace(out[found], estimated=out[found].estimated or estimated)
    return out


def _estimates(ordered: Sequence[Position], judged: Sequence[Judgement]) -> list[Judgement]:
    """Overlapping ranges from different bodies on different pages, not judged yet: ``compatible``."""
    ranges = [p for p in ordered if _ranged(p)]
    done = {frozenset((j.a.best, j.b.best)) for j in judged}
    return [
        Judgement("compatible", a, b)
        for i, a in enumerate(ranges)
        for b in ranges[i + 1 :]
        if frozenset((a.best, b.best)) not in done
        and not a.documents & b.documents
        and _bodies_differ(a, b)
        and _overlap(a, b)
    ]


def _ranged(p: Position) -> bool:
    """Every entry states a range in numbers, both ends ("between 100 and 300"; not "up to 6,000",
    "around 5,000" or "hundreds")."""
    for e in p.entries:
        value = e.claim.as_count()
        high, low = value.get("high"), value.get("low")
        if value.get("vague") or value.get("qualifier") or high is None or low is None or high <= low:
            return False
    return True


def _disputes(dated: list[Position], withdrawn: frozenset[float] = frozenset()) -> dict[float, Position]:
    """For each position that names its body, when that body gave no higher figure on earlier days
    and an earlier, higher one (beyond its range) came from another named body: that higher
    position, the latest such. A lower figure from someone else ("US intelligence puts the toll at
    100 to 300", after the ministry's 471) disputes the higher one; only a body that gave a figure
    revises it down. A body that keeps its own count (a ministry's 7, then its 11, while a rights
    group says 23) disputes the other's with each figure, and revises only its own. A figure a
    source says was lowered (``withdrawn``: 153, "revised down to 118 from 153") stands no more: a
    later, lower figure disputes nothing in it."""
    out: dict[float, Position] = {}
    for b in dated:
        mine = _body_keys(b)
        before = [p for p in dated if _said_at(p) < _said_at(b)]  # on an earlier day
        if not mine or any(_body_keys(p) & mine and p.best > b.best for p in before):
            continue  # the body revising its own figure down
        if any(
            (rev := e.claim.as_count().get("revision") or {}).get("direction") == "down" or rev.get("replaced")
            for e in b.entries
        ):
            continue  # the source says the toll was lowered ("has fallen from 80 to 71", "revised to 275"): a revision
        # (a body whose own earlier figures are all lower keeps its own count: its 11, after its 7,
        # still disputes another body's 23)
        higher = [
            p
            for p in before
            if p.low > b.high and _body_keys(p) and not _body_keys(p) & mine and p.best not in withdrawn
        ]
        if higher:
            # the one its own page sets it against, else the one said last before it (a position's
            # figure may be repeated for days)
            out[b.best] = max(
                higher, key=lambda p: (bool(p.documents & b.documents), _last_said_before(p, _said_at(b)), p.best)
            )
    return out


def _rival_bodies(dated: Sequence[Position], disputed: Mapping[float, Position]) -> set[str]:
    """The bodies keeping a rival count: those whose figure (the rebels' 135) a later, lower one
    disputes (``_disputes``: the ministry's 101) from a body that had given a lower figure of its own
    no later than it (the ministry's 56). Such a body's figures are a disagreement with the other's
    series, not steps of it (different bodies' concurrent figures disagree; a body revises only its
    own); each is revised only by that body's own next figure (``_own_revisions``)."""
    by_best = {p.best: p for p in dated}
    out: set[str] = set()
    for lower, higher in disputed.items():
        mine = _body_keys(by_best[lower])
        if any(
            _body_keys(p) & mine and p.best < higher.best and _said_at(p) <= _said_at(higher) and p.best != lower
            for p in dated
        ):
            out |= _body_keys(higher) - mine
    return out


def _of_rivals(p: Position, rivals: set[str]) -> bool:
    """Every body the position is on the word of keeps a rival count (``_rival_bodies``)."""
    keys = _body_keys(p)
    return bool(keys) and keys <= rivals


def _rising(sequence: list[Position], stated: set[tuple[float, float]]) -> tuple[list[Position], list[Judgement]]:
    """The sequence of a count that only rises, and the disagreements taken out of it. A figure one
    source gives above the reports after it, when those go on from the figure before it (158, then
    one page's 220, then 171, 178, 188), is no step the count took: it is set against the next report
    (a conflict) and the sequence runs 158 -> 171. A body revising its own figure down, or a source
    saying so, stays a revision. A floor said after a higher figure ("at least 11" after 19), with
    the count going on above that figure after it, is a lower bound some source could vouch for: no
    step down and no dispute (a difference of precision); another body's lower figure, with the
    count going on above the higher one after it (30 wounded, then the charity's 27, then 34), is a
    dispute, no step down; a round figure that takes in the higher ("about 110" after 112) is the
    same count told loosely."""
    kept: list[Position] = []
    out: list[Judgement] = []
    for i, p in enumerate(sequence):
        if kept and p.best < kept[-1].best:
            prev = kept[-1]
            revised = (
                (prev.best, p.best) in stated
                or _one_source_in_turn(prev, p)
                or bool(_body_keys(prev) & _body_keys(p))
                or any((e.claim.as_count().get("revision") or {}).get("direction") == "down" for e in p.entries)
            )
            goes_on = i + 1 < len(sequence) and sequence[i + 1].best >= prev.best
            if revised:
                pass
            elif _approximate(p) and not _approximate(prev) and p.low <= prev.best <= p.high:
                # a round figure after a precise one it takes in ("about 110" after 112): the same
                # count told loosely, no step down and no dispute (two round figures, "about 7,000"
                # and "around 6,000", are two estimates)
                out.append(Judgement("compatible", prev, p))
                continue
            elif _floor(p) and (goes_on or not (len(kept) > 1 and p.best >= kept[-2].best)):
                out.append(Judgement("compatible", prev, p))
                continue
            elif len(kept) > 1 and len(prev.documents) == 1 and p.best >= kept[-2].best and not goes_on:
                out.append(Judgement("conflict", prev, p, above_later=True))
                kept[-1] = p
                continue
            elif goes_on and _bodies_differ(prev, p):
                out.append(Judgement("conflict", prev, p))
                continue  # another body's lower figure the count did not go down to: a dispute
        kept.append(p)
    return kept, out


def _floor(p: Position) -> bool:
    """Every source gives the position as a floor in numbers ("at least 11", "more than 300")."""
    return all(
        e.claim.as_count().get("high") is None
        and not e.claim.as_count().get("vague")
        and not e.claim.as_count().get("individual")
        for e in p.entries
    )


def _top_left_behind(
    sequence: list[Position], ordered: Sequence[Position], stated: set[tuple[float, float]]
) -> tuple[list[Position], list[Judgement]]:
    """The sequence of a count that only rises without its last figure when one page alone gave it
    and every report on a later day gives a lower figure of the sequence (the ministry's 23, one
    agency's 32 "according to local media", then 23 again the next day): the last word went back to
    the figure before, so the top is disputed (a conflict with what was said after it), no step the
    count took. A body revising its own figure, or a source saying so, stays a revision."""
    if len(sequence) < 2:
        return sequence, []
    top = sequence[-1]
    if len(top.documents) != 1 or top.moment is None or _ranged(top):
        return sequence, []
    day = _said_at(top)
    later = [
        (p, e)
        for p in ordered
        for e in p.entries
        if e.moment.at is not None and e.moment.at.date() > day and e.claim.doc not in top.documents
    ]
    if not later or any(p.best >= top.best or p.high >= top.low for p, _ in later):
        return sequence, []
    last = max(later, key=lambda pe: (pe[1].moment.at, pe[0].best))[0]
    if last not in sequence or (top.best, last.best) in stated or _body_keys(top) & _body_keys(last):
        return sequence, []
    return sequence[:-1], [Judgement("conflict", top, last, above_later=True)]


def _one_page_in_turn(
    entries: Sequence[Entry], judged: list[Judgement], open_factor: float, live: frozenset[str] = frozenset()
) -> list[Judgement]:
    """A live page without stamps gives the toll of one scope several times, each entry a level
    ("the toll has risen to 1,832"; "number of dead rises to over 7,000"); read lowest first, each
    revises the one below. A page is live when it says the toll rose at least twice (here, or in
    another scope: ``live``). A pair is read so when the higher figure is one it says rose to, or
    both are one body's counts; a figure the next one's range takes in ("close to 1,832" beside "at
    least 1,832") is no level of its own; and a total beside its parts, or two bodies' figures
    neither of which it says rose, are no revision."""
    pages: dict[tuple[str, datetime | None], list[Entry]] = defaultdict(list)
    for e in entries:
        count = e.claim.as_count()
        if e.status in CURRENT and not count.get("part_of") and not count.get("vague") and not count.get("individual"):
            pages[(e.claim.doc, e.moment.at)].append(e)
    done = {frozenset((j.a.best, j.b.best)) for j in judged}
    out = []
    for (doc, _), es in pages.items():
        risen = {e.best for e in es if (e.claim.as_count().get("revision") or {}).get("kind") in ("rise", "revised")}
        if len({e.best for e in es}) < 2 or len(risen) < 2 and doc not in live:
            continue
        levels = [Position(v, [e for e in es if e.best == v], open_factor) for v in sorted({e.best for e in es})]
        levels = [p for p, q in zip(levels, [*levels[1:], None], strict=True) if q is None or not _takes_in(q, p)]
        for a, b in zip(levels, levels[1:], strict=False):
            low, high = a.best, b.best
            if frozenset((low, high)) in done or high not in risen and not _same_body(a, b):
                continue  # the higher is one it says rose to, or one body's next count
            if _bodies_differ(a, b) and (high not in risen or low in risen):
                continue  # two bodies' figures, the lower also said as a level ("the ministry's toll
                # stands at 11" beside "has risen to 26"): each its own count, neither rose from the other
            out.append(Judgement("update", a, b, one_page=True))
            done.add(frozenset((low, high)))
    return out


def _into_a_live_page(
    sequence: list[Position],
    entries: Sequence[Entry],
    live: frozenset[str],
    judged: list[Judgement],
    open_factor: float,
) -> list[Judgement]:
    """A live page enters the sequence at its highest entry, but its first entry is its lowest: the
    figure before it in the sequence is revised by that lowest entry (2,921, then the live page's
    3,703 ... 5,434), when it lies between the two."""
    done = {frozenset((j.a.best, j.b.best)) for j in judged}
    out = []
    for a, b in zip(sequence, sequence[1:], strict=False):
        for doc in sorted(b.documents & live):
            own = [
                e
                for e in entries
                if e.claim.doc == doc
                and e.status in CURRENT
                and not any(e.claim.as_count().get(k) for k in ("part_of", "vague", "individual"))
            ]
            if not own or doc in a.documents:
                continue
            low = min(e.best for e in own)
            if a.best < low < b.best and frozenset((a.best, low)) not in done:
                out.append(Judgement("update", a, Position(low, [e for e in own if e.best == low], open_factor)))
                done.add(frozenset((a.best, low)))
    return out


def _takes_in(q: Position, p: Position) -> bool:
    """``q``'s figures reach down to ``p``'s closed range ("at least 1,832" beside "close to 1,832",
    whose range ends at 1,832): ``p`` is no figure of its own beside ``q``."""
    highs = [e.claim.as_count().get("high") for e in p.entries]
    # ("nearly N" ends at N - 1)
    return (
        all(isinstance(h, (int, float)) for h in highs) and max(float(h) for h in highs if h is not None) + 1 >= q.low
    )


def _last_said_before(p: Position, day: date) -> datetime:
    return max(
        (e.moment.at for e in p.entries if e.moment.at is not None and e.moment.at.date() < day), default=datetime.min
    )


def _told(ordered: Sequence[Position], rounding: float) -> list[Judgement]:
    """The verdicts of a count fixed when it happened (the people aboard): whenever each was said,
    two sources' figures that overlap or write one number differ in precision, others conflict."""
    out = []
    for i, a in enumerate(ordered):
        for b in ordered[i + 1 :]:
            if len(a.documents | b.documents) == 1:
                continue  # one page's two figures: a total and a part, or another count
            if _one_number(a, b, rounding) or _overlap(a, b):
                out.append(Judgement("compatible", a, b, one_number=_one_number(a, b, rounding)))
            else:
                out.append(Judgement("conflict", a, b))
    return out


def judge_positions(
    entries: Sequence[Entry],
    window: timedelta,
    open_factor: float = 1.5,
    spike_factor: float = 5.0,
    cumulative: bool = False,
    live: frozenset[str] = frozenset(),
    numbered: frozenset[str] = frozenset(),
    rounding: float = 0.0,
    fixed: bool = False,
    contrast: frozenset[str] = frozenset(),
    so_far: Sequence[str] = (),
    running: Sequence[str] = (),
    stages: Mapping[str, float] | None = None,
    exceeding: Sequence[str] = (),
    estimate: frozenset[str] = frozenset(),
    reaffirm: Sequence[str] = (),
) -> list[Judgement]:
    """The verdicts of one timeline (see the module docstring): stated revisions first, then the
    dated positions in order; an undated position is set against the dated ones it overlaps none of.
    A figure only feared above a count of a toll is no conflict with it (``_feared_above``).
    ``cumulative``: the count only rises (``compare.figures.cumulative``), so a later, lower figure
    from a body that gave no higher one disputes the higher one rather than revising it.
    ``live``: the documents that say, in any scope, the toll rose at least twice (live pages whose
    entries carry no stamps): their figures of one moment are successive entries, never said at
    once. ``numbered``: the documents that give this figure in numbers in any scope (a page that
    does tells no first figure in words). ``rounding``: an approximate figure this near another
    said at once is the same figure rounded (``compare.figures.rounding``). ``fixed``: a count of
    the moment it happened (``compare.figures.fixed``: the people aboard), never revised: see ``_told``.
    ``contrast``: words with which a page sets two bodies' figures against each other
    (``compare.figures.contrast_cues``: see ``_bodies_on_one_page``). ``so_far``: words with which a
    count of none says it is the count so far (``compare.figures.so_far_cues``: see ``_none_against``).
    ``running``: words with which a figure says it is the tally so far (see ``_risen_over``).
    ``stages``: each page's toll of the count that only rises (``compare.figures.staged_by``), which
    orders a day's figures of a count that falls (see ``_in_order``, ``_staged_apart``). ``exceeding``:
    words with which a later, higher figure says the earlier estimate was too low (see ``_said_to_exceed``).
    ``estimate``: words with which a presumed figure says it is another body's estimate
    (``compare.figures.estimate_cues``): set on a page beside a count, it disputes it (``_set_beside``).
    ``reaffirm``: words with which a body holds to its figure (``compare.figures.reaffirm_cues``:
    "remains accurate"): said after another body's figure, the two are rival counts (``_reaffirmed_against``)."""
    if not fixed and any(e.best == 0 for e in entries) and any(e.best > 0 for e in entries):
        # a count of none ("no civilians were killed") is no step of the count: set against the
        # count said last when it was (the first after it, when it came first), a disagreement
        nonzero = [e for e in entries if e.best != 0]
        return [
            *judge_positions(
                nonzero,
                window,
                open_factor,
                spike_factor,
                cumulative,
                live,
                numbered,
                rounding,
                stages=stages,
                exceeding=exceeding,
                estimate=estimate,
                reaffirm=reaffirm,
            ),
            *_none_against(positions(entries, open_factor), cumulative, so_far),
        ]
    judged = _judged(
        entries,
        window,
        open_factor,
        spike_factor,
        cumulative,
        live,
        numbered,
        rounding,
        fixed,
        contrast,
        running,
        stages,
        exceeding,
        estimate,
        reaffirm,
    )
    # (the people aboard are no toll: "about 500 believed aboard" does dispute "300 aboard"; a page
    # that sets two bodies' figures against each other, "roughly triple the UN estimate", tells a
    # dispute of estimates, whatever either is worded as)
    return [
        j
        for j in judged
        if fixed or j.verdict != "conflict" or j.contrasted or j.estimated or not _feared_above(j.a, j.b)
    ]


def _none_against(ordered: list[Position], cumulative: bool = False, so_far: Sequence[str] = ()) -> list[Judgement]:
    """The conflict of a count of none with the count of others said last when the none was last
    said (or, said before any, the first after it); none when the same body gives both. A count
    that falls (not ``cumulative``: the missing, the trapped) said to be none now ("no one is still
    missing"), after the count it is set against, is that count's last step down: an update. A none
    said as the count so far (``so_far`` words: "no bodies have been recovered yet"), before every
    count it could be set against, is the first step of the count found after it: an update."""
    zero = next((p for p in ordered if p.best == 0), None)
    if zero is None or zero.moment is None:
        return []
    last = max(e.moment.at for e in zero.entries if e.moment.at is not None)
    counts = [p for p in ordered if p.best > 0 and p.moment is not None and not _same_body(p, zero)]
    # like with like: the army's "no civilians" against the residents' "17 civilians"
    subjects = {_subject(e) for e in zero.entries} - {None}
    alike = [
        Position(p.best, [e for e in p.entries if _subject(e) in subjects], open_factor=p.open_factor) for p in counts
    ]
    counts = [p for p in alike if p.entries] or counts
    if not counts:
        return []

    def said_by(p: Position) -> datetime:
        return max(
            (e.moment.at for e in p.entries if e.moment.at is not None and e.moment.at <= last), default=datetime.min
        )

    before = [p for p in counts if p.moment is not None and p.moment <= last]
    if not before and _says_so_far(zero, so_far):
        first = min(counts, key=lambda p: (p.moment or datetime.max, p.best))
        return [Judgement("update", zero, first)]
    other = (
        max(before, key=lambda p: (said_by(p), p.best))
        if before
        else min(counts, key=lambda p: p.moment or datetime.max)
    )
    if (
        not cumulative
        and _said_current(zero)
        and other.moment is not None
        and zero.moment is not None
        and other.moment < zero.moment
    ):
        return [Judgement("update", other, zero)]
    return [Judgement("conflict", zero, other)]


def _said_to_exceed(p: Position, patterns: Sequence[str]) -> bool:
    """Every entry of ``p`` says its figure exceeds the earlier estimate (one of ``patterns``, any
    case, in its sentence: "far deadlier than estimated", "almost double the death toll")."""
    if not patterns:
        return False
    cue = re.compile("|".join(f"(?:{w})" for w in patterns), re.IGNORECASE)
    return all(cue.search(e.claim.sentence) for e in p.entries)


def _names_what_it_exceeds(p: Position, entries: Sequence[Entry]) -> bool:
    """A page of ``p`` gives another body's lower figure beside it ("at least 58 died, more than twice
    the official count", after "the state government's figure of 26"): the figure it exceeds is that
    one, set against it on the page, not the one before it in the sequence."""
    mine = _body_keys(p)
    return any(
        e.claim.doc in p.documents and e.best < p.best and e.body and body_key(e.body) not in mine for e in entries
    )


def _says_so_far(p: Position, words: Sequence[str]) -> bool:
    """Every entry of ``p`` says its figure is the count so far (one of ``words``, whole, any case)."""
    if not words:
        return False
    cue = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b", re.IGNORECASE)
    return all(cue.search(e.claim.sentence) for e in p.entries)


def _subject(e: Entry) -> str | None:
    """The counted noun of an entry, singular and lower case ("civilians" -> "civilian")."""
    subject = e.claim.as_count().get("subject")
    return None if not subject else subject.lower().removesuffix("s")


def _feared_above(a: Position, b: Position) -> bool:
    """The higher of two figures is only feared or presumed ("hundreds are feared to have drowned")
    and the lower is a count of those known ("81 bodies recovered"): the fear takes in those not
    found, it does not dispute the count."""
    low, high = (a, b) if a.best < b.best else (b, a)
    return all(e.status == "presumed" for e in high.entries) and any(e.status == "reported" for e in low.entries)


def _judged(
    entries: Sequence[Entry],
    window: timedelta,
    open_factor: float = 1.5,
    spike_factor: float = 5.0,
    cumulative: bool = False,
    live: frozenset[str] = frozenset(),
    numbered: frozenset[str] = frozenset(),
    rounding: float = 0.0,
    fixed: bool = False,
    contrast: frozenset[str] = frozenset(),
    running: Sequence[str] = (),
    stages: Mapping[str, float] | None = None,
    exceeding: Sequence[str] = (),
    estimate: frozenset[str] = frozenset(),
    reaffirm: Sequence[str] = (),
) -> list[Judgement]:
    """``judge_positions`` before a fear above a count is taken out."""
    ordered = positions(entries, open_factor)
    if fixed:
        return _told(ordered, rounding)
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
        # the timeline's own position of the earlier figure when it was said before ("down from 90"
        # beside Tuesday's report of 90: one figure, said on Tuesday), else the figure as the
        # source wrote it beside the new one
        named = [e for e in entries if e.status == "earlier" and e.best == old and e.claim.doc == new.claim.doc]
        told = by_best.get(old)
        if told is not None and told.moment is not None and new.moment.at is not None and told.moment < new.moment.at:
            source: Position | None = told
        else:
            source = Position(old, named, open_factor) if named else told
        if source is not None:
            out.append(Judgement("update", source, by_best[new.best], stated=True))
            stated.add((old, new.best))
    stages = None if cumulative else stages
    dated = _in_order([p for p in ordered if p.moment is not None], cumulative, stages)
    in_numbers = sum(1 for p in ordered if not p.vague)
    # 1. incompatible figures said at about the same time by sources that disagree
    for i, a in enumerate(dated):
        for b in dated[i + 1 :]:
            if _said_at(b) - _said_at(a) > window + timedelta(days=1):
                break  # in day order: nothing after this is in the window either
            if not same_window(a, b, window):
                continue  # another day, or an inferred moment (which never makes two pages simultaneous)
            if _one_source_in_turn(a, b) or (_same_body(a, b) and a.moment != b.moment):
                continue  # one source revising itself within the window: an update (below)
            if (a.best, b.best) in stated or (b.best, a.best) in stated:
                continue  # a source says the one replaced the other ("up from 12"): an update (above)
            if _risen_over(a, b, running) or _current_over(a, b, cumulative) or _successive_nows(a, b, window):
                continue  # "the toll rose to 15" beside an earlier 8, "12 still trapped": the revision (below)
            if _staged_apart(a, b, stages):
                continue  # "23 missing" beside one dead, "one missing" beside 22: the revision (below)
            if len(a.documents | b.documents) == 1 and (not _bodies_differ(a, b) or a.documents <= live):
                continue  # one page's two figures: a total and a part, or another incident's, or a
                # live page's successive entries
                # (unless it gives them on two bodies' word: "100, said the Red Cross;
                # the minister gave 80")
            one_number = _one_number(a, b, rounding)
            if one_number or _overlap(a, b):
                if (a.vague or b.vague) and in_numbers > 1:
                    continue  # "thousands" beside several stated figures it spans tells nothing
                out.append(Judgement("compatible", a, b, one_number=one_number))
            elif _contradict(a, b):
                out.append(Judgement("conflict", a, b))
    # 2. the sequence: each figure revised by the next different one said after it; a figure in
    #    vague words ("thousands", "scores") revises nothing when others are stated in numbers
    withdrawn = frozenset(old for old, new in stated if new < old)
    disputed = (
        _disputes(_without_spikes([p for p in dated if not p.vague], spike_factor), withdrawn) if cumulative else {}
    )
    # a page's one figure many times the others' (a misread headline) is taken out before its
    # highest figure is read as its toll, so the page's own toll stays in the sequence; so is an
    # estimate a page sets beside the count as it stands (another body's position, no step of it)
    beside = _set_beside(dated, by_best)
    steps = [p for p in dated if p.best not in beside]
    sequence = _without_spikes(
        _page_highest(_without_spikes([p for p in steps if not p.vague], spike_factor) or steps), spike_factor
    )
    # a rival body's count (the rebels' 135, disputed by the ministry's 101 after the ministry's own
    # 56) is its own series beside the main one: its figures are no steps of it, and the figure
    # disputing it is the disputing body's next step (56 -> 101, not 56 -> 135)
    rivals = _rival_bodies(dated, disputed)
    disputing = {lower: higher for lower, higher in disputed.items() if not _of_rivals(higher, rivals)}
    if cumulative:
        sequence, outliers = _rising(
            [p for p in sequence if p.best not in disputing and not _of_rivals(p, rivals)],
            stated | {(b, a) for a, b in stated},
        )
        out += outliers
        sequence, outliers = _top_left_behind(sequence, ordered, stated)
        out += outliers
    sequence, restated = _restated(sequence, stated)
    out += restated
    # a figure its source says replaced a stated earlier one ("down to 35 from 37") revises that one
    # only, not another body's figure said between them (the hospital's 44)
    replacing = {new for _, new in stated}
    for a, b in zip(sequence, sequence[1:], strict=False):
        if a.best == b.best or (a.best, b.best) in stated or (b.best, a.best) in stated:
            continue
        if b.best in replacing:
            continue
        if len(a.documents | b.documents) == 1 and not _one_source_in_turn(a, b):
            continue  # one page's two figures at one moment: no revision of one by the other
        if (
            same_window(a, b, window)
            and _contradict(a, b)
            and not _one_source_in_turn(a, b)
            and not _risen_over(a, b, running)
            and not _current_over(a, b, cumulative)
            and not _successive_nows(a, b, window)
            and not _staged_apart(a, b, stages)
        ):
            continue  # set against each other above
        if same_window(a, b, window) and _one_number(a, b, rounding):
            # "nearly 500" and "500" the same day: one figure told with other precision, no revision
            if not any({j.a.best, j.b.best} == {a.best, b.best} for j in out):
                out.append(Judgement("compatible", a, b, one_number=True))
            continue
        if b.best in disputing:
            continue  # set against the higher figure it disputes (below)
        if (
            a.best < b.best
            and _bodies_differ(a, b)
            and _said_to_exceed(b, exceeding)
            and not _names_what_it_exceeds(b, entries)
        ):
            out.append(Judgement("conflict", a, b))  # "far deadlier than estimated": two bodies' estimates
            continue
        out.append(Judgement("update", a, b, same_day=same_window(a, b, window) and not _one_source_in_turn(a, b)))
    # 2a. a figure told in words before any in numbers ("hundreds wounded", then "314 wounded")
    #     is the sequence's first telling, made precise by the first figure it spans
    out += _made_precise(dated, sequence, numbered)
    # 2b. a page that restates the toll as it rises, with no stamps between its entries
    if cumulative:
        out += _one_page_in_turn(entries, out, open_factor, live)
        out += _into_a_live_page(sequence, entries, live, out, open_factor)
    # 3. a later, lower figure of a count that only rises, from a body that gave none of the earlier
    #    ones, disputes the higher figure said before it
    for lower, higher in disputed.items():
        if not any(j.verdict == "conflict" and {j.a.best, j.b.best} == {higher.best, lower} for j in out):
            out.append(Judgement("conflict", higher, by_best[lower], lower_elsewhere=True))
        # it still takes the count on from the sequence's last figure before it, when that is lower
        # (3,377, then the officials' 3,688, disputing the monitor's 7,000)
        b = by_best[lower]
        before = [p for p in sequence if p is not higher and _said_at(p) <= _said_at(b) and p.moment != b.moment]
        if (
            before
            and before[-1].best < lower
            and not any({j.a.best, j.b.best} == {before[-1].best, lower} for j in out)
        ):
            out.append(Judgement("update", before[-1], b))
        # and the body's own last figure before it, when lower, is its own revision (the ministry's
        # 7, then its 11)
        own = [p for p in dated if _said_at(p) < _said_at(b) and _body_keys(p) & _body_keys(b) and p.best < lower]
        if own and not any({j.a.best, j.b.best} == {own[-1].best, lower} for j in out):
            out.append(Judgement("update", own[-1], b))
    # 3a. a body's figure taken out of the sequence (a disputed monitor's 7,000) is still revised by
    #     that body's own next figure (its 6,760 ten days later)
    out += _own_revisions(dated, sequence, out)
    # 3b. a body's figure it stands by on a later day (a ministry's 7, "remained at seven" the day a
    #     rights group says 23) is set against another body's said that day that it cannot be
    #     reconciled with — no longer the figure the other rose from
    out = _instead_of_steps(out, _restated_against(dated, out, rounding, cumulative, reaffirm))
    out = [j for j in out if not _left_behind(j, dated, rounding, reaffirm)]
    # 3c. a body's figure it reaffirms after another body's figure ("their figure of 769 remains
    #     accurate", after a news agency's count of 1,100): two rival counts, both standing — a
    #     dispute, not the step from the one to the other
    out = _instead_of_steps(out, _reaffirmed_against(dated, out, rounding, reaffirm))
    # 3d. two tolls each dated by its own sentence to one day and said as reached that day ("rose to
    #     108 on Sunday", "as of Sunday had risen to 99") by pages that share no body: two accounts
    #     of that day's toll, a dispute — no step from one to the other
    if cumulative:
        out = _instead_of_steps(out, _tolls_of_one_day(dated, out, stated, rounding))
    # 4. two bodies' estimates, each a range ("50 to 150", "100 to 300"), that overlap: two
    #    assessments, neither a revision of the other, whenever said
    out += _estimates(ordered, out)
    # 5. one page setting two bodies' figures side by side at one moment ("168, the authority said;
    #    the airline said 167"), though one of them was first said earlier by others
    if contrast:
        # a conflict a page itself sets out in words stays a dispute, whatever either figure is
        # worded as (``_feared_above``: "the UN migration agency, however, put the toll at 420")
        set_out = {frozenset((x.best, y.best)) for x, y in _contrasted_on_a_page(entries, stated, contrast)}
        out = [
            dataclasses.replace(j, contrasted=True)
            if j.verdict == "conflict" and frozenset((j.a.best, j.b.best)) in set_out
            else j
            for j in out
        ]
        out = _around_the_disputed(
            out + _bodies_on_one_page(entries, by_best, out, stated, rounding, contrast), by_best
        )
    # 6. an estimate a page sets beside the count as it stands disputes that count (as the page
    #    sets them, when it does so in words: step 5)
    out = _against_the_count(beside, by_best, out, estimate)
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
