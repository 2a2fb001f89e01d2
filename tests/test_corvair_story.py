"""A jet that crashes into the sea minutes after take-off, told by three outlets
(``tests/data/corvair``, written for these tests): the crash on its day, the flight recorder found,
and a report months on that recalls the crash, tells in a paragraph another airline's crash of the
same model "several months later" (96 dead), then goes back to the first crash's investigation.

A fact-checker expects one crash of 142 dead: the other airline's 96 is another happening, never a
revision of the toll, and the page's sentences after it ("the chief investigator of the Corvair
Airlines crash said ...") are back on the page's own story.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from stories import findings_of, main_bests, main_event

CORVAIR = Path(__file__).resolve().parent / "data" / "corvair"


@pytest.fixture(scope="module")
def corvair_report(story_report):
    return story_report(CORVAIR)


def test_the_other_crash_is_no_revision_of_the_toll(corvair_report):
    main = main_event(corvair_report)
    assert len(main["documents"]) == 3
    assert main_bests(corvair_report, "deaths") == {142}
    assert not findings_of(corvair_report, "update", "deaths")


def test_the_page_goes_back_to_its_crash_after_the_other(corvair_report):
    event_of = {c["sentence"][:40]: c["event"] for c in corvair_report["claims"] if c["doc"] == "3_dailyledger"}
    other = next(e for s, e in event_of.items() if s.startswith("Several months later"))
    back = next(e for s, e in event_of.items() if s.startswith("Anton Reyes"))
    assert back != other
