"""An air strike on a charity's trauma hospital in a city the rebels had just taken, told by four
outlets over six weeks (``tests/data/kunduz``, written for these tests after reading how real
coverage of such a strike runs): the toll rising from nine to 19, 22 and 30, "19 staff and
patients" killed, a gunship named beside the air strike, a commander saying "several civilians were
accidentally struck", and the coalition later "citing human error" as it admits responsibility.

A fact-checker expects one air strike whose toll rises (no disagreement among the figures): the 19
is everyone killed, staff and patients, never a count of the staff alone; the gunship is the air
strike told by its aircraft; the accident and the human error say why the strike hit the hospital,
never that something other than an air strike did, so no dispute over how it was carried out.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from stories import findings_of, main_bests, main_event

from verify.extract.methods import read_methods

KUNDUZ = Path(__file__).resolve().parent / "data" / "kunduz"


@pytest.fixture(scope="module")
def kunduz_report(story_report):
    return story_report(KUNDUZ)


def test_one_air_strike_with_no_dispute(kunduz_report):
    main = main_event(kunduz_report)
    assert len(main["documents"]) == 4
    assert not findings_of(kunduz_report, "conflict")


def test_the_toll_rises_and_staff_and_patients_are_one_figure(kunduz_report):
    assert main_bests(kunduz_report, "deaths") == {9, 19, 22, 30}
    assert not main_bests(kunduz_report, "deaths_staff")
    (rise,) = findings_of(kunduz_report, "update", "deaths")
    assert "9 → 19 → 22 → 30" in rise["summary"]


def test_a_mistaken_strike_is_no_accident_set_against_it(kunduz_report):
    methods = {c["value"]["method"] for c in kunduz_report["claims"] if c["kind"] == "method"}
    assert "air_strike" in methods
    assert not methods & {"accident", "human_error"}


@pytest.mark.parametrize(
    "sentence, methods",
    [
        # why the strike hit the wrong place: no accident instead of it
        ("An airstrike was called in, and several civilians were accidentally struck.", {"air_strike"}),
        ("The army admitted responsibility for the raid, citing human error.", set()),
        ("A gunship fired on the compound for an hour.", {"air_strike"}),
        # an accident told of a happening that is no attack stays a cause
        ("The blast was an accident, officials said.", {"explosion", "accident"}),
        ("The train derailed because of human error.", {"crash", "human_error"}),
    ],
)
def test_a_cause_word_of_a_strike_that_went_wrong(parse, rules, sentence, methods):
    sent = next(iter(parse(sentence).sents))
    found = {node for r in read_methods(sent, rules) for node in r.nodes}
    assert found == methods
