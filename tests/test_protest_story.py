"""Security forces firing on a protest, told by eight outlets over five days (``tests/data/protest``,
written for these tests): a wire report on the night, a live blog with entry times, a rights group's
statement relayed by an outlet, a local paper that spells the city "Karsaba" (elsewhere "Qarsaba"),
an analysis with a photo caption of an earlier crackdown and a "Related stories" block, a second
wire, a radio piece and a follow-up four days on. The interior ministry puts the dead at seven, then
"raised its toll ... from seven to 11" as four of the wounded died; medics at al-Rahma hospital say
"at least 19"; the Hurriya Centre for Human Rights says 23, then 26. The ministry says officers fired
"only into the air", with "rubber bullets and tear gas", blames "armed infiltrators" and denies that
its forces used live ammunition; the centre and witnesses blame riot police firing live rounds.
Beside them: "more than 200 arrested" and "hundreds detained", "dozens wounded" and "more than 150
wounded" beside "32 members of the security forces" wounded, "tens of thousands" marching, a student named "Tariq al-Mansouri", "Tarek Al Mansouri" and "Tareq Mansouri" (and his
father, another Al Mansouri), the spokesman's words quoted two ways, 14 killed in Basira last
November, and "at least 60" killed "since protests began in March".

A fact-checker expects one shooting at Nasr Square on the Friday, in every outlet; the ministry's
figures and the centre's set against each other (7 vs 23 the Saturday, 11 vs 26 the Tuesday) while
each body's own rise is a revision (7 -> 11; 23 -> 26), never 23 -> 11 as a revision down; Basira's
14 and the national tally kept out of the event's dead; the marchers no casualty figure, the
police's wounded counted apart from the protesters'; the
denial no act of shooting, but the denier's stance against the blame; the infiltrators and the
security forces as rival perpetrators, the tear gas no rival of the live rounds; the city, the
student and the governor each one entity; no day called for a strike taken for the day it happened,
and no quotation matched to another speaker's on two shared words.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from stories import findings_of, quote_match_verdicts

PROTEST = Path(__file__).resolve().parent / "data" / "protest"
TOLLS = ("deaths", "injured", "arrested", "missing", "hospitalised", "critical")


@pytest.fixture(scope="module")
def protest_report(story_report):
    return story_report(PROTEST)


@pytest.fixture(scope="module")
def event(protest_report):
    (found,) = [e for e in protest_report["events"] if len(e["documents"]) == 8]
    return found


def _claims(report: dict, event: dict, kind: str, attribute: str | None = None) -> list[dict]:
    ids = set(event["claims"])
    return [c for c in report["claims"] if c["id"] in ids and c["kind"] == kind and attribute in (None, c["attribute"])]


def test_one_shooting_at_the_square_on_the_friday(protest_report, event):
    assert event["label"] == "shooting at Nasr Square, Qarsaba on 2025-05-09"
    assert not findings_of(protest_report, "conflict", "date")  # "called for a general strike on Sunday"


def test_background_and_tallies_stay_out_of_the_dead(protest_report, event):
    deaths = {
        c["value"]["best"]
        for c in _claims(protest_report, event, "count", "deaths")
        if c["value"]["status"] in ("reported", "presumed")
    }
    assert {7, 11, 19, 23, 26} <= deaths
    assert not deaths & {14, 60, 64}  # Basira last November (body and caption), the national tally
    marchers = [c for c in protest_report["claims"] if c["kind"] == "count" and "thousands" in c["text"]]
    assert not [c for c in marchers if c["attribute"] in TOLLS]


def test_the_ministry_and_the_rights_group_disagree_while_each_revises_its_own(protest_report):
    conflicts = findings_of(protest_report, "conflict", "deaths")
    assert [f for f in conflicts if "[7]" in f["summary"] and "[23]" in f["summary"]]
    assert [f for f in conflicts if "[11]" in f["summary"] and "[26]" in f["summary"]]
    updates = [f["summary"] for f in findings_of(protest_report, "update", "deaths")]
    # the centre's own rise, told apart: its 23 is a rival count beside the ministry's (disputed by
    # the ministry's 11), no step the toll took from the medics' "at least 19"
    assert [s for s in updates if "[23]" in s and "[26]" in s and "[19" not in s]
    assert not [s for s in updates if "19 → 23" in s]
    # "raised its toll from seven to 11": the ministry's own revision of the 7 on the timeline
    assert [s for s in updates if "[7]" in s and "“11” [11] (ministry" in s and "19" not in s]
    assert not [s for s in updates if "23 → 11" in s or "revised down" in s]


def test_the_ministry_s_toll_raised_from_seven_to_11_is_one_revision(protest_report):
    local = {c["text"]: c["value"] for c in protest_report["claims"] if c["doc"] == "4_local" and c["kind"] == "count"}
    assert local["seven"]["status"] == "earlier"
    assert local["11"]["revision"]["earlier"]["best"] == 7
    four = [c for c in protest_report["claims"] if c["doc"] == "4_local" and c["text"] == "four people"]
    assert [c["attribute"] for c in four] == ["deaths_increment"]  # 11 - 7: those who died since


def test_blame_is_disputed_and_the_denial_is_no_shooting(protest_report, event):
    blame = [f["summary"] for f in findings_of(protest_report, "conflict", "perpetrator")]
    assert [s for s in blame if "unidentified gunmen" in s and "the security forces" in s]
    assert [s for s in blame if "the security forces denied" in s]
    denial = [c for c in _claims(protest_report, event, "method") if c["doc"] == "6_wire2"]
    assert not [
        c for c in denial if c["text"] == "live ammunition"
    ]  # "denied that security forces had used live ammunition"
    assert not findings_of(
        protest_report, "conflict", "method"
    )  # tear gas, rubber bullets and live rounds at one protest
    methods = {c["value"]["method"] for c in _claims(protest_report, event, "method")}
    assert {"firearm", "crowd_control"} <= methods and "fire" not in methods  # "Security forces fire on ..."


def test_arrests_and_wounded_are_compatible_figures(protest_report):
    assert not [
        f
        for f in protest_report["findings"]
        if f["attribute"].startswith(("arrested", "injured")) and f["verdict"] in ("conflict", "update")
    ]  # "32 members of the security forces were wounded" is no step of "more than 150 wounded"
    assert {f["attribute"] for f in protest_report["findings"] if f["attribute"].startswith("injured_")} == {
        "injured_responders"
    }
    (arrests,) = [
        f for f in protest_report["findings"] if f["attribute"] == "arrested" and f["verdict"] == "compatible"
    ]
    assert "hundreds of people" in arrests["summary"] and "More than 200 people" in arrests["summary"]


def test_names_spelled_differently_are_one_entity_each(protest_report):
    names = {e["name"]: {v["text"] for v in e["variants"]} for e in protest_report["entities"]}
    student = next(v for v in names.values() if "Tariq al-Mansouri" in v)
    assert {"Tarek Al Mansouri", "Tareq Mansouri"} <= student
    assert "Abdullah Al Mansouri" not in student  # his father
    city = next(v for v in names.values() if "Qarsaba" in v)
    assert "Karsaba" in city
    assert {"Hamid Sarraf", "Hamid Saraf"} <= next(v for v in names.values() if "Hamid Sarraf" in v)
    assert "Medics" not in names  # "Medics at al-Rahma hospital say ..."


def test_quotations_are_matched_by_their_words_not_two_shared_ones(protest_report):
    """The spokesman's statement in two wordings ("showed the utmost restraint and fired only into
    the air", "exercised the utmost restraint and fired only in the air") is one quotation worded as
    two translations would word it: matched, a variant, no altered quotation."""
    assert quote_match_verdicts(protest_report, "utmost restraint") == {"variant"}
    altered = findings_of(protest_report, "altered_quote")
    assert not [f for f in altered if "utmost restraint" in f["summary"]]
    assert not [f for f in altered if "rubber bullets" in f["summary"]]
