"""Spellings of one name: the plain form of a word and when two written words are one word misspelt.

Shared by person names (``verify.extract.names``), organisation and place names
(``verify.cluster.named``) and editor mode, so that ``verify run`` and ``verify check`` accept the
same variants. Transliteration and typing produce a small set of differences, each handled here:

- accents and other scripts' letters: anyascii ("Erdoğan" -> "erdogan", "Kahramanmaraş" ->
  "kahramanmaras"; NFKD alone leaves "ı" and "ø");
- doubled letters and a final "h" after a vowel ("Najjarian"/"Najarian", "Gemmayzeh"/"Gemayze",
  "Danny"/"Dany"): the *form* of a word drops them; the long "u" written "ou" or "oo", and a "w"
  between vowels, are read as the one vowel they transliterate ("Daoud"/"Dawood", "Nour"/"Noor");
- one letter changed, added, dropped or two swapped ("Qidra"/"Qudra", "Gazientep"/"Gaziantep"):
  an edit distance of one between forms of at least ``min_length`` letters with the same first letter
  — "q" and "k" count as one there, the Arabic qaf written either way ("Qarsaba"/"Karsaba",
  "Qandil"/"Kandil").

The caller says which words may not be matched loosely (two different known given names, "Maria"
and "Mario"; two different places of the gazetteer): distance says nothing about them.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from anyascii import anyascii
from rapidfuzz.distance import DamerauLevenshtein, Levenshtein

_APOSTROPHES = re.compile(r"['’`´ʼ‘]")
_DOUBLED = re.compile(r"(.)\1+")
_FINAL_H = re.compile(r"(?<=[aeiou])h$")
_GLIDE = re.compile(r"(?<=[aeiou])w(?=[aeiou])")


@lru_cache(maxsize=1 << 18)
def plain(text: str) -> str:
    """Lower case ASCII words: accents and other scripts transliterated, apostrophes inside a word
    removed ("Ya'alon" -> "yaalon"), any other punctuation a space."""
    text = anyascii(unicodedata.normalize("NFC", text)).casefold()
    text = _APOSTROPHES.sub("", text)
    return " ".join("".join(c if c.isalnum() else " " for c in text).split())


@lru_cache(maxsize=1 << 18)
def form(word: str) -> str:
    """The comparison form of one plain word: the long "u" written "ou" or "oo" as "u", a "w"
    between vowels dropped ("Daoud", "Dawood", "Dawud" -> "daud"; "Moussa", "Musa" -> "musa"),
    doubled letters single, a final "h" after a vowel dropped."""
    u = _GLIDE.sub("", word.replace("oo", "u").replace("ou", "u"))
    return _FINAL_H.sub("", _DOUBLED.sub(r"\1", u)) or word


def close(a: str, b: str, min_length: int = 5, changed_length: int | None = None) -> bool:
    """Whether two plain words are one word spelt two ways: the same form, or forms of at least
    ``min_length`` letters that start alike and differ by one edit (a letter changed, added, dropped,
    or two neighbours swapped; a changed letter needs ``changed_length`` letters when given: "Syra"
    is "Syria", "Ahil" is "Ahli", "Sada" is not "Sana"). A word with a digit is only ever itself."""
    if a == b:
        return True
    if _has_digit(a) or _has_digit(b):  # "20th" is not "28th", nor "206th"
        return False
    fa, fb = form(a), form(b)
    if fa == fb:
        return True
    fa, fb = _initial(fa), _initial(fb)
    if min(len(fa), len(fb)) < min_length or fa[0] != fb[0]:
        return False
    if changed_length is not None and len(fa) == len(fb) < changed_length and Levenshtein.distance(fa, fb) == 1:
        return False  # one letter changed in a short word ("Sada", "Sana"); two swapped still is a typo ("Ahil")
    return DamerauLevenshtein.distance(fa, fb, score_cutoff=1) <= 1


#: First letters that transliterate one letter: the qaf as "q" or "k" ("Qarsaba", "Karsaba").
_INITIALS = {"q": "k"}


def _initial(f: str) -> str:
    """A form with its first letter written as the one its transliterations share."""
    return _INITIALS.get(f[:1], f[:1]) + f[1:] if f else f


def _has_digit(word: str) -> bool:
    # a word of letters only (most) is settled without looking at each character in Python
    return not word.isalpha() and any(map(str.isdigit, word))


def deletion_keys(word: str, min_length: int = 5) -> set[str]:
    """Blocking keys of a plain word: its form, and (for a form of at least ``min_length`` letters)
    the form with each letter left out — two words ``close`` share at least one key."""
    f = _initial(form(word))
    keys = {f}
    if len(f) >= min_length:
        keys.update(f[:i] + f[i + 1 :] for i in range(1, len(f)))
    return keys
