"""An ice storm told by three outlets over a week (``tests/data/scopes``, written for these tests):
the city of Merrick's police and mayor give the city's dead (4, 6, 8), Tarrow County's executive the
county's (7, 11, 13, 14), the governor the state's (12, 17, 21), and one page a figure of Tarrow and
Bessel counties together (15).

A fact-checker expects each place's toll on a line of its own, rising as updates: the city's four
is no rival of the county's seven said the same day, the state's 17 no revision of the county's 11,
and the two counties' 15 no step between the county's 13 and 14.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from stories import findings_of, main_event, timeline_line

SCOPES = Path(__file__).resolve().parent / "data" / "scopes"


@pytest.fixture(scope="module")
def scopes_report(story_report):
    return story_report(SCOPES)


def test_one_storm_holds_every_page(scopes_report):
    assert len(main_event(scopes_report)["documents"]) == 6


@pytest.mark.parametrize(
    ("where", "line"),
    [
        ("Merrick", [4, 6, 8]),
        ("Tarrow County", [7, 11, 13, 14]),
        ("the state", [12, 17, 21]),
        ("Bessel County+Tarrow County", [15]),
    ],
)
def test_each_place_has_its_own_rising_line(scopes_report, where, line):
    assert list(dict.fromkeys(timeline_line(scopes_report, "deaths", where))) == line


def test_no_place_is_set_against_a_place_that_holds_it(scopes_report):
    assert not findings_of(scopes_report, "conflict", "deaths")


def test_each_line_is_read_as_updates_of_its_own_place(scopes_report):
    updates = findings_of(scopes_report, "update", "deaths")
    summaries = " | ".join(u["summary"] for u in updates)
    assert "in Merrick" in summaries and "in Tarrow County" in summaries and "in the state" in summaries
    (city,) = [u for u in updates if "deaths in Merrick" in u["summary"]]
    assert "12" not in city["summary"] and "17" not in city["summary"]
