"""A .jsonl file to documents: one JSON object a line; a bad line is skipped, the good ones kept.

The file is streamed: its size has no limit, each line (one document) is limited to
``limits.max_document_mb``; a longer line is skipped with its reason and never held whole.
"""

from __future__ import annotations

import codecs
import json
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from ..models import Document
from .decode import BOMS, LIMIT_HINT, Unreadable, binary_kind, check_text, decode_bytes, normalise_newlines, read_bytes
from .frontmatter import is_unicode, metadata
from .textfile import make_document

if TYPE_CHECKING:
    from .corpus import Collector

_JSON_TYPES = {
    dict: "an object",
    list: "an array",
    str: "a string",
    int: "a number",
    float: "a number",
    bool: "true/false",
    type(None): "null",
}


def jsonl_document(line: str, display: str, lineno: int) -> tuple[Document, list[str]]:
    """One JSONL line as a Document plus its warnings; raises ``Unreadable``."""
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as err:
        raise Unreadable(f"not valid JSON ({err.msg} at column {err.colno})") from None
    except (ValueError, RecursionError) as err:
        raise Unreadable(f"not valid JSON ({err})") from None
    if not isinstance(obj, dict):
        raise Unreadable(f"not a JSON object (got {_JSON_TYPES.get(type(obj), 'a value')})")
    fields = {}
    for key in ("id", "text"):
        value = obj.get(key)
        if isinstance(value, int) and not isinstance(value, bool) and key == "id":
            value = str(value)
        if value is None:
            raise Unreadable(f"missing '{key}'")
        if not isinstance(value, str):
            raise Unreadable(f"'{key}' must be a string, got {_JSON_TYPES.get(type(value), 'a value')}")
        if not value.strip():
            raise Unreadable(f"empty '{key}'")
        if not is_unicode(value):
            raise Unreadable(f"'{key}' is not valid Unicode (lone surrogate)")
        fields[key] = value
    text = normalise_newlines(fields["text"])
    check_text(text)
    warn: list[str] = []
    meta = metadata(obj, "JSON field", warn)
    return make_document(fields["id"], f"{display}:{lineno}", text, meta), warn


def read_jsonl(display: str, fs: Path, max_bytes: int, out: Collector) -> None:
    """Add the documents of a .jsonl file to ``out``, and each bad line to ``out.skipped``.

    The file is streamed line by line, so its size has no limit; ``max_bytes`` bounds one line (a
    longer line is skipped, and never held in memory whole). Raises ``Unreadable`` when the file
    as a whole cannot be read.
    """
    try:
        info = fs.stat()
        if not stat.S_ISREG(info.st_mode):
            raise Unreadable("not a regular file")
        handle = open(fs, "rb")  # noqa: SIM115 - closed below, after the lines are read
    except OSError as err:
        raise Unreadable(f"cannot read file ({err.strerror or err})") from None
    with handle:
        head = handle.read(65536)
        handle.seek(0)
        if any(head.startswith(bom) for bom, codec in BOMS if codec != "utf-8-sig"):
            handle.close()  # UTF-16/32: rare in JSONL; decoded whole, within the limit
            _read_whole(display, fs, max_bytes, out)
            return
        kind = binary_kind(head)
        if kind is not None:
            raise Unreadable(f"binary file ({kind}), not text")
        try:
            found = _read_lines(display, handle, max_bytes, out)
        except OSError as err:
            raise Unreadable(f"cannot read file ({err.strerror or err})") from None
    if not found:
        raise Unreadable("empty file")


def _read_lines(display: str, handle: BinaryIO, max_bytes: int, out: Collector) -> bool:
    """Read every line of an open UTF-8 (or legacy-encoded) JSONL file; True when any was not blank."""
    found, warned, lineno = False, False, 0
    for raw, too_long in _physical_lines(handle, max_bytes):
        if lineno == 0 and raw.startswith(codecs.BOM_UTF8):
            raw = raw[len(codecs.BOM_UTF8) :]
        # CRLF and lone CR end lines too, as everywhere in ingest (a JSON string holds no raw CR)
        if raw.endswith(b"\r"):
            raw = raw[:-1]
        pieces = [raw] if b"\r" not in raw else raw.split(b"\r")
        for piece in pieces:
            lineno += 1
            if too_long:
                found = True
                out.skipped.append(
                    (display, lineno, f"line {lineno}: document too large (over {max_bytes:,} bytes; {LIMIT_HINT})")
                )
                continue
            if not piece.strip():
                continue
            found = True
            try:
                line = piece.decode("utf-8")
            except UnicodeDecodeError as err:
                line, codec = _legacy(piece)
                if not warned:
                    warned = True
                    out.warnings.append(
                        (display, 0, f"not valid UTF-8 (line {lineno}, byte {err.start}); read as {codec}")
                    )
            try:
                doc, warn = jsonl_document(line, display, lineno)
            except Unreadable as err:
                out.skipped.append((display, lineno, f"line {lineno}: {err}"))
            else:
                out.candidates.append(((display, lineno), doc, warn))
    return found


def _physical_lines(handle: BinaryIO, max_bytes: int) -> Iterator[tuple[bytes, bool]]:
    """Each LF-ended line as bytes (without the LF), and whether it was longer than ``max_bytes``
    (then it is b"" and the rest of it was read past, not kept)."""
    while True:
        line = handle.readline(max_bytes + 2)
        if not line:
            return
        if line.endswith(b"\n") or len(line) <= max_bytes + 1:
            yield line.rstrip(b"\n"), False
            continue
        while line and not line.endswith(b"\n"):  # too long: skip to the end of the line
            line = handle.readline(1 << 20)
        yield b"", True


def _legacy(data: bytes) -> tuple[str, str]:
    try:
        return data.decode("cp1252"), "Windows-1252 (cp1252)"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "latin-1 (ISO-8859-1)"


def _read_whole(display: str, fs: Path, max_bytes: int, out: Collector) -> None:
    """A UTF-16/32 JSONL file, decoded whole (at most ``max_bytes``)."""
    text, encoding = decode_bytes(read_bytes(fs, max_bytes))
    if not text.strip():
        raise Unreadable("empty file")
    if encoding is not None:
        out.warnings.append((display, 0, encoding))
    # split on LF only: a raw U+2028 is legal inside a JSON string and must not end a line
    for lineno, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            doc, warn = jsonl_document(line, display, lineno)
        except Unreadable as err:
            out.skipped.append((display, lineno, f"line {lineno}: {err}"))
        else:
            out.candidates.append(((display, lineno), doc, warn))
