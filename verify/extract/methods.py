"""Method and weapon claims ("air strike", "shelled", "barrel bombs", "chlorine", "shot").

Words come from the taxonomy in the rules (`methods.taxonomy`): kinds of happening (fire,
earthquake, flood, explosion of unknown cause, crash ...) and methods of attack; a claim's value
names the taxonomy node and its ancestors so that the compare stage can test compatibility. Generic
words ("attack", "hit") are used for events, never as a method claim; a word right after or before
a match can rule it out ("fire engines", "under fire").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from spacy.tokens import Span

from ..rules import Method, RuleSet
from .base import Mention, SentenceContext
from .lexicon import find_compiled, phrase_pattern


@lru_cache(maxsize=8)
def _word_table(rules: RuleSet) -> dict[str, str]:
    table = {}
    for name, node in rules.methods.taxonomy.items():
        if node.generic:
            continue
        for word in node.words:
            table[word] = name
    return table


@lru_cache(maxsize=8)
def _matching(rules: RuleSet) -> tuple[re.Pattern[str] | None, dict[str, str]]:
    """The compiled pattern of every method word, and the node of each word spaced as matched."""
    table = _word_table(rules)
    folded = {" ".join(k.replace("-", " ").split()): v for k, v in table.items()}
    return phrase_pattern(table), folded


_WORDS = re.compile(r"[\w'’-]+")


def _ruled_out(text: str, start: int, end: int, node: Method) -> bool:
    """A match the next or the previous word makes something else ("fire engines", "under fire")."""
    after = _WORDS.match(text, end + 1) if end < len(text) and text[end:end + 1].isspace() else None
    before = _WORDS.findall(text[max(0, start - 40):start])
    return (after is not None and after.group(0).lower() in node.not_before) or \
        (bool(before) and before[-1].lower() in node.not_after)


def extract_methods(sent: Span, ctx: SentenceContext, rules: RuleSet) -> Iterator[Mention]:
    if ctx.link:
        return
    pattern, folded = _matching(rules)
    for start, end, matched in find_compiled(sent.text, pattern):
        name = folded.get(" ".join(matched.lower().replace("-", " ").replace("‐", " ").split()))
        if name is None or _ruled_out(sent.text, start, end, rules.methods.taxonomy[name]):
            continue
        yield Mention("method", "method", sent.start_char + start, sent.start_char + end,
                      {"method": name, "path": rules.methods.ancestors(name), "original": matched})
