"""Where it happened: the parts of one place that sources put the happening in.

Sources place a happening in a quarter or a side of a city or a region: "a fire in West Kensington",
"a blaze at a North Kensington tower block", "the strike in eastern Aleppo". Two sources that name
one place with parts that exclude each other (``compare.places.parts``: north and west, eastern and
western; "north-west" and west do not) disagree about where it was; the place named without a part
("Kensington") is only less precise. A part is the place's own first word ("West Kensington") or the
word written before it ("in northern Gaza"). Only the places a sentence sets the happening in count
(a method claim's ``where``: ``verify.extract.setting``), so a hearing in South Kensington weeks
later, or "ordered to leave for the southern Gaza Strip", is not where it was; a country's or a US state's own name ("North Korea", "South
Carolina") has no part, and a page that names both parts sets neither against the other.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from functools import lru_cache

from ..models import Claim, Finding
from ..rules import Rule
from ..text.places import country_or_state
from ..text.spelling import plain
from .context import Context, by_event, event_label, make_finding, side_of

_WORD_BEFORE = re.compile(r"([A-Za-z]+)[\s-]*$")


def part_of(claim: Claim, parts: dict[str, str]) -> tuple[str, frozenset[str]]:
    """(the place without its part, the parts named) for a place claim: "West Kensington" ->
    ("kensington", {west}); "Gaza" after "northern" -> ("gaza", {north}); "north-west Syria" ->
    ("syria", {north, west})."""
    words = plain(claim.text).split()
    named: set[str] = set()
    while len(words) > 1 and words[0] in parts:
        named.add(parts[words.pop(0)])
    if not named:
        at = claim.start - claim.sentence_start
        before = claim.sentence[max(0, at - 24) : at]
        for piece in reversed(_WORD_BEFORE.findall(before)[:1] or []):
            for word in re.split(r"-", piece.lower()):
                if word in parts:
                    named.add(parts[word])
        hyphened = re.search(r"([A-Za-z]+)-([A-Za-z]+)[\s]*$", before)
        if hyphened and {w.lower() for w in hyphened.groups()} <= parts.keys():
            named |= {parts[w.lower()] for w in hyphened.groups()}
    return " ".join(words), frozenset(named)


@lru_cache(maxsize=4096)
def _a_name_of_its_own(text: str) -> bool:
    return country_or_state(text)


def check_location(rule: Rule, ctx: Context) -> Iterator[Finding]:
    parts = ctx.rules.compare.places.parts
    if not parts:
        return
    for event, claims in by_event(ctx, ("place", "method")).items():
        # the places the sentence sets the happening in (a method's ``where``: "a fire in West
        # Kensington", "a blaze at a North Kensington tower block"), not any place it names
        settings: dict[tuple[str, int], set[str]] = defaultdict(set)
        for c in claims:
            where = c.value.get("where") if c.kind == "method" else None
            if isinstance(where, str):
                settings[(c.doc, c.sentence_start)].add(where)
        by_core: dict[str, dict[frozenset[str], list[Claim]]] = defaultdict(lambda: defaultdict(list))
        for c in claims:
            set_in = settings.get((c.doc, c.sentence_start), set())
            # (the place claim may hold the part the method's place lacks: "north Kensington")
            if c.kind != "place" or not any(c.text in w or w in c.text for w in set_in) or _a_name_of_its_own(c.text):
                continue
            core, named = part_of(c, parts)
            if core and named:
                by_core[core][named].append(c)
        label = event_label(ctx, event)
        for _core, sides in sorted(by_core.items()):
            keys = sorted(sides, key=sorted)
            for i, a in enumerate(keys):
                for b in keys[i + 1 :]:
                    if a & b:
                        continue  # "north-west" and "west": one more precise than the other
                    docs_a, docs_b = {c.doc for c in sides[a]}, {c.doc for c in sides[b]}
                    if docs_a & docs_b or {ctx.origin(c) for c in sides[a]} == {ctx.origin(c) for c in sides[b]}:
                        continue  # a page that names both parts tells of both, it disputes neither
                    side_a, side_b = (
                        side_of(_written(sides[a][0], parts), sides[a]),
                        side_of(_written(sides[b][0], parts), sides[b]),
                    )
                    summary = (
                        f"Sources place {label} in different parts of {sides[a][0].text.split()[-1]}: "
                        f"{_shown(sides[a], ctx, parts)} vs {_shown(sides[b], ctx, parts)}."
                    )
                    finding = make_finding(
                        rule,
                        "conflict",
                        "location",
                        sides[a] + sides[b],
                        summary,
                        event=event,
                        sides=[side_a, side_b],
                        rules=ctx.rules,
                    )
                    if finding is not None:
                        yield finding


def _shown(claims: list[Claim], ctx: Context, parts: dict[str, str]) -> str:
    outlets = sorted({ctx.outlet(c.doc) for c in claims})
    more = f" and {len(outlets) - 2} more" if len(outlets) > 2 else ""
    return f"“{_written(claims[0], parts)}” ({', '.join(outlets[:2])}{more})"


def _written(claim: Claim, parts: dict[str, str]) -> str:
    """The place with a part written before it ("northern Gaza"), as the source wrote it."""
    at = claim.start - claim.sentence_start
    before = _WORD_BEFORE.search(claim.sentence[max(0, at - 24) : at])
    if before is None or not set(before.group(1).lower().split("-")) <= parts.keys():
        return claim.text
    return claim.sentence[at - len(before.group(0)) : at] + claim.text
