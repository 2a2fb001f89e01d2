"""Two wildfires burning at once around one town, told by four outlets (``tests/data/lafires``,
written for these tests after reading real coverage of two such fires): the pages give the
combined toll (13 -> 21) and each fire's own share ("nine of the deaths were attributed to the
Quarry Fire and four resulted from the Hollins Fire", "14 lives lost in the Quarry Fire"). A
fact-checker expects one event whose combined toll rises on its own, each fire's figures on a
timeline of that fire, and never one fire's toll set against the combined one as its step.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from stories import findings_of, timeline_line

LAFIRES = Path(__file__).resolve().parent / "data" / "lafires"


@pytest.fixture(scope="module")
def lafires_report(story_report):
    return story_report(LAFIRES)


def test_the_combined_toll_rises_without_either_fires_share(lafires_report):
    assert timeline_line(lafires_report, "deaths", None) == [13, 21]
    (combined,) = [f for f in findings_of(lafires_report, "update", "deaths") if " in Quarry fire " not in f["summary"]]
    assert [s["label"] for s in combined["sides"]] == ["13", "21"]


def test_each_fires_toll_is_told_on_its_own_timeline(lafires_report):
    assert timeline_line(lafires_report, "deaths", "Quarry fire") == [4, 14]
    assert timeline_line(lafires_report, "deaths", "Hollins fire") == [7]


def test_one_fires_missing_is_no_step_of_everyone_missing(lafires_report):
    # "Eleven people were missing within the Quarry Fire zone and three from the Hollins Fire"
    assert timeline_line(lafires_report, "missing", None) == [20]
    assert not findings_of(lafires_report, "update", "missing")


def test_one_fires_acreage_is_no_step_of_another_fires(lafires_report):
    assert len(timeline_line(lafires_report, "hectares", "Hollins fire")) == 1
    assert len(timeline_line(lafires_report, "hectares", "Quarry fire")) == 1
    assert not findings_of(lafires_report, "update", "hectares")
