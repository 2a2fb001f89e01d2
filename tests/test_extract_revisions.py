"""verify/extract/counts/revisions.py and its use by the count extractor: a figure a source says replaced another."""

from __future__ import annotations

import pytest
from stories import sentence_counts

from verify.extract.counts.revisions import find_revisions, revision_attribute


def _cues(parse, rules, text):
    doc = parse(text)
    out = []
    for sent in doc.sents:
        for cue in find_revisions(sent, rules):
            assert doc.text[cue.start : cue.end] == cue.text
            out.append(
                (
                    cue.kind,
                    cue.text,
                    None if cue.new is None else doc[cue.new].text,
                    None if cue.earlier is None else doc[cue.earlier].text,
                    cue.direction,
                    revision_attribute(cue, sent, rules) if cue.kind != "stamp" else None,
                )
            )
    return out


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The death toll from the flood rose to 48 from 19.", [("rise", "rose", "48", "19", "up", "deaths")]),
        ("The toll has risen to 48, officials said.", [("rise", "risen", "48", None, "up", "deaths")]),
        ("The number of people killed climbed to 48 overnight.", [("rise", "climbed", "48", None, "up", "deaths")]),
        ("The toll jumped to 48 after divers reached the hull.", [("rise", "jumped", "48", None, "up", "deaths")]),
        ("Officials raised the death toll to 48.", [("rise", "raised the death toll to", "48", None, "up", "deaths")]),
        ("The number of missing fell to 7.", [("fall", "fell", "7", None, "down", "missing")]),
        (
            "The number of dead has fallen from 52 to 48, police said.",
            [("fall", "fallen", "48", "52", "down", "deaths")],
        ),
        ("Police revised the toll down to 48.", [("fall", "revised the toll down", "48", None, "down", "deaths")]),
        # a fall said outright beats "revised ... to": the direction is the text's
        ("The toll was revised down to 48.", [("fall", "revised down", "48", None, "down", "deaths")]),
        # "..." skips the object with the phrase the parser hangs on the verb ("from the sinking")
        (
            "Officials revised the death toll from Sunday's ferry sinking down to 61 from 74.",
            [("fall", "revised the death toll from Sunday's ferry sinking down", "61", "74", "down", "deaths")],
        ),
        # "..." skips the verb's whole object, however long
        (
            "The ministry revised the death toll from the siege at the Ostara Palace Hotel down to 35 from 37.",
            [
                (
                    "fall",
                    "revised the death toll from the siege at the Ostara Palace Hotel down",
                    "35",
                    "37",
                    "down",
                    "deaths",
                )
            ],
        ),
        ("The death toll now stands at 48.", [("revised", "now stands at", "48", None, None, "deaths")]),
        ("At least 48 people died, up from 19 on Monday.", [("earlier", "up from", "48", "19", "up", None)]),
        ("Seven people remain missing, down from 30.", [("earlier", "down from", "Seven", "30", "down", None)]),
        (
            "The council raised the toll to 48, up from an earlier toll of 19.",
            [
                ("rise", "raised the toll to", "48", None, "up", "deaths"),
                ("earlier", "up from an earlier toll of", "48", "19", "up", "deaths"),
            ],
        ),
        (
            "The coastguard previously reported 19 deaths.",
            [("earlier", "previously reported", None, "19", None, "deaths")],
        ),
        (
            "Flood toll reaches 48 (2nd UPDATE)",
            [("rise", "reaches", "48", None, "up", "deaths"), ("stamp", "(2nd UPDATE)", None, None, None, None)],
        ),
        ("Update 10:30 Thursday: the search goes on.", [("stamp", "Update 10:30", None, None, None, None)]),
    ],
)
def test_revision_cues(parse, rules, text, expected):
    assert _cues(parse, rules, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "He rose to speak at the memorial.",
        "Prices rose to record levels.",
        "Water levels fell sharply overnight.",
        "The rescue team was up from dawn.",
        "At least 48 people died in the flood.",
        "",
    ],
)
def test_no_revision_cues(parse, rules, text):
    assert _cues(parse, rules, text) == []


def test_new_and_earlier_figures_are_marked(parse, rules):
    found = sentence_counts(parse, rules, "The death toll from the flood rose to 48 from 19 on Thursday.")
    assert [(a, t) for a, t, _ in found] == [("deaths", "48"), ("deaths", "19")]
    new, earlier = found[0][2], found[1][2]
    assert new["revision"]["direction"] == "up" and new["revision"]["cue"] == "rose"
    assert {k: new["revision"]["earlier"][k] for k in ("text", "low", "high", "best")} == {
        "text": "19",
        "low": 19,
        "high": 19,
        "best": 19,
    }
    assert earlier["earlier_of"] == "48" and "revision" not in earlier


def test_earlier_figure_offsets_point_into_the_text(parse, rules):
    text = "At least 48 people died, up from 19 on Monday."
    (new, _) = sentence_counts(parse, rules, text)
    earlier = new[2]["revision"]["earlier"]
    assert text[earlier["start"] : earlier["end"]] == "19"


def test_a_range_across_a_revision_is_two_figures(parse, rules):
    found = sentence_counts(parse, rules, "The number of dead has fallen from 52 to 48, police said.")
    assert sorted((t, v.get("earlier_of"), (v.get("revision") or {}).get("direction")) for _, t, v in found) == [
        ("48", None, "down"),
        ("52", "48", None),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The toll rose from seven to 11.",  # "seven to" parsed as a modifier of 11
        "Officials raised the death toll from 7 to 11.",
        "The ministry on Sunday raised its toll from Friday's shooting at the square from seven to 11.",
    ],
)
def test_a_toll_raised_from_one_figure_to_another_is_a_revision(parse, rules, text):
    found = sentence_counts(parse, rules, text)
    assert sorted((a, v["best"], v["status"]) for a, _, v in found) == [
        ("deaths", 7, "earlier"),
        ("deaths", 11, "reported"),
    ]
    (new,) = [v for _, _, v in found if v["best"] == 11]
    assert new["revision"]["earlier"]["best"] == 7 and new["revision"]["direction"] == "up"


def test_what_a_stated_revision_added_is_an_increment(parse, rules):
    found = sentence_counts(
        parse, rules, "The ministry raised its toll from seven to 11, saying four people who were wounded had died."
    )
    assert {(a, v["best"], v["status"]) for a, _, v in found} == {
        ("deaths", 7, "earlier"),
        ("deaths", 11, "reported"),
        ("deaths_increment", 4, "increment"),
    }


def test_a_figure_first_given_is_the_earlier_one(parse, rules):
    found = sentence_counts(
        parse,
        rules,
        "The interior ministry, which first put the toll at seven, said on Sunday that 11 people had been killed.",
    )
    assert {(v["best"], v["status"]) for _, _, v in found} == {(7, "earlier"), (11, "reported")}
    found = sentence_counts(parse, rules, "Police first reported five dead on Friday.")
    assert [(v["best"], v["status"]) for _, _, v in found] == [(5, "reported")]  # no other figure: the toll


@pytest.mark.parametrize(
    "text",
    [
        "Health authorities previously put the death toll in the city at 5,500.",
        "The ministry initially said nine people were killed.",
        "The agency had originally reported 40 dead.",
        # "earlier" alone tells when, but on a verb of giving in the past perfect, a figure replaced
        "Earlier, the health ministry had put the toll at 120.",
        # the clause of reports the sentence calls earlier ("correcting earlier reports that ...")
        "Officials named the dead, correcting earlier reports that 12 soldiers were killed.",
        # an auxiliary's adverb hung on its predicate
        "Initially, more than 2,000 people were unaccounted for, and the lists were later combined.",
    ],
)
def test_a_figure_said_previously_is_an_earlier_one_even_alone(parse, rules, text):
    (found,) = sentence_counts(parse, rules, text)
    assert found[2]["status"] == "earlier"


def test_earlier_alone_is_a_time_not_an_earlier_figure(parse, rules):
    # "earlier" and "first" need a second figure: alone they tell when, not that the figure was replaced
    found = sentence_counts(parse, rules, "Earlier, five people were killed in another attack.")
    assert [(v["best"], v["status"]) for _, _, v in found] == [(5, "reported")]


def test_earlier_toll_named_only_as_earlier_is_not_a_current_toll(parse, rules):
    found = sentence_counts(parse, rules, "Officials said 48 people died, revising down an earlier figure of 52.")
    current = [t for _, t, v in found if not v.get("earlier_of")]
    assert current == ["48 people"]
    (new,) = [v for _, t, v in found if t == "48 people"]
    assert new["revision"]["direction"] == "down" and new["revision"]["earlier"]["best"] == 52


def test_a_toll_only_the_cue_governs_is_counted(parse, rules):
    found = sentence_counts(parse, rules, "The toll has risen to 48, the coastguard said.")
    assert [(a, t, v["revision"]["kind"]) for a, t, v in found] == [("deaths", "48", "rise")]


def test_plain_figures_carry_no_revision(parse, rules):
    found = sentence_counts(parse, rules, "At least 48 people were killed in the flood.")
    assert [(a, "revision" in v, "earlier_of" in v) for a, _, v in found] == [("deaths", False, False)]


@pytest.mark.parametrize(
    "text",
    [
        "Rescuers reached 12 survivors before dawn.",
        "The ferry is now 3 miles offshore.",
        "The strike hit 3 hospitals.",
    ],
)
def test_restatement_words_need_a_count_as_subject(parse, rules, text):
    assert [c for c in _cues(parse, rules, text) if c[0] == "revised"] == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The flood's toll goes up to 48.",
        "The death toll from the floods has risen up to 48, officials said.",
        "The number of dead climbed up to 48 overnight.",
        "The toll inched up to 48 as more bodies were found.",
    ],
)
def test_the_cues_up_to_is_not_the_qualifier_up_to(parse, rules, sentence):
    ((attribute, text, value),) = sentence_counts(parse, rules, sentence)
    assert (attribute, text, value["low"], value["high"], value["qualifier"]) == ("deaths", "48", 48, 48, None)
    assert value["revision"]["direction"] == "up"


def test_up_to_alone_is_the_qualifier(parse, rules):
    ((_, text, value),) = sentence_counts(parse, rules, "Up to 48 people died in the flood.")
    assert (text, value["low"], value["high"]) == ("Up to 48 people", 24, 48)


def test_a_part_of_a_risen_toll_rose_with_it(parse, rules):
    # "has risen to 17, including 15 children": the children's figure is said as risen too
    found = sentence_counts(
        parse, rules, "The toll from the school shooting has risen to 17, including 15 children, a senator said."
    )
    parts = [v for _, t, v in found if t == "15 children"]
    assert parts and all((v.get("revision") or {}).get("direction") == "up" for v in parts)


@pytest.mark.parametrize(
    "text, new",
    [
        # the new figure in quotation marks, as said, is still the cue's
        ('The agency sharply revised downward the death toll from the storm by more than 30 to "about 70".', "70"),
        ('The province revised down the toll in the mudslide to "around 70" on Friday.', "70"),
    ],
)
def test_a_quoted_new_figure_is_the_revision(parse, rules, text, new):
    ((kind, _, found, _, direction, attribute),) = _cues(parse, rules, text)
    assert (kind, found, direction, attribute) == ("fall", new, "down", "deaths")


def test_a_toll_slashed_from_one_figure_to_another_is_a_revision_down(parse, rules):
    found = sentence_counts(
        parse, rules, "Officials slashed the death toll from 120 to 85 after some bodies were counted twice."
    )
    by_text = {t: (a, v) for a, t, v in found}
    assert by_text["85"][0] == "deaths" and by_text["85"][1]["revision"]["direction"] == "down"
    assert by_text["120"][1]["status"] == "earlier"


def test_a_revised_count_of_a_group_counts_that_group(parse, rules):
    # "the number of foreigners killed has risen to 12": twelve foreigners, not the toll
    found = sentence_counts(parse, rules, "The ministry said the number of foreigners killed has risen to 12.")
    assert [(a, t, v.get("group")) for a, t, v in found] == [("deaths", "12", "foreigners")]
    (found,) = sentence_counts(parse, rules, "The death toll has risen to 12.")
    assert found[2].get("group") is None
    # the body that revised the toll is no group of the dead
    (found,) = sentence_counts(
        parse, rules, "Harbour police on Sunday revised down the death toll of the ferry fire to 31."
    )
    assert (found[0], found[2].get("group")) == ("deaths", None)
    # ... nor the place of the happening the toll is from
    (found,) = sentence_counts(parse, rules, "The death toll from the blast at the police barracks rose to 31.")
    assert (found[0], found[2].get("group")) == ("deaths", None)
