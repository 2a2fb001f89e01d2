"""Shared text tables: number words, months, weekdays, and the comparison form of a phrase.

Each table is written here once and read by every stage that needs it (figures, ages, periods,
dates, editor mode). These are facts of English, not policy: what a newsroom may tune (vague
quantities, qualifiers, trigger words) lives in the rules.
"""

from __future__ import annotations

import re

#: Cardinal number words and their values, in numeric order ("twenty-one" is read as two words).
NUMBER_WORDS: dict[str, int] = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
#: Words that multiply the number before them (the Indian "lakh", a hundred thousand, and "crore",
#: ten million, as written in South Asian reports: "14.50 lakh people in relief camps").
SCALE_WORDS: dict[str, int] = {
    "hundred": 100,
    "thousand": 1_000,
    "lakh": 100_000,
    "lakhs": 100_000,
    "million": 1_000_000,
    "crore": 10_000_000,
    "crores": 10_000_000,
    "billion": 1_000_000_000,
}

#: Month names, January first; ``MONTHS`` maps each lower-case name to its number (1-12).
MONTH_NAMES: tuple[str, ...] = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
MONTHS: dict[str, int] = {name.lower(): i for i, name in enumerate(MONTH_NAMES, 1)}
#: Abbreviated months as newspapers write them ("Jan.", "Sept."), lower case, without the dot.
MONTH_ABBREVIATIONS: dict[str, int] = {name[:3].lower(): i for i, name in enumerate(MONTH_NAMES, 1)} | {"sept": 9}

#: Weekday names, Monday first (``date.weekday()`` order); ``WEEKDAYS`` maps lower-case names to 0-6.
WEEKDAY_NAMES: tuple[str, ...] = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
WEEKDAYS: dict[str, int] = {name.lower(): i for i, name in enumerate(WEEKDAY_NAMES)}

_PHRASE_BREAKS = re.compile(r"[\s\-‐–'’]+")


def fold_phrase(text: str) -> str:
    """The comparison form of a phrase: lowercase, hyphens and apostrophes as spaces, one space."""
    return " ".join(_PHRASE_BREAKS.split(text.lower())).strip()
