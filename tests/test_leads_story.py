"""Two shootings a day apart in two towns, told by five outlets (``tests/data/leads``, written for
these tests after reading real coverage of such a pair): a pupil kills seven children and a
caretaker at a school in Varnik on a Tuesday; the next night a gunman kills six near Sedlar. The
Sedlar pages lead with their own shooting and tell the school's in background — at length under a
subheading ("School shooting"), as "the second shooting in Tarvia in as many days" further on in the
first story, as "the country's second such mass shooting in two days", or in "The shooting came a
day after a 14-year-old boy used his father's pistol to kill seven". A later page tells a wounded
boy's death "on Sunday" of the shooting "on June 3". A fact-checker expects each page's lead in its
own story, the background mentions in the school's, and the later death in the school's too
(that page's "on Sunday" no day of the shooting: ``test_events_documents``).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from stories import event_claims

LEADS = Path(__file__).resolve().parent / "data" / "leads"
VILLAGE_PAGES = {"02_radio", "03_gazette", "04_ledger"}


@pytest.fixture(scope="module")
def leads_report(story_report):
    return story_report(LEADS)


def _event_of(report: dict, doc: str, words: str) -> str | None:
    """The event of the count claim of ``doc`` written as ``words``."""
    (claim,) = [c for c in report["claims"] if c["doc"] == doc and c["kind"] == "count" and c["text"] == words]
    return claim["event"]


def _event_with(report: dict, doc: str, words: str) -> dict:
    event = _event_of(report, doc, words)
    (found,) = [e for e in report["events"] if e["id"] == event]
    return found


def test_each_sedlar_lead_is_in_the_sedlar_shooting(leads_report):
    sedlar = _event_with(leads_report, "03_gazette", "Six people")
    assert VILLAGE_PAGES <= set(sedlar["documents"])
    assert "01_herald" not in sedlar["documents"] and "05_wire" not in sedlar["documents"]
    # the lead told before a longer school background under a subheading is the page's story
    assert _event_of(leads_report, "02_radio", "at least six people") == sedlar["id"]
    # the lead calling its story "the country's second such mass shooting in two days"
    assert _event_of(leads_report, "04_ledger", "At least six people") == sedlar["id"]


def test_the_school_told_in_background_stays_in_the_school_shooting(leads_report):
    school = _event_with(leads_report, "01_herald", "Seven pupils")
    assert {"01_herald", "02_radio", "05_wire"} <= set(school["documents"])
    # the school's toll told under the radio's subheading, not the Sedlar lead above it
    assert _event_of(leads_report, "02_radio", "seven pupils") == school["id"]
    tolls = {c["value"]["best"] for c in event_claims(leads_report, school) if c["attribute"] == "deaths"}
    assert 6 not in tolls  # the Sedlar toll never on the school's timeline


def test_the_second_shooting_in_two_days_gives_no_toll_a_period(leads_report):
    # "in the country's second such mass shooting in two days": the two days count shootings
    periods = [
        c["value"].get("period")
        for c in leads_report["claims"]
        if c["kind"] == "count" and c["doc"] in {"02_radio", "04_ledger"}
    ]
    assert not any(periods)
