"""Editor mode: one draft (.txt, .md or .html) as a ``Document``, or an ``InputError`` saying why not."""

from __future__ import annotations

from pathlib import Path

from ..errors import InputError
from ..models import Document
from .decode import Unreadable, check_text, decode_bytes, read_bytes
from .frontmatter import META_KEYS
from .html import html_to_text
from .textfile import make_document, read_text_file

DRAFT_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")


def read_draft(path: str | Path, *, max_bytes: int = 50_000_000) -> Document:
    """One .txt, .md or .html file as a Document (editor mode); raises ``InputError`` on failure.

    HTML is converted to text (script and style dropped, paragraph breaks kept); its ``<title>``
    becomes the title. Warnings (assumed encoding, ignored front-matter keys) are not reported.
    """
    draft = Path(path)
    suffix = draft.suffix.lower()
    hint = "give the draft as a .txt, .md or .html file in UTF-8"
    if suffix not in DRAFT_SUFFIXES:
        raise InputError(f"cannot read draft {draft}: unsupported file type {suffix or '(no extension)'}", hint=hint)
    if not draft.is_file():
        raise InputError(f"draft not found: {draft}", hint="check the path; " + hint)
    try:
        if suffix not in (".html", ".htm"):
            return read_text_file(str(draft), draft, max_bytes)[0]
        text, _ = decode_bytes(read_bytes(draft, max_bytes))
        title, body = html_to_text(text)
        check_text(body, empty="empty file (no visible text in the HTML)")
    except Unreadable as err:
        raise InputError(f"cannot read draft {draft}: {err}", hint=hint) from None
    return make_document(draft.stem, str(draft), body, {**dict.fromkeys(META_KEYS), "title": title})
