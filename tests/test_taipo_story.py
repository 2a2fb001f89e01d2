"""A fire through a housing estate under renovation, told by three outlets over four days
(``tests/data/taipo``, written for these tests after reading real coverage of such a fire). A
fact-checker expects the toll's rise 38 -> 97 -> 121 and the fall of the missing 210 -> 150 -> 40,
with none of the figures told beside them taken for a step: the dead at the scene and those who
died in hospital (parts of the first toll), "an additional 24 bodies" (a batch, not a toll), the
residents "previously reported missing" whose safety police confirmed (no count of the missing),
the dead whose identities "have yet to be confirmed" (the unidentified) and a relief fund's
"HK$450 million" (money, no people). A relative who "broke down in tears" on the day after gives
no day of the fire.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from stories import event_claims, findings_of, main_bests, main_event, timeline_bests

TAIPO = Path(__file__).resolve().parent / "data" / "taipo"


@pytest.fixture(scope="module")
def taipo_report(story_report):
    return story_report(TAIPO)


def test_the_toll_rises_through_its_reported_totals_only(taipo_report):
    (deaths,) = findings_of(taipo_report, "update", "deaths")
    assert deaths["summary"].endswith(": 38 → 97 → 121.")
    assert timeline_bests(taipo_report, "deaths") == {38, 97, 121}
    assert not findings_of(taipo_report, "conflict", "deaths")


def test_the_dead_at_the_scene_and_in_hospital_are_parts_of_the_first_toll(taipo_report):
    assert main_bests(taipo_report, "scene_deaths") == {35}
    assert main_bests(taipo_report, "hospital_deaths") == {3}


def test_an_additional_batch_of_bodies_is_an_increment(taipo_report):
    claims = event_claims(taipo_report, main_event(taipo_report))
    batch = [c for c in claims if c["text"] == "24 bodies"]
    assert [c["value"]["status"] for c in batch] == ["increment"]
    assert batch[0]["attribute"].endswith("_increment")


def test_residents_confirmed_safe_are_no_count_of_the_missing(taipo_report):
    (missing,) = findings_of(taipo_report, "update", "missing")
    assert [s["label"] for s in missing["sides"]][0] == "210"
    assert missing["summary"].endswith(": 210 → 150 → 40.")
    assert main_bests(taipo_report, "found_safe") == {96}
    assert 96 not in main_bests(taipo_report, "missing")


def test_identities_yet_to_be_confirmed_are_the_unidentified(taipo_report):
    assert not main_bests(taipo_report, "identified")
    claims = event_claims(taipo_report, main_event(taipo_report))
    assert any(c["attribute"].startswith("unidentified") and c["value"]["best"] == 52 for c in claims)


def test_a_fund_in_hong_kong_dollars_is_money_not_people(taipo_report):
    assert main_bests(taipo_report, "aid_hkd_million") == {300, 450}
    assert all(best < 1000 for best in main_bests(taipo_report, "deaths"))


def test_a_relative_breaking_down_the_next_day_gives_no_day_of_the_fire(taipo_report):
    assert not findings_of(taipo_report, "conflict", "date")
