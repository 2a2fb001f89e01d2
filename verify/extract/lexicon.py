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
    for phrase in ordered:
        body = _phrase_regex(phrase)
        alternatives.append(body if phrase not in case_sensitive else f"(?-i:{body})")
    return re.compile(r"(?<![\w])(?:" + "|".join(alternatives) + r")(?![\w])", re.IGNORECASE)


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
