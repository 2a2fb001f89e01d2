"""A wind-driven wildfire that burns an island's harbour town, told by four outlets over a month
(``tests/data/lahaina``, written for these tests after reading how real coverage of such a fire
runs): the dead rising from "at least 31" to 84 ("climbed to 84 Sunday") and 102 (officials "set
the death toll ... at 102, with many more victims expected to be found"; "the latest official death
toll in the deadliest U.S. wildfire in more than a century stood at 102"), then lowered to 95 after
DNA tests; the missing falling from about 800 to 600 and 40. Two pages measure the fire against
"the 2016 Ridgeback Fire ..., which killed (at least) 77 people", one in the same sentence as the
town's own toll.

A fact-checker expects one fire whose toll rises 31 → 84 → 102 and is then revised down to 95, with
no dispute: the Ridgeback Fire's 77 is another fire's toll, never a step of this one's; a toll
"set at 102" is a count, whatever more victims are expected beside it; "84 Sunday" is a toll said on
a Sunday; and the rank "the deadliest U.S. wildfire" names no place the 102 are counted in.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from stories import findings_of, main_bests, main_event

LAHAINA = Path(__file__).resolve().parent / "data" / "lahaina"


@pytest.fixture(scope="module")
def lahaina_report(story_report):
    return story_report(LAHAINA)


def test_one_fire_whose_toll_rises_then_is_revised_down(lahaina_report):
    assert len(main_event(lahaina_report)["documents"]) == 4
    assert not findings_of(lahaina_report, "conflict")
    (toll,) = findings_of(lahaina_report, "update", "deaths")
    assert "31 → 84 → 102 → 95" in toll["summary"]


def test_an_earlier_fire_measured_against_is_not_the_towns_toll(lahaina_report):
    assert 77 not in main_bests(lahaina_report, "deaths")


def test_a_toll_set_beside_more_victims_expected_is_a_count(lahaina_report):
    assert 102 in main_bests(lahaina_report, "deaths")
    assert 102 not in main_bests(lahaina_report, "deaths_projected")


def test_the_rank_of_the_fire_names_no_place_of_its_dead(lahaina_report):
    claims = [c for c in lahaina_report["claims"] if c["doc"] == "03_pacific_ledger" and c["attribute"] == "deaths"]
    assert [c["value"]["best"] for c in claims] == [102, 102]
    assert all(not c["value"].get("where") for c in claims)


def test_the_missing_fall_as_a_measure_of_their_own(lahaina_report):
    (missing,) = findings_of(lahaina_report, "update", "missing")
    assert "800 → 600 → 40" in missing["summary"]
