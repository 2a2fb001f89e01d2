"""A monsoon flood in an Indian state told by four outlets over two weeks (``tests/data/kerala``,
written for these tests after reading how real coverage of the Kerala floods of August 2018 ran):
the first day's toll with its per-district list, a chief minister's toll that "has increased to
212 and 31 people are still missing", and the people in relief camps counted in lakhs ("3.4 lakh
people were still sheltered in 1,840 relief centres", "6.2 lakh people in relief camps").

A fact-checker expects one flood whose toll rises 24 → 212 → 240 with no dispute; 212 the dead
(never a count of the missing joined to the 31), the missing 31 then 12; the people in relief
camps a measure of their own, the displaced, read in lakhs (a lakh is 100,000) and rising from
340,000 to 620,000 — never a count of camps nor one lakh exactly.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from stories import findings_of, main_bests, main_event

KERALA = Path(__file__).resolve().parent / "data" / "kerala"


@pytest.fixture(scope="module")
def kerala_report(story_report):
    return story_report(KERALA)


def test_one_flood_whose_toll_rises_without_dispute(kerala_report):
    main = main_event(kerala_report)
    assert len(main["documents"]) == 4
    assert not findings_of(kerala_report, "conflict")
    (rise,) = findings_of(kerala_report, "update", "deaths")
    assert "24 → 212 → 240" in rise["summary"]


def test_the_toll_under_increased_to_is_the_dead_and_the_next_clause_the_missing(kerala_report):
    assert 212 in main_bests(kerala_report, "deaths")
    assert main_bests(kerala_report, "missing") == {31, 12}


def test_people_in_relief_camps_are_the_displaced_counted_in_lakhs(kerala_report):
    assert main_bests(kerala_report, "displaced") == {340_000, 620_000}
    (rise,) = findings_of(kerala_report, "update", "displaced")
    assert "[340000]" in rise["summary"] and "[620000]" in rise["summary"]
