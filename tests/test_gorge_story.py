"""A bus that fell into a gorge, told by three outlets (``tests/data/gorge``, written for these
tests after reading real coverage of such a crash): the pages name no happening a method word
tells ("skidded off a mountain road", "plunged into a gorge"), only causes ("negligent driving
and overloading"). A fact-checker expects the event labelled as the accident it was, never as
its cause, and the toll's rise 15 -> 22 -> 31 told in that order, though the first figure came
from a page stamped to the minute (20:00) and the second from one dated only by the day.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from stories import findings_of, main_event

GORGE = Path(__file__).resolve().parent / "data" / "gorge"


@pytest.fixture(scope="module")
def gorge_report(story_report):
    return story_report(GORGE)


def test_an_event_told_only_by_its_causes_is_an_accident(gorge_report):
    assert len(gorge_report["events"]) == 1
    label = main_event(gorge_report)["label"]
    assert label.startswith("accident ") and "negligence" not in label


def test_the_toll_rises_in_the_order_it_was_read(gorge_report):
    (deaths,) = findings_of(gorge_report, "update", "deaths")
    assert [s["label"] for s in deaths["sides"]] == ["15+", "22+", "31"]
    assert deaths["summary"].endswith(": 15 → 22 → 31.")
