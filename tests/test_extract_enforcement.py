"""The law's work is no attack: an agent verb ("raided") told beside an arrest, as one action, names
no one who did the event (verify/extract/attribution.py, ``attribution.roles.enforcement_verbs``).

Every sentence is written for these tests.
"""

from __future__ import annotations

import pytest

from verify.extract.claims import claims_from_chunk
from verify.models import Document


def _roles(parse, rules, text):
    claims = claims_from_chunk(Document("d", "d.md", text, "0"), parse(text), 0, rules)
    return [(c.value["actor"], c.value["stance"]) for c in claims if c.kind == "attribution"]


@pytest.mark.parametrize(
    "text",
    [
        "Zaverian police raided the offices of the bus company and arrested its owner.",
        "Zaverian police raided a house in Verin on Friday, detaining two men.",
        "Zaverian police raided the warehouse, seized documents and questioned the manager.",
        # premises raided, no one harmed there: the search after it, however the parse hangs the object
        "Zaverian police raided two addresses believed to be linked to the bombing, carrying out a controlled explosion.",
        "Zaverian police raided the bomber's flat in Verin on Tuesday.",
    ],
)
def test_a_raid_told_with_an_arrest_is_enforcement(parse, rules, text):
    assert _roles(parse, rules, text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # the raid that killed is still the raiders' act
        (
            "Zaverian soldiers raided the camp near Olt and shot dead four villagers.",
            [("Zaverian soldiers", "asserted")],
        ),
        ("Zaverian police raided the protest camp, killing three students.", [("the security forces", "asserted")]),
        ("Zaverian soldiers raided homes in Olt, killing four villagers.", [("Zaverian soldiers", "asserted")]),
    ],
)
def test_a_raid_that_kills_still_names_who_did_it(parse, rules, text, expected):
    assert _roles(parse, rules, text) == expected
