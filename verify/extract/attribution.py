"""Attribution claims: who is said to have done it, with what stance, and who says so.

An actor is a name from the rules' table (``attribution.actors``) or a named organisation, group or
country (``attribution.entities``: spaCy labels), and it becomes a claim only where the parse gives
it a role (words from ``attribution.roles``):

- it did it: the subject or "by" agent of an attack verb ("rebels shelled the town", "a rocket
  launched by X"), the owner of a method or an attack ("an Israeli air strike", "Russia's raid"),
  the subject of "was responsible / behind it / involved";
- it is blamed: the object of an accusation ("Y blamed X", "blamed the blast on X", "X was accused"),
  or one of joined subjects blaming "each other" (held by the other); an accusation made as a
  habit about no act of the event ("has repeatedly accused X of killing civilians") is context;
- it denies: the subject of a denial about a role ("X denies it carried out the strike": X's own
  stance, ``denied`` — never X as perpetrator).

Its stance is read from the parse (``verify.extract.stance``): ``asserted``, ``accused``,
``suspected``, ``denied`` (a negated act is a denial too: "X did not fire"), ``hypothetical``. A
name with no role — the speaker, the accuser, a place, background ("rebels also operate in the
area", "Russia, which backs the government") — is ``context_only``: read, never a claim, as is the
doer of another happening the sentence compares with or sets before the story
(``verify.extract.setting``: "the bomb the United States dropped on Hiroshima"). The value is
``{"actor", "key", "stance", "cue", "by", "where", "when"}`` (where and when the sentence sets the
act, as written, when it does): ``by`` is who says so (the accuser, the
denier, the speaker), kept apart from the actor; ``key`` is what claims about one actor share.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import lru_cache

from spacy.tokens import Span, Token

from ..ingest.stamps import DATELINE, TITLED_DATELINE, UNDATED_DATELINE
from ..models import AttributionValue
from ..rules import RuleSet
from ..text import fold_phrase
from ..text.places import country_or_state, known_places
from ..text.spelling import plain
from .base import DocFacts, Mention, SentenceContext, facts_of
from .lexicon import find_compiled, lookup, phrase_pattern
from .methods import answered_attack
from .people.candidates import named_with_the
from .setting import Setting, read_setting
from .sources import claim_phrases, claims_a_role
from .stance import PRONOUNS, Reading, StanceWords, phrase_text, read_stance, stance_words

_COORDINATED = re.compile(r"\b([A-Z][a-z]+) and ([A-Z][a-z]+) (forces|troops|governments|jets|warplanes|aircraft)\b")
_GROUPS = ("group", "movement", "organisation", "organization", "faction")
_PLACES = ("GPE", "LOC", "FAC")
#: Entity labels of names that claim no act for a group: a person's, a date's, a number's.
_NO_CLAIMANTS = ("PERSON", "DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT")


@dataclass(frozen=True)
class ActorReading:
    """One actor named in a sentence: document offsets of its name (with its force: "Israeli
    military"), the canonical actor, and how the sentence puts its role."""

    start: int
    end: int
    actor: str
    stance: str
    cue: str | None = None
    by: Token | None = None
    act: Token | None = None  # the act or method it is said to have done, when the parse names it
    setting: Setting = Setting()  # where and when the sentence sets that act
    claim: bool = False  # the actor's own claim of the act ("X claimed the attack on Tuesday")
    # where its claim's words end, when past the name: the relative clause that gives the stance
    # ("the Nahr Brigades, which has denied": a claim of its own beside the name's accusation)
    told_to: int | None = None


@dataclass(frozen=True)
class RoleWords:
    agent: frozenset[str]
    weak_agent: frozenset[str]
    phrases: dict[str, frozenset[str]]  # a verb and the objects that make it an agent verb ("opened fire")
    acts: frozenset[str]
    forces: frozenset[str]
    responsible: frozenset[str]
    denial_of: frozenset[str]
    denial_of_said: frozenset[str]
    targets: frozenset[str]
    named_acts: frozenset[str]
    attacks: frozenset[str]  # the acts that are an attack's: a name before one may be who did it
    claims: dict[str, frozenset[str]]  # a verb and the objects by which its subject claims the act
    causes: frozenset[str]  # verbs whose subject caused what they govern
    happenings: frozenset[str]  # the method words of every kind and the acts: what is caused
    attackers: frozenset[str] = frozenset()  # who carried it out: who kills them did not ("killed by police")
    own_acts: frozenset[str] = frozenset()  # verbs by which their subject says it did it ("said it carried out")
    own_pronouns: frozenset[str] = frozenset()  # ... the act's subject, standing for the speaker
    claim_pronouns: frozenset[str] = frozenset()  # ... and, after a verb of claiming, these too ("they")
    referring: frozenset[str] = frozenset()  # "the attack": an act noun that refers to the event told
    responses: frozenset[str] = frozenset()  # words that make an act noun a response ("a rescue operation")
    speakers: frozenset[str] = frozenset()  # who speaks for an actor ("the group's spokesman")
    enforcement: frozenset[str] = frozenset()  # the law's work ("raided ... and arrested"): no attack
    premises: frozenset[str] = frozenset()  # what the law raids or searches ("raided two addresses")
    harming: frozenset[str] = frozenset()  # ... unless told beside harm ("raided homes, killing 12")
    other_act_links: frozenset[str] = frozenset()  # "before", "after": another act set beside a verb
    countries: dict[str, str] | None = None  # a country's name or its people's word -> the country
    fighters: frozenset[str] = frozenset()  # armed men of no state ("rebel fighters"): never a denier's own
    reciprocals: frozenset[str] = frozenset()  # "blamed each other": the blame of joined subjects on one another
    enforcers: frozenset[str] = frozenset()  # the law's bodies ("police"): their raid is no attack
    enforcement_acts: frozenset[str] = frozenset()  # ... the act nouns of their work ("raid", "operation")
    response_purposes: frozenset[str] = frozenset()  # "to end the stand-off": an act done to end it
    role_nouns: frozenset[str] = frozenset()  # an actor's part: "denied any involvement of X"
    oversight_failures: tuple[str, ...] = ()  # "turning a blind eye": blame for not watching over another


@lru_cache(maxsize=8)
def _role_words(rules: RuleSet) -> RoleWords:
    roles = rules.attribution.roles
    # each method's one-word words, by its kind of happening
    words_of = [
        (rules.methods.kind_of(name), [w for w in node.words if " " not in w])
        for name, node in rules.methods.taxonomy.items()
        if node.parent is not None
    ]
    # a flood, a quake, a storm is nobody's act: no one is said to have done it
    acts = frozenset(roles.acts) | {w for kind, words in words_of if kind != "disaster" for w in words}
    attacks = frozenset(roles.acts) | {w for kind, words in words_of if kind == "attack" for w in words}
    return RoleWords(
        frozenset(roles.agent_verbs),
        frozenset(roles.weak_agent_verbs),
        {verb: frozenset(objects) for verb, objects in roles.agent_phrases.items()},
        acts,
        frozenset(rules.attribution.forces),
        frozenset(roles.responsible),
        frozenset(roles.denial_of)
        | acts
        | frozenset(roles.agent_verbs)
        | frozenset(roles.weak_agent_verbs)
        | frozenset(roles.responsible),
        frozenset(roles.denial_of_said),
        frozenset(w for words in rules.events.facility_kinds.values() for w in words),
        frozenset(roles.named_acts),
        attacks,
        claim_phrases(rules),
        frozenset(roles.cause_verbs),
        frozenset(roles.acts) | {w for node in rules.methods.taxonomy.values() for w in node.words if " " not in w},
        frozenset(roles.attacker_nouns),
        frozenset(roles.own_act_verbs),
        frozenset(roles.own_act_pronouns),
        frozenset(roles.claim_pronouns),
        frozenset(rules.methods.referring_determiners),
        roles.not_acts_after,
        roles.speaking_for,
        roles.enforcement_verbs,
        roles.enforcement_objects,
        roles.enforcement_unless,
        roles.other_act_links,
        rules.countries,
        frozenset(rules.attribution.armed_groups) - frozenset(_GROUPS),
        frozenset(" ".join(r.lower().split()) for r in rules.attribution.reciprocals),
        roles.enforcers,
        roles.enforcement_acts,
        roles.response_purposes,
        roles.role_nouns,
        tuple(" ".join(p.lower().split()) for p in roles.oversight_failures),
    )


@lru_cache(maxsize=8)
def _body_pattern(rules: RuleSet) -> re.Pattern[str] | None:
    return phrase_pattern(list(rules.attribution.bodies))


@lru_cache(maxsize=8)
def _actor_pattern(rules: RuleSet) -> re.Pattern[str] | None:
    names = []
    for canonical, aliases in rules.attribution.actors.items():
        names.extend([canonical, *aliases])
    return phrase_pattern(names)


def actor_key(name: str, countries: dict[str, str]) -> str:
    """What names of one actor share: its country when the name is a country's or its people's
    (``countries``: the rules' demonyms, "israeli" -> "Israel"), else its words in lower case
    without an article or a possessive. The caller drops force nouns first ("Israeli military" ->
    "Israeli")."""
    words = [w for w in fold_phrase(name).split() if w != "s"]  # "Israel's" folds to "israel s"
    if words and words[0] == "the":
        words = words[1:]
    country = countries.get(" ".join(words))
    return fold_phrase(country) if country else " ".join(words)


def _table_actors(text: str, rules: RuleSet) -> Iterator[tuple[int, int, str]]:
    """(start, end, canonical) of every name of the rules' table in ``text`` (sentence offsets)."""
    seen: list[tuple[int, int]] = []
    actor_of = rules.attribution.actor_of
    for match in _COORDINATED.finditer(text):
        for group in (1, 2):
            canonical = lookup(actor_of, f"{match.group(group)} {match.group(3)}")
            if canonical:
                start = match.start(group)
                end = match.end(group) if group == 1 else match.end(3)
                seen.append((start, end))
                yield start, end, canonical
    for start, end, matched in find_compiled(text, _actor_pattern(rules)):
        if any(s < end and start < e for s, e in seen):
            continue
        canonical = lookup(actor_of, matched)
        if canonical:
            yield start, end, canonical


def _bracketed(token: Token) -> bool:
    """``token`` is written alone in brackets ("(FLT)")."""
    doc = token.doc
    return 0 < token.i < len(doc) - 1 and doc[token.i - 1].text == "(" and doc[token.i + 1].text == ")"


def _a_people_s_word(text: str, rules: RuleSet) -> bool:
    """``text`` is a word the rules' ``demonyms`` give for a country's people ("Russian", "US"),
    not the country's own name ("Israel") nor a name they do not know."""
    country = rules.countries.get(text.lower())
    return country is not None and country.lower() != text.lower()


def _bare_force(ent: Span, rules: RuleSet) -> bool:
    """An entity of the parse that is only common nouns of ``attribution.forces`` ("Warplanes later
    struck near a clinic", the sentence's first word read as a name): a force whose no one names,
    so no actor; "the Air Force", a name, stays one."""
    words = [t for t in ent if t.pos_ != "DET"]
    forces = set(rules.attribution.forces)
    return bool(words) and all(t.pos_ == "NOUN" and (t.lower_ in forces or t.lemma_.lower() in forces) for t in words)


def _first_conjunct(token: Token) -> Token:
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token


def read_actor(sent: Span, start: int, end: int, actor: str, rules: RuleSet) -> ActorReading:
    """The role and stance of the actor named at ``start:end`` (document offsets) in ``sent``."""
    words, roles = stance_words(rules), _role_words(rules)
    span = sent.doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return ActorReading(start, end, actor, "context_only")
    # (a conjunct the parse joined across a clause's start stands alone: "claimed by ISIL and
    # police are investigating the claim" — the police are no claimant)
    token = span.root if _opens_a_clause(span.root) else _first_conjunct(span.root)
    if (street := _address_before(span)) is not None and _a_street(street, rules):
        # "walked into a mosque on Deans Ave, Christchurch carrying a rifle": the address's town, where
        return ActorReading(start, end, actor, "context_only")
    # the actor's force ("Israeli military", "forces of Assad"), or the act it owns ("Russian raid")
    while True:
        head = token.head
        if token.dep_ in ("amod", "compound", "poss", "nmod") and head.i > token.i:
            if (
                (
                    token.dep_ in ("compound", "nmod")
                    and (
                        token.ent_type_ in _PLACES
                        or _names_a_target(token, head, roles)
                        or head.lemma_.lower() in roles.named_acts
                    )
                )
                or (
                    # "the Ostravel church shootings": a name on the target's word names its place,
                    # as a compound does (a people's word names who: "the Russian hospital strike")
                    token.dep_ == "amod"
                    and token.ent_type_ != "NORP"
                    and not _a_people_s_word(token.text, rules)
                    and _names_a_target(token, head, roles)
                )
                or (
                    token.dep_ != "poss"
                    and (
                        # "the Sangari attack", of "the village of Sangari" (a people's word the parse
                        # labels a place elsewhere still names who: "the Ukrainian government")
                        (_placed_elsewhere(token) and not _a_people_s_word(token.text, rules))
                        or _a_town(span)  # "claimed the Colombo bombings": a city of the gazetteer, tagged a body
                        # "Tarunda village attack toll": the name of the village's country or region
                        or any(t.lower_ in rules.entities.place_nouns for t in sent.doc[token.i + 1 : head.i + 1])
                    )
                )
            ):
                return ActorReading(start, end, actor, "context_only")  # "the Aleppo offensive": where, not who
            if (
                token.dep_ == "amod"
                and token.ent_type_ in _PLACES
                and not _a_people_s_word(token.text, rules)
                and head.lemma_.lower() not in roles.forces
                and head.lower_ not in roles.forces
            ):
                # "Marestan wedding strike", a place's name the parser takes for an adjective: where
                # it was, as its compound is ("Russian raid", "US strike" name who)
                return ActorReading(start, end, actor, "context_only")
            if (
                token.dep_ in ("compound", "nmod")
                and token.ent_type_ == "NORP"
                and _is_act(head, roles)
                and token.lower_ not in rules.countries
                and lookup(rules.attribution.actor_of, token.text) is None
            ):
                # "the Pahalgam terror attack", "the Pulwama strike": a town's name the tagger takes
                # for a people's, unknown to the rules as one, naming the act: where, not who (or
                # the weapon's own name: "using a Tochka U short-range ballistic missile")
                return ActorReading(start, end, actor, "context_only")
            if _is_act(head, roles) and token.dep_ == "poss" and _ranked(head):
                # "Pakistan's deadliest terror attack since 2018": the country the ranking is
                # over, not who carried the attack out
                return ActorReading(start, end, actor, "context_only")
            if _is_act(head, roles):
                if _law_s_work(head, span, roles):
                    return ActorReading(start, end, actor, "context_only")  # "the police's raid": the response
                if token.dep_ == "compound" and not _is_attack(head, roles):
                    return ActorReading(start, end, actor, "context_only")  # "the Halvik wildfire": where
                if head.dep_ == "pobj" and head.head.dep_ == "agent" and _done_to_attackers(head.head.head, roles):
                    # "five attackers were killed by security forces' gunfire": the act owned ended
                    # the attack, as a bare "by security forces" would (``_done_to_attackers``)
                    return ActorReading(start, end, actor, "context_only")
                if answered_attack(head, sent, rules):
                    # "air defences were firing due to a Ukrainian drone strike": whose strike the
                    # defences answered, no blame for the event told
                    return ActorReading(start, end, actor, "context_only")
                reading = read_stance(head, sent, words)
                if reading.stance in ("negated", "denied") and _set_apart(head, roles):
                    # "denied that fighters were firing from it before the French air strike": the
                    # strike the denial sets its act beside is not what is denied
                    return ActorReading(start, end, actor, "context_only")
                return _did_it(start, end, actor, reading, head)
            if head.lemma_.lower() in roles.forces or head.lower_ in roles.forces:
                if any(c.dep_ == "appos" and c.ent_type_ for c in head.children):
                    return ActorReading(
                        start, end, actor, "context_only"
                    )  # "the group Islamic Jihad": its name is the actor
                end = max(end, head.idx + len(head.text))
                token = _first_conjunct(head)
                continue
        if token.dep_ == "pobj" and head.lower_ in ("of", "from") and head.head.lemma_.lower() in roles.forces:
            # "forces of Assad", "carried out by seven suicide bombers from the Front": the force's role
            token = _first_conjunct(head.head)
            continue
        if token.dep_ == "appos" and _bracketed(token):
            # "the Front for the Liberation of Tarsun (FLT) claimed it": the short name stands
            # for the whole name, whose role it has
            top = head
            while top.dep_ in ("pobj", "prep") and top.head.i < top.i:
                top = top.head
            if top.pos_ in ("NOUN", "PROPN"):
                token = _first_conjunct(top)
                continue
        if token.dep_ == "appos" and (head.lemma_.lower() in roles.forces or head.lower_ in _GROUPS):
            token = _first_conjunct(head)
            continue
        if (named_as := _named_as(token)) is not None:
            token = _first_conjunct(named_as)  # "a group calling itself X claimed it": the group's role
            continue
        if (speaker := _speaker_for(token, roles)) is not None:
            token = speaker  # "X's spokesman denied any role": X's own denial
            continue
        break
    return _role(token, start, end, actor, sent, words, roles, span.root)


def _people_before(ent: Span) -> int:
    """Where an organisation's name starts, with the people's name the parse left out of it when
    it qualifies the name ("Pakistani Taliban" read as a people "Pakistani" and a group "Taliban"):
    the whole is the group's name, another group than the "Afghan Taliban"."""
    if ent.label_ != "ORG" or ent.start == 0:
        return int(ent.start_char)
    before = ent.doc[ent.start - 1]
    if before.ent_type_ == "NORP" and before.dep_ in ("amod", "compound") and ent.start <= before.head.i < ent.end:
        return int(before.idx)
    return int(ent.start_char)


def _ranked(act: Token) -> bool:
    """True when an act noun is ranked by a superlative ("deadliest", "worst", "most lethal"): its
    owner is where the ranking runs, not who did it."""
    return any(c.dep_ == "amod" and (c.tag_ == "JJS" or any(g.tag_ == "RBS" for g in c.children)) for c in act.children)


def _opens_a_clause(token: Token) -> bool:
    """A conjunct followed at once by a verb or an auxiliary: the subject of a clause of its own the
    parse joined to the name before it ("by ISIL and police are investigating")."""
    after = token.i + 1
    if token.dep_ != "conj" or after >= len(token.doc) or token.doc[after].pos_ not in ("AUX", "VERB"):
        return False
    verb = token.doc[after] if token.doc[after].pos_ == "VERB" else token.doc[after].head
    return verb.i != _first_conjunct(token).head.i  # ("both Syria and Russia denied": their shared verb)


def _own_act(verb: Token, roles: RoleWords) -> Token | None:
    """The act ``verb`` says its subject did ("said that it had carried out the attack": a verb of
    ``own_act_verbs`` whose clause has an agent verb with a pronoun of ``own_act_pronouns`` for
    its subject, or its owner ("its fighters"), and an act noun that refers to the event told: "the attack", not "strikes in
    Syria"), else None."""
    if verb.lemma_.lower() not in roles.own_acts:
        return None
    # "said in a video posted online that its fighters had carried out the attack": the parser may
    # hang the said clause on the participle of the medium
    media = [
        c
        for p in verb.children
        if p.dep_ == "prep"
        for o in p.children
        for a in o.children
        if a.dep_ == "acl"
        for c in a.children
    ]
    claiming = verb.lemma_.lower() in roles.claims
    for clause in [*verb.children, *media]:
        lemma = clause.lemma_.lower()
        agent = lemma in roles.agent or lemma in roles.weak_agent or lemma in roles.phrases
        # "said it was behind the bombing", "claimed they are responsible for the attack"
        behind = lemma == "be" and any(
            c.dep_ in ("prep", "acomp") and c.lower_ in roles.responsible for c in clause.children
        )
        if (
            clause.dep_ == "ccomp"
            and (agent or behind)
            and not any(c.dep_ == "neg" for c in clause.children)  # "claimed it was not behind it"
            and any(c.dep_ == "nsubj" and _own_subject(c, roles, claiming) for c in clause.children)
        ):
            return next(
                (
                    t
                    for t in clause.subtree
                    if _is_act(t, roles) and any(c.dep_ == "det" and c.lower_ in roles.referring for c in t.children)
                ),
                None,
            )
    return None


def _speaker_for(token: Token, roles: RoleWords) -> Token | None:
    """The noun of one who speaks for the actor ``token`` names, when it is one ("the group's
    spokesman", "a TTP spokesman", "a spokesman for the Kora Brigades"): whose words are the
    actor's; else None."""
    head = token.head
    while (
        token.dep_ == "compound"
        and head.dep_ == "compound"
        and head.i > token.i
        and head.lemma_.lower() not in roles.speakers
    ):
        token, head = head, head.head  # "Coast guard spokesman ...", the name read as "Coast" alone
    if token.dep_ in ("poss", "compound") and head.i > token.i and head.lemma_.lower() in roles.speakers:
        # "Coast guard spokesman Petros Alani denied ...": the title before a name, the name's role
        while head.dep_ == "compound" and head.head.i > head.i and head.head.ent_type_ == "PERSON":
            head = head.head
        return _first_conjunct(head)
    if (
        token.dep_ == "pobj"
        and head.lower_ in ("for", "of")
        and head.head.i < head.i
        and head.head.lemma_.lower() in roles.speakers
    ):
        return _first_conjunct(head.head)
    return None


def _own_subject(subject: Token, roles: RoleWords, claiming: bool = False) -> bool:
    """Whether an act's subject stands for the speaker: "it", "we", its own people ("its
    fighters", "one of its soldiers"); after a verb of claiming, "they" too (``claim_pronouns``)."""
    pronouns = roles.own_pronouns | roles.claim_pronouns if claiming else roles.own_pronouns
    if subject.lower_ in pronouns or any(c.dep_ == "poss" and c.lower_ in pronouns for c in subject.children):
        return True
    return any(  # "one of its soldiers"
        p.dep_ == "prep"
        and p.lower_ == "of"
        and any(o.dep_ == "pobj" and _own_subject(o, roles, claiming) for o in p.children)
        for p in subject.children
    )


def _role(
    token: Token, start: int, end: int, actor: str, sent: Span, words: StanceWords, roles: RoleWords, named: Token
) -> ActorReading:
    verb = token.head
    named_span = sent.doc.char_span(start, end, alignment_mode="expand") or sent.doc[named.i : named.i + 1]
    if token.dep_ == "nsubj" and claims_a_role(verb, roles.claims):
        # "X claimed responsibility for the attack": X's own claim, X says so
        reading = read_stance(verb, sent, words)
        if reading.stance not in ("asserted", "suspected", "hypothetical"):
            return ActorReading(start, end, actor, "context_only")  # "X did not claim the attack"
        return ActorReading(
            start, end, actor, reading.stance, verb.text, named, _act_below(verb, token, roles), claim=True
        )
    own = _own_act(verb, roles) if token.dep_ == "nsubj" else None
    if own is not None:
        # "the group said it had carried out the attack": its own claim, as "claimed responsibility"
        reading = read_stance(verb, sent, words)
        if reading.stance in ("asserted", "suspected", "hypothetical"):
            return ActorReading(start, end, actor, reading.stance, verb.text, named, own, claim=True)
    cause = _cause_of(verb, roles) if token.dep_ == "nsubj" else None
    if cause is not None:
        # "survivors say the coast guard caused the boat to capsize": blame, the speaker's
        reading = read_stance(cause, sent, words)
        stance = {"negated": "denied", "asserted": "accused" if reading.by is not None else "asserted"}.get(
            reading.stance, reading.stance
        )
        return ActorReading(start, end, actor, stance, cause.text, reading.by, _act_below(cause, token, roles))
    if token.dep_ == "nsubj":
        frame = words.frame(verb)
        if frame == "denied" and _about_a_role(verb, token, roles):
            # the denier's own stance
            return ActorReading(start, end, actor, "denied", verb.text, named, _act_below(verb, token, roles))
        if frame == "accused" and (other := _reciprocal_holder(verb, token, named, roles)) is not None:
            # "Ukraine and Russia blamed each other": each is accused, by the other
            reading = read_stance(verb, sent, words)
            if reading.stance in ("asserted", "suspected"):
                stance = "suspected" if reading.stance == "suspected" else "accused"
                return ActorReading(start, end, actor, stance, verb.text, other, _act_below(verb, token, roles))
        if frame is not None:
            return ActorReading(start, end, actor, "context_only")  # the accuser: who says so, not a role
        if _is_agent_verb(verb, sent, roles) and not _attacker_as_object(verb, roles) and not _enforcing(verb, roles):
            done = verb if verb.lemma_.lower() in roles.agent else (_act_below(verb, token, roles) or verb)
            return _did_it(start, end, actor, read_stance(verb, sent, words), done)
    if (
        token.dep_ == "nsubjpass"
        and verb.lemma_.lower() in roles.responsible
        and not _in_a_response(verb, roles)
        and not any(_law_s_work(o, named_span, roles) for o in _objects_of(verb))
    ):  # "X was involved"
        return _did_it(start, end, actor, read_stance(verb, sent, words), _act_below(verb, token, roles))
    if (
        token.dep_ == "pobj"
        and verb.dep_ == "agent"
        and words.frame(verb.head) == "denied"
        and _about_a_role(verb.head, token, roles)
    ):
        # "responsibility was later denied by the group": the denier's own stance, as in the active
        return ActorReading(start, end, actor, "denied", verb.head.text, named, _act_below(verb.head, token, roles))
    if (
        token.dep_ == "pobj"
        and verb.dep_ == "agent"
        and claims_a_role(verb.head, roles.claims, passive=True)
        and read_stance(verb.head, sent, words).stance in ("asserted", "suspected", "hypothetical")
    ):
        # "the bombing was claimed by ISIL": its own claim, as in the active
        reading = read_stance(verb.head, sent, words)
        return ActorReading(
            start, end, actor, reading.stance, verb.head.text, named, _act_below(verb.head, token, roles), claim=True
        )
    if (
        token.dep_ == "pobj"
        and verb.dep_ == "agent"
        and not _done_to_attackers(verb.head, roles)
        and not _enforcing(verb.head, roles)
    ):  # "launched by X"
        act = verb.head
        if _is_agent_verb(act, sent, roles) or act.dep_ == "acl" and _is_act(act.head, roles):
            return _did_it(start, end, actor, read_stance(act, sent, words), act)
    if (
        token.dep_ == "pobj"
        and verb.lower_ == "by"
        and verb.dep_ == "prep"
        and (_is_act(verb.head, roles) or _act_gerund(verb.head, roles))
        and not _law_s_work(verb.head, named_span, roles)
    ):
        return _did_it(start, end, actor, read_stance(verb.head, sent, words), verb.head)  # "an air strike by X"
    # the one an accusation or a denial is about: "blamed X", "blamed it on X", "X was accused"
    frame_word = verb if token.dep_ in ("dobj", "nsubjpass") else _blamed_on(token) or _role_owned(token, roles)
    if frame_word is not None and words.frame(frame_word) is not None:
        reading = read_stance(token, sent, words)
        if reading.stance in ("accused", "denied", "suspected"):
            about = _act_below(frame_word, token, roles)
            if reading.stance != "denied" and _habitual(frame_word, words, roles):
                return ActorReading(start, end, actor, "context_only")  # "has repeatedly accused X of ..."
            if reading.stance != "denied" and _for_the_response(frame_word, roles):
                return ActorReading(start, end, actor, "context_only")  # "... of using gas to end the siege"
            if reading.stance != "denied" and _for_oversight(frame_word, token, roles):
                return ActorReading(start, end, actor, "context_only")  # "... of turning a blind eye"
            return ActorReading(start, end, actor, reading.stance, reading.cue, reading.by, about)
    return ActorReading(start, end, actor, "context_only")


def _reciprocal_holder(verb: Token, subject: Token, named: Token, roles: RoleWords) -> Token | None:
    """The other one of joined subjects that accuse "each other" (``attribution.reciprocals``):
    for the subject whose words hold ``named``, the first of the others; None when the object is no
    reciprocal or the subject is one alone."""
    if not any(
        c.dep_ in ("dobj", "pobj") and " ".join(t.lower_ for t in c.subtree) in roles.reciprocals
        for c in (*verb.children, *(g for p in verb.children if p.dep_ == "prep" for g in p.children))
    ):
        return None
    joined = [subject, *subject.conjuncts]
    node = named
    while node.i not in {t.i for t in joined} and node.head.i != node.i:
        node = node.head
    others = [t for t in joined if t.i != node.i]
    return others[0] if others and any(t.i == node.i for t in joined) else None


def _for_the_response(verb: Token, roles: RoleWords) -> bool:
    """An accusation of an act done for a purpose that ends or answers the happening ("accused
    Kenyan troops of using chemical agents to end the stand-off": a purpose infinitive of
    ``roles.response_purposes`` in what it is "of" or "for"): the response, no blame for the event."""
    said = [t for p in verb.children if p.dep_ == "prep" and p.lower_ in ("of", "for") for t in p.subtree]
    return any(
        t.lemma_.lower() in roles.response_purposes
        and t.pos_ == "VERB"
        and t.dep_ in ("xcomp", "advcl")
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children)
        for t in said
    )


def _for_oversight(verb: Token, actor: Token, roles: RoleWords) -> bool:
    """An accusation of a failure to watch over another ("blamed previous governments of turning a
    blind eye to the highways", "accused regulators of lax oversight": a phrase of
    ``roles.oversight_failures`` in what it is "of" or "for", said of the verb or of its accused):
    blame for letting it happen, told beside whoever did it, never a rival culprit of the event."""
    if not roles.oversight_failures:
        return False
    preps = [p for h in (verb, actor) for p in h.children if p.dep_ == "prep" and p.lower_ in ("of", "for")]
    for prep in preps:
        said = " " + " ".join(t.lemma_.lower() for t in prep.subtree) + " "
        if any(f" {phrase} " in said for phrase in roles.oversight_failures):
            return True
    return False


def _habitual(verb: Token, words: StanceWords, roles: RoleWords) -> bool:
    """An accusation made as a habit ("has repeatedly accused Ukraine of killing civilians", an
    adverb of ``stances.habitual``) that names no act the event told is ("for the attack")."""
    if not any(c.dep_ == "advmod" and c.lower_ in words.habitual for c in verb.children):
        return False
    # (what the accusation itself says, not a clause joined to it: "..., and the message on the missile")
    said = [t for c in verb.children if c.dep_ not in ("conj", "cc", "nsubj") for t in c.subtree]
    return not any(
        _is_act(t, roles) and any(c.dep_ == "det" and c.lower_ in roles.referring for c in t.children) for t in said
    )


#: Relative pronouns: the subject or object of a relative clause that is the noun it describes.
_RELATIVES = frozenset({"which", "who", "whom", "that"})


def _relative_reading(sent: Span, found: ActorReading, rules: RuleSet) -> ActorReading | None:
    """The stance a relative clause on the actor's name, or on a phrase set beside it, gives it
    besides its role: "the group X, which has denied any role" (X's own denial, X says so); "X, the
    movement the government holds responsible" (accused, the government says so). The phrase beside
    the name counts where it is written, right after the name and a comma, wherever the parser hung
    it; None when no such clause gives the actor a stance its reading lacks."""
    span = sent.doc.char_span(found.start, found.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    words, roles = stance_words(rules), _role_words(rules)
    nouns = [span.root]
    comma = span.end
    if comma + 1 < sent.end and sent.doc[comma].text == ",":
        beside = sent.doc[comma + 1]
        node = beside
        while node.head.i != node.i and node.head.left_edge.i == beside.i:
            node = node.head
        if node.pos_ in ("NOUN", "PROPN") and node.i > span.root.i:
            nouns.append(node)
    for noun in nouns:
        for clause in (c for c in noun.children if c.dep_ == "relcl"):
            frame = words.frame(clause)
            subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
            if (
                subject is not None
                and subject.lower_ in _RELATIVES
                and not found.claim
                and claims_a_role(clause, roles.claims)
            ):
                # "the Western Frontier Brigade, which has claimed the attack": its own claim, it says so
                reading = read_stance(clause, sent, words)
                if reading.stance in ("asserted", "suspected", "hypothetical"):
                    about = _act_below(clause, subject, roles)
                    return ActorReading(
                        found.start,
                        found.end,
                        found.actor,
                        reading.stance,
                        clause.text,
                        span.root,
                        about,
                        claim=True,
                        told_to=clause.idx + len(clause.text),
                    )
            if frame is None or subject is None:
                continue
            if frame == "denied" and subject.lower_ in _RELATIVES and found.stance != "denied":
                if _about_a_role(clause, subject, roles):
                    about = _act_below(clause, subject, roles)
                    return ActorReading(
                        found.start,
                        found.end,
                        found.actor,
                        "denied",
                        clause.text,
                        span.root,
                        about,
                        told_to=clause.idx + len(clause.text),
                    )
            objects = [c for c in clause.children if c.dep_ == "dobj" and c.lower_ not in _RELATIVES]
            if (
                frame == "accused"
                and subject.lower_ not in _RELATIVES
                and not objects
                and not _laid_on_another(clause)
                and found.stance != "accused"
            ):
                # "the movement the government holds responsible", "X, whom the minister blamed"
                reading = read_stance(clause, sent, words)
                stance = "suspected" if reading.stance == "suspected" else "accused"
                if reading.stance in ("asserted", "suspected"):
                    about = _act_below(clause, subject, roles)
                    return ActorReading(
                        found.start,
                        found.end,
                        found.actor,
                        stance,
                        clause.text,
                        subject,
                        about,
                        told_to=clause.idx + len(clause.text),
                    )
    return None


def _cause_of(verb: Token, roles: RoleWords) -> Token | None:
    """The cause verb the subject of ``verb`` is the subject of: ``verb`` itself, or a verb joined
    to it with no subject of its own ("tried to tow the boat and caused it to capsize"), when what
    it causes holds a happening's word."""
    joined = [c for c in verb.children if c.dep_ == "conj" and not any(g.dep_.startswith("nsubj") for g in c.children)]
    for candidate in (verb, *joined):
        if candidate.pos_ == "VERB" and candidate.lemma_.lower() in roles.causes:
            caused = [t for c in candidate.children if c.dep_ in ("dobj", "ccomp", "xcomp") for t in c.subtree]
            if any(t.lower_ in roles.happenings or t.lemma_.lower() in roles.happenings for t in caused):
                return candidate
    return None


#: The prepositions that lay blame on its bearer: "blamed the attack on X".
_BLAMED_ON = frozenset({"on", "onto", "upon"})


def _laid_on_another(clause: Token) -> bool:
    """A relative clause lays the blame on a noun of its own ("the Nuri Hospital, which officials
    blamed on the Sahel Guard"): the noun it describes is what is blamed (the act, its target),
    never the one blamed."""
    return any(
        c.dep_ == "prep" and c.lower_ in _BLAMED_ON and any(g.dep_ == "pobj" for g in c.children)
        for c in clause.children
    )


def _role_owned(token: Token, roles: RoleWords) -> Token | None:
    """The verb above a noun of an actor's part (``roles.role_nouns``) that ``token`` owns, the
    noun its object: "rejected any involvement of X", "denied X's role"; else None."""
    if token.dep_ == "pobj" and token.head.lower_ == "of":
        noun = token.head.head
    elif token.dep_ == "poss":
        noun = token.head
    else:
        return None
    if noun.lemma_.lower() not in roles.role_nouns or noun.dep_ not in ("dobj", "nsubjpass"):
        return None
    return noun.head


def _blamed_on(token: Token) -> Token | None:
    """The verb a "on X" phrase belongs to, through the nouns between ("pinned the blame for the
    blast on X", where the parser hangs "on X" on "blast"); None for any other preposition."""
    prep = token.head
    if token.dep_ != "pobj" or prep.lower_ not in _BLAMED_ON:
        return prep.head if token.dep_ == "pobj" and prep.dep_ == "dative" else None
    node = prep.head
    for _ in range(4):
        if node.pos_ in ("VERB", "AUX"):
            return node
        if node.dep_ not in ("pobj", "dobj", "prep") or node.head.i == node.i:
            return None
        node = node.head
    return None


def _done_to_attackers(act: Token, roles: RoleWords) -> bool:
    """Whether a passive act befell those who carried out the happening ("the five gunmen, who were
    all killed by security forces", "the attacker was shot dead by police", "the gunman, identified
    by police"): its "by" agent ended the attack, or named its author, and did not carry it out."""
    subject = next((c for c in act.children if c.dep_ == "nsubjpass"), None)
    if subject is not None and subject.lower_ in _RELATIVES and act.dep_ == "relcl":
        subject = act.head  # "the gunmen, who were killed by ...": the noun the clause describes
    if subject is None and act.dep_ == "acl":
        subject = act.head  # "the gunman, identified by police as X": the noun the phrase describes
    return subject is not None and (subject.lower_ in roles.attackers or subject.lemma_.lower() in roles.attackers)


def _attacker_as_object(verb: Token, roles: RoleWords) -> bool:
    """Whether an act was done to one who carried out the happening ("a Border Patrol agent shot and
    killed the gunman", "before police shot him dead", "him" after "the gunman" in its sentence):
    its subject ended the attack, and did not carry it out (the active ``_done_to_attackers``)."""
    verbs = (verb, *verb.conjuncts)
    objects = [c for v in verbs for c in v.children if c.dep_ == "dobj"]
    # ... or pursued them: "launched an operation to hunt down the perpetrators", "a manhunt for the
    # attackers", "an operation against the gunmen" (the response, never the attack)
    aims = [c for v in verbs for c in v.children if c.dep_ in ("xcomp", "advcl")]
    aims += [c for o in objects for c in o.children if c.dep_ in ("acl", "relcl")]
    pursued = [c for a in aims for c in a.children if c.dep_ == "dobj"]
    pursued += [
        p
        for o in objects
        for prep in o.children
        if prep.dep_ == "prep" and prep.lower_ in ("for", "against")
        for p in prep.children
        if p.dep_ == "pobj"
    ]
    if any(_attackers(p, roles) for p in pursued):
        return True
    for obj in objects:
        if _attackers(obj, roles):
            return True
        if (
            obj.tag_ == "PRP"
            and obj.lower_ != "it"
            and any(t.lower_ in roles.attackers for t in obj.sent[: obj.i - obj.sent.start])
        ):
            return True
    return False


def _attackers(token: Token, roles: RoleWords) -> bool:
    """Whether ``token`` names those who carried out the happening: an attacker noun ("the gunmen"),
    or a part of them ("three of the attackers", "one of the gunmen")."""
    if token.lower_ in roles.attackers or token.lemma_.lower() in roles.attackers:
        return True
    return any(
        p.lower_ in roles.attackers or p.lemma_.lower() in roles.attackers
        for prep in token.children
        if prep.dep_ == "prep" and prep.lower_ == "of"
        for p in prep.children
        if p.dep_ == "pobj"
    )


def _names_a_target(token: Token, act: Token, roles: RoleWords) -> bool:
    """ "the al-Ahli hospital strike", "the Ostravel church shootings" (the name on the facility word
    itself): a name before a facility word names the target."""
    return any(
        t.lower_ in roles.targets or t.lemma_.lower() in roles.targets for t in token.doc[token.i + 1 : act.i + 1]
    )


def _is_act(token: Token, roles: RoleWords) -> bool:
    return (
        token.pos_ in ("NOUN", "PROPN")
        and (token.lower_ in roles.acts or token.lemma_.lower() in roles.acts)
        # "a rescue operation": the response, no one's attack (a listed modifier too, however the
        # parse hangs it: "search and rescue operations led by the army"); so is the work of a body
        # named as a relief one ("the Gaza Humanitarian Foundation's operations", "the aid group's operation")
        and not any(
            t.lower_ in roles.responses
            for c in token.children
            if c.dep_ in ("compound", "amod", "nmod")
            for t in (c, *c.conjuncts)
        )
        and not any(c.dep_ == "poss" and any(t.lower_ in roles.responses for t in c.subtree) for c in token.children)
    )


def _act_gerund(token: Token, roles: RoleWords) -> bool:
    """An act noun the parse tags a verb's -ing form, with no subject or object of its own: "killed
    in shelling by Malian troops" (the actor of the shelling, as of "a raid by French forces")."""
    return (
        token.tag_ == "VBG"
        and token.lower_ in roles.acts
        and not any(c.dep_ in ("nsubj", "dobj", "nsubjpass") for c in token.children)
    )


def _is_attack(token: Token, roles: RoleWords) -> bool:
    return token.lower_ in roles.attacks or token.lemma_.lower() in roles.attacks


def _is_agent_verb(verb: Token, sent: Span, roles: RoleWords) -> bool:
    lemma = verb.lemma_.lower()
    if lemma in roles.agent:
        return True
    if lemma in roles.phrases and any(c.dep_ == "dobj" and c.lower_ in roles.phrases[lemma] for c in verb.children):
        return True  # "opened fire on the crowd"
    if (
        lemma in roles.weak_agent
    ):  # "struck a deal", "fired staff": only at someone, or where the sentence names an attack
        # (not one set beside the verb as another act: "were firing ... before an air strike")
        if (
            verb.dep_ == "relcl"
            # (an object past the bracket that closes the clause is the parser's slip: "(the name
            # the group uses internationally) staff")
            and not any(
                c.dep_ == "dobj" and not any(t.text == ")" for t in verb.doc[verb.i : c.i]) for c in verb.children
            )
            and not _is_act(verb.head, roles)
            and verb.head.lemma_.lower() not in roles.happenings
            and verb.head.lemma_.lower() not in roles.forces
        ):
            return False  # "the name the group uses", "the deal it struck": what it used is no weapon
        apart = {t.i for t in _set_beside(verb, roles)}
        return any(c.dep_ == "prep" and c.lower_ in ("at", "on", "upon") for c in verb.children) or any(
            _is_act(t, roles) for t in sent if t.i != verb.i and t.i not in apart
        )
    if lemma == "be":  # "X was responsible", "X was behind the strike"
        return any(
            c.lower_ in roles.responsible and not _in_a_response(c, roles)
            for c in verb.children
            if c.dep_ in ("acomp", "prep", "attr")
        )
    return False


def _in_a_response(word: Token, roles: RoleWords) -> bool:
    """What ``word`` ("involved", "behind") makes its subject a part of is the response to the
    happening, no one's role in it: "patrol boats are involved in the search for survivors", "the
    navy was behind the rescue effort" (the object, or a word before it, is one of ``responses``)."""
    preps = [word] if word.dep_ == "prep" else [c for c in word.children if c.dep_ == "prep"]
    objects = [o for p in preps for o in p.children if o.dep_ == "pobj"]
    return any(
        t.lower_ in roles.responses or t.lemma_.lower() in roles.responses
        for o in objects
        for t in (o, *(c for c in o.children if c.dep_ in ("compound", "amod", "nmod")))
    )


def _enforcing(verb: Token, roles: RoleWords) -> bool:
    """``verb`` is told beside a verb of the law's work, as one action: "police raided the offices
    and arrested the owner", "officers raided the house, detaining two men"; or its object is
    premises and no harm is told beside it (``enforcement_objects``, ``enforcement_unless``)."""
    first = _first_conjunct(verb)
    beside = [first, *(t for t in first.subtree if t.dep_ == "conj" and t.pos_ == "VERB")]
    beside += [c for t in beside for c in t.children if c.dep_ == "advcl" and c.tag_ == "VBG"]
    if any(t.i != verb.i and t.lemma_.lower() in roles.enforcement for t in beside):
        return True
    # "police raided two addresses believed to be connected with the bombing": premises raided,
    # no one harmed there ("soldiers raided homes, killing 12" is an attack)
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    # (the parse may make the object the subject of a clause after it: "raided two addresses believed to be ...")
    objects += [g for c in verb.children if c.dep_ == "ccomp" for g in c.children if g.dep_ in ("nsubj", "nsubjpass")]
    # ... or, in the passive, its subject ("the flat that was raided by police": the noun the clause describes)
    for subject in (c for c in verb.children if c.dep_ == "nsubjpass"):
        objects.append(verb.head if subject.lower_ in _RELATIVES and verb.dep_ == "relcl" else subject)
    # (premises named by a word before the noun: "an apartment building", "a residential block")
    premises = [t for o in objects for t in (o, *(c for c in o.children if c.dep_ in ("compound", "amod")))]
    return any(t.lemma_.lower() in roles.premises for t in premises) and not any(
        t.lemma_.lower() in roles.harming for t in beside
    )


def _objects_of(word: Token) -> list[Token]:
    """The objects of the phrases on ``word`` ("involved in the operation": the operation)."""
    return [o for p in word.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]


def _law_s_work(act: Token, actor: Span, roles: RoleWords) -> bool:
    """Whether ``act`` is the work of the law's body named ``actor``: a raid or an operation of the
    police ("the police's raid of the venue", "a raid by security forces") answered the attack and
    is no one's attack, unless a harming verb governs it ("a police raid killed 12")."""
    if act.lemma_.lower() not in roles.enforcement_acts and act.lower_ not in roles.enforcement_acts:
        return False
    if not any(t.lemma_.lower() in roles.enforcers or t.lower_ in roles.enforcers for t in actor):
        return False
    node = act
    for _ in range(3):  # "killed in a police raid", "a raid that killed 12" (the act's own clauses)
        if node.head.i == node.i:
            break
        node = node.head
        if node.pos_ == "VERB":
            if node.lemma_.lower() in roles.harming:
                return False
            break
    return not any(c.pos_ == "VERB" and c.lemma_.lower() in roles.harming for c in act.children)


def _about_a_role(verb: Token, subject: Token, roles: RoleWords) -> bool:
    """A denial is the denier's stance on its own role when it is about an act or a role
    ("denied involvement", "denied it carried out the strike"), not about anything else."""
    said = set(subject.subtree)
    antecedent = verb.head.lower_
    if verb.dep_ == "relcl" and (
        antecedent in roles.denial_of
        or antecedent in roles.denial_of_said
        or verb.head.lemma_.lower() in roles.denial_of
    ):
        return True  # "a claim the group denies", "something the coast guard denies"
    if any(c.dep_ == "dobj" and c.lower_ in roles.denial_of_said for c in verb.children):
        return True  # "which they deny", "the RSF denies this"
    return any(
        t not in said
        and (t.lower_ in roles.denial_of or t.lemma_.lower() in roles.denial_of)
        and not _anothers_act(t, verb, subject, roles)
        for t in verb.subtree
        if t.i != verb.i
    )


def _set_beside(verb: Token, roles: RoleWords) -> Iterator[Token]:
    """The words of each phrase or clause on ``verb`` that one of ``other_act_links`` opens
    ("before an air strike killed 19", "after the bombing"): another act, set beside the verb's."""
    for child in verb.children:
        opener = child if child.dep_ == "prep" else next((m for m in child.children if m.dep_ == "mark"), None)
        if child.dep_ in ("prep", "advcl") and opener is not None and opener.lower_ in roles.other_act_links:
            yield from child.subtree


def _set_apart(act: Token, roles: RoleWords) -> bool:
    """Whether ``act`` lies in a phrase or clause one of ``other_act_links`` opens ("before the
    air strike", "after the bombing"), told beside another act."""
    node = act
    for _ in range(6):
        if node.head.i == node.i:
            return False
        if any(node.i == t.i for t in _set_beside(node.head, roles)):
            return True
        node = node.head
    return False


def _names_in(token: Token, countries: dict[str, str]) -> set[str]:
    """The names a phrase holds (a people's word as its country: "Russian" -> russia)."""
    return {
        countries.get(t.lower_, t.lower_).lower()
        for t in token.subtree
        if t.ent_type_ in ("ORG", "NORP", "GPE", "PERSON") and t.pos_ in ("PROPN", "ADJ", "NOUN")
    }


def _anothers_act(word: Token, verb: Token, denier: Token, roles: RoleWords) -> bool:
    """Whether ``word``, below a denial, is told of what someone other than the denier did: a
    clause on the way up to the denial has a subject that names others and not the denier ("MSF
    denied that Taliban fighters were firing from its hospital": the fighters' act, so no denial of
    MSF's own role; so are armed men of no state, "rebel fighters"; "Russia denied that Russian
    jets struck it" stays Russia's)."""
    countries = roles.countries or {}
    own = _names_in(denier, countries)
    node = word
    while node.i != verb.i:
        for subject in (c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")):
            named = _names_in(subject, countries)
            if _own_subject(subject, roles) or named & own:
                continue
            if named or subject.lower_ in roles.fighters or subject.lemma_.lower() in roles.fighters:
                return True
        if node.head.i == node.i:
            return False
        node = node.head
    return False


def _did_it(start: int, end: int, actor: str, reading: Reading, act: Token | None = None) -> ActorReading:
    stance = "denied" if reading.stance == "negated" else reading.stance
    return ActorReading(start, end, actor, stance, reading.cue, reading.by, act)


def _act_below(verb: Token, actor: Token, roles: RoleWords) -> Token | None:
    """The first act or method noun a verb governs, outside the actor's own words ("was behind a
    car bombing in X", "blamed X for the strike on Y"): where and when it is set are the claim's."""
    said = set(actor.subtree)
    return next((t for t in verb.subtree if t not in said and t.i != verb.i and _is_act(t, roles)), None)


def find_actors(sent: Span, rules: RuleSet, facts: DocFacts) -> list[tuple[int, int, str]]:
    """(document start, end, canonical) of every actor named in a sentence: the rules' table, then
    named entities of the listed labels that no table name covers."""
    base, text = sent.start_char, facts.text
    found = [(base + s, base + e, c) for s, e, c in _table_actors(sent.text, rules)]
    for start, end in _led(sent, rules):  # "the Saudi-led coalition": before the table's "the coalition"
        found = [f for f in found if not (f[0] < end and start < f[1])]
        found.append((start, end, _name(text[start:end])))
    labels = rules.attribution.entities
    actor_of = rules.attribution.actor_of
    not_person = rules.names.people.not_person
    for ent in facts.ents_in(sent) if labels else ():
        # a "person" of the parse with a word no person's name holds is a body ("Jund al-Sahil")
        misread = ent.label_ == "PERSON" and (any(t.lower_ in not_person for t in ent) or named_with_the(ent))
        if (ent.label_ not in labels and not misread) or any(
            s < ent.end_char and ent.start_char < e for s, e, _ in found
        ):
            continue
        start = _people_before(ent)
        name = text[start : ent.end_char]
        if name.lower() in PRONOUNS or _bare_force(ent, rules):
            continue
        found.append((start, ent.end_char, lookup(actor_of, name) or _name(name)))
    # a proper name that claims an act, which the parse labels no entity ("The Front for the
    # Liberation of Tarsun, an armed group, claimed responsibility"): only an actor claims one
    claims, roles = claim_phrases(rules), _role_words(rules)
    for token in sent:
        named = token.pos_ == "PROPN" or (token.is_title and token.i > sent.start)  # the parse may tag "Front" a noun
        # ... or names the group that does ("A second group, the Sons of X, said it carried out the
        # attack", "a group calling itself the Sons of X claimed responsibility")
        subject = token
        if token.dep_ == "appos" and (token.head.lemma_.lower() in roles.forces or token.head.lower_ in _GROUPS):
            subject = token.head
        elif (named_as := _named_as(token)) is not None:
            subject = named_as
        if (
            subject.dep_ == "nsubj"
            and named
            and token.ent_type_ not in (*labels, *_NO_CLAIMANTS)  # a label the parse misread ("The Sable Hand")
            and (claims_a_role(subject.head, claims) or _own_act(subject.head, roles) is not None)
        ):
            start, end = _name_span(token)
            if not any(s < end and start < e for s, e, _ in found):
                name = text[start:end]
                found.append((start, end, lookup(actor_of, name) or _name(name)))
    # a state's body named by a common noun ("the coast guard")
    for start, end, _ in find_compiled(sent.text, _body_pattern(rules)):
        start, end = base + start, base + end
        # (a part of it the parse took for a name gives way: "Coast" of "Coast guard spokesman")
        found = [f for f in found if not (start <= f[0] and f[1] <= end and f[1] - f[0] < end - start)]
        if not any(s < end and start < e for s, e, _ in found):
            found.append((start, end, "the " + " ".join(text[start:end].lower().split())))
    # people or a body an accusation names by a common noun ("blamed separatist militants")
    for start, end in _blamed_groups(sent, rules):
        if not any(s < end and start < e for s, e, _ in found):
            found.append((start, end, _name(text[start:end])))
    # a name the parse tells an organisation elsewhere in the document, untold here ("the Nahr
    # Brigades have denied involvement" where only an earlier sentence's parse names the group)
    for name, pattern in _named_elsewhere(facts, rules):
        for match in pattern.finditer(sent.text):
            start, end = base + match.start(), base + match.end()
            if not any(s < end and start < e for s, e, _ in found):
                found.append((start, end, lookup(actor_of, name) or name))
    # "the group has denied involvement": the organisation named last before it
    nouns = frozenset(rules.attribution.standing_for)
    for start, end, name in _standing_for(sent, facts, rules):
        # (a bare "group" read as a name of its own gives way)
        found = [f for f in found if not (f[0] < end and start < f[1] and f[2].lower() in nouns)]
        # (nor the words set beside a name, which are its own: "the Morrow Battalions, the older militia")
        beside = any(text[e:start].strip() == "," for _, e, _ in found)
        if not beside and not any(s < end and start < e for s, e, _ in found):
            found.append((start, end, lookup(actor_of, name) or name))
    # "X has been accused of shelling the hospital, which they deny": a pronoun denying in a relative
    # clause is the actor named before it in the sentence
    denials = _denial_lemmas(rules)
    for token in sent:
        if (
            token.lower_ in rules.attribution.clause_pronouns
            and token.dep_ == "nsubj"
            and token.head.dep_ == "relcl"
            and token.head.lemma_.lower() in denials
            and not any(s <= token.idx < e for s, e, _ in found)
        ):
            before = [f for f in found if f[1] <= token.idx]
            if before:
                name = max(before)[2]
                found.append((token.idx, token.idx + len(token.text), name))
    # "LORASSE, Tarunda, Sept 14 (Meridian Wire) - Gunmen ... attacked", "UVALDE, Texas -- A gunman":
    # the names of a wire's dateline say where the story was written, whatever role the parse gives them
    dateline = DATELINE.match(sent.text) or UNDATED_DATELINE.match(sent.text) or TITLED_DATELINE.match(sent.text)
    if dateline is not None:
        found = [f for f in found if f[0] >= base + dateline.end()]
    # "the Front for the Liberation of Tarsun (FLT)": the short name in brackets is the name before it
    return sorted(f for f in found if not _abbreviates(f, found, text))


def _blamed_groups(sent: Span, rules: RuleSet) -> Iterator[tuple[int, int]]:
    """(document start, end) of each common noun phrase of ``attribution.blamed_groups`` that an
    accusation names as the one blamed: its object ("blamed separatist militants", "accused the
    organisers of negligence"), its "on" phrase ("blamed the crush on pilgrims") or its passive
    subject ("pilgrims were blamed"), with the modifiers before the noun ("separatist")."""
    groups, words = rules.attribution.blamed_groups, stance_words(rules)
    for token in sent:
        if token.pos_ != "NOUN" or token.lemma_.lower() not in groups or token.ent_type_:
            continue
        verb = token.head if token.dep_ in ("dobj", "nsubjpass") else _blamed_on(token)
        if verb is None or words.frame(verb) != "accused":
            continue
        first = token
        while (
            first.i > sent.start
            and (before := first.doc[first.i - 1]).head.i == token.i
            and before.dep_ in ("amod", "compound")
        ):
            first = before
        yield first.idx, token.idx + len(token.text)


@lru_cache(maxsize=8)
def _denial_lemmas(rules: RuleSet) -> frozenset[str]:
    """The one-word lemmas of a denial (``attribution.stances.denied``: deny, reject ...)."""
    return frozenset(w for w in rules.attribution.stances.denied if " " not in w)


def _standing_for(sent: Span, facts: DocFacts, rules: RuleSet) -> Iterator[tuple[int, int, str]]:
    """(document start, end, name) of each "the group" (``attribution.standing_for``: "the"
    and the noun, no "of ..." after it) that stands for the organisation the page named last before
    it (``_named_elsewhere``), within ``attribution.standing_for_chars``."""
    nouns = frozenset(rules.attribution.standing_for)
    names = _named_elsewhere(facts, rules)
    pronouns = rules.attribution.denying_pronouns
    denials = _denial_lemmas(rules)
    for token in sent:
        denies = token.dep_ in ("nsubj", "nsubjpass") and token.head.lemma_.lower() in denials
        if denies and token.lower_ in rules.attribution.accused_pronouns:
            accused = _accused_before(sent, names, rules)  # "They denied any role"
            if accused is not None:
                yield token.idx, token.idx + len(token.text), accused
            continue
        if denies and _the_noun(token, rules.attribution.accused_nouns):
            accused = _accused_before(sent, names, rules)  # "The company denies the charges"
            if accused is not None:
                det = next(c for c in token.children if c.dep_ == "det")
                yield det.idx, token.idx + len(token.text), accused
            continue
        if not nouns or not names:
            continue
        if denies and token.lower_ in pronouns:
            start, end = token.idx, token.idx + len(token.text)  # "It denied any role"
        elif (
            token.lower_ not in nouns
            or not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)
            # ("the group of men"; "the armed group" may be any group, not the one named last;
            # "the group Saraya al-Nasr" names its own)
            or any(c.dep_ in ("prep", "compound", "amod", "appos") for c in token.children)
        ):
            continue
        else:
            det = next(c for c in token.children if c.dep_ == "det")
            start, end = det.idx, token.idx + len(token.text)
        window = facts.text[max(0, start - rules.attribution.standing_for_chars) : start]
        last = max(
            (
                (m.end(), name)
                for name, pattern in names
                for m in pattern.finditer(window)
                if not _credited(window, m.start(), m.end())
            ),
            default=None,
        )
        if last is not None:
            yield start, end, last[1]


def _the_noun(token: Token, nouns: frozenset[str]) -> bool:
    """ "the company": "the" and one of ``nouns``, nothing else before or after it ("the company's
    engineers", "the shipping company", "the company of ..." are others)."""
    before = [c for c in token.children if c.i < token.i]
    return (
        token.lower_ in nouns
        and len(before) == 1
        and before[0].dep_ == "det"
        and before[0].lower_ == "the"
        and not any(c.i > token.i and c.dep_ in ("prep", "appos") for c in token.children)
    )


def _credited(text: str, start: int, end: int) -> bool:
    """The name at ``start``..``end`` is a dateline's credit in brackets ("March 11 (Continental
    Press) -"): the outlet, never the group a later "the group" stands for."""
    return text[start - 1 : start] == "(" and text[end : end + 1] == ")"


def _accused_before(sent: Span, names: tuple[tuple[str, re.Pattern[str]], ...], rules: RuleSet) -> str | None:
    """The organisation the sentence before ``sent`` accuses ("The army blamed the Kora Brigades
    for the attack."): the name of ``names`` an accusation verb (``attribution.stances.accused``)
    governs outside its own subject, the accuser, the first of them; None when there is none."""
    if sent.start == 0:
        return None
    before = sent.doc[sent.start - 1].sent
    accusing = frozenset(w for w in rules.attribution.stances.accused if " " not in w)
    found = None
    # a group accused by a common noun ("put the blame on the operator of the bridge")
    for start, end in _blamed_groups(before, rules):
        if found is None or start < found[0]:
            found = (start, _name(sent.doc.text[start:end]))
    for verb in before:
        if verb.lemma_.lower() not in accusing or verb.pos_ != "VERB":
            continue
        accusers = [t for c in verb.children if c.dep_ == "nsubj" for t in c.subtree]
        spans = [(t.idx, t.idx + len(t.text)) for t in verb.subtree if t not in accusers]
        for name, pattern in names:
            for match in pattern.finditer(before.text):
                start = before.start_char + match.start()
                # (the first: the accused, not a place or body the words after it name)
                if any(s <= start < e for s, e in spans) and (found is None or start < found[0]):
                    found = (start, name)
    return None if found is None else found[1]


def _a_town(span: Span) -> bool:
    """The name is a town of the gazetteer, no country's nor state's (a country's name before an
    attack may name who: "the Russia strike")."""
    return plain(span.text) in known_places() and not country_or_state(span.text)


def _address_before(span: Span) -> Token | None:
    """The name a preposition takes right before the span and a comma ("on Deans Ave, Christchurch"):
    when it is an address (a street: ``_a_street``), the span is its town, set beside it (never
    "in Tolmar, Teodor Ruszak of the state police said")."""
    doc, first = span.doc, span.start
    if first < 2 or doc[first - 1].text != ",":
        return None
    before = doc[first - 2]
    return before if before.pos_ == "PROPN" and before.dep_ == "pobj" else None


def _a_street(token: Token, rules: RuleSet) -> bool:
    """A street's last word (``events.street_abbreviations``, either form: "Ave", "Lane")."""
    streets = rules.events.street_abbreviations
    return token.lower_.rstrip(".") in streets or token.lower_ in streets.values()


def _placed_elsewhere(token: Token) -> bool:
    """The parse labels ``token``'s word a place (``_PLACES``) somewhere in its document, if not
    here: "after the Sangari attack" where the page wrote "the neighbouring village of Sangari"."""
    return any(e.label_ in _PLACES and token.text in e.text.split() for e in token.doc.ents)


#: "a group calling itself X": the reflexive object by which a noun names itself.
_REFLEXIVES = frozenset({"itself", "themselves"})


def _named_as(token: Token) -> Token | None:
    """The noun that names itself ``token`` ("a group calling itself the Sons of X": group), else None."""
    head = token.head
    if token.dep_ == "oprd" and head.dep_ == "acl" and any(c.lower_ in _REFLEXIVES for c in head.children):
        return head.head
    return None


def _abbreviates(actor: tuple[int, int, str], found: list[tuple[int, int, str]], text: str) -> bool:
    start, end, _ = actor
    before = text[:start].rstrip()
    return (
        before.endswith("(")
        and text[end : end + 1] == ")"
        and any(e == len(before[:-1].rstrip()) for s, e, _ in found if s < start)
    )


def _name_span(token: Token) -> tuple[int, int]:
    """(document start, end) of the proper name ``token`` heads: its words up to it and its
    prepositional phrases ("the Front for the Liberation of Tarsun"), no apposition, no clause."""
    keep = [t for t in token.subtree if t.i <= token.i and t.dep_ not in ("punct",)]
    for child in token.children:
        if child.dep_ in ("prep", "compound", "flat") and child.i > token.i:
            aside = {t.i for t in child.subtree if t.dep_ in ("relcl", "acl", "appos") for t in t.subtree}
            keep.extend(t for t in child.subtree if t.i not in aside and t.dep_ != "punct")
    return min(t.idx for t in keep), max(t.idx + len(t.text) for t in keep)


@lru_cache(maxsize=4)
def _named_elsewhere(facts: DocFacts, rules: RuleSet) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """Each organisation's name the document's parse gives (``attribution.named_elsewhere``
    labels), as written without its article, and the pattern that finds it as written."""
    labels = frozenset(rules.attribution.named_elsewhere)
    names = {
        _name(" ".join(facts.text[e.start_char : e.end_char].split()))
        for e in facts.ents
        if e.label_ in labels and not _bare_force(e, rules)
    }
    return tuple(
        (name, re.compile(r"(?<![\w-])" + re.escape(name).replace(r"\ ", r"\s+") + r"(?![\w-])"))
        for name in sorted(names)
        if name and name.lower() not in PRONOUNS and any(c.isupper() for c in name)
    )


def _led(sent: Span, rules: RuleSet) -> Iterator[tuple[int, int]]:
    """(document start, end) of each force a named leader leads ("the Saudi-led coalition",
    "US-led forces": ``attribution.led_nouns``), from the leader's name to the noun."""
    nouns = frozenset(rules.attribution.led_nouns)
    for noun in sent:
        if noun.lower_ not in nouns:
            continue
        for led in noun.children:
            if led.dep_ == "amod" and led.lower_ == "led" and led.i < noun.i:
                leader = [c for c in led.children if c.i < led.i and (c.ent_type_ or c.pos_ == "PROPN")]
                if leader:
                    yield min(t.idx for t in leader[0].subtree), noun.idx + len(noun.text)


def _name(text: str) -> str:
    name = " ".join(text.split())
    for prefix in ("the ", "The "):
        if name.startswith(prefix):
            name = name[len(prefix) :]
    for suffix in ("'s", "’s"):
        if name.endswith(suffix):
            name = name[: -len(suffix)]
    return name


def read_attributions(sent: Span, rules: RuleSet, facts: DocFacts | None = None) -> list[ActorReading]:
    """Every actor of a sentence with its role's stance (``context_only`` ones included), and where
    and when the sentence sets its act: an act another happening is compared with or comes after
    ("the bomb the United States dropped on X", "it came after an Israeli air strike in Y") makes
    the actor ``context_only``; one only tried or planned, ``hypothetical``."""
    facts = facts_of(sent, facts)
    out = []
    readings = []
    for s, e, actor in find_actors(sent, rules, facts):
        found = read_actor(sent, s, e, actor, rules)
        readings.append(found)
        aside = _relative_reading(sent, found, rules)
        if aside is not None:
            readings.append(aside)
    for found in readings:
        if found.act is not None and found.stance != "context_only":
            act = found.act
            # "the bomb dropped by X": a participle right after an act noun describes it
            before = act.doc[act.i - 1] if act.i > sent.start else None
            participle = act.tag_ == "VBN" or any(c.dep_ == "agent" for c in act.children)
            noun = before if participle and before is not None and _is_act(before, _role_words(rules)) else None
            setting = read_setting(act, sent, rules, noun)
            stance = found.stance
            if setting.aside in ("comparison", "sequence"):
                stance = "context_only"
            elif setting.aside == "intent" and stance in ("asserted", "suspected"):
                stance = "hypothetical"
            if found.claim:
                # "claimed the attack on Tuesday": the parser may hang the claim's day on the act
                setting = replace(setting, when=None)
            found = replace(found, stance=stance, setting=setting)
        out.append(found)
    # a name grown over a table name's words ("Sryian regime forces" over "regime forces"): the table's
    table = rules.attribution.actors
    return [
        r
        for r in out
        if r.actor in table
        or not any(o.actor in table and o.start < r.end and r.start < o.end for o in out if o is not r)
    ]


def extract_attributions(sent: Span, ctx: SentenceContext, rules: RuleSet) -> Iterator[Mention]:
    if ctx.link:
        return
    facts = facts_of(sent, ctx.facts)
    text = facts.text
    table = rules.attribution
    for found in read_attributions(sent, rules, facts):
        if found.stance == "context_only":
            continue
        written = " ".join(text[found.start : found.end].split())
        # "the group", a pronoun denying ("It denied any role"): the name it stands for
        words = _name(written).lower().split()
        pronoun = written.lower() in table.denying_pronouns | table.clause_pronouns | table.accused_pronouns
        stands_for = bool(words) and words[-1] in (*table.standing_for, *table.accused_nouns) or pronoun
        actor = (
            found.actor
            if found.actor in table.actors or stands_for
            else (lookup(table.actor_of, written) or _name(written))
        )
        unforced = _unforced(actor, rules)
        key = actor_key(unforced, rules.countries)
        if actor not in table.actors:
            # "Russian" is the table's Russia; "the Israeli military" is Israel
            actor = _keyed_actors(rules).get(key) or rules.countries.get(fold_phrase(unforced)) or actor
        if actor in table.actors:
            key = fold_phrase(actor)
        elif key in _country_keys(rules) and (group := _armed_groups(sent, found.start, found.end, rules)):
            actor, key = group, f"{key} {ARMED_GROUPS}"  # "Palestinian militants": not the state of Palestine
        by = phrase_text(found.by, text) if found.by is not None else None
        if (
            by is not None
            and (
                by.lower() in table.denying_pronouns | table.clause_pronouns | table.accused_pronouns
                or by.lower() in table.accused_nouns
            )
            and stands_for
        ):
            by = actor  # "It denied any role", "the company denies": the one accused denies, and says so
        value = AttributionValue(actor=actor, key=key, stance=found.stance, cue=found.cue, by=by)
        if found.setting.where:
            value["where"] = found.setting.where
        if found.setting.when:
            value["when"] = found.setting.when
        end = found.told_to if found.told_to is not None else found.end
        yield Mention("attribution", "perpetrator", found.start, end, value, cited_source=by)


#: The key word of a people's armed groups: "Palestinian militants" is ``palestine armed groups``.
ARMED_GROUPS = "armed groups"


def _armed_groups(sent: Span, start: int, end: int, rules: RuleSet) -> str | None:
    """The words of a people's armed groups ("Palestinian militants", "Lebanese gunmen") when the
    actor written from ``start`` to ``end`` holds, or is the modifier of, an ``attribution.
    armed_groups`` noun; else None."""
    span = sent.doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    groups = set(rules.attribution.armed_groups)
    if any(t.lower_ in groups for t in span):
        return " ".join(span.text.split())
    head = span.root.head
    if span.root.dep_ in ("amod", "compound", "nmod") and head.lower_ in groups and head.i == span.end:
        return " ".join(sent.doc[span.start : head.i + 1].text.split())
    return None


@lru_cache(maxsize=8)
def _country_keys(rules: RuleSet) -> frozenset[str]:
    """The actor keys of countries ("israel", "palestine")."""
    return frozenset(fold_phrase(c) for c in rules.countries.values())


@lru_cache(maxsize=8)
def _keyed_actors(rules: RuleSet) -> dict[str, str]:
    """The key of every name of the rules' table (force nouns dropped) -> its canonical actor."""
    return {
        actor_key(_unforced(n, rules), rules.countries): canonical
        for canonical, names in rules.attribution.actors.items()
        for n in (canonical, *names)
    }


def _unforced(name: str, rules: RuleSet) -> str:
    """A name without the force nouns at its end ("Israeli military" -> "Israeli")."""
    words = name.split()
    forces = set(rules.attribution.forces)
    while len(words) > 1 and words[-1].lower() in forces:
        words.pop()
    return " ".join(words)
