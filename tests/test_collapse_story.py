"""A building collapse told by six outlets over three days (``tests/data/collapse``, written for
these tests). The toll is 8 at dawn, "rose to 15" that evening, 20 and then 23 the next day; one
agency alone gives 32 "according to local media", and the next day's report is back at 23. One
outlet recalls a hotel that fell in 2019 killing 63; one page carries a photo caption of a
warehouse fire elsewhere last month; the developer's name and the governor's are each spelled two
ways; the ministry blames a gas explosion while residents point to illegal construction; the
building had six storeys, two of them added without a permit.

A fact-checker expects: one event of the six; the toll's rise read as revisions (8 -> 15 is no
contradiction though two bodies give them the same day); the lone 32 disputed by the 23 said after
it; the hotel's 63 and the caption's fire kept out of the event; the cause disputed as "what
caused" (gas vs construction), with negligence — a charge, not a mechanism — disputing neither;
the height of the building never set against the floors added to it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

COLLAPSE = Path(__file__).resolve().parent / "data" / "collapse"


@pytest.fixture(scope="module")
def collapse_report(story_report):
    return story_report(COLLAPSE)


def _main(report):
    return max(report["events"], key=lambda e: len(e["documents"]))


def _claims(report, event, attribute):
    ids = set(event["claims"])
    return [c for c in report["claims"] if c["id"] in ids and c["attribute"] == attribute]


def test_one_event_of_six_outlets_without_the_hotel_of_2019(collapse_report):
    event = _main(collapse_report)
    assert len(event["documents"]) == 6 and event["label"].startswith("collapse in Tarsova")
    deaths = {c["value"]["best"] for c in _claims(collapse_report, event, "deaths")}
    assert deaths == {8, 15, 20, 23, 32}  # not the hotel's 63, told as background ("since 2019, when ...")
    elsewhere = [e for e in collapse_report["events"] if e is not event]
    assert any("3_intl" in e["documents"] for e in elsewhere)


def test_the_caption_of_another_fire_is_no_method_of_the_collapse(collapse_report):
    event = _main(collapse_report)
    methods = {c["text"] for c in _claims(collapse_report, event, "method")}
    assert "warehouse fire" not in methods


def test_the_toll_rising_through_the_day_is_a_revision_and_the_lone_32_is_disputed(collapse_report):
    deaths = [f for f in collapse_report["findings"] if f["attribute"] == "deaths"]
    conflicts = [f for f in deaths if f["verdict"] == "conflict"]
    assert len(conflicts) == 1
    sides = {s["label"] for s in conflicts[0]["sides"]}
    assert sides == {"32", "23"}  # not "8+" vs "15": the governor's 15 is said as risen
    (series,) = [f for f in deaths if f["verdict"] == "update"]
    assert series["summary"].endswith("8 → 15 → 20 → 23.")


def test_the_cause_is_disputed_as_what_caused_it_and_negligence_disputes_nothing(collapse_report):
    methods = [f for f in collapse_report["findings"] if f["attribute"] == "method" and f["verdict"] == "conflict"]
    assert len(methods) == 1
    summary = methods[0]["summary"]
    assert summary.startswith("Sources disagree on what caused collapse in Tarsova")
    assert "(gas leak)" in summary and "(structural failure)" in summary and "negligence" not in summary


def test_floors_added_are_no_count_of_the_building_s_height(collapse_report):
    counts = {(c["attribute"], c["value"]["best"]) for c in collapse_report["claims"] if c["kind"] == "count"}
    assert ("floors", 6) in counts and ("floors_added", 2) in counts and ("floors", 2) not in counts
    assert not [f for f in collapse_report["findings"] if f["attribute"] == "floors" and f["verdict"] == "conflict"]


def test_two_spellings_of_the_developer_and_of_the_governor_are_variants(collapse_report):
    variants = [f["summary"] for f in collapse_report["findings"] if f["verdict"] == "variant"]
    assert any("Viktor Selanov" in v and "Viktor Sellanov" in v for v in variants)
    assert any("Anton Belik" in v and "Anton Bielik" in v for v in variants)


def test_a_draft_giving_the_disputed_figure_is_contradicted_and_the_last_word_supported(
    collapse_report, tmp_path, rules, nlp
):
    """Editor mode shares the report's judgement: a draft's "at least 32" rests only on the agency's
    figure the later reports went back on (contradicted, naming them); "at least 8" does not vouch
    for it (an open figure reaches only ``open_factor`` times its floor); 23 is supported."""
    from verify.check import check_draft, check_to_dict
    from verify.ingest import read_draft

    draft = tmp_path / "draft.md"
    draft.write_text(
        "---\ntitle: Draft\n---\nAt least 32 people died when a residential building collapsed in Tarsova "
        "on Tuesday, officials said. The developer, Viktor Selanov, has been charged. Rescuers pulled 14 "
        "people alive from the rubble.\n\nThe toll has reached 23, the emergency ministry said.\n",
        encoding="utf-8",
    )
    checks = check_to_dict(check_draft(read_draft(draft), collapse_report, rules, nlp))["checks"]
    verdicts = {c["claim"]["text"]: (c["verdict"], c["summary"]) for c in checks if c["claim"]["kind"] == "count"}
    verdict, summary = verdicts["At least 32 people"]
    assert verdict == "contradicted" and "Later reports dispute" in summary and "(5_local)" in summary
    assert "(1_wire)" not in summary  # "at least 8" is no support for 32
    assert verdicts["23"][0] == "supported"


def test_an_undated_one_sentence_draft_finds_its_story(collapse_report, tmp_path, rules, nlp):
    """A draft with no date says "collapsed in Tarsova on Tuesday": its Tuesday is the sources'
    Tuesday, and one collapse in one place on one day is one happening, though no name or rare word
    is shared — so its toll, method and day are checked, not left unsupported."""
    from verify.check import check_draft, check_to_dict
    from verify.ingest import read_draft

    draft = tmp_path / "draft.md"
    draft.write_text("At least 32 people died when a residential building collapsed in Tarsova on Tuesday.\n")
    checks = check_to_dict(check_draft(read_draft(draft), collapse_report, rules, nlp))["checks"]
    assert {c["claim"]["kind"]: c["verdict"] for c in checks} == {
        "count": "contradicted",
        "method": "supported",
        "time": "supported",
    }


def test_the_missing_fall_in_the_order_the_pages_were_published(collapse_report):
    """The front matter gives each page's time ("2025-06-03T07:15:00Z"): the dawn page's "about 30"
    missing comes before the evening's 19 of the same day, so the count fell 30 -> 19 -> 12 -> 8."""
    published = {d["id"]: d["published"] for d in collapse_report["documents"]}
    assert published["1_wire"] == "2025-06-03T07:15+00:00"
    (series,) = [f for f in collapse_report["findings"] if f["attribute"] == "missing" and f["verdict"] == "update"]
    assert series["summary"].endswith("30 → 19 → 12 → 8.")
