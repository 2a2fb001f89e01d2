"""Matching the phrase lists of the rules (aliases, method words, actors) in running text.

Phrases match whole words, case-insensitively, with spaces and hyphens interchangeable
("air strike" = "air-strike", "Bashar al-Assad" = "Bashar-al Assad"), longest phrase first.
``phrase_pattern`` compiles a phrase list once (cached); extractors that match the same list in
every sentence keep the compiled pattern (per rule set) and call ``find_compiled``, so the list is
neither rebuilt nor hashed per sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache

from ..text import fold_phrase


def _phrase_regex(phrase: str) -> str:
    tokens = [t for t in re.split(r"[\s\-‐–]+", phrase.strip()) if t]
    body = r"[\s\-‐–]*".join(re.escape(t).replace("'", "['’]").replace("’", "['’]") for t in tokens)
    return body


@lru_cache(maxsize=64)
def _compile(phrases: tuple[str, ...], case_sensitive: tuple[str, ...]) -> re.Pattern[str] | None:
    if not phrases:
        return None
    ordered = sorted(set(phrases), key=lambda p: (-len(p), p))
    alternatives = []
    by_first: dict[str, list[str]] = {}
    for phrase in ordered:
        body = _phrase_regex(phrase)
        alternatives.append(body if phrase not in case_sensitive else f"(?-i:{body})")
        by_first.setdefault(_first_character(phrase), []).append(alternatives[-1])
    if all(len(first) == 1 and first.isascii() and first.isalnum() for first in by_first):
        # The alternatives grouped by their first letter, each group behind a look-ahead for it:
        # the regex engine tries a few dozen look-aheads at a word's start rather than every phrase
        # (a list of hundreds). Case-insensitive ASCII letters and digits match disjoint sets of
        # characters, so at any position at most one group can match, and within a group the
        # order is the list's: the matches are the very same.
        alternatives = [f"(?={first})(?:{'|'.join(bodies)})" for first, bodies in by_first.items()]
    return re.compile(r"(?<![\w])(?:" + "|".join(alternatives) + r")(?![\w])", re.IGNORECASE)


def _first_character(phrase: str) -> str:
    """The lower-case first character of a phrase's first word (what its pattern starts with)."""
    words = [t for t in re.split(r"[\s\-‐–]+", phrase.strip()) if t]
    return words[0][0].lower() if words else ""


def phrase_pattern(phrases: Iterable[str]) -> re.Pattern[str] | None:
    """The compiled pattern of a phrase list (None for an empty list).

    Short all-capital phrases (acronyms such as "IS", "AP", "UN") match only in capitals.
    """
    phrases = tuple(phrases)
    exact = tuple(p for p in phrases if p.isupper() and len(p) <= 4)
    return _compile(phrases, exact)


def find_compiled(text: str, pattern: re.Pattern[str] | None) -> Iterator[tuple[int, int, str]]:
    """(start, end, matched text) of every match of a ``phrase_pattern``, left to right."""
    if pattern is None:
        return
    for match in pattern.finditer(text):
        yield match.start(), match.end(), match.group(0)


def lookup(table: dict[str, str], matched: str) -> str | None:
    """The canonical name for ``matched`` in a table keyed by ``fold_phrase`` of each alias."""
    return table.get(fold_phrase(matched))
