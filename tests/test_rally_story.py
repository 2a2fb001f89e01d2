"""A suicide bombing at an election rally, told by three outlets over three days
(``tests/data/rally``, written for these tests after reading real coverage of such an attack).

On Sunday 14 September 2025 a bomber struck a rally in Darvesh: 31 dead and "over 150 seriously
wounded" on the day; 48 dead "while 97 are still under treatment" on the Monday, nearly 160
wounded; 52 dead on the Tuesday, "some 80 people who were hurt in the blast are being treated".

A fact-checker expects the toll's rise 31 -> 48 -> 52; those still in care a count of their own
that falls as they go home (97 -> some 80), never a toll of the wounded set against "nearly 160";
the hurt a clause names being treated some of the hurt; "left at least 31 people dead and over 150
seriously wounded" two figures, the 150 wounded, though the parse joins "150" to "dead".
"""

from __future__ import annotations

from pathlib import Path

import pytest
from stories import findings_of, page_counts

RALLY = Path(__file__).resolve().parent / "data" / "rally"


@pytest.fixture(scope="module")
def rally_report(story_report):
    return story_report(RALLY)


def test_the_toll_rises(rally_report):
    (deaths,) = findings_of(rally_report, "update", "deaths")
    assert deaths["summary"].endswith("31 → 48 → 52.")


def test_over_150_seriously_wounded_are_wounded_though_parsed_beside_the_dead(rally_report):
    assert {("deaths", 31), ("injured", 151)} <= page_counts(rally_report, "1_wire")
    assert ("deaths", 151) not in page_counts(rally_report, "1_wire")


def test_those_still_under_treatment_are_in_hospital_not_the_dead(rally_report):
    assert page_counts(rally_report, "2_daily") == {("deaths", 48), ("hospitalised", 97), ("injured", 159)}


def test_the_hurt_being_treated_are_some_of_the_hurt(rally_report):
    assert ("injured_part", 80) in page_counts(rally_report, "3_intl")


def test_no_wounded_toll_is_set_against_those_in_care(rally_report):
    assert not findings_of(rally_report, "conflict")
