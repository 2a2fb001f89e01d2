"""Monsoon floods over a country told for weeks (``tests/data/pakfloods``, written for these tests
after the shape of the 2022 Pakistan floods coverage, with invented outlets, people and figures):
a wire story, a capital paper on the relief operation, a daily on the children among the dead, a
bulletin of the authority's daily report and a provincial paper.

The National Disaster Authority's toll "since June 14" rises 912 -> 1,004 -> 1,206 -> 1,251 ->
1,390; the worst-hit province's own toll rises 412 -> 530 ("reached 530 in the province"). The
traps: provinces named in every page and figures counted province by province ("22 of them in
Madhesh province and 11 in Koshi province"), which do not make the flood a province's; the
province's toll set beside the national one; a day's list of the dead by district ("two women and
four children in Siraha") beside the 402 children among the national toll; the days each page
tells its news of ("a relief operation was under way on Monday", "a committee met on Saturday",
"said on Sunday"); daily tallies "in the past 24 hours" on pages of other days; the floods of 2011
(more than 1,900 dead) as the comparison.

A fact-checker expects one flood in Nepal holding the pages of its national toll; that toll rising
as updates with no provincial or district figure in it, and the province's own rise compared apart;
no fall of the children's toll from a district's four; no conflict over the day of a flood that
lasts weeks; no second event of several pages made of daily tallies.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from stories import findings_of, main_event, timeline_line

FLOODS = Path(__file__).resolve().parent / "data" / "pakfloods"


@pytest.fixture(scope="module")
def floods_report(story_report):
    return story_report(FLOODS)


def test_one_flood_of_the_country_never_of_a_province(floods_report):
    main = main_event(floods_report)
    assert main["label"].startswith("flood in Nepal ")
    assert {"02_herald", "03_daily", "04_bulletin", "05_madhesh"} <= set(main["documents"])
    # daily tallies from pages of other days are no event of their own
    assert [e["label"] for e in floods_report["events"] if len(e["documents"]) > 1] == [main["label"]]


def test_the_national_toll_rises_with_no_province_s_figure_in_it(floods_report):
    line = timeline_line(floods_report, "deaths", None)
    tolls = [n for n in line if n in (1004, 1206, 1251, 1390)]
    assert tolls == sorted(tolls) and {1206, 1251, 1390} <= set(tolls)
    assert not {412, 530, 22, 11, 19} & set(line)
    national = [f for f in findings_of(floods_report, "update", "deaths") if "1,390" in f["summary"]]
    assert len(national) == 1
    assert "412" not in national[0]["summary"] and "530" not in national[0]["summary"]
    assert "revised down" not in national[0]["summary"]
    # the province's own toll is compared apart, and rises
    assert timeline_line(floods_report, "deaths", "Madhesh") == [412, 530]
    (province,) = [f for f in findings_of(floods_report, "update", "deaths") if "Madhesh" in f["summary"]]
    assert "rose" in province["summary"]


def test_a_district_s_children_are_no_fall_of_the_children_s_toll(floods_report):
    assert not findings_of(floods_report, "update", "deaths_children")
    assert not findings_of(floods_report, "conflict", "deaths_children")


def test_the_days_each_page_tells_its_news_of_are_no_rival_days(floods_report):
    assert not findings_of(floods_report, "conflict", "date")
    assert not findings_of(floods_report, "conflict")
