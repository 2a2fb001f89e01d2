"""The cluster stage's linking decisions, as tables of small claim sets (no parsing needed)."""

from __future__ import annotations

import gc
import random
import sys

import networkx as nx
import pytest

from verify.cluster import cluster_claims
from verify.cluster.merge import group_segments
from verify.cluster.segments import Segment
from verify.cluster.signatures import Signature
from verify.models import Claim, Document

_THRESHOLD = gc.get_threshold()


def _doc(doc_id: str) -> Document:
    return Document(doc_id, f"{doc_id}.txt", doc_id, "0", published="2016-12-31")


def _claims(doc: str, sentence: int, text: str, *parts: tuple[str, str, dict]) -> list[Claim]:
    """Claims of one sentence: ``parts`` are (kind, attribute, value); a named thing's mention is its
    name as written, any other claim's the sentence."""
    start = sentence * 1000
    out = []
    for k, (kind, attribute, value) in enumerate(parts):
        out.append(
            Claim(
                Claim.make_id(doc, kind, attribute, start + k, start + k + 1),
                doc,
                kind,
                attribute,
                str(value.get("name") or text),
                text,
                start + k,
                start + k + 1,
                start,
                dict(value),
            )
        )
    return out


def _day(iso: str) -> tuple[str, str, dict]:
    return ("time", "date", {"start": iso, "end": iso, "granularity": "day", "resolved": True})


def _weekday(name: str) -> tuple[str, str, dict]:
    return ("time", "date", {"weekday": name, "granularity": "day", "resolved": False, "start": None})


def _facility(name: str) -> tuple[str, str, dict]:
    return ("facility", "facility", {"name": name, "canonical": name, "key": name.lower()})


def _place(name: str) -> tuple[str, str, dict]:
    return ("place", "place", {"name": name, "canonical": name, "key": name.lower()})


def _victim(name: str) -> tuple[str, str, dict]:
    return ("person", "victim", {"name": name, "key": name.lower(), "status": "killed"})


def _deaths(n: int, **extra) -> tuple[str, str, dict]:
    return ("count", "deaths", {"low": n, "high": n, "best": n, **extra})


_METHOD = ("method", "method", {"method": "air_strike"})
_SHOT = ("method", "method", {"method": "firearm"})

# Each case: the sentences (doc, index, text, parts...) and whether docs "a" and "b" share an event.
CASES = {
    "same facility, same day -> one event": (
        [
            (
                "a",
                0,
                "An air strike hit al-Quds hospital in Aleppo killing 27 people",
                _facility("al-Quds hospital"),
                _place("Aleppo"),
                _METHOD,
                _day("2016-04-27"),
                _deaths(27),
            ),
            (
                "b",
                0,
                "The air strike on al-Quds hospital in Aleppo killed 27 people",
                _facility("al-Quds hospital"),
                _place("Aleppo"),
                _METHOD,
                _day("2016-04-27"),
                _deaths(27),
            ),
        ],
        True,
    ),
    "same facility, different day -> two events": (
        [
            (
                "a",
                0,
                "An air strike hit al-Quds hospital in Aleppo killing 27 people",
                _facility("al-Quds hospital"),
                _place("Aleppo"),
                _METHOD,
                _day("2016-04-27"),
                _deaths(27),
            ),
            (
                "b",
                0,
                "An air strike hit al-Quds hospital in Aleppo killing 27 people",
                _facility("al-Quds hospital"),
                _place("Aleppo"),
                _METHOD,
                _day("2016-05-03"),
                _deaths(27),
            ),
        ],
        False,
    ),
    "same weekday unresolved -> one event": (
        [
            (
                "a",
                0,
                "Jets struck al-Quds hospital in Aleppo on Wednesday",
                _facility("al-Quds hospital"),
                _METHOD,
                _weekday("Wednesday"),
            ),
            (
                "b",
                0,
                "al-Quds hospital in Aleppo was bombed Wednesday",
                _facility("al-Quds hospital"),
                _METHOD,
                _weekday("Wednesday"),
            ),
        ],
        True,
    ),
    "different weekdays unresolved -> two events": (
        [
            (
                "a",
                0,
                "Jets struck al-Quds hospital on Wednesday",
                _facility("al-Quds hospital"),
                _METHOD,
                _weekday("Wednesday"),
            ),
            (
                "b",
                0,
                "Jets struck al-Quds hospital on Friday",
                _facility("al-Quds hospital"),
                _METHOD,
                _weekday("Friday"),
            ),
        ],
        False,
    ),
    "same city, same week, different victims -> two events": (
        [
            (
                "a",
                0,
                "John Carter was shot dead in Chicago",
                _place("Chicago"),
                _SHOT,
                _victim("John Carter"),
                _day("2016-07-02"),
                _deaths(1),
            ),
            (
                "b",
                0,
                "Maria Lopez was shot dead in Chicago",
                _place("Chicago"),
                _SHOT,
                _victim("Maria Lopez"),
                _day("2016-07-05"),
                _deaths(1),
            ),
        ],
        False,
    ),
    "same city, same day, different victims -> two events": (
        [
            (
                "a",
                0,
                "John Carter was shot dead in Chicago",
                _place("Chicago"),
                _SHOT,
                _victim("John Carter"),
                _day("2016-07-02"),
                _deaths(1),
            ),
            (
                "b",
                0,
                "Maria Lopez was shot dead in Chicago",
                _place("Chicago"),
                _SHOT,
                _victim("Maria Lopez"),
                _day("2016-07-02"),
                _deaths(1),
            ),
        ],
        False,
    ),
    "same victim, report dated later -> one event": (
        [
            (
                "a",
                0,
                "John Carter was shot dead in Chicago",
                _place("Chicago"),
                _SHOT,
                _victim("John Carter"),
                _day("2016-07-02"),
            ),
            (
                "b",
                0,
                "A man was charged with killing John Carter in Chicago",
                _place("Chicago"),
                _victim("John Carter"),
                _day("2016-07-09"),
            ),
        ],
        True,
    ),
    "a toll over a period is not the day's strike": (
        [
            (
                "a",
                0,
                "At least 246 civilians were killed in Aleppo since April 22",
                _place("Aleppo"),
                _deaths(246, period="since April 22"),
            ),
            (
                "b",
                0,
                "An air strike in Aleppo on Wednesday killed 27",
                _place("Aleppo"),
                _METHOD,
                _weekday("Wednesday"),
                _deaths(27),
            ),
        ],
        False,
    ),
    "street abbreviation folded: Rd = Road -> one event": (
        [
            (
                "a",
                0,
                "Two people were shot dead on Rixeyville Rd on Saturday",
                _facility("Rixeyville Rd"),
                _SHOT,
                _day("2016-07-02"),
                _deaths(2),
            ),
            (
                "b",
                0,
                "A shooting on Rixeyville Road killed two people",
                _facility("Rixeyville Road"),
                _SHOT,
                _day("2016-07-02"),
                _deaths(2),
            ),
        ],
        True,
    ),
    "a lone first name does not make different victims": (
        [
            (
                "a",
                0,
                "Shauna Washington was shot dead in Culpeper",
                _place("Culpeper"),
                _SHOT,
                _victim("Shauna Washington"),
                _day("2016-07-02"),
                _deaths(1),
            ),
            (
                "b",
                0,
                "Shauna was shot dead in Culpeper on Saturday",
                _place("Culpeper"),
                _SHOT,
                _victim("Shauna"),
                _day("2016-07-02"),
                _deaths(1),
            ),
        ],
        True,
    ),
    "two clinics struck the same Friday in one city -> one event": (
        [
            (
                "a",
                0,
                "Jets struck a medical clinic in Aleppo on Friday, killing two doctors",
                _place("Aleppo"),
                _METHOD,
                _weekday("Friday"),
                _deaths(2),
            ),
            (
                "b",
                0,
                "The Al Marjeh health centre clinic in Aleppo was hit in an air strike Friday",
                _place("Aleppo"),
                _facility("Al Marjeh Primary Health Care Centre"),
                _METHOD,
                _weekday("Friday"),
            ),
        ],
        True,
    ),
}

# Sentences that report no particular happening: no event at all.
BACKGROUND = {
    "a museum's centre named by its director": [
        (
            "a",
            0,
            "Cameron Hudson, director of the museum's Simon-Skjodt Center, spoke",
            _facility("Simon-Skjodt Center"),
            ("person", "speaker", {"name": "Cameron Hudson", "key": "cameron hudson"}),
        )
    ],
    "a war's toll": [
        ("a", 0, "The government is responsible for the deaths of over 400,000 civilians", _deaths(400001))
    ],
    "a bombardment with no harm told": [
        (
            "a",
            0,
            "Trucks could not reach Aleppo last Saturday due to intense bombardment",
            _place("Aleppo"),
            ("method", "method", {"method": "explosive"}),
            _weekday("Saturday"),
        )
    ],
    "a month's air strikes": [
        (
            "a",
            0,
            "In February Russian air strikes hit Aleppo",
            _METHOD,
            _place("Aleppo"),
            ("time", "date", {"start": "2016-02-01", "end": "2016-02-29", "granularity": "month", "resolved": True}),
        )
    ],
}


@pytest.mark.parametrize("name", sorted(BACKGROUND))
def test_background_makes_no_event(rules, name):
    claims = [c for doc, i, text, *parts in BACKGROUND[name] for c in _claims(doc, i, text, *parts)]
    result = cluster_claims([_doc("a")], claims, rules)
    assert result.events == () and all(c.event is None for c in result.claims)


def test_a_sentence_turning_to_another_month_leaves_the_event(rules):
    claims = _claims(
        "a",
        0,
        "Jets struck al-Quds hospital in Aleppo on Wednesday killing 27",
        _facility("al-Quds hospital"),
        _METHOD,
        _weekday("Wednesday"),
        _deaths(27),
    ) + _claims(
        "a",
        1,
        "In February Russian air strikes hit Aleppo",
        ("method", "method", {"method": "shelling"}),
        ("time", "date", {"start": "2016-02-01", "end": "2016-02-29", "granularity": "month", "resolved": True}),
    )
    result = cluster_claims([_doc("a")], claims, rules)
    methods = {c.value["method"] for c in result.claims if c.kind == "method" and c.event}
    assert methods == {"air_strike"}


def _assert_linked(rules, sentences, together: bool) -> None:
    """Documents a and b each get an event, one and the same exactly when ``together``."""
    claims = [c for doc, i, text, *parts in sentences for c in _claims(doc, i, text, *parts)]
    result = cluster_claims([_doc("a"), _doc("b")], claims, rules)
    events = {c.doc: c.event for c in result.claims if c.event}
    assert set(events) == {"a", "b"}
    assert (events["a"] == events["b"]) is together


@pytest.mark.parametrize("name", sorted(CASES))
def test_linking_decisions(rules, name):
    _assert_linked(rules, *CASES[name])


def test_adjacent_sentences_of_one_strike_are_one_event(rules):
    claims = (
        _claims(
            "a",
            0,
            "Jets struck al-Quds hospital in Aleppo on Wednesday",
            _facility("al-Quds hospital"),
            _METHOD,
            _weekday("Wednesday"),
        )
        + _claims("a", 1, "At least 27 people were killed in the raid", _deaths(27))
        + _claims("a", 2, "Dr. Mohammed Maaz was among the dead", _victim("Mohammed Maaz"))
    )
    result = cluster_claims([_doc("a")], claims, rules)
    assert len(result.events) == 1 and all(c.event == result.events[0].id for c in result.claims)


def test_a_new_day_in_a_document_starts_a_new_event(rules):
    claims = _claims(
        "a",
        0,
        "Jets struck al-Quds hospital on Wednesday",
        _facility("al-Quds hospital"),
        _METHOD,
        _weekday("Wednesday"),
    ) + _claims("a", 1, "On Friday a clinic was bombed, killing two", _METHOD, _weekday("Friday"), _deaths(2))
    result = cluster_claims([_doc("a")], claims, rules)
    assert len(result.events) == 2


def test_a_weak_chain_does_not_join_two_incidents(rules):
    """A ~ B (same facility, same day) and B ~ C (B undated, same facility) but A and C clash."""
    sig = {
        "A": Signature(days={"2016-04-27"}, facilities={"f"}, targets={"f"}, places={"p"}, methods={"m"}),
        "B": Signature(facilities={"f"}, targets={"f"}, places={"p"}, methods={"m"}),
        "C": Signature(days={"2016-05-10"}, facilities={"f"}, targets={"f"}, places={"p"}, methods={"m"}),
    }
    segments = [Segment(doc, [], s) for doc, s in sig.items()]
    groups = group_segments(segments, rules)
    together = {tuple(sorted(segments[i].doc for i in g)) for g in groups}
    assert not any({"A", "C"} <= set(g) for g in together)


def test_clustering_does_not_depend_on_input_order(rules):
    sentences = [s for case in CASES.values() for s in case[0]]
    claims, docs = [], set()
    for n, (doc, i, text, *parts) in enumerate(sentences):
        docs.add(f"{doc}{n}")
        claims += _claims(f"{doc}{n}", i, text, *parts)
    documents = [_doc(d) for d in sorted(docs)]
    first = cluster_claims(documents, claims, rules)
    rng = random.Random(7)
    shuffled = claims[:]
    rng.shuffle(shuffled)
    second = cluster_claims(list(reversed(documents)), shuffled, rules)
    assert sorted(first.events, key=lambda e: e.id) == sorted(second.events, key=lambda e: e.id)
    assert {c.id: c.event for c in first.claims} == {c.id: c.event for c in second.claims}


def test_grouping_without_clashes_matches_networkx_components(rules):
    """With no clash possible, the hand-written union-find gives networkx's connected components."""
    rng = random.Random(11)
    n = 80
    tokens = [rng.randrange(30) for _ in range(n)]
    # A shared person and a shared facility together pass the threshold; nothing else is shared.
    segments = [Segment(f"d{i}", [], Signature(people={f"p{t}"}, facilities={f"f{t}"})) for i, t in enumerate(tokens)]
    graph = nx.Graph()
    graph.add_nodes_from(range(n))
    graph.add_edges_from((i, j) for i in range(n) for j in range(i + 1, n) if tokens[i] == tokens[j])
    expected = {frozenset(c) for c in nx.connected_components(graph)}
    assert {frozenset(g) for g in group_segments(segments, rules)} == expected


_STORY = (
    "Police said Marcus Bell, 19, opened fire outside the Quarry Hill Apartments on Tenbrook Road late "
    "on Saturday, killing Dion Avery, 23. Neighbours heard six shots. Detectives recovered a handgun "
    "near the Tenbrook Road entrance."
)
_FOLLOW_UP = (
    "Marcus Bell was arrested on Thursday and charged with murder in the shooting outside the Quarry "
    "Hill Apartments on Tenbrook Rd, police said. Bell appeared in court on Friday."
)
_OTHER = (
    "Police said a man was shot dead outside a store on Main Street on Sunday. Officers are looking for "
    "a gunman; the victim, Karl Olsen, 40, died at the scene."
)
_FILLER = [f"Unrelated story {i} about council budgets, school boards and weather in county {i}." for i in range(6)]


def _story_docs(texts: dict[str, str]) -> list[Document]:
    docs = [Document(k, f"{k}.txt", t, "0", published="2016-07-10") for k, t in texts.items()]
    return docs + [Document(f"z{i}", f"z{i}.txt", t, "0", published="2016-07-10") for i, t in enumerate(_FILLER)]


def test_a_follow_up_sharing_the_suspect_joins_at_document_level(rules):
    """The arrest is dated five days after the shooting; the story and the suspect are the same."""
    claims = _claims(
        "a",
        0,
        _STORY,
        _SHOT,
        _day("2016-07-09"),
        _deaths(1),
        _victim("Dion Avery"),
        ("person", "suspect", {"name": "Marcus Bell", "key": "marcus bell"}),
    ) + _claims(
        "b",
        0,
        _FOLLOW_UP,
        ("count", "arrested", {"low": 1, "high": 1, "best": 1}),
        _day("2016-07-14"),
        ("person", "suspect", {"name": "Marcus Bell", "key": "marcus bell"}),
    )
    result = cluster_claims(_story_docs({"a": _STORY, "b": _FOLLOW_UP}), claims, rules)
    events = {c.doc: c.event for c in result.claims if c.event}
    assert events["a"] == events["b"]


def test_same_city_same_week_different_named_victims_stay_apart_at_document_level(rules):
    text_b = _STORY.replace("Dion Avery", "Luis Ortega").replace("Marcus Bell", "Someone")
    claims = _claims(
        "a", 0, _STORY, _SHOT, _place("Springfield"), _day("2016-07-09"), _deaths(1), _victim("Dion Avery")
    ) + _claims("b", 0, text_b, _SHOT, _place("Springfield"), _day("2016-07-09"), _deaths(1), _victim("Luis Ortega"))
    result = cluster_claims(_story_docs({"a": _STORY, "b": text_b, "c": _OTHER}), claims, rules)
    events = {c.doc: c.event for c in result.claims if c.event}
    assert events["a"] != events["b"]


def test_a_city_alone_never_links_documents(rules):
    claims = _claims("a", 0, _STORY, _SHOT, _place("Springfield"), _deaths(1)) + _claims(
        "c", 0, _OTHER, _SHOT, _place("Springfield"), _deaths(2)
    )
    result = cluster_claims(_story_docs({"a": _STORY, "c": _OTHER}), claims, rules)
    events = {c.doc: c.event for c in result.claims if c.event}
    assert events["a"] != events["c"]


def test_the_same_story_retold_links_on_its_text_alone(rules):
    """No day, person or facility extracted in common; the words (names, street) are the story's."""
    retold = (
        "Dion Avery, 23, was killed late Saturday when Marcus Bell opened fire outside the Quarry Hill "
        "Apartments on Tenbrook Road, police said. A handgun was recovered near the Tenbrook Road entrance."
    )
    claims = _claims("a", 0, _STORY, _SHOT, _deaths(1), _place("Springfield")) + _claims(
        "b", 0, retold, _SHOT, _deaths(1)
    )
    result = cluster_claims(_story_docs({"a": _STORY, "b": retold, "c": _OTHER}), claims, rules)
    events = {c.doc: c.event for c in result.claims if c.event}
    assert events["a"] == events["b"]


def test_a_thin_follow_up_joins_the_story_but_alone_makes_no_event(rules):
    """No anchor of its own (no day, victim, facility, figure): linked only as a whole document."""
    thin = (
        "A man appeared in court over the shooting outside the Quarry Hill Apartments on Tenbrook Road "
        "that killed Dion Avery; a handgun was recovered near the Tenbrook Road entrance, police said."
    )
    thin_claims = _claims("b", 0, thin, _SHOT)
    story = _claims("a", 0, _STORY, _SHOT, _day("2016-07-09"), _deaths(1), _victim("Dion Avery"))
    together = cluster_claims(_story_docs({"a": _STORY, "b": thin, "c": _OTHER}), story + thin_claims, rules)
    events = {c.doc: c.event for c in together.claims if c.event}
    assert events["a"] == events["b"]
    alone = cluster_claims(_story_docs({"b": thin}), thin_claims, rules)
    assert alone.events == ()


def test_a_day_after_publication_is_not_the_happening_s(rules):
    """A hearing set for next month does not date the shooting: both reports stay one event."""
    claims = _claims(
        "a",
        0,
        "John Carter was shot dead on Tenbrook Road",
        _SHOT,
        _facility("Tenbrook Road"),
        _day("2016-07-09"),
        _deaths(1),
    ) + _claims(
        "b",
        0,
        "A shooting on Tenbrook Road killed one; a hearing is set for Aug. 20",
        _SHOT,
        _facility("Tenbrook Road"),
        _day("2016-08-20"),
        _deaths(1),
    )
    result = cluster_claims([Document(d, f"{d}.txt", d, "0", published="2016-07-10") for d in "ab"], claims, rules)
    events = {c.doc: c.event for c in result.claims if c.event}
    assert events["a"] == events["b"]


# --------------------------------------------------------------------------------------------
# Tallies: counts of attacks on a kind of facility over a period (``events.tallies``).


def _tally(
    attribute: str, n: int, period: str, start: str | None = None, length: str | None = None, unit: str = "facilities"
) -> tuple[str, str, dict]:
    value = {"low": n, "high": None, "best": n, "unit": unit, "period": period}
    value.update({k: v for k, v in (("period_start", start), ("period_length", length)) if v})
    return ("count", attribute, value)


TALLY_CASES = {
    "hospitals hit since September 2015 / between September and March -> one event": (
        [
            (
                "a",
                0,
                "At least 27 hospitals were targeted in Aleppo since September 2015",
                _place("Aleppo"),
                _tally("facilities_hit", 27, "since September 2015", "2015-09"),
            ),
            (
                "b",
                0,
                "Reports of attacks on as many as 27 hospitals and health facilities in Aleppo between "
                "September and early March",
                _place("Aleppo"),
                _tally("attacks", 27, "between September and early March", "--09"),
            ),
        ],
        True,
    ),
    "hospitals hit since September 2015 / since December 2015 (within the tolerance) -> one event": (
        [
            (
                "a",
                0,
                "At least 27 hospitals were targeted in Aleppo since September 2015",
                _place("Aleppo"),
                _tally("facilities_hit", 27, "since September 2015", "2015-09"),
            ),
            (
                "b",
                0,
                "Since December 2015 at least 13 hospitals have been targeted in Aleppo",
                _place("Aleppo"),
                _tally("facilities_hit", 13, "since December 2015", "2015-12"),
            ),
        ],
        True,
    ),
    "hospitals hit since September 2015 (no place) / in Aleppo since September -> one event": (
        [
            (
                "a",
                0,
                "A monitoring group said at least 27 hospitals were targeted by government forces since September 2015",
                _tally("facilities_hit", 27, "since September 2015", "2015-09"),
            ),
            (
                "b",
                0,
                "Reports of attacks on as many as 27 hospitals and health facilities in Aleppo between "
                "September and early March",
                _place("Aleppo"),
                _tally("attacks", 27, "between September and early March", "--09"),
            ),
        ],
        True,
    ),
    "hospitals hit since 2011 / since September 2015 -> two events": (
        [
            (
                "a",
                0,
                "At least 27 hospitals were targeted in Aleppo since September 2015",
                _place("Aleppo"),
                _tally("facilities_hit", 27, "since September 2015", "2015-09"),
            ),
            (
                "b",
                0,
                "Since 2011 at least 300 hospitals have been targeted in Aleppo",
                _place("Aleppo"),
                _tally("facilities_hit", 300, "since 2011", "2011"),
            ),
        ],
        False,
    ),
    "hospitals hit since the conflict began / since September 2015 -> two events": (
        [
            (
                "a",
                0,
                "At least 27 hospitals were targeted in Aleppo since September 2015",
                _place("Aleppo"),
                _tally("facilities_hit", 27, "since September 2015", "2015-09"),
            ),
            (
                "b",
                0,
                "Since the conflict began at least 346 attacks on hospitals in Aleppo",
                _place("Aleppo"),
                _tally("attacks", 346, "since the conflict began", unit="attack"),
            ),
        ],
        False,
    ),
    "hospitals hit in two cities over one period -> two events": (
        [
            (
                "a",
                0,
                "At least 27 hospitals were targeted in Aleppo since September 2015",
                _place("Aleppo"),
                _tally("facilities_hit", 27, "since September 2015", "2015-09"),
            ),
            (
                "b",
                0,
                "At least 27 hospitals were targeted in Idlib since September 2015",
                _place("Idlib"),
                _tally("facilities_hit", 27, "since September 2015", "2015-09"),
            ),
        ],
        False,
    ),
    "hospitals and schools hit over one period -> two events": (
        [
            (
                "a",
                0,
                "At least 27 hospitals were targeted in Aleppo since September 2015",
                _place("Aleppo"),
                _tally("facilities_hit", 27, "since September 2015", "2015-09"),
            ),
            (
                "b",
                0,
                "At least 27 schools were targeted in Aleppo since September 2015",
                _place("Aleppo"),
                _tally("facilities_hit", 27, "since September 2015", "2015-09"),
            ),
        ],
        False,
    ),
    "death tolls since April 22 / in the past week -> two events": (
        [
            (
                "a",
                0,
                "At least 246 civilians have been killed in Aleppo since April 22",
                _place("Aleppo"),
                _deaths(246, period="since April 22", period_start="2016-04-22"),
            ),
            (
                "b",
                0,
                "Over 200 civilians have been killed in Aleppo in the past week",
                _place("Aleppo"),
                _deaths(201, period="in the past week", period_start="2016-04-24", period_length="P1W"),
            ),
        ],
        False,
    ),
    "death tolls since April 22 / in six months -> two events": (
        [
            (
                "a",
                0,
                "At least 246 civilians have been killed in Aleppo since April 22",
                _place("Aleppo"),
                _deaths(246, period="since April 22", period_start="2016-04-22"),
            ),
            (
                "b",
                0,
                "As many as 2,000 civilians died in Aleppo in six months of airstrikes",
                _place("Aleppo"),
                _deaths(2000, period="in six months", period_start="2015-11-01", period_length="P6M"),
            ),
        ],
        False,
    ),
}


@pytest.mark.parametrize("name", sorted(TALLY_CASES))
def test_tallies_over_overlapping_periods_join_across_documents(rules, name):
    _assert_linked(rules, *TALLY_CASES[name])


def test_tallies_do_not_chain_beyond_the_tolerance(rules):
    """September ~ December and December ~ March, but September and March are six months apart."""
    starts = {
        "a": ("since September 2015", "2015-09"),
        "b": ("since December 2015", "2015-12"),
        "c": ("since March 2016", "2016-03"),
    }
    claims = [
        c
        for doc, (words, start) in starts.items()
        for c in _claims(
            doc,
            0,
            f"At least 20 hospitals were targeted in Aleppo {words}",
            _place("Aleppo"),
            _tally("facilities_hit", 20, words, start),
        )
    ]
    result = cluster_claims([_doc(d) for d in starts], claims, rules)
    events = {c.doc: c.event for c in result.claims if c.event}
    assert events["a"] != events["c"]


def test_a_tally_naming_no_subject_follows_the_story_s(rules):
    """ "it has only focused on six attacks between December 2015 and February 2016" goes on with the
    story's count of attacks on hospitals; the war's count since the conflict began does not."""
    claims = (
        _claims(
            "a",
            0,
            "At least six attacks on hospitals and clinics in the past 12 weeks",
            _tally("attacks", 6, "in the past 12 weeks", length="P12W", unit="attack"),
        )
        + _claims(
            "a",
            1,
            "It focused on six attacks between December 2015 and February 2016",
            _tally("attacks", 6, "between December 2015 and February 2016", "2015-12", unit="attack"),
        )
        + _claims(
            "a",
            2,
            "At least 27 hospitals were targeted since September 2015",
            _tally("facilities_hit", 27, "since September 2015", "2015-09"),
        )
        + _claims(
            "a",
            3,
            "Since the conflict began at least 346 attacks on medical facilities",
            _tally("attacks", 346, "since the conflict began", unit="attack"),
        )
    )
    result = cluster_claims([_doc("a")], claims, rules)
    event = {c.sentence_start: c.event for c in result.claims}
    assert event[0] == event[1000] == event[2000] and event[3000] != event[0]
    labels = {e.id: e.label for e in result.events}
    assert labels[event[0]] == "attacks on health facilities reported since September 2015"


def test_a_tally_label_names_subject_place_and_start(rules):
    sentences, _ = TALLY_CASES["hospitals hit since September 2015 / between September and March -> one event"]
    claims = [c for doc, i, text, *parts in sentences for c in _claims(doc, i, text, *parts)]
    result = cluster_claims([_doc("a"), _doc("b")], claims, rules)
    assert [e.label for e in result.events] == ["attacks on health facilities reported in Aleppo since September 2015"]


def test_another_victim_of_the_attack_goes_on_with_the_story(rules):
    """ "A dentist ... was another of the dozens to die in the attack": a second named victim who
    refers back to the happening just told is not a new incident; one who does not, is."""
    strike = _claims(
        "a",
        0,
        "Jets struck al-Quds hospital in Aleppo on Wednesday, killing Dr. Mohammed Maaz",
        _facility("al-Quds hospital"),
        _place("Aleppo"),
        _METHOD,
        _weekday("Wednesday"),
        _victim("Mohammed Maaz"),
    )
    back = _claims(
        "a",
        1,
        "A dentist identified as Dr. Mohammed Ahmad was another of the dozens to die in the attack.",
        _victim("Mohammed Ahmad"),
        ("count", "deaths", {"low": 24, "high": 99, "best": 24}),
    )
    result = cluster_claims([_doc("a")], strike + back, rules)
    assert len(result.events) == 1 and all(c.event == result.events[0].id for c in result.claims)
    apart = _claims(
        "a", 1, "Maria Lopez was shot dead in Chicago", _victim("Maria Lopez"), _SHOT, _deaths(1), _place("Chicago")
    )
    result = cluster_claims([_doc("a")], strike + apart, rules)
    assert len({c.event for c in result.claims}) == 2


def test_a_second_facility_struck_is_not_the_story_s_strike(rules):
    """ "The air force struck a second medical facility in Aleppo" tells of another strike (``events.new_happening``)."""
    strike = _claims(
        "a",
        0,
        "Jets struck al-Quds hospital in Aleppo on Wednesday, killing 27",
        _facility("al-Quds hospital"),
        _place("Aleppo"),
        _METHOD,
        _weekday("Wednesday"),
        _deaths(27),
    )
    second = _claims("a", 1, "The air force struck a second medical facility in Aleppo", _METHOD, _place("Aleppo"))
    result = cluster_claims([_doc("a")], strike + second, rules)
    assert len(result.events) == 1
    assert all(c.event is None for c in result.claims if c.sentence_start == 1000)
    same = _claims("a", 1, "The air force struck the hospital again in Aleppo", _METHOD, _place("Aleppo"))
    result = cluster_claims([_doc("a")], strike + same, rules)
    assert all(c.event == result.events[0].id for c in result.claims)


@pytest.mark.parametrize(
    "opening",
    [
        "Also on Wednesday, the agency said an airstrike on one of its schools killed six people",
        "Separately, the agency said an airstrike on a school killed six people",
    ],
)
def test_a_happening_the_text_sets_beside_the_story_does_not_follow_it(rules, opening):
    """A document's stretch linked to no other document follows the story it shares with others,
    unless its text sets it apart ("Also on Wednesday, ...", "one of its schools")."""

    def strike(doc: str) -> list[Claim]:
        return _claims(
            doc,
            0,
            "Jets struck al-Quds hospital in Aleppo on Wednesday, killing 27",
            _facility("al-Quds hospital"),
            _place("Aleppo"),
            _METHOD,
            _weekday("Wednesday"),
            _deaths(27),
        )

    school = _claims("a", 1, opening, _METHOD, _deaths(6))
    result = cluster_claims([_doc("a"), _doc("b")], strike("a") + strike("b") + school, rules)
    shared = {c.event for c in result.claims if c.sentence_start == 0}
    assert len(shared) == 1 and None not in shared
    assert all(c.event not in shared for c in result.claims if c.sentence_start == 1000)
    # without the words that set it apart it is one more stretch of the story
    plain = _claims("a", 1, "The agency said the airstrike killed six people", _METHOD, _deaths(6))
    result = cluster_claims([_doc("a"), _doc("b")], strike("a") + strike("b") + plain, rules)
    assert len({c.event for c in result.claims}) == 1


@pytest.mark.parametrize(
    "place, happening, refused",
    [
        ("larchfield tower", "fire", False),  # one fire at one place hit: each report names its own dead
        (None, None, True),  # two shootings in one city: different named victims
    ],
)
def test_different_named_victims_veto_documents_unless_one_place_was_hit(rules, place, happening, refused):
    from verify.cluster.documents import DocumentLinks

    def sig(victim: str) -> Signature:
        return Signature(
            days={"2016-07-06"},
            named={victim},
            surnames={victim.split()[-1].lower()},
            facilities={place} if place else set(),
            happenings={happening} if happening else set(),
        )

    links = DocumentLinks()
    assert links.refuses({"a"}, {"b"}, sig("nadia ferreira"), sig("tomas brandt"), rules) is refused


def test_a_place_named_as_who_acted_is_not_where_it_happened(rules):
    """ "Israel denied striking the hospital in Gaza" twice and "Gaza" once: the event is in Gaza."""
    from verify.cluster.labels import event_label

    def claim(sentence: int, kind: str, attribute: str, start: int, end: int, value: dict) -> Claim:
        base = sentence * 1000
        return Claim(
            Claim.make_id("a", kind, attribute, base + start, base + end),
            "a",
            kind,
            attribute,
            "x",
            "x",
            base + start,
            base + end,
            base,
            dict(value),
        )

    claims = []
    for n in (0, 1):
        claims.append(claim(n, "place", "place", 0, 6, {"name": "Israel", "canonical": "Israel", "key": "israel"}))
        claims.append(claim(n, "attribution", "perpetrator", 0, 6, {"actor": "Israel", "stance": "denied"}))
    claims.append(claim(2, "place", "place", 30, 34, {"name": "Gaza", "canonical": "Gaza", "key": "gaza"}))
    claims.append(claim(2, "method", "method", 10, 16, {"method": "explosion"}))
    label, _, place = event_label(claims, rules)
    assert place == "Gaza" and "Israel" not in label


@pytest.mark.parametrize(
    "lead_day, lead_targets, joins",
    [
        ("2019-03-02", {"tower", "lane"}, True),  # the lead names the street beside the tower it burns
        ("2019-03-09", {"tower", "lane"}, False),  # another day: another fire
        ("2019-03-02", {"lane"}, False),  # not the tower its story is about
    ],
)
def test_a_lead_others_share_follows_its_story_when_it_hits_the_story_s_facility(rules, lead_day, lead_targets, joins):
    """A document's lead names the tower and the street beside it and links, on the street, with
    other outlets' leads; its body tells the tower fire with the main story. The lead's group joins
    the story when the lead hits the tower its body hits, in the same kind of happening, and the
    two groups can be one happening."""
    from types import SimpleNamespace

    from verify.cluster.merge import UnionFind, follow_the_story

    def sig(day: str, targets: set[str]) -> Signature:
        return Signature(days={day}, targets=set(targets), facilities=set(targets), happenings={"fire"})

    segments = [
        Segment("a", [], sig("2019-03-02", {"tower"}), 0),  # a's body, with b: the main story
        Segment("a", [], sig(lead_day, lead_targets), 1),  # a's lead, with c's
        Segment("b", [], sig("2019-03-02", {"tower"}), 2),
        Segment("c", [], sig(lead_day, {"lane"}), 3),
    ]
    groups = UnionFind(range(4))
    groups.union(0, 2)
    groups.union(1, 3)
    sigs = {0: sig("2019-03-02", {"tower"}), 1: sig(lead_day, lead_targets | {"lane"})}
    follow_the_story(segments, groups, sigs, rules, SimpleNamespace(main={"a": 0, "b": 2, "c": 3}))  # type: ignore[arg-type]
    assert (groups.find(1) == groups.find(0)) is joins


@pytest.mark.parametrize("opening", [True, False])
def test_a_lead_under_a_tally_headline_starts_its_own_stretch(rules, opening):
    """A headline gives a tally ("3,300 killed in strikes since Oct 7"); the lead tells the strike on
    the hospital, with its own toll: the lead starts a stretch of its own, so the article's story is
    the strike, not the tally. A tally paragraph further down keeps the sentences after it (they may
    still be about the period)."""
    from verify.cluster.segments import cut_segments
    from verify.cluster.signatures import EntitySets

    tally = ("count", "deaths", {"low": 3300, "high": None, "best": 3300, "period": "since Oct 7"})
    before = _claims("a", 0, "Jets struck a market on Monday killing 4", _METHOD, _weekday("Monday"), _deaths(4))
    before = [] if opening else before
    claims = before + _claims("a", 1, "Over 3,300 killed in strikes since Oct 7", tally, _METHOD)
    claims += _claims("a", 2, "The ministry said the strike on the hospital killed 471", _deaths(471), _METHOD)
    segments = cut_segments(claims, {}, EntitySets(), rules)
    stretches = [sorted({c.sentence_start for c in s.claims}) for s in segments if s.doc == "a"]
    assert ([1000] in stretches and [2000] in stretches) is opening


@pytest.mark.parametrize("break_before_last", [True, False])
def test_a_tally_paragraph_turning_to_one_happening_gives_it_a_stretch_until_the_paragraph_ends(
    rules, break_before_last
):
    """A tally paragraph ("4,100 killed since the war began") names one blast with its own toll
    ("that total includes the 90 who died in last week's depot explosion") and what its sources say
    of it: those sentences are a stretch of their own, so the blast's figures can join its story. A
    paragraph after them goes back to the tally; in the same paragraph it stays with the blast."""
    import dataclasses

    from verify.cluster.segments import cut_segments
    from verify.cluster.signatures import EntitySets

    tally = ("count", "deaths", {"low": 4100, "high": None, "best": 4100, "period": "since the war began"})
    sentences = [
        ("Shelling hit a bridge on Monday, killing 3.", [("method", "method", {"method": "shelling"}), _deaths(3)]),
        ("Officials put the toll at 4,100 since the war began.", [tally]),
        (
            "That total includes the 90 people who died in last week's depot explosion.",
            [_deaths(90), ("method", "method", {"method": "explosion", "path": ["explosion"]})],
        ),
        ("Monitors say 40 to 60 died in that blast.", [_deaths(40)]),
        (
            "Aid groups say 9,000 more were injured in that time.",
            [("count", "injured", {"low": 9000, "high": 9000, "best": 9000})],
        ),
    ]
    claims, at = [], 0
    for i, (text, parts) in enumerate(sentences):
        if i == 4 and break_before_last:
            at += 1  # a blank line: "\n\n" instead of " "
        for c in _claims("a", i, text, *parts):
            shift = at - c.sentence_start
            claims.append(dataclasses.replace(c, sentence_start=at, start=c.start + shift, end=c.end + shift))
        at += len(text) + 1
    segments = cut_segments(claims, {}, EntitySets(), rules)
    stretches = [
        [sentences.index(next(s for s in sentences if s[0] == c.sentence)) for c in seg.claims] for seg in segments
    ]
    stretches = [sorted(set(s)) for s in stretches]
    assert [2, 3] in stretches or [2, 3, 4] in stretches
    assert ([1, 4] in stretches) is break_before_last


def test_a_sentence_dated_by_a_long_past_year_it_tells_of_is_background(rules):
    """A sentence "since 2019, when a hotel fell ..., killing 63" (the year bounds a happening) told in
    2025 is an earlier happening: background. A year that dates no happening ("the tower, built in 1974, is 24
    storeys high") sets nothing apart; nor does a month just before publication."""
    from datetime import date

    from verify.cluster.segments import _period_before

    def sentence(iso_start: str, iso_end: str, granularity: str, role: str) -> list[Claim]:
        when = {"start": iso_start, "end": iso_end, "granularity": granularity, "resolved": True, "role": role}
        return _claims("d", 3, "...", ("time", "date", when), ("count", "deaths", {"low": 63, "high": 63, "best": 63}))

    published = date(2025, 6, 4)
    assert _period_before(sentence("2019-01-01", "2019-12-31", "year", "bound"), published, rules)
    assert _period_before(sentence("2024-01-01", "2024-12-31", "year", "event"), published, rules)
    assert not _period_before(sentence("1974-01-01", "1974-12-31", "year", "other"), published, rules)
    assert not _period_before(sentence("2025-05-01", "2025-05-31", "month", "event"), published, rules)
    assert not _period_before(sentence("2019-01-01", "2019-12-31", "year", "bound"), None, rules)


def test_a_page_s_background_happening_links_another_page_s_news_only_on_a_day_or_a_person(rules):
    """A tower fire of 2009 one page recalls (background) and another page's undated stretch on this
    week's tower fire share a kind of facility, a city and a method: no link, though neither names a
    day the other clashes with. The same day, or a person both name, is a link."""
    from verify.cluster.scoring import link_score

    def old(**more):
        return Signature(days={"2009-07-03"}, kinds={"tower"}, places={"london"}, methods={"fire"}, **more)

    def news(**more):
        return Signature(kinds={"tower"}, places={"london"}, methods={"fire"}, harms={"hospitalised"}, **more)

    recalled = Segment("a", [], old(), 0, background=True)
    assert link_score(Segment("a", [], old(), 0), Segment("b", [], news(), 1), {}, rules) > 0  # as news: a link
    assert link_score(recalled, Segment("b", [], news(), 1), {}, rules) == 0.0
    assert link_score(recalled, Segment("b", [], news(days={"2009-07-03"}), 1), {}, rules) > 0  # its day's report
    named = Segment("a", [], old(people={"p1"}), 0, background=True)
    assert link_score(named, Segment("b", [], news(people={"p1"}), 1), {}, rules) > 0


def test_a_happening_a_page_sets_apart_never_joins_the_story_that_page_tells(rules):
    """A page's own story ("d1") and the happening it sets apart from it ("~d1": "Several hours
    later, a roadside bomb struck ...") are two happenings, however alike their day, place and
    method; the set-apart stretch may still join another page's story of that happening."""
    from verify.cluster.signatures import clash

    story = Signature(days={"2025-05-12"}, places={"karsenia"}, methods={"explosive"}, tellers={"d2"})
    apart = Signature(days={"2025-05-12"}, places={"karsenia"}, methods={"explosive"}, tellers={"~d2"})
    other_page = Signature(days={"2025-05-12"}, places={"karsenia"}, methods={"explosive"}, tellers={"d1"})
    assert clash(story, apart, rules) and clash(apart, story, rules)
    assert not clash(apart, other_page, rules) and not clash(story, other_page, rules)
    both = other_page.copy()
    both.absorb(story)  # once the other page's story has the page's own, the stretch set apart stays out
    assert clash(apart, both, rules)


def test_a_live_page_s_first_entry_tells_the_same_disaster_not_an_earlier_one(rules):
    """A live page's later entry ("two more bodies were recovered this afternoon, bringing the dead
    to 45") comes first; its opening entry below gives the toll of the day the ferry sank ("the
    sinking off Dovrel, in which 40 died on Monday"). One disaster of a kind in one stretch: its toll
    on an earlier day is that disaster's count then, never an earlier happening set apart. (Two
    attacks are told apart as before: "Two people were killed in that shelling on Sunday".)"""
    from verify.cluster.segments import cut_segments
    from verify.cluster.signatures import EntitySets

    sink = ("method", "method", {"method": "shipwreck", "path": ["shipwreck"]})
    claims = _claims("a", 0, "Ferry sinking off Dovrel - live", sink, _place("Dovrel"))
    claims += _claims(
        "a",
        1,
        "Two more bodies were recovered this afternoon, bringing the dead to 45.",
        _day("2016-12-30"),
        _deaths(45),
    )
    claims += _claims(
        "a",
        2,
        "The sinking off Dovrel, in which 40 died on Monday.",
        sink,
        _place("Dovrel"),
        _day("2016-12-26"),
        _deaths(40),
    )
    segments = cut_segments(claims, {}, EntitySets(), rules)
    assert not [s for s in segments if s.apart]


def _heat(kind: str) -> list[Claim]:
    """Three pages of one lasting happening (or not): its toll "since June 12" on two, its first day
    on the third, each told weeks apart, each in another city."""
    method = ("method", "method", {"method": kind, "path": [kind]})
    since = {"period": "since June 12", "period_start": "2025-06-12"}
    return (
        _claims(
            "a",
            0,
            f"A {kind} has killed 87 people in Dravo since June 12",
            method,
            _place("Dravo"),
            _deaths(87, **since),
        )
        + _claims("b", 0, f"The {kind} began on June 12 and has killed 210", method, _day("2025-06-12"), _deaths(210))
        + _claims(
            "c",
            0,
            f"In Arcenza the {kind} has killed 412 since June 12",
            method,
            _place("Arcenza"),
            _deaths(412, **since),
        )
        + _claims("c", 1, f"The {kind} broke on July 3", method, _day("2025-07-03"))
    )


def test_a_lasting_happening_is_one_from_its_first_day(rules):
    # a heatwave (methods.taxonomy.heatwave.lasting): its tolls "since June 12" are its own, told
    # city by city and weeks apart; a happening of one day (a flood) told so is three tallies
    docs = [Document(d, f"{d}.txt", d, "0", published="2025-07-05") for d in "abc"]
    (heat,) = cluster_claims(docs, _heat("heatwave"), rules).events
    assert heat.documents == ("a", "b", "c")
    assert heat.label.startswith("heatwave in ") and heat.label.endswith(" since 2025-06-12")
    flood = cluster_claims(docs, _heat("flood"), rules)
    assert len(flood.events) > 1


@pytest.mark.parametrize(
    "figures_a, figures_b, strong",
    [
        # one hotel, the same 26 dead and 47 wounded: one attack, whatever words each page uses
        ({("deaths", 26), ("injured", 47)}, {("deaths", 26), ("injured", 47), ("deaths", 2)}, True),
        # one shared figure, or small ones a city's shootings often share, are no such support
        ({("deaths", 26), ("injured", 47)}, {("deaths", 26), ("injured", 12)}, False),
        ({("deaths", 1), ("injured", 2)}, {("deaths", 1), ("injured", 2)}, False),
    ],
)
def test_one_facility_with_the_same_tolls_strongly_supports_one_attack(rules, figures_a, figures_b, strong):
    from verify.cluster.documents import strong_support

    a = Signature(days={"2026-03-10"}, facilities={"hotel"}, figures=figures_a)
    b = Signature(days={"2026-03-10"}, facilities={"hotel"}, figures=figures_b)
    assert strong_support(a, b, set(), set(), rules) is strong


def _all_cases() -> tuple[list[Document], list[Claim]]:
    claims, docs = [], set()
    for n, (doc, i, text, *parts) in enumerate(s for case in CASES.values() for s in case[0]):
        docs.add(f"{doc}{n}")
        claims += _claims(f"{doc}{n}", i, text, *parts)
    return [_doc(d) for d in sorted(docs)], claims


@pytest.mark.parametrize("enabled_before", [True, False])
def test_the_stage_holds_the_cycle_collector_off_and_puts_it_back(rules, enabled_before):
    """No collection runs inside the stage (each would walk everything it has built so far: the cost
    grew faster than the corpus), and the collector is left as the caller had it."""
    documents, claims = _all_cases()
    started: list[int] = []

    def record(phase: str, info: dict) -> None:
        # a collection started while the stage's work is on the stack (not the entry's own frames,
        # which put the collector back on on their way out)
        frame = sys._getframe(1)
        while frame is not None:
            code = frame.f_code
            if "verify/cluster/" in code.co_filename and code.co_name not in ("cluster_claims", "collector_paused"):
                if phase == "start":
                    started.append(info["generation"])
                return
            frame = frame.f_back

    gc.collect()
    if not enabled_before:
        gc.disable()
    gc.callbacks.append(record)
    try:
        gc.set_threshold(1)  # a collection at every container allocated, were the collector on
        result = cluster_claims(documents, claims, rules)
        assert gc.isenabled() is enabled_before
    finally:
        gc.set_threshold(*_THRESHOLD)
        gc.callbacks.remove(record)
        gc.enable()
    assert result.events and started == []


def test_the_stage_leaves_no_cyclic_garbage(rules):
    """Holding the collector off loses nothing: what the stage builds and drops forms no reference
    cycle, so a collection right after it frees nothing."""
    documents, claims = _all_cases()
    gc.collect()
    gc.disable()
    try:
        result = cluster_claims(documents, claims, rules)
        freed = gc.collect()
    finally:
        gc.enable()
    assert result.events and freed == 0
