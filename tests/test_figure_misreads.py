"""Four ways real coverage misread figures (issue 14), in sentences of our own with invented places:
a wire's dateline ("KASRAT - ", "Varnholt (Meridian Wire): ") read as a victim and as the one who
said what follows; the figure of a "with" clause ("with another 6,200 reported as still missing")
given the main clause's role; a figure a body denies or calls false still counted as a toll; and the
parts of a toll ("the dead include 300 children", "seven others in the towns of Vostra and Omar
al-Kessin") missed, or a town in the list taken for a person killed.

The story (``tests/data/figmisreads``): a wire's toll of 4,100 in Kasrat with 6,200 missing; a
paper telling that the Red Crescent denied a toll of 9,000; a paper giving the dead of three small
towns. A fact-checker expects no dispute over the dead: the 9,000 is denied, no rival of the 4,100.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from stories import findings_of, page_counts

from verify.extract.base import SentenceContext
from verify.extract.counts import extract_counts
from verify.extract.sources import find_sourcing

STORY = Path(__file__).resolve().parent / "data" / "figmisreads"


def _counts(nlp, rules, text: str) -> list[tuple[str, int | None, str, bool]]:
    doc = nlp(text)
    ctx = SentenceContext("doc")
    return [
        (m.attribute, m.value.get("best", m.value.get("low")), m.value.get("status"), bool(m.value.get("part")))
        for sent in doc.sents
        for m in extract_counts(sent, ctx, rules)
    ]


# (sentence, every figure as (attribute, best, status, part))
CASES = [
    # the "with" clause's own predicate says what its figure counts
    (
        "The Red Crescent said on Friday that at least 4,100 people are dead in the city of Kasrat,"
        " with another 6,200 reported as still missing.",
        [("deaths", 4100, "reported", False), ("missing", 6200, "reported", False)],
    ),
    # a figure a body denies, or calls false, is denied: no toll of anyone's
    (
        "A spokesperson for the Red Crescent denied on Saturday that the death toll from the floods in"
        " the city of Kasrat had reached 9,000, as announced by a relief office on Friday.",
        [("deaths", 9000, "denied", False)],
    ),
    ("The Red Crescent denied that 9,000 people had died in Kasrat.", [("deaths", 9000, "denied", False)]),
    ("The ministry said the death toll of 300 was false.", [("deaths", 300, "denied", False)]),
    # (a denial beside the figure's clause denies something else)
    ("The army denied any role and said 30 people had died.", [("deaths", 30, "reported", False)]),
    # what the dead include are parts of them, whatever the tense or the words for the dead
    (
        "The dead include 300 children and 200 women.",
        [("deaths_children", 300, "reported", True), ("deaths_part", 200, "reported", True)],
    ),
    (
        "The group says those killed in the attack include 30 children and 20 women.",
        [("deaths_children", 30, "reported", True), ("deaths_part", 20, "reported", True)],
    ),
    # a town the tagger takes for a person, in a list after "the towns of", is no one killed
    (
        "Seven others were reported dead in the towns of Vostra and Omar al-Kessin, the minister said.",
        [("deaths", 7, "reported", False)],
    ),
]


@pytest.mark.parametrize("sentence, expected", CASES)
def test_figures(nlp, rules, sentence, expected):
    assert _counts(nlp, rules, sentence) == expected


@pytest.mark.parametrize(
    "sentence, source",
    [
        (
            "MARWAN: A suspected gas attack, believed to be by government jets, killed at least 58 people"
            " including 11 children in the province of Kessra on Tuesday, a war monitor and medical workers"
            " in the area said.",
            "a war monitor and medical workers in the area",
        ),
        ("KASRAT - Relief investigators said Wednesday that 83 people had died.", "Relief investigators"),
    ],
)
def test_a_dateline_is_no_source(nlp, rules, sentence, source):
    sent = next(nlp(sentence).sents)
    assert find_sourcing(sent, rules).cited_source == source
    # the dateline names no victim either: the sentence's figures are its toll and its part
    assert [(a, best) for a, best, _, _ in _counts(nlp, rules, sentence)] in (
        [("deaths", 58), ("deaths", 11)],
        [("deaths", 83)],
    )


@pytest.fixture(scope="module")
def report(story_report):
    return story_report(STORY)


def test_the_denied_toll_is_no_rival(report):
    assert ("deaths", 9000) in page_counts(report, "2_herald")
    (denied,) = [c for c in report["claims"] if c["kind"] == "count" and c["value"].get("best") == 9000]
    assert denied["value"]["status"] == "denied"
    assert not findings_of(report, "conflict", "deaths")
    assert not [f for f in report["findings"] if "9,000" in f["summary"]]


def test_the_missing_of_a_with_clause(report):
    assert ("missing", 6200) in page_counts(report, "1_wire")
    assert ("deaths", 6200) not in page_counts(report, "1_wire")


def test_the_towns_listed_are_places(report):
    counts = page_counts(report, "3_post")
    assert ("deaths", 7) in counts and ("deaths", 8) not in counts
    kessin = [c for c in report["claims"] if c["text"] == "Omar al-Kessin"]
    assert kessin and {c["kind"] for c in kessin} == {"place"}


@pytest.mark.parametrize(
    "sentence, source",
    [
        # (a hyphen within a name, or a speaker's label, is no dateline)
        ("Al-Kassem said the situation in the city had improved.", "Al-Kassem"),
        ("Mara el-Dress said 6,200 people were missing.", "Mara el-Dress"),
    ],
)
def test_no_dateline(nlp, rules, sentence, source):
    sent = next(nlp(sentence).sents)
    assert find_sourcing(sent, rules).cited_source == source
