"""An air strike on a hospital told by five outlets (``tests/data/coalition``, written for these
tests): a coalition "led" by a country, named in full by some pages and as "the coalition" by
others, said to have struck and then denying it; a staff member's name transliterated three ways
("Abdul Kareem", "Abdulkareem", "Abdulkarim"); a nurse who saw two bodies; a capital and another
city one letter apart (Sanaa, Saada); an earlier strike on a school told as background; a lone
"Staff" opening a sentence.

A fact-checker expects one strike at the Abs hospital with the school strike apart; the coalition
the actor, its denial set against the report that it struck; one person spelled three ways; the
toll's rise with no conflict from what one nurse saw; two cities, not one.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from stories import findings_of

COALITION = Path(__file__).resolve().parent / "data" / "coalition"


@pytest.fixture(scope="module")
def coalition_report(story_report):
    return story_report(COALITION)


def test_one_strike_with_the_school_strike_apart(coalition_report):
    (event,) = [e for e in coalition_report["events"] if len(e["documents"]) == 5]
    assert event["label"] == "air strike at Abs hospital, Yemen on 2025-08-11"
    (school,) = [e for e in coalition_report["events"] if e is not event]
    assert school["documents"] == ["4_post"] and "Saada" in school["label"]


def test_the_led_coalition_struck_and_denies_it(coalition_report):
    (blame,) = findings_of(coalition_report, "conflict", "perpetrator")
    assert blame["summary"].startswith(
        "Responsibility for air strike at Abs hospital, Yemen on 2025-08-11 is disputed: Saudi-led coalition asserted"
    )
    assert "vs Saudi-led coalition denied" in blame["summary"]
    by_id = {c["id"]: c for c in coalition_report["claims"]}
    # the sources that say it struck, and those that accuse it, are one side against its denial
    assert {by_id[i]["value"]["stance"] for i in blame["claims"]} == {"asserted", "accused", "denied"}


def test_the_toll_rises_and_what_a_nurse_saw_is_no_toll(coalition_report):
    (deaths,) = findings_of(coalition_report, "update", "deaths")
    assert deaths["summary"].endswith("11 → 19 → 21.")
    assert not findings_of(coalition_report, "conflict", "deaths")
    (seen,) = [c for c in coalition_report["claims"] if c["text"] == "two bodies"]
    assert (seen["attribute"], seen["value"]["status"]) == ("deaths_witnessed", "witnessed")


def test_one_staff_member_spelled_three_ways_and_two_cities(coalition_report):
    (variant,) = findings_of(coalition_report, "variant", "name")
    for spelling in ("“Abdul Kareem al-Hakimi”", "“Abdulkareem Al Hakimi”", "“Abdulkarim al-Hakeemi”"):
        assert spelling in variant["summary"]
    people = {e["name"] for e in coalition_report["entities"] if e["kind"] == "person"}
    assert "Staff" not in people
    places = {e["name"] for e in coalition_report["entities"] if e["kind"] == "place"}
    assert {"Sanaa", "Saada"} <= places
