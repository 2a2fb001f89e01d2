"""Blame disputes a page tells itself (issue 16), in a market shelled in a town at war, told by three
outlets over two days (``tests/data/pageblame``, written for these tests): two pages each tell both
sides ("the army said rebels shelled the market; the rebels accused the army of the attack"), the
third only the dead and wounded.

A fact-checker expects one dispute over who shelled the market, each side named with who holds it
(the army, the rebels), cited to the pages that tell it; a page that tells two bodies' blame is one
source for each, never corroboration of either. And the actor of "a raid by French forces" or of
"shelling by Malian troops" is the page's own telling of who did it: asserted, held by no one.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from stories import findings_of, main_event

from verify.extract.attribution import extract_attributions
from verify.extract.base import DocFacts, SentenceContext

PAGEBLAME = Path(__file__).resolve().parent / "data" / "pageblame"


@pytest.fixture(scope="module")
def pageblame_report(story_report):
    return story_report(PAGEBLAME)


def test_a_dispute_both_pages_tell_is_found_with_both_holders(pageblame_report):
    assert len(main_event(pageblame_report)["documents"]) == 3
    (dispute,) = findings_of(pageblame_report, "conflict", "perpetrator")
    summary = dispute["summary"]
    assert "rebels asserted by army" in summary and "army accused by rebels" in summary
    # each side cites the two pages that tell it, the courier (no blame) neither
    assert summary.count("Harbour Wire, Valley Ledger") == 2 and "Plains Courier" not in summary


def test_one_page_telling_two_bodies_blame_is_a_dispute_and_no_corroboration(story_report, tmp_path):
    (tmp_path / "1_wire.md").write_text(
        "---\ntitle: Crush kills 700 pilgrims\nsource: Gulf Wire\npublished: 2031-09-25\n---\n"
        "At least 700 pilgrims were killed in a crush at Mina near Mecca on Thursday.\n\n"
        "Iran blamed Saudi mismanagement for the crush, while Saudi officials blamed pilgrims for ignoring"
        " instructions.\n"
    )
    (tmp_path / "2_post.md").write_text(
        "---\ntitle: Hajj crush toll\nsource: Desert Post\npublished: 2031-09-25\n---\n"
        "More than 700 pilgrims died in a crush at Mina near Mecca on Thursday, officials said.\n"
    )
    report = story_report(tmp_path)
    (dispute,) = findings_of(report, "conflict", "perpetrator")
    assert "Saudi Arabia accused by Iran" in dispute["summary"]
    assert "pilgrims accused by Saudi officials" in dispute["summary"]
    assert "Desert Post" not in dispute["summary"]
    # one page is one source for each side: neither is corroborated by the other
    alone = {f["summary"].split("“")[1].split("”")[0] for f in findings_of(report, "uncorroborated", "perpetrator")}
    assert alone == {"Saudi Arabia", "pilgrims"}


def test_one_teller_naming_two_actors_is_no_dispute(story_report, tmp_path):
    (tmp_path / "1_wire.md").write_text(
        "---\ntitle: Market shelled\nsource: Gulf Wire\npublished: 2031-06-11\n---\n"
        "At least 31 people were killed when shells struck the market in Korvan on Tuesday.\n\n"
        "The army said rebels shelled the market and that rebel fighters attacked the hospital.\n"
    )
    assert not findings_of(story_report(tmp_path), "conflict", "perpetrator")


def _actors(parse, rules, text):
    doc = parse(text)
    facts = DocFacts.of(doc)
    ctx = SentenceContext("d", facts=facts)
    return [
        (m.value["actor"], m.value["stance"], m.value.get("by"))
        for sent in doc.sents
        for m in extract_attributions(sent, ctx, rules)
    ]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # the actor of an act "by" a force is who did it, as the page tells it (held by no one)
        ("Civilians were killed in a raid by French forces in Bounti on Sunday.", [("France", "asserted", None)]),
        ("Nineteen people were killed in Bounti on Sunday in shelling by Malian troops.", [("Mali", "asserted", None)]),
        # ... and by the one the page cites for it
        (
            "Civilians were killed in a raid by French forces, residents said.",
            [("France", "asserted", "residents")],
        ),
        # an accusation of a force by no country's name is an accusation of it
        ("The rebels accused the army of the attack.", [("army", "accused", "rebels")]),
        # a blame in words someone said is theirs
        (
            "The ministry rejected remarks by the health minister blaming pilgrims for the crush.",
            [("pilgrims", "accused", "health minister")],
        ),
        # no act by it: nothing
        ("The village was visited by French forces on Sunday.", []),
        ("Troops were shelling positions near the border, the ministry said.", []),
    ],
)
def test_the_actor_of_an_act_by_a_force(parse, rules, sentence, expected):
    assert _actors(parse, rules, sentence) == expected


def test_a_country_s_force_by_two_words_is_one_actor(story_report, tmp_path):
    # "the French military" (an organisation to the parse) and "French forces" are both France
    (tmp_path / "1_wire.md").write_text(
        "---\ntitle: Raid kills 19\nsource: Gulf Wire\npublished: 2031-01-05\n---\n"
        "Nineteen civilians were killed in a raid by French forces in Bounti, Mali, on Sunday.\n"
    )
    (tmp_path / "2_post.md").write_text(
        "---\ntitle: Bounti dead\nsource: Desert Post\npublished: 2031-01-05\n---\n"
        "The 19 victims in Bounti, Mali, died on Sunday in an air strike by the French military, local officials"
        " said.\n"
    )
    report = story_report(tmp_path)
    assert not findings_of(report, "conflict", "perpetrator")
    (agree,) = findings_of(report, "agree", "perpetrator")
    assert "France" in agree["summary"]
