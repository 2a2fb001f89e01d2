"""Direct quotations with their speaker.

News quotes often span sentences and paragraphs, and the closing mark is often left off at the end
of a paragraph (textacy's extractor misses these, see REFERENCES.md), so quotations are found on
the document text (``verify.extract.quotemarks``: every kind of quotation mark, quoted blocks and
embedded posts). The speaker is, in order:

- the author an embedded post's signature names;
- the subject of a speech verb ("said", "told", "added") outside the quotation in the sentences it
  spans or the one after it ("“... ,” he said." / "“...,” said the mayor."), or in the sentence
  before it when that one announces it ("She added: “...”");
- the speaker of the quotation just before, when this one follows it with no speech verb of its
  own (a quotation that goes on in the next paragraph, or a speaker's next words in the sentence
  after the one that named them).

A pronoun speaker is resolved to the nearest person named before it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

from ..models import QuoteValue
from ..rules import RuleSet
from .base import DocFacts, Mention, SentenceContext, facts_of
from .quotemarks import Quotation, find_quotations

_MIN_WORDS = 3
_PRONOUNS = {"he", "she", "they", "we", "i"}
#: How far (in characters) a quotation with no speech verb of its own may follow the one whose
#: speaker it takes: about two short paragraphs.
_FOLLOWS = 400


def _speaker(
    sents: list[Span], q_start: int, q_end: int, cues: set[str], facts: DocFacts
) -> tuple[str | None, str | None]:
    for sent in sents:
        for token in sent:
            if q_start <= token.idx < q_end or token.lower_ not in cues:
                continue
            for child in token.children:
                if child.dep_ not in ("nsubj", "nsubjpass") or q_start <= child.idx < q_end:
                    continue
                if child.lower_ in _PRONOUNS:
                    return _last_person(facts, child.idx), token.text
                return _named(child, q_start, q_end, facts), token.text
    return None, None


def _named(subject: Token, q_start: int, q_end: int, facts: DocFacts) -> str:
    """The words naming a speaker: the person's name when one is tagged, else the subject's phrase
    without its apposition or relative clause ("Ana Ruiz, the site engineer," -> "Ana Ruiz")."""
    aside = {t.i for c in subject.children if c.dep_ in ("relcl", "appos", "acl") for t in c.subtree}
    words = [t for t in subject.subtree if t.i not in aside and t.dep_ != "punct" and not q_start <= t.idx < q_end]
    if subject.ent_type_ == "PERSON":
        words = [t for t in words if t.ent_type_ == "PERSON"] or words
    if not words:
        return subject.text
    return " ".join(facts.text[words[0].idx : words[-1].idx + len(words[-1].text)].split()).strip(" ,")


def _last_person(facts: DocFacts, before: int) -> str | None:
    """The person a pronoun speaker stands for: the last person named before it, else the last
    proper-noun subject (a name the tagger missed)."""
    people = [e for e in facts.ents if e.label_ == "PERSON" and e.end_char <= before]
    if people:
        return people[-1].text
    for token in reversed(facts.doc[: max(0, _token_at(facts, before))]):
        if token.dep_ in ("nsubj", "nsubjpass") and token.pos_ == "PROPN":
            return _named(token, -1, -1, facts)
    return None


def _token_at(facts: DocFacts, offset: int) -> int:
    span = facts.doc.char_span(offset, offset + 1, alignment_mode="expand")
    return span.start if span is not None else len(facts.doc)


def _announces(sent: Span, text: str) -> bool:
    """The sentence ends by announcing a quotation ("She added:")."""
    return text[sent.start_char : sent.end_char].rstrip().endswith(":")


def quotations(text: str, rules: RuleSet) -> Iterator[Quotation]:
    """The quotations of a text by the rules' patterns for embedded posts."""
    posts = rules.sourcing.posts
    return find_quotations(
        text, posts.signature_patterns, posts.link_patterns, posts.label_patterns, posts.byline_patterns
    )


def extract_quotes(doc: Doc, ctx: SentenceContext, rules: RuleSet) -> Iterator[tuple[Mention, Span]]:
    """Each quotation in a parsed document with the sentence span that holds it."""
    if ctx.link:
        return
    facts = facts_of(doc, ctx.facts)
    text = facts.text
    cues = set(rules.sourcing.cue_verbs)
    sents = list(doc.sents)
    last: tuple[int, str] | None = None  # where the last quotation ended, and its speaker
    for found in quotations(text, rules):
        start, end = found.start, found.end
        inner = text[start:end]
        stripped = inner.strip(" ,.;:")
        if len(re.findall(r"\w+", stripped)) < _MIN_WORDS or not stripped.strip():
            continue
        start += inner.find(stripped)
        end = start + len(stripped)
        around = [s for s in sents if s.start_char < end and start < s.end_char]
        if not around:
            continue
        first, final = around[0], around[-1]
        speaker, cue = found.speaker, None
        if speaker is None:
            after = [s for s in sents if s.start_char >= final.end_char][:1]
            before = [s for s in sents if s.end_char <= first.start_char][-1:]
            nearby = around + after + [s for s in before if _announces(s, text)]
            speaker, cue = _speaker(nearby, start - 1, end + 1, cues, facts)
        opens_line = not text[text.rfind("\n", 0, start) + 1 : max(start - 1, 0)].strip()
        # or a sentence right after the one that gave the last quotation and its speaker ("“We do
        # not expect survivors,” said X, a spokesman. “It is too early to say ...”")
        opens_sentence = not text[first.start_char : max(start - 1, first.start_char)].strip()
        previous = [s for s in sents if s.end_char <= first.start_char][-1:]
        goes_on = (
            opens_sentence
            and bool(previous)
            and last is not None
            and previous[0].start_char <= last[0] <= previous[0].end_char
        )
        if speaker is None and last is not None and (opens_line or goes_on) and start - last[0] <= _FOLLOWS:
            speaker = last[1]
        if speaker is not None:
            last = (end, speaker)
        holder = doc.char_span(first.start_char, final.end_char, alignment_mode="expand") or first
        value = QuoteValue(quote=stripped, speaker=speaker, cue=cue, form=found.form)
        yield Mention("quote", "quote", start, end, value), holder
