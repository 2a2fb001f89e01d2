"""Direct quotations with their speaker.

News quotes often span sentences and paragraphs, and the closing mark is often left off at the end
of a paragraph (textacy's extractor misses these, see REFERENCES.md), so quotations are found on
the document text: a curly opening mark runs to its closing mark or to the end of the paragraph;
straight marks pair within a paragraph. The speaker is the subject of a speech verb ("said",
"told") in the sentences around the quote, outside the quotation; a pronoun speaker is resolved to
the nearest person named before it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Doc, Span

from ..rules import RuleSet
from .base import DocFacts, Mention, SentenceContext, facts_of

_MIN_WORDS = 3
_PRONOUNS = {"he", "she", "they", "we", "i"}


def find_quotations(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of the words inside each quotation (marks excluded)."""
    pos = 0
    for paragraph in text.split("\n"):
        i, n = 0, len(paragraph)
        while i < n:
            ch = paragraph[i]
            if ch == "“":
                close = paragraph.find("”", i + 1)
                end = close if close != -1 else n
                yield pos + i + 1, pos + end
                i = end + 1
            elif ch == '"':
                close = paragraph.find('"', i + 1)
                if close == -1:
                    end = n
                else:
                    end = close
                yield pos + i + 1, pos + end
                i = end + 1
            else:
                i += 1
        pos += len(paragraph) + 1


def _speaker(sents: list[Span], q_start: int, q_end: int, cues: set[str], facts: DocFacts) -> tuple[str | None, str | None]:
    for sent in sents:
        for token in sent:
            if q_start <= token.idx < q_end or token.lower_ not in cues:
                continue
            for child in token.children:
                if child.dep_ not in ("nsubj", "nsubjpass") or q_start <= child.idx < q_end:
                    continue
                if child.lower_ in _PRONOUNS:
                    return _last_person(facts, child.idx), token.text
                words = [t for t in child.subtree if not (q_start <= t.idx < q_end) and t.dep_ not in ("relcl", "punct", "appos")]
                if child.ent_type_ == "PERSON":
                    words = [t for t in words if t.ent_type_ == "PERSON"] or words
                phrase = facts.text[words[0].idx: words[-1].idx + len(words[-1].text)] if words else child.text
                return " ".join(phrase.split()), token.text
    return None, None


def _last_person(facts: DocFacts, before: int) -> str | None:
    people = [e for e in facts.ents if e.label_ == "PERSON" and e.end_char <= before]
    return people[-1].text if people else None


def extract_quotes(doc: Doc, ctx: SentenceContext, rules: RuleSet) -> Iterator[tuple[Mention, Span]]:
    """Each quotation in a parsed document with the sentence span that holds it."""
    if ctx.link:
        return
    facts = facts_of(doc, ctx.facts)
    text = facts.text
    cues = set(rules.sourcing.cue_verbs)
    sents = list(doc.sents)
    for start, end in find_quotations(text):
        inner = text[start:end]
        stripped = inner.strip(" ,.;:")
        if len(re.findall(r"\w+", stripped)) < _MIN_WORDS or not stripped.strip():
            continue
        start += inner.find(stripped)
        end = start + len(stripped)
        around = [s for s in sents if s.start_char < end and start < s.end_char]
        if not around:
            continue
        first, last = around[0], around[-1]
        nearby = around + [s for s in sents if s.start_char >= last.end_char][:1]
        speaker, cue = _speaker(nearby, start - 1, end + 1, cues, facts)
        holder = doc.char_span(first.start_char, last.end_char, alignment_mode="expand") or first
        yield Mention("quote", "quote", start, end, {"quote": stripped, "speaker": speaker, "cue": cue}), holder
