"""Time claims: dates, weekdays and times of day, anchored to the publication date.

A bare weekday is resolved to the most recent such day on or before publication ("Wednesday" in
an article published on a Friday is two days before), as news style uses it; `time.weekday_direction`
in the rules flips that. Every claim keeps its original words; its value is an interval
``{"start", "end"}`` of ISO dates (equal for a day), with ``granularity`` day, month or year, and
``resolved`` false when there was no publication date to anchor a relative expression.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterator
from datetime import date, timedelta

from spacy.tokens import Span

from ..rules import RuleSet
from ..text import MONTH_ABBREVIATIONS, MONTHS, WEEKDAYS
from .base import Mention, SentenceContext

_MONTHS = MONTHS | MONTH_ABBREVIATIONS
_WEEKDAYS = WEEKDAYS
_MONTH_RE = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
_WEEKDAY_RE = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_PART_RE = r"(?:\s+(?P<part>morning|afternoon|evening|night))?"
_PATTERNS = [
    # Tuesday, Jan. 27, 2016 / Jan. 27, 2016 / 27 January 2016 / April 22
    ("mdy", re.compile(rf"\b(?:(?P<wd>{_WEEKDAY_RE}),?\s+)?(?P<m>{_MONTH_RE})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<y>(?:19|20)\d\d))?\b")),
    ("dmy", re.compile(rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m>{_MONTH_RE})(?:,?\s+(?P<y>(?:19|20)\d\d))?\b")),
    ("iso", re.compile(r"\b(?P<y>(?:19|20)\d\d)-(?P<m>\d\d)-(?P<d>\d\d)\b")),
    ("my", re.compile(rf"\b(?:(?:in|since|until|by|of|early|late|mid)\s+)(?P<m>{_MONTH_RE})(?:\s+(?P<y>(?:19|20)\d\d))?\b", re.IGNORECASE)),
    ("weekday", re.compile(rf"\b(?P<rel>last\s+|this\s+past\s+|this\s+|on\s+)?(?P<wd>{_WEEKDAY_RE})(?:'s)?{_PART_RE}\b")),
    ("relative", re.compile(r"\b(?P<rel>yesterday|today|tonight|last\s+night|this\s+morning|this\s+afternoon|this\s+evening|earlier\s+today)\b", re.IGNORECASE)),
    ("year", re.compile(r"\b(?:in|since|of|until|during)\s+(?P<y>(?:19|20)\d\d)\b")),
]
_RELATIVE_DAYS = {"yesterday": -1, "today": 0, "tonight": 0, "last night": -1, "this morning": 0,
                  "this afternoon": 0, "this evening": 0, "earlier today": 0}


def _month(word: str) -> int | None:
    return _MONTHS.get(word.lower().rstrip("."))


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _weekday_date(weekday: int, published: date, direction: str) -> date:
    if direction == "future":
        return published + timedelta(days=(weekday - published.weekday()) % 7)
    return published - timedelta(days=(published.weekday() - weekday) % 7)


def resolve(kind: str, match: re.Match[str], published: date | None, direction: str) -> dict:
    """The normalised value of one matched time expression."""
    g = match.groupdict()
    value: dict = {"original": match.group(0).strip(), "start": None, "end": None,
                   "granularity": "day", "resolved": False, "part": g.get("part")}
    if kind in ("mdy", "dmy", "iso"):
        month = int(g["m"]) if kind == "iso" else _month(g["m"])
        year = int(g["y"]) if g.get("y") else None
        if year is None and published is not None:
            year = published.year
            candidate = _safe_date(year, month, int(g["d"]))
            if candidate and candidate > published + timedelta(days=7):
                year -= 1
        day = _safe_date(year, month, int(g["d"])) if year else None
        if day:
            value.update(start=day.isoformat(), end=day.isoformat(), resolved=True)
    elif kind == "my":
        month = _month(g["m"])
        year = int(g["y"]) if g.get("y") else (published.year if published else None)
        if year and published and not g.get("y") and date(year, month, 1) > published:
            year -= 1
        value["granularity"] = "month"
        if year and month:
            last = calendar.monthrange(year, month)[1]
            value.update(start=date(year, month, 1).isoformat(), end=date(year, month, last).isoformat(), resolved=True)
    elif kind == "year":
        value.update(granularity="year", start=f"{g['y']}-01-01", end=f"{g['y']}-12-31", resolved=True)
    elif kind == "weekday":
        value["weekday"] = g["wd"]
        if published is not None:
            day = _weekday_date(_WEEKDAYS[g["wd"].lower()], published, direction)
            if g.get("rel") and g["rel"].strip().lower() == "last" and day == published:
                day -= timedelta(days=7)
            value.update(start=day.isoformat(), end=day.isoformat(), resolved=True)
    elif kind == "relative":
        rel = " ".join(g["rel"].lower().split())
        if rel in ("tonight", "last night", "this evening"):
            value["part"] = "night" if "night" in rel else "evening"
        if published is not None:
            day = published + timedelta(days=_RELATIVE_DAYS[rel])
            value.update(start=day.isoformat(), end=day.isoformat(), resolved=True)
    return value


def extract_times(sent: Span, ctx: SentenceContext, rules: RuleSet) -> Iterator[Mention]:
    """Dates, weekdays and relative days in one sentence, resolved against ``ctx.published``."""
    if ctx.link:
        return
    text, base = sent.text, sent.start_char
    taken: list[tuple[int, int]] = []
    for kind, pattern in _PATTERNS:
        for match in pattern.finditer(text):
            start, end = match.span()
            if kind in ("my", "year"):  # the preposition is context, not part of the claim
                start = match.start("m") if kind == "my" else match.start("y")
            if kind == "weekday" and match.group("rel") and match.group("rel").strip().lower() == "on":
                start = match.start("wd")
            if any(s < end and start < e for s, e in taken):
                continue
            if kind == "my" and _month(match.group("m")) == 5 and text[start:start + 3] == "may":
                continue  # the verb "may"
            value = resolve(kind, match, ctx.published, rules.time.weekday_direction)
            value["original"] = text[start:end]
            taken.append((start, end))
            yield Mention("time", "date", base + start, base + end, value)
