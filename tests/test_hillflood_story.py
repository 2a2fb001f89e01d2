"""A flash flood along a river, told by three outlets over three days (``tests/data/hillflood``,
written for these tests after reading real coverage of such a flood): the first night's toll
beside "numerous others missing", a day's count of bodies recovered broken down into adults and
children, and a later page whose lead names the day the river rose. A fact-checker expects the
toll to rise 19 -> 70 with no conflict: the missing are not added to the dead, the breakdown of
the bodies is no toll of its own, and the river's rising "early Friday morning" does not date
Sunday's figure to Friday.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from stories import event_claims, findings_of, main_event

HILLFLOOD = Path(__file__).resolve().parent / "data" / "hillflood"


@pytest.fixture(scope="module")
def hillflood_report(story_report):
    return story_report(HILLFLOOD)


def test_one_event_and_no_conflict(hillflood_report):
    assert len(hillflood_report["events"]) == 1
    assert findings_of(hillflood_report, "conflict") == []


def test_the_toll_rises_from_the_first_night_to_sunday(hillflood_report):
    (deaths,) = findings_of(hillflood_report, "update", "deaths")
    assert [s["label"] for s in deaths["sides"]] == ["19+", "70+"]


def test_the_missing_beside_the_dead_are_not_dead(hillflood_report):
    claims = event_claims(hillflood_report, main_event(hillflood_report))
    deaths = {c["text"] for c in claims if c["attribute"] == "deaths"}
    missing = {c["text"] for c in claims if c["attribute"] == "missing"}
    assert "at least 19 people" in deaths and "numerous others" in missing


def test_a_breakdown_of_bodies_recovered_is_no_toll(hillflood_report):
    claims = event_claims(hillflood_report, main_event(hillflood_report))
    by_text = {c["text"]: c["attribute"] for c in claims if c["kind"] == "count"}
    assert by_text["24 adults"] == "bodies_recovered_part"
    assert by_text["12 children"] == "bodies_recovered_children"


def test_a_rivers_rise_does_not_date_the_page_s_figure(hillflood_report):
    (deaths,) = findings_of(hillflood_report, "update", "deaths")
    last = deaths["sides"][-1]
    assert last["said"].startswith("2025-06-15")
