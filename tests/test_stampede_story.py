"""A crush at a football stadium told by eight outlets (``tests/data/stampede``, written for these
tests, after how real coverage of a stadium crush reads): police fire tear gas at fans who ran onto
the pitch, and the crowd crushes at the exits. A disaster agency's first toll of 153 is withdrawn as
double counting (118), then rises as the hurt die (124, 126); a rights group fears 200.

The traps: tear gas named far more often than the crush; cars "set on fire" outside the ground; a
match "with a final score of 2-3" after "chaos broke out"; "six more people succumbed to their
injuries"; "some bodies were taken straight home"; "21 children were among the dead"; the toll
revised "from Saturday's stadium crush down to 118 from 153"; a page whose lead tells the police
chief's removal on Monday before it goes back to Saturday's crush.

A fact-checker expects one crush at Pradena Stadium on March 14, told by all eight pages; no rival
of the crush in the burnt cars; a toll revised down from 153 and rising to 126, with no dispute of
the withdrawn 153 by the later figures; no figure of people who escaped in a score, none of the
hurt in those who died of their injuries, no abduction in bodies taken home, and the children a
part of the dead.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from stories import event_claims, findings_of, main_event

STAMPEDE = Path(__file__).resolve().parent / "data" / "stampede"


@pytest.fixture(scope="module")
def stampede_report(story_report):
    return story_report(STAMPEDE)


def test_a_crush_at_the_stadium_told_by_every_page_not_the_tear_gas(stampede_report):
    main = main_event(stampede_report)
    assert main["label"] == "crush at Pradena Stadium, Veltrano on 2026-03-14"
    assert len(main["documents"]) == 8  # the page that opens on the chief's removal on Monday too


def test_the_cars_set_on_fire_are_no_rival_of_the_crush(stampede_report):
    assert findings_of(stampede_report, "conflict", "method") == []


def test_the_withdrawn_toll_is_revised_down_and_the_toll_rises_after_it(stampede_report):
    (series,) = findings_of(stampede_report, "update", "deaths")
    assert series["summary"].endswith("40 → 153 → 118 → 124 → 126.")
    assert findings_of(stampede_report, "conflict", "deaths") == []  # 126 disputes no withdrawn 153
    revised = [
        c
        for c in stampede_report["claims"]
        if c["doc"] == "03_revised_down" and c["attribute"] == "deaths" and c["value"].get("revision")
    ]
    assert {c["value"]["revision"]["direction"] for c in revised} == {"down"}


def test_a_score_and_the_hurt_who_died_later_are_no_figures_of_the_escaped_or_the_injured(stampede_report):
    claims = event_claims(stampede_report, main_event(stampede_report))
    assert not [c for c in claims if c["attribute"].startswith("escaped")]
    assert not [c for c in claims if c["attribute"] == "injured" and c["value"]["best"] == 6]
    (later,) = [c for c in claims if c["text"] == "Six more people"]
    assert later["attribute"] == "deaths_increment"


def test_the_feared_toll_is_no_abduction_and_the_children_are_a_part_of_the_dead(stampede_report):
    claims = event_claims(stampede_report, main_event(stampede_report))
    assert not [c for c in claims if c["attribute"].startswith("abducted")]
    (feared,) = [c for c in claims if c["text"] == "200"]
    assert feared["attribute"] == "deaths_projected"
    (children,) = [c for c in claims if c["attribute"] == "deaths_children"]
    assert children["value"]["best"] == 21 and children["value"]["part"]
