"""What became of a named person: ``fate`` claims.

"Christian Atsu has been pulled from the wreckage alive", "Atsu and the club's director are still
under the rubble", "Atsu's body was recovered this morning": each sentence tells the fate of a
person it names. ``extract_fates`` reads, for each person mention of a chunk (after names are
resolved), the clause the name is the subject of — the verb it hangs from, the verbs joined to that
verb with no subject of their own ("was found and was being treated in hospital") or with a
pronoun for one ("was rushed to hospital, where he later died"), and a verb whose subject is the
person's body ("Atsu's body was found") — and gives a ``fate`` claim when a pattern of
``fates.words`` matches there: its text from the name to the words matched ("Christian Atsu has
been pulled from the wreckage alive"), its value the fate, those words, the person's name and key,
and the id of the person claim (``of``). A clause several fates match gives the first of
``fates.order``; a negated verb gives none ("has not been hurt"), nor does a verb with an object
of its own ("Tordil shot and killed his wife": what the person did, not what became of them).

The compare stage (``verify.compare.fates``) sets one person's fates against each other over time.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence

from spacy.tokens import Span, Token

from ..models import FateValue
from ..rules import RuleSet
from .base import Mention
from .counts.figures import REFLEXIVE
from .names import key_gender, title_gender
from .people.document import PRONOUN_GENDER
from .sources import speaker_of, speaker_text

__all__ = ["extract_fates", "in_brackets"]

_SUBJECTS = ("nsubj", "nsubjpass")
_NAME_PARTS = ("compound", "appos", "flat", "conj")


def extract_fates(
    people: Sequence[tuple[Mention, Span]], text: str, rules: RuleSet, person_id: Callable[[Mention], str]
) -> Iterator[tuple[Mention, Span]]:
    """A ``fate`` mention (with its sentence) for each person mention whose clause tells a fate;
    ``text`` is the parsed chunk's text (``Doc.text`` is rebuilt on every access), ``person_id``
    gives the id the person mention's claim will have."""
    patterns = rules.fates.patterns
    if not patterns:
        return
    body_words = frozenset(rules.fates.body_words)
    by_sentence: dict[int, list[Mention]] = defaultdict(list)
    sentences: dict[int, Span] = {}
    for mention, sent in people:
        by_sentence[sent.start].append(mention)
        sentences[sent.start] = sent
    for start, mentions in by_sentence.items():
        sent = sentences[start]
        found = _matches(sent, patterns)
        if not found:
            continue
        for mention in mentions:
            if in_brackets(text[sent.start_char : mention.start]):
                continue  # a name in brackets is an aside or a credit: "(Henry Sturm | Houston Chronicle)"
            span = sent.doc.char_span(mention.start, mention.end, alignment_mode="expand")
            person = mention.as_person()
            gender = title_gender(person.get("title"), rules) or key_gender(str(person.get("key") or ""), rules)
            verbs = _clause_verbs(span, body_words, gender) if span is not None and len(span) else set()
            for fate, first, last, verb, negated_ok in found:
                if verb.i in verbs and (negated_ok or not any(c.dep_ == "neg" for c in verb.children)):
                    if _done_to_another(sent, first, last):
                        continue  # "Tordil shot and killed his wife": what he did, not what he became
                    value: FateValue = {
                        "fate": fate,
                        "words": text[first:last],
                        "person": str(person.get("name") or mention.value.get("key") or ""),
                        "key": str(person.get("key") or ""),
                        "of": person_id(mention),
                    }
                    speaker = speaker_of(verb, sent, rules)  # its own speaker before the sentence's source
                    by = speaker_text(speaker, text) if speaker is not None else None
                    # the claim spans the name and the words of its fate: two people's one fate
                    # ("X and Y are still missing") are two claims
                    start, end = min(first, mention.start), max(last, mention.end)
                    yield Mention("fate", "fate", start, end, value, cited_source=by), sent
                    break


def _matches(sent: Span, patterns: tuple[tuple[str, re.Pattern[str]], ...]) -> list[tuple[str, int, int, Token, bool]]:
    """(fate, start, end, governing verb, says "not" itself) of each pattern match in the sentence,
    in the order of ``fates.order``."""
    out = []
    text, base = sent.text, sent.start_char
    for fate, pattern in patterns:
        for m in pattern.finditer(text):
            span = sent.doc.char_span(base + m.start(), base + m.end(), alignment_mode="expand")
            if span is None or not len(span):
                continue
            verb = _governing_verb(span.root)
            if verb is not None:
                out.append((fate, base + m.start(), base + m.end(), verb, " not " in f" {m.group(0).lower()} "))
    return out


def in_brackets(before: str) -> bool:
    """The text ``before`` a name, from its sentence's start, leaves a bracket open."""
    return before.count("(") > before.count(")") or before.count("[") > before.count("]")


def _done_to_another(sent: Span, first: int, last: int) -> bool:
    """A verb of the words matched has a direct object outside them: the person is its agent
    ("shot and killed Copeland"), unlike "lost his life", whose object is part of the words."""
    span = sent.doc.char_span(first, last, alignment_mode="expand")
    if span is None:
        return False
    inside = range(span.start, span.end)
    return any(
        c.dep_ == "dobj" and c.i not in inside and c.lower_ not in REFLEXIVE
        for t in span
        if t.pos_ == "VERB"
        for c in t.children
    )


def _governing_verb(token: Token) -> Token | None:
    """The verb a fate's words hang from: the word itself, or the first verb above it."""
    here, hops = token, 0
    while here.pos_ not in ("VERB", "AUX") and here.head.i != here.i and hops < 4:
        here, hops = here.head, hops + 1
    return here if here.pos_ in ("VERB", "AUX") else None


def _clause_verbs(name: Span, body_words: frozenset[str], gender: str | None = None) -> set[int]:
    """The verbs whose subject the name is (see the module docstring), as token indices."""
    here = name.root
    while here.dep_ in _NAME_PARTS and here.head.i != here.i:
        here = here.head  # "player Christian Atsu", "Atsu and the director"
    if here.dep_ == "poss" and here.head.dep_ in _SUBJECTS and here.head.lower_ in body_words:
        here = here.head  # "Atsu's body was found" (not "Dolan's wife was found dead")
    verbs: list[Token] = []
    if here.dep_ in _SUBJECTS:
        verbs.append(here.head)
    verbs += [c for c in here.children if c.dep_ == "acl" and c.pos_ == "VERB"]  # "Atsu found dead"
    out: set[int] = set()
    while verbs:
        verb = verbs.pop()
        if verb.i in out:
            continue
        out.add(verb.i)
        for child in verb.children:
            if child.dep_ in ("conj", "xcomp") and child.pos_ in ("VERB", "AUX"):
                if not any(g.dep_ in _SUBJECTS for g in child.children):
                    verbs.append(child)  # "was found and was being treated in hospital"
        verbs += _then(verb, name, gender)
    return out


def _then(verb: Token, name: Span, gender: str | None = None) -> list[Token]:
    """Relative and adverbial clauses under ``verb`` whose subject is a pronoun or none, not inside
    a reported clause: what the person then became ("was rushed to the hospital, where he later
    died"; "Smith, who was injured, told reporters ..."). Not a relative clause on another name
    ("at the funeral of Najjarian, who died"), nor a "he" or "she" that may be someone else: of
    the other gender than the person's (``gender``, from a title or a given name), or in a
    sentence that names another person ("Omar kept in touch with Mohammed until he died")."""
    out = []
    own = range(name.start, name.end)
    others = any(t.ent_type_ == "PERSON" and t.i not in own for t in verb.sent)
    for t in verb.subtree:
        if t.dep_ not in ("relcl", "advcl") or t.pos_ not in ("VERB", "AUX") or t.i == verb.i:
            continue
        if t.dep_ == "relcl" and t.head.pos_ == "PROPN" and t.head.i not in own:
            continue  # a clause on another name
        subjects = [g for g in t.children if g.dep_ in _SUBJECTS]
        if not all(g.pos_ == "PRON" for g in subjects):
            continue
        told = [g for g in subjects if g.lower_ in PRONOUN_GENDER]
        if told and (others or gender is not None and any(PRONOUN_GENDER[g.lower_] != gender for g in told)):
            continue  # "Carlos ... the house where she was shot"; "... with Mohammed until he died"
        here, reported = t.head, False
        while here.i != verb.i and here.head.i != here.i:
            reported = reported or here.dep_ in ("ccomp", "parataxis")
            here = here.head
        if not reported:
            out.append(t)
    return out
