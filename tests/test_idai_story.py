"""A cyclone told over two weeks across three countries (``tests/data/idai``, written for these tests
after reading how real coverage of such a storm runs): Mozambique's toll rising 62 -> 310 -> 402 ->
518, Zimbabwe's 180 -> 201, Malawi's 48; the president's fear that "more than 2,000 people could be
dead" and that "we could register more than 2,000 deaths"; per-country tolls written side by side
("killed 310 people in Mozambique and 180 in Zimbabwe", "at least 201 people in neighbouring
Zimbabwe and at least 48 in Malawi", "In Mozambique the number of dead has risen to 402, with 180
dead in Zimbabwe ..."); a wire dateline with no town ("March 15 (Coastline Wire) --") and a landfall
told a week later as "on Thursday last week".

A fact-checker expects one storm, come ashore on the Thursday (2021-03-11), holding every article;
the president's 2,000 a projection, never a toll set against the counted dead; each country's toll on
a line of its own, rising as an update, and never two countries' tolls summed into one figure nor
one country's toll given the other's place; "Mozambique government has confirmed ... 310" that
country's figure; and the dateline's day no day of the storm.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from stories import findings_of, main_event, timeline_line

IDAI = Path(__file__).resolve().parent / "data" / "idai"


@pytest.fixture(scope="module")
def idai_report(story_report):
    return story_report(IDAI)


def _deaths(report: dict) -> list[dict]:
    return [c for c in report["claims"] if c["attribute"] == "deaths"]


def test_one_storm_on_the_thursday_of_its_landfall(idai_report):
    main = main_event(idai_report)
    assert len(main["documents"]) == 4
    # "Thursday last week", said on Friday 19 March, is 11 March, not the day before the page
    assert main["date"] == "2021-03-11"
    assert not findings_of(idai_report, "conflict", "date")
    # "March 15 (Coastline Wire) --" is the page's stamp, no day of the storm
    (dateline,) = [c for c in idai_report["claims"] if c["attribute"] == "date" and c["text"] == "March 15"]
    assert dateline["value"]["role"] == "publication"


def test_the_presidents_fear_is_a_projection(idai_report):
    projected = [c for c in idai_report["claims"] if c["attribute"] == "deaths_projected"]
    assert {c["text"] for c in projected} == {"More than 2,000 people", "more than 2,000 deaths"}
    assert 2001 not in {c["value"]["best"] for c in _deaths(idai_report)}
    assert not findings_of(idai_report, "conflict")


def test_each_countrys_toll_on_its_own_line(idai_report):
    assert timeline_line(idai_report, "deaths", "Mozambique") == [62, 310, 310, 310, 402, 518]
    assert timeline_line(idai_report, "deaths", "Zimbabwe") == [180, 180, 201]
    assert timeline_line(idai_report, "deaths", "Malawi") == [48, 48]
    lines = {t["where"] for t in idai_report["timelines"] if t["attribute"] == "deaths"}
    assert lines == {"Mozambique", "Zimbabwe", "Malawi"}


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("180", "Zimbabwe"),  # "with 180 dead in Zimbabwe", after "In Mozambique the number of dead ..."
        ("at least 201 people", "Zimbabwe"),  # "... and at least 48 in Malawi": no sum of 249
        ("at least 48", "Malawi"),  # Malawi, though the tagger takes it for a person
        ("at least 48 dead", "Malawi"),
    ],
)
def test_tolls_side_by_side_keep_their_own_country(idai_report, text, where):
    assert {c["value"].get("where") for c in _deaths(idai_report) if c["text"] == text} == {where}


def test_no_two_countries_summed(idai_report):
    assert not {490, 228, 249} & {c["value"]["best"] for c in _deaths(idai_report)}


def test_the_government_named_by_its_country_gives_that_countrys_toll(idai_report):
    (told,) = [c for c in _deaths(idai_report) if c["text"] == "310" and c["doc"].startswith("02")]
    assert told["value"].get("where_said") == "Mozambique"
