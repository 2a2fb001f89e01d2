"""A migrant boat that sinks off Merrow, Thalassa, told by three outlets over two weeks
(``tests/data/merrow``, written for these tests after reading how real coverage of such a
shipwreck runs): nine men arrested "of the 104 survivors", a toll that "could exceed 500, or even
approach 600", the coast guard's spokesman denying reports that a patrol boat tried to tow the
boat, survivors accusing "the Thalassan Coast Guard" of towing it, prosecutors charging 16 people.

A fact-checker expects nine arrested (the 104 are those they were drawn from), no reported toll
of 600 (a projection, as the 500 is), the coast guard's denial set against the survivors'
accusation of the same body (one actor, however short its name), and the 16 charged a measure of
their own, never a rise of the arrests from nine.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from stories import findings_of, main_bests

MERROW = Path(__file__).resolve().parent / "data" / "merrow"


@pytest.fixture(scope="module")
def merrow_report(story_report):
    return story_report(MERROW)


def test_the_arrested_are_drawn_from_the_survivors(merrow_report):
    assert main_bests(merrow_report, "arrested") == {9}


def test_a_toll_that_could_approach_600_is_a_projection(merrow_report):
    assert 600 not in main_bests(merrow_report, "deaths")
    assert {500, 600} <= main_bests(merrow_report, "deaths_projected")


def test_the_coast_guard_denies_what_survivors_accuse_it_of(merrow_report):
    (conflict,) = findings_of(merrow_report, "conflict", "perpetrator")
    assert "denied" in conflict["summary"] and "accused" in conflict["summary"]
    assert "Thalassan Coast Guard" in conflict["summary"]


def test_the_charged_are_no_rise_of_the_arrested(merrow_report):
    assert main_bests(merrow_report, "charged") == {16}
    assert not findings_of(merrow_report, "update", "arrested")
