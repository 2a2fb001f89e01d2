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
incident: "131 people wounded or killed in the city so far this year"; ``rules.count_periods``).

A figure whose governing word is negated ("two other kids ... were not hurt") is not a count.

Composition: coordinated figures governed by one word are ONE claim whose value is the sum of its
parts ("Dr X, five colleagues and at least three children died" -> low 9, high None); the
shooter's own death joins the victims' figure of a clause it is linked to ("killed his son before
fatally shooting himself" -> 2).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Iterator

from spacy.tokens import Span, Token

from ..rules import RuleSet
from .base import Mention, SentenceContext
from .numbers import NUMBER_WORDS, parse_quantity

# Dependencies through which a figure's noun phrase reaches the word that governs it.
_CLIMB = {"nsubj", "nsubjpass", "dobj", "pobj", "prep", "conj", "appos", "attr", "npadvmod", "oprd",
          "agent", "dative", "nmod", "acl"}
# A bare number ("killing four") must fill one of these roles to be a count.
_BARE = {"nsubj", "nsubjpass", "dobj", "pobj", "conj", "npadvmod", "attr", "ROOT", "dep"}
# Children of a governing word that carry its meaning ("found shot to death", "reported dead").
_MODIFIERS = {"advmod", "acomp", "oprd", "xcomp", "acl", "relcl", "amod", "prep"}
_NOT_COUNT_ENTS = {"TIME", "MONEY", "PERCENT", "ORDINAL", "QUANTITY"}
# Transitive verbs: their active subject is the one who acts, never the victim counted.
_AGENT_LEMMAS = {"kill", "shoot", "wound", "injure", "murder", "execute", "massacre", "hit", "target",
                 "strike", "bomb", "shell", "destroy", "damage", "treat", "arrest", "detain", "hurt", "claim"}
_SUBSET_WORDS = {"including", "include", "includes", "included", "among"}
_SINGLE_DETS = {"a", "an", "the", "another", "this", "that"}
_REFLEXIVE = {"himself", "herself"}
# "He died at the hospital": a pronoun counts one victim, but only for a death (an injured "him"
# is as often the shooter's target as a victim already counted).
_PERSONAL = {"he", "she", "him", "her"}
_ZERO_PEOPLE = {"nobody", "noone"}
_RANGE_LINKS = {"-", "–", "and", "to", "or"}
_VICTIM_ATTRIBUTES = {"deaths", "injured", "missing", "arrested"}
# Dependencies that subordinate or coordinate one clause to another: a period phrase inside such a
# clause says nothing about a figure outside it ("A man was killed, bringing the toll this year to 40").
_CLAUSES = {"advcl", "ccomp", "relcl", "acl", "csubj", "conj", "xcomp", "pcomp"}
# Dependencies that chain the shooter's "before killing himself" to the clause of the victims.
_LINKS = {"conj", "advcl", "prep", "pcomp", "xcomp"}


@dataclass
class _Figure:
    """A figure found in the sentence before its attribute is known."""

    first: int               # token index of the first word of the span (qualifier included)
    last: int                # token index of the last word of the span (counted noun included)
    node: Token              # the token the figure hangs from in the parse
    noun: Token | None       # the counted noun, when stated
    quantity: dict[str, Any]
    singular: bool = False
    attribute: str | None = None
    hit: bool = False
    part: bool = False
    shooter: bool = False
    governor: Token | None = None
    members: list["_Figure"] = field(default_factory=list)


def _is_number(token: Token) -> bool:
    text = token.lower_
    if ":" in text or "/" in text or token.ent_type_ in _NOT_COUNT_ENTS:
        return False
    if token.ent_type_ == "DATE":
        # The tagger calls "between two and three million" a date now and then; a year or a
        # figure beside a month or "days" is one.
        if re.fullmatch(r"(1[89]|20)\d\d", text):
            return False
        ent = _entity(token)
        if any(not (t.lower_ in NUMBER_WORDS or t.like_num or t.lower_ in _RANGE_LINKS or t.lower_ in ("between", "from"))
               for t in ent):
            return False
    if text in NUMBER_WORDS or (token.like_num and re.fullmatch(r"[\d,.]+", text)):
        return True
    return "-" in text and all(part in NUMBER_WORDS for part in text.split("-"))


def _entity(token: Token) -> Span:
    """The named entity ``token`` is part of (its ``ent_iob_`` is B or I)."""
    doc = token.doc
    start = token.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = token.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[start:end]


def _subject_unit(noun: Token, rules: RuleSet) -> str | None:
    words = {noun.lower_, noun.lemma_.lower()}
    compound = " ".join(t.lower_ for t in noun.children if t.dep_ in ("compound", "amod") and t.i < noun.i)
    if compound:
        words.add(f"{compound} {noun.lower_}")
        words.update(f"{c.lower_} {noun.lower_}" for c in noun.children if c.dep_ in ("compound", "amod"))
    for unit, nouns in rules.subjects.items():
        if words & set(nouns):
            return unit
    return None


def _count_word(token: Token, rules: RuleSet) -> str | None:
    """The first attribute (in rule order) one of whose words is ``token``."""
    word = token.lower_
    if token.tag_ == "VBZ" and word == "lives":
        word = "live"  # "she lives at", not "claimed ten lives"
    for attribute, words in rules.count_words.items():
        if word in words:
            return attribute
    return None


def _qualifier_start(sent: Span, first: int, rules: RuleSet) -> int:
    """Token index where a qualifier worded just before token ``first`` begins (or ``first``)."""
    doc = sent.doc
    lead = max(sent.start, first - 6)
    window = doc[lead].idx
    before = doc[lead:first].text.lower().rstrip() if lead < first else ""
    best = first
    for word in [w for q in rules.qualifiers for w in q.words] + ["between", "from"]:
        if before.endswith(word) and re.search(rf"(?:^|\W){re.escape(word)}$", before):
            start_char = window + len(before) - len(word)
            for i in range(sent.start, first):
                if doc[i].idx == start_char and i < best:
                    best = i
    return best


def _find_numbers(sent: Span, rules: RuleSet) -> Iterator[_Figure]:
    doc = sent.doc
    vague_by_first: dict[str, list[str]] = {}
    for word in sorted(rules.vague, key=lambda w: -len(w.split())):
        vague_by_first.setdefault(word.split()[0], []).append(word)
    i = sent.start
    while i < sent.end:
        token = doc[i]
        run_end = None
        for word in vague_by_first.get(token.lower_, ()):
            n = len(word.split())
            if i + n <= sent.end and " ".join(t.lower_ for t in doc[i:i + n]) == word:
                run_end = i + n - 1
                break
        if run_end is None and _is_number(token):
            run_end = i
            while run_end + 1 < sent.end:
                nxt = doc[run_end + 1]
                if _is_number(nxt):
                    run_end += 1
                elif (nxt.lower_ in _RANGE_LINKS and run_end + 2 < sent.end and _is_number(doc[run_end + 2])
                      and not doc[run_end + 2].idx - nxt.idx > 8):
                    run_end += 2
                else:
                    break
        if run_end is None:
            i += 1
            continue
        figure = _figure(sent, i, run_end, rules)
        if figure is not None:
            yield figure
        i = run_end + 1


def _figure(sent: Span, first: int, last: int, rules: RuleSet) -> _Figure | None:
    doc = sent.doc
    if first > sent.start and doc[first - 1].text in ("$", "£", "€", "#", "No."):
        return None
    if doc[first].lower_ == "one" and first > sent.start and doc[first - 1].lower_ in ("no", "the", "any", "every", "each", "this", "that"):
        return None  # "no one", "the one who": pronouns
    if (first > sent.start + 1 and doc[first - 1].text == "," and (doc[first - 2].ent_type_ == "PERSON"
                                                                     or doc[first - 2].pos_ == "PROPN")
            and not (last + 1 < sent.end and doc[last + 1].pos_ in ("NOUN", "PROPN"))):
        return None  # "Kalone Mcgee, 26 was shot": an age
    if last + 1 < sent.end and doc[last + 1].lower_ in ("%", "percent", "per", "th", "st", "nd", "rd"):
        return None
    if last + 2 < sent.end and doc[last + 1].text == "-" and doc[last + 2].lower_ in ("year", "years", "month", "week", "day"):
        return None
    run = set(range(first, last + 1))
    root = next((doc[k] for k in range(first, last + 1) if doc[k].head.i not in run or doc[k].head.i == k), doc[last])
    start = _qualifier_start(sent, first, rules)
    text = doc[start:last + 1].text
    quantity = parse_quantity(text, rules)
    if quantity is None and start != first:
        start = first
        quantity = parse_quantity(doc[first:last + 1].text, rules)
    if quantity is None:
        return None
    noun: Token | None = None
    node = root
    end = last
    if root.dep_ in ("nummod", "quantmod", "compound", "det", "amod") and root.head.pos_ in ("NOUN", "PROPN") and root.head.i > last:
        noun = node = root.head
        end = noun.i
    else:
        of = [c for c in root.children if c.dep_ == "prep" and c.lower_ == "of"]
        objects = [p for c in of for p in c.children if p.dep_ == "pobj"]
        if objects:
            obj = objects[0]
            if root.lower_ == "one" and any(d.dep_ in ("det", "poss") for d in obj.children):
                return None  # "one of the worst", "one of his friends": not a figure of this incident
            if obj.pos_ in ("NOUN", "PROPN"):
                noun = obj
                end = obj.i
        elif root.dep_ not in _BARE:
            return None
    if noun is not None and _subject_unit(noun, rules) is None and _count_word(noun, rules) is None:
        return None
    whole = node if noun is None else noun
    if (noun is not None and noun.lemma_.lower() in ("wound", "injury") and quantity["best"]
            and (noun.dep_ == "pobj" and noun.head.lower_ == "with"
                 or noun.dep_ == "dobj" and noun.head.lemma_.lower() in ("have", "suffer", "sustain", "receive"))):
        return None  # "found with multiple gunshot wounds": the wounds of one victim, not people
    if (whole.dep_ == "pobj" and whole.head.lower_ == "of" and whole.head.head.i < first
            and (whole.head.head.ent_type_ == "ORDINAL" or whole.head.head.lower_ in ("first", "last", "latest"))):
        return None  # "the first of two teenagers killed over the weekend": a tally beyond this incident
    if whole.dep_ == "pobj" and whole.head.lower_ == "of" and whole.head.head.i < first and _is_number(whole.head.head):
        return None  # "Image 1 of 8", "one of two": a position in a series
    if noun is None and root.pos_ not in ("NUM", "NOUN", "PRON", "ADJ", "DET"):
        return None
    return _Figure(start, end, node, noun, quantity)


def _singulars(sent: Span, taken: set[int], rules: RuleSet) -> Iterator[_Figure]:
    """Single victims: "A 25-year-old man", a named person, "himself"; and "no one" (zero)."""
    doc = sent.doc
    people_units = [u for u in rules.subjects if u not in rules.facility_subjects]
    for token in sent:
        if token.i in taken:
            continue
        dets = [c for c in token.children if c.dep_ in ("det", "poss")]
        zero = token.lower_ in _ZERO_PEOPLE or (token.lower_ == "one" and any(d.lower_ == "no" for d in dets))
        value = 0 if zero else 1
        first = token.i
        if zero:
            first = min([token.i] + [d.i for d in dets])
        elif token.lower_ in _REFLEXIVE or token.lower_ in _PERSONAL:
            pass
        elif token.ent_type_ == "PERSON" and token.pos_ == "PROPN" and token.dep_ != "compound":
            ent = _entity(token)
            if ent.root.i != token.i:
                continue
            first = ent.start
            while first > sent.start and doc[first - 1].lower_.rstrip(".") in rules.titles:
                first -= 1
        elif token.pos_ == "NOUN" and token.tag_ == "NN":
            if _subject_unit(token, rules) not in people_units:
                continue
            if any(d.lower_ == "no" for d in dets):
                value, zero = 0, True
            elif not any(d.lower_ in _SINGLE_DETS or d.dep_ == "poss" for d in dets) and not (
                    token.dep_ == "conj" and token.head.tag_ == "NN" and token.head.i not in taken
                    and any(d.lower_ in _SINGLE_DETS or d.dep_ == "poss" for d in token.head.children)):
                continue  # "her sister and mother": the determiner is shared
            first = min([token.i] + [c.i for c in token.children if c.i < token.i and c.dep_ in
                                      ("det", "poss", "amod", "compound", "nummod", "npadvmod", "punct", "nmod")])
            first = min([first] + [t.i for c in token.children if c.i < token.i for t in c.subtree])
        elif token.pos_ == "NOUN" and token.tag_ == "NNS" and any(d.lower_ == "no" for d in dets):
            if _subject_unit(token, rules) is None and _count_word(token, rules) is None:
                continue
            value, zero = 0, True
            first = min(d.i for d in dets)
        else:
            continue
        quantity = {"low": value, "high": value, "best": value, "qualifier": None, "vague": None,
                    "stated": value, "words": doc[first].text}
        yield _Figure(first, token.i, token, None if token.pos_ in ("PRON", "PROPN") else token, quantity,
                      singular=True)


def _victim_role(token: Token) -> bool:
    """A single person is counted only as the one something happened to, never as a place."""
    if token.dep_ == "pobj":
        return token.head.lower_ in ("of", "including", "among") or _along(token) is not None
    return token.dep_ in ("nsubj", "nsubjpass", "dobj", "conj", "appos", "npadvmod", "attr", "ROOT")


def _along(token: Token) -> Token | None:
    """The verb of "... along with ``token``" / "together with ``token``", or None."""
    if token.dep_ != "pobj" or token.head.lower_ != "with":
        return None
    above = token.head.head
    if above.lower_ in ("along", "together"):
        return above.head
    if any(c.dep_ == "prt" and c.lower_ in ("along", "together") for c in above.children):
        return above
    return None


def _candidates(head: Token) -> list[tuple[Token, bool]]:
    """Words that may carry ``head``'s meaning, each flagged True when it is a coordinated verb."""
    out: list[tuple[Token, bool]] = [(head, False)]
    for child in head.children:
        if child.dep_ in _MODIFIERS:
            out.append((child, False))
            if child.dep_ == "prep" and child.lower_ == "to":
                out.extend((p, False) for p in child.children if p.dep_ == "pobj")
            if child.dep_ in ("xcomp", "oprd", "acomp"):
                out.extend((g, False) for g in child.children if g.dep_ in ("advmod", "acomp", "oprd"))
                for g in child.children:
                    if g.dep_ == "prep" and g.lower_ == "to":
                        out.extend((p, False) for p in g.children if p.dep_ == "pobj")
    if head.pos_ in ("VERB", "AUX", "ADJ"):
        out.extend((c, True) for c in head.children if c.dep_ == "conj" and c.pos_ in ("VERB", "ADJ"))
    return out


def _choose(hits: list[tuple[str, Token, bool]], rules: RuleSet) -> tuple[str, Token, bool] | None:
    """Rule order among a word and its modifiers; a coordinated verb only refines a "shot"."""
    own = [h for h in hits if not h[2]]
    if own:
        order = list(rules.count_words)
        attribute, word, _ = min(own, key=lambda h: order.index(h[0]))
        weak = all(w.lower_ in rules.hit_words for a, w, c in own if a == attribute)
        if weak and any(a == "deaths" for a, _, _ in hits):
            return next(h for h in hits if h[0] == "deaths")
        return attribute, word, weak
    return None


def _govern(figure: _Figure, rules: RuleSet) -> None:
    """Fill in ``attribute``, ``governor``, ``hit`` and ``part`` from the parse."""
    node = figure.node
    hits: list[tuple[str, Token, bool]] = []
    own = _count_word(node, rules) if figure.noun is not None or not figure.singular else None
    if own is not None and (figure.noun is not None and figure.noun.i == node.i):
        hits.append((own, node, False))
    for child in node.children:
        if (child.dep_ == "relcl" and child.tag_ in ("VB", "VBD", "VBZ", "VBP")
                and (child.lemma_.lower() in _AGENT_LEMMAS or child.lower_ in rules.hit_words)
                and not any(c.dep_ in ("auxpass", "nsubjpass") for c in child.children)):
            continue  # "a man who shot and killed his son": the one who shoots
        if child.dep_ in ("acl", "relcl", "amod", "advmod") and child.i != node.i:
            for word, coordinated in _candidates(child):
                attribute = _count_word(word, rules)
                if attribute is not None:
                    hits.append((attribute, word, coordinated))
    chosen = _choose(hits, rules)
    # "A man who was shot Sunday died": a "shot" on the figure's own clause is refined by the verb above
    pending = chosen if chosen is not None and chosen[2] and chosen[1].i != node.i else None
    if pending is not None:
        chosen = None
    head = node
    relation = node.dep_
    path: list[Token] = []
    steps = 0
    while chosen is None and steps < 6 and relation in _CLIMB and head.head.i != head.i:
        steps += 1
        head = head.head
        path.append(head)
        hits = []
        for word, coordinated in _candidates(head):
            attribute = _count_word(word, rules)
            if attribute is None:
                continue
            if word.i == head.i and relation == "nsubj" and head.lemma_.lower() in _AGENT_LEMMAS:
                continue  # "two gunmen killed ...": the subject of an active "kill" is not a victim
            if word.i != head.i and word.i == node.i:
                continue
            hits.append((attribute, word, coordinated))
        if relation == "nsubj" and head.lemma_.lower() in _AGENT_LEMMAS and head.pos_ == "VERB":
            hits = []  # "the man fatally shot his two children": the one who shoots
        chosen = _choose(hits, rules)
        if (chosen is None and head.pos_ in ("VERB", "AUX") and relation not in ("conj",)
                and head.lower_ not in _SUBSET_WORDS):
            break
        relation = head.dep_
    if pending is not None and (chosen is None or chosen[0] != "deaths"):
        chosen, path = pending, []
    if chosen is None or _negated(chosen[1]):
        return
    figure.attribute, figure.governor, figure.hit = chosen[0], chosen[1], chosen[2] and chosen[0] == "injured"
    figure.part = any(t.lower_ in _SUBSET_WORDS for t in path)


def _negated(word: Token) -> bool:
    """ "were not hurt", "wasn't injured": the governing word, or the verb it completes, is negated."""
    heads = [word] + ([word.head] if word.dep_ in ("acomp", "oprd", "xcomp", "advmod", "amod") else [])
    return any(c.dep_ == "neg" for h in heads for c in h.children)


def _verb(token: Token) -> Token:
    """The nearest verb at or above ``token`` (the token itself when none is)."""
    here = token
    while here.pos_ not in ("VERB", "AUX") and here.head.i != here.i:
        here = here.head
    return here if here.pos_ in ("VERB", "AUX") else token


def _linked(a: Token, b: Token) -> bool:
    """True when clause verb ``b`` hangs from ``a`` (or ``a`` from ``b``) through _LINKS only."""
    for low, high in ((b, a), (a, b)):
        here = low
        while here.i != high.i and here.dep_ in _LINKS and here.head.i != here.i:
            here = here.head
        if here.i == high.i:
            return True
    return False


def _self_kills(sent: Span, figures: list[_Figure], rules: RuleSet) -> Iterator[_Figure]:
    """The shooter's own death worded as in ``rules.self_kill``: mark "on himself", add "his own life"."""
    doc = sent.doc
    by_node = {f.node.i: f for f in figures}
    for pattern in rules.self_kill:
        for match in pattern.finditer(sent.text):
            span = doc.char_span(sent.start_char + match.start(), sent.start_char + match.end(),
                                 alignment_mode="expand")
            if span is None:
                continue
            last = span[-1]
            verb = _verb(span[0])
            if last.i in by_node:
                figure = by_node[last.i]
                figure.attribute, figure.governor, figure.shooter = "deaths", verb, True
                continue
            first = next((t.i for t in span if t.dep_ == "poss"), last.i)
            quantity = {"low": 1, "high": 1, "best": 1, "qualifier": None, "vague": None, "stated": 1,
                        "words": doc[first:last.i + 1].text}
            yield _Figure(first, last.i, last, None, quantity, singular=True, attribute="deaths",
                          governor=verb, shooter=True)


def _periods(sent: Span, rules: RuleSet) -> list[tuple[Token, str]]:
    """The period phrases of the sentence (``rules.count_periods``): their root and words as written."""
    doc = sent.doc
    out = []
    for pattern in rules.count_periods:
        for match in pattern.finditer(sent.text):
            span = doc.char_span(sent.start_char + match.start(), sent.start_char + match.end(),
                                 alignment_mode="expand")
            if span is not None:
                out.append((span.root, match.group(0)))
    return out


def _reaches(word: Token, node: Token) -> bool:
    """True when ``word`` is in the clause of ``node``: not inside a subordinate or coordinate clause
    that leaves ``node`` out, unless that clause describes ``node`` ("131 people wounded ... this year")."""
    here = word
    while here.head.i != here.i:
        if here.dep_ in ("acl", "relcl") and here.head.i == node.i:
            return True
        if (here.dep_ in _CLAUSES and here.dep_ != "conj" and here.pos_ in ("VERB", "AUX")
                and not here.left_edge.i <= node.i <= here.right_edge.i):
            return False
        if (here.i != word.i and here.dep_ in ("appos", "npadvmod") and here.pos_ in ("NOUN", "PROPN")
                and not here.left_edge.i <= node.i <= here.right_edge.i):
            return False  # "A man was killed Sunday, the city's 40th homicide this year"
        here = here.head
    return True


def _unit(figure: _Figure, rules: RuleSet) -> str:
    if figure.noun is not None:
        unit = _subject_unit(figure.noun, rules)
        if unit is not None:
            return unit
        return figure.noun.lemma_.lower() if figure.attribute in ("attacks", "beds", "patients") else "people"
    if figure.attribute in ("attacks", "beds", "patients"):
        return figure.attribute
    return "people"


def _group(figures: list[_Figure]) -> list[_Figure]:
    """Join coordinated figures ("four medical staff workers and 45 civilians") into one."""
    by_node = {f.node.i: f for f in figures}
    roots: list[_Figure] = []
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
        elif _along(figure.node) is not None:
            # "Two boys are dead along with their father": one figure, the sum of both
            verb = _along(figure.node)
            siblings = [f for f in figures if f is not figure and f.node.head.i == verb.i
                        and f.node.dep_ in ("nsubj", "nsubjpass", "dobj") and f.attribute == figure.attribute]
            parent = siblings[0] if siblings else None
        elif figure.singular and figure.node.lower_ in _REFLEXIVE:
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


def _value(figure: _Figure, rules: RuleSet, sent: Span) -> dict[str, Any]:
    q = figure.quantity
    doc = sent.doc
    value: dict[str, Any] = {
        "low": q["low"], "high": q["high"], "best": q["best"], "qualifier": q["qualifier"],
        "unit": _unit(figure, rules), "subject": None if figure.noun is None else figure.noun.text,
        "words": q["words"] if not figure.singular else doc[figure.first:figure.last + 1].text,
    }
    if q.get("vague"):
        value["vague"] = q["vague"]
    if figure.shooter:
        value["shooter"] = True
    return value


def _span(sent: Span, first: int, last: int) -> tuple[int, int]:
    doc = sent.doc
    while last > first and doc[last].is_punct:
        last -= 1
    return doc[first].idx, doc[last].idx + len(doc[last])


def extract_counts(sent: Span, ctx: SentenceContext, rules: RuleSet) -> Iterator[Mention]:
    """Yield one ``count`` mention per figure the sentence states (see the module docstring)."""
    if ctx.link:
        return
    figures = list(_find_numbers(sent, rules))
    taken = {i for f in figures for i in range(f.first, f.last + 1)}
    figures += [f for f in _singulars(sent, taken, rules)]
    figures.sort(key=lambda f: f.first)
    for figure in figures:
        _govern(figure, rules)
    by_node = {f.node.i: f for f in figures}
    for figure in figures:
        if figure.attribute is None and figure.node.dep_ in ("dobj", "nsubj", "nsubjpass"):
            # "discovered one man and two children dead": the predicate sits on the last conjunct
            governed = [by_node[c.i] for c in figure.node.children if c.dep_ == "conj" and c.i in by_node
                        and by_node[c.i].attribute is not None and by_node[c.i].governor is not None
                        and by_node[c.i].governor.i > c.i]
            if governed:
                figure.attribute, figure.governor = governed[0].attribute, governed[0].governor
                figure.hit, figure.part = governed[0].hit, governed[0].part
    figures += list(_self_kills(sent, figures, rules))
    figures.sort(key=lambda f: f.first)
    for figure in figures:
        if figure.node.lower_ in _REFLEXIVE and figure.attribute == "deaths":
            figure.shooter = True
        if figure.singular and not figure.shooter and (figure.attribute not in _VICTIM_ATTRIBUTES
                                or not _victim_role(figure.node)
                                or figure.node.lower_ in _PERSONAL and figure.attribute != "deaths"):
            figure.attribute = None  # "Smith lives at ...": one person is a victim count or nothing
    roots = _group([f for f in figures if f.attribute is not None or f.node.dep_ in ("conj", "appos")
                    or f.node.lower_ in _REFLEXIVE])
    deaths = [f for f in roots if f.attribute == "deaths" and f.governor is not None]
    periods = _periods(sent, rules) if roots else []
    for shooter in [f for f in deaths if f.shooter and not f.members]:
        victims = [f for f in deaths if not f.shooter and not f.part and f.governor is not None
                   and _linked(_verb(f.governor), _verb(shooter.node.head))]
        if victims:
            victims[0].members.append(shooter)
            roots.remove(shooter)
            deaths.remove(shooter)
    for figure in roots:
        if figure.attribute is None:
            continue
        parts = [figure, *figure.members]
        value = _value(figure, rules, sent)
        first, last = figure.first, max(p.last for p in parts)
        if figure.members:
            values = [_value(p, rules, sent) for p in parts]
            highs = [v["high"] for v in values]
            value.update(
                low=sum(v["low"] for v in values), best=sum(v["best"] for v in values),
                high=None if any(h is None for h in highs) else sum(highs),
                qualifier=next((v["qualifier"] for v in values if v["qualifier"]), None),
                unit=values[0]["unit"] if len({v["unit"] for v in values}) == 1 else "people",
                parts=[{"text": doc_text(sent, p), **v} for p, v in zip(parts, values)],
            )
        if figure.part:
            value["part"] = True
        period = next((words for root, words in periods if _reaches(root, figure.node)), None)
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
        start, end = _span(sent, first, last)
        yield Mention("count", figure.attribute, start, end, value)


def doc_text(sent: Span, figure: _Figure) -> str:
    """The figure's words as written."""
    first, last = figure.first, figure.last
    while last > first and sent.doc[last].is_punct:
        last -= 1
    return sent.doc[first:last + 1].text
