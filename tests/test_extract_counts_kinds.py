"""Tests for verify/extract/counts: things told apart by what they carry or what befell them, those
who would not leave, and a whole of residents (issue 14). Sentences written for this file."""

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


def _figures(nlp, sentence: str) -> set[tuple[str, int]]:
    doc = nlp(sentence)
    ctx = SentenceContext("doc")
    return {(m.attribute, m.value["best"]) for sent in doc.sents for m in extract_counts(sent, ctx, RULES)}


CASES = [
    # what the cars carried makes them a kind of the cars, a part of those involved
    ("The wreck involved six rail cars carrying hazardous materials.", {("vehicles_hazardous", 6)}),
    ("There were 14 hazardous material cars on the train.", {("vehicles_hazardous", 14)}),
    # ... while the whole stays the whole, whatever part a phrase after it lists
    ("About 45 cars derailed near the river.", {("vehicles", 45)}),
    # cars burned off on purpose and cars damaged besides
    ("Crews began a controlled burn of three tanker cars.", {("vehicles_released", 3)}),
    ("The fire damaged an additional seven cars.", {("vehicles_damaged", 7)}),
    # those who would not leave stayed: never the displaced
    ("About 200 residents refused to leave their homes.", {("stayed", 200)}),
    ("Some 80 people declined to evacuate.", {("stayed", 80)}),
    ("Some 900 people had to leave their homes.", {("displaced", 900)}),
    # homes screened are a count of the testing, not of homes hit
    ("Inspectors have screened 75 homes so far.", {("homes_tested", 75)}),
    # a whole of residents is the population its part is taken from
    ("Of the village's 2,600 residents, 900 were told to evacuate.", {("population", 2600), ("evacuated", 900)}),
]


@pytest.mark.parametrize(("sentence", "expected"), CASES)
def test_kinds_of_counted_things_and_people(nlp, sentence, expected):
    assert _figures(nlp, sentence) == expected
