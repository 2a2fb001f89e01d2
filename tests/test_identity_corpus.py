"""One flood told by four outlets (``tests/data/flood``, written for these tests): each spells the
health director, the town and the disaster agency its own way; one page ends with a "Related posts"
block naming athletes and a club, another with an agency credit. verify must make one entity of
each, keep the people who only share a name apart, and never read an outlet or a link block as a
person. Then editor mode gets the same judgement: a near-miss spelling of the director is a spelling
difference, a victim no outlet reports is unsupported.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from verify.check import check_draft, check_to_dict
from verify.ingest import load_corpus, read_draft

FLOOD = Path(__file__).resolve().parent / "data" / "flood"


@pytest.fixture(scope="module")
def flood_report(rules, nlp):
    from verify.run import verify_corpus

    report, _ = verify_corpus(load_corpus([FLOOD]), rules, nlp)
    return report


def _entity_with(report: dict, kind: str, spelling: str) -> dict:
    found = [e for e in report["entities"] if e["kind"] == kind and any(v["text"] == spelling for v in e["variants"])]
    assert len(found) == 1, (spelling, [e["name"] for e in found])
    return found[0]


def _spellings(entity: dict) -> set[str]:
    return {v["text"] for v in entity["variants"]}


def test_the_director_spelled_five_ways_is_one_person(flood_report):
    director = _entity_with(flood_report, "person", "Yousef al-Haddad")
    assert _spellings(director) == {"Yousef al-Haddad", "Youssef Alhaddad", "Alhaddad", "Mr Haddad", "Yusuf al-Hadad"}
    assert {v["doc"] for v in director["variants"]} == {"a_wire", "b_daily", "c_valley", "d_post"}


def test_people_who_share_a_name_with_him_stay_apart(flood_report):
    director = _entity_with(flood_report, "person", "Yousef al-Haddad")
    daughter = _entity_with(flood_report, "person", "Leila al-Haddad")  # his surname, a woman's name
    rescuer = next(
        e for e in flood_report["entities"] if e["kind"] == "person" and "Nasser" in e["name"]
    )  # his given name
    assert len({director["id"], daughter["id"], rescuer["id"]}) == 3


def test_town_agency_and_hospital_are_one_entity_each(flood_report):
    town = _entity_with(flood_report, "place", "Dar Salem")
    assert {"Dar Saleem", "Dar-Salem", "DAR SALEM"} <= _spellings(town)
    agency = _entity_with(flood_report, "organization", "NDRA")
    assert {"National Disaster Response Agency", "National Disaster Response Authority"} <= _spellings(agency)
    hospital = _entity_with(flood_report, "facility", "al-Nour hospital")
    assert "Al-Nour Hospital" in _spellings(hospital)
    clinic = _entity_with(flood_report, "facility", "al-Rahma clinic")  # another facility of the story
    assert clinic["id"] != hospital["id"]


def test_link_blocks_and_outlets_are_no_people_or_places(flood_report):
    people = {e["name"] for e in flood_report["entities"] if e["kind"] == "person"}
    places = {e["name"] for e in flood_report["entities"] if e["kind"] == "place"}
    for name in ("Marco Bellini", "Sofia Renner", "Lakeside United", "Harbour City"):  # the "Related posts" block
        assert not any(name in p for p in people | places), name
    for outlet in ("Levant Wire", "Coastal Daily", "Valley Times", "Hill Post", "AP"):
        assert outlet not in people and outlet not in places, outlet
    assert not any(c["text"] in ("Marco Bellini", "Sofia Renner") for c in flood_report["claims"])


def test_the_four_outlets_tell_one_event(flood_report):
    assert len(flood_report["events"]) == 1
    assert flood_report["events"][0]["documents"] == ["a_wire", "b_daily", "c_valley", "d_post"]


DRAFT = """---
title: Nine die in hill town flood
---
Floods killed nine people in Dar Salem on Sunday, said the regional health director, Yousef al-Hadad.

Among the dead was a teacher, Samir Khoury.

Dr. Youssef Alhaddad said the al-Nour hospital treated 14 people.
"""


@pytest.fixture(scope="module")
def flood_check(flood_report, rules, nlp, tmp_path_factory):
    path = tmp_path_factory.mktemp("draft") / "flood-draft.md"
    path.write_text(DRAFT, encoding="utf-8")
    return check_to_dict(check_draft(read_draft(path), flood_report, rules, nlp))


def _verdict(check: dict, text: str) -> dict:
    found = [c for c in check["checks"] if c["claim"]["text"] == text]
    assert found, (text, [c["claim"]["text"] for c in check["checks"]])
    return found[0]


def test_a_near_miss_spelling_differs_and_names_the_usual_one(flood_check):
    near = _verdict(flood_check, "Yousef al-Hadad")  # one letter dropped
    assert near["verdict"] == "spelling_differs"
    assert near["suggestion"] in {"Yousef al-Haddad", "Youssef Alhaddad", "Yusuf al-Hadad"}
    assert {s["doc"] for s in near["support"]} >= {"a_wire", "b_daily"}


def test_a_spelling_a_source_uses_is_supported(flood_check):
    assert _verdict(flood_check, "Dr. Youssef Alhaddad")["verdict"] == "supported"


def test_a_victim_no_source_reports_is_unsupported(flood_check):
    victim = _verdict(flood_check, "Samir Khoury")
    assert victim["verdict"] == "unsupported"
    assert "No source names" in victim["summary"]


def test_the_flood_is_in_the_town_not_at_the_hospital_that_treated_the_hurt(flood_report):
    """ "14 people were being treated at al-Nour hospital" names where the hurt were cared for: the
    event is the flood in Dar Salem, and the town's dateline in capitals is no spelling of its own."""
    (event,) = flood_report["events"]
    assert event["label"] == "flood in Dar Salem on 2024-03-03"
    (town,) = [f for f in flood_report["findings"] if f["verdict"] == "variant" and "place" in f["summary"]]
    assert town["summary"].startswith(
        "One place is spelled 2 ways across sources: “Dar Saleem” (Coastal Daily); “Dar Salem”"
    )
    assert "DAR SALEM" not in town["summary"]
