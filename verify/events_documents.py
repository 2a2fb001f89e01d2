"""Document links: each document's main happening matched across documents as whole stories.

Sentence segments miss follow-ups (an arrest reported days later is dated by its own news) and
stories whose extracted anchors are thin. So each document's *main* segment — the one holding most
of its harm and anchor claims — is also compared with other documents' main segments through the
documents' whole content words: an IDF-weighted cosine (sublinear term frequency) where rare words
(names, streets) weigh most. Street abbreviations are folded first ("Rd" = "Road").

Two thresholds, as Meedan Check suggests and confirms matches: below ``events.documents.suggest``
a pair is not considered; from it, a pair is linked when structured evidence agrees (a shared
victim or suspect, facility, day, figure or kind of facility hit — never the city or an unresolved
weekday alone) and the weighted total (city, weekday and the cosine times ``weights.text``
included) reaches ``documents.link_threshold``; from ``documents.confirm`` any structured
agreement suffices. A text alone links nothing: in a small run every word is rare.
Vetoes come first: both name their victims in full with none in common; both main happenings dated
more than the day tolerance apart with no shared person (a shared person stretches the window to
``documents.followup_days``); another period. (Another facility hit is no veto here: a
story's hospital is as often where the wounded were taken as where the attack was.)

Candidates come from an inverted index over each document's ``documents.terms`` heaviest words;
a word in more than ``events.max_block`` documents proposes nothing, so the work grows with the
number of documents.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
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
    """Each document's main happening: the segment with most claims that anchor or report harm."""
    best: dict[str, tuple[int, int]] = {}
    for i, s in enumerate(segments):
        weight = sum(1 for c in s.claims if c.kind in ("count", "person", "facility", "time", "method"))
        if s.doc not in best or weight > best[s.doc][0]:
            best[s.doc] = (weight, i)
    return {d: i for d, (_, i) in best.items()}


def _vectors(documents: Sequence[Document], rules: RuleSet) -> dict[str, dict[str, float]]:
    counts = {d.id: Counter(fold_words(f"{d.title or ''} {d.text}", rules)) for d in documents}
    df = Counter(w for c in counts.values() for w in c)
    n = len(documents) + 1
    vectors = {}
    for doc, c in counts.items():
        v = {w: (1 + math.log(k)) * math.log(n / df[w]) for w, k in c.items() if df[w] > 1}
        norm = math.sqrt(sum(x * x for x in v.values())) or 1.0
        vectors[doc] = {w: x / norm for w, x in v.items()}
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
    if a.named and b.named and not (a.named & b.named):
        return True
    gap = days_apart(a.days, b.days)
    if gap is not None and gap > (rules.followup_days if shared else rules.same_day_tolerance + 1):
        return True
    if not (a.days or b.days) and a.weekdays and b.weekdays and not (a.weekdays & b.weekdays) and not shared:
        return True
    if a.periods and b.periods and not (a.periods & b.periods):
        return True
    return bool(a.periods) != bool(b.periods)


def evidence(a: _Signature, b: _Signature, rules: RuleSet) -> float:
    """The structured agreement of two main happenings, weighted by ``events.weights``."""
    w = rules.event_weights
    score = w.get("person", 0) * min(2, len(a.people & b.people))
    if a.facilities & b.facilities:
        score += w.get("facility", 0)
    if days_apart(a.days, b.days) is not None and days_apart(a.days, b.days) <= rules.same_day_tolerance:
        score += w.get("date", 0)
    if a.periods & b.periods:
        score += w.get("period", 0)
    if a.kinds & b.kinds:
        score += w.get("facility_kind", 0)
    score += w.get("figure", 0) * min(2, len(a.figures & b.figures))
    return score


def _weak(a: _Signature, b: _Signature, rules: RuleSet) -> float:
    """Agreement that never links alone: the same city, the same unresolved weekday (one a week)."""
    w = rules.event_weights
    score = w.get("place", 0) if a.places & b.places else 0.0
    if not (a.days or b.days) and a.weekdays & b.weekdays:
        score += w.get("weekday", 0)
    return score


def link_documents(documents: Sequence[Document], segments: Sequence[_Segment],
                   rules: RuleSet) -> list[tuple[float, int, int]]:
    """``(score, segment, segment)`` links between documents' main happenings, unsorted."""
    main = main_segments(segments)
    if len(main) < 2:
        return []
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
    pairs: set[tuple[str, str]] = set()
    for members in index.values():
        members = sorted(set(members))
        if len(members) > rules.event_max_block:
            continue
        for x, a in enumerate(members):
            pairs.update((a, b) for b in members[x + 1:])
    links = []
    w_text = rules.event_weights.get("text", 0)
    for a, b in sorted(pairs):
        pa, pb = profiles[a], profiles[b]
        if veto(pa, pb, rules):     # the cheap structured test before the cosine
            continue
        cos = _cosine(vectors[a], vectors[b])
        if cos < rules.document_suggest:
            continue
        specific = evidence(pa, pb, rules)     # never a city or a weekday alone
        score = specific + _weak(pa, pb, rules) + w_text * cos
        if specific > 0 and (cos >= rules.document_confirm or score >= rules.document_link):
            links.append((score, main[a], main[b]))
    return links
