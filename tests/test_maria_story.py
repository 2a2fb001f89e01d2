"""A cyclone's toll on an island disputed for months, told by three outlets (``tests/data/maria``,
written for these tests after reading how real coverage of Hurricane Maria's toll in Puerto Rico
ran): the governor's official toll rising from 23 to 41, an institute's study estimating 1,910
dead "in the six months after Orla struck the island", the governor raising the toll from 41 to
1,910; beside them, background storms ("As many as 1,500 people died in 2004 when Hurricane Belda
flooded Port Sable", "the 1911 Caspera hurricane, which killed between 4,000 and 9,000 people") and
the average number of daily deaths rising "from 70 to 95".

A fact-checker expects one storm whose toll runs 23 → 41 → 1,910: the six months after the storm
are its own aftermath (no other happening, no toll of another period); the older storms' tolls
are theirs, never the story's (no dispute of 41 with "between 4,000 and 9,000"); the governor's
breakdown told after the Belda aside ("the toll in Verdemar included 12 people who drowned") is
the story's again; and two daily averages are no toll that rose from 70 to 95.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from stories import event_claims, findings_of, main_bests, main_event, timeline_bests

MARIA = Path(__file__).resolve().parent / "data" / "maria"


@pytest.fixture(scope="module")
def maria_report(story_report):
    return story_report(MARIA)


def test_the_six_months_after_the_storm_are_its_own(maria_report):
    main = main_event(maria_report)
    assert len(main["documents"]) == 3
    estimates = [c for c in maria_report["claims"] if c["kind"] == "count" and c["text"] == "estimated 1,910"]
    assert len(estimates) == 2
    assert all(c["event"] == main["id"] and not c["value"].get("period") for c in estimates)
    # no event of the study's window beside the storm's
    assert all(
        e["id"] == main["id"] or "1,910" not in str(event_claims(maria_report, e)) for e in maria_report["events"]
    )


def test_older_storms_tolls_stay_out_of_the_story(maria_report):
    deaths = main_bests(maria_report, "deaths")
    assert not deaths & {1500, 4000}
    assert not findings_of(maria_report, "conflict", "deaths")


def test_the_story_resumes_after_a_background_storm(maria_report):
    assert {12, 29} <= main_bests(maria_report, "deaths")


def test_daily_averages_are_no_toll(maria_report):
    assert not timeline_bests(maria_report, "deaths") & {70, 95}
    for update in findings_of(maria_report, "update", "deaths"):
        assert "[95]" not in update["summary"] and "[70]" not in update["summary"]
    (rise,) = findings_of(maria_report, "update", "deaths")
    assert "[23]" in rise["summary"] and "[1910]" in rise["summary"]


@pytest.mark.parametrize(
    "sentence, period",
    [
        # a span counted from the story's happening is its aftermath, no other period
        ("Researchers estimated 300 dead in the six months after the storm struck.", None),
        ("Some 40 people died in the three days following the quake.", None),
        # a span of a war or a campaign, or one counted back from now, is a period of its own
        ("About 900 people were killed in the six months after the war began.", "in the six months"),
        ("At least 12 people have died in the past three weeks.", "in the past three weeks"),
    ],
)
def test_aftermath_windows(rules, sentence, period):
    found = [p.search(sentence) for p in rules.counts.period_patterns]
    matched = next((m.group(0) for m in found if m), None)
    assert matched == period
