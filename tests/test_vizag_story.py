"""A styrene leak at a polymer plant told by three outlets over two days (``tests/data/vizag``,
written for these tests after the coverage of such a leak in an Indian port city).

Styrene vapour leaked from the Nexa Polymers plant at Korrapalem, Sagarapatnam, early on Thursday.
The dead rose from "at least four" to nine and then ten: one man died "at a hospital at Pendurti in
the early hours of Friday", and the autopsies were to be "conducted ... later on Friday". Those
taken in were "admitted to hospital" in one story and "hospitalised" in another (about 150, more
than 300, about 320, of whom 18 critical). One outlet says the fumes reached homes "at around 3.30
am", another that the leak began "between 3 am and 4 am".

A fact-checker expects one leak on the Thursday holding the articles, the dead revised upward
(4 → 9 → 10), no rival day of the leak from the later death in hospital or from the autopsies' day,
no rival time from the end of a "between 3 am and 4 am" span that holds 3.30, and those "admitted to
hospital" counted with those "hospitalised" as one figure, never as the injured.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from stories import findings_of, main_bests, main_event

VIZAG = Path(__file__).resolve().parent / "data" / "vizag"


@pytest.fixture(scope="module")
def vizag_report(story_report):
    return story_report(VIZAG)


def test_one_leak_whose_toll_rises(vizag_report):
    main = main_event(vizag_report)
    assert sorted(main["documents"]) == ["01_coastline_wire", "02_delta_times", "03_harbour_post"]
    assert main["date"] == "2031-03-13"
    (rise,) = findings_of(vizag_report, "update", "deaths")
    assert rise["summary"].endswith("4 → 9 → 10.")
    assert not findings_of(vizag_report, "conflict", "deaths")


def test_a_later_death_in_hospital_and_the_autopsies_date_no_leak(vizag_report):
    # "died at a hospital at Pendurti in the early hours of Friday", "the autopsies ... would be
    # conducted ... later on Friday": the days of what came after the Thursday's leak
    assert not findings_of(vizag_report, "conflict", "date")


def test_the_end_of_a_span_is_no_rival_time(vizag_report):
    # "between 3 am and 4 am" holds "around 3.30 am": 4 am is the span's end, not the leak's moment
    assert not findings_of(vizag_report, "conflict", "time")


def test_admitted_to_hospital_is_hospitalised_never_injured(vizag_report):
    assert main_bests(vizag_report, "admitted") == {149, 301, 320}  # "Nearly 150": just under it
    assert main_bests(vizag_report, "injured") == set()
    assert main_bests(vizag_report, "critical") == {18}
    assert not findings_of(vizag_report, "conflict", "admitted")
