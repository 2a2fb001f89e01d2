"""Counts, a place carried over: a sentence that goes on with the one before ("At least 10 lives
were also lost in the Thai capital ... Authorities also announced that more than 100 people
were missing from three construction sites") counts the people of the place that one limited
its counts to, when it names no place of its own.

``carry_place`` reads the counts of people one sentence gives (its extractors' mentions, in
order) and the places the sentence before limited its counts to; it sets the carried place on
the mentions (``value["where"]``) and returns the places to hand to the next sentence.
"""

from __future__ import annotations

from typing import cast

from spacy.tokens import Span

from ...models import CountValue
from ...rules import RuleSet
from ..base import Mention
from .scope import reports

__all__ = ["carry_place"]

_TOLD = ("reported", "presumed")


def carry_place(sent: Span, mentions: list[Mention], before: set[str], rules: RuleSet) -> set[str]:
    """The place of the counts of people in ``sent``: their own, or the one place ``before`` when
    the sentence goes on with the one before by a word of ``figures.continued`` ("also") and
    names no place; the places handed on are the sentence's own (none when its counts of people
    name several, or some name none)."""
    people = [
        m
        for m in mentions
        if m.kind == "count" and isinstance(m.value, dict) and m.value.get("unit") == "people"
        if m.value.get("status", "reported") in _TOLD
    ]
    if not people:
        return set()
    own = [str(m.value.get("where") or "") for m in people]
    if any(own):
        return set(own) if all(own) and len(set(own)) == 1 else set()
    if len(before) != 1 or _names_place(sent, rules) or not all(_goes_on(sent, m, rules) for m in people):
        return set()
    (place,) = before
    for mention in people:
        cast(CountValue, mention.value)["where"] = place
    return set(before)


def _goes_on(sent: Span, mention: Mention, rules: RuleSet) -> bool:
    """Whether the mention is told in a clause a reporting verb with a word of going on
    introduces ("Authorities also announced that 100 people were missing"); not when the word is
    on the figure's own verb ("700 worshippers were also reported dead": one more toll, not
    necessarily the place before's)."""
    doc = sent.doc
    for word in sent:
        if word.dep_ != "advmod" or word.lower_ not in rules.figures.continued or not reports(word.head, rules):
            continue
        for clause in (c for c in word.head.children if c.dep_ == "ccomp"):
            if doc[clause.left_edge.i].idx <= mention.start and mention.end <= doc[clause.right_edge.i].idx + len(
                doc[clause.right_edge.i]
            ):
                return True
    return False


def _names_place(sent: Span, rules: RuleSet) -> bool:
    return any(e.label_ in ("GPE", "LOC") for e in sent.ents) or any(t.lower_ in rules.countries for t in sent)
