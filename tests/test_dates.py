"""verify/text/dates.py: written dates and clock times, and sentences that hold neither."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from verify.text.dates import day_written, find_clocks, find_dates, iso_day, iso_moment

ZONES = {"GMT": 0, "UTC": 0, "BST": 60, "EDT": -240, "EST": -300, "IST": 330, "CET": 60}
APPROX = ("around", "about", "shortly before", "shortly after", "just after")


def _dates(text, order="dmy"):
    return [(text[d.start : d.end], d.year, d.month, d.day) for d in find_dates(text, order)]


def _clocks(text):
    return [
        (c.text, c.minutes, c.zone, c.utc_offset_minutes, c.approx)
        for c in find_clocks(text, ZONES, ("local time", "local"), APPROX)
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("March 3, 2019", [("March 3, 2019", 2019, 3, 3)]),
        ("Posted Sept. 9 2021 at noon", [("Sept. 9 2021", 2021, 9, 9)]),
        ("3 March, 2019", [("3 March, 2019", 2019, 3, 3)]),
        ("It began on the 2nd of May.", [("the 2nd of May", None, 5, 2)]),
        ("Thursday, 7 March 2019", [("Thursday, 7 March 2019", 2019, 3, 7)]),
        ("3 March 2019edited later", [("3 March 2019", 2019, 3, 3)]),
        ("filed 2019-03-07 by the desk", [("2019-03-07", 2019, 3, 7)]),
        ("07/03/2019 10:00", [("07/03/2019", 2019, 3, 7)]),
        ("03/17/2019", [("03/17/2019", 2019, 3, 17)]),  # only month/day can be meant
        ("KABUL, Mar 3 (Reuters)", [("Mar 3", None, 3, 3)]),
    ],
)
def test_written_dates(text, expected):
    assert _dates(text) == expected


def test_numeric_dates_follow_the_order_the_rules_give():
    assert _dates("07/03/2019", "mdy") == [("07/03/2019", 2019, 7, 3)]


@pytest.mark.parametrize(
    "text",
    [
        "They may 5 times refuse.",  # the verb, lower case
        "Crowds march 20 miles to the capital.",
        "February 30, 2019",  # no such day
        "Version 3.10.20 was released",
        "The score was 31/12 at half time.",
        "",
    ],
)
def test_no_dates(text):
    assert _dates(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("at 3:40 a.m.", [("3:40 a.m.", 220, None, None, None)]),
        ("the 0140 GMT bulletin", [("0140 GMT", 100, "GMT", 0, None)]),
        ("filmed at 21:05 local", [("21:05 local", 1265, "local", None, None)]),
        ("by 7.15pm", [("7.15pm", 1155, None, None, None)]),
        ("at 12.54am", [("12.54am", 54, None, None, None)]),
        ("first call at 00.54 on Friday", [("00.54", 54, None, None, None)]),
        ("shortly before 2am", [("shortly before 2am", 120, None, None, "shortly before")]),
        ("around 5pm GMT", [("around 5pm GMT", 1020, "GMT", 0, "around")]),
        (
            "at 9:20 p.m. local time (6:20 p.m. GMT)",
            [("9:20 p.m. local time", 1280, "local", None, None), ("6:20 p.m. GMT", 1100, "GMT", 0, None)],
        ),
        ("Updated 14:02 BST", [("14:02 BST", 842, "BST", 60, None)]),
        ("09:30 (UTC +05:30)", [("09:30 (UTC +05:30)", 570, "UTC+05:30", 330, None)]),
        ("at 11 a.m. EDT", [("11 a.m. EDT", 660, "EDT", -240, None)]),
        ("just after midnight", [("just after midnight", 0, None, None, "just after")]),
        ("at 6pm local residents gathered", [("6pm", 1080, None, None, None)]),
        ("The search ran until 5am.", [("5am", 300, None, None, None)]),
    ],
)
def test_clock_times(text, expected):
    assert _clocks(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "A 6.2-magnitude tremor",
        "The blaze burned for 26 hours.",
        "He is 34 and lives in flat 1204.",
        "Call 0300 1234 567 for news of relatives.",
        "View all 41 updates",
        "The home side won 3-1.",
        "Turnout rose 12.45 per cent.",
        "The cordon spans 14.30 km.",
        "The aid package was worth £7.50m.",
        "Read Luke 4:18 aloud.",
        "The 1990-1995 war",
    ],
)
def test_not_clock_times(text):
    assert _clocks(text) == []


def test_iso_moment_and_day():
    day = date(2019, 3, 7)
    assert iso_moment(day) == "2019-03-07"
    assert iso_moment(day, 605) == "2019-03-07T10:05"
    assert iso_moment(day, 605, -240) == "2019-03-07T10:05-04:00"
    assert iso_moment(day, 605, 330) == "2019-03-07T10:05+05:30"
    assert iso_day("2019-03-07T10:05+05:30") == day
    assert iso_day("last week") is None and iso_day(None) is None


def test_a_day_without_a_year_is_near_publication():
    (written,) = find_dates("Dec. 30")
    assert day_written(written, date(2020, 1, 2)) == date(2019, 12, 30)
    (written,) = find_dates("Jan. 1")
    assert day_written(written, date(2020, 1, 2)) == date(2020, 1, 1)
    assert day_written(written, None) is None


@given(st.dates(min_value=date(1990, 1, 1), max_value=date(2099, 12, 31)))
def test_every_day_written_long_reads_back(day):
    text = f"{day.strftime('%B')} {day.day}, {day.year}"
    (written,) = find_dates(text)
    assert written.on() == day and (written.start, written.end) == (0, len(text))


@given(st.integers(0, 23), st.integers(0, 59))
def test_every_24_hour_time_reads_back(hour, minute):
    (clock,) = find_clocks(f"at {hour:02d}:{minute:02d} GMT", ZONES)
    assert clock.minutes == hour * 60 + minute and clock.utc_offset_minutes == 0
