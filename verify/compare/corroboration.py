"""Corroboration: a fact of an event that fewer than ``compare.corroboration.min_sources`` independent sources state.

Only in an event that enough independent sources tell: in an event one source alone tells, every
fact is that source's alone, and the report lists such events apart (each told by one source)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

from ..models import Claim, Finding
from ..rules import Rule
from .context import Context, by_event, event_label, make_finding
from .events import POSITIVE, actor_entities, meant_actors, most_precise, on_event, story_places
from .figures import people_unit, unit_class


def fact_of(claim: Claim) -> str | None:
    """What a claim states that a second source may corroborate; None for a denial, a suspicion or
    a condition, which state no fact of the event."""
    if claim.kind == "attribution":
        stance = claim.as_attribution().get("stance")
        return f"perpetrator:{claim.as_attribution().get('actor')}" if stance in POSITIVE else None
    if claim.kind == "method":
        return (
            f"method:{claim.as_method().get('method')}" if claim.as_method().get("stance") != "hypothetical" else None
        )
    return f"{claim.attribute}:{unit_class(claim)}" if claim.kind == "count" else claim.attribute


def check_corroboration(rule: Rule, ctx: Context) -> Iterator[Finding]:
    need = ctx.rules.compare.corroboration.min_sources
    told_by = {e.id: {ctx.copies.get(d, d) for d in e.documents} for e in ctx.clustering.events}
    counts = by_event(ctx, ("count",))
    for event, claims in by_event(ctx, rule.kinds).items():
        if len(told_by.get(event, ())) < need:
            continue  # an event only one source tells: every fact of it is that source's alone
        facts: dict[str, list[Claim]] = defaultdict(list)
        actors = _actor_names(claims, ctx)
        # a method or blame set at another time or in other countries ("the 2017 mudslide") is no
        # fact of this event, as for the method check
        about = on_event(ctx, event, counts.get(event, []))
        for c in claims:
            if not about(c):
                continue
            # Figures of a toll (``compare.figures.toll_attributes``) or of attacks and facilities hit
            # (their ``counts.attributes`` roles): beds or a population need no second source.
            if c.kind == "count" and (
                c.as_count().get("part")
                or c.attribute not in ctx.rules.compare.figures.toll_attributes
                and c.attribute not in ctx.rules.counts.strikes
            ):
                continue
            fact = fact_of(c)
            apart = c.as_count().get("group") if c.kind == "count" and not c.as_count().get("parts") else None
            if ctx.rules.figures.counted_apart(apart, c.attribute):
                fact = f"{c.attribute}_{apart}:{people_unit(c, ctx)}"  # "four gunmen" with "four attackers"
            if fact is not None and c.id in actors:
                fact = f"perpetrator:{actors[c.id]}"  # "the coalition" on a page: the coalition the story names
            if fact is not None:
                facts[fact].append(c)
        label = event_label(ctx, event)
        kinds = _kinds_told(facts, ctx, need)
        for fact, group in sorted(facts.items()):
            origins = {ctx.origin(c) for c in group}
            if len(origins) >= need or fact.removeprefix("method:") in kinds:
                continue  # "the accident": a word for the kind of happening the sources agree on
            what = (
                fact.split(":", 1)[1].replace("_", " ")
                if fact.startswith(("perpetrator", "method"))
                else fact.split(":")[0]
            )
            kind = fact.split(":", 1)[0]
            shown = ", ".join(ctx.cite(c) for c in group[:3])
            summary = (
                f"Only {len(origins)} independent source states the {kind} "
                f"{'“' + what + '” ' if kind in ('perpetrator', 'method') else ''}for {label}: {shown}."
            )
            finding = make_finding(rule, "uncorroborated", kind, group, summary, event=event, rules=ctx.rules)
            if finding is not None:
                yield finding


def _kinds_told(facts: dict[str, list[Claim]], ctx: Context, need: int) -> set[str]:
    """The kinds of happening (``methods.taxonomy`` kinds: attack, accident, disaster) of the
    methods enough independent sources state: a lone claim that only names one of these kinds says
    nothing they do not."""
    taxonomy = ctx.rules.methods
    return {
        taxonomy.kind_of(fact.removeprefix("method:"))
        for fact, group in facts.items()
        if fact.startswith("method:")
        and fact.removeprefix("method:") in taxonomy.taxonomy
        and len({ctx.origin(c) for c in group}) >= need
    }


def _actor_names(claims: list[Claim], ctx: Context) -> dict[str, str]:
    """Each attribution claim's actor as the event's sources name it most precisely, a generic
    actor taken as the one actor that names it more precisely (``events.meant_actors``)."""
    attributions = [c for c in claims if c.kind == "attribution"]
    keys = meant_actors(attributions, actor_entities(ctx), ctx.rules, story_places(ctx))
    by_key: dict[str, list[str]] = defaultdict(list)
    for c in attributions:
        by_key[keys[c.id]].append(str(c.as_attribution()["actor"]))
    return {c.id: most_precise(by_key[keys[c.id]]) for c in attributions}
