"""Blocking: which segments are worth comparing at all.

Candidates come only from shared blocking keys — a facility, a person, a rare word, a day, a place
and a day, a place and a weekday, period or figure, a tally's subject — and a key shared by more
than ``events.max_block`` segments is skipped, so the work grows with the number of claims, not its
square. ``idf`` weighs the segments' words (rare words are names and streets).

``closest_pairs`` is the one bound on candidates of the cluster stage (segments, documents,
people's names): meta-blocking by cardinality node pruning (Papadakis et al.), each record kept
with only its ``events.candidates`` closest partners in the blocks, closeness being the keys two
records share, each weighing the less the more records hold it. Blocks of near-alike records (a
word many stories use, a surname many people bear) then cost a bounded number of comparisons per
record, not one per pair of members.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from typing import TypeVar

import numpy

from ..rules import RuleSet
from .segments import Segment

RARE_WORDS = 6  # blocking keys per segment from its rarest shared words

Blocks = list[list[int]]
R = TypeVar("R", int, str)


def idf_of(segments: list[Segment]) -> dict[str, float]:
    df = Counter(w for s in segments for w in s.sig.words)
    n = len(segments) + 1
    idf = {w: math.log(n / c) for w, c in df.items()}
    idf[""] = math.log(n)  # the IDF of a word only one segment has: no use for blocking
    return idf


def rare_words(s: Segment, idf: dict[str, float]) -> set[str]:
    """A segment's rarest words that another segment shares, held by no more segments than two or
    the square root of their number (a street, a name the extractor missed; never "shot")."""
    most = max(2.0, math.sqrt(math.exp(idf[""]) - 1)) + 1e-9  # exp(idf[""]) - 1 segments in all
    rare = (w for w in s.sig.words if idf.get(w, 0.0) < idf[""] and math.exp(idf[""] - idf[w]) <= most)
    return set(sorted(rare, key=lambda w: (-idf[w], w))[:RARE_WORDS])


def _blocks(segments: list[Segment], idf: dict[str, float]) -> dict[tuple, list[int]]:
    blocks: dict[tuple, list[int]] = defaultdict(list)
    for i, s in enumerate(segments):
        if s.linking:
            continue  # a thin story links only as a whole document
        keys: set[tuple] = {("facility", f) for f in s.sig.facilities} | {("person", p) for p in s.sig.people}
        # The rarest words (a street, a surname the extractor missed) that another segment shares;
        # wider than `rare_words`, which gates the score: a candidate costs one comparison.
        rare = sorted((w for w in s.sig.words if idf[w] < idf[""]), key=lambda w: (-idf[w], w))
        keys |= {("word", w) for w in rare[:RARE_WORDS]}
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


def candidate_blocks(segments: Sequence[Segment], idf: dict[str, float], rules: RuleSet) -> Blocks:
    """The pairs of segments compared, each a block of two: segments sharing a key held by at most
    ``events.max_block`` segments (a larger block is a key too common to tell anything), each
    segment with its ``events.candidates`` closest partners (``closest_pairs``)."""
    blocks = (members for members in _blocks(list(segments), idf).values() if len(members) <= rules.events.max_block)
    return [[a, b] for a, b in closest_pairs(blocks, rules.events.candidates)]


def closest_pairs(blocks: Iterable[Sequence[R]], k: int) -> Iterator[tuple[R, R]]:
    """The pairs ``(a, b)``, ``a < b``, of records sharing a block where ``b`` is among the ``k``
    closest partners of ``a`` or ``a`` among those of ``b``: at most ``k`` pairs a record on
    average, however large its blocks. Closeness sums, over the blocks two records share,
    1 / the block's size (a rare key says more than a common one); ties go to the smaller partner.
    A record with at most ``k`` partners keeps them all, so small blocks are compared in full.
    Pairs come record by record, in order (no set of every pair is held: at most ``k`` partners
    per record are, and the records that chose it)."""
    members = [sorted(set(b)) for b in blocks]
    members = [b for b in members if len(b) > 1]
    of: dict[R, list[int]] = defaultdict(list)
    for n, block in enumerate(members):
        for r in block:
            of[r].append(n)
    records = sorted(of)
    rank = {r: i for i, r in enumerate(records)}  # the records' order as numbers: ties go to the smaller
    ranked = [numpy.array([rank[r] for r in block], dtype=numpy.intp) for block in members]
    chosen: dict[R, list[R]] = {}
    chosen_by: dict[R, list[R]] = defaultdict(list)
    for a in records:
        near = set().union(*(members[n] for n in of[a]))
        near.discard(a)
        if len(near) <= k:
            top = sorted(near)
        else:
            top = [records[i] for i in _heaviest(ranked, of[a], rank[a], k)]
        chosen[a] = top
        for b in top:
            chosen_by[b].append(a)
    for a in records:
        partners = {b for b in chosen[a] if b > a} | {b for b in chosen_by.get(a, ()) if b > a}
        for b in sorted(partners):
            yield a, b


def _heaviest(ranked: list[numpy.ndarray], blocks: list[int], own: int, k: int) -> list[int]:
    """The ``k`` partners (as ranks) of record ``own`` with the most weight over ``blocks``, then
    the smallest. A partner's weight adds 1 / size of each block it shares, the blocks in the order
    given, so that it is the same sum, to the bit, from either side (``numpy.bincount`` adds its
    weights in the order it reads them)."""
    held = numpy.concatenate([ranked[n] for n in blocks])
    shares = numpy.concatenate([numpy.full(len(ranked[n]), 1.0 / len(ranked[n])) for n in blocks])
    partners, slot = numpy.unique(held, return_inverse=True)
    weight = numpy.bincount(slot, weights=shares)
    others = partners != own
    partners, weight = partners[others], weight[others]
    order = numpy.lexsort((partners, -weight))[:k]
    return partners[order].tolist()
