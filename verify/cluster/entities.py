"""Identities: person, organisation, place and facility mentions resolved into entities.

People are blocked by their folded surname and the initial of their first name, and linked when
``names.same_person`` reaches the rules' ``names.match_threshold`` ("Dr. Mohammed Maaz" = "Dr.
Muhammad Waseem Maaz"; "Dr. Mohammed Ahmad" is someone else). A lone name joins the one full name
of its own document that begins or ends with it (a story says "Shauna Washington", then
"Shauna"); a lone surname elsewhere joins the one full name it can mean. Organisations, places and
facilities are keyed by their canonical alias, street abbreviations folded by
``events.street_abbreviations`` ("Rixeyville Rd" = "Rixeyville Road"). Every entity keeps every
spelling with its provenance, as casualty recorders keep every variant of a name.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence

from ..extract.names import name_parts, same_person
from ..models import Claim, Entity, Variant, stable_id
from ..rules import RuleSet
from .merge import UnionFind

ENTITY_KINDS = ("person", "organization", "place", "facility")


def _person_key(claim: Claim) -> str:
    return str(claim.as_person().get("key") or claim.text.lower())


def _document_keys(claims: Sequence[Claim]) -> dict[tuple[str, str], str]:
    """``{(doc, lone name): full name}`` where one full name of that document begins or ends with it."""
    full: dict[str, set[str]] = defaultdict(set)
    for c in claims:
        key = _person_key(c)
        if len(name_parts(key)) > 1:
            full[c.doc].add(key)
    out = {}
    for c in claims:
        key = _person_key(c)
        parts = name_parts(key)
        if len(parts) == 1:
            fits = {f for f in full[c.doc] if parts[0] in (name_parts(f)[0], name_parts(f)[-1])}
            if len(fits) == 1:
                out[(c.doc, key)] = fits.pop()
    return out


def _clusters_of_people(claims: Sequence[Claim], rules: RuleSet) -> list[list[Claim]]:
    in_document = _document_keys(claims)

    def key_of(claim: Claim) -> str:
        key = _person_key(claim)
        return in_document.get((claim.doc, key), key)

    blocks: dict[str, list[Claim]] = defaultdict(list)
    for claim in claims:
        key = key_of(claim)
        if key and name_parts(key):
            blocks[name_parts(key)[-1]].append(claim)    # the surname, "Jr." and the like set aside
    groups: list[list[Claim]] = []
    for surname in sorted(blocks):
        members = blocks[surname]
        keys = sorted({key_of(c) for c in members})
        same: UnionFind[str] = UnionFind(keys)
        find = same.find

        # Link keys from the most specific down, so "maaz" joins the one full name it can mean.
        # Full names are compared within a surname block by first initial: same_person needs the
        # first names to agree, and transliterations of one name keep its initial.
        by_initial: dict[str, list[str]] = defaultdict(list)
        for k in keys:
            if len(name_parts(k)) > 1:
                by_initial[k[0]].append(k)
        for initial in sorted(by_initial):
            full = by_initial[initial]
            for i, a in enumerate(full):
                for b in full[i + 1:]:
                    if find(a) != find(b) and same_person(a, b, rules) >= rules.names.match_threshold:
                        same.union(a, b)
        roots = {find(f) for full in by_initial.values() for f in full}
        for k in keys:
            if len(name_parts(k)) == 1 and len(roots) == 1:
                same.union(k, next(iter(roots)))
        by_root: dict[str, list[Claim]] = defaultdict(list)
        for claim in members:
            by_root[find(key_of(claim))].append(claim)
        groups.extend(by_root[r] for r in sorted(by_root))
    return groups


def fold_place(key: str, rules: RuleSet) -> str:
    """A facility or place key with its last word's street abbreviation expanded ("rixeyville rd.")."""
    words = key.split()
    if len(words) > 1:
        last = words[-1].rstrip(".")
        words[-1] = rules.events.street_abbreviations.get(last, words[-1])
    return " ".join(words)


def named_key(claim: Claim, rules: RuleSet) -> str:
    """The entity key of an organisation, place or facility mention: its canonical alias (folded),
    a place's or facility's street abbreviation expanded."""
    key = str(claim.as_named().get("key") or claim.text.lower())
    return key if claim.kind == "organization" else fold_place(key, rules)


def place_mentions(claims: Sequence[Claim], entities: Sequence[Entity], rules: RuleSet) -> dict[str, str]:
    """``{claim id: entity id}`` for new mentions (a draft's) that name one of ``entities``.

    The same judgement as ``resolve_entities``: a person whose key ``same_person`` scores at least
    ``names.match_threshold`` against an entity's (the best; a lone name: the one entity with that
    surname, or first name), an organisation, place or facility whose key is the entity's.
    """
    known = {e.id for e in entities}
    people = [e for e in entities if e.kind == "person"]
    out: dict[str, str] = {}
    for claim in claims:
        if claim.kind == "person":
            key = _person_key(claim)
            parts = name_parts(key)
            if not parts:
                continue
            if len(parts) == 1:
                fits = [e for e in people if parts[0] in (name_parts(e.key)[-1], name_parts(e.key)[0])]
                if len(fits) == 1:
                    out[claim.id] = fits[0].id
                continue
            scored = sorted((-same_person(key, e.key, rules), e.id) for e in people if len(name_parts(e.key)) > 1)
            if scored and -scored[0][0] >= rules.names.match_threshold:
                out[claim.id] = scored[0][1]
        elif claim.kind in ENTITY_KINDS:
            entity = stable_id("n", claim.kind, named_key(claim, rules))
            if entity in known:
                out[claim.id] = entity
    return out


def spelled(claim: Claim) -> str:
    """A mention's name as written (a person's without title), else its words."""
    name = claim.as_person().get("name") if claim.kind == "person" else claim.as_named().get("name")
    return str(name or claim.text)


def complete_people(entities: Sequence[Entity]) -> set[str]:
    """The ids of person entities known by a complete name (a first name and a surname)."""
    return {e.id for e in entities if e.kind == "person" and len(name_parts(e.key)) > 1}


def _entity(kind: str, members: list[Claim], key: str) -> Entity:
    members = sorted(members, key=lambda c: (c.doc, c.start))
    written = Counter(spelled(c) for c in members)
    if kind == "person":   # the fullest name a source gives: "Muhammad Waseem Maaz", not "Maaz"
        name = sorted(written.items(), key=lambda kv: (-len(kv[0].split()), -kv[1], -len(kv[0]), kv[0]))[0][0]
    else:
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
                groups[named_key(claim, rules)].append(claim)
        entities.extend(_entity(kind, groups[k], k) for k in sorted(groups))
    of_claim = {v.claim: e.id for e in entities for v in e.variants}
    entities.sort(key=lambda e: (ENTITY_KINDS.index(e.kind), e.name.lower(), e.id))
    return entities, of_claim
