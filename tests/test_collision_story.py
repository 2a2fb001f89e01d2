"""Two aircraft that collided over a lake, told by four outlets (``tests/data/collision``, written
for these tests after reading real coverage of a midair collision): the first day's bodies are
counted aircraft by aircraft ("Eleven bodies had been recovered from the seaplane ... and two had
been recovered from the helicopter"; "13 bodies have been recovered; 11 bodies from the seaplane
and two from the helicopter"), the people aboard as "a total of 18 passengers and three crew
members", and the last day says "the remains of all 23 victims have been recovered".

A fact-checker expects the bodies recovered to rise 13 -> 19 -> 23, the bodies of each aircraft
parts of that count and never a toll of the dead (no "1 vs 13 dead" conflict), the 21 aboard the
seaplane the same figure from both outlets that give it, and "two pilots were on the helicopter"
no count of the dead.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from stories import event_claims, findings_of, main_event, timeline_bests

COLLISION = Path(__file__).resolve().parent / "data" / "collision"


@pytest.fixture(scope="module")
def collision_report(story_report):
    return story_report(COLLISION)


def test_one_event_and_no_conflict(collision_report):
    assert len(collision_report["events"]) == 1
    assert findings_of(collision_report, "conflict") == []


def test_the_bodies_recovered_rise_to_all_the_victims(collision_report):
    [update] = findings_of(collision_report, "update", "bodies_recovered")
    assert "13 → 19 → 23" in update["summary"]
    assert timeline_bests(collision_report, "bodies_recovered") == {13, 19, 23}


def test_each_aircrafts_bodies_are_parts_of_the_count_not_tolls(collision_report):
    claims = event_claims(collision_report, main_event(collision_report))
    parts = sorted(
        (c["doc"], c["value"]["best"])
        for c in claims
        if c["attribute"].startswith("bodies_recovered") and c["value"].get("part")
    )
    assert parts == [("1_wire", 2), ("1_wire", 11), ("2_daily", 2), ("2_daily", 11)]
    deaths = sorted((c["doc"], c["value"]["best"]) for c in claims if c["attribute"] == "deaths")
    assert deaths == [("1_wire", 23), ("4_herald", 23)]


def test_a_total_of_passengers_and_crew_is_one_figure(collision_report):
    claims = event_claims(collision_report, main_event(collision_report))
    present = sorted((c["doc"], c["value"]["best"]) for c in claims if c["attribute"] == "people_present")
    assert present == [("1_wire", 21), ("2_daily", 21)]
