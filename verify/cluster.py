"""The cluster stage: claims grouped into real-world events, mentions into entities.

An *event mention* is one sentence that reports a happening: it carries a figure of victims or
attacks, a method, an attribution, a facility or a named victim. Its signature holds the facility
and place keys, the day it resolves to, the methods, the victims' name keys and the figures. Event
mentions are linked when the evidence they share, weighted by the rules (``events.weights``),
reaches ``events.link_threshold``. Candidates come only from shared blocking keys (facility, person,
day, place + day, neighbouring sentences), so the work grows with the number of claims, not its
square. Links are merged strongest first, and a merge that would put two different days or two
different facilities in one event is refused, so a path of weak links cannot chain two incidents.
Sentences that report no happening (background, opinion) stay unattached.
"""

from __future__ import annotations

import dataclasses
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date
from typing import Sequence

from rapidfuzz import fuzz

from .dedupe import find_copies
from .identities import resolve_entities
from .models import Claim, Document, Entity, Event, stable_id
from .rules import RuleSet

EVENT_ATTRIBUTES = frozenset({"deaths", "injured", "missing", "arrested", "attacks", "facilities_hit"})
_MAX_BLOCK = 200       # a blocking key shared by more mentions than this is too common to link on
_STRONG_KINDS = ("count", "method", "attribution")


@dataclass(frozen=True)
class Clustering:
    """What the cluster stage hands on: claims with ``event``/``entity`` set, and the groups."""

    claims: tuple[Claim, ...]
    entities: tuple[Entity, ...]
    events: tuple[Event, ...]
    copies: dict[str, str]


@dataclass
class _Mention:
    doc: str
    sentence_start: int
    order: int                    # sentence index within the document
    claims: list[Claim]
    days: set[str]
    facilities: set[str]
    places: set[str]
    methods: set[str]
    people: set[str]
    figures: set[tuple[str, int]]
    text: str


def _is_event_sentence(claims: list[Claim]) -> bool:
    for c in claims:
        if c.kind == "count" and c.attribute in EVENT_ATTRIBUTES:
            return True
        if c.kind in ("method", "attribution", "facility"):
            return True
        if c.kind == "person" and c.value.get("status") in ("killed", "injured"):
            return True
    return False


def _mentions(claims: Sequence[Claim], entity_of: dict[str, str]) -> list[_Mention]:
    by_sentence: dict[tuple[str, int], list[Claim]] = defaultdict(list)
    for claim in claims:
        by_sentence[(claim.doc, claim.sentence_start)].append(claim)
    order: dict[str, int] = Counter()
    mentions = []
    for (doc, start) in sorted(by_sentence):
        group = by_sentence[(doc, start)]
        order[doc] += 1
        if not _is_event_sentence(group):
            continue
        days = {c.value["start"] for c in group if c.kind == "time" and c.value.get("granularity") == "day"
                and c.value.get("start")}
        mentions.append(_Mention(
            doc=doc, sentence_start=start, order=order[doc], claims=group, days=days,
            facilities={entity_of[c.id] for c in group if c.kind == "facility" and c.id in entity_of},
            places={entity_of[c.id] for c in group if c.kind == "place" and c.id in entity_of},
            methods={str(c.value.get("method")) for c in group if c.kind == "method"},
            people={entity_of[c.id] for c in group if c.kind == "person" and c.id in entity_of
                    and c.value.get("status") in ("killed", "injured")},
            figures={(c.attribute, int(c.value.get("best", -1))) for c in group if c.kind == "count"},
            text=group[0].sentence,
        ))
    return mentions


def _day_gap(a: set[str], b: set[str]) -> int | None:
    if not a or not b:
        return None
    return min(abs((date.fromisoformat(x) - date.fromisoformat(y)).days) for x in a for y in b)


def _score(a: _Mention, b: _Mention, rules: RuleSet) -> float:
    w = rules.event_weights
    gap = _day_gap(a.days, b.days)
    if gap is not None and gap > rules.same_day_tolerance + 1 and rules.date_veto:
        return 0.0
    if a.facilities and b.facilities and not (a.facilities & b.facilities):
        return 0.0
    score = 0.0
    if a.facilities & b.facilities:
        score += w.get("facility", 0)
    if a.places & b.places:
        score += w.get("place", 0)
    if gap is not None:
        score += w.get("date", 0) if gap <= rules.same_day_tolerance else w.get("date", 0) / 2
    if a.methods & b.methods:
        score += w.get("method", 0)
    if a.people & b.people:
        score += w.get("person", 0)
    if a.figures & b.figures:
        score += w.get("figure", 0)
    if a.doc == b.doc and abs(a.order - b.order) <= 1:
        score += w.get("adjacent", 0)
    score += w.get("text", 0) * fuzz.token_set_ratio(a.text, b.text) / 100.0 if score > 0 else 0.0
    return score


def _blocks(mentions: list[_Mention]) -> dict[tuple, list[int]]:
    blocks: dict[tuple, list[int]] = defaultdict(list)
    for i, m in enumerate(mentions):
        for f in m.facilities:
            blocks[("facility", f)].append(i)
        for p in m.people:
            blocks[("person", p)].append(i)
        for d in m.days:
            blocks[("day", d)].append(i)
            for p in m.places:
                blocks[("place-day", p, d)].append(i)
        blocks[("doc", m.doc, m.order // 2)].append(i)
        blocks[("doc", m.doc, (m.order + 1) // 2)].append(i)
    return blocks


def _conflicts(a: dict, b: dict, rules: RuleSet) -> bool:
    """True when two groups cannot be one event: different days or different facilities."""
    days = a["days"] | b["days"]
    if days:
        parsed = sorted(date.fromisoformat(d) for d in days)
        if (parsed[-1] - parsed[0]).days > rules.max_span_days:
            return True
        if a["days"] and b["days"] and (_day_gap(a["days"], b["days"]) or 0) > rules.same_day_tolerance + 1:
            return True
    if a["facilities"] and b["facilities"] and not (a["facilities"] & b["facilities"]):
        return True
    return False


def _group(mentions: list[_Mention], rules: RuleSet) -> list[list[int]]:
    edges = []
    seen: set[tuple[int, int]] = set()
    for members in _blocks(mentions).values():
        if len(members) > _MAX_BLOCK:
            continue
        for x, i in enumerate(members):
            for j in members[x + 1:]:
                pair = (min(i, j), max(i, j))
                if pair in seen or i == j:
                    continue
                seen.add(pair)
                s = _score(mentions[pair[0]], mentions[pair[1]], rules)
                if s >= rules.link_threshold:
                    edges.append((-s, pair))
    edges.sort()
    parent = list(range(len(mentions)))
    info = {i: {"days": set(m.days), "facilities": set(m.facilities)} for i, m in enumerate(mentions)}

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for _, (i, j) in edges:
        ri, rj = find(i), find(j)
        if ri == rj or _conflicts(info[ri], info[rj], rules):
            continue
        root, child = min(ri, rj), max(ri, rj)
        parent[child] = root
        info[root] = {k: info[root][k] | info[child][k] for k in info[root]}
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(mentions)):
        groups[find(i)].append(i)
    return list(groups.values())


def _label(claims: list[Claim], entities: dict[str, Entity]) -> tuple[str, str | None, str | None]:
    def most(kind: str, field: str = "canonical") -> str | None:
        counted = Counter(str(c.value.get(field) or c.text) for c in claims if c.kind == kind)
        return sorted(counted.items(), key=lambda kv: (-kv[1], kv[0]))[0][0] if counted else None

    facility, place, method = most("facility"), most("place"), most("method", "method")
    days = Counter(c.value["start"] for c in claims if c.kind == "time" and c.value.get("granularity") == "day"
                   and c.value.get("start"))
    day = sorted(days.items(), key=lambda kv: (-kv[1], kv[0]))[0][0] if days else None
    where = facility or place
    if where and place and facility and place.lower() not in facility.lower():
        where = f"{facility}, {place}"
    what = (method or "incident").replace("_", " ")
    if not method:
        attributes = Counter(c.attribute for c in claims if c.kind == "count")
        if attributes:
            what = f"{sorted(attributes.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]} reported"
    label = what + (f" at {where}" if where else "") + (f" on {day}" if day else "")
    return label, day, where


def cluster_claims(documents: Sequence[Document], claims: Sequence[Claim], rules: RuleSet) -> Clustering:
    """Group claims into events and entities; detect copies among documents. A pure function."""
    copies = find_copies(documents, rules.duplicate_jaccard, rules.duplicate_shingle)
    entities, entity_of = resolve_entities(claims, rules)
    mentions = _mentions(claims, entity_of)
    event_of: dict[str, str] = {}
    events: list[Event] = []
    by_id = {e.id: e for e in entities}
    for group in _group(mentions, rules):
        members = [mentions[i] for i in group]
        member_claims = [c for m in members for c in m.claims]
        event_id = stable_id("e", *sorted(f"{m.doc}:{m.sentence_start}" for m in members))
        label, day, where = _label(member_claims, by_id)
        for c in member_claims:
            event_of[c.id] = event_id
        events.append(Event(event_id, label, day, where,
                            tuple(sorted({m.doc for m in members})),
                            tuple(sorted(c.id for c in member_claims))))
    events.sort(key=lambda e: (-len(e.documents), e.date or "", e.id))
    out = tuple(dataclasses.replace(c, event=event_of.get(c.id), entity=entity_of.get(c.id)) for c in claims)
    return Clustering(out, tuple(entities), tuple(events), copies)
