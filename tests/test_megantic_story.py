"""A runaway oil train that derailed and exploded in a lakeside town, told by four outlets over two
weeks (``tests/data/megantic``, written for these tests after the Lac-Mégantic disaster): one
victim found late on Saturday, four bodies by Sunday ("two found overnight and another two on
Sunday morning"), a toll of four, then 26 believed dead or missing where investigators "had
previously said" about 30; flames that "shot" into the air; tank cars "still burning on Sunday".

A fact-checker expects one accident: no shooting among its methods (flames shooting into the air
are fire, not gunfire), no second day set against Saturday (cars still burning on Sunday is the
fire going on, not the day it began), the bodies found a rising series (one on Saturday, as police
said late that day, then four), the batch found overnight no total set against four, and the
earlier "about 30" dead or missing an earlier figure, never a rise from 26.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from stories import findings_of, main_event

MEGANTIC = Path(__file__).resolve().parent / "data" / "megantic"


@pytest.fixture(scope="module")
def megantic_report(story_report):
    return story_report(MEGANTIC)


def _claims(report, kind, attribute=None):
    event = main_event(report)["id"]
    return [
        c
        for c in report["claims"]
        if c["event"] == event and c["kind"] == kind and (attribute is None or c["attribute"] == attribute)
    ]


def test_one_accident_with_no_gunfire_and_no_second_day(megantic_report):
    assert len(main_event(megantic_report)["documents"]) == 4
    assert not findings_of(megantic_report, "conflict")
    assert not [c for c in _claims(megantic_report, "method") if c["text"].lower() == "shot"]
    sunday = [c for c in _claims(megantic_report, "time", "date") if "still burning" in c["sentence"]]
    assert [c["value"]["role"] for c in sunday] == ["after"]


def test_the_bodies_found_rise_from_one_on_saturday_to_four(megantic_report):
    (series,) = findings_of(megantic_report, "update", "bodies_recovered")
    assert "“one victim” [1]" in series["summary"] and "“Four bodies” [4]" in series["summary"]
    overnight = [c for c in _claims(megantic_report, "count") if c["text"] == "Two bodies"]
    assert [c["attribute"] for c in overnight] == ["bodies_recovered_increment"]


def test_the_dead_or_missing_said_before_is_an_earlier_figure(megantic_report):
    (before,) = _claims(megantic_report, "count", "dead_or_missing")
    assert before["value"]["best"] == 30 and before["value"]["status"] == "earlier"
    assert not findings_of(megantic_report, "update", "dead_or_missing")
