"""A fire at a chemical warehouse in Ostrava told by six pages over five weeks
(``tests/data/leadsplit``, written for these tests after reading how real coverage splits off a
page's stretches): a page whose lead is followed by a "Meanwhile, nearly 24 hours after a major
fire ... that left 14 dead, smoke billowed for the second time" aside, a roundup that opens on
another fire (a wildfire of February 27) before turning to Ostrava ("In Ostrava, meanwhile, the
death toll ... has risen to 14"), and an indictment page weeks later that retells the toll.

A fact-checker expects one fire told by all six pages: the aside retells the story's own fire (its
toll is the lead's), the roundup's Ostrava paragraph is the story while its wildfire stays apart,
and the day the owners were indicted dates no fire.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from stories import event_claims, main_event

LEADSPLIT = Path(__file__).resolve().parent / "data" / "leadsplit"


@pytest.fixture(scope="module")
def leadsplit_report(story_report):
    return story_report(LEADSPLIT)


def _sentences(report: dict, doc: str, event: dict | None) -> set[str]:
    """The sentences of ``doc`` with a claim in ``event`` (any event but the main one, when None)."""
    main = main_event(report)["id"]
    return {
        c["sentence"]
        for c in report["claims"]
        if c["doc"] == doc and (c["event"] == event["id"] if event is not None else c["event"] not in (None, main))
    }


def test_every_page_tells_the_one_fire(leadsplit_report):
    main = main_event(leadsplit_report)
    assert len(main["documents"]) == 6
    assert main["date"] == "2024-03-05"


def test_an_aside_retelling_the_story_s_toll_is_the_story(leadsplit_report):
    main = main_event(leadsplit_report)
    told = _sentences(leadsplit_report, "03_panic", main)
    assert any(s.startswith("The death toll from the chemical fire") for s in told)
    assert any(s.startswith("Meanwhile, nearly 24 hours after a major fire") for s in told)
    assert not _sentences(leadsplit_report, "03_panic", None)


def test_a_page_opening_on_another_fire_turns_to_the_story(leadsplit_report):
    main = main_event(leadsplit_report)
    told = _sentences(leadsplit_report, "04_roundup", main)
    assert any(s.startswith("In Ostrava, meanwhile, the death toll") for s in told)
    # the wildfire of February 27 is another happening: never the story's
    assert not any("Tamsin" in s for s in told)
    assert any("Tamsin" in s for s in _sentences(leadsplit_report, "04_roundup", None))


def test_the_day_of_an_indictment_dates_no_fire(leadsplit_report):
    main = main_event(leadsplit_report)
    (thursday,) = [
        c
        for c in leadsplit_report["claims"]
        if c["doc"] == "05_indictment" and c["kind"] == "time" and c["text"] == "Thursday"
    ]
    assert thursday["value"]["role"] == "later"
    assert "05_indictment" in main["documents"]
    deaths = {c["value"]["best"] for c in event_claims(leadsplit_report, main) if c["attribute"] == "deaths"}
    assert 14 in deaths


@pytest.mark.parametrize(
    "sentence, role",
    [
        ("The captain and three crewmen were indicted on murder charges on Thursday.", "later"),
        ("The owner was sentenced on Monday to ten years in prison.", "later"),
        # the harm's own day stays the happening's
        ("The fire killed 14 workers on Thursday.", "event"),
    ],
)
def test_a_day_of_the_courts_is_a_later_day(parse, rules, sentence, role):
    from verify.extract.base import SentenceContext
    from verify.extract.timeroles import time_role

    doc = parse(sentence)
    (day,) = [e for e in doc.ents if e.label_ == "DATE"]
    ctx = SentenceContext(doc_id="t")
    assert time_role(day.sent, day.start_char, day.end_char, ctx, rules) == role
