"""Methods, dates and attribution of one event: compatible in the taxonomy, the same day, one perpetrator."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from datetime import date
from itertools import combinations

from ..models import Claim, Finding
from ..rules import Rule
from .context import Context, by_event, emit, event_label, pairs_of


def check_method(rule: Rule, ctx: Context) -> Iterator[Finding]:
    for event, claims in by_event(ctx, rule.kinds).items():
        methods = [c for c in claims if c.kind == "method"]
        verdicts: dict[str, list[tuple[Claim, Claim]]] = defaultdict(list)
        for a, b in pairs_of(methods, ctx):
            ma, mb = a.value["method"], b.value["method"]
            verdict = "agree" if ma == mb else ("compatible" if ctx.rules.methods_compatible(ma, mb) else "conflict")
            verdicts[verdict].append((a, b))
        label = event_label(ctx, event)

        def describe(verdict: str, pairs, label=label) -> str:
            a, b = next(((x, y) for x, y in pairs if x.value["method"] != y.value["method"]), pairs[0])
            if verdict == "conflict":
                return (f"Sources disagree on how {label} was carried out: {ctx.cite(a)} "
                        f"({a.value['method'].replace('_', ' ')}) vs {ctx.cite(b)} ({b.value['method'].replace('_', ' ')}).")
            if verdict == "compatible":
                return f"Methods given for {label} are compatible but differ in detail: {ctx.cite(a)} vs {ctx.cite(b)}."
            return f"Sources agree on the method in {label}: {a.value['method'].replace('_', ' ')}."

        yield from emit(rule, "method", event, verdicts, describe)


def check_date(rule: Rule, ctx: Context) -> Iterator[Finding]:
    for event, claims in by_event(ctx, rule.kinds).items():
        days = [c for c in claims if c.kind == "time" and c.value.get("granularity") == "day" and c.value.get("start")]
        verdicts: dict[str, list[tuple[Claim, Claim]]] = defaultdict(list)
        for a, b in pairs_of(days, ctx):
            gap = abs((date.fromisoformat(a.value["start"]) - date.fromisoformat(b.value["start"])).days)
            verdicts["agree" if gap <= ctx.rules.same_day_tolerance else "conflict"].append((a, b))
        label = event_label(ctx, event)

        def describe(verdict: str, pairs, label=label) -> str:
            a, b = pairs[0]
            if verdict == "conflict":
                return (f"Sources give different days for {label}: {ctx.cite(a)} = {a.value['start']} "
                        f"vs {ctx.cite(b)} = {b.value['start']}.")
            return f"Sources agree on the day of {label}: {a.value['start']}."

        yield from emit(rule, "date", event, verdicts, describe)


def check_attribution(rule: Rule, ctx: Context) -> Iterator[Finding]:
    contradicts = ctx.rules.stance_contradicts
    for event, claims in by_event(ctx, rule.kinds).items():
        found = [c for c in claims if c.kind == "attribution"]
        verdicts: dict[str, list[tuple[Claim, Claim]]] = defaultdict(list)
        for a, b in pairs_of(found, ctx):
            if a.value["actor"] != b.value["actor"]:
                continue
            pair = frozenset((a.value["stance"], b.value["stance"]))
            if pair in contradicts:
                verdicts["conflict"].append((a, b))
            elif a.value["stance"] == b.value["stance"]:
                verdicts["agree"].append((a, b))
        # different perpetrators: one source asserts only X, another only Y
        asserted: dict[str, dict[str, list[Claim]]] = defaultdict(lambda: defaultdict(list))
        for c in found:
            if c.value["stance"] in ("asserted", "blamed"):
                asserted[ctx.origin(c)][c.value["actor"]].append(c)
        for oa, ob in combinations(sorted(asserted), 2):
            if not set(asserted[oa]) & set(asserted[ob]):
                verdicts["conflict"].append((asserted[oa][sorted(asserted[oa])[0]][0],
                                             asserted[ob][sorted(asserted[ob])[0]][0]))
        label = event_label(ctx, event)

        def describe(verdict: str, pairs, label=label) -> str:
            a, b = pairs[0]
            if verdict == "conflict":
                return (f"Responsibility for {label} is disputed: {a.doc} has {a.value['actor']} "
                        f"{a.value['stance']} ({ctx.cite(a)}), {b.doc} has {b.value['actor']} {b.value['stance']} "
                        f"({ctx.cite(b)}).")
            return f"Sources agree that {a.value['actor']} is {a.value['stance']} for {label}."

        yield from emit(rule, "perpetrator", event, verdicts, describe)
