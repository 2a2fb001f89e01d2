"""Places inside places: the kind of place a figure's own words limit it to (``level``) and the places
they name (``where``), read by ``verify.compare.scopes`` to give each place its own line."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the kind of place said without a name
        ("Harlan police said the city's death toll stood at four.", [(4, None, "city")]),
        ("Countywide, at least nine deaths have been blamed on the flooding.", [(9, None, "county")]),
        ("Across the state, the storm has killed 12 people, the governor said.", [(12, None, "state")]),
        # ... and with a name the parser does not know for a place
        ("Five people drowned in the town of Velgrave, officials said.", [(5, "Velgrave", None)]),
        # two places of one kind, named together: both, never the last alone
        (
            "The floods killed 15 people in Marrow and Quill counties, officials said.",
            [(15, "Marrow County+Quill County", None)],
        ),
        # another's place, or none at all, is no level
        ("At least 30 people died in the neighbouring county, the mayor said.", [(30, None, None)]),
        ("At least 30 people died, the mayor said.", [(30, None, None)]),
        # several places of a kind are no one place of it
        ("Another 40 people died in the districts to the south, officials said.", [(40, None, None)]),
    ],
)
def test_the_place_a_figure_s_words_limit_it_to(parse, rules, text, expected):
    from verify.extract.base import SentenceContext
    from verify.extract.counts import extract_counts

    got = [
        (m.value["best"], m.value.get("where"), m.value.get("level"))
        for s in parse(text).sents
        for m in extract_counts(s, SentenceContext("d", None), rules)
    ]
    assert got == expected
