"""Tests for verify/extract/counts: figures listed together that each say what befell those they
count, and the dead a clause singles out by how they tried to get away.

Every sentence was written for this file (none copied from a corpus): (attribute, low, high, best,
words as written) for each figure it must yield.
"""

from __future__ import annotations

import pytest
import spacy

from verify.extract.base import SentenceContext
from verify.extract.counts import extract_counts
from verify.rules import load_rules

RULES = load_rules()


@pytest.fixture(scope="session")
def nlp():
    return spacy.load(RULES.nlp.model)


def _figures(nlp, sentence: str) -> list[tuple[str, int, int | None, int, str]]:
    doc = nlp(sentence)
    ctx = SentenceContext("doc")
    return [
        (m.attribute, m.value["low"], m.value["high"], m.value["best"], sentence[m.start : m.end])
        for sent in doc.sents
        for m in extract_counts(sent, ctx, RULES)
    ]


LISTED = [
    # each figure's own state word after its noun: the dead and the hurt, never 35 dead
    (
        "The blast ripped through the depot, leaving at least 12 people dead and 23 others injured, the mayor said.",
        [("deaths", 12, None, 12, "at least 12 people"), ("injured", 23, 23, 23, "23 others")],
    ),
    # the tagger's past tense for "wounded" in a clause of its own
    (
        '"19 workers lost their lives and 40 others wounded," the minister told reporters.',
        [("deaths", 19, 19, 19, "19 workers"), ("injured", 40, 40, 40, "40 others")],
    ),
    # those who went for care beside the dead are the hurt
    (
        "The crash resulted in at least 14 fatalities and another 30 individuals seeking medical treatment.",
        [("deaths", 14, None, 14, "at least 14 fatalities"), ("injured", 30, 30, 30, "30 individuals")],
    ),
    # ... but a list with one state word after it stays one figure
    (
        "Four miners and three drivers were killed.",
        [("deaths", 7, 7, 7, "Four miners and three drivers")],
    ),
    # a state word that only says who they were: their verb says what befell them
    (
        "Two people injured in the blaze have died in hospital, raising the toll to 9.",
        None,
    ),
    # the figure is the killers', no state of theirs
    ("Twelve gunmen killed 30 villagers.", [("deaths", 30, 30, 30, "30 villagers")]),
]


@pytest.mark.parametrize("sentence, expected", LISTED)
def test_each_listed_figure_keeps_its_own_state(nlp, sentence, expected):
    got = _figures(nlp, sentence)
    if expected is None:
        assert not [f for f in got if f[0] == "injured"]
    else:
        assert got == expected


ESCAPES = [
    ("Two victims lost their lives after jumping from the roof in a panic, the governor added.", "deaths_part"),
    ("At least three guests were confirmed to have died after jumping from the building.", "deaths_part"),
    ("Two guests died after they leapt from a window.", "deaths_part"),
    # no getting away: a drowning's toll
    ("Two men died after jumping into the river to save a child.", "deaths"),
    ("Nine people died after the bus plunged from the bridge.", "deaths"),
]


@pytest.mark.parametrize("sentence, attribute", ESCAPES)
def test_the_dead_counted_by_how_they_fled_are_some_of_the_dead(nlp, sentence, attribute):
    (figure,) = _figures(nlp, sentence)
    assert figure[0] == attribute
