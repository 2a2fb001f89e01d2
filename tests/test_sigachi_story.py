"""A blast at a chemical works, told by six outlets over a week (``tests/data/sigachi``, written
for these tests after reading real coverage of such a blast): the first report says no bodies have
been recovered yet while at least eight are feared dead; the missing fall 12 -> 10 -> 7 as bodies
are found, one page relaying a day late the minister's earlier 12 still missing. A fact-checker
expects none of this read as a dispute: the bodies found rise from none, the missing fall.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from stories import findings_of

SIGACHI = Path(__file__).resolve().parent / "data" / "sigachi"


@pytest.fixture(scope="module")
def sigachi_report(story_report):
    return story_report(SIGACHI)


def test_no_bodies_recovered_yet_is_no_toll_of_none(sigachi_report):
    """A none "yet": "No bodies have been recovered yet" counts the bodies found so far, not the dead: no
    conflict with "at least eight feared dead", and the count found later is its rise."""
    assert not findings_of(sigachi_report, "conflict", "deaths")
    assert not findings_of(sigachi_report, "conflict", "bodies_recovered")
    rises = findings_of(sigachi_report, "update", "bodies_recovered")
    assert any([s["label"] for s in f["sides"]][:2] == ["0", "16"] for f in rises)


def test_the_missing_fall_whoever_relays_them(sigachi_report):
    """12 still missing (officials), 10 (the minister, after midnight), 7 (the police chief that
    evening): a falling count, though a page dated only by its day relays the minister's earlier 12."""
    assert not findings_of(sigachi_report, "conflict", "missing")
    (missing,) = findings_of(sigachi_report, "update", "missing")
    assert missing["summary"].endswith(": 12 → 10 → 7.")
