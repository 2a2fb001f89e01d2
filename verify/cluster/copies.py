"""Copies: which documents are copies of which (wire copy reprinted by outlets).

Documents are compared by the Jaccard overlap of their word shingles. Candidates are found through
an inverted index on a sample of shingle hashes (no all-pairs comparison); common shingles (page
boilerplate shared by hundreds of pages) are dropped from the index. Each group of copies has one
*origin*: the earliest published member (then the smallest id); every other member is a copy of it.
"""

from __future__ import annotations

import re
import zlib
from bisect import bisect_left
from collections import Counter, defaultdict
from collections.abc import Sequence

from ..models import Document
from .merge import UnionFind

_WORD = re.compile(r"\w+")
_SAMPLE = 4  # keep shingles whose hash % _SAMPLE == 0 in the index
_MAX_POSTING = 100  # a shingle in more documents than this is boilerplate
_MARGIN = 0.2  # how far below the threshold a sampled estimate still gets the exact test


def shingles(text: str, size: int) -> set[int]:
    words = _WORD.findall(text.lower())
    if len(words) < size:
        return {zlib.crc32(" ".join(words).encode())} if words else set()
    return {zlib.crc32(" ".join(words[i : i + size]).encode()) for i in range(len(words) - size + 1)}


def find_copies(documents: Sequence[Document], threshold: float, size: int) -> dict[str, str]:
    """``{copy id: origin id}`` for every document that is a near-duplicate of an earlier one."""
    sets = {d.id: shingles(d.text, size) for d in documents}
    index: dict[int, list[str]] = defaultdict(list)
    for doc_id in sorted(sets):
        for h in sets[doc_id]:
            if h % _SAMPLE == 0:
                index[h].append(doc_id)
    groups: UnionFind[str] = UnionFind(d.id for d in documents)
    find = groups.find
    # Each document against the earlier ones sharing a sampled shingle; a candidate already in its
    # group is skipped, so a story reprinted k times costs about k comparisons, not k squared. The
    # sample itself estimates the overlap (hash sampling keeps the ratio), and only a candidate whose
    # estimate comes within `_MARGIN` of the threshold has its full shingle sets compared: stories
    # that merely share phrases ("told reporters on Monday that") cost a counter increment.
    usable = {
        doc_id: sum(1 for h in sets[doc_id] if h % _SAMPLE == 0 and len(index[h]) <= _MAX_POSTING) for doc_id in sets
    }
    for doc_id in sorted(sets):
        hits: Counter[str] = Counter()
        for h in sets[doc_id]:
            posting = index.get(h) if h % _SAMPLE == 0 else None
            if posting and 1 < len(posting) <= _MAX_POSTING:
                hits.update(posting[: bisect_left(posting, doc_id)])  # postings are in id order
        sa = sets[doc_id]
        for other in sorted(hits):
            sb = sets[other]
            if not sa or not sb or find(other) == find(doc_id):
                continue
            shared = hits[other]
            if shared / (usable[doc_id] + usable[other] - shared) < threshold - _MARGIN:
                continue
            if len(sa & sb) / len(sa | sb) >= threshold:
                groups.union(other, doc_id)
    by_origin: dict[str, list[Document]] = defaultdict(list)
    for d in documents:
        by_origin[find(d.id)].append(d)
    copies = {}
    for members in by_origin.values():
        if len(members) < 2:
            continue
        origin = min(members, key=lambda d: (d.published is None, d.published or "", d.id))
        for d in members:
            if d.id != origin.id:
                copies[d.id] = origin.id
    return copies
