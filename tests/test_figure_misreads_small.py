"""Six small ways real coverage misread a figure (issue 14), each in a sentence of our own with
invented places: a total closing a list read as a death toll, a toll whose value is put before it
("raising to 64 the death toll") missed, the families told of a death read as victims identified,
the pronoun "another one" read as one death, the step a toll rose by read as the toll, and an
"about" not carried to the distance coordinated with its own.

Every figure a sentence yields is listed as (attribute, best, low, high, status), and nothing else.
"""

from __future__ import annotations

import pytest

from verify.extract.base import SentenceContext
from verify.extract.counts import extract_counts


def _figures(
    nlp, rules, text: str
) -> list[tuple[str, int | float | None, int | float | None, int | float | None, str]]:
    doc = nlp(text)
    ctx = SentenceContext("doc")
    return [
        (m.attribute, m.value.get("best"), m.value.get("low"), m.value.get("high"), m.value.get("status"))
        for sent in doc.sents
        for m in extract_counts(sent, ctx, rules)
    ]


CASES = [
    # a total takes the measure of the list it closes: the missing, never the dead
    (
        "Officials said 14 people remain unaccounted for: 9 guests of the east tower and 5 workers, for a total of 14.",
        [("missing", 14, 14, 14, "reported"), ("missing", 14, 14, 14, "reported")],
    ),
    # the value put before the toll it is the value of, after the verb
    (
        "Ten more bodies were recovered on Tuesday, raising to 64 the death toll from the landslide.",
        [("bodies_recovered_increment", 10, 10, 10, "increment"), ("deaths", 64, 64, 64, "reported")],
    ),
    # the families of the dead found or told are no victims identified
    (
        "Of those, 25 bodies had been identified and 19 next of kin were also identified.",
        [("identified", 25, 25, 25, "reported")],
    ),
    # "another one" standing for a thing named before counts no one
    (
        "The toll jumped to 288 after a bus hit another one.",
        [("deaths", 288, 288, 288, "reported")],
    ),
    # the step the toll rose by is an increment, never the toll
    (
        "The toll is now 769, 52 higher than previously announced.",
        [("deaths", 769, 769, 769, "reported"), ("deaths_increment", 52, 52, 52, "increment")],
    ),
    # "about" is said of both distances it is coordinated with
    (
        "The epicentre was about 250 km south of Korsk and 170 km from Melvin.",
        [("km_from_korsk", 250, 200, 300, "reported"), ("km_from_melvin", 170, 136, 204, "reported")],
    ),
]


@pytest.mark.parametrize("sentence, expected", CASES)
def test_small_misreads(nlp, rules, sentence, expected):
    assert _figures(nlp, rules, sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # a total closing no list is still read as a toll
        ("The storm hit the coast on Monday. The total stands at 64.", [("deaths", 64, 64, 64, "reported")]),
        # the kin killed are victims
        ("Police said 5 relatives were killed.", [("deaths", 5, 5, 5, "reported")]),
        # "another one" a role word governs still counts one
        ("The gunman wounded another one.", [("injured", 1, 1, 1, "reported")]),
        # a bound is said of its own figure only
        (
            "The epicentre was more than 250 km south of Korsk and 170 km from Melvin.",
            [("km_from_korsk", 251, 251, None, "reported"), ("km_from_melvin", 170, 170, 170, "reported")],
        ),
    ],
)
def test_what_stays(nlp, rules, sentence, expected):
    assert _figures(nlp, rules, sentence) == expected
