"""Clock times of one event: when it happened, compared after conversion to UTC.

Sources time a blast or a fire in their own way: "about 6.30pm local", "18:59 local", "around
5pm GMT", "00.54", "shortly before 1am". Only clock times a source gives for the happening itself
count (``value.role == "event"``: not when something was said, photographed or stamped on a page).
A time written "local", or with no zone, is read at the event's place: the first of its places,
most named first, whose UTC offset on that day is known (``verify.text.timezones.local_offset``:
``time.places`` in the rules, then the gazetteer). Times within ``compare.clock.tolerance_minutes``
are one moment (widened by ``approx_minutes`` when a source says "about", "around", "shortly
before", by ``hour_approx_minutes`` when it says so of a time to the hour: "around 4 a.m."); each
pair of moments further apart is a finding with its two sides.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from datetime import date
from functools import lru_cache

from ..models import CLAIM_KINDS, Claim, Finding
from ..rules import Rule, RuleSet
from ..text.timezones import local_offset, utc_minutes
from .context import Context, by_event, event_label, make_finding, side_of

_DAY = 24 * 60


def event_offset(claims: list[Claim], ctx: Context, day: date | None) -> int | None:
    """The UTC offset, in minutes, of the event's place on ``day``: the offset most of the event's
    place mentions resolve to (a name the gazetteer reads as another country's town — "Kensington"
    — is outvoted by the city the story names most), of the places named at least
    ``compare.clock.offset_share`` as often as the most named one."""
    if day is None:
        return None
    places = Counter(str(c.value.get("canonical") or c.text) for c in claims if c.kind == "place")
    # a place told in passing ("the group's attack in Sarkand two years ago") is not where it happened
    least = ctx.rules.compare.clock.offset_share * max(places.values(), default=0)
    votes: Counter[int] = Counter()
    for name, count in places.items():
        if count < least:
            continue
        offset = local_offset(name, day, ctx.rules)
        if offset is not None:
            votes[offset] += count
    return max(votes, key=lambda o: (votes[o], -abs(o))) if votes else None


def _reading(clock: Claim, paired: set[tuple[str, int]], ctx: Context) -> bool | None:
    """Whether a clock time times the happening: given the role ``event``, or said in a sentence that
    names the happening ("the blast struck at about 6:10 p.m.", "the first report of the fire came
    in at 00.54") — not a minute's silence, a resident waking, an update stamp or a caption. None:
    only if its sentence names a method of the event (which the event's claims tell)."""
    role = clock.value.get("role")
    if clock.value.get("zone") not in (None, "local") and (clock.doc, clock.sentence_start) in paired:
        return False  # "6:10 p.m. local time (4:10 p.m. GMT)": one time, written twice; the local one counts
    if _offset_pattern(ctx.rules).search(clock.sentence):
        # "at 16:00, ten hours before the sinking", "the last gunman was killed at about 03:30, some
        # 30 hours after the attack began": when something else was done
        return False
    if _of_the_end(clock, ctx.rules) or _as_of(clock, ctx.rules):
        return False
    words = {w.strip(".,;:!?\"'()").lower() for w in clock.sentence.split()}
    mourning = words & set(ctx.rules.compare.clock.not_happening)
    if role == "event":
        # "The vigil started at 7 p.m.": what started is the vigil, which the sentence names and
        # no happening
        return not (mourning and not words & ctx.rules.happening_words)
    if role not in ("other", "statement"):
        return False
    if mourning:
        return False  # a minute's silence, a vigil, a funeral: held at a time, not when it happened
    return True if words & _generic_words(ctx.rules) else None


class _Clocks:
    """Each document's clock times, each read once (``_reading``): an event of the document takes
    those that time the happening, and those said in a sentence naming one of its methods. Built
    once per run, so the many events of one long page do not each re-read its every time."""

    def __init__(self, ctx: Context):
        self._ctx = ctx
        self._read: dict[str, tuple[list[Claim], dict[int, list[Claim]]]] = {}

    def of(self, doc: str) -> tuple[list[Claim], dict[int, list[Claim]]]:
        """A document's clock times that count for any of its events, and those that count for an
        event naming a method in their sentence (by sentence start)."""
        if doc not in self._read:
            clocks = [t for t in self._ctx.times_of(doc) if t.attribute == "clock"]
            paired = {(c.doc, c.sentence_start) for c in clocks if c.value.get("paired_offset_minutes") is not None}
            always: list[Claim] = []
            maybe: dict[int, list[Claim]] = defaultdict(list)
            for c in clocks:
                reading = _reading(c, paired, self._ctx)
                if reading:
                    always.append(c)
                elif reading is None:
                    maybe[c.sentence_start].append(c)
            self._read[doc] = (always, maybe)
        return self._read[doc]

    def timing(self, documents: Iterable[str], claims: list[Claim]) -> list[Claim]:
        """The clock times of an event's ``documents`` that time its happening (its ``claims``
        tell which sentences name its methods)."""
        method: dict[str, set[int]] = defaultdict(set)
        for c in claims:
            if c.kind == "method" and c.attribute != "cause":
                # a cause ("an overcrowded fishing boat") is a state, not the happening at a time
                method[c.doc].add(c.sentence_start)
        out: list[Claim] = []
        for doc in documents:
            always, maybe = self.of(doc)
            out.extend(always)
            out.extend(c for start in sorted(method.get(doc, ())) for c in maybe.get(start, ()))
        return out


def _of_the_end(clock: Claim, rules: RuleSet) -> bool:
    """Whether an end word (``compare.clock.end_words``) leads to the clock time within
    ``end_reach`` words: "the siege ended at about 03:30" times its end, not the happening."""
    settings = rules.compare.clock
    before = clock.sentence[: max(0, clock.start - clock.sentence_start)].split()[-settings.end_reach :]
    return bool(settings.end_reach) and any(w.strip(".,;:!?\"'()").lower() in settings.end_words for w in before)


def _as_of(clock: Claim, rules: RuleSet) -> bool:
    """Whether the clock time follows one of ``time.roles.as_of`` ("As of 12:00 on Monday, 41 people
    have died", "by 6 p.m."): the moment a count stood, not the happening's."""
    before = clock.sentence[: max(0, clock.start - clock.sentence_start)].lower().split()
    return any(" ".join(before[-len(p.split()) :]) == p for p in rules.time.roles.as_of if before)


@lru_cache(maxsize=8)
def _offset_pattern(rules: RuleSet) -> re.Pattern[str]:
    """A span from the happening (``compare.clock.offset_units``, ``offset_words``, the rules'
    ``happening_words``): "ten hours before the sinking", "two days after the blast", "40 minutes
    before the first large explosion" (up to two words before the happening's)."""
    settings = rules.compare.clock

    def alternatives(words: Iterable[str]) -> str:
        return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) or "(?!)"

    return re.compile(
        rf"\b(?:{alternatives(settings.offset_units)})\s+(?:{alternatives(settings.offset_words)})\s+"
        rf"(?:the|its|this)\s+(?:\w+\s+){{0,2}}(?:{alternatives(rules.happening_words)})\b",
        re.IGNORECASE,
    )


@lru_cache(maxsize=8)
def _generic_words(rules: RuleSet) -> frozenset[str]:
    """The words of the taxonomy's generic nodes ("attack", "hit", "struck")."""
    return frozenset(w for node in rules.methods.taxonomy.values() if node.generic for w in node.words)


def _event_day(claims: list[Claim], ctx: Context, event: str) -> date | None:
    label_day = next((e.date for e in ctx.clustering.events if e.id == event), None)
    for value in [label_day, *(str(c.value.get("day") or "") for c in claims if c.kind == "time")]:
        if value and len(value) >= 10:
            try:
                return date.fromisoformat(value[:10])
            except ValueError:
                continue
    return None


def _of_a_day_before(clock: Claim, day: date | None) -> bool:
    """A clock time not given the role ``event`` whose sentence dates it to a day before ``day``: a
    forecast's or a warning's hour. (A later day may be another clause's: "posted photos on
    Tuesday of clocks stopped at 6:08 PM" still times the blast of the week before.)"""
    said = str(clock.value.get("day") or "")
    return clock.value.get("role") != "event" and day is not None and bool(said) and said < day.isoformat()


def check_clock(rule: Rule, ctx: Context) -> Iterator[Finding]:
    settings = ctx.rules.compare.clock
    events = {e.id: e for e in ctx.clustering.events}
    timing = _Clocks(ctx)
    for event, claims in by_event(ctx, CLAIM_KINDS).items():
        # a clock time often sits in a sentence of its own ("It was at around 6:10 p.m. that the blast
        # struck"): every clock time of the event's documents that times the happening counts
        documents = events[event].documents if event in events else sorted({c.doc for c in claims})
        day = _event_day(claims, ctx, event)
        # a time said of a day before the happening's ("At 6 am on Sunday the storm was centred 420 km
        # offshore", the day before it struck) times something else
        clocks = [c for c in timing.timing(documents, claims) if not _of_a_day_before(c, day)]
        if len(clocks) < 2:
            continue
        offset = event_offset(claims, ctx, day)
        moments: list[tuple[int, Claim]] = []
        for c in clocks:
            # with the place's offset unknown, local times are still comparable with each other
            zoned = c.value.get("utc_offset_minutes") is not None
            minutes = utc_minutes(dict(c.value), offset if offset is not None or zoned else 0)
            if minutes is not None and (offset is not None or not zoned):
                moments.append((minutes % _DAY, c))
        moments = _without_later_steps(moments, ctx, settings.steps_minutes, settings.approx_minutes)
        moments.sort(key=lambda m: (m[0], m[1].doc, m[1].start))
        groups: list[list[tuple[int, Claim]]] = []
        for m in moments:
            if groups and m[0] - groups[-1][0][0] <= settings.tolerance_minutes:
                groups[-1].append(m)
            else:
                groups.append([m])
        label = event_label(ctx, event)
        origins = [{ctx.origin(c) for _, c in g} for g in groups]
        if len(set().union(*origins)) < 2:
            continue  # one source's times only (see _judge): no pair can disagree
        for i, a in enumerate(groups):
            for j in range(i + 1, len(groups)):
                if len(origins[i] | origins[j]) < 2:
                    continue
                b = groups[j]
                finding = _judge(
                    rule,
                    ctx,
                    event,
                    label,
                    a,
                    b,
                    settings.approx_minutes,
                    "UTC" if offset is not None else "local time",
                )
                if finding is not None:
                    yield finding


def _without_later_steps(
    moments: list[tuple[int, Claim]], ctx: Context, steps_minutes: int, approx_minutes: int
) -> list[tuple[int, Claim]]:
    """``moments`` less the times a page gives of other moments of the happening: a page that times
    it at 21:40 and also at 03:00 ("the attack began at about 21:40", "commandos stormed the tenth
    floor at about 03:00") tells two steps of a long happening, not two readings of its time. Of a
    page's times more than ``steps_minutes`` apart, those fewer other sources give (within
    ``approx_minutes``) are dropped. ``steps_minutes`` 0: none is."""
    if not steps_minutes:
        return moments

    def gap(a: int, b: int) -> int:
        return min(abs(a - b), _DAY - abs(a - b))

    def support(at: int, doc: str) -> int:
        return len({ctx.origin(c) for m, c in moments if c.doc != doc and gap(m, at) <= approx_minutes})

    by_doc: dict[str, list[tuple[int, Claim]]] = defaultdict(list)
    for m in moments:
        by_doc[m[1].doc].append(m)
    dropped: set[str] = set()
    for doc, own in by_doc.items():
        if max(gap(a, b) for a, _ in own for b, _ in own) <= steps_minutes:
            continue
        best = max(own, key=lambda m: (support(m[0], doc), -m[1].start))
        if support(best[0], doc) == 0:
            continue  # no other source times it: nothing tells which is the happening's
        dropped |= {c.id for at, c in own if gap(at, best[0]) > steps_minutes}
    return [m for m in moments if m[1].id not in dropped]


def _shown(group: list[tuple[int, Claim]], ctx: Context, zone: str) -> str:
    minutes, claim = group[0]
    more = len({c.doc for _, c in group}) - 1
    return (
        f"“{claim.text}” ({ctx.outlet(claim.doc)}{f' and {more} more' if more > 0 else ''}; "
        f"{minutes // 60:02d}:{minutes % 60:02d} {zone})"
    )


def _on_the_hour(claim: Claim) -> bool:
    minutes = claim.as_time().get("minutes")
    return isinstance(minutes, int) and minutes % 60 == 0


def _a_while_after(
    a: list[tuple[int, Claim]], b: list[tuple[int, Claim]], words: Iterable[str], minutes: int, sign: int = 1
) -> bool:
    """Whether a time of ``a`` is said "shortly after" an hour (``compare.clock.after_words``) and
    every time of ``b`` falls within ``minutes`` after it: "shortly after midnight" and "00:43";
    with ``sign`` -1, said "before" an hour (``before_words``) with every time of ``b`` within
    ``minutes`` before it: "before midnight" and "about 11:20 pm"."""
    after = {w.lower() for w in words}
    return any(
        str(c.value.get("approx") or "").lower() in after and all(0 <= sign * (y - x) % _DAY <= minutes for y, _ in b)
        for x, c in a
    )


def _judge(
    rule: Rule,
    ctx: Context,
    event: str,
    label: str,
    a: list[tuple[int, Claim]],
    b: list[tuple[int, Claim]],
    approx: int,
    zone: str,
) -> Finding | None:
    gap = min(abs(x - y) for x, _ in a for y, _ in b)
    gap = min(gap, _DAY - gap)
    if len({ctx.origin(c) for _, c in a + b}) < 2:
        return None  # one source's own two times (an update's stamp and the event) are not a disagreement
    settings = ctx.rules.compare.clock
    loose = [c for _, c in a + b if c.value.get("approx")]

    def leeway(c: Claim) -> int:
        if not c.value.get("approx"):
            return 0
        # an approximate time said to the hour ("around 4 a.m.") is rounded to the hour
        return settings.hour_approx_minutes if _on_the_hour(c) else approx

    # a side is as loose as its most precise source: "around 2 a.m." beside the coast guard's
    # "02:00" leaves 02:00, which "about 01:40" does not fit
    widen = max(min(leeway(c) for _, c in side) for side in (a, b))
    later = any(
        _a_while_after(x, y, words, minutes, sign)
        for x, y in ((a, b), (b, a))
        for words, minutes, sign in (
            (settings.after_words, settings.after_minutes, 1),
            (settings.before_words, settings.before_minutes, -1),
        )
    )
    verdict = "compatible" if loose and (gap <= settings.tolerance_minutes + widen or later) else "conflict"
    summary = (
        f"Sources time {label} differently: {_shown(a, ctx, zone)} vs {_shown(b, ctx, zone)}, {gap} minutes apart."
    )
    sides = [
        side_of(f"{a[0][0] // 60:02d}:{a[0][0] % 60:02d} {zone}", [c for _, c in a]),
        side_of(f"{b[0][0] // 60:02d}:{b[0][0] % 60:02d} {zone}", [c for _, c in b]),
    ]
    return make_finding(
        rule,
        verdict,
        "time",
        [c for _, c in a + b],
        summary,
        event=event,
        sides=sides,
        note="approximate times" if loose else None,
        rules=ctx.rules,
    )
