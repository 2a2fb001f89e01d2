"""Named happenings other than storms: a flight ("Flight JT610", "MH17"), a military operation
("Operation Protective Edge"), a named fire ("the Camp Fire"). Each name is a key of its kind, as a
storm's is: ``named_happenings`` yields where a sentence writes one, with its kind and the name it
stands for ("MH17" and "Malaysia Airlines Flight 17" are one flight, "Flight 17"). The word lists are
``entities.flight_heads``, ``operation_heads`` and ``fire_heads``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import NamedTuple

from ..rules import RuleSet

_GAP = r"[^\S\n]+"
#: an airline designator (two letters, or a letter and a digit) and a flight number
_DESIGNATOR = r"(?:[A-Z]{2}|[A-Z][0-9]|[0-9][A-Z])"
_NUMBER_END = r"(?![\w-]|[.,][0-9])"


class NamedHappening(NamedTuple):
    """A happening's own name in a text: where it is written, its kind ("flight", "operation",
    "fire") and the name it stands for, the same for each spelling ("Flight 610" for "JT610")."""

    start: int
    end: int
    kind: str
    canonical: str


def _heads(words: tuple[str, ...], capital: bool) -> str:
    """An alternation of head phrases, capitalised (``capital``) or in either case at each word's start."""
    out = []
    for phrase in sorted(words, key=len, reverse=True):
        parts = []
        for w in phrase.lower().split():
            first = w[:1].upper() if capital else f"[{re.escape(w[:1].upper())}{re.escape(w[:1])}]"
            parts.append((re.escape(first) if capital else first) + re.escape(w[1:]))
        out.append(_GAP.join(parts))
    return "|".join(out)


@lru_cache(maxsize=8)
def _patterns(rules: RuleSet) -> tuple[tuple[str, re.Pattern[str]], ...]:
    ents = rules.entities
    out: list[tuple[str, re.Pattern[str]]] = []
    if ents.flight_heads:
        # "Flight JT610", "flight JT 610", "Flight 610" (a lower-case head before a bare number:
        # ``_flight_number``)
        out.append(
            (
                "flight",
                re.compile(
                    rf"(?<![\w-])(?P<head>{_heads(ents.flight_heads, False)}){_GAP}"
                    rf"(?:(?P<code>{_DESIGNATOR})[^\S\n]?)?(?P<number>[0-9]{{1,4}}){_NUMBER_END}"
                ),
            )
        )
    if ents.operation_heads:
        out.append(
            (
                "operation",
                re.compile(
                    rf"(?<![\w-])(?:{_heads(ents.operation_heads, True)}){_GAP}"
                    rf"(?P<name>[A-Z][a-z]+(?:{_GAP}[A-Z][a-z]+){{0,2}})\b(?!{_GAP}[A-Z])"
                ),
            )
        )
    if ents.fire_heads:
        out.append(
            (
                "fire",
                re.compile(
                    rf"(?<![\w-])[Tt]he{_GAP}(?P<name>[A-Z][a-z]+){_GAP}"
                    rf"(?P<head>{_heads(ents.fire_heads, True)})\b(?!{_GAP}[A-Z])"
                ),
            )
        )
    return tuple(out)


def _flight_number(page: str, m: re.Match[str]) -> bool:
    """A flight head before a bare number names a flight when capitalised ("Flight 610") or after
    a capitalised word ("Lion Air flight 610"), never in "the flight 13 minutes after take-off"."""
    if m["code"] or m["head"][:1].isupper():
        return True
    return re.search(r"[A-Z][\w'’]*[^\S\n]+$", page[max(0, m.start() - 40) : m.start()]) is not None


@lru_cache(maxsize=8)
def _code_alone() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-])(?P<code>[A-Z]{{2}})(?P<number>[0-9]{{2,4}}){_NUMBER_END}")


@lru_cache(maxsize=8)
def _writes_flight(text: str, rules: RuleSet) -> bool:
    heads = rules.entities.flight_heads
    return bool(heads) and re.search(rf"(?<![\w-])(?:{_heads(heads, False)})\b", text) is not None


def named_happenings(page: str, begin: int, end: int, rules: RuleSet) -> Iterator[NamedHappening]:
    """The named happenings written in ``page`` between ``begin`` and ``end`` (a sentence), in text
    order: a flight, an operation, a fire (see the module docstring). A flight's designator alone
    ("MH17": two letters and a number) is one only on a page that writes a flight head."""
    found: list[NamedHappening] = []
    for kind, pattern in _patterns(rules):
        for m in pattern.finditer(page, begin, end):
            if kind == "flight":
                if not _flight_number(page, m):
                    continue
                canonical = f"Flight {int(m['number'])}"
                start = m.start()
            elif kind == "operation":
                if re.search(r"[A-Z][a-z]+[^\S\n]+$", page[max(0, m.start() - 40) : m.start()]):
                    continue  # "Rescue Operation Ends": a title-case headline's words, no name
                canonical = f"{page[m.start() : m.start('name')].strip()} {m['name']}"
                start = m.start()
            else:
                canonical = f"{m['name']} {m['head']}"
                start = m.start("name")
            found.append(NamedHappening(start, m.end(), kind, re.sub(_GAP, " ", canonical)))
    if _writes_flight(page, rules):
        for m in _code_alone().finditer(page, begin, end):
            if not any(f.start <= m.start() < f.end for f in found):
                found.append(NamedHappening(m.start(), m.end(), "flight", f"Flight {int(m['number'])}"))
    found.sort()
    return iter(found)
