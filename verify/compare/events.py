"""Methods, dates and attribution of one event: compatible in the taxonomy, the same day, one perpetrator.

A method or cause claim may give alternatives ("a missile or negligence"): it is compatible with
a claim when one of them is. A method only in a condition ("if a drone dropped it") is no position
and is left out. Attribution claims about one actor share a ``key`` (``Israeli`` and ``Israel``);
the stances that say an actor did it are ``POSITIVE``.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from datetime import date
from itertools import combinations

from ..cluster.signatures import happening_days
from ..models import Claim, Finding
from ..rules import Rule, RuleSet
from .context import Context, by_event, emit, event_day, event_label, in_the_story_s_year, pairs_of

#: The stances of a source that says an actor did it.
POSITIVE = ("asserted", "accused")


def method_nodes(claim: Claim) -> list[str]:
    """The taxonomy nodes a method claim gives: its alternatives, or its one method."""
    value = claim.as_method()
    return list(value.get("alternatives") or [value["method"]])


def method_verdict(rules: RuleSet, a: Claim, b: Claim) -> str:
    """``agree`` (the same nodes), ``compatible`` (one of each compatible in the taxonomy) or ``conflict``."""
    na, nb = method_nodes(a), method_nodes(b)
    if set(na) == set(nb):
        return "agree"
    return "compatible" if any(rules.methods.are_compatible(x, y) for x in na for y in nb) else "conflict"


def actor_key(claim: Claim) -> str:
    """What attribution claims about one actor share."""
    value = claim.as_attribution()
    return str(value.get("key") or value["actor"])


def check_method(rule: Rule, ctx: Context) -> Iterator[Finding]:
    for event, claims in by_event(ctx, rule.kinds).items():
        methods = [c for c in claims if c.kind == "method" and c.as_method().get("stance") != "hypothetical"]
        verdicts: dict[str, list[tuple[Claim, Claim]]] = defaultdict(list)
        for a, b in pairs_of(methods, ctx):
            verdicts[method_verdict(ctx.rules, a, b)].append((a, b))
        label = event_label(ctx, event)

        def describe(verdict: str, pairs, label=label) -> str:
            a, b = next(((x, y) for x, y in pairs if x.as_method()["method"] != y.as_method()["method"]), pairs[0])
            if verdict == "conflict":
                return (
                    f"Sources disagree on how {label} was carried out: {ctx.cite(a)} "
                    f"({a.as_method()['method'].replace('_', ' ')}) vs {ctx.cite(b)} ({b.as_method()['method'].replace('_', ' ')})."
                )
            if verdict == "compatible":
                return f"Methods given for {label} are compatible but differ in detail: {ctx.cite(a)} vs {ctx.cite(b)}."
            return f"Sources agree on the method in {label}: {a.as_method()['method'].replace('_', ' ')}."

        yield from emit(rule, "method", event, verdicts, describe, ctx.rules)


def check_date(rule: Rule, ctx: Context) -> Iterator[Finding]:
    for event, claims in by_event(ctx, rule.kinds).items():
        # not the day something was said, photographed or stamped
        # a day written without a year in an undated page ("on 14 October") is in the story's year
        times = in_the_story_s_year([c for c in claims if c.kind == "time"], event_day(ctx, event), said=False)
        days = [c for c in happening_days(times) if c.as_time().get("start")]
        verdicts: dict[str, list[tuple[Claim, Claim]]] = defaultdict(list)
        for a, b in pairs_of(days, ctx):
            gap = abs(
                (date.fromisoformat(str(a.as_time()["start"])) - date.fromisoformat(str(b.as_time()["start"]))).days
            )
            verdicts["agree" if gap <= ctx.rules.time.same_day_tolerance_days else "conflict"].append((a, b))
        label = event_label(ctx, event)

        def describe(verdict: str, pairs, label=label) -> str:
            a, b = pairs[0]
            if verdict == "conflict":
                return (
                    f"Sources give different days for {label}: {ctx.cite(a)} = {a.as_time()['start']} "
                    f"vs {ctx.cite(b)} = {b.as_time()['start']}."
                )
            return f"Sources agree on the day of {label}: {a.as_time()['start']}."

        yield from emit(rule, "date", event, verdicts, describe, ctx.rules)


def check_attribution(rule: Rule, ctx: Context) -> Iterator[Finding]:
    contradicts = ctx.rules.attribution.contradicting
    for event, claims in by_event(ctx, rule.kinds).items():
        found = [c for c in claims if c.kind == "attribution"]
        verdicts: dict[str, list[tuple[Claim, Claim]]] = defaultdict(list)
        for a, b in pairs_of(found, ctx):
            if actor_key(a) != actor_key(b):
                continue
            pair = frozenset((a.as_attribution()["stance"], b.as_attribution()["stance"]))
            if pair in contradicts:
                verdicts["conflict"].append((a, b))
            elif a.as_attribution()["stance"] == b.as_attribution()["stance"]:
                verdicts["agree"].append((a, b))
        # different perpetrators: one source asserts only X, another only Y
        asserted: dict[str, dict[str, list[Claim]]] = defaultdict(lambda: defaultdict(list))
        for c in found:
            if c.as_attribution()["stance"] in POSITIVE:
                asserted[ctx.origin(c)][actor_key(c)].append(c)
        for oa, ob in combinations(sorted(asserted), 2):
            if not set(asserted[oa]) & set(asserted[ob]):
                verdicts["conflict"].append(
                    (asserted[oa][sorted(asserted[oa])[0]][0], asserted[ob][sorted(asserted[ob])[0]][0])
                )
        label = event_label(ctx, event)

        def describe(verdict: str, pairs, label=label) -> str:
            a, b = pairs[0]
            if verdict == "conflict":
                return (
                    f"Responsibility for {label} is disputed: {ctx.outlet(a.doc)} has {a.as_attribution()['actor']} "
                    f"{a.as_attribution()['stance']} ({ctx.cite(a)}), {ctx.outlet(b.doc)} has "
                    f"{b.as_attribution()['actor']} {b.as_attribution()['stance']} ({ctx.cite(b)})."
                )
            return f"Sources agree that {a.as_attribution()['actor']} is {a.as_attribution()['stance']} for {label}."

        yield from emit(rule, "perpetrator", event, verdicts, describe, ctx.rules)
