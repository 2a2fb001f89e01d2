"""Counts, step 2: what each figure counts, read from the dependency parse.

``govern_figures`` gives every ``Figure`` its attribute: the first count word (``rules.counts.words``)
that governs it — its own noun ("six attacks"), a participle on it ("45 civilians killed"), or the
verb it is subject or object of ("were killed", "killing two doctors", "reported dead"). A figure
whose governing word is negated ("two other kids ... were not hurt") gets none, and so is not a count.
"""

from __future__ import annotations

from spacy.tokens import Token

from ...rules import RuleSet
from .figures import REFLEXIVE, Figure, count_word, range_clause

# Dependencies through which a figure's noun phrase reaches the word that governs it.
_CLIMB = {
    "nsubj",
    "nsubjpass",
    "dobj",
    "pobj",
    "prep",
    "conj",
    "appos",
    "attr",
    "npadvmod",
    "oprd",
    "agent",
    "dative",
    "nmod",
    "acl",
}
# Children of a governing word that carry its meaning ("found shot to death", "reported dead").
_MODIFIERS = {"advmod", "acomp", "oprd", "xcomp", "acl", "relcl", "amod", "prep"}
# Transitive verbs: their active subject is the one who acts, never the victim counted.
_AGENT_LEMMAS = {
    "kill",
    "shoot",
    "wound",
    "injure",
    "murder",
    "execute",
    "massacre",
    "hit",
    "target",
    "strike",
    "bomb",
    "shell",
    "destroy",
    "damage",
    "treat",
    "arrest",
    "detain",
    "hold",  # "four gunmen held guests and staff": the holders, not people held
    "hurt",
    "claim",
}
# the role of the people a place holds ("a village of some 900 people"), when the rules have it
_POPULATION = "population"
_SUBSET_WORDS = {"including", "include", "includes", "included", "among"}


def govern_figures(figures: list[Figure], rules: RuleSet) -> None:
    """Fill in every figure's ``attribute``, ``governor``, ``hit`` and ``part``."""
    for figure in figures:
        govern(figure, rules)
    by_node = {f.node.i: f for f in figures}
    for figure in figures:
        if figure.attribute is None and figure.node.dep_ in ("dobj", "nsubj", "nsubjpass"):
            # "discovered one man and two children dead": the predicate sits on the last conjunct
            conjuncts = [by_node[c.i] for c in figure.node.children if c.dep_ == "conj" and c.i in by_node]
            governed = [
                f for f in conjuncts if f.attribute is not None and f.governor is not None and f.governor.i > f.node.i
            ]
            if governed:
                figure.attribute, figure.governor = governed[0].attribute, governed[0].governor
                figure.hit, figure.part = governed[0].hit, governed[0].part
    for figure in figures:
        if figure.hit and figure.governor is not None and _fatal_clause(figure, figure.governor, rules):
            figure.attribute, figure.hit = rules.counts.killed, False


def _candidates(head: Token, rules: RuleSet) -> list[tuple[Token, bool]]:
    """Words that may carry ``head``'s meaning, each flagged True when it is a coordinated verb."""
    out: list[tuple[Token, bool]] = [(head, False)]
    for child in head.children:
        if child.dep_ in _MODIFIERS:
            out.append((child, False))
            if child.dep_ in ("relcl", "acl") and child.pos_ == "VERB" and head.pos_ not in ("VERB", "AUX", "ADJ"):
                # "a girl and her mother who were shot and killed": the clause's coordinated verb
                # refines a "shot" for every conjunct of the noun, as for the noun itself
                out.extend((c, True) for c in child.children if c.dep_ == "conj" and c.pos_ in ("VERB", "ADJ"))
            if (
                child.dep_ == "prep"
                and child.lower_ in rules.figures.predicative_preps
                and not any(c.dep_ == "conj" for c in head.children)
                and not _sets_beside(child, rules)
            ):
                # "10,100 reported as still missing", "listed as dead": what "as" says they are
                # (states joined, "regarded as missing and presumed dead", are left to the phrase's roles)
                out.extend(
                    (p, False)
                    for p in child.children
                    if p.dep_ in ("pcomp", "pobj", "acomp", "amod") and not any(c.dep_ == "conj" for c in p.children)
                )
            if child.dep_ == "prep" and child.lower_ == "to":
                out.extend((p, False) for p in child.children if p.dep_ == "pobj")
            if child.dep_ == "prep" and child.lower_ == "among" and head.lemma_ == "be":
                # "three French nationals were among those killed", "were among the dead": a part of them
                for p in (c for c in child.children if c.dep_ == "pobj"):
                    out.append((p, False))
                    out.extend((c, False) for c in p.children if c.dep_ in ("acl", "relcl", "amod"))
            if child.dep_ in ("xcomp", "oprd", "acomp"):
                out.extend((g, False) for g in child.children if g.dep_ in ("advmod", "acomp", "oprd"))
                for g in child.children:
                    if g.dep_ == "prep" and g.lower_ == "to":
                        out.extend((p, False) for p in g.children if p.dep_ == "pobj")
    if head.pos_ in ("VERB", "AUX", "ADJ"):
        out.extend((c, True) for c in head.children if c.dep_ == "conj" and c.pos_ in ("VERB", "ADJ"))
    return out


def _sets_beside(prep: Token, rules: RuleSet) -> bool:
    """The preposition, with the adverbs it carries, sets its object beside those the verb counts
    (``figures.beside_phrases``: "As well as the fatalities, 934 people were injured"): what the
    object says is not said of them, as a predicative "as" ("listed as dead") would."""
    words = [c for c in prep.children if c.dep_ == "advmod" and c.i < prep.i] + [prep]
    return " ".join(t.lower_ for t in sorted(words, key=lambda t: t.i)) in rules.figures.beside_phrases


def _role_of(head: Token, rules: RuleSet) -> tuple[str, Token, bool] | None:
    """The role ``head`` gives the figure it governs: ``_choose`` over the role words of its
    ``_candidates``."""
    waited = _waited_for(head, rules)
    if waited is not None:
        return waited
    return _choose([(a, w, c) for w, c in _candidates(head, rules) if (a := count_word(w, rules)) is not None], rules)


def _waited_for(head: Token, rules: RuleSet) -> tuple[str, Token, bool] | None:
    """A verb of waiting or wanting (``figures.waiting_verbs``) whose complement holds a role word
    ("waiting to be evacuated", "hoping to be evacuated"): those it counts are there, waiting
    (``figures.waiting_role``), not yet what the role word says."""
    role = rules.figures.waiting_role
    if role is None or not {head.lemma_.lower(), head.lower_} & rules.figures.waiting_verbs:
        return None
    wished = [w for c in head.children if c.dep_ == "xcomp" for w, _ in _candidates(c, rules) if count_word(w, rules)]
    return (role, head, False) if wished else None


def _choose(hits: list[tuple[str, Token, bool]], rules: RuleSet) -> tuple[str, Token, bool] | None:
    """Rule order among a word and its modifiers; a coordinated verb only refines a "shot"."""
    own = [h for h in hits if not h[2]]
    if own:
        order = list(rules.figures.roles)
        attribute, word, _ = min(own, key=lambda h: order.index(h[0]))
        weak = all(w.lower_ in rules.counts.hit_words for a, w, c in own if a == attribute)
        killed = rules.counts.killed
        if weak and killed is not None and any(a == killed for a, _, _ in hits):
            return next(h for h in hits if h[0] == killed)
        return attribute, word, weak
    return None


def _listed_beside(node: Token, rules: RuleSet) -> bool:
    """The figure ends a list the parse broke off ("riding in a car with her aunt, her aunt's
    friend, and three other children", "children" hung on "shot" as its conjunct): a noun cannot
    be a verb's conjunct, so it ends the list that a preposition before it opens, with no verb
    between; when no harm word governs that preposition, they are people with the victim, not
    victims."""
    if node.dep_ != "conj" or node.pos_ not in ("NOUN", "PROPN") or node.head.pos_ != "VERB":
        return False
    doc = node.doc
    for t in reversed(doc[node.head.i + 1 : node.left_edge.i]):
        if t.pos_ in ("VERB", "AUX") or count_word(t, rules) is not None:
            return False
        if t.dep_ == "prep" and any(c.dep_ == "pobj" for c in t.children):
            return t.i < node.left_edge.i - 1 and count_word(t.head, rules) is None
    return False


def govern(figure: Figure, rules: RuleSet) -> None:
    """Fill in ``attribute``, ``governor``, ``hit`` and ``part`` from the parse."""
    node = figure.node
    if _listed_beside(node, rules):
        return
    counted = figure.noun or node
    if (
        counted.dep_ == "pobj"
        and counted.head.lower_ == "of"
        and counted.head.head.lemma_.lower() in rules.entities.place_nouns
        and _POPULATION in rules.figures.roles
    ):
        figure.attribute = _POPULATION  # "a village of some 900 people": who live there, whatever befell it
        return
    hits: list[tuple[str, Token, bool]] = []
    own = count_word(node, rules) if figure.noun is not None or not figure.singular else None
    if own is not None and (figure.noun is not None and figure.noun.i == node.i):
        hits.append((own, node, False))
    for child in [*node.children, *_stray_clauses(node)]:
        if child.dep_ == "acl" and _clause_noun(child).i != node.i:
            continue  # "120 people accounted for and 159 people unaccounted for": the 159's clause
        if (
            child.dep_ == "relcl"
            and child.tag_ in ("VB", "VBD", "VBZ", "VBP")
            and (child.lemma_.lower() in _AGENT_LEMMAS or child.lower_ in rules.counts.hit_words)
            and not any(c.dep_ in ("auxpass", "nsubjpass") for c in child.children)
        ):
            continue  # "a man who shot and killed his son": the one who shoots
        if _of_a_setting(child):
            continue  # "killed 98 people in Zimbabwe where more than 200 are missing": the 200's clause
        if child.dep_ in ("acl", "relcl", "amod", "advmod") and child.i != node.i:
            if (waited := _waited_for(child, rules)) is not None:
                hits.append(waited)  # "people hoping to be evacuated": there, not yet evacuated
                continue
            for word, coordinated in _candidates(child, rules):
                attribute = count_word(word, rules)
                if attribute is not None:
                    hits.append((attribute, word, coordinated))
    for prep in (c for c in node.children if c.dep_ == "prep" and c.lower_ == "in" and not hits):
        # "five of them in intensive care", "three in critical condition": the state they are in
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            for word in (obj, *(c for c in obj.children if c.dep_ == "amod")):
                attribute = count_word(word, rules)
                if attribute is not None and attribute in rules.figures.states:
                    hits.append((attribute, word, False))
    chosen = _choose(hits, rules)
    named = None
    if chosen is None and figure.noun is None:
        # "dozens of injured", "hundreds of dead": a role word "of" holds with no determiner is
        # what the figure counts, all of it (with "the" it is a part: below); a verb above may
        # still end it ("scores of injured later died"), never the word of a figure it is joined
        # to ("several dead and dozens of injured": the dozens are not dead)
        chosen = named = next(
            (
                (attribute, obj, False)
                for prep in node.children
                if prep.dep_ == "prep" and prep.lower_ == "of"
                for obj in prep.children
                if obj.dep_ == "pobj"
                and not any(d.dep_ in ("det", "poss") for d in obj.children)
                and (attribute := count_word(obj, rules)) is not None
            ),
            None,
        )
    if chosen is None and figure.noun is None:
        chosen = _object_of_the_verb_before(figure, rules)
    own_clause = None
    if chosen is None and figure.noun is None and node.dep_ == "conj":
        chosen = own_clause = _own_clause(figure, rules)
    partitive = False
    if chosen is None and figure.noun is None:
        # "Three of the dead were children", "two of the wounded": a part of those "of the" holds
        for prep in (c for c in node.children if c.dep_ == "prep" and c.lower_ == "of"):
            for obj in (c for c in prep.children if c.dep_ == "pobj"):
                attribute = count_word(obj, rules)
                if attribute is not None and any(d.dep_ == "det" and d.lower_ == "the" for d in obj.children):
                    chosen, partitive = (attribute, obj, False), True
                    # what they are said to be is the group counted ("were children"), or the
                    # people they are of ("were French")
                    said = [
                        c
                        for c in node.head.children
                        if c.i > node.i
                        and ((c.dep_ == "attr" and c.pos_ == "NOUN") or (c.dep_ == "acomp" and c.ent_type_ == "NORP"))
                    ]
                    if node.dep_ == "nsubj" and said:
                        figure.noun = said[0]
    if chosen is None:
        # "pushing the toll to 112 as nearly 100, mostly firefighters, remained missing": the parse
        # hung the figure on the verb before it and left the verb after it without a subject
        verb = _subjectless_predicate(figure)
        if verb is not None:
            chosen = _role_of(verb, rules)
    # "A man who was shot Sunday died", "the woman wounded in the attack died of her wounds", "12
    # people who were rescued have died": a "shot", an injury or a rescue on the figure's own clause
    # is what happened first (``figures.before_the_end``); a killing verb above says how it ended.
    # "Thirty of the schoolgirls abducted last week were released": a verb above may say what befell
    # those a role counts later (``figures.later_roles``)
    later = rules.figures.later_roles
    pending = (
        chosen
        if chosen is not None
        and own_clause is None  # (its own clause's state is all it says: nothing above ends it)
        and (named is None or node.dep_ != "conj")
        and chosen[1].i != node.i
        and (chosen[2] or chosen[0] in rules.figures.before_the_end or chosen[0] in later)
        else None
    )
    if pending is not None and not _cut_clause(counted):
        chosen = None
    head = node
    relation = node.dep_
    path: list[Token] = []
    steps = 0
    # a word of the figure's own words ("upwards of 25 people", parsed as "upwards" over "of 25
    # people") is climbed through whatever its relation
    while (
        chosen is None
        and steps < 6
        and (relation in _CLIMB or figure.first <= head.i <= figure.last)
        and head.head.i != head.i
    ):
        steps += 1
        below, head = head, head.head
        path.append(head)
        if relation == "pobj" and head.lower_ == "for" and head.dep_ == "prep":
            break  # "a mass burial was held for the 147 victims": what was done for them, not to them
        if (
            relation == "pobj"
            and head.lower_ == "of"
            and head.head.lower_ in rules.figures.unstated_parts
            and not head.head.like_num
        ):
            break  # "how many of the 787 workers are still trapped": the part's fate, not the whole's
        if _value_of_toll(head, relation, rules):
            break  # "liquor toll at 29, police say; dozen blinded": the toll says what 29 counts
        hits = []
        waited = _waited_for(head, rules) if relation in ("nsubj", "nsubjpass") else None
        if waited is not None:
            chosen = waited  # "thousands were waiting to be evacuated": there, not yet evacuated
            break
        for word, coordinated in _candidates(head, rules):
            attribute = count_word(word, rules)
            if attribute is None:
                continue
            if relation == "conj" and _first_conjunct_s(word, head, below):
                continue
            if word.i == head.i and relation == "nsubj" and head.lemma_.lower() in _AGENT_LEMMAS and _active(head):
                continue  # "two gunmen killed ...": the subject of an active "kill" is not a victim
            if word.i != head.i and word.i == node.i:
                continue
            hits.append((attribute, word, coordinated))
        if relation == "nsubj" and head.lemma_ == "be" and not figure.singular and figure.noun is not None:
            # "21 children were among the dead": a part of the dead (a named victim "among the dead"
            # is read by the victims' own reading)
            hits.extend(
                (attribute, p, False)
                for prep in head.children
                if prep.dep_ == "prep" and prep.lower_ == "among"
                for p in prep.children
                if p.dep_ == "pobj" and p.pos_ in ("ADJ", "NOUN") and (attribute := count_word(p, rules)) is not None
            )
        if relation == "nsubj" and rules.counts.injured is not None:
            hits.extend((rules.counts.injured, w, False) for w in _wounds_had(head, rules))
        if relation == "nsubj" and head.lemma_.lower() in _AGENT_LEMMAS and head.pos_ == "VERB" and _active(head):
            hits = []  # "the man fatally shot his two children": the one who shoots
        chosen = _choose(hits, rules)
        if chosen is None and head.dep_ in ("aux", "auxpass") and head.head.i > head.i:
            continue  # "13 are missing", the subject hung on the auxiliary: the verb's, as its subject
        if (
            chosen is None
            and head.pos_ in ("VERB", "AUX")
            and relation not in ("conj",)
            and head.lower_ not in _SUBSET_WORDS
        ):
            break
        relation = head.dep_
    clause = range_clause(figure) if chosen is None else None
    if clause is not None:
        # "officials said between 400 and 600 people died": the people are the clause's subject
        agent = clause.lemma_.lower() in _AGENT_LEMMAS and clause.pos_ == "VERB" and _active(clause)
        chosen = None if agent else _role_of(clause, rules)
        split = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") and c.i == figure.last + 1]
        if chosen is not None and figure.noun is None and split and split[0].pos_ == "NOUN":
            figure.noun, figure.last = split[0], split[0].i  # "between 400 and 600 | people died"
    if pending is not None and (
        chosen is None or chosen[0] != rules.counts.killed and chosen[0] not in later.get(pending[0], ())
    ):
        chosen, path = pending, []
    if chosen is None or _negated(chosen[1]) or _former(chosen[1], rules):
        return
    if _among(chosen[1], node) and (figure.singular or figure.quantity.get("best") is None):
        return  # "among the dead were Tomas Helgo, 24, a bus driver": a victim named, no figure
    figure.attribute, figure.governor, figure.hit = (
        chosen[0],
        chosen[1],
        chosen[0] == rules.counts.injured and (chosen[2] or chosen[1] in _wounds_had(chosen[1].head, rules)),
    )
    figure.part = partitive or any(t.lower_ in _SUBSET_WORDS for t in path) or _among(chosen[1], node)


def _object_of_the_verb_before(figure: Figure, rules: RuleSet) -> tuple[str, Token, bool] | None:
    """A bare number right after a verb of a role that the parse made the subject of a clause
    after it ("the blast killed 12 and 40 were hurt", "12 and 40" the subjects of "hurt"): the
    verb's object, the verb its role."""
    node, doc = figure.node, figure.node.doc
    if figure.first == 0 or node.dep_ not in ("nsubj", "nsubjpass") or node.head.i < node.i:
        return None
    verb = doc[figure.first - 1]
    if verb.pos_ != "VERB" or verb.i == node.head.i or (role := count_word(verb, rules)) is None:
        return None
    return role, verb, False


def _subjectless_predicate(figure: Figure) -> Token | None:
    """The finite verb right after the figure's words, when it has neither subject nor object and
    says a state ("remained missing", "were still unaccounted for") while the figure is no verb's
    subject: the figure is the subject the parse lost. A verb with an object of its own ("killed
    five, injured ten others") acts, and says nothing of the figure before it."""
    node = figure.noun or figure.node
    if node.dep_ in ("nsubj", "nsubjpass"):
        return None
    doc = node.doc
    i = figure.last + 1
    if i < len(doc) and doc[i].text == ",":
        # an aside between commas ("nearly 60, mostly firefighters, remained missing") says who they are
        close = next((k for k in range(i + 1, min(i + 6, len(doc))) if doc[k].text == ","), None)
        if close is not None and not any(t.pos_ in ("VERB", "AUX") for t in doc[i + 1 : close]):
            i = close
    while i < len(doc) and doc[i].text in (",", "\u2014", "-"):
        i += 1
    if i >= len(doc) or doc[i].tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    verb = doc[i]
    helped = verb.dep_ in ("aux", "auxpass") and verb.head.i > verb.i
    if helped:
        verb = verb.head  # "nearly 60, mostly firefighters, are still missing"
    if verb.i in {t.i for t in node.ancestors} or any(
        c.dep_ in ("nsubj", "nsubjpass", "expl", "dobj", "ccomp") for c in verb.children
    ):
        return None
    if not helped and not any(c.dep_ in ("acomp", "attr", "oprd", "xcomp") for c in verb.children):
        return None
    return verb


def _own_clause(figure: Figure, rules: RuleSet) -> tuple[str, Token, bool] | None:
    """A bare number the parse joined to the clause before it though a verb of its own follows
    ("two were pulled out alive and six are missing", "six" hung on "alive"): the figure is that
    verb's missing subject, and the verb says what it counts; or a state right after it ("left 42
    dead and over 200 seriously wounded", "200" hung on "dead") is its own."""
    doc = figure.node.doc
    k = figure.last + 1
    while k < len(doc) - 1 and doc[k].dep_ == "advmod" and doc[k].pos_ == "ADV":
        k += 1  # "and over 200 seriously wounded": the state right after the number is its own
    if k < len(doc) and doc[k].tag_ in ("VBN", "JJ") and (own := count_word(doc[k], rules)) is not None:
        return own, doc[k], False
    if figure.last + 1 >= len(doc):
        return None
    aux = doc[figure.last + 1]
    verb = aux.head
    if aux.dep_ not in ("aux", "auxpass") or verb.i <= aux.i or verb.pos_ not in ("VERB", "ADJ"):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return None
    return _role_of(verb, rules)


def _clause_noun(clause: Token) -> Token:
    """The noun a participle clause describes: the one it hangs from, unless a counted noun of its
    own stands right before it, after that one ("120 people accounted for from the building and
    159 people unaccounted for", "unaccounted" hung on the first "people"): a participle right after
    a figure is said of that figure."""
    doc = clause.doc
    before = doc[clause.left_edge.i - 1] if clause.left_edge.i > 0 else None
    if (
        before is not None
        and clause.head.i < before.i
        and before.pos_ in ("NOUN", "PROPN")
        and any(c.dep_ == "nummod" for c in before.children)
    ):
        return before
    return clause.head


def _of_a_setting(clause: Token) -> bool:
    """A relative clause opened by "where" or "when" with a subject of its own ("98 people in
    Zimbabwe, where more than 200 are missing", hung on "people"): it tells of the place or time,
    and its verb is said of its own subject, never of the noun the parse hung it on."""
    return (
        clause.dep_ == "relcl"
        and any(c.tag_ == "WRB" and c.i < clause.i for c in clause.children)
        and any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in clause.children)
    )


def _stray_clauses(node: Token) -> list[Token]:
    """A participle clause right after the figure's noun that the parse hung on a noun before it."""
    doc = node.doc
    after = doc[node.i + 1] if node.i + 1 < len(doc) else None
    if after is None or after.dep_ != "acl" or after.head.i == node.i or after.head.i > node.i:
        return []
    return [after] if _clause_noun(after).i == node.i else []


def _cut_clause(counted: Token) -> bool:
    """The counted noun is parsed as a conjunct of the verb before it ("812 people were killed and
    1,340 people injured", "people" hung on "killed"): a noun cannot be a verb's conjunct, so it
    heads a clause of its own, and the participle on it says what befell its figure, not the verb
    of the clause before."""
    return counted.dep_ == "conj" and counted.pos_ in ("NOUN", "PROPN") and counted.head.pos_ in ("VERB", "AUX")


def _first_conjunct_s(word: Token, head: Token, conjunct: Token) -> bool:
    """``word`` is a clause on ``head`` said before ``conjunct`` is joined to it: the first
    conjunct's own ("79 migrants drowned on Wednesday and hundreds more were missing": the hundreds
    did not drown), not shared as a clause after the last conjunct is ("a girl and her mother who
    were shot")."""
    return word.head.i == head.i and word.dep_ in ("acl", "relcl") and head.i < word.i < conjunct.i


def _among(word: Token, node: Token) -> bool:
    """``word`` is what the figure at ``node`` is said to be among ("were among the dead", "among
    those killed"), not the figure's own words ("a doctor among dozens killed": the dozens)."""
    among = word.head if word.head.lower_ == "among" else word.head.head if word.head.dep_ == "pobj" else None
    return among is not None and among.lower_ == "among" and among.i not in {t.i for t in node.ancestors}


def _value_of_toll(head: Token, relation: str, rules: RuleSet) -> bool:
    """The figure is the value a toll noun is given ("toll at 29", "a toll of 31", "its figure of
    38"): the noun's own words, read by ``toll_role``, say what it counts, not a word above it."""
    return (
        relation == "pobj"
        and head.dep_ == "prep"
        and head.lower_ in ("at", "of")
        and head.head.pos_ == "NOUN"
        and head.head.lemma_.lower() in ("toll", *rules.figures.bare_tolls)
    )


def _fatal_clause(figure: Figure, verb: Token, rules: RuleSet) -> bool:
    """The clause of ``verb`` names a happening that killed those shot (``counts.fatal``: "shot his
    son and then himself in a murder-suicide") and the shooter's own shot with the figure's: who
    else it names are then the ones murdered. Without the shooter ("shot her during a
    murder-suicide") the one shot may have lived."""
    patterns = rules.counts.fatal_patterns
    if not patterns:
        return False
    shooter = any(
        t.lower_ in REFLEXIVE and (t.head.i in (verb.i, figure.node.i) or t.dep_ == "conj") for t in verb.subtree
    )
    text = verb.doc[verb.left_edge.i : verb.right_edge.i + 1].text
    return shooter and any(p.search(text) for p in patterns)


def _wounds_had(verb: Token, rules: RuleSet) -> list[Token]:
    """The wounds ``verb`` says its subject has ("suffered a gunshot wound", "had wounds"): like a
    "shot", a wound says the victim was hit, not how it ended (``figures.wounds``)."""
    wounds = rules.figures.wounds
    if verb.lemma_.lower() not in wounds.verbs:
        return []
    return [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in wounds.nouns]


def _active(verb: Token) -> bool:
    """The verb is active: not a headline's reduced passive ("3,300 Palestinians killed in strikes",
    a participle modifying nothing, with no object), whose parsed subject is the one it was done to."""
    if verb.tag_ in ("VBN", "VBD") and verb.dep_ == "conj" and verb.head.lemma_.lower() == "leave":
        # "left a girl dead and her grandmother wounded": the second of what the happening left
        return any(c.dep_ == "dobj" for c in verb.children)
    if verb.tag_ in ("VBN", "VBD") and _absolute(verb):
        # "killed 40 people, with 90 others injured": the 90 are the ones injured (a participle the
        # tagger may read as a past tense when its subject is a list: "with 22 reporters and 96
        # police officers injured")
        return False
    return not (
        verb.tag_ == "VBN" and verb.dep_ in ("acl", "ROOT") and not any(c.dep_ == "dobj" for c in verb.children)
    )


def _absolute(verb: Token) -> bool:
    """The participle is the predicate of a "with" clause of its own ("with 90 others injured"), its
    parsed subject the ones it befell: "with" opens it (as its mark, or as the preposition it hangs
    from), and no auxiliary or object makes it an active verb."""
    opener = (
        verb.head
        if verb.dep_ == "pcomp"
        else next((c for c in verb.children if c.dep_ == "mark"), None)
        if verb.dep_ == "advcl"
        else None
    )
    return (
        opener is not None
        and opener.lower_ in ("with", "without")
        and not any(c.dep_ in ("aux", "dobj") for c in verb.children)
    )


def _former(word: Token, rules: RuleSet) -> bool:
    """ "33 formerly missing people", "those previously reported missing": what they were, not what
    they are (``counts.former``)."""
    return any(c.dep_ == "advmod" and c.lower_ in rules.counts.former for c in word.children)


def remains_of(figure: Figure, attribute: str | None, rules: RuleSet) -> bool:
    """ "the remains of 33 people who went missing": the dead found, counted as no one missing or
    hurt (``counts.former``'s words, and the nouns of remains: ``counts.remains``). A role read of
    remains themselves stands: "the remains of all 67 victims have been recovered" (the roles whose
    nouns hold the word, ``figures.roles.<role>.nouns``)."""
    noun = figure.noun or figure.node
    of = noun.head
    spec = rules.figures.roles.get(attribute) if attribute is not None else None
    return (
        attribute is not None
        and attribute != rules.counts.killed
        and not (spec is not None and of.head.lower_ in spec.nouns)
        and noun.dep_ == "pobj"
        and of.lower_ == "of"
        and of.head.lower_ in rules.counts.remains
    )


def kin_told(figure: Figure, rules: RuleSet) -> bool:
    """ "39 next of kin were also identified", "relatives of 14 victims have been notified": the
    families of the dead found or told (``figures.next_of_kin``), never victims counted."""
    kin = rules.figures.next_of_kin
    doc = figure.node.doc
    noun = figure.noun or figure.node
    holder: Token | None = None
    for phrase in kin.nouns:
        words = phrase.split()
        after = [t.lower_ for t in doc[figure.last + 1 : figure.last + 1 + len(words)]]
        if after == words:
            holder = doc[figure.last + len(words)]  # "19 next of kin"
            break
        of = noun.head
        if noun.dep_ == "pobj" and of.lower_ == "of" and of.head.i < noun.i:
            before = [t.lower_ for t in doc[of.head.i - len(words) + 1 : of.head.i + 1]]
            if before == words:
                holder = of.head  # "relatives of 14 victims"
                break
    if holder is None:
        return False
    for verb in (figure.node, holder, *holder.ancestors):
        if verb.pos_ in ("VERB", "AUX"):
            return verb.lemma_.lower() in kin.verbs or verb.lower_ in kin.verbs
    return False


def _negated(word: Token) -> bool:
    """ "were not hurt", "wasn't injured": the governing word, or the verb it completes, is negated."""
    heads = [word] + ([word.head] if word.dep_ in ("acomp", "oprd", "xcomp", "advmod", "amod") else [])
    return any(c.dep_ == "neg" for h in heads for c in h.children)
