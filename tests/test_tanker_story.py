"""A fuel tanker that explodes after a collision while crowds collect the leaking petrol, told by
three outlets over a week (``tests/data/tanker``, written for these tests after reading how real
coverage of such a blast runs): the toll rising 58 → 71 → 84 as burn victims die in hospital,
"about 20" badly burned patients "not expected to survive", "more than 40 bodies burnt beyond
recognition", the victims buried beside those of "the 2019 landslide that killed some 400", and a
page written on the Friday a week after that dates the blast "on Friday".

A fact-checker expects one explosion on one day, its toll a revision (never a dispute), the
unrecognisable bodies a part of the dead and those not expected to survive a prognosis of some of
the hurt (neither a lower toll nor a revision of the casualties), and the landslide's dead and the
landslide itself out of the story.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from stories import findings_of, main_bests, main_event, timeline_bests

TANKER = Path(__file__).resolve().parent / "data" / "tanker"


@pytest.fixture(scope="module")
def tanker_report(story_report):
    return story_report(TANKER)


def test_one_explosion_its_toll_revised_never_disputed(tanker_report):
    main = main_event(tanker_report)
    assert len(main["documents"]) == 3
    assert not findings_of(tanker_report, "conflict")
    (rise,) = findings_of(tanker_report, "update", "deaths")
    assert "58 → 71 → 84" in rise["summary"]


def test_bodies_beyond_recognition_are_the_unidentified(tanker_report):
    assert main_bests(tanker_report, "unidentified") == {41}
    assert 41 not in main_bests(tanker_report, "deaths")


def test_those_not_expected_to_survive_are_no_toll(tanker_report):
    assert main_bests(tanker_report, "not_expected_to_survive") == {20}
    assert 20 not in main_bests(tanker_report, "casualties") | main_bests(tanker_report, "injured")
    assert not findings_of(tanker_report, "update", "casualties")


def test_an_earlier_landslide_is_no_part_of_the_story(tanker_report):
    assert 400 not in timeline_bests(tanker_report, "deaths")
    assert not [f for f in findings_of(tanker_report, "uncorroborated") if "landslide" in f["summary"]]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # an earlier happening's toll, told in a clause of it beside a day of the story's own
        (
            "The dead will be buried on Tuesday near those who died in the 2019 landslide that killed some 400 people.",
            set(),
        ),
        ("The 2019 flood, which killed 30 people, was recalled on Monday by the mayor.", set()),
        # the story's own toll, dated by its own year, stays
        ("The explosion on Friday killed 58 people.", {("deaths", 58)}),
        ("Officials said 75 bodies were unrecognisable.", {("unidentified", 75)}),
        ("Dozens more were unlikely to survive, doctors said.", {("not_expected_to_survive", 24)}),
    ],
)
def test_figures_of_a_sentence(story_report, tmp_path, sentence, expected):
    (tmp_path / "a.md").write_text(f"---\ntitle: Blast\npublished: 2030-03-04\n---\n{sentence}\n")
    report = story_report(tmp_path)
    assert {(c["attribute"], c["value"]["best"]) for c in report["claims"] if c["kind"] == "count"} == expected
