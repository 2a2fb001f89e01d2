"""Quotations (issue 16): every kind of quotation mark, apostrophes that are not marks, quotations
over two sentences or paragraphs, ellipses, quoted blocks and embedded posts, and the speaker
across the sentence boundary. Every text is written for these tests."""

from __future__ import annotations

import pytest

from verify.extract.base import DocFacts, SentenceContext
from verify.extract.quotemarks import find_quotations
from verify.extract.quotes import extract_quotes, quotations


@pytest.mark.parametrize(
    "text, expected",
    [
        # curly and straight, double and single
        ("He said: “The earth is shaking beneath our feet.” Then he left.", ["The earth is shaking beneath our feet."]),
        ('"We need action," they wrote.', ["We need action,"]),
        (
            "The mayor said: ‘We will rebuild every house on this street.’ Few believed her.",
            ["We will rebuild every house on this street."],
        ),
        (
            "'Our pumps can't keep up with the rain,' the engineer said. The town's levee held.",
            ["Our pumps can't keep up with the rain,"],
        ),
        ("Residents called it «the worst night since the war» on radio.", ["the worst night since the war"]),
        # apostrophes are not quotation marks
        ("The officials' report on the '90s levees wasn't published.", []),
        ("Rock 'n' roll fans gathered at the mayor's house.", ["n"]),
        # two sentences in one quotation, and a closing mark left off at the end of a paragraph
        (
            "“The levee held for an hour. Then it gave way,” the engineer said.",
            ["The levee held for an hour. Then it gave way,"],
        ),
        (
            "“An unbalanced quote runs to the end of the paragraph\nNext paragraph.",
            ["An unbalanced quote runs to the end of the paragraph"],
        ),
        ("“We tried to hold it.\n“Then the water won,” she said.", ["We tried to hold it.", "Then the water won,"]),
        # an ellipsis inside stays inside
        ("“We tried … but the water was faster,” she said.", ["We tried … but the water was faster,"]),
        # a single quotation inside a double one is part of it
        ("“They told us ‘leave now’ and we ran,” he said.", ["They told us ‘leave now’ and we ran,"]),
        ("No quotation here.", []),
    ],
)
def test_quotation_marks(text, expected):
    assert [text[q.start : q.end] for q in find_quotations(text)] == expected


def test_quoted_blocks_and_embedded_posts(rules):
    text = (
        "The agency posted a warning.\n"
        "> The lower town is under water and the bridge is closed. pic.twitter.com/Ab12Cd\n"
        "> — River Watch (@riverwatch) March 3, 2021\n"
        "[Embedded post] Pumps are running in every district tonight https://t.co/xyz — City Hall (@cityhall) March 3, 2021\n"
        "> A line quoted from a report, with no author named.\n"
        "The mayor spoke later.\n\n"
        "> We will not reopen the bridge before the engineers say so.\n"
        "> — Ida Brandt, city engineer\n\n"
        "Every school in the lower town stays shut this week.\n"
        "— Tarnby education office\n\n"
        "The agency said the levee had held.\n"
        "— Reporting by Jon Hale"
    )
    found = [(text[q.start : q.end].strip(), q.form, q.speaker) for q in quotations(text, rules)]
    assert found == [
        ("The lower town is under water and the bridge is closed.", "post", "River Watch (@riverwatch)"),
        ("Pumps are running in every district tonight", "post", "City Hall (@cityhall)"),
        ("A line quoted from a report, with no author named.", "block", None),
        ("We will not reopen the bridge before the engineers say so.", "block", "Ida Brandt, city engineer"),
        ("Every school in the lower town stays shut this week.", "block", "Tarnby education office"),
    ]


def _quotes(parse, rules, text):
    doc = parse(text)
    ctx = SentenceContext("d", facts=DocFacts.of(doc))
    return [(m.value["quote"], m.value["speaker"]) for m, _ in extract_quotes(doc, ctx, rules)]


@pytest.mark.parametrize(
    "text, expected",
    [
        # the speech verb after the quotation, in the quotation's last sentence
        (
            "“The levee held for an hour. Then it gave way,” Ana Ruiz, the site engineer, said.",
            [("The levee held for an hour. Then it gave way", "Ana Ruiz")],
        ),
        # announced in the sentence before
        (
            "Ana Ruiz spoke to reporters at the dam on Monday. She added:\n“We will need new pumps before winter.”",
            [("We will need new pumps before winter", "Ana Ruiz")],
        ),
        # a speaker's next paragraph goes on without a speech verb
        (
            "“We will need new pumps before winter,” Ana Ruiz said.\n“The old ones are thirty years old and keep failing.”",
            [
                ("We will need new pumps before winter", "Ana Ruiz"),
                ("The old ones are thirty years old and keep failing", "Ana Ruiz"),
            ],
        ),
        # an embedded post's author is its speaker
        (
            "> Every pump in the lower town is running tonight. pic.twitter.com/Zz9\n> — City Hall (@cityhall) May 2, 2022",
            [("Every pump in the lower town is running tonight", "City Hall (@cityhall)")],
        ),
    ],
)
def test_speakers(parse, rules, text, expected):
    assert _quotes(parse, rules, text) == expected


def test_short_scare_quotes_are_not_quotations(parse, rules):
    assert _quotes(parse, rules, "Assad’s removal from power is a “red line” for Tehran.") == []
    assert _quotes(parse, rules, "The minister called the report 'fake news' on Tuesday.") == []
