"""A river ferry that caught fire, told by three outlets (``tests/data/congoboat``, written for these
tests after reading real coverage of such a fire): beside the toll (30, then 52) the pages tell how
some of the dead died ("several passengers drowned after jumping into the water", "several of the
victims drowned because they could not swim"), and recall other disasters ("hundreds ... in
similar incidents in recent years", "in early 2024, at least 19 people drowned"). A fact-checker
expects only the toll on the ferry's deaths: its rise 30 -> 52, no contradiction from a part of
the dead, nor a revision down to another year's tally.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from stories import findings_of, main_bests, main_event, page_counts

CONGOBOAT = Path(__file__).resolve().parent / "data" / "congoboat"


@pytest.fixture(scope="module")
def congoboat_report(story_report):
    return story_report(CONGOBOAT)


def test_the_ferry_deaths_are_its_toll_only(congoboat_report):
    assert len(main_event(congoboat_report)["documents"]) == 3
    assert main_bests(congoboat_report, "deaths") == {30, 52}


def test_the_toll_rises_without_contradiction(congoboat_report):
    assert findings_of(congoboat_report, "conflict", "deaths") == []
    (deaths,) = findings_of(congoboat_report, "update", "deaths")
    assert [s["label"] for s in deaths["sides"]] == ["30+", "52+"]


@pytest.mark.parametrize("doc", ["1_wire", "2_daily"])
def test_those_who_drowned_unable_to_swim_are_a_part_of_the_toll(congoboat_report, doc):
    # "several of the victims": a part of those, still counted apart from the toll
    counts = page_counts(congoboat_report, doc)
    assert {a for a, best in counts if best == 3} <= {"non_swimmer_deaths", "non_swimmer_deaths_part"}
    assert any(a.startswith("non_swimmer_deaths") for a, _ in counts)


def test_a_part_of_an_earlier_year_dates_another_disaster(congoboat_report):
    assert ("deaths", 19) in page_counts(congoboat_report, "2_daily")
    assert 19 not in main_bests(congoboat_report, "deaths")
