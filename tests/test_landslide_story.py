"""A landslide told by five outlets over five days (``tests/data/landslide``, written for these
tests): a village in a province, the village spelled "Tolmezzo" and "Tolmezo" and read by the tagger
as a person or a body on some pages, the dead 9 -> 21 and then revised down to 18 ("counted twice"),
the missing 42 -> 30 -> 6, houses "buried" under mud, rain in millimetres, "the mud that engulfed
the village", a "Read more" link and a landslide of 2019 in the same province.

A fact-checker expects one landslide in the village (not the province a single page names), the
toll's rise and its stated revision down, the missing falling to the six "who remain missing" in a
sentence after the revision, no fire from "engulfed", the buried houses counted, the 2019 toll apart.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from stories import findings_of

LANDSLIDE = Path(__file__).resolve().parent / "data" / "landslide"


@pytest.fixture(scope="module")
def landslide_report(story_report):
    return story_report(LANDSLIDE)


def test_one_landslide_in_the_village_with_the_earlier_one_apart(landslide_report):
    (event,) = [e for e in landslide_report["events"] if len(e["documents"]) == 5]
    assert event["label"] == "landslide in Tolmezzo on 2025-11-02"
    by_id = {c["id"]: c for c in landslide_report["claims"]}
    deaths = {by_id[i]["value"]["best"] for i in event["claims"] if by_id[i]["attribute"] == "deaths"}
    assert 12 not in deaths and {9, 21, 18} <= deaths


def test_the_missing_fall_to_the_six_told_after_the_revision(landslide_report):
    (missing,) = findings_of(landslide_report, "update", "missing")
    assert missing["summary"].endswith("42 → 30 → 6.")
    (deaths,) = findings_of(landslide_report, "update", "deaths")
    assert deaths["summary"].endswith("9 → 21 → 18.")
    revised = [c for c in landslide_report["claims"] if c["doc"] == "4_post" and c["kind"] == "time"]
    assert {c["text"]: c["value"]["role"] for c in revised}["Thursday"] == "statement"


def test_mud_that_engulfed_the_village_is_no_fire_and_buried_houses_are_counted(landslide_report):
    assert not findings_of(landslide_report, "conflict", "method")
    assert not [c for c in landslide_report["claims"] if c["kind"] == "method" and c["text"] == "engulfed"]
    houses = {c["text"]: c["value"]["best"] for c in landslide_report["claims"] if c["attribute"] == "homes_destroyed"}
    assert houses["24 houses"] == 24 and houses["at least 20 houses"] == 20
    (rain,) = [
        c for c in landslide_report["claims"] if c["attribute"] == "rain_mm_in_24_hours"
    ]  # "120 millimetres of rain ... in 24 hours"
    assert (rain["value"]["low"], rain["value"]["high"]) == (96, 144)


def test_the_village_spelled_two_ways_is_one_place(landslide_report):
    (village,) = [e for e in landslide_report["entities"] if e["name"] == "Tolmezzo"]
    assert village["kind"] == "place" and "Tolmezo" in {v["text"] for v in village["variants"]}
