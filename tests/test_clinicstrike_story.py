"""A foreign air strike on a charity's clinic, told by three outlets over four days
(``tests/data/clinicstrike``, written for these tests after reading how real coverage of such a
strike runs): "a UK air strike", "UK forces" and "the UK government" named as who struck, the
charity denying "that rebel fighters were firing from its clinic ... before the UK air strike",
"over 90 patients being treated there", "95 patients and 60 staff were in the clinic", and the
dead told as "eight of its staff, six patients and two caretakers".

A fact-checker expects one strike at the clinic the texts name (never in the attacker's country),
neither the charity nor the fighters a party to it (the charity's denial is about the fighters'
firing, no word on who struck, and no denial of the strike it sets that firing before), those in the clinic
counted as present (never as injured) and caretakers counted as people.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from stories import findings_of, main_bests, main_event

from verify.extract.attribution import read_attributions

CLINIC = Path(__file__).resolve().parent / "data" / "clinicstrike"


@pytest.fixture(scope="module")
def clinic_report(story_report):
    return story_report(CLINIC)


def test_the_strike_is_set_where_it_happened_not_in_the_attackers_country(clinic_report):
    main = main_event(clinic_report)
    assert len(main["documents"]) == 3
    assert main["label"] == "air strike at Ostrava Nova clinic on 2032-04-17"


def test_the_charity_and_the_fighters_are_no_party_to_the_strike(clinic_report):
    assert not findings_of(clinic_report, "conflict")
    said = {
        c["value"]["actor"]
        for c in clinic_report["claims"]
        if c["kind"] == "attribution" and c["value"]["stance"] != "context_only"
    }
    assert not said & {"Mercy Across Borders", "rebels"}


def test_those_in_the_clinic_are_present_and_caretakers_are_among_the_dead(clinic_report):
    assert not main_bests(clinic_report, "injured")
    assert {91, 155} <= main_bests(clinic_report, "people_present")
    assert main_bests(clinic_report, "deaths") == {11, 16}
    (caretakers,) = [c for c in clinic_report["claims"] if c["text"] == "two caretakers"]
    assert caretakers["attribute"].startswith("deaths")


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # a denial of what others did from the clinic: nobody's role in the strike, and the strike
        # the firing is set before is not denied (nor said by the denier to be France's)
        (
            "Mercy Across Borders denied that rebel fighters were firing from its clinic at government forces "
            "before the French air strike killed 11 people.",
            [],
        ),
        (
            "The charity denied that Karsk Front fighters were firing from its hospital before the air strike.",
            [],
        ),
        # "the name the group uses": no weapon used, no act of the group
        (
            "An air strike hit the clinic of Mercy Across Borders (the name the group uses abroad) killing 11 staff.",
            [],
        ),
        # a denier's own forces, or its own people's, stay its denial
        ("Russia denied that Russian jets struck the hospital.", [("Russia", "denied"), ("Russia", "denied")]),
        ("The coalition denied that its aircraft had targeted the hospital.", [("the coalition", "denied")]),
    ],
)
def test_a_denial_of_anothers_act(parse, rules, sentence, expected):
    sent = next(iter(parse(sentence).sents))
    found = [(r.actor, r.stance) for r in read_attributions(sent, rules) if r.stance != "context_only"]
    assert found == expected
