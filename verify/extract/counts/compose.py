"""Counts, step 3: figures into claim values.

``group_figures`` joins coordinated figures ("four medical staff workers and 45 civilians", "Dr X,
five colleagues and at least three children") into one whose value is the sum of its parts;
``claim_value`` writes the value of a figure (see ``verify.extract.counts`` for its keys): the
sum of its members, the subset flag, the period, and for a "shot" figure the fatal subset
subtracted ("two men were shot, one fatally").
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from ...models import CountValue, counted
from ...rules import RuleSet
from ...text.places import country_or_state
from .figures import REFLEXIVE, Figure, count_word, one_listed_before, subject_unit, successive
from .scope import mixed_nouns
from .special import modifies, reaches


def claim_value(
    figure: Figure, sent: Span, rules: RuleSet, deaths: list[Figure], periods: list[tuple[Token, str]]
) -> CountValue:
    """The value of a figure with an attribute, its members summed in."""
    parts = [figure, *figure.members]
    value = value_of(figure, rules, sent)
    if figure.members:
        values = [value_of(p, rules, sent) for p in parts]
        highs = [v["high"] for v in values]
        value["low"] = sum(v["low"] for v in values)
        value["best"] = sum(counted(v) or 0 for v in values)  # a named victim counts one
        value["high"] = None if any(h is None for h in highs) else sum(h for h in highs if h is not None)
        value["qualifier"] = next((v["qualifier"] for v in values if v["qualifier"]), None)
        value["unit"] = values[0]["unit"] if len({v["unit"] for v in values}) == 1 else "people"
        value["parts"] = [{"text": doc_text(sent, p), **v} for p, v in zip(parts, values, strict=True)]
    elif named := named_before(figure, rules.figures.beside_named, rules.figures.beside_owners) or killed_beside(
        figure, deaths, rules.figures.beside_named
    ):
        # "killing the governor and seven others": the ones named and the others, eight
        k = len(named)
        others = dict(value)
        value["low"] = value["low"] + k
        value["best"] = None if value["best"] is None else value["best"] + k
        value["high"] = None if value["high"] is None else value["high"] + k
        value["parts"] = [
            *({"text": t, "low": 1, "high": None, "best": None, "individual": True} for t in named),
            {"text": doc_text(sent, figure), **others},
        ]
    total = figure.total
    if figure.part and not (
        total is not None and total.attribute and figure.attribute and total.attribute != figure.attribute
    ):
        value["part"] = True  # a part of its own measure's total; "18 of the 34 in hospital are
        #                          critical" is the whole count of the critical
    intents = frozenset(rules.background.intent_verbs)
    period = next(
        (words for root, words in periods if reaches(root, figure.node, intents) and modifies(root, figure.node)),
        None,
    )
    if period is not None:
        value["period"] = period
    if figure.hit:
        assert figure.governor is not None, "a hit figure is read from its governing verb"
        value["hit"] = True
        fatal = [
            d
            for d in deaths
            if d is not figure
            and d.node.head.i == figure.governor.i
            and d.node.dep_ in ("npadvmod", "appos", "nsubj", "conj", "advcl")
            or d is not figure
            and d.governor is not None
            and d.governor.head.i == figure.governor.i
            and d.governor.dep_ in ("advcl", "relcl", "conj")
            and d.node.lower_ in ("one", "two", "three")
        ]
        if fatal and value["best"] is not None:  # (a victim named is no figure to take from)
            k = sum(d.quantity["best"] for d in fatal)
            value["shot"] = value["best"]
            value["low"] = max(0, value["low"] - k)
            value["best"] = max(0, value["best"] - k)
            value["high"] = None if value["high"] is None else max(0, value["high"] - k)
            value["minus"] = [doc_text(sent, d) for d in fatal]
    return value


def named_before(figure: Figure, words: frozenset[str], owners: frozenset[str] = frozenset()) -> list[str]:
    """The people named or described one by one before a figure of others in one list ("the
    governor, his aide and six others"; "the minister and six other officials"; "the captain and 14
    of his crew", owned by one of ``owners``): the words of the singular nouns the figure is joined
    to by "and" and commas. None when the figure counts no others, or the list holds a figure of
    its own ("12 soldiers and five others" is a sum of figures)."""
    noun = figure.noun
    if figure.singular or noun is None:
        return []
    if not _of_others(figure, words):
        listed = one_listed_before(noun, owners)
        if listed is None or listed.i != figure.node.i:
            return []
        noun = listed  # "the captain and 14 of his crew": the number is what "and" joins
    elif noun.dep_ == "pobj" and noun.head.lower_ == "with":
        return _with_others(noun)
    if noun.dep_ != "conj":
        return []
    root = noun
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head
    chain = [root, *root.conjuncts]
    named = [t for t in chain if t.i < noun.i]
    if any(
        t.pos_ not in ("NOUN", "PROPN") or t.tag_ in ("NNS", "NNPS") or t.ent_type_ not in ("", "PERSON") for t in named
    ):
        return []  # people one by one, not a hospital or a town ("27 at Kestrel Hospital and 9 others")
    if root.dep_ == "pobj" and root.head.lower_ != "of":
        return []  # a place's or a time's phrase, not the victims' ("the lives of the pilot and six others")
    if any(c.dep_ == "nummod" for t in named for c in t.children):
        return []
    return [_phrase(t) for t in named]


def _with_others(noun: Token) -> list[str]:
    """The one person a clause tells "with" a figure of others ("the seller X is in custody with
    eight others", "the mayor was arrested along with three others", "police held the driver with
    two others"): the object of its verb, else its subject, when a single person."""
    verb = noun.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        return []
    roles = {c.dep_: c for c in verb.children if c.dep_ in ("dobj", "nsubjpass", "nsubj")}
    person = roles.get("dobj") or roles.get("nsubjpass") or roles.get("nsubj")
    if (
        person is None
        or person.tag_ not in ("NN", "NNP")
        or person.ent_type_ not in ("", "PERSON")
        or any(c.dep_ == "nummod" for c in person.children)
    ):
        return []
    return [_phrase(person)]


def _of_others(figure: Figure, words: frozenset[str]) -> bool:
    noun = figure.noun
    return noun is not None and (
        noun.lower_ in words or any(c.dep_ == "amod" and c.lower_ in words for c in noun.children)
    )


def killed_beside(figure: Figure, deaths: list[Figure], words: frozenset[str]) -> list[str]:
    """The victims one sentence names as killed outside a figure of others of the dead ("six others,
    including an aide, died in the crash that killed the governor": the governor, not the aide)."""
    if figure.singular or figure.members or figure not in deaths or not _of_others(figure, words):
        return []
    inside = {t.i for t in (figure.noun or figure.node).subtree}
    return [
        d.node.sent.doc[d.first : d.last + 1].text
        for d in deaths
        if d is not figure
        and d.singular
        and not d.zero
        and not d.part
        and d.node.i not in inside
        and d.node.pos_ == "PROPN"  # a victim named, not "he" ("he was killed along with two other men")
        and along_with(figure.node) is None
    ]


def _phrase(token: Token) -> str:
    """A named conjunct's own words, without the conjuncts and commas hanging from it."""
    skip = {t.i for c in token.children if c.dep_ in ("conj", "cc", "punct") for t in c.subtree}
    return " ".join(t.text for t in token.subtree if t.i not in skip)


def victim_role(token: Token) -> bool:
    """A single person is counted only as the one something happened to, never as a place."""
    if token.dep_ == "pobj":
        return token.head.lower_ in ("of", "including", "among") or along_with(token) is not None
    return token.dep_ in ("nsubj", "nsubjpass", "dobj", "conj", "appos", "npadvmod", "attr", "ROOT")


def along_with(token: Token) -> Token | None:
    """The verb of "... along with ``token``" / "together with ``token``", or None."""
    if token.dep_ != "pobj" or token.head.lower_ != "with":
        return None
    above = token.head.head
    if above.lower_ in ("along", "together"):
        return above.head
    if any(c.dep_ == "prt" and c.lower_ in ("along", "together") for c in above.children):
        return above
    return None


def beside_verb(figure: Figure, phrases: frozenset[str]) -> Token | None:
    """The verb a figure is set beside another's subject or object by one of ``phrases`` ("In
    addition to 14 of its staff, 24 patients were killed": killed; "as well as", "besides",
    "together with"), or None. The phrase's words are the prepositions and their nouns from the
    figure up to the verb, with the adverbs they carry ("As well as", "Together with")."""
    for token in (figure.node, figure.noun):
        if token is None or token.dep_ != "pobj":
            continue
        path: list[Token] = []
        up = token.head
        while up.dep_ in ("prep", "pobj") and up.head.i != up.i and len(path) < 4:
            path.append(up)
            path += [c for c in up.children if c.dep_ == "advmod" and c.i < up.i]
            up = up.head
        if up.pos_ not in ("VERB", "AUX") or not path:
            continue
        if " ".join(t.lower_ for t in sorted(path, key=lambda t: t.i)) in phrases:
            return up
    return None


def unit_of(figure: Figure, rules: RuleSet) -> str:
    if figure.noun is not None:
        unit = subject_unit(figure.noun, rules)
        if unit is not None and mixed_nouns(figure.noun, rules):
            return "people"  # "19 staff and patients": one number for both
        if unit is not None:
            return unit
        return figure.noun.lemma_.lower() if figure.attribute in rules.counts.by_noun else "people"
    if figure.elided is not None and (unit := subject_unit(figure.elided, rules)) is not None:
        return unit  # "17 children ... and seven were being treated": seven children
    if figure.attribute in rules.counts.by_noun:
        return figure.attribute
    return "people"


def _respectively(figure: Figure) -> bool:
    """ "put the dead at 1,414 and 2,274 respectively": each figure is its own body's or place's,
    never a part of a sum."""
    sent = figure.node.sent
    return any(t.lower_ == "respectively" for t in sent if t.i > figure.node.i)


def _places_written(figure: Figure) -> set[str]:
    """The places a figure's own "in" phrase names ("19 people in Tamaria": Tamaria). A country's
    name tells itself, whatever the tagger made of it ("56 in Malawi", Malawi tagged a person), and
    a phrase right after a joined figure that the parse hung on the verb is the figure's own
    ("killed 242 people in Mozambique and 259 in Zimbabwe", "in Zimbabwe" on "killed")."""
    preps = ("in", "across", "inside")
    out = set()
    owners = {figure.node, *([figure.noun] if figure.noun is not None else [])}
    found = [c for token in owners for c in token.children if c.dep_ == "prep" and c.lower_ in preps]
    doc = figure.node.doc
    if not found and figure.node.dep_ == "conj" and figure.last + 1 < len(doc):
        after = doc[figure.last + 1]
        if after.dep_ == "prep" and after.lower_ in preps and after.head.pos_ in ("VERB", "AUX"):
            found.append(after)
    for prep in found:
        out |= {
            o.text
            for o in prep.children
            if o.dep_ == "pobj" and (o.ent_type_ in ("GPE", "LOC") or country_or_state(o.text))
        }
    return out


def elsewhere(figure: Figure, head: Figure) -> bool:
    """ "killed 19 people in Tamaria and four in Orsania": two figures, each its own place's, never
    a sum: each names a place of its own, and not the same."""
    mine, theirs = _places_written(figure), _places_written(head)
    return bool(mine and theirs and mine != theirs)


def rejected(figure: Figure) -> bool:
    """A figure set beside another only to be rejected: "the toll is 275 and not 288", "40, not
    52" — no member of a sum, the figure said before."""
    return figure.node.dep_ in ("conj", "appos") and any(c.dep_ == "neg" for c in figure.node.children)


def _own_predicate(figure: Figure, head: Figure) -> bool:
    """The parse joined two numbers that each have a clause of their own: the first the object of
    the verb before it, the second the subject of the verb after it ("killed 12 and 40 were hurt")."""
    return (
        head.governor is not None
        and head.governor.i == head.first - 1
        and (figure.governor is None or figure.governor.i != head.governor.i)
    )


def _own_states(figure: Figure, head: Figure, care_places: frozenset[str]) -> bool:
    """Each of two joined figures is followed by a state word of its own ("left 24 people dead and
    numerous others missing"): two counts set side by side, however the parse joins the nouns. So
    too a first figure told by a clause of its own beside a second set in a place of care
    (``care_places``, lemmas): "about 181 people that died and about 80 people in the hospital"
    are the dead and those in hospital, never one sum."""
    doc = figure.node.doc
    if figure.last + 1 >= len(doc) or head.last + 1 >= figure.first:
        return False
    after_head, after_figure = doc[head.last + 1], doc[figure.last + 1]
    if (
        after_head.pos_ in ("ADJ", "VERB")
        and after_figure.pos_ in ("ADJ", "VERB")
        and after_head.lower_ != after_figure.lower_
    ):
        return True
    told = any(c.dep_ in ("relcl", "acl") and c.pos_ in ("VERB", "AUX") for c in (head.noun or head.node).children)
    cared = any(
        c.dep_ == "prep" and any(o.dep_ == "pobj" and o.lemma_.lower() in care_places for o in c.children)
        for c in (figure.noun or figure.node).children
    )
    return told and cared


def _successive_values(figure: Figure, head: Figure, words: frozenset[str]) -> bool:
    """Two bare numbers one toll took in turn ("rose to 35 and now 58"); figures with nouns of
    their own are other people, whatever the order told ("killed two guards and then three inmates")."""
    return figure.noun is None and head.noun is None and successive(figure.node.doc, head.last, figure.first, words)


def group_figures(
    figures: list[Figure],
    care_places: frozenset[str] = frozenset(),
    successive_words: frozenset[str] = frozenset(),
    beside_phrases: frozenset[str] = frozenset(),
) -> list[Figure]:
    """Join coordinated figures ("four medical staff workers and 45 civilians") into one, and a
    figure set beside the verb's own by one of ``beside_phrases`` ("In addition to 14 of its staff,
    24 patients were killed"); figures each with a state of its own (``_own_states``,
    ``care_places``: lemmas of a place of care) stay apart, and so do one toll's successive values
    ("rose to 35 and now 58", ``successive_words``)."""
    by_node = {f.node.i: f for f in figures}
    roots: list[Figure] = []
    for figure in figures:
        parent = None
        if (
            figure.node.dep_ == "conj"
            and figure.node.head.i in by_node
            and not rejected(figure)
            and not _successive_values(figure, by_node[figure.node.head.i], successive_words)
            and not _respectively(figure)
            and not _own_predicate(figure, by_node[figure.node.head.i])
            and not _own_states(figure, by_node[figure.node.head.i], care_places)
            and not elsewhere(figure, by_node[figure.node.head.i])
            and not (figure.part or by_node[figure.node.head.i].part or figure.total is not None)
            and figure.kind == by_node[figure.node.head.i].kind == "people"
            and figure.attribute in (None, by_node[figure.node.head.i].attribute)
        ):
            parent = by_node[figure.node.head.i]
        elif (
            figure.node.dep_ == "conj"
            and figure.node.head.i in by_node
            and by_node[figure.node.head.i].part
            and not figure.part
            and figure.kind == by_node[figure.node.head.i].kind == "people"
            and figure.attribute in (None, by_node[figure.node.head.i].attribute)
        ):
            # the next member of a breakdown ("seven missing: three Lebanese, four Syrians"): a part too
            figure.part = True
            figure.total = by_node[figure.node.head.i].total
        elif (head := co_subject(figure, figures)) is not None and not (
            rejected(figure) or elsewhere(figure, head) or figure.total is not None or head.part
        ):
            # "Twelve adults and four children were taken to hospitals", the parse giving the verb two
            # subjects: one list, as if the second were joined to the first
            parent = head
        elif figure.node.dep_ == "appos" and figure.node.head.i in by_node:
            head = by_node[figure.node.head.i]
            if elsewhere(figure, head):
                pass  # "killed 20 people in Florida, five in Virginia": each its own place's, no breakdown
            elif head.singular and figure.singular and figure.node.pos_ == "PROPN" and head.node.pos_ == "NOUN":
                figure.part = True  # "her daughter, Meredith Jessie": the same person named
            elif (
                head.singular
                and figure.singular
                and any(c.dep_ == "det" and c.lower_ == "the" for c in figure.node.children)
            ):
                figure.part = True  # "a boy was killed ..., the innocent victim of a gun battle": him again
            elif head.singular or _listed_beside(figure, head, by_node) or list_goes_on(head, figure.node, by_node):
                # "Dr X, five colleagues and ...", "178 adult passengers, one child, two infants ...": a
                # list, not a restatement nor a breakdown of its first group
                parent = head
            else:
                figure.part = True  # "two people, a man and a woman": a breakdown of the total
        elif (verb := along_with(figure.node) or beside_verb(figure, beside_phrases)) is not None:
            # "Two boys are dead along with their father", "In addition to 14 of its staff, 24
            # patients were killed": one casualty group, the sum of both
            siblings = [
                f
                for f in figures
                if f is not figure
                and (f.noun or f.node).head.i == verb.i
                and (f.noun or f.node).dep_ in ("nsubj", "nsubjpass", "dobj")
                and f.attribute in (figure.attribute, None)
                and f.kind == figure.kind == "people"
                and f.total is figure.total
                and not elsewhere(figure, f)
            ]
            parent = siblings[0] if siblings else None
        elif figure.singular and figure.node.lower_ in REFLEXIVE:
            siblings = [
                f
                for f in figures
                if f is not figure and f.node.head.i == figure.node.head.i and f.node.dep_ in ("dobj", "conj")
            ]
            parent = siblings[0] if siblings else None
        if parent is not None:
            while parent in [m for r in figures for m in r.members]:
                parent = next(r for r in figures if parent in r.members)
            parent.members.append(figure)
            figure.attribute = figure.attribute or "member"
        else:
            roots.append(figure)
    return [r for r in roots if not any(r in f.members for f in figures)]


def _listed_beside(figure: Figure, head: Figure, by_node: dict[int, Figure]) -> bool:
    """One person after a counted group, the parse hanging the list as an apposition ("Four doctors,
    a nurse and a pharmacist were abducted"): more members of the list, not a breakdown of the
    group, when the persons set beside it (this one and those joined to it) are fewer than the
    group counts and none is of the group's own noun ("two people, a man and a woman" is a
    breakdown: as many as counted; so is all that follows a breakdown's first part)."""
    best = head.quantity.get("best")
    if head.part or not figure.singular or head.noun is None or figure.noun is None or not isinstance(best, int):
        return False
    listed = [figure] + [by_node[t.i] for t in figure.node.conjuncts if t.i in by_node]
    return (
        all(f.singular and f.noun is not None and f.noun.lemma_ != head.noun.lemma_ for f in listed)
        and len(listed) < best
    )


def share_list_roles(figures: list[Figure]) -> None:
    """A list hung as an apposition that goes on past its first group (``list_goes_on``: "178 adult
    passengers, one child, two infants, two pilots and six cabin crew on board") is one count: the
    role one of its groups has ("on board" on the last) is every group's, and the first group takes
    part in the sum (``group_figures``)."""
    by_node = {f.node.i: f for f in figures}
    for figure in figures:
        head = by_node.get(figure.node.head.i)
        if figure.node.dep_ != "appos" or head is None or not list_goes_on(head, figure.node, by_node):
            continue
        listed = [head, figure] + [by_node[t.i] for t in figure.node.conjuncts if t.i in by_node]
        roles = {f.attribute for f in listed if f.attribute is not None}
        if len(roles) == 1:
            role = roles.pop()
            for f in listed:
                f.attribute = f.attribute or role


def list_goes_on(head: Figure, appos: Token, owner: dict[int, Figure]) -> bool:
    """Whether the counted groups set beside ``head`` by a comma (``appos``, the parse's apposition,
    and the nouns joined to it) go on with a list that ``head`` opens rather than break it down:
    two or more groups, each counted, each of a noun other than the head's, whose counts add up to
    more or less than the head's. A breakdown tells the whole ("seven missing, three Lebanese and
    four Syrians"), and one after a colon or a dash is one whatever it adds up to ("recovered nine
    bodies: the pilot, an aide, two guards and three crew members")."""
    best = head.quantity.get("best")
    if head.part or head.noun is None or not isinstance(best, int):
        return False
    doc = appos.doc
    if any(a_stop(doc[k]) for k in range(head.last + 1, appos.i)):
        return False
    listed = [owner.get(t.i) for t in (appos, *appos.conjuncts)]
    counts = [f.quantity.get("best") if f is not None else None for f in listed]
    return (
        len(listed) >= 2
        and all(isinstance(n, int) for n in counts)
        and all(
            f is not None and f.kind == "people" and f.noun is not None and f.noun.lemma_ != head.noun.lemma_
            for f in listed
        )
        and sum(n for n in counts if isinstance(n, int)) != best
    )


def in_care(figure: Figure, rules: RuleSet) -> str | None:
    """How the figure counts people being treated (``figures.in_care``): "still" when they are
    said to be still in care ("123 are still under treatment", "more than 100 still undergoing
    treatment": those in hospital now); "of the hurt" when the hurt the noun describes are being
    treated ("some 123 people who had been wounded are being treated": some of the hurt); "treated"
    when neither ("78 people are being treated in hospitals" the day it happened is everyone hurt,
    never the dead); None when no care is said."""
    care = rules.figures.in_care
    node = figure.noun if figure.noun is not None else figure.node
    subject = node
    if node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.dep_ in ("nsubj", "nsubjpass"):
        subject = node.head.head  # "a total of 64 victims are receiving treatment": the total's verb
    verbs = [subject.head] if subject.dep_ in ("nsubj", "nsubjpass") else []
    clauses = [c for c in node.children if c.dep_ in ("acl", "relcl")]
    verbs += clauses + [g for c in clauses for g in c.children if g.dep_ in ("xcomp", "conj")]
    for verb in verbs:
        being = any(c.dep_ in ("aux", "auxpass") and c.lower_ == "being" for c in verb.children)
        said = {
            f"{c.lower_} {o.lower_}" for c in verb.children if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj"
        }
        said |= {f"{verb.lemma_.lower()} {c.lower_}" for c in verb.children if c.dep_ == "dobj"}
        if not (being and verb.lemma_.lower() in care.progressive or said & care.phrases):
            continue
        if any(c.dep_ == "advmod" and c.lower_ in care.still for c in verb.children):
            return "still"
        hurt = [c for c in clauses if c.i != verb.i and count_word(c, rules) == rules.counts.injured]
        if hurt:
            return "of the hurt"
        return "treated"
    return None


def co_subject(figure: Figure, figures: list[Figure]) -> Figure | None:
    """The figure just before ``figure`` when both count the subjects of one verb, only "and" stands
    between them and the parse left ``figure`` with no role ("Twelve adults and four children were
    taken": the parse's two subjects, the role phrase given to the first). Figures that each have their
    role ("18 reporters and 85 police officers injured") stay apart."""
    own = figure.noun or figure.node
    if own.dep_ not in ("nsubj", "nsubjpass") or figure.kind != "people" or figure.singular:
        return None
    before = [f for f in figures if f.last < figure.first]
    if not before:
        return None
    head = max(before, key=lambda f: f.last)
    other = head.noun or head.node
    doc = own.doc
    between = [t.lower_ for t in doc[max(head.last, other.i) + 1 : figure.first]]
    # "A total of 60 passengers and four crew members were aboard": the list is the total's, whose
    # noun the parse made the verb's subject; both take the verb's role, and the text sums them
    total = other.dep_ == "pobj" and other.head.lower_ == "of" and other.head.head.lower_ == "total"
    if total:
        other = other.head.head
    if (
        head.kind != "people"
        or head.singular
        or other.dep_ != own.dep_
        or other.head.i != own.head.i
        or between != ["and"]
        or figure.attribute not in ((None, head.attribute) if total else (None,))
        or head.attribute is None
    ):
        return None
    return head


def value_of(figure: Figure, rules: RuleSet, sent: Span) -> CountValue:
    """The value of one figure on its own (``claim_value`` sums a figure's members in)."""
    q = figure.quantity
    doc = sent.doc
    value: CountValue = {
        "low": q["low"],
        "high": q["high"],
        "best": q["best"],
        "qualifier": q["qualifier"],
        "unit": unit_of(figure, rules),
        "subject": None if figure.noun is None else figure.noun.text,
        "words": q["words"] if not figure.singular else doc[figure.first : figure.last + 1].text,
    }
    if q.get("vague"):
        value["vague"] = q["vague"]
    elif q["qualifier"] and q.get("stated") is not None:
        value["stated"] = q["stated"]  # the number a qualifier widens ("more than 500": 500)
    if figure.shooter:
        value["shooter"] = True
    if figure.singular and not figure.zero:
        # one person described or named ("Maaz was killed"): at least one dead, and no figure stated —
        # a victim among the toll, never a toll of one
        value["individual"] = True
        value["high"] = None
        value["best"] = None
    return value


def doc_text(sent: Span, figure: Figure) -> str:
    """The figure's words as written."""
    first, last = figure.first, figure.last
    while last > first and sent.doc[last].is_punct:
        last -= 1
    return sent.doc[first : last + 1].text


_PARTITIVE = {"them", "whom", "those", "these", "which"}


def _number_tokens(figure: Figure) -> list[Token]:
    doc = figure.node.doc
    return [doc[k] for k in range(figure.first, figure.last + 1)]


def _verb_above(token: Token) -> Token | None:
    here, steps = token, 0
    while here.head.i != here.i and steps < 4:
        here = here.head
        steps += 1
        if here.pos_ in ("VERB", "AUX"):
            return here
    return None


def _included_in_clause(node: Token, owner: dict[int, Figure], figure: Figure) -> Figure | None:
    """The figure a bare figure after "including" is a part of when the parse hangs "including" on
    the clause rather than on that figure ("more than 200 casualties had reached hospitals,
    including dozens with serious injuries"): the subject or object of the clause's verb."""
    if node.dep_ != "pobj" or node.head.lower_ != "including":
        return None
    verb = _verb_above(node.head)
    if verb is None:
        return None
    return next(
        (
            owner[c.i]
            for c in verb.children
            if c.dep_ in ("nsubj", "nsubjpass", "dobj") and c.i in owner and owner[c.i] is not figure
        ),
        None,
    )


def link_parts(
    figures: list[Figure],
    sent: Span,
    noun_roles: dict[str, str] | None = None,
    present_wholes: frozenset[str] = frozenset(),
    population_wholes: frozenset[str] = frozenset(),
    present_marks: frozenset[str] = frozenset(),
) -> None:
    """Mark each figure that the sentence gives as a part of another ("20 of them", "five of the 79",
    "Of the 34 people still in hospital, 18 ...", "13 refugees were among the 178 killed") with that
    total; a part with no role of its own takes the total's. Parts are never summed into the total."""
    people = [f for f in figures if f.kind == "people" and not f.singular]
    owner = {}
    for f in people:
        for t in _number_tokens(f):
            owner[t.i] = f
        if f.noun is not None:
            owner[f.noun.i] = f
    for f in people:
        total = None
        for t in _number_tokens(f):
            for prep in t.children:
                if prep.dep_ == "prep" and prep.lower_ == "of":
                    for obj in prep.children:
                        if obj.dep_ != "pobj":
                            continue
                        if obj.i in owner and owner[obj.i] is not f:
                            total = owner[obj.i]  # "five of the 79"
                        elif obj.lower_ in _PARTITIVE:
                            earlier = [g for g in people if g.first < f.first and g is not f and g.total is None]
                            total = earlier[-1] if earlier else None  # "20 of them"
        verb = _verb_above(f.noun or f.node)
        drawn_from = False
        if total is None and verb is not None:
            for prep in _whole_preps(verb):
                if prep.i != f.node.i:
                    for obj in prep.children:
                        if obj.dep_ == "pobj" and obj.i in owner and owner[obj.i] is not f:
                            total = owner[obj.i]  # "Of the 34 ..., 18 are", "among the 178 killed"
                            drawn_from = True
                            _swap_roles(f, total, verb, noun_roles or {})
        node = f.noun or f.node
        if (
            total is None
            and node.dep_ == "pobj"
            and node.head.lower_ in ("including", "among", "of")
            and node.head.head.i < node.head.i  # (a fronted "Of the 475 people on board, 179 ..." names the whole)
            and node.head.head.i in owner
            and owner[node.head.head.i] is not f
        ):
            total = owner[node.head.head.i]  # "the 178 killed, including two ..."
        if total is None and (listed := _listed_after(f, node, people)) is not None:
            total = listed
            if total.attribute is not None and f.governor is None:
                # "43 bodies have been recovered, including 28 adults and 15 children": members with
                # no verb of their own are counted as their total is (bodies), never as a toll
                f.attribute = total.attribute
        if total is None:
            total = _bracketed_under(f, people, sent)
        if total is None and (listed := _listed_in_apposition(f, node, owner) or _summed_after_a_stop(f, people, sent)):
            total = listed
            if total.attribute is not None:
                f.attribute = total.attribute  # the breakdown restates the whole's role
        if total is None and (f.noun is None or f.noun.i == f.node.i):
            total = _included_in_clause(node, owner, f) or _elliptical_after(f, node, people)
        if total is None and f.part:
            earlier = [g for g in people if g.first < f.first and g is not f and not g.part and g.total is None]
            total = earlier[-1] if earlier else None
        if total is not None and total is not f:
            f.total = total
            f.part = True
            if f.attribute is None:
                f.attribute = total.attribute
            if drawn_from and _own_clause_role(f, verb) and _role_only_from(total, verb):
                # what the part's own verb says of it is not said of the whole it is drawn from:
                # "Of the 104 survivors, nine men were arrested" arrests nine, not 104
                total.attribute, total.governor = None, None
            elif total.attribute is None:
                total.attribute = f.attribute if f.attribute not in ("identified", "critical", "hospitalised") else None
            if total.noun is not None and (
                total.noun.lower_ in present_wholes or _marked_present(total.noun, present_marks)
            ):
                total.attribute = "people_present"  # "Of the 64 occupants, 48 died": those aboard, not the dead
            elif total.noun is not None and total.noun.lower_ in population_wholes:
                total.attribute = "population"  # "Out of the town's 4,700 residents, 2,000 ...": who live there
    _link_summed_with(people, sent)


def _own_clause_role(part: Figure, verb: Token | None) -> bool:
    """Whether the part's role is told by the verb of its own clause ("nine men were arrested"),
    the clause its fronted whole ("Of the 104 survivors, ...") hangs on."""
    return part.attribute is not None and verb is not None and part.governor is not None and part.governor.i == verb.i


def _role_only_from(whole: Figure, verb: Token | None) -> bool:
    """Whether a whole with a noun of its own has its role only from the part's verb it hangs on
    ("Of the 104 survivors, ... were arrested"), no word of its own ("Of the 79 killed")."""
    return whole.noun is not None and verb is not None and whole.governor is not None and whole.governor.i == verb.i


def _marked_present(noun: Token, marks: frozenset[str]) -> bool:
    """Whether a word or phrase hung after the noun says its people were there ("people on board",
    "passengers aboard")."""
    return any(
        c.i > noun.i and " ".join(t.lower_ for t in c.subtree) in marks
        for c in noun.children
        if c.dep_ in ("prep", "advmod", "amod")
    )


def _link_summed_with(people: list[Figure], sent: Span) -> None:
    """ "The toll stands at 803, with 790 bodies recovered and 13 victims who died in hospital": the
    figures of a "with" phrase hung on a total's clause, two or more whose values add up to the
    figure stated before it, are its parts (each keeps its own role). Only an exact sum: "with 30
    children among them" or "with 12 critical" is no breakdown."""
    for w in sent:
        if w.lower_ != "with" or w.dep_ != "prep":
            continue
        inside = {t.i for t in w.subtree}
        members = [g for g in people if g.total is None and (g.noun or g.node).i in inside and g.first > w.i]
        before = [g for g in people if g.last < w.i and g.total is None and g not in members and g.attribute]
        if len(members) < 2 or not before:
            continue
        total = before[-1]
        values = [g.quantity.get("best") for g in members]
        whole = total.quantity.get("best")
        if (
            isinstance(whole, int)
            and all(isinstance(v, int) for v in values)
            and sum(v for v in values if isinstance(v, int)) == whole
        ):
            for g in members:
                g.total, g.part = total, True
                if g.attribute is None:
                    g.attribute = total.attribute


def _swap_roles(part: Figure, total: Figure, verb: Token, noun_roles: dict[str, str]) -> None:
    """ "Out of 275, 88 bodies have been identified": the verb's role ("identified") is the part's,
    which the parse gave the bare whole too; the part's noun ("bodies": the dead) says what the whole
    counts. Only for a whole with no noun of its own whose role came from the part's verb."""
    noun = part.noun
    own = noun_roles.get(noun.lower_) if noun is not None else None
    if (
        own is not None
        and total.noun is None
        and total.governor is not None
        and total.governor.i == verb.i
        and total.attribute not in (None, own)
    ):
        if part.attribute in (None, own):
            part.attribute = total.attribute
        total.attribute, total.governor = own, noun


def _whole_preps(verb: Token) -> list[Token]:
    """The verb's "of", "among" and "out of" phrases, which may name the whole its figure is a part of."""
    out = []
    for prep in verb.children:
        if prep.dep_ != "prep":
            continue
        if prep.lower_ in ("of", "among"):
            out.append(prep)
        elif prep.lower_ == "out":  # "Out of 275, 88 bodies have been identified"
            out += [c for c in prep.children if c.dep_ == "prep" and c.lower_ == "of"]
    return out


def link_later_deaths(figures: list[Figure], later: Callable[[Token], bool]) -> None:
    """Mark as a part of the sentence's larger figure of the same role each figure of people who
    died later, of what the happening did to them (``later`` of its verb: "three die in hospital",
    "Three people injured in the fire have died in hospital, raising the death toll to 44"): those
    three are among the 44, no step of the toll."""
    people = [f for f in figures if f.kind == "people" and not f.singular and f.attribute is not None]
    for f in people:
        words = [w for w in (_verb_above(f.noun or f.node), f.noun) if w is not None]
        if f.part or f.total is not None or not any(later(w) for w in words):
            continue
        best = f.quantity.get("best")
        larger = [
            g
            for g in people
            if g is not f
            and g.attribute == f.attribute
            and not g.part
            and isinstance(best, (int, float))
            and isinstance(g.quantity.get("best"), (int, float))
            and g.quantity["best"] > best
        ]
        if larger:
            f.total = max(larger, key=lambda g: g.quantity["best"])
            f.part = True


def _listed_after(f: Figure, node: Token, people: list[Figure]) -> Figure | None:
    """The total a figure is listed under by "including" or "among them" hanging from the verb of
    the total ("the toll has risen to 27, including six children"; "has reached 34, among them eight
    children and three women"): the nearest figure before that word under the same verb. A member
    joined to the first by "and" ("including 28 adults and 15 children") is listed there too."""
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    verb = node.head.head if node.dep_ == "pobj" and node.head.lower_ in _LISTING else _verb_above(node)
    if verb is None:
        return None
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in _LISTING or prep.i > node.i:
            continue
        if not any(o.dep_ == "pobj" and (o.i == node.i or o.lower_ in _PARTITIVE) for o in prep.children):
            continue
        earlier = [
            g
            for g in people
            if g is not f and g.last < prep.i and g.total is None and _same(_verb_above(g.noun or g.node), verb)
        ]
        return earlier[-1] if earlier else None
    return None


_LISTING = ("including", "among")


def _elliptical_after(f: Figure, node: Token, people: list[Figure]) -> Figure | None:
    """The figure a bare number after a comma breaks down when it hangs on that figure's verb with a
    phrase of its own and no verb ("eight attackers were killed around the capital, seven in suicide
    bombings"): the nearest figure with a noun before it under that verb, as "seven of them" would."""
    verb = node.head
    if (
        node.dep_ not in ("npadvmod", "appos")
        or verb.pos_ not in ("VERB", "AUX")
        or not any(c.dep_ == "prep" for c in node.children)
        or node.i == 0
        or node.doc[node.i - 1].text != ","
    ):
        return None
    earlier = [
        g
        for g in people
        if g is not f
        and g.noun is not None
        and g.last < node.i
        and g.total is None
        and _same(_verb_above(g.noun), verb)
    ]
    return earlier[-1] if earlier else None


def _listed_in_apposition(f: Figure, node: Token, owner: dict[int, Figure]) -> Figure | None:
    """The total whose list of members, set beside it, names this figure ("recovered nine bodies:
    the pilot, an aide, two guards and three crew members"; "seven were killed: the mayor, his
    deputy and five others"): the figure up the chain of "and"s and appositions from its noun, when
    the chain holds an apposition (a plain "and" joins figures into a sum, ``group_figures``)."""
    cur, beside = node, None
    while cur.dep_ in ("conj", "appos") and cur.head.i != cur.i:
        beside = cur if beside is None and cur.dep_ == "appos" else beside
        cur = cur.head
        whole = owner.get(cur.i)
        if beside is not None and whole is not None and whole is not f and not elsewhere(f, whole):
            # (a list that goes on past the whole's group is no breakdown of it)
            return None if list_goes_on(whole, beside, owner) else whole
    return None


_STOPS = (";", ":", "—", "–")


def a_stop(token: Token) -> bool:
    """A semicolon, a colon, a dash, or a hyphen set off by spaces as a dash ("49 people have died -
    41 at ..."; "five-member" is one word)."""
    if token.text in _STOPS:
        return True
    doc = token.doc
    return token.text == "-" and token.i > 0 and bool(doc[token.i - 1].whitespace_) and bool(token.whitespace_)


def _summed_after_a_stop(f: Figure, people: list[Figure], sent: Span) -> Figure | None:
    """The total a verbless list after a semicolon, colon or dash breaks down, when its figures add
    up to it ("28 bodies have been recovered; 27 bodies from the plane and one from the helicopter"):
    the nearest figure before the stop with that value. The sum is the guard: a list that adds up to
    no figure before it is a count of its own."""
    doc = sent.doc
    stop = next((k for k in range(f.first - 1, sent.start - 1, -1) if a_stop(doc[k])), None)
    if stop is None:
        return None
    end = next((k for k in range(stop + 1, sent.end) if a_stop(doc[k])), sent.end)
    if any(doc[k].pos_ in ("VERB", "AUX") for k in range(stop + 1, end)):
        return None
    listed = [g for g in people if stop < g.first and g.last < end]
    values = [v for g in listed if isinstance(v := g.quantity.get("best"), int)]
    if len(listed) < 2 or len(values) < len(listed):
        return None
    whole = sum(values)
    before = [g for g in people if g.last < stop and not g.part and g.total is None and g.quantity.get("best") == whole]
    return before[-1] if before else None


def _bracketed_under(f: Figure, people: list[Figure], sent: Span) -> Figure | None:
    """The total a figure in brackets right after it breaks down ("Forty-one people have died (22 in
    A, 12 in B, 7 in C)"): the nearest figure before the opening bracket, outside any bracket, that
    counts what the bracketed one counts (or whose count the bracketed one leaves open)."""
    doc = sent.doc
    opened = None
    for k in range(f.first - 1, sent.start - 1, -1):
        if doc[k].text == ")":
            return None  # the figure stands after a closed bracket, in none
        if doc[k].text == "(":
            opened = k
            break
    if opened is None or not any(doc[k].text == ")" for k in range(f.last + 1, sent.end)):
        return None
    before = [
        g
        for g in people
        if g is not f
        and g.last < opened
        and not g.part
        and g.total is None
        and f.attribute in (None, g.attribute)
        and not any(doc[k].text in "()" for k in range(g.last + 1, opened))
    ]
    return before[-1] if before else None


def _same(a: Token | None, b: Token) -> bool:
    return a is not None and a.i == b.i  # spaCy makes a new Token object on each access


def qualified_attribute(figure: Figure) -> str:
    """The attribute a figure is compared under: a projection, a change or a part is not the toll."""
    attribute = figure.attribute or ""
    if figure.status in ("projected", "hypothetical"):
        return f"{attribute}_projected"
    if figure.status in ("increment", "decrement", "claimed", "tally", "witnessed", "excess", "unconfirmed"):
        return f"{attribute}_{figure.status}"
    if figure.part and not figure.singular:
        total = figure.total
        if (
            total is not None
            and total.attribute != figure.attribute
            and (total.attribute is not None or total.noun is not None)
        ):
            # "18 of the 34 in hospital are critical", "Of the 104 survivors, nine were arrested":
            # its own measure, drawn from a whole counted otherwise
            return attribute
        if (figure.where or figure.area) and (
            total is None or (total.where, total.area) != (figure.where, figure.area)
        ):
            return attribute  # "45,513 people, 39,672 of them in Turkey": Turkey's count
        return f"{attribute}_{figure.group or 'part'}"
    return attribute
