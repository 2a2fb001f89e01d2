"""Stance from the parse: how a sentence puts a mention (an actor, a method), and who says so.

Walking up the dependency tree from the mention to the root, the words passed say how it is put
(the words are the rules' ``attribution.stances``; verbs by lemma):

- under a denial ("X denied an air strike", "rejected claims that its jets bombed ...") or in a
  claim a clause calls false ("allegations that X shelled it are untrue") -> ``denied``;
- negated in its own clause ("it was not an air strike", "we did not strike", "no evidence of a
  car bomb") -> ``negated`` (a method that is no claim; an actor's own denial);
- under an accusation ("Y blamed the blast on X", "put the blame on an air strike") -> ``accused``;
- in a condition ("if X was responsible", "whether a missile hit") -> ``hypothetical``;
- under a hedge ("may have fired", "an apparent rocket", "a possibility of a bomb") -> ``suspected``;
- otherwise ``asserted``.

The nearest denial, negation, accusation or condition decides; a hedge below it (or with none)
makes the stance ``suspected`` (an accusation that is only suspected stays ``suspected``). A speech
verb ("said", "told") ends the walk: its subject is the attributed body, who says so (as is the
subject of a denial or an accusation that decides: ``holder_of``, through a verb joined to it or a
participle on it, and a pronoun's speaker the sentence before names), and what is above it is about the saying
(a mention that is the verb's own subject is not what it says: "the bombing claimed lives"). ``read_stance`` hands on a ``Reading``;
``verify.extract.methods`` and ``verify.extract.attribution`` turn it into claims.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Span, Token

from ..rules import RuleSet
from .datelines import dateline_end
from .sources import claim_phrases, claims_a_role, entity_tokens, without_dateline

#: Subjects that name nobody: the speaker is then the sentence's cited source, if any.
PRONOUNS = frozenset(
    {
        "it",
        "its",
        "he",
        "she",
        "they",
        "we",
        "i",
        "you",
        "who",
        "which",
        "that",
        "this",
        "these",
        "those",
        "there",
        "one",
    }
)
_CLAUSE_HEADS = ("VERB", "AUX")
_ARTICLES = ("the", "a", "an")


@dataclass(frozen=True)
class Phrase:
    """A stance word and the words its dependants must hold ("put the blame" = put + blame)."""

    head: str
    dependants: tuple[str, ...] = ()

    @classmethod
    def of(cls, text: str) -> Phrase:
        words = [w for w in text.lower().split() if w not in _ARTICLES]
        return cls(words[0], tuple(words[1:]))

    def matches(self, token: Token) -> bool:
        if self.head not in (token.lemma_.lower(), token.lower_):
            return False
        if not self.dependants:
            return True
        # the parse may hang the phrase's last word on the verb's object: "held the Front responsible"
        kin = [
            *token.children,
            *(g for c in token.children if c.dep_ == "dobj" for g in c.children if g.dep_ == "amod"),
        ]
        below = {c.lemma_.lower() for c in kin} | {c.lower_ for c in kin}
        return all(w in below for w in self.dependants)


@dataclass(frozen=True)
class StanceWords:
    """The stance vocabulary of a rule set, ready to match tokens."""

    denial: tuple[Phrase, ...]
    accusation: tuple[Phrase, ...]
    hedges: frozenset[str]
    conditions: frozenset[str]
    false_claims: frozenset[str]  # claim nouns ("allegation") that a clause may call false
    falsity: tuple[Phrase, ...]  # what calls it false ("untrue", "a provocation", "do not correspond")
    speech: frozenset[str]
    claims: dict[str, frozenset[str]]  # verbs that claim an act as their subject's own: no speech
    holders: frozenset[str] = frozenset()  # pronouns that hold a denial or an accusation for the subject before
    habitual: frozenset[str] = frozenset()  # adverbs that make an accusation a habit ("repeatedly")

    def frame(self, token: Token) -> str | None:
        """``denied`` or ``accused`` when ``token`` is a denial or an accusation word."""
        if any(p.matches(token) for p in self.denial):
            return "denied"
        if any(p.matches(token) for p in self.accusation):
            return "accused"
        return None

    def called_false(self, token: Token) -> str | None:
        """The word calling ``token`` false when it is a claim noun, the subject of a clause that
        says it is ("allegations ... are a provocation and untrue", "claims ... do not correspond to
        reality"), if any."""
        if token.dep_ not in ("nsubj", "nsubjpass") or token.lemma_.lower() not in self.false_claims:
            return None
        said = [token.head]
        for node in said:  # the clause's predicates and what is joined to them, breadth first
            said.extend(c for c in node.children if c.dep_ in ("attr", "acomp", "oprd", "conj"))
        return next((n.text for n in said if any(p.matches(n) for p in self.falsity)), None)

    def hedge_of(self, token: Token) -> str | None:
        """The hedge on ``token`` itself or among its modifiers ("may", "apparent"), if any."""
        if token.lemma_.lower() in self.hedges or token.lower_ in self.hedges:
            return token.text
        for child in token.children:
            if child.dep_ in ("aux", "advmod", "amod", "acomp") and (
                child.lower_ in self.hedges or child.lemma_.lower() in self.hedges
            ):
                return child.text
        return None

    def speaks(self, token: Token) -> bool:
        return (
            token.pos_ in _CLAUSE_HEADS
            and (token.lower_ in self.speech or token.lemma_.lower() in self.speech)
            and not claims_a_role(token, self.claims)
        )


@lru_cache(maxsize=8)
def stance_words(rules: RuleSet) -> StanceWords:
    """The rule set's stance vocabulary (cached per rule set)."""
    stances = rules.attribution.stances
    speech = frozenset(rules.sourcing.cue_verbs) - {"according"}
    return StanceWords(
        denial=tuple(Phrase.of(p) for p in stances.denied),
        accusation=tuple(Phrase.of(p) for p in stances.accused),
        hedges=frozenset(stances.suspected),
        conditions=frozenset(stances.hypothetical),
        false_claims=frozenset(stances.false_claims),
        falsity=tuple(Phrase.of(p) for p in stances.falsity),
        speech=speech,
        claims=claim_phrases(rules),
        holders=frozenset(rules.attribution.holder_pronouns),
        habitual=frozenset(stances.habitual),
    )


@dataclass(frozen=True)
class Reading:
    """How a sentence puts a mention: ``stance`` (asserted, accused, suspected, denied, negated,
    hypothetical), ``cue`` (the word that says so) and ``by`` (the token heading who says so; None:
    the sentence's cited source, if any)."""

    stance: str
    cue: str | None = None
    by: Token | None = None


def subject_of(token: Token) -> Token | None:
    """The subject of a verb (else the agent of a passive one) when it names someone."""
    for child in token.children:
        if child.dep_ == "nsubj" and child.lower_ not in PRONOUNS:
            return child
    for child in token.children:
        if child.dep_ == "agent":
            for grand in child.children:
                if grand.dep_ == "pobj" and grand.lower_ not in PRONOUNS:
                    return grand
    return None


def holder_of(verb: Token, words: StanceWords) -> Token | None:
    """Who holds the denial or the accusation ``verb`` says: its subject when it names someone; for a
    verb with no subject of its own, the subject of the verb it is joined to or hangs from as a
    participle ("denied it and blamed Ukraine", "defended the response, blaming the CHJ"), or, for a
    participle on what was said, who said it ("remarks by the minister blaming pilgrims"); for a
    pronoun of ``holders`` ("He further denied"), the subject the sentence before names."""
    node = verb
    for _ in range(4):
        named = subject_of(node)
        if named is not None:
            return named
        own = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if own is not None:
            return _subject_before(own) if own.lower_ in words.holders else None
        head = node.head
        if node.dep_ == "acl" and node.tag_ == "VBG":
            # "remarks by the Saudi health minister blaming pilgrims": who made the remarks
            return next((o for c in head.children if c.lower_ == "by" for o in c.children if o.dep_ == "pobj"), None)
        joined = node.dep_ == "conj" or (node.dep_ == "advcl" and node.tag_ == "VBG")
        # "denied carrying out the attack and blamed Ukraine": a complement whose head has no object
        complement = node.dep_ == "xcomp" and not any(c.dep_ == "dobj" for c in head.children)
        if head.i == node.i or head.pos_ not in _CLAUSE_HEADS or not (joined or complement):
            return None
        node = head
    return None


def _subject_before(pronoun: Token) -> Token | None:
    """The subject of the sentence before ``pronoun``'s when it names someone (a name, or a noun
    that holds one: "the Kremlin spokesman Dmitry Peskov", "pro-Russian separatists")."""
    sent = pronoun.sent
    if sent.start == 0:
        return None
    subject = subject_of(pronoun.doc[sent.start - 1].sent.root)
    if subject is None or not any(t.ent_type_ or t.pos_ == "PROPN" for t in subject.subtree):
        return None
    return subject


def is_negated(token: Token) -> bool:
    """``token`` carries a negation before it ("not", "never", "no evidence"), or, a noun, its head
    has one between them ("a rocket, not an air strike": the strike, not the rocket). A clause is
    not negated by the clause it hangs from ("it is not clear what caused the fire": the fire is
    no less asserted)."""

    def negation(c: Token) -> bool:
        return c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no")

    if any(negation(c) and c.i < token.i for c in token.children):
        return True
    if token.pos_ in _CLAUSE_HEADS:
        return False
    head = token.head
    return head.i < token.i and any(negation(c) and head.i < c.i < token.i for c in head.children)


def read_stance(token: Token, sent: Span, words: StanceWords) -> Reading:
    """How the sentence ``sent`` puts the mention headed by ``token``."""
    hedge: str | None = None
    by: Token | None = None
    # a denial itself negated ("sabotage could not be ruled out", "did not rule out that X was
    # behind it") holds the mention open: a hypothesis, no denial, no assertion
    held_open: str | None = None
    own_clause = True  # negation counts up to the verb that heads the mention's clause
    node, below = token, token
    while True:
        if _denied_after(node, words):
            return Reading("denied", "denied", by)
        false = words.called_false(node) if node.i != token.i else None
        if false is not None:
            return Reading("denied", false, by)
        frame = words.frame(node) if node.i != token.i else None
        # (a denial verb's own negation: "no evidence of a bomb" is a denial, whose "no" is its own)
        if frame == "denied" and held_open is None and any(c.dep_ == "neg" for c in node.children):
            held_open = _words_of_verb(node)
            by = by or holder_of(node, words)
            own_clause = False
        elif frame is not None:
            if held_open is not None:
                return Reading("hypothetical", held_open, holder_of(node, words) or by)
            return Reading(
                "suspected" if hedge and frame == "accused" else frame, node.text, holder_of(node, words) or by
            )
        if held_open is not None and node.pos_ in _CLAUSE_HEADS and words.speaks(node) and node.i != token.i:
            return Reading("hypothetical", held_open, by or subject_of(node))
        if own_clause and is_negated(node):
            return Reading("negated", "not", by)
        condition = next((c for c in node.children if c.dep_ == "mark" and c.lower_ in words.conditions), None)
        if condition is not None:
            return Reading("hypothetical", condition.text, by)
        if hedge is None:
            hedge = words.hedge_of(node)
        if node.pos_ in _CLAUSE_HEADS and node.dep_ not in ("aux", "auxpass"):
            if node.i != token.i and words.speaks(node) and below.dep_ not in ("nsubj", "nsubjpass"):
                # what is said is the speaker's: a denial or an accusation above the speech verb
                # is about the speaking (or a clause the parser hung there), not about the mention
                return Reading("suspected" if hedge else "asserted", hedge, by or subject_of(node))
            own_clause = False
        head = node.head
        if head.i == node.i or not sent.start <= head.i < sent.end:
            break
        node, below = head, node
    if held_open is not None:
        return Reading("hypothetical", held_open, by)
    return Reading("suspected" if hedge else "asserted", hedge, by)


def _words_of_verb(verb: Token) -> str:
    """A verb with its auxiliaries, negation and particle as written ("could not be ruled out")."""
    kept = [c for c in verb.children if c.dep_ in ("aux", "auxpass", "neg", "prt")] + [verb]
    kept.sort(key=lambda t: t.i)
    # "cannot" is two tokens written as one word
    return (
        "".join(t.text + (t.whitespace_ if n.i == t.i + 1 else " ") for t, n in zip(kept, kept[1:], strict=False))
        + kept[-1].text
    )


def _denied_after(node: Token, words: StanceWords) -> bool:
    """A relative clause on ``node`` denies what came before it ("was hit by a missile, which the
    ministry has denied"): a denial word whose object is "which"."""
    return any(
        c.dep_ == "relcl"
        and words.frame(c) == "denied"
        and any(g.lower_ == "which" and g.dep_ in ("dobj", "nsubjpass") for g in c.children)
        for c in node.children
    )


def phrase_text(token: Token, text: str) -> str:
    """The words of the noun phrase ``token`` heads, as written, without a relative clause, an
    apposition or a leading article ("the Israeli military", "Lebanon's President Michel Aoun")."""
    keep = entity_tokens(token)
    for child in token.children:
        if child.dep_ in ("compound", "amod", "poss", "nmod", "flat", "case", "prep", "pobj", "nummod") or (
            child.dep_ == "punct" and child.text in ("'s", "’s", "-")
        ):
            # a clause or an apposition inside the phrase is left out whole ("Front for the
            # Liberation of Tarsun (FLT)": without its bracket)
            aside = {t.i for t in child.subtree if t.dep_ in ("relcl", "acl", "appos") for t in t.subtree}
            keep.extend(t for t in child.subtree if t.i not in aside and t.text not in '"“”')
    opening = dateline_end(token.sent)
    keep = [t for t in keep if t.i >= opening] or [token]  # "GENEVA - U.N.-mandated investigators"
    start = min(t.idx for t in keep)
    end = max(t.idx + len(t.text) for t in keep)
    words = without_dateline(" ".join(text[start:end].split()).strip(" ,.;:#*>_-("))
    words = re.sub(r"\s*['’]s?$", "", words) or words  # an owner ("the group's spokesman"): the group
    first, _, rest = words.partition(" ")
    return rest if first.lower() in _ARTICLES and rest else words
