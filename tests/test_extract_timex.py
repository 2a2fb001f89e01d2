"""Time claims: weekdays anchored to publication, absolute dates, months, years; non-dates."""

from __future__ import annotations

from datetime import date

import pytest

from verify.extract.base import SentenceContext
from verify.extract.timex import extract_times

FRIDAY = date(2016, 4, 29)


def _times(parse, rules, sentence, published=FRIDAY):
    doc = parse(sentence)
    out = []
    for sent in doc.sents:
        for m in extract_times(sent, SentenceContext("d", published), rules):
            assert doc.text[m.start:m.end] == m.value["original"]
            out.append((doc.text[m.start:m.end], m.value["start"], m.value["end"], m.value["granularity"]))
    return out


@pytest.mark.parametrize("sentence, expected", [
    ("The hospital was hit on Wednesday evening.", [("Wednesday evening", "2016-04-27", "2016-04-27", "day")]),
    ("The clinic was struck on Friday.", [("Friday", "2016-04-29", "2016-04-29", "day")]),
    ("Rebels attacked last Friday.", [("last Friday", "2016-04-22", "2016-04-22", "day")]),
    ("Civilians have been killed since April 22.", [("April 22", "2016-04-22", "2016-04-22", "day")]),
    ("It was posted on August 12, 2016.", [("August 12, 2016", "2016-08-12", "2016-08-12", "day")]),
    ("She was shot Tuesday, Jan. 27, at home.", [("Tuesday, Jan. 27", "2016-01-27", "2016-01-27", "day")]),
    ("In February, forces advanced.", [("February", "2016-02-01", "2016-02-29", "month")]),
    ("The war began in 2011.", [("2011", "2011-01-01", "2011-12-31", "year")]),
    ("Police said he died yesterday.", [("yesterday", "2016-04-28", "2016-04-28", "day")]),
])
def test_time_expressions(parse, rules, sentence, expected):
    assert _times(parse, rules, sentence) == expected


@pytest.mark.parametrize("sentence", [
    "The doctors may leave the city.",
    "He is 25 years old and has two children.",
    "Resolution 2254 called for an end to sieges.",
    "",
])
def test_sentences_without_dates_yield_nothing(parse, rules, sentence):
    assert _times(parse, rules, sentence) == []


def test_weekday_without_publication_date_is_kept_unresolved(parse, rules):
    doc = parse("The hospital was shelled on Wednesday.")
    (mention,) = [m for s in doc.sents for m in extract_times(s, SentenceContext("d", None), rules)]
    assert mention.value["weekday"] == "Wednesday"
    assert mention.value["resolved"] is False and mention.value["start"] is None


def test_a_weekday_on_the_day_of_publication_is_that_day(parse, rules):
    assert _times(parse, rules, "It happened Friday.", FRIDAY)[0][1] == "2016-04-29"
