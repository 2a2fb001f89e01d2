"""What belongs to a story's event, sentence by sentence (corpora of a few lines written for these
tests): the label never names a facility the texts only give as where the hurt were taken, treated or
counted; a photo caption that names a day of its own before the story's shows an earlier happening,
however recent; a sentence dated by an earlier month than the story's day tells another happening."""

from __future__ import annotations

import pytest
from stories import main_event


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
