"""Merging: links into groups with one union-find, strongest first, never across a clash.

Documents' main happenings are merged first as whole stories (average linkage, ``documents``); then
segment links, strongest first; a merge that would put two different days, weekdays, periods
(tallies: starts further apart than ``events.tallies.start_tolerance_months``), hit facilities or
fully named victims in one event is refused, so a path of weak links cannot chain two incidents.
Last, a document's stretches linked to no other document follow the one event it shares
(``follow_the_story``); a linking-only segment that joined no other document makes no event.

``UnionFind`` is the one union-find of the project (events here, copies, person identities).
"""

from __future__ import annotations

import heapq
from array import array
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Hashable, Iterable, Sequence
from typing import Generic, TypeVar

import numpy

from ..models import Claim
from ..rules import RuleSet
from .blocking import candidate_blocks, idf_of
from .documents import DocumentLinks, dot, strong_support
from .scoring import ScoreBlocks, block_edges
from .segments import Segment
from .signatures import EMPTY, Signature, clash, is_victim, span, tally_clash

K = TypeVar("K", bound=Hashable)
HEAP_SLACK = 1024  # stale entries the document merging's heap may hold beyond twice its live pairs


class UnionFind(Generic[K]):
    """Disjoint sets over hashable, ordered items, with path halving.

    A union keeps the smaller of the two roots, so a group's root is its smallest member whatever
    the order of the unions, and ``union`` says which root absorbed which.
    """

    def __init__(self, items: Iterable[K] = ()):
        self.parent: dict[K, K] = {x: x for x in items}

    def add(self, x: K) -> None:
        self.parent.setdefault(x, x)

    def find(self, x: K) -> K:
        parent = self.parent
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def is_root(self, x: K) -> bool:
        return self.parent[x] == x

    def union(self, a: K, b: K) -> tuple[K, K] | None:
        """Join the groups of ``a`` and ``b``: ``(root, absorbed root)``, or None when already one."""
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return None
        root, child = (ra, rb) if ra < rb else (rb, ra)  # type: ignore[operator]
        self.parent[child] = root
        return root, child

    def groups(self) -> dict[K, list[K]]:
        """Every group by its root, members in the order they were added."""
        out: dict[K, list[K]] = defaultdict(list)
        for x in self.parent:
            out[self.find(x)].append(x)
        return dict(out)


def group_segments(
    segments: list[Segment],
    rules: RuleSet,
    documents: DocumentLinks | None = None,
    score_blocks: ScoreBlocks = block_edges,
) -> list[list[int]]:
    """Groups of segment indexes: strongest links first, no merge across a clash (no chaining).

    Given ``documents`` (from ``link_documents``), documents' main happenings are first merged
    by average linkage (``merge_documents``); segment links are merged after them. The links come
    from ``score_blocks`` over ``candidate_blocks``; merging them (a union-find that refuses a
    clash) runs here, so links found in different blocks are resolved together.
    """
    idf = idf_of(segments)
    edges = sorted(
        {
            (-round(s, 9), (i, j))
            for s, i, j in score_blocks(segments, candidate_blocks(segments, idf, rules), idf, rules)
        }
    )
    groups: UnionFind[int] = UnionFind(range(len(segments)))
    sig = GroupSignatures(segments)
    if documents is not None:
        merge_documents(documents, groups, sig, rules)
    for _, (i, j) in edges:
        ri, rj = groups.find(i), groups.find(j)
        if ri != rj and not clash(sig[ri], sig[rj], rules):
            _join(groups, sig, ri, rj)
    follow_the_story(segments, groups, sig, rules, documents)
    # Linking-only segments that joined no other document's happening make no event.
    return [g for g in groups.groups().values() if not all(segments[i].linking for i in g)]


class GroupSignatures(dict[int, Signature]):
    """Each group's signature by its root. A group of one segment holds that segment's own
    signature (no copy of every segment's is made); a group's first merge gives it a copy of its
    own (``owned``), which later merges add to."""

    def __init__(self, segments: Sequence[Segment]):
        super().__init__((i, s.sig) for i, s in enumerate(segments))
        self.owned: set[int] = set()


def _join(groups: UnionFind[int], sig: dict[int, Signature], a: int, b: int) -> int:
    """Merge the groups rooted at ``a`` and ``b``, their signatures with them; the new root.
    A plain dict's signatures are the caller's and change in place; see ``GroupSignatures``."""
    joined = groups.union(a, b)
    assert joined is not None, "only two different groups are joined"
    root, child = joined
    if isinstance(sig, GroupSignatures):
        if root not in sig.owned:
            sig[root] = sig[root].copy()
            sig.owned.add(root)
        sig.owned.discard(child)
    sig[root].absorb(sig.pop(child))
    return root


def follow_the_story(
    segments: list[Segment],
    groups: UnionFind[int],
    sig: dict[int, Signature],
    rules: RuleSet,
    documents: DocumentLinks | None,
) -> None:
    """A document's stretches linked to no other document join the one event it shares with others;
    so does a stretch others share when it hits the facility the document's main stretch hits, in
    the same kind of happening, and the two groups can be one.

    A story's later paragraphs (the arrest, the victim's family) often carry no anchor another
    document repeats; they still tell the document's happening. Such a private group joins the
    document's shared event (its main happening's, or its only one) unless it clashes with the
    document's own segment there — a roundup's other incidents, on other days, stay apart — and
    names none of that event's victims and suspects (the arrest weeks later is the same case).
    """
    find = groups.find
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
            if r == target:
                continue
            opens = (
                docs_of[r] == {doc}
                and i == by_doc[doc][0]
                and _opens_story(sig[r], segments[anchor].sig, sig[target], rules)
            )
            leads = opens or docs_of[r] == {doc} and _leads_story(sig[r], sig[target], rules)
            if docs_of[r] != {doc}:
                # a group other documents share joins only when this document's stretch there hits
                # the very facility its main stretch does, and the two groups can be one happening
                # (a lead that names a street beside the tower, linked to others naming the street)
                if not (
                    segments[i].sig.targets & segments[anchor].sig.targets
                    and segments[i].sig.happenings & segments[anchor].sig.happenings
                    and not clash(sig[r], sig[target], rules, spanning=False)
                ):
                    continue
            elif (
                clash(
                    _unnamed_if_told(sig[r], segments[i], segments[anchor], docs_of[target] - {doc}, documents),
                    _story_stretch(segments[anchor].sig, sig[r], sig[target]),
                    rules,
                    spanning=False,
                )
                and not sig[r].people & sig[target].people
                # a lead on the story's own day, where the document's stretch in the event is a later
                # turn ("the last victim's remains were found on July 20"): the event's, not apart
                and not leads
            ):
                continue
            if segments[i].background and not leads or segments[i].apart:
                continue  # an earlier happening, or one the text sets beside it, is not the story's own
            if sig[r].periods and not sig[target].periods:
                continue  # a tally over a period ("killed since October 7") is no incident's own figure
            if opens:
                # the lead's later day is the story's latest turn, not its happening's: it dates
                # nothing in the event (another page's stretch on that day stays apart)
                sig[r] = sig[r].copy()
                sig[r].days, sig[r].weekdays = EMPTY, EMPTY
            root = _join(groups, sig, r, target)
            child = target if root == r else r
            docs_of[root] = docs_of.pop(child) | docs_of.get(root, set())
            target = root


def _story_stretch(own: Signature, stretch: Signature, event: Signature) -> Signature:
    """What a document's private ``stretch`` is set against: the document's own stretch in the
    ``event`` (signature ``own``), dated by the event when it gives no day of its own and the
    stretch is dated before every day of the event ("In Ostrava, meanwhile, the toll has risen to
    14" after a lead on a wildfire of February 27: that one stays apart). Later days are the
    story's follow-ups (an arrest, a trial): ``own`` as it is."""
    if own.days or not (stretch.days and event.days) or max(stretch.days) >= min(event.days):
        return own
    dated = own.copy()
    dated.days = set(event.days)
    return dated


def _unnamed_if_told(
    own: Signature, stretch: Segment, anchor: Segment, others: set[str], documents: DocumentLinks | None
) -> Signature:
    """A document's private stretch (signature ``own``) without its victims' full names when the
    story it would join already tells of each of them: the name is the end of a name the document's
    own stretch there gives ("Gomez-Martinez", read as a first and a last name, beside "Diego
    Gomez-Martinez"), or one of the event's ``others`` documents writes every word of it ("the
    grandson of Rep. Danny Davis", a relative the extractor took for a victim). Such a name sets the stretch
    apart from nothing; any other clash stands, and so does a name the story does not tell ("Raul
    Guzman" beside "Joshua Guzman": another victim of the name)."""
    if not own.named or own.named != stretch.sig.named:
        return own
    names = {n for c in stretch.claims if c.kind == "person" and is_victim(c) and (n := _key(c))}
    story = [_key(c) for c in anchor.claims if c.kind == "person"]
    for name in names or {()}:
        if name and any(len(k) > len(name) and k[-len(name) :] == name for k in story):
            continue
        if name and documents is not None and documents.writes(others, set(name)):
            continue
        return own
    out = own.copy()
    out.named = EMPTY
    return out


def _key(claim: Claim) -> tuple[str, ...]:
    return tuple(str(claim.as_person().get("key") or "").split())


def _opens_story(lead: Signature, own: Signature, event: Signature, rules: RuleSet) -> bool:
    """A page's opening stretch that retells the toll its own stretch in the ``event`` gives, of the
    same kind of happening, dated by the story's latest turn a day or two (``events.max_span_days``)
    after the page's own stretch there, which is on the event's first days ("the search of the
    wildfire wreckage on Thursday revealed ... the blaze that has already claimed 36 lives", above
    "the fire started Tuesday ... at least 36 people had died"): the lead of the page's story, no
    other happening, unless something besides the day sets the two apart."""
    return bool(
        lead.days
        and own.days
        and lead.happenings & own.happenings
        and lead.figures & own.figures
        and min(lead.days) > max(own.days)
        and span(lead.days | own.days) <= rules.events.max_span_days
        and (not event.days or min(event.days) <= min(own.days))
        and not clash(lead, own, rules, spanning=False, dates=False)
    )


def _leads_story(own: Signature, event: Signature, rules: RuleSet) -> bool:
    """A document's private stretch told on the shared event's own days, of the same kind of
    happening, which the event as a whole does not clash with: the story's happening, however the
    document's own stretch in the event is dated, and however long before publication ("the
    collapse on June 24", told a month on, is the story the others tell, no background)."""
    return bool(
        own.days
        and own.days <= event.days
        and own.happenings & event.happenings
        and not clash(own, event, rules, spanning=False)
    )


def merge_documents(links: DocumentLinks, groups: UnionFind[int], sig: dict[int, Signature], rules: RuleSet) -> None:
    """Average-linkage merging of the groups holding documents' main happenings, most alike first.

    Two groups merge when the mean cosine over all their documents' pairs reaches
    the threshold ``links.threshold`` sets (``documents.confirm``, or ``documents.suggest`` with
    structured support; None when vetoed, see ``DocumentLinks.refuses``). After a merge the new
    group's means with its neighbours are recomputed.

    The work grows with the candidate links, not with the groups' sizes: the summed cosine of two
    neighbouring groups is kept, and a merged group's sum with a neighbour is the sum of its two
    parts' (Lance and Williams' update for average linkage), so only a part that was no neighbour
    of it is summed afresh; each group's whole signature and days are kept the same way.
    """
    find = groups.find
    docs: dict[int, set[str]] = defaultdict(set)
    for d, i in links.main.items():
        docs[find(i)].add(d)
    near: dict[int, set[int]] = defaultdict(set)
    known = PairCosines()
    for cos, a, b in links.pairs:
        ra, rb = find(links.main[a]), find(links.main[b])
        if ra != rb:
            near[ra].add(rb)
            near[rb].add(ra)
            if len(docs[ra]) == 1 == len(docs[rb]):
                known.add(ra, rb, cos)
    known.freeze()
    # Summed cosine of two neighbouring groups, (low, high), kept once a group has merged: the sum of
    # two documents not yet merged is their cosine, the candidate pair's (``known``), else computed
    # again when needed rather than held for every pair of neighbours (millions at 100,000
    # documents). ``live``: the neighbouring pairs.
    total: dict[tuple[int, int], float] = {}
    live = 0
    # A group of one document has that document's vector as its centroid, shared rather than copied;
    # a group's first merge gives it a centroid of its own (``owned``), which later merges add to.
    centroid = {r: links.centroid(docs[r]) if len(docs[r]) > 1 else links.vectors.get(min(docs[r]), {}) for r in near}
    owned = {r for r in near if len(docs[r]) > 1}
    whole = {r: links.whole(docs[r], sig[r]) for r in near}
    days = {r: links.days(docs[r]) for r in near}
    version: dict[int, int] = defaultdict(int)
    heap: list[tuple[float, int, int, int, int]] = []

    def summed(ra: int, rb: int) -> float:
        value = total.get((ra, rb) if ra < rb else (rb, ra))
        if value is None and len(docs[ra]) == 1 == len(docs[rb]):
            value = known.get(ra, rb)  # two documents: the cosine their link was found with
        return dot(centroid[ra], centroid[rb]) if value is None else value

    def priority(ra: int, rb: int) -> float | None:
        """Minus the mean cosine of two neighbouring groups (``ra`` < ``rb``), when it may merge them."""
        mean = summed(ra, rb) / (len(docs[ra]) * len(docs[rb]))
        if (
            mean >= rules.events.documents.suggest
            or mean >= rules.events.documents.strong
            and strong_support(whole[ra], whole[rb], days[ra], days[rb], rules)
        ):
            return -round(mean, 9)
        return None

    def push(ra: int, rb: int) -> None:
        ra, rb = min(ra, rb), max(ra, rb)
        negative = priority(ra, rb)
        if negative is not None:
            heapq.heappush(heap, (negative, ra, rb, version[ra], version[rb]))

    # The first entries (every candidate pair, millions at 100,000 documents) are kept sorted in three
    # arrays rather than as heap tuples (24 bytes a pair, not about 110); they are read in turn
    # beside the heap of the entries pushed after merges, so entries come in the very order one
    # heap of them all would give. At the start every version is 0.
    first: tuple[array, array, array] = (array("d"), array("q"), array("q"))
    for ra in sorted(near):
        for rb in sorted(near[ra]):
            if ra < rb:
                live += 1
                negative = priority(ra, rb)
                if negative is not None:
                    first[0].append(negative)
                    first[1].append(ra)
                    first[2].append(rb)
    # Appended in (ra, rb) order, so a stable sort on the mean alone gives the heap's order.
    order = numpy.argsort(numpy.frombuffer(first[0], dtype=numpy.float64), kind="stable")
    ranked = tuple(array(c.typecode, numpy.frombuffer(c, dtype=c.typecode)[order].tobytes()) for c in first)
    del first, order
    next_first = 0

    def current(entry: tuple[float, int, int, int, int]) -> bool:
        _, ra, rb, va, vb = entry
        return groups.is_root(ra) and groups.is_root(rb) and version[ra] == va and version[rb] == vb

    entry: tuple[float, int, int, int, int]
    while heap or next_first < len(ranked[0]):
        if len(heap) > 2 * live + HEAP_SLACK:
            # Stale entries (a group changed since) outnumber the live pairs: drop them, so the heap
            # stays as large as the neighbouring pairs, not as the pushes (the order is the same).
            heap = [entry for entry in heap if current(entry)]
            heapq.heapify(heap)
        if next_first < len(ranked[0]):
            k = next_first
            candidate: tuple[float, int, int, int, int] = (
                float(ranked[0][k]),
                int(ranked[1][k]),
                int(ranked[2][k]),
                0,
                0,
            )
            if not heap or candidate < heap[0]:
                next_first += 1
                entry = candidate
            else:
                entry = heapq.heappop(heap)
        else:
            entry = heapq.heappop(heap)
        if not current(entry):
            continue  # a group changed since: its fresh mean was pushed then
        negative, ra, rb, _, _ = entry
        need = links.threshold(docs[ra], docs[rb], whole[ra], whole[rb], rules, widened=True)
        if need is None or -negative < need or tally_clash(sig[ra], sig[rb], rules):
            continue
        near_a, near_b = near.pop(ra, set()), near.pop(rb, set())
        neighbours = (near_a | near_b) - {ra, rb}
        live += len(neighbours) - (len(near_a) + len(near_b) - 1)  # ra-rb was in both
        # Before the merge: the sums of each part with each neighbour, then the parts' are dropped.
        sums = {n: summed(ra, n) + summed(rb, n) for n in neighbours}
        for n in neighbours:
            total.pop((rb, n) if rb < n else (n, rb), None)
        total.pop((ra, rb), None)
        _join(groups, sig, ra, rb)  # ra < rb: ra stays the root
        docs[ra] |= docs.pop(rb)
        whole[ra].absorb(whole.pop(rb))
        centroid[ra] = _add(centroid.pop(ra), centroid.pop(rb), ra in owned, rb in owned)
        owned.discard(rb)
        owned.add(ra)
        days[ra] |= days.pop(rb)
        version[ra] += 1
        near[ra] = neighbours
        for n in neighbours:
            near[n] -= {ra, rb}
            near[n].add(ra)
            total[(ra, n) if ra < n else (n, ra)] = sums[n]
            push(ra, n)


class PairCosines:
    """The cosines of pairs of groups (``(low root, high root)``), held as two sorted arrays searched
    by bisection: 16 bytes a pair rather than about 150 as a dict of tuples. ``add`` every pair once,
    then ``freeze`` before ``get``."""

    def __init__(self) -> None:
        self._keys = array("q")
        self._cos = array("d")

    @staticmethod
    def _key(a: int, b: int) -> int:
        return min(a, b) << 32 | max(a, b)

    def add(self, a: int, b: int, cos: float) -> None:
        self._keys.append(self._key(a, b))
        self._cos.append(cos)

    def freeze(self) -> None:
        keys = numpy.frombuffer(self._keys, dtype=numpy.int64)
        order = numpy.argsort(keys, kind="stable")
        self._keys = array("q", keys[order].tobytes())
        self._cos = array("d", numpy.frombuffer(self._cos, dtype=numpy.float64)[order].tobytes())

    def get(self, a: int, b: int) -> float | None:
        key = self._key(a, b)
        i = bisect_left(self._keys, key)
        return self._cos[i] if i < len(self._keys) and self._keys[i] == key else None


def _add(a: dict[str, float], b: dict[str, float], own_a: bool, own_b: bool) -> dict[str, float]:
    """The sum of two sparse vectors, made in the larger one (in a copy of it when it is not the
    caller's own: ``own_a``, ``own_b``)."""
    if len(a) < len(b):
        a, b, own_a = b, a, own_b
    if not own_a:
        a = dict(a)
    for w, x in b.items():
        a[w] = a.get(w, 0.0) + x
    return a
