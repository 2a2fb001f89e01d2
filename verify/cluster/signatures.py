"""Signatures: what one sentence, or one stretch of sentences, says about its happening.

An *event mention* is one sentence that reports a happening (``is_event_sentence``): a figure of
victims or attacks, a method, an attribution, a facility hit or a named victim. Its ``Signature``
holds facilities, places, days (or, unresolved, weekdays), victims' and suspects' identities,
figures, methods, kinds of facility hit and distinctive words; ``clash`` says when two signatures
cannot be one happening. A toll over a period ("since the war began") is a period's, not
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
from collections import defaultdict
from collections.abc import Iterable, Mapping
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from ..models import Claim, counted
from ..rules import RuleSet

#: Statuses of a figure that report harm done (not a projection, a change, an earlier or denied figure).
_LEVELS = ("reported", "presumed")
#: Roles of a time claim that date the happening itself (not a statement, a caption or a page stamp).
EVENT_TIME_ROLES = ("event", "other", "after")
_WORD = re.compile(r"[A-Za-z][A-Za-z'-]{3,}")
ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")  # a whole day, ISO


#: The one empty value every signature field starts as: a few hundred thousand signatures would
#: otherwise hold nineteen empty sets each (216 bytes apiece, 4 kB a signature).
EMPTY: frozenset = frozenset()


@dataclass(slots=True)
class Signature:
    """What one sentence, or one segment of sentences, says about its happening.

    Each field is a set; an empty one is the shared ``EMPTY`` (so only what a signature says costs
    memory). A field is read as a set (``&``, ``|``, ``in``) and changed only through ``absorb``,
    ``add_all`` or by binding a new set: a mutable set a signature holds is its own, never another's.
    """

    days: AbstractSet[str] = EMPTY
    weekdays: AbstractSet[str] = EMPTY
    periods: AbstractSet[str] = EMPTY  # "deaths:since april 22"; a tally's "tally:<subject>"
    tallies: AbstractSet[tuple[str, str]] = EMPTY  # (subject, start): see ``tally_start``
    tally_places: AbstractSet[str] = EMPTY  # the places named with a tally
    targets: AbstractSet[str] = EMPTY  # facilities hit (a method in the sentence)
    facilities: AbstractSet[str] = EMPTY
    kinds: AbstractSet[str] = EMPTY  # kinds of facility hit ("clinic"), from the words
    places: AbstractSet[str] = EMPTY
    people: AbstractSet[str] = EMPTY  # victims and suspects; a named happening ("Cyclone Mira")
    names: AbstractSet[str] = EMPTY  # the named happenings it tells (entity ids), or its page's lead's
    victims: AbstractSet[str] = EMPTY  # a person is killed once: same victim, same event
    named: AbstractSet[str] = EMPTY  # victims known by a complete name (first and last)
    surnames: AbstractSet[str] = EMPTY  # last words of victims' and suspects' names, as written
    methods: AbstractSet[str] = EMPTY
    happenings: AbstractSet[str] = EMPTY  # kinds of happening that need no attacker (fire, earthquake)
    figures: AbstractSet[tuple[str, int]] = EMPTY
    harms: AbstractSet[str] = EMPTY  # what harm is reported: counted attributes, "victim", "target"
    words: AbstractSet[str] = EMPTY
    # {"after"} when it tells its happening as following another of the kind (``events.sequel``)
    sequel: AbstractSet[str] = EMPTY
    # the documents whose story it tells ("d"), and those that set it apart from theirs ("~d")
    tellers: AbstractSet[str] = EMPTY

    def add_all(self, name: str, values: AbstractSet) -> None:
        """Add ``values`` to the field ``name``: in place when the field holds a set of its own, else
        (``EMPTY``, a frozenset) as a new set."""
        if not values:
            return
        mine = getattr(self, name)
        if type(mine) is set:
            mine |= values
        else:
            setattr(self, name, set(mine).union(values))

    def absorb(self, other: Signature) -> None:
        for name in FIELDS:
            self.add_all(name, getattr(other, name))

    def copy(self) -> Signature:
        return Signature(**{name: set(value) for name in FIELDS if (value := getattr(self, name))})

    @property
    def anchored(self) -> bool:
        """A happening told: harm done, and something that places it — a day, a period, a place hit,
        a person, or a figure told with how it happened or where ("the deaths of over 400,000" alone
        places nothing)."""
        placed_figure = bool(self.figures) and bool(self.methods or self.places)
        anchor = self.days or self.weekdays or self.periods or self.facilities or self.people or placed_figure
        return bool(anchor) and bool(self.harms or self.figures or self.people or self.targets)


FIELDS: tuple[str, ...] = tuple(f.name for f in dataclasses.fields(Signature))


def incident_count(claim: Claim, rules: RuleSet) -> bool:
    """A figure of harm done in a happening: a role of people (``figures.roles``) or a tally of
    attacks, reported or presumed, and not a part of another figure."""
    value = claim.as_count()
    if value.get("part") or value.get("status", "reported") not in _LEVELS:
        return False
    return claim.attribute in rules.figures.roles or claim.attribute in rules.events.tallies.attributes


def dates_happening(claim: Claim) -> bool:
    """A time claim that dates the happening: a day of the event, not the day something was said,
    photographed or stamped on the page (``value.role``), and not a clock time."""
    return (
        claim.kind == "time" and claim.attribute == "date" and claim.as_time().get("role", "event") in EVENT_TIME_ROLES
    )


def happening_days(claims: Iterable[Claim]) -> list[Claim]:
    """The day-precise dates among ``claims`` that date the happening: those the text ties to it
    (role ``event``) when there are any, else those tied to nothing else (role ``other``: "pulling
    bodies from the rubble on Thursday evening" is the rescue's day, not the strike's)."""
    days = [c for c in claims if dates_happening(c) and c.as_time().get("granularity", "day") == "day"]
    tied = [c for c in days if c.as_time().get("role", "event") == "event"]
    return tied or days


def is_victim(claim: Claim) -> bool:
    """True when a person claim names a victim or a suspect."""
    return claim.attribute in ("victim", "suspect") or claim.as_person().get("status") in ("killed", "injured")


def is_event_sentence(claims: list[Claim], rules: RuleSet) -> bool:
    """True when the sentence reports a happening (a facility named with no harm nor time does not)."""
    kinds = {c.kind for c in claims}
    for c in claims:
        if c.kind == "count" and incident_count(c, rules):
            return True
        if c.kind in ("method", "attribution", "happening"):  # "Mira made landfall": the storm's own name
            return True
        if c.kind == "facility" and kinds & {"time", "count", "method"}:
            return True
        if c.kind == "person" and is_victim(c):
            return True
    return False


@dataclass(frozen=True)
class EntitySets:
    """What a signature needs to know of the entities its claims are in (``entities.entity_sets``).

    complete: the person entities known by a full name; unnamed: the facility entities that name
    none ("a Gaza hospital": no target of its own); places: the place entities, so that a mention
    the model tagged otherwise ("in Karvel" read as an organisation) still places its sentence.
    """

    complete: AbstractSet[str] = frozenset()
    unnamed: AbstractSet[str] = frozenset()
    places: AbstractSet[str] = frozenset()


def signature(
    group: list[Claim],
    entity_of: dict[str, str],
    known: EntitySets,
    rules: RuleSet,
    latest: str | None = None,
    lasting: bool = False,
    own_days: AbstractSet[str] = EMPTY,
    disaster: bool = False,
) -> Signature:
    """The signature of one sentence's claims; ``known`` says which entities are people known by a
    full name, facilities naming none, and places. In a story of a happening that lasts
    (``lasting``, or a method of the sentence that does: ``Methods.lasts``), a toll "since" a day
    is the happening's own and dates it from that day; so is a toll "since" a day of the happening
    the stretch tells (``own_days``: "storms have claimed 131 lives since July 4" in a story of the
    July 4 flood). In a story of a disaster (``disaster``: the stretch's, or a method of the sentence
    that needs no attacker), a toll "since" a month or a day ("1,033 have died since June 14") is
    the running toll of a disaster the text says lasts: its own figure, no period of its own.

    A day after ``latest`` (the day after publication) is a hearing or a vigil announced, or a
    misresolved date — never the day of the happening reported — so it is not kept; nor is a day
    tied to nothing beside one the sentence ties to its happening (``happening_days``).
    """
    out: dict[str, set] = defaultdict(set)
    has_method = any(c.kind == "method" for c in group)
    # a day the sentence ties to nothing ("died in hospital on Monday") beside one it ties to the
    # happening ("shot at a school on May 3") is not the happening's day (``happening_days``)
    # (a day of what followed, role ``after``, still dates the stretch: ``segments.cut_segments``)
    tied = any(c.kind == "time" and c.as_time().get("role", "event") == "event" for c in happening_days(group))
    lasting = lasting or any(
        c.kind == "method" and rules.methods.lasts(str(c.as_method().get("method"))) for c in group
    )
    disaster = disaster or any(c.kind == "method" and disaster_of(c, rules) is not None for c in group)
    for c in group:
        if c.kind == "time":
            if c.attribute == "elapsed" and c.as_time().get("day"):
                # "on Sunday, a day after an air strike": the day the span counts back to — not
                # when it counts back to a named happening recalled as another ("six weeks after
                # Cyclone Idai"): that day is the other's
                if recalls_named(c, group):
                    continue
                if latest is None or str(c.as_time()["day"]) <= latest:
                    out["days"].add(str(c.as_time()["day"]))
                continue
            if not dates_happening(c) or (tied and c.as_time().get("role") == "other"):
                continue
            t = c.as_time()
            if t.get("granularity") == "day" and t.get("resolved") is not False and t.get("start"):
                if latest is None or str(t["start"]) <= latest:
                    out["days"].add(str(t["start"]))
            elif t.get("granularity") == "day" and t.get("weekday"):
                out["weekdays"].add(str(t["weekday"]).lower())
        elif c.kind == "count":
            if not incident_count(c, rules):
                continue
            n = c.as_count()
            out["harms"].add(c.attribute)
            start = str(n.get("period_start") or "")
            if n.get("period") and (lasting or start in own_days) and ISO_DAY.fullmatch(start):
                # a heatwave's toll "since June 12": its own, June 12 the day it began
                if latest is None or start <= latest:
                    out["days"].add(start)
                if c.attribute in rules.counts.tolls and (figure := counted(n)) is not None:
                    out["figures"].add((c.attribute, int(figure)))
            elif n.get("period") and c.attribute in rules.events.tallies.attributes:
                subject = tally_subject(c, rules)
                out["tallies"].add((subject, tally_start(c)))
                out["periods"].add(f"tally:{subject}")
            elif n.get("period") and disaster and runs_since(n):
                # a flood's toll "since mid-June": the running toll of a disaster the text says
                # lasts from then, its own (pages weeks apart tell it), no other happening's total
                if c.attribute in rules.counts.tolls and (figure := counted(n)) is not None:
                    out["figures"].add((c.attribute, int(figure)))
            elif n.get("period"):
                key = f"{c.attribute}:{n['period']}".lower()
                if n.get("period_length") and start:
                    # a span back from the page ("in the past 24 hours") is its own day's: the same
                    # words on pages of other days are other spans, no shared period
                    key = f"{key}:{start}"
                out["periods"].add(key)
            elif c.attribute in rules.counts.tolls and (figure := counted(n)) is not None:
                out["figures"].add((c.attribute, int(figure)))  # a victim named: one among the dead
        elif c.kind == "method":
            out["methods"].add(str(c.as_method().get("method")))
            if (root := disaster_of(c, rules)) is not None:
                out["happenings"].add(root)
        elif c.id in entity_of:
            if c.kind == "happening":
                # a storm's own name ("Cyclone Mira") says which happening, as a named victim does;
                # a name recalled as an earlier one ("six weeks after Cyclone Idai") says nothing of it
                if not c.as_named().get("recalled"):
                    out["people"].add(entity_of[c.id])
                    out["names"].add(name_key(c, entity_of))
            elif c.kind == "facility":
                if entity_of[c.id] in known.unnamed:
                    continue
                out["facilities"].add(entity_of[c.id])
                if has_method:
                    out["targets"].add(entity_of[c.id])
                    out["harms"].add("target")
            elif c.kind == "place" or entity_of[c.id] in known.places:
                out["places"].add(entity_of[c.id])
            elif c.kind == "person" and is_victim(c):
                p = c.as_person()
                out["people"].add(entity_of[c.id])
                words = str(p.get("key") or p.get("name") or "").lower().split()
                if words:
                    out["surnames"].add(words[-1])
                if c.attribute == "victim" or p.get("status") in ("killed", "injured"):
                    out["victims"].add(entity_of[c.id])
                    out["harms"].add("victim")
                    if entity_of[c.id] in known.complete:
                        out["named"].add(entity_of[c.id])
    if out["tallies"]:
        out["tally_places"] = set(out["places"])
    if has_method:
        text = group[0].sentence.lower()
        for taken in rules.events.taken_to_patterns:  # "taken to the hospital": not the place hit
            text = taken.sub(" ", text)
        out["kinds"] = {
            kind for kind, pattern in _kind_patterns(tuple(rules.events.facility_kinds.items())) if pattern.search(text)
        }
    out["words"] = {w.lower() for w in _WORD.findall(group[0].sentence)}
    if group and any(p.search(group[0].sentence) for p in rules.events.sequel_patterns):
        out["sequel"] = {"after"}
    return Signature(**{name: values for name, values in out.items() if values})


def name_key(claim: Claim, entity_of: Mapping[str, str]) -> str:
    """A named happening's key in ``Signature.names``: its kind of name and its entity id
    ("flight:e12"); a name of another kind is no other happening's ("storm:e3" beside "flight:e12")."""
    return f"{claim.as_named().get('named_kind', 'storm')}:{entity_of[claim.id]}"


def other_names(a: AbstractSet[str], b: AbstractSet[str]) -> bool:
    """True when two sets of named happenings' keys (``name_key``) hold names of one kind and share
    none of that kind: "Flight 610" and "Flight 302", "the Camp Fire" and "the Woolsey Fire"."""
    kinds = {k.split(":", 1)[0] for k in a} & {k.split(":", 1)[0] for k in b}
    return any(
        not {k for k in a if k.startswith(f"{kind}:")} & {k for k in b if k.startswith(f"{kind}:")} for kind in kinds
    )


def recalls_named(elapsed: Claim, group: Iterable[Claim]) -> bool:
    """A span ("six weeks after") written right before a named happening its sentence recalls as
    another, earlier one ("... Cyclone Idai"; ``EntityValue.recalled``): it counts back to that one."""
    for h in group:
        if h.kind == "happening" and h.as_named().get("recalled") and h.start >= elapsed.end:
            between = h.sentence[elapsed.end - h.sentence_start : h.start - h.sentence_start]
            if between.strip().lower() in ("", "the"):
                return True
    return False


def disaster_of(claim: Claim, rules: RuleSet) -> str | None:
    """The kind of happening a method claim tells when it needs no attacker (a flood, a fire, a
    collapse: the root of its taxonomy path), else None."""
    path = claim.as_method().get("path") or []
    root = path[-1] if path else None
    return root if root in rules.methods.taxonomy and rules.methods.kind_of(root) != "attack" else None


#: A period's start as a month or a day ("2022-06", "2022-06-14").
_STARTED = re.compile(r"\d{4}-\d{2}(?:-\d{2})?")


def runs_since(value: Mapping) -> bool:
    """A count over a period running from a month or a day the text names to now ("since June 14",
    "since mid-June"), not a span back from the page ("in the past 24 hours") nor a year's."""
    start = str(value.get("period_start") or "")
    period = str(value.get("period") or "").lower()
    return period.startswith("since") and not value.get("period_length") and _STARTED.fullmatch(start) is not None


@lru_cache(maxsize=8)
def _kind_patterns(kinds: tuple[tuple[str, tuple[str, ...]], ...]) -> list[tuple[str, re.Pattern]]:
    return [
        (kind, re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b")) for kind, words in kinds if words
    ]


def tally_subject(claim: Claim, rules: RuleSet) -> str:
    """What a tally counts attacks on: the first of ``events.tallies.subjects`` whose words its
    sentence has ("attacks on hospitals, medical centres and clinics": health facilities), else
    its attribute."""
    for name, pattern in _kind_patterns(tuple(rules.events.tallies.subjects.items())):
        if pattern.search(claim.sentence.lower()):
            return name
    return claim.attribute


def tally_start(claim: Claim) -> str:
    """A tally's start: its ``period_start``; ``*`` for a span back from an undated report ("in the
    past 12 weeks": it fits any start); else ``?`` and the period words ("since the conflict began")."""
    v = claim.as_count()
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
    return any(
        s == t
        and s in rules.events.tallies.subjects
        and x[0] not in "*?"
        and y[0] not in "*?"
        and starts_agree(x, y, rules.events.tallies.start_tolerance_months)
        for s, x in a.tallies
        for t, y in b.tallies
    )


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
    return any(
        not starts_agree(x, y, rules.events.tallies.start_tolerance_months)
        for s, x in a.tallies
        if s in shared
        for t, y in b.tallies
        if t == s
    )


def days_apart(a: Iterable[str], b: Iterable[str]) -> int | None:
    a, b = list(a), list(b)
    if not a or not b:
        return None
    return min(abs((date.fromisoformat(x) - date.fromisoformat(y)).days) for x in a for y in b)


def span(days: Iterable[str]) -> int:
    ordered = sorted(date.fromisoformat(d) for d in days)
    return (ordered[-1] - ordered[0]).days if ordered else 0


def told_apart(a: Signature, b: Signature) -> bool:
    """A page tells ``a`` as its own story and sets ``b`` apart from it ("Several hours later, a
    roadside bomb struck a patrol near Qasr": another happening than the market bombing)."""
    return any(f"~{d}" in b.tellers for d in a.tellers if d[:1] != "~")


def follows(a: Signature, b: Signature) -> bool:
    """``a`` tells its happening as following another of the kind (``events.sequel``: "a day after
    pagers blew up killing 12") and every day of ``b`` is before every day of ``a``: ``b`` is that
    earlier happening, even within the day tolerance."""
    return bool(a.sequel and a.days and b.days) and max(b.days) < min(a.days)


def clash(a: Signature, b: Signature, rules: RuleSet, spanning: bool = True, dates: bool = True) -> bool:
    """True when two signatures cannot be one happening: other named happening, day, weekday,
    period, target or victims, or a page that tells one as its story sets the other apart from it (``told_apart``).

    A shared victim overrides a date clash: a later report (the arrest, the funeral) is dated
    by its own news, but a person is killed in one incident. With ``spanning`` false, the days
    of the two together may span more than ``events.max_span_days`` (one story's own follow-ups).
    With ``dates`` false, another day or weekday is no clash (editor mode: the draft's date is
    what is being checked, so it may not decide which happening the draft is about).
    """
    if a.targets and b.targets and not (a.targets & b.targets):
        return True
    if other_names(a.names, b.names):
        return True  # "Cyclone Kenneth" is not "Cyclone Idai", whatever country, kind and days they share
    if told_apart(a, b) or told_apart(b, a):
        return True
    if a.victims & b.victims:
        return False
    # one heatwave is told on each of its days: they are no other happening's (up to events.lasting_days)
    lasting = any(rules.methods.lasts(h) for h in a.happenings & b.happenings)
    if dates:
        gap = days_apart(a.days, b.days)
        tolerance = rules.events.lasting_days if lasting else rules.time.same_day_tolerance_days + 1
        if rules.events.date_veto and gap is not None and gap > tolerance:
            return True
        if follows(a, b) or follows(b, a):
            return True
        if a.days or b.days:
            if spanning and span(a.days | b.days) > (
                rules.events.lasting_days if lasting else rules.events.max_span_days
            ):
                return True
        elif a.weekdays and b.weekdays and not (a.weekdays & b.weekdays):
            return True
    if a.periods and b.periods and not (a.periods & b.periods):
        return True
    if tally_clash(a, b, rules):
        return True
    if bool(a.periods) != bool(b.periods) and (a.days or a.weekdays or b.days or b.weekdays):
        return True  # a cumulative toll is not the incident of one day
    if a.named and b.named and not (a.facilities & b.facilities):
        return True  # both name their victims in full, none in common, at no common address
    return False


def containing(q: str, within: Mapping[str, set[str]]) -> set[str]:
    """The places ``q`` is stated inside (``labels.stated_inside``), at any depth."""
    todo, seen = [q], {q}
    while todo:
        for y in within.get(todo.pop(), ()):
            if y not in seen:
                seen.add(y)
                todo.append(y)
    return seen - {q}
