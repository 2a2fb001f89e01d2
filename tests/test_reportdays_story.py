"""A wildfire in a coastal town told over two and a half weeks (``tests/data/reportdays``, written
for these tests after reading how real coverage of a deadly wildfire runs): the first page on the
day it broke out, then pages on the rescues and the announcements of the next day, the toll that
"inched up yesterday morning", the missing "from Wednesday's deadly wildfire" on a page of the
Wednesday a week on, and a man "who died Saturday morning", the 12th to die in hospital.

A fact-checker expects one fire on one day: a day that dates an evacuation, an announcement, a
toll's rise or a later death in hospital is not the fire's day and no rival of it; the page's own
weekday before the fire's noun, on a page that tells its news on the day before, is the weekday a
week back; winds the rescue boats battled are a condition of the fire, no storm.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from stories import findings_of, main_event

REPORTDAYS = Path(__file__).resolve().parent / "data" / "reportdays"


@pytest.fixture(scope="module")
def reportdays_report(story_report):
    return story_report(REPORTDAYS)


def _dates(report: dict, doc: str) -> list[dict]:
    return [
        c for c in report["claims"] if c["doc"].startswith(doc) and c["kind"] == "time" and c["attribute"] == "date"
    ]


def test_one_fire_on_its_day_with_no_rival_day(reportdays_report):
    main = main_event(reportdays_report)
    assert main["date"] == "2024-08-14"
    assert len(main["documents"]) == 5
    assert len(reportdays_report["events"]) == 1
    assert not findings_of(reportdays_report, "conflict", "date")


def test_the_days_of_rescues_announcements_and_rises_are_not_the_fire_s(reportdays_report):
    thursdays = [c for c in _dates(reportdays_report, "02_") if c["text"] == "Thursday"]
    assert len(thursdays) == 3
    assert all(c["value"]["role"] != "event" for c in thursdays)
    (rise,) = [c for c in _dates(reportdays_report, "03_") if "inched up" in c["sentence"]]
    assert rise["value"]["role"] == "statement"


def test_a_later_death_in_hospital_dates_no_happening(reportdays_report):
    (saturday,) = [c for c in _dates(reportdays_report, "05_") if c["text"] == "Saturday morning"]
    assert saturday["value"]["role"] == "later"


def test_the_page_s_own_weekday_before_the_fire_is_a_week_back(reportdays_report):
    (wednesday,) = [c for c in _dates(reportdays_report, "04_") if c["text"] == "Wednesday's"]
    assert wednesday["value"]["start"] == "2024-08-14"


def test_winds_the_boats_battled_are_no_storm(reportdays_report):
    methods = {c["value"]["method"] for c in reportdays_report["claims"] if c["kind"] == "method"}
    assert "storm" not in methods and "wildfire" in methods


def test_the_page_s_own_weekday_stays_when_it_tells_no_earlier_day(story_report, tmp_path):
    # a page of the very morning after a night's shooting: "Sunday's shooting" is that Sunday
    (tmp_path / "01_page.md").write_text(
        "---\ntitle: Three hurt in shooting outside lounge\nsource: City Desk\npublished: 2024-09-01\n---\n"
        "At least three people were taken to hospital after an early morning shooting outside a lounge "
        "in Ferndale.\n\nAfter Sunday's shooting, neighbourhood leaders called for an end to the violence.\n"
    )
    report = story_report(tmp_path)
    (sunday,) = [c for c in _dates(report, "01_") if c["text"] == "Sunday's"]
    assert sunday["value"]["start"] == "2024-09-01"


@pytest.mark.parametrize(
    "sentence, methods",
    [
        # weather fought or driving a happening of another kind: a condition of it
        ("The fire raced through the village, where rescue boats battled gale force winds.", {"fire"}),
        ("Strong winds fanned the wildfire overnight.", {"wildfire"}),
        # the weather as the happening itself stays the happening
        ("Rescuers battled the storm for hours to reach the village.", {"storm"}),
        ("Gale force winds tore the roofs off dozens of houses.", {"storm"}),
    ],
)
def test_winds_beside_a_fire_are_its_condition(parse, rules, sentence, methods):
    from verify.extract.base import SentenceContext
    from verify.extract.methods import extract_methods

    (sent,) = parse(sentence).sents
    assert {m.value["method"] for m in extract_methods(sent, SentenceContext("d", None), rules)} == methods


@pytest.mark.parametrize(
    "sentence, role",
    [
        # a rescue done by someone is what came after; the people it befell keep the happening's day
        ("Authorities rushed to evacuate residents stranded on the beaches on Friday.", "after"),
        ("The fire forced out 2,300 residents, who were evacuated on Friday.", "event"),
        # one in care before dying died since
        ("A 70-year-old man hospitalized in a burn unit for three weeks died on Sunday.", "later"),
        ("Two of the injured died in hospital on Tuesday night.", "other"),
        ("The fire killed four people on Monday.", "event"),
        # a day joined after the first day of the happening is a later day of it
        ("Dozens of fires broke out across the region Monday and early Tuesday.", "event"),
    ],
)
def test_the_role_of_a_day(parse, rules, sentence, role):
    from verify.extract.base import SentenceContext
    from verify.extract.timex import extract_times

    (sent,) = parse(sentence).sents
    dates = [m for m in extract_times(sent, SentenceContext("d", None), rules) if m.attribute == "date"]
    assert dates[0].value["role"] == role
    if "early Tuesday" in sentence:
        assert dates[1].value["role"] == "after"
