"""A cable tram that derailed and crashed into a house, told by three outlets
(``tests/data/funicular``, written for these tests after reading real coverage of such a crash):
one page gives the ages of the injured as a span ("range in age from 19 to 72"), two give what
the tram can take ("can carry more than 30 people", "could hold up to 34"). A fact-checker
expects the span read as ages, never as a count of the injured that disagrees with the others,
and what a car can take filed as its capacity, never as the people on board when it crashed.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from stories import event_claims, findings_of, main_bests, main_event

FUNICULAR = Path(__file__).resolve().parent / "data" / "funicular"


@pytest.fixture(scope="module")
def funicular_report(story_report):
    return story_report(FUNICULAR)


def test_a_span_of_ages_is_no_count_of_the_injured(funicular_report):
    assert main_bests(funicular_report, "injured") == {14, 17}
    assert findings_of(funicular_report, "conflict", "injured") == []


def test_what_a_tram_can_carry_is_its_capacity_not_who_was_aboard(funicular_report):
    claims = event_claims(funicular_report, main_event(funicular_report))
    assert not [c for c in claims if c["attribute"] == "people_present"]
    assert main_bests(funicular_report, "capacity") == {31, 34}
