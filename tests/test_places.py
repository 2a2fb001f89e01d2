"""Where it happened (``verify.compare.places``): sources that put the happening in parts of one
place that exclude each other disagree; a part and the whole, or a page naming a place only as
somewhere people went, do not."""

from __future__ import annotations

import pytest

from verify.compare.places import part_of
from verify.models import Claim

PARTS = {"north": "north", "northern": "north", "west": "west", "western": "west", "south": "south"}


def _place(sentence: str, text: str) -> Claim:
    start = sentence.index(text)
    return Claim(
        id="c1",
        doc="d",
        kind="place",
        attribute="place",
        text=text,
        start=start,
        end=start + len(text),
        sentence=sentence,
        sentence_start=0,
        value={"name": text},
    )


@pytest.mark.parametrize(
    "sentence, text, expected",
    [
        ("A fire broke out in West Kensington.", "West Kensington", ("kensington", {"west"})),
        ("The strike hit a clinic in northern Idlib.", "Idlib", ("idlib", {"north"})),
        ("Shelling in north-west Aleppo killed four.", "Aleppo", ("aleppo", {"north", "west"})),
        ("The blast in Kensington killed two.", "Kensington", ("kensington", set())),
        ("A blast shook the west of the city, near Hama.", "Hama", ("hama", set())),
    ],
)
def test_the_part_of_a_place_a_source_names(sentence, text, expected):
    core, parts = part_of(_place(sentence, text), PARTS)
    assert (core, set(parts)) == expected


def _write(folder, name, source, text):
    (folder / name).write_text(
        f"---\ntitle: {text.splitlines()[0]}\nsource: {source}\npublished: 2025-06-02\n---\n{text}\n"
    )


def test_two_sources_in_parts_of_one_town_disagree_and_a_destination_does_not(tmp_path, story_report):
    _write(
        tmp_path,
        "a.md",
        "Daily One",
        "Fire kills six in Marwick\n\nA fire in West Marwick killed six people on Sunday, police said.",
    )
    _write(
        tmp_path,
        "b.md",
        "Evening Two",
        "Six dead in Marwick fire\n\nSix people died in a fire in North Marwick on Sunday, police said.",
    )
    _write(
        tmp_path,
        "c.md",
        "Wire Three",
        "Six killed in Marwick blaze\n\nA fire killed six people in Marwick on Sunday. Residents were told to leave for South Marwick.",
    )
    report = story_report(tmp_path)
    (finding,) = [f for f in report["findings"] if f["attribute"] == "location"]
    assert finding["verdict"] == "conflict"
    assert [side["label"] for side in finding["sides"]] == ["North Marwick", "West Marwick"]
    assert {d for side in finding["sides"] for d in side["documents"]} == {"a", "b"}


def test_a_gazetteer_town_the_model_tags_nothing_is_placed_with_its_part(tmp_path, story_report):
    # "in north Kensington": the small model tags no entity; the gazetteer knows Kensington
    _write(
        tmp_path,
        "a.md",
        "Daily One",
        "Tower fire kills six\n\nThe fire tore through Dunmore Tower in north Kensington on Sunday, killing six people, police said.",
    )
    _write(
        tmp_path,
        "b.md",
        "Evening Two",
        "Six dead in tower fire\n\nSix people died in a fire in West Kensington on Sunday, police said.",
    )
    report = story_report(tmp_path)
    (finding,) = [f for f in report["findings"] if f["attribute"] == "location"]
    assert [side["label"] for side in finding["sides"]] == ["north Kensington", "West Kensington"]


def test_an_untagged_gazetteer_town_after_a_place_preposition_is_a_place(parse, rules):
    from verify.extract.base import DocFacts, SentenceContext
    from verify.extract.entities import extract_entities

    doc = parse("The fire tore through Grenfell Tower in north Kensington in the early hours of Wednesday.")
    ctx = SentenceContext("d", facts=DocFacts.of(doc))
    places = [
        doc.text[m.start : m.end] for s in doc.sents for m in extract_entities(s, ctx, rules) if m.kind == "place"
    ]
    assert places == ["north Kensington"]


def test_a_building_described_in_lower_case_is_no_facility_named(parse, rules):
    """ "the fourth floor of the timber lodge building" describes the building a page names elsewhere
    ("Alder Crest Lodge"): no facility of its own, which would set the paragraph apart from the story."""
    from verify.extract.base import DocFacts, SentenceContext
    from verify.extract.entities import extract_entities

    doc = parse(
        "Investigators believe the blaze began in the kitchen on the fourth floor of the wooden hotel structure."
    )
    ctx = SentenceContext("d", facts=DocFacts.of(doc))
    facilities = [
        doc.text[m.start : m.end] for s in doc.sents for m in extract_entities(s, ctx, rules) if m.kind == "facility"
    ]
    assert facilities == []


def test_a_wires_dateline_names_a_town_not_the_airport_named_after_it(tmp_path, story_report):
    """A town no gazetteer holds, written as a wire's dateline ("VELKOR, June 3 (Harbour Wire) -"),
    is a place, and so is every later bare mention of it the tagger reads as nothing or a building
    ("north of Velkor", "a passenger from Velkor"): not a short name of the airport or the hospital
    named after it."""
    _write(
        tmp_path,
        "a.md",
        "Harbour Wire",
        "VELKOR, June 3 (Harbour Wire) - A small airliner crashed in hills north of Velkor on Tuesday, "
        "killing 12 people, officials said.\n\nThe plane had taken off from Velkor International Airport "
        "at 06:40. The injured were taken to Velkor General Hospital. One victim was a teacher from Velkor.",
    )
    report = story_report(tmp_path)
    names = {e["name"]: (e["kind"], {v["text"] for v in e["variants"]}) for e in report["entities"]}
    assert names["Velkor"] == ("place", {"VELKOR", "Velkor"})
    assert names["Velkor International Airport"] == ("facility", {"Velkor International Airport"})
    assert names["Velkor General Hospital"] == ("facility", {"Velkor General Hospital"})


def test_a_city_the_page_calls_so_is_no_short_name_of_its_hospital(tmp_path, story_report):
    """ "The city of Kesaro" on a page that names "Kesaro General Hospital": the city's name, never
    the hospital's short name, though the tagger reads the bare name as nothing."""
    _write(
        tmp_path,
        "a.md",
        "Kesaro Daily Herald",
        "The city of Kesaro woke on Wednesday to sirens after gunmen attacked a hotel.\n\n"
        "Hospitals treated 47 wounded: Kesaro General Hospital received 31 of them. Kesaro mourns.",
    )
    report = story_report(tmp_path)
    names = {e["name"]: {v["text"] for v in e["variants"]} for e in report["entities"]}
    assert names["Kesaro General Hospital"] == {"Kesaro General Hospital"}


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("The slides struck the Pallikkunnu and Eramala areas before dawn.", {"Pallikkunnu"}),
        ("Teams searched the Chooramala and Kolamudi areas.", {"Chooramala"}),
    ],
)
def test_names_before_a_noun_of_places_are_places(parse, rules, sentence, expected):
    """ "the X and Y areas": a name, or a list of names, modifying a noun of places names places (the
    names the tagger reads as persons')."""
    from verify.extract.base import DocFacts
    from verify.extract.entities import towns_named

    assert expected <= towns_named(DocFacts.of(parse(sentence)), rules)
