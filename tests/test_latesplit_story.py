"""A stand that collapses at a stadium, told on the day, the day after, and by two pages weeks on
(``tests/data/latesplit``, written for these tests after reading how later coverage of such a
collapse runs): a page two weeks on opens on the day of another act at the site ("The handover on
Thursday from a rescue to a recovery effort at the site of the stadium collapse") before raising the
toll "from the March 5 disaster"; a page a month on recounts the toll.

A fact-checker expects one collapse told by all four pages: the later pages' day of the handover is
no day of the collapse, so their lead makes no collapse of its own weeks after the real one.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from stories import main_event

LATESPLIT = Path(__file__).resolve().parent / "data" / "latesplit"


@pytest.fixture(scope="module")
def latesplit_report(story_report):
    return story_report(LATESPLIT)


def test_one_collapse_told_by_every_page(latesplit_report):
    assert len(latesplit_report["events"]) == 1
    main = main_event(latesplit_report)
    assert main["date"] == "2024-03-05"
    assert set(main["documents"]) == {"01_day_one", "02_day_two", "03_weeks_on", "04_count"}


def test_the_day_of_an_act_at_the_site_dates_no_collapse(latesplit_report):
    (handover,) = [
        c
        for c in latesplit_report["claims"]
        if c["doc"] == "03_weeks_on" and c["kind"] == "time" and c["text"] == "Thursday"
    ]
    assert handover["value"]["role"] == "later"


@pytest.mark.parametrize(
    "sentence, role",
    [
        # a day hung on a noun of another act, the happening named as known ("the crash"): that act's
        ("The discovery of the recorder Monday, two months after the crash, is a breakthrough.", "later"),
        ("The handover on Thursday at the site of the collapse drew families to the fence.", "later"),
        # a day hung on a noun the happening's own noun governs: the happening's
        ("The bombing of the market on Tuesday killed 12 people.", "event"),
        # a day hung on a noun that tells a happening of its own ("in which 14 were killed"): as before
        ("The strike came two weeks after the ambush on March 28 in which 14 soldiers were killed.", "other"),
        # a day hung on a part of itself ("the early hours of Wednesday"): as before
        ("Rescuers are devastated by the shipwreck off Kastrona in the early hours of Wednesday.", "other"),
        # a day hung on a verb: as before
        ("Rescuers on Tuesday searched the rubble of the collapse for survivors.", "other"),
        # the happening not named as one known ("a collapse"): as before
        ("The handover on Thursday came after a collapse killed 12 people.", "other"),
    ],
)
def test_role_of_a_day_beside_a_known_happening(parse, rules, sentence, role):
    from datetime import date

    from verify.extract.base import SentenceContext
    from verify.extract.timex import extract_times

    doc = parse(sentence)
    (sent,) = list(doc.sents)
    ctx = SentenceContext("d", date(2024, 3, 21))
    days = [m for m in extract_times(sent, ctx, rules) if m.attribute == "date"]
    assert [m.value["role"] for m in days] == [role]
