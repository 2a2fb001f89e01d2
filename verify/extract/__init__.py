"""The extract stage: documents in, claims out, each with exact provenance.

``extract_claims(documents, nlp, rules)`` blanks page furniture and overlong runs of non-space
characters (keeping offsets), parses every document once with ``nlp.pipe`` in batches bounded by a
character budget (long documents in paragraph-aligned windows: ``limits`` in the rules), runs each
sentence through the extractors below, and turns their mentions into ``Claim`` records with the
sentence, the cited source and hedging attached. ``document.text[claim.start:claim.end] ==
claim.text`` holds for every claim.

Modules: ``nlp`` loads the spaCy pipeline, ``chunking`` cuts documents and corpora into pieces,
``claims`` turns a parsed chunk into claims, one module per extractor (``counts``, ``people``,
``entities``, ``timex``, ``methods``, ``attribution``, ``quotes``, ``sources``), and ``names`` holds
the person-name keys and the same-person score the cluster stage and editor mode share. Spreading
the work over processes or a Dask cluster is ``verify.run``'s job; the claims are the same either way.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

from spacy.language import Language

from ..models import Claim, Document
from ..rules import RuleSet
from .chunking import batch_documents, claimable_chunks, parse_groups, with_last
from .claims import EXTRACTORS, claims_from_chunk, position
from .nlp import load_nlp

__all__ = [
    "extract_claims",
    "extract_window",
    "document_windows",
    "load_nlp",
    "batch_documents",
    "with_last",
    "EXTRACTORS",
]


def extract_claims(
    documents: Iterable[Document], nlp: Language, rules: RuleSet, on_document: Callable[[Document], None] | None = None
) -> Iterator[Claim]:
    """Claims of every document, document by document, each sorted by position.

    Parses and extracts in this process, streaming: the windows of the documents
    (``claimable_chunks``) go to the parser in groups of at most ``limits.batch_chars``
    characters (``parse_groups``), so one group of parses is alive at a time however long a
    document is. ``on_document`` is called as each document's claims are ready (for progress bars).
    """

    def pieces() -> Iterator[tuple[str | None, tuple[Document, int, bool]]]:
        for document in documents:
            found = False
            for (offset, chunk), last in with_last(claimable_chunks(document.text, rules)):
                found = True
                yield chunk, (document, offset, last)
            if not found:
                yield None, (document, 0, True)  # nothing to parse: the document ends here

    pending: list[Claim] = []
    for group in parse_groups(pieces(), rules.limits.batch_chars, rules.nlp.batch_size):
        texts = [(text, where) for text, where in group if text is not None]
        parsed = nlp.pipe(texts, as_tuples=True, batch_size=max(1, len(texts)))
        for text, (document, offset, last) in group:
            if text is not None:
                doc, _ = next(parsed)
                pending.extend(claims_from_chunk(document, doc, offset, rules))
            if last:
                yield from sorted(pending, key=position)
                pending = []
                if on_document is not None:
                    on_document(document)


def document_windows(document: Document, rules: RuleSet) -> Iterator[tuple[int, str, str]]:
    """The windows of one document to parse, as (offset, text to parse, text as read): what a
    worker needs to extract one window of a long document without the rest of its text."""
    for offset, chunk in claimable_chunks(document.text, rules):
        yield offset, chunk, document.text[offset : offset + len(chunk)]


def extract_window(
    document: Document, offset: int, chunk: str, original: str, nlp: Language, rules: RuleSet
) -> list[Claim]:
    """The claims of one window of ``document`` (``document_windows``), sorted by position.
    ``document`` may carry no text: only its id and publication date are read."""
    parsed = nlp(chunk)
    return sorted(claims_from_chunk(document, parsed, offset, rules, original), key=position)
