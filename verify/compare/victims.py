"""Who died: the dead one body counts as fighters and another as civilians.

An army says its strike "killed 12 militants"; village elders say "15 civilians, including four
children" died. Each figure is kept on its own timeline with its scope (the fighters apart, the
civilians as the toll), so neither revises nor contradicts the other as a number. But they are two
accounts of the same dead when no toll of the event holds both — its largest (17) is below their
sum (27) — and no body gives both: the sources disagree over who the dead were
(``compare.who_died``). One finding an event, its two sides the fighters' figures and the
civilians', each with the bodies that gave them.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from ..models import Claim, Finding
from ..rules import Rule
from .context import Context, by_event, event_label, make_finding, side_of
from .figures import figure_bodies, figure_interval, shown


def _best(claim: Claim) -> float | None:
    value = claim.as_count()
    best = value.get("best")
    return float(best) if best is not None and not value.get("period") else None


def _subject(claim: Claim) -> str:
    return str(claim.as_count().get("subject") or "").lower()


def _victims_parts(claim: Claim, combatants: frozenset[str], attackers: frozenset[str]) -> bool:
    """A toll told in parts, civilians and others, none of them fighters nor attackers: the
    victims' dead by kind ("61 civilians and six security officers")."""
    parts = claim.as_count().get("parts") or []
    subjects = [str(p.get("subject") or "").lower() for p in parts]
    return len(subjects) > 1 and not any(s in combatants or s in attackers for s in subjects)


def _cite(claims: Sequence[Claim], bodies: dict[str, str | None], ctx: Context) -> str:
    """The side as the summary cites it: its first figure, then whom it is attributed to (else the
    outlets that give it)."""
    first = claims[0]
    named = list(dict.fromkeys(b for c in claims if (b := bodies.get(c.id))))
    who = named or list(dict.fromkeys(ctx.outlet(c.doc) for c in claims))
    more = f" and {len(who) - 2} more" if len(who) > 2 else ""
    return f"{shown(first)} ({', '.join(who[:2])}{more})"


def check_who_died(rule: Rule, ctx: Context) -> Iterator[Finding]:
    settings = ctx.rules.compare.who_died
    if not settings.combatants or not settings.civilians:
        return
    attackers = frozenset(ctx.rules.figures.people.groups.get("attackers", ()))
    for event, claims in by_event(ctx, rule.kinds).items():
        tolls = [c for c in claims if c.kind == "count" and c.attribute in settings.attributes and _best(c)]
        fighters = [c for c in tolls if _subject(c) in settings.combatants]
        civilians = [
            c
            for c in tolls
            if c not in fighters
            and not c.as_count().get("group")
            and (_subject(c) in settings.civilians or str(c.as_count().get("unit") or "") in settings.civilians)
        ]
        if fighters and all(c.as_count().get("group") == "attackers" for c in fighters):
            # the attackers' own dead are apart from their victims: a toll that tells its dead as
            # civilians and security forces ("61 civilians and six officers") counts the victims
            # alone, no rival account of the attackers killed
            civilians = [c for c in civilians if not _victims_parts(c, settings.combatants, attackers)]
        if not fighters or not civilians:
            continue
        bodies = figure_bodies(fighters + civilians, ctx)
        key = {c.id: (bodies.get(c.id) or f"outlet: {ctx.outlet(c.doc)}").lower() for c in fighters + civilians}
        # a body (or an outlet telling it as its own) that gives both counts two kinds of dead
        both = {key[c.id] for c in fighters} & {key[c.id] for c in civilians}
        fighters = [c for c in fighters if key[c.id] not in both]
        civilians = [c for c in civilians if key[c.id] not in both]
        if not fighters or not civilians or {ctx.origin(c) for c in fighters + civilians} == {ctx.origin(fighters[0])}:
            continue
        everyone = [c for c in tolls if c not in fighters and not c.as_count().get("group")]
        largest = max((figure_interval(c)[0] for c in everyone), default=0.0)
        least = min(figure_interval(c)[0] for c in fighters) + min(figure_interval(c)[0] for c in civilians)
        if largest >= least:
            continue  # a toll holds both: fighters and civilians died
        order = sorted(fighters, key=lambda c: (ctx.published(c) or "~", c.doc, c.start))
        others = sorted(civilians, key=lambda c: (ctx.published(c) or "~", c.doc, c.start))
        label = event_label(ctx, event)
        finding = make_finding(
            rule,
            "conflict",
            "victims",
            order + others,
            f"Sources disagree over who died in {label}: {_cite(order, bodies, ctx)} vs "
            f"{_cite(others, bodies, ctx)}; no toll holds both (the largest is {largest:g}).",
            event=event,
            sides=[
                side_of(order[0].text, order, [bodies.get(c.id) for c in order], ctx.published(order[0])),
                side_of(others[0].text, others, [bodies.get(c.id) for c in others], ctx.published(others[0])),
            ],
            rules=ctx.rules,
        )
        if finding is not None:
            yield finding
