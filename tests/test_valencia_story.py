"""Flash floods in an eastern Spanish region, told by four outlets over a week (``tests/data/valencia``,
written for these tests after reading how real coverage of such a flood runs): the toll rising from
60 to 219; "three more deaths ... in the neighbouring region of Serrania-La Alta, and a fourth in
Andalusia" and "the central region of Serrania-La Alta (3 deaths)", the parts of the toll counted
in other regions; a minister's warning that the toll is "the highest since floods claimed 300 lives
in October 1973", told the night before; a wire's dateline "Madrid, Oct 31 (ASN).-".

A fact-checker expects one flood, dated the Tuesday it struck; its toll rising 60 -> 155 -> 210 ->
219, a revision and never a dispute; the other regions' deaths counted as those regions' own
(never a step of the toll, never set against it); the 1973 flood's 300 out of the flood's figures;
the dateline's day the day the wire filed, not a rival day of the flood.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from stories import findings_of, main_bests, main_event, timeline_bests

from verify.extract.base import SentenceContext
from verify.extract.counts import extract_counts

VALENCIA = Path(__file__).resolve().parent / "data" / "valencia"


@pytest.fixture(scope="module")
def valencia_report(story_report):
    return story_report(VALENCIA)


def _counts(report: dict, doc: str, best: int) -> list[dict]:
    return [c for c in report["claims"] if c["kind"] == "count" and c["doc"] == doc and c["value"]["best"] == best]


def test_one_flood_its_toll_rising(valencia_report):
    main = main_event(valencia_report)
    assert len(main["documents"]) == 4
    assert main["date"] == "2031-10-28"
    assert not findings_of(valencia_report, "conflict")
    (series,) = findings_of(valencia_report, "update", "deaths")
    assert series["summary"].endswith("60 → 155 → 210 → 219.")


def test_other_regions_deaths_are_theirs(valencia_report):
    (more,) = _counts(valencia_report, "2_iberia", 3)
    (bracketed,) = _counts(valencia_report, "3_agencia", 3)
    assert more["value"]["where"] == bracketed["value"]["where"] == "Serrania-La Alta"


def test_an_earlier_floods_toll_is_out_of_the_story(valencia_report):
    assert 300 not in main_bests(valencia_report, "deaths")
    assert 300 not in timeline_bests(valencia_report, "deaths")


def test_a_wires_dateline_does_not_date_the_flood(valencia_report):
    (filed,) = [c for c in valencia_report["claims"] if c["doc"] == "3_agencia" and c["text"] == "Oct 31"]
    assert filed["value"]["role"] == "publication"
    assert not findings_of(valencia_report, "conflict", "date")


@pytest.mark.parametrize(
    "sentence, where",
    [
        (
            "Officials say two more deaths have been recorded in the neighbouring region of Serrania-La Alta.",
            "Serrania-La Alta",
        ),
        ("Deaths have also been registered in the central region of Serrania-La Alta (2 deaths).", "Serrania-La Alta"),
        ("Four people drowned in the province of Quenca, officials said.", "Quenca"),
        # a kind of place is "of" no name here: no place
        ("Two more deaths were recorded in the north of the region, officials said.", None),
    ],
)
def test_a_place_named_by_its_kind(parse, rules, sentence, where):
    doc = parse(sentence)
    (count,) = [m for sent in doc.sents for m in extract_counts(sent, SentenceContext("d"), rules)]
    assert count.value.get("where") == where
