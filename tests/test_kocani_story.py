"""A fire in a music club during a concert, told by three outlets over two days
(``tests/data/kocani``, written for these tests): an agency's first report, a broadcaster's evening
update, a daily's next-morning story.

Stage flares set the ceiling of the Echo club in Brevnik alight at about 2:40 a.m. on Sunday
8 June 2025, during a concert that had started at midnight. The dead rose from "at least 38" to 44;
96 were injured, 90 of them in hospital, 14 of those critically ("with 14 critically injured",
"14 of them in critical condition"). Police detained six people, then nine.

A fact-checker expects one event, the dead and the detained revised upward (no conflict), the
critically injured a part of the hurt (never 14 injured against 96), and the concert's start no
rival time of the fire.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from stories import findings_of, main_bests, main_event

KOCANI = Path(__file__).resolve().parent / "data" / "kocani"


@pytest.fixture(scope="module")
def kocani_report(story_report):
    return story_report(KOCANI)


def test_one_fire_whose_critically_injured_are_a_part_of_the_hurt(kocani_report):
    assert set(main_event(kocani_report)["documents"]) == {"01_agency", "02_broadcaster", "03_daily"}
    assert main_bests(kocani_report, "injured") == {96}
    assert 14 in main_bests(kocani_report, "critical")
    # nothing disputed: the dead and the detained only rise
    assert not findings_of(kocani_report, "conflict")
    assert {f["attribute"] for f in findings_of(kocani_report, "update")} == {"deaths", "arrested"}
    assert main_bests(kocani_report, "arrested") >= {6, 9}


def test_the_concert_s_start_is_no_time_of_the_fire(kocani_report):
    times = [
        c["text"]
        for c in kocani_report["claims"]
        if c["kind"] == "time" and c["attribute"] == "clock" and c["value"]["role"] == "event"
    ]
    assert "midnight" not in times and times
