"""A methanol (illicit liquor) poisoning told by six pages over nine days (``tests/data/hooch``,
written for these tests): two wire stories, a daily, a paper quoting the health department's
bulletin, an evening paper and a herald.

Liquor sold in pouches in Tarunagar colony of Veldapur district was laced with methanol; the dead
rose 6 → 27 → 41 → 47 → 52 while the hospitalised, the critical, the discharged and the arrested
(1 → 5 → 9 → 14) moved too. The daily lists those still in care hospital by hospital after a colon
("a total of 64 others are undergoing treatment: 31 at ...; 12 at ..."), the bulletin gives the dead
hospital by hospital ("while 22 people died in ..., 11 deaths were reported in ..., five deaths in
..."), the daily dates the day's batch of deaths ("nineteen more people died on Wednesday"), and
recalls a poisoning two years before in Kovilam (19 dead).

A fact-checker expects one poisoning holding every page; the toll's steps each a revision, never a
dispute; the hospitals' counts parts of the toll, never steps of it; those in care no deaths; the
day of a later batch of deaths no day of the poisoning; the earlier tragedy out of the event.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from stories import event_claims, findings_of, main_event, timeline_bests

HOOCH = Path(__file__).resolve().parent / "data" / "hooch"


@pytest.fixture(scope="module")
def hooch_report(story_report):
    return story_report(HOOCH)


def test_one_poisoning_holds_every_page(hooch_report):
    main = main_event(hooch_report)
    assert len(main["documents"]) == 6
    methods = {c["value"]["method"] for c in event_claims(hooch_report, main) if c["kind"] == "method"}
    assert "poisoning" in methods


def test_the_toll_only_rises(hooch_report):
    assert timeline_bests(hooch_report, "deaths") == {6, 27, 41, 47, 52}
    assert not findings_of(hooch_report, "conflict", "deaths")
    (rise,) = findings_of(hooch_report, "update", "deaths")
    assert rise["summary"].endswith("6 → 27 → 41 → 47 → 52.")
    assert timeline_bests(hooch_report, "arrested") == {1, 5, 9, 14}


def test_the_hospitals_dead_are_parts_of_the_toll(hooch_report):
    main = event_claims(hooch_report, main_event(hooch_report))
    sited = [c for c in main if c["kind"] == "count" and c["doc"] == "03_bulletin_hospitals"]
    by_text = {c["text"]: c for c in sited if c["attribute"].startswith("deaths")}
    for said in ("22 people", "11 deaths", "five deaths", "three deaths"):
        assert by_text[said]["value"].get("part") is True, said
        assert by_text[said]["value"].get("part_of") is None, said  # no hospital's count totals the others
    assert {c["value"]["best"] for c in sited if c["attribute"] == "deaths" and not c["value"].get("part")} == {41}


def test_those_in_care_are_no_deaths(hooch_report):
    listed = [
        c
        for c in hooch_report["claims"]
        if c["kind"] == "count" and c["doc"] == "02_daily_toll_rises" and c["sentence"].startswith("A total of 64")
    ]
    assert [(c["attribute"], c["value"]["best"]) for c in listed] == [("hospitalised", 64)]


def test_a_later_batch_of_deaths_dates_no_poisoning(hooch_report):
    (batch,) = [c for c in hooch_report["claims"] if c["kind"] == "time" and c["sentence"].startswith("Nineteen more")]
    assert batch["value"]["role"] == "later"
    toll_day = [c for c in hooch_report["claims"] if c["kind"] == "time" and c["doc"] == "04_express_47"]
    assert [c["value"]["role"] for c in toll_day] == ["statement"]  # "rose to 47 on Sunday": the day it was said
    assert not findings_of(hooch_report, "conflict", "date")


def test_the_earlier_tragedy_stays_apart(hooch_report):
    main = event_claims(hooch_report, main_event(hooch_report))
    assert not [c for c in main if c["kind"] == "count" and c["sentence"].startswith("Only two years ago")]
