"""Person names: titles, matching keys, gender and whether two names name one person.

Pure functions shared by the people extractor (which stores ``name_key`` in each mention), the
cluster stage (which groups mentions into people) and editor mode (which places a draft's names
among the corpus's people), so that ``verify run`` and ``verify check`` accept the same variants.
Every table they use — titles, surname particles, the transliteration ``fold`` table, given names
by gender, thresholds — comes from the ``names`` section of the rules. Iraq Body Count keeps every
transliterated variant of a name; so do we: the key only decides identity, the mention keeps its
spelling.

Two keys name one person (``compare_names``) when their surnames agree and their given names are
compatible:

- a surname is the last word, or the last two written as one ("al-Haj Ali" = "Alhajali",
  "Ya 'alon" = "Ya'alon"), with a leading particle joined to it or not ("alhajali" = "hajali");
  two surnames agree when they are one word spelt two ways (``spelling.close``: "Najarian" =
  "Najjarian", "Qidra" = "Qudra");
- given names agree when the first ones do (folded, an initial, a doubled letter: "Dany" = "Danny",
  a short form: "Tim" = "Timothy")
  and the shorter list of middle names can be read inside the longer ("Muhammad Waseem Maaz" =
  "Mohammed Maaz"): ``SAME``; when only the first given name is left out ("Tayyip Erdogan" of
  "Recep Tayyip Erdogan") the names are ``LOOSE``: the cluster stage accepts that only where one
  person of the surname is known;
- a lone surname against a full name is ``SURNAME``: it joins the one full name it can mean.

Two different known given names ("Maria", "Mario") are never read as one misspelt; a given name's
gender, and a title's (Mr, Mrs), keep a man's and a woman's names apart; two different generational
suffixes ("Sr." and "Jr.") keep a father and his son apart.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from ..rules import RuleSet
from ..text.spelling import close, form, plain

# Generational suffixes: part of how a name is written, never the surname.
_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
_POSSESSIVE = re.compile(r"['’](?:s\b)?(?=\s|$)")
_WORD = re.compile(r"\S+")
_PARTICLE_REST = 4  # letters a surname keeps after a joined particle is taken off ("Al" + "hajali")

Level = Literal["same", "loose", "surname"]
SAME: Level = "same"
LOOSE: Level = "loose"
SURNAME: Level = "surname"
_SCORE = {SAME: 100.0, LOOSE: 85.0}


def strip_title(name: str, rules: RuleSet) -> tuple[str | None, str]:
    """Split leading titles from a name as written: ``"Dr. Mohammed Maaz"`` -> ``("Dr.", "Mohammed Maaz")``.

    Several titles in a row are one title (``"Deputy Chief Kenneth Garner"``). A name that is only
    a title is returned unchanged, with no title.
    """
    words = [(m.start(), m.group()) for m in _WORD.finditer(name)]
    cut = 0
    while cut < len(words) - 1 and _a_title(words[cut][1], rules):
        cut += 1
    if cut == 0:
        return None, name.strip()
    title_end = words[cut - 1][0] + len(words[cut - 1][1])
    return name[:title_end].strip(), name[words[cut][0] :].strip()


def _a_title(word: str, rules: RuleSet) -> bool:
    """A title, or titles joined by a hyphen whose last part is one ("Secretary-General")."""
    return word.lower().rstrip(".") in rules.names.titles or (
        "-" in word and word.rsplit("-", 1)[1].lower().rstrip(".") in rules.names.titles and word[:1].isupper()
    )


def _drop_particles(name: str, particles: frozenset[str]) -> str:
    """``"Bashar al-Assad"``, ``"Bashar Al Assad"`` -> ``"Bashar Assad"``, ``"Al-Kassem"`` -> ``"Kassem"``:
    a surname particle goes when joined to the next word by a hyphen, written in lower case before a
    capitalised word (``"Maria del Pilar Burton"``), or stands between a first name and the surname.
    ``"Al Sharpton"`` keeps his first name, and a lower-case key keeps its particles (idempotence)."""
    if not particles:
        return name
    pieces = re.split(r"(\s+|-)", name)
    words = [i for i in range(0, len(pieces), 2) if pieces[i].strip()]
    kept: list[str] = []
    for n, i in enumerate(words):
        word = pieces[i]
        after = pieces[i + 1] if i + 1 < len(pieces) else ""
        rest = [pieces[j] for j in words[n + 1 :] if pieces[j].lower() not in particles]
        following = rest[0] if rest else ""
        if (
            n < len(words) - 1
            and word.lower() in particles
            and (
                after == "-"
                or (word.islower() and following[:1].isupper())
                or (0 < n and word[:1].isupper() and following[:1].isupper())
            )
        ):
            continue
        kept.append(word)
    return " ".join(kept)


@lru_cache(maxsize=1 << 18)
def _key(name: str, rules: RuleSet) -> str:
    name = _POSSESSIVE.sub("", name)
    tokens = plain(_drop_particles(name, rules.names.surname_particles)).split()
    while len(tokens) > 1 and tokens[0] in rules.names.titles:
        tokens = tokens[1:]
    return " ".join(rules.names.fold_of.get(t, t) for t in tokens)


def name_key(name: str, rules: RuleSet) -> str:
    """The matching key of a person's name: ``"Dr. Muhammad Waseem Maaz"`` -> ``"mohammed waseem maaz"``.

    Lower case ASCII (``spelling.plain``), leading titles and possessive 's dropped, surname
    particles dropped as ``_drop_particles`` says, each word folded by ``names.fold``. Idempotent.
    """
    return _key(name, rules)


def name_parts(key: str) -> list[str]:
    """The words of a name key that identify the person: generational suffixes ("jr", "iii") dropped."""
    tokens = key.split()
    while len(tokens) > 1 and tokens[-1] in _SUFFIXES:
        tokens = tokens[:-1]
    return tokens


def name_suffix(key: str) -> str | None:
    """The generational suffix a key ends with ("sammy hope sr" -> "sr"), else None."""
    tokens = key.split()
    return tokens[-1] if len(tokens) > 1 and tokens[-1] in _SUFFIXES else None


@dataclass(frozen=True)
class Split:
    """One reading of a key: its given names and its surname written as one word."""

    given: tuple[str, ...]
    surname: str
    joined: bool = False  # the surname is two written words read as one


@lru_cache(maxsize=1 << 18)
def readings(key: str, particles: frozenset[str]) -> tuple[Split, ...]:
    """The ways a key can be read as given names + surname: the last word, the last two as one
    ("haj ali" -> "hajali"), each also without a particle joined to its front ("alhajali" -> "hajali")."""
    parts = name_parts(key)
    if not parts:
        return ()
    out: list[Split] = []
    for width in (1, 2):
        if width > len(parts):
            break
        surname = "".join(parts[-width:])
        given = tuple(parts[:-width])
        out.append(Split(given, surname, width > 1))
        for p in particles:
            if len(p) >= 2 and surname.startswith(p) and len(surname) - len(p) >= _PARTICLE_REST:
                out.append(Split(given, surname[len(p) :], width > 1))
    return tuple(dict.fromkeys(out))


def known_given(rules: RuleSet) -> dict[str, str]:
    """Every given name the rules list, folded, with its gender ("male"/"female"; "" for both)."""
    return rules.names.given_gender


def _same_word(a: str, b: str, rules: RuleSet) -> bool:
    """One given name or surname spelt two ways; two different known given names never are."""
    if a == b or form(a) == form(b):
        return True
    known = known_given(rules)
    if a in known and b in known:
        return False
    return close(a, b, rules.names.min_typo_length)


def _given_agree(a: str, b: str, rules: RuleSet) -> bool:
    """Two given names of one person: an initial, one name spelt two ways, or a short form of the
    other's full name ("tim" = "timothy", "tim" = "timmy"; ``names.short_forms``)."""
    if (len(a) == 1 or len(b) == 1) and a[0] == b[0] or _same_word(a, b, rules):
        return True
    forms = rules.names.given_forms
    return a in forms and b in forms and bool((forms[a] | {a}) & (forms[b] | {b}))


def _inside(short: tuple[str, ...], long_: tuple[str, ...], rules: RuleSet) -> bool:
    """Whether ``short`` can be read inside ``long_`` in order."""
    i = 0
    for name in long_:
        if i < len(short) and _given_agree(short[i], name, rules):
            i += 1
    return i == len(short)


def compare_names(a_key: str, b_key: str, rules: RuleSet) -> Level | None:
    """How two keys name one person (see the module docstring): ``SAME``, ``LOOSE``, ``SURNAME`` or None."""
    a_parts, b_parts = name_parts(a_key), name_parts(b_key)
    if not a_parts or not b_parts:
        return None
    suffixes = {name_suffix(a_key), name_suffix(b_key)}
    if None not in suffixes and len(suffixes) > 1:
        return None  # "Sammy Hope Sr." and "Sammy Hope Jr.": a father and his son
    if a_parts == b_parts:
        return SAME
    best: Level | None = None
    for x in readings(a_key, rules.names.surname_particles):
        for y in readings(b_key, rules.names.surname_particles):
            if x.joined or y.joined:  # words read as one match only a word written as one, letter for letter
                if x.joined == y.joined or form(x.surname) != form(y.surname):
                    continue
            elif not _same_word(x.surname, y.surname, rules):
                continue
            if not x.given or not y.given:
                level: Level | None = SURNAME if x.given or y.given else SAME
            elif _given_agree(x.given[0], y.given[0], rules) and (
                _inside(x.given[1:], y.given[1:], rules) or _inside(y.given[1:], x.given[1:], rules)
            ):
                level = SAME
            elif len(x.given) != len(y.given) and _same_word("".join(x.given), "".join(y.given), rules):
                level = SAME  # given names written apart and as one: "Abdul Kareem", "Abdulkareem"
            elif _inside(x.given, y.given, rules) or _inside(y.given, x.given, rules):
                level = LOOSE
            else:
                level = None
            if level == SAME:
                return SAME
            if level == LOOSE or (level == SURNAME and best is None):
                best = level
    return best


def same_person(a_key: str, b_key: str, rules: RuleSet) -> float:
    """A 0..100 score that two name keys name the same person, symmetric: 100 for ``SAME``, 85 for
    ``LOOSE``, ``names.suggest_threshold`` for a lone surname against a full name, else at most 50.
    Callers compare it with ``names.match_threshold``."""
    level = compare_names(a_key, b_key, rules)
    if level is None:
        return 0.0
    if level == SURNAME:
        return float(rules.names.suggest_threshold)
    return _SCORE[level]


def title_gender(title: str | None, rules: RuleSet) -> str | None:
    """ "male" or "female" when a title says so ("Mr", "Mrs", "Ms"), else None."""
    if not title:
        return None
    words = {w.rstrip(".").lower() for w in title.split()}
    for gender, titles in rules.names.gendered_titles.items():
        if words & {t.rstrip(".") for t in titles}:
            return gender
    return None


def key_gender(key: str, rules: RuleSet) -> str | None:
    """The gender of a key's first given name, when the rules list it for one gender only."""
    parts = name_parts(key)
    if len(parts) < 2:
        return None
    return known_given(rules).get(parts[0]) or None
