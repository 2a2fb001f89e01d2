"""An airport bombing by two suicide bombers and gunmen, and a drone strike two days later whose
page recalls the bombing in passing (``tests/data/kabul2``, written for these tests after reading
how real coverage of such a sequence runs): "Troops ... were on alert on Saturday for more attacks
after a suicide bombing killed at least 175 people" under a drone strike's story.

A fact-checker expects the drone strike's event to keep its own dead (two) and never take the
bombing's 175 from a clause that only recalls it, and the gunmen who opened fire beside the
suicide bombers read as part of one attack, not as a rival method.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from stories import event_claims

KABUL2 = Path(__file__).resolve().parent / "data" / "kabul2"


@pytest.fixture(scope="module")
def kabul2_report(story_report):
    return story_report(KABUL2)


def test_the_recalled_bombing_s_toll_is_no_figure_of_the_drone_strike(kabul2_report):
    (strike,) = [e for e in kabul2_report["events"] if e["label"].startswith("air strike")]
    deaths = {c["value"]["best"] for c in event_claims(kabul2_report, strike) if c["attribute"] == "deaths"}
    assert 2 in deaths and 175 not in deaths
    methods = {c["value"]["method"] for c in event_claims(kabul2_report, strike) if c["kind"] == "method"}
    assert methods == {"air_strike"}


@pytest.mark.parametrize(
    "a, b, expected",
    [
        # gunmen beside suicide bombers: one complex attack
        ("suicide_bombing", "firearm", True),
        ("suicide_vest", "firearm", True),
        # ... but a bomb left behind and a drone strike stay rivals of a suicide bombing
        ("suicide_bombing", "planted_device", False),
        ("suicide_bombing", "air_strike", False),
    ],
)
def test_gunmen_and_suicide_bombers_are_one_attack(rules, a, b, expected):
    assert rules.methods.are_compatible(a, b) is expected
