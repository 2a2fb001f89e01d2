"""A gun attack on tourists in a mountain meadow, told by three outlets (``tests/data/pahalgam``,
written for these tests after reading real coverage of such an attack). A fact-checker expects:
the tourists killed counted as the toll, the foreigners only where a page says "foreign tourists";
an earlier attack a page recalls ("took place in March last year, when ...") and the day a festival
is to begin kept away from the story's figures and day; and "a pony handler, one of about 90 who
carry visitors" read as one man described, never a toll of one.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from stories import findings_of, main_bests

MEADOW = Path(__file__).resolve().parent / "data" / "pahalgam"


@pytest.fixture(scope="module")
def meadow_report(story_report):
    return story_report(MEADOW)


def test_tourists_killed_are_the_toll_not_foreigners(meadow_report):
    assert main_bests(meadow_report, "deaths") == {19}
    assert main_bests(meadow_report, "deaths_foreigners") == {2}
    assert findings_of(meadow_report, "agree", "deaths")


def test_an_earlier_attack_recalled_lends_no_figures(meadow_report):
    assert 41 not in main_bests(meadow_report, "injured")
    assert 7 not in main_bests(meadow_report, "deaths")
    assert not findings_of(meadow_report, "conflict", "injured")


def test_the_day_a_festival_is_to_begin_dates_nothing(meadow_report):
    assert not findings_of(meadow_report, "conflict", "date")


def test_one_among_many_is_no_toll_of_one(meadow_report):
    assert 1 not in main_bests(meadow_report, "deaths")
    assert not findings_of(meadow_report, "update", "deaths")
