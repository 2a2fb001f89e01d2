"""A bridge brought down by a ship, told by four outlets over two days (``tests/data/bridge``,
written for these tests after reading real coverage of such a collapse): a wire's first story and
its next-day follow-up, a local paper's evening story, an international outlet.

Early on Tuesday 8 April 2025 a freighter that had lost power struck a support of the Harlan Street
bridge in Tolmar and the span fell into the river; eight road workers fell with it, two were pulled
out alive (one taken to hospital), six went missing, then were presumed dead; on the Wednesday
divers recovered two bodies and four stayed missing. The ship's 21 crew were unhurt; two harbour
pilots were also aboard. The police hoped to send divers back "around 6 a.m. Wednesday".

A fact-checker expects one event; the missing revised 6 -> 4; the ship's crash and the bridge's
collapse one happening, no rival causes; the crew's "no injuries" a count of the crew only, never
set against the worker taken to hospital; the crew's 21 and the pilots' two two counts of those
aboard, never a contradiction; a plan for Wednesday dated after the page, never when anything was
said; the time search and rescue efforts were underway the rescue's, no rival time of the collapse; a police colonel's name with and without "Colonel", an initial and "Jr." one spelling told
more or less fully.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from stories import findings_of, main_event, page_counts

BRIDGE = Path(__file__).resolve().parent / "data" / "bridge"


@pytest.fixture(scope="module")
def bridge_report(story_report):
    return story_report(BRIDGE)


def test_one_collapse_with_the_missing_revised(bridge_report):
    main = main_event(bridge_report)
    assert len(bridge_report["events"]) == 1
    assert main["date"] == "2025-04-08"
    (missing,) = findings_of(bridge_report, "update", "missing")
    assert [s["label"] for s in missing["sides"]] == ["6", "4"]


def test_six_are_missing_though_the_parse_joins_them_to_the_rescued(bridge_report):
    # "Two of them were pulled out alive and six are missing": "six" hung on "alive"
    assert ("missing", 6) in page_counts(bridge_report, "1_wire")
    assert ("rescued", 6) not in page_counts(bridge_report, "1_wire")


def test_the_bodies_of_two_of_the_workers_are_bodies_recovered(bridge_report):
    assert page_counts(bridge_report, "4_next_day") == {("bodies_recovered", 2), ("missing", 4)}


def test_the_crash_and_the_collapse_are_no_rival_causes(bridge_report):
    methods = {c["value"]["method"] for c in bridge_report["claims"] if c["kind"] == "method"}
    assert {"crash", "collapse"} <= methods
    assert not findings_of(bridge_report, "conflict", "method")


def test_the_crew_s_none_is_no_rival_of_the_worker_in_hospital(bridge_report):
    (none,) = [c for c in bridge_report["claims"] if c["kind"] == "count" and c["text"] == "no injuries"]
    assert none["value"]["best"] == 0 and none["value"]["part"] is True
    assert not findings_of(bridge_report, "conflict", "injured")


def test_the_crew_and_the_pilots_aboard_are_two_counts(bridge_report):
    aboard = {
        (c["value"]["best"], c["value"].get("subject"))
        for c in bridge_report["claims"]
        if c["kind"] == "count" and c["attribute"] == "people_present"
    }
    assert {best for best, _ in aboard} == {21, 2}
    assert not findings_of(bridge_report, "conflict", "people_present")


def test_a_plan_for_wednesday_is_no_day_anything_was_said(bridge_report):
    (plan,) = [
        c for c in bridge_report["claims"] if c["kind"] == "time" and c["text"] == "Wednesday" and c["doc"] == "2_local"
    ]
    assert plan["value"]["start"] == "2025-04-09"  # the next Wednesday: the sentence hopes to do it
    assert plan["value"]["role"] == "other"
    (said,) = {
        e["said"]
        for t in bridge_report["timelines"]
        if t["attribute"] == "missing"
        for e in t["entries"]
        if e["doc"] == "2_local"
    }
    assert said == "2025-04-08T20:00"  # the page's own time, not the plan's


def test_the_colonel_s_fuller_name_is_one_spelling_told_more_fully(bridge_report):
    (variant,) = findings_of(bridge_report, "variant")
    assert "Teodor R. Ruszak Jr." in variant["summary"] and "“Teodor Ruszak”" in variant["summary"]
    assert variant["severity"] == "info"


def test_the_rescue_s_start_is_no_time_of_the_collapse(bridge_report):
    # "Search and rescue efforts were underway as early as 2:15 a.m. when the bridge was struck"
    (clock,) = [c for c in bridge_report["claims"] if c["kind"] == "time" and c["text"] == "2:15 a.m."]
    assert clock["value"]["role"] == "after"
    assert not [f for f in bridge_report["findings"] if f["attribute"] == "time" and f["verdict"] != "agree"]
