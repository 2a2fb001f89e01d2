"""A crush at a river fair, told by three outlets (``tests/data/kumbh``, written for these tests
after reading real coverage of such a crush): police give the toll at dawn; a second paper says
the officials kept quiet about a second surge "even during the briefing on the first crush at 8pm"
(the briefing's time, not the crush's); months later a paper's own investigation counts more than
twice the state's later toll. A fact-checker expects no clash of clock times, the identified
counted out of the dead ("Out of the 24 deceased, 19 have been identified"), and the paper's count
set against the state's as a dispute — the state's lower figure is no revision of it.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from stories import findings_of, main_bests, main_event

KUMBH = Path(__file__).resolve().parent / "data" / "kumbh"


@pytest.fixture(scope="module")
def kumbh_report(story_report):
    return story_report(KUMBH)


def test_the_time_of_a_briefing_on_the_crush_does_not_time_the_crush(kumbh_report):
    assert [f["summary"] for f in findings_of(kumbh_report, "conflict") if f["attribute"] == "time"] == []


def test_the_identified_are_counted_out_of_the_dead(kumbh_report):
    assert main_bests(kumbh_report, "identified") == {19}
    assert 24 in main_bests(kumbh_report, "deaths")
    assert findings_of(kumbh_report, "update", "identified") == []


def test_a_paper_s_own_count_disputes_the_official_toll(kumbh_report):
    # "according to the newspaper's findings": a medium's own count, not a figure it relays
    assert set(main_event(kumbh_report)["documents"]) == {"1_courier", "2_herald", "3_lantern"}
    (dispute,) = findings_of(kumbh_report, "conflict", "deaths")
    assert sorted(s["label"] for s in dispute["sides"]) == ["26", "58+"]
    # the state's 26 is set against the paper's 58, never read as 58 revised down to it
    assert all(not s["label"] == "26" for f in findings_of(kumbh_report, "update", "deaths") for s in f["sides"])
