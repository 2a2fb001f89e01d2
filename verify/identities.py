"""Identities: person, organisation, place and facility mentions resolved into entities.

People are blocked by their folded surname and linked when ``names.same_person`` reaches the rules'
``names.match_threshold`` ("Dr. Mohammed Maaz" = "Dr. Muhammad Waseem Maaz"; "Dr. Mohammed Ahmad"
is someone else). Organisations, places and facilities are keyed by their canonical alias. Every
entity keeps every spelling with its provenance, as casualty recorders keep every variant of a name.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import Sequence

from .models import Claim, Entity, Variant, stable_id
from .names import _parts, same_person
from .rules import RuleSet

ENTITY_KINDS = ("person", "organization", "place", "facility")


def _person_key(claim: Claim) -> str:
    return str(claim.value.get("key") or claim.text.lower())


def _clusters_of_people(claims: Sequence[Claim], rules: RuleSet) -> list[list[Claim]]:
    blocks: dict[str, list[Claim]] = defaultdict(list)
    for claim in claims:
        key = _person_key(claim)
        if key and _parts(key):
            blocks[_parts(key)[-1]].append(claim)    # the surname, "Jr." and the like set aside
    groups: list[list[Claim]] = []
    for surname in sorted(blocks):
        members = blocks[surname]
        keys = sorted({_person_key(c) for c in members})
        parent = {k: k for k in keys}

        def find(k: str) -> str:
            while parent[k] != k:
                parent[k] = parent[parent[k]]
                k = parent[k]
            return k

        # Link keys from the most specific down, so "maaz" joins the one full name it can mean.
        full = [k for k in keys if len(k.split()) > 1]
        for i, a in enumerate(full):
            for b in full[i + 1:]:
                if same_person(a, b, rules) >= rules.name_match:
                    parent[find(b)] = find(a)
        for k in keys:
            if len(k.split()) == 1:
                roots = {find(f) for f in full}
                if len(roots) == 1:
                    parent[find(k)] = roots.pop()
        by_root: dict[str, list[Claim]] = defaultdict(list)
        for claim in members:
            by_root[find(_person_key(claim))].append(claim)
        groups.extend(by_root[r] for r in sorted(by_root))
    return groups


def _entity(kind: str, members: list[Claim], key: str) -> Entity:
    members = sorted(members, key=lambda c: (c.doc, c.start))
    written = Counter(str(c.value.get("name") or c.text) for c in members)
    name = sorted(written.items(), key=lambda kv: (-kv[1], -len(kv[0]), kv[0]))[0][0]
    if kind != "person":
        name = str(members[0].value.get("canonical") or name)
    variants = tuple(Variant(c.text, c.doc, c.start, c.end, c.id) for c in members)
    return Entity(stable_id("n", kind, key), kind, name, key, variants)


def resolve_entities(claims: Sequence[Claim], rules: RuleSet) -> tuple[list[Entity], dict[str, str]]:
    """Entities over all claims, and ``{claim id: entity id}`` for the claims that name one."""
    entities: list[Entity] = []
    people = [c for c in claims if c.kind == "person"]
    for group in _clusters_of_people(people, rules):
        keys = Counter(_person_key(c) for c in group)
        key = sorted(keys, key=lambda k: (-len(k.split()), -keys[k], k))[0]
        entities.append(_entity("person", group, key))
    for kind in ("organization", "place", "facility"):
        groups: dict[str, list[Claim]] = defaultdict(list)
        for claim in claims:
            if claim.kind == kind:
                groups[str(claim.value.get("key") or claim.text.lower())].append(claim)
        entities.extend(_entity(kind, groups[k], k) for k in sorted(groups))
    of_claim = {v.claim: e.id for e in entities for v in e.variants}
    entities.sort(key=lambda e: (ENTITY_KINDS.index(e.kind), e.name.lower(), e.id))
    return entities, of_claim
