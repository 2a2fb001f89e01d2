"""Who a sentence cites, and whether it hedges.

The *cited source* is whom the document attributes a claim to ("according to the Syrian
Observatory", "MSF said", "X told AFP") — distinct from the outlet that published the document.
*Hedging* is a word that weakens the claim ("reportedly", "apparent"). Both are per sentence and
are attached by the orchestrator to every claim found in that sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Span, Token

from ..rules import RuleSet
from .base import doc_text

_SUBJECT_DEPS = {"nsubj", "nsubjpass"}
_PRONOUNS = {"he", "she", "they", "it", "we", "i", "you", "who", "which", "that"}
_MAX_SOURCE_CHARS = 80


@dataclass(frozen=True)
class Sourcing:
    cited_source: str | None
    hedge: str | None
    cue_start: int | None = None     # document offset of the cue ("said", "according")
    source_start: int | None = None  # document offsets of the source phrase
    source_end: int | None = None


@lru_cache(maxsize=8)
def _hedge_pattern(hedges: tuple[str, ...]) -> re.Pattern[str]:
    words = sorted(hedges, key=len, reverse=True)
    return re.compile(r"\b(" + "|".join(re.escape(w) for w in words) + r")\b", re.IGNORECASE)


def _phrase(token: Token) -> tuple[int, int]:
    """Character span of a noun phrase headed by ``token`` without relative clauses or quotes."""
    keep = [token]
    for child in token.children:
        if child.dep_ in ("compound", "amod", "det", "poss", "nmod", "flat", "case", "prep", "pobj", "appos", "punct") \
                and child.dep_ not in ("relcl",):
            if child.dep_ == "punct" and child.text not in ("'s", "’s", "-"):
                continue
            if child.dep_ == "appos":
                continue
            keep.extend(t for t in child.subtree if t.dep_ not in ("relcl", "acl") and t.text not in "\"“”")
    start = min(t.idx for t in keep)
    end = max(t.idx + len(t.text) for t in keep)
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
                start, end = _phrase(objects[0])
                return Sourcing(_clean(text[start:end]), hedge, token.idx, start, end)
        if low in cues and token.pos_ in ("VERB", "AUX"):
            subjects = [c for c in token.children if c.dep_ in _SUBJECT_DEPS]
            if subjects and subjects[0].lower_ not in _PRONOUNS:
                start, end = _phrase(subjects[0])
                if end - start <= _MAX_SOURCE_CHARS:
                    return Sourcing(_clean(text[start:end]), hedge, token.idx, start, end)
    return Sourcing(None, hedge)


def _clean(phrase: str) -> str | None:
    phrase = " ".join(phrase.split()).strip(" ,.;:")
    return phrase or None
