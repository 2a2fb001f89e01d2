"""A factory building that falls on its workers, told by three outlets over three days
(``tests/data/rana2``, written for these tests after reading how real coverage of such a collapse
runs): a toll that "has risen" from "a collapse ... yesterday", and a live-blog style label
"Earlier on Thursday:" heading an older part of the page.

A fact-checker expects one collapse on the Wednesday: "yesterday" closing the subject's phrase after
the collapse dates the collapse, not the day the toll was said; the label's Thursday is the day
what follows it was told, never a second day for the collapse.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from stories import findings_of, main_event

RANA2 = Path(__file__).resolve().parent / "data" / "rana2"


@pytest.fixture(scope="module")
def rana2_report(story_report):
    return story_report(RANA2)


def _role(report, doc: str, text: str) -> str:
    (claim,) = [c for c in report["claims"] if c["doc"] == doc and c["kind"] == "time" and c["text"] == text]
    return claim["value"]["role"]


def test_a_day_closing_the_subject_dates_the_collapse(rana2_report):
    assert _role(rana2_report, "02_gazette", "yesterday") == "event"
    assert _role(rana2_report, "02_gazette", "this morning") == "statement"


def test_a_line_label_dates_what_was_told(rana2_report):
    assert _role(rana2_report, "03_daily", "Thursday") == "statement"


def test_one_collapse_on_one_day(rana2_report):
    main = main_event(rana2_report)
    assert main["date"] == "2024-03-13"
    assert len(main["documents"]) == 3
    assert not findings_of(rana2_report, "conflict", "date")
