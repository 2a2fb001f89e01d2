"""Time claims: dates, weekdays and times of day, anchored to the publication date, with their role.

A bare weekday is resolved to the most recent such day on or before publication ("Wednesday" in
an article published on a Friday is two days before), as news style uses it; `time.weekday_direction`
in the rules flips that. Relative days ("yesterday", "last night", "tomorrow") count from the
publication day, except in a quotation, where they are the speaker's day and date nothing. Every claim keeps its original words; a date's value is an interval
``{"start", "end"}`` of ISO dates (equal for a day), with ``granularity`` day, month or year,
``resolved`` false when there was no publication date to anchor a relative expression, and ``role``:
whether it is the day of the event, of a statement, a photo caption or the page's own stamp
(``verify.extract.timeroles``). Clock times become ``clock`` claims (``verify.extract.clock``).
Written dates are read by ``verify.text.dates.find_dates`` (one month table for ingest and extract).
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, timedelta

from spacy.tokens import Span

from ..rules import RuleSet
from ..text import NUMBER_WORDS
from ..text.dates import MONTH_RE, WEEKDAY_RE, WEEKDAYS, WrittenDate, day_written, find_dates, month_number
from .base import Mention, SentenceContext, doc_text
from .clock import extract_clocks, set_utc_days
from .quotemarks import find_marked
from .timeroles import act_noun, dates_the_happening, role_words, time_role

_PART_RE = r"(?:\s+(?P<part>morning|afternoon|evening|night))?"
# a written date said as a night ("on the night of 13 June", "the night of June 13-14")
_NIGHT_OF = re.compile(r"\bnight\s+of\s+(?:the\s+)?$", re.IGNORECASE)
_PATTERNS = [
    (
        "my",
        re.compile(
            rf"\b(?:(?:(?P<last>last)|in|since|until|by|of|early|late|mid)\s+)(?P<m>{MONTH_RE})(?:\s+(?P<y>(?:19|20)\d\d))?\b",
            re.IGNORECASE,
        ),
    ),
    (
        "weekday",
        re.compile(
            rf"\b(?P<rel>last\s+|this\s+past\s+|this\s+|on\s+)?(?P<wd>{WEEKDAY_RE})(?:'s)?{_PART_RE}"
            r"(?P<lastweek>\s+(?:of\s+)?last\s+week)?\b"
        ),
    ),
    (
        "relative",
        re.compile(
            r"\b(?P<rel>the\s+day\s+before\s+yesterday|yesterday|today|tonight|tomorrow|last\s+night|"
            r"this\s+morning|this\s+afternoon|this\s+evening|earlier\s+today)\b",
            re.IGNORECASE,
        ),
    ),
    # "the April 2022 jailbreak": a month naming a happening (checked below)
    (
        "my",
        re.compile(
            rf"\b(?:a|an|the|its|their)\s+(?P<m>{MONTH_RE})\s+(?P<y>(?:19|20)\d\d)\s+(?P<noun>[a-z]+)\b",
            re.IGNORECASE,
        ),
    ),
    # "in 2014", "In 2014, ..." at a sentence's start; "in early 2024", "in mid-2019": a part of the year
    (
        "year",
        re.compile(
            r"\b(?:in|since|of|until|during)\s+(?:(?:early|late|mid)[\s-]+)?(?P<y>(?:19|20)\d\d)\b", re.IGNORECASE
        ),
    ),
    # "a 1998 crash", "the 2014 crash of a turboprop", "the 1900 Galveston hurricane": a year naming a
    # happening (checked below), with up to two capitalised words of its name between
    (
        "year",
        re.compile(
            r"\b(?:a|an|the|its|their)\s+(?P<y>(?:19|20)\d\d)\s+(?:(?-i:[A-Z])[\w'’.-]*\s+){0,2}(?P<noun>[a-z]+)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "period",
        re.compile(
            r"\b(?:(?P<rel>last)\s+(?P<unit>year|month)"
            r"|(?P<n>a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?P<units>decades|decade|years|year|months|month)\s+ago)\b",
            re.IGNORECASE,
        ),
    ),
]
_COUNT_WORDS = dict(zip("a one two three four five six seven eight nine ten".split(), (1, *range(1, 11)), strict=True))
_RELATIVE_DAYS = {
    "yesterday": -1,
    "today": 0,
    "tonight": 0,
    "last night": -1,
    "this morning": 0,
    "this afternoon": 0,
    "this evening": 0,
    "earlier today": 0,
    "tomorrow": 1,
    "the day before yesterday": -2,
}


def _month(word: str) -> int | None:
    return month_number(word)


def _weekday_date(weekday: int, published: date, direction: str) -> date:
    if direction == "future":
        return published + timedelta(days=(weekday - published.weekday()) % 7)
    return published - timedelta(days=(published.weekday() - weekday) % 7)


def resolve_written(written: WrittenDate, published: date | None) -> dict:
    """The value of a written date (``verify.text.dates.day_written``: no year, the publication's)."""
    value: dict = {"start": None, "end": None, "granularity": "day", "resolved": False, "part": None}
    day = day_written(written, published)
    if day:
        value.update(start=day.isoformat(), end=day.isoformat(), resolved=True)
    elif written.year is None:
        value["month_day"] = f"--{written.month:02d}-{written.day:02d}"  # its year is the story's
    return value


def _year_stated_elsewhere(written: WrittenDate, sent: Span, published: date | None, rules: RuleSet) -> WrittenDate:
    """A date written with no year that would fall after publication ("the Oct. 29 crash" in a page
    of 25 October) takes the year the page states for the same month and day elsewhere ("on Oct. 29,
    2018"): the page's one day, told in full once. A date said to come keeps the page's year."""
    day = day_written(written, published)
    if written.year is not None or published is None or day is None or day <= published:
        return written
    if said_to_come(sent, sent.start_char + written.start, rules):
        return written
    years = {
        other.year
        for other in find_dates(sent.doc.text, _numeric_order(rules))
        if other.year is not None and (other.month, other.day) == (written.month, written.day)
    }
    if len(years) != 1:
        return written
    return replace(written, year=years.pop())


def resolve(kind: str, match: re.Match[str], published: date | None, direction: str) -> dict:
    """The normalised value of one matched relative or partial time expression."""
    g = match.groupdict()
    value: dict = {
        "original": match.group(0).strip(),
        "start": None,
        "end": None,
        "granularity": "day",
        "resolved": False,
        "part": g.get("part"),
    }
    if kind == "my":
        month = _month(g["m"])
        year = int(g["y"]) if g.get("y") else (published.year if published else None)
        if year and published and not g.get("y") and date(year, month, 1) > published:
            year -= 1
        elif year and published and not g.get("y") and g.get("last") and month == published.month:
            year -= 1  # "last May", written in May: a year ago
        value["granularity"] = "month"
        if year and month:
            last = calendar.monthrange(year, month)[1]
            value.update(start=date(year, month, 1).isoformat(), end=date(year, month, last).isoformat(), resolved=True)
    elif kind == "year":
        value.update(granularity="year", start=f"{g['y']}-01-01", end=f"{g['y']}-12-31", resolved=True)
    elif kind == "period":
        value.update(_period(g, published))
    elif kind == "weekday":
        value["weekday"] = g["wd"]
        if published is not None:
            day = _weekday_date(WEEKDAYS[g["wd"].lower()], published, direction)
            if g.get("rel") and g["rel"].strip().lower() == "last" and day == published:
                day -= timedelta(days=7)
            if g.get("lastweek"):
                # "on Friday last week": that weekday of the calendar week before the page's
                day = published - timedelta(days=published.weekday() + 7 - WEEKDAYS[g["wd"].lower()])
            value.update(start=day.isoformat(), end=day.isoformat(), resolved=True)
    elif kind == "relative":
        rel = " ".join(g["rel"].lower().split())
        if rel in ("tonight", "last night", "this evening"):
            value["part"] = "night" if "night" in rel else "evening"
        if published is not None:
            day = published + timedelta(days=_RELATIVE_DAYS[rel])
            value.update(start=day.isoformat(), end=day.isoformat(), resolved=True)
    return value


def _period(g: dict, published: date | None) -> dict:
    """A past period ("last year", "last month", "two years ago", "a decade ago"): the whole year or
    month before the publication's (unresolved without one). Only past periods: "next month" or "this
    year" set no happening apart."""
    unit = (g.get("unit") or g.get("units") or "").lower().rstrip("s")
    if g.get("rel"):
        step = -1
    else:
        n = g["n"].lower()
        step = -(int(n) if n.isdigit() else _COUNT_WORDS[n])
    if unit == "decade":
        unit, step = "year", step * 10  # "almost a decade ago": the year ten years back, the nearest told
    value: dict = {"granularity": unit}
    if published is None:
        return value
    if unit == "year":
        year = published.year + step
        return value | {"start": f"{year}-01-01", "end": f"{year}-12-31", "resolved": True}
    months = published.year * 12 + published.month - 1 + step
    year, month = divmod(months, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return value | {
        "start": date(year, month + 1, 1).isoformat(),
        "end": date(year, month + 1, last).isoformat(),
        "resolved": True,
    }


def extract_times(sent: Span, ctx: SentenceContext, rules: RuleSet) -> Iterator[Mention]:
    """Dates, weekdays, relative days and clock times in one sentence, resolved against
    ``ctx.published``, each with its ``role``."""
    if ctx.link:
        return
    text, base = sent.text, sent.start_char
    taken: list[tuple[int, int]] = []
    dates: list[Mention] = []
    quoted = list(find_marked(text))
    for written in find_dates(text, _numeric_order(rules)):
        written = _year_stated_elsewhere(written, sent, ctx.published, rules)
        value = resolve_written(written, ctx.published)
        if written.weekday is not None:
            value["weekday"] = calendar.day_name[written.weekday]
        value["original"] = text[written.start : written.end]
        if _NIGHT_OF.search(text[: written.start]):
            value["part"] = "night"  # "on the night of June 13-14": a night that runs into the next day
        taken.append((written.start, written.end))
        dates.append(Mention("time", "date", base + written.start, base + written.end, value))
    for kind, pattern in _PATTERNS:
        for match in pattern.finditer(text):
            start, end = match.span()
            if kind in ("my", "year") and not (kind == "my" and match.groupdict().get("last")):
                # the preposition is context, not part of the claim ("last November" is the claim)
                start = match.start("m") if kind == "my" else match.start("y")
            if "noun" in match.groupdict():
                end = match.end("y")  # (not the happening noun after it)
            if kind == "weekday" and match.group("rel") and match.group("rel").strip().lower() == "on":
                start = match.start("wd")
            if any(s < end and start < e for s, e in taken):
                continue
            if kind == "relative" and any(s <= start and end <= e for s, e in quoted):
                continue  # '"My heart is broken today," said X': the speaker's day, not the page's
            if kind == "my" and _month(match.group("m")) == 5 and text[start : start + 3] == "may":
                continue  # the verb "may"
            if kind == "my" and match.groupdict().get("last") and ctx.published is None:
                continue  # "last July" with no publication date: no time at all, as "two years ago"
            if "noun" in match.groupdict() and match.group("noun").lower() not in rules.happening_words:
                continue  # "the 2025 budget", "the April 2022 budget": a time of no happening
            if kind == "period" and (ctx.published is None or any(0 <= start - e <= 2 for _, e in taken)):
                if ctx.published is not None and " ".join(text[start:end].lower().split()) == "last year":
                    _in_the_year_before(dates, base + start, ctx.published.year - 1)
                continue  # "June 14 last year": the year of the date before it, no period of its own;
                # and with no publication date "two years ago" is no time at all
            direction = rules.time.weekday_direction
            if kind == "weekday" and (match.group("rel") or "on").strip().lower() == "on":
                direction = "future" if said_to_come(sent, base + start, rules) else direction
            value = resolve(kind, match, ctx.published, direction)
            value["original"] = text[start:end]
            taken.append((start, end))
            dates.append(Mention("time", "date", base + start, base + end, value))
    dates.sort(key=lambda m: m.start)
    for mention in dates:
        mention.value["role"] = time_role(sent, mention.start, mention.end, ctx, rules)
        if _bracketed_publication_day(sent, mention, ctx):
            mention.value["role"] = "publication"
    _later_deaths(sent, dates, rules)
    _after_a_dated_happening(sent, dates, rules)
    _around_a_known_happening(sent, dates, rules)
    clocks = list(extract_clocks(sent, ctx, rules, dates))
    set_utc_days(dates, clocks)
    _said_no_later_than_the_page(dates + clocks, ctx.published)
    elapsed = list(extract_elapsed(sent, rules))
    _counted_back(dates, elapsed)
    yield from dates
    yield from clocks
    yield from elapsed


def _said_no_later_than_the_page(mentions: list[Mention], published: date | None) -> None:
    """A time the page puts after its own day ("hopes to put divers in the water at 6 a.m.
    Wednesday", a plan) dates what is to come, never when something was said: a ``statement``
    role there reads ``other``."""
    if published is None:
        return
    for m in mentions:
        day = m.value.get("start") if m.attribute == "date" else m.value.get("day")
        if m.value.get("role") == "statement" and isinstance(day, str) and day[:10] > published.isoformat():
            m.value["role"] = "other"


_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def _in_the_year_before(dates: list[Mention], at: int, year: int) -> None:
    """The date just before ``at`` ("June 14 last year", "in March last year") moved into ``year``:
    read alone, a month before the page's own falls in the page's year."""
    before = [m for m in dates if 0 <= at - m.end <= 2]
    if not before:
        return
    value = before[-1].value
    for key in ("start", "end"):
        day = value.get(key)
        if isinstance(day, str) and _ISO_DAY.fullmatch(day) and int(day[:4]) != year:
            try:
                value[key] = date.fromisoformat(day).replace(year=year).isoformat()
            except ValueError:  # February 29th
                value[key] = date.fromisoformat(day).replace(day=28, year=year).isoformat()


def _bracketed_publication_day(sent: Span, mention: Mention, ctx: SentenceContext) -> bool:
    """A full date alone in brackets that is the page's own day ("Attack on a hotel in Kessaro
    (11 March 2026)", a ministry's headline): when the page was written, not the happening's day."""
    text = doc_text(sent.doc)
    before, after = (
        text[max(0, mention.start - 3) : mention.start].rstrip()[-1:],
        text[mention.end : mention.end + 3].lstrip()[:1],
    )
    start = mention.value.get("start")
    return (
        (before, after) == ("(", ")")
        and ctx.published is not None
        and mention.value.get("granularity") == "day"
        and not mention.value.get("weekday")
        and start == mention.value.get("end") == ctx.published.isoformat()
    )


def _counted_back(dates: list[Mention], elapsed: list[Mention]) -> None:
    """A sentence that gives one day to what came a span after the happening ("buried its dead on
    Sunday, a day after an air strike tore through the convoy"): the happening's day is the span
    before it, kept as the span's ``day`` (one span, said exactly, in whole days; "about a week
    after" counts back to no day). The sentence's own day keeps its role: its figures were said
    that day."""
    if len(elapsed) != 1 or elapsed[0].value.get("approx"):
        return
    span = float(elapsed[0].value.get("days") or 0)
    days = [
        m
        for m in dates
        if m.value.get("role") in ("event", "other", "after")
        and m.value.get("granularity", "day") == "day"
        and m.value.get("resolved") is not False
        and m.value.get("start")
    ]
    if not days or span < 1 or span != int(span) or len({str(m.value["start"]) for m in days}) != 1:
        return
    elapsed[0].value["day"] = (date.fromisoformat(str(days[0].value["start"])) - timedelta(days=int(span))).isoformat()


def said_to_come(sent: Span, char: int, rules: RuleSet) -> bool:
    """Whether the time word at ``char`` dates a clause said to come: its verb has an auxiliary of
    ``time.future_auxiliaries`` ("will hit on Monday"), follows one of ``time.future_heads`` with
    "to" ("is expected to cross the coast on Monday"), or is a headline's "to" clause ("Cyclone
    Sarvan to strike coast on Monday")."""
    words = [t for t in sent if t.idx <= char < t.idx + len(t)]
    if not words:
        return False
    verb, hops = words[0], 0
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i and hops < 4:
        verb, hops = verb.head, hops + 1
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    time = rules.time
    if any(c.dep_ == "aux" and c.lower_ in time.future_auxiliaries for c in verb.children):
        return True
    to = next((c for c in verb.children if c.dep_ == "aux" and c.lower_ == "to"), None)
    if to is None:
        return False
    if verb.dep_ == "xcomp":
        # (the word itself too: the model lemmatises "hopes" as "hop")
        return verb.head.lemma_.lower() in time.future_heads or verb.head.lower_ in time.future_heads
    if verb.head.dep_ in ("nsubj", "nsubjpass") and verb.head.head.i > verb.i:
        return False  # the subject of a later verb: "the 15th person to die Wednesday was the driver"
    if 0 < to.i - sent.start <= 6 and all(
        t.pos_ in ("PROPN", "NOUN", "ADJ", "DET", "NUM") for t in sent[: to.i - sent.start]
    ):
        return True  # a headline opening on its subject and "to": "Cyclone Veyra to strike coast on Sunday, forecasters warn"
    # a headline's "Cyclone to strike coast on Monday", "Storm to make landfall on Friday": a "to"
    # verb heading the clause, or hung on the noun that does
    return verb.dep_ in ("ROOT", "csubj") or (
        verb.dep_ in ("advcl", "acl") and verb.head.dep_ == "ROOT" and verb.head.pos_ in ("NOUN", "PROPN")
    )


def _later_deaths(sent: Span, dates: list[Mention], rules: RuleSet) -> None:
    """A sentence that dates the happening itself ("One of the survivors of Tuesday's crash died in
    hospital on Thursday") and gives another day to a count word (the death of one of its wounded
    later): that other day is not the happening's (role ``other``)."""
    events = [m for m in dates if m.value["role"] == "event"]
    own = {id(m) for m in events if dates_the_happening(sent, m.start, m.end, rules)}
    days = {m.value.get("start") for m in events if id(m) in own}
    if not days:
        return
    for mention in events:
        if id(mention) not in own and mention.value.get("start") not in days:
            mention.value["role"] = "other"


def _after_a_dated_happening(sent: Span, dates: list[Mention], rules: RuleSet) -> None:
    """A sentence that names the happening by a time that gives it no day ("last week's shipwreck",
    "last month's floods"), or as what came after the act it tells ("alerted them ten hours before
    the sinking": ``time.roles.preceding``), and gives another day to nothing of the happening ("the
    coast guard on Thursday ended its search for survivors of last week's shipwreck"): that day is
    of what was done around it (role ``later``), not a day of the happening — the page's day would
    otherwise date a happening of its own. A happening named by its own day ("Tuesday's explosion")
    is dated by it (role ``event``), which a sentence's other days never outweigh: they stay as read
    (a stretch's days, spanning what it tells). (A sentence set "days after the blast" is read by
    ``time.elapsed``: its day is the one the span counts to.)"""
    words = role_words(rules)
    happening = rules.methods.single_words  # the happening's own nouns ("sinking", "blast"), not "start"
    references: list[tuple[int, int]] = []
    for token in sent:
        if token.lemma_.lower() not in happening and token.lower_ not in happening:
            continue
        if token.dep_ == "pobj" and token.head.lower_ in words.preceding and token.pos_ == "NOUN":
            references.append((token.idx, token.idx + len(token)))  # "hours before the sinking"
        for child in token.children:
            if child.dep_ == "poss" and child.ent_type_ == "DATE":
                tokens = list(child.subtree)
                references.append((tokens[0].idx, tokens[-1].idx + len(tokens[-1])))
    if not references or any(any(m.start < e and s < m.end for s, e in references) for m in dates):
        return  # none, or one with a day of its own ("Tuesday's explosion"): that day dates it
    for mention in dates:
        if mention.value.get("role") in ("other", "after"):
            mention.value["role"] = "later"  # (and the response's: "renewed its call for an inquiry on Thursday")


def _around_a_known_happening(sent: Span, dates: list[Mention], rules: RuleSet) -> None:
    """A sentence that names the happening as one already known, by an article
    (``time.roles.known_articles``: "at the site of the condominium collapse", "two months after the
    crash") and by no day of its own, and hangs a day on a noun of another act ("The transition on
    Thursday from a rescue to a recovery effort", "The discovery of the device Monday"): that day is
    the act's (role ``later``), weeks after the happening maybe, never its day -- unless the act's
    noun is one the happening's noun governs ("the bombing of the market on Tuesday": its day)."""
    words = role_words(rules)
    known = []
    for token in sent:
        if token.pos_ != "NOUN" or (
            token.lemma_.lower() not in words.happening and token.lower_ not in words.happening
        ):
            continue
        if any(c.dep_ == "det" and c.lower_ in words.known_articles for c in token.children) and not any(
            t.ent_type_ == "DATE" for t in token.subtree
        ):
            known.append(token)
    if not known:
        return
    for mention in dates:
        if mention.value.get("role") not in ("other", "after"):
            continue
        act = act_noun(sent, mention.start, mention.end, rules)
        if act is not None and not any(k.i in {a.i for a in act.ancestors} or k.i == act.i for k in known):
            mention.value["role"] = "later"


def extract_elapsed(sent: Span, rules: RuleSet) -> Iterator[Mention]:
    """Spans of time after the happening ("four days after the huge port blast", ``time.elapsed``):
    ``elapsed`` claims whose value is ``{"days", "approx", "original", "role": "elapsed"}``, kept
    only when what the span follows names the happening."""
    elapsed = rules.time.elapsed
    if elapsed.pattern is None:
        return
    units = {unit.lower(): days for unit, days in elapsed.units.items()}
    for match in elapsed.pattern.finditer(sent.text):
        word = match.group("n").lower()
        n = float(word) if word.isdigit() else 1.0 if word in ("a", "an") else NUMBER_WORDS.get(word)
        if n is None:
            continue
        end = sent.start_char + match.end()
        follows = [t for t in sent if t.idx >= end][: elapsed.reach]
        if not any(t.lower_ in rules.happening_words or t.lemma_.lower() in rules.happening_words for t in follows):
            continue
        days = n * units[" ".join(match.group("unit").lower().split())]
        value = {
            "days": round(days, 3),
            "approx": bool(match.group("approx")),
            "granularity": "span",
            "original": match.group(0),
            "role": "elapsed",
        }
        yield Mention("time", "elapsed", sent.start_char + match.start(), end, value)


def _numeric_order(rules: RuleSet) -> str:
    return rules.time.publication.numeric_order
