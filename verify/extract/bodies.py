"""Public bodies named by common nouns: "the Israeli army", "a Gaza civil defence chief", "the
Hamas-run health ministry", "the Ministry of Health in Gaza".

spaCy tags such phrases rarely (they are written in lower case), yet they are the sources a story
cites. ``find_bodies`` finds the phrases of ``entities.bodies`` in a sentence, in any case, with the
country or group they belong to, so that Turkey's health ministry is not Syria's:

- a demonym or a "-run"/"-controlled" group right before is part of the name as written ("Israeli
  army", "Hamas-run Health Ministry");
- a place right before or "in <place>" right after, or a possessive ("Turkey's"), qualifies it:
  "a Gaza civil defence chief" is the body "civil defence" of Gaza. The place stays outside the
  mention's words unless it follows ("Ministry of Health in Gaza"), and goes into the canonical name.

Demonyms map to their country through the rules' ``demonyms`` ("Israeli" -> Israel), so "the
Israeli army" and "Israel's army" are compared as one name.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from spacy.tokens import Span

from ..rules import RuleSet
from ..text.spelling import plain
from .lexicon import find_compiled, phrase_pattern

_GROUP = re.compile(
    r"(?<![\w'’-])(?!(?:The|A|An)\b)([A-Z][\w'’]*(?:\s+[A-Z][\w'’]*)?)-(?:run|controlled|led|backed|based|"
    r"affiliated|allied)\s+(?:([A-Z][\w'’]*)\s+)?$"
)
_PLACE_LABELS = ("GPE", "LOC")


@lru_cache(maxsize=8)
def _tables(rules: RuleSet) -> tuple[re.Pattern[str] | None, dict[str, str]]:
    return phrase_pattern(rules.entities.bodies), {plain(w): c for w, c in rules.countries.items()}


def demonym_country(word: str, rules: RuleSet) -> str | None:
    """The country a demonym names ("Israeli" -> "Israel"), from the rules' ``demonyms``."""
    return _tables(rules)[1].get(plain(word))


def _names(ents: list[Span], base: int) -> list[tuple[int, int]]:
    """The organisation and facility names the tagger found, without a leading article."""
    out = []
    for e in ents:
        if e.label_ in ("ORG", "FAC"):
            start = e[1].idx if len(e) > 1 and e[0].lower_ in ("the", "a", "an") else e.start_char
            out.append((start - base, e.end_char - base))
    return out


def find_bodies(sent: Span, rules: RuleSet, ents: list[Span]) -> Iterator[tuple[int, int, int, str, str]]:
    """(start, end, end of the body's own words, written, canonical) of each body phrase in ``sent``
    that belongs to someone; offsets relative to the sentence. A body of no one ("the government")
    names nothing."""
    pattern, demonyms = _tables(rules)
    if pattern is None:
        return
    text, base = sent.text, sent.start_char
    for start, end, matched in find_compiled(text, pattern):
        if any(s < start and end <= e or s <= start and end < e for s, e in _names(ents, base)):
            continue  # part of a longer name the tagger found: "Gaza Health Ministry"
        before = text[:start]
        qualifier, place = None, None
        group = _GROUP.search(before)
        words = before.split()
        last = words[-1] if words else ""
        if group:
            start = group.start(1)
            qualifier = " ".join(g for g in group.groups() if g)
        elif last and plain(last) in demonyms:
            start = before.rstrip().rfind(last)
            qualifier = demonyms[plain(last)]
        else:
            for e in ents:
                e_end = e.end_char - base
                if (
                    e.label_ in _PLACE_LABELS
                    and 0 <= start - e_end <= 3
                    and text[e_end:start].strip() in ("", "'s", "’s")
                ):
                    place = e.text
        core_end = end
        after = re.match(r"\s+in\s+([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)", text[end:])
        if (
            place is None
            and qualifier is None
            and after
            and any(e.label_ in _PLACE_LABELS and e.text == after.group(1) for e in ents)
        ):
            place = after.group(1)
            end += after.end()
        if place is None and qualifier is None:
            continue
        written = text[start:end]
        canonical = f"{place or qualifier} {matched}"
        yield start, end, core_end, written, canonical
