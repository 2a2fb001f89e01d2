"""A school ferry that sank, told by four outlets over four months (``tests/data/sewol``, written
for these tests): the dead rising 3 -> 12 -> 96 -> 248 as divers recover bodies while the missing
fall, the 402 aboard (280 pupils, 20 teachers) given as the whole of "Of the 402 people on board,
96 ... died and 150 were rescued", a missing count set off by an aside between dashes ("240—mostly
pupils from the Orla Secondary School—still missing"), the foreseen final toll, two rescue divers
killed in the recovery, and a last article recalling "a sinking earlier this year".

A fact-checker expects one shipwreck; the toll's rise and the missing's fall as revisions, never
conflicts; the people aboard as people present, never dead nor rescued; the 240 as missing, never
dead; "the expected final death toll of around 250" as a projection; the divers' deaths apart from
the toll of those aboard; the late article's 248 as the toll's last step.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from stories import findings_of

SEWOL = Path(__file__).resolve().parent / "data" / "sewol"


@pytest.fixture(scope="module")
def sewol_report(story_report):
    return story_report(SEWOL)


def _counts(report, attribute):
    return {(c["doc"], c["text"]) for c in report["claims"] if c["kind"] == "count" and c["attribute"] == attribute}


def test_one_shipwreck_told_by_all_four(sewol_report):
    (event,) = sewol_report["events"]
    assert event["documents"] == ["1_wire", "2_daily", "3_post", "4_review"]


def test_the_dead_rise_to_the_late_toll_and_the_missing_fall(sewol_report):
    (deaths,) = findings_of(sewol_report, "update", "deaths")
    assert deaths["summary"].endswith("3 → 12 → 96 → 248.")
    (missing,) = findings_of(sewol_report, "update", "missing")
    assert missing["summary"].endswith("240 → 156 → 4.")
    assert not findings_of(sewol_report, "conflict")


def test_those_on_board_are_people_present_never_dead_nor_rescued(sewol_report):
    assert _counts(sewol_report, "people_present") == {
        ("1_wire", "402 people"),
        ("2_daily", "402 people"),
        ("3_post", "402 people"),
    }
    assert ("3_post", "96") in _counts(sewol_report, "deaths")
    assert ("3_post", "150") in _counts(sewol_report, "rescued")
    assert not findings_of(sewol_report, "update", "rescued")


def test_the_missing_behind_an_aside_are_missing_never_dead(sewol_report):
    assert ("2_daily", "240") in _counts(sewol_report, "missing")
    assert ("2_daily", "240") not in _counts(sewol_report, "deaths")


def test_the_foreseen_toll_is_a_projection(sewol_report):
    assert _counts(sewol_report, "deaths_projected") == {("3_post", "around 250")}


def test_the_rescue_divers_are_counted_apart_from_the_toll(sewol_report):
    (divers,) = findings_of(sewol_report, "uncorroborated", "deaths_responders")
    assert "two rescue divers" in divers["summary"]
    assert not any("rescue divers" in f["summary"] for f in findings_of(sewol_report, "update", "deaths"))
