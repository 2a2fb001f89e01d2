"""Gunmen storm a concert hall outside a capital, shoot into the crowd and set the hall on fire; its
roof falls in; a group claims the attack; the toll rises over five days. Six outlets
(``tests/data/crocus``, written for these tests after reading how real coverage of such an attack
runs): a flash, a wire piece with a paragraph on the country's earlier attacks, an agency's claim
story with an aside on a plot foiled earlier in the month, a broadcaster's update, a weekly's
update, and a photo caption run into its story.

The Lumen Hall in Dalby, outside Norvik, is attacked on the evening of Friday 9 May 2025. The dead
rise 30 -> more than 50 -> at least 95 -> at least 112 -> 117 -> 121; the injured more than 90 ->
120 -> more than 130 ("with many still in critical condition": the many, not the 130). Background:
a hostage siege in October 2009 (101 hostages and 30 militants died), a plane brought down in May
2016 (180 aboard), five alleged militants killed elsewhere earlier in the month.

A fact-checker expects one event of all six pages with a toll that only rises, none of the
background's dead among its figures, no dispute over how it was done (guns, a petrol bomb, a fire
set, a roof that fell in: one attack), and no dispute over its day from a photo's date.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from stories import event_claims, findings_of, main_bests, main_event, timeline_line

CROCUS = Path(__file__).resolve().parent / "data" / "crocus"


@pytest.fixture(scope="module")
def crocus_report(story_report):
    return story_report(CROCUS)


def test_one_event_whose_toll_only_rises(crocus_report):
    main = main_event(crocus_report)
    assert len(main["documents"]) == 6 and main["date"] == "2025-05-09"
    # "At least 121 fatalities have been confirmed from the shooting at the Lumen Hall near Norvik on
    # Friday": Friday is the shooting's day, not the day 121 was said (no fall to 117 after it)
    line = timeline_line(crocus_report, "deaths", None)
    assert [v for v in line if v != 131] == [30, 51, 95, 112, 117, 121, 121]
    assert not [
        f for f in findings_of(crocus_report, "conflict", "deaths") if "“At least 121 fatalities”" in f["summary"]
    ]


def test_the_aside_s_dead_are_no_figures_of_the_attack(crocus_report):
    deaths = main_bests(crocus_report, "deaths")
    # "In May 2016, a bomb hidden by rebels brought down a charter plane ..., killing all 180"
    assert 180 not in deaths
    # "Earlier this month, ... foiled an attack ... Officials also said that five alleged members of the
    # cell were killed in Dorsk": the aside that opens on another time goes on in the next sentence
    assert 5 not in deaths


@pytest.mark.xfail(
    strict=True,
    reason="'In October 2009, militants took about 600 people hostage ... In the fight, 101 hostages and 30 "
    "militants died': the opening month names no harm, so no background segment starts and the 131 joins "
    "the story; starting one on any sentence opened by a month long gone broke the jailbreak and poison stories",
)
def test_the_background_paragraph_s_dead_are_no_figures_of_the_attack(crocus_report):
    assert 131 not in main_bests(crocus_report, "deaths")


def test_many_in_critical_condition_are_not_the_injured_total(crocus_report):
    main = event_claims(crocus_report, main_event(crocus_report))
    critical = [c["value"]["best"] for c in main if c["kind"] == "count" and c["attribute"] == "critical"]
    assert 131 not in critical
    assert timeline_line(crocus_report, "injured", None)[-1] == 131


def test_a_fallen_roof_and_a_fire_set_are_the_attack_s_doing(crocus_report):
    # "The roof of the hall collapsed due to the fire"; "the building was set on fire"
    disputes = [f["summary"] for f in findings_of(crocus_report, "conflict", "method")]
    assert not [s for s in disputes if "(collapse)" in s or "(arson)" in s], disputes
    methods = {
        c["value"]["method"] for c in event_claims(crocus_report, main_event(crocus_report)) if c["kind"] == "method"
    }
    assert {"firearm", "collapse", "arson"} <= methods


@pytest.mark.xfail(
    strict=True,
    reason="'opened fire and threw a petrol bomb': guns and a firebomb told together in one sentence are "
    "rivals in the taxonomy (firearm vs explosive); reading methods one sentence joins as parts of one "
    "attack also silenced real disputes told in one sentence (al-Ahli's, Beirut's), so it was dropped",
)
def test_guns_and_a_petrol_bomb_told_together_are_one_attack(crocus_report):
    assert not findings_of(crocus_report, "conflict", "method")


def test_a_still_image_s_date_is_a_caption_s(crocus_report):
    # "A still image taken from a handout video ... following a shooting attack in Dalby, ..., 10 May 2025."
    (caption,) = [c for c in crocus_report["claims"] if c["kind"] == "time" and c["text"] == "10 May 2025"]
    assert caption["value"]["role"] == "caption"
    assert not findings_of(crocus_report, "conflict", "date")
