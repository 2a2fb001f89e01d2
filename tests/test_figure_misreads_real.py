"""Count misreadings seen on real coverage (issue 14), each in a sentence of our own: a fall read as
a toll, bodies claimed by the families read as the dead and the families as the source, a "where"
clause on a place read as what befell the people before it, a party's claim of its own killings read
as a toll, and a country's own dead read as the whole toll.

Every figure a sentence yields is listed as (attribute, best, status, where), and nothing else.
"""

from __future__ import annotations

import pytest

from verify.extract.base import SentenceContext
from verify.extract.counts import extract_counts
from verify.extract.sources import find_sourcing


def _figures(nlp, rules, text: str) -> list[tuple[str, int | float | None, str, str | None]]:
    doc = nlp(text)
    ctx = SentenceContext("doc")
    return [
        (m.attribute, m.value.get("best"), m.value.get("status"), m.value.get("where"))
        for sent in doc.sents
        for m in extract_counts(sent, ctx, rules)
    ]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # a fall from the figure told before is a difference, never a toll
        ("The toll is 52 fewer than first announced.", [("deaths_decrement", 52, "decrement", None)]),
        (
            "The death toll fell to 40, a drop of 12.",
            [("deaths", 40, "reported", None), ("deaths_decrement", 12, "decrement", None)],
        ),
        # bodies the families claimed are bodies handed over, a part of the dead, never the toll
        (
            "So far 187 bodies had been claimed by the victims' families.",
            [("handed_over", 187, "reported", None)],
        ),
        # the "where" clause is the place's: 98 died there, 200 are missing there
        (
            "The storm also killed 98 people in Zimbabwe where more than 200 are missing, the government said.",
            [("deaths", 98, "reported", "Zimbabwe"), ("missing", 201, "reported", None)],
        ),
        # a party's claim of its own killings is its claim, never a toll
        ("The militants said they had killed 137 hostages.", [("deaths_claimed", 137, "claimed", None)]),
        # a country's own dead are that country's, never the whole toll
        ("Mali said it lost 305 people.", [("deaths", 305, "reported", "Mali")]),
    ],
)
def test_real_misreads(nlp, rules, sentence, expected):
    assert _figures(nlp, rules, sentence) == expected


def test_families_claiming_bodies_are_no_source(nlp, rules):
    doc = nlp("So far 187 bodies had been claimed by the victims' families.")
    assert find_sourcing(next(doc.sents), rules).cited_source is None


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # a rise told the same way stays an increment
        (
            "The toll is now 769, 52 higher than previously announced.",
            [("deaths", 769, "reported", None), ("deaths_increment", 52, "increment", None)],
        ),
        # a happening's killing said by officials stays the toll ("it" is the storm)
        ("Officials said it killed 30 people.", [("deaths", 30, "reported", None)]),
        # the dead the happening claimed stay the dead
        ("The blaze has claimed 12 lives.", [("deaths", 12, "reported", None)]),
        # those accounted for are neither missing nor dead
        ("Officials said 191 people are accounted for.", []),
        # a state of the hurt stays the hurt
        (
            "Twelve people were killed and 99 were critically injured.",
            [("deaths", 12, "reported", None), ("injured", 99, "reported", None)],
        ),
    ],
)
def test_what_stays(nlp, rules, sentence, expected):
    assert _figures(nlp, rules, sentence) == expected
