"""A stadium crush told by five pages (``tests/data/nzerekore``, written for these tests): the
government's provisional 48 dead on Monday, "dozens" in an early report, a coalition of rights groups'
121 on Tuesday set against "the official toll of 48" ("more than twice as high", "disputed the
official figure", "revising the official toll upwards"), "chaos erupted" at the ground.

A fact-checker expects one crush; the groups' 121 against the government's 48 as one dispute between
two bodies, never a revision of the toll (a second body's higher figure disputes the first even when
a wire calls it "revising ... upwards"); "the official toll of 48" on the groups' page the
authorities' figure, not the groups'; "chaos erupted" no volcanic eruption and no rival cause.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from stories import findings_of, main_event

NZEREKORE = Path(__file__).resolve().parent / "data" / "nzerekore"


@pytest.fixture(scope="module")
def nzerekore_report(story_report):
    return story_report(NZEREKORE)


def test_one_crush_holds_every_page_and_chaos_erupting_is_no_eruption(nzerekore_report):
    event = main_event(nzerekore_report)
    assert event["label"].startswith("crush in Korvala")
    assert len(event["documents"]) == 5
    assert not [f for f in nzerekore_report["findings"] if f["attribute"] == "method" and f["verdict"] == "conflict"]
    assert not [c for c in nzerekore_report["claims"] if c["kind"] == "method" and "erupt" in c["text"].lower()]


def test_the_groups_toll_disputes_the_official_one_and_revises_nothing(nzerekore_report):
    (dispute,) = findings_of(nzerekore_report, "conflict", "deaths")
    assert "121" in dispute["summary"] and "48" in dispute["summary"]
    updates = findings_of(nzerekore_report, "update", "deaths")
    assert not [f for f in updates if "“Forty-eight”" in f["summary"] and "121" in f["summary"]]


@pytest.mark.parametrize(
    ("doc", "best"),
    [
        ("3_wire_groups", 48),  # "as high as the official toll of 48": not the coalition's
        ("4_agency", 48),  # "disputed the official figure of 48": not the NGOs'
    ],
)
def test_an_official_toll_is_never_the_rights_groups_figure(nzerekore_report, doc, best):
    sources = {
        c["cited_source"] or ""
        for c in nzerekore_report["claims"]
        if c["kind"] == "count" and c["doc"] == doc and c["attribute"] == "deaths" and c["value"]["best"] == best
    }
    assert sources
    assert not [s for s in sources if "rights" in s or "NGOs" in s or "coalition" in s]
    # on the page that says no more than "the official toll", the figure is the officials'
    if doc == "3_wire_groups":
        assert sources == {"official"}
