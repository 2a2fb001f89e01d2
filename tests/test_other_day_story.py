"""A rocket strike on a city's bus station, told by four outlets (``tests/data/otherday``, written for
these tests after reading how real coverage of such a strike runs): a wire's first toll, a page giving
the denial of the side blamed, which repeats that side's own charge ("on June 2 the army struck a
market in the city of Odesa, killing 11 and wounding 24") before going back to the story's toll ("more
than 25 killed ... in the alleged attack"), a next day's update, and a follow-up published nine days
on from another city whose only toll is the strike's, told with its day ("On June 21, two rockets
struck the bus station ...").

A fact-checker expects one strike whose tolls only rise (28 to 30 dead, 60 to 64 wounded): the other
city's strike of another day, only 19 days before, is not this one, so its 11 dead and 24 wounded
dispute nothing; the denial page's own later toll stays with the story; and the follow-up, whose
only happening is named by a day and a place other than its own, is the story's page.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from stories import findings_of, main_bests, main_event

from verify.models import Claim

OTHERDAY = Path(__file__).resolve().parent / "data" / "otherday"


@pytest.fixture(scope="module")
def otherday_report(story_report):
    return story_report(OTHERDAY)


def test_another_citys_strike_of_another_day_disputes_no_toll(otherday_report):
    assert main_bests(otherday_report, "deaths") >= {28, 30} and not main_bests(otherday_report, "deaths") & {11}
    assert not main_bests(otherday_report, "injured") & {24}
    assert not findings_of(otherday_report, "conflict", "deaths")
    assert not findings_of(otherday_report, "conflict", "injured")
    assert not findings_of(otherday_report, "conflict", "date")


def test_the_denial_pages_own_toll_and_the_follow_up_stay_with_the_story(otherday_report):
    main = main_event(otherday_report)
    assert set(main["documents"]) == {"01_wire", "02_kremlin", "03_update", "04_mourning"}
    assert main["date"] == "2024-06-21"
    assert 26 in main_bests(otherday_report, "deaths") and 51 in main_bests(otherday_report, "injured")
    # the other city's strike is a happening of its own, on its own day
    odesa = [e for e in otherday_report["events"] if e["date"] == "2024-06-02"]
    assert [e["documents"] for e in odesa] == [["02_kremlin"]]


def _sentence(doc: str, n: int, text: str, *parts: tuple[str, str, dict]) -> list[Claim]:
    """Claims of a page's ``n``-th line, at offset ``n`` x 100."""
    start = n * 100
    return [
        Claim(Claim.make_id(doc, kind, attr, start + k, start + k + 1), doc, kind, attr, text, text, start + k,
              start + k + 1, start, dict(value))
        for k, (kind, attr, value) in enumerate(parts)
    ]  # fmt: skip


def _on(written: str, iso: str) -> tuple[str, str, dict]:
    return ("time", "date", {"start": iso, "end": iso, "granularity": "day", "resolved": True, "original": written})


_ROCKET = ("method", "method", {"method": "missile", "path": ["missile", "explosive", "attack"]})
_STATION = ("place", "place", {"name": "Harbin"})
_OTHER = ("place", "place", {"name": "Ostrel"})


def _deaths(n: int) -> tuple[str, str, dict]:
    return ("count", "deaths", {"low": n, "high": n, "best": n})


@pytest.mark.parametrize(
    "told, later, apart",
    [
        # another place's strike on a day named before the story's: another happening
        ([_on("May 2", "2024-05-02"), _OTHER, _deaths(11)], True, True),
        # ... however near (the day before the page's, the story's day)
        ([_on("May 20", "2024-05-20"), _OTHER, _deaths(11)], True, True),
        # the story's own place: not told as elsewhere
        ([_on("May 2", "2024-05-02"), _STATION, _deaths(11)], True, False),
        # a day named only by its weekday is read from the page's day: no day of its own
        ([_on("Monday", "2024-05-20"), _OTHER, _deaths(11)], True, False),
        # a victim it names: a follow-up's own story told by its day and place under a lead of an arrest
        ([_on("May 2", "2024-05-02"), _OTHER, _deaths(1), ("person", "victim", {"name": "Ada Lorn"})], True, False),
        # no harm of its own: a visit, a statement
        ([_on("May 2", "2024-05-02"), _OTHER], True, False),
        # the page's only harm (a follow-up whose lead tells none): the page's own story
        ([_on("May 2", "2024-05-02"), _OTHER, _deaths(11)], False, False),
    ],
)
def test_another_places_happening_of_a_day_named_before_is_set_apart(rules, told, later, apart):
    from verify.cluster.segments import cut_segments
    from verify.cluster.signatures import EntitySets

    claims = _sentence("a", 0, "Moscow denied that its rockets hit the station in Harbin.", _ROCKET, _STATION)
    claims += _sentence("a", 1, "The ministry said that on that day a strike on Ostrel killed 11.", *told)
    if later:
        claims += _sentence("a", 2, "Officials said 30 people were killed in the alleged attack.", _deaths(30))
    entity_of = {c.id: f"{c.kind}:{c.value['name']}" for c in claims if c.kind in ("place", "person")}
    text = "\n".join(f"{n:<99}" for n in range(3))  # one paragraph a line, no blank line
    segments = cut_segments(claims, entity_of, EntitySets(), rules, {"a": "2024-05-21"}, {"a": text})
    others = [s for s in segments if any(c.sentence_start == 100 for c in s.claims)]
    assert any(s.apart for s in others) is apart
    if apart:  # the page's later toll, on a line of its own, goes back to its story
        assert [{c.sentence_start for c in s.claims} for s in others] == [{100}]
