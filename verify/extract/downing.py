"""What a shoot-down brought down, read from the parse (``methods.downing``): an aircraft shot down
was the target, read as its own node, one account with the missile, the rocket or the air defence
said to have downed it ("the airliner was shot down by a Buk missile"); a weapon shot down was
intercepted and stays the interception its words name, the rival of the strike the attacker is said
to have made ("the missile was shot down by air defences"). Used by ``verify.extract.methods``.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..rules import RuleSet

#: Dependencies of the words of a noun phrase that name what it is ("Malaysia Airlines Boeing 777",
#: "the same type of aircraft", "flight MH17").
_NAMING = ("compound", "appos", "nmod", "prep", "pobj", "conj", "nummod")
#: Relative pronouns that stand for the noun their clause hangs on ("the flight that was shot down").
_RELATIVE = ("that", "which", "who")


def downed_node(head: Token, node: str, rules: RuleSet) -> str:
    """The node of a shoot-down (``methods.downing``) by what it brought down: an aircraft shot down
    is ``downing.node`` ("the airliner was shot down by a missile": one account with the missile); a
    weapon, or what cannot be told, stays ``node`` ("the missile was shot down": an interception)."""
    downing = rules.methods.downing
    if (
        downing.node is None
        or node != downing.reads
        or (head.lemma_.lower() not in downing.verbs and head.lower_ not in downing.verbs)
    ):
        return node
    downed = _downed(head)
    return downing.node if downed is not None and _what_was_downed(downed, rules) == "aircraft" else node


def _downed(head: Token) -> Token | None:
    """What a shoot-down brought down: its verb's object or passive subject, the noun a relative
    clause hangs on, the subject of the verb it completes ("aircraft was reported shot down"), a
    headline's subject with no object ("Airliner shot down"), or its noun's "of" phrase ("the
    shooting down of the plane")."""
    if head.pos_ == "NOUN":
        # (the parse may hang the "of" on "down": "the alleged shooting down of the plane")
        holders = [head, *(c for c in head.children if c.lower_ == "down")]
        return next(
            (
                o
                for h in holders
                for p in h.children
                if p.dep_ == "prep" and p.lower_ == "of"
                for o in p.children
                if o.dep_ == "pobj"
            ),
            None,
        )
    downed = next((c for c in head.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if downed is None and head.dep_ in ("xcomp", "oprd"):
        downed = next((c for c in head.head.children if c.dep_ in ("nsubjpass", "dobj")), None)
    if (downed is None or downed.lower_ in _RELATIVE) and head.dep_ in ("relcl", "acl"):
        downed = head.head
    if downed is None and not any(c.dep_ == "dobj" for c in head.children):
        # a headline drops the passive's "was": "Airliner shot down over Valdoria"
        downed = next((c for c in head.children if c.dep_ == "nsubj"), None)
    return downed


def _what_was_downed(token: Token, rules: RuleSet) -> str | None:
    """What was brought down, "aircraft" or "weapon", by the words of the token's noun phrase (``methods.downing``); a
    pronoun by the nearest such noun before it in its sentence or the one before; a name by how the
    document names it elsewhere ("flight MH17")."""
    if token.pos_ == "PRON":
        doc = token.doc
        sent = token.sent
        first = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
        for before in reversed(doc[first : token.i]):
            if before.pos_ in ("NOUN", "PROPN") and (what := _named_as(before, rules)) is not None:
                return what
        return None
    what = _phrase_named_as(token, rules)
    if what is None and not token.is_lower:  # a name ("MH17", whatever its tag)
        for other in token.doc:
            if other.i != token.i and other.lower_ == token.lower_:
                if (what := _phrase_named_as(other, rules)) is not None:
                    return what
    return what


def _phrase_named_as(token: Token, rules: RuleSet) -> str | None:
    """What the words of the token's noun phrase name it as, the token first, then the words it
    heads or stands beside ("Airlines Boeing 777", "type of aircraft", "flight MH17")."""
    seen = [token]
    if token.dep_ in ("compound", "appos", "nmod", "pobj", "conj") and token.head.pos_ in ("NOUN", "PROPN"):
        seen.append(token.head)
    todo = [token]
    while todo:
        for child in todo.pop().children:
            if child.dep_ in _NAMING and (child.dep_ != "prep" or child.lower_ == "of"):
                seen.append(child)
                todo.append(child)
    return next((what for t in seen if (what := _named_as(t, rules)) is not None), None)


def _named_as(token: Token, rules: RuleSet) -> str | None:
    """The word's kind, "weapon" or "aircraft", when it (as written or as its lemma) is one of ``methods.downing``'s."""
    downing = rules.methods.downing
    words = (token.lower_, token.lemma_.lower())
    if any(w in downing.weapons for w in words):
        return "weapon"
    if any(w in downing.aircraft for w in words):
        return "aircraft"
    return None
