"""What every extractor yields, and the context it is given.

An extractor is a function ``(sent: spacy.tokens.Span, ctx: SentenceContext, rules: RuleSet) ->
Iterator[Mention]``. Offsets in a ``Mention`` are character offsets into the *document* text
(``sent.doc`` is the parsed document, whose text equals ``Document.text``), so that
``document.text[start:end]`` is the mention verbatim. The orchestrator (``verify.extract``) turns
mentions into ``Claim`` records, adding the sentence, the cited source and hedging.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any


@dataclass(frozen=True)
class Mention:
    """One claim found by an extractor, before provenance is attached.

    kind, attribute: as in ``Claim``; start, end: document offsets, ``text[start:end]`` non-empty
    and without surrounding white space; value: the normalised value (JSON-ready).
    """

    kind: str
    attribute: str
    start: int
    end: int
    value: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class SentenceContext:
    """What an extractor may need beyond the sentence itself.

    doc_id: the document's id; published: its publication date, when known (anchors "Wednesday").
    link: True when the sentence is a headline of another story ("READ MORE: ...").
    """

    doc_id: str
    published: date | None = None
    link: bool = False
