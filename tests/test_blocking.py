"""Blocking: ``closest_pairs`` bounds each record's candidates (meta-blocking by cardinality node
pruning), and the cluster stage's people, documents and segments use it."""

from __future__ import annotations

from itertools import combinations

import pytest

import verify.cluster.people as people_module
from verify.cluster.blocking import closest_pairs
from verify.cluster.documents import candidate_pairs
from verify.cluster.people import group_people
from verify.extract.names import name_key
from verify.models import Claim


def _all_pairs(blocks):
    return sorted({(min(a, b), max(a, b)) for block in blocks for a, b in combinations(set(block), 2)})


@pytest.mark.parametrize("n,k", [(20, 3), (60, 5), (200, 10)])
def test_a_block_of_alike_records_gives_at_most_k_pairs_a_record_and_keeps_the_true_pair(n, k):
    # n records sharing one common key (the same word, the same surname), the true pair also a rare one
    records = [f"r{i:03d}" for i in range(n)]
    blocks = [records, ["r007", "r013"]]
    pairs = list(closest_pairs(blocks, k))
    assert len(pairs) <= k * n < n * (n - 1) // 2
    assert ("r007", "r013") in pairs
    assert pairs == sorted(set(pairs)) and all(a < b for a, b in pairs)
    assert set(pairs) <= set(_all_pairs(blocks))


def test_records_with_few_partners_are_compared_in_full():
    blocks = [[1, 2, 3], [3, 4], [5, 6, 7, 8], [8, 1], [9]]
    assert list(closest_pairs(blocks, 4)) == _all_pairs(blocks)
    assert list(closest_pairs(blocks, 1)) != _all_pairs(blocks)


@pytest.mark.parametrize(
    "blocks,k,expected",
    [
        # a rare key shared (a block of two) outweighs a common one; ties go to the smaller partner
        ([[1, 2, 3, 4, 5, 6], [3, 6]], 1, {(3, 6), (1, 2), (1, 4), (1, 5)}),
        # two keys shared outweigh one
        ([[0, 1, 2, 3], [0, 3, 9, 8]], 1, {(0, 3), (1, 0), (2, 0), (8, 0), (9, 0)}),
        # duplicates inside a block and single-member blocks propose nothing more
        ([[1, 1, 2], [3]], 5, {(1, 2)}),
    ],
)
def test_closeness_weighs_rare_keys_and_keeps_a_pair_either_record_chose(blocks, k, expected):
    assert set(closest_pairs(blocks, k)) == {(min(a, b), max(a, b)) for a, b in expected}


def test_document_candidates_skip_a_key_held_by_too_many_and_cap_the_rest():
    index = {"common": [f"d{i:02d}" for i in range(30)], "too common": [f"d{i:02d}" for i in range(50)]}
    index["street"] = ["d03", "d29", "d03"]
    pairs = list(candidate_pairs(index, 40, 2))
    assert ("d03", "d29") in pairs
    assert len(pairs) <= 2 * 30
    assert all(int(a[1:]) < 30 and int(b[1:]) < 30 for a, b in pairs)  # the 50-document key is skipped


def _person(rules, doc: str, text: str) -> Claim:
    return Claim(
        Claim.make_id(doc, "person", "victim", 0, len(text)),
        doc,
        "person",
        "victim",
        text,
        text,
        0,
        len(text),
        0,
        {"name": text, "key": name_key(text, rules)},
    )


GIVEN = [
    "Aaron",
    "Bianca",
    "Carlos",
    "Dmitri",
    "Elena",
    "Farid",
    "Gloria",
    "Hassan",
    "Ingrid",
    "Jamal",
    "Keiko",
    "Lorenzo",
    "Nadia",
    "Oscar",
    "Priya",
    "Quentin",
    "Rosa",
    "Samir",
    "Tobias",
    "Ursula",
    "Victor",
    "Wanda",
    "Xavier",
    "Yusuf",
    "Zara",
    "Andrei",
    "Beatriz",
    "Cyrus",
    "Delia",
    "Emil",
]


def test_many_people_of_one_surname_cost_at_most_k_comparisons_each_and_a_typo_still_joins(rules, monkeypatch):
    names = [f"{g} Okonkwo" for g in GIVEN] + ["Mariana Okonkwo", "Mariama Okonkwo"]
    claims = [_person(rules, f"d{i}", name) for i, name in enumerate(names)]
    calls = []
    compare = people_module.compare_names

    def counted(a, b, r):
        calls.append((a, b))
        return compare(a, b, r)

    monkeypatch.setattr(people_module, "compare_names", counted)
    groups = group_people(claims, rules)
    full = [c for c in calls if len(c[0].split()) > 1 and len(c[1].split()) > 1]
    k = rules.events.candidates
    assert k < len(names) - 1  # the surname's blocks hold more names than the cap
    assert len(full) <= k * len(names) < len(names) * (len(names) - 1) // 2
    texts = sorted(sorted(c.text for c in g) for g in groups)
    assert ["Mariama Okonkwo", "Mariana Okonkwo"] in texts
    assert len(texts) == len(names) - 1


def _place(doc: str, text: str) -> Claim:
    return Claim(
        Claim.make_id(doc, "place", "place", 0, len(text)), doc, "place", "place", text, text, 0, len(text), 0, {}
    )


def test_many_names_sharing_a_spelling_key_cost_at_most_k_comparisons_each_and_variants_still_join(rules, monkeypatch):
    """A name is compared only with the ``events.candidates`` names closest in spelling among those
    sharing a key at its rarest word. 60 towns one letter longer than "Halvik" all share its key
    "halvik": a letter put in at one of three places, two apart. Two put in at one place are one
    typo apart, one town; at two places, two edits apart, two towns. Each is compared with at most
    k of the others, not all 59, and the three towns still come out."""
    import verify.cluster.named as named_module

    towns = {at: ["Halvik"[:at] + c + "halvik"[at:] for c in "bcdefgjmnopqrstuwxyz"] for at in (1, 3, 5)}
    names = [n for spellings in towns.values() for n in spellings]
    claims = [_place(f"d{i}", name) for i, name in enumerate(names)]
    calls = []
    alike = named_module._alike

    def counted(a, b, *rest):
        calls.append((a, b))
        return alike(a, b, *rest)

    monkeypatch.setattr(named_module, "_alike", counted)
    groups = named_module.group_named(claims, rules)
    k = rules.events.candidates
    assert len(calls) <= k * len(names) < len(names) * (len(names) - 1) // 2
    assert sorted(sorted(c.text for c in g) for g in groups) == sorted(sorted(t) for t in towns.values())


def _org(doc: str, text: str) -> Claim:
    return Claim(
        Claim.make_id(doc, "org", "organization", 0, len(text)),
        doc,
        "organization",
        "organization",
        text,
        text,
        0,
        len(text),
        0,
        {},
    )


def test_a_short_name_held_by_more_names_than_max_block_is_not_read_inside_them(rules, monkeypatch):
    """Alone, "Orlen" is read inside the one longer name it can mean: four orders of "Orlen Refinery
    Group" are one name, so it joins them. When more names hold its words than ``events.max_block``,
    the name is too common to tell which it means (as a spelling key that common proposes nothing):
    no longer name is even tested, and it stays alone. The work is then bounded by the cap, not by
    how many names share a word."""
    import verify.cluster.named as named_module

    longer = ["Orlen Refinery Group", "Orlen Group Refinery", "Group Orlen Refinery", "Refinery Orlen Group"]
    claims = [_org(f"d{i}", name) for i, name in enumerate(["Orlen", *longer])]
    calls = []
    inside = named_module._inside

    def counted(short, long_, *rest):
        calls.append(short)
        return inside(short, long_, *rest)

    monkeypatch.setattr(named_module, "_inside", counted)
    assert [sorted(c.text for c in g) for g in named_module.group_named(claims, rules)] == [sorted(["Orlen", *longer])]
    assert calls.count(("orlen",)) == 4

    calls.clear()
    capped = rules.model_copy(update={"events": rules.events.model_copy(update={"max_block": 3})})
    groups = sorted(sorted(c.text for c in g) for g in named_module.group_named(claims, capped))
    assert groups == [sorted(longer), ["Orlen"]]
    assert ("orlen",) not in calls


def test_a_places_other_spelling_tagged_a_body_is_the_place_not_the_airport_named_after_it(rules):
    """ "Bhelapoor", tagged a body on its page, is spelled as the place "Bhelapur" (the long "u"
    written "oo"): it is that place, never read as the short name of "Bhelapur airport"."""
    import verify.cluster.named as named_module

    claims = [
        _place("d1", "Bhelapur"),
        _place("d2", "Bhelapur"),
        _org("d3", "Bhelapoor"),
        Claim(
            Claim.make_id("d4", "facility", "facility", 0, 16),
            "d4",
            "facility",
            "facility",
            "Bhelapur airport",
            "Bhelapur airport",
            0,
            16,
            0,
            {},
        ),
    ]
    groups = sorted(sorted(c.text for c in g) for g in named_module.group_named(claims, rules))
    assert groups == [["Bhelapoor", "Bhelapur", "Bhelapur"], ["Bhelapur airport"]]


def _facility(doc: str, text: str) -> Claim:
    return Claim(
        Claim.make_id(doc, "facility", "facility", 0, len(text)),
        doc,
        "facility",
        "facility",
        text,
        text,
        0,
        len(text),
        0,
        {},
    )


def test_a_shorter_name_spelt_otherwise_is_read_inside_the_longer_one(rules):
    """ "Belvaine Royal" (a local daily's spelling) is read inside "Hotel Belvane Royal", its words
    spelt alike, as "Belvane Royal" would be; a hotel of other words is not."""
    import verify.cluster.named as named_module

    claims = [
        _facility("d1", "Hotel Belvane Royal"),
        _facility("d2", "Belvane Royal Hotel"),
        _facility("d3", "Belvaine Royal"),
        _facility("d4", "Hotel Marisol"),
    ]
    groups = sorted(sorted(c.text for c in g) for g in named_module.group_named(claims, rules))
    assert groups == [["Belvaine Royal", "Belvane Royal Hotel", "Hotel Belvane Royal"], ["Hotel Marisol"]]
