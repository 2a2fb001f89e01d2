"""A typhoon told by three outlets (``tests/data/storm``, written for these tests): it made landfall
on Saturday night; the toll is given on Monday, by the national agency (11) and by local officials
(at least 14); winds are given in km/h. A fact-checker expects the event dated to the landfall, not
to the day the toll was said; the storm's name never taken for a place; the agency's 11 and the
officials' 14 set against each other; a wind speed never read as a distance.
"""

from __future__ import annotations

from pathlib import Path

import pytest

STORM = Path(__file__).resolve().parent / "data" / "storm"


@pytest.fixture(scope="module")
def storm_report(story_report):
    return story_report(STORM)


def test_the_storm_is_dated_by_its_landfall_and_its_name_is_no_place(storm_report):
    (event,) = [e for e in storm_report["events"] if len(e["documents"]) == 3]
    assert event["date"] == "2025-09-20"  # "made landfall ... on Saturday night", not Monday's statements
    assert "Typhoon" not in event["label"] and event["label"].startswith("storm in ")
    places = {c["text"] for c in storm_report["claims"] if c["kind"] in ("place", "facility")}
    assert not any(p.startswith("Typhoon") for p in places)
    landfall = next(c for c in storm_report["claims"] if c["kind"] == "time" and c["text"] == "Saturday night")
    assert landfall["value"]["role"] == "event"


def test_the_agency_s_toll_and_the_officials_are_set_against_each_other(storm_report):
    conflicts = [f for f in storm_report["findings"] if f["attribute"] == "deaths" and f["verdict"] == "conflict"]
    assert len(conflicts) == 1
    assert "“11”" in conflicts[0]["summary"] and "At least 14 people" in conflicts[0]["summary"]


def test_a_wind_speed_is_no_distance(storm_report):
    measured = {(c["attribute"], c["value"]["best"]) for c in storm_report["claims"] if c["kind"] == "count"}
    assert {("km_per_hour", 185), ("km_per_hour", 190)} <= measured
    assert not {a for a, _ in measured if a == "km"}
