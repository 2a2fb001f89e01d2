"""A rocket that hits a bus depot in a town while people wait to leave, told by three outlets
(``tests/data/stationstrike``, written for these tests after reading how real coverage of such a
strike runs): the capitals of both sides speak, deny and blame ("Kyiv said", "allegations by
Kyiv", "the Kyiv regime", "Moscow denied", "Washington condemned"), and the crowd at the depot is
"waiting to be evacuated" or "hoping to be evacuated".

A fact-checker expects the strike placed in the town, never in a capital that only stands for its
government, and the crowd counted as the people there, never as the evacuated (only the 300 the
buses later took away were).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from stories import main_bests, main_event

STATIONSTRIKE = Path(__file__).resolve().parent / "data" / "stationstrike"


@pytest.fixture(scope="module")
def strike_report(story_report):
    return story_report(STATIONSTRIKE)


def test_the_strike_is_placed_in_the_town_not_a_capital(strike_report):
    main = main_event(strike_report)
    assert len(main["documents"]) == 3
    assert "Pokrovsk" in main["label"]
    assert not any(capital in main["label"] for capital in ("Kyiv", "Moscow", "Washington"))


def test_those_waiting_to_be_evacuated_are_present(strike_report):
    assert main_bests(strike_report, "people_present") == {200, 600}
    assert main_bests(strike_report, "evacuated") == {300}


@pytest.mark.parametrize(
    "sentence, name, acting",
    [
        ("Kyiv said the strike was deliberate.", "Kyiv", True),
        ("Moscow denied any role in the attack.", "Moscow", True),
        ("Washington condemned the attack on Friday.", "Washington", True),
        ("Allegations by Kyiv are a provocation, the ministry said.", "Kyiv", True),
        ("Russia blamed the Kyiv regime for the strike.", "Kyiv", True),
        ("Kyiv officials called the strike a war crime.", "Kyiv", True),
        # where something happened, or a place named in passing: no body acting
        ("A rocket hit a market in Kyiv on Friday.", "Kyiv", False),
        ("The troops pulled back from the capital, Kyiv, last week.", "Kyiv", False),
        ("Kyiv was hit by three missiles overnight.", "Kyiv", False),
    ],
)
def test_a_capital_standing_for_its_government(parse, rules, sentence, name, acting):
    from verify.extract.entities import acting_name

    (sent,) = parse(sentence).sents
    start = sentence.index(name)
    assert acting_name(sent, start, start + len(name), rules) is acting


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Thousands of people were waiting to be evacuated at the station.", {"people_present": 2000}),
        ("Some 4,000 people were awaiting to be evacuated.", {"people_present": 4000}),
        ("About 500 people queued to be evacuated from the town.", {"people_present": 500}),
        # evacuated indeed: the role stands
        ("Rescuers evacuated 300 people from the town.", {"evacuated": 300}),
        ("About 300 people were evacuated on Friday.", {"evacuated": 300}),
    ],
)
def test_waiting_for_a_role_is_being_there(parse, rules, sentence, expected):
    from verify.extract.base import SentenceContext
    from verify.extract.counts import extract_counts

    (sent,) = parse(sentence).sents
    found = {m.attribute: m.value["best"] for m in extract_counts(sent, SentenceContext("d", None), rules)}
    assert {k: found.get(k) for k in expected} == expected


@pytest.mark.parametrize(
    "sentence, places",
    [
        # a weapon's name the tagger takes for a place, before a weapon noun: no place
        (
            "The ministry said that Tochka-U missiles, pieces of which were filmed at the depot, are fired"
            " only by the Varnian army.",
            set(),
        ),
        ("Officials posted pictures of Tochka-U missile launchers that took part in a drill last spring.", set()),
        # a known place before a weapon noun, or before a strike: still a place
        ("Gaza rockets were fired at the town.", {"Gaza"}),
        ("Rockets hit the bus depot in Pokrovsk on Friday.", {"Pokrovsk"}),
    ],
)
def test_a_weapon_s_name_is_no_place(parse, rules, sentence, places):
    from verify.extract.base import SentenceContext
    from verify.extract.entities import extract_entities

    doc = parse(sentence)
    found = {
        doc.text[m.start : m.end]
        for s in doc.sents
        for m in extract_entities(s, SentenceContext("d"), rules)
        if m.kind == "place"
    }
    assert found == places
