"""Attribution claims: who is said to have done it, with what stance, and who says so.

An actor from the rules' table (`attribution.actors`) becomes a claim only in a sentence that
attributes something: a stance word (denied, blamed, accused, suspected) or the actor as the agent
of an attack ("shelled by the forces of ...", "The Syrian air force struck ..."). The stance is the
one whose cue is nearest the actor; the *denied* stance wins for an actor that is the subject of a
denial. The value is ``{"actor", "stance", "cue"}``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from spacy.tokens import Span

from ..rules import RuleSet
from .base import Mention, SentenceContext
from .lexicon import find_compiled, lookup, phrase_pattern

_COORDINATED = re.compile(r"\b([A-Z][a-z]+) and ([A-Z][a-z]+) (forces|troops|governments|jets|warplanes|aircraft)\b")


@lru_cache(maxsize=8)
def _actor_pattern(rules: RuleSet) -> re.Pattern[str] | None:
    names = []
    for canonical, aliases in rules.attribution.actors.items():
        names.extend([canonical, *aliases])
    return phrase_pattern(names)


@lru_cache(maxsize=8)
def _stance_patterns(rules: RuleSet) -> tuple[re.Pattern[str] | None, tuple[tuple[re.Pattern[str] | None, str], ...]]:
    """A pattern of every stance word (most sentences have none), and each word's own with its stance.

    Each word is matched on its own, so the cues of different words may overlap.
    """
    cues = tuple((word, stance) for stance, words in rules.attribution.stances.items() for word in words)
    return phrase_pattern(w for w, _ in cues), tuple((phrase_pattern((w,)), stance) for w, stance in cues)


def _actors(text: str, rules: RuleSet) -> Iterator[tuple[int, int, str]]:
    seen: list[tuple[int, int]] = []
    for match in _COORDINATED.finditer(text):
        for group in (1, 2):
            canonical = lookup(rules.attribution.actor_of, f"{match.group(group)} {match.group(3)}")
            if canonical:
                start = match.start(group)
                end = match.end(group) if group == 1 else match.end(3)
                seen.append((start, end))
                yield start, end, canonical
    for start, end, matched in find_compiled(text, _actor_pattern(rules)):
        if any(s < end and start < e for s, e in seen):
            continue
        canonical = lookup(rules.attribution.actor_of, matched)
        if canonical:
            yield start, end, canonical


def extract_attributions(sent: Span, ctx: SentenceContext, rules: RuleSet) -> Iterator[Mention]:
    if ctx.link:
        return
    text, base = sent.text, sent.start_char
    actors = list(_actors(text, rules))
    if not actors:
        return
    any_cue, stance_cues = _stance_patterns(rules)
    cues = [] if any_cue is None or any_cue.search(text) is None else [
        (s, e, stance) for pattern, stance in stance_cues for s, e, _ in find_compiled(text, pattern)]
    agentive = _agent_spans(sent, frozenset(rules.attribution.stances.get("asserted", ())))
    for start, end, actor in actors:
        stance, cue = None, None
        if any(s <= start and end <= e for s, e in agentive):
            stance, cue = "asserted", "agent"
        nearest = None
        for s, e, cue_stance in cues:
            if cue_stance == "asserted":  # asserted is read from the parse, below
                continue
            distance = min(abs(start - e), abs(s - end))
            if nearest is None or distance < nearest[0]:
                nearest = (distance, cue_stance, text[s:e])
        if nearest is not None and (stance is None or nearest[1] in ("denied", "blamed", "suspected")) and nearest[0] <= 80:
            stance, cue = nearest[1], nearest[2]
        if stance is None:
            continue
        yield Mention("attribution", "perpetrator", base + start, base + end,
                      {"actor": actor, "stance": stance, "cue": cue})


def _agent_spans(sent: Span, verbs: frozenset[str]) -> list[tuple[int, int]]:
    """Character spans (relative to the sentence) of the subjects and "by" agents of attack verbs."""
    spans = []
    for token in sent:
        if token.lemma_.lower() in verbs and token.pos_ == "VERB":
            for child in token.children:
                if child.dep_ == "nsubj" or child.dep_ == "agent":
                    sub = list(child.subtree)
                    spans.append((sub[0].idx - sent.start_char, sub[-1].idx + len(sub[-1].text) - sent.start_char))
    return spans
