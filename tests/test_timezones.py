"""verify/text/timezones.py: a place's UTC offset on a day, and clock times compared in UTC."""

from __future__ import annotations

from datetime import date

import pytest

from verify.text.timezones import clock_delta, local_offset, utc_minutes, zone_offset


@pytest.mark.parametrize(
    "place, day, offset",
    [
        ("Beirut", date(2020, 1, 15), 120),  # winter
        ("Beirut", date(2020, 7, 15), 180),  # summer time
        ("London", date(2019, 1, 10), 0),  # the most populous London, not Ontario's
        ("London", date(2019, 7, 10), 60),
        ("Istanbul", date(2019, 7, 10), 180),
        ("Kahramanmaraş", date(2019, 7, 10), 180),  # accents folded, alternate names read
        ("France", date(2019, 7, 10), 120),  # a country whose cities share one zone
        ("Lebanon", date(2019, 7, 10), 180),  # the country before the town in Pennsylvania
        ("United States", date(2019, 7, 10), None),  # several zones: cannot tell
        ("U.S.", date(2019, 7, 10), None),
        ("Britain", date(2019, 7, 10), 60),  # time.places in the rules
        ("Qzxwvbrook", date(2019, 7, 10), None),
        ("", date(2019, 7, 10), None),
    ],
)
def test_local_offset(rules, place, day, offset):
    assert local_offset(place, day, rules) == offset


def test_rules_override_the_gazetteer(tmp_path):
    from verify.rules import load_rules

    (tmp_path / "places.yaml").write_text("time:\n  places: {Kensington: Europe/London}\n", encoding="utf-8")
    custom = load_rules(tmp_path)
    assert local_offset("Kensington", date(2019, 7, 10), custom) == 60
    assert zone_offset("Not/AZone", date(2019, 7, 10)) is None


GMT_5PM = {"minutes": 17 * 60, "zone": "GMT", "utc_offset_minutes": 0, "day": None}
LOCAL_659PM = {"minutes": 18 * 60 + 59, "zone": "local", "utc_offset_minutes": None, "day": None}
EDT_805AM = {"minutes": 8 * 60 + 5, "zone": "EDT", "utc_offset_minutes": -240, "day": "2019-03-08"}
BST_105PM = {"minutes": 13 * 60 + 5, "zone": "BST", "utc_offset_minutes": 60, "day": "2019-03-08"}


def test_clock_delta_converts_to_utc_first():
    # 6.59pm at UTC+3 is 15:59 GMT: an hour and a minute before 5pm GMT, not two hours after it
    assert clock_delta(LOCAL_659PM, GMT_5PM, 180) == -61
    assert clock_delta(GMT_5PM, LOCAL_659PM, 180) == 61
    assert clock_delta(LOCAL_659PM, GMT_5PM, None) is None  # a local time needs the place
    assert clock_delta(EDT_805AM, BST_105PM) == 0  # 12:05 UTC both


def test_clock_delta_across_midnight():
    late = {"minutes": 23 * 60 + 50, "zone": "GMT", "utc_offset_minutes": 0}
    early = {"minutes": 10, "zone": "GMT", "utc_offset_minutes": 0}
    assert clock_delta(early, late) == 20 and clock_delta(late, early) == -20
    dated_late = {**late, "day": "2019-03-07"}
    dated_early = {**early, "day": "2019-03-08"}
    assert clock_delta(dated_early, dated_late) == 20


def test_unknown_zone_is_not_guessed():
    odd = {"minutes": 600, "zone": "XYZ", "utc_offset_minutes": None}
    assert utc_minutes(odd, 0) is None and clock_delta(odd, GMT_5PM, 0) is None
