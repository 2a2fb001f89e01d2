"""One reading per name in a document: a person, or an organisation, place or facility — never both.

spaCy's small model tags "Maria del Pilar Burton, 74" an organisation and "Grenfell Tower" or
"Al Jazeera" a person. The people extractor and the entity extractor each read every sentence;
``settle`` then decides, over one document (chunk), which reading each name keeps:

- a person mention that overlaps a named mention keeps the span when it has a person's marks (a
  title, an age, a listed given name, ``names.given_names``) or a given name before the surname of
  someone with those marks (relatives share a surname: "Kamesha Mills" beside "Brittany Mills, 28");
  otherwise the named reading stays;
- a person mention without those marks whose words are those of a named mention elsewhere in the
  document goes ("Hamas said ..." where the document names Hamas as an organisation), and so does
  one made only of ``entities.generic_words`` ("Tower");
- an outlet — the document's ``source``, its address's host, a credit such as "(Reuters)", "— AP",
  "Photo: ... / AFP" — is never a person or a place (``outlet_names``); a photo credit's
  photographer ("Burak Kara/Getty Images") is no person of the story.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from urllib.parse import urlsplit

from ..models import Document, EntityValue, PersonValue
from ..rules import RuleSet
from ..text.places import city_alias, known_places
from ..text.spelling import plain
from .base import Mention, doc_text
from .names import known_given, name_key, name_parts

_CREDIT = re.compile(
    r"\(\s*([A-Z][\w.&' -]{1,40}?)\s*\)\s*[-–—:]|[-–—]\s*([A-Z][\w.&]+(?: [A-Z][\w.&]+)?)\s*$"
    r"|/\s*([A-Z][\w.&]+(?: [A-Z][\w.&]+)?)\s*\)?\s*$",
    re.MULTILINE,
)
_HOST_NOISE = frozenset({"www", "com", "net", "org", "co", "uk", "news", "edition", "amp", "m", "en", "int", "gov"})
NAMED = ("organization", "place", "facility")


def outlet_names(document: Document, text: str) -> frozenset[str]:
    """The plain forms of the names the document's outlet and the agencies it credits go by."""
    names: set[str] = set()
    if document.source:
        names.add(plain(document.source))
        names.update(plain(p) for p in re.split(r"[()|,/]", document.source) if p.strip())
    for address in (document.url, getattr(document, "canonical_url", None)):
        if address:
            host = urlsplit(address if "//" in address else f"//{address}").hostname or ""
            names.update(p for p in host.lower().split(".") if p and p not in _HOST_NOISE)
    for m in _CREDIT.finditer(text):
        credit = next(g for g in m.groups() if g)
        if len(credit.split()) <= 3:
            names.add(plain(credit))
    names.discard("")
    return frozenset(names)


def _squashed(text: str) -> str:
    return plain(text).replace(" ", "")


def _overlaps(a: Mention, b: Mention) -> bool:
    return a.start < b.end and b.start < a.end


@lru_cache(maxsize=8)
def _generic(rules: RuleSet) -> frozenset[str]:
    return frozenset(plain(w) for w in rules.entities.generic_words)


@lru_cache(maxsize=8)
def _given(rules: RuleSet) -> frozenset[str]:
    return frozenset(known_given(rules))


def _parts(m: Mention) -> list[str]:
    return name_parts(str(m.value.get("key") or ""))


def has_person_marks(m: Mention, rules: RuleSet) -> bool:
    """A title, an age, or a listed given name before a surname."""
    parts = name_parts(str(m.value.get("key") or ""))
    return (
        bool(m.value.get("title")) or m.value.get("age") is not None or (len(parts) > 1 and parts[0] in _given(rules))
    )


def settle(
    people: Sequence[Mention],
    named: Sequence[Mention],
    rules: RuleSet,
    text: str,
    outlets: frozenset[str] = frozenset(),
) -> tuple[list[bool], list[bool]]:
    """Which person and which named mentions keep their reading (see the module docstring)."""
    keep_people = [True] * len(people)
    keep_named = [True] * len(named)
    squashed_outlets = {o.replace(" ", "") for o in outlets}
    named_words = {plain(text[n.start : n.end]) for n in named}
    full_tails = set(_tails(people))
    marked_surnames = {parts[-1] for p in people if has_person_marks(p, rules) for parts in [_parts(p)] if parts}
    for i, p in enumerate(people):
        written = text[p.start : p.end]
        if _squashed(str(p.value.get("name") or written)) in squashed_outlets or _credited(text, p):
            keep_people[i] = False
            continue
        parts = _parts(p)
        marked = (
            has_person_marks(p, rules)
            or _squashed(str(p.value.get("key") or "")) in full_tails
            or (len(parts) > 1 and parts[-1] in marked_surnames)  # "Kamesha Mills" beside "Brittany Mills, 28"
        )
        hits = [j for j, n in enumerate(named) if _overlaps(p, n)]
        if hits:
            if marked:
                for j in hits:
                    keep_named[j] = False
            else:
                keep_people[i] = False
        elif not marked and (
            plain(str(p.value.get("name") or written)) in named_words or set(plain(written).split()) <= _generic(rules)
        ):
            keep_people[i] = False  # "Hamas said" where Hamas is named as an organisation; "Tower"
    for j, n in enumerate(named):
        if n.kind != "organization" and _squashed(text[n.start : n.end]) in squashed_outlets:
            keep_named[j] = False
    return keep_people, keep_named


def _credited(text: str, m: Mention) -> bool:
    """A name in a photo credit: "(Burak Kara/Getty Images)", "Photo: Ali Jadallah/Anadolu"."""
    if "/" in text[m.start : m.end]:
        return True
    after = text[m.end : m.end + 2]
    before = text[max(0, m.start - 12) : m.start].lower()
    return after.startswith("/") or bool(re.search(r"(?:photo|picture|image|credit)s?\s*(?:by|:)\s*$", before))


def short_facilities(named: Sequence[Mention], doc, rules: RuleSet) -> list[Mention]:
    """A facility named in full and then by its name alone ("al-Ahli Arab Hospital" ... "al-Ahli"):
    each later bare use of its first distinctive word — a proper noun standing alone, the article
    or particle before it kept — is a mention of that facility."""
    text = doc_text(doc)
    generic = _generic(rules)
    taken = [(m.start, m.end) for m in named]
    out: list[Mention] = []
    # a word the page names as a place alone is that place ("a Tarsin hospital", then "the Tarsin Observatory")
    seen: set[str] = {plain(text[m.start : m.end]) for m in named if m.kind == "place"}
    for m in named:
        if m.kind != "facility":
            continue
        words = plain(str(m.value.get("name") or text[m.start : m.end])).split()
        own = [w for w in words if w not in generic and w not in rules.names.surname_particles]
        if len(words) < 2 or not own or len(own[0]) < 4 or _a_place(own[0], rules) or own[0] in seen:
            continue
        if _called_a_place(own[0], text, rules):
            continue  # "the city of Kesaro" on a page naming "Kesaro General Hospital": the city's name
        seen.add(own[0])
        pattern = re.compile(r"(?<![\w-])(?:(?:al|el)[-\s])?" + re.escape(own[0]) + r"(?![\w-])", re.IGNORECASE)
        for found in pattern.finditer(text):
            start, end = found.span()
            if not text[start:end][-len(own[0]) :][:1].isupper() or any(s < end and start < e for s, e in taken):
                continue
            span = doc.char_span(start, end, alignment_mode="expand")
            if (
                span is None
                or span.root.pos_ != "PROPN"
                or (span.end < len(doc) and doc[span.end].pos_ == "PROPN" and doc[span.end].text[:1].isupper())
            ):
                continue
            full = m.as_named()
            value: EntityValue = {**full, "name": text[start:end], "short_of": str(full.get("name") or "")}
            out.append(Mention("facility", "facility", start, end, value))
            taken.append((start, end))
    return out


def _a_place(word: str, rules: RuleSet) -> bool:
    """A word the gazetteer knows as a place, by its own name or a city's other name ("Gazza")."""
    return word in known_places() or city_alias(word, rules.entities.gazetteer_aliases) is not None


def _called_a_place(word: str, text: str, rules: RuleSet) -> bool:
    """The page calls ``word`` a place: "the city of Kesaro", "the town of Lorr" (``entities.place_nouns``)."""
    nouns = "|".join(re.escape(n) for n in rules.entities.place_nouns)
    return re.search(rf"\b(?:{nouns}) of {re.escape(word)}(?![\w-])", text, re.IGNORECASE) is not None


def _tails(people: Sequence[Mention]) -> dict[str, str]:
    """The surnames (last word, or last two as one) of the people named in full, with their keys."""
    tails: dict[str, str] = {}
    for p in people:
        key = str(p.as_person().get("key") or "")
        parts = name_parts(key)
        for width in (1, 2):
            if len(parts) > width:
                tails.setdefault("".join(parts[-width:]), key)
    return tails


def surnames_as_people(
    named: Sequence[Mention], people: Sequence[Mention], text: str, rules: RuleSet
) -> dict[int, Mention]:
    """``{index in named: person mention}`` for a name the tagger called an organisation or a place
    that is, letter for letter, the surname of a person the document names in full ("Ya'alon" after
    "Moshe Ya 'alon"): it is that person."""
    tails = _tails(people)
    out = {}
    for j, n in enumerate(named):
        written = text[n.start : n.end]
        key = tails.get(_squashed(written)) or tails.get(name_key(written, rules).replace(" ", ""))
        if key and not n.value.get("known") and len(written.split()) <= 2:
            person: PersonValue = {
                "name": written,
                "title": None,
                "key": key,
                "role": None,
                "status": None,
                "age": None,
            }
            out[j] = Mention("person", "person", n.start, n.end, person)
    return out
