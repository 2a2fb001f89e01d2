"""Bytes to text: read a file's bytes, refuse binary data, decode, normalise line endings.

Hands on the decoded text (CRLF and lone CR become LF) and, when the bytes were not UTF-8, a
warning naming the encoding assumed. ``Unreadable`` carries the reason an input is not read.
"""

from __future__ import annotations

import codecs
import re
import stat
from pathlib import Path

MAGIC = (
    (b"%PDF", "a PDF"),
    (b"\x89PNG", "a PNG image"),
    (b"GIF8", "a GIF image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"PK\x03\x04", "a ZIP archive or Office file"),
)
BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Control bytes that ordinary text contains: tab, LF, VT, FF, CR, ESC.
_TEXT_CONTROLS = bytes([9, 10, 11, 12, 13, 27])
_CONTROLS = bytes(b for b in range(32) if b not in _TEXT_CONTROLS) + b"\x7f"
_LETTER = re.compile(r"[^\W\d_]")


# How to read a larger document: named in every "too large" reason.
LIMIT_HINT = "the limit is limits.max_document_mb in the rules, or --max-document-mb"


class Unreadable(Exception):
    """One input cannot become a document; the message is the reason shown to the user."""


def binary_kind(data: bytes) -> str | None:
    """Why ``data`` looks binary (``"looks like a PDF"``), or None when it may be text."""
    for magic, name in MAGIC:
        if data.startswith(magic):
            return f"looks like {name}"
    if b"\x00" in data:
        return "contains NUL bytes"
    sample = data[:65536]
    if len(sample) - len(sample.translate(None, _CONTROLS)) > 0.1 * len(sample):
        return "many control characters"
    return None


def decode_bytes(data: bytes) -> tuple[str, str | None]:
    """Decode file bytes to text with line endings normalised; returns (text, warning or None).

    Raises ``Unreadable`` for binary data.
    """
    for bom, codec in BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(codec)
            except UnicodeDecodeError:
                break  # a BOM followed by garbage: judge the bytes as if there were no BOM
            if "\x00" in text:
                raise Unreadable("binary file (contains NUL characters), not text")
            return normalise_newlines(text), None
    kind = binary_kind(data)
    if kind is not None:
        raise Unreadable(f"binary file ({kind}), not text")
    try:
        return normalise_newlines(data.decode("utf-8")), None
    except UnicodeDecodeError as err:
        where = f"byte {err.start}"
    try:
        text, codec = data.decode("cp1252"), "Windows-1252 (cp1252)"
    except UnicodeDecodeError:
        text, codec = data.decode("latin-1"), "latin-1 (ISO-8859-1)"
    return normalise_newlines(text), f"not valid UTF-8 (at {where}); read as {codec}"


def normalise_newlines(text: str) -> str:
    """CRLF and lone CR become LF."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def check_text(text: str, empty: str = "empty file") -> None:
    """Raise ``Unreadable`` when ``text`` is blank (reason ``empty``) or has no letter at all."""
    if not text.strip():
        raise Unreadable(empty)
    # the regex finds candidates fast (\w minus digits also admits some numerals, e.g. "½")
    if not any(m.group().isalpha() for m in _LETTER.finditer(text)):
        raise Unreadable("no text to read (no letters)")


def read_bytes(path: Path, max_bytes: int) -> bytes:
    """The bytes of a regular, non-empty file of at most ``max_bytes``; raises ``Unreadable``."""
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            raise Unreadable("not a regular file")
        if info.st_size > max_bytes:
            raise Unreadable(f"file too large ({info.st_size:,} bytes, over {max_bytes:,}; {LIMIT_HINT})")
        data = path.read_bytes()
    except OSError as err:
        raise Unreadable(f"cannot read file ({err.strerror or err})") from None
    if not data:
        raise Unreadable("empty file")
    return data
