"""An airliner shot down over a country at war, told by three outlets over three days
(``tests/data/mh17``, written for these tests after reading how real coverage of such a downing
runs): "shot down over eastern Valdoria", "shot out of the sky" in the words of "a former air
accident investigator", and the airline named "Coral Airways'" in the possessive.

A fact-checker expects one downing, its 211 dead agreed, and no dispute over how it was done: one
shot out of the sky was brought down, no gunfire; an accident investigator's job names no cause of
the crash. The airline
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
    assert "interception" in methods
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
        ("The airliner was shot down over the border on Thursday.", {"interception"}),
        ("The jet was shot out of the sky over the border.", {"interception"}),
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


@pytest.mark.xfail(
    strict=True,
    reason="an aircraft 'shot down by a surface-to-air missile' is one happening told twice, but 'shot down' is "
    "`interception`, a rival of `missile` in the taxonomy, as it must be for a missile said to be shot down by air "
    "defences (tests/test_missile_story.py); telling the two apart needs what was shot down (an aircraft or a weapon)",
)
def test_an_aircraft_shot_down_by_a_missile_is_no_dispute(rules):
    assert rules.methods.are_compatible("interception", "missile")
