"""Who a sentence cites, and whether it hedges.

The *cited source* is whom the document attributes a claim to ("according to the Syrian
Observatory", "MSF said", "X told AFP") — distinct from the outlet that published the document.
*Hedging* is a word that weakens the claim ("reportedly", "apparent"). Both are per sentence and
are attached by the orchestrator to every claim found in that sentence — except where the parse
ties a claim to its own speaker: ``speaker_of`` gives a figure the subject of the verb that gives
or reports it ("the Red Cross said 100 had died, whereas the minister gave a toll of 80": 80 is
the minister's), and only a figure with none takes the sentence's source.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Span, Token

from ..rules import RuleSet
from ..text import WEEKDAYS
from .base import doc_text
from .datelines import dateline_end

_PRONOUNS = {"he", "she", "they", "it", "we", "i", "you", "who", "which", "that"}
_PLACE_OWNERS = {"country", "nation", "world"}  # "the country's toll": a scope, not a body's word
_MAX_SOURCE_CHARS = 80


@dataclass(frozen=True)
class Sourcing:
    cited_source: str | None
    hedge: str | None
    cue_start: int | None = None  # document offset of the cue ("said", "according")
    source_start: int | None = None  # document offsets of the source phrase
    source_end: int | None = None
    # document offsets of what the source is cited for, when not the whole sentence: a group that
    # claims an act is the source of its claim ("claimed responsibility for the bombing in X"), not
    # of a clause beside it ("..., as the death toll rose to 47")
    covers: tuple[int, int] | None = None
    # document offsets of what a reporting clause set after what it reports does not cite its
    # source for a figure in: background its clause tells ("..., police said, hours after a collision that
    # left 36 dead"; ``background``)
    outside: tuple[tuple[int, int], ...] = ()


@lru_cache(maxsize=8)
def _hedge_pattern(hedges: tuple[str, ...]) -> re.Pattern[str]:
    words = sorted(hedges, key=len, reverse=True)
    return re.compile(r"\b(" + "|".join(re.escape(w) for w in words) + r")\b", re.IGNORECASE)


def entity_tokens(token: Token) -> list[Token]:
    """The tokens of the named entity ``token`` is in (itself when in none): the parse may split a
    name at its hyphen ("al-Hamwi told ..." with "al" and "Hamwi" both subjects)."""
    if not token.ent_type_:
        return [token]
    doc, first, last = token.doc, token.i, token.i
    while first > 0 and doc[first].ent_iob_ == "I" and doc[first - 1].ent_type_ == token.ent_type_:
        first -= 1
    while last + 1 < len(doc) and doc[last + 1].ent_iob_ == "I":
        last += 1
    return list(doc[first : last + 1])


def _phrase(token: Token) -> tuple[int, int]:
    """Character span of a noun phrase headed by ``token`` without relative clauses or quotes."""
    keep = entity_tokens(token)
    for child in token.children:
        if child.dep_ in (
            "compound",
            "amod",
            "det",
            "poss",
            "nmod",
            "flat",
            "case",
            "prep",
            "pobj",
            "appos",
            "punct",
        ) and child.dep_ not in ("relcl",):
            if child.dep_ == "punct" and child.text not in ("'s", "’s", "-"):
                continue
            if child.dep_ == "appos":
                continue
            if child.dep_ == "prep" and any(t.ent_type_ in ("DATE", "TIME") for t in child.subtree):
                continue  # "The Railways on Saturday said ...": when it was said, not who
            keep.extend(t for t in child.subtree if t.dep_ not in ("relcl", "acl") and t.text not in '"“”')
    opening = dateline_end(token.sent)
    keep = [t for t in keep if t.i >= opening] or [token]  # "GENEVA - U.N.-mandated investigators"
    keep.sort(key=lambda t: t.i)
    while len(keep) > 2 and keep[-1].lower_ in WEEKDAYS and keep[-2].lower_ in ("on", "last", "this"):
        del keep[-2:]  # a name the model ran on into when it was said: "The Railways on Saturday"
    start = min(t.idx for t in keep)
    last = max(keep, key=lambda t: t.i)
    end = last.idx + len(last.text)
    after = last.i + 1
    if (
        after < len(last.doc)
        and last.doc[after].text == ")"
        and sum(t.text == "(" for t in keep) > sum(t.text == ")" for t in keep)
    ):
        end = last.doc[after].idx + 1  # "the Front for the Liberation of Tarsun (FLT)": its bracket closed
    return start, end


def find_sourcing(sent: Span, rules: RuleSet, text: str | None = None) -> Sourcing:
    """The cited source and hedge of one sentence (character offsets are relative to ``sent.doc``).

    ``text``: the document text, when the caller has it (``Doc.text`` is rebuilt on every access).
    """
    match = _hedge_pattern(rules.sourcing.hedges).search(sent.text)
    hedge = match.group(1) if match else None
    cues = set(rules.sourcing.cue_verbs)
    if text is None:
        text = doc_text(sent.doc)
    for token in sent:
        low = token.lower_
        if low == "according" and token.i + 1 < len(token.doc) and token.doc[token.i + 1].lower_ == "to":
            to = token.doc[token.i + 1]
            objects = [c for c in to.children if c.dep_ == "pobj"]
            if objects:
                giver = _giver(objects[0], rules)
                start, end = _phrase(giver)
                if giver is not objects[0] and giver.ent_type_:  # "the Disaster and Emergency Management Authority"
                    ent = next(e for e in giver.doc.ents if e.start <= giver.i < e.end)
                    start, end = min(start, ent.start_char), max(end, ent.end_char)
                return Sourcing(_clean(text[start:end]), hedge, token.idx, start, end)
        if low in cues and token.pos_ in ("VERB", "AUX") and not _does_harm(token, rules):
            subject = _subject(token)
            if subject is not None:
                start, end = _phrase(subject)
                if end - start <= _MAX_SOURCE_CHARS:
                    covers = _claimed(token) if claims_a_role(token, claim_phrases(rules)) else None
                    outside = background(token, subject, sent, rules)
                    return Sourcing(_clean(text[start:end]), hedge, token.idx, start, end, covers, outside)
    return Sourcing(None, hedge)


def background(cue: Token, subject: Token, sent: Span, rules: RuleSet) -> tuple[tuple[int, int], ...]:
    """Document offsets of what a reporting verb set after what it reports does not cite its
    subject for: the phrases of background below the reported clause or the verb itself ("was
    arrested, police said, hours after a collision that left 36 people dead": the "after" phrase;
    ``sourcing.background_links``) and relative clauses ("the blast, which killed 12, ..., police
    said"). None for a verb set first ("Police said the master was
    arrested after ..."): all it governs is what it reports."""
    reported = [c for c in cue.children if c.dep_ in ("ccomp", "parataxis") and c.i < cue.i]
    if cue.dep_ == "parataxis" and cue.head.i < cue.i:
        reported.append(cue.head)  # "X was arrested, police said": the parse may hang the saying on the arrest
    if not reported:
        return ()
    links = frozenset(rules.sourcing.background_links)
    own = {t.i for t in subject.subtree} | {cue.i}
    heads = [*reported, *(c for c in cue.children if c.i > cue.i and c.i not in own)]
    spans: list[tuple[int, int]] = []
    for head in heads:
        for token in head.subtree:
            if token.i in own or not sent.start <= token.i < sent.end:
                continue
            # (a clause of its own is left to the reported one: "the toll rose to 40 after three
            # more bodies were found, police said" tells why the toll rose, police's word too)
            if token.dep_ == "relcl" or token.dep_ == "prep" and token.lower_ in links:
                tokens = list(token.subtree)
                if token.dep_ == "prep":  # "hours after ...": the span the phrase is measured in too
                    tokens += [t for c in token.children if c.dep_ == "npadvmod" for t in c.subtree]
                first, last = min(tokens, key=lambda t: t.i), max(tokens, key=lambda t: t.i)
                spans.append((first.idx, last.idx + len(last.text)))
    return tuple(spans)


def _giver(cited: Token, rules: RuleSet) -> Token:
    """Who a cited figure is from: "the newest numbers released by the disaster agency", "the most
    recent figure from the interior minister" cite the agency and the minister
    (``sourcing.figure_nouns``); any other cited phrase is itself."""
    if cited.lemma_.lower() not in rules.sourcing.figure_nouns:
        return cited
    for child in cited.children:
        preps = [child] if child.dep_ == "prep" else []
        if child.dep_ == "acl":  # "released by", "issued by", "published by"
            preps = [c for c in child.children if c.dep_ in ("agent", "prep") and c.lower_ in ("by", "from")]
        for prep in preps:
            if prep.lower_ in ("by", "from", "of"):
                for obj in (c for c in prep.children if c.dep_ == "pobj"):
                    if obj.pos_ == "PROPN" or obj.ent_type_ in ("ORG", "PERSON", "GPE", "NORP"):
                        return obj
    return cited


def speaker_of(token: Token, sent: Span, rules: RuleSet) -> Token | None:
    """The subject of the nearest verb above ``token`` that reports or gives what it heads — a cue
    verb ("said", "put") or a giving verb (``sourcing.giving_verbs``: "gave a toll of 80") — when
    that subject names someone (a giving verb only when the figure is what it gives: not "a dam gave
    way, killing 12"); None when no such verb names its speaker (a pronoun: the sentence's
    source is then the best guess). A subject that holds ``token`` is not its speaker ("a toll of
    80 was confirmed"). A relative clause on the figure's noun comes first ("the 500 deaths that the
    ministry reported")."""
    cues, giving = set(rules.sourcing.cue_verbs), set(rules.sourcing.giving_verbs)
    findings = set(rules.sourcing.finding_verbs)
    found_clause = False  # the figure sits in a clause that a verb of finding could find
    # "the nearly 500 deaths that the health authorities first reported": the clause on the figure's
    # own noun says whose figure it is, before any verb above it ("estimated that 100 died, well
    # below the 500 deaths the ministry reported" is not the estimate's)
    for noun in (token, token.head):
        named = _given_by_clause(noun, token, cues | giving)
        if named is not None:
            return named
        if noun.dep_ not in ("nummod", "quantmod", "compound"):
            break
    node = token
    own_clause = True  # up to the figure's own verb: whose figure its noun or that verb's subject says it is
    # "the official toll of 56": the authorities' figure, unless the verb right above it gives it
    adjective: Token | None = None
    noun = token
    while node.head.i != node.i and sent.start <= node.head.i < sent.end:
        below, node = node, node.head
        owner = _owner_of_figure(node, token, rules) if own_clause else None
        if owner is not None and owner.dep_ != "amod":
            return owner
        if owner is not None and adjective is None:
            # "the official figure of 56 announced by the government": the clause names the giver
            named = _given_by_clause(node, token, cues | giving)
            if named is not None:
                return named
            adjective, noun = owner, node
        own_clause = own_clause and node.pos_ not in ("VERB", "AUX")
        found_clause = found_clause or _found_clause(below)
        words = {node.lower_, node.lemma_.lower()}
        if found_clause and node.pos_ == "VERB" and node.lemma_.lower() in findings:
            words = words | cues  # "an investigation found evidence that the attack killed 600"
        if (
            adjective is not None
            and node.pos_ in ("VERB", "AUX")
            and (noun.head != node or not words & (cues | giving))
        ):
            return adjective  # "giving a toll twice as high as the official toll of 56"
        if node.pos_ not in ("VERB", "AUX") or not (words & (cues | giving)):
            continue
        if not words & cues and (
            below.dep_ in _NOT_GIVEN
            or any(c.dep_ in ("dobj", "prt") and c.lower_ in rules.sourcing.idiom_objects for c in node.children)
        ):
            continue  # "a dam gave way ..., killing 12 people": the figure is not what is given
        if (
            not words & cues
            and below.dep_ in ("ccomp", "advcl", "conj", "parataxis")
            and any(c.dep_ == "dobj" and not c.left_edge.i <= token.i <= c.right_edge.i for c in node.children)
        ):
            continue  # "toll rises to 41, ministry gives lower figure": it gives another figure
        if _does_harm(node, rules) or claims_a_role(node, claim_phrases(rules)):
            continue  # "the blaze has claimed twelve lives": the verb does the harm, it reports nothing
        if any(c.dep_ in ("nsubj", "agent") and not c.left_edge.i <= token.i <= c.right_edge.i for c in node.children):
            speaker = _subject(node, token)
            if speaker is not None and past_a_semicolon(token, speaker):
                continue  # "The UN estimates 3,000 were killed; the government says 1,200": the UN's 3,000
            if speaker is not None and any(s <= token.idx < e for s, e in background(node, speaker, sent, rules)):
                return None  # "arrested, police said, hours after a collision that left 36 dead"
            return speaker
    return adjective


def past_a_semicolon(token: Token, speaker: Token) -> bool:
    """A speaker told after a semicolon that follows the figure: the clause it opens is its own
    ("... 3,000 were killed; the government says 1,200"), however the parse hangs the figure's
    clause on its verb."""
    doc = token.doc
    return speaker.i > token.i and any(t.text == ";" for t in doc[token.i + 1 : speaker.left_edge.i])


def _found_clause(clause: Token) -> bool:
    """A clause a verb of finding finds: its complement ("found that 600 died") or a "that" clause on
    its object ("found evidence that the attack killed 600")."""
    return clause.dep_ == "ccomp" or (
        clause.dep_ == "acl" and any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)
    )


def _given_by_clause(noun: Token, token: Token, verbs: set[str]) -> Token | None:
    """Who a relative clause or a participle on ``noun`` says gave the figure ("the 500 deaths that
    the ministry reported"; "a higher toll than the 37 given by the Interior Ministry": the
    ministry's 37, not the hospital director's who says it)."""
    for clause in noun.children:
        if clause.dep_ in ("relcl", "acl") and {clause.lower_, clause.lemma_.lower()} & verbs:
            named = _subject(clause, token)
            if named is not None:
                return named
    return None


#: How a figure hangs below a giving verb ("gave", "put") when it is not what the verb gives: in a
#: clause or a verb of its own ("a dam gave way, killing 12"; "Dam gives way, at least 12 dead"). A
#: clausal object is what is given ("rights groups estimate as many as 2,000 died").
_NOT_GIVEN = ("advcl", "conj", "xcomp", "parataxis", "relcl")


def figure_owner(noun: Token, token: Token, rules: RuleSet) -> Token | None:
    """Whose figure a noun above the figure ``token`` says it is by its own words, whatever verb
    governs it: a clause on it ("the 500 deaths the ministry reported"), an owner ("the ministry's
    toll of 11") or an owner adjective ("the official toll of 64"). "Researchers estimated that
    4,645 died, far above the official toll of 64": the 64 is the officials' count, not the
    researchers' estimate. None for a verb, or a noun that names no owner."""
    if noun.pos_ in ("VERB", "AUX"):
        return None
    named = _given_by_clause(noun, token, set(rules.sourcing.cue_verbs) | set(rules.sourcing.giving_verbs))
    return named if named is not None else _owner_of_figure(noun, token, rules)


def _owner_of_figure(node: Token, token: Token, rules: RuleSet) -> Token | None:
    """Whose figure a figure noun says it is: "the ministry's toll of 11", "the interior ministry's
    toll stands at 11" (the noun above the figure, or the subject of the verb the figure hangs
    from): its owner, when named (not "its toll"; not a place: "Turkey's death toll" is Turkey's
    scope, not a body's word); on the noun itself, an adjective that names whose it is
    (``sourcing.owner_adjectives``: "the official toll of 56")."""
    nouns = [node]
    if node.pos_ in ("VERB", "AUX"):
        nouns = [
            c
            for c in node.children
            if c.dep_ in ("nsubj", "nsubjpass") and not c.left_edge.i <= token.i <= c.right_edge.i
        ]
    for noun in nouns:
        if noun.lemma_.lower() not in rules.sourcing.figure_nouns:
            continue
        if node.pos_ not in ("VERB", "AUX"):
            # "the official toll of 56" (the noun the figure hangs from, not a subject: "the
            # official toll rose to 60, the ministry said" is the ministry's)
            for adjective in noun.children:
                if adjective.dep_ == "amod" and adjective.lower_ in rules.sourcing.owner_adjectives:
                    return adjective
        for owner in noun.children:
            if (
                owner.dep_ == "poss"
                and owner.lower_ not in _PRONOUNS
                and owner.pos_ in ("NOUN", "PROPN")
                # "Turkey's toll": where, not whose word; "Yesterday's toll", "Monday's toll": when
                and owner.ent_type_ not in ("GPE", "LOC", "NORP", "DATE", "TIME")
                and owner.lemma_.lower() not in _PLACE_OWNERS | rules.figures.areas.divisions  # "the state's toll"
                and owner.lemma_.lower() not in rules.entities.place_nouns
                and not any(c.dep_ == "nummod" for c in owner.children)  # "the two countries' toll"
                # "Hurricane Orla's death toll": the happening the toll is of, no body's word
                and not any(t.lemma_.lower() in rules.happening_words for t in owner.subtree)
            ):
                return owner
    return None


@lru_cache(maxsize=8)
def claim_phrases(rules: RuleSet) -> dict[str, frozenset[str]]:
    """A verb (lemma) -> the objects by which its subject claims an act as its own
    (``attribution.roles.claim_phrases``; a ``claim_acts`` verb also takes the act and method words
    of anything but a disaster: "claimed the bombing")."""
    roles = rules.attribution.roles
    acts = frozenset(roles.acts) | {
        w
        for name, node in rules.methods.taxonomy.items()
        if node.parent is not None and rules.methods.kind_of(name) != "disaster"
        for w in node.words
        if " " not in w
    }
    phrases = {verb: frozenset(objects) for verb, objects in roles.claim_phrases.items()}
    for verb in roles.claim_acts:
        phrases[verb] = phrases.get(verb, frozenset()) | acts
    return phrases


#: The dependants of a verb that say something beside what it says: their own clause.
_BESIDE = ("advcl", "ccomp", "conj", "parataxis", "cc")


def _claimed(verb: Token) -> tuple[int, int]:
    """Document offsets from ``verb`` to the end of what it claims, its own clauses beside left out."""
    beside = {t.i for c in verb.children if c.dep_ in _BESIDE for t in c.subtree}
    kept = [t for t in verb.subtree if t.i >= verb.i and t.i not in beside and not (t.is_punct or t.is_space)]
    return verb.idx, max(t.idx + len(t.text) for t in kept)


def claims_a_role(verb: Token, phrases: dict[str, frozenset[str]], passive: bool = False) -> bool:
    """``verb`` claims an act as its subject's own ("the group claimed responsibility", "claimed the
    bombing"; ``phrases`` from ``claim_phrases``): its subject is the source of what it claims
    only, never of a figure beside it ("claimed responsibility as the toll rose to 47"). With
    ``passive``, the act is the passive subject ("the bombing was claimed by ISIL")."""
    objects = phrases.get(verb.lemma_.lower())
    if objects is None or verb.pos_ not in ("VERB", "AUX"):
        return False

    def claimed(t: Token) -> bool:
        return t.lemma_.lower() in objects or t.lower_ in objects

    if any(c.dep_ == ("nsubjpass" if passive else "dobj") and claimed(c) for c in verb.children):
        return True
    if passive:
        return False
    # "the attack on the prison, which the group has claimed": the relative object is the act the
    # clause describes, or the act whose target the parser hung the clause on
    if verb.dep_ != "relcl" or not any(c.dep_ == "dobj" and c.lower_ in ("which", "that") for c in verb.children):
        return False
    noun = verb.head
    target_of = noun.head.head if noun.dep_ == "pobj" and noun.head.dep_ == "prep" else None
    return claimed(noun) or target_of is not None and claimed(target_of)


def _does_harm(verb: Token, rules: RuleSet) -> bool:
    """A cue verb that is a word of a counted role (``figures.roles``) with a number for its object
    ("the blaze has claimed twelve lives"), or said in the passive of something it takes, with no
    clause of what is said ("187 bodies had been claimed by the victims' families", "until they are
    claimed by the victims' kin"): it tells what the happening did or what befell those counted, not
    who says so ("claimed responsibility" and "it was claimed that 12 died" report)."""
    if verb.lower_ not in rules.figures.role_words:
        return False
    if any(c.dep_ == "dobj" and (_numbered(c) or any(_numbered(p) for p in _of_objects(c))) for c in verb.children):
        return True
    return (
        any(c.dep_ == "auxpass" for c in verb.children)
        and any(c.dep_ == "nsubjpass" and c.lower_ != "it" for c in verb.children)
        and not any(c.dep_ in ("ccomp", "xcomp", "oprd") for c in verb.children)
    )


def _numbered(noun: Token) -> bool:
    return noun.like_num or any(g.like_num for g in noun.children)


def _of_objects(noun: Token) -> list[Token]:
    """The objects of the noun's "of" ("the lives of at least 150 people": people)."""
    return [g for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]


def _subject(verb: Token, outside: Token | None = None) -> Token | None:
    """Who does what the verb says, when named: its subject — the nearest one when the parser gave
    it two ("the disaster killed 58, police are saying": police) — else, for a passive verb, its
    agent ("was confirmed by the governor"). A passive subject is what is said, not who says it
    ("70 people were reported missing", and so is a counted subject of a verb with a complement:
    "with 30 people still reported missing"); neither names anyone when it holds ``outside`` or is a
    pronoun."""

    def free(t: Token) -> bool:
        return outside is None or not t.left_edge.i <= outside.i <= t.right_edge.i

    subjects = [c for c in verb.children if c.dep_ == "nsubj" and free(c)]
    if any(c.dep_ == "oprd" for c in verb.children):
        # "with more than 30 people still reported missing": those counted are what is said
        subjects = [c for c in subjects if not any(g.dep_ == "nummod" for g in c.children)]
    if not subjects:
        subjects = [g for c in verb.children if c.dep_ == "agent" and free(c) for g in c.children if g.dep_ == "pobj"]
    if not subjects:
        return None
    subject = min(subjects, key=lambda c: abs(verb.i - c.i))
    opening = dateline_end(subject.sent)
    if opening > subject.sent.start and subject.i < verb.i and (subject.i < opening or _folds_a_clause(subject)):
        # "Beirut: A gas attack ... killed 58, a war monitor said": after a dateline the parse may
        # hang the whole clause on the town or on the clause's subject; who said it is then the
        # phrase set beside it that ends right before the verb, and no one when there is none
        said: Token | None = subject
        while said is not None and (said.i < opening or _folds_a_clause(said)):
            said = next(
                (
                    c
                    for c in said.children
                    if c.i >= opening
                    and c.dep_ in ("appos", "conj")
                    and c.pos_ in ("NOUN", "PROPN")
                    and c.right_edge.i == verb.i - 1
                ),
                None,
            )
        if said is None and subject.i < opening:
            # "KASTRONA, Thaloria (GWS) - Thaloria's coast guard on Friday revised ...": the first
            # name after the dateline the parse hung inside it, when it holds no clause of its own
            said = next(
                (
                    t
                    for t in subject.subtree
                    if t.i >= opening and t.head.i < opening and t.pos_ in ("NOUN", "PROPN") and not _folds_a_clause(t)
                ),
                None,
            )
            if said is None:
                return None
        subject = said or subject
    named = _past_dateline(subject)
    return None if named is None or named.lower_ in _PRONOUNS else named


#: The dash that ends a dateline ("KASTRONA, Thaloria (GWS) - ...").
_DASHES = frozenset({"-", "--", "–", "—"})
#: How many words a dateline runs to before its dash.
_DATELINE_WORDS = 12


def _folds_a_clause(noun: Token) -> bool:
    """The parse hung a clause of its own under ``noun`` ("A gas attack, believed to be by jets,
    killed 58, a monitor said": "killed" under "attack"); "the rebel-held area" is no clause."""
    return any(t.pos_ == "VERB" and t.dep_ in ("acl", "relcl", "advcl", "ccomp") for t in noun.subtree if t.i != noun.i)


def _past_dateline(subject: Token) -> Token | None:
    """The subject without a dateline the parse made it: in "KASTRONA, Thaloria (GWS) - Thaloria's
    coast guard on Friday revised ...", the place in capitals that opens the sentence heads a phrase
    running past the dateline's dash, and whoever the sentence names after the dash ("Thaloria's
    coast guard") is the subject (None when no noun follows the dash in that phrase)."""
    first = subject.left_edge
    if not (first.is_sent_start and first.is_alpha and first.is_upper and len(first.text) > 1):
        return subject
    dash = next(
        (t for t in subject.subtree if t.text in _DASHES and t.i - first.i <= _DATELINE_WORDS and t.i > subject.i),
        None,
    )
    if dash is None:
        return subject
    after = [t for t in subject.subtree if t.i > dash.i and t.head.i <= dash.i]
    return next((t for t in after if t.pos_ in ("NOUN", "PROPN")), None)


def speaker_text(token: Token, text: str) -> str | None:
    """The noun phrase ``token`` heads, as ``find_sourcing`` writes a cited source (None when it
    runs longer than a source's name)."""
    start, end = _phrase(token)
    return _clean(text[start:end]) if end - start <= _MAX_SOURCE_CHARS else None


#: A wire's dateline the parse kept at the head of a source's phrase: "Oct 16 (Meridian Wire) - "
_DATELINE_HEAD = re.compile(r"^[^()]{0,40}\([^()]{1,40}\)\s*(?:-{1,2}|[–—])\s+")


def without_dateline(phrase: str) -> str:
    """``phrase`` without a wire's dateline the parse kept at its head ("Oct 16 (Meridian Wire) -
    Narvonia's health ministry" is the ministry)."""
    return _DATELINE_HEAD.sub("", phrase)


def _clean(phrase: str) -> str | None:
    phrase = without_dateline(" ".join(phrase.split()).strip(" ,.;:"))
    phrase = re.sub(r"\s*['’]s?$", "", phrase)  # an owner: "the ministry's toll" is the ministry's
    return phrase or None
