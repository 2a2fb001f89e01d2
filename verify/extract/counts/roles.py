"""Counts, what a figure counts when no count word governs it directly.

* a toll named in the clause: "the death toll has risen to 64", "confirmed deaths stand at 30",
  "put the number killed at 113", "a toll of 31" (``figures.roles.*.tolls``);
* a role phrase in the figure's clause: "58 missing and presumed dead", "34 people still in hospital"
  (``figures.role_phrases``, regular expressions);
* a negated word that means a role: "seven people have still not been found" -> missing
  (``figures.roles.*.negated``);
* a thing: "24-storey", "40 fire engines", "151 homes destroyed" (``figures.things``; a thing with
  ``words`` needs one of them to govern the figure; an unlisted noun names itself when
  ``figures.other_things`` is on: "243 aftershocks" -> ``aftershocks``).
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Span, Token

from ...rules import RuleSet
from ..base import doc_text
from .figures import Figure, count_word, fronted_value, range_clause, subject_unit

_CLIMB = {
    "nsubj",
    "nsubjpass",
    "dobj",
    "pobj",
    "prep",
    "attr",
    "npadvmod",
    "oprd",
    "appos",
    "acomp",
    "conj",
    "quantmod",
    "nummod",
    "advmod",
    "dative",
    "agent",
    "acl",
    "relcl",
    "xcomp",
    "ccomp",
    "nmod",
    "compound",
}
_TOLL_HEADS = {"toll", "number", "figure", "count", "tally", "total", "deaths", "fatalities", "casualties"}
_SHARED_SUBJECT = ("xcomp", "advcl")  # a verb whose subject is the one of the verb above it


def clause_tokens(figure: Figure, sent: Span) -> list[Token]:
    """The figure's clause: the subtree of the nearest verb above it (its own tokens included)."""
    head = figure.node
    steps = 0
    while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i and steps < 6:
        head = head.head
        steps += 1
    verb = head
    if verb.dep_ in ("ccomp", "acl") and any(c.dep_ == "expl" for c in verb.head.children):
        verb = verb.head  # "There were 100 patients being treated there": the existential's clause
    return [t for t in verb.subtree if sent.start <= t.i < sent.end]


def verb_of(token: Token) -> Token:
    """The nearest verb or auxiliary at or above ``token``; the sentence's root when none is."""
    while token.pos_ not in ("VERB", "AUX") and token.head.i != token.i:
        token = token.head
    return token


def _ancestors(token: Token, limit: int = 6) -> list[Token]:
    out: list[Token] = []
    here = token
    while here.head.i != here.i and len(out) < limit:
        here = here.head
        out.append(here)
    return out


def toll_role(figure: Figure, sent: Span, rules: RuleSet, others: Sequence[Figure] = ()) -> str | None:
    """The role of a toll the figure is the value of ("the death toll rose to 64"). A toll word in
    the qualifier of another figure ("a total of 82 others are under treatment: 28 at ..., 36 at
    ...") is how that figure counts, no toll the listed figures are values of (unlike the noun it
    counts: "19 deaths and Iowa reported 15")."""
    node = figure.noun or figure.node
    worded = {i for o in others if o is not figure for i in range(o.first, o.node.i)}
    candidates: list[Token] = []
    # "a toll of 31": the figure hangs from "of" under a toll noun
    if node.dep_ == "pobj" and node.head.lower_ in ("of", "at", "to"):
        candidates.append(node.head.head)
    if fronted_value(node):
        candidates.append(node.head)  # "raising to 64 the death toll": the toll after its value
    # the figure's verb and the one above it; and on up a chain of verbs that share one subject
    # ("the toll kept rising, reaching more than 19,300": reaching -> rising -> kept)
    verbs: list[Token] = []
    # a figure "with" adds to the clause is no value of the toll its verb tells of ("the number of
    # victims is rising, with about 30 said to be injured": the 30 are not the victims' number)
    added = node.dep_ == "pobj" and node.head.lower_ == "with"
    # a figure that is its verb's subject is no toll's value: another subject of that verb, or of a
    # clause above or beside it, is another count ("a total of 60 passengers and four crew members
    # were on board", "60 passengers were aboard, and three soldiers were on the helicopter"); and so
    # is one whose word of quantity is ("hundreds of mourners attended a memorial service as the toll
    # stood at 86": the mourners are no value of that toll)
    subject = any(t.dep_ in ("nsubj", "nsubjpass") and t.head.pos_ in ("VERB", "AUX") for t in (node, figure.node))
    for verb in (t for t in _ancestors(node) if t.pos_ in ("VERB", "AUX") and not added and not subject):
        verbs.append(verb)
        if verb.dep_ == "relcl":
            break  # "the port where 104 survivors were taken": the clause is a noun's, no toll above
        if len(verbs) >= 4 or (
            len(verbs) >= 2
            and (verb.dep_ not in _SHARED_SUBJECT or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children))
        ):
            break
    for n, verb in enumerate(verbs):
        for child in verb.children:
            # up the chain only the shared subject: "... saw the body while driving and called 911"
            if child.dep_ in ("nsubj", "nsubjpass") or (child.dep_ == "dobj" and n < 2):
                if child.lower_ == "it" and child.i > sent.start:
                    # "the number of dead has kept climbing; it has now risen to 50,978": the toll
                    # named before it in the sentence
                    before = [t for t in sent if t.i < child.i and t.lower_ in _TOLL_HEADS and t.pos_ == "NOUN"]
                    if before:
                        child = before[-1]
                candidates.append(child)
    for cand in candidates:
        if cand.i == node.i or (figure.first <= cand.i <= figure.last and _counted_apart(figure, rules)):
            # a word of the qualifier of a figure of a thing or of a group counted apart ("a total
            # of 67 patients", "a total of 90 divers") says how it counts, never whose toll it is
            # ("a total of 11,732" alone is one, and so is "a total of 64 victims")
            continue
        if cand.i in worded:
            continue
        counted = _total_of_clause(cand, rules)
        if counted is not None:
            # "eight body bags were brought ashore, bringing the total to 56": the bags' total
            return next((o.attribute for o in others if counted.i in (o.node.i, (o.noun or o.node).i)), None)
        words = list(cand.subtree)
        if cand.dep_ in ("nsubj", "nsubjpass") and cand.head.i > cand.i:
            # the toll and the verb it is the subject of: "the number being treated (rose) to 74"
            words = list(sent.doc[cand.left_edge.i : cand.head.i + 1])
        text = " ".join(t.lower_ for t in words if t.i < node.i or t.i > figure.last).strip()
        if cand.lower_ not in _TOLL_HEADS and cand.lemma_.lower() not in _TOLL_HEADS:
            nominal = _nominal(cand) and _figure_listed(node)
            role = rules.figures.role_words.get(cand.lower_) if cand.pos_ == "NOUN" or nominal else None
            if (
                role is None
                and cand.lower_ in rules.figures.partitive_openers
                and cand.pos_ == "PRON"
                and _figure_listed(node)
            ):
                # "those killed in the attack include 30 children": the role of the words on "those"
                role = next(
                    (
                        r
                        for c in cand.children
                        if c.dep_ in ("acl", "relcl", "amod")
                        for w in (c, *c.children)
                        if (r := rules.figures.role_words.get(w.lower_)) is not None
                    ),
                    None,
                )
            if role is not None:
                return role  # "identification has been completed for five", "the dead include 30 children"
            continue
        if cand.lemma_.lower() in rules.figures.totals or cand.lower_ in rules.figures.totals:
            closed = _list_closed(figure, cand, others, rules)
            if closed is not None:
                return closed  # "9 residents and 5 visitors, for a total of 14": what the list counts
        counted = _counted(cand, figure)
        for phrase, role in rules.figures.tolls:
            # "the total number of residents is 1,100" counts those people, no toll of anyone's
            if phrase in text and (counted is None or counted.lower_ in phrase.split()):
                return role
        for t in cand.subtree:  # "the number of people killed", "confirmed deaths"
            role = rules.figures.role_words.get(t.lower_)
            if role is not None:
                return role
    return None


def _list_closed(figure: Figure, total: Token, others: Sequence[Figure], rules: RuleSet) -> str | None:
    """What the list a total closes counts: what the total's own words name ("the death total"),
    what the subject of the verb it hangs from names ("the list of those still missing includes four
    more names, for a total of 14" -> missing), or else the role of the nearest figure of people
    before it in its sentence ("14 people remain unaccounted for: 9 residents and 5 visitors, for a
    total of 14" -> missing; "Chile lost 8,044 and Peru 3,688, a confirmed total of 11,732" ->
    deaths); None when none counts anything."""
    for word in (c for c in total.children if c.dep_ in ("compound", "amod", "nmod")):
        role = rules.figures.role_words.get(word.lower_)
        if role is not None:
            return role  # "bringing the death total to 44": the total's own words
    verb = verb_of(total)
    for subject in (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < total.i):
        for t in subject.subtree:
            role = rules.figures.role_words.get(t.lower_)
            if role is not None:
                return role
    before = [
        o
        for o in others
        if o is not figure and o.kind == "people" and o.attribute is not None and o.last < min(total.i, figure.first)
    ]
    return before[-1].attribute if before else None


def _total_of_clause(cand: Token, rules: RuleSet) -> Token | None:
    """The counted noun of the clause a bare total is brought to a figure beside (``cand`` a word
    of ``figures.status.running_totals``, the object of a ``taking`` verb hung on that clause:
    "eight body bags were brought ashore, bringing the total to 56" -> "bags"); None when the
    total is not such a one or that clause counts nothing."""
    verb = cand.head
    if (
        cand.lower_ not in rules.figures.status.running_totals
        or any(c.dep_ not in ("det", "punct") for c in cand.children)
        or cand.dep_ != "dobj"
        or verb.lemma_.lower() not in rules.figures.status.taking
        or verb.dep_ not in ("advcl", "conj", "xcomp")
    ):
        return None
    return next(
        (
            c
            for c in verb.head.children
            if c.dep_ in ("nsubj", "nsubjpass", "dobj") and any(n.dep_ == "nummod" and n.like_num for n in c.children)
        ),
        None,
    )


def _nominal(token: Token) -> bool:
    """An adjective standing for the people it describes ("the dead include ...", tagged ADJ):
    "the" before it, nothing after it to describe, a subject or object itself."""
    return (
        token.pos_ == "ADJ"
        and token.dep_ in ("nsubj", "nsubjpass", "dobj")
        and any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)
    )


def _figure_listed(node: Token) -> bool:
    """The figure is the verb's object, or joined to one that is a figure too ("include 30 children
    and 20 women"); not one in a list of people one by one ("included a farmer and three of his
    children", whose sum is another reading's)."""
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
        if not node.like_num and not any(c.dep_ == "nummod" for c in node.children):
            return False
    return node.dep_ == "dobj"


def _counts_a_thing(figure: Figure, rules: RuleSet) -> bool:
    """The figure's counted noun is one of a counted thing (``figures.things``: "patients")."""
    noun = figure.noun
    if noun is None:
        return False
    names = {noun.lower_, noun.lemma_.lower()}
    return any(names & nouns for _, nouns, _ in rules.figures.thing_table)


def _counted_apart(figure: Figure, rules: RuleSet) -> bool:
    """The figure's counted noun is a thing ("patients") or names a group counted apart
    (``figures.people.apart``: "divers", "foreigners"), never the toll's people themselves."""
    noun = figure.noun
    if noun is None:
        return False
    if _counts_a_thing(figure, rules):
        return True
    groups = rules.figures.groups
    group = groups.get(noun.lower_) or groups.get(noun.lemma_.lower())
    return rules.figures.counted_apart(group)


def _counted(toll: Token, figure: Figure) -> Token | None:
    """The noun a toll word says it counts ("residents" in "the total number of residents"), or
    None; never a figure, this one or another ("a lower toll of 38", "the toll of 41 people ...
    could exceed 100")."""
    of = next((c for c in toll.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    if of is None:
        return None
    return next(
        (
            c
            for c in of.children
            if c.dep_ == "pobj"
            and not c.like_num
            and not any(n.dep_ == "nummod" or n.like_num for n in c.children)
            and not c.left_edge.i <= figure.node.i <= c.right_edge.i
        ),
        None,
    )


def phrase_roles(
    figure: Figure, sent: Span, rules: RuleSet, others: Sequence[Figure] = ()
) -> tuple[tuple[str, ...], str | None, bool]:
    """Roles a phrase in the figure's clause gives outright, the status it implies and whether it
    replaces the role a count word gave (``overrides``: "saved 176 lives"). A phrase
    belongs to the figure it hangs from in the parse ("34 people still in hospital") or to the subject
    of the verb it hangs from ("18 are in a critical condition"), else to the nearest figure."""
    tokens = clause_tokens(figure, sent)
    if not tokens:
        return (), None, False
    doc = sent.doc
    start = min(t.idx for t in tokens)
    end = max(t.idx + len(t) for t in tokens)
    text = doc_text(doc)[start:end]
    figures = [f for f in [figure, *others] if not f.singular and f.kind == "people"]
    best = None
    noun = figure.noun
    counted = {noun.lower_, noun.lemma_.lower()} if noun is not None else set()
    for pattern, roles, status, unless, overrides in rules.figures.phrase_patterns:
        if counted & unless:
            continue  # "two survivors taken to a hospital": survivors counted, not the injured
        for m in pattern.finditer(text):
            span = doc.char_span(start + m.start(), start + m.end(), alignment_mode="expand")
            if span is None:
                continue
            owner = _owner(span, figures, rules)
            if owner is not figure and (owner is None or not _coordinated(figure, owner)):
                continue
            distance = abs(span.start - figure.node.i)
            if best is None or distance < best[0]:
                best = (distance, roles, status, overrides)
    return (best[1], best[2], best[3]) if best else ((), None, False)


def _coordinated(figure: Figure, owner: Figure) -> bool:
    """Whether the figure is coordinated with the owner of a phrase ("a total of 20 pilgrims from
    one agency and 24 from another had left for Mecca": the 24 left too)."""
    doc = figure.node.doc
    for k in {*range(figure.first, figure.last + 1), figure.node.i}:
        t = doc[k]
        if t.dep_ != "conj":
            continue
        while t.dep_ == "conj" and t.head.i != t.i:
            t = t.head
        if owner.first <= t.i <= owner.last or t.i == owner.node.i:
            return True
    return False


def inclusive_suffix(figure: Figure, sent: Span, rules: RuleSet) -> str | None:
    """The suffix of the count a phrase of the figure's clause says it takes in people counted
    apart ("the toll of 42 given by state television includes the attackers": ``with_attackers``),
    or None (``figures.inclusive``)."""
    tokens = clause_tokens(figure, sent)
    if not tokens or not rules.figures.inclusive_patterns:
        return None
    doc = sent.doc
    text = doc_text(doc)[min(t.idx for t in tokens) : max(t.idx + len(t) for t in tokens)]
    return next((suffix for pattern, suffix in rules.figures.inclusive_patterns if pattern.search(text)), None)


def _owner(span: Span, figures: list[Figure], rules: RuleSet) -> Figure | None:
    """The figure a phrase describes: the part it follows ("17 of them in critical care"), unless
    it is said of the whole the part is taken from ("none of the migrants on board were wearing
    life jackets": those aboard, not the none), else the first figure met walking up from the
    phrase's root."""
    at = {}
    for f in figures:
        for k in range(f.first, f.last + 1):
            at[k] = f
        at[f.node.i] = f
    # a phrase right after a part ("17 of them in critical care") is the part's, however it is hung
    before = span.doc[span.start - 1] if span.start > 0 else None
    if before is not None and before.dep_ == "pobj" and before.head.lower_ == "of" and before.head.head.i in at:
        part = at[before.head.head.i]
        if before.i in at and at[before.i] is not part:
            return at[before.i]  # "three of the 40 passengers on board": the 40 aboard
        if before.pos_ in ("NOUN", "PROPN") and span.root.head.i == before.i and count_word(before, rules) is None:
            return None  # "none of the migrants on board": the whole's phrase, of no figure stated
        return part
    # ... and one right after a figure, but for an adverb ("364 still at large"), is the figure's
    k = span.start - 1
    while k > 0 and span.doc[k].pos_ == "ADV":
        k -= 1
    if k < span.start - 1 and k in at and span.doc[k].pos_ == "NUM":
        return at[k]
    if span.root.i in at:
        return at[span.root.i]  # a phrase hung from a figure's own noun ("four deaths confirmed at the hospital")
    here = span.root
    for _ in range(8):
        if here.i in at and not (span.start <= here.i < span.end):
            return at[here.i]
        if here.dep_ == "pobj" and here.head.lower_ == "with" and not any(t.i in at for t in here.subtree):
            # "150 were hurt, with many still in critical condition", "36 were badly hurt, with 96
            # suffering minor injuries": the state of those the "with" names, no figure's
            return None
        if here.pos_ in ("VERB", "AUX"):
            for c in here.children:
                if (c.dep_ in ("nsubj", "nsubjpass") or c.dep_ == "nummod" and c.i < here.i) and c.i in at:
                    return at[c.i]
            if any(
                c.dep_ in ("nsubj", "nsubjpass")
                and c.lower_ in rules.figures.unstated_parts
                and any(p.lower_ == "of" for p in c.children)
                for c in here.children
            ):
                return None  # "many of the 50 injured are in critical condition": an unstated part's state
            if here.i == span.root.i and here.dep_ == "conj":
                # the object of the phrase's own verb, coordinated after another ("killed 90 and
                # critically injured 12": the 12), not the figure nearest by words
                for c in here.children:
                    if c.dep_ == "dobj" and c.i in at:
                        return at[c.i]
            # a subordinate clause of its own subject ("as high as 200, because some bodies were
            # taken home", "at 131, and could rise as many of the wounded were in critical
            # condition"): the phrase tells what befell that subject, no figure of the sentence
            if (
                here.dep_ == "advcl"
                and any(c.dep_ == "mark" for c in here.children)
                and any(
                    c.dep_ in ("nsubj", "nsubjpass")
                    and c.pos_ in ("NOUN", "PROPN", "PRON", "ADJ")
                    and not (span.start <= c.i < span.end)
                    for c in here.children
                )
            ):
                return None
        if here.head.i == here.i:
            break
        here = here.head
    return min(figures, key=lambda f: abs(f.node.i - span.start), default=None)


def _gap(start: int, end: int, at: int) -> int:
    return 0 if start <= at < end else min(abs(start - at), abs(end - at))


def negated_role(figure: Figure, rules: RuleSet) -> str | None:
    """ "have still not been found": a negated word that means a role."""
    for head in [figure.node, *_ancestors(figure.node, 3)]:
        if head.pos_ in ("VERB", "AUX", "ADJ") and any(c.dep_ == "neg" for c in head.children):
            role = rules.figures.negated_roles.get(head.lower_) or rules.figures.negated_roles.get(head.lemma_.lower())
            if role is not None:
                return role
    return None


def _governing_words(figure: Figure) -> set[str]:
    node = figure.noun or figure.node
    words = set()
    for t in [node, *_ancestors(node, 4)]:
        words.add(t.lower_)
        words.add(t.lemma_.lower())
        # what they are left without: "1.4 million homes were without power"
        words |= {o.lower_ for w in t.children if w.lower_ == "without" for o in w.children if o.dep_ == "pobj"}
    for child in node.children:
        if child.dep_ in ("acl", "relcl", "amod"):
            words.add(child.lower_)
            words.add(child.lemma_.lower())
    clause = range_clause(figure)  # "said between 400 and 600 people lived in the block"
    if clause is not None:
        words |= {clause.lower_, clause.lemma_.lower()}
    return words


def thing_attribute(figure: Figure, rules: RuleSet) -> str | None:
    """The attribute of a count of things (or of people living somewhere)."""
    noun = figure.noun
    if noun is None or visited_facilities(noun, rules):
        return None
    # "one of many aftershocks": some of the things picked out, not how many there were; "six of
    # the houses were destroyed" still counts what befell them
    picked = _partitive(figure, noun)
    names = {noun.lower_, noun.lemma_.lower()}
    # "the twenty-four floor block": a thing noun between the number and the noun it modifies
    names |= {
        t.lower_
        for t in noun.lefts
        if t.dep_ == "compound"
        and t.i > figure.node.i - 3
        and t.i < noun.i
        and any(t.lower_ in nouns for _, nouns, _ in rules.figures.thing_table)
    }
    compound = " ".join([t.lower_ for t in noun.lefts if t.dep_ in ("compound",)] + [noun.lower_])
    names.add(compound)
    governing = set() if figure.whole else _governing_words(figure)  # a whole is not what befell its part
    kinds = rules.figures.thing_descriptions
    described = _described_words(noun) if kinds else set()
    for attribute, nouns, words in rules.figures.thing_table:
        if attribute in kinds:
            if names & nouns and described & kinds[attribute] and (governing & words or not words) and not picked:
                return attribute
            continue
        if names & nouns and (governing & words or not words and not picked):
            return attribute
    compounds = [t.lower_ for t in noun.lefts if t.dep_ == "compound" and t.lower_ in names]
    for attribute, nouns, words in rules.figures.thing_table:
        if any(c in nouns for c in compounds) and not words and attribute not in kinds and not picked:
            return attribute
    if figure.kind != "thing" or not rules.figures.other_things or picked:
        return None
    parts = [t.lower_ for t in noun.lefts if t.dep_ == "compound" and t.is_alpha] + [noun.lower_]
    return "_".join(parts)


def visited_facilities(noun: Token, rules: RuleSet) -> bool:
    """``noun`` counts facilities (``counts.facility_subjects``) someone went to or through: the
    object of a verb of ``figures.visited`` or of its preposition ("the vice president visited two
    hospitals", "he travelled to five hospitals searching for his wife") — where they went, no
    measure of the event."""
    if subject_unit(noun, rules) not in rules.counts.facility_subjects:
        return False
    verb = noun.head
    if noun.dep_ == "pobj" and verb.dep_ == "prep":
        verb = verb.head
    elif noun.dep_ != "dobj":
        return False
    return verb.pos_ == "VERB" and verb.lemma_.lower() in rules.figures.visited


def _described_words(noun: Token) -> set[str]:
    """The words that describe counted things themselves (as written and lemma): the noun's
    modifiers ("hazardous material cars"), and what its own participle or relative clause carries or
    a "with" phrase gives them ("cars carrying hazardous materials", "tankers with fuel"), with
    those words' own modifiers. Never a phrase listing a part ("50 cars, including 10 ...")."""
    heads = []
    for c in noun.children:
        if c.dep_ in ("amod", "compound", "nmod"):
            heads.append(c)
        elif c.dep_ in ("acl", "relcl"):
            heads += [o for o in c.children if o.dep_ in ("dobj", "attr", "acomp")]
            heads += [o for p in c.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
        elif c.dep_ == "prep" and c.lower_ == "with":
            heads += [o for o in c.children if o.dep_ == "pobj"]
    words = set()
    for h in heads:
        for t in [h, *(m for m in h.children if m.dep_ in ("amod", "compound", "nmod"))]:
            words |= {t.lower_, t.lemma_.lower()}
    return words


def _partitive(figure: Figure, noun: Token) -> bool:
    """The figure picks some of the things out ("one of many aftershocks measured 5.9", "two of
    the aftershocks"): a part of them said about, not how many there were."""
    return (
        figure.kind == "thing"
        and noun.dep_ == "pobj"
        and noun.head.lower_ == "of"
        and noun.head.head.i == figure.node.i
        and noun.i > figure.node.i
        and not any(c.dep_ == "nummod" for c in noun.children)  # "96 of the block's 120 flats": a part of a whole
    )


def noun_role(figure: Figure, rules: RuleSet) -> str | None:
    """A role read from the counted noun and a word governing it: "six bodies have been brought out",
    "the bodies of 16 people have been taken to a mortuary" -> bodies_recovered; a bare figure by
    the noun its clause leaves out ("27 bodies had been recovered from the plane and one from the
    helicopter", ``Figure.elided``), with the words that govern the figure itself."""
    noun = figure.noun
    if noun is None:
        elided = figure.elided
        if elided is None:
            return None
        governing = {t.lower_ for t in [figure.node, *_ancestors(figure.node, 4)]}
        governing |= {t.lemma_.lower() for t in _ancestors(figure.node, 4)}
        names = {elided.lower_, elided.lemma_.lower()}
        return next(
            (role for role, nouns, words in rules.figures.noun_roles if names & nouns and governing & words), None
        )
    nouns = [noun]
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN":
        nouns.append(noun.head.head)
    number = figure.node
    if number.i != noun.i and number.dep_ == "pobj" and number.head.lower_ == "of" and number.head.head.pos_ == "NOUN":
        nouns.append(number.head.head)  # "the bodies of two of the workers": the number is the bodies'
    # the nearest governing word decides: "handed over ... while 234 corpses had been buried" are
    # buried, whatever the clause above them tells of other bodies; at one height, the rules' order
    for n in nouns:
        if any(
            c.dep_ == "relcl" and {c.lower_, c.lemma_.lower()} & rules.figures.role_words.keys() for c in n.children
        ):
            continue  # "13 victims who died in hospital": their own clause tells what befell them
        for governing in _governing_levels(n):
            for role, role_nouns, words in rules.figures.noun_roles:
                if (n.lower_ in role_nouns or n.lemma_.lower() in role_nouns) and governing & words:
                    return role
    return None


def _governing_levels(noun: Token) -> list[set[str]]:
    """The words governing a counted noun, nearest first: the noun, then each of its ancestors up to
    four (as written and lemma), the particles, prepositions and adverbs of the first two, and at the
    first height a participle the noun governs ("the two bodies recovered on Wednesday")."""
    levels = [{noun.lower_}]
    for height, t in enumerate(_ancestors(noun, 4), start=1):
        level = {t.lower_, t.lemma_.lower()}
        if height <= 2:
            level |= {c.lower_ for c in t.children if c.dep_ in ("prt", "prep", "advmod")}
        if height == 1:
            level |= {c.lower_ for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"}
        levels.append(level)
    if len(levels) == 1:
        levels.append({c.lower_ for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"})
    return levels


def ordinal_victims(sent: Span) -> list[tuple[int, int, int]]:
    """ "the 72nd victim": a victim's rank is a lower bound on the toll. (token start, end, rank)"""
    out = []
    for t in sent:
        if t.lower_ in ("victim", "fatality", "death") and t.i > sent.start:
            prev = t.doc[t.i - 1]
            digits = prev.text[:-2]
            if prev.text[-2:].lower() in ("st", "nd", "rd", "th") and digits.isdigit():
                out.append((prev.i, t.i, int(digits)))
    return out


_STATES = {"VBN", "JJ", "VBD"}


def _paired_state(figure: Figure, sent: Span, rules: RuleSet) -> str | None:
    """ "left 24 people dead and numerous others missing": a figure after "and" that follows another's
    state word, with a state word of its own right after its noun, is counted by that word, however
    the parse hangs the word (often from the first figure, as if both were missing)."""
    doc = sent.doc
    if figure.first - 2 < sent.start or doc[figure.first - 1].lower_ != "and":
        return None
    if doc[figure.first - 2].tag_ not in _STATES:
        return None
    k = figure.last + 1
    if figure.noun is None and k < sent.end and doc[k].tag_ == "NNS":
        k += 1  # the noun the parse left out of the figure ("numerous | others")
    if k >= sent.end or doc[k].tag_ not in _STATES | {"VBG"}:
        return None
    return rules.figures.role_words.get(doc[k].lower_)


def _state_after_noun(noun: Token, sent: Span) -> Token | None:
    """The participle or adjective right after a counted noun that states its condition ("10 people
    dead", "32 others injured"; the tagger may call "wounded" a past tense): the noun's own
    modifier when no verb of its own has it for subject, or the verb with no object whose subject it
    is (or whose subject heads the list it is in). None for any other next word."""
    if noun.i + 1 >= sent.end:
        return None
    state = noun.doc[noun.i + 1]
    if state.tag_ not in _STATES or any(c.dep_ == "dobj" for c in state.children):
        return None  # (not "12 gunmen killed 30 people": the figure is the killers')
    first = noun
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    if first.dep_ in ("nsubj", "nsubjpass") and first.head.i == state.i:
        return state
    if state.head.i == noun.i and noun.dep_ not in ("nsubj", "nsubjpass"):
        return state  # (not "Three people injured in the fire have died": their verb says their fate)
    return None


_DASHES = ("—", "–", "--")


def _after_aside(doc: Doc, k: int, end: int, longest: int = 8) -> int:
    """The token after an aside set off by dashes right after a bare figure ("290—mostly high school
    students—still missing"), and after any adverb that follows ("still"): where the figure's own
    state word stands. ``k`` itself when no closed aside starts there."""
    if k >= end or doc[k].text not in _DASHES:
        return k
    close = next((j for j in range(k + 1, min(end, k + longest + 2)) if doc[j].text in _DASHES), None)
    if close is None:
        return k
    k = close + 1
    while k < end and doc[k].pos_ == "ADV":
        k += 1
    return k


def adjacent_role(figure: Figure, sent: Span, rules: RuleSet) -> str | None:
    """A role word right after the number: "1,014 dead", "more than 7,000 injured", "21 missing",
    also as the counted noun's adjective ("15 bodies and 22 wounded people": the 22 are hurt, never
    dead with the bodies). The adjective of a part's whole ("54 of the escaped inmates have been
    recaptured") says what befell the whole: the part's own role word, when it has one, stands."""
    doc = sent.doc
    k = figure.last + 1 if figure.noun is None else figure.noun.i
    if figure.noun is not None and figure.noun.i != figure.last:
        return None
    if figure.noun is not None and figure.noun.i > figure.first + 1:
        adjective = doc[figure.noun.i - 1]
        of_whole = figure.noun.dep_ == "pobj" and figure.noun.head.lower_ == "of"
        if of_whole and figure.attribute is not None:
            return None
        if adjective.dep_ == "amod" and adjective.head.i == figure.noun.i and adjective.tag_ in _STATES:
            return rules.figures.role_words.get(adjective.lower_)
    if (role := _paired_state(figure, sent, rules)) is not None:
        return role
    if figure.noun is None:
        k = _after_aside(doc, k, sent.end)
    nxt = doc[k] if figure.noun is None and k < sent.end else figure.noun
    if nxt is None:
        return None
    state_word = _state_after_noun(figure.noun, sent) if figure.noun is not None else None
    if state_word is not None and (role := rules.figures.role_words.get(state_word.lower_)) is not None:
        # "leaving at least 10 people dead and 32 others injured", "66 lost their lives and 51
        # others wounded": the state word right after a counted noun it is tied to says what befell
        # those it counts, whatever role a figure it is listed with gives
        return role
    # the tagger now and then calls a participle a noun ("371 were killed and 1,089 hurt"): one the
    # figure hangs from still states its role
    related = nxt.tag_ in ("NN", "NNS") and (figure.node.head.i == nxt.i or nxt.head.i == figure.node.i)
    # "leaving eight injured and about 20 missing": a present participle with no object of its own
    # is a state too ("20 killing five" is no count of the dead)
    state = nxt.tag_ in _STATES or nxt.tag_ == "VBG" and not any(c.dep_ == "dobj" for c in nxt.children)
    if not state and nxt.lower_ != "dead" and not related:
        return None
    return rules.figures.role_words.get(nxt.lower_)
