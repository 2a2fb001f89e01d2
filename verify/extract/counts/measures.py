"""Counts, measures: quantities with a unit — tonnes of a substance, a magnitude, a depth, money.

``find_measures(sent)`` yields ``Figure`` records whose attribute is already known, named from
what is measured and its unit, as a field table would name a column: "2,750 tonnes of ammonium
nitrate" -> ``ammonium_nitrate_tonnes``; "a magnitude 7.8 earthquake", "7.8-magnitude" ->
``magnitude``; "at a depth of 17.9 km" -> ``depth_km``; "$10-15 billion in damage" ->
``damage_usd_billion`` (value 10-15, in billions); "70,000 acres" -> ``acres``. The unit and
measure words come from the rules (``figures.measures``). Decimals are kept ("7.8").
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator

from spacy.tokens import Span, Token

from ...rules import RuleSet
from .figures import Figure, qualifier_start

_SYMBOLS = ("$", "£", "€", "US$")
_NUMBER = re.compile(r"^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+(?:\.\d+)?$")


def _num(text: str) -> float | None:
    text = text.replace(",", "")
    try:
        return float(text)
    except ValueError:
        return None


def _quantity(low: float, high: float, words: str, qualifier: str | None = None) -> dict:
    def plain(x: float):
        return int(x) if x == int(x) else x

    return {
        "low": plain(low),
        "high": plain(high),
        "best": plain(low),
        "qualifier": qualifier,
        "vague": None,
        "stated": plain(low),
        "words": words,
    }


def _number_run(sent: Span, token: Token) -> tuple[int, int] | None:
    """The token range of a number (with a range "10-15" or "10 to 15") ending at or around ``token``."""
    if not _NUMBER.match(token.text):
        return None
    first = last = token.i
    doc = sent.doc
    if first - 2 >= sent.start and doc[first - 1].text in ("-", "–", "to") and _NUMBER.match(doc[first - 2].text):
        first -= 2
    if last + 2 < sent.end and doc[last + 1].text in ("-", "–", "to") and _NUMBER.match(doc[last + 2].text):
        last += 2
    elif (  # "$10 to $15 billion": the currency written again at the range's other end
        last + 3 < sent.end
        and doc[last + 1].text in ("-", "–", "to")
        and doc[last + 2].text in _SYMBOLS
        and _NUMBER.match(doc[last + 3].text)
    ):
        last += 3
    return first, last


def find_measures(sent: Span, rules: RuleSet) -> Iterator[Figure]:
    doc = sent.doc
    taken: set[int] = set()
    # the last measure's unit, the end of its words and its qualifier: handed on to the next measure
    # of that unit joined by "and" ("about 250 km south of X and 170 km from Y": both approximate)
    shared: tuple[str, int, str] | None = None
    for token in sent:
        if token.i in taken or not _NUMBER.match(token.text):
            continue
        run = _number_run(sent, token)
        if run is None:
            continue
        first, last = run
        low = _num(doc[first].text)
        high = _num(doc[last].text)
        if low is None or high is None or high < low:
            continue
        words = doc[first : last + 1].text
        after = doc[last + 1] if last + 1 < sent.end else None
        after2 = doc[last + 2] if last + 2 < sent.end else None
        before = doc[first - 1] if first - 1 >= sent.start else None
        attribute = None
        conversion = None
        end = last
        start = first
        # money: "$10-15 billion", "US$66m", "100 billion lira"
        cur = rules.figures.currencies.get(before.lower_) if before is not None else None
        scale = None
        if after is not None and after.lower_ in rules.figures.scales:
            scale = rules.figures.scales[after.lower_]
            end = after.i
            if cur is None and after2 is not None and after2.lower_ in rules.figures.currencies:
                cur, end = rules.figures.currencies[after2.lower_], after2.i
        elif (
            cur is None
            and after is not None
            and after.lower_ in rules.figures.currencies
            and after.lower_ not in ("$", "£", "€")
        ):
            cur, end = rules.figures.currencies[after.lower_], after.i
        if cur is not None:
            if before is not None and rules.figures.currencies.get(before.lower_) == cur:
                start = before.i
            what = _money_what(sent, doc[first], rules)
            if what is None:
                continue  # a price, a reward, a salary: money the sentence does not tie to the event's cost
            attribute = "_".join(x for x in (what, cur, scale) if x)
        else:
            unit_token = after if after is not None and after.lower_ in rules.figures.units else None
            if (
                unit_token is None
                and after is not None
                and after.text == "-"
                and after2 is not None
                and after2.lower_ in rules.figures.named_measures
            ):
                attribute, end = rules.figures.named_measures[after2.lower_], after2.i  # "7.8-magnitude"
            elif unit_token is None and after is not None and after.lower_ in rules.figures.named_measures:
                attribute, end = rules.figures.named_measures[after.lower_], after.i  # "7.8 magnitude"
            elif unit_token is None and before is not None and before.lower_ in rules.figures.named_measures:
                attribute, start = rules.figures.named_measures[before.lower_], before.i  # "magnitude 7.8"
            elif unit_token is None and (named := _named_of(sent, first, rules)) is not None:
                attribute = named  # "a magnitude of 7.8", "a magnitude of about 7.8"
            elif unit_token is None and before is not None and before.lower_ in ("measuring", "measured"):
                attribute = "magnitude" if any(t.lower_ in rules.figures.named_measures for t in sent) else None
            elif unit_token is not None:
                unit = rules.figures.units[unit_token.lower_]
                end = unit_token.i
                per = doc[end + 1 : min(end + 3, sent.end)]
                if len(per) >= 1 and per[0].text in ("/h", "/hr"):
                    unit, end = f"{unit}_per_hour", per[0].i  # "97 km/h" tokenized "km", "/h"
                elif len(per) == 2 and per[0].text in ("/", "per") and per[1].lower_.rstrip(".") in ("h", "hr", "hour"):
                    unit, end = f"{unit}_per_hour", per[1].i  # "185 km/h", "15 km per hour": a speed
                conversion = rules.figures.measures.conversions.get(unit)
                stated_unit, unit = unit, conversion.unit if conversion else unit
                of = [c for c in unit_token.children if c.dep_ == "prep" and c.lower_ == "of"]
                objects = [p for c in of for p in c.children if p.dep_ == "pobj"]
                holder = unit_token.head if unit_token.dep_ == "pobj" and unit_token.head.lower_ == "of" else None
                window = _window_of(unit_token, sent, rules)
                if objects and objects[0].pos_ in ("NOUN", "PROPN"):
                    words, end = _substance(objects[0], sent)
                    attribute = f"{words}_{unit}{window}"  # tonnes of ammonium nitrate
                elif holder is not None and holder.head.lower_ in rules.figures.named_measures:
                    attribute = f"{rules.figures.named_measures[holder.head.lower_]}_{unit}"  # depth of 17.9 km
                else:
                    attribute = f"{unit}{window}"
                    after_words = _words_after(unit_token, sent)
                    if any(after_words.startswith(w) for w in rules.figures.depth_words):
                        attribute = f"depth_{unit}"  # 17.9 km below the surface
                    elif any(re.match(rf"{re.escape(w)}\b", after_words) for w in rules.figures.offset_words):
                        place = _offset_from(unit_token, sent)
                        attribute = f"{unit}_from_{place}" if place else None  # 23 km east of Nurdagi
        if attribute is None:
            continue
        if attribute in rules.figures.named_measures.values():
            attribute = _measured_apart(doc[first], doc[end], sent, rules) + attribute
        q = _quantity(low, high, words)
        start = _qualify(q, sent, start, rules)
        kind = attribute.split("_from_")[0]
        if q["qualifier"] is None and shared is not None and _joined(sent, shared[1], start, shared[0] == kind):
            _apply(q, shared[2], rules)  # "about 250 km south of X and 170 km from Y"
        shared = None
        if (
            q["qualifier"] is not None
            and _qualifier_name(q["qualifier"], rules) in rules.figures.measures.shared_qualifiers
        ):
            shared = (kind, end, q["qualifier"])
        if conversion is not None:
            _convert(q, stated_unit, conversion.unit, conversion.factor, rules.figures.measures.conversion_tolerance)
        taken.update(range(start, end + 1))
        yield Figure(start, end, doc[first], None, q, attribute=attribute, measure=True)


def _window_of(unit: Token, sent: Span, rules: RuleSet) -> str:
    """The stretch of time a measure is over, as its attribute's suffix: "240 mm of rain fell ... in
    24 hours" -> ``_in_24_hours``, "close to 300 mm over 36 hours" -> ``_over_36_hours`` (the parse
    may hang "over" on the number); read from the unit and the words above it up to its verb. Empty
    when none is said."""
    measures = rules.figures.measures
    here = unit
    for _ in range(6):
        for child in here.children:
            if child.dep_ == "prep" and child.lower_ in measures.window_preps:
                spans = [(child.lower_, c) for c in child.children if c.dep_ == "pobj"]
            elif child.dep_ == "npadvmod":
                spans = [(q.lower_, child) for n in child.children for q in n.children if q.dep_ == "quantmod"]
            else:
                continue
            for prep, span in spans:
                count = [n for n in span.children if n.dep_ == "nummod" and sent.start <= n.i < sent.end]
                if prep in measures.window_preps and span.lower_ in measures.window_units and count:
                    return f"_{prep}_{count[0].lower_}_{span.lower_}"
        if here.pos_ in ("VERB", "AUX") or here.head.i == here.i:
            break
        here = here.head
    return ""


def _words_after(token: Token, sent: Span) -> str:
    """The words after ``token`` in lower case, past one parenthesis ("24.1 kilometers (14.9 miles) deep",
    or out of the one it is in: "(14.9 miles) deep")."""
    doc = sent.doc
    k = token.i + 1
    if k < sent.end and doc[k].text == "(":
        while k < sent.end and doc[k].text != ")":
            k += 1
        k += 1
    elif k < sent.end and doc[k].text == ")":
        k += 1  # the unit in parentheses: "23 km (14.2 miles) east of Nurdagi"
    return doc[k : min(k + 4, sent.end)].text.lower() if k < sent.end else ""


def _offset_from(unit: Token, sent: Span) -> str | None:
    """The place a distance is measured from: the object of the first "of" or "from" in the few
    words after its unit ("east of Nurdagi" -> nurdagi, "from the original" -> original), folded
    to one word key; None when none is named."""
    doc = sent.doc
    for t in doc[unit.i + 1 : min(unit.i + 9, sent.end)]:
        if t.lower_ in ("of", "from"):
            objects = [c for c in t.children if c.dep_ == "pobj"]
            if objects:
                obj = objects[0]
                words = [c for c in obj.lefts if c.dep_ in ("compound", "amod", "nmod") and c.is_alpha] + [obj]
                return "_".join(w.lower_ for w in words[-3:] if w.is_alpha) or None
    return None


def _substance(first: Token, sent: Span) -> tuple[str, int]:
    """The words of what a unit measures, from the first word after "of": "ammonium nitrate"."""
    doc = sent.doc
    k = first.i
    while (
        k + 1 < sent.end
        and k - first.i < 3
        and doc[k + 1].is_alpha
        and not doc[k + 1].is_stop
        and doc[k + 1].pos_ in ("NOUN", "PROPN", "ADJ", "ADV")
        and not any(c.dep_ in ("acl", "relcl") for c in doc[k + 1].children)
    ):  # "... thought to have been stored"
        k += 1
    return "_".join(t.lower_ for t in doc[first.i : k + 1]), k


def _money_what(sent: Span, number: Token, rules: RuleSet) -> str | None:
    """What an amount of money is: "in damage", "damage ... estimated at", "losses of"."""
    for t in sent:
        what = rules.figures.money_words.get(t.lower_) or rules.figures.money_words.get(t.lemma_.lower())
        if what is not None and abs(t.i - number.i) <= 8:
            return what
    return None


def _convert(q: dict, stated: str, unit: str, factor: float, tolerance: float) -> None:
    """``q`` in ``unit``: its bounds times ``factor``, widened by ``tolerance`` either side (a figure
    converted is compared as the rounded figure it is), its best value converted and rounded; the
    stated value and unit are kept (``stated``, ``stated_unit``); the attribute names ``unit``."""

    def scaled(n: float, by: float, outward) -> int | float:
        x = n * factor * by
        return outward(x) if x >= 10 else outward(x * 10) / 10

    q["low"] = scaled(q["low"], 1 - tolerance, math.floor)
    q["high"] = None if q["high"] is None else scaled(q["high"], 1 + tolerance, math.ceil)
    best = q["best"] * factor
    q["best"] = round(best) if best >= 10 else round(best, 1)
    q["stated_unit"] = stated


def _measured_apart(number: Token, last: Token, sent: Span, rules: RuleSet) -> str:
    """The prefix of a named measure of a later shock, not of the event itself ("a 6.4-magnitude
    aftershock", "an aftershock measuring 6.4" -> ``aftershock_``): the noun just after the
    measure's words, or one above the number up to its first verb but "measuring". Empty when
    none of ``figures.measures.apart`` is the measure's thing."""
    apart = rules.figures.measured_apart
    nxt = sent.doc[last.i + 1] if last.i + 1 < sent.end else None
    if nxt is not None and nxt.lower_ in apart:
        return f"{apart[nxt.lower_]}_"
    here = number
    for _ in range(4):
        if here.head is here:
            break
        here = here.head
        if here.lower_ in apart:
            return f"{apart[here.lower_]}_"
        if here.pos_ in ("VERB", "AUX"):
            if here.lemma_.lower() != "measure":
                break
            # "with the strongest aftershock measuring in at 6.4 magnitude": the verb's subject
            subject = next((c for c in here.children if c.dep_ == "nsubj" and c.lower_ in apart), None)
            if subject is not None:
                return f"{apart[subject.lower_]}_"
    return ""


def _named_of(sent: Span, first: int, rules: RuleSet) -> str | None:
    """The named measure of "a magnitude of 7.8" (a qualifier may stand between: "of about 7.8")."""
    doc = sent.doc
    k = qualifier_start(sent, first, rules) - 1
    if k - 1 >= sent.start and doc[k].lower_ == "of":
        return rules.figures.named_measures.get(doc[k - 1].lower_)
    return None


def _joined(sent: Span, end: int, start: int, same: bool) -> bool:
    """Whether the measure starting at ``start`` is coordinated with the one ending at ``end``:
    of the same unit (``same``), "and" or "or" just before it, and no verb between them."""
    doc = sent.doc
    return (
        same
        and end < start - 1
        and doc[start - 1].lower_ in ("and", "or")
        and not any(t.pos_ in ("VERB", "AUX") for t in doc[end + 1 : start])
    )


def _qualifier_name(worded: str, rules: RuleSet) -> str | None:
    return next((name for name, q in rules.quantities.qualifiers.items() if worded in q.words), None)


def _qualify(q: dict, sent: Span, start: int, rules: RuleSet) -> int:
    """Apply a qualifier worded just before token ``start`` ("more than 30,000 acres", "about 7.8")
    to the quantity ``q``, as ``quantities.qualifiers`` say for counts: "more than 30,000 acres" is
    [30,001, open), "up to 120 mph" [60, 120]. A qualifier's added one (``low_add``, ``high_add``:
    "more than N" is N + 1) is a whole unit and is left off a decimal ("more than 2.5 billion" is
    [2.5, open)); a decimal "about" or "nearly" says it was rounded at its last digit ("about 7.8" is
    [7.75, 7.85], not 20% either side). Returns where the figure's words start, its qualifier
    included."""
    doc = sent.doc
    first = qualifier_start(sent, start, rules)
    worded = doc[first:start].text.lower()
    return first if _apply(q, worded, rules) else start


def _apply(q: dict, worded: str, rules: RuleSet) -> bool:
    """Apply the qualifier ``worded`` (see ``_qualify``) to ``q``; False when it is none."""
    qualifier = next((q for q in rules.quantities.qualifiers.values() if worded in q.words), None)
    if qualifier is None:
        return False

    def bound(n: float, factor: float, add: int, outward) -> int | float:
        if n == int(n):
            return max(0, outward(factor * n + add))
        if 0.75 <= factor <= 1.25 and factor != 1:  # "about 7.8": rounded at its last digit
            digits = len(repr(float(n)).split(".")[1])
            return round(n + math.copysign(0.5 * 10**-digits, factor - 1), digits + 1)
        return round(factor * n, 6)

    low = bound(q["low"], qualifier.low, qualifier.low_add, math.floor)
    high = None if qualifier.high is None else bound(q["high"], qualifier.high, qualifier.high_add, math.ceil)
    if high is not None and high < low:
        high = low
    q["low"], q["high"], q["qualifier"] = low, high, worded
    q["best"] = max(low, q["best"]) if high is None else min(max(low, q["best"]), high)
    return True
