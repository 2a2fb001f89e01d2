"""An air strike on a hospital told by seven outlets over five days (``tests/data/hospital``, written
for these tests): a wire report datelined in another city, the charity that supports the hospital,
a live blog whose entries are stamped to the minute, a local paper, a UN statement relayed, a
follow-up and a weekly round-up. Four bodies give the dead — the health directorate (14, then 23),
the rescue service (12, 17, 21), a monitor (19, then 24) and the charity ("at least 11", its two
nurses among them) — with a UN "at least 16" the next morning; "two of the wounded died overnight";
a victim is "a mother of two"; "three hospital workers" survived; the government denies the strike;
the hospital was hit before, in October 2023, and a region-wide tally of attacks since April and
of civilians killed since January are given as background, and the local paper tells of two
killed by shelling on the Sunday before; a photo caption shows a strike on a
market elsewhere, weeks earlier.

A fact-checker expects one strike at the al-Rahma hospital on the Monday, holding every article;
the tolls read in the order said (the wire's dateline day tells no less than its minute stamp);
each body's rise a revision, the monitor's 19 against the rescue service's 17 that evening a
disagreement, the floors said later ("at least 11", "at least 16") no step down and no dispute;
no death toll of two from a mother's children or the wounded who died; no hospital named "Three";
the 2023 strike apart with its six dead, and the shelling of the day before with its two.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from stories import event_claims, findings_of

HOSPITAL = Path(__file__).resolve().parent / "data" / "hospital"


@pytest.fixture(scope="module")
def hospital_report(story_report):
    return story_report(HOSPITAL)


def test_one_strike_on_the_monday_with_the_strike_of_2023_apart(hospital_report):
    (event,) = [e for e in hospital_report["events"] if len(e["documents"]) == 7]
    assert event["label"] == "air strike at al-Rahma hospital, Kafr Talun on 2025-02-10"
    deaths = {c["value"]["best"] for c in event_claims(hospital_report, event) if c["attribute"] == "deaths"}
    # no 2 (a mother's children, the wounded who died, Sunday's shelling), no 6 (the strike of 2023)
    assert deaths == {11, 12, 14, 16, 17, 19, 21, 23, 24}
    before = {
        e["label"]: {c["text"] for c in event_claims(hospital_report, e) if c["attribute"] == "deaths"}
        for e in hospital_report["events"]
        if e["documents"] == ["04_local"]
    }
    assert before == {"deaths reported at Rahma hospital": {"six people"}, "shelling on 2025-02-09": {"Two people"}}
    assert not findings_of(hospital_report, "conflict", "date")  # Sunday was the shelling's day
    assert not [e for e in hospital_report["entities"] if e["name"].lower().startswith("three")]


def test_the_toll_rises_in_the_order_said_and_the_bodies_disagree_that_evening(hospital_report):
    (rise,) = findings_of(hospital_report, "update", "deaths")
    assert rise["summary"].endswith("12 → 14 → 17 → 21 → 23 → 24.")
    (dispute,) = findings_of(hospital_report, "conflict", "deaths")
    assert "“19 people” [19] (The Tarsin Observatory for Human Rights" in dispute["summary"]
    assert "“17” [17] (the Civil Defence rescue service" in dispute["summary"]


def test_floors_said_after_a_higher_toll_are_no_step_down(hospital_report):
    looser = [f["summary"] for f in findings_of(hospital_report, "compatible", "deaths")]
    assert any("“19 people” [19]" in s and "“at least 11 people” [11+]" in s for s in looser)
    assert any("“17” [17]" in s and "“at least 16 civilians” [16+]" in s for s in looser)


def test_the_wounded_who_died_are_a_part_not_the_toll(hospital_report):
    (two,) = [c for c in hospital_report["claims"] if c["doc"] == "06_followup" and c["text"] == "two"]
    assert two["attribute"] == "deaths_part"
    assert not [c for c in hospital_report["claims"] if c["doc"] == "02_charity" and c["text"] in ("two", "a mother")]


def test_another_bodys_lower_wounded_figure_is_a_dispute_not_a_step_down(hospital_report):
    (dispute,) = findings_of(hospital_report, "conflict", "injured")
    # "..., it said, and at least 30 people were wounded": the pronoun stands for the body named before
    assert "“at least 30 people” [30+] (the regional health directorate" in dispute["summary"]
    assert "“27 people” [27] (Medics Without Borders (MWB)" in dispute["summary"]
    (rise,) = [f for f in findings_of(hospital_report, "update", "injured") if "34 people" in f["summary"]]
    assert rise["summary"].startswith("The figure for injured in air strike at al-Rahma hospital, Kafr Talun")
    assert "rose from “at least 30 people” [30+]" in rise["summary"] and "27" not in rise["summary"]


def test_a_hyphenated_speaker_is_cited_whole_and_a_town_is_no_one_held(hospital_report):
    quoted = [c for c in hospital_report["claims"] if c["doc"] == "01_wire" and c["text"] == "missiles"]
    assert [c["value"]["by"] for c in quoted] == ["al-Hamwi"]
    assert not [c for c in hospital_report["claims"] if c["kind"] == "count" and c["text"] == "Kafr Talun"]


def test_a_charitys_own_nurses_are_no_revision_of_the_medical_staff_killed(hospital_report):
    # the charity's own statement and the live blog's "two of its nurses are among the dead"
    owns = [c for c in hospital_report["claims"] if c["text"] == "two of its nurses"]
    assert len(owns) == 2 and {own["attribute"] for own in owns} == {"deaths_own_staff"}
    staff = [f for f in hospital_report["findings"] if "staff" in (f["attribute"] or "") and f["verdict"] != "agree"]
    # the nurses are set against no one's staff; the directorate's own "three medical staff" on the
    # Monday and "the dead included four medical staff" on the Thursday are its rise, nothing more
    assert not [f for f in staff if "nurses" in f["summary"] or "his staff" in f["summary"]]
    assert [(f["verdict"], f["attribute"]) for f in staff] == [("update", "deaths_staff")]
    assert "“three medical staff” [3]" in staff[0]["summary"] and "“four medical staff” [4]" in staff[0]["summary"]


def test_the_region_named_alone_is_no_short_name_of_a_hospital_and_a_clock_zone_is_no_body(hospital_report):
    tallies = [e["label"] for e in hospital_report["events"] if "since April" in e["label"]]
    assert tallies == ["attacks on health facilities reported in Tarsin since April 2024"]
    names = {e["name"] for e in hospital_report["entities"]}
    assert "GMT" not in names
    (regional,) = [e for e in hospital_report["entities"] if e["name"] == "Tarsin hospital"]
    assert {v["text"] for v in regional["variants"]} == {"Tarsin hospital"}  # not "the Tarsin Observatory"


def test_ammunition_said_stored_in_the_hospital_is_a_cause_set_against_the_strike(hospital_report):
    causes = [
        f["summary"]
        for f in findings_of(hospital_report, "conflict", "method")
        if "“ammunition stored” (The Weekly Review, 2025-02-15) (hazardous material)" in f["summary"]
    ]
    assert len(causes) == 1 and "“air strike”" in causes[0]


def test_a_monitor_the_tagger_calls_a_facility_is_an_organisation(hospital_report):
    kinds = {e["name"]: e["kind"] for e in hospital_report["entities"]}
    assert kinds["Tarsin Observatory for Human Rights"] == "organization"
    assert "Tarsin Observatory for Human Rights" not in {
        e["name"] for e in hospital_report["entities"] if e["kind"] == "facility"
    }
