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
