"""The cluster stage: claims grouped into real-world events, mentions into entities.

An *event mention* is one sentence that reports a happening: a figure of victims or attacks, a
method, an attribution, a facility or a named victim. Consecutive mentions of one document form a
*segment* (discourse continuity: a story keeps talking about its incident) until a sentence starts
a new anchor — a facility hit, a day, a weekday or a cumulative period that the segment does not
have. Segments that carry no anchor of their own (only a month or a year: background) stay
unattached. Each segment's signature holds its facilities, places, days (or, unresolved, weekdays),
victims' and suspects' identities, figures, methods and distinctive words.

Segments are linked when the evidence they share, weighted by ``events.weights``, reaches
``events.link_threshold``. Candidates come only from shared blocking keys (facility, person, day,
place + day, place + weekday, place + period; keys shared by more than ``events.max_block``
segments are skipped), so the work grows with the number of claims, not its square. Links are
merged strongest first, and a merge that would put two different days, weekdays, periods or hit
facilities in one event is refused, so a path of weak links cannot chain two incidents.
"""

from __future__ import annotations

import dataclasses
import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date
from typing import Iterable, Sequence

from .dedupe import find_copies
from .identities import resolve_entities
from .models import Claim, Document, Entity, Event, stable_id
from .rules import RuleSet

EVENT_ATTRIBUTES = frozenset({"deaths", "injured", "missing", "arrested", "attacks", "facilities_hit"})
_FIGURE_ATTRIBUTES = ("deaths", "injured")
_WORD = re.compile(r"[A-Za-z][A-Za-z'-]{3,}")
_RARE_WORDS = 6      # blocking keys per segment from its rarest shared words


@dataclass(frozen=True)
class Clustering:
    """What the cluster stage hands on: claims with ``event``/``entity`` set, and the groups."""

    claims: tuple[Claim, ...]
    entities: tuple[Entity, ...]
    events: tuple[Event, ...]
    copies: dict[str, str]


@dataclass
class _Signature:
    """What one sentence, or one segment of sentences, says about its happening."""

    days: set[str] = field(default_factory=set)
    weekdays: set[str] = field(default_factory=set)
    periods: set[str] = field(default_factory=set)
    targets: set[str] = field(default_factory=set)      # facilities hit (a method in the sentence)
    facilities: set[str] = field(default_factory=set)
    places: set[str] = field(default_factory=set)
    people: set[str] = field(default_factory=set)       # victims and suspects
    victims: set[str] = field(default_factory=set)      # a person is killed once: same victim, same event
    methods: set[str] = field(default_factory=set)
    figures: set[tuple[str, int]] = field(default_factory=set)
    words: set[str] = field(default_factory=set)

    def absorb(self, other: "_Signature") -> None:
        for f in dataclasses.fields(self):
            getattr(self, f.name).update(getattr(other, f.name))

    @property
    def anchored(self) -> bool:
        return bool(self.days or self.weekdays or self.periods or self.facilities or self.people or self.figures)


@dataclass
class _Segment:
    doc: str
    claims: list[Claim]
    sig: _Signature
    index: int = 0


def _is_event_sentence(claims: list[Claim]) -> bool:
    for c in claims:
        if c.kind == "count" and c.attribute in EVENT_ATTRIBUTES:
            return True
        if c.kind in ("method", "attribution", "facility"):
            return True
        if c.kind == "person" and (c.attribute in ("victim", "suspect")
                                   or c.value.get("status") in ("killed", "injured")):
            return True
    return False


def _signature(group: list[Claim], entity_of: dict[str, str]) -> _Signature:
    sig = _Signature()
    has_method = any(c.kind == "method" for c in group)
    for c in group:
        v = c.value
        if c.kind == "time":
            if v.get("granularity") == "day" and v.get("resolved") is not False and v.get("start"):
                sig.days.add(str(v["start"]))
            elif v.get("granularity") == "day" and v.get("weekday"):
                sig.weekdays.add(str(v["weekday"]).lower())
        elif c.kind == "count":
            if v.get("period") and c.attribute in EVENT_ATTRIBUTES:
                sig.periods.add(f"{c.attribute}:{v['period']}".lower())
            if c.attribute in _FIGURE_ATTRIBUTES and v.get("best") is not None:
                sig.figures.add((c.attribute, int(v["best"])))
        elif c.kind == "method":
            sig.methods.add(str(v.get("method")))
        elif c.id in entity_of:
            if c.kind == "facility":
                sig.facilities.add(entity_of[c.id])
                if has_method:
                    sig.targets.add(entity_of[c.id])
            elif c.kind == "place":
                sig.places.add(entity_of[c.id])
            elif c.kind == "person" and (c.attribute in ("victim", "suspect")
                                         or v.get("status") in ("killed", "injured")):
                sig.people.add(entity_of[c.id])
                if c.attribute == "victim" or v.get("status") in ("killed", "injured"):
                    sig.victims.add(entity_of[c.id])
    sig.words = {w.lower() for w in _WORD.findall(group[0].sentence)}
    return sig


def _days_apart(a: Iterable[str], b: Iterable[str]) -> int | None:
    a, b = list(a), list(b)
    if not a or not b:
        return None
    return min(abs((date.fromisoformat(x) - date.fromisoformat(y)).days) for x in a for y in b)


def _clash(a: _Signature, b: _Signature, rules: RuleSet) -> bool:
    """True when two signatures cannot be one happening: other day, weekday, period or target.

    A shared victim overrides a date clash: a later report (the arrest, the funeral) is dated
    by its own news, but a person is killed in one incident.
    """
    if a.victims & b.victims and not (a.targets and b.targets and not (a.targets & b.targets)):
        return False
    gap = _days_apart(a.days, b.days)
    if rules.date_veto and gap is not None and gap > rules.same_day_tolerance + 1:
        return True
    if a.days or b.days:
        days = sorted(date.fromisoformat(d) for d in a.days | b.days)
        if (days[-1] - days[0]).days > rules.max_span_days:
            return True
    elif a.weekdays and b.weekdays and not (a.weekdays & b.weekdays):
        return True
    if a.periods and b.periods and not (a.periods & b.periods):
        return True
    if bool(a.periods) != bool(b.periods) and (a.days or a.weekdays or b.days or b.weekdays):
        return True    # a cumulative toll is not the incident of one day
    if a.targets and b.targets and not (a.targets & b.targets):
        return True
    if a.victims and b.victims and not (a.facilities & b.facilities):
        return True    # both name their victims, none in common, at no common address
    return False


def _segments(claims: Sequence[Claim], entity_of: dict[str, str], rules: RuleSet) -> list[_Segment]:
    by_sentence: dict[tuple[str, int], list[Claim]] = defaultdict(list)
    for claim in claims:
        by_sentence[(claim.doc, claim.sentence_start)].append(claim)
    segments: list[_Segment] = []
    current: _Segment | None = None
    for (doc, _start) in sorted(by_sentence):
        group = by_sentence[(doc, _start)]
        if not _is_event_sentence(group):
            continue
        sig = _signature(group, entity_of)
        starts_new = current is None or current.doc != doc or _clash(current.sig, sig, rules) \
            or (sig.periods and not current.sig.periods)
        if starts_new:
            current = _Segment(doc, [], _Signature())
            segments.append(current)
        current.claims.extend(group)
        current.sig.absorb(sig)
    return [s for s in segments if s.sig.anchored]


def _idf(segments: list[_Segment]) -> dict[str, float]:
    df = Counter(w for s in segments for w in s.sig.words)
    n = len(segments) + 1
    idf = {w: math.log(n / c) for w, c in df.items()}
    idf[""] = math.log(n)     # the IDF of a word only one segment has: no use for blocking
    return idf


def _score(a: _Segment, b: _Segment, idf: dict[str, float], rules: RuleSet) -> float:
    if _clash(a.sig, b.sig, rules):
        return 0.0
    w, x, y = rules.event_weights, a.sig, b.sig
    score = 0.0
    score += w.get("person", 0) * min(2, len(x.people & y.people))
    if x.people and y.people and not (x.people & y.people):
        score += w.get("people_differ", 0)
    if x.facilities & y.facilities:
        score += w.get("facility", 0)
    if x.places & y.places:
        score += w.get("place", 0)
    if x.days & y.days:
        score += w.get("date", 0)
    elif not (x.days or y.days) and x.weekdays & y.weekdays:
        score += w.get("weekday", 0)
    if x.periods & y.periods:
        score += w.get("period", 0)
    if x.methods & y.methods:
        score += w.get("method", 0)
    score += w.get("figure", 0) * min(2, len(x.figures & y.figures))
    shared = sum(idf.get(t, 0.0) for t in x.words & y.words)
    total = math.sqrt(sum(idf.get(t, 0.0) for t in x.words) * sum(idf.get(t, 0.0) for t in y.words))
    if total:
        score += w.get("text", 0) * shared / total
    return score


def _blocks(segments: list[_Segment], idf: dict[str, float]) -> dict[tuple, list[int]]:
    blocks: dict[tuple, list[int]] = defaultdict(list)
    for i, s in enumerate(segments):
        keys = {("facility", f) for f in s.sig.facilities} | {("person", p) for p in s.sig.people}
        # The rarest words (a street, a surname the extractor missed) that another segment shares.
        rare = sorted((w for w in s.sig.words if idf[w] < idf[""]), key=lambda w: (-idf[w], w))
        keys |= {("word", w) for w in rare[:_RARE_WORDS]}
        keys |= {("day", d) for d in s.sig.days}
        for p in s.sig.places:
            keys |= {("place-day", p, d) for d in s.sig.days}
            if not s.sig.days:
                keys |= {("place-weekday", p, d) for d in s.sig.weekdays}
                keys |= {("place-period", p, d) for d in s.sig.periods}
                keys |= {("place-figure", p) + f for f in s.sig.figures}
        for k in keys:
            blocks[k].append(i)
    return blocks


def group_segments(segments: list[_Segment], rules: RuleSet) -> list[list[int]]:
    """Groups of segment indexes: strongest links first, no merge across a clash (no chaining)."""
    idf = _idf(segments)
    edges = []
    seen: set[tuple[int, int]] = set()
    for members in _blocks(segments, idf).values():
        if len(members) > rules.event_max_block:
            continue
        for x, i in enumerate(members):
            for j in members[x + 1:]:
                pair = (min(i, j), max(i, j))
                if pair in seen:
                    continue
                seen.add(pair)
                s = _score(segments[pair[0]], segments[pair[1]], idf, rules)
                if s >= rules.link_threshold:
                    edges.append((-round(s, 9), pair))
    edges.sort()
    parent = list(range(len(segments)))
    sig = {i: dataclasses.replace(s.sig, **{f.name: set(getattr(s.sig, f.name)) for f in dataclasses.fields(s.sig)})
           for i, s in enumerate(segments)}

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for _, (i, j) in edges:
        ri, rj = find(i), find(j)
        if ri == rj or _clash(sig[ri], sig[rj], rules):
            continue
        root, child = min(ri, rj), max(ri, rj)
        parent[child] = root
        sig[root].absorb(sig.pop(child))
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(segments)):
        groups[find(i)].append(i)
    return list(groups.values())


def _label(claims: list[Claim]) -> tuple[str, str | None, str | None]:
    def most(kind: str, key: str = "canonical") -> str | None:
        counted = Counter(str(c.value.get(key) or c.text) for c in claims if c.kind == kind)
        return sorted(counted.items(), key=lambda kv: (-kv[1], kv[0]))[0][0] if counted else None

    facility, place, method = most("facility"), most("place"), most("method", "method")
    days = Counter(str(c.value["start"]) for c in claims if c.kind == "time" and c.value.get("granularity") == "day"
                   and c.value.get("start") and c.value.get("resolved") is not False)
    weekdays = Counter(str(c.value["weekday"]) for c in claims if c.kind == "time" and c.value.get("weekday"))
    day = sorted(days.items(), key=lambda kv: (-kv[1], kv[0]))[0][0] if days else None
    when = day or (sorted(weekdays.items(), key=lambda kv: (-kv[1], kv[0]))[0][0] if weekdays else None)
    periods = Counter(str(c.value["period"]) for c in claims if c.kind == "count" and c.value.get("period")
                      and c.attribute in EVENT_ATTRIBUTES)
    where = facility or place
    if where and place and facility and place.lower() not in facility.lower():
        where = f"{facility}, {place}"
    what = (method or "incident").replace("_", " ")
    if periods or not method:
        attributes = Counter(c.attribute for c in claims if c.kind == "count" and c.attribute in EVENT_ATTRIBUTES)
        if attributes:
            what = f"{sorted(attributes.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]} reported"
    if periods:
        when = sorted(periods.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
        label = what + (f" in {where}" if where else "") + f" ({when})"
    else:
        label = what + (f" at {where}" if where else "") + (f" on {when}" if when else "")
    return label, day, where


def cluster_claims(documents: Sequence[Document], claims: Sequence[Claim], rules: RuleSet) -> Clustering:
    """Group claims into events and entities; detect copies among documents. A pure function.

    The result does not depend on the order of ``documents`` or ``claims``.
    """
    copies = find_copies(documents, rules.duplicate_jaccard, rules.duplicate_shingle)
    ordered = sorted(claims, key=lambda c: (c.doc, c.sentence_start, c.start, c.end, c.kind, c.attribute, c.id))
    entities, entity_of = resolve_entities(ordered, rules)
    segments = _segments(ordered, entity_of, rules)
    event_of: dict[str, str] = {}
    events: list[Event] = []
    for group in group_segments(segments, rules):
        member_claims = [c for i in group for c in segments[i].claims]
        event_id = stable_id("e", *sorted(f"{c.doc}:{c.sentence_start}" for c in member_claims))
        label, day, where = _label(member_claims)
        for c in member_claims:
            event_of[c.id] = event_id
        events.append(Event(event_id, label, day, where,
                            tuple(sorted({c.doc for c in member_claims})),
                            tuple(sorted(c.id for c in member_claims))))
    events.sort(key=lambda e: (-len(e.documents), e.date or "", e.id))
    out = tuple(dataclasses.replace(c, event=event_of.get(c.id), entity=entity_of.get(c.id)) for c in claims)
    return Clustering(out, tuple(entities), tuple(events), copies)
