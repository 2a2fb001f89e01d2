"""A crowded footbridge that gives way over a river during a holiday fair, told by five outlets over
four days (``tests/data/morbi``, written for these tests after reading how real coverage of such a
collapse runs): an evening flash (38 dead, 27 injured), a morning update (121 dead, "critically
injured 12", three missing), a wire piece (126, the bridge "nearly 150 years old"), the arrest of the
operator's staff and the end of the search (126, "No one is still missing").

A fact-checker expects one event holding every article; the toll only rising; the 12 critically
injured a part of the injured, never the injured revised down from 27; the bridge's age no victim's;
the missing falling from three to none a revision, no dispute.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from stories import findings_of, main_event

MORBI = Path(__file__).resolve().parent / "data" / "morbi"


@pytest.fixture(scope="module")
def morbi_report(story_report):
    return story_report(MORBI)


def test_one_collapse_holds_every_article_and_its_toll_rises(morbi_report):
    main = main_event(morbi_report)
    assert len(main["documents"]) == 5 and main["date"] == "2031-03-09"
    rises = [f["summary"] for f in findings_of(morbi_report, "update", "deaths")]
    assert any(s.endswith(": 38 → 121 → 126.") for s in rises), rises
    assert not findings_of(morbi_report, "conflict", "deaths")


@pytest.mark.parametrize(
    "sentence, critical, others",
    [
        # the phrase's own verb's object is the critical, not the dead before it
        (
            "The collapse killed at least 90 people and critically injured 12, while three are still missing.",
            12,
            {("deaths", 90), ("missing", 3)},
        ),
        ("The blast killed four workers and critically wounded two others.", 2, {("deaths", 4)}),
    ],
)
def test_the_critically_injured_are_their_own_count(parse, rules, sentence, critical, others):
    """ "critically injured 12" counts those in a critical condition, a part of the injured: the
    evening's "27 injured" is never revised down to 12."""
    from verify.extract.base import SentenceContext
    from verify.extract.counts import extract_counts

    got = {
        (m.attribute, m.value["best"])
        for s in parse(sentence).sents
        for m in extract_counts(s, SentenceContext("d", None), rules)
    }
    assert ("critical", critical) in got and others <= got
    assert not any(a == "injured" for a, _ in got), got


@pytest.mark.parametrize(
    "text, age",
    [
        ("The 143-year-old suspension bridge snapped on Sunday.", None),  # older than anyone
        ("The nearly 40-year-old stone building fell. A 7-year-old girl died.", 7),  # a building's age
        ("Witnesses said the 90-year-old bridge snapped, and a 12-year-old boy drowned.", 12),
        ("A 14-year-old boy was shot on Sunday.", 14),
    ],
)
def test_a_bridge_s_age_is_no_victim_s(rules, text, age):
    """Two reports of one collapse that give the bridge's age differently ("140-year-old",
    "nearly 150-year-old") do not have lead victims of different ages, so they link on their words
    as any two reports do (a wire piece with no day of its own was split off into an event of its own)."""
    from verify.cluster.documents import lead_age

    assert lead_age(text, rules) == age


def test_no_one_still_missing_ends_the_missing_count(morbi_report):
    """ "three are still missing", then four days later "No one is still missing": the missing fall
    as people are found, so the none said now is the count's last step down, no dispute."""
    assert not findings_of(morbi_report, "conflict", "missing")
    (down,) = findings_of(morbi_report, "update", "missing")
    assert "revised down from “three” [3]" in down["summary"] and "to “No one” [0]" in down["summary"]
