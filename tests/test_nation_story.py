"""Police fire on a protest in one city of a country swept by protests, told by three outlets over
three days (``tests/data/nation``, written for these tests after reading how real coverage of such a
shooting runs): the city's dead rising from 21 to 25, a rights group's tally of the dead "across
Kenya" (64 others, "bringing the total to 85"), Human Rights Watch's "110 killed over the last 20
days during protests in Kenya", and a governor's "the number of people killed ... reached 23 and
some 40 others were wounded", which the parser hangs on "others" as one pair.

A fact-checker expects the country's tallies on a line of their own, never the city's toll (no
dispute of 85 with 21, no revision from 25 to 110), and the governor's 23 dead and 40 wounded, never 40 dead and 23 wounded.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from stories import findings_of, timeline_bests, timeline_line

from verify.extract.base import SentenceContext
from verify.extract.counts import extract_counts
from verify.extract.repairs import repair_parse

NATION = Path(__file__).resolve().parent / "data" / "nation"


@pytest.fixture(scope="module")
def nation_report(story_report):
    return story_report(NATION)


def test_the_country_tally_is_no_toll_of_the_city(nation_report):
    assert not findings_of(nation_report, "conflict", "deaths")
    toll = timeline_line(nation_report, "deaths", None)
    assert {21, 23, 25} <= set(toll)
    assert not {64, 85, 110} & set(toll)
    assert 85 in timeline_line(nation_report, "deaths", "Kenya")
    for update in findings_of(nation_report, "update", "deaths"):
        assert "[85]" not in update["summary"] and "[110]" not in update["summary"]


def test_the_governor_dead_and_wounded_keep_their_roles(nation_report):
    assert 40 not in timeline_bests(nation_report, "deaths")
    assert timeline_bests(nation_report, "injured") == {40}


def _counts(parse, rules, text: str) -> set[tuple[str, int]]:
    doc = repair_parse(parse(text), rules)
    return {(m.attribute, m.value["best"]) for s in doc.sents for m in extract_counts(s, SentenceContext("d"), rules)}


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "The number of people killed in the clashes on Friday reached 19 and some 20 others were wounded, "
            "the governor said.",
            {("deaths", 19), ("injured", 20)},
        ),
        ("The toll stood at 7 and 15 others were hurt.", {("deaths", 7), ("injured", 15)}),
        (
            "The death toll has risen to at least 25 and 40 others were injured in the attack, officials said.",
            {("deaths", 25), ("injured", 40)},
        ),
        (
            "The number of dead reached 31 and 60 others were wounded, the ministry said.",
            {("deaths", 31), ("injured", 60)},
        ),
    ],
)
def test_a_pair_after_a_toll_cue_is_the_toll_and_the_others(parse, rules, sentence, expected):
    assert _counts(parse, rules, sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The death toll rose to 12 and 30 more were injured, officials said.",
        "The toll has risen to 8 and 11 more were hurt in the blast.",
    ],
)
def test_a_toll_joined_to_n_more_hurt_is_no_sum_of_the_dead(parse, rules, sentence):
    """The parser's second shape: the toll under "to", the others' number and "more" both joined to
    it, so the two numbers read as one sum of the dead (12 + 30 = 42); mended, the toll stands alone
    and the others are the hurt, never the dead."""
    found = _counts(parse, rules, sentence)
    toll = int(sentence.split(" to ")[1].split()[0])
    hurt = int(sentence.split(" and ")[1].split()[0])
    assert {best for attribute, best in found if attribute == "deaths"} == {toll}
    assert any(attribute.startswith("injured") and best == hurt for attribute, best in found)


@pytest.mark.parametrize(
    "sentence",
    [
        "Police said 19 and 20 others were wounded.",  # no toll cue before the pair
        "The toll reached 19 and 20 soldiers were wounded.",  # no "others" after it
        "The death toll rose to 19, and 20 others remain in hospital.",  # parsed right already
    ],
)
def test_no_pair_after_a_cue_is_left_as_parsed(parse, rules, sentence):
    plain = parse(sentence)
    before = [(t.i, t.head.i, t.dep_) for t in plain]
    assert [(t.i, t.head.i, t.dep_) for t in repair_parse(plain, rules)] == before


def test_the_repair_moves_heads_inside_one_sentence(parse, rules):
    doc = parse("Riots went on. The toll reached 19 and 20 others were wounded. Calm returned.")
    starts = [s.start for s in doc.sents]
    repair_parse(doc, rules)
    assert [s.start for s in doc.sents] == starts
    nineteen, twenty = (t for t in doc if t.text in ("19", "20"))
    assert nineteen.head.lower_ == "reached" and twenty.head.lower_ == "others"
