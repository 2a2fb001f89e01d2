"""A siege of a shopping centre by an armed group, told by four outlets over five days
(``tests/data/westgate``, written for these tests after reading how real coverage of such a siege
runs): the toll rising from 31 to 54 to 62, the group's claim of the attack, the president's word
that the attackers "had been killed by security forces' gunfire", the attack "by Islamist gunmen",
and a later page measuring the attack against "the 1996 truck bombing of the U.S. embassy, which
killed more than 200 people".

A fact-checker expects one siege whose toll rises 31 -> 54 -> 62 and never to the earlier bombing's
200; the security forces who shot the attackers no perpetrator set against the group that claimed
it; "Islamist gunmen" the claiming group told less precisely, never a dispute with it.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from stories import findings_of, main_event, timeline_bests

WESTGATE = Path(__file__).resolve().parent / "data" / "westgate"


@pytest.fixture(scope="module")
def westgate_report(story_report):
    return story_report(WESTGATE)


def test_the_toll_rises_and_never_to_the_earlier_bombing_s(westgate_report):
    main = main_event(westgate_report)
    assert len(main["documents"]) >= 3
    assert timeline_bests(westgate_report, "deaths") == {31, 54, 62}
    (rise,) = findings_of(westgate_report, "update", "deaths")
    assert "[31+]" in rise["summary"] and "[62]" in rise["summary"] and "201" not in rise["summary"]


def test_who_shot_the_attackers_is_no_perpetrator(westgate_report):
    actors = {c["value"]["actor"] for c in westgate_report["claims"] if c["kind"] == "attribution"}
    assert "the security forces" not in actors
    assert "Harqa Brigade" in actors


def test_a_creed_s_word_does_not_dispute_the_group_s_claim(westgate_report):
    assert not findings_of(westgate_report, "conflict", "perpetrator")
    (told,) = findings_of(westgate_report, "compatible", "perpetrator")
    assert "Islamist" in told["summary"]
