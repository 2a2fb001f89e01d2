"""A crowd crush told by three outlets (``tests/data/itaewon``, written for these tests): the toll
rising 61 -> 64 -> 65 while each page adds that the toll "could rise further as N people were in
critical (serious) condition", and a ferry sinking years before as background.

A fact-checker expects the N in that "as" clause read as those gravely hurt, not as a new toll: no
toll of 17 or 14 set against 61 or 64, the tolls a rising series, the gravely hurt a series of
their own; and the ferry's dead kept out of the crush.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from stories import findings_of, main_bests, main_event

from verify.extract.base import SentenceContext
from verify.extract.counts import extract_counts
from verify.rules import load_rules

ITAEWON = Path(__file__).resolve().parent / "data" / "itaewon"
RULES = load_rules()


@pytest.fixture(scope="module")
def itaewon_report(story_report):
    return story_report(ITAEWON)


def test_the_toll_rises_and_the_gravely_hurt_are_no_toll_nor_the_ferry(itaewon_report):
    assert main_bests(itaewon_report, "deaths") == {61, 64, 65}
    assert not findings_of(itaewon_report, "conflict", "deaths")
    (series,) = findings_of(itaewon_report, "update", "deaths")
    assert series["summary"].endswith("61 → 64 → 65.")
    assert main_bests(itaewon_report, "critical") == {17, 14, 11}
    assert len(main_event(itaewon_report)["documents"]) == 3  # the ferry years before kept out


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # the figure of a clause of its own after the rise: no new toll
        ("The toll could rise further as 23 people were in critical condition, police said.", [("critical", 23)]),
        ("The death count may climb as 8 of the injured people were in serious condition.", [("critical", 8)]),
        ("The toll could rise, as 12 others remain in grave condition.", [("critical", 12)]),
        # the rise's own figure still read as the toll
        ("The death toll rose to 48 as more bodies were found.", [("deaths", 48)]),
        ("The toll rose to as many as 48 on Sunday.", [("deaths", 48)]),
    ],
)
def test_a_figure_past_a_clause_opener_is_not_the_rise(nlp, sentence, expected):
    doc = nlp(sentence)
    got = [(m.attribute, m.value["best"]) for s in doc.sents for m in extract_counts(s, SentenceContext("doc"), RULES)]
    assert got == expected
