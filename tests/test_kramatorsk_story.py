"""A missile that hits a crowded railway station while families wait for evacuation trains, told by
three outlets over three days (``tests/data/kramatorsk``, written for these tests after reading how
real coverage of such a strike runs): the dead rising from at least 30 to 50 to 57, the injured from
more than 100 to 109, the 4,000 people at the station, Ukraine blaming Russia, and Russia's side
answering that "allegations by Kyiv that Russia carried out the strike are a provocation and
absolutely untrue", that "claims that Russian forces fired the missile do not correspond to
reality", and that the Tochka-U missile found is used only by Ukraine's army.

A fact-checker expects one strike whose toll rises (updates, never a dispute), the crowd a count of
those present (never casualties), Russia's answer its own denial (never Russia telling of the strike
as its own), set against Ukraine's accusation, and a missile's model name ("a Tochka U short-range
ballistic missile") the weapon, never who fired it.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from stories import findings_of, main_bests, main_event

KRAMATORSK = Path(__file__).resolve().parent / "data" / "kramatorsk"


@pytest.fixture(scope="module")
def kramatorsk_report(story_report):
    return story_report(KRAMATORSK)


def _perpetrators(report: dict) -> list[dict]:
    return [c for c in report["claims"] if c["kind"] == "attribution" and c["attribute"] == "perpetrator"]


def test_one_strike_whose_toll_rises(kramatorsk_report):
    main = main_event(kramatorsk_report)
    assert len(main["documents"]) == 3
    assert not findings_of(kramatorsk_report, "conflict", "deaths")
    (rise,) = findings_of(kramatorsk_report, "update", "deaths")
    assert "30 → 50 → 57" in rise["summary"]
    assert main_bests(kramatorsk_report, "people_present") == {4000}
    assert 4000 not in main_bests(kramatorsk_report, "injured") | main_bests(kramatorsk_report, "deaths")


def test_russias_answer_is_its_own_denial(kramatorsk_report):
    russia = [c for c in _perpetrators(kramatorsk_report) if c["value"]["actor"] == "Russia"]
    # the ministry's "allegations ... are a provocation and untrue" and the Kremlin's "claims ... do
    # not correspond to reality": denials, never Russia asserted by its own ministry
    denials = {c["cited_source"] for c in russia if c["value"]["stance"] == "denied"}
    assert any("ministry" in (s or "") for s in denials)
    assert any("Kremlin" in (s or "") for s in denials)
    assert {c["value"]["stance"] for c in russia} <= {"accused", "asserted", "denied"}
    assert not [c for c in russia if c["value"]["stance"] == "asserted" and c["doc"] != "1_eastline"]
    (dispute,) = [
        f for f in findings_of(kramatorsk_report, "conflict", "perpetrator") if "Russia denied" in f["summary"]
    ]
    assert "Russia accused" in dispute["summary"]


def test_a_missiles_model_name_is_no_perpetrator(kramatorsk_report):
    assert not [c for c in _perpetrators(kramatorsk_report) if "Tochka" in c["text"]]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # a claim noun a clause calls false: the speaker denies what it holds
        ("Allegations that Russia carried out the attack are untrue, the ministry said.", {("russia", "denied")}),
        ("Claims that Russian forces shelled the market are false, a spokesman said.", {("russia", "denied")}),
        (
            "Reports of a Russian rocket attack on the station do not correspond to reality, the ministry said.",
            {("russia", "denied")},
        ),
        # a claim noun that nothing calls false: what it holds stands
        ("Reports that Russian forces shelled the market were confirmed by the governor.", {("russia", "asserted")}),
        ("Russian forces shelled the market, the governor said.", {("russia", "asserted")}),
        # a missile's model name is the weapon, its people's word who fired it
        ("Officials said the station was hit with a Tochka U short-range ballistic missile.", set()),
        ("A Russian missile hit the station, officials said.", {("russia", "asserted")}),
    ],
)
def test_stances_of_allegations_called_false(parse, rules, sentence, expected):
    from verify.extract.attribution import actor_key, read_attributions

    (sent,) = parse(sentence).sents
    found = {
        (actor_key(r.actor, rules.countries), r.stance)
        for r in read_attributions(sent, rules)
        if r.stance != "context_only"
    }
    assert found == expected
