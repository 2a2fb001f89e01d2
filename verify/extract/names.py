"""Person names: titles, matching keys and a same-person score.

Pure functions shared by the people extractor (which stores ``name_key`` in each mention) and the
cluster stage (which calls ``same_person`` to decide that two spellings are one person). Every
table they use — titles, the transliteration ``fold`` table, thresholds — comes from the ``names``
section of the rules, so a user can add "Mohamad" without touching code. Iraq Body Count keeps
every transliterated variant of a name; so do we: the key only decides identity, the mention keeps
its spelling.
"""

from __future__ import annotations

import re

from anyascii import anyascii
from rapidfuzz import fuzz

from ..rules import RuleSet

# Generational suffixes: part of how a name is written, never the surname.
_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
_POSSESSIVE = re.compile(r"['’](?:s\b)?(?=\s|$)")
_WORD = re.compile(r"\S+")


def _plain(text: str) -> str:
    """Lowercase ASCII, punctuation removed; apostrophes inside a word vanish (O'Brien).

    anyascii folds every script to ASCII, accents and letters NFKD cannot split alike ("Łukasz" =
    "Lukasz", "Søren" = "Soren", "Đorđe" = "Dorde", "Владимир" = "Vladimir", Arabic letter by
    letter); the transliteration folds of the rules (``names.fold``) then join the spellings of
    one name that a letter-by-letter fold cannot ("Muhammad" = "Mohammed").
    """
    text = anyascii(text).casefold()
    text = _POSSESSIVE.sub("", text)
    text = re.sub(r"['’`´]", "", text)
    return " ".join("".join(c if c.isalnum() else " " for c in text).split())


def strip_title(name: str, rules: RuleSet) -> tuple[str | None, str]:
    """Split leading titles from a name as written: ``"Dr. Mohammed Maaz"`` -> ``("Dr.", "Mohammed Maaz")``.

    Several titles in a row are one title (``"Deputy Chief Kenneth Garner"``). A name that is only
    a title is returned unchanged, with no title.
    """
    words = [(m.start(), m.group()) for m in _WORD.finditer(name)]
    cut = 0
    while cut < len(words) - 1 and words[cut][1].lower().rstrip(".") in rules.names.titles:
        cut += 1
    if cut == 0:
        return None, name.strip()
    title_end = words[cut - 1][0] + len(words[cut - 1][1])
    return name[:title_end].strip(), name[words[cut][0]:].strip()


def _drop_particles(name: str, particles: frozenset[str]) -> str:
    """``"Bashar al-Assad"`` -> ``"Bashar Assad"``, ``"Al-Kassem"`` -> ``"Kassem"``: a surname particle
    goes when joined to the next word by a hyphen, or written in lower case before a capitalised word
    (``"Bashar al Assad"``); ``"Al Sharpton"`` stays, and so does the ``"al"`` of a lower-case key, which
    keeps ``name_key`` idempotent."""
    if not particles:
        return name
    pieces = re.split(r"(\s+|-)", name)
    kept: list[str] = []
    for i in range(0, len(pieces), 2):
        word = pieces[i]
        after = pieces[i + 1] if i + 1 < len(pieces) else ""
        last = not any(p.strip() for p in pieces[i + 2::2])
        following = next((p for p in pieces[i + 2::2] if p.strip() and p.lower() not in particles), "")
        lower_before_name = word.islower() and following[:1].isupper()
        if not last and word.lower() in particles and (after == "-" or lower_before_name):
            continue
        kept.append(word)
    return " ".join(w for w in kept if w)


def name_key(name: str, rules: RuleSet) -> str:
    """The matching key of a person's name: ``"Dr. Muhammad Waseem Maaz"`` -> ``"mohammed waseem maaz"``.

    Lowercase, accents removed, leading titles and possessive 's dropped, punctuation turned into
    spaces, and each token folded by ``rules.names.fold_of``. Idempotent: a key is its own key.
    """
    tokens = _plain(_drop_particles(name, rules.names.surname_particles)).split()
    while len(tokens) > 1 and tokens[0] in rules.names.titles:
        tokens = tokens[1:]
    return " ".join(rules.names.fold_of.get(t, t) for t in tokens)


def name_parts(key: str) -> list[str]:
    """The words of a name key that identify the person: generational suffixes ("jr", "iii") dropped."""
    tokens = key.split()
    while len(tokens) > 1 and tokens[-1] in _SUFFIXES:
        tokens = tokens[:-1]
    return tokens


def _given_score(a: str, b: str) -> float:
    """How well two given (first or middle) names agree, 0..100; an initial agrees at 90."""
    if a == b:
        return 100.0
    if (len(a) == 1 or len(b) == 1) and a[0] == b[0]:
        return 90.0
    return fuzz.ratio(a, b)


def _middles_compatible(a: list[str], b: list[str]) -> bool:
    """True when the shorter list of middle names can be read inside the longer one, in order."""
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    i = 0
    for name in long_:
        if i < len(short) and _given_score(short[i], name) >= 90:
            i += 1
    return i == len(short)


def same_person(a_key: str, b_key: str, rules: RuleSet) -> float:
    """A 0..100 score that two name keys (from ``name_key``) name the same person. Symmetric.

    The surnames (last tokens, generational suffixes ignored) must agree (rapidfuzz ratio at least
    ``rules.names.match_threshold``) and so must the first names (or one be an initial); a key that adds middle
    names still matches ("mohammed maaz" ~ "mohammed waseem maaz" scores 95). A lone surname against
    a full name with that surname scores ``rules.names.suggest_threshold`` at most: a suggestion, not a match.
    """
    a, b = name_parts(a_key), name_parts(b_key)
    if not a or not b:
        return 0.0
    if a == b:
        return 100.0
    surname = fuzz.ratio(a[-1], b[-1])
    if surname < rules.names.match_threshold:
        return min(fuzz.ratio(" ".join(a), " ".join(b)), surname) * 0.5
    if len(a) == 1 or len(b) == 1:
        return min(rules.names.suggest_threshold, surname)
    first = _given_score(a[0], b[0])
    if first < rules.names.match_threshold:
        return min(first, surname) * 0.5
    score = (first + surname) / 2
    if a[1:-1] != b[1:-1]:
        score -= 5 if _middles_compatible(a[1:-1], b[1:-1]) else 30
    return max(0.0, score)
