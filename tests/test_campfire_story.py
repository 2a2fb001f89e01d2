"""A wildfire that burns through a foothill town, told by four outlets over a week
(``tests/data/campfire``, written for these tests after reading how real coverage of such a fire
runs): the dead rising from "at least four" (sheriff's officials, Friday morning) and "at least
seven" (officials, the same day) to 31 and 44; "crews confirmed an additional 12 lives lost" on the
day the toll reached 31; and, in the same paragraph as the town's own toll, "two bodies have been
recovered in the Kessler fire", another fire far to the south.

A fact-checker expects one fire with a rising toll and no dispute: two same-day figures from
"sheriff's officials" and "officials" are one body's count as it rose, not two bodies disagreeing;
the 12 lives are those added that day, never a toll set against the 31; and the other fire's two
bodies are its own, never a step down of the town's bodies found.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from stories import findings_of, main_bests, main_event, timeline_line

CAMPFIRE = Path(__file__).resolve().parent / "data" / "campfire"


@pytest.fixture(scope="module")
def campfire_report(story_report):
    return story_report(CAMPFIRE)


def test_one_fire_whose_toll_rises_from_the_first_morning(campfire_report):
    assert len(main_event(campfire_report)["documents"]) == 4
    assert not findings_of(campfire_report, "conflict")
    (rise,) = findings_of(campfire_report, "update", "deaths")
    assert "[4+]" in rise["summary"] and "4 → 7 → 31" in rise["summary"]


def test_lives_confirmed_additional_are_an_increment(campfire_report):
    assert 12 not in main_bests(campfire_report, "deaths")
    assert 12 in main_bests(campfire_report, "deaths_increment")


def test_another_fires_bodies_are_on_a_line_of_their_own(campfire_report):
    assert timeline_line(campfire_report, "bodies_recovered", None) == [4, 9]
    assert timeline_line(campfire_report, "bodies_recovered", "Kessler fire") == [2]
    for finding in findings_of(campfire_report, "update", "bodies_recovered"):
        assert "[2]" not in finding["summary"]
