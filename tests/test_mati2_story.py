"""A wildfire in a seaside village told by four outlets over seven weeks (``tests/data/mati2``,
written for these tests after reading how real coverage of such a fire runs): a minister's
"serious indications" that the fire was set deliberately and "we suspect arson", the fire service's
"arson section" investigating; the toll told as "soared to 22" on Monday night and "had earlier
risen to 15" inside a story of 40, then 52, then "to 58, six days after the blaze", with "another
three people injured in the fire died in hospital"; investigators later find negligence.

A fact-checker expects the arson only a suspicion its holder weighs, never a cause the sources
agree on (nor the "arson section" a method); the three who died in hospital an addition to the
toll, no toll of three; the 58 read as the toll though "six days" follows it; and the earlier
tolls told as past dated to their own time, not the page's.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from stories import findings_of, main_event, sentence_counts

MATI2 = Path(__file__).resolve().parent / "data" / "mati2"


@pytest.fixture(scope="module")
def mati2_report(story_report):
    return story_report(MATI2)


def _methods(report, method):
    return [c for c in report["claims"] if c["kind"] == "method" and c["value"]["method"] == method]


def test_a_suspected_arson_is_no_agreed_cause(mati2_report):
    assert len(main_event(mati2_report)["documents"]) == 4
    arson = _methods(mati2_report, "arson")
    assert arson and {c["value"]["stance"] for c in arson} == {"hypothetical"}
    assert {c["value"]["cue"] for c in arson} == {"indications", "suspect"}
    assert not any("arson" in f["summary"] for f in findings_of(mati2_report, "agree", "method"))
    assert not any("section" in c["text"] for c in arson)


def test_a_later_death_adds_to_the_toll(mati2_report):
    counts = {(c["attribute"], c["text"]) for c in mati2_report["claims"] if c["kind"] == "count"}
    assert ("deaths_increment", "three people") in counts
    assert ("deaths", "three people") not in counts
    # "to 58, six days after the blaze": the 58 the toll's, never the number of "six days"
    assert ("deaths", "58") in [(a, t) for a, t in counts if a == "deaths"]
    tolls = [c for c in mati2_report["claims"] if c["kind"] == "count" and c["doc"] == "03_evening_ledger"]
    assert [c["text"] for c in tolls if c["attribute"] == "deaths"] == ["58"]


def test_earlier_tolls_told_as_past(mati2_report):
    statuses = {
        c["text"]: c["value"].get("status")
        for c in mati2_report["claims"]
        if c["kind"] == "count" and c["attribute"] == "deaths"
    }
    assert statuses["15"] == "earlier"
    (rise,) = findings_of(mati2_report, "update", "deaths")
    assert rise["summary"].endswith("22 → 40 → 52 → 58.")


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "Another three people injured in the fire died in hospital.",
            [("deaths_increment", "three people", "increment")],
        ),
        # another place's dead beside the first: no addition to its toll
        ("Another four died in Syria.", [("deaths", "four", "reported")]),
        ("The toll had earlier risen to 50.", [("deaths", "50", "earlier")]),
    ],
)
def test_a_toll_and_its_steps(parse, rules, sentence, expected):
    assert [(a, t, v["status"]) for a, t, v in sentence_counts(parse, rules, sentence)] == expected
