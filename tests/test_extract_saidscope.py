"""What a reporting clause cites its speaker for, estimates raised or lowered, and denials in other
words: three readings of verify/extract (sources.py, counts/revisions.py, attribution.py).

Every sentence is written for these tests.
"""

from __future__ import annotations

import pytest

from verify.extract.claims import claims_from_chunk
from verify.models import Document


def _claims(parse, rules, text):
    return claims_from_chunk(Document("d", "d.md", text, "0"), parse(text), 0, rules)


def _counts(parse, rules, text):
    out = []
    for c in _claims(parse, rules, text):
        if c.kind != "count":
            continue
        revision = c.value.get("revision")
        earlier = (revision or {}).get("earlier")
        out.append(
            (
                c.attribute,
                c.text,
                c.value["status"],
                c.cited_source,
                None if revision is None else revision["direction"],
                None if earlier is None else earlier["text"],
            )
        )
    return out


# ---- a reporting clause set after what it reports cites its speaker for that clause only --------


@pytest.mark.parametrize(
    "text, expected",
    [
        # the saying is about the detention; the toll belongs to the background phrase
        (
            "The ferry's captain was detained, coast guard officials said, a day after a capsizing that left 19 passengers dead.",
            [("deaths", "19 passengers", "reported", None, None, None)],
        ),
        (
            "Two rail officials were suspended hours after a derailment that killed 23 people, the ministry said.",
            [("deaths", "23 people", "reported", None, None, None)],
        ),
        # a relative clause telling of the happening is no part of what is cited
        (
            "The dam, which burst and drowned 14 villagers, had been inspected in May, engineers said.",
            [("deaths", "14 villagers", "reported", None, None, None)],
        ),
        # the figure in the reported clause itself stays the speaker's
        (
            "At least 19 passengers drowned, coast guard officials said.",
            [("deaths", "At least 19 passengers", "reported", "coast guard officials", None, None)],
        ),
        (
            "The derailment killed 23 people, the ministry said.",
            [("deaths", "23 people", "reported", "the ministry", None, None)],
        ),
        # a clause of its own after the toll tells why it rose: still the speaker's word
        (
            "The toll climbed to 31 after four more bodies were pulled from the river, the ministry said.",
            [
                ("deaths", "31", "reported", "the ministry", "up", None),
                ("bodies_recovered_increment", "four more bodies", "increment", "the ministry", None, None),
            ],
        ),
        # a reporting clause set first cites its speaker for everything it governs
        (
            "The ministry said two rail officials were suspended hours after a derailment that killed 23 people.",
            [("deaths", "23 people", "reported", "The ministry", None, None)],
        ),
    ],
)
def test_a_trailing_reporting_clause_cites_its_own_clause(parse, rules, text, expected):
    assert _counts(parse, rules, text) == expected


# ---- an estimate raised or lowered is a revision of a presumed figure ----------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The relief agency raised its estimate of the dead to more than 850.",
            [("deaths", "more than 850", "presumed", "The relief agency", "up", None)],
        ),
        (
            "The relief agency increased its estimated death toll to 850, up from about 400.",
            [
                ("deaths", "850", "presumed", None, "up", "about 400"),
                ("deaths", "about 400", "earlier", None, None, None),
            ],
        ),
        (
            "Provincial officials lowered their estimate to 62.",
            [("deaths", "62", "presumed", "Provincial officials", "down", None)],
        ),
        # the parse hangs "to 850" inside the estimate's own words
        (
            "The relief agency raised its estimate of the number of people killed to 850 from 400.",
            [
                ("deaths", "850", "presumed", "The relief agency", "up", "400"),
                ("deaths", "400", "earlier", "The relief agency", None, None),
            ],
        ),
        # an estimate of the hurt counts the hurt
        (
            "The agency revised its estimate of the injured up to 240 from 90.",
            [
                ("injured", "240", "presumed", "The agency", "up", "90"),
                ("injured", "90", "earlier", "The agency", None, None),
            ],
        ),
        # an estimate of something else counts no one
        ("The insurer raised its estimate of the damage to 70.", []),
        # a toll raised, no estimate: reported, as before
        (
            "Provincial officials raised the death toll to 62.",
            [("deaths", "62", "reported", "Provincial officials", "up", None)],
        ),
    ],
)
def test_an_estimate_raised_or_lowered_is_a_revision(parse, rules, text, expected):
    assert _counts(parse, rules, text) == expected


# ---- a denial in other words is the denier's own stance ------------------------------------------


def _stances(parse, rules, text):
    return [
        (c.value["actor"], c.value["stance"], c.cited_source)
        for c in _claims(parse, rules, text)
        if c.kind == "attribution"
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The TTP later distanced itself from the market bombing.", [("TTP", "denied", "TTP")]),
        ("The TTP distanced themselves from the attack on the police post.", [("TTP", "denied", "TTP")]),
        ("The TTP disowned the bombing.", [("TTP", "denied", "TTP")]),
        ("The TTP disavowed the attack on the market.", [("TTP", "denied", "TTP")]),
        # a passive denial: the "by" agent denies, and one speaking for a group denies for it
        ("Responsibility was later denied by a TTP spokesman.", [("TTP", "denied", "TTP")]),
        ("A spokesman for the TTP denied any role in the attack.", [("TTP", "denied", "TTP")]),
        (
            "The Tehreek-e-Taliban Pakistan (TTP) claimed the bombing on Monday. "
            "Responsibility was later denied by the group's spokesman.",
            [
                ("Tehreek-e-Taliban Pakistan", "asserted", "Tehreek-e-Taliban Pakistan"),
                ("Tehreek-e-Taliban Pakistan", "denied", "group"),
            ],
        ),
        # distancing from anything but an act is no denial of a role
        ("The TTP distanced itself from the peace talks.", []),
    ],
)
def test_a_denial_in_other_words_is_the_deniers_stance(parse, rules, text, expected):
    assert _stances(parse, rules, text) == expected
