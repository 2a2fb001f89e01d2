"""Figures that mean what their sentence says (issue 14): a revision that points back at a figure
("revised the number down"), a person listed with their own people ("the skipper and nine of his
crew"), the missing added to a toll, and a revised count of the dead and the missing together.
Each test also holds the reading that must not change beside it."""

from __future__ import annotations

from stories import sentence_counts


def test_a_figure_revised_by_pointing_back_counts_what_it_points_at(parse, rules):
    for text in (
        "The coast guard had earlier said that 240 were rescued, but later revised the figure down to 130.",
        "The coast guard said 240 were rescued, but later revised the number to 130.",
    ):
        found = {t: (a, v) for a, t, v in sentence_counts(parse, rules, text)}
        assert set(found) == {"240", "130"}, text
        attribute, new = found["130"]
        assert attribute == "rescued" and new["best"] == 130 and new["status"] == "reported"
        assert new["revision"]["direction"] == "down" and new["revision"]["earlier"]["best"] == 240
        attribute, earlier = found["240"]
        assert attribute == "rescued" and earlier["status"] == "earlier" and earlier["earlier_of"] == "130"
    # pointing back at no figure, the cue names no count
    assert sentence_counts(parse, rules, "Rescuers revised the number to 130.") == []


def test_one_person_and_their_own_people_count_together(parse, rules):
    for text in (
        "The skipper and nine of his crew were arrested.",
        "Police arrested the skipper and nine of his crew.",
    ):
        ((attribute, _, value),) = sentence_counts(parse, rules, text)
        assert attribute == "arrested" and value["best"] == 10 and value["status"] == "reported", text
        assert not value.get("group") and not value.get("part")
    # the speaker's own people stay its own, alone
    ((attribute, _, value),) = sentence_counts(parse, rules, "The firm said nine of its workers were killed.")
    assert attribute == "deaths_own_staff" and value["best"] == 9


def test_a_toll_the_missing_are_added_to_is_presumed(parse, rules):
    for text in (
        "The missing bring the overall death count to 72.",
        "Including the missing, the death toll stands at 72.",
    ):
        ((attribute, _, value),) = sentence_counts(parse, rules, text)
        assert attribute == "deaths" and value["best"] == 72 and value["status"] == "presumed", text
        assert not value.get("part")
    # a toll told beside a figure of the missing is the toll of the dead
    found = {a: v for a, _, v in sentence_counts(parse, rules, "The death toll stands at 72, including 10 missing.")}
    assert found["deaths"]["status"] == "reported" and found["missing"]["best"] == 10


def test_a_revised_count_of_the_dead_and_missing_is_one_measure(parse, rules):
    text = "Officials lowered the combined number of dead and missing to 41 from 47."
    found = {t: (a, v) for a, t, v in sentence_counts(parse, rules, text)}
    assert set(found) == {"41", "47"}
    attribute, new = found["41"]
    assert attribute == "dead_or_missing" and new["best"] == 41 and new["status"] == "reported"
    assert new["revision"]["direction"] == "down" and new["revision"]["earlier"]["best"] == 47
    attribute, earlier = found["47"]
    assert attribute == "dead_or_missing" and earlier["status"] == "earlier"
