"""Counts, the scope of a figure: who is counted (a group) and where (a place the toll is limited to).

``group_of`` names the group of a people figure from its noun: "eight children" -> ``children``,
"four Syrian nationals" -> ``syrians``, "two Palestinians" -> ``palestinians``; everyone
(``figures.people.general``: people, victims, civilians ...) is None. ``where_of`` reads the places a
figure is limited to: "in Turkey", "Syria's death toll", "the Turkish toll", "across Turkey and
Syria" (both, sorted, joined by "+").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Span, Token

from ...rules import RuleSet
from ...text.places import country_or_state, known_places
from ...text.spelling import plain
from ..sources import speaker_of
from .figures import Figure, one_listed_before, shared_nouns, subject_unit
from .roles import verb_of

_PLACE_PREPS = {"in", "across", "inside", "throughout", "within"}
_WHOLE = {"whole", "all", "entirety"}


def group_of(figure: Figure, rules: RuleSet) -> str | None:
    noun = figure.noun if figure.noun is not None else figure.elided
    if noun is None and figure.node.dep_ == "nsubj" and figure.node.head.pos_ == "NOUN":
        noun = figure.node.head  # "eight of them children"
    if noun is None:
        # "one citizen of Norway and two from Chile were injured": a bare figure "from" a country
        # counts that country's people
        return _country_of(figure.node) if figure.kind == "people" else None
    if mixed_nouns(noun, rules):
        return None  # "killed 19 staff and patients": one number for both, everyone's figure
    return group_of_noun(noun, rules)


def mixed_nouns(noun: Token, rules: RuleSet) -> bool:
    """One number counts ``noun`` and people of another kind joined to it with no number of their
    own ("19 staff and patients"): the figure is everyone's, of no one group or unit."""
    group, unit = group_of_noun(noun, rules), subject_unit(noun, rules)
    for other in shared_nouns(noun):
        other_group, other_unit = group_of_noun(other, rules), subject_unit(other, rules)
        if (other_group is not None or other_unit is not None) and (other_group, other_unit) != (group, unit):
            return True
    return False


def _country_of(token: Token, preps: tuple[str, ...] = ("of", "from"), countries_only: bool = False) -> str | None:
    """The country whose people ``token`` is said to be "of" or "from" ("citizens of Chile",
    "two from Chile"): its name, lower case, as a group; None when no country is named so.
    ``countries_only`` keeps a town or region out ("pilgrims from Chile", not "people from Springfield")."""
    for prep in token.children:
        if prep.dep_ == "prep" and prep.lower_ in preps:
            for whole in prep.children:
                if whole.dep_ != "pobj":
                    continue
                ent = next((e for e in whole.doc.ents if e.start <= whole.i < e.end), None)
                name = (ent.text if ent is not None else whole.text).removeprefix("the ")
                if countries_only:
                    # a country's name tells itself, whatever the tagger made of it ("Mali" as a person)
                    if country_or_state(name) or country_or_state(whole.text):
                        return (name if country_or_state(name) else whole.text).lower()
                elif whole.ent_type_ == "GPE":
                    return name.lower()
    return None


def group_of_noun(noun: Token, rules: RuleSet) -> str | None:
    """The group of ``figures.groups`` (or an owned one, a nationality) a people noun names."""
    low, lemma = noun.lower_, noun.lemma_.lower()
    if any(t.dep_ == "advmod" and t.lower_ in rules.figures.people.mostly for t in noun.lefts):
        return None  # "nearly 100, mostly firefighters": most of them, so the figure is everyone's
    compound = [t.lower_ for t in noun.lefts if t.dep_ == "compound"] + [low]
    modified = [t.lower_ for t in noun.lefts if t.dep_ in ("compound", "amod")] + [low]  # "foreign nationals"
    # the longest last words listed: "US service members" are service members, as "service members" are
    tails = [" ".join(words[k:]) for words in (compound, modified) for k in range(len(words) - 1)]
    for word in (*tails, low, lemma):
        if word in rules.figures.groups:
            group = rules.figures.groups[word]
            people = rules.figures.people
            owned = group in people.own_groups and _owned(noun, rules)
            return f"own_{group}" if owned else group
    people = rules.figures.people
    if (low in people.own_staff or lemma in people.own_staff) and "staff" in people.own_groups and _owned(noun, rules):
        return "own_staff"  # "eight of its workers": the company's own
    if low in rules.figures.general or lemma in rules.figures.general:
        # "3 pilgrims from Senegal" counts that country's people, as "three Senegalese" does: a
        # country's share of a toll told country by country, never the toll
        from_country = _country_of(noun, ("from",), countries_only=True)
        return from_country or _nationality_of(noun) or _group_of_whole(noun, rules) or _group_before(noun, rules)
    if low in rules.figures.nationality_nouns:
        adjs = [t for t in noun.lefts if t.dep_ in ("amod", "compound") and (t.ent_type_ == "NORP" or t.is_title)]
        if adjs:
            return _people_of(adjs[-1].lower_)
        return _country_of(noun)  # "two citizens of Chile"
    if noun.ent_type_ == "NORP" or noun.tag_ == "NNPS":
        return _people_of(low)  # "one Egyptian" counts the egyptians, as "three Syrians"
    return None


def _nationality_of(noun: Token) -> str | None:
    """The people a nationality word before a general noun names ("35 Tunisian pilgrims" ->
    tunisians, as "35 Tunisians" is), when it is the noun's own modifier; else None."""
    adjs = [t for t in noun.lefts if t.dep_ in ("amod", "compound") and t.ent_type_ == "NORP"]
    if not adjs:
        return None
    return _people_of(adjs[-1].lower_)


def _people_of(word: str) -> str:
    """A people's name as a group, in the plural: "egyptian" -> "egyptians"; a name that is its own
    plural stays ("chinese", "swiss", "british", "french")."""
    return word if word.endswith(("s", "ese", "sh", "ch")) else word + "s"


def _owned(noun: Token, rules: RuleSet) -> bool:
    """A noun a possessive pronoun owns (``figures.people.own``): "its nurses", "our crew"."""
    if one_listed_before(noun, rules.figures.beside_owners) is not None:
        return False  # "the captain and 14 of his crew": the captain's people, not the speaker's
    return any(t.dep_ == "poss" and t.lower_ in rules.figures.people.own for t in noun.children)


def _group_of_whole(noun: Token, rules: RuleSet) -> str | None:
    """The group of the whole a general noun is "of" ("members of the security forces", "people
    among the police"), when the rules name it; else None (everyone)."""
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ in ("of", "among"):
            for whole in (c for c in prep.children if c.dep_ == "pobj"):
                compound = " ".join([t.lower_ for t in whole.lefts if t.dep_ in ("compound", "amod")] + [whole.lower_])
                for word in (compound, whole.lower_, whole.lemma_.lower()):
                    if word in rules.figures.groups:
                        return rules.figures.groups[word]
                if (named := _named_group(whole, rules)) is not None:
                    return named
    return None


def _group_before(noun: Token, rules: RuleSet) -> str | None:
    """The group a name before a general noun names ("32 IRGC members", "two Basij volunteers"):
    the members of that body; None when the name is no group's."""
    for mod in noun.lefts:
        if mod.dep_ == "compound" and mod.pos_ == "PROPN" and (named := _named_group(mod, rules)) is not None:
            return named
    return None


def _named_group(whole: Token, rules: RuleSet) -> str | None:
    """The group a body's name ends in, read over its whole phrase, whatever the parse hung each
    word on ("the Islamic Revolutionary Guard Corps": "revolutionary guard corps"; "Iran’s elite
    Revolutionary Guards"): its longest last words the rules list."""
    words = [
        t.lower_
        for t in whole.doc[whole.left_edge.i : whole.i + 1]
        if t.dep_ not in ("det", "poss", "case", "punct") and not t.is_punct
    ]
    for k in range(len(words)):
        if (phrase := " ".join(words[k:])) in rules.figures.groups:
            return rules.figures.groups[phrase]
    return None


_LIST_JOINS = {",", "and", "&", "/"}


def _coordinated(token: Token) -> list[Token]:
    """The place ``token`` and the places written in a list with it, whatever the parse made of the
    list: "Turkey and neighboring Syria", "Turkey, Syria toll", "southeastern Turkey and northern
    Syria" (a join, then at most one modifier, then a place; the small model often hangs the second
    place on another word)."""
    doc = token.doc
    kinds = ("GPE", "LOC", "NORP") if token.ent_type_ == "NORP" else ("GPE", "LOC")
    out = [token]
    for step in (1, -1):
        i = token.i
        while True:
            j = i + step
            # skip to the edge of the place's own name ("New York")
            while 0 <= j < len(doc) and doc[j].ent_iob_ == "I" and step == 1:
                j += 1
            if not (0 <= j < len(doc)) or doc[j].lower_ not in _LIST_JOINS:
                break
            k = j + step
            if 0 <= k < len(doc) and doc[k].ent_type_ not in kinds and doc[k].pos_ in ("ADJ", "VERB"):
                k += step  # "and neighboring Syria", "and northern Syria"
            if not (0 <= k < len(doc)) or doc[k].ent_type_ not in kinds:
                break
            out.append(doc[k])
            i = k
    return out


def _names(token: Token) -> list[str]:
    """The place ``token`` names, with the places listed beside it (``_coordinated``)."""
    names = [_entity_text(t) if t.ent_type_ in ("GPE", "LOC") else t.text for t in _coordinated(token)]
    return [n for name in names for n in _unshared(name)]


def _unshared(name: str) -> list[str]:
    """The places a name joining two that share their last words stands for ("North and South
    Carolina": North Carolina, South Carolina), when the gazetteer knows both; else the name."""
    if found := re.fullmatch(r"(\w+) and (\w+) (.+)", name):
        first, second, shared = found.groups()
        both = [f"{first} {shared}", f"{second} {shared}"]
        if all(plain(b) in known_places() for b in both):
            return both
    return [name]


def _scopes(prep: Token) -> bool:
    """A preposition that limits a figure to a place: "in Turkey", "across Syria", and "for" the
    whole of one ("for the whole of Syria", "for all of Syria"; "aid for Syria" is no scope)."""
    if prep.lower_ in _PLACE_PREPS:
        return True
    return prep.lower_ == "for" and any(c.dep_ == "pobj" and c.lower_ in _WHOLE for c in prep.children)


def _places_under(token: Token, rules: RuleSet | None = None) -> list[str]:
    """GPE/LOC names in a prepositional phrase headed by ``token`` (conjuncts included), or the
    place its noun belongs to: "in Syria's northwest", "in the government-held parts of Syria",
    "across ten Turkish provinces"."""
    out = []
    for obj in token.children:
        if obj.dep_ != "pobj":
            continue
        if rules is not None and (divisions := _named_divisions(obj, rules)):
            out += divisions
            continue
        for t in [obj, *[c for c in obj.subtree if c.dep_ == "conj"]]:
            out += _places_of_noun(t, 0, rules)
    return out


def _named_divisions(noun: Token, rules: RuleSet) -> list[str]:
    """The places a plural division noun names with the names before it: "in Tarrow and Bessel
    counties" (Tarrow County, Bessel County), two places, never the last name alone."""
    if noun.tag_ not in ("NNS", "NNPS") or noun.lemma_.lower() not in rules.figures.areas.divisions:
        return []
    first = [c for c in noun.children if c.dep_ in ("nmod", "compound", "amod") and c.i < noun.i and c.pos_ == "PROPN"]
    names = [t for f in first for t in (f, *f.conjuncts) if t.pos_ == "PROPN"]
    if len(names) < 2:
        return []
    kind = noun.lemma_.lower().title()
    return [f"{t.text} {kind}" for t in sorted(names, key=lambda t: t.i)]


def _gazetteer_town(token: Token) -> bool:
    """A one-word town the parser names no place, or takes for a person ("the toll from Palu"),
    that the gazetteer knows: a place where a preposition of place scopes a figure to it."""
    one_word = token.ent_iob_ != "I" and not (token.i + 1 < len(token.doc) and token.doc[token.i + 1].ent_iob_ == "I")
    return (
        token.pos_ == "PROPN" and token.ent_type_ in ("", "PERSON") and one_word and plain(token.text) in known_places()
    )


def _town(token: Token) -> bool:
    return token.ent_type_ in ("GPE", "LOC") or _gazetteer_town(token)


def _listed_with_places(token: Token) -> bool:
    """A proper name the parser names no place, at the head of a list of figures each told with its
    own place ("killed in landslides in Idukki, five in Malappuram, two in Kannur"): a place like
    theirs, the first of the list."""
    if token.pos_ != "PROPN" or token.ent_type_ in ("PERSON", "DATE", "TIME", "NORP"):
        return False
    listed = [c for c in token.children if c.dep_ in ("appos", "conj") and c.like_num and c.i > token.i]
    return bool(listed) and all(
        any(
            p.dep_ == "prep"
            and p.lower_ in ("in", "at")
            and any(_places_of_noun(o) for o in p.children if o.dep_ == "pobj")
            for p in n.children
        )
        for n in listed
    )


def _places_of_noun(noun: Token, depth: int = 0, rules: RuleSet | None = None) -> list[str]:
    if noun.ent_type_ in ("GPE", "LOC"):
        return _names(noun)
    if _gazetteer_town(noun) or _listed_with_places(noun):
        return [noun.text]
    out = []
    for g in noun.children:
        if g.dep_ == "poss" and g.ent_type_ in ("GPE", "LOC"):
            out += _names(g)
        elif g.dep_ in ("amod", "compound") and g.ent_type_ in ("GPE", "NORP") and g.i < noun.i:
            if rules is not None and _is_happening(noun, rules):
                continue  # "killed in Israeli strikes": who struck, not where the dead are counted
            if _ranked(noun):
                continue  # "the toll in the deadliest U.S. fire": the class it ranks in, no place of the dead
            out += _names(g)
        elif g.dep_ == "prep" and g.lower_ == "of" and depth < 2:
            for obj in (c for c in g.children if c.dep_ == "pobj"):
                if _named_by_kind(noun, obj, rules):
                    # "the region of Castilla-La Mancha", "the town of Letur": a kind of place names
                    # its name as a place, whatever the parser took it for (an organisation, a person)
                    out.append(_entity_text(obj) if obj.ent_iob_ in ("B", "I") else obj.text)
                    continue
                out += _places_of_noun(obj, depth + 1, rules)
    return out


def _named_place(token: Token, rules: RuleSet) -> list[str]:
    """The place a proper name stands for: one the parser or the gazetteer knows, or one a kind of
    place is "of" ("the region of Castilla-La Mancha"); none for other names."""
    if token.pos_ != "PROPN":
        return []
    if _town(token):
        return _names(token)
    of = token.head if token.dep_ == "pobj" and token.head.lower_ == "of" else None
    if of is not None and of.head.i != of.i and _named_by_kind(of.head, token, rules):
        return [_entity_text(token) if token.ent_iob_ in ("B", "I") else token.text]
    return []


def _named_by_kind(noun: Token, obj: Token, rules: RuleSet | None) -> bool:
    """``obj`` is a proper name that ``noun``, a kind of place (``figures.scopes.levels``,
    ``figures.areas.divisions``: "region", "province", "town"), is "of"."""
    if rules is None or obj.pos_ != "PROPN" or obj.ent_type_ in ("DATE", "TIME", "CARDINAL", "NORP"):
        return False
    kind = noun.lemma_.lower()
    return kind in rules.figures.areas.divisions or kind in rules.figures.scopes.level_of_noun


_TOLL_NOUNS = ("toll", "death", "deaths", "number", "figure", "count", "tally")


def _ranked(noun: Token) -> bool:
    """A noun ranked by a superlative ("the deadliest U.S. wildfire", "the most lethal Japanese
    quake"): its place or nationality word names the class it ranks among, not a place."""
    return any(
        c.dep_ == "amod" and (c.tag_ in ("JJS", "RBS") or any(a.tag_ == "RBS" for a in c.children))
        for c in noun.children
    )


def _compound_places(modifier: Token, depth: int = 0) -> list[str]:
    """The places a toll noun's modifier names, down its own modifiers: "the Turkish toll", "Turkey,
    Syria toll", "Turkey and Syria earthquake death toll"."""
    if modifier.ent_type_ in ("GPE", "NORP", "LOC"):
        return _names(modifier)
    if not modifier.ent_type_ and country_or_state(modifier.text):
        return [modifier.text]  # "Mozambique government", the tagger making the country an adjective
    if depth >= 3 or modifier.dep_ not in ("compound", "nmod"):
        return []
    out = []
    for g in modifier.children:
        if g.dep_ in ("compound", "amod", "nmod") and g.i < modifier.i:
            out += _compound_places(g, depth + 1)
    return out


def _is_happening(noun: Token, rules: RuleSet) -> bool:
    """A noun that names a happening or a method ("strikes", "bombing", "earthquake")."""
    return noun.lemma_.lower() in rules.happening_words


def _entity_text(token: Token) -> str:
    doc = token.doc
    start = token.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = token.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    # ("North Carolina's overall death toll": the state, not its possessive ending)
    return re.sub(r"['’]s?$", "", doc[start:end].text.removeprefix("the ").strip())


def area_of(figure: Figure, sent: Span, rules: RuleSet) -> str | None:
    """The area of control a figure is limited to, from the place phrases of its noun and verb
    ("at least 700 people were killed in the rebel-held northwest": ``rebel``); None for none, or
    for both sides at once ("government- and rebel-held parts of Syria"). A figure widened to the
    whole country by its verb's or its toll's own words ("Nationally, 41 people have died", "the
    national toll stands at 64", "killed 140 people across the country") has that extent instead
    (``figures.areas.extents``)."""
    areas = rules.figures.areas
    if areas.pattern is None and areas.extent_pattern is None:
        return None
    node = figure.noun or figure.node
    here, hops = node, 0
    phrases: list[Span] = []
    widening: list[Span] = []  # the figure's verbs' and toll's own modifiers ("nationally", "national")
    while True:
        # the figure's own verb ("1,089 injured in areas under government control") is read too
        described = [c for c in here.children if c.dep_ == "acl" and c.pos_ == "VERB"] if hops == 0 else []
        # ... and the toll that is the verb's subject ("the death toll in government areas put at 1,414")
        described += [c for c in here.children if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in _TOLL_NOUNS]
        # ... or its object, the figure being what the toll was brought to ("bringing the nationwide
        # death toll to 19")
        if hops > 0:
            described += [c for c in here.children if c.dep_ == "dobj" and c.lower_ in _TOLL_NOUNS]
        for child in [*here.children, *shared_modifiers(here), *(g for v in described for g in v.children)]:
            if child.dep_ == "prep" and child.lower_ in _PLACE_PREPS and not _after_a_part(node, child):
                phrases.append(node.doc[child.left_edge.i : child.right_edge.i + 1])
            elif child.dep_ in ("advmod", "amod", "npadvmod", "compound"):
                widening.append(node.doc[child.left_edge.i : child.right_edge.i + 1])
        widening += [node.doc[v.left_edge.i : v.i + 1] for v in described if v.lower_ in _TOLL_NOUNS]
        if here.head.i == here.i or hops >= 4 or here.dep_ in ("ccomp", "advcl", "relcl") and hops > 0:
            break
        here, hops = here.head, hops + 1
    for phrase in [*phrases, *widening]:
        if (extent := areas.extent_in(phrase.text)) is not None:
            return extent
    if areas.pattern is None:
        return None
    for phrase in phrases:
        text = phrase.text
        if re.search(r"\b[a-z]+\s*-\s+(?:and|or)\s+[a-z]+\s*-\s*[a-z]+", text, re.IGNORECASE):
            return None  # "government- and rebel-held": the whole
        sides = areas.sides_in(text)
        if len(sides) == 1:
            return sides.pop()
        if sides:
            return None
    return None


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
    if figure.gapped:  # "... and Syria 3,688": the place it is written after
        return _countries([_entity_text(figure.node.head)], rules), None
    node = figure.noun or figure.node
    places: list[str] = []
    if node.dep_ == "appos" and node.i > node.head.i and (named := _named_place(node.head, rules)):
        # "the region of Castilla-La Mancha (2 deaths)": a figure set beside a place is that place's
        return _countries(named, rules), None
    here = node
    hops = 0
    while True:
        for child in [*here.children, *shared_modifiers(here), *(_relative_harm(here, rules) if hops == 0 else ())]:
            if (
                child.dep_ == "prep"
                and _scopes(child)
                and not _after_a_part(node, child)
                and not _after_a_conjunct(node, child)
            ):
                places += _places_under(child, rules)
            if child.dep_ == "prep" and child.lower_ == "from" and here.lower_ in _TOLL_NOUNS:
                # "the death toll from Palu": the town itself, not "from Indonesia's quake"
                places += [n for o in child.children if o.dep_ == "pobj" and _town(o) for n in _places_of_noun(o)]
            if child.dep_ == "poss" and child.ent_type_ in ("GPE", "LOC"):
                places += _names(child)
            if (
                hops == 0
                and child.dep_ == "prep"
                and child.lower_ == "of"
                and here.lower_ not in rules.figures.nationality_nouns
            ):
                # "1,000 residents of Pell County" (never "two citizens of Chile": their country,
                # not where they were hurt; nor "four members of Iran's elite Guard Corps": the
                # owner of what they are members of)
                places += [
                    n
                    for o in child.children
                    if o.dep_ == "pobj"
                    and o.ent_type_ in ("GPE", "LOC")
                    and not any(c.dep_ == "case" for c in o.children)
                    for n in _names(o)
                ]
            if child.dep_ in ("amod", "compound", "nmod") and here.lower_ in _TOLL_NOUNS:
                places += _compound_places(child)
            if hops == 0 and child.dep_ == "amod" and child.i > here.i:
                # "leaving 50 people dead in Dalmora": the place of the state the noun is left in
                places += [
                    p for g in child.children if g.dep_ == "prep" and _scopes(g) for p in _places_under(g, rules)
                ]
        if here.pos_ in ("VERB", "AUX") and hops > 0 and not _harms(here, rules) and not reports(here, rules):
            for child in here.children:
                if (
                    child.dep_ in ("nsubj", "nsubjpass")
                    and child.i != node.i
                    # ("Three Lebanese nationals, three Syrians ... are among the missing": the
                    # figure's own list, whose people are not a place)
                    and node.i not in {t.i for t in child.conjuncts}
                    and child.lemma_.lower() not in rules.methods.single_words
                    and not _dateline(child)
                ):
                    speaker = _speaking_country(child, here, rules)
                    places += [speaker] if speaker is not None else _places_of_subject(child)
        if not places and here.dep_ == "relcl" and any(c.lower_ == "where" for c in here.children):
            if here.head.ent_type_ in ("GPE", "LOC"):
                places += _names(here.head)  # "Pell County, where more than 60 people are confirmed dead"
        if hops == 0 and not places and (hung := _hung_after(figure)) is not None:
            places += _places_under(hung, rules)  # "killed 242 people in Mozambique and 259 in Zimbabwe"
        if here.head.i == here.i or hops >= 4 or here.dep_ in ("ccomp", "advcl", "relcl") and hops > 0:
            break
        if places and here.dep_ == "pcomp" and here.head.lower_ == "with":
            break  # "risen to 446 in Mozambique, with 259 dead in Zimbabwe": the with-clause's own place
        if places and (hops == 0 and here.dep_ in ("npadvmod", "appos") or here.dep_ == "conj"):
            # "19 people in Tamaria and four in Orsania", "killed eight in Florida, three in North
            # Carolina", "one died in Florida, and three were killed in Georgia": a listed figure's
            # or clause's own place, not the first one's too
            break
        here = here.head
        hops += 1
    if not places and hops > 0 and _brings_a_total(here, rules):
        # "confirmed 92 people killed across Iran, bringing the total to 133": the total is of the
        # place the clause it follows counts in
        places = _clause_places(here.head, rules)
    if not places:
        # a country that itself gives the figure counts its own, whatever place the sentence opens
        # with ("In Jamaica, 19 deaths were confirmed, while Haiti reports 30": Haiti's 30)
        places = (
            _country_giving(figure, sent, rules)
            or _fronted_places(sent)
            or _places_of_happening(node, rules)
            or _place_before(figure)
        )
    places = _intake_of(node, sent, rules) or places
    said = [] if places else _places_of_speaker(figure, sent, rules)
    if said and any(_own_division(o, rules) for o in _scoping_objects(figure)):
        # "88 people had died in the state", said by North Carolina's governor: that state
        places, said = said, []
    return _countries(places, rules), _countries(said, rules)


def _relative_harm(noun: Token, rules: RuleSet) -> list[Token]:
    """The modifiers of the verb of harm a relative clause tells of the counted people ("92 other
    people who have been killed by the authorities across Iran"): where they were harmed."""
    return [
        g
        for verb in noun.children
        if verb.dep_ == "relcl" and verb.i > noun.i and _harms(verb, rules)
        for g in verb.children
        if g.i > verb.i
    ]


def _brings_a_total(verb: Token, rules: RuleSet) -> bool:
    """A clause that follows on its head's and takes a total to the figure ("..., bringing the total
    to 133": a toll noun or one of ``counts.revisions.anaphora`` its object)."""
    tolls = {*_TOLL_NOUNS, *rules.counts.revisions.anaphora}
    return (
        verb.dep_ == "advcl"
        and verb.i > verb.head.i
        and verb.tag_ == "VBG"
        and any(c.dep_ == "dobj" and c.lemma_.lower() in tolls for c in verb.children)
    )


def _clause_places(verb: Token, rules: RuleSet) -> list[str]:
    """The places a clause's own place phrases, or those of its subject's or object's people, name
    ("confirmed 92 people who were killed across Iran": Iran)."""
    places: list[str] = []
    for child in verb.children:
        if child.dep_ == "prep" and _scopes(child):
            places += _places_under(child, rules)
        elif child.dep_ in ("dobj", "nsubj", "nsubjpass"):
            for g in [*child.children, *_relative_harm(child, rules)]:
                if g.dep_ == "prep" and _scopes(g):
                    places += _places_under(g, rules)
    return places


def _country_giving(figure: Figure, sent: Span, rules: RuleSet) -> list[str]:
    """A country or state that itself gives the figure ("South Carolina confirmed 25 deaths",
    "Georgia reported 17"): its own count. Not a body of it ("Chilean officials") nor what it says
    it did ("Russia said it had killed 300 soldiers")."""
    speaker = speaker_of(figure.noun or figure.node, sent, rules)
    if speaker is None or speaker.ent_type_ != "GPE" or not _object_of(figure, speaker.head):
        return []
    said = _places_of_subject(speaker)
    return said if said and all(country_or_state(p) for p in said) else []


def spans_of(figure: Figure, rules: RuleSet) -> str | None:
    """The places, counted but not named, a figure is limited to: "killed 97 people across six
    states", "deaths in several counties" (``figures.areas.divisions``, in the plural)."""
    for obj in _scoping_objects(figure):
        if obj.lemma_.lower() in rules.figures.areas.divisions and obj.tag_ in ("NNS", "NNPS"):
            if any(c.dep_ in ("nummod", "amod") for c in obj.children):
                return obj.doc[obj.left_edge.i : obj.i + 1].text
    return None


def level_of(figure: Figure, rules: RuleSet) -> tuple[str | None, str | None]:
    """The kind of place a figure's own words limit it to without a name the parser knows
    (``figures.scopes.levels``), and the name said with it, if any: "in the city" (city, None), "the
    city's death toll stood at four", "Statewide, 17 deaths", "in the city of Merrick" (city,
    Merrick). A place of another's ("in his county") or a kind with its own modifiers ("in the
    neighbouring county") is none."""
    scopes = rules.figures.scopes
    if not scopes.levels:
        return None, None
    for obj in _scoping_objects(figure):
        level = scopes.level_of_noun.get(obj.lower_)
        # one place of a kind ("in the city"), never several ("in the districts to the south")
        if level is None or obj.ent_type_ or obj.tag_ != "NN":
            continue
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in obj.children):
            continue
        named = [
            o.doc[o.left_edge.i : o.i + 1].text
            for p in obj.children
            if p.dep_ == "prep" and p.lower_ == "of"
            for o in p.children
            if o.dep_ == "pobj" and o.pos_ == "PROPN"
        ]
        if not named and any(c.dep_ in ("amod", "compound") for c in obj.children):
            continue  # (a kind described, unnamed, is no one place; "the coastal town of Susa" is Susa)
        return level, named[0] if named else None
    here, hops = figure.noun or figure.node, 0
    while True:
        for child in here.children:
            if child.lower_ not in scopes.level_of_noun and (level := scopes.level_of_word(child.lower_)) is not None:
                # "Statewide, at least 17 deaths have been blamed on the storm" (whatever the
                # parser makes of the word: "Countywide" may be read as the verb's subject)
                return level, None
            toll = child if child.dep_ in ("nsubj", "nsubjpass", "dobj") and child.lower_ in _TOLL_NOUNS else None
            for owner in toll.children if toll is not None else ():
                # "the city's death toll stood at four"
                if owner.dep_ == "poss" and not owner.ent_type_ and any(c.lower_ == "the" for c in owner.children):
                    if (level := scopes.level_of_noun.get(owner.lower_)) is not None:
                        return level, None
        if here.head.i == here.i or hops >= 4 or here.dep_ in ("ccomp", "advcl", "relcl", "conj") and hops > 0:
            return None, None
        here, hops = here.head, hops + 1


def _own_division(obj: Token, rules: RuleSet) -> bool:
    """A division named as the speaker's own or the one at hand: "in the state", "in his province"."""
    return (
        obj.lower_ in rules.figures.areas.divisions
        and not obj.ent_type_
        and any(c.dep_ in ("det", "poss") and c.lower_ in ("the", "his", "her", "its", "their") for c in obj.children)
        and not any(c.dep_ in ("amod", "compound", "prep") for c in obj.children)
    )


def _scoping_objects(figure: Figure) -> Iterator[Token]:
    """The objects of the place phrases ("in", "across") of a figure's noun and the verbs above it."""
    here, hops = figure.noun or figure.node, 0
    while True:
        for child in here.children:
            if child.dep_ == "prep" and _scopes(child):
                yield from (c for c in child.children if c.dep_ == "pobj")
        if here.head.i == here.i or hops >= 4 or here.dep_ in ("ccomp", "advcl", "relcl", "conj") and hops > 0:
            return
        here, hops = here.head, hops + 1


def _object_of(figure: Figure, verb: Token) -> bool:
    """The figure is what ``verb`` itself gives ("confirmed 25 deaths"), not a clause under it."""
    node = figure.noun or figure.node
    return node.head.i == verb.i or node.head.head.i == verb.i and node.head.dep_ in ("conj", "dobj")


def _places_of_happening(node: Token, rules: RuleSet) -> list[str]:
    """Where the happening that killed them struck, when the figure's verb names it: "killed by the
    earthquake in Turkey and Syria", "died in the earthquake that hit Turkey and Syria", or the
    clause the killing follows on ("the storm struck Greece, Turkey and Bulgaria, killing 27"). The
    toll of a happening told in several countries is the whole's. So is the toll of gatherings
    (``figures.scopes.gatherings``) it was taken during (``figures.scopes.during``): "killed over
    the last 18 days during protests in Iran"."""
    verb = verb_of(node.head)
    if not _harms(verb, rules):
        return []
    out: list[str] = []
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.i > verb.head.i:
        # "struck Greece and Turkey, killing 27": the places the verb it follows on hit
        for obj in (c for c in verb.head.children if c.dep_ == "dobj" and c.ent_type_ in ("GPE", "LOC")):
            out += [n for t in (obj, *obj.conjuncts) if t.ent_type_ in ("GPE", "LOC") for n in _names(t)]
    scopes = rules.figures.scopes
    preps = ("by", "in", "from", *scopes.during)
    for prep in (c for c in verb.children if c.dep_ in ("agent", "prep") and c.lower_ in preps):
        for noun in (
            c
            for c in prep.children
            if c.dep_ == "pobj" and (c.lemma_.lower() in rules.happening_words or c.lemma_.lower() in scopes.gatherings)
        ):
            for g in noun.children:
                if g.dep_ == "prep" and g.lower_ in _PLACE_PREPS:
                    out += _places_under(g, rules)
                elif g.dep_ == "relcl":  # "the earthquake that hit Turkey and Syria"
                    for obj in (c for c in g.children if c.dep_ == "dobj" and c.ent_type_ in ("GPE", "LOC")):
                        out += _names(obj)
    return out


def beyond_a_place(figure: Figure, rules: RuleSet) -> bool:
    """Whether a figure is counted beyond a place (``figures.scopes.outside``: "a further 170 killed
    outside of Derna", "outside the city") or elsewhere than the place told (``figures.scopes.elsewhere``:
    "170 more died elsewhere in the country"), on its noun or on the verb it is counted by: the rest
    of the event's area, a part of its toll. A building is no such place ("shot dead outside the
    mosque": where the toll happened)."""
    scopes = rules.figures.scopes
    node = figure.noun or figure.node
    verb = verb_of(node)
    for word in {t.i: t for t in (node, verb)}.values():
        for child in word.children:
            if child.lower_ in scopes.elsewhere and child.dep_ == "advmod":
                return True
            if child.lower_ not in scopes.outside or child.dep_ not in ("prep", "advmod"):
                continue
            preps = [child, *(g for g in child.children if g.dep_ == "prep" and g.lower_ == "of")]
            if any(_a_place(o, rules) for p in preps for o in p.children if o.dep_ == "pobj"):
                return True
    return False


def in_a_room(figure: Figure, rules: RuleSet) -> bool:
    """Whether a figure is counted in a room or a part of a building (``figures.scopes.rooms``:
    "Ten people were found dead in the refectory", "bodies recovered from the basement of the
    school"), on its noun, on the verb it is counted by or on that verb's complement ("found dead in
    ..."): one room's count, a part of the event's toll."""
    rooms = rules.figures.scopes.rooms
    node = figure.noun or figure.node
    verb = verb_of(node)
    holders = {t.i: t for t in (node, verb)}
    holders |= {c.i: c for c in verb.children if c.dep_ in ("oprd", "acomp", "xcomp") and c.pos_ != "VERB"}
    return any(
        o.lemma_.lower() in rooms or o.lower_ in rooms
        for word in holders.values()
        for p in word.children
        if p.dep_ == "prep" and p.lower_ in ("in", "inside", "from", "at")
        for o in p.children
        if o.dep_ == "pobj"
    )


def _a_place(token: Token, rules: RuleSet) -> bool:
    """A town, region or country by name (whatever label the parser gives here a one-word town the
    gazetteer knows, or one it labels a place elsewhere in the text: "Derna", an organisation in
    one sentence, a city in the next), or a kind of place ("the city", ``figures.scopes.levels``)."""
    if _town(token) or token.lower_ in rules.figures.scopes.level_of_noun:
        return True
    if token.pos_ != "PROPN":
        return False
    return plain(token.text) in known_places() or any(
        t.text == token.text and t.ent_type_ in ("GPE", "LOC") for t in token.doc
    )


def _place_before(figure: Figure) -> list[str]:
    """A place written just before the figure, as in a list of places and their tolls: "Turkey had
    17,674 confirmed dead and Syria 3,377"."""
    doc = figure.node.doc
    i = figure.node.i - 1
    while (
        i >= 0
        and doc[i].like_num is False
        and doc[i].lower_ in ("had", "has", "have", "with", ":", "counted", "recorded", "lost")
    ):
        i -= 1
    if i < figure.node.i - 2 or i < 0:
        return []
    return [_entity_text(doc[i])] if doc[i].ent_type_ in ("GPE", "LOC") and doc[i].pos_ == "PROPN" else []


def shared_modifiers(verb: Token) -> list[Token]:
    """The place phrases a verb shares with the verb coordinated after it, when it has none of its
    own: "700 people were killed and more than 2,000 injured in the rebel-held northwest"."""
    if verb.pos_ not in ("VERB", "AUX") or any(c.dep_ == "prep" and c.lower_ in _PLACE_PREPS for c in verb.children):
        return []
    out = []
    for conj in (c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"):
        if any(c.dep_ in ("aux", "auxpass") for c in conj.children) and any(
            c.dep_ in ("nsubj", "nsubjpass") for c in conj.children
        ):
            continue  # a clause of its own: "... confirmed 2,316 deaths, and 1,293 are reported in Syria"
        out += [c for c in conj.children if c.dep_ == "prep" and c.lower_ in _PLACE_PREPS and c.i > conj.i]
    return out


def _hung_after(figure: Figure) -> Token | None:
    """The place phrase written right after a figure joined to another, which the parse hung on the
    verb ("killed 242 people in Mozambique and 259 in Zimbabwe", "in Zimbabwe" on "killed"): the
    joined figure's own."""
    node, doc = figure.noun or figure.node, figure.node.doc
    if node.dep_ != "conj" or figure.last + 1 >= len(doc):
        return None
    after = doc[figure.last + 1]
    if after.dep_ == "prep" and _scopes(after) and after.head.pos_ in ("VERB", "AUX") and after.head.i != node.i:
        return after
    return None


def _after_a_conjunct(node: Token, prep: Token) -> bool:
    """A place phrase on the verb written right after a figure joined to this one ("killed 242
    people in Mozambique and 259 in Zimbabwe"): the joined figure's place (``_hung_after``), not this one's."""
    return prep.head.pos_ in ("VERB", "AUX") and any(
        c.right_edge.i == prep.i - 1 and c.i > node.i for c in node.conjuncts
    )


def _after_a_part(node: Token, prep: Token) -> bool:
    """A place phrase written after a part of the figure ("killed at least 45,513 people, at least
    39,672 of them in Turkey"): it is the part's place, not the total's."""
    between = node.doc[node.i + 1 : prep.i]
    return any(
        t.lower_ == "of" and t.head.i != node.i and t.nbor(1).lower_ in ("them", "whom", "those", "these")
        for t in between[:-1]
    )


def _countries(places: list[str], rules: RuleSet) -> str | None:
    countries = sorted({rules.countries.get(p.lower(), p) for p in places if p})
    return "+".join(countries) if countries else None


def reports(verb: Token, rules: RuleSet) -> bool:
    """A reporting or giving verb ("said", "confirmed", "puts", "gave"; ``sourcing.cue_verbs`` and
    ``sourcing.giving_verbs``): its subject is who gives the figure."""
    words = {verb.lower_, verb.lemma_.lower()}
    return bool(words & set(rules.sourcing.cue_verbs) or words & set(rules.sourcing.giving_verbs))


_DASHES = frozenset({"-", "--", "–", "—"})


def _dateline(subject: Token) -> bool:
    """A subject that is the page's dateline the parse hung on the verb ("Jakarta (VNA) – The death
    toll ... has risen to 2,045"): a name opening the sentence, then names, commas and brackets
    only, up to a dash of its own. Where the story was filed from scopes no figure."""
    if not subject.left_edge.is_sent_start or subject.left_edge.i != subject.i:
        return False
    dash = next((c for c in subject.children if c.text in _DASHES and c.i > subject.i), None)
    return dash is not None and all(t.pos_ in ("PROPN", "PUNCT") for t in subject.doc[subject.i + 1 : dash.i])


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


def _speaking_country(subject: Token, verb: Token, rules: RuleSet) -> str | None:
    """The country an "it" subject stands for when the verb's clause is what that country says
    ("Mali said it lost 305 people": Mali's own dead, a part of the toll others give, never a toll
    set against it); None when the speaker is no country's own name."""
    said = verb.head
    if subject.lower_ != "it" or verb.dep_ != "ccomp" or said.i == verb.i or not reports(said, rules):
        return None
    speaker = next((c for c in said.children if c.dep_ == "nsubj" and c.i < subject.i), None)
    if speaker is None or speaker.pos_ != "PROPN":
        return None
    name = " ".join(t.text for t in speaker.subtree if t.i == speaker.i or t.dep_ == "compound" and t.i < speaker.i)
    # (the gazetteer's word, not the tagger's alone: "Mali" is often tagged a person)
    return name if country_or_state(name) else None


def _places_of_subject(subject: Token) -> list[str]:
    """The places a subject names: itself ("Turkey lost ..."), its owner ("Turkey's toll"), its
    adjective ("the Turkish toll", "Syrian state media") or its "in" phrase."""
    out = []
    if subject.ent_type_ in ("GPE", "LOC"):
        out += _names(subject)
    for g in subject.children:
        if g.dep_ == "poss" and g.ent_type_ in ("GPE", "LOC"):
            out += _names(g)
        if g.dep_ in ("amod", "compound", "nmod") and (
            g.ent_type_ in ("GPE", "NORP")
            or subject.lower_ in _TOLL_NOUNS
            or not g.ent_type_
            and country_or_state(g.text)
        ):
            out += _compound_places(g)
        elif g.dep_ == "compound" and g.i < subject.i:
            out += _compound_places(g)  # "North Carolina Gov. Marcus Elling": the place before a title
        if g.dep_ == "prep" and g.lower_ in _PLACE_PREPS:
            out += _places_under(g)
        if g.dep_ == "prep" and g.lower_ == "of":
            # "the governor of Orrin": the place whose office gives the figure
            out += [n for c in g.children if c.dep_ == "pobj" and c.ent_type_ in ("GPE", "LOC") for n in _names(c)]
        if g.dep_ == "prep" and g.lower_ == "from" and subject.lower_ in _TOLL_NOUNS:
            # "the death toll from Palu had reached 420": the town itself
            out += [n for c in g.children if c.dep_ == "pobj" and _gazetteer_town(c) for n in _places_of_noun(c)]
        if g.dep_ == "prep" and g.lower_ in ("from", "of"):  # "the toll from the quakes in Turkey and Syria"
            for what in (c for c in g.children if c.dep_ == "pobj"):
                # ... and "the number of people killed in Turkey": the place of what befell them
                told = [v for v in what.children if v.dep_ == "acl" and v.pos_ == "VERB"]
                for gg in [*what.children, *(c for v in told for c in v.children)]:
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


def died_at(node: Token, rules: RuleSet) -> list[str]:
    """The place of care the dead ``node`` counts died at (``figures.intake.facilities``): "seven
    people died at the National Trauma Centre", "four died while receiving treatment at the Trauma
    Centre", "two more deaths were reported at Civil Hospital". Who was killed at a hospital
    ("killed at the hospital"), or died in a happening there ("died in the blast at St Brigid's
    Hospital"), counts the dead of what struck it, no share."""
    intake = rules.figures.intake
    verb = node.head
    if node.dep_ not in ("nsubj", "nsubjpass") or not (
        verb.lemma_.lower() in intake.died_verbs or node.lemma_.lower() in intake.death_nouns
    ):
        return []
    happening = rules.happening_words
    if any(
        o.lower_ in happening or o.lemma_.lower() in happening
        for p in verb.children
        if p.dep_ == "prep"
        for o in p.children
        if o.dep_ == "pobj"
    ):
        return []
    preps = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "at"]
    preps += [
        g for c in verb.children if c.dep_ == "advcl" for g in c.children if g.dep_ == "prep" and g.lower_ == "at"
    ]
    for prep in preps:
        for place in (o for o in prep.children if o.dep_ == "pobj" and o.lemma_.lower() in intake.facilities):
            return [
                " ".join(t.text for t in place.subtree if t.i <= place.i and t.dep_ not in ("det", "poss", "punct"))
            ]
    return []


def _intake_of(node: Token, sent: Span, rules: RuleSet) -> list[str]:
    """The hospital or morgue that took in the bodies ``node`` counts (``figures.intake``): the
    receiving verb's subject ("Karvel Central Hospital received 19 bodies"), or, for a pronoun, the
    place the speaker works "at" ("a pathologist at the city morgue said he received 21 bodies")."""
    intake = rules.figures.intake
    verb = node.head
    if node.dep_ != "dobj" or node.lemma_.lower() not in intake.nouns or verb.lemma_.lower() not in intake.verbs:
        return []
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.pos_ == "PRON":
        speaker = speaker_of(verb, sent, rules)
        # the speaker's own words or those of a title beside the name ("Dr Vasko, a pathologist at
        # the city morgue")
        said = [speaker, *(c for c in speaker.children if c.dep_ == "appos")] if speaker is not None else []
        at = [c for who in said for c in who.children if c.dep_ == "prep" and c.lower_ == "at"]
        subject = next((o for p in at for o in p.children if o.dep_ == "pobj"), None)
    if subject is None or subject.pos_ not in ("NOUN", "PROPN"):
        return []
    return [" ".join(t.text for t in subject.subtree if t.i <= subject.i and t.dep_ not in ("det", "poss", "punct"))]


_WITHIN_PREPS = {"in", "from", "of", "within", "to", "by", "during"}


def within_of(figure: Figure, rules: RuleSet) -> str | None:
    """The named happening a figure is limited to, when the sentence gives it to one: "12 people died
    in the Palisades fire", "the death toll of the Eaton fire rose to 18", "the Eaton Fire claimed
    the lives of 17", "missing within the Eaton Fire zone", "the Palisades Fire has grown to 21,317
    acres" -> "Palisades fire" / "Eaton fire". Two fires burning at once in one story are one
    event; each one's figure is its share, never a step of the whole's (the compare stage sets
    such figures on a timeline of their own when the event's figures name two or more)."""
    node = figure.noun or figure.node
    here, hops = node, 0
    while True:
        if hops > 0 and (name := _named_happening(here, rules)):
            return name  # "the Palisades Fire, burning 23,700 acres"
        # ("16 lives lost in the Eaton Fire": the phrase of the figure's own participle)
        own = [g for c in here.children if hops == 0 and c.dep_ == "acl" for g in c.children]
        for child in [*here.children, *_shared_subjects(here), *own]:
            if child.i == node.i:
                continue
            if child.dep_ == "prep" and child.lower_ in _WITHIN_PREPS:
                for obj in (c for c in child.children if c.dep_ == "pobj"):
                    if name := _named_happening(obj, rules) or _named_modifier(obj, rules):
                        return name  # "in the Palisades fire", "within the Eaton Fire zone"
            if child.dep_ in ("nsubj", "nsubjpass") and here.pos_ in ("VERB", "AUX") and hops > 0:
                for subject in (child, *(a for a in child.children if a.dep_ == "appos")):
                    if name := _named_happening(subject, rules):
                        return name  # "the Eaton Fire claimed the lives of 17", "The largest, the Palisades Fire, ..."

            if child.lower_ in _TOLL_NOUNS and child.dep_ in ("dobj", "nsubj", "nsubjpass", "attr"):
                if name := _named_modifier(child, rules) or _happening_of(child, rules):
                    return name  # "raised the death toll of the Eaton fire to 18"
        if here.dep_ == "relcl" and hops > 0:
            return _named_happening(here.head, rules)  # "the Palisades fire, which burned 23,000 acres"
        if here.head.i == here.i or hops >= 4 or here.dep_ in ("ccomp", "advcl", "conj") and hops > 0:
            return None
        here, hops = here.head, hops + 1


def _shared_subjects(verb: Token) -> list[Token]:
    """The subject a verb joined to another shares with it: "the Eaton Fire ... was 15 percent
    contained, and already burned 14,117 acres"."""
    if (
        verb.dep_ != "conj"
        or verb.pos_ not in ("VERB", "AUX")
        or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    ):
        return []
    head = verb.head
    if head.dep_ in ("acomp", "xcomp") and not any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children):
        head = head.head  # "... was only 11 percent contained and already burned 23,654 acres"
    return [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]


def _named_happening(token: Token, rules: RuleSet, names: list[Token] | None = None) -> str | None:
    """A happening word under a proper name of its own that names no country ("the Palisades
    Fire", "the Eaton fire"): the name, its noun in lower case; else None ("the fire", "Israeli
    strikes", "the Turkey earthquake"). ``names``: the name's words when the parse hangs them
    beside the happening word rather than on it ("the Quarry Fire zone", both on "zone")."""
    if token.lemma_.lower() not in rules.happening_words and token.lower_ not in rules.happening_words:
        return None
    if token.tag_ in ("NNS", "NNPS"):
        return None  # "the Los Angeles wildfires": all of them, no one happening's name
    if _ranked(token):
        return None  # "the deadliest U.S. wildfire": a rank among a class, no name
    if names is None:
        names = [c for c in token.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < token.i]
    if not names or any(country_or_state(c.text) or c.ent_type_ == "NORP" for c in names):
        return None
    first = min(c.left_edge.i for c in names)
    return " ".join([token.doc[first : token.i].text, token.lower_])


def _named_modifier(token: Token, rules: RuleSet) -> str | None:
    """A named happening among a noun's modifiers ("the Eaton Fire zone", "the Eaton fire death toll")."""
    compounds = [c for c in token.children if c.dep_ == "compound" and c.i < token.i]
    for c in compounds:
        beside = [b for b in compounds if b.i < c.i and b.pos_ == "PROPN"]
        if name := _named_happening(c, rules) or _named_modifier(c, rules) or _named_happening(c, rules, beside):
            return name
    return None


def _happening_of(noun: Token, rules: RuleSet) -> str | None:
    """A named happening a toll noun is "of" or "from" ("the death toll of the Eaton fire")."""
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("of", "from", "in")):
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            if name := _named_happening(obj, rules):
                return name
    return None
