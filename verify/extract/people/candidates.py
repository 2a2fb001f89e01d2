"""Candidate person names in a sentence: finding them, trimming them, ruling out what is not a person.

spaCy's small model misses and mislabels names, so candidates are its PERSON entities (with a first
name it dropped put back) plus proper-noun runs, each trimmed to the name as written; ``not_a_person``
rules out what is plainly an organisation, a place, a product or a title-case headline, and
``behaves_like_person`` says whether a span spaCy did not tag PERSON still acts like one (an age in
apposition, a title before it, a part in the story). The people extractor (``verify.extract.people``) uses them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from spacy.tokens import Span, Token

from ...rules import RuleSet
from ...text import fold_phrase
from ..base import DocFacts, doc_text, facts_of
from ..entities import a_happening_name, bare_name, towns_named
from .roles import Role, glued_at, named_by_person_noun, word_list

_GLUED = re.compile(r"[a-z][A-Z]{2,}")  # "HomeROSEBUD": a title glued to the text
_DOMAIN = re.compile(r"\w\.(?:com|net|org|tv|co|uk|io|info|news)\b", re.IGNORECASE)
_NOT_PERSON_LABELS = ("GPE", "LOC", "NORP", "FAC", "PRODUCT", "WORK_OF_ART", "EVENT", "LANGUAGE")
_SUFFIXES = ("jr", "sr", "ii", "iii", "iv")


def _is_namelike(tok: Token) -> bool:
    text = tok.text
    return bool(text) and (
        text[0].isupper() or text in ("al", "el", "de", "van", "von", "bin", "ibn", "da") or glued_at(tok) is not None
    )


def _trim(span: Span) -> Span | None:
    """The name inside a candidate span: no leading article, trailing possessive or punctuation, no
    page title or address glued before it ("The Augusta ChronicleGeoffrey Reavis" starts at the
    glued token; ``glued_at`` cuts inside it)."""
    start, end = span.start, span.end
    doc = span.doc
    glued = [t.i for t in span[1:] if glued_at(t) is not None]
    if glued:
        start = glued[-1]
    while (
        start < end
        and glued_at(doc[start]) is None
        and (doc[start].is_punct or doc[start].is_space or not doc[start].text[:1].isupper())
    ):
        start += 1
    while end > start and (
        doc[end - 1].is_punct
        and doc[end - 1].text != "."
        or doc[end - 1].lower_ in ("'s", "’s", "'")
        or doc[end - 1].is_space
    ):
        end -= 1
    for i in range(start, end):  # a name never crosses a line
        if "\n" in doc[i].text_with_ws[:-1] or (i > start and "\n" in doc[i - 1].whitespace_ + doc[i].text):
            end = i
            break
    if end <= start:
        return None
    return doc[start:end]


def _named_in_full(span: Span, rules: RuleSet, facts: DocFacts | None, in_phrase: bool = False) -> bool:
    """A titled name ("President Bashar Al Assad"), or a surname the document gives a person in full,
    not inside a longer phrase (``in_phrase``: "the Assad regime")."""
    if title_start(span, rules) < span.start:
        return True
    return not in_phrase and facts is not None and span[-1].lower_ in facts.surnames and len(span) == 1


def _actor_phrase(span: Span, rules: RuleSet) -> bool:
    """Whether the name begins a longer phrase of the actors' table ("Assad regime", "Assad's forces")."""
    doc = span.doc
    for width in (1, 2):
        if (
            span.end + width <= len(doc)
            and fold_phrase(doc[span.start : span.end + width].text) in rules.attribution.actor_of
        ):
            return True
    return span.end < len(doc) and doc[span.end].lower_ in ("'s", "’s")


def named_with_the(span: Span) -> bool:
    """A name the parse took with "the" in it ("The Sahel Companions"): no person's name takes one,
    a body's does."""
    return len(span) > 1 and span[0].lower_ == "the"


def not_a_person(span: Span, rules: RuleSet, facts: DocFacts | None = None) -> bool:
    if named_with_the(span):
        return True
    cut = glued_at(span[0])  # "abc7ny.comMichael Monserrate": only the name after the page's address counts
    text = span.text if cut is None else doc_text(span.doc)[span[0].idx + cut : span.end_char]
    words = [w.lower() for w in re.findall(r"[\w']+", text)]
    if not words or not any(t.text[:1].isupper() for t in span):
        return True
    if any(w in word_list(rules, "not_person") for w in words):
        return True
    if any(ch.isdigit() for ch in text) or any(_GLUED.search(t.text) for t in span) or _DOMAIN.search(text):
        return True  # "Parliament.tv": an address, not a name
    if all(not ch.isalpha() or ch.isupper() for ch in text):
        return True  # all capitals: an acronym, or a shouted headline that NER cannot read
    if any(
        w in word_list(rules, k) or w.rstrip("s") in word_list(rules, k)
        for w in words
        for k in ("kill", "wound", "harm", "death", "injury", "arrest", "accuse", "victim_nouns", "suspect_nouns")
    ):
        return True  # a title-case headline ("Driver Shot In ..."), not a name
    if any(len(t.text) >= 2 and t.text.isalpha() and t.text.isupper() and t.lower_ not in _SUFFIXES for t in span):
        return True  # an acronym inside: "CBS Chicago", "LAPD Officer"
    root = span.root
    dets = () if cut is not None else root.children  # the tagger read the page's title into the name's phrase
    for det in (c for c in dets if c.dep_ == "det" and c.lower_ in ("a", "an", "the", "this", "that")):
        between = span.doc[det.i + 1 : span.start]
        if det.i < span.start and all(t.pos_ in ("ADJ", "NUM", "PROPN", "PUNCT", "VERB") for t in between):
            return True  # "a parked 2002 Ford Explorer", "the Chevrolet Malibu": names take no article
    if (
        root.dep_ in ("compound", "amod", "nmod")
        and root.head.pos_ == "NOUN"
        and root.head.i >= span.end
        and not _named_in_full(span, rules, facts)
    ):
        return True  # "a 22-year-old Milwaukee man", "the Crown Point resident"
    low, folded = text.lower(), fold_phrase(text)
    if bare_name(text) in towns_named(facts_of(span, facts), rules):
        return True  # "Tel Marwan", a town the document names as one ("the town of Tel Marwan")
    if a_happening_name(text, facts_of(span, facts), rules):
        return True  # "Mira", "Cyclone Mira": the storm the document calls "Cyclone Mira"
    for table in ("organization", "place", "facility"):
        if folded in rules.alias_of.get(table, {}):
            return True  # "Agence France-Presse" is an alias of an organisation
    if low in rules.attribution.actor_of and not _named_in_full(span, rules, facts, _actor_phrase(span, rules)):
        return True  # "Assad" of "the Assad regime"; not "Bashar Al Assad", nor "Assad said" where the story names him
    doc = span.doc
    if (
        len(span) == 1
        and span.start >= 2
        and doc[span.start - 1].text == ","
        and doc[span.start - 2].pos_ == "PROPN"
        and span[0].lower_.rstrip(".") in word_list(rules, "region_abbreviations")
    ):
        return True  # "from Oakville, Ont.": a province after its town
    return False


def _propn_runs(sent: Span, particles: frozenset[str] = frozenset()) -> Iterator[Span]:
    """Runs of capitalised proper nouns, through a hyphen ("Paget-Brown") or a lower-case surname
    particle between two of them ("Maria del Pilar Burton")."""
    doc = sent.doc
    i = sent.start
    while i < sent.end:
        if doc[i].pos_ == "PROPN" and _is_namelike(doc[i]):
            j = i + 1
            while j < sent.end and (
                (doc[j].pos_ == "PROPN" and _is_namelike(doc[j]))
                or (
                    doc[j].text in ("-",)
                    and not doc[j - 1].whitespace_
                    and j + 1 < sent.end
                    and doc[j + 1].pos_ == "PROPN"
                )
                or (
                    doc[j].text in particles
                    and j + 1 < sent.end
                    and doc[j + 1].pos_ == "PROPN"
                    and doc[j + 1].text[:1].isupper()
                )
            ):
                j += 1
            yield doc[i:j]
            i = j
        else:
            i += 1


_APOSTROPHE_TAIL = re.compile(r"(?<![sS])\s?['’]\s?(?!s\b)[a-z]{2,}(?![\w'’])")


def _with_apostrophe_tail(span: Span, sent: Span) -> Span:
    """A transliterated name's apostrophe (ayin, hamza) and the lower-case letters after it belong to
    the name: "Moshe Ya 'alon", "Ya' alon" (the tagger stops before them)."""
    doc = span.doc
    m = _APOSTROPHE_TAIL.match(doc_text(doc), span.end_char)
    if m is None or m.end() > sent.end_char:
        return span
    longer = doc.char_span(span.start_char, m.end(), alignment_mode="expand")
    return longer if longer is not None and longer.end <= sent.end else span


def _person_entities(ents: Sequence[Span]) -> Iterator[Span]:
    """The PERSON entities, two that touch read as one name: the tagger splits "[Deangelo] [Damone Reid]"."""
    run: Span | None = None
    for ent in ents:
        if ent.label_ != "PERSON":
            continue
        if run is not None and run.end == ent.start and ent.doc[run.end - 1].whitespace_ == " ":
            run = ent.doc[run.start : ent.end]
            continue
        if run is not None:
            yield run
        run = ent
    if run is not None:
        yield run


def find_candidates(sent: Span, rules: RuleSet, facts: DocFacts | None = None) -> Iterator[tuple[Span, bool]]:
    """(span, is_person_entity) for every name-like span in the sentence, without overlaps."""
    taken: set[int] = set()
    doc = sent.doc
    ents = facts_of(sent, facts).ents_in(sent)
    for ent in _person_entities(ents):
        start = ent.start  # the small model often drops a first name: "Deangelo [Damone Reid]"
        while (
            start > sent.start
            and doc[start - 1].pos_ == "PROPN"
            and _is_namelike(doc[start - 1])
            and not doc[start - 1].ent_type_
            and doc[start - 1].lower_.rstrip(".") not in rules.names.titles
            and doc[start - 1].lower_ not in word_list(rules, "not_person")
        ):
            start -= 1
        span = _trim(doc[start : ent.end])
        if span is not None:
            span = _with_apostrophe_tail(span, sent)
            taken.update(range(span.start, span.end))
            yield span, True
    blocked = {
        i
        for ent in ents
        if ent.label_ in ("DATE", "TIME", "CARDINAL", "MONEY", "ORDINAL", "PERCENT", "QUANTITY", "LAW", "EVENT")
        for i in range(ent.start, ent.end)
    }
    for run in _propn_runs(sent, rules.names.surname_particles):
        if any(i in taken or i in blocked for i in range(run.start, run.end)):
            continue
        span = _trim(run)
        if span is not None:
            yield span, False


def title_start(span: Span, rules: RuleSet) -> int:
    """The start of a title written directly before the name ("Dr.", "Deputy Chief"), else span.start."""
    doc = span.doc
    start = span.start
    while start > 0:  # the sentence splitter may have cut after "Sgt."
        prev = doc[start - 1]
        if (
            prev.text == "."
            and start >= 2
            and doc[start - 2].lower_ in rules.names.titles
            and not doc[start - 2].whitespace_
            and doc[start - 2].text[:1].isupper()
        ):
            start -= 2
            continue
        if prev.text[:1].isupper() and prev.lower_.rstrip(".") in rules.names.titles and prev.whitespace_:
            start -= 1
            if (
                start >= 2
                and doc[start - 1].text in ("-", "‐")
                and not doc[start - 1].whitespace_
                and not doc[start - 2].whitespace_
                and doc[start - 2].text[:1].isupper()
            ):
                start -= 2  # "Secretary-General": the title's first word, joined by a hyphen
            continue
        break
    return start


def behaves_like_person(
    span: Span, root: Token, role: Role, age: int | None, titled: bool, rules: RuleSet, facts: DocFacts | None = None
) -> bool:
    """Whether a span spaCy did not tag PERSON still behaves like a person."""
    labels = {t.ent_type_ for t in span}
    if titled or (age is not None and not labels & set(_NOT_PERSON_LABELS[3:])):
        return True
    if labels & set(_NOT_PERSON_LABELS) and "" in labels and named_by_person_noun(span, rules):
        return True  # "The captain, Daudi Mwakasenge,": the tagger's label on part of a name a person noun describes
    if labels & set(_NOT_PERSON_LABELS):
        return False
    if span[-1].lower_ in facts_of(span, facts).surnames:
        return True  # the document names this surname as a person elsewhere
    if role[0] in ("victim", "suspect", "speaker") and len(span) <= 4:
        return True
    return False
