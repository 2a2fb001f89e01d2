"""Regular expressions from the rules: compiled once, refused when they could hang a run.

A pattern in a rule file is matched against every sentence of every document, so one that
backtracks catastrophically (``(a+)+$`` on a long run of "a") would hang the run. ``check_pattern``
refuses it before any document is read, two ways: statically, a repeated group that itself holds an
unbounded repeat (the classic nested quantifier); dynamically, the pattern run (with the ``regex``
module's timeout) against probe strings — long runs of letters, digits, spaces and hyphens that end
in a character nothing expects, where backtracking patterns blow up. Both are cached per pattern, so
the shipped rules are checked once per process.

``{MONTH}`` in a pattern stands for any month name (``verify.text.MONTHS``), so the rules need not
spell the twelve months out.
"""

from __future__ import annotations

import importlib
import re
from functools import lru_cache
from typing import Any

import regex

from ..text import MONTH_ABBREVIATIONS, MONTHS

# The standard library engine's own parser (Python 3.11+): its parse tree says which repeats nest.
_sre: Any = importlib.import_module("re._constants")
_sre_parse: Any = importlib.import_module("re._parser")

# a month's name, or its abbreviation as newspapers write it ("Oct 7", "Sept. 12")
MONTH = "(?:(?:" + "|".join(MONTHS) + r")\b|(?:" + "|".join(MONTH_ABBREVIATIONS) + r")\b\.?)"
PROBE_SECONDS = 0.25
PROBES = tuple(unit * n + "\x00!" for unit in ("a", "ab", "1", " ", "a ", "-", ".") for n in (32, 4000))
_REPEATS = (_sre.MAX_REPEAT, _sre.MIN_REPEAT, getattr(_sre, "POSSESSIVE_REPEAT", _sre.MAX_REPEAT))


class PatternProblem(ValueError):
    """A pattern that cannot be used, and why (one line)."""


def expand(pattern: str) -> str:
    """The pattern with ``{MONTH}`` spelled out."""
    return pattern.replace("{MONTH}", MONTH)


@lru_cache(maxsize=1024)
def check_pattern(pattern: str) -> str:
    """The pattern, expanded, when it compiles and cannot backtrack catastrophically; else ``PatternProblem``."""
    expanded = expand(pattern)
    try:
        tree = _sre_parse.parse(expanded, re.IGNORECASE)
        re.compile(expanded, re.IGNORECASE)
    except (re.error, OverflowError, RecursionError) as exc:
        raise PatternProblem(f"not a valid regular expression: {exc}") from None
    if _nested_repeat(tree):
        raise PatternProblem(
            "a repeated group holds another unbounded repeat (as in '(a+)+'): it can backtrack "
            "catastrophically; rewrite it without the nesting"
        )
    try:
        probe = regex.compile(expanded, regex.IGNORECASE)
    except regex.error:
        return expanded  # the standard engine took it; the probe engine reads some syntax otherwise
    for text in PROBES:
        try:
            probe.search(text, timeout=PROBE_SECONDS)
        except TimeoutError:
            raise PatternProblem(
                f"takes over {PROBE_SECONDS} s on a probe of {len(text)} characters (catastrophic "
                "backtracking); make its alternatives and repeats exclusive"
            ) from None
    return expanded


def compile_pattern(pattern: str, prefix: str = "") -> re.Pattern[str]:
    """A checked pattern compiled case-insensitively, after ``prefix`` (e.g. ``^\\s*`` for whole lines)."""
    return re.compile(f"{prefix}(?:{expand(pattern)})" if prefix else expand(pattern), re.IGNORECASE)


def _children(op, av) -> list:
    if op in _REPEATS:
        return [av[2]]
    if op == _sre.SUBPATTERN:
        return [av[3]]
    if op == _sre.BRANCH:
        return list(av[1])
    if op in (_sre.ASSERT, _sre.ASSERT_NOT):
        return [av[1]]
    if op == getattr(_sre, "ATOMIC_GROUP", None):
        return [av]
    if op == _sre.GROUPREF_EXISTS:
        return [x for x in av[1:] if x]
    return []


def _repeats(tree) -> list[tuple[int, int, object]]:
    out = []
    for op, av in tree:
        if op in _REPEATS:
            out.append(av)
        for child in _children(op, av):
            out.extend(_repeats(child))
    return out


def _nested_repeat(tree) -> bool:
    """True when an unbounded repeat holds a repeat of more than one: ``(a+)+``, ``(\\w+\\s?)*``."""
    return any(
        high == _sre.MAXREPEAT and any(inner > 1 for _, inner, _ in _repeats(body)) for _, high, body in _repeats(tree)
    )
