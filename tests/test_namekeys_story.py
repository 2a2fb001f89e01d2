"""Named happenings other than storms, and a recalled storm's own sentence (``tests/data/namekeys``,
written for these tests after reading real coverage of two crashes of one airline months apart):
Pelican Air Flight PQ214, lost off Luzon with 112 aboard, told by two outlets; Flight PQ388, down
after take-off from Davao five months later with 149 aboard, told by two more — the first of them
recalling the earlier crash ("five months after Flight PQ214 plunged into the sea ..., killing all
112 people aboard"). Then a cyclone page that recalls Cyclone Talia in its lead ("six weeks after
Cyclone Talia") and gives Talia's toll in a sentence of its own ("Cyclone Talia killed more than 1,000").

A fact-checker expects each flight's page in its own flight's event, the 112 dead of the first
crash never a figure of the second (no conflict of 112 against 149), and the new cyclone's toll
four dead, never Talia's thousand.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from stories import event_claims

NAMEKEYS = Path(__file__).resolve().parent / "data" / "namekeys"


@pytest.fixture(scope="module")
def namekeys_report(story_report):
    return story_report(NAMEKEYS)


def _events_of(report: dict, doc: str) -> list[dict]:
    return [e for e in report["events"] if doc in e["documents"]]


def _deaths(report: dict, event: dict) -> set[int]:
    return {c["value"]["best"] for c in event_claims(report, event) if c["attribute"] == "deaths"}


def _main_event(report: dict, doc: str, deaths: int) -> dict:
    (event,) = [e for e in _events_of(report, doc) if deaths in _deaths(report, e)]
    return event


def test_two_flights_of_one_airline_are_two_events(namekeys_report):
    first = _main_event(namekeys_report, "1_harbourtimes", 112)
    second = _main_event(namekeys_report, "4_coastpost", 149)
    assert first["id"] != second["id"]
    assert {"1_harbourtimes", "2_islandwire"} <= set(first["documents"])
    assert {"3_metrodaily", "4_coastpost"} <= set(second["documents"])


def test_the_recalled_flight_s_toll_is_not_the_new_crash_s(namekeys_report):
    second = _main_event(namekeys_report, "3_metrodaily", 149)
    assert _deaths(namekeys_report, second) == {149}


def test_a_recalled_storm_s_own_sentence_leaves_the_lead_stretch(namekeys_report):
    storm = _main_event(namekeys_report, "5_bayherald", 4)
    assert 1001 not in _deaths(namekeys_report, storm)


@pytest.mark.parametrize(
    "sentence, names",
    [
        ("Lion Air flight 610 crashed into the sea.", [("flight 610", "flight", "Flight 610")]),
        (
            "The jet, Flight JT610, and flight JT 610 are one.",
            [("Flight JT610", "flight", "Flight 610"), ("flight JT 610", "flight", "Flight 610")],
        ),
        (
            "The flight data showed MH17 was hit; Malaysia Airlines Flight 17 fell.",
            [("MH17", "flight", "Flight 17"), ("Flight 17", "flight", "Flight 17")],
        ),
        ("The plane crashed 13 minutes into the flight 189 people.", []),
        ("An A320 left on the US 101 route past the SA-11 site.", []),
        ("Engineers fitted the MH17 valve to the pump.", []),
        (
            "Operation Protective Edge began on July 8.",
            [("Operation Protective Edge", "operation", "Operation Protective Edge")],
        ),
        ("Rescue Operation Ends Today.", []),
        ("The Camp Fire killed 85; the Paradise Fire Department said.", [("Camp Fire", "fire", "Camp Fire")]),
    ],
)
def test_named_happenings(rules, sentence, names):
    from verify.extract.happenings import named_happenings

    found = [
        (sentence[n.start : n.end], n.kind, n.canonical) for n in named_happenings(sentence, 0, len(sentence), rules)
    ]
    assert found == names
