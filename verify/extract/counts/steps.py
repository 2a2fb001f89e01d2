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

from collections.abc import Iterable
from dataclasses import replace
from typing import cast

from ...models import Claim, CountValue

__all__ = ["restated_parts", "running_steps"]

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
