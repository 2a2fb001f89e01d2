"""Editor mode, matching: which corpus sentences a draft sentence is about.

``sentences_of`` groups claims into sentences with what each says about its happening;
``link_score`` is the link evidence between a draft sentence and a corpus sentence.

Matching. A draft sentence that reports a happening is scored against every corpus sentence with
the cluster stage's signals and weights (``events.weights``: facility, place, day, method, victim
names, identical figure, then the sentences' word overlap) and linked when it reaches
``events.link_threshold``; two different facilities veto a link. A wrong day does not: the draft's
day is what is being checked. The draft claim is compared with the matched sentences and every
claim of the events they belong to.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from rapidfuzz import fuzz

from ..extract.names import same_person
from ..models import Claim
from ..rules import RuleSet
from ..text import WEEKDAY_NAMES, fold_phrase


@dataclass
class Sentence:
    doc: str
    start: int
    text: str
    claims: list[Claim]
    facilities: set[str] = field(default_factory=set)
    places: set[str] = field(default_factory=set)
    days: set[str] = field(default_factory=set)
    methods: set[str] = field(default_factory=set)
    people: set[str] = field(default_factory=set)
    figures: set[tuple[str, Any, Any]] = field(default_factory=set)


def weekday_of(claim: Claim) -> str | None:
    if claim.value.get("start") and claim.value.get("granularity") == "day":
        return WEEKDAY_NAMES[date.fromisoformat(claim.value["start"]).weekday()]
    return claim.value.get("weekday")


def day_keys(claim: Claim) -> set[str]:
    keys = {f"wd:{weekday_of(claim)}"} if weekday_of(claim) else set()
    if claim.value.get("start") and claim.value.get("granularity") == "day":
        keys.add(claim.value["start"])
    return keys


def sentences_of(claims: Iterable[Claim]) -> list[Sentence]:
    grouped: dict[tuple[str, int], list[Claim]] = defaultdict(list)
    for c in claims:
        grouped[(c.doc, c.sentence_start)].append(c)
    out = []
    for (doc, start), group in sorted(grouped.items()):
        s = Sentence(doc, start, group[0].sentence, group)
        for c in group:
            if c.kind == "facility":
                s.facilities.add(fold_phrase(str(c.value.get("canonical") or c.text)))
            elif c.kind == "place":
                s.places.add(fold_phrase(str(c.value.get("canonical") or c.text)))
            elif c.kind == "time":
                s.days |= day_keys(c)
            elif c.kind == "method":
                s.methods.add(str(c.value.get("method")))
            elif c.kind == "person" and c.value.get("key"):
                s.people.add(str(c.value["key"]))
            elif c.kind == "count" and c.value.get("low") is not None:
                s.figures.add((c.attribute, c.value.get("low"), c.value.get("high")))
        out.append(s)
    return out


def is_event_sentence(s: Sentence) -> bool:
    return any(c.kind in ("count", "method", "attribution", "facility")
               or (c.kind == "person" and c.value.get("status") in ("killed", "injured")) for c in s.claims)


def link_score(a: Sentence, b: Sentence, rules: RuleSet) -> float:
    """The cluster stage's link evidence between a draft sentence and a corpus sentence."""
    if a.facilities and b.facilities and not a.facilities & b.facilities:
        return 0.0
    w = rules.event_weights
    score = w.get("facility", 0) if a.facilities & b.facilities else 0.0
    score += w.get("place", 0) if a.places & b.places else 0.0
    score += w.get("date", 0) if a.days & b.days else 0.0
    if any(rules.methods_compatible(x, y) for x in a.methods for y in b.methods):
        score += w.get("method", 0)
    if any(same_person(x, y, rules) >= rules.name_match for x in a.people for y in b.people):
        score += w.get("person", 0)
    score += w.get("figure", 0) if a.figures & b.figures else 0.0
    if score > 0:
        score += w.get("text", 0) * fuzz.token_set_ratio(a.text, b.text) / 100.0
    return score


def shown(claim: Claim) -> str:
    v = claim.value
    if claim.kind == "count":
        low, high = v.get("low"), v.get("high")
        return f"{low}+" if high is None else (f"{low}" if low == high else f"{low}–{high}")
    if claim.kind == "method":
        return str(v.get("method", "")).replace("_", " ")
    if claim.kind == "attribution":
        return f"{v.get('actor')} ({v.get('stance')})"
    if claim.kind == "time":
        return str(v.get("start") or v.get("weekday") or v.get("original") or claim.text)
    return str(v.get("name") or v.get("quote") or claim.text)
