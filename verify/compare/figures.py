"""Figures: counts of one attribute of one event compared as intervals.

``figure_interval`` is what a count claim can mean ([51, inf) for "more than 50"; a named victim is
at least one); ``interval_text`` shows it ("51+", "24–99", "12") — the report and editor mode show
figures with these two. ``figure_relation`` says agree, compatible (overlap), update (a later
report's higher, disjoint figure revises an earlier one) or conflict; ``unit_class`` keeps totals
over a period apart from one incident's toll.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator, Mapping
from typing import Any

from ..models import Claim, Finding
from ..rules import Rule
from .context import Context, by_event, emit, event_label, pairs_of


def figure_interval(claim: Claim) -> tuple[float, float]:
    """What a count claim can mean: [low, high], high infinite when open above."""
    return value_interval(claim.value)


def value_interval(value: Mapping[str, Any]) -> tuple[float, float]:
    """``figure_interval`` of a count's value (a claim's, or a report's ``claims[].value``)."""
    low = value.get("low")
    high = value.get("high")
    if value.get("individual") and low:
        # "Maaz was killed", "a 25-year-old man was shot": at least one, not a toll of exactly one
        return float(low), float("inf")
    return float(low if low is not None else 0), float("inf") if high is None else float(high)


def interval_text(value: Mapping[str, Any]) -> str:
    """A count's interval as the report and editor mode show it: ``51+`` (open above), ``24–99``,
    ``12``; empty when the value has no figure."""
    if value.get("low") is None:
        return ""
    low, high = value_interval(value)
    shown_low = int(low)
    return f"{shown_low}+" if high == float("inf") else (f"{shown_low}" if low == high else f"{shown_low}–{int(high)}")


def shown(claim: Claim) -> str:
    """A figure as findings cite it: its words and its interval, “more than 50 people” [51+]."""
    return f"“{claim.text}” [{interval_text(claim.value)}]"


def figure_relation(a: Claim, b: Claim, ctx: Context) -> str:
    """agree, compatible, update or conflict for two figures of one attribute."""
    (al, ah), (bl, bh) = figure_interval(a), figure_interval(b)
    if (al, ah) == (bl, bh):
        return "agree"
    tol = ctx.rules.figure_tolerance
    if al <= bh * (1 + tol) and bl <= ah * (1 + tol):
        return "compatible"
    if ctx.rules.rising_toll_is_update and a.attribute in ctx.rules.update_attributes:
        pa, pb = ctx.published(a), ctx.published(b)
        if pa and pb and pa != pb:
            earlier, later = (a, b) if pa < pb else (b, a)
            if figure_interval(later)[0] > figure_interval(earlier)[1]:
                return "update"
    return "conflict"


def unit_class(claim: Claim) -> str:
    """What a figure counts, for comparison: people and civilians alike; a total over a period
    ("since April 22", "in six months") is never set against one incident's toll, nor against a
    total over another period: its class names the period's start (``period_start``: "people,
    total since 2016-04-22"), or its words when the start is unknown ("people, total in six months")."""
    unit = str(claim.value.get("unit") or "people")
    unit = "people" if unit in ("people", "civilians") else unit
    if not claim.value.get("period"):
        return unit
    start = claim.value.get("period_start")
    return f"{unit}, total since {start}" if start else f"{unit}, total {str(claim.value['period']).lower()}"


def same_unit_class(a: Claim, b: Claim) -> bool:
    """``unit_class`` alike, a start with no year stated ("since September") matching a start of
    that month with a year ("since September 2015")."""
    ua, ub = unit_class(a), unit_class(b)
    if ua == ub:
        return True
    for undated, dated in ((ua, ub), (ub, ua)):
        head, _, month = undated.partition(", total since --")
        if month and re.fullmatch(re.escape(head) + r", total since \d{4}-" + re.escape(month), dated):
            return True
    return False


def check_interval(rule: Rule, ctx: Context) -> Iterator[Finding]:
    hit = "facilities_hit" if "facilities_hit" in ctx.rules.count_words else None
    for event, claims in by_event(ctx, rule.kinds).items():
        by_attr: dict[tuple[str, str], list[Claim]] = defaultdict(list)
        for c in claims:
            if c.kind == "count" and not c.value.get("part") and not c.value.get("earlier_of") \
                    and c.value.get("low") is not None:   # an earlier figure a source says was replaced is no current toll
                # "attacks on 27 hospitals" counts the hospitals hit, as "27 hospitals were targeted" does
                facilities = hit is not None and c.attribute == "attacks" and c.value.get("unit") in ctx.rules.facility_subjects
                by_attr[(hit if facilities else c.attribute, unit_class(c))].append(c)
        # A start with no year stated ("since September", undated report) is the event's one start
        # of that month with a year ("since September 2015"), when it has exactly one.
        for attribute, unit in [k for k in by_attr if ", total since --" in k[1]]:
            head, _, start = unit.partition(", total since --")
            dated = [k for k in by_attr if k[0] == attribute and re.fullmatch(
                re.escape(head) + r", total since \d{4}-" + re.escape(start), k[1])]
            if len(dated) == 1:
                by_attr[dated[0]].extend(by_attr.pop((attribute, unit)))
        for (attribute, unit), group in sorted(by_attr.items()):
            if any(not c.value.get("individual") for c in group):
                # "Maaz was killed" names one victim among many: it is not a toll to set against one
                group = [c for c in group if not c.value.get("individual")]
            verdicts: dict[str, list[tuple[Claim, Claim]]] = defaultdict(list)
            for a, b in pairs_of(group, ctx):
                verdicts[figure_relation(a, b, ctx)].append((a, b))
            label = event_label(ctx, event)
            what = attribute if unit == "people" else f"{attribute} ({unit})"

            def describe(verdict: str, pairs: list[tuple[Claim, Claim]], what=what, label=label) -> str:
                a, b = pairs[0]
                more = f" and {len(pairs) - 1} more pair(s)" if len(pairs) > 1 else ""
                if verdict == "agree":
                    return f"Sources agree on {what} in {label}: {shown(a)}{more}."
                if verdict == "compatible":
                    return (f"Figures for {what} in {label} overlap but differ in precision: "
                            f"{shown(a)} in {a.doc} vs {shown(b)} in {b.doc}{more}.")
                if verdict == "update":
                    early, late = sorted((a, b), key=lambda x: ctx.published(x) or "")
                    return (f"The figure for {what} in {label} rose from {shown(early)} ({early.doc}, "
                            f"{ctx.published(early)}) to {shown(late)} ({late.doc}, {ctx.published(late)}): "
                            f"a later report revises it{more}.")
                dates = "" if ctx.published(a) and ctx.published(b) else \
                    " (publication dates unknown, so this cannot be told apart from a later revision)"
                return (f"Figures for {what} in {label} contradict each other: {shown(a)} in {a.doc} "
                        f"vs {shown(b)} in {b.doc}{dates}{more}.")

            yield from emit(rule, attribute, event, verdicts, describe)
