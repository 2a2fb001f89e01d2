"""Blocking: which segments are worth comparing at all.

Candidates come only from shared blocking keys — a facility, a person, a rare word, a day, a place
and a day, a place and a weekday, period or figure, a tally's subject — and a key shared by more
than ``events.max_block`` segments is skipped, so the work grows with the number of claims, not its
square. ``idf`` weighs the segments' words (rare words are names and streets).
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Sequence

from ..rules import RuleSet
from .segments import Segment

RARE_WORDS = 6  # blocking keys per segment from its rarest shared words

Blocks = list[list[int]]


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
    """The blocks whose segments are compared pairwise: those sharing a key, at most
    ``events.max_block`` segments each (a larger block is a key too common to tell anything)."""
    return [members for members in _blocks(list(segments), idf).values() if len(members) <= rules.events.max_block]
