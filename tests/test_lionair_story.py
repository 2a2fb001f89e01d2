"""A passenger jet that plunged into the sea minutes after take-off, told by three pages (``tests/data/lionair``,
written for these tests in the shape of the coverage of a 2018 crash off Java): a wire on the day, a local daily
the next day as body bags came ashore, and a page on the final report published four days before the crash's
first anniversary.

The Nusa Air jet had 182 people on board, told once as a list ("172 adult passengers, two children, one infant,
two pilots and five cabin crew on board"), and all of them died ("killing all 182 people aboard"). Divers brought
"nine body bags" ashore overnight, "bringing the total to 33" bags. The final report names the "Nov. 29 crash"
and, further down, "Nov. 29, 2021"; its last paragraph tells of another airline's jet that "went down" months
later, "killing all 140 people aboard".

A fact-checker expects the list to add up to the 182 on board (no conflict of 172 "adult passengers" with 182),
the dead aboard counted as dead, the 33 body bags no toll (no rise 33 -> 182), and the report's "Nov. 29" the
crash's own day a year before, not a day after the page was published, and the other jet's 140 no figure of
this crash.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from stories import findings_of, main_bests, main_event, page_counts

LIONAIR = Path(__file__).resolve().parent / "data" / "lionair"


@pytest.fixture(scope="module")
def crash_report(story_report):
    return story_report(LIONAIR)


def test_the_people_on_board_listed_group_by_group_add_up(crash_report):
    assert ("people_present", 182) in page_counts(crash_report, "01_wire_monday")
    assert main_bests(crash_report, "people_present") == {182}
    assert not findings_of(crash_report, "conflict", "people_present")


def test_all_killed_aboard_are_dead(crash_report):
    assert ("deaths", 182) in page_counts(crash_report, "02_daily_tuesday")


def test_the_body_bags_brought_to_a_total_are_no_toll(crash_report):
    assert main_bests(crash_report, "deaths") == {182}
    assert not findings_of(crash_report, "update", "deaths")


def test_a_day_told_without_its_year_takes_the_year_the_page_gives_it(crash_report):
    event = main_event(crash_report)
    assert len(event["documents"]) == 3
    days = {
        c["value"]["start"]
        for c in crash_report["claims"]
        if c["doc"] == "03_anniversary" and c["kind"] == "time" and c["attribute"] == "date" and "Nov. 29" in c["text"]
    }
    assert days == {"2021-11-29"}


def test_a_later_crash_of_another_jet_is_no_figure_of_this_one(crash_report):
    assert 140 not in main_bests(crash_report, "deaths")
    assert ("deaths", 140) in page_counts(crash_report, "03_anniversary")
