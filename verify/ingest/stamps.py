"""A page's own stamps: the dates and times it prints about itself.

``find_stamps(text, title, words)`` reads every line of a page that is not a caption, an embedded
post, a quoted block, a link to another story or a footer (``time.publication.skip_lines``) and
hands on ``Stamp`` records: "Published Oct 18, 2023 12:32 am" and "Updated: 14 June 2017 09:12
BST" (a stamp word, then a date or time), a date on a line of its own or in a byline near the top
("August 4, 2020", "By Sharecast News | 14 Jun, 2017"), a dateline ("BEIRUT, Aug 5 (Reuters) -"),
and a live blog's entry time alone on its line ("18:12"). A bare date above the headline is the
site's "today" display and is not one. ``verify.ingest.published`` chooses among them; the extract
stage reads them to tell a page's stamps from the dates its sentences give
(``verify.extract.timeroles``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache
from typing import Literal

from rapidfuzz import fuzz

from ..rules import RuleSet
from ..text import WEEKDAYS
from ..text.dates import ClockTime, WrittenDate, find_clocks, find_dates

__all__ = [
    "DATELINE",
    "UNDATED_DATELINE",
    "PublicationWords",
    "Stamp",
    "dotted_entries",
    "dotted_entry_clocks",
    "entry_days",
    "find_stamps",
]


@dataclass(frozen=True)
class PublicationWords:
    """The ``time`` rules publication inference reads (see verify/rules/default.yaml ``time.publication``)."""

    zones: dict[str, int]
    local_words: tuple[str, ...]
    published: tuple[str, ...]
    updated: tuple[str, ...]
    skip_lines: tuple[re.Pattern[str], ...]
    head_lines: int
    line_words: int
    numeric_order: str
    borrow_year_days: int

    @staticmethod
    def of(rules: RuleSet) -> PublicationWords:
        return _words(rules)


@lru_cache(maxsize=8)
def _words(rules: RuleSet) -> PublicationWords:
    pub = rules.time.publication
    return PublicationWords(
        zones=rules.time.zone_minutes,
        local_words=rules.time.local_words,
        published=pub.published_words,
        updated=pub.updated_words,
        skip_lines=pub.skip_patterns,
        head_lines=pub.head_lines,
        line_words=pub.line_words,
        numeric_order=pub.numeric_order,
        borrow_year_days=pub.borrow_year_days,
    )


StampKind = Literal["published", "updated", "line", "dateline", "entry"]


@dataclass(frozen=True)
class Stamp:
    """A date or time the page prints about itself.

    kind: ``published`` / ``updated`` (after a stamp word), ``line`` (a date on a line of its own or
    in a byline), ``dateline``, ``entry`` (a live blog's entry time on a line of its own: "18:12",
    "11.22am BST"; never a publication date); written: the date (None for "Updated : 11:42");
    clock: the time, if any; start: offset in the text.
    """

    kind: StampKind
    written: WrittenDate | None
    clock: ClockTime | None
    start: int


_BULLETS = " \t#*•·-–—>"
#: A wire's dateline opening a paragraph: "BEIRUT, Aug 5 (Reuters) -", "MORVIK, Dravia, March 11 -",
#: or with the town in title case and the wire's credit ("Madrid, Oct 31 (EFE).-"); its ``place``
#: (a town) and its ``date``.
DATELINE = re.compile(
    r"(?P<place>[A-Z][A-Z.'’ -]{1,40}?|[A-Z][a-z'’]+(?: [A-Z][a-z'’]+){0,2}(?=,\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}"
    r"(?:,?\s+(?:19|20)\d\d)?\s*\([^)]{1,40}\)))"
    r"(?:,\s*[A-Z][\w.'’ -]{1,30}?)?,\s+(?P<date>[A-Z][a-z]{2,8}\.?\s+\d{1,2}"
    r"(?:,?\s+(?:19|20)\d\d)?)\s*(?:\([^)]{1,40}\)\.?)?\s*(?:--|-|–|—)"
)
#: ... and one with a date and the wire's credit but no town ("March 18 (UPI) -- Cyclone ..."): the
#: credit in brackets is what tells it from a sentence opening on a date.
PLACELESS_DATELINE = re.compile(
    r"(?P<date>[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,?\s+(?:19|20)\d\d)?)\s*\([^)]{1,40}\)\.?\s*(?:--|-|–|—)"
)
#: A dateline with no date: the town in capitals, its region and the outlet if given, and a dash
#: ("DAIR SULEIB - Hundreds ...", "UVALDE, Texas -- An 18-year-old ...", "UVALDE, Texas (KXYZ) — ").
UNDATED_DATELINE = re.compile(
    r"(?P<place>[A-Z][A-Z'’]+(?: [A-Z][A-Z'’]+){0,3})(?:,\s*[A-Z][\w.'’ -]{1,30}?)?(?:\s*\([^)]{1,40}\))?"
    r" (?:--|-|–|—) (?=[A-Z\d])"
)
#: ... and one with the town in title case, its region always given ("Rafah, Gaza - Israeli forces ...",
#: "Kerrin, Tarsel (Wire) — "): read for the names a dateline holds, never as a stamp.
TITLED_DATELINE = re.compile(
    r"(?P<place>[A-Z][a-z'’]+(?: [A-Z][a-z'’]+){0,2}),\s*[A-Z][\w.'’]+(?: [A-Z][\w.'’]+){0,2}"
    r"(?:\s*\([^)]{1,40}\))? (?:--|-|–|—) (?=[A-Z\d])"
)
_FILLER = {"by", "on", "at", "and", "the", "am", "pm", "a", "m", "p", "local", "time", "utc", "gmt"}


def find_stamps(text: str, title: str | None, words: PublicationWords, dotted: bool | None = None) -> list[Stamp]:
    """Every publication stamp of ``text`` in text order (see the module docstring). ``dotted``:
    whether the whole page stamps its entries "17.20" (``dotted_entries``), when ``text`` is a part of it."""
    label = _label_pattern(words.published + words.updated)
    updated = frozenset(words.updated)
    headline = _headline_line(text, title)
    stamps: list[Stamp] = []
    pos, nonblank = 0, 0
    dotted = dotted_entries(text) if dotted is None else dotted
    for index, line in enumerate(text.split("\n")):
        start = pos
        pos += len(line) + 1
        body = line.strip(_BULLETS)
        if not body:
            continue
        nonblank += 1
        if any(p.match(body) for p in words.skip_lines):
            continue
        offset = start + line.index(body)
        dateline = DATELINE.match(body) or PLACELESS_DATELINE.match(body)
        if dateline:
            written = next(find_dates(dateline["date"], words.numeric_order), None)
            if written is not None:
                stamps.append(Stamp("dateline", _shift(written, offset + dateline.start("date")), None, offset))
                continue
        alone = _entry_stamp(body, offset, words, dotted)
        if alone is not None:
            stamps.append(alone)
            continue
        for seg_start, segment in _segments(body):
            at = offset + seg_start
            labels = list(label.finditer(segment))
            head = segment[: labels[0].start()] if labels else segment
            if nonblank <= words.head_lines:
                stamp = _line_stamp(head, at, words)
                if stamp is not None and not (
                    stamp.clock is None
                    and not labels
                    and headline is not None
                    and index < headline
                    and not _is_byline(head)
                ):
                    stamps.append(stamp)
            for k, found in enumerate(labels):
                end = labels[k + 1].start() if k + 1 < len(labels) else len(segment)
                stamp = _labelled_stamp(
                    segment[found.end() : end],
                    at + found.end(),
                    "updated" if found["label"].lower() in updated else "published",
                    words,
                )
                if stamp is not None:
                    stamps.append(stamp)
    return stamps


@lru_cache(maxsize=8)
def _label_pattern(labels: tuple[str, ...]) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(w) for w in sorted(labels, key=len, reverse=True))
    # "14 June 2017updated 09 Sep 2021": a stamp word may follow a digit, never a letter
    return re.compile(rf"(?<![a-z])(?P<label>{alternatives})\b(?:\s+on\b)?\s*[:,.\-–—(]?\s*", re.I)


def _segments(line: str) -> list[tuple[int, str]]:
    """The parts of a line between "|" or "•" separators, with their offsets."""
    out, start = [], 0
    for match in re.finditer(r"\s*[|•]\s*", line):
        out.append((start, line[start : match.start()]))
        start = match.end()
    out.append((start, line[start:]))
    return [(s, seg) for s, seg in out if seg.strip()]


def _labelled_stamp(rest: str, at: int, kind: StampKind, words: PublicationWords) -> Stamp | None:
    """The date and time right after a stamp word; None when the words are not followed by one."""
    rest = re.split(r":\s|\s[—–]\s|\s-\s", rest, maxsplit=1)[0][:60]
    lead = re.match(r"\s*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s*)?", rest, re.I)
    begin = lead.end() if lead else 0
    written = next(find_dates(rest, words.numeric_order), None)
    clock = next(find_clocks(rest, words.zones, words.local_words), None)
    first = min([x.start for x in (written, clock) if x is not None], default=None)
    if first is None or first > begin + 1:
        return None
    return Stamp(kind, _shift(written, at), _shift_clock(clock, at), at + first)


def _line_stamp(segment: str, at: int, words: PublicationWords) -> Stamp | None:
    """A date that is (nearly) all a line or a byline says, or None."""
    body = segment.strip(_BULLETS)
    written = next(find_dates(body, words.numeric_order), None)
    if written is None:
        return None
    clock = next(find_clocks(body, words.zones, words.local_words), None)
    lead = re.sub(r"^\s*(?:\([^)]{1,40}\)\s*)?", "", body)
    lead_cut = len(body) - len(lead)
    first = min(x.start for x in (written, clock) if x is not None)
    if first > lead_cut + 1 and not _is_byline(body):
        return None
    rest = body[: written.start] + " " + body[written.end :]
    if clock is not None:
        rest = body[: min(written.start, clock.start)] + " " + body[max(written.end, clock.end) :]
    others = [w for w in re.findall(r"[^\W\d_]{2,}", rest) if w.lower() not in _FILLER]
    if len(others) > words.line_words:
        return None
    shift = at + (len(segment) - len(segment.lstrip(_BULLETS)))
    return Stamp("line", _shift(written, shift), _shift_clock(clock, shift), shift + first)


_LONGEST_ENTRY = 64  # characters: "12:45:30 a.m. local time" and its brackets fit many times over


#: "17.20" alone on its line, or after the entry's weekday ("Tuesday 23.10", as ``_WEEKDAY_ENTRY``).
_DOTTED_LINE = re.compile(
    r"^[ \t#*•·>-]*(?:(?i:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?[ \t]+)?((?:[01]?\d|2[0-3])\.[0-5]\d)[ \t]*$", re.M
)


@lru_cache(maxsize=4)
def dotted_entries(text: str) -> bool:
    """Whether a page stamps a live blog's entries in the dotted style: "11.30", "17.20", each
    alone on its line, at least twice (one such line could be a figure)."""
    return len(_DOTTED_LINE.findall(text, 0)) >= 2


def dotted_entry_clocks(text: str) -> Iterator[ClockTime]:
    """The dotted entry stamps of ``text`` ("17.20" alone on its line) as clock times, no zone."""
    for m in _DOTTED_LINE.finditer(text):
        hours, minutes = m.group(1).split(".")
        yield ClockTime(m.start(1), m.end(1), int(hours) * 60 + int(minutes), None, None, None, m.group(1))


#: A live blog's entry stamp before the entry's heading on its line: "15:40 - What happened?",
#: "9.05 a.m. | Army stands by its account".
_HEADED_LINE = re.compile(
    r"^[ \t#*•·>]*(?P<clock>(?:[01]?\d|2[0-3])[:.][0-5]\d(?:[ \t]*[ap]\.?m\.?)?)[ \t]*[-–—|][ \t]+\S", re.M | re.I
)


@lru_cache(maxsize=4)
def headed_entries(text: str) -> frozenset[int]:
    """The offsets of a live blog's entry stamps written before a heading ("15:40 - What
    happened?"): each opens its line, at least twice on the page (one such line could be prose)."""
    found = [m.start("clock") for m in _HEADED_LINE.finditer(text)]
    return frozenset(found) if len(found) >= 2 else frozenset()


#: A live blog's entry stamp that names its weekday, alone on its line: "Friday 08.10", "Sat 04:05".
_WEEKDAY_ENTRY = re.compile(
    r"^[ \t#*•·>-]*(?P<weekday>[A-Za-z]{3,9})\.?,?[ \t]+(?:[01]?\d|2[0-3])[.:][0-5]\d[ \t]*$", re.M
)


def entry_days(text: str, published: date | None) -> list[tuple[int, date]]:
    """(offset, day) of each entry stamp of a live blog that names its weekday ("Friday 08.10"),
    the weekday taken as the last one on or before ``published``: the day a relative day of the
    entry ("last night", "Thursday") counts from. Empty unless the page stamps two entries so (one
    such line may be a caption's)."""
    if published is None:
        return []
    out = []
    for m in _WEEKDAY_ENTRY.finditer(text):
        name = m["weekday"].lower()
        weekday = WEEKDAYS.get(name, _SHORT_WEEKDAYS.get(name[:3]) if len(name) <= 4 else None)  # "Fri", "Tues"
        if weekday is not None:
            out.append((m.start(), published - timedelta(days=(published.weekday() - weekday) % 7)))
    return out if len(out) >= 2 else []


_SHORT_WEEKDAYS = {name[:3]: day for name, day in WEEKDAYS.items()}


def _entry_stamp(body: str, at: int, words: PublicationWords, dotted: bool = False) -> Stamp | None:
    """A clock time that is all the line holds: a live blog's entry stamp. ``dotted``: the page
    stamps entries in the dotted style ("17.20" alone, on two lines or more), which elsewhere is
    read as a time only beside a zone or "at" ("7.50" alone could be a figure)."""
    if len(body) > _LONGEST_ENTRY:
        return None  # prose, not a lone clock time: not worth a clock search (a 20 MB text has 250k lines)
    if dotted and (bare := next(dotted_entry_clocks(body), None)) is not None:
        return Stamp("entry", None, _shift_clock(bare, at), at + bare.start)
    clock = next(find_clocks(body, words.zones, words.local_words), None)
    if clock is None or body[: clock.start].strip(_BULLETS + "()") or body[clock.end :].strip(" .:-–—()"):
        return None
    return Stamp("entry", None, _shift_clock(clock, at), at + clock.start)


def _is_byline(text: str) -> bool:
    return re.match(r"\s*by\s+\S", text, re.I) is not None


def _shift(written: WrittenDate | None, by: int) -> WrittenDate | None:
    return None if written is None else replace(written, start=written.start + by, end=written.end + by)


def _shift_clock(clock: ClockTime | None, by: int) -> ClockTime | None:
    return None if clock is None else replace(clock, start=clock.start + by, end=clock.end + by)


def _fold(text: str) -> str:
    return " ".join(re.findall(r"[^\W_]+", text.lower()))


def _headline_line(text: str, title: str | None) -> int | None:
    """The index of the first line that is the headline (the title, near enough), or None."""
    if not title or not _fold(title):
        return None
    folded = _fold(title)
    for index, line in enumerate(text.split("\n")[:60]):
        candidate = _fold(line)
        if candidate and (candidate == folded or fuzz.ratio(candidate, folded) >= 85):
            return index
    return None
