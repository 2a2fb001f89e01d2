"""An air force trainer that crashed into a school, told by four outlets over five days
(``tests/data/milestone``, written for these tests after reading real coverage of such a crash):
the pages time the crash (1:15pm on Tuesday) beside the jet's take-off minutes before it, and tell
of pupils hurt in it who died days later in care ("died around 2:40 pm on Friday while undergoing
treatment in the intensive care unit", "died early Saturday at the National Institute of Burn
Surgery"). A fact-checker expects none of those clocks and days set against the crash's own as a
disagreement, and the toll's rise 19 -> 27 -> 31 -> 32 told as the burned died.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from stories import findings_of, main_event

MILESTONE = Path(__file__).resolve().parent / "data" / "milestone"


@pytest.fixture(scope="module")
def milestone_report(story_report):
    return story_report(MILESTONE)


def test_a_take_off_and_later_deaths_in_care_time_no_crash(milestone_report):
    # "took off at 1:02pm" is the flight's start; "died ... while undergoing treatment", "died
    # early Saturday at the National Institute of Burn Surgery" are the days of later deaths
    event = main_event(milestone_report)
    assert event["label"].startswith("crash ") and event["date"] == "2031-03-04"
    assert len(event["documents"]) == 4
    assert findings_of(milestone_report, "conflict", "date") == []
    assert findings_of(milestone_report, "conflict", "time") == []
    (day,) = findings_of(milestone_report, "agree", "date")
    assert day["summary"].endswith("2031-03-04.")
    # ... and the toll rises as the burned die
    (deaths,) = findings_of(milestone_report, "update", "deaths")
    assert [s["label"] for s in deaths["sides"]] == ["19+", "27", "31", "32"]
