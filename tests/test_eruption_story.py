"""A volcanic eruption told by three outlets (``tests/data/eruption``, written for these tests): the
eruption also said to be a volcano that "exploded", a pyroclastic flow through a village, the dead
rising from "at least three" to seven, people fleeing and evacuated.

A fact-checker expects one eruption, a happening of its own kind with no attacker (the rules'
``methods.taxonomy``: eruptions, avalanches, tsunamis and heatwaves beside floods and quakes), the
volcano's explosion no rival cause, and the toll's rise.
"""

from __future__ import annotations

from pathlib import Path

import pytest

ERUPTION = Path(__file__).resolve().parent / "data" / "eruption"


@pytest.fixture(scope="module")
def eruption_report(story_report):
    return story_report(ERUPTION)


def test_one_eruption_whose_explosion_is_no_rival_cause(eruption_report):
    (event,) = [e for e in eruption_report["events"] if len(e["documents"]) == 3]
    assert event["label"].startswith("eruption in ") and event["label"].endswith(" on 2025-10-19")
    assert not [f for f in eruption_report["findings"] if f["verdict"] == "conflict"]
    methods = {c["value"]["method"] for c in eruption_report["claims"] if c["kind"] == "method"}
    assert {"eruption", "explosion"} <= methods
    assert not [c for c in eruption_report["claims"] if c["kind"] == "attribution"]


def test_the_dead_rise_from_at_least_three_to_seven(eruption_report):
    (rise,) = [f for f in eruption_report["findings"] if f["verdict"] == "update" and f["attribute"] == "deaths"]
    assert "At least three people" in rise["summary"] and "“seven”" in rise["summary"]


@pytest.mark.parametrize(
    "sentence, method",
    [
        ("An avalanche buried three climbers on Tuesday.", "avalanche"),
        ("A tsunami swept the coast after the quake.", "tsunami"),
        ("The heatwave killed 40 people last week.", "heatwave"),
    ],
)
def test_other_disasters_are_happenings_of_their_own(parse, rules, sentence, method):
    from verify.extract.base import SentenceContext
    from verify.extract.methods import extract_methods

    (sent,) = parse(sentence).sents
    found = {m.value["method"] for m in extract_methods(sent, SentenceContext("d", None), rules)}
    assert method in found
    assert rules.methods.kind_of(method) == "disaster"
