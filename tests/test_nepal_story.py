"""Police fire on a youth protest, told by five outlets over two days (``tests/data/nepal``,
written for these tests after reading real coverage of such a crackdown): the dead are counted
hospital by hospital as the day goes on ("at least three protesters died while receiving treatment
at the Central Trauma Hospital", "two more deaths were reported at St Ana Hospital", "eight people
died at the Central Trauma Hospital"), then town by town ("18 people died in Dorvana alone", "in
Kelmar district, three ... bringing the nationwide death toll to 21"; "18 ... in Dorvana, while
three others died in Kelmar district"); the protests "erupted" after a ban, and a day later "an
eruption of police gunfire" is recalled.

A fact-checker expects one toll of 21, agreed by every outlet: no hospital's dead and no town's
share set against it as a rival toll or a step of it, and no volcano set against the shooting.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from stories import event_claims, findings_of, main_event, timeline_bests

NEPAL = Path(__file__).resolve().parent / "data" / "nepal"


@pytest.fixture(scope="module")
def nepal_report(story_report):
    return story_report(NEPAL)


def test_hospital_and_town_shares_are_no_rival_tolls(nepal_report):
    assert not findings_of(nepal_report, "conflict", "deaths")
    assert not findings_of(nepal_report, "update", "deaths")
    bests = timeline_bests(nepal_report, "deaths")
    assert 21 in bests
    assert not bests & {2, 3, 8, 9, 18}


def test_one_hospitals_dead_are_a_part_of_the_toll(nepal_report):
    shares = {
        c["value"]["best"]
        for c in event_claims(nepal_report, main_event(nepal_report))
        if c["kind"] == "count" and c["attribute"] == "deaths_part" and "Hospital" in c["sentence"]
    }
    assert shares >= {2, 3, 8}


def test_the_nationwide_toll_is_no_towns(nepal_report):
    (toll,) = [
        c for c in nepal_report["claims"] if c["doc"] == "2_courier" and c["kind"] == "count" and c["text"] == "21"
    ]
    assert toll["value"].get("where") is None
    assert toll["value"].get("area") == "the whole country"


def test_protests_that_erupted_are_no_eruption(nepal_report):
    assert not findings_of(nepal_report, "conflict", "method")
    methods = [c for c in event_claims(nepal_report, main_event(nepal_report)) if c["kind"] == "method"]
    assert methods and not [c for c in methods if "erupt" in c["text"].lower()]
