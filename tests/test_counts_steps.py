"""Steps of a running total told over two sentences (verify/extract/counts/steps.py)."""

from __future__ import annotations

import pytest
import spacy

from verify.extract import extract_claims
from verify.models import Document
from verify.rules import load_rules

RULES = load_rules()


@pytest.fixture(scope="module")
def nlp():
    return spacy.load(RULES.nlp.model)


def _counts(nlp, text: str) -> list[tuple[str, float | None, str | None, str]]:
    document = Document(id="d", path="d.txt", text=text, sha256="0")
    return [
        (c.attribute, c.value.get("best"), c.value.get("part_of"), c.text)
        for c in extract_claims([document], nlp, RULES)
        if c.kind == "count"
    ]


def test_a_figure_the_next_sentence_adds_to_is_a_part_of_the_new_total(nlp):
    got = _counts(
        nlp,
        "Crews treated 64 injured people and took them to hospital. "
        "Another ten people got themselves there, taking the number being treated to 74.",
    )
    assert ("injured_part", 64, "74", "64 injured people") in got
    assert ("injured", 74, None, "74") in got
    assert not [g for g in got if g[0] == "injured" and g[1] == 64]


def test_a_step_in_the_same_sentence_is_a_part_too(nlp):
    got = _counts(
        nlp,
        "Ambulances carried 40 injured people to hospitals and another 12 were treated at the scene, "
        "bringing the number of injured to 52.",
    )
    assert ("injured_part", 40, "52", "40 injured people") in got
    assert ("injured", 52, None, "52") in got


def test_a_figure_that_does_not_add_up_to_the_total_stays_a_figure_of_its_own(nlp):
    got = _counts(
        nlp,
        "Crews treated 64 injured people and took them to hospital. "
        "Another ten people got themselves there, taking the number being treated to 80.",
    )
    assert ("injured", 64, None, "64 injured people") in got
    assert not [g for g in got if g[0] == "injured_part"]


def test_an_increment_of_another_attribute_leaves_the_figure_alone(nlp):
    got = _counts(
        nlp,
        "Crews treated 21 injured people. Another ten people died overnight, bringing the death toll to 31.",
    )
    assert ("injured", 21, None, "21 injured people") in got
    assert ("deaths", 31, None, "31") in got


def test_a_groups_figure_said_alone_of_the_story_is_a_part_of_the_toll_said_before(nlp):
    """ "Nine children died in the attack" after "at least 52 people were killed" is the children
    among the 52, compared under deaths_children as "eight of them children" is; so is "seven
    children were killed in the blast, which killed 30 people" (its total in its sentence)."""
    got = _counts(
        nlp,
        "At least 52 people were killed in the bombing on Monday. Nine children died in the attack, "
        "the ministry said. Seven nurses were hurt in the blast, which wounded more than 80 people.",
    )
    assert ("deaths", 52, None, "At least 52 people") in got
    assert ("deaths_children", 9, "At least 52 people", "Nine children") in got
    assert ("injured_staff", 7, "more than 80 people", "Seven nurses") in got


@pytest.mark.parametrize(
    "text",
    [
        # alone, a group's figure is the toll: every one killed was a child
        "Nine children were killed when their school bus crashed on Monday.",
        # another happening's toll, told beside the story's
        "At least 12 people were killed in the strike on the hospital. Earlier this month, a coalition "
        "air strike on a school in Saada killed 10 children.",
        # a toll said after it, in another sentence, and a group's larger figure stay as they were
        "Nine children died in the attack. At least 52 people were killed in the bombing on Monday.",
    ],
)
def test_a_groups_figure_is_no_part_alone_of_another_happening_or_before_the_toll(nlp, text):
    assert not [g for g in _counts(nlp, text) if g[0].startswith("deaths_")]
