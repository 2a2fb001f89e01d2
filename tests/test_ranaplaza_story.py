"""A garment factory building's collapse followed for two and a half weeks by six outlets
(``tests/data/ranaplaza``, written for these tests after reading real coverage of such a collapse):
a toll that climbs as bodies come out of the rubble (64 -> 290 -> 612 -> 960), bodies handed over
to families, unclaimed bodies buried, and one army tally told with its parts ("stands at 612, with
598 bodies recovered from the rubble and 14 victims who died in hospital").
A fact-checker expects the buried bodies as a figure of their own, never bodies handed over nor a
tally of those recovered, and the two parts of the army's tally held as parts, never a toll.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from stories import findings_of, main_bests, main_event, page_counts, timeline_bests

RANAPLAZA = Path(__file__).resolve().parent / "data" / "ranaplaza"


@pytest.fixture(scope="module")
def ranaplaza_report(story_report):
    return story_report(RANAPLAZA)


def test_one_collapse_holds_every_page_and_its_toll_only_rises(ranaplaza_report):
    assert len(main_event(ranaplaza_report)["documents"]) == 6
    assert findings_of(ranaplaza_report, "conflict") == []
    (deaths, *_) = findings_of(ranaplaza_report, "update", "deaths")
    assert deaths["summary"].endswith(": 64 → 290 → 601 → 612 → 960.")


def test_buried_bodies_are_their_own_figure(ranaplaza_report):
    assert main_bests(ranaplaza_report, "buried") == {145, 160}
    # neither a share of the bodies handed over nor a step down of those recovered
    assert not {145, 160} & main_bests(ranaplaza_report, "handed_over")
    assert not {145, 160} & timeline_bests(ranaplaza_report, "bodies_recovered")
    assert ("buried", 145) in page_counts(ranaplaza_report, "4_post")
    assert findings_of(ranaplaza_report, "update", "handed_over") == []


def test_a_tally_told_with_its_parts_holds_them_as_parts(ranaplaza_report):
    counts = page_counts(ranaplaza_report, "3_agency")
    assert {("deaths", 612), ("bodies_recovered", 598), ("deaths_part", 14)} <= counts
    assert ("bodies_recovered", 14) not in counts
    assert 14 not in timeline_bests(ranaplaza_report, "deaths")
