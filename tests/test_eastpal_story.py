"""A freight train derailment told by four outlets over ten days (``tests/data/eastpal``, written
for these tests): about 40 cars derail on the first night; eight of them carried hazardous
materials; crews burn off the gas of four tanker cars; the safety board later counts 31 cars off the
track and nine more damaged by the fire; more than 300 people refuse to leave their homes; the
environment agency screens 180 homes; no one is hurt.

A fact-checker expects one crash holding every page; the cars that carried hazardous materials, the
ones burned off and the ones damaged besides told apart as parts of the cars involved, never rivals
of the 40 or the 31; the 40 and the 31 one revision of the same measure; those who would not leave
no count of the displaced; the homes screened no count of homes hit; and the "no injuries" a zero
that nothing disputes.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from stories import findings_of, main_bests, main_event, page_counts

EASTPAL = Path(__file__).resolve().parent / "data" / "eastpal"


@pytest.fixture(scope="module")
def eastpal_report(story_report):
    return story_report(EASTPAL)


def test_one_crash_holds_every_page(eastpal_report):
    event = main_event(eastpal_report)
    assert event["label"].startswith("crash in Millbrook")
    assert len(event["documents"]) == 5
    assert not findings_of(eastpal_report, "conflict", "method")


@pytest.mark.parametrize(
    ("doc", "kind", "value"),
    [
        ("03_release", "vehicles_hazardous", 8),
        ("03_release", "vehicles_released", 4),
        ("04_board", "vehicles_damaged", 9),
    ],
)
def test_cars_told_by_load_or_fate_are_parts_not_the_cars_involved(eastpal_report, doc, kind, value):
    counts = page_counts(eastpal_report, doc)
    assert (kind, value) in counts
    assert ("vehicles", value) not in counts


def test_the_cars_involved_are_one_revision_forty_to_thirty_one(eastpal_report):
    assert main_bests(eastpal_report, "vehicles") == {40, 31}
    (update,) = findings_of(eastpal_report, "update", "vehicles")
    assert "revised down" in update["summary"]
    assert "→" not in update["summary"]  # one step, no series through the parts
    assert not [f for f in eastpal_report["findings"] if f["verdict"] == "conflict" and "vehicles" in f["attribute"]]


def test_people_who_refused_to_leave_are_not_displaced(eastpal_report):
    counts = page_counts(eastpal_report, "02_holdouts")
    assert ("stayed", 301) in counts
    assert not {a for a, _ in counts} & {"displaced", "evacuated"}


def test_homes_screened_are_tested_not_homes_hit(eastpal_report):
    counts = page_counts(eastpal_report, "05_testing")
    assert ("homes_tested", 180) in counts
    assert "flats" not in {a for a, _ in counts}


def test_no_injuries_is_a_zero_nothing_disputes(eastpal_report):
    assert main_bests(eastpal_report, "injured") == {0}
    assert not findings_of(eastpal_report, "conflict", "injured")
    assert not findings_of(eastpal_report, "conflict", "deaths")
