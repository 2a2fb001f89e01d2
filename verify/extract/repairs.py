"""Parse repairs: the few misparses of tolls the extractors would otherwise read backwards.

Run on each parsed window before any extractor reads it; each repair moves heads inside one
sentence only (never across sentences, never making a cycle), so every later stage reads the mended
tree. ``paired_others``: "the number of people killed reached 19 and some 20 others were wounded",
where the parser hangs 19 on "others" (19 -conj-> 20, 19 -nummod-> others), so that 19 reads as the
wounded and 20 as the dead. A number just after a toll cue (``counts.revisions``: "reached", "rose
to", "stood at"), coordinated with a second number before a noun of ``counts.revisions.paired_others``
("others", "more"), is that cue's new figure, of the cue's own subject; the second number alone
counts the "others". The parser has a second shape of the same sentence: "the death toll rose to 12
and 30 more were injured", with 12 rightly under "to" but 30 and "more" both joined to it, so that 12
and 30 read as one sum of the dead; there 30 ("30 more") or "others" ("30 others") becomes the
subject of the verb after it. A third shape joins the new figure to the number of the next clause's
subject: "the toll has increased to 417 and 36 people are still missing" read as one "417 and 36
people" under "to" and a "missing" with no subject; there 417 is the cue's alone and "36 people"
the subject of "missing". A fourth hangs the new figure, a comma after it, on the number and noun
of a span of time that follows: "raised the death toll ... to 68, six days after the fire" read as
"68, six days"; there 68 is the cue's alone, and "six days" keeps its own number.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ..rules import RuleSet
from .counts.revisions import RevisionCue, find_revisions

__all__ = ["repair_parse"]


def repair_parse(doc: Doc, rules: RuleSet) -> Doc:
    """``doc`` with its known misparses mended in place (module docstring); returned for chaining."""
    others = rules.counts.revisions.paired_others
    if not others:
        return doc
    for sent in list(doc.sents):
        for target, first, second, noun in _paired_others(sent, others, rules):
            second.head, second.dep_ = noun, "nummod"  # "some 20 others": the others' own number
            first.head, first.dep_ = target, "pobj" if target.pos_ == "ADP" else "dobj"  # "reached 19"
            for cc in (c for c in first.children if c.dep_ == "cc" and first.i < c.i < second.i):
                cc.head = target.head if target.pos_ == "ADP" else target
        for first, second, noun, verb in _joined_others(sent, others, rules):
            subject = "nsubjpass" if any(c.dep_ == "auxpass" for c in verb.children) else "nsubj"
            if noun.pos_ == "ADJ":  # "30 more were injured", as the parser reads it alone
                second.head, second.dep_ = verb, subject
                noun.head, noun.dep_ = second, "amod"
            else:  # "30 others were injured"
                second.head, second.dep_ = noun, "nummod"
                noun.head, noun.dep_ = verb, subject
            for cc in (c for c in first.children if c.dep_ == "cc" and first.i < c.i < second.i):
                cc.head = verb
        for target, first, second, noun, verb in _clause_after(sent, rules):
            second.head, second.dep_ = noun, "nummod"  # "36 people": their own number
            first.head, first.dep_ = target, "pobj" if target.pos_ == "ADP" else "dobj"  # "increased to 417"
            subject = "nsubjpass" if any(c.dep_ == "auxpass" for c in verb.children) else "nsubj"
            noun.head, noun.dep_ = verb, subject  # "36 people are still missing"
            for cc in (c for c in first.children if c.dep_ == "cc" and first.i < c.i < second.i):
                cc.head = verb
        for target, first in _comma_apart(sent, rules):
            first.head, first.dep_ = target, "pobj" if target.pos_ == "ADP" else "dobj"  # "to 68"
    return doc


def _comma_apart(sent: Span, rules: RuleSet) -> list[tuple[Token, Token]]:
    """(the cue's last word, its new figure) for each toll cue of ``sent`` whose new figure the
    parser hung, across a comma, on the noun another number counts: "to 68, six days after"."""
    doc = sent.doc
    found = []
    for cue, first in _new_figures(sent, rules):
        noun = first.head
        if first.dep_ != "nummod" or noun.i <= first.i + 2 or noun.i >= sent.end or doc[first.i + 1].text != ",":
            continue
        # the noun's own number stands between the comma and it ("six days")
        if not any(c.dep_ == "nummod" and c.like_num and first.i + 1 < c.i < noun.i for c in noun.children):
            continue
        words = [t for t in sent if cue.start <= t.idx < cue.end]
        if not words or words[-1].i >= first.i or words[-1].pos_ not in ("ADP", "VERB", "AUX"):
            continue
        if words[-1].i in {t.i for t in first.subtree}:  # never a cycle
            continue
        found.append((words[-1], first))
    return found


def _joined_others(sent: Span, others: frozenset[str], rules: RuleSet) -> list[tuple[Token, Token, Token, Token]]:
    """(the cue's new figure, the number of the others, "others", the verb they are the subject of)
    for each toll cue of ``sent`` whose new figure the parser joined to "N others" as one list."""
    doc = sent.doc
    found = []
    for _, first in _new_figures(sent, rules):
        joined = [c for c in first.children if c.dep_ == "conj" and c.i > first.i]
        numbers = [c for c in joined if c.like_num]
        nouns = [c for c in joined if c.lower_ in others]
        if len(numbers) != 1 or len(nouns) != 1 or nouns[0].i != numbers[0].i + 1:
            continue
        noun = nouns[0]
        # the verb the others are the subject of: the first verb after them, not above them
        verb = next((t for t in doc[noun.i + 1 : sent.end] if t.pos_ == "VERB"), None)
        if verb is None or any(a.i == noun.i for a in verb.ancestors):  # never a cycle
            continue
        found.append((first, numbers[0], noun, verb))
    return found


def _clause_after(sent: Span, rules: RuleSet) -> list[tuple[Token, Token, Token, Token, Token]]:
    """(the cue's word, its new figure, the second number, the noun after it, the verb that noun is
    the subject of) for each toll cue of ``sent`` whose new figure the parser hung with a second
    number on the noun that opens the next clause: "the toll has increased to 417 and 36 people are
    still missing", read as one "417 and 36 people" under "to" and a "missing" without a subject."""
    doc = sent.doc
    found = []
    for _, first in _new_figures(sent, rules):
        noun = first.head
        if first.dep_ != "nummod" or noun.i <= first.i or noun.i + 1 >= sent.end or noun.pos_ != "NOUN":
            continue
        seconds = [c for c in first.children if c.dep_ == "conj" and first.i < c.i < noun.i and c.like_num]
        if len(seconds) != 1 or seconds[0].i != noun.i - 1:
            continue
        # the next clause's verb: right after the noun (its auxiliaries between), joined to the
        # cue's verb, with no subject of its own
        after = doc[noun.i + 1]
        verb = after if after.pos_ == "VERB" else after.head if after.dep_ in ("aux", "auxpass") else None
        if verb is None or verb.dep_ != "conj" or verb.i <= noun.i or verb.pos_ not in ("VERB", "ADJ"):
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
            continue
        if any(c.dep_ not in ("aux", "auxpass", "advmod", "neg") for c in doc[noun.i + 1 : verb.i]):
            continue
        target = noun.head
        if noun.dep_ not in ("pobj", "dobj") or target.i >= first.i or target.i in {t.i for t in verb.subtree}:
            continue
        found.append((target, first, seconds[0], noun, verb))
    return found


def _paired_others(sent: Span, others: frozenset[str], rules: RuleSet) -> list[tuple[Token, Token, Token, Token]]:
    """(the cue's word the new figure hangs from, its number, the number of the others, "others")
    for each toll cue of ``sent`` whose new figure the parser hung on the others' noun."""
    doc = sent.doc
    found = []
    for cue, first in _new_figures(sent, rules):
        noun = first.head
        if first.dep_ != "nummod" or noun.i <= first.i or noun.lower_ not in others or noun.i >= sent.end:
            continue
        seconds = [c for c in first.children if c.dep_ == "conj" and first.i < c.i < noun.i and c.like_num]
        # the cue's last word ("to" of "rose to", "at" of "stood at", "reached" itself)
        words = [t for t in sent if cue.start <= t.idx < cue.end]
        if len(seconds) != 1 or not words or words[-1].i >= first.i:
            continue
        target = words[-1]
        if target.pos_ not in ("ADP", "VERB", "AUX"):
            target = doc[cue.verb]
        if target.pos_ not in ("ADP", "VERB", "AUX") or target.i in {t.i for t in first.subtree}:
            continue
        found.append((target, first, seconds[0], noun))
    return found


def _new_figures(sent: Span, rules: RuleSet) -> list[tuple[RevisionCue, Token]]:
    """Each toll cue of ``sent`` that gives a new figure ("reached 19", "rose to 12"), with its number."""
    return [
        (cue, sent.doc[cue.new])
        for cue in find_revisions(sent, rules)
        if cue.kind in ("rise", "revised") and cue.new is not None
    ]
