"""A gas truck that blows up in a crowded city district at night, told by five outlets over six
days (``tests/data/embakasi``, written for these tests after reading how real coverage of such a
blast runs): a city daily at dawn, a wire, a web outlet's toll update, a broadcaster's hospital
figures, a court report.

A truck of gas cylinders exploded at a depot in Tarsa, Port Veldt, at about 11.40pm on Thursday
6 March 2025. The toll rose 2 -> 3 -> 6 ("one adult and a minor" at first, "as at 5.15am", the
police commander's count at dawn); the injured 150 -> 188 -> more than 250. The hurt went to
hospitals ("24 at the Veldt General Hospital, 130 at St Agnes Hospital", "referred to", "in
critical condition at"); one hospital "received a total of 58 patients"; 19 were "treated
on-site". The number of injured "shot up"; the fire "erupted" at the depot.

A fact-checker expects one event set in Tarsa, never in a hospital; a toll that only rises with
no patients among the dead; no shooting and no volcano set against the gas explosion; no clock
conflict from the hour a count stood at.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from stories import event_claims, findings_of, main_event, timeline_bests

EMBAKASI = Path(__file__).resolve().parent / "data" / "embakasi"


@pytest.fixture(scope="module")
def embakasi_report(story_report):
    return story_report(EMBAKASI)


def test_one_event_set_where_it_happened_not_where_the_hurt_went(embakasi_report):
    main = main_event(embakasi_report)
    assert len(main["documents"]) == 5
    assert main["place"] == "Tarsa" and "Hospital" not in main["label"], main["label"]


def test_the_toll_rises_and_counts_no_patients(embakasi_report):
    # "received a total of 58 patients": "a total of" says how it counts, no death toll
    assert timeline_bests(embakasi_report, "deaths") == {2, 3, 6}
    assert not findings_of(embakasi_report, "conflict", "deaths")
    patients = [c for c in embakasi_report["claims"] if c["kind"] == "count" and c["value"]["best"] == 58]
    assert [c["attribute"] for c in patients] == ["patients"]


def test_one_adult_and_a_minor_are_two_dead(embakasi_report):
    (first,) = [c for c in embakasi_report["claims"] if c["text"] == "one adult and a minor"]
    assert first["attribute"] == "deaths" and first["value"]["low"] == 2


def test_no_shooting_or_eruption_against_the_gas_explosion(embakasi_report):
    methods = {
        c["value"]["method"]
        for c in event_claims(embakasi_report, main_event(embakasi_report))
        if c["kind"] == "method"
    }
    assert not methods & {"firearm", "eruption"}, methods
    assert not [
        f for f in embakasi_report["findings"] if f["verdict"] == "conflict" and f["attribute"] in ("method", "cause")
    ]


def test_the_hour_a_count_stood_at_is_no_time_of_the_blast(embakasi_report):
    (dawn,) = [c for c in embakasi_report["claims"] if c["kind"] == "time" and c["text"] == "5.15am"]
    assert dawn["value"]["role"] == "statement"
    assert not findings_of(embakasi_report, "conflict", "time")
