"""Counts, step 3: figures into claim values.

``group_figures`` joins coordinated figures ("four medical staff workers and 45 civilians", "Dr X,
five colleagues and at least three children") into one whose value is the sum of its parts;
``claim_value`` writes the value of a figure (see ``verify.extract.counts`` for its keys): the
sum of its members, the subset flag, the period, and for a "shot" figure the fatal subset
subtracted ("two men were shot, one fatally").
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Span, Token

from ...rules import RuleSet
from .figures import REFLEXIVE, Figure, subject_unit
from .special import reaches


def claim_value(figure: Figure, sent: Span, rules: RuleSet, deaths: list[Figure],
                periods: list[tuple[Token, str]]) -> dict[str, Any]:
    """The value of a figure with an attribute, its members summed in."""
    parts = [figure, *figure.members]
    value = value_of(figure, rules, sent)
    if figure.members:
        values = [value_of(p, rules, sent) for p in parts]
        highs = [v["high"] for v in values]
        value.update(
            low=sum(v["low"] for v in values), best=sum(v["best"] for v in values),
            high=None if any(h is None for h in highs) else sum(highs),
            qualifier=next((v["qualifier"] for v in values if v["qualifier"]), None),
            unit=values[0]["unit"] if len({v["unit"] for v in values}) == 1 else "people",
            parts=[{"text": doc_text(sent, p), **v} for p, v in zip(parts, values, strict=True)],
        )
    if figure.part:
        value["part"] = True
    period = next((words for root, words in periods if reaches(root, figure.node)), None)
    if period is not None:
        value["period"] = period
    if figure.hit:
        value["hit"] = True
        fatal = [d for d in deaths if d is not figure and d.node.head.i == figure.governor.i
                 and d.node.dep_ in ("npadvmod", "appos", "nsubj", "conj", "advcl")
                 or d is not figure and d.governor is not None and d.governor.head.i == figure.governor.i
                 and d.governor.dep_ in ("advcl", "relcl", "conj") and d.node.lower_ in ("one", "two", "three")]
        if fatal:
            k = sum(d.quantity["best"] for d in fatal)
            value["shot"] = value["best"]
            value["low"] = max(0, value["low"] - k)
            value["best"] = max(0, value["best"] - k)
            value["high"] = None if value["high"] is None else max(0, value["high"] - k)
            value["minus"] = [doc_text(sent, d) for d in fatal]
    return value


def victim_role(token: Token) -> bool:
    """A single person is counted only as the one something happened to, never as a place."""
    if token.dep_ == "pobj":
        return token.head.lower_ in ("of", "including", "among") or along_with(token) is not None
    return token.dep_ in ("nsubj", "nsubjpass", "dobj", "conj", "appos", "npadvmod", "attr", "ROOT")


def along_with(token: Token) -> Token | None:
    """The verb of "... along with ``token``" / "together with ``token``", or None."""
    if token.dep_ != "pobj" or token.head.lower_ != "with":
        return None
    above = token.head.head
    if above.lower_ in ("along", "together"):
        return above.head
    if any(c.dep_ == "prt" and c.lower_ in ("along", "together") for c in above.children):
        return above
    return None


def unit_of(figure: Figure, rules: RuleSet) -> str:
    if figure.noun is not None:
        unit = subject_unit(figure.noun, rules)
        if unit is not None:
            return unit
        return figure.noun.lemma_.lower() if figure.attribute in ("attacks", "beds", "patients") else "people"
    if figure.attribute in ("attacks", "beds", "patients"):
        return figure.attribute
    return "people"


def group_figures(figures: list[Figure]) -> list[Figure]:
    """Join coordinated figures ("four medical staff workers and 45 civilians") into one."""
    by_node = {f.node.i: f for f in figures}
    roots: list[Figure] = []
    for figure in figures:
        parent = None
        if figure.node.dep_ == "conj" and figure.node.head.i in by_node:
            parent = by_node[figure.node.head.i]
        elif figure.node.dep_ == "appos" and figure.node.head.i in by_node:
            head = by_node[figure.node.head.i]
            if head.singular and figure.singular and figure.node.pos_ == "PROPN" and head.node.pos_ == "NOUN":
                figure.part = True  # "her daughter, Meredith Jessie": the same person named
            elif head.singular:
                parent = head  # "Dr X, five colleagues and ...": a list, not a restatement
            else:
                figure.part = True  # "two people, a man and a woman": a breakdown of the total
        elif along_with(figure.node) is not None:
            # "Two boys are dead along with their father": one figure, the sum of both
            verb = along_with(figure.node)
            siblings = [f for f in figures if f is not figure and f.node.head.i == verb.i
                        and f.node.dep_ in ("nsubj", "nsubjpass", "dobj") and f.attribute == figure.attribute]
            parent = siblings[0] if siblings else None
        elif figure.singular and figure.node.lower_ in REFLEXIVE:
            siblings = [f for f in figures if f is not figure and f.node.head.i == figure.node.head.i
                        and f.node.dep_ in ("dobj", "conj")]
            parent = siblings[0] if siblings else None
        if parent is not None:
            while parent in [m for r in figures for m in r.members]:
                parent = next(r for r in figures if parent in r.members)
            parent.members.append(figure)
            figure.attribute = figure.attribute or "member"
        else:
            roots.append(figure)
    return [r for r in roots if not any(r in f.members for f in figures)]


def value_of(figure: Figure, rules: RuleSet, sent: Span) -> dict[str, Any]:
    q = figure.quantity
    doc = sent.doc
    value: dict[str, Any] = {
        "low": q["low"], "high": q["high"], "best": q["best"], "qualifier": q["qualifier"],
        "unit": unit_of(figure, rules), "subject": None if figure.noun is None else figure.noun.text,
        "words": q["words"] if not figure.singular else doc[figure.first:figure.last + 1].text,
    }
    if q.get("vague"):
        value["vague"] = q["vague"]
    if figure.shooter:
        value["shooter"] = True
    if figure.singular:
        value["individual"] = True   # one person described or named, not a stated toll
    return value


def doc_text(sent: Span, figure: Figure) -> str:
    """The figure's words as written."""
    first, last = figure.first, figure.last
    while last > first and sent.doc[last].is_punct:
        last -= 1
    return sent.doc[first:last + 1].text
