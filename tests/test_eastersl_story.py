"""Coordinated Palm Sunday bombings of chapels and inns told by four pages over five days
(``tests/data/eastersl``, written for these tests): a wire story the day of the blasts (at least
140 dead, more than 40 of them at one chapel: a site's dead, a part), a daily the next day (the toll
rose to 270; 22 foreigners among the dead), then the revision down ("sharply revised downward the
death toll ... by more than 80 to \"about 190\"", "revised down the toll ... to \"about 190\"",
"slashed the death toll from 270 to 190"), beside the foreign ministry's "number of foreigners
killed has risen to 30".

A fact-checker expects one bombing holding every page; the toll revised 140 -> 270 -> 190, the
step down a revision (the sources say so), never a conflict of 270 against 190; the foreigners'
30 a count of foreigners, never set against the toll.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from stories import findings_of, main_event

EASTERSL = Path(__file__).resolve().parent / "data" / "eastersl"


@pytest.fixture(scope="module")
def eastersl_report(story_report):
    return story_report(EASTERSL)


def test_the_toll_revised_down_is_an_update_not_a_conflict(eastersl_report):
    main = main_event(eastersl_report)
    assert {"01_wire_sunday", "02_daily_monday", "03_wire_revision", "04_gazette_cut"} <= set(main["documents"])
    assert findings_of(eastersl_report, "conflict", "deaths") == []
    updates = findings_of(eastersl_report, "update", "deaths")
    assert any("270" in f["summary"] and "190" in f["summary"] for f in updates)


def test_the_foreigners_counted_after_the_revision_are_no_toll(eastersl_report):
    foreigners = findings_of(eastersl_report, "update", "deaths_foreigners")
    assert any("22" in f["summary"] and "30" in f["summary"] for f in foreigners)
