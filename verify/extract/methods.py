"""Method and weapon claims ("air strike", "shelled", "barrel bombs", "chlorine", "shot").

Words come from the taxonomy in the rules (`methods.taxonomy`); a claim's value names the
taxonomy node and its ancestors so that the compare stage can test compatibility. The root of the
taxonomy (generic words such as "attack" or "hit") is used for events, never as a method claim.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from spacy.tokens import Span

from ..rules import RuleSet
from .base import Mention, SentenceContext
from .lexicon import find_compiled, phrase_pattern


@lru_cache(maxsize=8)
def _word_table(rules: RuleSet) -> dict[str, str]:
    table = {}
    for node in rules.methods.values():
        if node.parent is None:
            continue
        for word in node.words:
            table[word] = node.name
    return table


@lru_cache(maxsize=8)
def _matching(rules: RuleSet) -> tuple[re.Pattern[str] | None, dict[str, str]]:
    """The compiled pattern of every method word, and the node of each word spaced as matched."""
    table = _word_table(rules)
    folded = {" ".join(k.replace("-", " ").split()): v for k, v in table.items()}
    return phrase_pattern(table), folded


def extract_methods(sent: Span, ctx: SentenceContext, rules: RuleSet) -> Iterator[Mention]:
    if ctx.link:
        return
    pattern, folded = _matching(rules)
    for start, end, matched in find_compiled(sent.text, pattern):
        name = folded.get(" ".join(matched.lower().replace("-", " ").replace("‐", " ").split()))
        if name is None:
            continue
        yield Mention("method", "method", sent.start_char + start, sent.start_char + end,
                      {"method": name, "path": rules.method_ancestors(name), "original": matched})
