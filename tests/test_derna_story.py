"""A storm bursts two dams above a Libyan coastal city, told by three outlets over four days
(``tests/data/derna``, written for these tests after reading how real coverage of such a flood
runs): the city's toll rising from 900 to 2,100 and then lowered by the UN office that gave it; "a
further 140 killed outside of Kasrat"; the storm that "had earlier struck Greece, Turkey and
Bulgaria, killing at least 24"; "Earlier, the office said at least 2,100 had died" beside its new
1,650.

A fact-checker expects one flood; the 140 a part of the flood's toll counted beyond the city, never
a rival of the city's 2,100; the 24 the storm's toll in other countries, out of the flood's figures
and never a step of the city's toll; the office's 2,100 retold on the page that lowers it an earlier
figure, and the 2,100 -> 1,650 a revision by that office, not a dispute.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from stories import findings_of, main_event, page_counts, timeline_bests, timeline_line

from verify.extract.base import SentenceContext
from verify.extract.counts import extract_counts

DERNA = Path(__file__).resolve().parent / "data" / "derna"


@pytest.fixture(scope="module")
def derna_report(story_report):
    return story_report(DERNA)


def test_one_flood_and_no_dispute(derna_report):
    assert len(main_event(derna_report)["documents"]) == 3
    assert not findings_of(derna_report, "conflict", "deaths")


def test_a_toll_outside_the_city_is_a_part(derna_report):
    counts = page_counts(derna_report, "2_maghreb")
    assert ("deaths_part", 140) in counts
    assert ("deaths", 140) not in counts


def test_the_storms_toll_in_other_countries_is_out_of_the_flood(derna_report):
    (abroad,) = [c for c in derna_report["claims"] if c["kind"] == "count" and c["value"]["best"] == 24]
    assert abroad["value"]["where"] == "Bulgaria+Greece+Turkey"
    assert 24 not in timeline_bests(derna_report, "deaths")
    assert timeline_line(derna_report, "deaths", None)[-2:] == [2100, 1650]


def test_the_office_lowers_its_own_toll(derna_report):
    earlier = [
        c
        for c in derna_report["claims"]
        if c["kind"] == "count" and c["doc"] == "3_sahel" and c["value"]["best"] == 2100
    ]
    assert [c["value"]["status"] for c in earlier] == ["earlier"]
    (series,) = findings_of(derna_report, "update", "deaths")
    assert series["summary"].endswith("→ 2,100 → 1,650.")


@pytest.mark.parametrize(
    "sentence, part",
    [
        ("A further 140 people have been killed outside of Benghazi, the office said.", True),
        ("Another 30 people died outside the city, officials said.", True),
        ("Some 60 people died elsewhere in the country, officials said.", True),
        # a building is where the toll happened, not a place beyond it
        ("Five people were shot dead outside the mosque, police said.", False),
        ("Twelve people were killed in Kasrat, officials said.", False),
    ],
)
def test_beyond_a_place(parse, rules, sentence, part):
    doc = parse(sentence)
    attributes = {m.attribute for sent in doc.sents for m in extract_counts(sent, SentenceContext("d"), rules)}
    assert ("deaths_part" in attributes) is part
    assert ("deaths" in attributes) is not part
