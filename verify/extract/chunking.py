"""Cutting text and corpora into pieces of bounded size (the size policy, ``limits`` in the rules).

``claimable_chunks`` cuts one document into paragraph-aligned windows of at most
``limits.window_chars`` characters, page furniture and runs of more than ``limits.max_token_chars``
non-space characters blanked (offsets kept), for parsing; ``parse_groups`` groups those pieces into
parse batches of at most ``limits.batch_chars`` characters and ``nlp.batch_size`` pieces, so the
parser's memory is bounded by a budget, never by a count of chunks that may each be long;
``batch_documents`` groups consecutive documents into batches of about ``BATCH_CHARS``
characters, the unit of work the local worker pool and the Dask engine hand out.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import TypeVar

from ..models import Document
from ..rules import RuleSet
from .furniture import find_furniture, mask_furniture

CHUNK_CHARS = 100_000
BATCH_CHARS = 60_000


def chunks(text: str, window: int = CHUNK_CHARS) -> Iterator[tuple[int, str]]:
    """Pieces of at most ``window`` characters, with their offsets: cut after the last line break
    in the window, else after the last ". ", else at the last white space, else hard."""
    start = 0
    while start < len(text):
        end = min(len(text), start + window)
        if end < len(text):
            cut = text.rfind("\n", start, end)
            if cut <= start:
                cut = text.rfind(". ", start, end)
            if cut <= start:
                cut = max(text.rfind(" ", start, end), text.rfind("\t", start, end))
            end = cut + 1 if cut > start else end
        yield start, text[start:end]
        start = end


@lru_cache(maxsize=8)
def _long_run(limit: int) -> re.Pattern[str]:
    return re.compile(rf"\S{{{limit + 1},}}")


def blank_long_runs(text: str, limit: int) -> str:
    """``text`` with every run of more than ``limit`` non-space characters replaced by as many
    spaces (offsets kept). spaCy's tokenizer splits off prefixes and suffixes one at a time, so a
    run of brackets costs time quadratic in its length (20,000 cost 70 s); no word, figure or name
    is that long, and a URL longer than the limit gives no claim."""
    pattern = _long_run(limit)
    if pattern.search(text) is None:
        return text
    return pattern.sub(lambda m: " " * len(m.group()), text)


_BULLET = re.compile(r"(?m)^([ \t]*)[•·▪▸►◦‣∙*\-](?=[ \t])")


def blank_bullets(text: str) -> str:
    """``text`` with the list marker that opens a line ("• Turkey alone counted ...", "- ", "* ")
    replaced by a space (offsets kept): the parser reads a bullet as a word, often as the subject of
    the sentence, and the figure's scope or speaker goes with it. A dash ("— Pavel Renko, regional
    director") stays: under a quotation it names the speaker."""
    return _BULLET.sub(lambda m: m.group(1) + " ", text)


def claimable_chunks(text: str, rules: RuleSet) -> Iterator[tuple[int, str]]:
    """The windows worth parsing: furniture, list markers and overlong runs blanked (offsets kept),
    windows left blank dropped."""
    limits = rules.limits
    masked = blank_long_runs(blank_bullets(mask_furniture(text, find_furniture(text, rules))), limits.max_token_chars)
    for offset, chunk in chunks(masked, limits.window_chars):
        if not chunk.isspace():
            yield offset, chunk


T = TypeVar("T")
Item = TypeVar("Item", bound=tuple)


def with_last(items: Iterable[T]) -> Iterator[tuple[T, bool]]:
    """Each item with whether it is the last (one item read ahead, none held beyond it)."""
    iterator = iter(items)
    try:
        previous = next(iterator)
    except StopIteration:
        return
    for item in iterator:
        yield previous, False
        previous = item
    yield previous, True


def parse_groups(items: Iterable[Item], chars: int, count: int) -> Iterator[list[Item]]:
    """Consecutive ``(text, ...)`` items in groups of at most ``count`` texts and ``chars``
    characters (a longer text alone); items whose text is None (nothing to parse) ride along."""
    group: list[Item] = []
    size = texts = 0
    for item in items:
        text = item[0]
        if text is not None and group and (texts >= count or size + len(text) > chars):
            yield group
            group, size, texts = [], 0, 0
        group.append(item)
        if text is not None:
            size += len(text)
            texts += 1
    if group:
        yield group


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
