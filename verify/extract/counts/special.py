"""Counts, special cases: the shooter's own death, and tolls over a period.

``self_kills`` reads the shooter's own death worded as in ``rules.counts.self_kill_patterns`` ("before killing
himself", "took his own life") and ``join_shooters`` adds it to the victims' figure of a linked
clause; ``join_agents`` joins the victims one agent kills in clauses of one sentence. ``find_periods`` finds the period phrases of ``rules.counts.period_patterns`` ("so far this year", "in
six months") and ``reaches`` says whether one is in the clause of a figure, which then is a
cumulative toll over that period rather than the toll of one incident.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, timedelta

from spacy.tokens import Span, Token

from ...rules import RuleSet
from ...text import MONTH_ABBREVIATIONS, MONTHS, NUMBER_WORDS
from .figures import Figure

# Dependencies that subordinate or coordinate one clause to another: a period phrase inside such a
# clause says nothing about a figure outside it ("A man was killed, bringing the toll this year to 40").
_CLAUSES = {"advcl", "ccomp", "relcl", "acl", "csubj", "conj", "xcomp", "pcomp"}
_SUBJECTS = {"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"}
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
        victims = [
            f
            for f in deaths
            if not f.shooter
            and not f.part
            and f.governor is not None
            and linked(verb_of(f.governor), verb_of(shooter.node.head))
        ]
        if victims:
            victims[0].members.append(shooter)
            roots.remove(shooter)
            deaths.remove(shooter)


_AGENT_PRONOUNS = {"he", "she"}
# How a later clause of the same agent hangs from the earlier: coordinated ("..., then killed"),
# or a place's clause whose subject is the agent again ("... to a town where he killed the boy").
_AGENT_CLAUSES = {"conj", "dep", "relcl"}


def _agent(verb: Token) -> Token | None:
    """The one who acts in ``verb``'s clause: its subject, or that of the verb it is coordinated with."""
    here = verb
    for _ in range(4):
        subjects = [c for c in here.children if c.dep_ == "nsubj"]
        if subjects:
            return subjects[0]
        if here.dep_ not in ("conj", "dep") or here.head.i == here.i:
            return None
        here = here.head
    return None


def _same_agent(earlier: Token, later: Token) -> bool:
    """``later`` (a clause verb inside ``earlier``'s clause, coordinated with it or a place's clause
    below it) has the agent of ``earlier``: no subject of its own, or "he"/"she" again."""
    if not earlier.left_edge.i <= later.i <= earlier.right_edge.i or later.dep_ not in _AGENT_CLAUSES:
        return False
    first, second = _agent(earlier), _agent(later)
    if first is None or second is None or first.lower_ in _AGENT_PRONOUNS:
        return False
    return second.i == first.i or second.lower_ in _AGENT_PRONOUNS and later.dep_ == "relcl"


def join_agents(roots: list[Figure], deaths: list[Figure]) -> None:
    """The victims one agent kills in clauses of one sentence are one toll ("a father killed his
    ex-wife in town, then drove to a farm where he killed the boy and himself" -> 3): the later
    clause's figure joins the earlier's members. A participle that restates the first toll
    ("killed 12, killing ten students and two teachers") is no such clause."""
    objects = [
        f
        for f in deaths
        if not f.part
        and not f.shooter
        and f.status == "reported"
        and f.governor is not None
        and f.governor.pos_ == "VERB"
        and f.node.dep_ == "dobj"
        and f.node.head.i == f.governor.i
        and _agent(f.governor) is not None
    ]
    for earlier in objects:
        if earlier not in roots:
            continue
        for later in objects:
            if later is earlier or later not in roots or later.governor is None or earlier.governor is None:
                continue
            if later.first > earlier.last and _same_agent(earlier.governor, later.governor):
                earlier.members.extend([later, *later.members])  # one level: a sum's parts are figures
                later.members = []
                roots.remove(later)
                deaths.remove(later)


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
    """The shooter's own death worded as in ``rules.counts.self_kill_patterns``: mark "on himself", add "his own life"."""
    killed = rules.counts.killed
    if killed is None:
        return  # no attribute counts people killed
    doc = sent.doc
    by_node = {f.node.i: f for f in figures}
    text = sent.text
    for pattern in rules.counts.self_kill_patterns:
        for match in pattern.finditer(text):
            span = doc.char_span(
                sent.start_char + match.start(), sent.start_char + match.end(), alignment_mode="expand"
            )
            if span is None:
                continue
            last = span[-1]
            verb = verb_of(span[0])
            if last.i in by_node:
                figure = by_node[last.i]
                figure.attribute, figure.governor, figure.shooter = killed, verb, True
                continue
            first = next((t.i for t in span if t.dep_ == "poss"), last.i)
            quantity = {
                "low": 1,
                "high": 1,
                "best": 1,
                "qualifier": None,
                "vague": None,
                "stated": 1,
                "words": doc[first : last.i + 1].text,
            }
            yield Figure(
                first, last.i, last, None, quantity, singular=True, attribute=killed, governor=verb, shooter=True
            )


def find_periods(sent: Span, rules: RuleSet) -> list[tuple[Token, str]]:
    """The period phrases of the sentence (``rules.counts.period_patterns``): their root and words as written."""
    doc = sent.doc
    out = []
    text = sent.text
    for pattern in rules.counts.period_patterns:
        for match in pattern.finditer(text):
            span = doc.char_span(
                sent.start_char + match.start(), sent.start_char + match.end(), alignment_mode="expand"
            )
            if span is not None and not _counts_happenings(span.root) and not _of_a_life(span.root, rules):
                out.append((span.root, match.group(0)))
    return out


def _of_a_life(root: Token, rules: RuleSet) -> bool:
    """The period hangs on a verb of a life's or a body's history (``time.roles.biography``):
    "Hashem Abedi, born in 1997, was arrested" bounds no count."""
    prep = root if root.dep_ == "prep" else root.head
    life = rules.time.roles.biography
    return prep.dep_ == "prep" and (prep.head.lemma_.lower() in life or prep.head.lower_ in life)


def _counts_happenings(root: Token) -> bool:
    """The period bounds a happening numbered by an ordinal ("the second mass shooting in two
    days", "the second such killing in the country in two days"): it counts happenings, it is no
    toll's period. The nouns the period's phrase hangs from, up a chain of prepositions, are read."""
    prep = root if root.dep_ == "prep" else root.head
    if prep.dep_ != "prep":
        return False
    noun = prep.head
    for _ in range(3):
        if noun.pos_ not in ("NOUN", "PROPN", "VERB"):  # (a parse may tag "killing" a verb)
            return False
        if any(t.ent_type_ == "ORDINAL" for left in noun.lefts for t in left.subtree):
            return True
        if noun.dep_ != "pobj" or noun.head.dep_ != "prep":
            return False
        noun = noun.head.head
    return False


_MONTH_WORDS = {**MONTHS, **MONTH_ABBREVIATIONS}
_START_MONTH = re.compile(
    r"\b(?P<m>" + "|".join(_MONTH_WORDS) + r")\b\.?(?: (?P<d>\d{1,2})(?:st|nd|rd|th)?\b)?"
    r"(?:(?: and| to| through| until)? (?:early |mid-|late )?(?:"
    + "|".join(MONTHS)
    + r"))?(?:,? (?P<y>(?:19|20)\d\d)\b)?",
    re.IGNORECASE,
)
_START_YEAR = re.compile(r"\b(?P<y>(?:19|20)\d\d)\b")
_THIS_YEAR = re.compile(r"\bthis year\b|\byear[- ]to[- ]date\b", re.IGNORECASE)
# How many hours, days ... a span back covers: a number up to twelve, or a word for a few.
_SPAN_COUNTS = {w: n for w, n in NUMBER_WORDS.items() if 1 <= n <= 12} | {
    "a": 1,
    "few": 3,
    "several": 3,
    "couple of": 2,
}
_SPAN = re.compile(
    r"\b(?:past|last)?\s*(?P<n>\d+|a|"
    + "|".join(w for w in _SPAN_COUNTS if w != "a")
    + r")?\s*(?P<unit>hour|day|week|fortnight|month|year|decade)s?\s*$",
    re.IGNORECASE,
)
_UNIT_DAYS = {"hour": 0, "day": 1, "week": 7, "month": 30, "year": 365}
_UNIT_CODE = {"hour": "H", "day": "D", "week": "W", "month": "M", "year": "Y"}
_SPAN_WORDS = re.compile(r"\b(?:in|over|during|within)\b", re.IGNORECASE)


def period_bounds(words: str, published: date | None) -> dict[str, str]:
    """The start of a period as far as its words and the publication date give it.

    ``period_start`` is a partial ISO date: ``2015-09`` ("since September 2015"), ``2016-04-22``,
    ``2011`` ("since 2011"), or with no year stated nor a publication date to supply it ``--09``
    ("since September") and ``--04-22``. A span back from the time of the report ("in the past 12
    weeks") has ``period_length`` (ISO 8601: ``P12W``, ``PT48H``) and, given the publication date,
    its start day. A period from an event ("since the conflict began") has neither.
    """
    month = _START_MONTH.search(words)
    year_match = _START_YEAR.search(words)
    if month and year_match and year_match.start() < month.start():
        month = None  # "from 1941 to April 2014": the year opens the span, the month closes it
    if month:
        m = _MONTH_WORDS[month["m"].lower()]
        day = int(month["d"]) if month["d"] else None
        year = int(month["y"]) if month["y"] else None
        if year is None and published is not None:
            year = published.year - (1 if (m, day or 1) > (published.month, published.day) else 0)
        stem = f"{year:04d}-{m:02d}" if year else f"--{m:02d}"
        return {"period_start": f"{stem}-{day:02d}" if day else stem}
    if year_match:
        return {"period_start": year_match["y"]}
    if _THIS_YEAR.search(words):
        return {"period_start": f"{published.year:04d}"} if published is not None else {}
    # "within the past 24 to 48 hours": the longer span, the earlier start
    span = _SPAN.search(re.split(r" (?:to|or|-) ", words)[-1]) if _SPAN_WORDS.search(words) else None
    if span is None or "first" in words.lower():
        return {}
    n = (span["n"] or "one").lower()
    count = int(n) if n.isdigit() else _SPAN_COUNTS[n]
    unit = span["unit"].lower()
    if unit in ("fortnight", "decade"):
        count, unit = (count * 2, "week") if unit == "fortnight" else (count * 10, "year")
    out = {"period_length": ("PT" if unit == "hour" else "P") + f"{count}{_UNIT_CODE[unit]}"}
    if published is not None:
        days = -(-count // 24) if unit == "hour" else count * _UNIT_DAYS[unit]
        out["period_start"] = (published - timedelta(days=days)).isoformat()
    return out


def _result(clause: Token, under: Token) -> bool:
    """A participial clause that tells what the act of its head did (", killing dozens"), its
    object (``under``: the child of the clause the figure hangs from) the people it harmed; a
    toll it sets ("lifting the death toll to 149") is a level, no count over the period. So too a
    clause whose only subject is "which", hung by the parse from the clause before it ("recorded
    1,531 crashes in 2020, which caused the death of 535 people"): what those acts did, in their period."""
    if clause.dep_ != "advcl" or under.dep_ != "dobj":
        return False
    subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass", "mark")]
    if clause.tag_ == "VBG":
        return not subjects
    return [c.lower_ for c in subjects] == ["which"]


def modifies(word: Token, node: Token) -> bool:
    """True unless ``word`` hangs, on its way up to its verb, from a name or an aside that leaves
    ``node`` out, or ``node`` sits in a clause of its own that leaves ``word`` out ("Nasrallah, in
    charge of the group since 1992, used a speech to address the blast, which has left 157 dead").
    A clause that only tells what its verb's acts did ("has struck the grid since October 10,
    killing dozens": a participle with no subject of its own) shares that verb's period."""
    here, under = node, node
    while here.head.i != here.i:
        if (
            here.dep_ in ("advcl", "ccomp", "xcomp")
            and not here.left_edge.i <= word.i <= here.right_edge.i
            and not _result(here, under)
        ):
            return False
        here, under = here.head, here
    here = word
    while here.head.i != here.i and here.pos_ not in ("VERB", "AUX"):
        if here.dep_ == "appos" and not here.left_edge.i <= node.i <= here.right_edge.i:
            return False  # an aside about someone: ", in charge of the group since 1992,"
        here = here.head
        if here.pos_ == "PROPN" and not here.left_edge.i <= node.i <= here.right_edge.i:
            return False
    return True


def _of_the_subject(clause: Token, node: Token) -> bool:
    """An open complement with no subject of its own whose head's subject holds ``node``: its verb
    tells of ``node`` ("2,400 people are confirmed to have been killed since the start of the
    conflict", "300 are feared to have died since the war began")."""
    if clause.dep_ != "xcomp" or any(c.dep_ in _SUBJECTS for c in clause.children):
        return False
    return any(c.dep_ in _SUBJECTS and c.left_edge.i <= node.i <= c.right_edge.i for c in clause.head.children)


def reaches(word: Token, node: Token, intents: frozenset[str] = frozenset()) -> bool:
    """True when ``word`` is in the clause of ``node``: not inside a subordinate or coordinate clause
    that leaves ``node`` out, unless that clause describes ``node`` ("131 people wounded ... this year")
    or tells what they were trying to do (a verb of ``intents`` and its complement: "2,100 people
    have died trying to cross the sea so far this year").

    A period phrase that is a clause of its own ("since the conflict began") is the period, not a
    clause the period is buried in: only the clauses above ``word`` count.
    """
    here = word
    while here.head.i != here.i:
        if here.dep_ in ("acl", "relcl") and here.head.i == node.i:
            return True
        tried = here.lemma_.lower() in intents or (here.dep_ == "xcomp" and here.head.lemma_.lower() in intents)
        if (
            here.i != word.i
            and here.dep_ in _CLAUSES
            and here.dep_ != "conj"
            and here.pos_ in ("VERB", "AUX")
            and not tried
            and not here.left_edge.i <= node.i <= here.right_edge.i
            and not _of_the_subject(here, node)
        ):
            return False
        if (
            here.i != word.i
            and here.dep_ in ("appos", "npadvmod")
            and here.pos_ in ("NOUN", "PROPN")
            and not here.left_edge.i <= node.i <= here.right_edge.i
        ):
            return False  # "A man was killed Sunday, the city's 40th homicide this year"
        here = here.head
    return True
