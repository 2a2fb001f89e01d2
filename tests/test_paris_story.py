"""Coordinated attacks on a theatre, a stadium and cafe terraces in one city on one night, told by
three outlets over three days (``tests/data/paris``, written for these tests after reading how real
coverage of such attacks runs): the toll rising from "at least 40" to 112 and 115, the theatre's own
dead told "in an assault on the Orvane theatre", the attackers' deaths broken down elliptically
("nine attackers were killed ..., eight in suicide blasts"), and a record sentence dated by the
story's own day that measures it against a bombing of 2004 "in which 140 people died".

A fact-checker expects one event whose deaths rise 40 -> 112 -> 115 with no dispute: the theatre's
71 is that site's part of the toll, the eight suicide bombers are attackers (never a victims' toll
set against 115), and the 2004 bombing's 140 belongs to that earlier bombing, not to this story.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from stories import findings_of, main_event, timeline_line

PARIS = Path(__file__).resolve().parent / "data" / "paris"


@pytest.fixture(scope="module")
def paris_report(story_report):
    return story_report(PARIS)


def test_one_event_whose_toll_rises_with_no_dispute(paris_report):
    assert len(main_event(paris_report)["documents"]) == 3
    assert not findings_of(paris_report, "conflict", "deaths")
    assert list(dict.fromkeys(timeline_line(paris_report, "deaths", None))) == [40, 112, 115]
    (rise,) = findings_of(paris_report, "update", "deaths")
    assert "[40+]" in rise["summary"] and "[115]" in rise["summary"]


def test_the_theatre_dead_are_that_sites_part(paris_report):
    sited = [c for c in paris_report["claims"] if c["kind"] == "count" and c["value"].get("site") == "Orvane theatre"]
    assert {c["value"]["best"] for c in sited if c["attribute"] == "deaths"} == {71}
    assert timeline_line(paris_report, "deaths", "Orvane theatre") == [71]
    assert 71 not in timeline_line(paris_report, "deaths", None)


@pytest.mark.parametrize("doc", ["2_northpost", "3_ledger"])
def test_suicide_bombers_are_attackers_not_victims(paris_report, doc):
    (eight,) = [c for c in paris_report["claims"] if c["doc"] == doc and c["kind"] == "count" and c["text"] == "eight"]
    assert eight["attribute"] == "deaths_part"
    assert "attackers" in eight["value"]["part_of"].lower()


def test_the_earlier_bombing_is_not_the_story(paris_report):
    main = main_event(paris_report)
    (earlier,) = [c for c in paris_report["claims"] if c["kind"] == "count" and c["value"]["best"] == 140]
    assert earlier["event"] != main["id"]
