"""A bootleg-liquor poisoning told by twelve outlets over a week (``tests/data/poison``, written for
these tests): a wire flash and two later wire stories; a local paper; the district health office's
statement; the excise department's denial; a live blog with local-time entries (one of them on a
bus crash); an explainer on methanol; a regional feature with a "Read more:" list; a broadcaster's
"what we know"; an undated village feature; an analysis.

Home-made liquor sold in pouches by Anil Koshvar (also Koshwar) at the Saturday market of Sorvani
(also Sorwani), in Morvania's Ostek district, on 14 June 2025, was laced with methanol ("spurious
liquor", "illicit brew", "hooch"). The dead rose from seven on the Sunday to 19, 33 and 41, with
figures by village in brackets ("41 dead (22 in Sorvani, 12 in Beltrak, 7 in Mirosa)"); on the
Wednesday the health office said 33 while the police said 29 ("the same day"). About a hundred
(104) were hospitalised, 41 still there, 15 critical, and a dozen lost their sight; the police
arrested two, then five, then nine; the supplier Dorin Vask is absconding; "three cases" were
registered. The state promised 400,000 dinars per bereaved family; the excise commissioner denied
the liquor came from a licensed shop. The explainer gives doses in millilitres (10 ml blinds, 30 ml
kills); the background is the Kesh poisoning of 2011 (136 dead) and the 1,100 who die every year;
the live blog's bus crash near Valtar (14 dead, 30 injured) is another story.

A fact-checker expects one poisoning (so labelled, no weapon) holding the articles; the dead
revised upward and the police's 29 set against the health office's 33 of that day; the
hospitalised, the blinded and the arrested each their own figure, never set against the dead; the
villages' figures parts of the toll, never totals nor steps of it; the yearly toll, the Kesh
poisoning and the bus crash out of the event's figures; the money and the millilitres no figures
of people; the villages and the seller each one entity across spellings.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from stories import event_claims, findings_of, main_bests, main_event, timeline_bests

POISON = Path(__file__).resolve().parent / "data" / "poison"
NEWS = [
    "01_wire_flash",
    "02_local_monday",
    "03_health_office",
    "04_wire_wednesday",
    "05_liveblog",
    "06_explainer",
    "08_broadcaster",
    "09_wire_saturday",
    "10_excise_statement",
    "12_analysis",
]


@pytest.fixture(scope="module")
def poison_report(story_report):
    return story_report(POISON)


def _steps(finding: dict) -> list[int]:
    tail = finding["summary"].rsplit(": ", 1)[-1].rstrip(".")
    if "→" not in tail:  # "rose from “X” [7] (...) to “Y” [19] (...)": the two bracketed figures
        import re

        return [int(n.replace(",", "")) for n in re.findall(r"\[(\d[\d,]*)\+?\]", finding["summary"])]
    return [int(s.strip().replace(",", "")) for s in tail.split("→")]


def test_one_poisoning_holds_the_news(poison_report):
    main = main_event(poison_report)
    assert set(NEWS) <= set(main["documents"])
    assert main["label"] == "poisoning in Ostek on 2025-06-15"
    methods = {c["value"]["method"] for c in event_claims(poison_report, main) if c["kind"] == "method"}
    assert methods == {"poisoning", "tainted_drink"}  # methanol, spurious liquor, hooch: no weapon
    assert not findings_of(poison_report, "conflict", "method")
    assert not findings_of(poison_report, "conflict", "date")


@pytest.mark.xfail(
    strict=True,
    reason="the regional and village features spell the village and the seller otherwise and tell the "
    "poisoning as 'the liquor': no day, happening or victim they share links them to the story",
)
def test_the_village_features_are_the_story_too(poison_report):
    assert {"07_regional", "11_village_feature"} <= set(main_event(poison_report)["documents"])


def test_the_toll_rises_and_the_police_dispute_the_health_office(poison_report):
    assert timeline_bests(poison_report, "deaths") == {7, 19, 24, 29, 33, 41}  # (24: "dozens of people")
    rises = findings_of(poison_report, "update", "deaths")
    assert rises and all(_steps(f) == sorted(_steps(f)) for f in rises)  # only ever upward
    steps = {s for f in rises for s in _steps(f)}
    assert {7, 19, 33, 41} <= steps
    # "Police put the toll at 29 the same day" as the health office's 33: two bodies' figures of one day
    (dispute,) = findings_of(poison_report, "conflict")
    assert dispute["attribute"] == "deaths"
    assert "“29” [29] (Police" in dispute["summary"] and "[33] (The District Health Office" in dispute["summary"]


def test_other_harms_are_their_own_figures(poison_report):
    assert timeline_bests(poison_report, "blinded") == {12}  # "lost their sight", "a dozen"
    assert timeline_bests(poison_report, "arrested") == {2, 5, 9}
    assert timeline_bests(poison_report, "admitted") == {104, 100}
    assert timeline_bests(poison_report, "hospitalised") == {41}  # "41 remain in hospital"
    assert timeline_bests(poison_report, "critical") == {15}
    (arrests,) = findings_of(poison_report, "update", "arrested")
    assert _steps(arrests) == [2, 5, 9]
    # none of them is set against the dead
    assert {f["attribute"] for f in findings_of(poison_report, "conflict")} == {"deaths"}


def test_the_villages_figures_are_parts(poison_report):
    main = event_claims(poison_report, main_event(poison_report))
    bracketed = [c for c in main if c["kind"] == "count" and c["text"] in ("11", "5", "3", "22", "12", "18")]
    assert bracketed and all(c["value"].get("part") for c in bracketed if c["attribute"] == "deaths")
    # no step of the toll, and no event of their own
    assert not timeline_bests(poison_report, "deaths") & {11, 5, 3, 22, 12, 18, 6}
    labels = {e["label"] for e in poison_report["events"]}
    assert not [label for label in labels if "Sorvani" in label or "Mirosa" in label]


def test_background_money_and_doses_are_apart(poison_report):
    main = event_claims(poison_report, main_event(poison_report))
    counts = [c for c in main if c["kind"] == "count"]
    # the yearly 1,100 is what is usual; Kesh's 136 and 300, the bus crash's 14 and 30 are elsewhere
    assert {c["value"]["status"] for c in counts if c["value"].get("best") == 1100} == {"usual"}
    assert not [c for c in counts if c["value"].get("best") in {136, 131, 301, 14, 30}]
    # the dinars, the millilitres, the litres seized and the village's people are no casualties
    casualty = {"deaths", "injured", "hospitalised", "admitted", "blinded", "arrested", "critical"}
    for c in counts:
        if c["attribute"] in casualty:
            assert c["value"].get("best") not in {400000, 50000, 100000, 10, 1250, 6000, 900}, c["text"]
    assert main_bests(poison_report, "population") == {900}  # "a village of some 900 people"
    labels = {e["label"] for e in poison_report["events"]}
    assert "deaths reported in Kesh (In 2011)" in labels
    bus = [e for e in poison_report["events"] if "05_liveblog" in e["documents"] and e is not main_event(poison_report)]
    assert bus and all(e["documents"] == ["05_liveblog"] for e in bus)


def test_names_are_each_one_entity(poison_report):
    names = {e["name"]: {v["text"] for v in e["variants"]} for e in poison_report["entities"]}
    assert {"Sorvani", "Sorwani"} <= names["Sorvani"]
    assert {"Beltrak", "Beltraq"} <= names["Beltraq"]
    assert {"Anil Koshvar", "Anil Koshwar", "Koshwar"} <= names["Anil Koshvar"]
    variants = findings_of(poison_report, "variant")
    assert len(variants) == 3


def test_the_analysis_arrests_are_the_story_s(poison_report):
    # "In Ostek, the seller Anil Koshvar is now in custody with eight others", after the paragraph on
    # earlier poisonings: the story's place named again, the seller and eight others, nine held
    assert 9 in timeline_bests(poison_report, "arrested")
    assert 8 not in {
        c["value"].get("best")
        for e in poison_report["events"]
        if e["label"].startswith("deaths reported in Kesh")
        for c in event_claims(poison_report, e)
    }
