"""A coach of pilgrims that hit a fuel truck and burned, told by three outlets
(``tests/data/medinabus``, written for these tests after reading real coverage of such a crash):
the pages count the pilgrims three ways besides the dead: the group that set out ("a total of 36
pilgrims had left for Serat", split by tour operator "12 from one and 24 from another"), and those
aboard ("thirty-two continued by coach, and 31 of them died", "a total of 32 pilgrims were
travelling in the coach"). A fact-checker expects the toll to be 30 and 31 alone, those aboard
counted as people present, and the travelling group neither.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from stories import findings_of, main_bests, page_counts

MEDINABUS = Path(__file__).resolve().parent / "data" / "medinabus"


@pytest.fixture(scope="module")
def medinabus_report(story_report):
    return story_report(MEDINABUS)


def test_the_toll_is_only_the_dead(medinabus_report):
    assert main_bests(medinabus_report, "deaths") == {30, 31}
    (rise,) = findings_of(medinabus_report, "update", "deaths")
    assert [s["label"] for s in rise["sides"]] == ["30", "31+"]


def test_those_riding_the_coach_are_the_people_present(medinabus_report):
    assert ("people_present", 32) in page_counts(medinabus_report, "1_post")
    assert ("people_present", 32) in page_counts(medinabus_report, "3_herald")


def test_the_group_that_set_out_is_no_toll(medinabus_report):
    counts = page_counts(medinabus_report, "2_daily")
    assert ("travel_party", 36) in counts
    # the two operators' groups are parts of the 36, both of them, not only the first named
    assert {n for a, n in counts if a.startswith("travel_party")} == {36, 12, 24}
    assert not {n for a, n in counts if a.startswith("deaths") and n in (12, 24, 36)}
