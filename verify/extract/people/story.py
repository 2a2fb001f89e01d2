"""What the rest of a document says about a named person, when the name's own sentence does not.

News names a person in one sentence and says what happened to them in another: "A 37-year-old man
was fatally shot Sunday. Police identified him as John Smith." / "The victim was identified as
John Smith. He was pronounced dead at the scene." ``story_role`` reads both directions for a name
whose sentence leaves its part or its status open:

* back: a name given to someone already described ("identified him as X", "the victim was
  identified as X", "the 42-year-old man, identified as X", "the victim, X") takes the part, status
  and age of the nearest earlier unnamed person (a ``person_nouns`` or ``victim_nouns`` noun, or
  "he"/"she") whose clause says they were killed or hurt — unless a named victim comes between;
* forward: a later "he"/"she"/"the victim", subject of a clause saying they died or were hurt,
  within ``_FORWARD_SENTENCES`` sentences and before another person becomes the subject.

It works on the parsed document (``span.doc``) the sentence extractor is given, so provenance is
untouched: the mention keeps the name's own offsets.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from ...rules import RuleSet
from .roles import Role, own_role, role_in_clause, word_list, years_old

_FORWARD_SENTENCES = 5  # "he" this far after the name still stands for it when nobody else came between
_NAMING = ("name", "identify", "call", "know", "list")
_SUBJECTS = ("nsubj", "nsubjpass")
_HARMED = ("killed", "injured")
_PRONOUN_GENDER = {"he": "male", "him": "male", "his": "male", "she": "female", "her": "female"}


def _gender(tok: Token, rules: RuleSet) -> str | None:
    if tok.lower_ in _PRONOUN_GENDER:
        return _PRONOUN_GENDER[tok.lower_]
    lemma = tok.lemma_.lower()
    return next((g for g in ("male", "female") if lemma in word_list(rules, f"{g}_nouns")), None)


def _is_unnamed_person(tok: Token, rules: RuleSet) -> bool:
    """A singular "man", "teen", "victim" (no name attached), or "he"/"she"."""
    if tok.lower_ in ("he", "she", "him", "her"):
        return True
    if tok.pos_ != "NOUN" or tok.tag_ == "NNS" or tok.ent_type_ == "PERSON":
        return False
    if any(c.dep_ in ("appos", "compound") and c.ent_type_ == "PERSON" for c in tok.children):
        return False  # "the victim, John Smith": named
    lemma = tok.lemma_.lower()
    return lemma in word_list(rules, "person_nouns") or lemma in word_list(rules, "victim_nouns")


def _is_named(tok: Token) -> bool:
    return tok.ent_type_ == "PERSON" or (tok.pos_ == "PROPN" and tok.text[:1].isupper())


def _referent(root: Token, rules: RuleSet) -> Token | None:
    """The word the name is given to: "him" in "identified him as X", "man" in "the man, identified as X"."""
    if root.dep_ == "appos" and _is_unnamed_person(root.head, rules) and root.head.pos_ == "NOUN":
        return root.head
    if root.dep_ == "pobj" and root.head.lower_ == "as":
        verb = root.head.head
    elif root.dep_ in ("oprd", "attr") and root.head.lemma_.lower() in _NAMING:
        verb = root.head
    else:
        return None
    if verb.lemma_.lower() not in _NAMING:
        return None
    for c in verb.children:
        if c.dep_ in ("dobj", "nsubjpass") and _is_unnamed_person(c, rules):
            return c
    if verb.dep_ in ("acl", "relcl") and _is_unnamed_person(verb.head, rules):
        return verb.head
    return None


def _earlier(referent: Token, rules: RuleSet) -> tuple[Role, int | None] | None:
    """The nearest earlier unnamed person the story says was killed or hurt, with their age."""
    gender = _gender(referent, rules)
    for tok in reversed(referent.doc[: referent.left_edge.i]):
        if tok.dep_ not in _SUBJECTS + ("dobj",):
            continue
        named = _is_named(tok)
        if not named and not _is_unnamed_person(tok, rules):
            continue
        role = role_in_clause(tok, rules)
        if role is None or role[0] != "victim":
            continue
        if named:
            return None  # a named victim comes between: the description is theirs
        other = _gender(tok, rules)
        if role[1] in _HARMED and (gender is None or other is None or gender == other):
            return role, years_old(tok) if tok.pos_ == "NOUN" else None
    return None


def _later(span: Span, rules: RuleSet) -> Role | None:
    """The status a later "he"/"she"/"the victim" gives the name, before the story moves to someone else."""
    doc = span.doc
    own = {t.lower_ for t in span}
    end = span.sent.end
    for _ in range(_FORWARD_SENTENCES):
        if end >= len(doc):
            break
        end = doc[end].sent.end
    for tok in doc[span.end : end]:
        if tok.dep_ not in _SUBJECTS:
            continue
        if tok.ent_type_ == "PERSON":
            if tok.lower_ in own:
                continue
            return None
        if tok.lemma_.lower() in word_list(rules, "suspect_nouns"):
            return None
        if tok.lower_ not in ("he", "she") and not (
            tok.lemma_.lower() in word_list(rules, "victim_nouns") and tok.tag_ != "NNS"
        ):
            continue
        role = role_in_clause(tok, rules)
        if role is not None and role[0] == "suspect":
            return None
        if role is not None and role[0] == "victim" and role[1] in _HARMED:
            return role
    return None


def story_role(span: Span, role: Role, age: int | None, rules: RuleSet) -> tuple[Role, int | None]:
    """The name's part and age completed from the rest of the document (see the module docstring)."""
    if role[0] not in ("person", "victim") or role[1] is not None:
        return role, age
    referent = _referent(span.root, rules)
    if referent is not None and referent.dep_ == "appos":  # "identified as a 18-year-old resident, X"
        referent = _referent(referent, rules) or referent
    if referent is not None:
        own = own_role(referent, rules)
        if own is not None and own[0] == "victim":  # "identified the man who was shot as X"
            return own, age if age is not None else years_old(referent)
        found = _earlier(referent, rules)
        if found is not None:
            return found[0], age if age is not None else found[1]
    if role[0] == "victim" or referent is not None:
        later = _later(span, rules)
        if later is not None:
            return later, age
    return role, age
