"""Shootings near a food-aid site, told by three outlets (``tests/data/gazaaid``, written for these
tests after reading real coverage of such a day): one page sets the day's toll beside what the
earlier days of handouts cost ("Prior to Sunday's events, at least five people were reported killed
and over 40 injured during handouts"). A fact-checker expects that tally of earlier days kept apart
from the story's own 27 dead and 140 wounded, never read as a lower toll of the same shooting.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from stories import findings_of, main_bests, main_event

GAZAAID = Path(__file__).resolve().parent / "data" / "gazaaid"


@pytest.fixture(scope="module")
def gazaaid_report(story_report):
    return story_report(GAZAAID)


def test_the_story_is_one_event_of_three_pages(gazaaid_report):
    assert len(main_event(gazaaid_report)["documents"]) == 3


def test_the_earlier_days_tally_is_no_figure_of_the_days_shooting(gazaaid_report):
    assert 5 not in main_bests(gazaaid_report, "deaths")
    assert 40 not in main_bests(gazaaid_report, "injured") and 41 not in main_bests(gazaaid_report, "injured")
    assert 27 in main_bests(gazaaid_report, "deaths")


def test_the_days_toll_is_not_disputed(gazaaid_report):
    assert findings_of(gazaaid_report, "conflict", "deaths") == []
    assert findings_of(gazaaid_report, "conflict", "injured") == []


def test_what_a_bodys_own_teams_handled_is_a_share_of_the_toll(gazaaid_report):
    # "its medical teams had recovered 20 bodies and treated another 15 injured": the Crescent's
    # own share, never a lower count of the 140 wounded
    assert 15 not in main_bests(gazaaid_report, "injured")


def test_the_hurt_at_a_separate_site_are_another_happenings(gazaaid_report):
    # "12 more people were injured near a separate site in northern Tarsel": another site's toll
    assert 12 not in main_bests(gazaaid_report, "injured")


def test_the_seriously_hurt_are_no_count_of_the_hurt(gazaaid_report):
    # "more than 150 casualties had reached hospitals, including dozens with serious injuries"
    assert 24 not in main_bests(gazaaid_report, "injured")
