"""Timelines: the figures of one event and attribute, ordered by when their sources said them.

Coverage of one event is a sequence: 12 dead in the first reports, 31 the next morning, 64 a week
later. A figure's *moment* is when its source said it, in order of trust:

1. the day its own sentence gives for the statement ("the ministry said on Saturday": a time claim
   with role ``statement``);
2. the page's own stamp above it (a live page's "18:12" entry, an "Updated 10:30" line: time claims
   with role ``publication``), on the page's day;
3. the document's update time, else its publication time (``Document.modified`` / ``published``);
   an undated document's other figures, the last day it says something was said (``said``);
4. for a document with none of these, a moment *inferred*: the time it says has passed since the
   happening ("four days after the blast", a ``time.elapsed`` claim), on a weekday it names in the
   week from then; else the weekday it names for a statement,
   taken as the first such day after the event that fits the toll it gives — a toll rises as bodies
   are found, so a document saying 178 comes after the dated reports of 171 and before those of 188
   (``infer_moments``); else the place of its toll among the dated reports alone.

Each entry keeps where its moment came from (``Moment.source``), so the report can say "inferred
from its toll". ``positions`` groups a timeline's entries by figure (their ``best``) and
``judge_positions`` reads the verdicts: a later different figure is an ``update`` (up or down; the
source's own revision language — "rose from 12 to 31" — makes one with or without dates); two
incompatible figures said in the same window by different sources are a ``conflict``; overlapping
figures of different precision in one window are ``compatible``; a figure repeated after a later one
superseded it is ``stale``; two bodies' overlapping ranges ("50 to 150", "100 to 300") are
``compatible`` whenever said: two estimates, neither revising the other. A body that keeps its own
count (a ministry's 7, then its 11, beside a rights group's 23, then 26) revises only its own, and
each of its figures it stands by is set against the other body's said then. A body whose figure is
disputed by a later, lower one from a body that was counting before it (a ministry's 56, a rebel
group's 135, the ministry's 101) keeps a rival count: its figures disagree with the other's series
and are no steps of it (56 -> 101, not 56 -> 135 -> 101); each revises only its own. Two tolls
each dated by its own sentence to one day and said as reached then ("rose to 108 on Sunday, the
agency said"; "as of Sunday had risen to 99"), by pages that share no body, are two accounts of that
day: a ``conflict``, no step of the count.
"""

from __future__ import annotations

from .judge import Judgement, Position, Verdict, body_key, judge_positions, page_tolls, positions, same_window
from .moments import (
    CURRENT,
    INFERRED,
    NO_MOMENT,
    Entry,
    Moment,
    MomentSource,
    NamedDays,
    Precision,
    StoryTimes,
    TimesIndex,
    claim_moment,
    document_moment,
    entries_of,
    first_weekday,
    infer_moments,
    named_days,
)

__all__ = [
    "CURRENT",
    "INFERRED",
    "NO_MOMENT",
    "Entry",
    "Judgement",
    "Moment",
    "MomentSource",
    "Position",
    "NamedDays",
    "Precision",
    "StoryTimes",
    "TimesIndex",
    "Verdict",
    "body_key",
    "claim_moment",
    "document_moment",
    "entries_of",
    "first_weekday",
    "infer_moments",
    "named_days",
    "judge_positions",
    "page_tolls",
    "positions",
    "same_window",
]
