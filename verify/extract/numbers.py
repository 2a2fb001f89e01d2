"""Read a worded figure ("at least 246", "nearly a dozen", "between two and three million") as an interval.

Pure text functions, no spaCy: ``parse_quantity(text, rules)`` hands ``extract/counts`` a dict
``{"low", "high", "best", "qualifier", "vague", "stated", "words"}`` where ``[low, high]`` is what the
wording can mean (``high`` None = open above) and ``best`` the conservative single figure. Vague words
and qualifiers come from ``rules.quantities`` (``RuleSet.vague``, ``RuleSet.qualifiers``).

``best`` is the stated figure clamped into ``[low, high]`` ("more than 50" -> 51, "nearly 60" -> 59,
"about 50" -> 50); for a range ("between 20 and 30") it is the low end, the conservative choice of
ACLED (see /work/shared/REFERENCES.md).
"""

from __future__ import annotations

import re
from typing import Any

from ..rules import Qualifier, RuleSet
from ..text import NUMBER_WORDS as CARDINALS
from ..text import SCALE_WORDS

# "no", "a", "an" and "single" count as numbers inside a figure ("a hundred", "no one"), never alone.
UNITS = {w: n for w, n in CARDINALS.items() if n < 20} | {"no": 0, "none": 0, "a": 1, "an": 1, "single": 1}
TENS = {w: n for w, n in CARDINALS.items() if n >= 20}
SCALES = SCALE_WORDS | {"m": 1_000_000}  # "2.5m"
# Words that multiply a number before them and are no number alone ("two dozen" is 24; "dozen"
# alone, "a dozen", are vague words of `quantities.vague`).
MULTIPLIERS = {"dozen": 12}
NUMBER_WORDS = (frozenset(UNITS) | frozenset(TENS) | frozenset(SCALES)) - {"a", "an", "no", "m", "single"}

_DIGITS = re.compile(r"^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+(?:\.\d+)?$")
# "between 20 and 30", "20 to 30", "20-30", "20 or 30" (the separator is looked for after the prefix).
_RANGE = re.compile(r"^(?:between\s+|from\s+)?(?P<a>.+?)\s*(?:\band\b|\bto\b|\bor\b|-|–)\s*(?P<b>.+)$")


def plain_number(text: str) -> float | None:
    """A plain number, in digits or words ("1,800", "2.5 million", "twenty-one", "a hundred")."""
    words = re.sub(r"(?<=[a-z])-(?=[a-z])", " ", text.strip().lower()).split()
    if not words:
        return None
    if len(words) == 1 and words[0] in ("a", "an", "no"):
        return None
    total = 0.0
    current = 0.0
    seen = False
    previous = ""
    for word in words:
        if word == "and" and previous in SCALES:
            previous = word
            continue  # "one hundred and twenty"; "two and three million" is a range
        previous = word
        plain = word.replace(",", "")
        if _DIGITS.match(word):
            if seen and current:
                return None  # "5 6" is not one number
            current += float(plain)
        elif word in UNITS:
            current += UNITS[word]
        elif word in TENS:
            current += TENS[word]
        elif word in MULTIPLIERS and seen and current:
            current *= MULTIPLIERS[word]
        elif word in SCALES:
            scale = SCALES[word]
            if scale == 100:
                current = (current or 1) * 100
            else:
                total += (current or 1) * scale
                current = 0.0
        else:
            return None
        seen = True
    return total + current


def _split_qualifier(text: str, rules: RuleSet) -> tuple[Qualifier | None, str, str]:
    """The qualifier at the head of ``text`` (longest wording wins), as worded, and the rest."""
    lower = text.lower()
    best: tuple[Qualifier | None, str] = (None, "")
    for qualifier in rules.quantities.qualifiers.values():
        for word in qualifier.words:
            if (lower == word or lower.startswith(word + " ")) and len(word) > len(best[1]):
                best = (qualifier, word)
    found, word = best
    if found is None:
        return None, "", text
    return found, text[: len(word)], text[len(word) :].strip()


def _vague(text: str, rules: RuleSet) -> tuple[str, Any] | None:
    lower = re.sub(r"\s+of$", "", text.lower().strip())
    if lower in rules.quantities.vague:
        return lower, rules.quantities.vague[lower]
    return None


def parse_quantity(text: str, rules: RuleSet) -> dict[str, Any] | None:
    """The interval a worded figure stands for, or None when ``text`` is not a figure.

    >>> parse_quantity("more than 50", rules)["low"]
    51
    """
    text = " ".join(text.split())
    if not text:
        return None
    qualifier, qualifier_words, rest = _split_qualifier(text, rules)
    if not rest:
        return None
    low: int | None
    high: int | None
    vague_word = None
    stated: float | None = None
    found = _vague(rest, rules)
    if found is not None:
        vague_word, vague = found
        low, high, stated = vague.low, vague.high, vague.best
    else:
        value = plain_number(rest)
        if value is not None:
            low = high = int(value) if value == int(value) else None
            if low is None:
                return None  # "2.5" people is not a count
            stated = value
        else:
            match = _RANGE.match(rest.lower())
            if match is None:
                return None
            a_text, b_text = match.group("a"), match.group("b")
            b = plain_number(b_text)
            a = plain_number(a_text)
            if a is not None and b is not None and a_text.split()[-1] not in SCALES:
                # "two and three million": the scale of the second end is shared with the first.
                scale_words = [w for w in b_text.split() if w in SCALES]
                if scale_words and a < SCALES[scale_words[-1]]:
                    a *= SCALES[scale_words[-1]]
            if a is None or b is None or a > b or a != int(a) or b != int(b):
                return None
            low, high, stated = int(a), int(b), a
    if qualifier is not None:
        q_low, _ = qualifier.apply(low)
        _, q_high = qualifier.apply(high) if high is not None else (None, None)
        if qualifier.high is None:
            q_high = None
        low, high = q_low, q_high
    best = int(stated)
    best = max(best, low)
    if high is not None:
        best = min(best, high)
    return {
        "low": low,
        "high": high,
        "best": best,
        "qualifier": qualifier_words or None,
        "vague": vague_word,
        "stated": int(stated) if stated == int(stated) else stated,
        "words": rest,
    }
