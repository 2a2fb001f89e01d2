"""Person mentions across one document: one key per person, and what one mention says for all.

``resolve_short_names`` is called once per document (chunk) with all its person mentions in text
order, after the sentence extractor (``people``, with ``people.story`` reading neighbouring
sentences) has read each name. It gives a lone surname the key of the full name it refers to, then
shares what the document says about each person key among that key's mentions.
"""

from __future__ import annotations

from dataclasses import replace

from ..base import Mention

_HARM_ORDER = ("killed", "injured")  # a person shot and later dead is killed


def _with_full_keys(mentions: list[Mention]) -> list[Mention]:
    out: list[Mention] = []
    people = [m for m in mentions if m.kind == "person"]
    for m in mentions:
        key = m.as_person().get("key", "") if m.kind == "person" else ""
        if key and " " not in key:
            full = [p for p in people if " " in p.as_person().get("key", "") and p.as_person()["key"].split()[-1] == key]
            if not full:
                full = [p for p in people if " " in p.as_person().get("key", "") and p.as_person()["key"].split()[0] == key]
            if full:
                earlier = [p for p in full if p.start < m.start]
                chosen = earlier[-1] if earlier else full[0]
                m = replace(m, value={**m.as_person(), "key": chosen.as_person()["key"]})
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


def resolve_short_names(mentions: list[Mention]) -> list[Mention]:
    """Give lone surnames the key of the full name they refer back to, within ONE document, and share
    each person's part, status and age among the mentions of their key.

    ``mentions`` are the person mentions of a single document in text order. A one-word key
    ("maaz") takes the key of the nearest earlier full name ending in it ("mohammed maaz"), or else
    the nearest later one; failing a surname, a full name starting with it (a child called by first
    name). Then a mention whose own sentence left its part, status or age open takes the one the
    document states for that key elsewhere ("John Smith was shot ... Smith was pronounced dead").
    Offsets and spelling stay the mention's own; a mention's own statement is never overwritten.
    """
    return _share_within_keys(_with_full_keys(mentions))
