"""A lake-effect blizzard told by three outlets over a week (``tests/data/blizzard``, written for
these tests): the county executive's toll rises 6 → 11 → 19 → 24 → 26; the city's police chief
reports "another four deaths" confirmed in the city; the medical examiner confirms "an additional
three deaths" overnight; officials "added five" deaths "to the 19 announced on Monday"; the examiner
is "still working to confirm whether two more deaths" belong to the storm; forecasters call the
storm a "bomb cyclone".

A fact-checker expects one storm (never a bombing) holding every page, its toll rising as updates;
the four, the three and the five added to those counted before (increments), never tolls set
against the county's 11 or 19, and the 19 they were added to an earlier total; the two still to be
confirmed no count of the dead at all; and no dispute over
how the storm happened.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from stories import event_claims, findings_of, main_event, page_counts, timeline_line

BLIZZARD = Path(__file__).resolve().parent / "data" / "blizzard"


@pytest.fixture(scope="module")
def blizzard_report(story_report):
    return story_report(BLIZZARD)


def test_one_storm_holds_every_page_and_is_no_bombing(blizzard_report):
    event = main_event(blizzard_report)
    assert event["label"].startswith("storm in Kessel County")
    assert len(event["documents"]) == 5


def test_a_bomb_cyclone_is_weather_not_a_method_in_dispute(blizzard_report):
    assert not findings_of(blizzard_report, "conflict", "method")
    methods = {
        c["value"].get("method")
        for c in event_claims(blizzard_report, main_event(blizzard_report))
        if c["kind"] == "method"
    }
    assert "explosive" not in methods


@pytest.mark.parametrize(
    ("doc", "added"),
    [("02_city_police", 4), ("03_monday", 3), ("04_tuesday", 5)],
)
def test_deaths_confirmed_on_top_are_increments_not_tolls(blizzard_report, doc, added):
    counts = page_counts(blizzard_report, doc)
    assert ("deaths_increment", added) in counts
    assert ("deaths", added) not in counts


def test_the_county_toll_only_rises_and_nothing_disputes_it(blizzard_report):
    assert list(dict.fromkeys(timeline_line(blizzard_report, "deaths", None))) == [6, 11, 19, 24, 26]
    assert not findings_of(blizzard_report, "conflict", "deaths")
    (update,) = findings_of(blizzard_report, "update", "deaths")
    assert "6 → 11 → 19 → 24 → 26" in update["summary"]


def test_the_total_deaths_were_added_to_is_an_earlier_figure(blizzard_report):
    added_to = [
        c
        for c in event_claims(blizzard_report, main_event(blizzard_report))
        if c["doc"] == "04_tuesday" and c["kind"] == "count" and c["value"]["best"] == 19
    ]
    assert added_to
    assert {c["value"]["status"] for c in added_to} == {"earlier"}


def test_deaths_still_to_be_confirmed_are_no_count_of_the_dead(blizzard_report):
    counts = page_counts(blizzard_report, "04_tuesday")
    assert ("deaths", 2) not in counts
    assert ("deaths_increment", 2) not in counts
