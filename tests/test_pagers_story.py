"""Pagers, then radios, blown up across one country on two days in a row (``tests/data/pagers``,
written for these tests after reading real coverage of such attacks): the second day's pages tell
their blasts as following the first's ("a day after pagers ... blew up killing 10", "Wednesday's
second wave of exploding devices"). A fact-checker expects two events, each with its own toll
rising (7 -> 10 for the pagers, 11 -> 19 for the radios), never one event whose toll runs 7 -> 10
-> 11 -> 19, though the two days are within the day tolerance of each other.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from stories import findings_of

PAGERS = Path(__file__).resolve().parent / "data" / "pagers"


@pytest.fixture(scope="module")
def pagers_report(story_report):
    return story_report(PAGERS)


def _event_of(report: dict, doc: str) -> dict:
    return next(e for e in report["events"] if doc in e["documents"])


def test_a_second_days_blasts_told_as_following_the_first_are_their_own_event(pagers_report):
    first, second = _event_of(pagers_report, "1_evening"), _event_of(pagers_report, "4_thursday")
    assert first["id"] != second["id"]
    assert "2_morning" in first["documents"] and "3_night" in second["documents"]
    assert first["date"] == "2025-03-11" and second["date"] == "2025-03-12"


def test_each_days_toll_rises_on_its_own(pagers_report):
    lines = {tuple(s["label"] for s in f["sides"]) for f in findings_of(pagers_report, "update", "deaths")}
    assert ("7", "10") in lines
    assert not any("7" in line and "19" in line for line in lines)


def test_the_first_days_toll_repeated_in_a_second_day_sentence_is_not_the_second_days(pagers_report):
    # "... on Wednesday when radios exploded, a day after pagers blew up killing 10 and wounding 2,100"
    assert not findings_of(pagers_report, "conflict", "injured")
    lines = [[s["label"] for s in f["sides"]] for f in findings_of(pagers_report, "update", "injured")]
    assert sorted(lines) == [["1900", "2100"], ["301+", "420"]]
