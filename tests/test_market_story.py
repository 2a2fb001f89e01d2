"""An air strike on a town's market told by six outlets (``tests/data/market``, written for these
tests). The town, "Tel Marwan", is one the small model reads as a person's name; one outlet recalls a
strike on a school "in nearby Kafr Ula" that killed nine; activists blame "government forces" and the
government accuses rebels; an opposition outlet says artillery shelled the market; the toll is given
with the children among the dead; the doctor's name is spelled two ways and his words quoted two ways.

A fact-checker expects: the event placed in Tel Marwan, the town never a person; the nearby school's
nine kept out of the toll; "government forces" blamed as the government of wherever it happened —
never a country this story does not name — and the blame disputed with the rebels; the children
counted as a part of each toll and compared with each other, never as a toll.
"""

from __future__ import annotations

from pathlib import Path

import pytest

MARKET = Path(__file__).resolve().parent / "data" / "market"


@pytest.fixture(scope="module")
def market_report(story_report):
    return story_report(MARKET)


def _main(report):
    return max(report["events"], key=lambda e: len(e["documents"]))


def test_the_town_is_the_event_s_place_and_never_a_person(market_report):
    event = _main(market_report)
    assert len(event["documents"]) == 6
    assert event["place"] == "Tel Marwan" and event["label"] == "air strike in Tel Marwan on 2025-03-09"
    # a page that calls it a town ("in Tel Marwan", "the town of Tel Marwan") reads it as a place
    # throughout; the pages that do not ("Tel Marwan's main market") join the place's entity
    cued = {"1_wire", "3_intl", "5_agency", "6_daily"}
    people = {c["text"] for c in market_report["claims"] if c["kind"] == "person" and c["doc"] in cued}
    assert "Tel Marwan" not in people and "Kafr Ula" not in people
    kinds = {e["name"]: e["kind"] for e in market_report["entities"]}
    assert kinds["Tel Marwan"] == "place" and kinds["Kafr Ula"] == "place"
    assert [e["kind"] for e in market_report["entities"] if e["name"] in ("Tel Marwan", "Kafr Ula")] == ["place"] * 2


def test_the_nearby_school_s_dead_are_no_part_of_the_toll(market_report):
    event = _main(market_report)
    ids = set(event["claims"])
    deaths = {c["value"]["best"] for c in market_report["claims"] if c["id"] in ids and c["attribute"] == "deaths"}
    assert deaths == {18, 27, 31, 34}


def test_the_children_among_the_dead_are_parts_compared_with_each_other(market_report):
    counts = {(c["doc"], c["attribute"], c["value"]["best"]) for c in market_report["claims"] if c["kind"] == "count"}
    assert ("2_local", "deaths_children", 6) in counts and ("6_daily", "deaths_children", 8) in counts
    assert ("6_daily", "deaths", 34) in counts  # "has reached 34, among them eight children": the total
    (children,) = [f for f in market_report["findings"] if f["attribute"] == "deaths_children"]
    assert children["verdict"] == "update" and "deaths (children)" in children["summary"]


def test_government_forces_are_the_government_and_the_blame_is_disputed_with_the_rebels(market_report):
    actors = {c["value"]["actor"] for c in market_report["claims"] if c["kind"] == "attribution"}
    assert actors == {"the government", "rebels"}  # no country the story does not name
    (blame,) = [f for f in market_report["findings"] if f["attribute"] == "perpetrator" and f["verdict"] == "conflict"]
    assert "the government asserted" in blame["summary"] and "rebels accused" in blame["summary"]


def test_shelling_against_air_strikes_and_the_doctor_s_two_spellings(market_report):
    verdicts = {(f["verdict"], f["attribute"]) for f in market_report["findings"]}
    assert {("conflict", "method"), ("variant", "name"), ("altered_quote", "quote")} <= verdicts
