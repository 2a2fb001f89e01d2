"""A diverted airliner that crashed, told by five outlets over four days (``tests/data/aktau``,
written for these tests after reading real coverage of such a crash): the airline and the aviation
agency first speak of a bird strike; an official, then the president of the airline's country,
say a neighbour's air defence shot the jet down; that neighbour's palace says its air defences
were firing "due to" a third country's drone strike, and a page speaks of air defence that "may
have accidentally caused" the crash. A fact-checker expects the bird strike set against the
shooting down as the one stated disagreement; the drone strike the defences answered no method
nor blame of the crash, and an attack not meant no accident set against the attack; one outlet's
distance in kilometres and miles, another's in kilometres, one number and no rise.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from stories import event_claims, findings_of, main_event

AKTAU = Path(__file__).resolve().parent / "data" / "aktau"


@pytest.fixture(scope="module")
def aktau_report(story_report):
    return story_report(AKTAU)


def test_the_bird_strike_against_the_shooting_down_is_the_one_disagreement(aktau_report):
    assert sorted(main_event(aktau_report)["documents"]) == ["01_wire", "02_daily", "03_courier", "04_globe", "05_post"]
    (dispute,) = findings_of(aktau_report, "conflict", "method")
    # (the jet shot down is the target: a shoot-down, a rival of the bird strike as any attack is)
    assert "(bird strike)" in dispute["summary"] and "(shoot down)" in dispute["summary"]
    assert not findings_of(aktau_report, "conflict", "cause")


def test_the_strike_the_defences_answered_is_no_method_nor_blame(aktau_report):
    claims = event_claims(aktau_report, main_event(aktau_report))
    methods = {c["value"]["method"] for c in claims if c["kind"] == "method"}
    assert {"bird_strike", "interception"} <= methods
    # "firing due to a Vessarian drone strike": why the defences fired; "accidentally caused": not meant
    assert not {"air_strike", "accident"} & methods
    assert not findings_of(aktau_report, "conflict", "perpetrator")
    actors = {
        c["value"]["actor"] for c in claims if c["kind"] == "attribution" and c["value"]["stance"] != "context_only"
    }
    assert not any("Vessari" in a for a in actors)


def test_one_distance_told_in_two_units_is_no_revision(aktau_report):
    # "about three kilometres (1.8 miles)" beside "approximately 3 kilometres" the same day: the
    # miles, converted, hold the 3 km (1.8 miles is 2.9 km, rounded): one number, no rise
    distance = [f for f in aktau_report["findings"] if f["attribute"].startswith("km_from_")]
    assert [f["verdict"] for f in distance] == ["compatible"]
    assert "give one number" in distance[0]["summary"]
