"""A head-on rail collision told by four outlets over three days (``tests/data/tempi``, written for
these tests after reading real coverage of such a crash): the fire service's early toll (14), a
joint police and fire tally the same day given as the count "so far" (31), then 40 and 44, with the
badly hurt told apart from all the hurt ("at least 20 people had serious injuries" beside "at least
70" injured). A fact-checker expects the toll read as rising, not as two bodies disputing it on the
first day, and the seriously hurt never set against the injured as a lower count of them.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from stories import findings_of, main_bests, main_event, timeline_bests

TEMPI = Path(__file__).resolve().parent / "data" / "tempi"


@pytest.fixture(scope="module")
def tempi_report(story_report):
    return story_report(TEMPI)


def test_one_event_holds_every_page(tempi_report):
    assert len(main_event(tempi_report)["documents"]) == 4


def test_a_tally_said_so_far_is_the_toll_rising_not_a_dispute(tempi_report):
    assert findings_of(tempi_report, "conflict", "deaths") == []
    assert {14, 31, 40, 44} <= timeline_bests(tempi_report, "deaths")
    summaries = " ".join(f["summary"] for f in findings_of(tempi_report, "update", "deaths"))
    assert "14" in summaries and "31" in summaries


def test_the_seriously_hurt_are_their_own_count(tempi_report):
    assert 20 in main_bests(tempi_report, "critical")
    assert 20 not in main_bests(tempi_report, "injured")
    assert findings_of(tempi_report, "conflict", "injured") == []
