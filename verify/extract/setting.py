"""Where and when a sentence sets a method or an act, and whether it only sets it beside the story.

A story's text mentions other happenings as background: "it came shortly after an Israeli airstrike
in Syria killed a fighter", "the blast was a tenth of the strength of the bomb dropped on Hiroshima
in World War II", "militants trying to lay explosives". From the parse of the method's (or the
act's) head, with the words of the rules' ``background`` section:

- ``where``: a place the parse names (GPE, LOC; else a proper noun of the gazetteer) as the object of a place preposition of the head,
  of the verb it is the subject of, of its object or of the clause that describes it ("an air
  strike in Syria", "dropped ... on Hiroshima", "bombed a building in southern Lebanon": the
  place's own words, "Lebanon");
- ``when``: a date or a named happening (DATE, EVENT) the head is set in ("in 2006", "in World War
  II", "last year's bombing");
- ``aside``: why it is no position on the story's happening whatever its place and time, read from
  the sentence alone: ``comparison`` ("a tenth of the strength of the bomb", "like the bombing of
  Dresden"), ``sequence`` (an earlier happening at a place it names: "it came shortly after an air
  strike in Syria"), ``intent`` (only tried, planned or feared: "trying to lay explosives", "the danger of sinking") or ``campaign``
  (a long campaign's: "a siege marked by heavy bombardment").

``verify.extract.methods`` and ``verify.extract.attribution`` keep ``where`` and ``when`` in the
claim's value (``verify.compare.elsewhere.about_event`` sets them against the event's place and
day) and drop what is ``aside``: no method claim, an actor only ``context_only``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from spacy.tokens import Span, Token

from ..rules import RuleSet
from ..text.places import known_places
from ..text.spelling import plain

_PLACES = ("GPE", "LOC")
_TIMES = ("DATE", "EVENT")
#: Dependencies by which a date modifies a head directly ("last year's bombing", "bombed it last year").
_DATE_MODIFIERS = ("npadvmod", "advmod", "compound", "amod", "nummod", "poss", "tmod")
_CLAUSE_HEADS = ("VERB", "AUX")
#: How far up the tree a comparison or a sequence clause is looked for.
_STEPS = 8
_YEAR = re.compile(r"\b(1[0-9]{3}|20[0-9]{2})s?\b")


@dataclass(frozen=True)
class Setting:
    """Where and when a sentence sets a method or an act (as written), and why it is only beside
    the story (``comparison``, ``sequence``, ``intent``, ``campaign``; None: it may be the story's)."""

    where: str | None = None
    when: str | None = None
    aside: str | None = None
    cue: str | None = None


def entity_text(token: Token) -> str:
    """The words of the named entity ``token`` is part of ("World War II" for "War")."""
    doc = token.doc
    start, end = token.i, token.i + 1
    while start > 0 and token.ent_iob_ == "I" and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[start:end].text


def _scope(head: Token) -> list[Token]:
    """The tokens whose modifiers set the head's place and time: the head, the clause that
    describes it ("the bomb dropped on X"), its object ("bombed a building in X"), and the verb it
    is the subject of and that verb's object ("jets bombed a village in X"; not a copula)."""
    scope = [head]
    for child in head.children:
        if child.dep_ in ("acl", "relcl") or (head.pos_ in _CLAUSE_HEADS and child.dep_ == "dobj"):
            scope.append(child)
    verb = head.head
    if head.dep_ in ("nsubj", "nsubjpass") and verb.pos_ == "VERB" and verb.lemma_ != "be":
        # not a copula: "the blast was the size of the one in X in 1917"
        scope.append(verb)
        scope.extend(c for c in verb.children if c.dep_ == "dobj")
    return scope


def _place_of(pobj: Token, preps: frozenset[str], depth: int = 2) -> str | None:
    """The place a preposition's object names, itself or through its own place phrase ("in a
    stronghold in Beirut", "the port of Beirut")."""
    if pobj.ent_type_ in _PLACES:
        return entity_text(pobj)
    if pobj.pos_ == "PROPN" and not pobj.ent_type_ and plain(pobj.text) in known_places():
        return pobj.text  # a town the parser names no entity ("in Donetsk"): the gazetteer's
    for compound in pobj.children:  # "at a North Kensington tower block": the place the block is in
        if compound.dep_ == "compound" and compound.ent_type_ in _PLACES and compound.i < pobj.i:
            return entity_text(compound)
    if depth == 0:
        return None
    for prep in pobj.children:
        if prep.dep_ == "prep" and prep.lower_ in preps:
            for grand in prep.children:
                if grand.dep_ == "pobj":
                    found = _place_of(grand, preps, depth - 1)
                    if found:
                        return found
        elif prep.dep_ == "appos":  # "at Grenfell Tower, a block on an estate in north Kensington"
            found = _place_of(prep, preps, depth)
            if found:
                return found
    return None


def _where_and_when(head: Token, rules: RuleSet) -> tuple[str | None, str | None]:
    words = rules.background
    place_preps, time_preps = frozenset(words.place_preps), frozenset(words.time_preps)
    where: str | None = None
    when: str | None = None
    for token in _scope(head):
        for child in token.children:
            if child.dep_ == "prep":
                for pobj in (g for g in child.children if g.dep_ == "pobj"):
                    if where is None and child.lower_ in place_preps:
                        where = _place_of(pobj, place_preps)
                    if when is None and child.lower_ in time_preps and pobj.ent_type_ in _TIMES:
                        when = entity_text(pobj)
                    if when is None and child.lower_ in time_preps:
                        # a happening the date modifies: "went missing in a 2019 landslide"
                        dated = [g for g in pobj.children if g.dep_ in _DATE_MODIFIERS and g.ent_type_ == "DATE"]
                        when = entity_text(dated[0]) if dated else None
            elif when is None and child.dep_ in _DATE_MODIFIERS and child.ent_type_ == "DATE":
                when = entity_text(child)
    return where, when


def _measured(noun: Token, rules: RuleSet) -> bool:
    """ "a tenth of the strength", "10% of the strength", "three times the size": a comparison
    noun with a measure (``background.comparison_measures``, a number) beside or above it."""
    measures = frozenset(rules.background.comparison_measures)
    near = list(noun.children)
    node = noun
    for _ in range(3):
        if node.head.i == node.i:
            break
        node = node.head
        near.append(node)
    return any(t.like_num or t.lower_ in measures for t in near)


def _aside(head: Token, sent: Span, rules: RuleSet, where: str | None) -> tuple[str | None, str | None]:
    """Why the head is only beside the story, and the word that says so."""
    words = rules.background
    nouns, compare = frozenset(words.comparison_nouns), frozenset(words.comparison_words)
    sequence, verbs, intents = (
        frozenset(words.sequence_words),
        frozenset(words.sequence_verbs),
        frozenset(words.intent_verbs),
    )
    tried = next((c for c in head.children if c.dep_ == "amod" and c.lemma_.lower() in intents), None)
    if tried is not None:
        return "intent", tried.text  # "an attempted attack", "a planned strike": only tried or planned
    if (before := _set_before(head, rules)) is not None:
        return "sequence", before.text  # "shelled for three days before the strike": an earlier happening
    if (campaign := _of_a_campaign(head, sent, rules)) is not None:
        return "campaign", campaign.text  # "a siege marked by heavy bombardment": the siege's method
    node = head
    for _ in range(_STEPS):
        up = node.head
        if up.i == node.i or not sent.start <= up.i < sent.end:
            break
        if node.dep_ in ("pobj", "pcomp") and up.lower_ == "of" and up.head.lemma_.lower() in words.risk_nouns:
            return "intent", up.head.text  # "the danger of sinking", "at risk of collapse": only feared
        if node.dep_ == "pobj":
            # "the strength of the bomb", "like the bombing", "similar to the blast"
            if up.lower_ == "of" and up.head.lemma_.lower() in nouns and _measured(up.head, rules):
                return "comparison", up.head.text
            if up.lower_ in compare:
                return "comparison", up.text
            if up.dep_ == "prep" and up.head.lower_ in compare:
                return "comparison", up.head.text
            if up.lower_ in sequence and up.head.lemma_.lower() in verbs and where is not None:
                return "sequence", up.text
        if node.dep_ in ("relcl", "acl") and up.lemma_.lower() in nouns and _measured(up, rules):
            return "comparison", up.text
        if node.dep_ == "dobj" and up.pos_ == "VERB" and up.lemma_.lower() in words.comparison_verbs:
            return "comparison", up.text  # "surpassing the 103 killed during Hurricane X"
        if node.pos_ in _CLAUSE_HEADS:
            if node.dep_ == "advcl" and up.lemma_.lower() in verbs and where is not None:
                mark = next((c for c in node.children if c.dep_ == "mark" and c.lower_ in sequence), None)
                if mark is not None:
                    return "sequence", mark.text
            if node.dep_ == "xcomp" and up.lemma_.lower() in intents:
                return "intent", up.text
        node = up
    return None, None


#: Dependencies by which a method's words hang in a phrase describing a noun ("a siege marked by
#: starvation and heavy bombardment", "a war of drones").
_DESCRIBING = ("pobj", "pcomp", "prep", "agent", "acl", "conj")


def _of_a_campaign(head: Token, sent: Span, rules: RuleSet) -> Token | None:
    """The campaign noun (``background.campaign_nouns``) whose describing phrase holds the method
    headed by ``head``: the first noun above it through ``_DESCRIBING`` dependencies."""
    nouns = frozenset(rules.background.campaign_nouns)
    node = head
    for _ in range(_STEPS):
        up = node.head
        if up.i == node.i or not sent.start <= up.i < sent.end or node.dep_ not in _DESCRIBING:
            return None
        if up.pos_ in ("NOUN", "PROPN") and node.dep_ != "conj":
            return up if up.lemma_.lower() in nouns else None
        node = up
    return None


def _set_before(head: Token, rules: RuleSet) -> Token | None:
    """The word that sets the method headed by ``head`` before the story's own happening: a phrase
    "before the strike" of its verb, or a clause "before the air strike hit ..." (``background``:
    ``before_words``, ``story_nouns``, with "the")."""
    words, nouns = rules.background.before_words, rules.background.story_nouns
    verb = head
    if head.dep_ == "pobj" and head.head.dep_ in ("agent", "prep"):
        verb = head.head.head  # "shelled by artillery": the verb of the agent
    elif head.dep_ in ("nsubj", "nsubjpass", "dobj"):
        verb = head.head  # "artillery shelled the town before the ceasefire"
    if verb.i != head.i and verb.lower_ not in rules.methods.single_words:
        return None  # the clause tells another act of the weapon ("planes dropped leaflets before the raid")
    near = list(verb.children)
    for phrase in [c for c in near if c.dep_ == "prep" and c.lower_ not in words]:
        for obj in (o for o in phrase.children if o.dep_ == "pobj"):
            near += [c for c in obj.children if c.dep_ == "prep"]  # "for hours before the attack"
    for child in near:
        if child.lower_ in words and child.dep_ == "prep":
            objects = [o for o in child.children if o.dep_ == "pobj"]
        elif child.dep_ == "advcl":
            mark = next((m for m in child.children if m.dep_ == "mark" and m.lower_ in words), None)
            objects = [o for o in child.children if o.dep_ in ("nsubj", "nsubjpass")] if mark is not None else []
            child = mark if mark is not None else child
        else:
            continue
        for obj in objects:
            if obj.i != head.i and obj.lower_ in nouns and any(d.lower_ == "the" for d in obj.children):
                return child
    return None


def years_before(when: str, published: date | None) -> bool:
    """``when`` names years, all of them before the year ``published`` falls in ("2019" in a 2024
    story): a happening of another year, never the story's own."""
    years = {int(y) for y in _YEAR.findall(when)}
    return bool(years) and published is not None and max(years) < published.year


def read_setting(head: Token, sent: Span, rules: RuleSet, noun: Token | None = None) -> Setting:
    """Where and when ``sent`` sets the method or act headed by ``head``, and why it is aside.
    ``noun``: the noun a participle ``head`` describes when the parser hung it elsewhere ("the
    bomb dropped by X", a reduced relative clause): its setting counts too."""
    where, when = _where_and_when(head, rules)
    aside, cue = _aside(head, sent, rules, where)
    if noun is not None and noun.i != head.i:
        other = read_setting(noun, sent, rules)
        where, when = where or other.where, when or other.when
        if aside is None:
            aside, cue = other.aside, other.cue
    return Setting(where, when, aside, cue)
