"""A mine's tailings dam that gives way above a town, burying the workers' canteen, told by four
outlets over twelve days (``tests/data/brumadinho``, written for these tests after reading how real
coverage of such a collapse runs): the dead rising from eight to 150 while the missing fall from 270
to 170, the 300 employees working at the site, an earlier dam burst in another town three years
before ("killing 17 people", "resulting in 17 deaths") told as background, the miner laying
barriers in the river "on Wednesday", its share price that "plunged on Monday", rescuers crawling
over the mud "to avoid the danger of sinking".

A fact-checker expects one collapse, its day the Friday it happened and no other: the day the
miner began other work, or its shares fell, dates no collapse. The dead and the missing are each
revised over the days, never a dispute; the earlier disaster's 17 dead are no step of this toll;
the 300 at work are no casualties; a danger of sinking tells no shipwreck.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from stories import findings_of, main_bests, main_event

BRUMADINHO = Path(__file__).resolve().parent / "data" / "brumadinho"


@pytest.fixture(scope="module")
def dam_report(story_report):
    return story_report(BRUMADINHO)


def test_one_collapse_on_its_day_with_no_dispute(dam_report):
    main = main_event(dam_report)
    assert len(main["documents"]) == 4
    assert main["date"] == "2021-03-12"
    assert not findings_of(dam_report, "conflict")
    methods = {c["value"]["method"] for c in dam_report["claims"] if c["kind"] == "method"}
    assert "collapse" in methods
    asserted = {
        c["value"]["method"]
        for c in dam_report["claims"]
        if c["kind"] == "method" and c["value"].get("stance") != "hypothetical"
    }
    assert "shipwreck" not in asserted


def test_the_dead_rise_without_the_earlier_disaster(dam_report):
    assert 17 not in main_bests(dam_report, "deaths")
    (rise,) = findings_of(dam_report, "update", "deaths")
    assert "8 → 41 → 96 → 150" in rise["summary"]
    assert findings_of(dam_report, "update", "missing")


def test_the_workers_at_the_site_are_no_casualties(dam_report):
    for role in ("deaths", "missing", "injured"):
        assert 300 not in main_bests(dam_report, role)


@pytest.mark.parametrize(
    "text, role",
    [
        # the start of another act, a market's fall: no day of the happening
        ("Ferromina started on Wednesday to install barriers in the river.", "other"),
        ("The company's share price plunged by nearly 20% on Monday.", "other"),
        ("Shares tumbled on Tuesday.", "other"),
        # the happening's own start or fall
        ("The old building began to collapse on Tuesday.", "event"),
        ("The bus plunged into a ravine on Monday.", "event"),
        # another thing that collapsed, not more dead
        ("Another dam collapsed in 2015 in the town.", "event"),
        ("Another four people died on Thursday.", "later"),
    ],
)
def test_what_a_day_dates(parse, rules, text, role):
    from verify.extract.base import SentenceContext
    from verify.extract.timeroles import time_role

    doc = parse(text)
    (sent,) = doc.sents
    (when,) = [e for e in doc.ents if e.label_ == "DATE"]
    assert time_role(sent, when.start_char, when.end_char, SentenceContext("d", None), rules) == role


@pytest.mark.parametrize(
    "text, deaths",
    [
        # an earlier happening the story's own is set after, at a place it names
        ("The collapse comes three years since a dam burst in Itavera, killing 17 people.", set()),
        ("The blast comes weeks after a fire in Lagos that killed 12 people.", set()),
        # what followed the story's happening may well tell its own toll
        ("The arrests come days after a bombing in Kabul killed 40 people.", {40}),
        ("The dam burst in Itavera on Friday, killing 17 people.", {17}),
    ],
)
def test_a_toll_of_an_earlier_happening(parse, rules, text, deaths):
    from verify.extract.base import SentenceContext
    from verify.extract.counts import extract_counts

    (sent,) = parse(text).sents
    found = {
        m.value["best"] for m in extract_counts(sent, SentenceContext("d", None), rules) if m.attribute == "deaths"
    }
    assert found == deaths


@pytest.mark.parametrize(
    "text, stance",
    [
        ("To avoid the danger of sinking, rescuers crawled over the mud.", "hypothetical"),
        ("Engineers said the second dam was at risk of collapse.", "hypothetical"),
        ("The ferry sank on Monday.", "asserted"),
    ],
)
def test_a_feared_method_is_hypothetical(parse, rules, text, stance):
    from verify.extract.methods import read_methods

    (sent,) = parse(text).sents
    (found,) = read_methods(sent, rules)
    assert found.reading.stance == stance
