"""Steps of a running total told over two sentences.

"Crews took 64 patients to hospital. Another ten got there themselves, taking the number treated
to 74." The 64 is not a second figure for the injured beside the 74: the page itself adds the ten
to it. ``running_steps`` finds, among one chunk's count claims, an increment ("another ten", status
``increment``) whose sentence states the new total (a figure of the same attribute, 74), and an
earlier figure of that attribute before the increment (64) with earlier + increment = total,
exactly. That earlier figure becomes a part of the total: compared under ``<attribute>_part``
with ``part_of`` naming the total's words, as a part stated in one sentence is ("eight of them
children", ``verify.extract.counts.compose.qualified_attribute``).

The sum must hold exactly: a page that says "64 taken to hospital" and later "another ten died,
bringing the toll to 31" adds the ten to something else, and its 64 stays as it was.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import replace
from typing import cast

from ...models import Claim, CountValue

__all__ = ["group_parts", "restated_parts", "revised_across", "running_steps", "vague_parts"]

_INCREMENT = "_increment"


def _best(claim: Claim) -> float | None:
    best = claim.as_count().get("best")
    return float(best) if isinstance(best, (int, float)) else None


def running_steps(claims: Iterable[Claim]) -> list[Claim]:
    """``claims`` with each step of a running total (see the module docstring) made a part of it."""
    claims = list(claims)
    counts = sorted((c for c in claims if c.kind == "count"), key=lambda c: c.start)
    steps: dict[str, tuple[Claim, Claim]] = {}  # step's id -> (step, total)
    for added in counts:
        if not added.attribute.endswith(_INCREMENT) or added.as_count().get("status") != "increment":
            continue
        attribute, n = added.attribute[: -len(_INCREMENT)], _best(added)
        if n is None:
            continue
        totals = [
            c
            for c in counts
            if c.attribute == attribute
            and c.sentence_start == added.sentence_start
            and c.start > added.start
            and c.as_count().get("status") == "reported"
        ]
        before = [
            c
            for c in counts
            if c.attribute == attribute
            and c.start < added.start
            and c.as_count().get("status") == "reported"
            and not c.as_count().get("part")
            and c.id not in steps
        ]
        for total in totals:
            t = _best(total)
            step = next((c for c in reversed(before) if t is not None and _best(c) == t - n), None)
            if step is not None:
                steps[step.id] = (step, total)
                break
    if not steps:
        return claims
    out = []
    for claim in claims:
        if claim.id not in steps:
            out.append(claim)
            continue
        step, total = steps[claim.id]
        name = f"{step.attribute}_part"
        value = cast(CountValue, {**step.as_count(), "part": True, "part_of": total.text})
        out.append(
            replace(
                step, id=Claim.make_id(step.doc, step.kind, name, step.start, step.end), attribute=name, value=value
            )
        )
    return out


#: The keys that limit a figure to a share of the event: a revision is of the same share only.
_SCOPE_KEYS = ("where", "site", "group", "within", "area", "level", "spans", "period", "part")


def revised_across(claims: Iterable[Claim], gap: int = 3) -> list[Claim]:
    """``claims`` with a toll the next sentence says was replaced made its earlier figure: "The
    ministry had said 174 died. It later said 49 had been counted twice and revised the toll to
    125." The 125 carries a ``revision`` whose cue says another figure was replaced ("revised to",
    ``counts.revisions.replacing``) but whose sentence names none; the 174 is that figure when it
    is the last reported figure of the same attribute and share (``_SCOPE_KEYS``) in the sentence
    just before (at most ``gap`` characters apart), and its value differs. The 174 becomes
    ``earlier`` (``earlier_of`` the 125's words), and the 125's revision names it, with the
    direction the two values give: one toll corrected, never two rival tolls."""
    claims = list(claims)
    counts = sorted((c for c in claims if c.kind == "count"), key=lambda c: c.start)
    marked: dict[str, Claim] = {}
    for new in counts:
        revision = new.as_count().get("revision") or {}
        b = _best(new)
        if not revision.get("replaced") or revision.get("earlier") is not None or b is None:
            continue
        before = [
            c
            for c in counts
            if c.attribute == new.attribute
            and c.sentence_start < new.sentence_start
            and 0 <= new.sentence_start - (c.sentence_start + len(c.sentence)) <= gap
            and c.as_count().get("status") == "reported"
            and not c.as_count().get("revision")
            and c.id not in marked
            and all(c.as_count().get(k) == new.as_count().get(k) for k in _SCOPE_KEYS)
        ]
        if not before or (a := _best(before[-1])) is None or a == b:
            continue
        old = before[-1]
        value = old.as_count()
        marked[old.id] = replace(old, value=cast(CountValue, {**value, "status": "earlier", "earlier_of": new.text}))
        earlier = {
            "text": old.text,
            "start": old.start,
            "end": old.end,
            **{k: value.get(k) for k in ("low", "high", "best")},
        }
        direction = revision.get("direction") or ("up" if b > a else "down")
        marked[new.id] = replace(
            new,
            value=cast(
                CountValue, {**new.as_count(), "revision": {**revision, "earlier": earlier, "direction": direction}}
            ),
        )
    return [marked.get(c.id, c) for c in claims]


def restated_parts(claims: Iterable[Claim]) -> list[Claim]:
    """``claims`` with a group's figure stated alone made the part the page states elsewhere with
    its total: "Forty-two Velmarians were on board" (a headline) is the 42 of "Forty-two Velmarian
    citizens were among the 169 people on board" — a part, never a rival count of all aboard. Same
    attribute, group and figure, in one chunk."""
    claims = list(claims)
    parts = {
        (c.attribute, c.as_count().get("group"), _best(c)): c
        for c in claims
        if c.kind == "count" and c.as_count().get("part") and c.as_count().get("group")
    }
    if not parts:
        return claims
    out = []
    for claim in claims:
        value = claim.as_count() if claim.kind == "count" else None
        group = value.get("group") if value else None
        part = parts.get((f"{claim.attribute}_{group}", group, _best(claim))) if group else None
        if value is None or part is None or value.get("part") or value.get("status") != "reported":
            out.append(claim)
            continue
        restated = cast(CountValue, {**value, "part": True, "part_of": part.as_count().get("part_of")})
        out.append(
            replace(
                claim,
                id=Claim.make_id(claim.doc, claim.kind, part.attribute, claim.start, claim.end),
                attribute=part.attribute,
                value=restated,
            )
        )
    return out


#: Units that count everyone: a toll of these is the total a group's figure is a part of.
_EVERYONE = ("people", "civilians")


def group_parts(
    claims: Iterable[Claim], groups: Mapping[str, str], apart: AbstractSet[str], refers_back: Sequence[re.Pattern[str]]
) -> list[Claim]:
    """``claims`` with a group's figure stated alone made a part of the page's toll of everyone:
    "Nine children died in the attack" after "at least 52 people were killed" is the children among
    the 52 (``deaths_children``, as "eight of them children" is), never a rival toll nor a step of
    it. Only below a larger reported toll of the same attribute said before it in one chunk (or in
    its sentence: "nine children were killed in the attack, which killed 47 people"), in a
    sentence that refers back to the story's happening ("in the attack", ``events.refers_back``):
    alone, "nine children were killed" is the toll (a school bus's crash), and "a strike on a school
    killed 10 children" another happening's. ``groups``: a word -> its group
    (``figures.people.groups``); the groups in ``apart`` are compared apart by the judge instead."""
    claims = list(claims)
    totals = _reported_totals(claims, lambda value: value.get("unit") in _EVERYONE)
    if not totals:
        return claims
    out = []
    for claim in claims:
        value = claim.as_count() if claim.kind == "count" else None
        group = groups.get(str(value.get("subject") or "").lower()) if value else None
        best = _best(claim)
        above = [
            t
            for t in totals.get(claim.attribute, ())
            if best is not None
            and (_best(t) or 0) > best
            and (t.start < claim.start or t.sentence_start == claim.sentence_start)
        ]
        if (
            value is None
            or group is None
            or group in apart
            or not above
            or value.get("part")
            or value.get("period")
            or value.get("status") != "reported"
            or not any(p.search(claim.sentence) for p in refers_back)
        ):
            out.append(claim)
            continue
        total = max(above, key=lambda t: (_best(t) or 0, -t.start))
        out.append(_as_part(claim, f"{claim.attribute}_{group}", {**value, "group": group}, total))
    return out


def vague_parts(claims: Iterable[Claim]) -> list[Claim]:
    """``claims`` with a figure in vague words wholly below a toll the page has already stated in
    numbers made a part of that toll: "several individuals suffocated to death as they raced out"
    after "leaving 129 people dead" tells how some of the 129 died, never a rival toll of 3 to 9.
    Same attribute, said after the toll in one chunk; the toll's lowest reading must exceed the
    vague words' highest ("dozens" after "at least 20 killed" may be the toll itself, grown)."""
    claims = list(claims)
    totals = _reported_totals(
        claims, lambda value: not value.get("vague") and isinstance(value.get("low"), (int, float))
    )
    if not totals:
        return claims
    out = []
    for claim in claims:
        value = claim.as_count() if claim.kind == "count" else None
        high = value.get("high") if value else None
        above = [
            t
            for t in totals.get(claim.attribute, ())
            if isinstance(high, (int, float)) and t.start < claim.start and t.as_count()["low"] > high
        ]
        if (
            value is None
            or not value.get("vague")
            or not above
            or value.get("part")
            or value.get("period")
            or value.get("status") != "reported"
        ):
            out.append(claim)
            continue
        total = max(above, key=lambda t: t.start)
        out.append(_as_part(claim, f"{claim.attribute}_part", dict(value), total))
    return out


def _reported_totals(claims: list[Claim], also: Callable[[CountValue], bool]) -> dict[str, list[Claim]]:
    """The page's reported figures, by attribute, that are no part and count over no period, and
    pass ``also``: the totals a figure said beside them may be a part of."""
    totals: dict[str, list[Claim]] = {}
    for c in claims:
        value = c.as_count() if c.kind == "count" else None
        if (
            value
            and value.get("status") == "reported"
            and not value.get("part")
            and not value.get("period")
            and also(value)
        ):
            totals.setdefault(c.attribute, []).append(c)
    return totals


def _as_part(claim: Claim, attribute: str, value: dict, total: Claim) -> Claim:
    """``claim`` made a part of ``total`` under ``attribute`` (its id made anew for it)."""
    part = cast(CountValue, {**value, "part": True, "part_of": total.text})
    return replace(
        claim,
        id=Claim.make_id(claim.doc, claim.kind, attribute, claim.start, claim.end),
        attribute=attribute,
        value=part,
    )
