"""A ferry that capsized, told by five outlets over four days (``tests/data/ferry``, written for
these tests): the dead rising 14 -> 38 -> 52 -> 71 and the missing falling as divers search, the
people aboard given three ways, the captain's surname and the island each spelled two ways, the
operator blaming a storm and denying the overloading survivors describe, a fishing boat that sank
last year.

A fact-checker expects one shipwreck at Bukora; the toll's rise and the missing's fall as
revisions; the people aboard as one figure told with more or less precision, never revised; the
cause disputed between overloading and the storm, and nothing else about it (the winds that hampered
the search, "the accident" the operator speaks of); both spellings found; last year's sinking apart.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from stories import findings_of

FERRY = Path(__file__).resolve().parent / "data" / "ferry"


@pytest.fixture(scope="module")
def ferry_report(story_report):
    return story_report(FERRY)


def test_one_shipwreck_with_last_years_sinking_apart(ferry_report):
    (event,) = [e for e in ferry_report["events"] if len(e["documents"]) == 5]
    assert event["label"] == "shipwreck in Bukora on 2025-03-09"
    (other,) = [e for e in ferry_report["events"] if e is not event]
    assert other["documents"] == ["1_wire"]


def test_the_dead_rise_and_the_missing_fall_as_revisions(ferry_report):
    (deaths,) = findings_of(ferry_report, "update", "deaths")
    assert deaths["summary"].endswith("14 → 38 → 52 → 71.")
    (missing,) = findings_of(ferry_report, "update", "missing")
    assert missing["summary"].endswith("60 → 23 → 9.")
    assert not findings_of(ferry_report, "conflict", "deaths") and not findings_of(ferry_report, "conflict", "missing")


def _claims(report, side):
    by_id = {c["id"]: c for c in report["claims"]}
    return [by_id[i] for i in side["claims"]]


def test_the_people_aboard_differ_in_precision_and_are_never_revised(ferry_report):
    told = findings_of(ferry_report, "compatible", "people_present")
    assert {tuple(_claims(ferry_report, side)[0]["text"] for side in f["sides"]) for f in told} == {
        ("more than 200 passengers", "about 220 people"),
        ("about 220 people", "210 passengers"),
        ("more than 200 passengers", "210 passengers"),
    }
    assert not findings_of(ferry_report, "update", "people_present")


def test_the_cause_is_disputed_between_overloading_and_the_storm_only(ferry_report):
    (cause,) = findings_of(ferry_report, "conflict")
    assert cause["summary"].startswith("Sources disagree on what caused shipwreck in Bukora")
    overloading, storm = ({c["value"]["method"] for c in _claims(ferry_report, side)} for side in cause["sides"])
    assert (overloading, storm) == ({"negligence"}, {"storm"})
    # the operator's two statements, not the winds that hampered the search (Radio Tanu)
    assert cause["sides"][1]["documents"] == ["2_daily", "4_post"]
    assert cause["sides"][1]["bodies"] == ["Tanu Marine Services"]
    assert not findings_of(ferry_report, "uncorroborated")  # nor "the accident" as a lone cause


def test_the_captain_and_the_island_are_each_one_name_spelled_two_ways(ferry_report):
    variants = {f["summary"] for f in findings_of(ferry_report, "variant")}
    assert any("“Daudi Mwakasege”" in s and "“Daudi Mwakasenge”" in s for s in variants)
    assert any("“Bukora”" in s and "“Bukoora”" in s for s in variants)
    places = [e for e in ferry_report["entities"] if e["kind"] == "place"]
    assert "Kisima" not in {e["name"] for e in places}  # the MV Kisima is the ship
