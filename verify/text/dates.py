"""Written dates and clock times: the one month table, and readers shared by ingest and extract.

Pure text functions, no spaCy. ``find_dates(text)`` yields every written date ("August 4, 2020",
"11 August, 2020", "Aug 07 2020", "the 14th of June", "17/06/2017", "2020-08-05", "Oct. 17") as a
``WrittenDate`` with its offsets and the year when stated; ``find_clocks(text, zones, ...)`` yields
every clock time ("3:40 a.m.", "0140 GMT", "18:59 local", "6.30pm", "00.54", "shortly before 1am",
"6:10 p.m. local time") as a ``ClockTime``: minutes after midnight as written, the zone as written
and its offset from UTC when the zone table fixes it. ``iso_moment`` writes a day and a clock time
as ISO 8601. Ingest reads a page's own dates with them (``verify.ingest.stamps``); extract reads
the dates and times inside sentences (``verify.extract.timex``, ``verify.extract.clock``).
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

MONTHS: dict[str, int] = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
MONTHS["sept"] = 9
WEEKDAYS: dict[str, int] = {name.lower(): i for i, name in enumerate(calendar.day_name)}

# a full name never takes the dot after it: "the 2nd of May." ends a sentence
MONTH_RE = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)"
)
WEEKDAY_RE = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_YEAR = r"(?:19|20)\d\d"
# a year ends at a non-digit (not \b: "14 June 2017updated" runs the next word on)
_YEAR_END = r"(?!\d)"
_DATE_PATTERNS = (
    # Tuesday, Jan. 27, 2016 / Aug 07 2020 / April 22 / Oct 17
    (
        "mdy",
        re.compile(
            rf"(?<![\w.])(?:(?P<wd>{WEEKDAY_RE}),?\s+)?(?P<m>{MONTH_RE})\s+(?P<d>\d{{1,2}})"
            rf"(?:st|nd|rd|th)?(?!\d)(?:,?\s+(?P<y>{_YEAR}){_YEAR_END})?",
            re.I,
        ),
    ),
    # 27 January 2016 / 11 August, 2020 / the 14th of June / Monday, 20 May 2024
    (
        "dmy",
        re.compile(
            rf"(?<![\w.])(?:(?P<wd>{WEEKDAY_RE}),?\s+)?(?:the\s+)?(?P<d>\d{{1,2}})(?:st|nd|rd|th)?"
            rf"\s+(?:of\s+)?(?P<m>{MONTH_RE})(?![a-z])(?:,?\s*(?P<y>{_YEAR}){_YEAR_END})?",
            re.I,
        ),
    ),
    ("iso", re.compile(rf"(?<!\d)(?P<y>{_YEAR})-(?P<m>\d\d)-(?P<d>\d\d)(?!\d)")),
    # 17/06/2017, 17.06.2017 (day and month in the order the rules say)
    ("numeric", re.compile(rf"(?<![\d/.])(?P<a>\d{{1,2}})([/.])(?P<b>\d{{1,2}})\2(?P<y>{_YEAR})(?!\d)")),
)


def month_number(word: str) -> int | None:
    """The month a written month name means ("Aug.", "sept", "June"), or None."""
    return MONTHS.get(word.lower().rstrip("."))


def safe_date(year: int, month: int, day: int) -> date | None:
    """``date(year, month, day)``, or None when there is no such day."""
    try:
        return date(year, month, day)
    except ValueError:
        return None


@dataclass(frozen=True)
class WrittenDate:
    """A date as written: month and day always, the year and weekday when stated.

    start, end: offsets in the text read; weekday: 0 = Monday, as written or None.
    """

    start: int
    end: int
    month: int
    day: int
    year: int | None
    weekday: int | None = None

    def on(self, year: int | None = None) -> date | None:
        """The day, in its own year or else ``year``; None when neither gives a real day."""
        chosen = self.year if self.year is not None else year
        return None if chosen is None else safe_date(chosen, self.month, self.day)


def day_written(written: WrittenDate, published: date | None) -> date | None:
    """The day a written date means in a document published on ``published``: a date with no year
    is in the publication year, or the year before when that would put it more than a week after
    publication ("Dec. 30" in a page of 2 January)."""
    if written.year is not None or published is None:
        return written.on()
    candidate = written.on(published.year)
    if candidate is not None and (candidate - published).days > 7:
        return written.on(published.year - 1)
    return candidate


def find_dates(text: str, numeric_order: str = "dmy") -> Iterator[WrittenDate]:
    """Every written date in ``text``, in text order, overlapping readings dropped."""
    found: list[WrittenDate] = []
    for kind, pattern in _DATE_PATTERNS:
        for match in pattern.finditer(text):
            written = _reading(kind, match, numeric_order)
            if written is None or any(f.start < written.end and written.start < f.end for f in found):
                continue
            found.append(written)
    yield from sorted(found, key=lambda w: w.start)


def _reading(kind: str, match: re.Match[str], numeric_order: str) -> WrittenDate | None:
    g = match.groupdict()
    year = int(g["y"]) if g.get("y") else None
    if kind == "numeric":
        a, b = int(g["a"]), int(g["b"])
        day, month = (a, b) if numeric_order == "dmy" else (b, a)
        if month > 12 >= day:  # 06/17/2017 can only be month/day
            day, month = month, day
    else:
        if kind != "iso" and g["m"][0].islower():
            return None  # "they may 5 ...", "march 20 miles": a verb, not a month
        month = int(g["m"]) if kind == "iso" else month_number(g["m"]) or 0
        day = int(g["d"])
    if not 1 <= month <= 12 or not 1 <= day <= 31 or (year is not None and safe_date(year, month, day) is None):
        return None
    weekday = WEEKDAYS.get(g["wd"].lower()) if g.get("wd") else None
    return WrittenDate(match.start(), match.end(), month, day, year, weekday)


# ---------------------------------------------------------------------------------------------
# Clock times


@dataclass(frozen=True)
class ClockTime:
    """A clock time as written.

    start, end: offsets of the whole expression (approximating words included); minutes: after
    midnight, as written (local to ``zone``); zone: the zone as written ("GMT", "local", None when
    none is stated); utc_offset_minutes: what the zone table says the zone is (None for "local"
    or no zone); approx: the approximating words as written ("shortly before") or None.
    """

    start: int
    end: int
    minutes: int
    zone: str | None
    utc_offset_minutes: int | None
    approx: str | None
    text: str


# "a.m." keeps its last dot; "5am." does not (the sentence's full stop)
_AMPM = r"(?P<ampm>[ap]\.\s?m\.|[ap]\.?\s?m\b)"
# a dotted time is a clock time only beside these; "7.8 magnitude" and "24.1 km" are not
_TIME_PREPOSITIONS = r"(?:at|around|about|before|after|from|until|till|by|since|to|between|and|circa)"
# "18:59 local" ends the time; "6pm local residents" is another use of the word
_LOCAL_END = (
    rf"(?=\s*(?:[^\w\s]|$)|\s+(?:on|in|at|and|or|when|as|that|the|this|last|from|to|"
    rf"{WEEKDAY_RE})\b)"
)
_NOT_AFTER = r"(?!\s*(?:%|per\s?cent|percent|-?magnitude|km\b|kilomet|miles?\b|metres?\b|meters?\b|m\b|bn\b|billion|million|tonnes?\b|tons?\b|degrees?\b|points?\b|-?\d))"


@lru_cache(maxsize=16)
def _clock_pattern(
    zones: tuple[str, ...], local_words: tuple[str, ...], approx_words: tuple[str, ...]
) -> re.Pattern[str]:
    zone = "|".join(re.escape(z) for z in sorted(zones, key=len, reverse=True)) or "(?!)"
    local = "|".join(re.escape(w) for w in sorted(local_words, key=len, reverse=True)) or "(?!)"
    approx = "|".join(re.escape(w) for w in sorted(approx_words, key=len, reverse=True)) or "(?!)"
    offset = r"\(?(?:UTC|GMT)\s?(?P<sign>[+−-])\s?(?P<oh>\d{1,2})(?::?(?P<om>\d\d))?\)?"
    return re.compile(
        rf"(?:(?P<approx>\b(?:{approx}))\s+)?"
        r"(?:"
        rf"(?P<h12>1[0-2]|0?\d)(?:[:.](?P<m12>[0-5]\d))?\s?{_AMPM}"  # 6.30pm, 1am, 3:40 a.m.
        r"|(?P<h24>[01]?\d|2[0-3]):(?P<m24>[0-5]\d)(?!\d|:\d\d\d)"  # 18:59, 00:54
        rf"|(?P<hd>[01]?\d|2[0-3])\.(?P<md>[0-5]\d){_NOT_AFTER}(?!\d)"  # 00.54 (context checked)
        rf"|(?P<h4>[01]\d|2[0-3])(?P<m4>[0-5]\d)(?=\s*(?:{zone}|hrs\b|hours\b|{local}))"  # 0140 GMT
        r"|(?P<word>noon|midnight)"
        r")"
        rf"(?:\s*(?:{offset}|(?P<zone>\b(?:{zone}))\b))?"
        rf"(?:\s*(?:hrs|hours)\b)?"
        rf"(?:\s+(?P<local>\b(?:{local}))\b{_LOCAL_END})?",
        re.I,
    )


def find_clocks(
    text: str,
    zones: dict[str, int],
    local_words: tuple[str, ...] = ("local time", "local"),
    approx_words: tuple[str, ...] = (),
) -> Iterator[ClockTime]:
    """Every clock time in ``text`` (see ``ClockTime``). ``zones``: abbreviation -> minutes east of UTC."""
    table = {z.upper(): m for z, m in zones.items()}
    pattern = _clock_pattern(tuple(table), tuple(local_words), tuple(approx_words))
    for match in pattern.finditer(text):
        g = match.groupdict()
        if not _stands_alone(text, match):
            continue
        if g["hd"] is not None and not (
            g["zone"] or g["local"] or g["sign"] or g["approx"] or _after_preposition(text, match.start())
        ):
            continue  # "00.54" needs a zone, "local", or "at"/"around" before it
        if (
            g["h24"] is not None
            and g["approx"] is None
            and not (g["zone"] or g["local"] or g["sign"])
            and _is_ratio(text, match)
        ):
            continue
        minutes = _minutes(g)
        if minutes is None:
            continue
        zone, offset = None, None
        if g["sign"]:
            sign = -1 if g["sign"] in "-−" else 1
            offset = sign * (int(g["oh"]) * 60 + int(g["om"] or 0))
            zone = "UTC" + ("+" if sign > 0 else "-") + f"{int(g['oh']):02d}:{int(g['om'] or 0):02d}"
        elif g["zone"]:
            zone = g["zone"].upper()
            offset = table.get(zone)
        if g["local"] and zone is None:
            zone = "local"
        yield ClockTime(match.start(), match.end(), minutes, zone, offset, g["approx"], match.group(0))


def _minutes(g: dict[str, str | None]) -> int | None:
    if g["word"]:
        return 12 * 60 if g["word"].lower() == "noon" else 0
    if g["h12"] is not None:
        hour = int(g["h12"])
        if hour == 0 or hour > 12:
            return None
        pm = (g["ampm"] or "").lower().startswith("p")
        return (hour % 12 + (12 if pm else 0)) * 60 + int(g["m12"] or 0)
    for h, m in (("h24", "m24"), ("hd", "md"), ("h4", "m4")):
        hh, mm = g[h], g[m]
        if hh is not None and mm is not None:
            return int(hh) * 60 + int(mm)
    return None


def _stands_alone(text: str, match: re.Match[str]) -> bool:
    """Not part of a longer number, a score, a price or a version ("£8.6m", "1:2:3", "v2.10")."""
    before = text[max(0, match.start() - 1) : match.start()]
    return not before or not (before.isalnum() or before in "£$€:/.,-+#")


def _after_preposition(text: str, start: int) -> bool:
    head = text[max(0, start - 12) : start].lower()
    return re.search(rf"\b{_TIME_PREPOSITIONS}\s+$", head) is not None


def _is_ratio(text: str, match: re.Match[str]) -> bool:
    """ "a 3:40 ratio", "Luke 4:18": a bare h:mm after a word that is not a time preposition."""
    head = text[max(0, match.start() - 12) : match.start()].lower()
    return (
        re.search(r"\b(?:ratio|verse|chapter|luke|john|mark|matthew|score[sd]?|won|lost|odds|by a)\s+$", head)
        is not None
    )


def iso_moment(day: date, minutes: int | None = None, offset: int | None = None) -> str:
    """``YYYY-MM-DD``, or ``YYYY-MM-DDTHH:MM`` with ``+HH:MM`` when the offset is known."""
    if minutes is None:
        return day.isoformat()
    out = f"{day.isoformat()}T{minutes // 60:02d}:{minutes % 60:02d}"
    if offset is not None:
        sign = "+" if offset >= 0 else "-"
        out += f"{sign}{abs(offset) // 60:02d}:{abs(offset) % 60:02d}"
    return out


def iso_day(value: str | None) -> date | None:
    """The day of an ISO day or moment ("2020-08-05", "2020-08-05T19:56+04:00"), or None."""
    if not value or not re.match(r"\d{4}-\d\d-\d\d", value):
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None
