"""A great earthquake felt in two countries, told by four outlets (``tests/data/myanmar``, written
for these tests after reading real coverage of such a quake): the council's toll in Vardenia rises
612 -> 1,433 -> 1,987 while a seismic institute's model says the dead "could exceed" or are "likely
to be at least" 5,000 — a projection, never a toll to set against the count; a 5.9 aftershock
follows the 7.4 quake — its own shock, no rival magnitude; an airport "unable to land planes" is
no air strike; "Senior Gen Dorun Vasko" is "Dorun Vasko" with his rank; a sentence going on from
the neighbour's toll ("Officials also said that more than 70 people were missing") counts the
neighbour's missing.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from stories import findings_of, main_event, timeline_line

MYANMAR = Path(__file__).resolve().parent / "data" / "myanmar"


@pytest.fixture(scope="module")
def quake_report(story_report):
    return story_report(MYANMAR)


def _claims(report: dict, attribute: str) -> list[dict]:
    return [c for c in report["claims"] if c["attribute"] == attribute]


def test_a_model_s_projection_is_no_toll(quake_report):
    assert not findings_of(quake_report, "conflict", "deaths")
    projected = {c["doc"]: c["value"]["best"] for c in _claims(quake_report, "deaths_projected")}
    assert projected.get("2_daily") == 5000  # "is likely to be at least 5,000, according to models"
    assert projected.get("3_flash") == 2000  # "was expected to reach 2,000"
    assert 5000 not in {c["value"]["best"] for c in _claims(quake_report, "deaths")}


def test_the_toll_rises_as_the_council_told_it(quake_report):
    (deaths,) = findings_of(quake_report, "update", "deaths")
    assert deaths["summary"].endswith("612 → 1,433 → 1,987.")
    assert timeline_line(quake_report, "deaths", "Vardenia") == [612, 1433, 1987]


def test_a_sentence_going_on_from_the_neighbour_s_toll_counts_the_neighbour_s_missing(quake_report):
    # "At least 9 workers were also killed in neighbouring Kestria ... Officials also said that more
    # than 70 people were missing from the building site": Kestria's missing, not against
    # Vardenia's 25
    assert not findings_of(quake_report, "conflict", "missing")
    (missing,) = [c for c in _claims(quake_report, "missing") if c["doc"] == "1_wire"]
    assert missing["value"]["where"] == "Kestria"


def test_an_aftershock_s_magnitude_is_its_own(quake_report):
    assert not findings_of(quake_report, "conflict", "magnitude")
    assert not findings_of(quake_report, "update", "magnitude")
    assert {c["value"]["best"] for c in _claims(quake_report, "magnitude")} == {7.4}
    assert {c["value"]["best"] for c in _claims(quake_report, "aftershock_magnitude")} == {5.9}


def test_planes_an_airport_cannot_land_are_no_air_strike(quake_report):
    assert not findings_of(quake_report, "conflict", "method")
    assert main_event(quake_report)["label"].startswith("earthquake ")


def test_a_rank_is_no_other_spelling_of_a_name(quake_report):
    variants = [f for f in findings_of(quake_report, "variant") if "Vasko" in f["summary"]]
    assert not variants
