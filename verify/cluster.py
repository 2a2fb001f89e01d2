"""The cluster stage: claims grouped into real-world events, mentions into entities.

Each document is cut into event segments (``events_segments``: consecutive sentences about one
happening, with a signature of its days, facilities, victims, figures ...). Segments are linked
when the evidence they share, weighted by ``events.weights``, reaches ``events.link_threshold``.
Candidates come only from shared blocking keys (facility, person, rare word, day, place + day,
place + weekday, place + period; keys shared by more than ``events.max_block`` segments are
skipped), so the work grows with the number of claims, not its square. Segments of two documents
are scored only on evidence a city and a day cannot give (a shared person, facility or kind of
facility, a period in one place, a tally of one subject, or a day in one place plus a rare word
both share): many shootings share a city and a week. First, though, each
document's main happening is merged with other documents' as whole stories (``events_documents``:
average linkage over IDF-weighted text similarity, a lower threshold when structured evidence
agrees, vetoes first); then segment links are merged strongest first, and a merge that would put
two different days, weekdays, periods (tallies: starts further apart than
``events.tallies.start_tolerance_months``), hit facilities or fully named victims in one event is
refused, so a path of weak links cannot chain two incidents. Last, a document's stretches linked
to no other document follow the one event it shares (``_follow_the_story``); a linking-only
segment (a thin story with no anchor) that joined no other document makes no event.
"""

from __future__ import annotations

import calendar
import dataclasses
import heapq
import math
from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Callable, Sequence

from .dedupe import find_copies
from .events_documents import DocumentLinks, link_documents
from .events_segments import (EVENT_ATTRIBUTES, _month_of, _Segment, _Signature, build_segments, clash, span,
                              tallies_match, tally_clash, tally_start, tally_subject)
from .identities import complete_people, resolve_entities
from .models import Claim, Document, Entity, Event, stable_id
from .rules import RuleSet

__all__ = ["Clustering", "cluster_claims", "group_segments", "candidate_blocks", "block_edges", "ScoreBlocks",
           "EVENT_ATTRIBUTES", "_Segment", "_Signature"]

_RARE_WORDS = 6      # blocking keys per segment from its rarest shared words


@dataclass(frozen=True)
class Clustering:
    """What the cluster stage hands on: claims with ``event``/``entity`` set, and the groups."""

    claims: tuple[Claim, ...]
    entities: tuple[Entity, ...]
    events: tuple[Event, ...]
    copies: dict[str, str]


def _idf(segments: list[_Segment]) -> dict[str, float]:
    df = Counter(w for s in segments for w in s.sig.words)
    n = len(segments) + 1
    idf = {w: math.log(n / c) for w, c in df.items()}
    idf[""] = math.log(n)     # the IDF of a word only one segment has: no use for blocking
    return idf


def _rare_words(s: _Segment, idf: dict[str, float]) -> set[str]:
    """A segment's rarest words that another segment shares, held by no more segments than two or
    the square root of their number (a street, a name the extractor missed; never "shot")."""
    most = max(2.0, math.sqrt(math.exp(idf[""]) - 1)) + 1e-9     # exp(idf[""]) - 1 segments in all
    rare = (w for w in s.sig.words if idf.get(w, 0.0) < idf[""] and math.exp(idf[""] - idf[w]) <= most)
    return set(sorted(rare, key=lambda w: (-idf[w], w))[:_RARE_WORDS])


def _score(a: _Segment, b: _Segment, idf: dict[str, float], rules: RuleSet) -> float:
    if clash(a.sig, b.sig, rules):
        return 0.0
    w, x, y = rules.event_weights, a.sig, b.sig
    if not (x.people & y.people or x.facilities & y.facilities or x.days & y.days or x.weekdays & y.weekdays
            or x.periods & y.periods or x.figures & y.figures or x.kinds & y.kinds):
        return 0.0     # a city, a method and common words link no two incidents: many share them
    if a.doc != b.doc and not (x.people & y.people or x.facilities & y.facilities or x.kinds & y.kinds
                               or x.periods & y.periods and x.places & y.places
                               or (x.days & y.days or x.weekdays & y.weekdays) and x.places & y.places
                               and _rare_words(a, idf) & _rare_words(b, idf)
                               or tallies_match(x, y, rules)):     # one count over overlapping periods, in one place or none
        return 0.0     # nor a day, a city, a toll of one and common words: many shootings share them in a week
    score = 0.0
    score += w.get("person", 0) * min(2, len(x.people & y.people))
    if x.named and y.named and not (x.named & y.named):
        score += w.get("people_differ", 0)
    if x.kinds & y.kinds:
        score += w.get("facility_kind", 0)
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
    if tallies_match(x, y, rules):
        score += w.get("tally", 0)
    if x.methods & y.methods:
        score += w.get("method", 0)
    score += w.get("figure", 0) * min(2, len(x.figures & y.figures))
    # fsum: exactly rounded, so no process's set order (string hashes are seeded) changes a bit.
    shared = math.fsum(idf.get(t, 0.0) for t in x.words & y.words)
    total = math.sqrt(math.fsum(idf.get(t, 0.0) for t in x.words) * math.fsum(idf.get(t, 0.0) for t in y.words))
    if total:
        score += w.get("text", 0) * shared / total
    return score


def _blocks(segments: list[_Segment], idf: dict[str, float]) -> dict[tuple, list[int]]:
    blocks: dict[tuple, list[int]] = defaultdict(list)
    for i, s in enumerate(segments):
        if s.linking:
            continue     # a thin story links only as a whole document
        keys = {("facility", f) for f in s.sig.facilities} | {("person", p) for p in s.sig.people}
        # The rarest words (a street, a surname the extractor missed) that another segment shares;
        # wider than `_rare_words`, which gates the score: a candidate costs one comparison.
        rare = sorted((w for w in s.sig.words if idf[w] < idf[""]), key=lambda w: (-idf[w], w))
        keys |= {("word", w) for w in rare[:_RARE_WORDS]}
        keys |= {("day", d) for d in s.sig.days}
        # A tally's subject blocks with or without a place: "27 hospitals targeted since September".
        keys |= {("tally", p) for p in s.sig.periods if p.startswith("tally:")}
        for p in s.sig.places:
            keys |= {("place-day", p, d) for d in s.sig.days}
            if not s.sig.days:
                keys |= {("place-weekday", p, d) for d in s.sig.weekdays}
                keys |= {("place-period", p, d) for d in s.sig.periods}
                keys |= {("place-figure", p) + f for f in s.sig.figures}
        for k in keys:
            blocks[k].append(i)
    return blocks


Edge = tuple[float, int, int]          # (score, i, j), i < j: a link between two segments
Blocks = list[list[int]]
# How the blocks' links are scored: ``block_edges`` here, or spread over workers (``verify.engine``).
ScoreBlocks = Callable[[Sequence[_Segment], Blocks, dict[str, float], RuleSet], list[Edge]]


def candidate_blocks(segments: Sequence[_Segment], idf: dict[str, float], rules: RuleSet) -> Blocks:
    """The blocks whose segments are compared pairwise: those sharing a key, at most
    ``events.max_block`` segments each (a larger block is a key too common to tell anything)."""
    return [members for members in _blocks(list(segments), idf).values() if len(members) <= rules.event_max_block]


def block_edges(segments: Sequence[_Segment], blocks: Blocks, idf: dict[str, float], rules: RuleSet) -> list[Edge]:
    """Every link at or above ``events.link_threshold`` between two segments of one block. A pure
    function of the blocks' segments: a partition of the blocks can be scored anywhere, and the
    union of the parts' edges (a pair in two blocks scores the same in both) is the whole's."""
    edges = []
    seen: set[tuple[int, int]] = set()
    for members in blocks:
        for x, i in enumerate(members):
            for j in members[x + 1:]:
                pair = (min(i, j), max(i, j))
                if pair in seen:
                    continue
                seen.add(pair)
                s = _score(segments[pair[0]], segments[pair[1]], idf, rules)
                if s >= rules.link_threshold:
                    edges.append((s, *pair))
    return edges


def group_segments(segments: list[_Segment], rules: RuleSet, documents: DocumentLinks | None = None,
                   score_blocks: ScoreBlocks = block_edges) -> list[list[int]]:
    """Groups of segment indexes: strongest links first, no merge across a clash (no chaining).

    Given ``documents`` (from ``link_documents``), documents' main happenings are first merged
    by average linkage (``_merge_documents``); segment links are merged after them. The links come
    from ``score_blocks`` over ``candidate_blocks``; merging them (a union-find that refuses a
    clash) runs here, so links found in different blocks are resolved together.
    """
    idf = _idf(segments)
    edges = sorted({(-round(s, 9), (i, j)) for s, i, j in score_blocks(segments, candidate_blocks(segments, idf, rules),
                                                                       idf, rules)})
    parent = list(range(len(segments)))
    sig = {i: s.sig.copy() for i, s in enumerate(segments)}

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    if documents is not None:
        _merge_documents(documents, parent, find, sig, rules)
    for _, (i, j) in edges:
        ri, rj = find(i), find(j)
        if ri == rj or clash(sig[ri], sig[rj], rules):
            continue
        root, child = min(ri, rj), max(ri, rj)
        parent[child] = root
        sig[root].absorb(sig.pop(child))
    _follow_the_story(segments, parent, find, sig, rules, documents)
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(segments)):
        groups[find(i)].append(i)
    # Linking-only segments that joined no other document's happening make no event.
    return [g for g in groups.values() if not all(segments[i].linking for i in g)]


def _follow_the_story(segments: list[_Segment], parent: list[int], find, sig: dict[int, _Signature],
                      rules: RuleSet, documents: DocumentLinks | None) -> None:
    """A document's stretches linked to no other document join the one event it shares with others.

    A story's later paragraphs (the arrest, the victim's family) often carry no anchor another
    document repeats; they still tell the document's happening. Such a private group joins the
    document's shared event (its main happening's, or its only one) unless it clashes with the
    document's own segment there — a roundup's other incidents, on other days, stay apart — and
    names none of that event's victims and suspects (the arrest weeks later is the same case).
    """
    docs_of: dict[int, set[str]] = defaultdict(set)
    for i, s in enumerate(segments):
        docs_of[find(i)].add(s.doc)
    by_doc: dict[str, list[int]] = defaultdict(list)
    for i, s in enumerate(segments):
        by_doc[s.doc].append(i)
    main = documents.main if documents is not None else {}
    for doc in sorted(by_doc):
        shared = sorted({find(i) for i in by_doc[doc] if len(docs_of[find(i)]) > 1})
        if doc in main and find(main[doc]) in shared:
            target = find(main[doc])
        elif len(shared) == 1:
            target = shared[0]
        else:
            continue
        anchor = max((i for i in by_doc[doc] if find(i) == target), key=lambda i: (len(segments[i].claims), -i))
        for i in by_doc[doc]:
            r = find(i)
            if r == target or docs_of[r] != {doc} or (clash(sig[r], segments[anchor].sig, rules, spanning=False)
                                                      and not sig[r].people & sig[target].people):
                continue
            root, child = min(r, target), max(r, target)
            parent[child] = root
            sig[root].absorb(sig.pop(child))
            docs_of[root] = docs_of.pop(child) | docs_of.get(root, set())
            target = root


def _merge_documents(links: DocumentLinks, parent: list[int], find, sig: dict[int, _Signature],
                     rules: RuleSet) -> None:
    """Average-linkage merging of the groups holding documents' main happenings, most alike first.

    Two groups merge when the mean cosine over all their documents' pairs reaches
    the threshold ``links.threshold`` sets (``documents.confirm``, or ``documents.suggest`` with
    structured support; None when vetoed, see ``DocumentLinks.refuses``). After a merge the new
    group's means are recomputed.
    """
    docs: dict[int, set[str]] = defaultdict(set)
    for d, i in links.main.items():
        docs[find(i)].add(d)
    near: dict[int, set[int]] = defaultdict(set)
    for _, a, b in links.pairs:
        ra, rb = find(links.main[a]), find(links.main[b])
        if ra != rb:
            near[ra].add(rb)
            near[rb].add(ra)
    version: dict[int, int] = defaultdict(int)
    heap: list[tuple[float, int, int, int, int]] = []

    def push(ra: int, rb: int) -> None:
        ra, rb = min(ra, rb), max(ra, rb)
        mean = links.mean_similarity(docs[ra], docs[rb])
        if mean >= rules.document_suggest:
            heapq.heappush(heap, (-round(mean, 9), ra, rb, version[ra], version[rb]))

    for ra in sorted(near):
        for rb in sorted(near[ra]):
            if ra < rb:
                push(ra, rb)
    while heap:
        negative, ra, rb, va, vb = heapq.heappop(heap)
        if parent[ra] != ra or parent[rb] != rb or version[ra] != va or version[rb] != vb:
            continue     # a group changed since: its fresh mean was pushed then
        x, y = sig[ra], sig[rb]
        need = links.threshold(docs[ra], docs[rb], x, y, rules)
        if need is None or -negative < need or tally_clash(x, y, rules):
            continue
        parent[rb] = ra
        x.absorb(sig.pop(rb))
        docs[ra] |= docs.pop(rb)
        version[ra] += 1
        neighbours = (near.pop(ra, set()) | near.pop(rb, set())) - {ra, rb}
        near[ra] = neighbours
        for n in neighbours:
            near[n] -= {ra, rb}
            near[n].add(ra)
            push(ra, n)


def _since(start: str) -> str:
    """A tally's start in words: ``2015-09`` -> "September 2015", ``--09`` -> "September"."""
    year, month = _month_of(start)
    if year is not None and len(start) == 4:
        return start
    words = calendar.month_name[month]
    day = start[8:10] if year is not None else start[5:7]
    words += f" {int(day)}" if day else ""
    return f"{words}, {year}" if year is not None and day else f"{words} {year}" if year is not None else words


def _tally_label(claims: list[Claim], rules: RuleSet, where: str | None) -> str | None:
    """"attacks on health facilities reported in Aleppo since September 2015": the subject most
    tallies name, from the earliest start stated (a start with a year first)."""
    tallies = [c for c in claims if c.kind == "count" and c.value.get("period") and c.attribute in rules.tally_attributes]
    if not tallies:
        return None
    subjects = Counter(s for s in (tally_subject(c, rules) for c in tallies) if s in rules.tally_subjects)
    if subjects:
        what = f"attacks on {sorted(subjects.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]} reported"
    else:
        what = f"{sorted(Counter(c.attribute for c in tallies).items(), key=lambda kv: (-kv[1], kv[0]))[0][0]} reported"
    what += f" in {where}" if where else ""
    starts = sorted({tally_start(c) for c in tallies} - {"*"}, key=lambda s: (s.startswith("?"), s.startswith("--"), s))
    if starts and not starts[0].startswith("?"):
        return f"{what} since {_since(starts[0])}"
    periods = Counter(str(c.value["period"]) for c in tallies)
    return f"{what} ({sorted(periods.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]})"


def _label(claims: list[Claim], rules: RuleSet) -> tuple[str, str | None, str | None]:
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
    tally = _tally_label(claims, rules, where)
    if tally is not None:
        return tally, day, where
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


def cluster_claims(documents: Sequence[Document], claims: Sequence[Claim], rules: RuleSet,
                   score_blocks: ScoreBlocks = block_edges) -> Clustering:
    """Group claims into events and entities; detect copies among documents. A pure function.

    The result does not depend on the order of ``documents`` or ``claims``, nor on where
    ``score_blocks`` scores the candidate blocks (see ``group_segments``).
    """
    copies = find_copies(documents, rules.duplicate_jaccard, rules.duplicate_shingle)
    ordered = sorted(claims, key=lambda c: (c.doc, c.sentence_start, c.start, c.end, c.kind, c.attribute, c.id))
    entities, entity_of = resolve_entities(ordered, rules)
    segments = build_segments(ordered, entity_of, complete_people(entities), rules,
                              {d.id: d.published and d.published[:10] for d in documents})
    links = link_documents(documents, segments, rules)
    event_of: dict[str, str] = {}
    events: list[Event] = []
    for group in group_segments(segments, rules, links, score_blocks):
        member_claims = [c for i in group for c in segments[i].claims]
        event_id = stable_id("e", *sorted(f"{c.doc}:{c.sentence_start}" for c in member_claims))
        label, day, where = _label(member_claims, rules)
        for c in member_claims:
            event_of[c.id] = event_id
        events.append(Event(event_id, label, day, where,
                            tuple(sorted({c.doc for c in member_claims})),
                            tuple(sorted(c.id for c in member_claims))))
    events.sort(key=lambda e: (-len(e.documents), e.date or "", e.id))
    out = tuple(c.placed(event_of.get(c.id), entity_of.get(c.id)) for c in claims)
    return Clustering(out, tuple(entities), tuple(events), copies)
