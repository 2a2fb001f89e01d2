"""Counts, step 1: the figures a sentence states, before anything says what they count.

``find_numbers`` reads worded numbers ("At least 246 civilians", "nearly 60", "dozens of people")
with their qualifier and counted noun, and drops what is not a figure of people or events: ages,
addresses, money, percentages, "one of the worst". ``find_singulars`` reads single victims ("A
25-year-old man", a named person, "himself") and zero ("no one"). ``subject_unit`` and
``count_word`` look a noun up in the rules' ``counts.subjects`` and ``counts.attributes``. Each
figure is a ``Figure``, handed on to ``govern``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from spacy.tokens import Doc, Span, Token

from ...rules import RuleSet
from ...text.dates import WEEKDAYS
from ..entities import named_as_town
from ..numbers import MULTIPLIERS, NUMBER_WORDS, SCALES, TENS, UNITS, parse_quantity, plain_number

# A bare number ("killing four") must fill one of these roles to be a count.
_BARE = {"nsubj", "nsubjpass", "dobj", "pobj", "conj", "npadvmod", "attr", "ROOT", "dep"}
_NOT_COUNT_ENTS = {"TIME", "MONEY", "PERCENT", "ORDINAL", "QUANTITY"}
_SINGLE_DETS = {"a", "an", "the", "another", "this", "that"}
REFLEXIVE = {"himself", "herself"}
# "He died at the hospital": a pronoun counts one victim, but only for a death (an injured "him"
# is as often the shooter's target as a victim already counted).
PERSONAL = {"he", "she", "him", "her"}
_ZERO_PEOPLE = {"nobody", "noone"}
_SINGULAR_WORDS = _ZERO_PEOPLE | REFLEXIVE | PERSONAL | {"one"}
_RANGE_LINKS = {"-", "–", "and", "to", "or"}
_AGE_WORDS = {"age", "ages", "aged"}
_AGE_SPAN_OPENERS = {"from", "between"}


# The rules' word lists, arranged once per rule set for the per-token look-ups below.


@lru_cache(maxsize=8)
def _subject_sets(rules: RuleSet) -> tuple[tuple[str, frozenset[str]], ...]:
    return tuple((unit, frozenset(nouns)) for unit, nouns in rules.counts.subjects.items())


@lru_cache(maxsize=8)
def _people_units(rules: RuleSet) -> tuple[str, ...]:
    return tuple(u for u in rules.counts.subjects if u not in rules.counts.facility_subjects)


@lru_cache(maxsize=8)
def _attribute_by_word(rules: RuleSet) -> dict[str, str]:
    """Each count word's first attribute in rule order."""
    table: dict[str, str] = {}
    for attribute, words in rules.counts.words.items():
        for word in words:
            table.setdefault(word, attribute)
    return table


@lru_cache(maxsize=8)
def _qualifier_endings(rules: RuleSet) -> tuple[tuple[str, re.Pattern[str]], ...]:
    words = [w for q in rules.quantities.qualifiers.values() for w in q.words] + ["between", "from"]
    return tuple((word, re.compile(rf"(?:^|\W){re.escape(word)}$")) for word in words)


@lru_cache(maxsize=8)
def _vague_by_first(rules: RuleSet) -> dict[str, list[str]]:
    """The vague phrases by their first word, longest first."""
    table: dict[str, list[str]] = {}
    for word in sorted(rules.quantities.vague, key=lambda w: -len(w.split())):
        table.setdefault(word.split()[0], []).append(word)
    return table


@dataclass
class Figure:
    """A figure found in the sentence before its attribute is known."""

    first: int  # token index of the first word of the span (qualifier included)
    last: int  # token index of the last word of the span (counted noun included)
    node: Token  # the token the figure hangs from in the parse
    noun: Token | None  # the counted noun, when stated
    quantity: dict[str, Any]
    singular: bool = False
    attribute: str | None = None
    hit: bool = False
    part: bool = False
    shooter: bool = False
    governor: Token | None = None
    members: list[Figure] = field(default_factory=list)
    measure: bool = False  # a quantity with a unit; its attribute is set when found
    kind: str = "people"  # people | thing | measure
    group: str | None = None  # who is counted, when not everyone ("children", "staff", "syrians")
    treated: bool = False  # the hurt told as being treated ("78 people are being treated in hospitals")
    # reported | presumed | projected | hypothetical | denied | earlier | increment | decrement | claimed | tally | excess ...
    status: str = "reported"
    total: Figure | None = None  # the stated total this figure is a part of
    where: str | None = None  # the place the figure is limited to ("Turkey"), when the sentence says
    where_said: str | None = None  # the country of the body a reporting verb gives it on ("Turkey's agency said")
    area: str | None = None  # the area of control it is limited to ("rebel" in "the rebel-held northwest")
    spans: str | None = None  # the places, counted not named, it is limited to ("six states")
    level: str | None = None  # the kind of place its words limit it to unnamed ("the city's toll": city)
    within: str | None = None  # the named happening it is limited to ("in the Palisades fire"): a share
    gapped: bool = False  # a place's figure whose verb and noun are left out: "... and Syria 3,688"
    # the noun a bare figure's clause leaves out, said in the clause it is joined to: "17 children
    # were among the dead and seven were being treated" (seven children); who it counts, no more
    elided: Token | None = None
    whole: bool = False  # the whole a part is counted of ("129" in "106 of the building's 129 flats"): its noun's only
    zero: bool = False  # a count of none ("no civilians", "no one"): a figure of 0, not one victim described
    like: Figure | None = None  # the figure a bare toll noun's value counts as ("its figure of 38" beside "41 killed")


def successive(doc: Doc, before: int, after: int, words: frozenset[str]) -> bool:
    """The words between token ``before`` (the end of one figure) and ``after`` (the start of the
    figure joined to it) say the later replaced the earlier ("rose to 35 and now 58", "18, then
    35": ``counts.revisions.successive``): one toll's successive values, never parts of a sum."""
    return 0 < after - before <= 4 and any(doc[j].lower_ in words for j in range(before + 1, after))


def is_number(token: Token) -> bool:
    text = token.lower_
    if ":" in text or "/" in text:
        return False
    if token.ent_type_ in _NOT_COUNT_ENTS and not (token.ent_type_ == "QUANTITY" and _counted_quantity(token)):
        return False
    if token.ent_type_ == "DATE":
        # The tagger calls "between two and three million" a date now and then; a year or a
        # figure beside a month or "days" is one.
        if re.fullmatch(r"(1[89]|20)\d\d", text):
            return False
        ent = entity_of(token)
        if any(
            not (t.lower_ in NUMBER_WORDS or t.like_num or t.lower_ in _RANGE_LINKS or t.lower_ in ("between", "from"))
            for t in ent
        ):
            return False
    if text in NUMBER_WORDS or (token.like_num and re.fullmatch(r"[\d,.]+", text)):
        return True
    return "-" in text and all(part in NUMBER_WORDS for part in text.split("-"))


def _counted_quantity(token: Token) -> bool:
    """The tagger calls "Forty migrants", "Forty-six" a quantity now and then: an entity of number
    words, or of them and the plural noun they count, is a count (the noun's kind still decides
    whether it counts people: "40 miles" is no count of anyone)."""
    for t in entity_of(token):
        if t.lower_ in NUMBER_WORDS or t.text in _RANGE_LINKS or re.fullmatch(r"[\d,.]+", t.text):
            continue
        if t.tag_ == "NNS" and t.is_alpha and token.head.i == t.i:
            continue
        return False
    return True


def entity_of(token: Token) -> Span:
    """The named entity ``token`` is part of (its ``ent_iob_`` is B or I)."""
    doc = token.doc
    start = token.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = token.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[start:end]


def shared_nouns(noun: Token) -> list[Token]:
    """The nouns joined to ``noun`` that no number or determiner of their own opens ("19 staff
    and patients": patients; not "the displacement" after "the deaths of 400,000 civilians and"):
    the one number may count them all. Callers keep only those that name people."""
    return [
        c
        for c in noun.conjuncts
        if c.i > noun.i and c.pos_ in ("NOUN", "PROPN") and not any(t.like_num or t.dep_ == "det" for t in c.lefts)
    ]


def subject_unit(noun: Token, rules: RuleSet) -> str | None:
    words = {noun.lower_, noun.lemma_.lower()}
    compound = " ".join(t.lower_ for t in noun.children if t.dep_ in ("compound", "amod") and t.i < noun.i)
    if compound:
        words.add(f"{compound} {noun.lower_}")
        words.update(f"{c.lower_} {noun.lower_}" for c in noun.children if c.dep_ in ("compound", "amod"))
    for unit, nouns in _subject_sets(rules):
        if not words.isdisjoint(nouns):
            return unit
    return None


def count_word(token: Token, rules: RuleSet) -> str | None:
    """The first attribute (in rule order) one of whose words is ``token``."""
    word = token.lower_
    if token.tag_ == "VBZ" and word == "lives":
        word = "live"  # "she lives at", not "claimed ten lives"
    table = rules.figures.role_words
    if token.pos_ == "VERB":
        for child in token.children:
            # a verb and its particle are one word: "passed away"
            if child.dep_ in ("prt", "advmod") and child.i > token.i and f"{word} {child.lower_}" in table:
                return table[f"{word} {child.lower_}"]
            # ... or another verb: "held up placards" holds no one
            if child.dep_ == "prt" and child.lower_ in rules.figures.other_senses.get(word, ()):
                return None
    role = table.get(word)
    spec = rules.figures.roles.get(role) if role is not None else None
    if spec is not None and spec.not_under:
        under = frozenset(spec.not_under)
        if any(
            c.dep_ in ("compound", "amod") and (c.lower_ in under or c.lemma_.lower() in under) for c in token.children
        ):
            return None  # "two separate shooting cases": cases at law
    return role


def qualifier_start(sent: Span, first: int, rules: RuleSet) -> int:
    """Token index where a qualifier worded just before token ``first`` begins (or ``first``)."""
    doc = sent.doc
    lead = max(sent.start, first - 6)
    window = doc[lead].idx
    before = doc[lead:first].text.lower().rstrip() if lead < first else ""
    best = first
    for word, ending in _qualifier_endings(rules):
        if before.endswith(word) and ending.search(before):
            start_char = window + len(before) - len(word)
            for i in range(sent.start, first):
                if doc[i].idx == start_char and i < best:
                    best = i
    return best


def find_numbers(sent: Span, rules: RuleSet) -> Iterator[Figure]:
    doc = sent.doc
    vague_by_first = _vague_by_first(rules)
    i = sent.start
    while i < sent.end:
        token = doc[i]
        run_end = None
        for word in vague_by_first.get(token.lower_, ()):
            n = len(word.split())
            if i + n <= sent.end and " ".join(t.lower_ for t in doc[i : i + n]) == word:
                run_end = i + n - 1
                break
        if run_end is None and is_number(token):
            run_end = i
            while run_end + 1 < sent.end:
                nxt = doc[run_end + 1]
                if is_number(nxt) or nxt.lower_ in MULTIPLIERS:
                    run_end += 1
                    if nxt.lower_ in MULTIPLIERS:
                        break  # "two dozen": the multiplier ends the figure
                elif _and_after_scale(doc, run_end, sent.end):
                    run_end += 2  # "Two hundred and forty-two persons": one number, no range
                elif (
                    nxt.lower_ in _RANGE_LINKS
                    and (nxt.lower_ != "and" or _after_between(doc, i, sent.start))
                    and not _several_tolls(doc, i, sent.start)
                    and run_end + 2 < sent.end
                    and is_number(doc[run_end + 2])
                    and not doc[run_end + 2].idx - nxt.idx > 8
                    and _ascending(doc[run_end], doc[run_end + 2])
                ):
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


_PLURAL_TOLLS = {"tolls", "tallies"}


def _stamp_clock(sent: Span, at: int, rules: RuleSet) -> bool:
    """A 24-hour clock time written as four digits ("1630") just after a stamp word of
    ``time.publication`` ("Update 1630", "Updated 0915"): the time of a live-blog entry."""
    doc = sent.doc
    text = doc[at].text
    if not re.fullmatch(r"(?:[01]\d|2[0-3])[0-5]\d", text):
        return False
    pub = rules.time.publication
    before = doc[max(sent.start, at - 3) : at].text.lower().rstrip(" :")
    return any(before == w or before.endswith(" " + w) for w in (*pub.updated_words, *pub.published_words))


def _several_tolls(doc: Doc, first: int, start: int) -> bool:
    """ "put out death tolls anywhere from 500 to 833": several tolls, each a figure, no range."""
    return any(t.lower_ in _PLURAL_TOLLS for t in doc[max(start, first - 4) : first])


def _and_after_scale(doc: Doc, at: int, end: int) -> bool:
    """ "two hundred and forty-two", "a thousand and one": the "and" British English writes inside
    one number, after its scale word and before a worded number under a hundred that no scale word
    of its own follows ("between two hundred and three hundred" stays a range)."""
    if doc[at].lower_ not in ("hundred", "thousand") or at + 2 >= end or doc[at + 1].lower_ != "and":
        return False
    value = plain_number(doc[at + 2].lower_)
    if value is None or not 0 < value < 100 or doc[at + 2].like_num and doc[at + 2].text[0].isdigit():
        return False
    return not (at + 3 < end and doc[at + 3].lower_ in SCALES)


def _after_between(doc: Doc, first: int, start: int) -> bool:
    """ "between 100 and 300" is a range; "1,414 and 2,274 respectively" two figures."""
    return any(t.lower_ == "between" for t in doc[max(start, first - 3) : first])


def range_clause(figure: Figure) -> Token | None:
    """The clause a range opening "between" is the subject of, where the parser hung "between" on
    the verb before it and that clause on the same verb ("a councillor said between 400 and 600
    people lived in the block": "between" a preposition of "said", "lived" its ccomp, whose subject
    may be the figure's noun split off from its numbers): the verb the figure's people are the
    subject of, or None when the parse is not so broken."""
    doc = figure.node.doc
    opening = doc[figure.first]
    verb = opening.head
    if opening.lower_ != "between" or opening.dep_ != "prep" or verb.i > opening.i or verb.pos_ not in ("VERB", "AUX"):
        return None
    for clause in verb.children:
        if (
            clause.dep_ == "ccomp"
            and clause.i > figure.last
            and clause.pos_ in ("VERB", "AUX")
            and not any(
                c.dep_ in ("nsubj", "nsubjpass") and not figure.first <= c.i <= figure.last + 1 for c in clause.children
            )
        ):
            return clause
    return None


def figure_at(sent: Span, first: int, last: int, rules: RuleSet) -> Figure | None:
    """The figure worded by tokens ``first``..``last`` (its qualifier and noun found as
    ``find_numbers`` finds them), or None when it is not a figure (an age, money, a position). The
    numbers of a revision cue: one the parser hung on the other ("rose from seven to 11", "seven to"
    a modifier of 11) is a figure of its own."""
    return _figure(sent, first, last, rules, across=True)


def _ascending(a: Token, b: Token) -> bool:
    """ "from 80 to 71" is a fall, not a range: a range's ends go up."""
    x, y = plain_number(a.text), plain_number(b.text)
    if a.lower_ in TENS and b.lower_ in UNITS:
        return True  # "seventy-nine"
    return x is None or y is None or x <= y


def _figure(sent: Span, first: int, last: int, rules: RuleSet, across: bool = False) -> Figure | None:
    doc = sent.doc
    if first > sent.start and doc[first - 1].text in ("$", "£", "€", "#", "No."):
        return None
    if (
        doc[first].lower_ == "one"
        and first > sent.start
        and doc[first - 1].lower_ in ("no", "the", "any", "every", "each", "this", "that")
        and doc[first - 1].dep_ != "mark"  # "confirmed that one is dead": a figure
    ):
        return None  # "no one", "the one who": pronouns
    if first == last and doc[first].lower_ == "one" and _pronoun_one(doc[first], sent, rules):
        return None  # "one another", "a train hit another one"
    if (
        first > sent.start + 1
        and doc[first - 1].text == ","
        and (
            doc[first - 2].ent_type_ == "PERSON"
            or doc[first - 2].pos_ == "PROPN"
            and doc[first - 2].ent_type_ in ("", "NORP", "ORG")
        )
        and not (last + 1 < sent.end and doc[last + 1].pos_ in ("NOUN", "PROPN"))
        and not _place_before(doc[first - 2])
    ):
        return None  # "Kalone Mcgee, 26 was shot": an age
    if last + 1 < sent.end and doc[last + 1].lower_ in ("%", "percent", "per", "th", "st", "nd", "rd"):
        return None
    if first == last and _stamp_clock(sent, first, rules):
        return None  # "Update 1630 — toll rises to 30": the time of an update, no one counted
    if _after_age_word(sent, first) or _listed_age(root_of(doc, first, last)):
        return None  # "four victims, ages 19 to 24", "ages 17, 19 and 20": ages
    if (
        last + 2 < sent.end
        and doc[last + 1].text == "-"
        and doc[last + 2].lower_ in ("year", "years", "month", "week", "day")
    ):
        return None
    run = set(range(first, last + 1))
    root = next((doc[k] for k in range(first, last + 1) if doc[k].head.i not in run or doc[k].head.i == k), doc[last])
    if first > sent.start and doc[first - 1].lower_ in ("a", "an") and doc[first].lower_ in SCALES:
        first -= 1  # "about a hundred people": the article is the number's one, and the qualifier before it its own
    start = qualifier_start(sent, first, rules)
    text = doc[start : last + 1].text
    quantity = parse_quantity(text, rules)
    if quantity is None and start != first:
        start = first
        quantity = parse_quantity(doc[first : last + 1].text, rules)
    if quantity is None:
        return None
    noun: Token | None = None
    node = root
    end = last
    picked = _picked_from(root)
    if picked is not None:
        # "rescued four of 12 boys", parsed as one number modifying the other: the part is the
        # figure, of the whole's noun; the whole is how many there are, a thing's only
        kind = noun_kind(picked, rules)
        if kind is None:
            return None
        return Figure(start, picked.i, root, picked, quantity, kind=kind, part=True)
    if _picked_whole(root):
        kind = noun_kind(root.head, rules) if root.head.pos_ in ("NOUN", "PROPN") else None
        if kind != "thing":
            return None  # "four of 12 boys": the 12 are the whole team, whatever befell the four
        return Figure(start, root.head.i, root, root.head, quantity, kind=kind, whole=True)
    if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lemma_.lower() in rules.figures.kin:
        return None  # "a mother of two": her children, not people harmed
    if root.dep_ == "nummod" and root.head.i == last + 1 and root.head.lower_ in WEEKDAYS:
        # "climbed to 111 Wednesday": a weekday counts nothing; the number stands where the parse
        # hung the day, the day only says when
        return Figure(start, end, root.head, None, quantity, kind="people")
    if fronted_value(root):
        # "raising to 64 the death toll": the number put before the toll it is the value of
        return Figure(start, end, node, None, quantity, kind="people")
    if (
        root.dep_ in ("nummod", "quantmod", "compound", "det", "amod")
        and root.head.i > last
        and (
            root.head.pos_ in ("NOUN", "PROPN")
            or root.head.pos_ == "ADJ"
            and root.head.lower_ in rules.figures.role_words
        )
        and not _credit_between(doc, last, root.head.i)
    ):
        noun = node = root.head
        end = noun.i
    else:
        of = [c for c in root.children if c.dep_ == "prep" and c.lower_ == "of"]
        objects = [p for c in of for p in c.children if p.dep_ == "pobj"]
        if objects:
            obj = objects[0]
            if root.lower_ == "one" and any(d.dep_ in ("det", "poss") for d in obj.children):
                return None  # "one of the worst", "one of his friends": not a figure of this incident
            if root.lower_ == "one" and obj.pos_ == "NUM" and is_number(obj):
                return None  # "a pony handler, one of about 150 who work the trail": the one named, no count
            fronted = of[0].i < first and any(c.dep_ == "nummod" and is_number(c) for c in obj.children)
            if obj.pos_ in ("NOUN", "PROPN") and not fronted:
                # (a whole counted before the part, "Of the 475 people on board, ... 179 rescued",
                # hung on the part by the parse, is no noun of the part's: a bare part of that whole)
                noun = obj
                end = obj.i
                wholes = [c for c in obj.children if c.dep_ == "nummod" and is_number(c) and c.i > last]
                if wholes:  # "106 of the building's 129 flats": a part of a whole the text counts too
                    kind = noun_kind(noun, rules)
                    if kind is None:
                        return None
                    return Figure(start, end, node, noun, quantity, kind=kind, part=True)
        elif _gapped(root, first):
            return Figure(start, end, node, noun, quantity, gapped=True)
        elif (
            root.dep_ not in _BARE
            # "The dead numbered 26": the value of a verb of counting (``figures.bare_tolls``)
            and not (
                root.head.i < first
                and root.head.pos_ == "VERB"
                and root.head.lemma_.lower() in rules.figures.bare_tolls
            )
            and not (root.dep_ == "nummod" and root.head.i == last + 1 and root.head.pos_ in ("VERB", "AUX"))
            and not (across and root.dep_ == "quantmod" and is_number(root.head))
            and not _listed_at(root)
        ):
            return None  # (a number the parser hung on the verb after it is its subject: "30 remain missing")
    kind = "people"
    if noun is not None:
        found = noun_kind(noun, rules)
        if found is None:
            return None
        kind = found
    whole = node if noun is None else noun
    if noun is not None and quantity["best"] and _wounds_of_one(noun, rules):
        return None  # "found with multiple gunshot wounds": the wounds of one victim, not people
    if (
        whole.dep_ == "pobj"
        and whole.head.lower_ == "of"
        and whole.head.head.i < first
        and (whole.head.head.ent_type_ == "ORDINAL" or whole.head.head.lower_ in ("first", "last", "latest"))
    ):
        return None  # "the first of two teenagers killed over the weekend": a tally beyond this incident
    if whole.dep_ == "pobj" and whole.head.lower_ == "of" and whole.head.head.i < first and is_number(whole.head.head):
        if kind != "thing":
            return None  # "Image 1 of 8", "one of two": a position in a series
        # "106 of the building's 129 flats": the whole, which the building has whatever befell the part
        return Figure(start, end, node, noun, quantity, kind=kind, whole=True)
    if noun is None and root.pos_ not in ("NUM", "NOUN", "PRON", "ADJ", "DET") and root.ent_type_ != "CARDINAL":
        return None  # (but "Thirteen were injured": a number word the tagger took for a name)
    if (
        noun is None
        and whole.dep_ == "pobj"
        and whole.head.lower_ == "of"
        and whole.head.head.i < first
        and whole.head.head.lower_ in rules.figures.not_things
    ):
        return None  # "a final score of 2-3", "a period of 10": what the noun before "of" measures, no people
    return Figure(start, end, node, noun, quantity, kind=kind)


def _pronoun_one(one: Token, sent: Span, rules: RuleSet) -> bool:
    """ "one another", or "another one" standing for a thing named before ("a train hit another
    one"): the object of a verb, or of its preposition, that names no role (``figures.pronoun_one``)."""
    words = rules.figures.pronoun_one
    doc = one.doc
    if one.i + 1 < sent.end and doc[one.i + 1].lower_ in words.after:
        return True
    if one.i == sent.start or doc[one.i - 1].lower_ not in words.before:
        return False
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in one.children):
        return False  # "another one of the fatalities": a person among those counted
    verb = one.head.head if one.dep_ == "pobj" and one.head.dep_ == "prep" else one.head
    roles = rules.figures.role_words
    return (
        one.dep_ in ("dobj", "pobj")
        and verb.pos_ in ("VERB", "AUX")
        and verb.lower_ not in roles
        and verb.lemma_.lower() not in roles
    )


def fronted_value(number: Token) -> bool:
    """A number the parser hung on a noun whose own determiner stands between them ("raising to 64
    the death toll", parsed as "64 ... toll"): no modifier of that noun but its value, put first."""
    noun = number.head
    return (
        number.dep_ == "nummod"
        and noun.i > number.i
        and noun.pos_ == "NOUN"
        and any(c.dep_ in ("det", "poss") and number.i < c.i < noun.i for c in noun.children)
    )


def _picked_from(root: Token) -> Token | None:
    """The noun a number is a part of when the parse hung it, with "of", on the number of the whole
    ("four of 12 boys": four -quantmod-> 12 -nummod-> boys), or None."""
    doc = root.doc
    whole = root.head
    if (
        root.dep_ != "quantmod"
        or not is_number(root)  # (not "a total of 116 others")
        or root.i + 2 != whole.i
        or doc[root.i + 1].lower_ != "of"
        or not is_number(whole)
        or whole.dep_ != "nummod"
        or whole.head.i <= whole.i
        or whole.head.pos_ not in ("NOUN", "PROPN")
    ):
        return None
    return whole.head


def _picked_whole(root: Token) -> bool:
    """The number is the whole a part is picked from in such a parse ("12" in "four of 12 boys")."""
    doc = root.doc
    return (
        root.dep_ == "nummod"
        and root.i >= 2
        and doc[root.i - 1].lower_ == "of"
        and doc[root.i - 2].head.i == root.i
        and _picked_from(doc[root.i - 2]) is not None
    )


def _listed_at(root: Token) -> bool:
    """A bare number the parse set beside the place named before it, with a place named of its own
    ("41 at the Central Mosque, 7 at Linwood Mosque"): one more item of a place-by-place list, a
    figure."""
    return (
        root.dep_ == "appos"
        and root.head.pos_ == "PROPN"  # (the place before it named: no "Kendari, the worst-hit city, 201 in ...")
        and root.i > 0
        and root.doc[root.i - 1].text == ","
        and any(
            c.dep_ == "prep"
            and c.lower_ in ("at", "in")
            and any(o.dep_ == "pobj" and o.pos_ == "PROPN" for o in c.children)
            for c in root.children
        )
    )


def _place_before(name: Token) -> bool:
    """The name before the comma ends a place phrase ("died at the mosque in central Christchurch,
    seven were killed at ...", "at Linwood Mosque, 1 in ..."): the object of a preposition of place,
    whom no age follows."""
    while name.dep_ == "compound" and name.head.i > name.i:
        name = name.head
    return name.dep_ == "pobj" and name.head.lower_ in ("in", "at", "on", "near", "inside", "outside")


def _credit_between(doc: Doc, last: int, noun: int) -> bool:
    """A dash set off by spaces lies between a figure and the noun the parse gave it: the noun is
    a headline's credit ("at least nine killed - police"), not who is counted ("five-member" is
    one word)."""
    return any(
        doc[k].text in ("-", "–", "—") and doc[k - 1].whitespace_ and doc[k].whitespace_ for k in range(last + 1, noun)
    )


def _wounds_of_one(noun: Token, rules: RuleSet) -> bool:
    """ "multiple gunshot wounds", "suffering from two wounds", "had three wounds": one victim's
    wounds (``figures.wounds``), not a count of people."""
    wounds = rules.figures.wounds
    if noun.lemma_.lower() not in wounds.nouns:
        return False
    if _suffered_by_the_number(noun):
        return False  # "with 12 suffering serious injuries": twelve people so hurt, not twelve wounds
    if any(c.dep_ in ("compound", "amod") and c.lower_ in wounds.kinds for c in noun.children):
        return True
    if noun.dep_ == "pobj" and noun.head.lower_ in wounds.prepositions and not is_number(noun.head.head):
        return True
    return noun.dep_ == "dobj" and noun.head.lemma_.lower() in wounds.verbs


def _suffered_by_the_number(noun: Token) -> bool:
    """A number the parse hung on a wound noun with a participle between them ("with 12 suffering
    serious injuries", "two sustaining burns"): the number is who suffers them, the participle's
    subject, and the noun what befell them."""
    numbers = [c for c in noun.children if c.dep_ == "nummod" and c.i < noun.i and is_number(c)]
    return any(
        c.tag_ == "VBG" and c.dep_ in ("amod", "acl") and n.i < c.i < noun.i for n in numbers for c in noun.children
    )


def root_of(doc: Doc, first: int, last: int) -> Token:
    """The token the words ``first``..``last`` hang from (the first whose head is outside them)."""
    run = set(range(first, last + 1))
    return next((doc[k] for k in run if doc[k].head.i not in run or doc[k].head.i == k), doc[last])


def _after_age_word(sent: Span, first: int) -> bool:
    """A number right after an age word, or after one and the "from"/"between" opening a span of
    ages ("the injured range in age from 24 to 65", "aged between 19 and 70"): an age, no count."""
    doc = sent.doc
    before = first - 1
    if before > sent.start and doc[before].lower_ in _AGE_SPAN_OPENERS:
        before -= 1
    return before >= sent.start and doc[before].lower_ in _AGE_WORDS


def _listed_age(root: Token) -> bool:
    """A number coordinated after an age ("ages 17, 19 and 20": the 19 and the 20) is an age too."""
    here, steps = root, 0
    while here.dep_ == "conj" and here.head.i != here.i and steps < 8:
        here, steps = here.head, steps + 1
    if here.i == root.i:
        return False
    doc = here.doc
    return (
        here.lower_ in _AGE_WORDS
        or (here.i > 0 and doc[here.i - 1].lower_ in _AGE_WORDS)
        or here.head.lower_ in _AGE_WORDS
    )


def _gapped(root: Token, first: int) -> bool:
    """A figure written after a place joined to a clause that gave another place's figure, its verb
    and noun left out: "Turkey lost 38,044 people and Syria 3,688", "Turkey had 17,674 confirmed
    dead and Syria 3,377". The parser hangs it on the place."""
    doc = root.doc
    place = root.head
    return (
        root.dep_ in ("nummod", "appos", "npadvmod")
        and place.i == first - 1
        and place.ent_type_ in ("GPE", "LOC")
        and place.dep_ in ("conj", "nsubj", "appos", "npadvmod", "dobj")
        and first >= 2
        and doc[first - 2].lower_ in ("and", ",", ";", "while", "whereas")
    )


def _split_before(token: Token, sent: Span) -> Token | None:
    """The word a hyphen joins to ``token`` when the parser split the compound ("his ex-girlfriend"
    parsed as "ex", "-", "girlfriend", each on the verb): its determiner is the noun's."""
    doc = token.doc
    if token.i - 2 < sent.start or doc[token.i - 1].text != "-" or doc[token.i - 1].whitespace_:
        return None
    before = doc[token.i - 2]
    if before.whitespace_ or not before.is_alpha or before.head.i == token.i:
        return None
    return before


_AGE_UNITS = {"year", "month", "week", "day"}


def _age_of_one(token: Token, dets: list[Token]) -> int | None:
    """ "the 2-year-old", "a 56-year-old" standing for a person (no noun after it): the index of
    its determiner, or None."""
    doc = token.doc
    i = token.i
    if (
        i < 4
        or doc[i - 1].text != "-"
        or doc[i - 2].lower_ not in _AGE_UNITS
        or doc[i - 3].text != "-"
        or not any(d.lower_ in ("a", "an", "the") for d in dets)
    ):
        return None
    return min(d.i for d in dets)


def noun_kind(noun: Token, rules: RuleSet) -> str | None:
    """What a counted noun makes a figure: ``people``, ``thing`` or None (not a count: years, pages)."""
    low, lemma = noun.lower_, noun.lemma_.lower()
    if (
        subject_unit(noun, rules) in _people_units(rules)
        or low in rules.figures.general
        or lemma in rules.figures.general
        or low in rules.figures.groups
        or lemma in rules.figures.groups
        or low in rules.figures.nationality_nouns
    ):
        return "people"
    role = count_word(noun, rules)
    if role is not None and role in rules.figures.roles:
        return "people"  # "12 deaths", "30 injuries"
    if noun.is_alpha and (noun.ent_type_ == "NORP" or noun.tag_ == "NNPS"):
        return "people"  # "two Palestinians", "300 Syrians": the parser tags them proper nouns
    if (
        low in rules.figures.not_things
        or lemma in rules.figures.not_things
        or noun.pos_ not in ("NOUN",)
        or not noun.is_alpha
    ):
        return None
    if noun.ent_type_ in ("DATE", "TIME", "MONEY", "PERCENT", "CARDINAL", "ORDINAL", "QUANTITY"):
        return None
    return "thing"


def find_singulars(sent: Span, taken: set[int], rules: RuleSet) -> Iterator[Figure]:
    """Single victims: "A 25-year-old man", a named person, "himself"; and "no one" (zero)."""
    doc = sent.doc
    people_units = _people_units(rules)
    for token in sent:
        if token.i in taken:
            continue
        low, pos = token.lower_, token.pos_
        if not (
            pos == "NOUN"
            or _misread_noun(token)
            or low in _SINGULAR_WORDS
            or pos == "PROPN"
            and token.ent_type_ == "PERSON"
            or low == "old"
            or low in rules.figures.zeros.none
        ):
            continue  # none of the forms below: skip reading the children of every word
        dets = [c for c in token.children if c.dep_ in ("det", "poss")]
        split = _split_before(token, sent)
        if split is not None and not dets:
            dets = [c for c in split.children if c.dep_ in ("det", "poss") and c.i < split.i]
        zero = token.lower_ in _ZERO_PEOPLE or (token.lower_ == "one" and any(d.lower_ == "no" for d in dets))
        value = 0 if zero else 1
        first = token.i
        none_of = _none_of(token, rules) if low in rules.figures.zeros.none else None
        if none_of is not None:
            # "none of the dead were civilians": no dead civilians, the noun they are said to be the group
            role, last, noun = none_of
            zeros: dict[str, Any] = {"low": 0, "high": 0, "best": 0, "qualifier": None, "vague": None, "stated": 0}
            zeros["words"] = token.text
            yield Figure(token.i, last, token, noun, zeros, singular=True, attribute=role, zero=True)
            continue
        if zero:
            first = min([token.i] + [d.i for d in dets])
        elif token.lower_ in REFLEXIVE or token.lower_ in PERSONAL:
            pass
        elif token.ent_type_ == "PERSON" and token.pos_ == "PROPN" and token.dep_ != "compound":
            ent = entity_of(token)
            if ent.root.i != token.i or any(t.lower_ in rules.names.people.not_person for t in ent):
                continue  # not a person's name: "# Ministry: 3,300 killed" is no one killed
            if all(t.lower_.rstrip(".") in rules.names.titles for t in ent):
                continue  # a title cut from its name by the sentence splitter ("..., Cmdr. Cundy said")
            if named_as_town(token, rules):
                continue  # "the towns of Shahatt and Omar al-Mokhtar": a town the tagger took for a person
            first = ent.start
            while first > sent.start and doc[first - 1].lower_.rstrip(".") in rules.names.titles:
                first -= 1
        elif low == "old":
            age = _age_of_one(token, dets)
            if age is None:
                continue
            first = age
        elif (token.pos_ == "NOUN" and token.tag_ == "NN") or _misread_noun(token):
            if subject_unit(token, rules) not in people_units:
                continue
            if (
                token.dep_ == "appos"
                and token.head.ent_type_ == "PERSON"
                and any(d.lower_ in ("a", "an") for d in dets)
            ):
                continue  # "Rania Suleiman, 29, a mother of two": the named person again, no one more
                # (not "Russell Smith, his wife, Shawna Smith, and ...": a list the parse hung as appositions)
            if any(d.lower_ == "no" for d in dets) or _not_a_single(token, dets, rules):
                value, zero = 0, True
            elif not any(d.lower_ in _SINGLE_DETS or d.dep_ == "poss" for d in dets) and not (
                token.dep_ == "conj"
                and token.head.tag_ == "NN"
                and token.head.i not in taken
                and any(d.lower_ in _SINGLE_DETS or d.dep_ == "poss" for d in token.head.children)
            ):
                continue  # "her sister and mother": the determiner is shared
            first = min(
                [token.i]
                + [
                    c.i
                    for c in token.children
                    if c.i < token.i
                    and c.dep_ in ("det", "poss", "amod", "compound", "nummod", "npadvmod", "punct", "nmod")
                ]
            )
            first = min([first] + [t.i for c in token.children if c.i < token.i for t in c.subtree])
            if split is not None and dets:
                first = min([first, split.i] + [d.i for d in dets])
        elif (
            token.pos_ == "NOUN"
            and token.tag_ == "NNS"
            and (any(d.lower_ == "no" for d in dets) or _denied_any(token, dets, rules))
        ):
            if subject_unit(token, rules) is None and count_word(token, rules) is None:
                continue
            value, zero = 0, True
            first = min([token.i] + [d.i for d in dets])
        else:
            continue
        quantity = {
            "low": value,
            "high": value,
            "best": value,
            "qualifier": None,
            "vague": None,
            "stated": value,
            "words": doc[first].text,
        }
        noun = None if token.pos_ in ("PRON", "PROPN") else token
        yield Figure(first, token.i, token, noun, quantity, singular=True, zero=zero)


def _misread_noun(token: Token) -> bool:
    """A noun the tagger took for an adjective ("one adult and a minor had died": "minor" an ADJ):
    a word with an article of its own that stands where a noun does, modifying nothing."""
    return (
        token.pos_ == "ADJ"
        and token.dep_ in ("conj", "nsubj", "nsubjpass", "dobj", "pobj")
        and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in token.children)
    )


def _not_a_single(token: Token, dets: list[Token], rules: RuleSet) -> bool:
    """ "Not a single civilian": one noun denied outright, a count of none."""
    return (
        any(d.lower_ in ("a", "an") for d in dets)
        and any(c.lower_ in rules.figures.zeros.single for c in token.children if c.i < token.i)
        and any(c.dep_ == "neg" and c.i < token.i for c in token.children)
    )


def _denied_any(token: Token, dets: list[Token], rules: RuleSet) -> bool:
    """ "denied that any civilians were killed", "denied that civilians died": counted people under
    a denial word, with one of ``zeros.denial_dets`` or no determiner, are a count of none."""
    if dets and not all(d.lower_ in rules.figures.zeros.denial_dets for d in dets):
        return False
    if any(c.dep_ in ("nummod", "amod") and c.like_num for c in token.children):
        return False
    here = token
    for _ in range(4):
        if here.head.i == here.i:
            return False
        here = here.head
        if here.lemma_.lower() in rules.figures.denied or here.lower_ in rules.figures.denied:
            return True
    return False


def _none_of(token: Token, rules: RuleSet) -> tuple[str, int, Token | None] | None:
    """ "None of the dead were civilians": (the role of the word "of" holds, the last token of the
    span, the noun the none are said to be), or None when "none" counts no role."""
    for prep in token.children:
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        for obj in prep.children:
            role = count_word(obj, rules) if obj.dep_ == "pobj" else None
            if role is None:
                continue
            said = [c for c in token.head.children if c.dep_ in ("attr", "acomp") and c.i > token.i]
            noun = said[0] if said and said[0].pos_ == "NOUN" else None
            return role, obj.i, noun
    return None


def one_listed_before(noun: Token, owners: frozenset[str]) -> Token | None:
    """The figure's number when the figure counts the people of one person listed right before it
    ("the captain and 14 of his crew": "14"): ``noun`` is "of" a number joined by "and" to a
    single person, and owned by a pronoun of ``owners`` (his, her, their) that stands for that
    person, not for the speaker. None otherwise."""
    if (
        noun.dep_ != "pobj"
        or noun.head.lower_ != "of"
        or not any(c.dep_ == "poss" and c.lower_ in owners for c in noun.children)
    ):
        return None
    number = noun.head.head
    if not is_number(number) or number.dep_ != "conj":
        return None
    person = number.head
    if person.pos_ not in ("NOUN", "PROPN") or person.tag_ in ("NNS", "NNPS") or person.i > number.i:
        return None
    return number
