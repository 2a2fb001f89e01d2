"""A highland landslide told by five outlets over a week (``tests/data/enga``, written for these tests):
local officials first fear more than 80 dead; a UN agency raises its estimate; the government's
disaster office says the slide "buried more than 1,500 people alive", and the same page gives the UN
agency's lower estimate "however"; bodies are recovered a few at a time (4, 5, 8); a later page says
"hundreds more are feared dead" beside the bodies found and calls the government's figure "about three
times higher" than the UN's.

A fact-checker expects the people buried alive to be the government's estimate of the dead (feared,
not counted), set against the UN agency's estimate as one disagreement between the two bodies; the
bodies recovered a timeline of their own, never a toll; the feared hundreds a fear of the dead, not
bodies; and "three times" no figure at all.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from stories import event_claims, findings_of, main_event, page_counts, timeline_line

ENGA = Path(__file__).resolve().parent / "data" / "enga"


@pytest.fixture(scope="module")
def enga_report(story_report):
    return story_report(ENGA)


def test_one_landslide_holds_every_page(enga_report):
    event = main_event(enga_report)
    assert event["label"].startswith("landslide in Kundali")
    assert len(event["documents"]) == 5


def test_people_buried_alive_are_the_feared_dead_of_the_government(enga_report):
    buried = [
        c
        for c in event_claims(enga_report, main_event(enga_report))
        if c["doc"] == "03_government_letter" and c["attribute"] == "deaths" and c["value"]["best"] == 1501
    ]
    assert buried
    assert {c["value"]["status"] for c in buried} == {"presumed"}
    assert any("Disaster Office" in (c["cited_source"] or "") for c in buried)


def test_the_two_estimates_are_one_disagreement_between_the_bodies(enga_report):
    (conflict,) = findings_of(enga_report, "conflict", "deaths")
    assert "1,500" in conflict["summary"] and "420" in conflict["summary"]
    assert "National Disaster Office" in conflict["summary"]
    assert "UN migration agency" in conflict["summary"]


def test_bodies_recovered_rise_on_their_own_and_dispute_no_toll(enga_report):
    assert list(dict.fromkeys(timeline_line(enga_report, "bodies_recovered", None))) == [4, 5, 8]
    assert not findings_of(enga_report, "conflict", "bodies_recovered")


def test_hundreds_feared_beside_bodies_found_are_feared_dead(enga_report):
    counts = page_counts(enga_report, "04_doubts")
    assert ("deaths", 200) in counts
    assert ("bodies_recovered", 200) not in counts
    assert ("bodies_recovered", 5) in counts


def test_a_ratio_of_two_tolls_is_no_figure(enga_report):
    counts = page_counts(enga_report, "04_doubts")
    assert not any(best == 3 for _, best in counts)
