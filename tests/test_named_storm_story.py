"""A named storm told by four outlets (``tests/data/named_storm``, written for these tests): the
weather service's warning two days before landfall ("Cyclone Veyra to strike Halden coast on
Sunday"), a wire story the day after, a live blog whose outlet spells the storm "Veira", and a local
daily two days on. Beside the storm, the wire and the live blog each give a paragraph to unrelated
floods in Dunmar province ("Separately, floods have killed nine people ... on Tuesday", then "the
toll from separate floods in Dunmar province rose to 11"); the live blog's next entry goes back to
the storm ("Welcome to our live coverage of Cyclone Veira").

A fact-checker expects the storm's name to be neither a person nor a place but the storm's own, one
entity spelled two ways; the warning page, which names no toll, in the storm's event by that name;
the Sunday of "to strike ... on Sunday" the Sunday to come; the floods one event of their own with
their rise from nine to 11, and the live blog's return to the storm back in the storm's event.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from stories import event_claims, findings_of, main_event

STORM = Path(__file__).resolve().parent / "data" / "named_storm"


@pytest.fixture(scope="module")
def storm_report(story_report):
    return story_report(STORM)


def test_the_storm_s_name_is_its_own_entity_spelled_two_ways(storm_report):
    kinds = {e["name"]: e["kind"] for e in storm_report["entities"]}
    assert "Veyra" not in kinds and "Cyclone Veyra" in kinds
    assert kinds["Cyclone Veyra"] == "happening"
    assert not [n for n, k in kinds.items() if k in ("person", "place") and ("Veyra" in n or "Veira" in n)]
    (storm,) = [e for e in storm_report["entities"] if e["kind"] == "happening"]
    assert {v["text"] for v in storm["variants"]} == {"Cyclone Veyra", "Cyclone Veira", "Veyra"}
    (variant,) = findings_of(storm_report, "variant")
    assert variant["summary"].startswith("One named happening is spelled 2 ways across sources: “Cyclone Veira”")


def test_the_warning_joins_the_storm_on_the_sunday_to_come(storm_report):
    main = main_event(storm_report)
    assert main["label"] == "storm in Ostrand on 2026-03-15"
    assert main["documents"] == ["01_warning", "02_wire", "03_liveblog", "04_daily"]
    sundays = {
        c["value"]["start"] for c in storm_report["claims"] if c["doc"] == "01_warning" and c["text"] == "Sunday"
    }
    assert sundays == {"2026-03-15"}  # the headline's "to strike ... on Sunday" and the body's "forecast to"
    assert not findings_of(storm_report, "conflict")


def test_the_floods_are_one_event_of_their_own_and_the_live_blog_returns_to_the_storm(storm_report):
    (floods,) = [e for e in storm_report["events"] if "Dunmar" in e["label"]]
    assert floods["label"] == "flood in Dunmar province on 2026-03-10"
    assert floods["documents"] == ["02_wire", "03_liveblog"]
    (rise,) = [f for f in findings_of(storm_report, "update", "deaths") if "Dunmar" in f["summary"]]
    assert "“nine people” [9]" in rise["summary"] and "[11]" in rise["summary"]
    storm = {c["sentence"][:22] for c in event_claims(storm_report, main_event(storm_report))}
    assert "Welcome to our live co" in storm
    assert not [s for s in storm if "Dunmar" in s]
