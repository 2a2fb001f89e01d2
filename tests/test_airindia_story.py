"""A passenger jet that crashed into a nursing school's dormitory just after take-off, told by five
pages over two weeks (``tests/data/airindia``, written for these tests in the shape of the coverage
of a 2025 crash): a national daily on the day, two wire stories as the toll rose, a page on the DNA
identification of the dead, and the final toll.

The Corvan Air jet had 212 people on board ("Two hundred and twelve persons" in one page); 211 of
them died and one survived ("killing 211 people on board with only one survivor"). The toll rose
231 -> 240 -> 246 as bodies were pulled from the dormitory, where 29, then 35, then 25 people were
"killed on the ground"; the identities of 98 of the dead were confirmed by DNA and 61 bodies
"returned to their families"; the jet "erupted in a fireball" as it hit the dormitory.

A fact-checker expects the people on board one figure (212, never 200), the survivor no death, the
dead on the ground a count of their own and never a step of the toll, the identified and the bodies
handed back no figure of the dead, and a fireball no volcano's eruption.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from stories import findings_of, main_bests, main_event, page_counts

AIRINDIA = Path(__file__).resolve().parent / "data" / "airindia"


@pytest.fixture(scope="module")
def crash_report(story_report):
    return story_report(AIRINDIA)


def test_one_crash_holds_every_page(crash_report):
    assert len(main_event(crash_report)["documents"]) == 5


def test_the_people_on_board_written_in_words_are_one_number(crash_report):
    # "Two hundred and twelve persons were aboard": 212, not "Two hundred" set against the 212
    assert main_bests(crash_report, "people_present") == {212}
    assert not findings_of(crash_report, "conflict", "people_present")


def test_the_lone_survivor_is_no_death(crash_report):
    assert ("survived", 1) in page_counts(crash_report, "02_wire_friday")
    assert 1 not in main_bests(crash_report, "deaths")


def test_the_dead_on_the_ground_are_counted_apart_from_the_toll(crash_report):
    assert main_bests(crash_report, "ground_deaths") == {29, 35, 25}
    assert not main_bests(crash_report, "deaths") & {29, 35, 25}
    (ground,) = findings_of(crash_report, "update", "ground_deaths")
    assert "“At least 29 people”" in ground["summary"]


def test_the_identified_and_the_bodies_handed_back_are_no_toll(crash_report):
    assert page_counts(crash_report, "04_identification") >= {("identified", 98), ("handed_over", 61)}
    assert not main_bests(crash_report, "deaths") & {98, 61}
    (rise,) = findings_of(crash_report, "update", "deaths")
    assert "231" in rise["summary"] and "246" in rise["summary"]


def test_a_jet_that_erupted_in_a_fireball_is_no_eruption(crash_report):
    assert not findings_of(crash_report, "conflict", "method")
    methods = {c["value"]["method"] for c in crash_report["claims"] if c["kind"] == "method"}
    assert "eruption" not in methods
