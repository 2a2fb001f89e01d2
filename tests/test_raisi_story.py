"""A helicopter carrying a head of government that goes missing in fog and is found wrecked, told by
five outlets over four months (``tests/data/raisi``, written for these tests after reading how real
coverage of such a crash runs): a wire flash of the missing aircraft, a daily's first toll, an
agency's list of the bodies recovered, a radio's "others" count, a weekly on the inquiry.

Prime Minister Alaric Venn's helicopter crashed in the Tarrow hills, Dravenia, on Sunday 9 March
2025. The toll is told as the people named and a count of the others beside them: "killed Prime
Minister Alaric Venn and five others" (6); "Five others, including the interior minister, died in
the crash that killed Prime Minister Alaric Venn" (6, the minister one of the five); months later
"killing the prime minister and six others" (7). The agency lists the six bodies recovered: "the
prime minister, the interior minister, the provincial governor, a bodyguard and two crew members" -
the two crew members are two of the six, never a toll. The funeral prayers "will begin on Thursday":
the funeral's day, not the crash's.

A fact-checker expects the deaths line to read 6 then 7, never the "others" alone (5, 6) nor the
crew (2); no conflict over the crash's day.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from stories import event_claims, findings_of, main_event, timeline_line

from verify.compare.spelling import _respelled

RAISI = Path(__file__).resolve().parent / "data" / "raisi"


@pytest.fixture(scope="module")
def raisi_report(story_report):
    return story_report(RAISI)


def _counts(report: dict, words: str) -> list[dict]:
    return [c for c in event_claims(report, main_event(report)) if c["kind"] == "count" and c["text"] == words]


def test_one_event_on_the_crash_s_day(raisi_report):
    main = main_event(raisi_report)
    assert len(raisi_report["events"]) == 1 and len(main["documents"]) == 5
    assert main["date"] == "2025-03-09"


def test_others_are_counted_beside_the_ones_named(raisi_report):
    # "and five others", "Five others ... the crash that killed X", "the prime minister and six others"
    assert timeline_line(raisi_report, "deaths", None) == [6, 7]
    (radio,) = _counts(raisi_report, "Five others")
    assert radio["attribute"] == "deaths" and radio["value"]["best"] == 6
    assert [p["text"] for p in radio["value"]["parts"]] == ["Prime Minister Alaric Venn", "Five others"]
    (weekly,) = _counts(raisi_report, "six others")
    assert weekly["value"]["best"] == 7
    assert [p["text"] for p in weekly["value"]["parts"]] == ["the prime minister", "six others"]


def test_the_crew_in_the_list_of_bodies_are_two_of_the_six(raisi_report):
    (crew,) = _counts(raisi_report, "two crew members")
    assert crew["attribute"] == "bodies_recovered_part" and crew["value"]["part"] is True
    assert crew["value"]["part_of"] == "six bodies"
    assert not findings_of(raisi_report, "conflict", "deaths")
    assert not any("two crew members" in f["summary"] for f in raisi_report["findings"])


def test_the_funeral_s_day_is_not_the_crash_s(raisi_report):
    main = event_claims(raisi_report, main_event(raisi_report))
    (thursday,) = [c for c in main if c["kind"] == "time" and c["text"] == "Thursday"]
    assert thursday["value"]["role"] == "other"
    assert not findings_of(raisi_report, "conflict", "date")


def test_an_agency_s_initials_are_no_spelling_of_a_country():
    lengths, endings = (4, 5), ("n", "an", "ian")
    # "According to KRNA" (a news agency) beside "Karn": no place spelt two ways
    assert not _respelled("KRNA", "Kran", lengths, endings, 5)
    # a dateline's capitals still spell the name, and so does a one-letter slip
    assert _respelled("TARROW", "Tarow", lengths, endings, 5)
    assert _respelled("Tarrow", "Tarow", lengths, endings, 5)


@pytest.mark.xfail(
    strict=True,
    reason="a later recap 'The helicopter struck a hillside on March 9, killing the prime minister and six others' "
    "opens an event of its own on its page (labelled 'deaths reported on 2025-03-09'), though it names the "
    "story's day: 'struck' with a date of its own starts another happening, so its 7 leaves the story's line",
)
def test_a_recap_that_says_struck_stays_in_the_story(story_report, tmp_path):
    for f in RAISI.iterdir():
        text = f.read_text(encoding="utf-8")
        (tmp_path / f.name).write_text(
            text.replace("crashed into a hillside on March 9", "struck a hillside on March 9")
        )
    report = story_report(tmp_path)
    assert len(report["events"]) == 1
    assert timeline_line(report, "deaths", None) == [6, 7]
