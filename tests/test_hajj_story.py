"""Deaths in the heat of a pilgrimage, told by three outlets (``tests/data/hajj``, written for these
tests after reading real coverage of such a pilgrimage): a news agency's running tally (210 -> 480)
and then the host country's own figure (611), with the dead counted country by country beside them
("40 pilgrims from Chad and 22 from Niger", "4 pilgrims from Senegal", "58 Chadian pilgrims"), and a
diplomat's aside that one of his country's dead was hurt in a stampede rather than killed by the heat.
A fact-checker expects a country's share never set against the total nor taken as a step of it,
and the one death set apart ("except for one ...") never read as a rival cause of the event.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from stories import event_claims, findings_of, main_event, timeline_bests

HAJJ = Path(__file__).resolve().parent / "data" / "hajj"


@pytest.fixture(scope="module")
def hajj_report(story_report):
    return story_report(HAJJ)


def test_a_countrys_share_is_no_rival_of_the_total(hajj_report):
    assert findings_of(hajj_report, "conflict") == []
    assert not {4, 9, 58} & timeline_bests(hajj_report, "deaths")
    # the agency's tally rises to the host country's figure, no share a step of it
    (deaths,) = findings_of(hajj_report, "update", "deaths")
    assert deaths["summary"].endswith(": 210 → 480 → 611.")


def test_the_few_set_apart_tell_no_cause_of_the_event(hajj_report):
    methods = [c["text"] for c in event_claims(hajj_report, main_event(hajj_report)) if c["kind"] == "method"]
    assert methods and not any("stampede" in m for m in methods)
    assert findings_of(hajj_report, "agree", "method")
