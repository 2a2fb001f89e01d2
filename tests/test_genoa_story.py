"""A motorway viaduct that fell in a storm, told by three outlets over four days
(``tests/data/genoa``, written for these tests after reading real coverage of such a collapse): a
wire's first story, a next-day evening paper, an international outlet three days on.

On Tuesday 7 September 2027 a section of the Varena Viaduct in Castelmora collapsed during a storm;
the toll rose 20 -> 31 -> 37; the city's chief prosecutor said as many as 12 could still be missing
"in the rubble of the collapsed Varena Viaduct", later four were; the transport minister and the
government blamed the operator, Strade Liguri, and "the company denies the charges".

A fact-checker expects one event and the toll's rises as updates; the collapsed viaduct, a
structure's name, never a missing person; the company's denial read as the operator's own denial
of the blame the sentence before lays on it, and set against the government's accusation as a
dispute.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from stories import event_claims, findings_of, main_event

GENOA = Path(__file__).resolve().parent / "data" / "genoa"


@pytest.fixture(scope="module")
def genoa_report(story_report):
    return story_report(GENOA)


def test_one_event_and_the_rising_toll(genoa_report):
    assert len(genoa_report["events"]) == 1
    (update,) = findings_of(genoa_report, "update", "deaths")
    assert "20" in update["summary"] and "37" in update["summary"]


def test_a_structures_name_is_no_missing_person(genoa_report):
    missing = [
        c["text"] for c in event_claims(genoa_report, main_event(genoa_report)) if c["attribute"].startswith("missing")
    ]
    assert "Varena Viaduct" not in missing
    assert "As many as 12 people" in missing


def test_the_company_denying_is_the_accused_operator(genoa_report):
    found = {
        (c["value"]["actor"], c["value"]["stance"], c["value"].get("by"))
        for c in event_claims(genoa_report, main_event(genoa_report))
        if c["kind"] == "attribution"
    }
    assert ("operator", "accused", "transport minister") in found
    assert ("operator", "denied", "operator") in found


def test_the_denial_disputes_the_governments_blame(genoa_report):
    (dispute,) = findings_of(genoa_report, "conflict", "perpetrator")
    assert "operator accused by transport minister and government" in dispute["summary"]
    assert "operator denied" in dispute["summary"]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The minister blamed the operator for the collapse of the bridge. The company denies the charges.",
            {("operator", "accused"), ("operator", "denied")},
        ),
        # a company no one accused: no stand-in, no denial of anyone's role
        ("The bridge collapsed in a storm. The company denies the charges.", set()),
        # another company's denial ("the shipping company") is not the accused's
        (
            "The minister blamed the operator for the collapse. The shipping company denies the charges.",
            {("operator", "accused")},
        ),
    ],
)
def test_a_company_denying_stands_for_the_one_accused(text, expected, nlp, rules):
    from verify.extract.attribution import read_attributions

    doc = nlp(text)
    assert {(r.actor, r.stance) for s in doc.sents for r in read_attributions(s, rules)} == expected
