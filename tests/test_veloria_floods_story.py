"""Monsoon floods that last for weeks, told by three outlets a fortnight apart
(``tests/data/veloria_floods``, written for these tests): each gives the disaster agency's toll
"since June 12" or "since mid-June", rising from 812 to 1,104 to 1,290, beside a day's news.

A fact-checker expects one flood: a toll running since the day the text says the floods began is
that lasting disaster's own, whatever day each page is dated, never a page's event of its own.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from stories import main_bests, main_event

VELORIA = Path(__file__).resolve().parent / "data" / "veloria_floods"


@pytest.fixture(scope="module")
def veloria_report(story_report):
    return story_report(VELORIA)


def test_one_flood_holds_every_running_toll(veloria_report):
    assert len(veloria_report["events"]) == 1
    main = main_event(veloria_report)
    assert len(main["documents"]) == 3
    assert {812, 1104, 1290} <= main_bests(veloria_report, "deaths")
