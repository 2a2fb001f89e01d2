"""One .txt/.md file to one ``Document``: decode, split off the front matter, check the body."""

from __future__ import annotations

import hashlib
from pathlib import Path

from ..models import Document, PublishedFrom
from .decode import check_text, decode_bytes, read_bytes
from .frontmatter import split_front_matter


def make_document(doc_id: str, path: str, text: str, meta: dict[str, str | None]) -> Document:
    """A Document with its SHA-256 computed from ``text``; a ``published`` given here is the front
    matter's (or the JSONL field's)."""
    origin: PublishedFrom = "front_matter" if meta.get("published") else "none"
    if not meta.get("title"):
        meta = {**meta, "title": headline_of(text)}
    return Document(id=doc_id, path=path, text=text, sha256=_sha256(text), published_from=origin, **meta)


#: The longest first line still read as a headline (characters, words).
HEADLINE_MAX_CHARS, HEADLINE_MAX_WORDS = 160, 25


def headline_of(text: str) -> str | None:
    """The text's first line when it reads as a headline: a line of its own (a blank line and a
    body after it), of two words or more and at most ``HEADLINE_MAX_WORDS``, not ending as a
    sentence does (".", ",", ";", ":") — "Assad Regime Bombs Another Medical Facility in Aleppo",
    not "The forces of Bashar al-Assad bombed a clinic on Friday."."""
    body = text.lstrip("\n")
    line, _, rest = body.partition("\n")
    line = line.strip().strip("#*_ ").strip()
    words = line.split()
    if not (2 <= len(words) <= HEADLINE_MAX_WORDS) or len(line) > HEADLINE_MAX_CHARS:
        return None
    if line[-1] in ".,;:" or not rest.strip() or not rest.startswith("\n"):
        return None  # a sentence, a text of one line (no body to head), or a line the text runs on from
    return line


def _sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def read_text_file(display: str, fs: Path, max_bytes: int) -> tuple[Document, list[str]]:
    """A .txt/.md file as a Document (id: the file's stem) plus its warnings; raises ``Unreadable``."""
    warn: list[str] = []
    text, encoding = decode_bytes(read_bytes(fs, max_bytes))
    if encoding is not None:
        warn.append(encoding)
    check_text(text)
    meta, body = split_front_matter(text, warn)
    check_text(body, empty="empty file (front matter only, no body)")
    return make_document(Path(display).stem, display, body, meta), warn
