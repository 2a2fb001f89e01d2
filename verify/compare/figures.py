"""Figures: counts of one attribute of one event compared as intervals.

``figure_interval`` is what a count claim can mean ([51, inf) for "more than 50"; a named victim is
at least one); ``interval_text`` shows it ("51+", "24–99", "12") — the report and editor mode show
figures with these two. ``figure_relation`` says agree, compatible (overlap), update (a later
report's higher, disjoint figure revises an earlier one) or conflict; ``unit_class`` keeps totals
over a period apart from one incident's toll.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import Any

import networkx as nx

from ..models import TIMELINE_VERDICTS, Claim, Finding, Side, Timeline, TimelineEntry
from ..rules import Rule
from .context import Context, by_event, event_day, event_label, make_finding, side_of
from .scopes import local_lines
from .sites import site_lines
from .timeline import (
    CURRENT,
    Entry,
    Judgement,
    Moment,
    Position,
    StoryTimes,
    body_key,
    entries_of,
    first_weekday,
    infer_moments,
    judge_positions,
    positions,
)


def figure_interval(claim: Claim) -> tuple[float, float]:
    """What a count claim can mean: [low, high], high infinite when open above."""
    return value_interval(claim.value)


def value_interval(value: Mapping[str, Any]) -> tuple[float, float]:
    """``figure_interval`` of a count's value (a claim's, or a report's ``claims[].value``)."""
    low = value.get("low")
    high = value.get("high")
    if value.get("individual") and low:
        # "Maaz was killed", "a 25-year-old man was shot": at least one, not a toll of exactly one
        return float(low), float("inf")
    return float(low if low is not None else 0), float("inf") if high is None else float(high)


def interval_text(value: Mapping[str, Any]) -> str:
    """A count's interval as the report and editor mode show it: ``51+`` (open above), ``24–99``,
    ``12``, ``7.8``; empty when the value has no figure."""
    if value.get("low") is None:
        return ""
    low, high = value_interval(value)
    if high == float("inf"):
        return f"{_plain(low)}+"
    return _plain(low) if low == high else f"{_plain(low)}–{_plain(high)}"


def _plain(x: float) -> str:
    """A bound as written: 12, 7.8 (a magnitude, a depth), never 7 for 7.8."""
    return str(int(x)) if x == int(x) else f"{x:g}"


def shown(claim: Claim) -> str:
    """A figure as findings cite it: its words and its interval, “more than 50 people” [51+]."""
    return f"“{claim.text}” [{interval_text(claim.value)}]"


def figure_reach(claim: Claim, open_factor: float) -> tuple[float, float]:
    """What a figure can mean when set against another, as the timeline reads it
    (``compare.figures.open_factor``): an open figure ("more than 300") is at most ``open_factor``
    times its floor, so "at least 8" does not vouch for 32; a named victim, or "at least one", stays
    at least one."""
    low, high = figure_interval(claim)
    if high == float("inf") and low > 1 and not claim.as_count().get("individual"):
        high = max(low * open_factor, low + 1)
    return low, high


def figure_relation(a: Claim, b: Claim, ctx: Context) -> str:
    """agree, compatible, update or conflict for two figures of one attribute (open figures read as
    the timeline reads them: ``figure_reach``)."""
    if figure_interval(a) == figure_interval(b):
        return "agree"
    factor = ctx.rules.compare.figures.open_factor
    (al, ah), (bl, bh) = figure_reach(a, factor), figure_reach(b, factor)
    tol = ctx.rules.compare.figures.tolerance
    if al <= bh * (1 + tol) and bl <= ah * (1 + tol):
        return "compatible"
    # a later report's disjoint figure revises the earlier one (see compare.timeline for the full reading)
    pa, pb = ctx.published(a), ctx.published(b)
    if pa and pb and pa != pb:
        earlier, later = (a, b) if pa < pb else (b, a)
        if figure_interval(later)[0] > figure_interval(earlier)[1]:
            return "update"
    return "conflict"


def unit_class(claim: Claim) -> str:
    """What a figure counts, for comparison: people and civilians alike; a total over a period
    ("since April 22", "in six months") is never set against one incident's toll, nor against a
    total over another period: its class names the period's start (``period_start``: "people,
    total since 2016-04-22"), or its words when the start is unknown ("people, total in six months")."""
    unit = str(claim.as_count().get("unit") or "people")
    unit = "people" if unit in ("people", "civilians") else unit
    if not claim.as_count().get("period"):
        return unit
    start = claim.as_count().get("period_start")
    return f"{unit}, total since {start}" if start else f"{unit}, total {str(claim.as_count()['period']).lower()}"


def people_unit(claim: Claim, ctx: Context) -> str:
    """``unit_class`` of a figure of a group counted apart: any subject of people reads "people"."""
    counts = ctx.rules.counts
    unit, comma, period = unit_class(claim).partition(",")
    if unit in counts.subjects and unit not in counts.facility_subjects:
        unit = "people"
    return unit + comma + period


def same_unit_class(a: Claim, b: Claim) -> bool:
    """``unit_class`` alike, a start with no year stated ("since September") matching a start of
    that month with a year ("since September 2015")."""
    ua, ub = unit_class(a), unit_class(b)
    if ua == ub:
        return True
    for undated, dated in ((ua, ub), (ub, ua)):
        head, _, month = undated.partition(", total since --")
        if month and re.fullmatch(re.escape(head) + r", total since \d{4}-" + re.escape(month), dated):
            return True
    return False


def comparison_key(claim: Claim) -> tuple[str, str]:
    """What a figure is compared under: its attribute and its unit class (``unit_class``)."""
    return claim.attribute, unit_class(claim)


@dataclass(frozen=True)
class _Timeline:
    """One group's figures on a timeline and the timeline's verdicts."""

    event: str
    attribute: str
    unit: str
    where: str | None
    entries: list[Entry]
    judgements: list[Judgement]


def _timelines(kinds: tuple[str, ...], ctx: Context) -> Iterator[_Timeline]:
    """Each event's figures, one timeline per attribute, unit class and scope (``_groups``), with
    inferred moments for undated documents and the verdicts ``judge_positions`` reads. Events are
    read in the order of the pages and day their time readings are for (``Context.story_times``
    keeps only the last few: the many events of one long page share them), and handed on in their
    own order."""
    places = {e.id: e.place for e in ctx.clustering.events}
    counted = {
        event: c
        for event, claims in by_event(ctx, kinds).items()
        if (c := _compared_counts(claims, ctx, places.get(event)))
    }
    keys = {event: (tuple(sorted({c.doc for c in counts})), event_day(ctx, event)) for event, counts in counted.items()}
    found = {
        event: list(_event_timelines(event, counted[event], keys[event], ctx, places.get(event)))
        for event in sorted(counted, key=lambda e: (keys[e][0], keys[e][1] or date.min, e))
    }
    for event in counted:
        yield from found[event]


def _compared_counts(claims: list[Claim], ctx: Context, place: str | None = None) -> list[Claim]:
    """The count claims of an event that are set on its timelines (``place``: the event's own)."""
    shares = happenings_within(claims)
    counts = [
        c
        for c in claims
        if c.kind == "count"
        and c.as_count().get("low") is not None
        # a part is compared only as its group's figure ("four Syrians" among the missing,
        # beside another page's "three Syrians"), never as the toll
        and (
            not c.as_count().get("part")
            or c.as_count().get("group")
            # a part counted in a country or an area of its own ("39,672 of them in Turkey") is that
            # place's figure; a village's share of the toll ("41 dead (22 in A, 12 in B)") is a part
            or (c.attribute in ctx.rules.counts.tolls and (_country_of(c, ctx) or c.as_count().get("area")))
            # one of several named happenings' share ("another nine in the Palisades fire")
            or c.as_count().get("within") in shares
            # one site's count, on that site's line ("42 died at the Al Noor mosque": ``site_lines``)
            or c.as_count().get("site")
        )
    ]
    if any(not c.as_count().get("individual") for c in counts):
        # "Maaz was killed" names one victim among many: it is not a toll to set against one
        counts = [c for c in counts if not c.as_count().get("individual")]
    # a figure of a place inside another the event's figures are given for is that place's, on its
    # own line (``local_lines``), never a share of the page's wider toll
    lines = frozenset(local_lines(counts, ctx, place)) | frozenset(site_lines(counts))
    return _without_local_shares(_without_breakdowns(counts, ctx, lines), ctx, place, lines)


def happenings_within(claims: list[Claim]) -> set[str]:
    """The named happenings an event's figures are limited to (``within``: "the Palisades fire",
    "the Eaton fire"), when there are two or more: an event of fires burning at once, each one's
    figure its share. One named alone is the event itself, its figures the whole's. Named by
    separate pages, the one the sentences of most pages' figures name is the event itself and any other, apart
    from it, another happening told beside it ("three bodies were recovered in the Woolsey fire",
    hundreds of miles from the Camp fire): its figures go on lines of their own, never the event's."""
    by_page: dict[tuple[str, str], set[str]] = defaultdict(set)  # (page, attribute) -> names
    for c in claims:
        if c.kind == "count" and (w := c.as_count().get("within")):
            by_page[(c.doc, c.attribute)].add(str(w))
    named = set().union(*by_page.values()) if by_page else set()

    def apart(a: str, b: str) -> bool:
        # "the Grenfell Tower fire" and "the Grenfell fire" are one fire, named twice
        return not set(a.casefold().split()[:-1]) & set(b.casefold().split()[:-1])

    # two happenings, not two names of one: a page gives one count's figures of both, side by side
    # ("nine of the deaths were attributed to the Quarry Fire and four to the Hollins Fire")
    if any(apart(a, b) for names in by_page.values() for a in names for b in names):
        return named
    # name -> the pages whose figures' sentences name it ("the death toll from the Ridge Fire", "the
    # missing persons list for the Ridge Fire", whether or not the figure is read as limited to it)
    pages: dict[str, set[str]] = {
        name: {c.doc for c in claims if c.kind == "count" and name.casefold() in c.sentence.casefold()}
        for name in named
    }
    ranked = sorted(pages, key=lambda n: len(pages[n]), reverse=True)
    if len(ranked) < 2 or len(pages[ranked[0]]) == len(pages[ranked[1]]):
        return set()  # no name the event is told by more than any other
    own = ranked[0]
    others = {n for n in ranked if apart(n, own)}
    return others


def _without_local_shares(
    counts: list[Claim], ctx: Context, place: str | None, own_lines: frozenset[str] = frozenset()
) -> list[Claim]:
    """The figures of a page less those limited to a place that is neither a country nor the
    event's own (a village of a district's poisoning) and lower than a figure of the same count the
    page gives for no such place: "three brothers died" in one village, on a page whose toll is
    19, is that village's share, no step of the toll; "at least 600 killed in Tessin", the event's
    own place, is its first count. (An event counted in several countries sets such figures against
    nothing: ``_groups``; a figure of a place compared on its own line, ``own_lines``, is kept.)"""
    own = (place or "").casefold()

    def local(c: Claim) -> bool:
        # a place within the event's own ("the Uttara neighbourhood of Dhaka", read as Dhaka+Uttara,
        # of a crackdown in Dhaka) is a share of it too: the figure is the event's own only when
        # every place it names is
        where = _limited_to(c, ctx)
        return (
            bool(where)
            and c.id not in own_lines
            and not _country_of(c, ctx)
            and not all(w.casefold() in own for w in where.split("+"))
        )

    named = {w for c in counts for w in str(c.as_count().get("where") or "").split("+") if w in ctx.countries}
    if len(named) > 1:
        return counts
    whole: dict[tuple[str, str], float] = defaultdict(float)
    for c in counts:
        if not local(c):
            key = (c.doc, c.attribute)
            whole[key] = max(whole[key], float(c.as_count().get("best") or 0))
    return [c for c in counts if not local(c) or float(c.as_count().get("best") or 0) >= whole[(c.doc, c.attribute)]]


def _limited_to(c: Claim, ctx: Context) -> str:
    """The places a figure is limited to: its own ("in Marrow County"), else those of the body
    giving it when they are no country ("the Marrow County coroner said 24 had died": the county's
    count; a country's body may give the whole's, ``_groups``)."""
    value = c.as_count()
    if where := str(value.get("where") or ""):
        return where
    said = str(value.get("where_said") or "")
    return said if said and not set(said.split("+")) & ctx.countries else ""


def _country_of(c: Claim, ctx: Context) -> bool:
    """Whether a figure's place is (or joins) countries, a scope of its own."""
    where = c.as_count().get("where")
    return bool(where) and any(w in ctx.countries for w in str(where).split("+"))


def _without_breakdowns(counts: list[Claim], ctx: Context, own_lines: frozenset[str] = frozenset()) -> list[Claim]:
    """The figures of a page less those it gives as the parts of a toll the page states whole
    elsewhere: one sentence's "Four people were killed by falling trees and two fishermen drowned"
    beside "killing at least six people" (4 + 2: the six, told by cause, no toll of four); "17
    people were killed in Kathmandu, while two others died in Sunsari" beside "at least 19 killed",
    in one sentence or in two ("17 died in Kathmandu alone", "in Sunsari, two died"): the toll told
    town by town. A country's figure is a scope of its own, never such a part, and so is a figure
    of a place compared on its own line (``own_lines``: a city's 6 and its county's 11 are no parts
    of the state's 17)."""
    by_sentence: dict[tuple[str, str, int], list[Claim]] = defaultdict(list)
    totals: dict[tuple[str, str], set[tuple[int, float]]] = defaultdict(set)
    by_place: dict[tuple[str, str], dict[str, list[Claim]]] = defaultdict(lambda: defaultdict(list))
    for c in counts:
        value = c.as_count()
        if value.get("status", "reported") not in CURRENT or _country_of(c, ctx) or c.id in own_lines:
            continue
        by_sentence[(c.doc, c.attribute, c.sentence_start)].append(c)
        if where := value.get("where"):
            by_place[(c.doc, c.attribute)][str(where)].append(c)
        else:
            totals[(c.doc, c.attribute)].add((c.sentence_start, float(value.get("best") or 0)))
    parts: set[str] = set()
    for (doc, attribute, start), members in by_sentence.items():
        values = [float(c.as_count().get("best") or 0) for c in members]
        if len(members) < 2 or len(set(values)) < len(values):
            continue
        whole = sum(values)
        if any(s != start and best == whole for s, best in totals[(doc, attribute)]):
            parts |= {c.id for c in members}
    for key, places in by_place.items():
        if len(places) < 2:
            continue
        highs = {w: max(float(c.as_count().get("best") or 0) for c in group) for w, group in places.items()}
        if any(best == sum(highs.values()) for _, best in totals[key]):
            parts |= {c.id for group in places.values() for c in group}
    return [c for c in counts if c.id not in parts]


def _event_timelines(
    event: str, counts: list[Claim], key: tuple[tuple[str, ...], date | None], ctx: Context, place: str | None
) -> Iterator[_Timeline]:
    """``place``: the event's own place (its figures' lines below it, ``local_lines``)."""
    window = timedelta(minutes=ctx.rules.compare.figures.window_minutes)
    groups = _groups(counts, ctx, key[1], local_lines(counts, ctx, place))
    times = ctx.story_times(*key)
    moments = _inferred_moments(groups, ctx, times, event)
    live = {a: _live_pages(c for k, g in groups.items() if k[0] == a for c in g) for a in {k[0] for k in groups}}
    stages = _page_tolls(counts, ctx.rules.compare.figures.staged_by)
    numbered: dict[str, set[str]] = defaultdict(set)  # the pages giving an attribute in numbers, any scope
    for c in counts:
        if not c.value.get("vague"):
            numbered[c.attribute].add(c.doc)
    for (attribute, unit, where), group in sorted(groups.items(), key=lambda kv: (kv[0][0], kv[0][1], kv[0][2] or "")):
        # said as the count now: read for a count that may fall (trapped, missing), never a toll that only rises
        cues = (
            ctx.rules.compare.figures.current_cues
            if attribute not in ctx.rules.compare.figures.cumulative
            else frozenset()
        )
        entries = [
            _with_moment(e, moments, cues)
            for e in entries_of(group, ctx.documents, times.index, figure_bodies(group, ctx))
            if not _said_before(e, key[1])
        ]
        yield _Timeline(
            event,
            attribute,
            unit,
            where,
            entries,
            judge_positions(
                entries,
                window,
                ctx.rules.compare.figures.open_factor,
                ctx.rules.compare.figures.spike_factor,
                # the figures left unscoped in a story told in several countries mix the
                # countries' counts: a lower one there is no dispute of a higher one
                cumulative=attribute in ctx.rules.compare.figures.cumulative
                and (where is not None or not any(k[0] == attribute and k[2] for k in groups)),
                live=live[attribute],
                numbered=frozenset(numbered[attribute]),
                rounding=ctx.rules.compare.figures.rounding,
                fixed=attribute in ctx.rules.compare.figures.fixed
                or (_a_length(attribute, ctx.rules.compare.figures.fixed_units) and not _one_body_revises(entries)),
                contrast=ctx.rules.compare.figures.contrast_cues,
                exceeding=ctx.rules.compare.figures.disputing_cues,
                estimate=ctx.rules.compare.figures.estimate_cues,
                so_far=ctx.rules.compare.figures.so_far_cues,
                reaffirm=ctx.rules.compare.figures.reaffirm_cues,
                # a running tally is a step up only of a count that only rises
                running=ctx.rules.compare.figures.running_cues
                if attribute in ctx.rules.compare.figures.cumulative
                else (),
                stages=stages if attribute in ctx.rules.compare.figures.staged else None,
            ),
        )


def _page_tolls(counts: Iterable[Claim], attribute: str) -> dict[str, float]:
    """Each page's highest current figure of ``attribute`` (``compare.figures.staged_by``): the point
    of the day its other figures were said at."""
    tolls: dict[str, float] = {}
    for c in counts:
        value = c.as_count()
        if c.attribute != attribute or c.value.get("earlier_of") or value.get("vague") or value.get("part"):
            continue
        if str(c.value.get("status") or "reported") not in CURRENT:
            continue
        best = value.get("best")
        if isinstance(best, (int, float)):
            tolls[c.doc] = max(tolls.get(c.doc, 0.0), float(best))
    return tolls


def _said_before(entry: Entry, day: date | None) -> bool:
    """Its sentence says the figure was given on a day before the event's own ("The U.N. reported
    in December that the siege had resulted in 782 civilian deaths", of a strike in January): a
    count of something earlier (a siege, a war so far), never a step of this event's toll. Only a
    day the sentence states counts; a page's own date may be a misread."""
    at = entry.moment.at
    return day is not None and entry.moment.source == "statement" and at is not None and at.date() < day


def _a_length(attribute: str, units: Iterable[str]) -> bool:
    """The attribute is a length in one of ``units`` (``compare.figures.fixed_units``): a thing's size
    (``metres``), a depth (``depth_metres``) or a distance from a place (``km_from_nurdagi``) — never a
    speed (``km_per_hour``) nor an amount of a substance (``tonnes_of_x``)."""
    return any(attribute in (u, f"depth_{u}") or attribute.startswith(f"{u}_from_") for u in units)


def _one_body_revises(entries: Iterable[Entry]) -> bool:
    """One body (by name, any case) gives two different figures: it revises its own measurement."""
    seen: dict[str, set[float]] = defaultdict(set)
    for e in entries:
        if e.body:
            seen[" ".join(re.findall(r"[a-z]+", e.body.lower()))].add(e.best)
    return any(len(bests) > 1 for bests in seen.values())


def _live_pages(counts: Iterable[Claim]) -> frozenset[str]:
    """The documents that say, in any scope, a figure rose at least twice: live pages, whose entries
    follow one another."""
    risen: Counter[str] = Counter(
        c.doc for c in counts if (c.as_count().get("revision") or {}).get("kind") in ("rise", "revised")
    )
    return frozenset(doc for doc, n in risen.items() if n >= 2)


def check_interval(rule: Rule, ctx: Context) -> Iterator[Finding]:
    """Figures of one event, attribute and scope on a timeline (``compare.timeline``): each pair of
    positions the timeline sets against each other as a conflict or a difference of precision is
    one finding, with its two sides; the revisions that follow one another are one finding per
    series (``revision_series``: 12 -> 31 -> 64), a side per figure in turn; a toll first told in
    words ("hundreds") and then in numbers is one finding of its own (a count of things so told,
    "thousands of buildings" and then "6,217", is none)."""
    for t in _timelines(rule.kinds, ctx):
        label = event_label(ctx, t.event)
        what = _what(t.attribute, t.unit, t.where)
        revisions: list[Judgement] = []
        for j in t.judgements:
            docs_ab = j.a.documents | j.b.documents
            if len(docs_ab) > 1 and len({ctx.copies.get(d, d) for d in docs_ab}) == 1:
                continue  # a story and its copies are one source: their differences are edits
            if j.verdict == "update" and not j.made_precise:
                revisions.append(j)
                continue  # (a figure first told in words is its own finding: the series is in numbers)
            if j.made_precise and t.attribute not in ctx.rules.counts.tolls:
                continue  # "thousands of buildings", then "6,217": no toll's telling, nothing to review
            finding = _finding(rule, ctx, t.event, label, t.attribute, what, j)
            if finding is not None:
                yield finding
        for series in revision_series(revisions):
            finding = _series_finding(rule, ctx, t.event, label, t.attribute, what, series)
            if finding is not None:
                yield finding
        for p in positions(t.entries, ctx.rules.compare.figures.open_factor):
            origins = {ctx.origin(e.claim) for e in p.entries}
            if len(origins) > 1:
                side = _side(p, ctx)
                finding = make_finding(
                    rule,
                    "agree",
                    t.attribute,
                    [e.claim for e in p.entries],
                    f"{len(origins)} independent sources give {what} in {label} as {_said(p, ctx)}.",
                    event=t.event,
                    sides=[side],
                    rules=ctx.rules,
                )
                if finding is not None:
                    yield finding


def figure_timelines(kinds: tuple[str, ...], ctx: Context) -> Iterator[Timeline]:
    """The timelines ``check_interval`` judges, as records for the report: every figure with when
    it was said, by whom, and what it is beside the others (``TimelineEntry.verdict``)."""
    for t in _timelines(kinds, ctx):
        verdicts: dict[float, set[str]] = defaultdict(set)
        for j in t.judgements:
            docs_ab = j.a.documents | j.b.documents
            if len(docs_ab) > 1 and len({ctx.copies.get(d, d) for d in docs_ab}) == 1:
                continue  # copies of one story
            if j.verdict == "update":
                verdicts[j.b.best].add("rose" if j.direction == "up" else "revised down")
            elif j.verdict in ("conflict", "compatible"):
                verdicts[j.a.best].add(j.verdict)
                verdicts[j.b.best].add(j.verdict)
        for p in positions(t.entries, ctx.rules.compare.figures.open_factor):
            if not verdicts[p.best] and len({ctx.origin(e.claim) for e in p.entries}) > 1:
                verdicts[p.best].add("agree")
        ordered = sorted(
            t.entries,
            key=lambda e: (
                e.moment.at is None,
                e.moment.at or datetime.min,
                e.current,
                e.best,
                e.claim.doc,
                e.claim.start,
            ),
        )
        entries = tuple(
            TimelineEntry(
                e.claim.id,
                e.claim.doc,
                e.moment.iso(),
                e.moment.source,
                e.body,
                min(verdicts[e.best] or {""}, key=TIMELINE_VERDICTS.index),
            )
            for e in ordered
            if e.status in CURRENT
        )
        if entries:
            yield Timeline(t.event, t.attribute, t.unit, t.where, entries)


def _present_kind(claim: Claim, ctx: Context) -> str | None:
    """Who a count of those present counts, when not everyone (``compare.figures.fixed_wholes``):
    its noun, singular ("crew", "pilot", "passenger")."""
    subject = str(claim.as_count().get("subject") or "").lower()
    if not subject or subject in ctx.rules.compare.figures.fixed_wholes:
        return None
    return subject[:-1] if subject.endswith("s") and len(subject) > 3 else subject


def _civilians_beside_forces(counts: list[Claim], group_of: Mapping[str, object], ctx: Context) -> set[str]:
    """The counts of civilians alone (``who_died.civilians``) of an attribute whose dead the event
    also gives for a group of ``compare.figures.civilians_beside`` (the security forces): a part of
    the whole toll, no rival of it. A group counted by a fighters' word ("12 militants") is none."""
    beside = ctx.rules.compare.figures.civilians_beside
    settings = ctx.rules.compare.who_died
    if not beside:
        return set()

    def subject(c: Claim) -> str:
        return str(c.as_count().get("subject") or "").lower()

    forces = {
        c.attribute.removesuffix(f"_{group}")
        for c in counts
        if (group := c.as_count().get("group")) in beside and subject(c) not in settings.combatants
    }
    return {
        c.id
        for c in counts
        if c.attribute in forces
        and group_of[c.id] is None
        and not c.as_count().get("parts")
        and (subject(c) in settings.civilians or str(c.as_count().get("unit") or "") in settings.civilians)
    }


def _groups(
    counts: list[Claim], ctx: Context, day: date | None = None, lines: Mapping[str, str] | None = None
) -> dict[tuple[str, str, str | None], list[Claim]]:
    """The event's figures by what they are compared under: attribute, unit class and, where the
    event's figures have several ("Turkey", "Syria"), the place they are limited to. The hurt told as
    being treated on a page of a day after the event's ``day`` are at least as many as were hurt:
    below a figure of the hurt said on an earlier day ("57 people were being treated", two days after
    "more than 150 wounded") they are those still in care (``figures.in_care.role``), no revision
    of the hurt; above it ("78 people are being treated" after 74 hurt), the hurt counted since.
    In an event told in one country, a figure of a place inside another the event's figures are
    given for is compared on that place's line (``lines``, from ``local_lines``); a site's count on
    that site's (``site_lines``)."""
    hit = ctx.rules.counts.targets
    at_sites = site_lines(counts)
    sited = [c for c in counts if c.id in at_sites]
    counts = [c for c in counts if c.id not in at_sites]
    shares = happenings_within(counts)
    every = figure_bodies(counts, ctx)
    by_key: dict[tuple[str, str], list[Claim]] = defaultdict(list)
    apart = ctx.rules.figures.counted_apart
    # the counts the event gives figures of beside a group's counted apart ("more than 150 wounded")
    # a sum of listed groups ("three Syrians, one Egyptian, and three Lebanese citizens") is
    # everyone's figure, not its first group's
    group_of = {c.id: None if c.as_count().get("parts") else c.as_count().get("group") for c in counts}
    civilians = _civilians_beside_forces(counts, group_of, ctx)
    everyone = {c.attribute for c in counts if not apart(group_of[c.id], c.attribute) and c.id not in civilians}
    for c in counts:
        if _still_in_care(c, counts, ctx, day):
            by_key[(ctx.rules.figures.in_care.role, unit_class(c))].append(c)
            continue
        if c.id in civilians and c.attribute in everyone:
            # "61 dead civilians" beside the security forces' six: a part of the toll of 67
            by_key[(f"{c.attribute}_civilians", people_unit(c, ctx))].append(c)
            continue
        counted = group_of[c.id]
        if apart(counted, c.attribute) and c.attribute in everyone:
            # the police's own wounded; the group says who they are, so "four gunmen" (fighters)
            # and "four attackers" (people) are one count of the attackers
            by_key[(f"{c.attribute}_{counted}", people_unit(c, ctx))].append(c)
            continue
        # "attacks on 27 hospitals" counts the hospitals hit, as "27 hospitals were targeted" does
        facilities = (
            hit is not None
            and c.attribute in ctx.rules.counts.attacks
            and c.as_count().get("unit") in ctx.rules.counts.facility_subjects
        )
        unit = unit_class(c)
        if c.attribute in ctx.rules.compare.figures.fixed_people and (kind := _present_kind(c, ctx)) is not None:
            unit = f"{unit}, {kind}"  # the crew's 22 is no rival of the pilots' two
        if "_own_" in c.attribute:  # "two of its nurses": the body's own, set against its own figures only
            unit = f"{unit}, of {body_key(every.get(c.id)) or c.doc}"
        by_key[(hit if hit is not None and facilities else c.attribute, unit)].append(c)
    # A start with no year stated ("since September", undated report) is the event's one start of
    # that month with a year ("since September 2015"), when it has exactly one.
    for attribute, unit in [k for k in by_key if ", total since --" in k[1]]:
        head, _, start = unit.partition(", total since --")
        dated = [
            k
            for k in by_key
            if k[0] == attribute and re.fullmatch(re.escape(head) + r", total since \d{4}-" + re.escape(start), k[1])
        ]
        if len(dated) == 1:
            by_key[dated[0]].extend(by_key.pop((attribute, unit)))
    groups: dict[tuple[str, str, str | None], list[Claim]] = defaultdict(list)
    known = ctx.countries

    def countries(value: object) -> str | None:
        return "+".join(sorted({w for w in str(value or "").split("+") if w in known})) or None

    # the areas of control each body gives figures for, in any attribute, and their countries: a
    # body that counts the rebel-held north's dead counts its injured there too
    areas_of: dict[str, set[tuple[str, str | None]]] = defaultdict(set)
    # (a country's whole, "nationally", is no area its body's other figures are limited to)
    extents = ctx.rules.figures.areas.extents
    for c in counts:
        if (area := c.as_count().get("area")) and area not in extents and (giver := body_key(every.get(c.id))):
            areas_of[giver].add((str(area), countries(c.as_count().get("where"))))
    # the countries the event's figures are limited to, of any attribute: in a story told country by
    # country, a figure limited to one is that one's even when no other figure of its kind is
    # ("more than 40 injured in Orsania" beside "more than 150 injured", said of the other)
    told_in = {w for c in counts if (w := countries(c.as_count().get("where"))) and "+" not in w}
    # the countries each sentence's figures, of any count, are limited to or given by a body of
    # ("Turkey's relief agency says the quakes have killed 2,921"), for a figure of another count
    # told after it in its paragraph
    sentence_countries = _sentence_countries(counts, told_in, countries)
    for key, group in by_key.items():
        stated = {w for c in group if (w := countries(c.as_count().get("where")))}

        def scope(c: Claim, stated: set[str] = stated) -> str | None:
            """The countries a figure is limited to (a city or a misread name is the event's own
            place); the country of the body giving it counts when other figures of the event, of
            this count or another, are stated for that country ("Turkey's agency said" beside "in
            Turkey"; "authorities in Mozambique reported 24 injured" in a story whose deaths are
            told country by country; not "US intelligence puts the toll at" in a story no figure of
            which is limited to the United States)."""
            value = c.as_count()
            return countries(value.get("where")) or (
                said if (said := countries(value.get("where_said"))) in stated or said in told_in else None
            )

        wheres = {w for c in group if (w := scope(c))}
        singles = {w for w in wheres if "+" not in w}
        combined = "+".join(sorted(singles)) if len(singles) > 1 else None
        # the highest figure each page gives for one country
        country_high: dict[str, float] = defaultdict(float)
        for c in group:
            w = scope(c)
            if w in singles:
                country_high[c.doc] = max(country_high[c.doc], float(c.as_count().get("best") or 0))
        # the countries each sentence limits a figure to, and those each page names at all
        said_in: dict[tuple[str, int], set[str]] = defaultdict(set)
        for c in group:
            if (w := scope(c)) in singles:
                said_in[(c.doc, c.sentence_start)].add(w)
        named = _countries_named(ctx, {c.doc for c in group}, singles) if combined is not None else {}
        # the one country each page gives a value for ("the death toll in Malawi has risen to 326"),
        # so that the page's retelling of it without a place ("has risen from 225 to 326", the
        # president said) is that country's figure, never the whole's
        page_scopes: dict[tuple[str, float], set[str]] = defaultdict(set)
        for c in group:
            if (w := scope(c)) in singles:
                page_scopes[(c.doc, float(c.as_count().get("best") or 0))].add(w)

        def of_whole(c: Claim, where: str | None, combined: str | None = combined, singles: set[str] = singles) -> bool:
            """A figure of more of the places than figures are given for ("201 dead across North and
            South Carolina, Georgia, Florida ...", "97 across six states"): the whole's."""
            spans = c.as_count().get("spans")
            return combined is not None and bool(where and set(where.split("+")) > singles or not where and spans)

        # the values given for one country only, and those given for the whole ("at least 49 across
        # multiple nations" too: a 49 another page gives one country is no longer that one's alone)
        values_of: dict[float, set[str]] = defaultdict(set)
        for c in group:
            w = combined if of_whole(c, scope(c)) else scope(c)
            if w is not None and (w in singles or w == combined):
                values_of[float(c.as_count().get("best") or 0)].add(w)
        wheres_of: dict[str, str | None] = {}
        abroad: set[str] = set()
        for c in group:
            where = scope(c) if len(singles) > 1 or len(told_in) > 1 else None
            if of_whole(c, where):
                where = combined
            best = float(c.as_count().get("best") or 0)
            # (a figure limited to a place inside one, "27 people died in Kelam province alone", is
            # none of the countries' nor the whole's)
            if where is None and combined is not None and not _limited_to(c, ctx):
                beside = said_in[(c.doc, c.sentence_start)]
                if len(named[c.doc]) == 1:
                    (where,) = named[c.doc]  # a page naming one of the countries only gives its figures
                elif len(page_scopes[(c.doc, best)]) == 1:
                    (where,) = page_scopes[(c.doc, best)]  # the page's own figure for one country, retold
                elif not named[c.doc]:
                    # a page naming none gives the one scope its value is given for elsewhere
                    # ("across Kelam and Baruni provinces the storm killed 41": the one country's 41),
                    # else a figure of no known scope ("Eleven people from Char Moni died")
                    where = next(iter(values_of[best])) if len(values_of[best]) == 1 else None
                elif not country_high[c.doc] and len(values_of[best]) == 1:
                    # a page giving no country's figure of this count: its value's one scope elsewhere
                    # ("Some 85,000 people were evacuated there", Orsania's 85,000)
                    (where,) = values_of[best]
                elif len(values_of[best]) == 1 and best != country_high[c.doc]:
                    # a value stated elsewhere for one scope only is that scope's ("rose to 70" on a
                    # page whose 79 is the whole's, where another page says "70 people in Dalmora")
                    (where,) = values_of[best]
                elif not country_high[c.doc] and len(near := _near_countries(c, ctx, sentence_countries)) == 1:
                    # a page giving no country's figure of this count: one told in or just after a
                    # sentence whose figures are one country's ("Turkey's relief agency says ...
                    # killed 2,921. Its head reported an additional 15,384 injured") is that one's
                    (where,) = near
                elif best >= country_high[c.doc]:
                    where = combined  # an event told in several countries: an unscoped toll no lower
                    #                   than any one country's on its page is the whole's
                elif len(beside) == 1:
                    (where,) = beside  # "has risen to 41 in X, although the ministry gave 38": X's too
            if where is None and (own := scope(c)) and told_in and not set(own.split("+")) & told_in:
                # "the storm struck Greece, Turkey and Bulgaria, killing 27", in a story whose figures
                # are told in Libya only: those countries' toll, set against nothing (a line of its
                # own would make the event's a story told country by country, whose lower figures
                # dispute no higher one)
                abroad.add(c.id)
            wheres_of[c.id] = where
        # the figures each body gives, page by page, for an area of its own
        own_area: dict[tuple[str, str], set[object]] = defaultdict(set)
        for c in group:
            if c.as_count().get("area") not in (None, *extents) and (giver := body_key(every.get(c.id))):
                own_area[(c.doc, giver)].add(c.as_count().get("best"))
        for c in group:
            if c.id in abroad:
                continue
            placed = _in_area(c, group, wheres_of, scope, every, areas_of, own_area, extents)
            if placed is None and (combined is not None or len(told_in) > 1 and _limited_to(c, ctx)):
                continue  # an event counted country by country: a figure of none of them, nor of the
                #           whole (a village's, a province's, one unplaced), is set against nothing;
                #           one limited to a place inside one of them is so too where this count is
                #           given for one country only ("over 1,000 missing in Pell County")
            if placed is None and (share := c.as_count().get("within")) in shares:
                placed = str(share)  # the Eaton fire's own toll, on a timeline of its own
            if placed is None and combined is None and lines and c.id in lines:
                placed = lines[c.id]  # the city's toll, beside its county's: a line of its own
            groups[(*key, placed)].append(c)
    groups = _one_scope_per_figure(groups)
    for c in sited:  # each site's counts on that site's line, never the toll's
        attribute, site = at_sites[c.id]
        groups.setdefault((attribute, unit_class(c), site), []).append(c)
    return groups


def _sentence_countries(
    counts: list[Claim], told_in: set[str], countries: Callable[[object], str | None]
) -> dict[tuple[str, int], set[str]]:
    """(page, sentence start) -> the countries the sentence's figures are limited to, or given by
    a body of when the event tells figures of that country (``told_in``)."""
    out: dict[tuple[str, int], set[str]] = {}
    for c in counts:
        value = c.as_count()
        where = countries(value.get("where"))
        if where is None and (said := countries(value.get("where_said"))) in told_in:
            where = said
        placed = out.setdefault((c.doc, c.sentence_start), set())  # every sentence with figures
        if where is not None:
            placed.update(where.split("+"))
    return out


def _near_countries(claim: Claim, ctx: Context, sentence_countries: Mapping[tuple[str, int], set[str]]) -> set[str]:
    """The countries of the figures of ``claim``'s own sentence, or, when they have none, of the
    sentence with figures just before it in its paragraph."""
    own = sentence_countries.get((claim.doc, claim.sentence_start), set())
    if own:
        return own
    before = [s for d, s in sentence_countries if d == claim.doc and s < claim.sentence_start]
    if not before or claim.doc not in ctx.documents:
        return set()
    start = max(before)
    between = ctx.documents[claim.doc].text[start : claim.sentence_start]
    if re.search(r"\n[^\S\n]*\n", between):
        return set()  # another paragraph
    return sentence_countries[(claim.doc, start)]


def _still_in_care(claim: Claim, counts: list[Claim], ctx: Context, day: date | None) -> bool:
    """The hurt told as being treated on a day after the event's, fewer than a figure of the hurt
    said on an earlier day: those still in care then (see ``_groups``)."""
    said = (ctx.published(claim) or "")[:10]
    if not claim.as_count().get("in_care") or day is None or said <= day.isoformat():
        return False
    before = [
        float(c.as_count().get("best") or 0)
        for c in counts
        if c.attribute == claim.attribute
        and not c.as_count().get("part")
        and c.as_count().get("status") == "reported"
        and (ctx.published(c) or "~")[:10] < said
    ]
    return bool(before) and float(claim.as_count().get("best") or 0) < max(before)


def _countries_named(ctx: Context, docs: set[str], countries: set[str]) -> dict[str, set[str]]:
    """Per page, which of ``countries`` its text names, by name or by its people's word
    (``demonyms``: "Turkish" names Turkey)."""
    words = {country: {country, *ctx.rules.demonyms.get(country, ())} for country in countries}
    patterns = {
        country: re.compile(r"\b(?:" + "|".join(re.escape(w) for w in sorted(ws, key=len, reverse=True)) + r")\b")
        for country, ws in words.items()
    }
    out: dict[str, set[str]] = {}
    for doc in docs:
        text = ctx.documents[doc].text if doc in ctx.documents else ""
        out[doc] = {country for country, pattern in patterns.items() if pattern.search(text)}
    return out


def _one_scope_per_figure(
    groups: dict[tuple[str, str, str | None], list[Claim]],
) -> dict[tuple[str, str, str | None], list[Claim]]:
    """A figure a page gives in two scopes belongs where it is the page's only figure: where the
    page gives another figure of that scope too, it is a copy read in the wrong place ("Syria quake
    death toll rises to 15,383" over "at least 2,992 in Syria" and "15,383 in Turkey and Syria").
    A figure the page gives once with its place and once without is that place's."""

    def own(c: Claim) -> bool:
        return not c.as_count().get("part") and c.as_count().get("status", "reported") in CURRENT

    def best(c: Claim) -> float:
        return float(c.as_count().get("best") or 0)

    scopes: dict[tuple[str, str, str, float], set[tuple[str, str, str | None]]] = defaultdict(set)
    values: dict[tuple[tuple[str, str, str | None], str], set[float]] = defaultdict(set)  # a page's figures in a scope
    for key, claims in groups.items():
        for c in claims:
            if own(c):
                scopes[(key[0], key[1], c.doc, best(c))].add(key)
                values[(key, c.doc)].add(best(c))
    misplaced: set[tuple[tuple[str, str, str | None], str, float]] = set()
    for (_, _, doc, value), keys in scopes.items():
        if len(keys) < 2:
            continue
        unscoped = {k for k in keys if k[2] is None}
        if unscoped and unscoped != keys:
            # the page says where it is counted once ("has risen to 41 in X, although the ministry
            # gave 38"), and retells it without ("the spokesman said 38 had died"): that place's figure
            misplaced |= {(k, doc, value) for k in unscoped}
            continue
        alone = {k for k in keys if not values[(k, doc)] - {value}}
        if alone and alone != keys:
            misplaced |= {(k, doc, value) for k in keys - alone}
    if not misplaced:
        return groups
    return {k: [c for c in cs if (k, c.doc, best(c)) not in misplaced] for k, cs in groups.items()}


def _in_area(
    c: Claim,
    group: list[Claim],
    wheres_of: Mapping[str, str | None],
    scope: Callable[[Claim], str | None],
    bodies: Mapping[str, str | None],
    areas_of: Mapping[str, set[tuple[str, str | None]]],
    own_area: Mapping[tuple[str, str], set[object]],
    extents: Mapping[str, object],
) -> str | None:
    """A figure's scope with the area of control it is limited to, if any ("Syria, rebel-held
    areas"): its own words' area ("in the rebel-held northwest"), else the one area its body gives
    figures for in that country, of any attribute (``areas_of``: "the health ministry", whose other
    figures are of government-held areas). An area named without its country ("the rebel-held northwest") is in
    the one country the event's figures of that area are given for. A figure widened to a whole
    country (``extents``: "nationally") is that scope, apart from the place the story is about."""
    where = wheres_of[c.id]
    area = c.as_count().get("area")
    if not area:
        key = body_key(bodies.get(c.id))
        given = areas_of.get(key, set()) if key else set()
        if own_area.get((c.doc, key), set()) - {c.as_count().get("best")}:
            given = set()  # beside its own area's figure on the page, the body's other figure is wider
        country = scope(c)
        # (a figure that names no country is the country its body's figures of that area are given for)
        if key and len({a for a, _ in given}) == 1 and all(w == country or country is None for _, w in given):
            area = next(iter(given))[0]
    if not area:
        return where
    if area in extents:
        return f"{where}, {area}" if where else str(area)  # "the whole country"
    if where is None or "+" in where:
        countries = {w for o in group if o.as_count().get("area") == area and (w := scope(o)) and "+" not in w}
        if "+" in (where or "") or len(countries) > 1:
            return where  # an area of two countries' figures: no area of one
        where = next(iter(countries), where)
    label = f"{area}-held areas"
    return f"{where}, {label}" if where else label


def _what(attribute: str, unit: str, where: str | None) -> str:
    words = attribute.split("_")
    if unit in words[1:]:
        words.remove(unit)  # deaths_children counted in children: "deaths (children)"
    what = " ".join(words)
    if unit not in ("people", attribute):
        what = f"{what} ({unit})"
    return f"{what} in {where}" if where else what


def figure_bodies(claims: list[Claim], ctx: Context) -> dict[str, str | None]:
    """Whom each figure is attributed to on the timeline: its cited source, without markup, unless
    that is a news medium relaying the figure (``compare.figures.media``: "The Associated Press",
    "Quoting Reuters") and not its own count (``own_counts``: "the BBC's findings"), the document's own outlet ("APA" in APA), or no name at all ("17,674", "•")
    — none of which counted anyone, so none sets one figure against another as a body would. A body
    named as "the group" (``compare.figures.standing_for``) is the last one the page named before it
    (the last whose name holds that noun, when one does: "the ministry" is the last ministry named)."""
    media = ctx.rules.compare.figures.media_words
    own = ctx.rules.compare.figures.own_counts
    standing = {b.lower() for b in ctx.rules.compare.figures.standing_for}
    # "the official toll" names no body "the group" or "it" could stand for
    adjectives = set(ctx.rules.sourcing.owner_adjectives)
    pronoun = _pronoun_cue(ctx.rules.compare.figures.standing_pronouns, ctx.rules.sourcing.cue_verbs)
    out: dict[str, str | None] = {}
    for c in claims:
        body = (c.cited_source or "").strip(" #*•·-–—\t")
        if body.lower() in standing or not body and pronoun is not None and pronoun.search(c.sentence):
            # "the group said": the last body the page named before, when near enough
            reach = ctx.rules.compare.figures.standing_for_chars
            before = [
                b
                for at, b in ctx.sources_in_order.get(c.doc, [])
                if c.start - reach <= at < c.start and b.strip(" #*•·-–—\t").lower() not in standing | adjectives
            ]
            # "the ministry" is the last ministry named, not the hospital named after it
            noun = body.lower().split()[-1:] if body.lower() in standing else []
            alike = [b for b in before if noun and noun[0] in re.findall(r"[a-z]+", b.lower())]
            body = (alike or before)[-1].strip(" #*•·-–—\t") if before else body
        words = re.findall(r"[a-z]+", body.lower())
        outlet = set(re.findall(r"[a-z]+", ctx.outlet(c.doc).lower()))
        relayed = any(tuple(words[i : i + len(m)]) == m for m in media for i in range(len(words)))
        relayed = relayed and not own & set(words)  # "the BBC's findings": the medium counted
        out[c.id] = None if not words or relayed or set(words) <= outlet else body
    return out


@lru_cache(maxsize=4)
def _pronoun_cue(pronouns: frozenset[str], verbs: tuple[str, ...]) -> re.Pattern | None:
    """ "it said", "they say": a figure given on the word of a pronoun standing for a body."""
    if not pronouns or not verbs:
        return None
    return re.compile(
        r"\b(?:" + "|".join(sorted(map(re.escape, pronouns))) + r")\s+(?:" + "|".join(map(re.escape, verbs)) + r")\b",
        re.IGNORECASE,
    )


def _inferred_moments(
    groups: Mapping[tuple[str, str, str | None], list[Claim]], ctx: Context, times: StoryTimes, event: str
) -> dict[str, Moment]:
    """Moments of the event's undated documents, inferred from its main toll (the attribute of
    ``timeline.toll_attributes`` with most figures) and the weekdays they name."""
    tolls = [k for k in groups if k[0] in ctx.rules.compare.figures.toll_attributes]
    if not tolls:
        return {}
    # the event's main toll: the attribute with most figures, in every scope it is given for
    main = max({k[0] for k in tolls}, key=lambda a: (sum(len(groups[k]) for k in tolls if k[0] == a), a))
    series = [
        entries_of(groups[k], ctx.documents, times.index, figure_bodies(groups[k], ctx))
        for k in sorted(tolls, key=str)
        if k[0] == main
    ]
    named = times.named
    weekdays, said, elapsed, days = named.weekdays, named.said, named.elapsed, named.days
    day = event_day(ctx, event) or (date.fromisoformat(max(days, key=lambda d: (days[d], d))) if days else None)
    found = {
        doc: moment
        for doc, moment in infer_moments(
            series,
            weekdays,
            day,
            ctx.rules.compare.figures.infer_weeks,
            elapsed,
            # a page is written no earlier than a day it says something was said on
            _floors(said, day),
        ).items()
        if moment.source in ("weekday", "toll", "elapsed")
    }
    # an undated page with no figure of the main toll to place it by ("thirty people hurt", in an
    # "UPDATE: 1:31 a.m. EDT, Wednesday" entry): the first day it names on or after the event
    toll_docs = {e.claim.doc for entries in series for e in entries}
    for doc, names in weekdays.items():
        if doc not in found and doc not in toll_docs and day is not None:
            found[doc] = first_weekday(names, day)
    return found


def _floors(said: Mapping[str, list[str]], day: date | None) -> dict[str, date]:
    """For each document, the first day on or after the event of a weekday it says something was
    said on: it was written no earlier."""
    out: dict[str, date] = {}
    if day is None:
        return out
    for doc, names in said.items():
        days = [m.at.date() for name in names if (m := first_weekday([name], day)).at is not None]
        if days:
            out[doc] = max(days)
    return out


def _with_moment(entry: Entry, moments: Mapping[str, Moment], cues: frozenset[str] = frozenset()) -> Entry:
    moment = entry.moment if entry.moment.known or entry.claim.doc not in moments else moments[entry.claim.doc]
    return Entry(entry.claim, moment, entry.body, said_current(entry.claim, cues))


_WORD = re.compile(r"[\w'’]+")


def said_current(claim: Claim, cues: frozenset[str]) -> bool:
    """A figure said as the count now (``compare.figures.current_cues`` right before it or among
    the three words after it: "12 still trapped", "nine people remain missing", "23 were still
    unaccounted for")."""
    if not cues:
        return False
    at = claim.start - claim.sentence_start
    before = _WORD.findall(claim.sentence[max(0, at - 12) : at])
    after = _WORD.findall(claim.sentence[at + len(claim.text) : at + len(claim.text) + 40])[:3]
    return bool({w.lower() for w in before[-1:] + after} & cues)


def _first(p: Position) -> Entry:
    """The entry of a position said first (undated last), then by document."""
    return min(p.entries, key=lambda e: (e.moment.at is None, e.moment.at or datetime.min, e.claim.doc, e.claim.start))


def _side(p: Position, ctx: Context) -> Side:
    """A position as a finding's side: labelled by the figure as its first source wrote it."""
    first = _first(p)
    return side_of(
        interval_text(first.claim.value), [e.claim for e in p.entries], [e.body for e in p.entries], first.moment.iso()
    )


def _number(x: float) -> str:
    return f"{int(x):,}" if x == int(x) else f"{x:g}"


def _said(p: Position, ctx: Context) -> str:
    """A position as a summary cites it: the figure as first written, who gave it and when —
    “78 people” [78] (Reuters, in APA, 2020-08-05T03:06 and 2 more)."""
    first = _first(p)
    who = ctx.outlet(first.claim.doc)
    if first.body:
        who = f"{first.body}, in {who}"
    when = first.moment.iso()
    if when and first.moment.source in ("weekday", "elapsed", "toll"):
        when += ", inferred"
    more = len(p.documents) - 1
    return f"{shown(first.claim)} ({who}{', ' + when if when else ''}{f' and {more} more' if more > 0 else ''})"


def revision_series(revisions: Iterable[Judgement]) -> list[list[Judgement]]:
    """Revisions linked by the figures they share (12 -> 31 and 31 -> 64), each series in the
    order said: a toll told as it rose is one story of revisions, not one finding per step."""
    revisions = list(revisions)
    leaving: dict[int, list[Judgement]] = defaultdict(list)
    for j in revisions:
        leaving[id(j.a)].append(j)
    graph: nx.Graph = nx.Graph()
    for j in revisions:
        # a body's own stated revision from a figure the sequence also goes on from (the ministry
        # "raised its toll from seven to 11" while the count went 7 -> 19 -> 23) is its own story
        forked = j.stated and any(not k.stated for k in leaving[id(j.a)])
        graph.add_edge(("own", id(j)) if forked else id(j.a), id(j.b), judgement=j)
    out = []
    for nodes in nx.connected_components(graph):
        steps = [d["judgement"] for _, _, d in graph.subgraph(nodes).edges(data=True)]
        out.append(sorted(steps, key=lambda j: (_order(j.b), _order(j.a))))
    return sorted(out, key=lambda steps: _order(steps[0].a))


def _order(p: Position) -> tuple[bool, datetime, bool, float]:
    """When a position was said; of one moment, the count said as now last ("12 still trapped")."""
    return (p.moment is None, p.moment or datetime.min, any(e.current for e in p.entries), p.best)


def _in_step_order(steps: list[Judgement]) -> list[Position]:
    """The figures of a series in the order its steps run (each step's earlier figure before its
    later one), ties by when each was said: a figure stamped to the minute is not put after figures
    dated only by that day when the judge read it first ("at least 18" at 19:01 before the day's 44)."""
    by_id = {id(p): p for j in steps for p in (j.a, j.b)}
    graph: nx.DiGraph = nx.DiGraph()
    graph.add_nodes_from(by_id)
    graph.add_edges_from((id(j.a), id(j.b)) for j in steps)
    if not nx.is_directed_acyclic_graph(graph):
        return sorted(by_id.values(), key=_order)
    return [by_id[n] for n in nx.lexicographical_topological_sort(graph, key=lambda n: _order(by_id[n]))]


def _series_finding(
    rule: Rule, ctx: Context, event: str, label: str, attribute: str, what: str, steps: list[Judgement]
) -> Finding | None:
    """One finding for a series of revisions: a side per figure in the order said, the summary
    the figures in turn, the note what each step that needs one rests on."""
    if len(steps) == 1:
        return _finding(rule, ctx, event, label, attribute, what, steps[0])
    figures = _in_step_order(steps)
    first, last = figures[0], figures[-1]
    chain = " → ".join(_number(p.best) for p in figures)
    summary = (
        f"The figure for {what} in {label} was revised {len(steps)} times, from {_said(first, ctx)} "
        f"to {_said(last, ctx)}: {chain}."
    )
    noted: dict[str, list[str]] = defaultdict(list)
    for j in steps:
        if n := _step_note(j):
            noted[n].append(f"{_number(j.a.best)} → {_number(j.b.best)}")
    notes = [n if len(where) == len(steps) else f"{n}: {', '.join(where)}" for n, where in noted.items()]
    top = max(first.best, last.best)
    return make_finding(
        rule,
        "update",
        attribute,
        [e.claim for p in figures for e in p.entries],
        summary,
        event=event,
        sides=[_side(p, ctx) for p in figures],
        note="; ".join(notes) or None,
        rules=ctx.rules,
        gap=round(abs(last.best - first.best) / top, 4) if top else 0.0,
    )


def _step_note(j: Judgement) -> str | None:
    """What a revision rests on, when it is not plain."""
    if j.made_precise:
        return "first told in words, then in numbers"
    if j.one_page:
        return "one page's successive figures, read lowest first"
    if j.stated:
        return "the source says it replaced the earlier figure"
    if j.same_day:
        return "said the same day, hour unknown: read as a revision"
    if j.direction == "down":
        return "revised down"
    return None


def _finding(
    rule: Rule, ctx: Context, event: str, label: str, attribute: str, what: str, j: Judgement
) -> Finding | None:
    a, b = _side(j.a, ctx), _side(j.b, ctx)
    claims = [e.claim for e in j.a.entries + j.b.entries]
    note = None
    if j.verdict == "update":
        verb = "was made precise" if j.made_precise else "rose" if j.direction == "up" else "was revised down"
        summary = f"The figure for {what} in {label} {verb} from {_said(j.a, ctx)} to {_said(j.b, ctx)}."
        note = _step_note(j)
    elif j.verdict == "compatible" and j.one_number:
        summary = (
            f"Figures for {what} in {label} give one number, qualified differently: {_said(j.a, ctx)} "
            f"vs {_said(j.b, ctx)}."
        )
    elif j.verdict == "compatible":
        summary = (
            f"Figures for {what} in {label} overlap but differ in precision: {_said(j.a, ctx)} vs {_said(j.b, ctx)}."
        )
    else:
        summary = f"Figures for {what} in {label} contradict each other: {_said(j.a, ctx)} vs {_said(j.b, ctx)}."
        if j.lower_elsewhere:
            note = "a later, lower figure from another body: a dispute, not a revision by the first"
        elif j.above_later:
            note = "one source's figure above the reports after it, which go on from the one before it"
        elif j.estimated:
            note = "another body's estimate set beside the count as it stood: a dispute, not a revision of the count"
    if j.verdict in ("conflict", "compatible") and (j.b.moment is None or j.a.moment is None):
        note = "no date for one side, so this may be a revision"
    top = max(j.a.best, j.b.best)
    gap = abs(j.a.best - j.b.best) / top if top else 0.0
    return make_finding(
        rule,
        j.verdict if j.verdict != "stale" else "agree",
        attribute,
        claims,
        summary,
        event=event,
        sides=[a, b],
        note=note,
        rules=ctx.rules,
        gap=round(gap, 4),
    )
