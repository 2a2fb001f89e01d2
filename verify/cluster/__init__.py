"""The cluster stage: claims grouped into real-world events, mentions into entities.

``cluster_claims(documents, claims, rules)`` hands on a ``Clustering``: the claims with their
``event`` and ``entity`` set, the entities, the events, and which documents are copies of which.
The work, module by module:

- ``copies``: documents that are copies of one story (wire copy), so they count once;
- ``entities``: person, organisation, place and facility mentions resolved into entities;
- ``signatures``, ``segments``: each document cut into event segments (consecutive sentences about
  one happening, with a signature of its days, facilities, victims, figures ...);
- ``documents``: each document's main happening matched with other documents' as whole stories;
- ``blocking``, ``scoring``: candidate pairs of segments from shared keys, scored by the evidence
  they share (``events.weights``) against ``events.link_threshold``;
- ``merge``: links merged into groups (documents first, then segments strongest first), never
  across a clash, with the one union-find;
- ``labels``: a short human label for each event.
"""

from __future__ import annotations

import dataclasses
import gc
import re
from collections import Counter
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import cast

from ..models import Claim, Clustering, CountValue, Document, Event, stable_id
from ..rules import RuleSet
from .copies import find_copies
from .documents import link_documents, page_days
from .entities import entity_sets, resolve_entities
from .labels import event_label, stated_inside
from .merge import group_segments
from .scoring import ScoreBlocks, block_edges
from .segments import build_segments, entry_stamp
from .signatures import disaster_of, is_event_sentence, runs_since

__all__ = ["Clustering", "cluster_claims", "collector_paused", "follow_reading_order"]


@contextmanager
def collector_paused() -> Iterator[None]:
    """Python's cycle collector held off for the stage, then put back as it was. The stage builds
    millions of small dicts, sets and tuples that all live until it ends and form no reference cycle
    (a collection after it finds nothing to free), so every collection during it is wasted work. And
    that work grows faster than the corpus: each full collection walks everything the stage has built
    so far, and at 16 times the GVC corpus the collector took 40% of the stage's time (0.44 s of 1.77
    at 1x, 15.5 s of 39.5 at 16x: 35 times as much)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def follow_reading_order(
    ordered: Sequence[Claim],
    event_of: dict[str, str],
    rules: RuleSet,
    resumed: dict[tuple[str, int], str] | None = None,
) -> dict[str, str]:
    """The events of claims in sentences that report no happening: a document's headline, lead and
    the sentences between those that report harm belong to the story being told there — the event of
    the nearest placed sentence before them (the first one after, for a headline above it). A
    sentence that tells of a happening no event took (another strike, another month) ends the story
    there: what follows it stays apart, as it does. A live page's entry stamp ("13.05", "Update 8:05
    a.m.") starts an entry of the page's own story (the event most of its placed claims are in): an
    entry on a separate accident ends with it. ``resumed`` maps (document, end of its last sentence)
    of a stretch told only to its paragraph's end (``Segment.resumes``) to the story's event the next
    paragraph goes back to. ``ordered`` is in (document, offset) order."""
    resumed = resumed or {}
    out: dict[str, str] = {}
    by_sentence: dict[tuple[str, int], list[Claim]] = {}
    for c in ordered:
        by_sentence.setdefault((c.doc, c.sentence_start), []).append(c)
    by_doc: dict[str, list[list[Claim]]] = {}
    for (doc, _), claims in sorted(by_sentence.items()):
        by_doc.setdefault(doc, []).append(claims)
    for sentences in by_doc.values():
        placed = [event_of[c.id] for claims in sentences for c in claims if c.id in event_of]
        if not placed:
            continue
        current: str | None = placed[0]
        own = Counter(placed).most_common(1)[0][0]
        last_end = -1
        for claims in sentences:
            here = next((event_of[c.id] for c in claims if c.id in event_of), None)
            if here is None and all(entry_stamp(c) for c in claims):
                current = own
            back = resumed.get((claims[0].doc, last_end))
            if here is None and back is not None and claims[0].sentence_start - last_end > 1:
                current = back  # a new paragraph after a stretch told to its paragraph's end
            if here is not None:
                current = here
                last_end = claims[0].sentence_start + len(claims[0].sentence)
            elif is_event_sentence(claims, rules):
                current = None  # another happening, not taken into any event
            elif current is not None:
                for c in claims:
                    if c.id not in event_of:
                        out[c.id] = current
    return out


def cluster_claims(
    documents: Sequence[Document], claims: Sequence[Claim], rules: RuleSet, score_blocks: ScoreBlocks = block_edges
) -> Clustering:
    """Group claims into events and entities; detect copies among documents. A pure function.

    The result does not depend on the order of ``documents`` or ``claims``, nor on where
    ``score_blocks`` scores the candidate blocks (see ``group_segments``). The cycle collector is
    held off while it runs (``collector_paused``).
    """
    with collector_paused():
        return _cluster(documents, claims, rules, score_blocks)


def _cluster(
    documents: Sequence[Document], claims: Sequence[Claim], rules: RuleSet, score_blocks: ScoreBlocks
) -> Clustering:
    copies = find_copies(documents, rules.events.duplicate_jaccard, rules.events.duplicate_shingle)
    everything = sorted(claims, key=lambda c: (c.doc, c.sentence_start, c.start, c.end, c.kind, c.attribute, c.id))
    # a fate is a reading of a person claim: it weighs nothing in grouping, and takes that claim's event
    ordered = [c for c in everything if c.kind != "fate"]
    entities, entity_of = resolve_entities(ordered, rules)
    segments = build_segments(
        ordered,
        entity_of,
        entity_sets(entities, rules),
        rules,
        {d.id: d.published and d.published[:10] for d in documents},
        {d.id: d.text for d in documents},
    )
    place_names = {e.id: e.name for e in entities if e.kind == "place"}
    within = stated_inside([(c, entity_of[c.id]) for c in ordered if entity_of.get(c.id) in place_names], rules)
    links = link_documents(documents, segments, rules, page_days(ordered), within)
    placed = {c.id: place_names[entity_of[c.id]] for c in ordered if entity_of.get(c.id) in place_names}
    event_of: dict[str, str] = {}
    told: list[tuple[str, str, str | None, str | None]] = []  # event id, label, day, where
    event_of_segment: dict[int, str] = {}
    for group in group_segments(segments, rules, links, score_blocks):
        member_claims = [c for i in group for c in segments[i].claims]
        event_id = stable_id("e", *sorted(f"{c.doc}:{c.sentence_start}" for c in member_claims))
        label, day, where = event_label(member_claims, rules, placed)
        for c in member_claims:
            event_of[c.id] = event_id
        event_of_segment.update({id(segments[i]): event_id for i in group})
        told.append((event_id, label, day, where))
    # where background told to its paragraph's end stops, the story it interrupted goes on
    resumed = {
        (s.doc, last.sentence_start + len(last.sentence)): event_of_segment[id(s.resumes)]
        for s in segments
        if s.background and s.resumes is not None and s.claims and id(s.resumes) in event_of_segment
        for last in [max(s.claims, key=lambda c: c.sentence_start)]
    }
    event_of.update(follow_reading_order(ordered, event_of, rules, resumed))
    for c in everything:
        if c.kind == "fate" and (event := event_of.get(str(c.as_fate().get("of")))) is not None:
            event_of[c.id] = event
    members: dict[str, list[Claim]] = {e: [] for e, *_ in told}
    for c in everything:
        if c.id in event_of:
            members[event_of[c.id]].append(c)
    events = [
        Event(e, label, day, where, tuple(sorted({c.doc for c in members[e]})), tuple(sorted(c.id for c in members[e])))
        for e, label, day, where in told
    ]
    events.sort(key=lambda e: (-len(e.documents), e.date or "", e.id))
    # (a happening that lasts, a heatwave, counts its tolls "since" its first day apart: ``event_label``)
    lasting = {
        e
        for e, claims_of in members.items()
        if any(c.kind == "method" and rules.methods.lasts(str(c.as_method().get("method"))) for c in claims_of)
    }
    days = {e.id: e.date for e in events if e.date and e.id not in lasting}
    # a disaster's toll "since mid-June" is its running toll, the text saying it lasts from then
    # (``signatures.runs_since``): its own, as a toll since its day is; never an attack's
    disasters = {
        e
        for e, claims_of in members.items()
        if e not in lasting
        and any(c.kind == "method" and disaster_of(c, rules) is not None for c in claims_of)
        and not any(c.kind == "method" and disaster_of(c, rules) is None for c in claims_of)
    }
    attacked = _attacked_events(members, rules)
    out = tuple(
        _armed_attackers(
            _own_toll(c, days.get(event := event_of.get(c.id, "")), event in disasters), event in attacked, rules
        ).placed(event_of.get(c.id), entity_of.get(c.id))
        for c in claims
    )
    return Clustering(out, tuple(entities), tuple(events), copies)


_PERIOD_KEYS = ("period", "period_start", "period_length")


def _attacked_events(members: dict[str, list[Claim]], rules: RuleSet) -> set[str]:
    """The events whose method is done by attackers ("Al-Shabaab gunmen", "armed assailants"): a
    method claim whose words hold one of ``figures.people.groups.attackers``."""
    attackers = frozenset(rules.figures.people.groups.get("attackers", ()))
    if not attackers or not rules.figures.people.armed_attackers:
        return set()
    return {
        e
        for e, claims_of in members.items()
        if any(
            c.kind == "method"
            and attackers & set(re.findall(r"[\w-]+", str(c.as_method().get("original", c.text)).lower()))
            for c in claims_of
        )
    }


def _armed_attackers(claim: Claim, attacked: bool, rules: RuleSet) -> Claim:
    """In an event done by attackers, a count of ``figures.people.armed_attackers`` ("five
    militants were killed") counts the attackers, whatever group its word names elsewhere."""
    if not attacked or claim.kind != "count":
        return claim
    value = claim.as_count()
    if value.get("group") is None or str(value.get("subject", "")).lower() not in rules.figures.people.armed_attackers:
        return claim
    group = str(value["group"])
    attribute = claim.attribute
    if attribute.endswith(f"_{group}"):  # a part of a list ("five militants and six soldiers")
        attribute = attribute.removesuffix(group) + "attackers"
    return dataclasses.replace(claim, attribute=attribute, value=cast(CountValue, {**value, "group": "attackers"}))


def _own_toll(claim: Claim, day: str | None, running: bool = False) -> Claim:
    """A toll "since" the day its event happened ("storms have claimed 131 lives since July 4" of the
    July 4 flood) is that event's own toll, no total over a period: the claim without the period
    (its words and sentence still say "since July 4"). So is, in an event of a disaster
    (``running``), its running toll since a month or a day ("1,033 have died since mid-June")."""
    if claim.kind != "count" or (day is None and not running):
        return claim
    value = claim.as_count()
    since = str(value.get("period", "")).lower().startswith("since")
    if not (since and value.get("period_start") == day or running and runs_since(value)):
        return claim
    toll = cast(CountValue, {k: v for k, v in claim.value.items() if k not in _PERIOD_KEYS})
    return dataclasses.replace(claim, value=toll)
