"""A city spelled several ways by several outlets (``tests/data/citynames``, written for these tests):
"Visakhapatnam", "Vizag" and "Vishakhapatnam", names the gazetteer gives one city.

A fact-checker expects one place, one gas leak and a finding listing the three spellings; the alias
table (``text.places.city_alias``) reads a city's other names as the city, and never a code, a
name two cities share, a common word, nor any of them when the rules switch it off.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from stories import findings_of, main_event

from verify.text.places import city_alias

CITYNAMES = Path(__file__).resolve().parent / "data" / "citynames"


@pytest.mark.parametrize(
    "name, city",
    [
        ("Vizag", "Visakhapatnam"),
        ("Vishakhapatnam", "Visakhapatnam"),
        ("Kiev", "Kyiv"),
        ("Gazza", "Gaza"),
        ("Bombay", "Mumbai"),
        # a code in capitals, however many cities: none
        ("VTZ", None),
        # an alternate of two cities (Kahramanmaraş and Mary): ambiguous, none
        # a province's name the gazetteer lists beside its capital, in one form only: none
        ("Hatay", None),
        ("Maras", None),
        # another city's own name, listed as an alternate of a second one: itself, no alias
        ("Antioch", None),
        # a word as common in English as the rules' bar, some small city's alternate: none
        ("Africa", None),
        ("Media", None),
        # a word of the news under that bar, in the rules' stopwords: none
        ("Hamas", None),
        # the city's own name is no alias of it
        ("Visakhapatnam", None),
    ],
)
def test_city_alias(rules, name, city):
    assert city_alias(name, rules.entities.gazetteer_aliases) == city


def test_city_alias_follows_the_rules(rules):
    settings = rules.entities.gazetteer_aliases
    assert city_alias("Vizag", settings.model_copy(update={"enabled": False})) is None
    assert city_alias("Vizag", settings.model_copy(update={"min_length": 6})) is None
    assert city_alias("Vizag", settings.model_copy(update={"stopwords": frozenset({"vizag"})})) is None


@pytest.fixture(scope="module")
def citynames_report(story_report):
    return story_report(CITYNAMES)


def test_three_spellings_are_one_place_and_one_event(citynames_report):
    places = [
        e
        for e in citynames_report["entities"]
        if e["kind"] == "place" and "Vizag" in {v["text"] for v in e["variants"]}
    ]
    assert len(places) == 1
    assert {v["text"] for v in places[0]["variants"]} == {"Visakhapatnam", "Vizag", "Vishakhapatnam"}
    assert len(citynames_report["events"]) == 1
    assert len(main_event(citynames_report)["documents"]) == 3


def test_the_variant_finding_lists_the_three_spellings(citynames_report):
    (variant,) = [f for f in findings_of(citynames_report, "variant") if "Vizag" in f["summary"]]
    assert "spelled 3 ways" in variant["summary"]
    assert "Visakhapatnam" in variant["summary"] and "Vishakhapatnam" in variant["summary"]
    assert "gazetteer" in variant["note"]
