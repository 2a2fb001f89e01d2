"""A crush of pilgrims in a valley outside a holy city, told by three outlets over three days
(``tests/data/mina``, written for these tests after reading real coverage of such a crush), and a
crane that fell into the city's great mosque in a storm two weeks before, told by a third: the toll
of the crush rising from 612 to 655, its injured told "as well as the fatalities", and each crush
story recalling the crane's 98 dead as the disaster before ("the second disaster to strike Qaran in
two weeks, after a crane collapsed ...", "Just weeks before the pilgrimage was set to begin, a storm
caused a crane to fall ...").

A fact-checker expects two events: the crush, one event of its three outlets whose toll rises 612 ->
655 with no dispute of its day, and the crane collapse apart from it, its 98 dead never a step of
the crush's toll; and the 790 told beside the fatalities counted as injured, never as dead.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from stories import findings_of, main_event, sentence_counts, timeline_bests

MINA = Path(__file__).resolve().parent / "data" / "mina"


@pytest.fixture(scope="module")
def mina_report(story_report):
    return story_report(MINA)


def test_the_crane_collapse_is_an_event_apart_from_the_crush(mina_report):
    main = main_event(mina_report)
    assert sorted(main["documents"]) == ["2_deserttimes", "3_meridian", "4_pilgrimpost"]
    assert findings_of(mina_report, "conflict") == []
    crane = [e for e in mina_report["events"] if "1_gulfwire" in e["documents"]]
    assert crane and all(e["id"] != main["id"] for e in crane)


def test_the_crush_toll_rises_without_the_cranes_dead(mina_report):
    assert 98 not in timeline_bests(mina_report, "deaths")
    (rise,) = findings_of(mina_report, "update", "deaths")
    assert "[612+]" in rise["summary"] and "[655]" in rise["summary"]
    assert 790 in timeline_bests(mina_report, "injured")
    assert 790 not in timeline_bests(mina_report, "deaths")


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # a phrase setting the dead beside those the verb counts says nothing of them
        ("As well as the fatalities, 934 people were injured.", [("injured", 934)]),
        ("As well as the deaths, 40 people were hurt in the crush.", [("injured", 40)]),
        # a predicative "as" still says what they are
        ("Another 20 people were listed as dead.", [("deaths", 20)]),
    ],
)
def test_a_role_set_beside_is_not_the_counts_own(parse, rules, sentence, expected):
    assert [(a, v["best"]) for a, _, v in sentence_counts(parse, rules, sentence)] == expected
