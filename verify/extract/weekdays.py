"""A page's own weekday told as a happening's ("Monday's deadly wildfire" in a Monday's page) read
against the page's other days: when the page tells its news on a day of the week before it, the
happening is the same weekday a week back (``time.earlier_roles``, ``time.today_words``).

``weekdays_a_week_back(claims, published, rules)`` hands on the claims of one window with such a
weekday moved back seven days; the rest as they were.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from datetime import date, timedelta

from ..models import Claim, TimeValue
from ..rules import RuleSet

_POSSESSIVE = ("'s", "’s")


def weekdays_a_week_back(claims: Iterable[Claim], published: date | None, rules: RuleSet) -> list[Claim]:
    """``claims`` with each possessive weekday of the happening that names the page's own day
    ("Monday's wildfire" on 30 July, a Monday) read a week before (23 July), when the page gives a
    day of ``time.earlier_roles`` after that and before its own ("the fire brigade on Sunday") and
    the weekday's sentence says none of ``time.today_words``. A page that tells no earlier telling
    ("after Sunday's shooting" in that Sunday's page, the shooting "last night") keeps its day."""
    claims = list(claims)
    time = rules.time
    if published is None or not time.earlier_roles:
        return claims
    today = published.isoformat()
    week_back = published - timedelta(days=7)
    told_before = any(
        c.kind == "time"
        and c.attribute == "date"
        and c.as_time().get("role") in time.earlier_roles
        and c.as_time().get("granularity") == "day"
        and week_back.isoformat() < str(c.as_time().get("start") or "")[:10] < today
        for c in claims
    )
    if not told_before:
        return claims
    today_words = re.compile(
        r"\b(?:" + "|".join(re.escape(w) for w in sorted(time.today_words, key=len, reverse=True)) + r")\b",
        re.IGNORECASE,
    )
    out = []
    for c in claims:
        value = c.as_time() if c.kind == "time" else {}
        original = str(value.get("original") or "")
        if (
            c.attribute == "date"
            and value.get("weekday")
            and value.get("role") == "event"
            and original.endswith(_POSSESSIVE)
            and not any(ch.isdigit() for ch in original)
            and str(value.get("start"))[:10] == today
            and not (time.today_words and today_words.search(c.sentence))
        ):
            day = week_back.isoformat()
            c = replace(c, value=TimeValue(**{**value, "start": day, "end": day}))
        out.append(c)
    return out
