"""A student's shooting at a university faculty, told by five outlets over three days
(``tests/data/prague``, written for these tests after reading how real coverage of such a shooting
runs): a wire flash ("killed 12 people and injured two dozen others"), a live blog with an early
quote ("there are several dead and dozens of injured"), a stamped update ("Update 1630 — Toll rises
to 30 injured") and an agency's "about 30" said to be injured; a mourning-day piece whose minister
names "the shooting on March 4"; two next-day reports that count the foreign wounded ("one citizen
of Norway and two from Chile", "three foreign nationals").

A fact-checker expects one event of five documents in Velmar on 4 March; "two dozen" read as 24;
the early "dozens of injured" the hurt, never added to the dead; the update's clock time and the
"about 30" hurt no toll of the dead; the foreign wounded counted apart, never the toll of the hurt
revised down to two, and their countries no place of the shooting.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from stories import event_claims, findings_of, main_event

PRAGUE = Path(__file__).resolve().parent / "data" / "prague"


@pytest.fixture(scope="module")
def prague_report(story_report):
    return story_report(PRAGUE)


def _report_of(rules, nlp, *texts: str, published: str = "2025-03-05") -> dict:
    from verify.models import Corpus, Document
    from verify.run import verify_corpus

    docs = tuple(
        Document(id=f"d{i}", path=f"d{i}.txt", text=t + "\n", sha256=str(i), published=published, source=f"Outlet {i}")
        for i, t in enumerate(texts)
    )
    report, _ = verify_corpus(Corpus(documents=docs, skipped=()), rules, nlp)
    return report


def _counts(report: dict, attribute_start: str) -> list[tuple[str, int | None]]:
    return [
        (c["text"], c["value"].get("best"))
        for c in report["claims"]
        if c["kind"] == "count" and c["attribute"].startswith(attribute_start)
    ]


def test_one_shooting_in_velmar_on_the_tuesday(prague_report):
    main = main_event(prague_report)
    assert len(main["documents"]) == 5 and main["date"] == "2025-03-04" and main["place"] == "Velmar"


def test_two_dozen_is_twenty_four(prague_report):
    main = main_event(prague_report)
    injured = {
        c["text"]: c["value"]["best"]
        for c in event_claims(prague_report, main)
        if c["attribute"] == "injured" and c["doc"] == "01_wire_flash"
    }
    assert injured == {"two dozen others": 24}


def test_the_dozens_injured_are_not_added_to_the_dead(prague_report):
    main = main_event(prague_report)
    blog = [
        (c["attribute"], c["text"], c["value"]["best"])
        for c in event_claims(prague_report, main)
        if c["doc"] == "02_liveblog" and c["kind"] == "count"
    ]
    assert ("deaths", "several dead", 3) in blog and ("injured", "dozens", 24) in blog
    # neither the update's clock time nor the "about 30" hurt is a toll of the dead
    assert [b for b in blog if b[0] == "deaths"] == [("deaths", "several dead", 3)]
    assert ("injured", "30", 30) in blog


def test_the_foreign_wounded_are_counted_apart(prague_report):
    main = main_event(prague_report)
    plain = {
        c["value"]["best"]
        for c in event_claims(prague_report, main)
        if c["attribute"] == "injured" and not c["value"].get("group")
    }
    assert plain == {24, 25, 30}  # never "two" of Chile as the toll of the hurt
    groups = {
        (c["attribute"], c["value"]["best"]) for c in event_claims(prague_report, main) if c["value"].get("group")
    }
    assert ("injured_chile", 2) in groups and ("injured_foreigners", 3) in groups
    downs = [f["summary"] for f in findings_of(prague_report, "update", "injured")]
    assert not any("revised down" in s for s in downs), downs


def test_an_update_stamp_s_clock_is_no_toll(rules, nlp):
    report = _report_of(
        rules, nlp, "Update 1630 — Toll rises to 30 injured\n\nThe gunman killed ten people, police said."
    )
    assert _counts(report, "deaths") == [("ten people", 10)]


def test_a_figure_with_adds_is_no_value_of_the_toll(rules, nlp):
    report = _report_of(
        rules, nlp, 'The number of victims of the attack is rising, with "about 30" said to have been injured.'
    )
    assert _counts(report, "deaths") == []


def test_the_day_of_the_shooting_a_minister_names(rules, nlp):
    report = _report_of(
        rules,
        nlp,
        "Interior Minister Tomas Brandl said all 12 victims of the shooting on March 4 at the Faculty of"
        " Letters have been identified.",
    )
    roles = {c["text"]: c["value"]["role"] for c in report["claims"] if c["kind"] == "time"}
    assert roles == {"March 4": "event"}


def test_the_country_of_the_hurt_is_no_place_of_the_blast(rules, nlp):
    report = _report_of(
        rules, nlp, "Three foreign nationals, one from Norway and two from Chile, also died in the blast in Lyon."
    )
    assert [e["place"] for e in report["events"]] == ["Lyon"]
