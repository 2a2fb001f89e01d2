"""One train crash told by five outlets over two days (``tests/data/crash``, written for these
tests): the toll rises 12 -> 19 -> 21 as the health ministry revises it (one page says "up from 12
earlier in the day"); the governor alone says 23; an outlet calls the derailment "the deadliest rail
accident"; the driver's and a spokesman's names are spelled two ways. A fact-checker expects one
event, the rise read as revisions and not as disputes, the governor's 23 as the one disagreement,
no quarrel between a crash and an accident, and the two spellings flagged.
"""

from __future__ import annotations

from pathlib import Path

import pytest

CRASH = Path(__file__).resolve().parent / "data" / "crash"


@pytest.fixture(scope="module")
def crash_report(story_report):
    return story_report(CRASH)


def _main(report: dict) -> dict:
    return max(report["events"], key=lambda e: len(e["documents"]))


def _figures(finding: dict) -> list[list[str]]:
    return [sorted(c["text"] for c in side["claims"]) for side in finding["sides"]]


def test_one_event_holds_every_outlet(crash_report):
    main = _main(crash_report)
    assert sorted(main["documents"]) == ["1_wire", "2_daily", "3_valley", "4_post", "5_intl"]
    assert main["label"].startswith("crash in Velmora")


def test_the_rising_toll_is_revisions_and_the_governor_s_figure_the_one_dispute(crash_report):
    main = _main(crash_report)["id"]
    deaths = [f for f in crash_report["findings"] if f["event"] == main and f["attribute"] == "deaths"]
    verdicts = sorted((f["verdict"], f["summary"].split(": ")[-1]) for f in deaths if f["verdict"] != "agree")
    updates = [f for f in deaths if f["verdict"] == "update"]
    conflicts = [f for f in deaths if f["verdict"] == "conflict"]
    assert len(updates) == 1 and updates[0]["summary"].endswith("12 → 19 → 21."), verdicts
    # "at least 12" in the morning and "19 ... up from 12" that evening: a revision, not a dispute
    assert len(conflicts) == 1, verdicts
    assert "23 people" in conflicts[0]["summary"] and "Anika Sorel" in conflicts[0]["summary"]


def test_a_crash_and_an_accident_are_no_quarrel(crash_report):
    main = _main(crash_report)["id"]
    methods = [f for f in crash_report["findings"] if f["event"] == main and f["attribute"] in ("method", "cause")]
    assert [f["verdict"] for f in methods if f["verdict"] == "conflict"] == []


def test_the_two_spellings_of_the_driver_and_the_spokesman_are_flagged(crash_report):
    variants = {
        frozenset(v["text"] for v in e["variants"])
        for e in crash_report["entities"]
        if e["kind"] == "person" and len({v["text"] for v in e["variants"]}) > 1
    }
    assert frozenset({"Ilse Marren", "Ilse Maren"}) <= next(v for v in variants if "Ilse Marren" in v)
    assert frozenset({"Darius Kellen", "Darius Kelen"}) <= next(v for v in variants if "Darius Kellen" in v)
    flagged = [f for f in crash_report["findings"] if f["verdict"] == "variant" and f["attribute"] == "name"]
    assert any("Ilse Maren" in f["summary"] and "Ilse Marren" in f["summary"] for f in flagged)
