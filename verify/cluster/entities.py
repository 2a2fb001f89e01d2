"""Identities: person, organisation, place and facility mentions resolved into entities.

People are grouped by ``people.group_people`` (surname first, then compatible given names; typos,
transliterations, joined particles, titles and stated aliases), organisations, places and
facilities by ``named.group_named`` (the three kinds together: variants, acronyms, a shorter name
inside the one longer name it can mean). A person group that is plainly a named thing — every
spelling a named thing's words, no title, no age, fewer person mentions than named ones — joins it:
organisations, facilities and towns are never persons ("Grenfell Tower", "Hatayaspor").

Every entity keeps every spelling with its provenance, as casualty recorders keep every variant of
a name (``spelling_of``: the name without a title before a full name). ``place_mentions`` places new
mentions (a draft's) among existing entities by the same judgement, so ``verify check`` accepts the
variants ``verify run`` accepts.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence

from ..extract.names import SAME, SURNAME, compare_names, key_gender, name_key, name_parts, strip_title, title_gender
from ..models import Claim, Entity, Variant, stable_id
from ..rules import RuleSet
from ..text.spelling import close, deletion_keys
from .named import NAMED_KINDS, claim_name, claim_words, group_kind, group_named, match_named, name_words, names_none
from .people import group_people, mention_gender, person_key, surname_keys
from .signatures import EntitySets

ENTITY_KINDS = ("person", "organization", "place", "facility", "happening")


def fold_place(key: str, rules: RuleSet) -> str:
    """A facility or place key with its last word's street abbreviation expanded ("rixeyville rd.")."""
    words = key.split()
    if len(words) > 1:
        last = words[-1].rstrip(".")
        words[-1] = rules.events.street_abbreviations.get(last, words[-1])
    return " ".join(words)


def spelled(claim: Claim) -> str:
    """A mention's name as written (a person's without title), else its words."""
    return str(claim.value.get("name") or claim.text)


def spelling_of(claim: Claim) -> Variant:
    """A mention's spelling with its offsets: a person's name without a title before a full name
    ("Recep Tayyip Erdogan" of "President Recep Tayyip Erdogan"); a title before a lone name stays,
    as it is how the source names the person ("Mr Cundy", "Commander Cundy")."""
    name = str(claim.value.get("name") or "")
    if claim.kind == "person" and len(name.split()) > 1 and name != claim.text and claim.text.endswith(name):
        return Variant(name, claim.doc, claim.end - len(name), claim.end, claim.id)
    return Variant(claim.text, claim.doc, claim.start, claim.end, claim.id)


def _entity(kind: str, members: list[Claim], key: str, apart: str = "") -> Entity:
    members = sorted(members, key=lambda c: (c.doc, c.start))
    if kind == "person":  # the fullest name a source gives: "Muhammad Waseem Maaz", not "Maaz"
        written = Counter(str(c.value.get("name") or c.text) for c in members)
        name = sorted(written.items(), key=lambda kv: (-len(kv[0].split()), -kv[1], -len(kv[0]), kv[0]))[0][0]
    else:  # the canonical name most mentions give
        written = Counter(claim_name(c) for c in members if c.kind != "person")
        name = sorted(written.items(), key=lambda kv: (-kv[1], -len(kv[0]), kv[0]))[0][0]
    ident = stable_id("n", kind, key, apart) if apart else stable_id("n", kind, key)
    return Entity(ident, kind, name, key, tuple(spelling_of(c) for c in members))


def _words_of_person(claim: Claim, rules: RuleSet) -> tuple[str, ...]:
    return name_words(str(claim.value.get("name") or claim.text), rules).words


def _unperson(people: list[list[Claim]], named: list[list[Claim]], rules: RuleSet) -> list[list[Claim]]:
    """The person groups that are not a named thing; the others are added to the named group they are."""
    home: dict[tuple[str, ...], int] = {}
    for i, group in enumerate(named):
        for c in group:
            home.setdefault(name_words(claim_name(c), rules).words, i)
    singles: dict[str, set[tuple[str, int]]] = defaultdict(set)  # one-word names by blocking key
    for words, i in home.items():
        if len(words) == 1:
            for k in deletion_keys(words[0], 5):
                singles[k].add((words[0], i))
    keep = []
    for group in people:
        if any(c.value.get("title") or c.value.get("age") is not None for c in group):
            keep.append(group)
            continue
        homes = set()
        for c in group:
            words = _words_of_person(c, rules)
            found = home.get(words)
            if found is None and len(words) == 1:  # "Hatayaspor" of "Hatayspor"
                near = {i for k in deletion_keys(words[0], 5) for w, i in singles.get(k, ()) if close(w, words[0], 5)}
                found = near.pop() if len(near) == 1 else None
            homes.add(found)
        target = homes.pop() if len(homes) == 1 else None
        if target is not None and len(named[target]) >= len(group):
            named[target] = named[target] + group
        else:
            keep.append(group)
    return keep


def _persons_named(people: list[list[Claim]], named: list[list[Claim]], rules: RuleSet) -> list[list[Claim]]:
    """The named groups that are not a person; the others are added to the person group they are.
    A group of organisation mentions only, every one a full name (two parts or more, no alias the
    rules know) that ``compare_names`` calls the same as the full name of one person group with at
    least as many mentions, is that person read by the parse as a body ("Daria Mirek had bought her
    ticket" beside "Darya Mirek, 19")."""
    by_surname: dict[str, set[int]] = defaultdict(set)
    for i, group in enumerate(people):
        for c in group:
            key = person_key(c)
            if len(name_parts(key)) > 1:
                for k in surname_keys(key, rules):
                    by_surname[k].add(i)
    if not by_surname:
        return named
    keep = []
    for group in named:
        keys = {name_key(claim_name(c), rules) for c in group}
        if not all(c.kind == "organization" and not c.value.get("known") for c in group) or not all(
            len(name_parts(k)) > 1 for k in keys
        ):
            keep.append(group)
            continue
        homes = set()
        for key in keys:
            candidates = {i for k in surname_keys(key, rules) for i in by_surname.get(k, ())}
            same = {i for i in candidates if any(compare_names(key, person_key(c), rules) == SAME for c in people[i])}
            homes.add(same.pop() if len(same) == 1 else None)
        target = homes.pop() if len(homes) == 1 else None
        if target is not None and len(people[target]) >= len(group):
            people[target] = people[target] + group
        else:
            keep.append(group)
    return keep


def resolve_entities(claims: Sequence[Claim], rules: RuleSet) -> tuple[list[Entity], dict[str, str]]:
    """Entities over all claims, and ``{claim id: entity id}`` for the claims that name one."""
    people = group_people([c for c in claims if c.kind == "person"], rules)
    named = group_named([c for c in claims if c.kind in NAMED_KINDS], rules)
    people = _unperson(people, named, rules)
    named = _persons_named(people, named, rules)
    entities: list[Entity] = []
    for group in people:
        keys = Counter(person_key(c) for c in group)
        key = sorted(keys, key=lambda k: (-len(name_parts(k)), -keys[k], k))[0]
        apart = ""
        if len(name_parts(key)) == 1:  # lone names apart by gender ("Mr Burton", "Mrs Burton")
            apart = " ".join(sorted({g for c in group if (g := mention_gender(c, rules))}))
        entities.append(_entity("person", group, key, apart))
    # a happening's own name ("Cyclone Mira") is grouped with its spellings alone: no place nor body
    happenings = group_named([c for c in claims if c.kind == "happening"], rules)
    for kind, groups in (("", named), ("happening", happenings)):
        for group in groups:
            own = [c for c in group if c.kind != "person"]
            keys = Counter(" ".join(claim_words(c, rules)) for c in own)
            key = sorted(keys, key=lambda k: (-keys[k], -len(k), k))[0]
            entities.append(_entity(kind or group_kind(own), group, key))
    of_claim = {v.claim: e.id for e in entities for v in e.variants}
    entities.sort(key=lambda e: (ENTITY_KINDS.index(e.kind), e.name.lower(), e.id))
    return entities, of_claim


def place_mentions(claims: Sequence[Claim], entities: Sequence[Entity], rules: RuleSet) -> dict[str, str]:
    """``{claim id: entity id}`` for new mentions (a draft's) that name one of ``entities``.

    The same judgement as ``resolve_entities``: a person whose name ``compare_names`` calls the same
    as one entity's (a lone name: the one entity of that surname its title's gender allows); an
    organisation, place or facility ``named.match_named`` finds.
    """
    people = [e for e in entities if e.kind == "person"]
    named = [e for e in entities if e.kind != "person"]
    out: dict[str, str] = {}
    for claim in claims:
        if claim.kind == "person":
            found = person_entity(claim, people, rules)
        elif claim.kind in NAMED_KINDS:
            found = match_named(claim, [e for e in named if e.kind != "happening"], rules)
        elif claim.kind == "happening":
            found = match_named(claim, [e for e in named if e.kind == "happening"], rules)
        else:
            found = None
        if found is not None:
            out[claim.id] = found.id
    return out


def person_entity(claim: Claim, people: Sequence[Entity], rules: RuleSet) -> Entity | None:
    """The one person entity a mention names, by ``compare_names`` against every key the entity's
    mentions had: ``SAME`` for a full name; the one surname its gender allows for a lone name."""
    key = person_key(claim)
    if not name_parts(key):
        return None
    lone = len(name_parts(key)) == 1
    gender = mention_gender(claim, rules)
    found = []
    for e in people:
        keys = {e.key} | {name_key(strip_title(v.text, rules)[1], rules) for v in e.variants}
        levels = {compare_names(key, k, rules) for k in keys}
        if SAME in levels and not lone:
            found.append(e)
        elif lone and levels & {SAME, SURNAME}:
            genders = {title_gender(strip_title(v.text, rules)[0], rules) for v in e.variants} | {
                key_gender(e.key, rules)
            }
            genders.discard(None)
            if not (gender and genders and gender not in genders):
                found.append(e)
    return found[0] if len(found) == 1 else None


def complete_people(entities: Sequence[Entity]) -> set[str]:
    """The ids of person entities known by a complete name (a first name and a surname)."""
    return {e.id for e in entities if e.kind == "person" and len(name_parts(e.key)) > 1}


def entity_sets(entities: Sequence[Entity], rules: RuleSet) -> EntitySets:
    """What signatures need to know of ``entities``: the people known by a full name, the
    facilities naming none, the places."""
    return EntitySets(
        complete=frozenset(complete_people(entities)),
        unnamed=unnamed_facilities(entities, rules),
        places=frozenset(e.id for e in entities if e.kind == "place"),
    )


def unnamed_facilities(entities: Sequence[Entity], rules: RuleSet) -> frozenset[str]:
    """The ids of facility entities most spellings of which name no one facility: only places and
    generic words ("a Gaza hospital", "Gaza City hospital"; a misspelt "Gazza hospital" among them
    does not make it a name). Such a mention says what kind of place was hit, not which one, so it
    never sets a stretch of text apart from one naming the hospital. Places are the gazetteer's:
    a corpus's own place names are too often misread parts of names ("Washington" in a club's)."""
    return frozenset(
        e.id
        for e in entities
        if e.kind == "facility" and 2 * sum(names_none(v.text, rules) for v in e.variants) > len(e.variants)
    )
