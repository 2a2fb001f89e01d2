"""Two named cyclones three weeks apart on one coast of one country (``tests/data/stormname``,
written for these tests after reading how real coverage of a second storm runs): Cyclone Talia,
told by two outlets, then Cyclone Rowan, told by two more — the first of them opening on "a
powerful tropical cyclone made landfall ... three weeks after Cyclone Talia" and recalling Talia
again ("still recovering from another cyclone, Talia").

A fact-checker expects two storms: country, kind and a three-week window do not make Rowan's page
a report of Talia, and the page that names both tells the storm it leads with, not the one it recalls.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from stories import event_claims

STORMNAME = Path(__file__).resolve().parent / "data" / "stormname"


@pytest.fixture(scope="module")
def stormname_report(story_report):
    return story_report(STORMNAME)


def _event_of(report: dict, doc: str) -> dict:
    (event,) = [e for e in report["events"] if doc in e["documents"]]
    return event


def test_two_named_storms_are_two_events(stormname_report):
    talia = _event_of(stormname_report, "1_islandpost")
    rowan = _event_of(stormname_report, "4_harbourwire")
    assert talia["id"] != rowan["id"]
    assert set(talia["documents"]) == {"1_islandpost", "2_coastradio"}
    assert set(rowan["documents"]) == {"3_meridian", "4_harbourwire"}


def test_each_storm_keeps_its_own_toll(stormname_report):
    talia = _event_of(stormname_report, "1_islandpost")
    deaths = {c["value"]["best"] for c in event_claims(stormname_report, talia) if c["attribute"] == "deaths"}
    assert deaths and not deaths & {4, 6}
    winds = {c["value"]["best"] for c in event_claims(stormname_report, talia) if c["attribute"] == "km_per_hour"}
    assert 230 not in winds


@pytest.mark.parametrize(
    "sentence, recalled",
    [
        ("A powerful cyclone made landfall on Wednesday, three weeks after Cyclone Talia battered the coast.", True),
        ("The island is still recovering from another cyclone, Talia, which hit the port.", True),
        ("Cyclone Rowan struck the coast near Mahanoro on Wednesday, killing four people.", False),
    ],
)
def test_a_name_told_as_an_earlier_storm_is_recalled(parse, rules, sentence, recalled):
    from verify.extract.entities import recalled_happening

    (sent,) = parse(sentence).sents
    (name,) = re.finditer(r"(?:Cyclone )?(?:Talia|Rowan)\b", sentence)
    assert recalled_happening(sent, name.start(), name.end(), rules) is recalled
