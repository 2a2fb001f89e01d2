"""A fire at a fuel depot told by five outlets over five days (``tests/data/depotfire``, written for
these tests after reading how real coverage of such a blast runs): the civil protection authority's
toll "rose to 52 on Sunday" while another page gives the official toll "as of Sunday" as 47; on
Wednesday the health minister says it "has risen to 68" and the authority that it "has risen to 69";
a first page tells of "unconfirmed reports that more than 60 people have died"; the governor
"visited three hospitals", a trader "travelled to four hospitals searching for his brother".

A fact-checker expects two tolls given for one day by bodies that do not cite each other to be a
dispute (both kept), not a step of the count; the unconfirmed rumour kept apart from the toll and
its revisions; and the hospitals someone went to no measure of the fire, never revised 3 -> 4.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from stories import findings_of, main_bests, sentence_counts, timeline_bests

DEPOTFIRE = Path(__file__).resolve().parent / "data" / "depotfire"


@pytest.fixture(scope="module")
def depotfire_report(story_report):
    return story_report(DEPOTFIRE)


def _sides(finding: dict, report: dict) -> set[float]:
    by_id = {c["id"]: c for c in report["claims"]}
    return {by_id[i]["value"]["best"] for s in finding["sides"] for i in s["claims"]}


def test_two_tolls_given_for_one_day_are_disputes_not_steps(depotfire_report):
    conflicts = [_sides(f, depotfire_report) for f in findings_of(depotfire_report, "conflict", "deaths")]
    assert {47, 52} in conflicts
    assert {68, 69} in conflicts
    for update in findings_of(depotfire_report, "update", "deaths"):
        summary = update["summary"]
        assert not ("[47]" in summary and "[52]" in summary)
        assert not ("[68]" in summary and "[69]" in summary)


def test_an_unconfirmed_rumour_is_no_step_of_the_toll(depotfire_report):
    assert 61 not in main_bests(depotfire_report, "deaths")
    assert 61 not in timeline_bests(depotfire_report, "deaths")
    assert 61 in main_bests(depotfire_report, "deaths_unconfirmed")
    for finding in findings_of(depotfire_report, "update", "deaths"):
        assert "[61+]" not in finding["summary"]


def test_hospitals_someone_went_to_are_no_measure_of_the_fire(depotfire_report):
    assert not main_bests(depotfire_report, "hospitals")
    assert not findings_of(depotfire_report, "update", "hospitals")


@pytest.mark.parametrize(
    "sentence, attribute, status",
    [
        (
            "There are unconfirmed rumours that more than 100 people have lost their lives.",
            "deaths_unconfirmed",
            "unconfirmed",
        ),
        ("Unverified reports say 200 people were killed in the blast.", "deaths_unconfirmed", "unconfirmed"),
        ("Rumours that 30 people drowned spread quickly.", "deaths_unconfirmed", "unconfirmed"),
        # a count the page gives as such, beside a rumour or not, stays the toll
        ("The agency confirmed 91 deaths on Saturday.", "deaths", "reported"),
        ("Police said 12 people were killed, dismissing rumours of a second blast.", "deaths", "reported"),
    ],
)
def test_an_unconfirmed_figure_is_compared_apart(parse, rules, sentence, attribute, status):
    ((found, _, value),) = [c for c in sentence_counts(parse, rules, sentence) if c[0].startswith("deaths")]
    assert (found, value["status"]) == (attribute, status)


@pytest.mark.parametrize(
    "sentence, counted",
    [
        ("The vice president visited two hospitals and met the families.", set()),
        ("He travelled to five hospitals searching for his wife.", set()),
        ("Rescuers searched three hospitals near the depot.", set()),
        # facilities where the event's hurt are treated, or that it hit, are still counted
        ("Another 63 people were still being treated in four hospitals.", {("hospitals", 4)}),
        ("Airstrikes hit four hospitals in the city.", {("facilities_hit", 4)}),
    ],
)
def test_facilities_someone_went_to_are_not_counted(parse, rules, sentence, counted):
    found = {(a, v["best"]) for a, t, v in sentence_counts(parse, rules, sentence) if "hospitals" in t}
    assert found == counted
