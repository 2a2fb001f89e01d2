"""A crush at a shrine told by three outlets over four days (``tests/data/blame2``, written for these
tests after reading real coverage of a pilgrimage crush, a border-city shooting and a train
collision): a minister blames the pilgrims, a neighbouring republic accuses the organisers of
mismanagement, the governor blames separatist militants, rights groups blame the police, a cleric
rejects any involvement of an armed front, and an inquiry finds a gate's structural failure while a
minister says sabotage "could not be ruled out".

A fact-checker expects each accusation read as its accuser's blame of the one accused, named as
written even when no table knows it ("pilgrims", "separatist militants"); the cleric's rejection a
denial of the front's role that the cleric holds; the minister's and the governor's rival blame a
dispute naming both accusers; and sabotage a cause only held open, shown against the inquiry's
cause as contested with its hedge and its holder, never as a plain conflict of causes.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from stories import event_claims, findings_of, main_event

BLAME = Path(__file__).resolve().parent / "data" / "blame2"


@pytest.fixture(scope="module")
def blame_report(story_report):
    return story_report(BLAME)


def _attributions(report: dict) -> set[tuple[str, str, str | None]]:
    return {
        (c["value"]["actor"], c["value"]["stance"], c["value"].get("by"))
        for c in event_claims(report, main_event(report))
        if c["kind"] == "attribution"
    }


def test_each_accusation_is_its_accusers_blame_of_a_group(blame_report):
    found = _attributions(blame_report)
    assert ("pilgrims", "accused", "province's religious affairs minister") in found
    assert ("separatist militants", "accused", "Provincial governor Ilse Marrow") in found
    assert ("the security forces", "accused", "Rights groups") in found


def test_rejecting_anothers_involvement_is_the_speakers_denial(blame_report):
    assert ("Dorn Front", "denied", "senior cleric at the shrine") in _attributions(blame_report)


def test_rival_blame_is_a_dispute_naming_both_accusers(blame_report):
    disputes = [f["summary"] for f in findings_of(blame_report, "conflict", "perpetrator")]
    assert any(
        "pilgrims accused by province's religious affairs minister" in s
        and "separatist militants accused by Provincial governor Ilse Marrow" in s
        for s in disputes
    ), disputes


def test_a_cause_held_open_is_contested_not_a_conflict(blame_report):
    assert not findings_of(blame_report, "conflict", "method")
    (contested,) = [f for f in findings_of(blame_report, "compatible", "method") if "contested" in f["summary"]]
    assert "“structural failure”" in contested["summary"]
    assert (
        "sabotage is only held possible (“could not be ruled out”, province's railway and works minister)"
        in (contested["summary"])
    )
    assert contested["severity"] in ("info", "low")


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("The governor blamed separatist militants for the attack.", {("separatist militants", "accused")}),
        ("The minister blamed the crush on pilgrims.", {("pilgrims", "accused")}),
        ("Officials accused the organisers of negligence over the crush.", {("organisers", "accused")}),
        # a cause, no one blamed
        ("Pilgrims blamed the crush on mismanagement.", set()),
        # the one who blames is no one blamed
        ("Pilgrims blamed the police for the crush.", {("the security forces", "accused")}),
        ("A cleric rejected any involvement of Hamas in the attack.", {("Hamas", "denied")}),
        # declining to deny is no denial, nor a blame
        ("The ministry did not deny Hamas's role in the attack.", set()),
    ],
)
def test_blamed_and_denied_roles_read_from_the_sentence(parse, rules, sentence, expected):
    from verify.extract.attribution import read_attributions

    sent = next(iter(parse(sentence).sents))
    found = {(r.actor, r.stance) for r in read_attributions(sent, rules) if r.stance != "context_only"}
    assert found == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("The minister said sabotage could not be ruled out.", {("sabotage", "hypothetical")}),
        ("Giving credence to the sabotage theory, the minister ordered a probe.", {("sabotage", "hypothetical")}),
        ("Police are examining the possibility of sabotage.", {("sabotage", "hypothetical")}),
        # ruled out, it is no claim at all; stated, it is a cause told
        ("The inquiry ruled out sabotage.", set()),
        ("The inquiry found that sabotage caused the derailment.", {("sabotage", "asserted"), ("crash", "asserted")}),
    ],
)
def test_a_cause_only_weighed_is_a_hypothesis(parse, rules, sentence, expected):
    from verify.extract.methods import DROPPED, read_methods

    sent = next(iter(parse(sentence).sents))
    found = {(m.nodes[0], m.reading.stance) for m in read_methods(sent, rules) if m.reading.stance not in DROPPED}
    assert found == expected
