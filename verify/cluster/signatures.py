"""Signatures: what one sentence, or one stretch of sentences, says about its happening.

An *event mention* is one sentence that reports a happening (``is_event_sentence``): a figure of
victims or attacks, a method, an attribution, a facility hit or a named victim. Its ``Signature``
holds facilities, places, days (or, unresolved, weekdays), victims' and suspects' identities,
figures, methods, kinds of facility hit and distinctive words; ``clash`` says when two signatures
cannot be one happening. A toll above ``events.max_incident_figure`` is a war's or a year's, not
one incident's.

A *tally* is a count of attacks or of facilities hit over a period (``events.tallies``: "at least
27 hospitals targeted since September 2015"). Its signature keeps its subject (health facilities,
from the sentence's words; a tally naming none takes the story's) and its period's start; tallies of
one subject, in one place or none, whose starts are at most ``start_tolerance_months`` apart are one
happening (``tally_clash``, checked pairwise, so no chain of near starts joins far ones). Tolls of
deaths or injured over a period match only on the same period words.

Both the cluster stage (``segments``, ``scoring``) and editor mode (``verify.check``) judge
sentences with these functions.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from ..models import Claim
from ..rules import RuleSet

EVENT_ATTRIBUTES = frozenset({"deaths", "injured", "missing", "arrested", "attacks", "facilities_hit"})
_FIGURE_ATTRIBUTES = ("deaths", "injured")
_WORD = re.compile(r"[A-Za-z][A-Za-z'-]{3,}")


@dataclass
class Signature:
    """What one sentence, or one segment of sentences, says about its happening."""

    days: set[str] = field(default_factory=set)
    weekdays: set[str] = field(default_factory=set)
    periods: set[str] = field(default_factory=set)     # "deaths:since april 22"; a tally's "tally:<subject>"
    tallies: set[tuple[str, str]] = field(default_factory=set)  # (subject, start): see ``tally_start``
    tally_places: set[str] = field(default_factory=set)  # the places named with a tally
    targets: set[str] = field(default_factory=set)      # facilities hit (a method in the sentence)
    facilities: set[str] = field(default_factory=set)
    kinds: set[str] = field(default_factory=set)        # kinds of facility hit ("clinic"), from the words
    places: set[str] = field(default_factory=set)
    people: set[str] = field(default_factory=set)       # victims and suspects
    victims: set[str] = field(default_factory=set)      # a person is killed once: same victim, same event
    named: set[str] = field(default_factory=set)        # victims known by a complete name (first and last)
    surnames: set[str] = field(default_factory=set)     # last words of victims' and suspects' names, as written
    methods: set[str] = field(default_factory=set)
    figures: set[tuple[str, int]] = field(default_factory=set)
    harms: set[str] = field(default_factory=set)        # what harm is reported: counted attributes, "victim", "target"
    words: set[str] = field(default_factory=set)

    def absorb(self, other: Signature) -> None:
        for f in dataclasses.fields(self):
            getattr(self, f.name).update(getattr(other, f.name))

    def copy(self) -> Signature:
        return Signature(**{f.name: set(getattr(self, f.name)) for f in dataclasses.fields(self)})

    @property
    def anchored(self) -> bool:
        anchor = self.days or self.weekdays or self.periods or self.facilities or self.people or self.figures
        return bool(anchor) and bool(self.harms or self.figures or self.people or self.targets)


def incident_count(claim: Claim, rules: RuleSet) -> bool:
    best = claim.value.get("best")
    return claim.attribute in EVENT_ATTRIBUTES and not (best is not None and best > rules.max_incident_figure)


def is_victim(claim: Claim) -> bool:
    return claim.attribute in ("victim", "suspect") or claim.value.get("status") in ("killed", "injured")


def is_event_sentence(claims: list[Claim], rules: RuleSet) -> bool:
    """True when the sentence reports a happening (a facility named with no harm nor time does not)."""
    kinds = {c.kind for c in claims}
    for c in claims:
        if c.kind == "count" and incident_count(c, rules):
            return True
        if c.kind in ("method", "attribution"):
            return True
        if c.kind == "facility" and kinds & {"time", "count", "method"}:
            return True
        if c.kind == "person" and is_victim(c):
            return True
    return False



def signature(group: list[Claim], entity_of: dict[str, str], complete: set[str], rules: RuleSet,
              latest: str | None = None) -> Signature:
    """The signature of one sentence's claims; ``complete`` holds the person entities with full names.

    A day after ``latest`` (the day after publication) is a hearing or a vigil announced, or a
    misresolved date — never the day of the happening reported — so it is not kept.
    """
    sig = Signature()
    has_method = any(c.kind == "method" for c in group)
    for c in group:
        v = c.value
        if c.kind == "time":
            if v.get("granularity") == "day" and v.get("resolved") is not False and v.get("start"):
                if latest is None or str(v["start"]) <= latest:
                    sig.days.add(str(v["start"]))
            elif v.get("granularity") == "day" and v.get("weekday"):
                sig.weekdays.add(str(v["weekday"]).lower())
        elif c.kind == "count":
            if not incident_count(c, rules):
                continue
            sig.harms.add(c.attribute)
            if v.get("period") and c.attribute in rules.tally_attributes:
                subject = tally_subject(c, rules)
                sig.tallies.add((subject, tally_start(c)))
                sig.periods.add(f"tally:{subject}")
            elif v.get("period"):
                sig.periods.add(f"{c.attribute}:{v['period']}".lower())
            elif c.attribute in _FIGURE_ATTRIBUTES and v.get("best") is not None:
                sig.figures.add((c.attribute, int(v["best"])))
        elif c.kind == "method":
            sig.methods.add(str(v.get("method")))
        elif c.id in entity_of:
            if c.kind == "facility":
                sig.facilities.add(entity_of[c.id])
                if has_method:
                    sig.targets.add(entity_of[c.id])
                    sig.harms.add("target")
            elif c.kind == "place":
                sig.places.add(entity_of[c.id])
            elif c.kind == "person" and is_victim(c):
                sig.people.add(entity_of[c.id])
                words = str(v.get("key") or v.get("name") or "").lower().split()
                if words:
                    sig.surnames.add(words[-1])
                if c.attribute == "victim" or v.get("status") in ("killed", "injured"):
                    sig.victims.add(entity_of[c.id])
                    sig.harms.add("victim")
                    if entity_of[c.id] in complete:
                        sig.named.add(entity_of[c.id])
    if sig.tallies:
        sig.tally_places = set(sig.places)
    if has_method:
        text = group[0].sentence.lower()
        sig.kinds = {kind for kind, pattern in _kind_patterns(tuple(rules.facility_kinds.items())) if pattern.search(text)}
    sig.words = {w.lower() for w in _WORD.findall(group[0].sentence)}
    return sig


@lru_cache(maxsize=8)
def _kind_patterns(kinds: tuple[tuple[str, tuple[str, ...]], ...]) -> list[tuple[str, re.Pattern]]:
    return [(kind, re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b"))
            for kind, words in kinds if words]


def tally_subject(claim: Claim, rules: RuleSet) -> str:
    """What a tally counts attacks on: the first of ``events.tallies.subjects`` whose words its
    sentence has ("attacks on hospitals, medical centres and clinics": health facilities), else
    its attribute."""
    for name, pattern in _kind_patterns(tuple(rules.tally_subjects.items())):
        if pattern.search(claim.sentence.lower()):
            return name
    return claim.attribute


def tally_start(claim: Claim) -> str:
    """A tally's start: its ``period_start``; ``*`` for a span back from an undated report ("in the
    past 12 weeks": it fits any start); else ``?`` and the period words ("since the conflict began")."""
    v = claim.value
    if v.get("period_start"):
        return str(v["period_start"])
    return "*" if v.get("period_length") else f"?{str(v.get('period', '')).lower()}"


def month_of(start: str) -> tuple[int | None, int]:
    """(year or None, month) of a partial ISO start: ``2015-09``, ``--09``, ``2011`` (January)."""
    if start.startswith("--"):
        return None, int(start[2:4])
    return int(start[:4]), int(start[5:7]) if len(start) >= 7 else 1


def starts_agree(a: str, b: str, tolerance_months: int) -> bool:
    """True when two tallies' starts are at most ``tolerance_months`` apart (a start with no year
    stated is matched on its month); ``*`` fits any start, ``?words`` only the same words."""
    if a == "*" or b == "*":
        return True
    if a.startswith("?") or b.startswith("?"):
        return a == b
    (ya, ma), (yb, mb) = month_of(a), month_of(b)
    if ya is not None and yb is not None:
        return abs((ya * 12 + ma) - (yb * 12 + mb)) <= tolerance_months
    apart = abs(ma - mb) % 12
    return min(apart, 12 - apart) <= tolerance_months


def tallies_match(a: Signature, b: Signature, rules: RuleSet) -> bool:
    """True when two signatures hold tallies of one named subject (``events.tallies.subjects``) from
    starts both known and within the tolerance: the same count over overlapping periods."""
    return any(s == t and s in rules.tally_subjects and x[0] not in "*?" and y[0] not in "*?"
               and starts_agree(x, y, rules.tally_tolerance_months)
               for s, x in a.tallies for t, y in b.tallies)


def tally_clash(a: Signature, b: Signature, rules: RuleSet) -> bool:
    """True when two signatures' tallies cannot be one count: no subject in common, other places,
    or two starts of one subject more than ``events.tallies.start_tolerance_months`` apart."""
    if not (a.tallies and b.tallies):
        return False
    if a.tally_places and b.tally_places and not (a.tally_places & b.tally_places):
        return True
    shared = {s for s, _ in a.tallies} & {s for s, _ in b.tallies}
    if not shared:
        return True
    return any(not starts_agree(x, y, rules.tally_tolerance_months)
               for s, x in a.tallies if s in shared for t, y in b.tallies if t == s)


def days_apart(a: Iterable[str], b: Iterable[str]) -> int | None:
    a, b = list(a), list(b)
    if not a or not b:
        return None
    return min(abs((date.fromisoformat(x) - date.fromisoformat(y)).days) for x in a for y in b)


def span(days: Iterable[str]) -> int:
    ordered = sorted(date.fromisoformat(d) for d in days)
    return (ordered[-1] - ordered[0]).days if ordered else 0


def clash(a: Signature, b: Signature, rules: RuleSet, spanning: bool = True, dates: bool = True) -> bool:
    """True when two signatures cannot be one happening: other day, weekday, period, target or victims.

    A shared victim overrides a date clash: a later report (the arrest, the funeral) is dated
    by its own news, but a person is killed in one incident. With ``spanning`` false, the days
    of the two together may span more than ``events.max_span_days`` (one story's own follow-ups).
    With ``dates`` false, another day or weekday is no clash (editor mode: the draft's date is
    what is being checked, so it may not decide which happening the draft is about).
    """
    if a.targets and b.targets and not (a.targets & b.targets):
        return True
    if a.victims & b.victims:
        return False
    if dates:
        gap = days_apart(a.days, b.days)
        if rules.date_veto and gap is not None and gap > rules.same_day_tolerance + 1:
            return True
        if a.days or b.days:
            if spanning and span(a.days | b.days) > rules.max_span_days:
                return True
        elif a.weekdays and b.weekdays and not (a.weekdays & b.weekdays):
            return True
    if a.periods and b.periods and not (a.periods & b.periods):
        return True
    if tally_clash(a, b, rules):
        return True
    if bool(a.periods) != bool(b.periods) and (a.days or a.weekdays or b.days or b.weekdays):
        return True    # a cumulative toll is not the incident of one day
    if a.named and b.named and not (a.facilities & b.facilities):
        return True    # both name their victims in full, none in common, at no common address
    return False
