"""A suicide bombing at an airport gate where crowds wait for evacuation flights, told by four
outlets over four days (``tests/data/kabul``, written for these tests after reading how real
coverage of such an attack runs): the toll rising from 60 to 170, 150 wounded beside "the 18
Norland service members wounded", then a drone strike "in reprisal for the airport bombing a day
earlier that killed 170 people" in another province, and two days after it a drone strike on a
house in the city that killed ten civilians.

A fact-checker expects the bombing as one event of the two reports that tell it, its toll rising
(60, then 170), the wounded soldiers a part of the wounded and never a dispute with the 150; the
reprisal and the later drone strike each an event of its own, their dead never the bombing's, nor
its day or method set against the bombing's.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from stories import event_claims, findings_of, main_bests, main_event, sentence_counts

KABUL = Path(__file__).resolve().parent / "data" / "kabul"


@pytest.fixture(scope="module")
def kabul_report(story_report):
    return story_report(KABUL)


def test_the_bombing_is_one_event_and_the_drone_strikes_are_others(kabul_report):
    main = main_event(kabul_report)
    assert set(main["documents"]) == {"1_meridian", "2_courier"}
    methods = {c["value"]["method"] for c in event_claims(kabul_report, main) if c["kind"] == "method"}
    assert "suicide_bombing" in methods and "air_strike" not in methods
    assert 10 not in main_bests(kabul_report, "deaths") and 2 not in main_bests(kabul_report, "deaths")
    strikes = [e for e in kabul_report["events"] if e["documents"] in (["3_ledger"], ["4_bulletin"])]
    by_doc = {d: e["id"] for e in strikes for d in e["documents"] if e["label"].startswith("air strike")}
    assert set(by_doc) == {"3_ledger", "4_bulletin"} and len(set(by_doc.values())) == 2
    assert not findings_of(kabul_report, "conflict")


def test_the_toll_rises_and_the_wounded_soldiers_are_a_part(kabul_report):
    (rise,) = findings_of(kabul_report, "update", "deaths")
    assert "[60+]" in rise["summary"] and "[170]" in rise["summary"]
    injured = {
        (c["value"]["best"], c["value"].get("group"))
        for c in event_claims(kabul_report, main_event(kabul_report))
        if c["attribute"] == "injured"
    }
    assert injured == {(150, None), (18, "responders")}


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # a nation's service members are service members, a group apart from the crowd
        ("The 18 US service members wounded in the bombing were flown to Germany.", [("injured", "responders")]),
        ("Two Danish service members were killed in the blast.", [("deaths", "responders")]),
        # the people of a nation alone stay that nation's
        ("Two Danish citizens were killed in the blast.", [("deaths", "danish")]),
        ("Nine people were wounded.", [("injured", None)]),
    ],
)
def test_a_group_is_read_from_the_last_words_of_its_noun(parse, rules, sentence, expected):
    assert [(a, v.get("group")) for a, _, v in sentence_counts(parse, rules, sentence)] == expected
