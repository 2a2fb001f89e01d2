"""Independent estimates set against an official count (``tests/data/estimates`` and
``tests/data/estimates_flood``, written for these tests).

A storm on Morvania: the government's toll rises 16 -> 34 -> 64; months later a study estimates
4,645 deaths, one page restating "the official death toll stands at 64" beside it, a wire putting it
"far above the official toll of 64"; the government later concedes 1,427 "more people died than in
the same period of the previous year", and finally raises its toll "from 64 to 2,975". A flood in
Varnak: the government's 1,200, a UN estimate of at least 3,000 beside "the government says 1,200",
and local officials' fear of 2,000 beside the government's 1,200.

A fact-checker expects the estimate and the official count to be two positions held at once by two
bodies — one disagreement, never a rise of the official toll — the official series to stay its
own revisions, a fear beside the count to revise nothing, and the excess deaths to be another
measure than the toll.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from stories import findings_of, main_event, timeline_line

DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(scope="module")
def storm(story_report):
    return story_report(DATA / "estimates")


@pytest.fixture(scope="module")
def flood(story_report):
    return story_report(DATA / "estimates_flood")


def _sides(report: dict, finding: dict) -> list[set[float]]:
    best = {c["id"]: c["value"].get("best") for c in report["claims"]}
    return [{best[c] for c in side["claims"]} for side in finding["sides"]]


def _deaths(report: dict, verdict: str) -> list[list[set[float]]]:
    return [_sides(report, f) for f in findings_of(report, verdict, "deaths")]


def test_the_official_toll_beside_an_estimate_is_the_officials_count(storm):
    (official,) = [
        c for c in storm["claims"] if c["doc"] == "05_wire" and c["attribute"] == "deaths" and c["value"]["best"] == 64
    ]
    assert official["value"]["status"] == "reported"
    assert official["cited_source"] == "official"


def test_the_study_disputes_the_official_count_and_revises_nothing(storm):
    assert len(main_event(storm)["documents"]) == 6  # one storm on every page
    assert _deaths(storm, "conflict") == [[{64}, {4645}]]
    (conflict,) = findings_of(storm, "conflict", "deaths")
    assert "estimate" in conflict["note"]
    assert not any({4645} in sides for sides in _deaths(storm, "update"))


def test_the_official_series_stays_its_own_revisions(storm):
    (update,) = findings_of(storm, "update", "deaths")
    assert "16 → 34 → 64 → 2,975" in update["summary"]
    assert "4,645" not in update["summary"]
    # the estimate is still on the timeline, said after the toll of 64 it is set against
    line = timeline_line(storm, "deaths", None)
    assert line.index(4645) > line.index(64)


def test_deaths_above_the_same_period_of_other_years_are_excess_deaths(storm):
    excess = [c for c in storm["claims"] if c["doc"] == "05_wire" and c["value"].get("best") == 1427]
    assert [(c["attribute"], c["value"]["status"]) for c in excess] == [("deaths_excess", "excess")]


def test_a_un_estimate_beside_the_government_count_is_one_disagreement(flood):
    assert _deaths(flood, "conflict") == [[{1200}, {3000}]]
    (conflict,) = findings_of(flood, "conflict", "deaths")
    assert "The UN" in conflict["summary"]


def test_neither_an_estimate_nor_a_fear_beside_the_count_is_a_rise_of_it(flood):
    # (on main: "revised 2 times ... 1,200 -> 2,000 -> 3,000")
    assert not findings_of(flood, "update", "deaths")
