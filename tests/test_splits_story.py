"""A car bomb at a concert hall in Porvena told by three pages over three months
(``tests/data/splits``, written for these tests after reading how real coverage splits a page's
paragraphs off its story): a wire's first report, a page two days on whose officials "on Wednesday
set the death toll at 16", and a rights group's report months later that closes on the arrests
("Police on March 20 arrested three men", "Five more suspects were arrested on April 2").

A fact-checker expects one bombing told by all three pages, on the day of the blast: the day a toll
was set, and the days of the arrests, are the case's days, never another happening's. And a
people's adjective ("the southern Chilean town of Porvena") says whose the town is, not where.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from stories import main_event

SPLITS = Path(__file__).resolve().parent / "data" / "splits"


@pytest.fixture(scope="module")
def splits_report(story_report):
    return story_report(SPLITS)


def test_every_paragraph_of_every_page_tells_the_one_bombing(splits_report):
    main = main_event(splits_report)
    assert main["date"] == "2025-03-11"
    assert len(main["documents"]) == 3
    # the arrests' paragraphs make no event of their own, dated by the arrests
    assert [e["id"] for e in splits_report["events"]] == [main["id"]]
    arrests = [c for c in splits_report["claims"] if c["doc"] == "03_report" and "arrested" in c["sentence"]]
    assert arrests and all(c["event"] == main["id"] for c in arrests)


def _role(parse, rules, sentence: str, words: str) -> str:
    from verify.extract.base import DocFacts, SentenceContext
    from verify.extract.timeroles import time_role

    doc = parse(sentence)
    ctx = SentenceContext("d", facts=DocFacts.of(doc))
    start = doc.text.index(words)
    sent = next(s for s in doc.sents if s.start_char <= start < s.end_char)
    return time_role(sent, start, start + len(words), ctx, rules)


@pytest.mark.parametrize(
    "sentence, words, role",
    [
        # a day set between the subject and its verb dates the verb's act, however the parse hangs it
        ("Maui County officials on Wednesday set the death toll from the wildfire at 111.", "Wednesday", "statement"),
        ("Regional officials on Wednesday set the death toll from the bombing at 16.", "Wednesday", "statement"),
        # a verb whose object names a toll tells the count, whatever the verb
        ("Officials set the toll at 16 on Wednesday.", "Wednesday", "statement"),
        # an arrest is the case's day, as an indictment is
        ("Brazilian authorities on Jan. 29 arrested three Vale employees.", "Jan. 29", "later"),
        ("Eight more employees were arrested on Feb. 15.", "Feb. 15", "later"),
        ("Police arrested a suspect on Tuesday.", "Tuesday", "later"),
        # ... never the happening's own day, nor a subject that names the happening
        ("The explosion on Monday killed three people.", "Monday", "event"),
        ("The fire killed 14 workers on Thursday.", "Thursday", "event"),
        ("Police on Tuesday said the fire killed 12.", "Tuesday", "statement"),
    ],
)
def test_the_day_a_toll_was_set_or_an_arrest_made_dates_no_happening(parse, rules, sentence, words, role):
    assert _role(parse, rules, sentence, words) == role


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("A theatre in the besieged Ukrainian city of Mariupol was hit by an air strike.", ["Mariupol"]),
        ("The car bomb wrecked a concert hall in the southern Chilean town of Porvena.", ["Porvena"]),
        # the country named, not its people's adjective, stays a place
        ("The dam collapsed in Brazil on Friday.", ["Brazil"]),
    ],
)
def test_a_people_s_adjective_is_no_place(parse, rules, sentence, expected):
    from verify.extract.base import DocFacts, SentenceContext
    from verify.extract.entities import extract_entities

    doc = parse(sentence)
    ctx = SentenceContext("d", facts=DocFacts.of(doc))
    places = [
        doc.text[m.start : m.end] for s in doc.sents for m in extract_entities(s, ctx, rules) if m.kind == "place"
    ]
    assert places == expected
