"""Tests for verify/extract/counts: how a victim's shooting ended, read from the sentence (issue 14).

Each case is a sentence written for this file (none copied from a corpus) and every figure it must
yield: (attribute, low, high, best, words as written), plus what must not be read from it.
"""

from __future__ import annotations

import pytest
import spacy

from verify.extract.base import SentenceContext
from verify.extract.counts import extract_counts
from verify.rules import load_rules

RULES = load_rules()


@pytest.fixture(scope="session")
def nlp():
    return spacy.load(RULES.nlp.model)


def _figures(nlp, sentence: str) -> list[tuple[str, int, int | None, int, str]]:
    doc = nlp(sentence)
    ctx = SentenceContext("doc")
    return [
        (m.attribute, m.value["low"], m.value["high"], m.value["best"], sentence[m.start : m.end])
        for sent in doc.sents
        for m in extract_counts(sent, ctx, RULES)
    ]


CASES = [
    # an injury on the figure's own clause is how it began; the verb above says how it ended
    (
        "A 15-year-old girl who was badly wounded in a shooting on Monday died on Wednesday.",
        [("deaths", 1, None, None, "A 15-year-old girl")],
    ),
    (
        "The 30-year-old woman hurt in the crash last week died from her injuries on Sunday.",
        [("deaths", 1, None, None, "The 30-year-old woman")],
    ),
    (
        "A toddler who was critically injured after shooting himself in the leg has died.",
        [("deaths", 1, None, None, "A toddler")],
    ),
    # ... and when it says nothing more, the injury stands
    ("Two men who were wounded in the attack were taken to hospital.", [("injured", 2, 2, 2, "Two men")]),
    # a verb and its particle are one word
    ("The man later passed away at the clinic.", [("deaths", 1, None, None, "The man")]),
    ("The toll passed 300 on Monday.", [("deaths", 301, None, 301, "passed 300")]),
    # "that" opening a clause is no determiner: "one" is the figure
    ("It has been confirmed that one is dead after the shooting.", [("deaths", 1, 1, 1, "one")]),
    ("He said that one of them ran.", []),
    # a count of wounds is one victim's wounds, never people
    ("The man was found suffering from multiple gunshot wounds.", []),
    ("He was treated for two gunshot wounds.", []),
    (
        "The blast caused 30 deaths and 120 injuries.",
        [("deaths", 30, 30, 30, "30 deaths"), ("injured", 120, 120, 120, "120 injuries")],
    ),
    # a murder-suicide in the clause where the shooter shot himself: the others shot were murdered
    (
        "The girl shot her brother and then herself in an apparent murder-suicide.",
        [("deaths", 2, None, 2, "her brother and then herself")],
    ),
    (
        "The man shot his wife and then himself in an attempted murder-suicide.",
        [("injured", 2, None, 2, "his wife and then himself")],
    ),
    ("The man shot his wife and then himself.", [("injured", 2, None, 2, "his wife and then himself")]),
    # the victims one agent kills in clauses of one sentence are one toll
    (
        "State police say a father killed his wife in the city, then drove the couple's young son to a"
        " nearby town where he killed the boy and himself.",
        [
            (
                "deaths",
                3,
                None,
                3,
                "his wife in the city, then drove the couple's young son to a nearby town where he killed"
                " the boy and himself",
            )
        ],
    ),
    (
        "The gunman killed two people at the school, then killed three more at a store nearby.",
        [("deaths", 5, 5, 5, "two people at the school, then killed three")],
    ),
    # ... but two agents' victims are not one toll
    (
        "A man killed his neighbour and the police later killed him.",
        [("deaths", 1, None, None, "his neighbour"), ("deaths", 1, None, None, "him")],
    ),
    # a wound had says the victim was hit, not how it ended: a "shot"
    ("The boy suffered a gunshot wound to the leg.", [("injured", 1, None, None, "The boy")]),
    ("The man had a knife.", []),
    # what a happening left: the dead, and the wounded after them
    (
        "The blast left two people dead and four others wounded.",
        [("deaths", 2, 2, 2, "two people"), ("injured", 4, 4, 4, "four others")],
    ),
    ("The gunman left the house and wounded two officers.", [("injured", 2, 2, 2, "two officers")]),
    # a clause's coordinated verb refines a "shot" for every conjunct of the noun it describes
    (
        "A 4-year-old girl and mother who were shot and killed near their home were identified Sunday.",
        [("deaths", 2, None, 2, "A 4-year-old girl and mother")],
    ),
    (
        "A boy and his father who were shot on Monday are recovering.",
        [("injured", 2, None, 2, "A boy and his father")],
    ),
    # the numbers listed after "ages" are all ages
    ("In one shooting, three men, ages 17, 19 and 20, were shot on the avenue.", [("injured", 3, 3, 3, "three men")]),
    # "the 2-year-old" with no noun after it is a person
    (
        "The 4-year-old who was hit by a stray round at the park has died.",
        [("deaths", 1, None, None, "The 4-year-old")],
    ),
    ("Deputies found a 61-year-old who had been shot in the arm.", [("injured", 1, None, None, "a 61-year-old")]),
    ("The barn is 100 years old.", []),
    # a mother called "mom" is a person counted
    ("He said his mom and younger brother were dead.", [("deaths", 2, None, 2, "his mom and younger brother")]),
    # a compound the parser split at its hyphen keeps its determiner
    ("He shot his ex-wife.", [("injured", 1, None, None, "his ex-wife")]),
]


@pytest.mark.parametrize("sentence, expected", CASES)
def test_how_it_ended(nlp, sentence, expected):
    assert _figures(nlp, sentence) == expected


@pytest.mark.parametrize(
    "sentence, hit",
    [("The boy suffered a gunshot wound to the leg.", True), ("The boy was wounded in the leg.", False)],
)
def test_a_wound_had_is_a_hit(nlp, sentence, hit):
    (mention,) = [m for sent in nlp(sentence).sents for m in extract_counts(sent, SentenceContext("doc"), RULES)]
    assert bool(mention.value.get("hit")) is hit


def test_a_participle_restating_the_toll_is_not_added_to_it(nlp):
    figures = _figures(nlp, "The gunman killed 12 people, killing ten students and two teachers.")
    assert ("deaths", 12, 12, 12, "12 people") in figures
    assert max(f[3] for f in figures) == 12


# Taken by force, and what befell them after (``figures.roles.abducted``, ``held_captive``, ``released``,
# ``figures.later_roles``): each its own figure, never the dead, the hurt, the missing or an arrest.
ABDUCTIONS = [
    ("Gunmen stormed the school late on Tuesday and abducted 87 students.", [("abducted", 87, 87, 87, "87 students")]),
    (
        "The governor said 104 pupils were taken when gunmen raided the school.",
        [("abducted", 104, 104, 104, "104 pupils")],
    ),
    ("Police first said 87 students were seized.", [("abducted", 87, 87, 87, "87 students")]),
    ("Gunmen kidnapped more than 100 girls from a school.", [("abducted", 101, None, 101, "more than 100 girls")]),
    # those still in the captors' hands: a count that falls, never an arrest
    ("107 girls are still being held, the principal says.", [("held_captive", 107, 107, 107, "107 girls")]),
    (
        "Seventy-seven schoolgirls remain in the hands of kidnappers.",
        [("held_captive", 77, 77, 77, "Seventy-seven schoolgirls")],
    ),
    # ... but suspects held are arrested, and those taken to hospital or to higher ground are not taken
    ("Police said 40 suspects were arrested and are still being held.", [("arrested", 40, 40, 40, "40 suspects")]),
    ("Two students were injured and were taken to the general hospital.", [("injured", 2, 2, 2, "Two students")]),
    # a verb above says what befell those the clause counts abducted
    (
        "Thirty of the schoolgirls abducted from the school last week were released on Monday.",
        [("released", 30, 30, 30, "Thirty of the schoolgirls")],
    ),
    ("Troops rescued 25 of the kidnapped pupils on Friday.", [("rescued", 25, 25, 25, "25 of the kidnapped pupils")]),
    (
        "Fourteen girls escaped, and 30 were released on Monday.",
        [("escaped", 14, 14, 14, "Fourteen girls"), ("released", 30, 30, 30, "30")],
    ),
    # a guard killed is a death
    ("The hoodlums shot and killed one security guard.", [("deaths", 1, 1, 1, "one security guard")]),
    ("A night guard was shot dead at the gate.", [("deaths", 1, None, None, "A night guard")]),
]


@pytest.mark.parametrize("sentence, expected", ABDUCTIONS)
def test_the_abducted_and_what_befell_them(nlp, sentence, expected):
    assert _figures(nlp, sentence) == expected


# ---- figures listed together that each say what befell those they count, and the dead a clause
# singles out by how they tried to get away

LISTED = [
    # each figure's own state word after its noun: the dead and the hurt, never 35 dead
    (
        "The blast ripped through the depot, leaving at least 12 people dead and 23 others injured, the mayor said.",
        [("deaths", 12, None, 12, "at least 12 people"), ("injured", 23, 23, 23, "23 others")],
    ),
    # the tagger's past tense for "wounded" in a clause of its own
    (
        '"19 workers lost their lives and 40 others wounded," the minister told reporters.',
        [("deaths", 19, 19, 19, "19 workers"), ("injured", 40, 40, 40, "40 others")],
    ),
    # those who went for care beside the dead are the hurt
    (
        "The crash resulted in at least 14 fatalities and another 30 individuals seeking medical treatment.",
        [("deaths", 14, None, 14, "at least 14 fatalities"), ("injured", 30, 30, 30, "30 individuals")],
    ),
    # ... but a list with one state word after it stays one figure
    (
        "Four miners and three drivers were killed.",
        [("deaths", 7, 7, 7, "Four miners and three drivers")],
    ),
    # a state word that only says who they were: their verb says what befell them
    (
        "Two people injured in the blaze have died in hospital, raising the toll to 9.",
        None,
    ),
    # the figure is the killers', no state of theirs
    ("Twelve gunmen killed 30 villagers.", [("deaths", 30, 30, 30, "30 villagers")]),
]


@pytest.mark.parametrize("sentence, expected", LISTED)
def test_each_listed_figure_keeps_its_own_state(nlp, sentence, expected):
    got = _figures(nlp, sentence)
    if expected is None:
        assert not [f for f in got if f[0] == "injured"]
    else:
        assert got == expected


ESCAPES = [
    ("Two victims lost their lives after jumping from the roof in a panic, the governor added.", "deaths_part"),
    ("At least three guests were confirmed to have died after jumping from the building.", "deaths_part"),
    ("Two guests died after they leapt from a window.", "deaths_part"),
    # no getting away: a drowning's toll
    ("Two men died after jumping into the river to save a child.", "deaths"),
    ("Nine people died after the bus plunged from the bridge.", "deaths"),
]


@pytest.mark.parametrize("sentence, attribute", ESCAPES)
def test_the_dead_counted_by_how_they_fled_are_some_of_the_dead(nlp, sentence, attribute):
    (figure,) = _figures(nlp, sentence)
    assert figure[0] == attribute


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # a "with" clause after a count: those critically hurt, a part of it, never the hurt's toll
        (
            "The minister said 120 people were hospitalized, with 16 critically injured.",
            {("admitted", 120), ("critical", 16)},
        ),
        ("Some 70 people were hospitalized, with 9 seriously hurt.", {("admitted", 70), ("critical", 9)}),
        # ... and those it says suffered grave wounds, however the parse hangs the number
        ("Forty people were injured, with 12 suffering serious injuries.", {("injured", 40), ("critical", 12)}),
        ("Forty people were injured, with twelve sustaining serious injuries.", {("injured", 40), ("critical", 12)}),
        ("Forty were wounded, with two suffering life-threatening injuries.", {("injured", 40), ("critical", 2)}),
        # ... while a count said alone to be critically injured stays the count of the hurt
        ("Some 30 people were critically injured in the blast.", {("injured", 30)}),
    ],
)
def test_with_a_number_critically_injured_is_a_part(nlp, sentence, expected):
    assert {(attribute, best) for attribute, _, _, best, _ in _figures(nlp, sentence)} == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # the lightly hurt told beside the seriously hurt: a part of the hurt, never its toll
        (
            "The toll could rise, as 33 others remain in serious condition. A total of 116 others sustained minor injuries.",
            {("critical", 33), ("minor_injured", 116)},
        ),
        ("Twelve were killed and five people were slightly injured.", {("deaths", 12), ("minor_injured", 5)}),
        # the state of those a "with" names is no figure's: "36" stays the count of the hurt, and
        # the 96 are the lightly hurt, never 96 wounds
        (
            "Officials said 36 people were badly injured, with 96 suffering minor injuries.",
            {("injured", 36), ("minor_injured", 96)},
        ),
        (
            "Three people were hurt in the crash, with two suffering minor injuries.",
            {("injured", 3), ("minor_injured", 2)},
        ),
        ("Police said 150 people were treated, most with minor injuries.", {("injured", 150)}),
    ],
)
def test_the_lightly_hurt_are_counted_apart(nlp, sentence, expected):
    assert {(attribute, best) for attribute, _, _, best, _ in _figures(nlp, sentence)} == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # the state of a part the text counts in no number is no figure's: the 50 stay the hurt
        ("Many of the 50 injured are in critical condition.", {("injured", 50)}),
        ("Most of the 30 wounded were in serious condition, doctors said.", {("injured", 30)}),
    ],
)
def test_an_unstated_part_s_state_is_not_the_whole_s(nlp, sentence, expected):
    assert {(attribute, best) for attribute, _, _, best, _ in _figures(nlp, sentence)} == expected
