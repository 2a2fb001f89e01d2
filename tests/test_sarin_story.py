"""A nerve gas attack on a town, told by three outlets over two days (``tests/data/sarin``, written
for these tests after reading how real coverage of such an attack runs): a monitor's toll that "rose
to 27 and now 49" and then 55, medics saying "jets bombed" the street where victims showed signs of
sarin, "warplanes" striking near a clinic afterwards, the army denying any chemical weapons and
Western governments blaming the government.

A fact-checker expects one toll that grew (27, then 49, then 55: never a sum of 76), the bombing
and the nerve gas one strike told two ways (the agent and the munition that carried it: no rival
methods), bare "warplanes" no one's name (no perpetrator set against the government), and the
government's denial set against the accusation of it: a real dispute, the denier's own stance.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from stories import findings_of, main_bests, main_event

from verify.extract.base import SentenceContext
from verify.extract.counts import extract_counts

SARIN = Path(__file__).resolve().parent / "data" / "sarin"


@pytest.fixture(scope="module")
def sarin_report(story_report):
    return story_report(SARIN)


def test_one_attack_told_by_all_three(sarin_report):
    assert len(main_event(sarin_report)["documents"]) == 3


def test_the_toll_grew_and_was_never_summed(sarin_report):
    bests = main_bests(sarin_report, "deaths")
    assert 76 not in bests and {49, 55} <= bests
    (rise,) = findings_of(sarin_report, "update", "deaths")
    assert "[49]" in rise["summary"] or "49 →" in rise["summary"]
    assert "[55]" in rise["summary"]
    assert not findings_of(sarin_report, "conflict", "deaths")


def test_the_gas_and_the_bombs_are_one_strike(sarin_report):
    assert not findings_of(sarin_report, "conflict", "method")


def test_bare_warplanes_blame_no_one_and_the_denial_meets_the_accusation(sarin_report):
    actors = {c["value"]["actor"] for c in sarin_report["claims"] if c["kind"] == "attribution"}
    assert not any(a.lower() == "warplanes" for a in actors)
    disputes = findings_of(sarin_report, "conflict", "perpetrator")
    assert disputes and all("denied" in f["summary"] and "accused" in f["summary"] for f in disputes)


@pytest.mark.parametrize(
    "sentence, bests",
    [
        # one toll told as it grew: the last value is current, the one before it earlier
        ("The death toll later rose to 27 and now 49, the monitor said.", {49}),
        ("The toll rose to 12 and then 20 on Monday.", {20}),
        ("The death toll climbed to 40, then to 65.", {65}),
        # two groups joined by "and" are still one sum
        ("Police said four men and 12 women were killed.", {16}),
    ],
)
def test_successive_values_of_one_toll(nlp, rules, sentence, bests):
    doc = nlp(sentence)
    ctx = SentenceContext("doc", link=False)
    current = {
        m.value["best"]
        for sent in doc.sents
        for m in extract_counts(sent, ctx, rules)
        if m.attribute == "deaths" and m.value["status"] != "earlier"
    }
    assert current == bests
