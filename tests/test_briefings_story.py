"""A spokeswoman's briefings on two days, quoted by four outlets (``tests/data/briefings``, written
for these tests after reading real coverage of a crash whose forensic chief briefed daily): "So far,
41 DNA samples have been matched ..." on the Tuesday, "Till Wednesday morning, 52 DNA samples have
been matched ..." on the Wednesday, and one Tuesday page giving 44 for the 41.

A fact-checker expects the Wednesday statement to be her next briefing, never "the same quotation
worded differently", while the Tuesday page that changed a figure of Tuesday's quotation is.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from stories import findings_of

BRIEFINGS = Path(__file__).resolve().parent / "data" / "briefings"


@pytest.fixture(scope="module")
def briefings_report(story_report):
    return story_report(BRIEFINGS)


def test_the_next_days_briefing_is_no_altered_quotation(briefings_report):
    [altered] = findings_of(briefings_report, "altered_quote")
    assert "44 DNA samples" in altered["summary"] and "41 DNA samples" in altered["summary"]
    assert "52 DNA samples" not in altered["summary"]


def test_the_same_days_quotation_is_agreed(briefings_report):
    agreed = [f for f in findings_of(briefings_report, "agree", "quote") if "41 DNA samples" in f["summary"]]
    assert len(agreed) == 1
