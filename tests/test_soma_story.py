"""A coal-mine explosion told by four outlets over a week (``tests/data/soma``, written for these
tests after reading how real coverage of such a disaster runs): the dead rising from 64 to 209, the
512 workers "inside the mine at the time of the explosion" or "underground when it happened", "how
many of the 512 workers who were in the mine ... are still trapped" left open, "the bodies of the last
two miners" recovered after more than 100 were brought up, a country's toll of miners "from 1955 to
June 2020" set beside it, and opposition lawmakers' claim of "more than 250" dead.

A fact-checker expects one explosion whose dead rise to 209; the 512 counted as those present (never
as trapped: how many are trapped is what the sentence does not know); the last two bodies a final
batch, never a fall from a hundred recovered; the national tally since 1955 a background figure out
of the event; and the lawmakers' "more than 250" a rival figure disputing the minister's 209.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from stories import event_claims, findings_of, main_bests, main_event

from verify.extract.base import SentenceContext
from verify.extract.counts import extract_counts

SOMA = Path(__file__).resolve().parent / "data" / "soma"


@pytest.fixture(scope="module")
def soma_report(story_report):
    return story_report(SOMA)


def test_one_explosion_whose_toll_rises_to_209(soma_report):
    main = main_event(soma_report)
    assert len(main["documents"]) == 4
    (rise,) = findings_of(soma_report, "update", "deaths")
    assert "[64+]" in rise["summary"] and "[209]" in rise["summary"]


def test_those_in_the_mine_are_present_never_trapped(soma_report):
    assert main_bests(soma_report, "people_present") == {512}
    assert 512 not in main_bests(soma_report, "trapped")


def test_a_national_tally_over_decades_stays_out_of_the_event(soma_report):
    assert 2001 not in main_bests(soma_report, "deaths")
    claims = [c for c in soma_report["claims"] if c["kind"] == "count" and c["value"].get("best") == 2001]
    assert claims and all(c["event"] != main_event(soma_report)["id"] for c in claims)


def test_the_last_bodies_are_a_final_batch_not_a_fall(soma_report):
    assert not findings_of(soma_report, "update", "bodies_recovered")
    main = main_event(soma_report)
    last = [c for c in event_claims(soma_report, main) if c["kind"] == "count" and c["text"] == "two miners"]
    assert last and all(c["value"]["status"] == "increment" for c in last)


def test_the_lawmakers_claim_disputes_the_official_toll(soma_report):
    (dispute,) = findings_of(soma_report, "conflict", "deaths")
    assert "[209]" in dispute["summary"] and "[251+]" in dispute["summary"]
    assert "Opposition lawmakers" in dispute["summary"]


@pytest.mark.parametrize(
    "sentence, number, attribute",
    [
        # in the place, or under the ground, at the time: those present
        (
            "Officials said 512 workers were inside the mine in Kestane at the time of the explosion.",
            "512",
            "people_present",
        ),
        ("The gas spread through the tunnels while 512 miners were underground.", "512", "people_present"),
        # ... but a role word of the figure's own stays its role
        ("Hundreds of miners were trapped underground.", "Hundreds", "trapped"),
        # a whole whose part is left unstated: the verb is the part's, never the whole's
        (
            "It is unclear how many of the 512 workers who were in the mine at the time are still trapped.",
            "512",
            "people_present",
        ),
        ("Most of the 300 passengers died.", "300", None),
        # ... while a part of the dead stays the dead
        ("Some of the 40 people killed were children.", "40", "deaths"),
        # a span between two years is a tally over it, never the day's toll
        ("More than 2,000 miners died in accidents from 1955 to June 2020.", "2,000", "deaths"),
    ],
)
def test_who_was_there_and_what_befell_a_part(nlp, rules, sentence, number, attribute):
    doc = nlp(sentence)
    mentions = [m for sent in doc.sents for m in extract_counts(sent, SentenceContext("doc"), rules)]
    got = [m for m in mentions if number in doc.text[m.start : m.end]]
    assert [m.attribute for m in got] == ([attribute] if attribute else [])


@pytest.mark.parametrize(
    "sentence, start",
    [
        ("More than 2,000 miners died in accidents from 1955 to June 2020.", "1955"),
        ("Some 1,200 workers died in mine accidents between 2003 and 2013.", "2003"),
        ("The floods killed 40 people from May to July 2016.", "2016-05"),
    ],
)
def test_a_span_between_years_starts_at_its_first(nlp, rules, sentence, start):
    doc = nlp(sentence)
    (mention,) = [m for sent in doc.sents for m in extract_counts(sent, SentenceContext("doc"), rules)]
    assert mention.value.get("period_start") == start
