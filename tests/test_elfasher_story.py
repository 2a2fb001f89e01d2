"""One maternity hospital attacked twice, months apart (``tests/data/elfasher``, written for these
tests after reading real coverage of such attacks): a drone strike in March, then gunmen killing
patients after the city fell in September. A fact-checker expects two events, each with its own
toll, and nothing else taken for them: the U.N.'s count of the siege "reported in January" is no
figure of a strike in March; "the attack on the hospital, which local officials blamed on the
Sahel Guard" accuses the Sahel Guard, never the hospital; and "Four doctors, a nurse and a
pharmacist were also abducted" counts six, the six another page gives, no rise from four.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from stories import event_claims, findings_of, timeline_bests

ELFASHER = Path(__file__).resolve().parent / "data" / "elfasher"


@pytest.fixture(scope="module")
def elfasher_report(story_report):
    return story_report(ELFASHER)


def _event_on(report: dict, month: str) -> dict:
    (event,) = [e for e in report["events"] if (e.get("date") or "").startswith(month)]
    return event


def test_two_attacks_on_one_hospital_stay_two_events(elfasher_report):
    assert _event_on(elfasher_report, "2025-03")["id"] != _event_on(elfasher_report, "2025-09")["id"]


def test_a_count_said_before_the_strike_is_no_toll_of_it(elfasher_report):
    assert not findings_of(elfasher_report, "conflict", "deaths")
    assert not findings_of(elfasher_report, "conflict", "injured")
    assert timeline_bests(elfasher_report, "deaths") == {38}
    assert timeline_bests(elfasher_report, "injured") == {12}


def test_the_hospital_blamed_on_a_group_is_not_the_accused(elfasher_report):
    strike = _event_on(elfasher_report, "2025-03")
    accused = {
        c["value"].get("actor") for c in event_claims(elfasher_report, strike) if c["attribute"] == "perpetrator"
    }
    assert accused == {"Sahel Guard"}
    assert not findings_of(elfasher_report, "uncorroborated", "perpetrator")


def test_a_list_of_the_abducted_counts_every_member(elfasher_report):
    assert not findings_of(elfasher_report, "update", "abducted")
    killing = _event_on(elfasher_report, "2025-09")
    abducted = [c for c in event_claims(elfasher_report, killing) if c["attribute"] == "abducted"]
    assert sorted(c["value"]["best"] for c in abducted) == [6, 6]
