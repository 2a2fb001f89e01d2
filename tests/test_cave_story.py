"""A junior team and its coach trapped by floodwater in a cave, told by three outlets over ten days
(``tests/data/cave``, written for these tests after reading how real coverage of such a rescue
runs): eleven boys trapped, divers who "rescued four of 11 boys" on the first day of the rescue,
"a total of 70 divers, including 40 foreigners" at work, then all 11 boys out, cheers that
"erupted" outside the cave, and one volunteer diver dead.

A fact-checker expects one flooding with no eruption (cheers that erupt are no volcano), the
divers a count of rescuers, never of the dead, the first day's rescued the four picked out of the
11 (never the whole team), and the rescued rising from 4 to 11 as a revision, not a dispute.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from stories import findings_of, main_bests, main_event

CAVE = Path(__file__).resolve().parent / "data" / "cave"


@pytest.fixture(scope="module")
def cave_report(story_report):
    return story_report(CAVE)


def test_one_flooding_with_no_eruption_and_no_dispute(cave_report):
    main = main_event(cave_report)
    assert len(main["documents"]) == 3
    assert not findings_of(cave_report, "conflict")
    methods = {c["value"]["method"] for c in cave_report["claims"] if c["kind"] == "method"}
    assert "eruption" not in methods


def test_the_divers_at_work_are_no_toll(cave_report):
    assert not {70, 40} & main_bests(cave_report, "deaths")
    assert not any(c["attribute"].startswith("deaths_") for c in cave_report["claims"] if c["kind"] == "count")


def test_the_rescued_rise_from_four_to_all_eleven(cave_report):
    assert main_bests(cave_report, "rescued") == {4, 11}
    (rise,) = findings_of(cave_report, "update", "rescued")
    assert "[4]" in rise["summary"] and "[11]" in rise["summary"]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # the part picked out of a whole the parse hangs on the whole's number
        ("Cave divers on Sunday rescued four of 11 boys from the cavern.", {("rescued", 4)}),
        ("Four of 12 miners were pulled out alive on Friday.", {("rescued", 4)}),
        ("Cave divers on Sunday rescued four of the 11 boys from the cavern.", {("rescued", 4)}),
        # "a total of" qualifies a counted noun: no toll without a word of death
        ("A total of 70 divers, including 40 foreigners, have been involved in the operation.", set()),
        ("A total of 45 people, including 12 children, died in the fire.", {("deaths", 45), ("deaths_children", 12)}),
        ("A total of 11,732 have died since the start of the outbreak.", {("deaths", 11732)}),
    ],
)
def test_parts_and_totals(parse, rules, sentence, expected):
    from verify.extract.base import SentenceContext
    from verify.extract.counts import extract_counts

    (sent,) = parse(sentence).sents
    found = {(m.attribute, m.value["best"]) for m in extract_counts(sent, SentenceContext("d", None), rules)}
    assert found == expected


@pytest.mark.parametrize(
    "sentence, methods",
    [
        ("Cheers erupted outside the cave as the last stretcher came out.", set()),
        ("Applause erupted at the command centre.", set()),
        ("The volcano erupted on Monday afternoon.", {"eruption"}),
    ],
)
def test_a_crowd_that_erupts_is_no_volcano(parse, rules, sentence, methods):
    from verify.extract.base import SentenceContext
    from verify.extract.methods import extract_methods

    (sent,) = parse(sentence).sents
    assert {m.value["method"] for m in extract_methods(sent, SentenceContext("d", None), rules)} == methods
