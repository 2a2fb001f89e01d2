"""Stance from the parse (issue 16): who is said to have done it and how, as each sentence puts it.

One table per false-finding class: blame read from context, a denial read as the perpetrator, a
negation, a denial or a figure of speech read as a method; then what each must still find — the
accused and the accuser apart, suspicion and conditions, methods with their modifiers, causes.
Every sentence is written for these tests.
"""

from __future__ import annotations

import pytest

from verify.extract.attribution import actor_key, extract_attributions, read_attributions
from verify.extract.base import DocFacts, SentenceContext
from verify.extract.methods import extract_methods, read_methods
from verify.rules import load_rules


def _sentences(parse, text):
    doc = parse(text)
    facts = DocFacts.of(doc)
    return doc, facts, SentenceContext("d", facts=facts)


def _attributions(parse, rules, text):
    doc, facts, ctx = _sentences(parse, text)
    out = []
    for sent in doc.sents:
        for m in extract_attributions(sent, ctx, rules):
            assert doc.text[m.start : m.end] == doc.text[m.start : m.end].strip() != ""
            out.append((m.value["actor"], m.value["stance"]))
    return out


def _methods(parse, rules, text):
    doc, facts, ctx = _sentences(parse, text)
    out = []
    for sent in doc.sents:
        for m in extract_methods(sent, ctx, rules):
            assert doc.text[m.start : m.end] == m.value["original"]
            out.append(
                (
                    doc.text[m.start : m.end],
                    tuple(m.value.get("alternatives") or [m.value["method"]]),
                    m.value["stance"],
                )
            )
    return out


# ---- a denial is the denier's stance, never the denier as perpetrator -------------------------


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Moscow denies that its warplanes struck the bakery.", [("Russia", "denied")]),
        ("The rebels rejected claims that they had shelled the school.", [("rebels", "denied")]),
        ("Russia dismissed any suggestion that it was involved in the raid.", [("Russia", "denied")]),
        ("A spokesman said Russia had not fired at the convoy.", [("Russia", "denied")]),
        # a denial about something else is no stance on a role
        ("Russia denied a request for a ceasefire in the valley.", []),
    ],
)
def test_a_denial_is_the_deniers_stance(parse, rules, sentence, expected):
    assert _attributions(parse, rules, sentence) == expected


# ---- blame is read from the role, not from words nearby ---------------------------------------


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # the accused, never the accuser
        (
            "The opposition council blamed government forces for the bombing of the bakery.",
            [("the government", "accused")],
        ),
        ("Local officials pinned the blame for the blast on Russian jets.", [("Russia", "accused")]),
        ("Russia was accused of bombing the market twice.", [("Russia", "accused")]),
        # suspected and hypothetical roles
        ("Residents said government forces may have dropped the bombs.", [("the government", "suspected")]),
        ("If Russia carried out the raid, the truce is over.", [("Russia", "hypothetical")]),
        # asserted, as agent or as owner of the attack
        ("Government forces shelled the clinic at dawn, the monitor said.", [("the government", "asserted")]),
        ("The bakery was destroyed in a Russian air raid on Sunday.", [("Russia", "asserted")]),
    ],
)
def test_blame_follows_the_role(parse, rules, sentence, expected):
    assert _attributions(parse, rules, sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Islamic State fighters also operate in the hills east of the town.",  # another force in the area
        "Russia, which backs the government in Damascus, sent flour to the town.",  # background on an actor
        "The earthquake hit Syria and Turkey before dawn.",  # a place, not an actor
        "Russia struck a trade deal with its neighbours last spring.",  # "struck" with no attack
        "The rebels said the bakery had been hit twice in a week.",  # the speaker
        "Veterans of the Free Hill offensive marched through the town.",  # an act a name names
    ],
)
def test_context_is_no_claim(parse, rules, sentence):
    doc, facts, _ = _sentences(parse, sentence)
    readings = [r for sent in doc.sents for r in read_attributions(sent, rules, facts)]
    assert readings and {r.stance for r in readings} == {"context_only"}
    assert _attributions(parse, rules, sentence) == []


def test_the_accuser_is_kept_apart_from_the_accused(parse, rules):
    doc, _, ctx = _sentences(parse, "The opposition council blamed the bombing of the bakery on Russian jets.")
    (mention,) = [m for s in doc.sents for m in extract_attributions(s, ctx, rules)]
    assert mention.value["actor"] == "Russia" and mention.value["by"] == "opposition council"
    assert mention.cited_source == "opposition council"


def test_who_says_so_is_never_the_mention_itself(parse, rules):
    doc, _, ctx = _sentences(parse, "The bombing of the clinic claimed the lives of four nurses.")
    (mention,) = [m for s in doc.sents for m in extract_methods(s, ctx, rules)]
    assert doc.text[mention.start : mention.end] == "bombing" and mention.value["by"] is None


def test_entities_are_actors_where_they_have_a_role(parse, tmp_path):
    # names the rules do not list: the parse gives the role; a people's name is its country's
    (tmp_path / "norland.yaml").write_text("demonyms:\n  Norland: [Norlandian, Norlandians]\n", encoding="utf-8")
    rules = load_rules(tmp_path)
    got = _attributions(
        parse,
        rules,
        "The Norlandian army said the Free Hill Brigade fired the shells; "
        "the Free Hill Brigade blamed Norland for the attack.",
    )
    assert got == [("Free Hill Brigade", "asserted"), ("Norland", "accused")]
    assert actor_key("Norlandian", rules.countries) == actor_key("Norland", rules.countries) == "norland"
    assert actor_key("the Free Hill Brigade's", rules.countries) == "free hill brigade"


# ---- negation, denial and figures of speech are not methods ------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "It was not an air strike, the fire chief insisted.",
        "The ministry denied an air strike on the depot.",
        "Investigators found no evidence of a car bomb.",
        "Moscow rejected claims that its jets bombed the market.",
        "The new budget is a shot in the arm for farmers.",
        "Critics took a shot at the mayor's plan.",
        "His second film bombed at the box office.",
        "The minister exploded in anger at the question.",
        "The leak was a bombshell report for the cabinet.",
        # a verb that drives something into a state (``methods.figurative_into``)
        "The scandal sank the ruling party further into crisis.",
        "The leaked memo bombed the markets into turmoil.",
        # a verb whose subject is a gathering or a quarrel (``methods.figurative_subjects``), or its
        # noun "of" one: how the protest began, no volcano
        "The demonstrations erupted after the government blocked 30 messaging apps.",
        "Violent protests erupted across the country on Monday.",
        "An eruption of violence followed the vote.",
    ],
)
def test_negations_denials_and_figures_of_speech_are_no_methods(parse, rules, sentence):
    assert _methods(parse, rules, sentence) == []


def test_an_eruption_of_gunfire_is_the_shooting(parse, rules):
    found = _methods(parse, rules, "Hours after an eruption of police gunfire, the minister resigned.")
    assert [m[1] for m in found] == [("firearm",)]


def test_a_volcano_that_erupted_is_still_an_eruption(parse, rules):
    assert [m[1] for m in _methods(parse, rules, "The volcano erupted on Sunday.")] == [("eruption",)]


def test_a_sinking_into_the_sea_is_still_a_sinking(parse, rules):
    assert [m[1] for m in _methods(parse, rules, "The ferry sank into the sea.")] == [("shipwreck",)]


# ---- a method says whose: its modifiers as written, its stance, either of two -----------------


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Villagers blamed a Russian air strike for the damage.", [("Russian air strike", ("air_strike",), "accused")]),
        ("A misfired rocket fell on the camp, the army said.", [("misfired rocket", ("rocket",), "asserted")]),
        ("The crater came from a failed rocket launch.", [("failed rocket launch", ("rocket",), "asserted")]),
        (
            "The team found an apparent rocket-propelled grenade in the yard.",
            [("apparent rocket-propelled grenade", ("rocket",), "suspected")],
        ),
        ("Militants had misfired a rocket near the school.", [("misfired a rocket", ("rocket",), "asserted")]),
        (
            "The governor said a missile or negligence could explain the damage.",
            [("missile or negligence", ("missile", "negligence"), "suspected")],
        ),
        ("If a barrel bomb hit the convoy, nobody has said so.", [("barrel bomb", ("barrel_bomb",), "hypothetical")]),
        # the attack word says how, the happening word only what
        (
            "Rebels attacked the town with rockets and artillery fire.",
            [("rockets", ("rocket",), "asserted"), ("artillery fire", ("shelling",), "asserted")],
        ),
        # "X, not Y": the negation is Y's
        ("Inspectors said a rocket, not an air strike, hit the ward.", [("rocket", ("rocket",), "asserted")]),
        # a clause under a negated one is not negated: what is unclear is the cause, not the blaze
        (
            "Nobody yet knows what started the blaze, and it is not clear what caused the earthquake damage.",
            [("blaze", ("fire",), "asserted"), ("earthquake damage", ("earthquake",), "asserted")],
        ),
    ],
)
def test_methods_keep_their_modifiers_and_stance(parse, rules, sentence, expected):
    assert _methods(parse, rules, sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "The damage to the warehouse was caused by sodium nitrate stored without ventilation.",
            [("sodium nitrate", ("sodium_nitrate",), "asserted")],
        ),
        (
            "Firefighters blamed a faulty fridge freezer on the fourth floor.",
            [("faulty fridge freezer", ("electrical_fault",), "accused")],
        ),
        ("Local radio said fireworks stored in a shed were to blame.", [("fireworks", ("fireworks",), "asserted")]),
    ],
)
def test_a_cause_is_a_claim_of_attribute_cause(parse, rules, sentence, expected):
    assert _methods(parse, rules, sentence) == expected
    doc, _, ctx = _sentences(parse, sentence)
    assert {m.attribute for s in doc.sents for m in extract_methods(s, ctx, rules)} == {"cause"}


def test_every_reading_is_kept_for_the_record(parse, rules):
    # read_methods keeps what extract_methods drops, with the reason
    doc, facts, _ = _sentences(parse, "The ministry denied an air strike on the depot.")
    (reading,) = [r for s in doc.sents for r in read_methods(s, rules, facts.text)]
    assert reading.reading.stance == "denied" and reading.reading.cue == "denied"


# ---- a people's armed groups are not its state ------------------------------------------------


@pytest.mark.parametrize(
    "sentence, key",
    [
        ("The army said Palestinian militants fired the rocket that hit the clinic.", "palestine armed groups"),
        ("Officials blamed Lebanese gunmen for shelling the market.", "lebanon armed groups"),
        ("The Israeli military bombed the clinic.", "israel"),
    ],
)
def test_a_peoples_armed_groups_are_keyed_apart_from_its_state(parse, rules, sentence, key):
    doc, facts, ctx = _sentences(parse, sentence)
    keys = [m.value["key"] for sent in doc.sents for m in extract_attributions(sent, ctx, rules)]
    assert keys == [key]
