"""Background happenings (issue 16, item 3): a method or a blame the sentence sets somewhere else,
at another time, in a comparison or before the story is no claim of the story's event, or carries
that place and time for the comparison to drop it. Every sentence is written for these tests.
"""

from __future__ import annotations

import pytest

from verify.extract.attribution import extract_attributions
from verify.extract.base import DocFacts, SentenceContext
from verify.extract.methods import extract_methods


def _mentions(parse, rules, text):
    doc = parse(text)
    facts = DocFacts.of(doc)
    ctx = SentenceContext("d", facts=facts)
    methods = [m for sent in doc.sents for m in extract_methods(sent, ctx, rules)]
    actors = [m for sent in doc.sents for m in extract_attributions(sent, ctx, rules)]
    return methods, actors


def _setting(mention):
    return mention.value.get("where"), mention.value.get("when")


# ---- a comparison or an earlier happening the story's came after: no claim at all -------------


@pytest.mark.parametrize(
    "sentence, dropped",
    [
        # a comparison: the bomb measures the blast, it is not how the blast happened
        (
            "Engineers reckoned the blast had a fifth of the strength of the atomic bomb that America dropped on Nagasaki.",
            "bomb",
        ),
        ("The warehouse fire was three times the size of the blaze in Halifax.", "blaze"),
        ("Witnesses said the noise was like the shelling of Mosul.", "shelling"),
        # a toll measured against another happening's: that happening's storm is no method of the story
        (
            "The governor said the toll had climbed to 111, surpassing the 103 people killed during Hurricane"
            " Omar in August 2019.",
            "Hurricane",
        ),
        # an earlier happening at a place the sentence names: the story's came after it
        ("The explosion came days after a Turkish drone strike in Iraq killed two commanders.", "strike"),
        ("It happened shortly after an air raid in Yemen left a school in ruins.", "air raid"),
        # set before the story's own happening: an earlier one
        ("Residents said the town had been shelled by artillery for three days before the strike.", "shell"),
        ("Residents said the town had been shelled by artillery for three days before the strike.", "artillery"),
        ("Artillery shelled the town for hours before the attack.", "shelled"),
        ("Artillery shelled the town for hours before the attack.", "Artillery"),
        ("The area was shelled hours before the air strike hit the hospital.", "shelled"),
        # told of a long campaign: the campaign's method, not how the story's happening was done
        (
            "The town had been the army's last stronghold before it fell on Sunday, after a ten-month siege"
            " marked by hunger and heavy bombardment.",
            "bombardment",
        ),
        ("Gunmen shot dead 212 patients after a long siege marked by shelling and drone strikes.", "shelling"),
        ("Gunmen shot dead 212 patients after a long siege marked by shelling and drone strikes.", "drone"),
    ],
)
def test_a_comparison_or_an_earlier_happening_is_no_method(parse, rules, sentence, dropped):
    methods, _ = _mentions(parse, rules, sentence)
    assert all(dropped not in m.value["original"] for m in methods), [m.value["original"] for m in methods]


@pytest.mark.parametrize(
    "sentence, actor",
    [
        (
            "Engineers reckoned the blast had a fifth of the strength of the atomic bomb dropped by the United States on Nagasaki.",
            "United States",
        ),
        ("The explosion came days after a Russian air strike in Georgia destroyed a depot.", "Russia"),
    ],
)
def test_the_doer_of_a_comparison_or_an_earlier_happening_is_context(parse, rules, sentence, actor):
    _, actors = _mentions(parse, rules, sentence)
    assert actor not in [m.value["actor"] for m in actors]


def test_a_method_only_tried_is_hypothetical(parse, rules):
    methods, _ = _mentions(parse, rules, "Soldiers stopped two men who were trying to plant a bomb near the bridge.")
    assert [m.value["stance"] for m in methods] == ["hypothetical"]


# ---- another place, another time: kept, with where and when as written --------------------------


@pytest.mark.parametrize(
    "sentence, where, when",
    [
        ("Turkish jets bombed a village in northern Iraq in 2015.", "Iraq", "2015"),
        ("A car bomb in Kabul killed nine people last year.", "Kabul", "last year"),
        ("The port was hit by a missile during the Gulf War.", None, "the Gulf War"),
        ("Russian artillery shelled a market in Donetsk on Monday.", "Donetsk", "Monday"),
    ],
)
def test_where_and_when_are_kept_as_written(parse, rules, sentence, where, when):
    methods, _ = _mentions(parse, rules, sentence)
    assert methods and {_setting(m) for m in methods} == {(where, when)}  # "jets" and "bombed" alike


def test_the_blame_carries_the_act_s_place_and_time(parse, rules):
    _, actors = _mentions(parse, rules, "Turkish jets bombed a village in northern Iraq in 2015.")
    assert [(m.value["actor"], _setting(m)) for m in actors] == [("Turkey", ("Iraq", "2015"))]


# ---- aircraft that carry, not strike ------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The government sent cargo planes and rescue helicopters to the flooded valley.",
        "Two relief planes landed in the capital on Sunday.",
        "Dozens of planes loaded with tents reached the airport.",
    ],
)
def test_supply_aircraft_are_no_air_strike(parse, rules, sentence):
    methods, _ = _mentions(parse, rules, sentence)
    assert [m.value["method"] for m in methods if m.value["method"] == "air_strike"] == []


# ---- the story's own method and blame are still read ---------------------------------------------


@pytest.mark.parametrize(
    "sentence, method, actor",
    [
        ("An Israeli airstrike hit the hospital in Gaza on Tuesday night.", "air_strike", "Israel"),
        ("Government forces shelled the clinic in Aleppo at dawn.", "shelling", "the government"),
        ("Residents said Russian warplanes bombed the market twice.", "explosive", "Russia"),
        ("The blast came after a fire broke out in a warehouse at the port.", "fire", None),
        ("The force of the explosion shattered windows across the city.", "explosion", None),
        ("Army planes dropped leaflets before the raid.", "air_strike", None),
        ("The area was shelled hours before the air strike hit the hospital.", "air_strike", None),
        ("An air strike hit the hospital on Monday before the ceasefire.", "air_strike", None),
        ("The strike came before the shelling.", "shelling", None),
        # a campaign named beside the story's own method leaves it the story's
        ("Shelling during the siege killed 12 people.", "shelling", None),
        ("Gunmen shot dead 212 patients after a long siege marked by shelling and drone strikes.", "firearm", None),
    ],
)
def test_the_story_s_own_method_and_blame_stay_claims(parse, rules, sentence, method, actor):
    methods, actors = _mentions(parse, rules, sentence)
    assert method in [m.value["method"] for m in methods]
    if actor is not None:
        assert [(m.value["actor"], m.value["stance"]) for m in actors] == [(actor, "asserted")]
