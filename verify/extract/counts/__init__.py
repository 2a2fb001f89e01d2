"""Find the figures a sentence states about an incident: killed, injured, attacks, beds ...

``extract_counts(sent, ctx, rules)`` yields one ``Mention(kind="count")`` per figure. A figure is a
worded number ("At least 246 civilians", "nearly 60", "dozens of people") or a singular victim ("A
25-year-old man", a named person, "himself"); what it counts is read from the dependency parse: the
attribute is the first count word (``rules.count_words``) that governs it — its own noun ("six
attacks"), a participle on it ("45 civilians killed"), or the verb it is subject or object of
("were killed", "killing two doctors", "reported dead"). A figure no count word governs, or whose
noun is not a counted subject (``rules.subjects``), is not a count: ages, addresses, dates, bombs.

Value keys: ``low``, ``high`` (None = open above), ``best``, ``qualifier`` (as worded or None),
``unit`` (a key of ``rules.subjects``, or the attribute noun for attacks/beds/patients; "people" when
unstated), ``subject`` (head noun as written or None), ``words`` (the number words as written),
``parts`` (composed figures: the parts' texts and values), ``part`` (True for a subset such as
"including 40 children": never add it to a total), ``hit`` (True for an ``injured`` figure read
only from "shot": the Gun Violence Archive counts such victims as injured unless they died),
``minus`` (the fatal subset subtracted from a "shot" figure: "two men were shot, one fatally"),
``shooter`` (True for the shooter's own death: "before killing himself", "took his own life") and
``period`` (the period words as written, for a cumulative toll over a period rather than one
incident: "131 people wounded or killed in the city so far this year"; ``rules.count_periods``), with
``period_start`` (a partial ISO date: ``2015-09``, ``2016-04-22``, ``2011``, ``--09`` when no year is
stated nor published) and ``period_length`` (``P12W`` for "in the past 12 weeks") as far as the words
and the publication date give them (``special.period_bounds``).

A figure whose governing word is negated ("two other kids ... were not hurt") is not a count.

Revisions (``verify.extract.revisions``): the new figure of a cue such as "the toll rose to 64
from 31" carries ``revision`` (``{"direction", "cue", "kind", "earlier"}``) and the earlier one
``earlier_of`` (the new figure's words): never a second current toll. A figure only a cue
governs ("the death toll has risen to 154") counts what the cue's subject names.

Composition: coordinated figures governed by one word are ONE claim whose value is the sum of its
parts ("Dr X, five colleagues and at least three children died" -> low 9, high None); the
shooter's own death joins the victims' figure of a clause it is linked to ("killed his son before
fatally shooting himself" -> 2).

The work is split by step: ``figures`` finds the figures, ``govern`` reads what each
counts, ``special`` handles the shooter's own death and period tolls, ``compose``
joins coordinated figures and writes the values.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span

from ...rules import RuleSet
from ..base import Mention, SentenceContext
from .compose import claim_value, group_figures, victim_role
from .figures import PERSONAL, REFLEXIVE, find_numbers, find_singulars
from .govern import govern_figures
from .revisions import find_revisions, revised_figures, revision_marks
from .special import find_periods, join_shooters, period_bounds, self_kills

__all__ = ["extract_counts"]

_VICTIM_ATTRIBUTES = {"deaths", "injured", "missing", "arrested"}


def extract_counts(sent: Span, ctx: SentenceContext, rules: RuleSet) -> Iterator[Mention]:
    """Yield one ``count`` mention per figure the sentence states (see the module docstring)."""
    if ctx.link:
        return
    figures = list(find_numbers(sent, rules))
    taken = {i for f in figures for i in range(f.first, f.last + 1)}
    figures += list(find_singulars(sent, taken, rules))
    figures.sort(key=lambda f: f.first)
    govern_figures(figures, rules)
    cues = find_revisions(sent, rules)
    if cues:
        figures = revised_figures(figures, cues, sent, rules)
    figures += list(self_kills(sent, figures, rules))
    figures.sort(key=lambda f: f.first)
    for figure in figures:
        if figure.node.lower_ in REFLEXIVE and figure.attribute == "deaths":
            figure.shooter = True
        if figure.singular and not figure.shooter and (figure.attribute not in _VICTIM_ATTRIBUTES
                                or not victim_role(figure.node)
                                or figure.node.lower_ in PERSONAL and figure.attribute != "deaths"):
            figure.attribute = None  # "Smith lives at ...": one person is a victim count or nothing
    roots = group_figures([f for f in figures if f.attribute is not None or f.node.dep_ in ("conj", "appos")
                           or f.node.lower_ in REFLEXIVE])
    deaths = [f for f in roots if f.attribute == "deaths" and f.governor is not None]
    periods = find_periods(sent, rules) if roots else []
    join_shooters(roots, deaths)
    for figure in roots:
        if figure.attribute is None:
            continue
        value = claim_value(figure, sent, rules, deaths, periods)
        if cues:
            value.update(revision_marks(figure, figures, cues, sent))
        if value.get("period"):
            value.update(period_bounds(value["period"], ctx.published))
        last = max(p.last for p in [figure, *figure.members])
        start, end = _span(sent, figure.first, last)
        yield Mention("count", figure.attribute, start, end, value)


def _span(sent: Span, first: int, last: int) -> tuple[int, int]:
    doc = sent.doc
    while last > first and doc[last].is_punct:
        last -= 1
    return doc[first].idx, doc[last].idx + len(doc[last])
