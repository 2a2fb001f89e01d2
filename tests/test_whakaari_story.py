"""A volcano that erupts on an island while tour groups walk its crater, told by three outlets over
three days (``tests/data/whakaari``, written for these tests after reading how real coverage of such
an eruption runs): the dead rising from four to seven, the 39 people on the island when it erupted,
the hurt "hit by jets of boiling steam", a blast that "shot a column of ash" into the sky, "14
critically injured survivors" beside the 26 injured.

A fact-checker expects one eruption with no attacker (steam jets are no warplanes, a blast that shot
ash no gunfire), the 39 a count of those present (never the injured, whatever befell them told
after), the critically injured a part of the injured, never a dispute with the 26.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from stories import findings_of, main_bests, main_event

WHAKAARI = Path(__file__).resolve().parent / "data" / "whakaari"


@pytest.fixture(scope="module")
def whakaari_report(story_report):
    return story_report(WHAKAARI)


def test_one_eruption_with_no_attack_and_no_dispute(whakaari_report):
    main = main_event(whakaari_report)
    assert len(main["documents"]) == 3
    assert not findings_of(whakaari_report, "conflict")
    methods = {c["value"]["method"] for c in whakaari_report["claims"] if c["kind"] == "method"}
    assert "eruption" in methods and not methods & {"air_strike", "firearm"}


def test_those_on_the_island_are_present_and_the_toll_rises(whakaari_report):
    assert main_bests(whakaari_report, "people_present") == {39}
    assert 39 not in main_bests(whakaari_report, "injured")
    (rise,) = findings_of(whakaari_report, "update", "deaths")
    assert "[4]" in rise["summary"] and "[7]" in rise["summary"]


def test_the_critically_injured_are_a_part_of_the_injured(whakaari_report):
    assert main_bests(whakaari_report, "critical") == {14}


@pytest.mark.parametrize(
    "sentence, methods",
    [
        # what a volcano throws out: no aircraft, no gun
        ("Several climbers were hit by jets of scalding steam from the vent.", set()),
        ("The explosion shot a plume of ash into the air.", {"explosion"}),
        ("The blast shot a column of smoke over the town.", {"explosion"}),
        # a weapon's own object or "of" phrase keeps it a weapon
        ("Police shot two men near the station.", {"firearm"}),
        ("Warplanes of the coalition struck the market on Tuesday.", {"air_strike"}),
        # an eruption of ash is still an eruption
        ("The eruption of ash and steam closed the airport.", {"eruption"}),
    ],
)
def test_matter_thrown_out_is_no_weapon(parse, rules, sentence, methods):
    from verify.extract.base import SentenceContext
    from verify.extract.methods import extract_methods

    (sent,) = parse(sentence).sents
    assert {m.value["method"] for m in extract_methods(sent, SentenceContext("d", None), rules)} == methods


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "A total of 30 people were on the island when the volcano erupted, leaving five dead.",
            {"people_present": 30, "deaths": 5},
        ),
        ("Twelve hikers were visiting the crater when it erupted.", {"people_present": 12}),
        ("At least 20 tourists were injured when the volcano erupted on Monday.", {"injured": 20}),
        ("Doctors said 9 critically injured patients were in burns units.", {"critical": 9}),
        # a relative clause's "were on duty ... when" leaves the figure's own role alone
        ("Two guards who were on duty at the gate when the fire began are still missing.", {"missing": 2}),
    ],
)
def test_present_and_critical_counts(parse, rules, sentence, expected):
    from verify.extract.base import SentenceContext
    from verify.extract.counts import extract_counts

    (sent,) = parse(sentence).sents
    found = {m.attribute: m.value["best"] for m in extract_counts(sent, SentenceContext("d", None), rules)}
    assert {k: found.get(k) for k in expected} == expected
