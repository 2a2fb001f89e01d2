"""A beachfront tower that partly collapses, told by four outlets over two and a half weeks
(``tests/data/surfside2``, written for these tests after reading real coverage of such a collapse):
a wire report on the day, a paper three days on with the county's roster, another a week on after
the rest of the tower was demolished, and a last one when the search ends.

The Marisol Tower in Palmetto Shores, Florida, fell at about 2:10 a.m. on Tuesday 12 March 2024.
The dead rose 2 -> 9 -> 31 -> 68; the unaccounted for fell 70 -> 112 -> 96 -> 5. The paper a week
on tells the demolition of the standing part "which occurred at 11:40 p.m. on Sunday", and recalls
that "when the count of the missing was first announced, it stood at 70, and the death toll at
two". The last page sets the collapse beside another: "In 1994, the year the high-rise was built,
balconies at the Gulf Crest Regency in Alabama collapsed, killing 83 people".

A fact-checker expects one event of the four pages, its dead rising to 68 (never 83: that toll is
the other collapse's, told as background) and its missing falling, both as revisions; the
demolition's day and time no rival of the collapse's; the first figures a page recalls as earlier
ones, not as what it reports now.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from stories import findings_of, main_event, timeline_line

SURFSIDE2 = Path(__file__).resolve().parent / "data" / "surfside2"


@pytest.fixture(scope="module")
def surfside2_report(story_report):
    return story_report(SURFSIDE2)


def _claim(report: dict, doc: str, words: str) -> dict:
    (claim,) = [c for c in report["claims"] if c["doc"] == doc and c["text"] == words]
    return claim


def test_the_four_pages_are_one_collapse(surfside2_report):
    main = main_event(surfside2_report)
    assert set(main["documents"]) == {"1_wire", "2_courier", "3_herald", "4_tribune"}


def test_a_collapse_of_another_year_is_background(surfside2_report):
    # "In 1994, the year the high-rise was built, balconies ... collapsed, killing 83 people": the
    # parse hangs "In 1994" on "built"; the year dates the collapse the sentence tells
    year = _claim(surfside2_report, "4_tribune", "1994")
    assert year["value"]["role"] == "event"
    other = _claim(surfside2_report, "4_tribune", "83 people")
    assert other["event"] != main_event(surfside2_report)["id"]
    assert timeline_line(surfside2_report, "deaths", None) == [2, 9, 31, 68]
    assert not findings_of(surfside2_report, "conflict", "deaths")


def test_the_demolition_s_time_is_no_rival_of_the_collapse_s(surfside2_report):
    # "30 minutes after the demolition, which occurred at 11:40 p.m. on Sunday"
    for words in ("11:40 p.m.", "Sunday"):
        assert _claim(surfside2_report, "3_herald", words)["value"]["role"] == "other"
    assert not findings_of(surfside2_report, "conflict", "time")
    assert not findings_of(surfside2_report, "conflict", "date")


def test_the_first_figures_a_page_recalls_are_earlier(surfside2_report):
    # "When the count of the missing was first announced, it stood at 70, and the death toll at two."
    for words, attribute in (("70", "missing"), ("two", "deaths")):
        claim = _claim(surfside2_report, "3_herald", words)
        assert claim["attribute"] == attribute
        assert claim["value"]["status"] == "earlier", claim
    line = timeline_line(surfside2_report, "missing", None)
    assert line[0] == 70 and line[-1] == 5 and not findings_of(surfside2_report, "conflict", "missing"), line
