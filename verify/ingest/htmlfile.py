"""Saved web pages to documents: decode with the page's charset, extract its main text, fill metadata.

``read_html_file`` reads one .html/.htm file (id: the file's stem, like a .txt); ``html_document``
turns decoded HTML into a ``Document`` and is shared with ``warc``; ``decode_html`` turns page bytes
into text. The document's ``text`` is the extracted main text (``page``), and its metadata the
page's own (``pagemeta``), with ``published_from="html"`` when the page gives a date.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import replace
from pathlib import Path

from ..models import Document
from .decode import (
    Unreadable,
    binary_kind,
    check_text,
    decode_bytes,
    normalise_newlines,
    read_bytes,
)
from .page import read_page
from .textfile import make_document

_META_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([A-Za-z0-9._:-]+)", re.IGNORECASE)
# The WHATWG encoding standard reads these labels as windows-1252, as every browser does.
_AS_CP1252 = frozenset({"iso8859-1", "ascii"})


def decode_html(data: bytes, declared: str | None = None) -> tuple[str, str | None]:
    """(text, warning or None) of a page's bytes, line endings normalised; raises ``Unreadable``.

    The charset is the one a byte-order mark gives, else ``declared`` (an HTTP header's), else a
    ``<meta charset>`` in the first 4 KB, else UTF-8 with verify's usual fallbacks (``decode``).
    """
    if data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return decode_bytes(data)
    kind = binary_kind(data)
    if kind is not None:
        raise Unreadable(f"binary file ({kind}), not an HTML page")
    match = None if declared else _META_CHARSET.search(data[:4096])
    label = declared or (match.group(1).decode("ascii") if match else None)
    if label is None:
        return decode_bytes(data)
    try:
        codec = codecs.lookup(label).name
    except LookupError:
        text, warning = decode_bytes(data)
        return text, f"unknown charset {label!r} declared; " + (warning or "read as UTF-8")
    if codec == "utf-8":
        return decode_bytes(data)
    codec = "cp1252" if codec in _AS_CP1252 else codec
    try:
        return normalise_newlines(data.decode(codec)), None
    except UnicodeDecodeError as err:
        text, warning = decode_bytes(data)
        return text, f"declared charset {label!r} does not fit the bytes (at byte {err.start}); " + (
            warning or "read as UTF-8"
        )


def html_document(
    doc_id: str, path: str, html: str, *, url: str | None = None, captured: str | None = None
) -> Document:
    """The main text and metadata of a decoded page as a Document; raises ``Unreadable``.

    ``url`` and ``captured`` are a web archive's target URI and capture time, when known.
    """
    try:
        page = read_page(html, url)
    except Exception as err:  # noqa: BLE001 - a parser's bug on one odd page must not stop the run
        raise Unreadable(f"could not read the page ({type(err).__name__}: {str(err)[:80]})") from None
    if page is None:
        raise Unreadable("no main text (nothing on the page reads as an article)")
    check_text(page.text, empty="no main text (nothing on the page reads as an article)")
    meta = page.meta
    doc = make_document(
        doc_id,
        path,
        page.text,
        {
            "title": meta.title,
            "source": meta.source,
            "url": meta.url,
            "published": meta.published,
        },
    )
    return replace(
        doc,
        published_from="html" if meta.published else "none",
        modified=meta.modified,
        author=meta.author,
        canonical_url=meta.canonical_url,
        captured=captured,
    )


def read_html_file(display: str, fs: Path, max_bytes: int) -> tuple[Document, list[str]]:
    """A saved .html/.htm page as a Document (id: the file's stem) plus its warnings."""
    html, warning = decode_html(read_bytes(fs, max_bytes))
    return html_document(Path(display).stem, display, html), [warning] if warning else []
