"""A migrant trawler that capsized off Korvali, told by four outlets (``tests/data/pylos``, written
for these tests after reading real coverage of such a shipwreck): bodies recovered rise 61 -> 64,
97 rescued; the pages also name the ships "involved in the search for survivors", set the sinking
among the Mediterranean's tallies ("so far in 2023 the toll has reached 1,320") and list earlier
shipwrecks ("In May 2016, dozens of migrants are reported missing after ..."); survivors accuse the
coast guard of towing the boat, which it denies. A fact-checker expects the bodies' rise as an
update, the searchers never read as who caused the sinking (no dispute between them and the
coast guard's denial), and neither the sea's yearly tally nor an earlier wreck's missing counted
as the shipwreck's own.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from stories import event_claims, findings_of, main_bests, main_event

PYLOS = Path(__file__).resolve().parent / "data" / "pylos"


@pytest.fixture(scope="module")
def pylos_report(story_report):
    return story_report(PYLOS)


def test_the_bodies_recovered_rise_as_an_update(pylos_report):
    assert len(main_event(pylos_report)["documents"]) >= 3
    (bodies,) = findings_of(pylos_report, "update", "bodies_recovered")
    assert [s["label"] for s in bodies["sides"]] == ["61+", "64"]
    assert main_bests(pylos_report, "rescued") == {97}


def test_ships_in_the_search_are_no_perpetrator(pylos_report):
    perpetrators = [
        c["text"] for c in event_claims(pylos_report, main_event(pylos_report)) if c["attribute"] == "perpetrator"
    ]
    assert not any("patrol boats" in p or "frigate" in p.lower() for p in perpetrators)
    assert findings_of(pylos_report, "conflict", "perpetrator") == []


def test_the_survivors_accusation_is_kept(pylos_report):
    accused = [
        c
        for c in event_claims(pylos_report, main_event(pylos_report))
        if c["attribute"] == "perpetrator" and c["value"].get("stance") == "accused"
    ]
    assert [c["doc"] for c in accused] == ["4_inquiry"]


@pytest.mark.parametrize(("attribute", "best"), [("deaths", 1320), ("missing", 24)])
def test_a_yearly_tally_and_an_earlier_wreck_are_not_the_shipwrecks(pylos_report, attribute, best):
    assert best not in main_bests(pylos_report, attribute)
    assert findings_of(pylos_report, "update", "deaths") == []
