"""A flash flood's toll told over ten days by three outlets (``tests/data/since``, written for these
tests after reading real coverage of a flood): the last page says "storms had claimed at least 131
lives since July 4" of "the July 4 flood disaster". A toll since the day the happening struck is
that happening's own toll, no total over a period: a fact-checker expects one flood on July 4, its
toll rising 43 -> 120 -> 131, and no page split off as "deaths reported ... (since July 4)".
"""

from __future__ import annotations

from pathlib import Path

import pytest
from stories import event_claims, findings_of, main_event

SINCE = Path(__file__).resolve().parent / "data" / "since"


@pytest.fixture(scope="module")
def since_report(story_report):
    return story_report(SINCE)


def test_one_flood_on_its_day(since_report):
    [event] = since_report["events"]
    assert event["label"] == "flood in Danby on 2025-07-04"
    assert len(event["documents"]) == 3


def test_the_toll_since_the_flood_is_the_floods_toll(since_report):
    claims = event_claims(since_report, main_event(since_report))
    since = [
        c
        for c in claims
        if c["attribute"] == "deaths" and "since July 4" in c["sentence"] and c["value"]["best"] == 131
    ]
    assert since and all("period" not in c["value"] for c in since)
    [update] = findings_of(since_report, "update", "deaths")
    assert "43 → 120 → 131" in update["summary"]
    assert findings_of(since_report, "uncorroborated", "deaths") == []
