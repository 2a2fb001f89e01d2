"""The quotation judgement (issue 16): a quotation cut at another point, with an ellipsis, in single
rather than double marks, or embedded as a post is the same quotation; a change of words is not.
Every quotation is written for these tests."""

from __future__ import annotations

import pytest

from verify.compare.quotes import EDIT, GAP, match_quotes, merged_spans, quote_words, same_words, unquoted_text
from verify.models import Claim, Corpus, Document
from verify.run import verify_corpus

_SAID = (
    "the water came over the wall in ten minutes and we carried the children up to the roof "
    "while the pumps failed one after another"
)


def _form(text: str) -> str:
    return " ".join(quote_words(text))


@pytest.mark.parametrize(
    "other, verdict",
    [
        (_SAID, "agree"),
        # cut at another point: the shared words alike, each side going on past them
        (
            "we carried the children up to the roof while the pumps failed one after another and the lights went out",
            "agree",
        ),
        ("The water came over the wall in ten minutes and we carried the children up", "agree"),
        # an ellipsis stands for the words left out
        ("the water came over the wall in ten minutes … while the pumps failed one after another", "agree"),
        ("the water came over the wall... while the pumps failed one after another", "agree"),
        # an editor's [insertion] is not the speaker's word
        (
            "the water came over the wall in ten minutes and we carried the children [of the school] up to the roof",
            "agree",
        ),
        # a word changed, or words left out silently, is an alteration
        ("the water came over the wall in five minutes and we carried the children up to the roof", "altered_quote"),
        (
            "the water came over the wall and we carried the children up to the roof while the pumps failed",
            "altered_quote",
        ),
        ("the water came over the wall [and] the pumps failed one after another", "altered_quote"),
        # another quotation altogether
        ("we will hold a meeting with the residents on thursday evening at the school", None),
    ],
)
def test_match_quotes(rules, other, verdict):
    found = match_quotes(_form(_SAID), _form(other), rules)
    assert (found.verdict if found else None) == verdict


def test_two_words_in_common_are_not_one_quotation(rules):
    """A short quotation whose few words sit inside another speaker's (partial ratio well above
    ``same_quote``) shares too few of its words to be that quotation (``shared_words``)."""
    witness = _form("They were firing live rounds at us, not rubber bullets. People fell all around me")
    assert match_quotes(witness, _form("only tear gas and rubber bullets"), rules) is None
    assert (
        match_quotes(witness, _form("They were firing live rounds at us, not rubber bullets"), rules).verdict == "agree"
    )


def test_quote_words_keep_gaps_and_drop_insertions():
    assert quote_words("We held … [the levee] for an hour...") == ["we", "held", GAP, "for", "an", "hour"]
    # an editor's word stands for the speaker's: a gap, in square brackets or round ones
    assert quote_words("caused by [Varnish] fire") == ["caused", "by", EDIT, "fire"]
    assert quote_words("caused by (Varnish army) fire") == ["caused", "by", EDIT, "fire"]
    shared = ["the", "pumps", "failed", "one", "by", "one"]
    assert same_words(["so", *shared], [*shared, "overnight"])  # cut at other points
    assert not same_words(["so", *shared], ["then", *shared])  # both go on, differently


@pytest.mark.parametrize(
    "text, words",
    [
        ("we lost 3,400 sheep", ["we", "lost", "3400", "sheep"]),
        ("we lost 3400 sheep", ["we", "lost", "3400", "sheep"]),
        ("we lost 1,250,000 litres", ["we", "lost", "1250000", "litres"]),
        ("we lost 12\u00a0500 sheep", ["we", "lost", "12500", "sheep"]),
        # a list of numbers, or a decimal comma, is no number's thousands
        ("rows 4,5 and 6", ["rows", "4", "5", "and", "6"]),
        ("in 2019, 140 sheep", ["in", "2019", "140", "sheep"]),
    ],
)
def test_a_number_is_one_word_whatever_separates_its_thousands(text, words):
    assert quote_words(text) == words


def test_a_quotation_giving_a_number_with_or_without_a_comma_is_no_alteration(rules):
    said = "the river took {} sheep from the lower farms before we could move them"
    found = match_quotes(_form(said.format("2,000")), _form(said.format("2000")), rules)
    assert found is not None and found.verdict == "agree"


def _report(nlp, rules, texts: dict[str, str]) -> dict:
    docs = tuple(Document(k, f"{k}.md", v, "0" * 64, source=k, published="2021-03-03") for k, v in texts.items())
    report, _ = verify_corpus(Corpus(docs, ()), rules, nlp)
    return report


def _quote_verdicts(report: dict) -> list[str]:
    return sorted(f["verdict"] for f in report["findings"] if f["attribute"] == "quote")


_FLOOD = "Floods cut the river town of Tarnby on Wednesday and 40 homes were lost, officials said.\n"


def test_single_and_double_marks_and_an_embedded_post_are_one_quotation(nlp, rules):
    words = "Every pump in the lower town is running tonight and the bridge stays closed until Friday"
    report = _report(
        nlp,
        rules,
        {
            "double": _FLOOD + f"“{words},” the mayor said on Wednesday.",
            "single": _FLOOD + f"The mayor said on Wednesday: '{words}.'",
            "post": _FLOOD + f"> {words}. pic.twitter.com/Ab12\n> — Tarnby Mayor (@tarnbymayor) March 3, 2021",
        },
    )
    assert "altered_quote" not in _quote_verdicts(report)
    quotes = [c for c in report["claims"] if c["kind"] == "quote"]
    assert sorted(c["value"]["form"] for c in quotes) == ["marks", "marks", "post"]


def test_quotation_over_two_sentences_cut_differently_is_no_alteration(nlp, rules):
    report = _report(
        nlp,
        rules,
        {
            "whole": _FLOOD + "“The water came over the wall in ten minutes. We carried the children up to the roof "
            "while the pumps failed,” a resident said.",
            "part": _FLOOD
            + "“We carried the children up to the roof while the pumps failed,” a resident told the radio.",
            "gap": _FLOOD + "A resident said: “The water came over the wall … while the pumps failed.”",
        },
    )
    assert "altered_quote" not in _quote_verdicts(report)


def test_a_changed_word_is_still_an_alteration(nlp, rules):
    report = _report(
        nlp,
        rules,
        {
            "one": _FLOOD + "“The water came over the wall in ten minutes and we carried the children up to the roof,” "
            "a resident said.",
            "two": "Tarnby counted its losses on Thursday after the river broke through the flood wall.\n"
            "A resident told local radio: “The water came over the wall in two minutes and we carried the "
            "children up to the roof.”",
        },
    )
    assert "altered_quote" in _quote_verdicts(report)


def _sentence_claim(sentence: str, start: int) -> Claim:
    return Claim("c1", "d1", "person", "victim", sentence[:3], sentence, start, start + 3, start)


def test_a_sentence_is_blanked_by_every_quotation_over_it_and_no_other():
    """A document's quotations as merged runs: overlapping and nested quotations blank their union,
    one that starts before the sentence blanks its head, and quotations elsewhere in a long page
    touch nothing (only the runs over the sentence are visited)."""
    sentence = "He said the wall fell and the pumps failed."
    start = 5_000
    at = sentence.index
    spans = merged_spans(
        [
            (0, 10),  # far above the sentence
            (start - 20, start + at(" said")),  # runs into it from the sentence before
            (start + at("the wall"), start + at(" fell")),
            (start + at("wall fell"), start + at(" and")),  # overlaps the one before
            (start + at("pumps"), start + at(" failed")),
            (start + at("pumps"), start + at("s failed")),  # nested in it
            (9_000, 9_050),  # far below
        ]
    )
    assert spans == (
        (0, start - 20, start + at("the wall"), start + at("pumps"), 9_000),
        (10, start + at(" said"), start + at(" and"), start + at(" failed"), 9_050),
    )
    blanked = unquoted_text(_sentence_claim(sentence, start), spans)
    assert len(blanked) == len(sentence)
    assert blanked.split() == ["said", "and", "the", "failed."]
    assert unquoted_text(_sentence_claim(sentence, 20_000), spans) == sentence


def test_an_editors_word_for_the_speakers_is_no_alteration(rules):
    """ "unaware of injuries caused by [Varnish] fire within the site" and "... caused by VDF fire
    within the site": the editor put a name for the army's initials, the speaker's words the same."""
    said = _form("We are unaware of injuries caused by VDF fire within the distribution site")
    assert (
        match_quotes(
            said, _form("unaware of injuries caused by [Varnish] fire within the distribution site"), rules
        ).verdict
        == "agree"
    )
    assert (
        match_quotes(
            said, _form("unaware of injuries caused by (Varnish military) fire within the distribution site"), rules
        ).verdict
        == "agree"
    )
    # a word the speaker did not say, outside any bracket, is still an alteration
    assert (
        match_quotes(
            said, _form("We are unaware of injuries caused by VDF troops' fire within the distribution site"), rules
        ).verdict
        == "altered_quote"
    )


@pytest.mark.parametrize(
    "other, verdict",
    [
        # two translations of one statement: words changed in two places, the meaning kept
        (
            "the water broke over the wall in ten minutes and we brought the children up to the roof "
            "while the pumps failed one after another",
            "variant",
        ),
        # ... but a figure changed too is an alteration, however many places differ
        (
            "the water broke over the wall in two minutes and we brought the children up to the roof "
            "while the pumps failed one after another",
            "altered_quote",
        ),
        # ... and so is a denial on one side only
        (
            "the water broke over the wall in ten minutes and we never brought the children up to the roof "
            "while the pumps failed one after another",
            "altered_quote",
        ),
        # one word changed: an alteration
        (
            "the water came over the wall in ten minutes and we brought the children up to the roof "
            "while the pumps failed one after another",
            "altered_quote",
        ),
    ],
)
def test_two_translations_are_a_variant_not_an_alteration(rules, other, verdict):
    assert match_quotes(_form(_SAID), _form(other), rules).verdict == verdict


def test_a_translation_over_two_sentences_is_a_variant(rules):
    """The longer quotation starts a sentence earlier; its last words, set against the shorter
    one's, differ in two places, neither a denial on one side only."""
    whole = _form(
        "The looters are not stopping. Without the means or the will to rebuild the dyke, "
        "they are plundering the abandoned houses of the lower town"
    )
    part = _form(
        "Lacking the means and the will to rebuild the dyke, they are plundering the abandoned houses of the lower town"
    )
    assert match_quotes(whole, part, rules).verdict == "variant"


def test_a_place_name_shared_by_two_statements_is_not_one_quotation(rules):
    """Half the words of a short statement (a place's name) inside another body's long one: two quotations."""
    coastguard = _form("Two boats sank near Tarnby harbour pier")
    ministry = _form(
        "According to our data, the sinking near Tarnby harbour pier was caused by the storm surge "
        "from the north, 40 kilometres away"
    )
    assert match_quotes(coastguard, ministry, rules) is None


def test_a_translated_statement_is_no_altered_quote(nlp, rules):
    report = _report(
        nlp,
        rules,
        {
            "one": _FLOOD + "“This is a flood that has no equal. And if the dyke is not raised, it will happen again,” "
            "the mayor said.",
            "two": "Tarnby counted its losses on Thursday after the river broke through the flood wall.\n"
            "The mayor said in a statement: “This is a flood without equal. And if the dyke is not raised, then it "
            "will happen again.”",
        },
    )
    assert "altered_quote" not in _quote_verdicts(report)


def test_a_sentence_that_attributes_nothing_is_no_paraphrase(nlp, rules):
    """An outlet telling in its own words what a body's statement says, with no one said to say it,
    reports the event: no quotation passed off as reported speech."""
    quoted = _FLOOD + "“The river broke through the flood wall beside the old mill,” the water board said."
    report = _report(
        nlp,
        rules,
        {
            "quoted": quoted,
            "told": "Tarnby counted its losses on Thursday.\nThe river broke through the flood wall beside the old mill "
            "in the lower town.",
        },
    )
    assert "altered_quote" not in _quote_verdicts(report)
    reported = _report(
        nlp,
        rules,
        {
            "quoted": quoted,
            "told": "Tarnby counted its losses on Thursday.\nThe board said the river broke through the flood wall "
            "beside the old mill in the lower town.",
        },
    )
    assert "altered_quote" in _quote_verdicts(reported)
