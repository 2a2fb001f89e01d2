"""Places inside places: the line of an event's figures each one is compared on, below a country.

A blizzard's toll is given for a city ("in Merrick alone", "the city's toll", said by the city's
police), for its county ("in Tarrow County"), for two counties together ("in Tarrow and Bessel
counties") and for the state ("statewide"). Set on one timeline, a same-day city 4 and county 7 read
as a conflict and the series as revisions. ``local_lines`` gives each figure limited to such a place
that place's own line, when the story gives figures of that place and of a place containing it
(containment from the text: "X County" is a county, "the city of X", "X, a city in Y"; the kinds of
place and their order are ``figures.scopes.levels``); a figure of two places is their sum's own
line. A story giving figures of one place only, however it names it, keeps one line: the figures of
the event's own place, and those limited to no place, stay on the event's line (None). An event of
a whole country holds every place below it ("577 in the province" of a flood in Pakistan).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from ..models import Claim
from ..rules.figures import Scopes
from ..text.places import country_around
from .context import Context

__all__ = ["local_lines", "wider_lines"]


def local_lines(counts: Iterable[Claim], ctx: Context, place: str | None) -> dict[str, str]:
    """Claim id -> the line of the place its figure is limited to, for the figures not on the event's
    own line (``place``: the event's own place): a place below a country (empty when the event's
    figures are of one place only, or of places none of which holds another), or the country
    around the event's own place (``wider_lines``)."""
    counts = [c for c in counts if c.kind == "count"]
    return {**wider_lines(counts, ctx, place), **_lines_below(counts, ctx, place)}


def wider_lines(counts: Iterable[Claim], ctx: Context, place: str | None) -> dict[str, str]:
    """Claim id -> the country its figure is limited to, when that country holds the event's own
    place, a place below a country, and its sentence sets it there with a preposition of
    ``figures.scopes.set_in`` ("133 killed across Iran" beside "40 killed in Zahedan", of a shooting
    in Zahedan): the country's tally is a wider scope, on a line of its own, never the city's toll. Only when the story gives figures of the event's own place too: figures of the
    country alone are the event's (an event of a country, or one spanning countries, holds them:
    ``country_around``)."""
    if not place:
        return {}
    counts = [c for c in counts if c.kind == "count"]
    own = place.casefold()
    wheres = {c.id: str(c.as_count().get("where") or "") for c in counts}
    if not any(w and all(_the_event_own(p, own) for p in w.split("+")) for w in wheres.values()):
        return {}
    # only a figure its sentence sets in the country ("across Iran", "during protests in Iran"):
    # the country's toll ("Lebanon toll rises to 100"), a country that gives it ("Iran says five
    # guards were killed"), a country that mourns ("Lebanon has gone into mourning after the blast
    # killed 100") count the event itself
    preps = "|".join(re.escape(p) for p in ctx.rules.figures.scopes.set_in)
    return {
        c.id: where
        for c in counts
        if (where := wheres[c.id])
        and where in ctx.countries
        and country_around(where, place)
        and preps
        and re.search(rf"\b(?:{preps})\s+(?:the\s+)?{re.escape(where)}\b(?!['’])", c.sentence, re.IGNORECASE)
    }


def _lines_below(counts: list[Claim], ctx: Context, place: str | None) -> dict[str, str]:
    scopes = ctx.rules.figures.scopes
    if not scopes.levels or not counts:
        return {}
    texts = [ctx.documents[d].text for d in sorted({c.doc for c in counts}) if d in ctx.documents]
    # an event of a whole country (a flood "in Pakistan") holds every place below it: a province's
    # toll ("577 in the province", "759 in Sindh") is that province's line, never the country's;
    # its provinces are known by a kind written after the name too ("Sindh province")
    country = place is not None and place in ctx.countries
    named = {p for c in counts if (where := _local_where(c, ctx)) for p in where.split("+")}
    kinds = {p: k for p in named if (k := _kind_of(p, texts, scopes, after=country)) is not None}
    inside = {(a, b) for a in named for b in named if a != b and _said_inside(a, b, texts, scopes)}
    own = (place or "").casefold()
    line_of = {c.id: line for c in counts if (line := _line_of(c, ctx, kinds, scopes)) is not None}
    # a place said with "alone" ("in Buffalo alone") is a line of its own even when it is the
    # event's own place: the event's unlimited figures may be of a wider one
    alone = {line for c in counts if (line := line_of.get(c.id)) and _alone(c, line, scopes)}
    own_kind = _kind_of(place, texts, scopes) if place else None

    def of_own(line: str) -> bool:
        # a kind said without a name ("across the province") is the event's own place unless that
        # place is known to be of another kind ("statewide" of a storm in Tarrow County), or is a
        # country, above every kind
        if line.startswith("the ") and line[4:] in scopes.levels:
            return not country and (own_kind is None or own_kind == line[4:])
        return _the_event_own(line, own)

    lines = {i: line for i, line in line_of.items() if not of_own(line) or line in alone}
    if not lines:
        return {}
    ranks = scopes.rank
    shown = {*lines.values(), place or ""} - {""}

    def rank(line: str) -> int | None:
        if line.startswith("the ") and line[4:] in ranks:
            return ranks[line[4:]]
        found = [kinds.get(p) or (own_kind if _the_event_own(p, own) else None) for p in line.split("+")]
        known = [ranks[k] for k in found if k is not None]
        return max(known) if known else None

    def holds(a: str, b: str) -> bool:
        """``a`` contains ``b``: the text says so, or ``a`` is of a wider kind. (A sum of places
        holds each of them, but says nothing of one place inside another: "in Norvania's Teska
        region" beside "in the Teska region" is one place, said twice.)"""
        if any((q, p) in inside for p in b.split("+") for q in a.split("+")):
            return True
        if country and a == place and not _the_event_own(b, own):
            return True
        ra, rb = rank(a), rank(b)
        return ra is not None and rb is not None and ra > rb

    nested = any(holds(a, b) for a in shown for b in shown if a != b)
    return lines if nested else {}


def _local_where(c: Claim, ctx: Context) -> str:
    """The places below a country a figure's sentence names for it ("Merrick", "Tarrow County"),
    never a country's."""
    where = str(c.as_count().get("where") or "")
    return "" if not where or set(where.split("+")) & ctx.countries else where


def _line_of(c: Claim, ctx: Context, kinds: Mapping[str, str], scopes: Scopes) -> str | None:
    """The place a figure is limited to: its own, else the one place of the kind its words name
    ("the city's toll": the city the story names, or the one its giver is of, "Merrick police"),
    else the kind itself ("statewide": "the state") when the story names no place of it."""
    if where := _local_where(c, ctx):
        return where
    level = c.as_count().get("level")
    if not level:
        return None
    of_kind = sorted(p for p, k in kinds.items() if k == level)
    if len(of_kind) == 1:
        return of_kind[0]
    if of_kind:
        said = [p for p in of_kind if re.search(rf"\b{re.escape(p)}\b", c.sentence)]
        return said[0] if len(said) == 1 else None
    return f"the {level}"


def _kind_of(place: str, texts: list[str], scopes: Scopes, after: bool = False) -> str | None:
    """A place's kind: from its name's last word ("Tarrow County"), else from the text ("the city of
    Merrick", "Merrick, a city in ..."), or with ``after`` a kind written after the name too ("Sindh
    province", of the provinces of a country's event)."""
    words = place.split()
    if len(words) > 1 and (kind := scopes.level_of_noun.get(words[-1].lower())) is not None:
        return kind
    name = re.escape(place)
    nouns = "|".join(re.escape(n) for n in sorted(scopes.level_of_noun, key=len, reverse=True))
    said = re.compile(
        rf"\b(?:the ({nouns}) of {name}\b|{name}, (?:a|an|the) (?:\w+ )?({nouns})\b{f'|{name} ({nouns})' if after else ''}\b)",
        re.IGNORECASE,
    )
    for text in texts:
        if found := said.search(text):
            return scopes.level_of_noun[(found.group(1) or found.group(2) or found.group(3)).lower()]
    return None


def _said_inside(a: str, b: str, texts: list[str], scopes: Scopes) -> bool:
    """The text puts place ``a`` in place ``b``: "the city of Merrick in Tarrow County", "Merrick, a
    city in Tarrow County"."""
    nouns = "|".join(re.escape(n) for n in sorted(scopes.level_of_noun, key=len, reverse=True))
    x, y = re.escape(a), re.escape(b)
    said = re.compile(
        rf"\b(?:the (?:{nouns}) of {x},? in {y}\b|{x}, (?:a|an) (?:\w+ )?(?:{nouns}) (?:in|of) {y}\b)", re.IGNORECASE
    )
    return any(said.search(text) for text in texts)


def _the_event_own(line: str, own: str) -> bool:
    """The line is the event's own place, said one way or another ("Tarrow County" of a storm in
    Tarrow County, "Merrick" of one in the Merrick area)."""
    return bool(own) and all(p.casefold() in own or own in p.casefold() for p in line.split("+"))


def _alone(c: Claim, line: str, scopes: Scopes) -> bool:
    """The figure's sentence limits it to its place by a word after it ("in Buffalo alone")."""
    if not scopes.alone or line.startswith("the "):
        return False
    words = "|".join(re.escape(w) for w in scopes.alone)
    return any(re.search(rf"\b{re.escape(p)}\s+(?:{words})\b", c.sentence, re.IGNORECASE) for p in line.split("+"))
