"""What belongs to a story's event, sentence by sentence (corpora of a few lines written for these
tests): the label never names a facility the texts only give as where the hurt were taken, treated or
counted; a photo caption that names a day of its own before the story's shows an earlier happening,
however recent; a sentence dated by an earlier month than the story's day tells another happening."""

from __future__ import annotations

import pytest
from stories import main_bests, main_event


def _write(folder, name, source, text, published="2025-06-03"):
    (folder / name).write_text(
        f"---\ntitle: {text.splitlines()[0]}\nsource: {source}\npublished: {published}\n---\n{text}\n"
    )


@pytest.mark.parametrize(
    "counted, label",
    [
        # named only as whom a speaker works for, who counted the dead, or who speaks
        (
            "Dr. Ilse Varga, the director of Corbel District Hospital, said the hospital had received seven bodies. "
            "Residents and Corbel District Hospital say two children were among the dead.",
            "air strike in Kelmar on 2025-06-02",
        ),
        (
            "Medical workers at Corbel District Hospital said most of the dead were farmers. "
            "Corbel District Hospital had received seven bodies by the evening.",
            "air strike in Kelmar on 2025-06-02",
        ),
        # a medical superintendent's hospital, where the dead were confirmed
        (
            "Dr. Nela Orvik, deputy medical superintendent at Corbel District Hospital, confirmed the seven deaths.",
            "air strike in Kelmar on 2025-06-02",
        ),
        # the hospital the strike hit is where it happened
        (
            "The strike hit Corbel District Hospital, where the dead were patients. "
            "The blast at Corbel District Hospital destroyed its emergency ward.",
            "air strike at Corbel District Hospital, Kelmar on 2025-06-02",
        ),
    ],
)
def test_a_facility_named_only_where_the_dead_were_counted_is_no_place_of_the_event(
    tmp_path, story_report, counted, label
):
    _write(
        tmp_path,
        "a.md",
        "Fen Courier",
        "Drone strike kills seven in Kelmar\n\nA drone strike hit the village of Kelmar on Monday, "
        f"killing seven people, residents said. {counted}",
    )
    _write(
        tmp_path,
        "b.md",
        "Valley Wire",
        "Seven dead in Kelmar strike\n\nSeven people were killed when a drone strike hit Kelmar on "
        f"Monday, officials said. {counted}",
    )
    assert main_event(story_report(tmp_path))["label"] == label


def test_a_caption_of_a_recent_earlier_day_is_another_happening(tmp_path, story_report):
    # May 20 is 14 days before publication (within `background_days`), but 13 before the story's day
    text = (
        "Drone strike kills seven in Kelmar\n\nA drone strike hit the village of Kelmar on Monday, "
        "killing seven people, residents said.\n\n"
        "[Photo caption: Rescuers search the ruins of Tarn Hollow after a strike on May 20 that killed nine people.]\n\n"
        "The army said it had targeted a weapons store in Kelmar."
    )
    _write(tmp_path, "a.md", "Fen Courier", text)
    _write(
        tmp_path,
        "b.md",
        "Valley Wire",
        "Seven dead in Kelmar strike\n\nSeven people were killed when a drone strike hit Kelmar on "
        "Monday, officials said.",
    )
    report = story_report(tmp_path)
    assert main_bests(report, "deaths") == {7}


def test_a_caption_of_the_story_s_own_day_stays_in_it(tmp_path, story_report):
    text = (
        "Drone strike kills seven in Kelmar\n\nA drone strike hit the village of Kelmar on Monday, "
        "killing seven people, residents said.\n\n"
        "[Photo caption: Rescuers search the ruins of Kelmar on June 2, where nine people were injured.]"
    )
    _write(tmp_path, "a.md", "Fen Courier", text)
    report = story_report(tmp_path)
    assert main_bests(report, "deaths") == {7} and main_bests(report, "injured") == {9}


def test_a_caption_of_the_strike_s_day_under_a_later_day_s_stretch_stays_in_the_story(tmp_path, story_report):
    # the caption's June 2 is before the funeral's Tuesday, but it is the story's own day
    text = (
        "Drone strike kills seven in Kelmar\n\nA drone strike hit the village of Kelmar on Monday, "
        "killing seven people, residents said.\n\nHundreds of mourners buried the dead in Kelmar on Tuesday, "
        "and 12 people are still in hospital.\n\n"
        "[Photo caption: Rescuers search the ruins of Kelmar on June 2, where nine people were injured.]"
    )
    _write(tmp_path, "a.md", "Fen Courier", text, published="2025-06-04")
    report = story_report(tmp_path)
    assert main_bests(report, "injured") == {9}


def test_an_earlier_month_s_toll_is_another_happening(tmp_path, story_report):
    # May ended two days before the story's Monday: near publication, yet another month's ambush
    _write(
        tmp_path,
        "a.md",
        "Fen Courier",
        "Kelmar strike: What we know\n\nA drone strike hit the village of Kelmar in Oska province on Monday, "
        "killing seven people, residents said.\n\nHow many people died?\nThe army said it had killed five "
        "militants of the Tarn Brigade and no civilians. Residents say seven civilians were killed.\n\n"
        "What does the brigade say?\nThe brigade denied any of its members were there. The brigade is the main "
        "armed group fighting the government in Oska. In May it killed 11 policemen in an ambush near the town "
        "of Velo.",
        published="2025-06-04",
    )
    _write(
        tmp_path,
        "b.md",
        "Valley Wire",
        "Seven dead in Kelmar strike\n\nSeven people were killed when a drone strike hit Kelmar on "
        "Monday, officials said. The army said five militants had died.",
        published="2025-06-04",
    )
    report = story_report(tmp_path)
    assert main_bests(report, "deaths") == {5, 7, 0}  # (0: the army's "no civilians", a count of none)
    (ambush,) = [e for e in report["events"] if e is not main_event(report)]
    assert ambush["label"] == "deaths reported in Velo" and ambush["documents"] == ["a"]
