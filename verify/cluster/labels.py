"""Event labels: a short human name for each event from its claims.

"air strike at al-Quds hospital, Aleppo on 2016-04-27", "deaths reported in Aleppo (since April 22)",
"attacks on health facilities reported in Aleppo since September 2015": the method (or what is
counted), the facility and place most claims name, and the day or period most give. The place is
the narrowest the texts set it in: "flood in Dravik", not the country named more often ("the town of
Dravik in the Teska region", "Norvania's Teska region": ``stated_inside``).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Mapping
from collections.abc import Set as AbstractSet
from functools import lru_cache

from ..models import Claim
from ..rules import RuleSet
from ..text import MONTH_NAMES
from ..text.places import country_around, country_names
from .named import names_none
from .signatures import (
    ISO_DAY,
    containing,
    happening_days,
    incident_count,
    month_of,
    runs_since,
    tally_start,
    tally_subject,
)


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


def _of_country_around(claim: Claim, place: str) -> bool:
    """A count limited to a country that holds ``place`` ("across Iran" of a place in Iran)."""
    where = str(claim.as_count().get("where") or "")
    return bool(where) and "+" not in where and country_around(where, place)


@lru_cache(maxsize=8)
def _gaps(rules: RuleSet) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The words between two places that put the first inside the second ("Dravik in the Teska
    region", "the Teska region of northern Norvania"), and between two that put the second inside
    the first ("Norvania's Teska region")."""
    parts = "|".join(re.escape(p) for p in sorted(rules.compare.places.parts, key=len, reverse=True))
    nouns = "|".join(re.escape(n) for n in sorted(rules.entities.place_nouns, key=len, reverse=True))
    part = rf"(?:(?:{parts})\s+)?" if parts else ""
    noun = rf"(?:(?:{nouns})\s+)?" if nouns else ""
    inner = re.compile(rf"\s*,\s*|\s+{noun}(?:in|of)\s+(?:the\s+)?{part}", re.IGNORECASE)
    owner = re.compile(rf"['’]s\s+{part}", re.IGNORECASE)
    listed = re.compile(r"\s*(?:,|\band\b|\bor\b)\s*$|^\s*(?:,|\band\b|\bor\b)", re.IGNORECASE)
    return inner, owner, listed


def stated_inside(named: list[tuple[Claim, str]], rules: RuleSet) -> dict[str, set[str]]:
    """Each place -> the places the texts put it in, from two places named next to each other in a
    sentence: "X, Y" (not in a list: "Dravik, Mellin and Kostra"), "X in the Y", "the X region of Y",
    "Y's X". A pair stated both ways is dropped."""
    inner, owner, listed = _gaps(rules)
    ordered = sorted(named, key=lambda cn: (cn[0].doc, cn[0].start))
    within: dict[str, set[str]] = {}
    for i, ((a, x), (b, y)) in enumerate(zip(ordered, ordered[1:], strict=False)):
        if a.doc != b.doc or a.sentence_start != b.sentence_start or x == y or b.start < a.end:
            continue
        gap = a.sentence[a.end - a.sentence_start : b.start - b.sentence_start]
        if owner.fullmatch(gap):
            within.setdefault(y, set()).add(x)
        elif inner.fullmatch(gap):
            before = a.sentence[: a.start - a.sentence_start]
            after = b.sentence[b.end - b.sentence_start :]
            in_list = "," in gap and (
                (i > 0 and ordered[i - 1][0].sentence_start == a.sentence_start and listed.search(before))
                or (
                    i + 2 < len(ordered)
                    and ordered[i + 2][0].sentence_start == b.sentence_start
                    and listed.match(after)
                )
            )
            if not in_list:
                within.setdefault(x, set()).add(y)
    return {x: {y for y in ys if x not in within.get(y, ())} for x, ys in within.items()}


def narrowest(
    place: str,
    told: Mapping[str, set[str]],
    within: Mapping[str, set[str]],
    share: float,
    rank: Callable[[str], tuple[int, int, str]],
    parts: AbstractSet[str] = frozenset(),
) -> str:
    """The place a story sets the happening in: from ``place``, down to a place stated inside it
    (at any depth) that at least ``share`` of the documents naming the wider one name, best ranked
    first — unless the happening's own figures are also counted in another place (``parts``),
    neither inside nor around that one: a flood whose toll is told province by province ("Sindh
    578", "Balochistan 13") is the country's, none of its provinces'."""
    seen = {place}
    while True:
        inside = [q for q in within if q in told and q not in seen and _inside(q, place, within)]
        inside = [q for q in inside if len(told[q]) >= share * len(told[place])]
        if not inside:
            return place
        best = min(inside, key=rank)
        if any(
            q not in seen and q != best and not _inside(q, best, within) and not _inside(best, q, within) for q in parts
        ):
            return place
        place = best
        seen.add(place)


def counted_in(claims: list[Claim], rules: RuleSet) -> frozenset[str]:
    """The places below a country the happening's own figures are counted in ("76 in Sindh":
    ``where``) by at least ``events.label_part_documents`` documents. (A country's figures are
    another scope, no part of a region: a cyclone's toll in a neighbouring country leaves the
    town it struck the place.)"""
    countries = (
        frozenset(rules.countries.values())
        | country_names()
        | {str(c.as_named().get("canonical") or c.text) for c in claims if c.kind == "place" and c.value.get("country")}
    )
    docs: dict[str, set[str]] = {}
    for c in claims:
        if c.kind != "count" or not incident_count(c, rules):
            continue
        where = c.as_count().get("where")
        if isinstance(where, str):
            for w in where.split("+"):
                docs.setdefault(w, set()).add(c.doc)
    return frozenset(w for w, d in docs.items() if len(d) >= rules.events.label_part_documents and w not in countries)


def _inside(q: str, place: str, within: Mapping[str, set[str]]) -> bool:
    return place in containing(q, within)


_NEXT_WORDS = re.compile(r"\s+([\w-]+)(?:\s+([\w-]+))?")


def whose(c: Claim, rules: RuleSet) -> bool:
    """A country's name written right before a force or an act ("a UK air strike", "U.S. forces",
    "the US military": ``attribution.forces``, ``attribution.roles.acts``, the words of a method of
    attack): whose they are, not where it happened. Before a happening that needs no attacker
    ("Pakistan floods", "Turkey earthquake") it is where it happened."""
    if c.text.lower() not in rules.countries:
        return False
    after = _NEXT_WORDS.match(c.sentence, c.end - c.sentence_start)
    if after is None:
        return False
    words = frozenset(rules.attribution.forces) | frozenset(rules.attribution.roles.acts) | rules.methods.attack_words
    return any(w is not None and w.lower() in words for w in after.groups())


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
    role = rules.events.care_role_pattern
    speaks = rules.events.care_after_pattern
    journey = rules.events.journey_pattern
    shares = rules.events.care_share_patterns
    origins = rules.events.origin_patterns

    def cares(c: Claim) -> bool:
        """A facility named as whom a speaker works for or who counted the dead ("the director of X",
        "medical workers at X", "X say", "X had received 15 bodies"): where the hurt were taken."""
        before, after = c.sentence[: c.start - c.sentence_start], c.sentence[c.end - c.sentence_start :]
        return bool((role is not None and role.search(before)) or (speaks is not None and speaks.match(after)))

    mourning = frozenset(rules.compare.clock.not_happening)

    def mourned(c: Claim) -> bool:
        """Named in a sentence of a vigil, a funeral or a minute's silence ("a vigil will be held in
        Freedom Square"): where people mourned, not where it happened. (The name's own words aside:
        "Memorial Hospital".)"""
        rest = c.sentence[: c.start - c.sentence_start] + " " + c.sentence[c.end - c.sentence_start :]
        return bool(mourning) and any(w.strip(".,;:!?\"'()").lower() in mourning for w in rest.split())

    def where_it_happened(c: Claim) -> bool:
        return (
            not mourned(c)
            # "the Kyiv regime", "Moscow denied": a body acting, not a place
            and not (c.kind in ("place", "organization", "facility") and c.as_named().get("acting"))
            and not any(s <= c.start and c.end <= e for s, e in acting.get(c.doc, ()))
            and not any(c.text in source for source in sources.get((c.doc, c.sentence_start), ()))
            # "treated at al-Nour hospital": where the hurt were cared for
            and not (care is not None and care.search(c.sentence[: c.start - c.sentence_start]))
            # "21 at X, 160 at Y": a share of the hurt each hospital holds
            and not any(p.search(c.sentence[: c.start - c.sentence_start]) for p in shares)
            # "one citizen of X and two from Y were hurt": the country they are of
            and not any(p.search(c.sentence[: c.start - c.sentence_start]) for p in origins)
            and not (c.kind == "facility" and cares(c))
            # "took off from Morvik airport", "30 km north of the airport": a journey's end, a landmark
            and not (journey is not None and journey.search(c.sentence[: c.start - c.sentence_start]))
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
    named_places: list[tuple[Claim, str]] = []
    for c in claims:
        if (c.kind == "place" or c.id in places) and where_it_happened(c):
            name = places.get(c.id) or str(c.as_named().get("canonical") or c.text)
            told.setdefault(name, set()).add(c.doc)
            mentions[name] += 1
            named_places.append((c, name))

    # a country the claims make who struck, or name before a force or an act ("a U.S. air strike",
    # "UK forces", "the US military"): the attacker's, where the texts name another place; it stays
    # the place where they name none other
    attackers = {
        str(c.as_attribution().get("actor") or "").lower()
        for c in claims
        if c.kind == "attribution" and c.as_attribution().get("stance") in ("asserted", "accused", "suspected")
    }
    attackers |= {name.lower() for c, name in named_places if whose(c, rules)}

    def rank(p: str) -> tuple[int, int, str]:
        return (-mentions[p], -len(told[p]), p)

    ranked = sorted(told, key=lambda p: (p.lower() in attackers, *rank(p)))
    # beside a facility, the place its own name does not give ("Abs hospital, Yemen", not "Abs")
    # (never the attacker's country beside it: "Ostrava Nova clinic", not "Ostrava Nova clinic, UK")
    outside = [p for p in ranked if not (facility and p.lower() in facility.lower()) and p.lower() not in attackers]
    place: str | None = (outside or ranked)[0] if ranked else None
    if place is not None and not facility:
        place = narrowest(
            place,
            told,
            stated_inside(named_places, rules),
            rules.events.label_inner_share,
            rank,
            counted_in(claims, rules),
        )
    told_methods = {str(c.as_method().get("method")) for c in claims if c.kind == "method"}
    # tear gas named more often than the crush it set off: the event is the crush (``yields``)
    method = most(
        [
            (c.as_method().get("method"), c.text)
            for c in claims
            if c.kind == "method" and rules.methods.names(str(c.as_method().get("method")), told_methods)
        ]
    )
    if method is not None and set(rules.methods.ancestors(method)) & set(rules.methods.faults):
        # "negligent driving and overloading" the pages give most: why it happened, and the
        # happening an accident ("accident in Banjar", never "negligence in Banjar")
        method = rules.methods.cause_label
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
    method_lasts = bool(method and rules.methods.lasts(method))
    # (a disaster's running toll "since mid-June" too: the text says it lasts from then, ``signature``)
    disaster = bool(method and method in rules.methods.taxonomy and rules.methods.kind_of(method) != "attack")
    if place is not None:
        # a tally of the country around the place ("154 killed over 18 days during protests in
        # Iran", of a shooting in Zahedan) is a wider scope's, and so is the period its sentence
        # gives any other count: no period of the event's own
        wider = {(c.doc, c.sentence_start) for c in claims if c.kind == "count" and _of_country_around(c, place)}
        claims = [
            c
            for c in claims
            if not (c.kind == "count" and (c.doc, c.sentence_start) in wider and c.as_count().get("period"))
        ]
    periods = Counter(
        str(c.as_count()["period"])
        for c in claims
        if c.kind == "count"
        and c.as_count().get("period")
        and incident_count(c, rules)
        # a heatwave's tolls "since June 12" are its own: it is told from its first day; so is any
        # toll "since" the happening's own day ("131 lives since July 4" of the July 4 flood)
        and not (
            ISO_DAY.fullmatch(start := str(c.as_count().get("period_start") or "")) and (method_lasts or start == day)
        )
        and not (disaster and runs_since(c.as_count()))
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
        on = "since" if method_lasts else "on"
        label = what + (f" {'at' if facility else 'in'} {where}" if where else "") + (f" {on} {when}" if when else "")
    return label, day, where
