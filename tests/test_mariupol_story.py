"""A theatre used as a shelter in a besieged port struck from the air, told by three outlets over
seven weeks (``tests/data/mariupol``, written for these tests after reading how real coverage of
such a strike runs): no toll on the day, the city council's "about 250" ten days on, then a news
agency's investigation that finds the strike "far deadlier than estimated, killing closer to 500";
beside the first report, the siege's own tally ("1,800 civilians are confirmed to have been killed
... since the start of the conflict").

A fact-checker expects one air strike whose deaths are the council's 250 and the investigation's
500 — two bodies' estimates that disagree, not one count rising from 250 to 500 — with the siege's
1,800 a toll of the whole conflict, never the strike's.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from stories import findings_of, main_bests, main_event

from verify.extract import extract_claims
from verify.extract.base import SentenceContext
from verify.extract.counts import extract_counts
from verify.models import Document

MARIUPOL = Path(__file__).resolve().parent / "data" / "mariupol"


@pytest.fixture(scope="module")
def mariupol_report(story_report):
    return story_report(MARIUPOL)


def test_the_strike_is_one_event_with_its_own_deaths(mariupol_report):
    main = main_event(mariupol_report)
    assert len(main["documents"]) == 3
    assert main_bests(mariupol_report, "deaths") == {250, 500}


def test_the_siege_tally_is_a_toll_of_the_whole_conflict(mariupol_report):
    (siege,) = [c for c in mariupol_report["claims"] if c["kind"] == "count" and c["value"].get("best") == 1800]
    assert siege["value"]["period"] == "since the start of the conflict"


def test_the_investigation_disputes_the_council_rather_than_revising_it(mariupol_report):
    assert not findings_of(mariupol_report, "update", "deaths")
    (dispute,) = findings_of(mariupol_report, "conflict", "deaths")
    assert "about 250 people" in dispute["summary"] and "closer to 500 people" in dispute["summary"]
    assert "investigation" in dispute["summary"]


@pytest.mark.parametrize(
    "sentence, period",
    [
        # an open complement tells of its head's subject: the period bounds that subject's count
        (
            "Around 1,800 civilians are confirmed to have been killed since the start of the conflict.",
            "since the start of the conflict",
        ),
        ("About 300 people are believed to have died in the city since the war began.", "since the war began"),
        # no period: the strike's own toll
        ("About 250 people are believed to have died in the strike on the theatre.", None),
    ],
)
def test_a_period_in_an_open_complement_bounds_its_subject(nlp, rules, sentence, period):
    doc = nlp(sentence)
    ctx = SentenceContext("doc", link=False)
    (mention,) = [m for sent in doc.sents for m in extract_counts(sent, ctx, rules) if m.attribute == "deaths"]
    assert mention.value.get("period") == period


@pytest.mark.parametrize(
    "sentence, cited",
    [
        # an inquiry's finding cites the inquiry for the figure in the clause it finds
        (
            "An investigation by the agency found evidence that the strike killed close to 500 people.",
            "An investigation by the agency",
        ),
        ("The review concluded that 14 people died in the fire.", "The review"),
        # ... but no one for what it finds itself
        ("Rescuers found 12 dead in the rubble on Friday.", None),
    ],
)
def test_a_finding_cites_its_inquiry(nlp, rules, sentence, cited):
    document = Document(id="d", path="d.txt", text=sentence, sha256="0")
    (claim,) = [c for c in extract_claims([document], nlp, rules) if c.kind == "count"]
    assert claim.cited_source == cited
