"""Scoring: the evidence that two segments tell one happening, weighed by ``events.weights``.

``link_score`` is the one judgement of a link, used by the cluster stage (``block_edges``) and by
editor mode (``verify.check``): a clash vetoes; a city, a method and common words link no two
incidents; a happening one page tells as background (dated long before it) links another page's
stretch only on a day both give or a person both name; segments of two documents are scored only on evidence a city and a day cannot give (a
shared person, facility or kind of facility, a period in one place, a tally of one subject, or a
day in one place plus a rare word both share), since many shootings share a city and a week.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence

from ..rules import RuleSet
from .blocking import Blocks, rare_words
from .segments import Segment
from .signatures import clash, tallies_match

Edge = tuple[float, int, int]  # (score, i, j), i < j: a link between two segments
# How the blocks' links are scored: ``block_edges`` here, or spread over workers (``verify.run.dask``).
ScoreBlocks = Callable[[Sequence[Segment], Blocks, dict[str, float], RuleSet], list[Edge]]


def link_score(a: Segment, b: Segment, idf: dict[str, float], rules: RuleSet, *, dates: bool = True) -> float:
    """The weighted evidence that ``a`` and ``b`` tell one happening (0: they cannot, or nothing
    beyond a city and a day links them). ``dates`` false: another day vetoes nothing (editor mode)."""
    if clash(a.sig, b.sig, rules, dates=dates):
        return 0.0
    w, x, y = rules.events.weights, a.sig, b.sig
    if not (
        x.people & y.people
        or x.facilities & y.facilities
        or x.days & y.days
        or x.weekdays & y.weekdays
        or x.periods & y.periods
        or x.figures & y.figures
        or x.kinds & y.kinds
        or _one_disaster(a, b, rules)
    ):
        return 0.0  # a city, a method and common words link no two incidents: many share them
    if a.doc != b.doc and a.background != b.background and not (x.days & y.days or x.people & y.people):
        return 0.0  # a page's earlier happening (its background) is another page's news only on its day
    if a.doc != b.doc and not (
        x.people & y.people
        or x.facilities & y.facilities
        or x.kinds & y.kinds
        or x.periods & y.periods
        and x.places & y.places
        or (x.days & y.days or x.weekdays & y.weekdays)
        and x.places & y.places
        and rare_words(a, idf) & rare_words(b, idf)
        or tallies_match(x, y, rules)
        or _one_disaster(a, b, rules)
    ):  # one count over overlapping periods, in one place or none; one disaster (a collapse, a
        # flood: a happening that needs no attacker) in one place on one day
        return 0.0  # nor a day, a city, a toll of one and common words: many shootings share them in a week
    score = 0.0
    score += w.person * min(2, len(x.people & y.people))
    if x.named and y.named and not (x.named & y.named):
        score += w.people_differ
    if x.kinds & y.kinds:
        score += w.facility_kind
    if x.facilities & y.facilities:
        score += w.facility
    if x.places & y.places:
        score += w.place
    if x.days & y.days:
        score += w.date
    elif not (x.days or y.days) and x.weekdays & y.weekdays:
        score += w.weekday
    if x.periods & y.periods:
        score += w.period
    if tallies_match(x, y, rules):
        score += w.tally
    if x.methods & y.methods:
        score += w.method
    if _one_disaster(a, b, rules):
        score += w.disaster
    score += w.figure * min(2, len(x.figures & y.figures))
    # fsum: exactly rounded, so no process's set order (string hashes are seeded) changes a bit.
    shared = math.fsum(idf.get(t, 0.0) for t in x.words & y.words)
    total = math.sqrt(math.fsum(idf.get(t, 0.0) for t in x.words) * math.fsum(idf.get(t, 0.0) for t in y.words))
    if total:
        score += w.text * shared / total
    return score


def _one_disaster(a: Segment, b: Segment, rules: RuleSet) -> bool:
    """One disaster (a happening that needs no attacker: a collapse, a flood) in one place, on one
    day or with one side undated ("the toll from the floods in Hazra rose to 17" beside "floods
    killed 14 in Hazra on Tuesday"; another day is a clash, ``clash``). A stretch that opens on a
    month or a year ("last year, when 41 miners died in a blast") is not undated. A happening that
    lasts weeks over a country (``Methods.lasts``: a heatwave) is one from the day it began, told
    city by city: the same start day (or one side undated) is enough, wherever each page counts."""
    x, y = a.sig, b.sig
    undated = not (x.days and y.days) and not (a.elsewhen or b.elsewhen)
    if any(rules.methods.lasts(h) for h in x.happenings & y.happenings) and (x.days & y.days or undated):
        return True
    if not (x.happenings & y.happenings and x.places & y.places):
        return False
    return bool(x.days & y.days) or undated


def block_edges(
    segments: Sequence[Segment] | Mapping[int, Segment], blocks: Blocks, idf: dict[str, float], rules: RuleSet
) -> list[Edge]:
    """Every link at or above ``events.link_threshold`` between two segments of one block. A pure
    function of the blocks' segments: a partition of the blocks can be scored anywhere, and the
    union of the parts' edges (a pair in two blocks scores the same in both) is the whole's.

    Pairs are taken segment by segment (each with its partners of higher index in any of its
    blocks, once), so no set of every pair compared is held: at 100,000 short documents there
    are millions."""
    blocks_of: dict[int, list[int]] = defaultdict(list)
    for k, members in enumerate(blocks):
        for i in members:
            blocks_of[i].append(k)
    edges = []
    for i in sorted(blocks_of):
        for j in sorted({j for k in blocks_of[i] for j in blocks[k] if j > i}):
            s = link_score(segments[i], segments[j], idf, rules)
            if s >= rules.events.link_threshold:
                edges.append((s, i, j))
    return edges
