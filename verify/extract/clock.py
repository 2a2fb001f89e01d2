"""Clock times in a sentence: "3:40 a.m.", "0140 GMT", "18:59 local", "6.30pm", "shortly before 1am".

``extract_clocks(sent, ctx, rules, days)`` yields one ``Mention(kind="time", attribute="clock")``
per clock time (read by ``verify.text.dates.find_clocks``: ages, durations such as "26 hours", phone
numbers, scores, magnitudes and "View all 27 updates" are not clock times). Its value:

- ``original``: the words; ``minutes``: minutes after local midnight, as written ("12.54am" -> 54);
- ``zone``: as written, upper case (``GMT``, ``BST``, ``EDT``, ``UTC+04:00``), ``local`` for "local
  time", None when none is stated; ``utc_offset_minutes``: what the zone table (``time.zones``)
  says, None for local or no zone (``verify.text.timezones.local_offset`` gives a place's);
- ``approx``: the approximating words as written ("around", "shortly before") or None;
- ``day``: the ISO day of the nearest resolved date of the sentence (for the page's own stamps,
  the stamp's date, else the publication day), or None;
- ``role``: as for dates (``verify.extract.timeroles``);
- ``paired_offset_minutes``: on a local time followed by the source's own conversion ("6:10 p.m.
  local time (4:10 p.m. GMT)"), the offset that conversion implies (+120 here): evidence only,
  often wrong.

``verify.text.timezones.clock_delta(a, b, local_offset)`` compares two such values after converting
both to UTC.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from spacy.tokens import Span

from ..ingest.stamps import dotted_entries, dotted_entry_clocks
from ..models import TimeValue
from ..rules import RuleSet
from ..text.dates import day_written, find_clocks
from .base import Mention, SentenceContext, facts_of
from .timeroles import stamp_at, time_role


@dataclass(frozen=True)
class ClockWords:
    zones: dict[str, int]
    local_words: tuple[str, ...]
    approx_words: tuple[str, ...]


@lru_cache(maxsize=8)
def clock_words(rules: RuleSet) -> ClockWords:
    return ClockWords(
        zones=rules.time.zone_minutes, local_words=rules.time.local_words, approx_words=rules.time.approx_words
    )


def extract_clocks(
    sent: Span, ctx: SentenceContext, rules: RuleSet, days: list[Mention] | None = None
) -> Iterator[Mention]:
    """The clock times of one sentence; ``days``: the sentence's date mentions (give ``day``)."""
    words = clock_words(rules)
    text, base = sent.text, sent.start_char
    found = [
        c
        for c in find_clocks(text, words.zones, words.local_words, words.approx_words)
        if not any(d.start < base + c.end and base + c.start < d.end for d in days or ())
    ]
    if dotted_entries(facts_of(sent, ctx.facts).text):  # a live blog's "17.20" alone on its line
        found = sorted(
            found
            + [e for e in dotted_entry_clocks(text) if not any(c.start < e.end and e.start < c.end for c in found)],
            key=lambda c: c.start,
        )
    for k, clock in enumerate(found):
        start, end = base + clock.start, base + clock.end
        role = time_role(sent, start, end, ctx, rules)
        day = _nearest_day(start, days or [], sent)
        if day is None and role == "publication":
            # "Update 8:05 a.m. EDT | Aug. 6:" split into two sentences: the stamp's own date
            stamp = stamp_at(sent, start, end, ctx, rules)
            if stamp is not None and stamp.written is not None:
                found_day = day_written(stamp.written, ctx.published)
                day = None if found_day is None else found_day.isoformat()
            elif ctx.published is not None:
                day = ctx.published.isoformat()  # a live blog's entry "18:12": the page's day
        value: TimeValue = {
            "original": clock.text,
            "minutes": clock.minutes,
            "zone": clock.zone,
            "utc_offset_minutes": clock.utc_offset_minutes,
            "approx": clock.approx,
            "day": day,
            "role": role,
        }
        following = found[k + 1] if k + 1 < len(found) else None
        if (
            clock.zone == "local"
            and following is not None
            and following.utc_offset_minutes is not None
            and 0 <= following.start - clock.end <= 3
        ):
            implied = (clock.minutes - following.minutes + following.utc_offset_minutes) % (24 * 60)
            value["paired_offset_minutes"] = offset = implied - 24 * 60 if implied > 12 * 60 else implied
            theirs = _nearest_day(base + following.start, days or [], sent)
            if theirs is not None and not _days_at_level(start, days or [], sent):
                # "02:15 local time (23:15 GMT on Monday)": the day written is the conversion's;
                # the local time falls on it shifted by the offset the pair implies (Tuesday)
                shift = (following.minutes - (following.utc_offset_minutes or 0) + offset) // (24 * 60)
                value["day"] = (date.fromisoformat(theirs) + timedelta(days=shift)).isoformat()
        yield Mention("time", "clock", start, end, value)


def _nearest_day(at: int, days: list[Mention], sent: Span) -> str | None:
    """The nearest day written at the clock's own level of brackets: "at about 23:00 GMT on
    Tuesday (02:00 local time on Wednesday)" times Wednesday at 02:00 local, Tuesday at 23:00 GMT."""
    resolved = [d for d in days if d.as_time().get("granularity") == "day" and d.as_time().get("start")]
    if not resolved:
        return None
    inside = _in_brackets(at, sent)
    resolved = [d for d in resolved if _in_brackets(d.start, sent) == inside] or resolved
    return str(min(resolved, key=lambda d: min(abs(d.start - at), abs(d.end - at))).as_time()["start"])


def _days_at_level(at: int, days: list[Mention], sent: Span) -> bool:
    """Whether a resolved day is written at the bracket level of the document offset ``at``."""
    inside = _in_brackets(at, sent)
    return any(
        d.as_time().get("granularity") == "day" and d.as_time().get("start") and _in_brackets(d.start, sent) == inside
        for d in days
    )


def _in_brackets(at: int, sent: Span) -> bool:
    """Whether the document offset ``at`` lies within brackets its sentence opens before it."""
    before = sent.text[: max(0, at - sent.start_char)]
    return before.count("(") > before.count(")")


def set_utc_days(dates: list[Mention], clocks: list[Mention]) -> None:
    """A day written for a time in UTC or another zone beside the local time it is ("23:00 GMT on
    Tuesday (02:00 local time on Wednesday)") is that zone's day, not the happening's where it
    happened: it no longer dates the happening (role ``other``)."""
    local = {c.as_time().get("day") for c in clocks if c.as_time().get("zone") in (None, "local")} - {None}
    if not local:
        return
    for clock in clocks:
        value = clock.as_time()
        if value.get("zone") in (None, "local") or value.get("utc_offset_minutes") is None or value.get("day") in local:
            continue
        for d in dates:
            day = d.as_time()
            if day.get("start") == value.get("day") and day.get("role") == "event":
                day["role"] = "other"
