"""A bushfire in a farming town told by four pages (``tests/data/fireleads``, written for these tests
after reading how wire coverage of a wildfire runs): a wire page whose lead is dated by the search
two days on ("The sweep of the bushfire debris ... on Friday uncovered ... the stubborn fire that
has already killed 11 people") above the body that tells the fire of Wednesday and its 11 dead, and
a roundup that opens on another fire, in another town on that Friday, with a toll of its own.

A fact-checker expects the wire page's lead and body to be one fire, the story the other pages
tell, while the roundup's other fire stays apart even on the day the lead gives.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from stories import main_event

FIRELEADS = Path(__file__).resolve().parent / "data" / "fireleads"


@pytest.fixture(scope="module")
def fireleads_report(story_report):
    return story_report(FIRELEADS)


def _events_of(report: dict, doc: str, text: str) -> set[str | None]:
    return {c["event"] for c in report["claims"] if c["doc"] == doc and c["text"] == text}


def test_the_lead_dated_by_the_search_is_the_pages_own_fire(fireleads_report):
    main = main_event(fireleads_report)
    assert set(main["documents"]) == {"01_wire", "02_herald", "03_news", "04_roundup"}
    assert main["date"] == "2024-02-14"
    # the lead's toll and its search day are in the story's event, like the body's
    assert _events_of(fireleads_report, "01_wire", "11 people") == {main["id"]}
    assert _events_of(fireleads_report, "01_wire", "Friday") == {main["id"]}
    assert [e for e in fireleads_report["events"] if e["documents"] == ["01_wire"]] == []


def test_another_fire_on_the_leads_day_stays_apart(fireleads_report):
    main = main_event(fireleads_report)
    (stawell,) = _events_of(fireleads_report, "04_roundup", "Stawell")
    assert stawell is not None and stawell != main["id"]
    assert _events_of(fireleads_report, "04_roundup", "2 people") == {stawell}
