"""A motorway viaduct that falls in a port town during a storm, told by three outlets over a week
(``tests/data/genoa2``, written for these tests after reading how real coverage of such a collapse
runs): a wire's first toll, "about 15 vehicles stuck under the rubble", a pylon that "crashed
down"; a paper's "more than 25 cars on the viaduct when it collapsed", the government's blame of the
operator beside a minister's blame of earlier governments "of turning a blind eye"; a weekly's
late page that names the town only in "the Savona highway bridge", which the tagger reads as a
person's name.

A fact-checker expects one collapse with a place on every page, the vehicles buried apart from
those on the viaduct (no rival counts), no vehicle crash, and no dispute over who is to blame:
letting the motorways decay is blame beside the operator's, never a rival culprit.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from stories import findings_of, main_bests, main_event

GENOA2 = Path(__file__).resolve().parent / "data" / "genoa2"


@pytest.fixture(scope="module")
def genoa2_report(story_report):
    return story_report(GENOA2)


def test_the_late_page_names_the_town_before_the_bridge(genoa2_report):
    assert len(main_event(genoa2_report)["documents"]) == 3
    places = {c["text"] for c in genoa2_report["claims"] if c["kind"] == "place" and c["doc"] == "3_review"}
    assert places == {"Savona"}


def test_vehicles_buried_are_no_rival_of_those_on_the_viaduct(genoa2_report):
    assert main_bests(genoa2_report, "vehicles_buried") == {15}
    assert main_bests(genoa2_report, "vehicles") == {26}
    assert not findings_of(genoa2_report, "update", "vehicles")
    assert not findings_of(genoa2_report, "conflict", "vehicles")


def test_a_pylon_crashing_down_is_no_crash(genoa2_report):
    methods = {c["value"]["method"] for c in genoa2_report["claims"] if c["kind"] == "method"}
    assert "collapse" in methods and "crash" not in methods


def test_blame_for_oversight_is_no_rival_culprit(genoa2_report):
    assert not findings_of(genoa2_report, "conflict", "perpetrator")
    actors = {c["text"] for c in genoa2_report["claims"] if c["kind"] == "attribution"}
    assert actors == {"operator"}


@pytest.mark.parametrize(
    "sentence, methods",
    [
        ("One of the towers crashed down on Tuesday.", set()),
        ("The stock market crashed after the news.", set()),
        ("The bus crashed into a wall near the station.", {"crash"}),
        ("The driver crashed the car into a tree.", {"crash"}),
        ("It crashed shortly after take-off.", {"crash"}),
        ("Two trains collided outside the town.", {"crash"}),
    ],
)
def test_a_crash_needs_something_that_moves(parse, rules, sentence, methods):
    from verify.extract.base import SentenceContext
    from verify.extract.methods import extract_methods

    (sent,) = parse(sentence).sents
    assert {m.value["method"] for m in extract_methods(sent, SentenceContext("d", None), rules)} == methods


@pytest.mark.parametrize(
    "sentence, places",
    [
        ("Rust had weakened the cables of the Savona highway bridge.", {"Savona"}),
        ("Engineers inspected the Verona motorway viaduct last year.", {"Verona"}),
        # a name the gazetteer does not know stays what the tagger read
        ("Rust had weakened the cables of the Morandi bridge.", set()),
    ],
)
def test_a_known_town_before_a_structure_is_a_place(parse, rules, sentence, places):
    from verify.extract.base import SentenceContext
    from verify.extract.entities import extract_entities

    (sent,) = parse(sentence).sents
    found = {m.value["name"] for m in extract_entities(sent, SentenceContext("d", None), rules) if m.kind == "place"}
    assert found == places
