"""Migrants left to die in an abandoned cargo van in the heat, told by five outlets over three days
(``tests/data/truck``, written for these tests after reading how real coverage of such a smuggling
death runs): a local station's first report, a wire flash, a regional paper with a consulate's
breakdown, a national paper with the prosecutors' account, a wire update.

The toll rises 40 -> 41 -> 43. Traps: a mechanic "spotted at least one body" (a discovery, no rival
of the toll); a guideline's "core temperature of 104" (a measure, no toll); "Of the 58 occupants of
the van, 40 had already died" (the 58 are those aboard, not the dead); "Twelve adults and four
children were taken to hospitals" (one list of 16, not 12); "nine people are still hospitalized"
(those in hospital now, never the 16 admitted revised down).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from stories import event_claims, findings_of, main_event, timeline_bests

TRUCK = Path(__file__).resolve().parent / "data" / "truck"


@pytest.fixture(scope="module")
def truck_report(story_report):
    return story_report(TRUCK)


def _claims(report: dict, attribute: str) -> list[dict]:
    return [c for c in event_claims(report, main_event(report)) if c["attribute"] == attribute]


def test_the_toll_rises_and_nothing_disputes_it(truck_report):
    main = main_event(truck_report)
    assert len(main["documents"]) == 5
    rises = [f["summary"] for f in findings_of(truck_report, "update", "deaths")]
    assert any(s.endswith(": 40 → 41 → 43.") for s in rises), rises
    # neither "at least one body" nor the guideline's temperature is set against the toll
    assert not findings_of(truck_report, "conflict", "deaths")
    assert 104 not in timeline_bests(truck_report, "deaths")


def test_the_occupants_are_those_aboard_not_the_dead(truck_report):
    assert {c["value"]["best"] for c in _claims(truck_report, "people_present")} == {58}
    assert 58 not in timeline_bests(truck_report, "deaths")


def test_a_list_of_adults_and_children_is_one_count(truck_report):
    (listed,) = [c for c in _claims(truck_report, "injured") if c["text"].startswith("Twelve adults")]
    assert listed["value"]["best"] == 16
    assert [p["best"] for p in listed["value"]["parts"]] == [12, 4]
    assert not findings_of(truck_report, "conflict", "injured")


def test_those_still_in_hospital_are_no_revision_of_those_admitted(truck_report):
    assert {c["value"]["best"] for c in _claims(truck_report, "hospitalised")} == {9}
    assert not findings_of(truck_report, "update", "admitted")
    assert not findings_of(truck_report, "conflict", "admitted")


@pytest.mark.parametrize(
    ("sentence", "attribute", "best"),
    [
        # the tagger calls "Forty migrants" a quantity here: still a count of people
        ("Forty migrants were found dead in a lorry on Monday.", "deaths", 40),
        ("Eleven victims are still hospitalized in the region, officials said.", "hospitalised", 11),
        ("Twelve adults and four kids were taken to hospitals, the fire chief said.", "injured", 16),
    ],
)
def test_sentences(story_report, tmp_path, sentence, attribute, best):
    (tmp_path / "a.md").write_text(f"---\ntitle: t\nsource: S\npublished: 2024-07-15\n---\n{sentence}\n")
    report = story_report(tmp_path)
    counts = [c for c in report["claims"] if c["kind"] == "count" and not c["value"].get("part")]
    assert [(c["attribute"], c["value"]["best"]) for c in counts] == [(attribute, best)]


def test_a_temperature_is_no_toll(story_report, tmp_path):
    text = "Doctors treat a body with a core temperature of 105 or greater at the time of collapse as a heat death."
    (tmp_path / "a.md").write_text(f"---\ntitle: t\nsource: S\npublished: 2024-07-15\n---\n{text}\n")
    report = story_report(tmp_path)
    assert not [c for c in report["claims"] if c["kind"] == "count" and c["value"].get("best") == 105]
