"""A tropical cyclone told by twelve outlets over eight days (``tests/data/cyclone``, written for these
tests): the met department's warning the day before landfall ("is expected to cross the coast of
Kelam province on Monday evening"), a wire flash at landfall (14:30 GMT) and the wire's updated
stories, a live blog with local-time entries, a national paper of each country (Tamaria, where it
came ashore, and neighbouring Orsania), an aid agency's press release with a "Key figures" list, a
climate explainer, a regional page with an archive photo of the 2008 cyclone and a "Related" list, a
broadcaster's "what we know" and a week-on feature.

Cyclone Sarvan (once "Sarwan") struck west of Bhelapur (once "Bhelapoor") with winds of 190 km/h
(118 mph), a surge of up to three metres and 310 mm of rain. Tamaria's toll rises 6 -> 19 -> 33 -> 41
as rescuers reach the islands; on the Thursday the interior ministry gives 38 ("although the interior
ministry gave a lower toll of 38"), the one disagreement. Orsania's toll rises 4 -> 9 -> 12; the two
together 23 -> 42 -> 53 ("at least 19 people in Tamaria and four in neighbouring Orsania"; "the storm
killed 53 people in the two countries"). Beside the tolls: the missing (70 -> 45 -> 28), injured,
evacuated ("more than 300,000 people moved to shelters"), displaced, affected, homes destroyed; the
aid agency's projection ("could exceed 100"); a breakdown by cause ("Four people were killed by
falling trees ... and two fishermen drowned"), a province's and a village's toll. Background: Cyclone
Rahel of 2008 (more than 3,400 dead), a cyclone of 1991 (90,000), the season's storms (96 dead), and
unrelated flash floods in Hazra province the same week (14, then 17 dead).

A fact-checker expects one cyclone on the Monday holding every article; each country's toll and the
two countries' together compared apart, never set against each other nor summed again; the rises as
updates in the order said, and the ministry's 38 set against the agency's 41; the missing, evacuated
and displaced no deaths, the wind, rain and surge no casualties, the walls that collapsed and the boat
that capsized no rival causes of a cyclone; the 2008, 1991 and seasonal tolls and the Hazra floods out
of the event; the cyclone's, the town's and the met department's names one entity each; and no other
disagreement at all.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from stories import event_claims, findings_of, main_bests, main_event

CYCLONE = Path(__file__).resolve().parent / "data" / "cyclone"
DOCS = [
    "01_met_warning",
    "02_wire_flash",
    "03_wire_update",
    "04_liveblog",
    "05_tamaria_national",
    "06_orsania_national",
    "07_wire_thursday",
    "08_aid_release",
    "09_explainer",
    "10_regional",
    "11_broadcaster",
    "12_sunday",
]
CASUALTIES = {"deaths", "injured", "missing", "rescued", "evacuated", "displaced", "affected"}


@pytest.fixture(scope="module")
def cyclone_report(story_report):
    return story_report(CYCLONE)


def _steps(finding: dict) -> str:
    return finding["summary"].rsplit(": ", 1)[-1]


def test_one_cyclone_on_the_monday_holds_every_article(cyclone_report):
    main = main_event(cyclone_report)
    assert sorted(main["documents"]) == DOCS
    # the warning written on the Sunday ("expected to cross the coast ... on Monday evening") dates
    # it to the Monday after, not the one before
    assert main["label"] == "storm in Bhelapur on 2025-05-12"
    assert not findings_of(cyclone_report, "conflict", "date")
    # "At 6 am on Sunday the storm was centred about 420 km south": no time of the landfall
    assert not findings_of(cyclone_report, "conflict", "time")
    # the minister "who visited the town on Wednesday" cuts no second storm out of the national paper
    assert len([e for e in cyclone_report["events"] if "05_tamaria_national" in e["documents"]]) <= 2


def test_each_country_s_toll_and_the_whole_are_compared_apart(cyclone_report):
    main = main_event(cyclone_report)["id"]
    rises = [f for f in findings_of(cyclone_report, "update", "deaths") if f["event"] == main]
    tolls = {f["summary"].split(" in ", 2)[1]: _steps(f) for f in rises}
    assert tolls == {"Tamaria": "6 → 19 → 33 → 41.", "Orsania": "4 → 9 → 12.", "Orsania+Tamaria": "23 → 42 → 53."}
    # "at least 19 people in Tamaria and four in neighbouring Orsania": two figures, no 23 in Tamaria
    tamaria = [
        c for c in cyclone_report["claims"] if c["attribute"] == "deaths" and c["value"].get("where") == "Tamaria"
    ]
    assert 23 not in {c["value"]["best"] for c in tamaria}


def test_the_ministry_s_38_is_set_against_the_agency_s_41_and_nothing_else_is(cyclone_report):
    (dispute,) = findings_of(cyclone_report, "conflict")
    assert dispute["attribute"] == "deaths" and "deaths in Tamaria" in dispute["summary"]
    assert "“41” [41] (the country's disaster agency" in dispute["summary"]  # not "ministry gives lower figure"
    assert "“38” [38] (the interior ministry" in dispute["summary"]
    # the 38 is no step of the count: the agency's 33 rose to 41
    assert not [f for f in findings_of(cyclone_report, "update", "deaths") if "38" in _steps(f)]
    # the falling trees' four and the drowned fishermen's two are the flash's six, told by cause;
    # a province's 27 and a village's eleven are no toll of a country
    assert not findings_of(cyclone_report, "compatible", "deaths")
    # the forecast surge ("2.5 to 3.5 metres") and the observed one ("up to 3 metres") are one
    # measure told more or less precisely (``compare.figures.fixed_units``), never a revision
    (surge,) = findings_of(cyclone_report, "compatible")
    assert surge["attribute"] == "metres" and not findings_of(cyclone_report, "update", "metres")


def test_the_other_counts_are_no_deaths(cyclone_report):
    deaths = main_bests(cyclone_report, "deaths")
    for other in ("missing", "evacuated", "displaced", "affected", "injured", "homes_destroyed"):
        assert not main_bests(cyclone_report, other) & deaths - {41}, other
    assert {70, 45, 28} <= main_bests(cyclone_report, "missing")
    (missing,) = [f for f in findings_of(cyclone_report, "update", "missing") if "in Tamaria" in f["summary"]]
    assert _steps(missing) == "70 → 45 → 28."
    assert main_bests(cyclone_report, "deaths_projected") == {100}  # "could exceed 100", the aid agency's
    # "more than 300,000 people were moved to shelters" in Tamaria, "about 85,000" in Orsania: each
    # country's evacuated, agreed on, neither a revision of the other
    evacuated = {
        f["summary"].split(" in ", 2)[1]: f["verdict"]
        for f in cyclone_report["findings"]
        if f["attribute"] == "evacuated"
    }
    assert evacuated == {"Tamaria": "agree", "Orsania": "agree"}
    assert 100 not in deaths


def test_wind_rain_and_surge_are_no_casualties(cyclone_report):
    for claim in event_claims(cyclone_report, main_event(cyclone_report)):
        if claim["kind"] == "count" and claim["attribute"] in CASUALTIES:
            assert not any(unit in claim["text"] for unit in ("km/h", "mph", "mm", "metres", "km")), claim["text"]
            assert claim["value"]["best"] not in {190, 118, 310, 420, 3}, claim["text"]
    assert main_bests(cyclone_report, "km_per_hour") >= {190}  # "118 mph" is the 190 km/h
    assert {
        c["text"] for c in event_claims(cyclone_report, main_event(cyclone_report)) if c["attribute"] == "km_per_hour"
    } >= {"118 mph"}
    # walls that collapsed, a boat that capsized: what the cyclone did, no rival causes of it
    assert not findings_of(cyclone_report, "conflict", "method")


def test_the_older_storms_the_season_and_the_floods_are_apart(cyclone_report):
    main = event_claims(cyclone_report, main_event(cyclone_report))
    figures = {c["value"].get("best") for c in main if c["kind"] == "count" and c["attribute"].startswith("deaths")}
    assert not figures & {3401, 90000, 96, 14, 17}
    (floods,) = [e for e in cyclone_report["events"] if "Hazra" in e["label"]]
    assert sorted(floods["documents"]) == ["04_liveblog", "07_wire_thursday"]


def test_the_names_are_one_entity_each(cyclone_report):
    names = {e["name"]: {v["text"] for v in e["variants"]} for e in cyclone_report["entities"]}
    assert {"Cyclone Sarvan", "Cyclone Sarwan"} <= names["Cyclone Sarvan"]
    assert {"Bhelapur", "Bhelapoor"} <= names["Bhelapur"]
    assert {"Tamaria Meteorological Department", "TMD"} <= names["Tamaria Meteorological Department"]
    assert {"National Disaster Response Authority", "NDRA"} <= names["National Disaster Response Authority"]
    variants = findings_of(cyclone_report, "variant")
    assert len(variants) == 2
    assert any("“Bhelapoor”" in f["summary"] for f in variants)
    assert any("“Cyclone Sarwan”" in f["summary"] for f in variants)
