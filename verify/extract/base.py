"""What every extractor yields, and the context it is given.

An extractor is a function ``(sent: spacy.tokens.Span, ctx: SentenceContext, rules: RuleSet) ->
Iterator[Mention]``. Offsets in a ``Mention`` are character offsets into the *document* text
(``sent.doc`` is the parsed document, whose text equals ``Document.text``), so that
``document.text[start:end]`` is the mention verbatim. The orchestrator (``verify.extract``) turns
mentions into ``Claim`` records, adding the sentence, the cited source and hedging.

spaCy rebuilds ``Doc.text`` and ``Doc.ents`` (and so ``Span.ents``) on every access, which costs
as much as an extractor's own work when done per sentence; the orchestrator therefore takes them
once per parsed document into ``DocFacts`` and hands them on in ``SentenceContext.facts``.
Extractors read them through ``facts_of(sent, ctx.facts)``, which builds them when a caller left them out.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field
from datetime import date
from typing import cast

from spacy.tokens import Doc, Span

from ..models import ClaimValue, CountValue, EntityValue, PersonValue, TimeValue


@dataclass(frozen=True)
class Mention:
    """One claim found by an extractor, before provenance is attached.

    kind, attribute: as in ``Claim``; start, end: document offsets, ``text[start:end]`` non-empty
    and without surrounding white space; value: the normalised value (JSON-ready); cited_source:
    who says so when the extractor read it from the parse (the accuser of "Y blamed X", the
    speaker of the clause), else None and the sentence's cited source is used.
    """

    kind: str
    attribute: str
    start: int
    end: int
    value: ClaimValue = field(default_factory=lambda: CountValue())
    cited_source: str | None = None

    def as_person(self) -> PersonValue:
        """``value`` as a person's (this mention's kind is ``person``)."""
        return cast(PersonValue, self.value)

    def as_named(self) -> EntityValue:
        """``value`` as an organisation's, place's or facility's (this mention's kind is one of them)."""
        return cast(EntityValue, self.value)

    def as_time(self) -> TimeValue:
        """``value`` as a date's or clock time's (this mention's kind is ``time``)."""
        return cast(TimeValue, self.value)


_TEXT_KEY = "verify.text"


def doc_text(doc: Doc) -> str:
    """``doc.text``, built once per parse: spaCy rebuilds it from every token on each access, so a
    per-sentence ``doc.text`` costs time quadratic in the length of the parsed window."""
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.user_data[_TEXT_KEY] = doc.text
    return text


@dataclass(frozen=True, eq=False)
class DocFacts:
    """What extractors read from the whole parsed document, taken once per parse (compared by identity).

    doc: the parsed document these facts belong to; text: its text (``doc.text``); ents: its named
    entities in order (``doc.ents``); ent_starts: their start token indices; surnames: the
    lower-case last word of every PERSON entity of two or more words.
    """

    doc: Doc
    text: str
    ents: tuple[Span, ...]
    ent_starts: tuple[int, ...]
    surnames: frozenset[str]

    @classmethod
    def of(cls, doc: Doc) -> DocFacts:
        ents = tuple(doc.ents)
        surnames = frozenset(e[-1].lower_ for e in ents if e.label_ == "PERSON" and len(e) > 1)
        return cls(doc, doc_text(doc), ents, tuple(e.start for e in ents), surnames)

    def ents_in(self, span: Span) -> list[Span]:
        """The entities wholly inside ``span`` (what ``span.ents`` gives, without a document scan)."""
        out = []
        for k in range(bisect_left(self.ent_starts, span.start), len(self.ents)):
            ent = self.ents[k]
            if ent.end > span.end:
                break
            out.append(ent)
        return out


@dataclass(frozen=True)
class SentenceContext:
    """What an extractor may need beyond the sentence itself.

    doc_id: the document's id; published: its publication date, when known (anchors "Wednesday").
    link: True when the sentence is a headline of another story ("READ MORE: ...").
    facts: the parsed document's ``DocFacts``, filled by the orchestrator (None: built on demand).
    """

    doc_id: str
    published: date | None = None
    link: bool = False
    facts: DocFacts | None = None


def facts_of(where: Span | Doc, facts: DocFacts | None = None) -> DocFacts:
    """The ``DocFacts`` of a span's (or a document's own): ``facts`` when they belong to it, else built now."""
    doc = where if isinstance(where, Doc) else where.doc
    if facts is not None and facts.doc is doc:
        return facts
    return DocFacts.of(doc)
