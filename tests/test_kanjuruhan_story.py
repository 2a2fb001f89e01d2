"""A stadium crush told by four outlets (``tests/data/kanjuruhan``, written for these tests): police
fire tear gas after a pitch invasion at Torvane Arena, spectators are crushed at the exits, and the
toll rises 64 -> 71 -> 72. One page adds that, the police chief claimed, "several spectators
suffocated to death" at the gates; another has the minister confirm "the 71 deaths on Sunday
evening".

A fact-checker expects one crush on Saturday night with a rising toll; the "several" who
suffocated a part of the page's own toll of at least 64 (how some of them died), never a rival toll
of three to nine; and Sunday evening the day the minister confirmed the deaths, not a second day
for the crush.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from stories import findings_of, main_event

KANJURUHAN = Path(__file__).resolve().parent / "data" / "kanjuruhan"


@pytest.fixture(scope="module")
def crush_report(story_report):
    return story_report(KANJURUHAN)


def test_one_crush_on_saturday_night_with_no_second_day(crush_report):
    event = main_event(crush_report)
    assert len(event["documents"]) == 4
    assert event["label"] == "crush at Torvane Arena, Oskarholm on 2031-04-12"
    assert not findings_of(crush_report, "conflict", "date")


def test_several_who_suffocated_are_a_part_of_the_toll_not_a_rival_toll(crush_report):
    assert not findings_of(crush_report, "conflict", "deaths")
    (several,) = [c for c in crush_report["claims"] if c["text"] == "several spectators"]
    assert several["attribute"] == "deaths_part"
    assert several["value"]["part_of"] == "At least 64 people"


def test_the_toll_rises_64_71_72(crush_report):
    (series,) = findings_of(crush_report, "update", "deaths")
    assert series["summary"].endswith("64 → 71 → 72.")
