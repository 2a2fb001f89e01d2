"""``verify.compare.elsewhere.about_event``: a method or a blame set in another country or at
another time is no position on the event; one set inside the event's place, in its country, or
with no place or time is."""

from __future__ import annotations

from datetime import date

import pytest

from verify.compare.elsewhere import about_event, place_countries
from verify.models import AttributionValue, Claim, MethodValue


def _method(where: str | None = None, when: str | None = None) -> Claim:
    value = MethodValue(method="air_strike", path=["air_strike", "explosive", "attack"], original="air strike")
    if where is not None:
        value["where"] = where
    if when is not None:
        value["when"] = when
    return Claim("c1", "d", "method", "method", "air strike", "An air strike.", 0, 10, 0, value)


def _blame(where: str | None = None, when: str | None = None) -> Claim:
    value = AttributionValue(actor="Israel", key="israel", stance="asserted")
    if where is not None:
        value["where"] = where
    if when is not None:
        value["when"] = when
    return Claim("c2", "d", "attribution", "perpetrator", "Israeli", "An Israeli strike.", 0, 7, 0, value)


BEIRUT = ("Beirut", date(2020, 8, 4))
GAZA = ("al-Ahli Arab Hospital, Gaza City", date(2023, 10, 17))


@pytest.mark.parametrize(
    "where, when, event, expected",
    [
        # another country, another time
        ("Syria", None, BEIRUT, False),
        ("Hiroshima", "World War II", BEIRUT, False),
        (None, "World War II", BEIRUT, False),
        (None, "2006", BEIRUT, False),
        (None, "decades ago", GAZA, False),
        # said a year on of the event itself: no other time without the day it was written
        (None, "last year", GAZA, True),
        (None, "two years ago", BEIRUT, True),
        ("Kabul", None, GAZA, False),
        # the event's place, a place inside it, its country, a place no gazetteer knows, no setting
        ("Gaza", "Tuesday", GAZA, True),
        ("Beirut", None, BEIRUT, True),
        ("Lebanon", None, BEIRUT, True),
        ("Tripoli", None, BEIRUT, True),  # a Lebanese city too: not clearly elsewhere
        ("the harbour district", None, BEIRUT, True),
        (None, "2020", BEIRUT, True),
        (None, None, BEIRUT, True),
        # no event place or day: only what is clearly another time decides
        ("Syria", None, (None, None), True),
        (None, "2006", (None, None), True),
        (None, "decades ago", (None, None), False),
    ],
)
def test_about_event(rules, where, when, event, expected):
    place, day = event
    assert about_event(_method(where, when), place, day, rules) is expected
    assert about_event(_blame(where, when), place, day, rules) is expected


def test_other_kinds_are_always_about_the_event(rules):
    claim = Claim("c3", "d", "count", "deaths", "9", "9 died.", 0, 1, 0, {"where": "Syria"})  # type: ignore[arg-type]
    assert about_event(claim, "Beirut", date(2020, 8, 4), rules)


@pytest.mark.parametrize(
    "place, country",
    [
        ("Aleppo", "SY"),
        ("al-Quds hospital, Aleppo", "SY"),
        ("the Syrian", "SY"),  # a people's name is its country's (rules demonyms)
        ("Grenfell Tower, London", "GB"),
    ],
)
def test_place_countries(rules, place, country):
    assert country in place_countries(place, rules)


def test_an_event_across_countries_takes_every_place(rules):
    assert not about_event(_method("Syria"), "Turkey", date(2023, 2, 6), rules)
    assert about_event(_method("Syria"), "Turkey, Syria", date(2023, 2, 6), rules)
