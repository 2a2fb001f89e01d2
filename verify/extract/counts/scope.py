"""Counts, the scope of a figure: who is counted (a group) and where (a place the toll is limited to).

``group_of`` names the group of a people figure from its noun: "eight children" -> ``children``,
"four Syrian nationals" -> ``syrians``, "two Palestinians" -> ``palestinians``; everyone
(``figures.people.general``: people, victims, civilians ...) is None. ``where_of`` reads the places a
figure is limited to: "in Turkey", "Syria's death toll", "the Turkish toll", "across Turkey and
Syria" (both, sorted, joined by "+").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from ...rules import RuleSet
from ..sources import speaker_of
from .figures import Figure

_PLACE_PREPS = {"in", "across", "inside", "throughout", "within"}


def group_of(figure: Figure, rules: RuleSet) -> str | None:
    noun = figure.noun
    if noun is None and figure.node.dep_ == "nsubj" and figure.node.head.pos_ == "NOUN":
        noun = figure.node.head  # "eight of them children"
    if noun is None:
        return None
    low, lemma = noun.lower_, noun.lemma_.lower()
    compound = " ".join([t.lower_ for t in noun.lefts if t.dep_ == "compound"] + [low])
    for word in (compound, low, lemma):
        if word in rules.figures.groups:
            return rules.figures.groups[word]
    if low in rules.figures.general or lemma in rules.figures.general:
        return None
    if low in rules.figures.nationality_nouns:
        adjs = [t for t in noun.lefts if t.dep_ in ("amod", "compound") and (t.ent_type_ == "NORP" or t.is_title)]
        if adjs:
            return adjs[-1].lower_ + "s" if not adjs[-1].lower_.endswith("s") else adjs[-1].lower_
        return None
    if noun.ent_type_ == "NORP" or noun.tag_ == "NNPS":
        return low
    return None


def _places_under(token: Token) -> list[str]:
    """GPE/LOC names in a prepositional phrase headed by ``token`` (conjuncts included), or the
    place its noun belongs to: "in Syria's northwest", "in the government-held parts of Syria",
    "across ten Turkish provinces"."""
    out = []
    for obj in token.children:
        if obj.dep_ != "pobj":
            continue
        for t in [obj, *[c for c in obj.subtree if c.dep_ == "conj"]]:
            out += _places_of_noun(t)
    return out


def _places_of_noun(noun: Token, depth: int = 0) -> list[str]:
    if noun.ent_type_ in ("GPE", "LOC"):
        return [_entity_text(noun)]
    out = []
    for g in noun.children:
        if g.dep_ == "poss" and g.ent_type_ in ("GPE", "LOC"):
            out.append(_entity_text(g))
        elif g.dep_ in ("amod", "compound") and g.ent_type_ in ("GPE", "NORP") and g.i < noun.i:
            out.append(g.text)
        elif g.dep_ == "prep" and g.lower_ == "of" and depth < 2:
            for obj in (c for c in g.children if c.dep_ == "pobj"):
                out += _places_of_noun(obj, depth + 1)
    return out


def _entity_text(token: Token) -> str:
    doc = token.doc
    start = token.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = token.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[start:end].text.removeprefix("the ").strip()


def where_of(figure: Figure, sent: Span, rules: RuleSet) -> tuple[str | None, str | None]:
    """The places a figure is limited to, as countries where the rules' demonyms name them, and,
    apart, the country of the body that gives it.

    The first is read from the figure's phrase and the verbs above it: "in Turkey", "across Turkey
    and Syria", "Syria's death toll", "the Turkish toll", a place that is the subject ("Turkey lost
    38,044 people", "Turkey alone counted ..."). What harms is no scope: "an Israeli airstrike
    killed 300", "Israel's bombardment has killed 3,000", "Israel bombed the hospital, killing
    hundreds" name who struck, not where the dead are counted. The second is the country owning the
    body a reporting verb gives the figure on ("Turkey's disaster agency said 2,921 died", "US
    intelligence puts the toll at 100 to 300"): a domestic body's count is its country's, a foreign
    body's estimate is not, and only the event as a whole can tell them apart (the compare stage
    trusts it when the event's figures are split by that country elsewhere)."""
    node = figure.noun or figure.node
    places: list[str] = []
    here = node
    hops = 0
    while True:
        for child in here.children:
            if child.dep_ == "prep" and child.lower_ in _PLACE_PREPS:
                places += _places_under(child)
            if child.dep_ == "poss" and child.ent_type_ in ("GPE", "LOC"):
                places.append(_entity_text(child))
            if (
                child.dep_ in ("amod", "compound", "nmod")
                and child.ent_type_ in ("GPE", "NORP")
                and here.lower_ in ("toll", "death", "deaths", "number", "figure", "count")
            ):
                places.append(child.text)
        if here.pos_ in ("VERB", "AUX") and hops > 0 and not _harms(here, rules) and not _reports(here, rules):
            for child in here.children:
                if (
                    child.dep_ in ("nsubj", "nsubjpass")
                    and child.i != node.i
                    and child.lemma_.lower() not in rules.methods.single_words
                ):
                    places += _places_of_subject(child)
        if here.head.i == here.i or hops >= 4 or here.dep_ in ("ccomp", "advcl", "relcl") and hops > 0:
            break
        here = here.head
        hops += 1
    if not places:
        places = _fronted_places(sent)
    said = [] if places else _places_of_speaker(figure, sent, rules)
    return _countries(places, rules), _countries(said, rules)


def _countries(places: list[str], rules: RuleSet) -> str | None:
    countries = sorted({rules.countries.get(p.lower(), p) for p in places if p})
    return "+".join(countries) if countries else None


def _reports(verb: Token, rules: RuleSet) -> bool:
    """A reporting or giving verb ("said", "confirmed", "puts", "gave"; ``sourcing.cue_verbs`` and
    ``sourcing.giving_verbs``): its subject is who gives the figure."""
    words = {verb.lower_, verb.lemma_.lower()}
    return bool(words & set(rules.sourcing.cue_verbs) or words & set(rules.sourcing.giving_verbs))


def _fronted_places(sent: Span) -> list[str]:
    """ "In Turkey, the vice president reported that 284 were dead": a place the sentence opens
    with, set before its main verb, scopes every figure in it."""
    root = sent.root
    for child in root.children:
        if (
            child.dep_ == "prep"
            and child.lower_ in ("in", "across", "inside")
            and child.i < root.i
            and not any(t.is_alpha for t in sent.doc[sent.start : child.left_edge.i])
        ):
            return _places_under(child)
    return []


def _harms(verb: Token, rules: RuleSet) -> bool:
    """A verb of harm ("killed", "bombed"): its subject is who or what struck."""
    lemma = verb.lemma_.lower()
    roles, harm = rules.figures.role_words, {rules.counts.killed, rules.counts.injured} - {None}
    return (
        lemma in rules.methods.single_words
        or verb.lower_ in rules.methods.single_words
        or roles.get(lemma) in harm
        or roles.get(verb.lower_) in harm
    )


def _places_of_subject(subject: Token) -> list[str]:
    """The places a subject names: itself ("Turkey lost ..."), its owner ("Turkey's toll"), its
    adjective ("the Turkish toll", "Syrian state media") or its "in" phrase."""
    out = []
    if subject.ent_type_ in ("GPE", "LOC"):
        out.append(_entity_text(subject))
    for g in subject.children:
        if g.dep_ == "poss" and g.ent_type_ in ("GPE", "LOC"):
            out.append(_entity_text(g))
        if g.dep_ in ("amod", "compound") and g.ent_type_ in ("GPE", "NORP"):
            out.append(g.text)
        if g.dep_ == "prep" and g.lower_ in _PLACE_PREPS:
            out += _places_under(g)
        if g.dep_ == "prep" and g.lower_ in ("from", "of"):  # "the toll from the quakes in Turkey and Syria"
            for what in (c for c in g.children if c.dep_ == "pobj"):
                for gg in what.children:
                    if gg.dep_ == "prep" and gg.lower_ in _PLACE_PREPS:
                        out += _places_under(gg)
    return out


def _places_of_speaker(figure: Figure, sent: Span, rules: RuleSet) -> list[str]:
    """The country of whoever the sentence says gave the figure: the subject of a reporting verb
    above it ("Turkey's disaster agency said", "Syrian state media reported", "US intelligence puts
    the toll at"), else the body the sentence gives it "according to"."""
    speaker = speaker_of(figure.noun or figure.node, sent, rules)
    if speaker is not None:
        return _places_of_subject(speaker)
    for token in sent:  # "according to Turkey's disaster agency, ..."
        if token.lower_ == "according":
            for to in (c for c in token.children if c.lower_ == "to"):
                for body in (c for c in to.children if c.dep_ == "pobj"):
                    found = _places_of_subject(body)
                    if found:
                        return found
    return []
