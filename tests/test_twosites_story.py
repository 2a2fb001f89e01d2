"""One gunman's attack on two churches in one city, told by three outlets over three days
(``tests/data/twosites``, written for these tests after reading how real coverage of such an attack
runs): the toll rising from 31 to 32 to 33, and the dead given church by church in the three ways
such pages give them — "killed 24 people at the Halloran church then ... attacked the Kessby
church, killing seven people"; a bullet "32 people have died - 25 at the Halloran Church, 7 at
Kessby Church"; "Of those killed in the attack, 25 died at the Halloran church ..., seven were
killed at the suburban Kessby church, and one person died at Ostravel General Hospital".

A fact-checker expects one attack (the page's "What we know" bullets, "a second shooting took
place at a church in Kessby", are the same attack at its second site), the toll 31 → 32 → 33 its
only revision of the whole, each church's dead that church's count — compared only with the same
church's (24 → 25 at the Halloran church is a revision there; the seven at Kessby agree), never a
toll of their own nor a step of the whole. Bombs found in the suspect's van are no method of the
attack, and the town of an address ("a church on Marsh Lane, Ostravel") is no perpetrator.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from stories import findings_of, main_event, timeline_line

TWOSITES = Path(__file__).resolve().parent / "data" / "twosites"


@pytest.fixture(scope="module")
def twosites_report(story_report):
    return story_report(TWOSITES)


def test_one_attack_at_two_churches(twosites_report):
    main = main_event(twosites_report)
    assert len(main["documents"]) == 3
    assert len(twosites_report["events"]) == 1


def test_the_toll_rises_31_32_33_and_no_church_count_is_a_toll(twosites_report):
    (rise,) = [f for f in findings_of(twosites_report, "update", "deaths") if "church" not in f["summary"]]
    assert "31 → 32 → 33" in rise["summary"]
    assert set(timeline_line(twosites_report, "deaths", None)) == {31, 32, 33}


def test_each_church_is_compared_with_itself(twosites_report):
    assert timeline_line(twosites_report, "deaths", "Halloran church") == [24, 25, 25]
    assert timeline_line(twosites_report, "deaths", "Kessby church") == [7, 7, 7]
    (site,) = [f for f in findings_of(twosites_report, "update", "deaths") if "Halloran church" in f["summary"]]
    assert "[24]" in site["summary"] and "[25]" in site["summary"]


def test_no_bombs_found_as_method_and_no_town_as_perpetrator(twosites_report):
    assert not findings_of(twosites_report, "conflict")
    methods = {c["value"]["method"] for c in twosites_report["claims"] if c["kind"] == "method"}
    assert "firearm" in methods and "explosive" not in methods
    assert not [c for c in twosites_report["claims"] if c["kind"] == "attribution"]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # a dash breakdown: the parts of the toll, each at its site (a hospital's dead are those
        # it took in: no site the attack hit)
        (
            "49 people have died - 41 at the Central Mosque, 7 at Linwood Mosque, 1 in Christchurch Hospital",
            {
                ("deaths", 49, None),
                ("deaths_part", 41, "Central mosque"),
                ("deaths_part", 7, "Linwood mosque"),
                ("deaths_part", 1, None),
            },
        ),
        # a partitive opener naming no figure: the figures after it are parts
        ("Of those killed in the massacre, 42 died at the mosque.", {("deaths_part", 42, None)}),
        # the number after a town that ends a place phrase is no age
        (
            "Of the dead, 12 died at the Orvel mosque in central Dravin, four were killed at the Kessby mosque.",
            {("deaths_part", 12, "Orvel mosque"), ("deaths_part", 4, "Kessby mosque")},
        ),
        # one site that is the scene keeps the toll
        ("At least 20 people were killed at the Orvel mosque on Friday.", {("deaths", 20, "Orvel mosque")}),
    ],
)
def test_site_counts(parse, rules, sentence, expected):
    from verify.extract.base import SentenceContext
    from verify.extract.counts import extract_counts

    doc = parse(sentence)
    found = {
        (m.attribute, m.value.get("best"), m.value.get("site"))
        for sent in doc.sents
        for m in extract_counts(sent, SentenceContext("d"), rules)
    }
    assert found == expected
