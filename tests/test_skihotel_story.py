"""A night fire in a ski lodge, told by four outlets (``tests/data/skihotel``, written for these
tests after reading real coverage of such a fire): the toll rises 8 -> 41 -> 47 and the hurt
27 -> 33. Pages list the dead and the hurt side by side in one phrase ("leaving at least 8 people
dead and 27 others injured", "41 guests lost their lives and 33 others wounded", "47 fatalities and
another 33 individuals seeking medical treatment") and count the few who died jumping from the
building. A fact-checker expects the hurt never added to the toll, the jumpers never read as the
toll, and no conflict between outlets that agree.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from stories import findings_of, main_event, timeline_bests

SKIHOTEL = Path(__file__).resolve().parent / "data" / "skihotel"


@pytest.fixture(scope="module")
def skihotel_report(story_report):
    return story_report(SKIHOTEL)


def test_one_event_and_no_conflict(skihotel_report):
    assert len(skihotel_report["events"]) == 1
    assert main_event(skihotel_report)["label"].startswith("fire ")
    assert findings_of(skihotel_report, "conflict") == []


def test_the_toll_rises_without_the_hurt_or_the_jumpers(skihotel_report):
    (deaths,) = findings_of(skihotel_report, "update", "deaths")
    assert deaths["summary"].endswith(": 8 → 41 → 47.")
    assert timeline_bests(skihotel_report, "deaths") == {8, 41, 47}


def test_the_hurt_listed_beside_the_dead_are_the_hurt(skihotel_report):
    (injured,) = findings_of(skihotel_report, "update", "injured")
    assert [s["label"] for s in injured["sides"]] == ["27", "33"]
    assert timeline_bests(skihotel_report, "injured") == {27, 33}
