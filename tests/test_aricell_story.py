"""A battery-factory fire told through one day and after (``tests/data/aricell``, written for these
tests): the morning's "one dead, 19 missing", the afternoon's "12 dead, five missing" and the
evening's "18 dead, one missing", each on another body's word and none stamped to the minute; the
next day the last missing worker's body "was retrieved shortly before noon"; every page times the
fire's start at about 9:40 a.m.

A fact-checker expects one fire holding every page; the missing falling 19 → 5 → 1 as the dead are
found, a revision read in the order of the tolls each page gives beside it, never three bodies
disagreeing; and the hour a body was brought out no rival time of the fire.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from stories import findings_of, main_event

ARICELL = Path(__file__).resolve().parent / "data" / "aricell"


@pytest.fixture(scope="module")
def aricell_report(story_report):
    return story_report(ARICELL)


def test_one_fire_holds_every_page(aricell_report):
    event = main_event(aricell_report)
    assert event["label"].startswith("fire in Gimseong")
    assert len(event["documents"]) == 5


def test_the_missing_fall_as_the_toll_rises_a_revision_not_a_dispute(aricell_report):
    assert not findings_of(aricell_report, "conflict", "missing")
    (update,) = findings_of(aricell_report, "update", "missing")
    assert "19 → 5 → 1" in update["summary"]


def test_the_toll_still_only_rises(aricell_report):
    assert not findings_of(aricell_report, "conflict", "deaths")
    assert findings_of(aricell_report, "update", "deaths")


def test_the_hour_a_body_was_retrieved_is_no_time_of_the_fire(aricell_report):
    assert not findings_of(aricell_report, "conflict", "time")
