"""A petrol tanker that exploded as villagers scooped its spilled fuel, told by three outlets
(``tests/data/jigawa``, written for these tests after reading real coverage of such a blast). A
fact-checker expects the toll's rise 62 -> 88 -> 91 and nothing else on the story's line of
deaths: not last month's tanker blast elsewhere ("Last month, at least 27 people were killed ...
when a fuel tanker exploded"), not a national year's statistic ("recorded 1,210 tanker crashes in
2022, which caused the death of 418 people"), not the governor's dead and hospitalised summed
("about 88 people that died and about 40 people in the hospital"), not a mourner's own family
("In my family, we lost about 23 people"); and those killed on the spot kept as a part of the
toll, never a toll that fell.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from stories import event_claims, findings_of, main_bests, main_event

JIGAWA = Path(__file__).resolve().parent / "data" / "jigawa"


@pytest.fixture(scope="module")
def jigawa_report(story_report):
    return story_report(JIGAWA)


def test_the_toll_rises_with_no_other_happening_on_its_line(jigawa_report):
    assert main_bests(jigawa_report, "deaths") == {62, 88, 91}
    (deaths,) = findings_of(jigawa_report, "update", "deaths")
    assert deaths["summary"].endswith(": 62 → 88 → 91.")
    assert not findings_of(jigawa_report, "conflict", "deaths")


def test_a_year_of_national_crashes_is_no_toll_of_the_blast(jigawa_report):
    figures = {c["value"]["best"] for c in jigawa_report["claims"] if c["attribute"] == "deaths"}
    assert 418 in figures and 418 not in main_bests(jigawa_report, "deaths")


def test_last_months_blast_elsewhere_is_another_event(jigawa_report):
    main = main_event(jigawa_report)
    others = [c for e in jigawa_report["events"] if e is not main for c in event_claims(jigawa_report, e)]
    assert 27 in {c["value"]["best"] for c in others if c["attribute"] == "deaths"}


def test_the_dead_on_the_spot_and_a_familys_losses_are_parts(jigawa_report):
    main = main_event(jigawa_report)
    attrs = {(c["attribute"], c["value"]["best"]) for c in event_claims(jigawa_report, main) if c["kind"] == "count"}
    assert ("scene_deaths", 59) in attrs
    assert ("deaths_part", 23) in attrs
    assert not any(best in (59, 23, 128) for a, best in attrs if a == "deaths")
