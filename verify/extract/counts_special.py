"""Counts, special cases: the shooter's own death, and tolls over a period.

``self_kills`` reads the shooter's own death worded as in ``rules.self_kill`` ("before killing
himself", "took his own life") and ``join_shooters`` adds it to the victims' figure of a linked
clause. ``find_periods`` finds the period phrases of ``rules.count_periods`` ("so far this year", "in
six months") and ``reaches`` says whether one is in the clause of a figure, which then is a
cumulative toll over that period rather than the toll of one incident.
"""

from __future__ import annotations

from typing import Iterator

from spacy.tokens import Span, Token

from ..rules import RuleSet
from .counts_figures import Figure

# Dependencies that subordinate or coordinate one clause to another: a period phrase inside such a
# clause says nothing about a figure outside it ("A man was killed, bringing the toll this year to 40").
_CLAUSES = {"advcl", "ccomp", "relcl", "acl", "csubj", "conj", "xcomp", "pcomp"}
# Dependencies that chain the shooter's "before killing himself" to the clause of the victims.
_LINKS = {"conj", "advcl", "prep", "pcomp", "xcomp"}


def verb_of(token: Token) -> Token:
    """The nearest verb at or above ``token`` (the token itself when none is)."""
    here = token
    while here.pos_ not in ("VERB", "AUX") and here.head.i != here.i:
        here = here.head
    return here if here.pos_ in ("VERB", "AUX") else token


def join_shooters(roots: list[Figure], deaths: list[Figure]) -> None:
    """The shooter's own death joins the victims' figure of a clause it is linked to ("killed his son
    before fatally shooting himself" -> 2): moved from ``roots`` and ``deaths`` into its members."""
    for shooter in [f for f in deaths if f.shooter and not f.members]:
        victims = [f for f in deaths if not f.shooter and not f.part and f.governor is not None
                   and linked(verb_of(f.governor), verb_of(shooter.node.head))]
        if victims:
            victims[0].members.append(shooter)
            roots.remove(shooter)
            deaths.remove(shooter)


def linked(a: Token, b: Token) -> bool:
    """True when clause verb ``b`` hangs from ``a`` (or ``a`` from ``b``) through _LINKS only."""
    for low, high in ((b, a), (a, b)):
        here = low
        while here.i != high.i and here.dep_ in _LINKS and here.head.i != here.i:
            here = here.head
        if here.i == high.i:
            return True
    return False


def self_kills(sent: Span, figures: list[Figure], rules: RuleSet) -> Iterator[Figure]:
    """The shooter's own death worded as in ``rules.self_kill``: mark "on himself", add "his own life"."""
    doc = sent.doc
    by_node = {f.node.i: f for f in figures}
    text = sent.text
    for pattern in rules.self_kill:
        for match in pattern.finditer(text):
            span = doc.char_span(sent.start_char + match.start(), sent.start_char + match.end(),
                                 alignment_mode="expand")
            if span is None:
                continue
            last = span[-1]
            verb = verb_of(span[0])
            if last.i in by_node:
                figure = by_node[last.i]
                figure.attribute, figure.governor, figure.shooter = "deaths", verb, True
                continue
            first = next((t.i for t in span if t.dep_ == "poss"), last.i)
            quantity = {"low": 1, "high": 1, "best": 1, "qualifier": None, "vague": None, "stated": 1,
                        "words": doc[first:last.i + 1].text}
            yield Figure(first, last.i, last, None, quantity, singular=True, attribute="deaths",
                         governor=verb, shooter=True)


def find_periods(sent: Span, rules: RuleSet) -> list[tuple[Token, str]]:
    """The period phrases of the sentence (``rules.count_periods``): their root and words as written."""
    doc = sent.doc
    out = []
    text = sent.text
    for pattern in rules.count_periods:
        for match in pattern.finditer(text):
            span = doc.char_span(sent.start_char + match.start(), sent.start_char + match.end(),
                                 alignment_mode="expand")
            if span is not None:
                out.append((span.root, match.group(0)))
    return out


def reaches(word: Token, node: Token) -> bool:
    """True when ``word`` is in the clause of ``node``: not inside a subordinate or coordinate clause
    that leaves ``node`` out, unless that clause describes ``node`` ("131 people wounded ... this year").

    A period phrase that is a clause of its own ("since the conflict began") is the period, not a
    clause the period is buried in: only the clauses above ``word`` count.
    """
    here = word
    while here.head.i != here.i:
        if here.dep_ in ("acl", "relcl") and here.head.i == node.i:
            return True
        if (here.i != word.i and here.dep_ in _CLAUSES and here.dep_ != "conj" and here.pos_ in ("VERB", "AUX")
                and not here.left_edge.i <= node.i <= here.right_edge.i):
            return False
        if (here.i != word.i and here.dep_ in ("appos", "npadvmod") and here.pos_ in ("NOUN", "PROPN")
                and not here.left_edge.i <= node.i <= here.right_edge.i):
            return False  # "A man was killed Sunday, the city's 40th homicide this year"
        here = here.head
    return True
