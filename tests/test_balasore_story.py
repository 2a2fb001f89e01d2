"""A triple train collision near a junction, told by four outlets over four weeks
(``tests/data/balasore``, written for these tests after reading how real coverage of such a crash
runs): the toll rising from 40 to 212, then revised down to 198 because some bodies were counted
twice; the injured rising; the dead split into those killed on the spot and those "brought dead to
the district hospital"; the rescue "wrapped up Saturday afternoon and repair work started"; a
signal failure blamed first, sabotage suspected later (a hypothesis, as in ``test_train_story``);
bodies still unclaimed weeks on.

A fact-checker expects one collision dated the Friday it happened (the day the rescue ended and
repairs started is no date of it), the downward revision read as an update, never a conflict;
those brought dead to hospital a part of the toll, never injured; the unclaimed bodies their own
measure, never a toll of the dead.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from stories import findings_of, main_bests, main_event, sentence_counts

BALASORE = Path(__file__).resolve().parent / "data" / "balasore"


@pytest.fixture(scope="module")
def balasore_report(story_report):
    return story_report(BALASORE)


def test_one_collision_on_its_day_and_the_toll_revised_down_is_an_update(balasore_report):
    main = main_event(balasore_report)
    assert len(main["documents"]) == 4 and main["date"] == "2024-03-08"
    assert not findings_of(balasore_report, "conflict", "date")
    assert not findings_of(balasore_report, "conflict", "deaths")
    (toll,) = findings_of(balasore_report, "update", "deaths")
    assert toll["summary"].endswith("40 → 212 → 198.")


def test_those_brought_dead_are_no_injured_and_unclaimed_bodies_no_toll(balasore_report):
    assert main_bests(balasore_report, "scene_deaths") == {121, 77}
    assert 77 not in main_bests(balasore_report, "injured")
    assert main_bests(balasore_report, "unclaimed") == {46}
    assert 46 not in main_bests(balasore_report, "deaths")


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Of the dead, 60 died on the spot and 12 were brought dead to the hospital.", {("scene_deaths", 12)}),
        # a hospital's own count of the dead brought in: the toll's, no part of it
        ("Doctors said at least 19 people had been brought in dead on Friday.", {("deaths", 19)}),
        ("A week on, 52 bodies remain unclaimed at the morgue.", {("unclaimed", 52)}),
        ("Of the total deceased, 81 bodies remained unidentified.", {("unidentified", 81)}),
        # taken to hospital alive: still the hurt
        ("At least 30 people were brought to the hospital with injuries.", {("injured", 30)}),
    ],
)
def test_the_dead_brought_in_and_the_unclaimed(parse, rules, sentence, expected):
    got = {(attribute, value["best"]) for attribute, _, value in sentence_counts(parse, rules, sentence)}
    assert expected <= got
