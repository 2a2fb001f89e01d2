"""Tests for verify/extract/counts: numbers the parse joins across two clauses (issue 14, "breakdowns
summed" and "wrong attribute"). Each sentence is written for this file; every figure it must yield
is (attribute, best, words as written), and nothing else.
"""

from __future__ import annotations

import pytest

from verify.extract.base import SentenceContext
from verify.extract.counts import extract_counts


def _figures(parse, rules, sentence: str) -> set[tuple[str, int | None, str]]:
    return {
        (m.attribute, m.value["best"], sentence[m.start : m.end])
        for sent in parse(sentence).sents
        for m in extract_counts(sent, SentenceContext("d"), rules)
    }


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # the object of "killed" and the subject of "were hurt", parsed as one pair of subjects
        ("The blast killed 12 and 40 were hurt.", {("deaths", 12, "12"), ("injured", 40, "40")}),
        # a number joined to "dead" whose own state follows it
        (
            "The explosion had left at least 30 people dead and over 150 seriously wounded.",
            {("deaths", 30, "at least 30 people"), ("injured", 151, "over 150")},
        ),
        # a number joined to "alive" though a verb of its own follows it
        ("Two were pulled out alive and five are missing.", {("rescued", 2, "Two"), ("missing", 5, "five")}),
        # those said to be still in care are in hospital now, whatever the parse hung the number on
        (
            "The toll has climbed to 48 while 97 are still under treatment, a health official said.",
            {("deaths", 48, "48"), ("hospitalised", 97, "97")},
        ),
        (
            "The toll rose to 31 with more than 60 still undergoing treatment.",
            {("deaths", 31, "31"), ("hospitalised", 61, "more than 60")},
        ),
        # the hurt a clause names being treated: some of the hurt
        (
            "Some 80 people who were hurt in the blast are being treated, a doctor said.",
            {("injured_part", 80, "Some 80 people")},
        ),
        # without "still", those being treated on the day are everyone hurt
        ("Officials said 78 people are being treated in hospitals.", {("injured", 78, "78 people")}),
        # ... and never the dead, whatever made the figure a toll: those in care now
        (
            "By the latest count, a total of 64 victims are receiving treatment at different hospitals.",
            {("hospitalised", 64, "a total of 64 victims")},
        ),
        # two numbers of one list stay one figure
        ("Police said 4 and 5 were injured.", {("injured", 9, "4 and 5")}),
    ],
)
def test_numbers_in_two_clauses(parse, rules, sentence, expected):
    assert _figures(parse, rules, sentence) == expected


def _values(parse, rules, sentence: str) -> list[tuple[str, int | None, str, dict]]:
    return [
        (m.attribute, m.value["best"], sentence[m.start : m.end], m.value)
        for sent in parse(sentence).sents
        for m in extract_counts(sent, SentenceContext("d"), rules)
    ]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # the dead a clause tells and those in a ward beside them: two counts, never one sum
        (
            'He said, "Today we have about 88 people that died and about 40 people in the hospital."',
            {("deaths", 88, "about 88 people")},
        ),
        # those killed where it happened: a part of the toll that the dead in hospital add to
        (
            "The fire killed 59 people on the spot, while the others died later in hospital.",
            {("scene_deaths", 59, "59 people")},
        ),
        ("It led to the immediate death of over 40 residents.", {("scene_deaths", 41, "over 40 residents")}),
        # a mourner's own family: a part of the toll, whatever verb counts them
        (
            '"In my family, we lost about 23 people, all of them cousins," a trader said.',
            {("deaths_part", 23, "about 23 people")},
        ),
        # ... but a killer's victims of his own family are the toll, and a governor's "we lost" too
        ("A man killed five of his relatives.", {("deaths", 5, "five of his relatives")}),
        ('"We lost 181 people in this tragedy," the governor said.', {("deaths", 181, "181 people")}),
    ],
)
def test_parts_and_states_of_a_toll(parse, rules, sentence, expected):
    assert {(a, b, t) for a, b, t, _ in _values(parse, rules, sentence)} == expected


def test_a_which_clause_shares_the_period_of_the_clause_it_tells_of(parse, rules):
    sentence = "The agency recorded 1,210 tanker crashes in 2022, which caused the death of 418 people."
    ((attribute, best, _, value),) = [v for v in _values(parse, rules, sentence) if v[0] == "deaths"]
    assert (attribute, best, value.get("period_start")) == ("deaths", 418, "2022")
