"""Two mass shootings two days apart, told by six outlets (``tests/data/belgrade``, written for
these tests after reading real coverage of such a pair): a pupil kills eight children and a guard
at a school in the capital on a Wednesday; the next night a gunman kills eight in two villages to
the south. Pages that lead with the school tell the village shooting beside it ("A day later, a
21-year-old man killed eight"), pages that lead with the villages tell the school beside theirs
("less than 48 hours after a 13-year-old pupil shot dead eight children"), and the villages' leads
call their story "the second mass shooting" or "another violent attack". A fact-checker expects
each page's lead in its own story, the other shooting kept out of it, and "opening fire" or "an
exchange of fire" read as shooting, never as a blaze.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from stories import event_claims, main_event

BELGRADE = Path(__file__).resolve().parent / "data" / "belgrade"


@pytest.fixture(scope="module")
def belgrade_report(story_report):
    return story_report(BELGRADE)


def _event_of(report: dict, doc: str, words: str) -> str | None:
    """The event of the count claim of ``doc`` written as ``words``."""
    (claim,) = [c for c in report["claims"] if c["doc"] == doc and c["kind"] == "count" and c["text"] == words]
    return claim["event"]


def test_the_other_shooting_told_a_day_later_stays_out_of_the_school_story(belgrade_report):
    school = main_event(belgrade_report)
    assert {"01_wire", "05_times", "06_courier"} <= set(school["documents"])
    told = [
        (c["doc"], c["text"])
        for c in event_claims(belgrade_report, school)
        if c["kind"] == "count" and c["doc"] in {"05_times", "06_courier"}
    ]
    # "Just a day later, a 21-year-old man killed eight and wounded 14 others": the villages' toll
    assert ("05_times", "14 others") not in told and ("06_courier", "14 people") not in told
    assert _event_of(belgrade_report, "05_times", "14 others") != school["id"]


def test_a_lead_calling_its_story_another_attack_is_not_the_school_shooting(belgrade_report):
    school = main_event(belgrade_report)["id"]
    # "Police arrested a 21-year-old man on Friday after another violent attack that left eight
    # people dead and 14 wounded": the page's own story, told as following the school's
    assert _event_of(belgrade_report, "04_globe", "eight people") not in {None, school}


def test_the_school_told_less_than_two_days_before_is_cut_from_the_villages_lead(belgrade_report):
    # (a guard: it holds on the code before this landing too)
    # "The mass shooting came less than 48 hours after a 13-year-old pupil shot dead eight children
    # and a guard": the school's toll, not the villages' story
    villages = _event_of(belgrade_report, "03_post", "eight people")
    school = _event_of(belgrade_report, "03_post", "eight children and a guard")
    assert villages is not None and school != villages


def test_opening_fire_and_an_exchange_of_fire_are_no_blaze(belgrade_report):
    methods = {(c["doc"], c["value"]["method"]) for c in belgrade_report["claims"] if c["kind"] == "method"}
    assert ("02_daily", "fire") not in methods and ("03_post", "fire") not in methods
    assert ("02_daily", "firearm") in methods
