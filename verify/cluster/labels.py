"""Event labels: a short human name for each event from its claims.

"air strike at al-Quds hospital, Aleppo on 2016-04-27", "deaths reported in Aleppo (since April 22)",
"attacks on health facilities reported in Aleppo since September 2015": the method (or what is
counted), the facility and place most claims name, and the day or period most give.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping

from ..models import Claim
from ..rules import RuleSet
from ..text import MONTH_NAMES
from .named import names_none
from .signatures import happening_days, incident_count, month_of, tally_start, tally_subject


def since(start: str) -> str:
    """A tally's start in words: ``2015-09`` -> "September 2015", ``--09`` -> "September"."""
    year, month = month_of(start)
    if year is not None and len(start) == 4:
        return start
    words = MONTH_NAMES[month - 1]
    day = start[8:10] if year is not None else start[5:7]
    words += f" {int(day)}" if day else ""
    return f"{words}, {year}" if year is not None and day else f"{words} {year}" if year is not None else words


def tally_label(claims: list[Claim], rules: RuleSet, where: str | None) -> str | None:
    """ "attacks on health facilities reported in Aleppo since September 2015": the subject most
    tallies name, from the earliest start stated (a start with a year first)."""
    tallies = [
        c
        for c in claims
        if c.kind == "count" and c.as_count().get("period") and c.attribute in rules.events.tallies.attributes
    ]
    if not tallies:
        return None
    subjects = Counter(s for s in (tally_subject(c, rules) for c in tallies) if s in rules.events.tallies.subjects)
    if subjects:
        what = f"attacks on {sorted(subjects.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]} reported"
    else:
        what = f"{sorted(Counter(c.attribute for c in tallies).items(), key=lambda kv: (-kv[1], kv[0]))[0][0]} reported"
    what += f" in {where}" if where else ""
    starts = sorted({tally_start(c) for c in tallies} - {"*"}, key=lambda s: (s.startswith("?"), s.startswith("--"), s))
    if starts and not starts[0].startswith("?"):
        return f"{what} since {since(starts[0])}"
    periods = Counter(str(c.as_count()["period"]) for c in tallies)
    return f"{what} ({sorted(periods.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]})"


def event_label(
    claims: list[Claim], rules: RuleSet, places: Mapping[str, str] | None = None
) -> tuple[str, str | None, str | None]:
    """(label, day, place) of the event the claims make. ``places``: the place entity's name of
    each claim of another kind whose entity is a place ("in Tolmezzo" read as a body or a person
    where other pages call it a town); the place is the one named most often, then by the most
    documents."""
    places = places or {}

    def most(found: list[tuple[str | None, str]]) -> str | None:
        """The value most claims give (else their words), ties alphabetically."""
        counted = Counter(str(value or text) for value, text in found)
        return sorted(counted.items(), key=lambda kv: (-kv[1], kv[0]))[0][0] if counted else None

    # a place named as who acted or is blamed ("Israel denied", "Russia bombed"), or as whom a claim
    # is from ("according to the National Earthquake Centre"), is not where it happened
    acting: dict[str, list[tuple[int, int]]] = {}
    sources: dict[tuple[str, int], set[str]] = {}
    for c in claims:
        if c.kind == "attribution":
            acting.setdefault(c.doc, []).append((c.start, c.end))
        if c.cited_source:
            sources.setdefault((c.doc, c.sentence_start), set()).add(c.cited_source)

    care = rules.events.care_pattern

    def where_it_happened(c: Claim) -> bool:
        return (
            not any(s <= c.start and c.end <= e for s, e in acting.get(c.doc, ()))
            and not any(c.text in source for source in sources.get((c.doc, c.sentence_start), ()))
            # "treated at al-Nour hospital": where the hurt were cared for
            and not (care is not None and care.search(c.sentence[: c.start - c.sentence_start]))
        )

    facilities = [c for c in claims if c.kind == "facility" and where_it_happened(c)]
    # in a story several documents tell, a facility only one names is in passing ("Raed Ahmed, who
    # heads Syria's National Earthquake Centre"), not where it happened
    told_by: dict[str, set[str]] = {}
    for c in facilities:
        told_by.setdefault(str(c.as_named().get("canonical") or c.text), set()).add(c.doc)
    needed = rules.events.label_facility_share * len({c.doc for c in claims})
    facilities = [c for c in facilities if len(told_by[str(c.as_named().get("canonical") or c.text)]) >= needed]
    # a facility's name before "a Gaza hospital", which only says what kind of place it was
    named = [c for c in facilities if not names_none(c.text, rules)]
    facility = most([(c.as_named().get("canonical"), c.text) for c in named or facilities])
    told: dict[str, set[str]] = {}  # a place -> the documents naming it where it happened
    mentions: Counter[str] = Counter()
    for c in claims:
        if (c.kind == "place" or c.id in places) and where_it_happened(c):
            name = places.get(c.id) or str(c.as_named().get("canonical") or c.text)
            told.setdefault(name, set()).add(c.doc)
            mentions[name] += 1
    ranked = sorted(told, key=lambda p: (-mentions[p], -len(told[p]), p))
    # beside a facility, the place its own name does not give ("Abs hospital, Yemen", not "Abs")
    outside = [p for p in ranked if not (facility and p.lower() in facility.lower())]
    place: str | None = (outside or ranked)[0] if ranked else None
    method = most([(c.as_method().get("method"), c.text) for c in claims if c.kind == "method"])
    # the days of the happening: not the days things were said, photographed or stamped
    dating = happening_days(claims)
    days = Counter(
        str(c.as_time()["start"])
        for c in dating
        if c.as_time().get("start") and c.as_time().get("resolved") is not False
    )
    weekdays = Counter(str(c.as_time()["weekday"]) for c in dating if c.as_time().get("weekday"))
    day = sorted(days.items(), key=lambda kv: (-kv[1], kv[0]))[0][0] if days else None
    when = day or (sorted(weekdays.items(), key=lambda kv: (-kv[1], kv[0]))[0][0] if weekdays else None)
    periods = Counter(
        str(c.as_count()["period"])
        for c in claims
        if c.kind == "count" and c.as_count().get("period") and incident_count(c, rules)
    )
    where = facility or place
    if where and place and facility and place.lower() not in facility.lower():
        where = f"{facility}, {place}"
    tally = tally_label(claims, rules, where)
    if tally is not None:
        return tally, day, where
    node = rules.methods.taxonomy.get(method) if method else None
    what = (node.label if node is not None and node.label else method or "incident").replace("_", " ")
    if periods or not method:
        attributes = Counter(c.attribute for c in claims if c.kind == "count" and incident_count(c, rules))
        if attributes:
            what = f"{sorted(attributes.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]} reported"
    if periods:
        when = sorted(periods.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
        label = what + (f" in {where}" if where else "") + f" ({when})"
    else:
        # "explosion at al-Ahli Arab Hospital, Gaza", "earthquake in Turkey"
        label = what + (f" {'at' if facility else 'in'} {where}" if where else "") + (f" on {when}" if when else "")
    return label, day, where
