"""A garment building's collapse followed for a week by four outlets (``tests/data/dorvana``,
written for these tests after reading real coverage of such a collapse): a toll that climbs from 41
to 204, a fire that breaks out on the collapsed building the next night, the owner's helicopter
landing at an airport, a rubble field that "resembled the aftermath of an earthquake", an earlier
fire at a dye works "that killed 63", and, "in a separate development", a fire at a ten-storey
factory elsewhere.

A fact-checker expects one collapse whose toll rises (41 -> 118 -> 160 -> 204, never the dye works'
63), no dispute over its day or hour (the later fire's "11:20pm yesterday" and the helicopter's
"6:15pm" time other things), no earthquake as its method, and no dispute over its floors (the ten
storeys are the other factory's).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from stories import findings_of, main_bests, main_event

DORVANA = Path(__file__).resolve().parent / "data" / "dorvana"


@pytest.fixture(scope="module")
def dorvana_report(story_report):
    return story_report(DORVANA)


def test_one_collapse_with_no_dispute(dorvana_report):
    main = main_event(dorvana_report)
    assert len(main["documents"]) == 4
    assert not findings_of(dorvana_report, "conflict")


def test_the_toll_rises_without_the_earlier_fire(dorvana_report):
    assert 63 not in main_bests(dorvana_report, "deaths")
    (rise,) = findings_of(dorvana_report, "update", "deaths")
    assert "41 → 118 → 160 → 204" in rise["summary"]


def test_the_floors_are_the_collapsed_building_s_alone(dorvana_report):
    assert main_bests(dorvana_report, "floors") == {6}


def test_a_likeness_is_no_method(dorvana_report):
    main = main_event(dorvana_report)["id"]
    methods = {c["value"]["method"] for c in dorvana_report["claims"] if c["kind"] == "method" and c["event"] == main}
    assert "collapse" in methods and "earthquake" not in methods


@pytest.mark.parametrize(
    "text, words, role",
    [
        # another happening at the site the story's left: later than it
        ("At 11:20pm on Thursday, a fire broke out at the eastern side of the collapsed building.", "11:20pm", "after"),
        ("A fire broke out in the collapsed building on Thursday.", "Thursday", "after"),
        # the story's own happening, or its dead, at the site: still its time
        ("The building collapsed at 8:40am on Wednesday.", "8:40am", "event"),
        ("A fire broke out in the garment building on Wednesday.", "Wednesday", "event"),
        # a journey's end at an airport, not a rocket landing in a field
        ("A police helicopter carrying him landed at Brenn airport around 6:15pm.", "6:15pm", "journey"),
        ("A shell landed in a field near the school at 4pm.", "4pm", "event"),
        # responders arriving at a home: no journey (the page's only day of the shooting, often)
        ("Deputies arrived at the family's home shortly after midnight on Tuesday.", "Tuesday", "other"),
        # the day said, however the parse hangs it on what was said
        (
            "Eight people were killed in a fire at a warehouse this week, which a trade group said on Friday may have been started deliberately.",
            "Friday",
            "statement",
        ),
    ],
)
def test_what_a_time_dates(parse, rules, text, words, role):
    from verify.extract.base import SentenceContext
    from verify.extract.timeroles import time_role

    doc = parse(text)
    (sent,) = doc.sents
    start = text.index(words)
    assert time_role(sent, start, start + len(words), SentenceContext("d", None), rules) == role
