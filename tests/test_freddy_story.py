"""A cyclone's second landfall told country by country over four days (``tests/data/freddy``,
written for these tests after reading how real coverage of such a storm runs): one country's dead
rising 99 -> 190 -> 225 -> 326, its injured 584 -> 707 and missing 37 -> 41; the neighbouring
country's own dead (21, then 63) and injured (24) given beside them, "authorities in neighbouring
Mozambique reported ..."; the president retelling his country's rise in a quote that names no place
("has risen from 225 to 326"); search and rescue "led by" the army, the police and the Red Cross.

A fact-checker expects each country's tolls on a timeline of their own, each rising as an update,
never the neighbour's 24 injured or 63 dead set against Malawi's 707 or 326 as a conflict; the
quoted 326 is Malawi's own figure, not a total of both countries; and those leading the rescue are
no perpetrators of a storm.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from stories import findings_of, main_event, timeline_line

FREDDY = Path(__file__).resolve().parent / "data" / "freddy"


@pytest.fixture(scope="module")
def freddy_report(story_report):
    return story_report(FREDDY)


def test_one_storm_and_no_dispute_between_the_countries(freddy_report):
    main = main_event(freddy_report)
    assert len(main["documents"]) == 3
    assert "Malawi" in main["label"]
    assert not findings_of(freddy_report, "conflict")


def test_each_countrys_dead_rise_on_their_own_line(freddy_report):
    # the quoted "from 225 to 326" joins Malawi's own line, never a line of both countries
    assert timeline_line(freddy_report, "deaths", "Malawi") == [190, 225, 326, 326]
    assert timeline_line(freddy_report, "deaths", "Mozambique") == [21, 63]
    lines = {t["where"] for t in freddy_report["timelines"] if t["attribute"] == "deaths"}
    assert lines == {"Malawi", "Mozambique"}
    rises = {f["summary"].split(" in storm")[0] for f in findings_of(freddy_report, "update", "deaths")}
    assert rises == {"The figure for deaths in Malawi", "The figure for deaths in Mozambique"}


def test_the_neighbours_injured_are_its_own_and_the_hurt_and_missing_rise(freddy_report):
    assert timeline_line(freddy_report, "injured", "Malawi") == [584, 707]
    assert timeline_line(freddy_report, "injured", "Mozambique") == [24]
    assert timeline_line(freddy_report, "missing", "Malawi") == [37, 41]
    assert len(findings_of(freddy_report, "update", "injured")) == 1
    assert len(findings_of(freddy_report, "update", "missing")) == 1


def test_rescuers_are_no_perpetrators(freddy_report):
    assert not [c for c in freddy_report["claims"] if c["attribute"] == "perpetrator"]


@pytest.mark.parametrize(
    "sentence, place",
    [
        # a country's own name the small model tags as an organisation is a place
        ("Authorities in neighbouring Mozambique reported 21 deaths.", "Mozambique"),
        ("The death toll in Mozambique rose to 63 people.", "Mozambique"),
        # a body whose name holds a country stays a body
        ("The Malawi Red Cross Society sent volunteers.", None),
    ],
)
def test_a_country_read_as_an_organisation_is_a_place(parse, sentence, place):
    doc = parse(sentence)
    gpes = [e.text for e in doc.ents if e.label_ == "GPE"]
    assert gpes == ([place] if place else [])
