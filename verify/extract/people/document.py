"""Person mentions across one document: one key per person, and what one mention says for all.

``resolve_short_names`` is called once per document (chunk) with all its person mentions in text
order, after the sentence extractor (``people``, with ``people.story`` reading neighbouring
sentences) has read each name. It gives a lone surname the key of the full name it refers to, then
shares what the document says about each person key among that key's mentions.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from ...rules import RuleSet
from ..base import Mention
from ..names import key_gender, name_key, name_parts, name_suffix, title_gender

_HARM_ORDER = ("killed", "injured")  # a person shot and later dead is killed
PRONOUN_GENDER = {"she": "female", "he": "male"}  # a subject pronoun's gender


def mention_gender(m: Mention, rules: RuleSet | None) -> str | None:
    """A mention's gender: what the extractor read (a title, "her husband"), else its title's."""
    person = m.as_person()
    if person.get("gender"):
        return str(person["gender"])
    return title_gender(person.get("title"), rules) if rules is not None else None


def _fits(p: Mention, position: int, key: str, gender: str | None, genders: dict[str, set[str]]) -> bool:
    known = genders.get(p.as_person()["key"], set())
    return name_parts(p.as_person()["key"])[position] == key and not (gender and known and gender not in known)


def _is_full(key: str) -> bool:
    """A given name and a surname at least: "hope jr" is a lone surname with its suffix."""
    return len(name_parts(key)) > 1


def _with_full_keys(mentions: list[Mention], rules: RuleSet | None) -> list[Mention]:
    """A lone name takes the key of the nearest earlier full name ending in it (else the first later
    one; failing a surname, one starting with it), of a gender its own title allows: in a story of
    Maria del Pilar and Nicholas Burton, "Mrs Burton" is hers and "Mr Burton" his; a suffix written
    with the lone name keeps it to the full name of that suffix ("Hope Jr." is the son's)."""
    people = [m for m in mentions if m.kind == "person" and _is_full(m.as_person().get("key", ""))]
    genders: dict[str, set[str]] = {}
    for p in people:
        found = {mention_gender(p, rules), key_gender(p.as_person()["key"], rules) if rules is not None else None}
        genders.setdefault(p.as_person()["key"], set()).update(g for g in found if g)
    out: list[Mention] = []
    for m in mentions:
        key = m.as_person().get("key", "") if m.kind == "person" else ""
        if key and not _is_full(key):
            gender, lone, suffix = mention_gender(m, rules), name_parts(key)[0], name_suffix(key)
            full = [p for p in people if _fits(p, -1, lone, gender, genders)] or [
                p for p in people if _fits(p, 0, lone, gender, genders)
            ]
            if suffix is not None:  # "Hope Jr." is the son of a story of Sammy Hope Sr. and Sammy Hope Jr.
                full = [p for p in full if name_suffix(p.as_person()["key"]) in (suffix, None)]
            if full:
                earlier = [p for p in full if p.start < m.start]
                chosen = earlier[-1] if earlier else full[0]
                m = replace(m, value={**m.as_person(), "key": chosen.as_person()["key"]})
        out.append(m)
    return out


@lru_cache(maxsize=8)
def _alias_patterns(rules: RuleSet) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    cues = sorted((c.lower() for c in rules.names.alias_cues), key=len, reverse=True)
    if not cues:
        return None
    words = "|".join(re.escape(c).replace(r"\ ", r"\s+") for c in cues)
    between = re.compile(r"\s*(?:\(\s*\d{1,3}\s*\)\s*)?,?\s*(?:" + words + r")\s*$", re.IGNORECASE)
    opening = re.compile(r"(?:^|(?<=[.!?\n\"“]))\s*(?:" + words + r")\b", re.IGNORECASE | re.MULTILINE)
    return between, opening


def _with_aliases(mentions: list[Mention], text: str | None, rules: RuleSet | None) -> list[Mention]:
    """Names a document says are one person's (``names.alias_cues``): "Ya-Haddy Sisi Saye (24), also
    known as Khadija Saye" gives the second name the first's key as ``alias``; "Known as Pily, she ..."
    gives every mention of "Pily" the key of the nearest earlier person of that pronoun's gender."""
    patterns = _alias_patterns(rules) if rules is not None and text else None
    if patterns is None or text is None:
        return mentions
    between, opening = patterns
    people = [m for m in mentions if m.kind == "person" and m.as_person().get("key")]
    alias_of: dict[int, str] = {}
    for i, m in enumerate(people[1:], 1):
        if between.fullmatch(text[people[i - 1].end : m.start]):
            alias_of[id(m)] = people[i - 1].as_person()["key"]
    by_key: dict[str, str] = {}
    for found in opening.finditer(text):
        told = re.match(
            r"\s*([A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2})\s*,\s*(she|he)\b", text[found.end() : found.end() + 60]
        )
        if told is None or rules is None:
            continue
        gender = PRONOUN_GENDER[told.group(2).lower()]
        earlier = [
            p
            for p in people
            if p.end <= found.start()
            and (mention_gender(p, rules) == gender or key_gender(p.as_person()["key"], rules) == gender)
        ]
        if earlier:
            by_key[name_key(told.group(1), rules)] = earlier[-1].as_person()["key"]
    out = []
    for m in mentions:
        alias = (alias_of.get(id(m)) or by_key.get(m.as_person().get("key", ""))) if m.kind == "person" else None
        if alias and alias != m.as_person().get("key"):
            m = replace(m, value={**m.as_person(), "alias": alias})
        out.append(m)
    return out


def _share_within_keys(mentions: list[Mention]) -> list[Mention]:
    """Fill what a mention leaves open from the other mentions of the same key.

    A ``person`` mention takes the part (victim or suspect) the document gives that key, when it
    gives exactly one of the two; a victim without a status takes the key's (killed before injured);
    a mention without an age takes the key's, when all its mentions that state one agree.
    """
    parts: dict[str, set[str]] = {}
    statuses: dict[str, set[str]] = {}
    ages: dict[str, set[int]] = {}
    for m in mentions:
        person = m.as_person()
        key = person.get("key") if m.kind == "person" else None
        if not key:
            continue
        if m.attribute in ("victim", "suspect"):
            parts.setdefault(key, set()).add(m.attribute)
        status, age = person.get("status"), person.get("age")
        if m.attribute == "victim" and status in _HARM_ORDER and status is not None:
            statuses.setdefault(key, set()).add(status)
        if age is not None:
            ages.setdefault(key, set()).add(age)
    out: list[Mention] = []
    for m in mentions:
        key = m.as_person().get("key") if m.kind == "person" else None
        if key:
            attribute, value = m.attribute, m.as_person().copy()
            if attribute == "person" and len(parts.get(key, ())) == 1:
                attribute = next(iter(parts[key]))
            if attribute == "victim" and value.get("status") is None and statuses.get(key):
                value["status"] = next(s for s in _HARM_ORDER if s in statuses[key])
            if value.get("age") is None and len(ages.get(key, ())) == 1:
                value["age"] = next(iter(ages[key]))
            if attribute != m.attribute or value != m.value:
                m = replace(m, attribute=attribute, value=value)
        out.append(m)
    return out


def resolve_short_names(
    mentions: list[Mention], rules: RuleSet | None = None, text: str | None = None
) -> list[Mention]:
    """Give lone surnames the key of the full name they refer back to, within ONE document, and share
    each person's part, status and age among the mentions of their key.

    ``mentions`` are the person mentions of a single document in text order. A one-word key
    ("maaz") takes the key of the nearest earlier full name ending in it ("mohammed maaz"), or else
    the nearest later one; failing a surname, a full name starting with it (a child called by first
    name). Then a mention whose own sentence left its part, status or age open takes the one the
    document states for that key elsewhere ("John Smith was shot ... Smith was pronounced dead").
    Offsets and spelling stay the mention's own; a mention's own statement is never overwritten.
    With ``rules``, a lone name's title keeps it to a full name of its gender; with the chunk's
    ``text`` as well, names the document says are one person's get ``alias`` (``_with_aliases``).
    """
    return _share_within_keys(_with_aliases(_with_full_keys(mentions, rules), text, rules))
