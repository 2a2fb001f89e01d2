"""An airliner shot down over a country at war, told by three outlets over three days
(``tests/data/mh17``, written for these tests after reading how real coverage of such a downing
runs): "shot down over eastern Valdoria", "shot out of the sky" in the words of "a former air
accident investigator", "hit by a surface-to-air missile" two days on, and the airline named
"Coral Airways'" in the possessive.

A fact-checker expects one downing, its 211 dead agreed, and no dispute over how it was done: one
shot out of the sky was brought down, no gunfire; an airliner shot down by a missile is one account
told by the target and by the weapon (a missile shot down by air defences stays the rival of the
strike: tests/test_missile_story.py); an accident investigator's job names no cause of the crash. The airline
is spelled one way: a possessive apostrophe is no second spelling. A headline's "shot down" wounds
no one: its figure is never an injured count.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from stories import findings_of, main_bests, main_event

MH17 = Path(__file__).resolve().parent / "data" / "mh17"


@pytest.fixture(scope="module")
def mh17_report(story_report):
    return story_report(MH17)


def test_one_downing_with_no_dispute_over_how(mh17_report):
    main = main_event(mh17_report)
    assert len(main["documents"]) == 3
    assert not findings_of(mh17_report, "conflict")
    methods = {c["value"]["method"] for c in mh17_report["claims"] if c["kind"] == "method"}
    # the airliner shot down (and "it", the flight CA22 before it) is the target, one account with the missile
    assert {"shoot_down", "missile"} <= methods
    assert "interception" not in methods
    assert not methods & {"firearm", "accident"}


def test_the_dead_agree_and_no_one_is_counted_hurt(mh17_report):
    assert main_bests(mh17_report, "deaths") == {211}
    assert not main_bests(mh17_report, "injured")


def test_a_possessive_is_no_second_spelling(mh17_report):
    names = {c["text"] for c in mh17_report["claims"] if c["kind"] == "organization"}
    assert "Coral Airways" in names and not any(n.endswith(("'", "’")) for n in names)
    assert not findings_of(mh17_report, "variant")


@pytest.mark.parametrize(
    "sentence, methods",
    [
        ("The airliner was shot down over the border on Thursday.", {"shoot_down"}),
        ("The jet was shot out of the sky over the border.", {"shoot_down"}),
        ("Police shot two men near the station.", {"firearm"}),
        # who looks into accidents names no cause
        ("Pell Marrin, a former air accident investigator, studied the photographs.", set()),
        ("The accident investigation branch sent two inspectors.", set()),
        ("Officials said the crash was an accident.", {"crash", "accident"}),
    ],
)
def test_downing_words(parse, rules, sentence, methods):
    from verify.extract.base import SentenceContext
    from verify.extract.methods import extract_methods

    (sent,) = parse(sentence).sents
    assert {m.value["method"] for m in extract_methods(sent, SentenceContext("d", None), rules)} == methods


@pytest.mark.parametrize(
    "text, methods, one_account",
    [
        # what was shot down decides: an aircraft is the target, a weapon was intercepted
        ("The airliner was shot down by a surface-to-air missile.", {"shoot_down", "missile"}, True),
        ("Rebels accused the army of shooting down the passenger jet with a rocket.", {"shoot_down", "rocket"}, True),
        ("Investigators blamed a missile for the shooting down of the helicopter.", {"shoot_down", "missile"}, True),
        ("The same type of aircraft was reported shot down by a missile.", {"shoot_down", "missile"}, True),
        (
            "Flight CA22 left Lisport at noon. It was shot down by a missile an hour later.",
            {"shoot_down", "missile"},
            True,
        ),
        ("The missile was shot down by air defences.", {"missile", "interception"}, False),
        ("Two rockets were shot down over the city, the army said.", {"rocket", "interception"}, False),
        # what was shot down cannot be told: the word stays an interception
        ("Officials said it was shot down by a missile.", {"interception", "missile"}, False),
        # a headline drops the "was"; the jet that shot it down is no target
        ("Airliner shot down over Valdoria, all aboard killed", {"shoot_down"}, None),
        ("A warplane shot down two missiles over the sea.", {"air_strike", "interception"}, None),
    ],
)
def test_an_aircraft_shot_down_by_a_missile_is_no_dispute(parse, rules, text, methods, one_account):
    from verify.extract.methods import read_methods

    nodes = {n for sent in parse(text).sents for m in read_methods(sent, rules) for n in m.nodes}
    assert nodes == methods
    if one_account is not None:
        a, b = sorted(nodes)
        assert rules.methods.are_compatible(a, b) is one_account
