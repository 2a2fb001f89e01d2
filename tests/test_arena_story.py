"""A suicide bombing at a concert hall told by three outlets over two days (``tests/data/arena``,
written for these tests after reading how real coverage of such a bombing runs): a bomber who set
off "an improvised explosive device", police who "raided two addresses" linked to it, a group that
"claimed the Aberdeen bombing on Tuesday", "the explosion that tore through fans", the hurt "with
12 suffering serious injuries", and the bomber's brother, "born in 2009 in Aberdeen", arrested
abroad a day later.

A fact-checker expects one bombing with no dispute over how it was done (an IED is how the bomb was
made, which a suicide bomber carries as well as anyone), no blame on the police who raided homes
after it, no vehicle attack in a blast that tore through a crowd, the group's claim dated on the
day it was made, the seriously hurt a count of their own, and the arrest abroad part of the story,
never an event of its own dated by a birth.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from stories import findings_of, main_bests, main_event

ARENA = Path(__file__).resolve().parent / "data" / "arena"


@pytest.fixture(scope="module")
def arena_report(story_report):
    return story_report(ARENA)


def test_one_bombing_with_the_arrest_abroad_in_it(arena_report):
    assert len(arena_report["events"]) == 1
    main = main_event(arena_report)
    assert len(main["documents"]) == 3 and main["date"] == "2031-03-10"


def test_no_dispute_over_how_it_was_done_nor_who(arena_report):
    assert not findings_of(arena_report, "conflict")
    methods = {c["value"]["method"] for c in arena_report["claims"] if c["kind"] == "method"}
    assert "suicide_bombing" in methods and "ramming" not in methods
    actors = {c["value"]["actor"] for c in arena_report["claims"] if c["kind"] == "attribution"}
    assert actors == {"Kanu Front"}


def test_the_claim_is_dated_on_its_own_day(arena_report):
    (claimed,) = [
        c
        for c in arena_report["claims"]
        if c["kind"] == "time" and c["text"] == "Tuesday" and "claimed" in c["sentence"]
    ]
    assert claimed["value"]["role"] == "statement"


def test_the_seriously_hurt_are_counted_apart_from_the_hurt(arena_report):
    assert main_bests(arena_report, "critical") == {12}
    assert 12 not in main_bests(arena_report, "injured")
