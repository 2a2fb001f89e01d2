"""The extract stage: documents in, claims out, each with exact provenance.

``extract_claims(documents, nlp, rules)`` blanks page furniture (keeping offsets), parses every
document once with ``nlp.pipe`` in batches (long documents in paragraph-aligned chunks), runs each
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
from .chunking import batch_documents, claimable_chunks
from .claims import EXTRACTORS, claims_from_chunk, position
from .nlp import load_nlp

__all__ = ["extract_claims", "load_nlp", "batch_documents", "EXTRACTORS"]


def extract_claims(documents: Iterable[Document], nlp: Language, rules: RuleSet,
                   on_document: Callable[[Document], None] | None = None) -> Iterator[Claim]:
    """Claims of every document, document by document, each sorted by position.

    Parses and extracts in this process, streaming: one batch of parsed chunks alive at a time.
    ``on_document`` is called as each document's claims are ready (for progress bars).
    """
    def pieces():
        for document in documents:
            for offset, chunk in claimable_chunks(document.text, rules):
                yield chunk, (document, offset)
            yield "", (document, None)           # end-of-document marker (parsing "" is free)

    pending: list[Claim] = []
    for parsed, (document, offset) in nlp.pipe(pieces(), as_tuples=True, batch_size=rules.batch_size):
        if offset is None:
            yield from sorted(pending, key=position)
            pending = []
            if on_document is not None:
                on_document(document)
            continue
        pending.extend(claims_from_chunk(document, parsed, offset, rules))
