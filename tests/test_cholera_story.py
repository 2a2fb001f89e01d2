"""A cholera outbreak told by three outlets over four months (``tests/data/cholera``, written for
these tests after reading how real coverage of such an outbreak runs): the dead rising from 150 to
420 to 1,210 since the first case in March, the cases beside them ("the total number of cases and
deaths has risen to 14,820 and 420 respectively"), a health bulletin's tally "between 2 March 2031
through 4 February 2032", an earlier epidemic the outbreak has "surpassed" (21,000 cases and 900
deaths in 2009-2010), the world's tally of the year ("Globally, ... 4,000 deaths"), a public health
emergency declared on 5 December.

A fact-checker expects one outbreak whose cumulative toll rises (150 -> 420 -> 1,210: updates, never a
dispute), its cases counted apart from the dead (14,820 cases is no toll), the earlier epidemic's
and the world's figures kept out of the outbreak's toll, and no dispute over the outbreak's day: a
span's first day and the day an emergency was declared are not the day the outbreak began.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from stories import findings_of, main_event, timeline_line

from verify.extract.base import SentenceContext
from verify.extract.counts import extract_counts

CHOLERA = Path(__file__).resolve().parent / "data" / "cholera"


@pytest.fixture(scope="module")
def cholera_report(story_report):
    return story_report(CHOLERA)


def test_one_outbreak_whose_toll_rises_with_no_dispute(cholera_report):
    main = main_event(cholera_report)
    assert len(main["documents"]) == 3
    assert not findings_of(cholera_report, "conflict")
    assert list(dict.fromkeys(timeline_line(cholera_report, "deaths", None))) == [150, 420, 1210]
    (rise,) = findings_of(cholera_report, "update", "deaths")
    assert "[1210]" in rise["summary"] and "[900]" not in rise["summary"]


def test_cases_are_a_measure_of_their_own(cholera_report):
    assert list(dict.fromkeys(timeline_line(cholera_report, "cases", None))) == [14820, 36900]
    deaths = {c["value"]["best"] for c in cholera_report["claims"] if c["attribute"].startswith("deaths")}
    assert not deaths & {14820, 36900, 21000, 600000}


def test_the_world_and_the_earlier_epidemic_are_not_the_outbreak_s_toll(cholera_report):
    main = main_event(cholera_report)
    lines = [t for t in cholera_report["timelines"] if t["event"] == main["id"] and t["attribute"] == "deaths"]
    by_id = {c["id"]: c for c in cholera_report["claims"]}
    on_the_main_line = {by_id[e["claim"]]["value"]["best"] for t in lines if t["where"] is None for e in t["entries"]}
    assert not on_the_main_line & {900, 4000}


@pytest.mark.parametrize(
    "text, values",
    [
        # figures said "respectively" of as many nouns: each counts its own noun
        (
            "The total number of cases and deaths has risen to 14,820 and 420 respectively.",
            {("cases", 14820), ("deaths", 420)},
        ),
        (
            "The cumulative confirmed cases and deaths were 10,652 and 310, respectively.",
            {("cases", 10652), ("deaths", 310)},
        ),
        # cases at law count no one sick
        ("Charges were filed in two separate shooting cases, one fatal.", {("deaths", 1)}),
        # the sick the outbreak counts, apart from the dead
        ("At least 3,246 people have been infected with cholera.", {("cases", 3246)}),
        ("A total of 36,900 cases, including 1,210 deaths, have been reported.", {("cases", 36900), ("deaths", 1210)}),
        # a span from an earlier year to the story's own is no other year's
        (
            "Between 2 March 2031 through 4 February 2032, a total of 36,900 cases, including 1,210 deaths, have been reported.",
            {("cases", 36900), ("deaths", 1210)},
        ),
        # an earlier epidemic the outbreak is measured against counts nothing of the story's
        (
            "The outbreak has surpassed the 2009-2010 epidemic, which was the worst on record, that registered 900 deaths.",
            set(),
        ),
    ],
)
def test_what_an_outbreak_s_figures_count(parse, rules, text, values):
    doc = parse(text)
    ctx = SentenceContext("d", date(2032, 2, 10))
    found = {(m.attribute, m.value["best"]) for sent in doc.sents for m in extract_counts(sent, ctx, rules)}
    assert found == values


@pytest.mark.parametrize(
    "text, role",
    [
        # a span's bounds, however the parse hangs "between" on them
        ("Between 3 March 2031 through 3 February 2032, 36,943 cases have been reported.", "bound"),
        ('"Between 1 January 2031 and 31 December 2031, 12 countries asked for vaccine doses.', "bound"),
        # an emergency declared against the outbreak dates no day of it
        ("The government declared a public health emergency on 5 December 2031.", "after"),
        # the day a ministry told the outbreak is the day it said so
        ("The ministry notified the agency of the outbreak on 3 March 2031.", "statement"),
    ],
)
def test_what_an_outbreak_s_days_date(parse, rules, text, role):
    from verify.extract.timeroles import time_role

    doc = parse(text)
    (sent,) = doc.sents
    when = [e for e in doc.ents if e.label_ == "DATE"][0]
    assert time_role(sent, when.start_char, when.end_char, SentenceContext("d", None), rules) == role
