"""A wildfire that sweeps a seaside village, told by three outlets over a week (``tests/data/mati``,
written for these tests after reading how real coverage of such a fire runs): the dead rising from
"at least 20" to 61 and then 68, the last step told as "raised the death toll from the wildfire that
tore through the hills above the village to 68", with the toll before it ("stood at 64") told beside
"hundreds of mourners" at a memorial service, and hundreds rescued from the water by boats.

A fact-checker expects one fire whose death toll rose 20 → 61 → 64 → 68: the 68 read as the toll
however long the phrase naming the fire between "the death toll" and "to 68", and the mourners at a
memorial service never a count of the dead (nor the rescued a count of the hurt).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from stories import findings_of, main_event, sentence_counts, timeline_bests

MATI = Path(__file__).resolve().parent / "data" / "mati"


@pytest.fixture(scope="module")
def mati_report(story_report):
    return story_report(MATI)


def test_one_fire_whose_toll_rises_to_the_last_figure(mati_report):
    assert len(main_event(mati_report)["documents"]) == 3
    assert timeline_bests(mati_report, "deaths") == {20, 61, 64, 68}
    rises = [f["summary"] for f in findings_of(mati_report, "update", "deaths")]
    assert any(summary.endswith("20 → 61 → 64 → 68.") for summary in rises)


def test_mourners_and_the_rescued_are_no_casualties(mati_report):
    counted = {(c["attribute"], c["text"]) for c in mati_report["claims"] if c["kind"] == "count"}
    assert not {text for attribute, text in counted if "mourners" in text}
    assert ("rescued", "hundreds of people") in counted
    assert 200 not in timeline_bests(mati_report, "injured")


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # the phrase naming the fire, with its own clause, between the toll and its new figure
        (
            "Officials raised the death toll from a wildfire that raged through a coastal area east of the city to 91.",
            [("deaths", "91")],
        ),
        ("Officials raised the death toll from the fire to 91.", [("deaths", "91")]),
        # a number inside the phrase is no skip: the earlier figure and the new one
        ("Officials raised the death toll from 86 to 91.", [("deaths", "86"), ("deaths", "91")]),
        # people at a memorial while the toll stood: no toll of theirs
        ("The toll stood at 86 as hundreds of mourners attended a memorial service.", [("deaths", "86")]),
        ("The toll stood at 86 as dozens of relatives gathered outside the morgue.", [("deaths", "86")]),
        # the dead as the subject of their own verb are still the dead
        ("Dozens of people were killed as the toll rose to 40.", [("deaths", "Dozens of people"), ("deaths", "40")]),
    ],
)
def test_a_toll_reads_its_own_figure_only(parse, rules, sentence, expected):
    assert [(a, t) for a, t, _ in sentence_counts(parse, rules, sentence)] == expected
