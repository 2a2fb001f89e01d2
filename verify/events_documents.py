"""Document links: each document's main happening matched across documents as whole stories.

Sentence segments miss follow-ups (an arrest reported days later is dated by its own news) and
stories whose extracted anchors are thin. So each document's *main* segment — the one with most
claims — is also compared with other documents' through the documents' whole content words: an
IDF-weighted cosine (sublinear term frequency) where rare words (names, streets) weigh most. Street
abbreviations are folded first ("Rd" = "Road"); a word only one document has counts in the norm.

``link_documents`` hands on the candidate pairs and the similarity; the cluster stage merges groups
by average linkage (the mean cosine over all their documents' pairs, most alike first). Two
thresholds, as Meedan Check suggests and confirms matches: from ``documents.confirm`` the text
links on its own; from ``documents.suggest`` it needs structured support (``supports``: a shared
victim or suspect, a shared facility, or the same day in the same city — never a city alone).
Vetoes come first (``veto``): both name their victims in full with none, nor any surname, in
common; main happenings dated more than the day tolerance apart with no shared person (a shared
person stretches the window to ``documents.followup_days``); another period.

Candidates come from an inverted index over each document's ``documents.terms`` heaviest words
and its people; a key held by more than ``events.max_block`` documents proposes nothing, so the
work grows with the number of documents.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Sequence

from .events_segments import _Segment, _Signature, days_apart
from .models import Document
from .rules import RuleSet

_TOKEN = re.compile(r"[A-Za-z][A-Za-z'’-]*")


def fold_words(text: str, rules: RuleSet) -> list[str]:
    """Lowercase words of three letters or more, street abbreviations expanded (``rd`` -> ``road``)."""
    out = []
    for w in _TOKEN.findall(text):
        w = w.lower().strip("'’-")
        w = rules.street_abbreviations.get(w, w)
        if len(w) >= 3:
            out.append(w)
    return out


def main_segments(segments: Sequence[_Segment]) -> dict[str, int]:
    """Each document's main happening: the segment with most claims (the first on a tie)."""
    best: dict[str, tuple[int, int]] = {}
    for i, s in enumerate(segments):
        weight = len(s.claims)
        if s.doc not in best or weight > best[s.doc][0]:
            best[s.doc] = (weight, i)
    return {d: i for d, (_, i) in best.items()}


def _vectors(documents: Sequence[Document], rules: RuleSet) -> dict[str, dict[str, float]]:
    counts = {d.id: Counter(fold_words(f"{d.title or ''} {d.text}", rules)) for d in documents}
    df = Counter(w for c in counts.values() for w in c)
    n = len(documents) + 1
    vectors = {}
    for doc, c in counts.items():
        v = {w: (1 + math.log(k)) * math.log(n / df[w]) for w, k in c.items()}
        norm = math.sqrt(sum(x * x for x in v.values())) or 1.0
        # A word no other document has counts in the norm (it makes the stories differ) but is
        # not kept: it can match nothing.
        vectors[doc] = {w: x / norm for w, x in v.items() if df[w] > 1}
    return vectors


def _cosine(a: dict[str, float], b: dict[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(x * b.get(w, 0.0) for w, x in a.items())


def _profile(doc_segments: list[_Segment], main: _Segment) -> _Signature:
    """The main happening's signature, with the people named anywhere in the document's happenings."""
    sig = main.sig.copy()
    for s in doc_segments:
        sig.people |= s.sig.people
        sig.named |= s.sig.named
        sig.victims |= s.sig.victims
    return sig


def veto(a: _Signature, b: _Signature, rules: RuleSet) -> bool:
    """True when two documents' main happenings cannot be one, however alike the stories read."""
    shared = a.people & b.people
    if a.named and b.named and not (a.named & b.named or a.surnames & b.surnames):
        return True     # a shared surname is no veto: "Erica Robinson" and "Robinson" unresolved
    gap = days_apart(a.days, b.days)
    if gap is not None and gap > (rules.followup_days if shared else rules.same_day_tolerance + 1):
        return True
    if not (a.days or b.days) and a.weekdays and b.weekdays and not (a.weekdays & b.weekdays) and not shared:
        return True
    if a.periods and b.periods and not (a.periods & b.periods):
        return True
    return bool(a.periods) != bool(b.periods)


def supports(a: _Signature, b: _Signature, rules: RuleSet) -> bool:
    """Structured evidence that two happenings are one: a shared victim or suspect, a shared
    facility or address, or the same day (within the tolerance) in the same city — never a city,
    a weekday or a figure alone (a city has many shootings, most of them killing one)."""
    if a.people & b.people or a.facilities & b.facilities:
        return True
    gap = days_apart(a.days, b.days)
    return bool(a.places & b.places) and gap is not None and gap <= rules.same_day_tolerance


@dataclass
class DocumentLinks:
    """Documents' main happenings and their text similarity, for average-linkage merging.

    ``main`` maps a document to its main segment's index; ``pairs`` holds ``(cosine, doc, doc)``
    for the candidate pairs (sharing a heavy word or a person) not vetoed and at or above
    ``documents.suggest``; ``similarity`` gives the cosine of any two documents, cached.
    """

    main: dict[str, int] = field(default_factory=dict)
    pairs: list[tuple[float, str, str]] = field(default_factory=list)
    vectors: dict[str, dict[str, float]] = field(default_factory=dict)
    _cache: dict[tuple[str, str], float] = field(default_factory=dict)

    def similarity(self, a: str, b: str) -> float:
        key = (a, b) if a < b else (b, a)
        if key not in self._cache:
            self._cache[key] = _cosine(self.vectors.get(a, {}), self.vectors.get(b, {}))
        return self._cache[key]

    def mean_similarity(self, a: set[str], b: set[str]) -> float:
        """Average linkage: the mean cosine over every pair of documents across two groups."""
        if not a or not b:
            return 0.0
        return sum(self.similarity(x, y) for x in a for y in b) / (len(a) * len(b))


def link_documents(documents: Sequence[Document], segments: Sequence[_Segment], rules: RuleSet) -> DocumentLinks:
    """The candidate links between documents' main happenings (see the module docstring)."""
    main = main_segments(segments)
    if len(main) < 2:
        return DocumentLinks(main)
    by_doc: dict[str, list[_Segment]] = defaultdict(list)
    for s in segments:
        by_doc[s.doc].append(s)
    profiles = {d: _profile(by_doc[d], segments[i]) for d, i in main.items()}
    vectors = _vectors([d for d in documents if d.id in main], rules)
    index: dict[str, list[str]] = defaultdict(list)
    for doc in sorted(vectors):
        heaviest = sorted(vectors[doc].items(), key=lambda kv: (-kv[1], kv[0]))[:rules.document_terms]
        for word, _ in heaviest:
            index[word].append(doc)
    for s in segments:
        for p in s.sig.people:
            index[f"\0person:{p}"].append(s.doc)
    candidates: set[tuple[str, str]] = set()
    for members in index.values():
        members = sorted(set(members))
        if len(members) > rules.event_max_block:
            continue
        for x, a in enumerate(members):
            candidates.update((a, b) for b in members[x + 1:])
    links = DocumentLinks(main, [], vectors)
    for a, b in sorted(candidates):
        if veto(profiles[a], profiles[b], rules):     # the cheap structured test before the cosine
            continue
        cos = links.similarity(a, b)
        if cos >= rules.document_suggest:
            links.pairs.append((cos, a, b))
    return links
