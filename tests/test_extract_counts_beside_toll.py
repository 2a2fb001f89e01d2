"""Tests for verify/extract/counts: figures told beside a toll that are no step of it — the dead at
the scene and in hospital, a further batch of bodies, the missing since found safe, the dead not yet
identified, money in a lettered currency ("HK$") — and sentences that must keep their plain reading."""

from __future__ import annotations

import pytest

from verify.extract.base import SentenceContext
from verify.extract.counts import extract_counts


def _counts(nlp, rules, sentence: str) -> list[tuple[str, float, str, str]]:
    doc = nlp(sentence)
    ctx = SentenceContext("doc", link=False)
    return [
        (m.attribute, m.value["best"], m.value["status"], sentence[m.start : m.end])
        for sent in doc.sents
        for m in extract_counts(sent, ctx, rules)
    ]


CASES = [
    # the dead told place by place: parts of the toll beside it
    (
        "The toll stood at 52, comprising 49 fatalities certified at the scene and three deaths confirmed at the hospital.",
        [
            ("deaths", 52, "reported", "52"),
            ("scene_deaths", 49, "reported", "49 fatalities"),
            ("hospital_deaths", 3, "reported", "three deaths"),
        ],
    ),
    (
        "Officials said 61 victims were pronounced dead at the scene, while five were pronounced dead in hospital.",
        [("scene_deaths", 61, "reported", "61 victims"), ("hospital_deaths", 5, "reported", "five")],
    ),
    # ... but a bare "died in hospital" keeps the reading the toll words give it (here a part of the victims)
    ("Two of the victims died in hospital.", [("deaths_part", 2, "reported", "Two of the victims")]),
    # a batch found on top of those found before
    (
        "Rescuers uncovered an additional 17 bodies on the upper floors.",
        [("deaths_increment", 17, "increment", "17 bodies")],
    ),
    (
        "A further nine bodies were recovered from the ruins.",
        [("bodies_recovered_increment", 9, "increment", "nine bodies")],
    ),
    # "new" on the counted noun: deaths added to those counted before, with or without a time span
    (
        "Four new deaths were registered overnight in the district.",
        [("deaths_increment", 4, "increment", "Four new deaths")],
    ),
    (
        "On Thursday the health office reported six new deaths from the outbreak.",
        [("deaths_increment", 6, "increment", "six new deaths")],
    ),
    # ... but a "new" toll is the toll
    ("The new death toll stands at 45, the governor said.", [("deaths", 45, "reported", "45")]),
    # ... but "a further" of the hurt beside the dead is the hurt, not a batch
    (
        "The ministry said on Monday that a further 210 people were injured, its first figures since the explosion.",
        [("injured", 210, "reported", "210 people")],
    ),
    # the missing since found safe: no count of the missing
    (
        "Police confirmed the safety of 88 residents who were previously reported missing after the fire.",
        [("found_safe", 88, "reported", "88 residents")],
    ),
    (
        "Of the cases clarified, 14 are safe and 9 remain missing.",
        [("found_safe", 14, "reported", "14"), ("missing", 9, "reported", "9")],
    ),
    # the dead whose identities are still to be confirmed: the unidentified
    (
        "Of the 131 bodies, the identities of 27 have yet to be confirmed, police added.",
        [("deaths", 131, "reported", "131 bodies"), ("unidentified", 27, "reported", "27")],
    ),
    # money in a currency written with its country's letters
    (
        "The relief fund has received HK$320 million in donations.",
        [("aid_hkd_million", 320, "reported", "HK$320 million")],
    ),
]


@pytest.mark.parametrize("sentence, expected", CASES)
def test_figures_beside_a_toll(nlp, rules, sentence, expected):
    assert _counts(nlp, rules, sentence) == expected
