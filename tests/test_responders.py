"""The law's response is no blame (issue 16), in sentences of our own with invented names.

Coverage of a shooting tells how the police ended it: "officers shot dead two of the gunmen", "the
gendarmes' raid of the theatre", "a raid by security forces at the hall", "300 police officers were
involved in the operation". Those are the response to the attack, never a perpetrator set against
the group that claimed it; a police raid told with harm it did ("killed 12") still blames the police.
"""

from __future__ import annotations

import pytest

from verify.extract.attribution import extract_attributions
from verify.extract.base import DocFacts, SentenceContext


def _blame(parse, rules, text):
    doc = parse(text)
    ctx = SentenceContext("d", facts=DocFacts.of(doc))
    return [(m.value["actor"], m.value["stance"]) for sent in doc.sents for m in extract_attributions(sent, ctx, rules)]


@pytest.mark.parametrize(
    "sentence",
    [
        "French police shot dead two of the gunmen at the Orvel theatre.",
        "Local TV reports the police's raid of the Orvel theatre is over.",
        "The raid by security forces at the Orvel theatre capped a night of terror.",
        "Over 300 police officers were involved in the operation, the prosecutor said.",
        "Counterterrorism police raided an apartment building in Varsel and came away with a suspect.",
    ],
)
def test_the_response_is_no_blame(parse, rules, sentence):
    assert _blame(parse, rules, sentence) == []


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # harm the raid did is still blame: the police did it
        ("Twelve protesters were killed in a raid by security forces.", [("the security forces", "asserted")]),
        ("Security forces opened fire on the crowd, killing 12.", [("the security forces", "asserted")]),
    ],
)
def test_harm_done_is_still_blame(parse, rules, sentence, expected):
    assert _blame(parse, rules, sentence) == expected
