"""A crowd crush at a music festival told by four outlets (``tests/data/crush``, written for these
tests): "crowd crush" and "stampede" for one happening, a storm approaching as the crowd surged, a
toll rising 12 -> 20 -> 21, the organiser's name spelled two ways, once after the word "Organiser".

A fact-checker expects a crush in Velden, not a storm; a storm the crowd fled no rival cause of it;
the toll's rise as revisions; the organiser's two spellings a variant of her name alone.
"""

from __future__ import annotations

from pathlib import Path

import pytest

CRUSH = Path(__file__).resolve().parent / "data" / "crush"


@pytest.fixture(scope="module")
def crush_report(story_report):
    return story_report(CRUSH)


def test_a_crush_in_velden_with_no_rival_cause_in_the_storm(crush_report):
    (event,) = [e for e in crush_report["events"] if len(e["documents"]) == 4]
    assert event["label"] == "crush in Velden on 2025-08-15"
    assert not [f for f in crush_report["findings"] if f["attribute"] == "method" and f["verdict"] == "conflict"]


def test_the_toll_rises_and_the_organiser_is_one_name_spelled_two_ways(crush_report):
    (series,) = [f for f in crush_report["findings"] if f["attribute"] == "deaths" and f["verdict"] == "update"]
    assert series["summary"].endswith("12 → 20 → 21.")
    (variant,) = [f for f in crush_report["findings"] if f["verdict"] == "variant"]
    assert "“Marta Kovalenko”" in variant["summary"] and "“Marta Kowalenko”" in variant["summary"]
