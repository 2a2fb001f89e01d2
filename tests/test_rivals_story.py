"""A crush at a river festival told over two weeks by four pages (``tests/data/rivals``, written
for these tests after reading how coverage of rival tolls runs): the interior ministry's toll
rising from 310 to 352, a news agency's own tally of the home countries' figures rising from 520 to
690, and the ministry saying, after the tally appeared, that its figure of 352 "remains accurate".

A fact-checker reads two rival counts standing at once: the ministry's 352 and the agency's tally
are a dispute, each figure's source named, not a revision of the one by the other; each body's
own series (310 -> 352, 520 -> 690) stays an update.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from stories import findings_of

RIVALS = Path(__file__).resolve().parent / "data" / "rivals"


@pytest.fixture(scope="module")
def rivals_report(story_report):
    return story_report(RIVALS)


def _steps(report: dict) -> set[tuple[str, str]]:
    """The (earlier, later) figures of each deaths update, as bracketed in its summary."""
    out = set()
    for f in findings_of(report, "update", "deaths"):
        figures = [part.split("]")[0] for part in f["summary"].split("[")[1:]]
        out.add((figures[0], figures[-1]))
    return out


def test_the_reaffirmed_toll_disputes_the_agency_tally(rivals_report):
    (dispute,) = findings_of(rivals_report, "conflict", "deaths")
    assert "[352]" in dispute["summary"] and "[520" in dispute["summary"]
    assert "interior ministry" in dispute["summary"] and "Northwire" in dispute["summary"]


def test_each_body_keeps_its_own_series(rivals_report):
    steps = _steps(rivals_report)
    assert ("310+", "352") in steps or ("310", "352") in steps
    assert any(a.startswith("520") and b.startswith("690") for a, b in steps)
    # the tally is no revision of the ministry's toll
    assert not any(a == "352" and b.startswith(("520", "690")) for a, b in steps)
