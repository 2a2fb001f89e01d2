"""A .jsonl file to documents: one JSON object a line; a bad line is skipped, the good ones kept."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

from ..models import Document
from .decode import Unreadable, check_text, decode_bytes, normalise_newlines, read_bytes
from .frontmatter import is_unicode, metadata
from .textfile import make_document

if TYPE_CHECKING:
    from .corpus import Collector

_JSON_TYPES = {dict: "an object", list: "an array", str: "a string", int: "a number",
               float: "a number", bool: "true/false", type(None): "null"}


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

    Raises ``Unreadable`` when the file as a whole cannot be read.
    """
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
