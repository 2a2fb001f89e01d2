"""A hurricane told country by country, written for these tests after reading how real coverage of
such a storm runs (``tests/data/melissa``, six short pages, invented): a wire flash at landfall, a
local paper, a regional wire, a digest, an aggregator that pins the combined sum on one country,
and a wire a week on.

Hurricane Corvina comes ashore in Belize on Tuesday 14 October 2025 as a Category 5. Belize's toll
rises 2 -> 6 -> 14 -> 21 (a local minister "hoping that there will be no more deaths": a wish, no
toll of nought); Guatemala's 22 -> 27 ("while Guatemala reports 22 deaths", written after a
sentence opening "In Belize,"); Mexico has no deaths ("No deaths have been reported in Mexico");
the sum across the countries 36 -> 48, which an aggregator gives as "risen to 36 in Belize".
Background: Hurricane Hattie's 275 dead in 1961.

A fact-checker expects one event, each country's toll on its own line rising, the sum on its own
line, Mexico's zero Mexico's only, the misattributed 36 never a step of Belize's toll, no hope read
as a count, and the older storm out of the event's figures.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from stories import findings_of, main_bests, main_event, timeline_line

MELISSA = Path(__file__).resolve().parent / "data" / "melissa"
WHOLE = "Belize+Guatemala+Mexico"


@pytest.fixture(scope="module")
def melissa_report(story_report):
    return story_report(MELISSA)


def test_one_storm_holds_every_page(melissa_report):
    main = main_event(melissa_report)
    assert len(main["documents"]) == 6 and main["date"] == "2025-10-14"
    assert 275 not in main_bests(melissa_report, "deaths")  # Hattie, 1961


def test_a_country_that_reports_a_toll_counts_its_own(melissa_report):
    # "In Belize, 14 fatalities have been confirmed, while Guatemala reports 22 deaths": Guatemala's 22
    assert 22 not in timeline_line(melissa_report, "deaths", "Belize")
    assert timeline_line(melissa_report, "deaths", "Guatemala") == [22, 22, 22, 27]


def test_a_hope_for_no_more_deaths_is_no_toll_of_nought(melissa_report):
    belize = timeline_line(melissa_report, "deaths", "Belize")
    assert 0 not in belize and belize[:4] == [2, 6, 14, 14]
    rises = [f["summary"] for f in findings_of(melissa_report, "update", "deaths")]
    assert any("deaths in Belize in" in s and ": 2 → 6 → 14 → 21." in s for s in rises), rises


def test_no_deaths_in_one_country_is_that_country_s_zero(melissa_report):
    assert timeline_line(melissa_report, "deaths", "Mexico") == [0]
    assert 0 not in timeline_line(melissa_report, "deaths", WHOLE)


def test_the_sum_across_the_countries_has_its_own_line(melissa_report):
    # "the death toll rising to at least 36 across several nations" and an unscoped "climbed to 36"
    # on a page giving each country's own: the whole's, though another page pins 36 on Belize
    assert timeline_line(melissa_report, "deaths", WHOLE)[:3] == [36, 36, 36]
    assert timeline_line(melissa_report, "deaths", WHOLE)[-1] == 48
    # the misattributed sum is never a step of Belize's toll: it is set against Belize's own
    conflicts = [f["summary"] for f in findings_of(melissa_report, "conflict", "deaths")]
    assert all("deaths in Belize in" in s and "“36”" in s for s in conflicts), conflicts
