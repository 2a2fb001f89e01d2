"""Method, weapon, happening and cause claims ("Israeli air strike", "shelled", "misfired rocket",
"fire", "ammonium nitrate").

Words come from the taxonomy in the rules (``methods.taxonomy``): kinds of happening (fire,
earthquake, flood, explosion of unknown cause, crash ...), methods of attack and causes; a claim's
value names the taxonomy node and its ancestors so that the compare stage can test compatibility.
Generic words ("attack", "hit") are used for events, never as a claim; a word right after or before
a match can rule it out ("fire engines", "under fire"). A node's ``attribute`` (inherited) names its
claims' attribute: ``cause`` for what set off an explosion or a fire that was not an attack (a
substance, negligence, a fault), else ``method``; the same check sets them against each other.

From the parse, each word becomes the noun phrase it heads with its modifiers as written ("Israeli
air strike", "failed rocket launch", "apparent rocket-propelled munition"), so the claim says whose;
a verb and its object are one claim ("misfired a rocket"); words joined by "or" are one claim that
gives either ("a missile or negligence": ``alternatives``). The stance comes from
``verify.extract.stance``: a method under a denial or a negation is no claim, nor is one inside a
figurative phrase (``methods.figurative``: "a bombshell report", "exploded in anger"); a hedged,
accused or conditional one keeps its stance, and who says so (``by``) when the parse names them.
Where and when the sentence sets it are kept (``where``, ``when``: ``verify.extract.setting``); a
method another happening is compared with or comes after ("the strength of the bomb dropped on
X", "it came after an air strike in Y") is no claim, one only tried or planned is hypothetical.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Span, Token

from ..models import MethodValue
from ..rules import Method, RuleSet
from .base import Mention, SentenceContext, doc_text, facts_of
from .downing import downed_node
from .lexicon import find_compiled, phrase_pattern
from .setting import Setting, read_setting
from .sources import claim_phrases, claims_a_role
from .stance import Reading, phrase_text, read_stance, stance_words

#: Dependencies by which a word modifies the noun its phrase is about ("rocket" in "rocket launch").
_MODIFIES = ("compound", "amod", "npadvmod")
#: Modifiers kept at the start of a claim's phrase ("Israel's", "failed", "rocket-propelled").
_MODIFIERS = ("amod", "compound", "poss", "npadvmod", "advmod", "case", "punct")
_LEADING = ("det", "predet", "preconj", "cc", "punct")
#: Stances that make a method no claim.
DROPPED = ("denied", "negated")
#: Settings that make a method no claim: another happening it is compared with or comes after, or
#: the long campaign it is told of.
ASIDE = ("comparison", "sequence", "campaign")


@dataclass(frozen=True)
class MethodReading:
    """One method claim read from a sentence: document offsets, its nodes (several for "X or Y"),
    how the sentence puts it, and where and when it sets it (``verify.extract.setting``)."""

    start: int
    end: int
    nodes: tuple[str, ...]
    reading: Reading
    setting: Setting = Setting()


@lru_cache(maxsize=8)
def _matching(rules: RuleSet) -> tuple[re.Pattern[str] | None, dict[str, str], re.Pattern[str] | None]:
    """The pattern of every method word, the node of each word spaced as matched, and the
    pattern of the figurative phrases."""
    table = {}
    for name, node in rules.methods.taxonomy.items():
        if node.generic:
            continue
        for word in node.words:
            table[_spaced(word)] = name
    return phrase_pattern(table), table, phrase_pattern(rules.methods.figurative)


def _spaced(words: str) -> str:
    return " ".join(words.lower().replace("-", " ").replace("‐", " ").split())


def _masked(text: str, figurative: re.Pattern[str] | None) -> str:
    """``text`` with its figurative phrases blanked (offsets kept)."""
    if figurative is None:
        return text
    return figurative.sub(lambda m: " " * len(m.group(0)), text)


_WORDS = re.compile(r"[\w'’-]+")


def _ruled_out(text: str, start: int, end: int, node: Method) -> bool:
    """A match the next or the previous word makes something else ("fire engines", "under fire")."""
    after = _WORDS.match(text, end + 1) if end < len(text) and text[end : end + 1].isspace() else None
    before = _WORDS.findall(text[max(0, start - 40) : start])
    # a ``not_after`` entry may be words ("exchange of" fire): the same number of words before the match
    return (after is not None and after.group(0).lower() in node.not_before) or any(
        " ".join(before[-len(w.split()) :]).lower() == w for w in node.not_after if len(before) >= len(w.split())
    )


def method_words(sent: Span, rules: RuleSet) -> list[tuple[int, int, str]]:
    """(document start, end, node) of each method word in the sentence, figurative phrases and
    words ruled out by their neighbours left out."""
    pattern, table, figurative = _matching(rules)
    text = _masked(sent.text, figurative)
    taxonomy = rules.methods
    out = []
    for start, end, matched in find_compiled(text, pattern):
        node = table.get(_spaced(matched))
        if node is not None and not _ruled_out(sent.text, start, end, taxonomy.taxonomy[node]):
            out.append((sent.start_char + start, sent.start_char + end, node))
    out.extend(_driven_words(sent, rules))
    # a substance that is what an attack named beside it released ("barrel bombs filled with chlorine")
    if any(taxonomy.kind_of(n) == "attack" and taxonomy.taxonomy[n].in_attack is None for _, _, n in out):
        out = [(s, e, taxonomy.taxonomy[n].in_attack or n) for s, e, n in out]
    return out


def _driven_words(sent: Span, rules: RuleSet) -> list[tuple[int, int, str]]:
    """(document start, end, node) of each verb of a node's ``verbs`` driven "into" or "through" a
    phrase headed by one of its ``into`` ("drove a pickup truck into a crowd"), verb to phrase."""
    out = []
    for name, node in rules.methods.taxonomy.items():
        if not node.verbs:
            continue
        for verb in sent:
            if verb.pos_ != "VERB" or verb.lemma_.lower() not in node.verbs:
                continue
            if _a_happening_did_it(verb, rules):
                continue  # "the explosion that tore through fans": the blast's reach, no vehicle driven
            for prep in verb.children:
                if prep.dep_ != "prep" or prep.lower_ not in ("into", "through"):
                    continue
                obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
                if obj is not None and (obj.lemma_.lower() in node.into or obj.lower_ in node.into):
                    out.append((verb.idx, obj.idx + len(obj.text), name))
    return out


def _a_happening_did_it(verb: Token, rules: RuleSet) -> bool:
    """The verb's subject (a relative clause's noun, for "that" or "which") is a word of a
    happening: "the blast tore through the crowd", "the explosion that tore through fans"."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if (subject is None or subject.lower_ in ("that", "which")) and verb.dep_ in ("relcl", "acl"):
        subject = verb.head
    happening = rules.happening_words
    return subject is not None and (subject.lower_ in happening or subject.lemma_.lower() in happening)


def _driven_into(head: Token, rules: RuleSet) -> bool:
    """A verb that drives something into a state (``methods.figurative_into``): "sank Lebanon
    further into political crisis" is no sinking."""
    if head.pos_ != "VERB":
        return False
    states = rules.methods.figurative_into
    return any(
        prep.dep_ == "prep"
        and prep.lower_ == "into"
        and any(obj.dep_ == "pobj" and obj.lemma_.lower() in states for obj in prep.children)
        for prep in head.children
    )


def _figurative_subject(head: Token, rules: RuleSet) -> bool:
    """A method's verb whose subject is a gathering or a quarrel (``methods.figurative_subjects``):
    "the demonstrations erupted in response to the ban" tells how the protests began, no volcano;
    so does its noun "of" one ("an eruption of violence")."""
    if head.pos_ == "NOUN":
        subjects = _of_phrase(head)
    elif head.pos_ == "VERB":
        subjects = [c for c in head.children if c.dep_ == "nsubj"]
        if head.dep_ == "relcl":
            subjects.append(head.head)
    else:
        return False
    return any(
        c.lemma_.lower() in rules.methods.figurative_subjects or c.lower_ in rules.methods.figurative_subjects
        for c in subjects
    )


def _no_mover(head: Token, node: str, rules: RuleSet) -> bool:
    """A verb of a happening of things that move (``Method.movers``: a crash) whose subject is a
    common noun, "one of" one too, while neither it nor the verb's object is such a thing: "one of
    the towers crashed down" tells a structure's fall, no vehicle's crash. A name's or a pronoun's
    subject ("Flight 302 crashed", "it crashed") is left alone: nothing tells what it is."""
    movers = rules.methods.taxonomy[node].movers
    if not movers or head.pos_ != "VERB":
        return False
    subjects = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
    if head.dep_ in ("relcl", "acl") and (not subjects or subjects[0].lower_ in ("that", "which")):
        subjects = [head.head]
    subjects = [o for c in subjects for o in (_of_phrase(c) if c.pos_ in ("NUM", "PRON") else [c])]
    if not subjects or any(c.pos_ != "NOUN" for c in subjects):
        return False
    objects = [c for c in head.children if c.dep_ == "dobj"]
    return not any(t.lemma_.lower() in movers or t.lower_ in movers for t in subjects + objects)


def _spewed(head: Token, node: str, rules: RuleSet) -> bool:
    """An attack's word whose "of" phrase or direct object is matter a happening throws out
    (``methods.spewed_matter``), or whose object's "of" phrase is: "hit by jets of scalding steam",
    "the explosion that shot an ash plume (a column of ash) into the air" tell steam and ash thrown out, no aircraft and no gun. A weapon's object
    that is no such matter stays ("shot two men", "warplanes of the coalition"). A verb is read by its
    subject too: "balls of flames shot dozens of metres into the air" is fire thrown up, "gunmen shot
    into the crowd" stays a shooting."""
    matter = rules.methods.spewed_matter
    if not matter or rules.methods.kind_of(node) != "attack":
        return False
    if head.pos_ == "NOUN":
        objects = _of_phrase(head)
        doc = head.doc
        if head.i + 1 < len(doc) and doc[head.i + 1].lower_ == "of":
            # ... however the parse hangs the "of" ("jets of scalding steam" read as "hit ... of")
            objects += [t for t in doc[head.i + 2 : head.i + 5] if not t.is_punct]
    elif head.pos_ == "VERB":
        objects = [c for c in head.children if c.dep_ == "dobj"]
        # "balls of flames shot (dozens of metres) into the air": what the verb moved is its subject
        objects += [c for c in head.children if c.dep_ == "nsubj"]
        objects += [o for c in objects for o in _of_phrase(c)]  # "shot a column of ash"
    else:
        return False
    return any(o.lemma_.lower() in matter or o.lower_ in matter for o in objects)


def _hindering(head: Token, rules: RuleSet) -> bool:
    """A happening whose phrase is the subject of a verb that only got in the way of the response
    (``methods.hindering_verbs``: "strong winds hampered the search"), or its agent ("the search was
    hampered by high winds")."""
    if head.dep_ == "pobj" and head.head.dep_ == "agent":
        head = head.head
    return head.dep_ in ("nsubj", "agent") and head.head.lemma_.lower() in rules.methods.hindering_verbs


def _condition(head: Token, node: str, found: list[tuple[int, int, str]], rules: RuleSet) -> bool:
    """Weather (``methods.conditions``) whose phrase is the object or subject of a verb of
    ``methods.condition_verbs`` ("boats battled gale force winds", "strong winds fanned the flames",
    "whipped by gale-force winds"), in a sentence that names a happening of another node: the
    condition of that happening, no method of the event."""
    methods = rules.methods
    weather = set(methods.conditions)
    if not weather & set(methods.ancestors(node)):
        return False
    if not any(not weather & set(methods.ancestors(other)) for _, _, other in found):
        return False
    if head.dep_ == "pobj" and head.head.dep_ == "agent":
        head = head.head
    return head.dep_ in ("dobj", "nsubj", "nsubjpass", "agent") and head.head.lemma_.lower() in methods.condition_verbs


def _perceived(head: Token, node: str, rules: RuleSet) -> bool:
    """A happening of unknown cause whose phrase is what someone heard or felt
    (``methods.perceived_verbs``: "residents heard loud explosions as the dams gave way"): a sound,
    no claim of the cause. What a sound is told as stays a claim ("heard a dozen air raids")."""
    return (
        head.dep_ == "dobj"
        and head.head.lemma_.lower() in rules.methods.perceived_verbs
        and rules.methods.kind_of(node) == "unknown"
    )


def _destroyed(head: Token, node: str, rules: RuleSet) -> bool:
    """A cause whose phrase is, through its list and "of" phrases, what a verb destroyed or took
    (``methods.destroying_verbs``: "a quantity of weapons and ammunition stored inside it were
    destroyed"): the thing hit, no cause. A weapon of attack that is what a verb found or someone
    carried (``methods.found_verbs``: "an explosive device was found in the truck") or a thing held
    in it (``methods.holding_verbs``: "a car which had two bombs in it"): evidence, no method."""
    methods = rules.methods
    verbs: set[str] = set()
    if methods.attribute_of(node) == "cause":
        verbs.update(methods.destroying_verbs)
    weapon = node in methods.found_weapons and head.pos_ in ("NOUN", "PROPN")
    if weapon:
        # (a cause may be one too: "a bomber carrying 10 kilograms of explosive material")
        verbs.update(methods.found_verbs)
    if not verbs:
        return False
    token = head
    for _ in range(6):
        # ("oprd", "npadvmod": the parser's readings of a list after "carrying weapons, a device ...")
        if token.dep_ in ("nsubjpass", "dobj", "oprd", "npadvmod"):
            verb = token.head
            return verb.lemma_.lower() in verbs or (
                weapon
                and verb.lemma_.lower() in methods.holding_verbs
                and any(c.dep_ == "prep" and c.lower_ in ("in", "inside") for c in verb.children)
            )
        if token.dep_ not in ("conj", "pobj", "prep", "appos") or token.head.i == token.i:
            return False
        token = token.head
    return False


def _referring(head: Token, node: str, rules: RuleSet) -> bool:
    """A word naming only the kind of happening (a node named as its kind, "accident") in a phrase
    that refers to the event told ("the accident was caused by a storm"), not in a predicate."""
    taxonomy = rules.methods
    return (
        taxonomy.kind_of(node) == node
        and head.dep_ not in ("attr", "appos", "conj")
        and any(c.dep_ == "det" and c.lower_ in taxonomy.referring_determiners for c in head.children)
    )


def _of_phrase(head: Token) -> list[Token]:
    """The nouns of a noun's "of" phrase ("violence" in "an eruption of violence")."""
    return [o for p in head.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]


def _onset(head: Token, node: str, named: dict[int, str], rules: RuleSet) -> bool:
    """A method's verb whose subject is the word of a happening of another kind ("two hours after
    the blaze erupted": a fire, no eruption), or the noun it is a relative clause of ("burns from
    the fire that erupted at the depot"), or what it broke out in ("the tanker erupted into
    flames": a fire): the verb tells how that happening began, not a happening of its own; so does
    its noun "of" such a word ("an eruption of police gunfire": a shooting). A word of no kind of its
    own stays ("the car bomb exploded")."""
    kinds = rules.methods.kind_of
    if head.pos_ == "NOUN":
        return any(
            (other := named.get(c.i)) is not None
            and "unknown" not in (kinds(node), kinds(other))
            and kinds(other) != kinds(node)
            for c in _of_phrase(head)
        )
    if head.pos_ != "VERB":
        return False
    subjects = [c for c in head.children if c.dep_ == "nsubj"]
    if head.dep_ == "relcl":
        subjects.append(head.head)
    # (only "into": "the ferry capsized in strong winds" is a storm that sank it, no onset)
    subjects += [o for p in head.children if p.lower_ == "into" for o in p.children if o.dep_ == "pobj"]
    # a verb with no object whose subject is a happening of unknown cause ("when the blast erupted"):
    # how the blast began, no volcano ("the car bomb exploded" keeps its blast: a verb of no kind)
    alone = not any(c.dep_ == "dobj" for c in head.children)
    return any(
        (other := named.get(c.i)) is not None
        and "unknown" != kinds(node)
        and ("unknown" != kinds(other) or alone and c.dep_ == "nsubj")
        and kinds(other) != kinds(node)
        for c in subjects
    )


def _attack_at(token: Token, named: dict[int, str], rules: RuleSet) -> bool:
    """The token heads a method phrase of an attack ("air defence systems", "shot")."""
    node = named.get(token.i)
    return node is not None and rules.methods.kind_of(node) == "attack"


def _unintended(head: Token, node: str, named: dict[int, str], rules: RuleSet) -> bool:
    """A cause word that is an adverb of an attack's verb, or of a verb an attack is the subject of
    ("Russian air defence may have accidentally caused the crash", "accidentally shot down the
    jet"), or of a generic verb of attack in a sentence that names an attack ("an airstrike was
    called ..., and several civilians were accidentally struck"): it tells the attack was not meant,
    no accident set against it. So does one in what an actor admits as its own act ("the US
    admitted responsibility citing human error": why its strike went wrong, ``_admitted``)."""
    if rules.methods.attribute_of(node) != "cause":
        return False
    if _admitted(head, rules):
        return True
    if head.dep_ != "advmod":
        return False
    verb = head.head
    return (
        _attack_at(verb, named, rules)
        or any(c.dep_ in ("nsubj", "nsubjpass", "agent") and _attack_at(c, named, rules) for c in verb.children)
        or (verb.lower_ in _generic_attack_words(rules) or verb.lemma_.lower() in _generic_attack_words(rules))
        and any(_attack_at(t, named, rules) for t in head.sent)
    )


@lru_cache(maxsize=8)
def _generic_attack_words(rules: RuleSet) -> frozenset[str]:
    """The words of the taxonomy's generic attack nodes ("attack", "hit", "struck", "targeted")."""
    methods = rules.methods
    return frozenset(
        w
        for name, node in methods.taxonomy.items()
        if node.generic and methods.kind_of(name) == "attack"
        for w in node.words
    )


def _admitted(head: Token, rules: RuleSet) -> bool:
    """``head`` lies in the object phrase of an actor's claim of the act as its own ("admitted
    responsibility, citing human error"; ``attribution.roles.claim_phrases``)."""
    phrases = claim_phrases(rules)
    for above in head.ancestors:
        if claims_a_role(above, phrases):
            return True
    return False


def answered_attack(head: Token, sent: Span, rules: RuleSet) -> bool:
    """``head`` heads a phrase that is what another attack of the sentence answered ("air defences
    were firing due to a drone strike"), no act of the event told: see ``_answered``."""
    named = {
        h.i: node for start, end, node in method_words(sent, rules) if (h := phrase_head(sent, start, end)) is not None
    }
    return _answered(head, sent, named, rules)


def _answered(head: Token, sent: Span, named: dict[int, str], rules: RuleSet) -> bool:
    """A method phrase after one of ``methods.answered_cues`` ("due to", "in response to") in the
    clause of a verb another attack is the subject of ("air defence systems were firing near the
    city due to a drone strike"): what that attack answered, no method of the event told."""
    cues = rules.methods.answered_cues
    if not cues or head.dep_ != "pobj":
        return False
    start = phrase_start_token(head)
    before = " ".join(t.lower_ for t in sent.doc[max(sent.start, start.i - 4) : start.i] if t.dep_ not in _LEADING)
    if not any(before == cue or before.endswith(f" {cue}") for cue in cues):
        return False
    verb = head.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    return any(
        c.dep_ in ("nsubj", "nsubjpass") and c.i != head.i and _attack_at(c, named, rules) for c in verb.children
    )


def _excepted(head: Token, rules: RuleSet) -> bool:
    """A method phrase inside the phrase one of ``methods.exception_cues`` heads ("all died from the
    heat, except for one who was injured in a small crush"): what befell the few set apart, no
    method of the event."""
    cues = rules.methods.exception_cues
    if not cues:
        return False
    doc = head.doc
    for above in head.ancestors:
        if above.dep_ not in ("prep", "mark", "advmod", "cc"):
            continue
        before = " ".join(t.lower_ for t in doc[max(0, above.i - 3) : above.i + 1])
        after = " ".join(t.lower_ for t in doc[above.i : above.i + 4])
        if any(before == cue or before.endswith(f" {cue}") or f"{after} ".startswith(f"{cue} ") for cue in cues):
            return True
    return False


def _speaking(head: Token, rules: RuleSet) -> bool:
    """A method word in the name of whoever a sentence cites (``sourcing.cue_verbs``): "Ukraine's
    Air Defense reported", "according to the Air Defense Command" name a body that speaks, no
    method. A common noun that speaks stays a claim ("the gunman told police")."""
    if head.pos_ != "PROPN":
        return False
    if head.dep_ == "nsubj":
        return head.head.lower_ in rules.sourcing.cue_verbs
    return head.dep_ == "pobj" and head.head.lower_ == "to" and head.head.head.lower_ == "according"


def phrase_head(sent: Span, start: int, end: int) -> Token | None:
    """The token whose noun phrase a method word belongs to ("launch" for "rocket" in "failed
    rocket launch"; the first of "a rocket or bomb")."""
    span = sent.doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    head = span.root
    while head.dep_ == "conj" and any(c.dep_ == "cc" and c.lower_ == "or" for c in head.head.children):
        head = head.head
    while head.dep_ in _MODIFIES and head.head.i > head.i and head.head.pos_ in ("NOUN", "PROPN", "VERB", "ADJ"):
        if head.head.pos_ in ("VERB", "ADJ") and head.head.dep_ not in ("amod", "compound"):
            break
        head = head.head
    return head


def phrase_start(head: Token) -> int:
    """Where the head's phrase starts as written: its left modifiers, no article."""
    return phrase_start_token(head).idx


def phrase_start_token(head: Token) -> Token:
    """The first token of the head's phrase as written: its left modifiers, no article."""
    first = head
    for child in reversed([c for c in head.children if c.i < head.i]):
        if child.dep_ not in _MODIFIERS or max(t.i for t in child.subtree) != first.i - 1:
            break
        if child.dep_ == "punct" and child.text not in ("-", "‐"):
            break
        first = min(child.subtree, key=lambda t: t.i)
    doc = head.doc
    while first.i < head.i and doc[first.i].dep_ in _LEADING:
        first = doc[first.i + 1]
    return first


def read_methods(sent: Span, rules: RuleSet, text: str | None = None) -> list[MethodReading]:
    """Every method phrase of a sentence with its stance (those dropped included); ``text``: the
    document's text when the caller has it (``Doc.text`` is rebuilt on every access)."""
    found = method_words(sent, rules)
    if not found:
        return []
    words = stance_words(rules)
    groups: dict[int, list[tuple[int, int, str]]] = {}
    heads: list[Token] = []
    named = {h.i: node for start, end, node in found if (h := phrase_head(sent, start, end)) is not None}
    for start, end, node in found:
        head = phrase_head(sent, start, end)
        if (
            head is None
            or _onset(head, node, named, rules)
            or _driven_into(head, rules)
            or _figurative_subject(head, rules)
            or _hindering(head, rules)
            or _condition(head, node, found, rules)
            or _spewed(head, node, rules)
            or _no_mover(head, node, rules)
            or _perceived(head, node, rules)
            or _destroyed(head, node, rules)
            or _referring(head, node, rules)
            or _speaking(head, rules)
            or _unintended(head, node, named, rules)
            or _answered(head, sent, named, rules)
            or _excepted(head, rules)
            or _names_a_body(head, sent, start, end, rules)
        ):
            continue
        node = downed_node(head, node, rules)
        if head.i not in groups:
            heads.append(head)
        groups.setdefault(head.i, []).append((start, end, node))
    # "misfired a rocket": the verb and its object are one claim, the verb's
    for verb in list(heads):
        if verb.pos_ != "VERB":
            continue
        obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i in groups and c.i != verb.i), None)
        if obj is not None:
            node = groups[verb.i][0][2]
            groups[obj.i] = [(s, e, node) for s, e, _ in groups[obj.i]] + groups.pop(verb.i)
            heads.remove(verb)
    text = doc_text(sent.doc) if text is None else text
    out = []
    for head in heads:
        matches = sorted(groups[head.i])
        either = len(matches) > 1 and all(
            " or " in f" {text[e:s]} " for (_, e, _), (s, _, _) in zip(matches, matches[1:], strict=False)
        )
        if either:
            nodes = tuple(dict.fromkeys(n for _, _, n in matches))
        else:
            at_head = next((n for s, e, n in matches if s <= head.idx < e), matches[-1][2])
            # "artillery fire", "missile explosion": the modifier says how, the happening word only what
            specific = [n for _, _, n in matches if rules.methods.taxonomy[n].parent is not None]
            nodes = (at_head if rules.methods.taxonomy[at_head].parent is not None or not specific else specific[-1],)
        start = min(phrase_start(head) if head.pos_ in ("NOUN", "PROPN") else head.idx, matches[0][0])
        end = max(head.idx + len(head.text), matches[-1][1])
        setting = read_setting(head, sent, rules)
        reading = read_stance(head, sent, words)
        if setting.aside == "intent" and reading.stance in ("asserted", "suspected"):
            reading = Reading("hypothetical", setting.cue, reading.by)  # "trying to lay explosives"
        elif reading.stance in ("asserted", "suspected") and (weighed := _weighed(head, rules)) is not None:
            reading = Reading("hypothetical", weighed.text, reading.by)  # "the sabotage theory"
        elif (
            reading.stance in ("asserted", "suspected") and (suspected := _suspected_on(head, named, rules)) is not None
        ):
            reading = Reading("hypothetical", suspected.text, reading.by)  # "serious indications" of arson
        out.append(MethodReading(start, end, nodes, reading, setting))
    return out


def _suspected_on(head: Token, named: dict[int, str], rules: RuleSet) -> Token | None:
    """The word a method is only suspected on (``methods.suspicion_nouns``, ``suspicion_verbs``,
    ``suspicion_modifiers``), if any: a modifier on the phrase ("suspected arson"), or a noun of
    evidence or a verb of suspicion above it, up to the first other verb of speech ("indications
    that the fire was set deliberately", "suggested that arsonists were behind the blazes"); the
    subject of another method word (``named``: method words by head) is what happened, not held."""
    methods = rules.methods
    if head.dep_ in ("nsubj", "nsubjpass") and head.head.i in named:
        return None  # "indications that the fire was set deliberately": the fire is the event told
    modifier = next((c for c in head.children if c.dep_ == "amod" and c.lower_ in methods.suspicion_modifiers), None)
    if modifier is not None:
        return modifier
    speech = rules.sourcing.cue_verbs
    for node in head.ancestors:
        lemma = node.lemma_.lower()
        if node.pos_ == "NOUN" and (lemma in methods.suspicion_nouns or node.lower_ in methods.suspicion_nouns):
            return node
        if node.pos_ in ("VERB", "AUX") and lemma in methods.suspicion_verbs:
            # "early indications suggest the jet was shot down": what the evidence shows, told as
            # such, no party's suspicion
            if not any(
                c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in methods.suspicion_nouns for c in node.children
            ):
                return node
        if node.pos_ in ("VERB", "AUX") and (node.lower_ in speech or lemma in speech):
            return None  # what a speaker says is the speaker's, whatever the sentence around it
    return None


def _names_a_body(head: Token, sent: Span, start: int, end: int, rules: RuleSet) -> bool:
    """The method word only names a body (``methods.body_nouns``): "the fire department's special
    arson section", "earthquake experts"."""
    nouns = rules.methods.body_nouns
    span = sent.doc.char_span(start, end, alignment_mode="expand")
    word = span.root if span is not None and len(span) else head
    if word.i != head.i:
        return head.lower_ in nouns or head.lemma_.lower() in nouns
    return word.dep_ in ("compound", "amod") and (word.head.lower_ in nouns or word.head.lemma_.lower() in nouns)


def _weighed(head: Token, rules: RuleSet) -> Token | None:
    """The noun of a hypothesis (``methods.hypothesis_nouns``) a method word names ("the sabotage
    theory") or is "of" ("the possibility of sabotage"), if any."""
    nouns = rules.methods.hypothesis_nouns
    if head.lower_ in nouns:
        return head  # the phrase's own head ("the sabotage theory")
    if head.dep_ in ("compound", "amod", "nmod") and (head.head.lemma_.lower() in nouns or head.head.lower_ in nouns):
        return head.head
    if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.lower_ in nouns:
        return head.head.head
    return None


def extract_methods(sent: Span, ctx: SentenceContext, rules: RuleSet) -> Iterator[Mention]:
    if ctx.link:
        return
    text = facts_of(sent, ctx.facts).text
    taxonomy = rules.methods
    for found in read_methods(sent, rules, text):
        if found.reading.stance in DROPPED or found.setting.aside in ASIDE:
            continue
        first = found.nodes[0]
        by = phrase_text(found.reading.by, text) if found.reading.by is not None else None
        value = MethodValue(
            method=first,
            path=taxonomy.ancestors(first),
            original=text[found.start : found.end],
            stance=found.reading.stance,
            cue=found.reading.cue,
            by=by,
        )
        if len(found.nodes) > 1:
            value["alternatives"] = list(found.nodes)
        if found.setting.where:
            value["where"] = found.setting.where
        if found.setting.when:
            value["when"] = found.setting.when
        attribute = taxonomy.attribute_of(first)
        yield Mention("method", attribute, found.start, found.end, value, cited_source=by)
