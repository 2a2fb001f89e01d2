"""Cutting text and corpora into pieces of bounded size.

``claimable_chunks`` cuts one document into paragraph-aligned chunks of at most ``CHUNK_CHARS``
characters, page furniture blanked (offsets kept), for parsing; ``batch_documents`` groups
consecutive documents into batches of about ``BATCH_CHARS`` characters, the unit of work the local
worker pool and the Dask engine hand out.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from ..models import Document
from ..rules import RuleSet
from .furniture import find_furniture, mask_furniture

CHUNK_CHARS = 100_000
BATCH_CHARS = 60_000


def chunks(text: str) -> Iterator[tuple[int, str]]:
    """Paragraph-aligned pieces of at most CHUNK_CHARS characters, with their offsets."""
    start = 0
    while start < len(text):
        end = min(len(text), start + CHUNK_CHARS)
        if end < len(text):
            cut = text.rfind("\n", start, end)
            if cut <= start:
                cut = text.rfind(". ", start, end)
            end = cut + 1 if cut > start else end
        yield start, text[start:end]
        start = end


def claimable_chunks(text: str, rules: RuleSet) -> Iterator[tuple[int, str]]:
    """The chunks worth parsing: furniture blanked (offsets kept), chunks left blank dropped."""
    masked = mask_furniture(text, find_furniture(text, rules))
    for offset, chunk in chunks(masked):
        if not chunk.isspace():
            yield offset, chunk


def batch_documents(documents: Iterable[Document], chars: int | None = None) -> Iterator[list[Document]]:
    """Consecutive documents grouped into batches of about ``chars`` (default ``BATCH_CHARS``) characters,
    order kept."""
    chars = BATCH_CHARS if chars is None else chars
    batch: list[Document] = []
    size = 0
    for document in documents:
        batch.append(document)
        size += len(document.text)
        if size >= chars:
            yield batch
            batch, size = [], 0
    if batch:
        yield batch
