"""People: person mentions grouped into one group per person (the cluster stage's and editor mode's judgement).

``group_people`` works on name keys (``names.name_key``), from the most certain link to the least:

1. a lone name joins the one full name of its own document that begins or ends with it, of the
   gender its title says ("Mrs Burton" in a story naming Maria del Pilar and Nicholas Burton);
2. full names that ``names.compare_names`` calls ``SAME`` (candidates: names sharing a surname
   blocking key, ``spelling.deletion_keys``, so typos meet; of many, each name's
   ``events.candidates`` closest, the given name's first letter shared first:
   ``blocking.closest_pairs``) and names a document states are one
   ("Ya-Haddy Sisi Saye, also known as Khadija Saye": a mention's ``alias``);
3. ``LOOSE`` pairs (a first name left out: "Tayyip Erdogan") only where every full name sharing the
   surname then reads as one person;
4. a lone surname joins the one person of that surname its title's gender allows (Commander
   Cundy, Mr Cundy); with two candidates it stays apart.

Different people who share a common given name stay apart (Dr. Mohammed Ahmad is not Dr. Mohammed
Maaz): the surname decides first.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from ..extract.names import LOOSE, SAME, compare_names, key_gender, name_parts, readings, title_gender
from ..models import Claim
from ..rules import RuleSet
from ..text.spelling import close, deletion_keys, form
from .blocking import closest_pairs
from .merge import UnionFind


def person_key(claim: Claim) -> str:
    return str(claim.as_person().get("key") or claim.text.lower())


def mention_gender(claim: Claim, rules: RuleSet) -> str | None:
    """A mention's gender from its title (Mr, Mrs) or a gender the extractor read ("her husband")."""
    person = claim.as_person()
    return person.get("gender") or title_gender(person.get("title"), rules)


def _ends(full: str) -> set[str]:
    """The lone names a full name may be shortened to: its first or last part, or a surname it may be read with."""
    parts = name_parts(full)
    return {parts[0], parts[-1]} | {r.surname for r in readings(full, frozenset())}


def document_keys(claims: Sequence[Claim], rules: RuleSet) -> dict[str, str]:
    """``{claim id: full key}`` for a lone name that one full name of its own document begins or ends
    with, of a gender its title allows. Each document's full names are indexed by the lone names
    they may be shortened to, so a long page costs its names, not their square."""
    full: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for c in claims:
        key = person_key(c)
        if len(name_parts(key)) > 1:
            g = mention_gender(c, rules) or key_gender(key, rules)
            full[c.doc][key].update({g} if g else set())
    shortened: dict[str, dict[str, list[str]]] = {}
    for doc, keys in full.items():
        index: dict[str, list[str]] = defaultdict(list)
        for f in keys:
            for lone in _ends(f):
                index[lone].append(f)
        shortened[doc] = index
    out = {}
    for c in claims:
        key = person_key(c)
        parts = name_parts(key)
        if len(parts) != 1:
            continue
        gender = mention_gender(c, rules)
        genders_of = full[c.doc]
        fits = {
            f
            for f in shortened.get(c.doc, {}).get(parts[0], ())
            if not (gender and genders_of[f] and gender not in genders_of[f])
        }
        if len(fits) == 1:
            out[c.id] = fits.pop()
    return out


def surname_keys(key: str, rules: RuleSet) -> set[str]:
    """Blocking keys of a full name's surname, for each way it may be read (a joined particle's form)."""
    out: set[str] = set()
    for r in readings(key, rules.names.surname_particles):
        out |= {form(r.surname)} if r.joined else deletion_keys(r.surname)
    return out


def group_people(claims: Sequence[Claim], rules: RuleSet) -> list[list[Claim]]:
    """The person mentions grouped into people (see the module docstring), in a stable order."""
    in_document = document_keys(claims, rules)

    def key_of(claim: Claim) -> str:
        return in_document.get(claim.id) or person_key(claim)

    keys = sorted({key_of(c) for c in claims if name_parts(key_of(c))})
    same: UnionFind[str] = UnionFind(keys)
    full = [k for k in keys if len(name_parts(k)) > 1]
    blocks: dict[str, list[str]] = defaultdict(list)
    for k in full:
        for b in surname_keys(k, rules):
            blocks[b].append(k)
    small = [block for block in blocks.values() if len(block) <= rules.events.max_block]
    # Of many names sharing a surname key, the closest share the given name's first letter too
    # (spellings of one name start alike): these smaller blocks rank partners, adding none.
    initial = {k: name_parts(k)[0][:1] for k in full}
    initials: dict[tuple[int, str], list[str]] = defaultdict(list)
    for n, block in enumerate(small):
        for k in block:
            initials[(n, initial[k])].append(k)
    ranked = small + list(initials.values())
    levels = {(a, b): compare_names(a, b, rules) for a, b in closest_pairs(ranked, rules.events.candidates)}
    for (a, b), level in levels.items():
        if level == SAME:
            same.union(a, b)
    for c in claims:  # a name the document itself says is another's ("also known as")
        alias = c.value.get("alias")
        if alias and alias in same.parent and key_of(c) in same.parent:
            same.union(key_of(c), alias)
    # LOOSE: only where all full names of the surname become one person.
    related: UnionFind[str] = UnionFind(full)  # full names sharing a surname: one family
    last = {k: name_parts(k)[-1] for k in full}
    for a, b in levels:
        if close(last[a], last[b]):
            related.union(a, b)
    families: dict[str, set[str]] = defaultdict(set)
    for k in full:
        families[related.find(k)].add(k)
    loose: dict[str, list[tuple[str, str]]] = defaultdict(list)  # by the family of the first name
    for (a, b), level in levels.items():
        if level == LOOSE:
            loose[related.find(a)].append((a, b))
    for head, family in families.items():
        roots = {same.find(k) for k in family}
        if len(roots) < 2:
            continue
        trial: UnionFind[str] = UnionFind(roots)
        for a, b in loose[head]:
            if same.find(b) in roots:  # a loose match outside the family (another surname) joins nothing here
                trial.union(same.find(a), same.find(b))
        if len({trial.find(r) for r in roots}) == 1:
            for r in roots:
                same.union(r, min(roots))
    # Lone names: the one person of that surname their gender allows.
    genders: dict[str, set[str]] = defaultdict(set)
    for c in claims:
        k = key_of(c)
        if len(name_parts(k)) > 1:
            g = mention_gender(c, rules) or key_gender(k, rules)
            if g:
                genders[same.find(k)].add(g)
    lone_groups: dict[tuple[str, str | None], list[Claim]] = defaultdict(list)
    for c in claims:
        k = key_of(c)
        if len(name_parts(k)) == 1:
            lone_groups[(k, mention_gender(c, rules))].append(c)
    members: dict[str, list[str]] = defaultdict(list)
    for k in full:
        members[same.find(k)].append(k)
    lone_root: dict[tuple[str, str | None], str] = {}
    for k, gender in sorted(lone_groups, key=lambda kg: (kg[0], kg[1] or "")):
        near = {same.find(m) for b in deletion_keys(k) for m in blocks.get(b, ())}  # only the keys asked
        fits = {
            r
            for r in near
            if any(compare_names(k, m, rules) is not None for m in members[r])
            and not (gender and genders[r] and gender not in genders[r])
        }
        if len(fits) == 1:
            lone_root[(k, gender)] = fits.pop()
    by_root: dict[str, list[Claim]] = defaultdict(list)
    for c in claims:
        k = key_of(c)
        if not name_parts(k):
            continue
        if len(name_parts(k)) > 1:
            group = same.find(k)
        elif same.find(k) != k:  # a lone name the text gives as another's ("Known as Pily, she")
            group = same.find(k)
        else:
            g = mention_gender(c, rules)
            root = lone_root.get((k, g))
            group = same.find(root) if root else f"{k}\0{g or ''}"
        by_root[group].append(c)
    return [by_root[r] for r in sorted(by_root)]
