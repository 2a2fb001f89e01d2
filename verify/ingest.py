"""Ingest: read a corpus of news articles into ``Document`` records, and say what was not read.

``load_corpus(paths)`` takes folders and files and hands on a ``Corpus``: the documents (sorted by
id), every input that was not read with a specific reason (``skipped``), and documents that were read
but had something ignored (``warnings``). One bad file never stops the run; ``InputError`` is raised
only when nothing at all could be read. ``read_draft(path)`` reads one .txt/.md/.html file for editor
mode and raises ``InputError`` instead of skipping.

What is read, and how:
- Folders are walked recursively in sorted order. Files ending .txt, .md, .markdown, .jsonl (any case)
  are read. Hidden files and folders (name starting with ``.``) are ignored silently, as is obvious
  junk: editor backups (name ending ``~``, ``.swp``, ``.swo``, ``.bak``, ``.tmp``, ``.orig``),
  ``__pycache__``/``.pyc`` and OS metadata (``Thumbs.db``, ``desktop.ini``). Every other file is listed
  in ``skipped`` as "unsupported file type .pdf (expected .txt, .md or .jsonl)". A file named directly
  as an argument is always considered, hidden or not.
- A symlink found inside a folder argument is followed only if its target resolves inside that
  folder; otherwise it is skipped ("symlink leaves the corpus folder"). Nothing is fetched from the
  network.
- Bytes are decoded as UTF-8 (a UTF-8 BOM is stripped; UTF-16/32 BOMs are honoured); failing that as
  cp1252 when it decodes cleanly, else latin-1, with a warning naming the encoding assumed. Binary
  files (magic numbers of PDF, PNG, GIF, JPEG, ZIP; NUL bytes; many control characters) are skipped.
- Line endings are normalised: CRLF and lone CR become LF in ``Document.text``, so every character
  offset downstream refers to the normalised text. This applies to JSONL texts too.
- .txt/.md may open with YAML front matter between a first line ``---`` and a closing ``---`` line;
  keys ``title``, ``source``, ``published`` (ISO date, or a datetime of which the date is kept),
  ``url``. Unknown keys and unparseable dates are ignored with a warning. Front matter that is not
  closed, not valid YAML or not a mapping is treated as absent (warning): the whole text is the body.
  The body is kept exactly as decoded; a .txt without front matter has no title (none is guessed).
- .jsonl: one object per line with ``id`` and ``text`` (optional ``title``, ``source``,
  ``published``, ``url``); other keys are ignored and never stored. Blank lines are ignored; a bad
  line is skipped as ``file.jsonl:LINE`` and the good lines are kept. ``Document.path`` is
  ``file.jsonl:LINE``.
- Empty or whitespace-only files, texts without any letter, and files over ``max_bytes`` are skipped.
- A repeated document id keeps the first in sorted path order (JSONL lines in line order).
- The result does not depend on argument order.
"""

from __future__ import annotations

import codecs
import hashlib
import json
import os
import re
import stat
from dataclasses import dataclass
from datetime import date, datetime
from html.parser import HTMLParser
from pathlib import Path
from typing import Any, Iterable

import yaml

from .errors import InputError
from .models import Document, Skipped

CORPUS_SUFFIXES = (".txt", ".md", ".markdown", ".jsonl")
DRAFT_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")
META_KEYS = ("title", "source", "published", "url")
JUNK_NAMES = frozenset({"thumbs.db", "desktop.ini", "__pycache__"})
JUNK_SUFFIXES = (".swp", ".swo", ".bak", ".tmp", ".orig", ".pyc", "~")
MAGIC = (
    (b"%PDF", "a PDF"), (b"\x89PNG", "a PNG image"), (b"GIF8", "a GIF image"),
    (b"\xff\xd8\xff", "a JPEG image"), (b"PK\x03\x04", "a ZIP archive or Office file"),
)
BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)
# Control bytes that ordinary text contains: tab, LF, VT, FF, CR, ESC.
_TEXT_CONTROLS = bytes([9, 10, 11, 12, 13, 27])
_CONTROLS = bytes(b for b in range(32) if b not in _TEXT_CONTROLS) + b"\x7f"
_LETTER = re.compile(r"[^\W\d_]")
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)^---[ \t]*(?:\n|\Z)", re.S | re.M)
_UNSUPPORTED = "(expected .txt, .md or .jsonl)"


@dataclass(frozen=True)
class Corpus:
    """What ingest hands on.

    documents: the documents read, sorted by id; ids are unique.
    skipped: every input that was not read, with the reason, sorted by path (the lines of one
        JSONL file, ``file.jsonl:LINE``, in line order).
    warnings: documents that were read but had something ignored (unknown front-matter key, bad
        date, assumed encoding), same shape as ``skipped``, sorted by path.
    """

    documents: tuple[Document, ...]
    skipped: tuple[Skipped, ...]
    warnings: tuple[Skipped, ...] = ()


class _Unreadable(Exception):
    """One input cannot become a document; the message is the reason shown to the user."""


# --------------------------------------------------------------------------------------------
# Bytes to text


def _binary_kind(data: bytes) -> str | None:
    for magic, name in MAGIC:
        if data.startswith(magic):
            return f"looks like {name}"
    if b"\x00" in data:
        return "contains NUL bytes"
    sample = data[:65536]
    if len(sample) - len(sample.translate(None, _CONTROLS)) > 0.1 * len(sample):
        return "many control characters"
    return None


def _decode(data: bytes) -> tuple[str, str | None]:
    """Decode file bytes to text with line endings normalised; returns (text, warning or None).

    Raises ``_Unreadable`` for binary data.
    """
    for bom, codec in BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(codec)
            except UnicodeDecodeError:
                break  # a BOM followed by garbage: judge the bytes as if there were no BOM
            if "\x00" in text:
                raise _Unreadable("binary file (contains NUL characters), not text")
            return _normalise_newlines(text), None
    kind = _binary_kind(data)
    if kind is not None:
        raise _Unreadable(f"binary file ({kind}), not text")
    try:
        return _normalise_newlines(data.decode("utf-8")), None
    except UnicodeDecodeError as err:
        where = f"byte {err.start}"
    try:
        text, codec = data.decode("cp1252"), "Windows-1252 (cp1252)"
    except UnicodeDecodeError:
        text, codec = data.decode("latin-1"), "latin-1 (ISO-8859-1)"
    return _normalise_newlines(text), f"not valid UTF-8 (at {where}); read as {codec}"


def _normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _check_text(text: str, empty: str = "empty file") -> None:
    if not text.strip():
        raise _Unreadable(empty)
    # the regex finds candidates fast (\w minus digits also admits some numerals, e.g. "½")
    if not any(m.group().isalpha() for m in _LETTER.finditer(text)):
        raise _Unreadable("no text to read (no letters)")


def _read_bytes(path: Path, max_bytes: int) -> bytes:
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            raise _Unreadable("not a regular file")
        if info.st_size > max_bytes:
            raise _Unreadable(
                f"file too large ({info.st_size:,} bytes; the limit is {max_bytes:,} bytes, "
                "raise max_bytes to read it)"
            )
        data = path.read_bytes()
    except OSError as err:
        raise _Unreadable(f"cannot read file ({err.strerror or err})") from None
    if not data:
        raise _Unreadable("empty file")
    return data


# --------------------------------------------------------------------------------------------
# Metadata


def normalise_date(value: Any) -> str:
    """An ISO date ``YYYY-MM-DD`` from a date, a datetime or an ISO date/datetime string.

    Raises ``ValueError`` for anything else.
    """
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, str) and value.strip():
        return datetime.fromisoformat(value.strip()).date().isoformat()
    raise ValueError(f"not a date: {value!r}")


def _metadata(raw: dict[Any, Any], origin: str, warn: list[str]) -> dict[str, str | None]:
    """Title/source/published/url from a mapping; problems are appended to ``warn``."""
    meta: dict[str, str | None] = {}
    for key in META_KEYS:
        value = raw.get(key)
        if value is None or value == "":
            meta[key] = None
        elif key == "published":
            try:
                meta[key] = normalise_date(value)
            except (ValueError, TypeError):
                meta[key] = None
                warn.append(f"{origin} 'published' {str(value)!r} is not an ISO date (YYYY-MM-DD); left empty")
        elif isinstance(value, (dict, list)):
            meta[key] = None
            warn.append(f"{origin} '{key}' should be text, got a {type(value).__name__}; ignored")
        elif not _is_unicode(str(value)):
            meta[key] = None
            warn.append(f"{origin} '{key}' is not valid Unicode (lone surrogate); ignored")
        else:
            meta[key] = str(value).strip() or None
    return meta


def _is_unicode(text: str) -> bool:
    """False when ``text`` holds lone surrogates (JSON allows ``\\ud800``; UTF-8 does not)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _split_front_matter(text: str, warn: list[str]) -> tuple[dict[str, str | None], str]:
    """(metadata, body) of a .txt/.md text; problems are appended to ``warn``."""
    empty = dict.fromkeys(META_KEYS)
    if not re.match(r"---[ \t]*(?:\n|\Z)", text):
        return empty, text
    match = _FRONT_MATTER.match(text)
    if match is None:
        warn.append("front matter not closed (no second '---' line); read the whole file as text")
        return empty, text
    try:
        raw = yaml.safe_load(match.group(1))
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        where = f", line {mark.line + 2}" if mark is not None else ""
        problem = getattr(err, "problem", None) or "invalid YAML"
        warn.append(f"front matter is not valid YAML ({problem}{where}); read the whole file as text")
        return empty, text
    except (ValueError, RecursionError) as err:
        warn.append(f"front matter is not valid YAML ({err}); read the whole file as text")
        return empty, text
    if raw is None:
        raw = {}
    if not isinstance(raw, dict):
        warn.append("front matter is not a YAML mapping of key: value; read the whole file as text")
        return empty, text
    unknown = sorted(str(k) for k in raw if k not in META_KEYS)
    if unknown:
        names = ", ".join(repr(k) for k in unknown)
        warn.append(f"unknown front-matter key{'s' if len(unknown) > 1 else ''} {names} ignored "
                    f"(known keys: {', '.join(META_KEYS)})")
    return _metadata(raw, "front matter", warn), text[match.end():]


def _document(doc_id: str, path: str, text: str, meta: dict[str, str | None]) -> Document:
    return Document(id=doc_id, path=path, text=text, sha256=_sha256(text), **meta)


def _sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


# --------------------------------------------------------------------------------------------
# One file to documents


def _read_text_file(display: str, fs: Path, max_bytes: int) -> tuple[Document, list[str]]:
    """A .txt/.md file as a Document plus its warnings; raises ``_Unreadable``."""
    warn: list[str] = []
    text, encoding = _decode(_read_bytes(fs, max_bytes))
    if encoding is not None:
        warn.append(encoding)
    _check_text(text)
    meta, body = _split_front_matter(text, warn)
    _check_text(body, empty="empty file (front matter only, no body)")
    return _document(Path(display).stem, display, body, meta), warn


_JSON_TYPES = {dict: "an object", list: "an array", str: "a string", int: "a number",
               float: "a number", bool: "true/false", type(None): "null"}


def _jsonl_document(line: str, display: str, lineno: int) -> tuple[Document, list[str]]:
    """One JSONL line as a Document plus its warnings; raises ``_Unreadable``."""
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as err:
        raise _Unreadable(f"not valid JSON ({err.msg} at column {err.colno})") from None
    except (ValueError, RecursionError) as err:
        raise _Unreadable(f"not valid JSON ({err})") from None
    if not isinstance(obj, dict):
        raise _Unreadable(f"not a JSON object (got {_JSON_TYPES.get(type(obj), 'a value')})")
    fields = {}
    for key in ("id", "text"):
        value = obj.get(key)
        if isinstance(value, int) and not isinstance(value, bool) and key == "id":
            value = str(value)
        if value is None:
            raise _Unreadable(f"missing '{key}'")
        if not isinstance(value, str):
            raise _Unreadable(f"'{key}' must be a string, got {_JSON_TYPES.get(type(value), 'a value')}")
        if not value.strip():
            raise _Unreadable(f"empty '{key}'")
        if not _is_unicode(value):
            raise _Unreadable(f"'{key}' is not valid Unicode (lone surrogate)")
        fields[key] = value
    text = _normalise_newlines(fields["text"])
    _check_text(text)
    warn: list[str] = []
    meta = _metadata(obj, "JSON field", warn)
    return _document(fields["id"], f"{display}:{lineno}", text, meta), warn


def _read_jsonl(display: str, fs: Path, max_bytes: int, out: _Collector) -> None:
    text, encoding = _decode(_read_bytes(fs, max_bytes))
    if not text.strip():
        raise _Unreadable("empty file")
    if encoding is not None:
        out.warnings.append((display, 0, encoding))
    # split on LF only: a raw U+2028 is legal inside a JSON string and must not end a line
    for lineno, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            doc, warn = _jsonl_document(line, display, lineno)
        except _Unreadable as err:
            out.skipped.append((display, lineno, f"line {lineno}: {err}"))
        else:
            out.candidates.append(((display, lineno), doc, warn))


# --------------------------------------------------------------------------------------------
# Folders and arguments


@dataclass
class _Collector:
    """Mutable scratch space of one ``load_corpus`` call; entries are (file, line, reason)."""

    candidates: list[tuple[tuple[str, int], Document, list[str]]]
    skipped: list[tuple[str, int, str]]
    warnings: list[tuple[str, int, str]]


def _is_junk(name: str) -> bool:
    lower = name.lower()
    return name.startswith(".") or lower in JUNK_NAMES or lower.endswith(JUNK_SUFFIXES)


def _walk(root: Path, out: _Collector) -> list[tuple[str, Path]]:
    """Every non-hidden, non-junk file under ``root`` as (display path, path), sorted."""
    root_real = root.resolve()
    visited = {root_real}
    found: list[tuple[str, Path]] = []

    def visit(folder: Path) -> None:
        try:
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError as err:
            out.skipped.append((str(folder), 0, f"cannot read folder ({err.strerror or err})"))
            return
        for entry in entries:
            path = folder / entry.name
            if _is_junk(entry.name):
                continue
            try:
                if entry.is_symlink():
                    target = path.resolve()
                    if not target.exists():
                        out.skipped.append((str(path), 0, "broken symlink"))
                        continue
                    if not target.is_relative_to(root_real):
                        out.skipped.append((str(path), 0, "symlink leaves the corpus folder"))
                        continue
                is_dir = entry.is_dir()
            except (OSError, RuntimeError) as err:  # RuntimeError: a symlink loop on Python 3.11
                out.skipped.append((str(path), 0, f"cannot read ({err})"))
                continue
            if not is_dir:
                found.append((str(path), path))
                continue
            real = path.resolve()
            if real in visited:
                out.skipped.append((str(path), 0, "folder already read through another path (symlink)"))
                continue
            visited.add(real)
            visit(path)

    visit(root)
    return found


def _read_file(display: str, fs: Path, max_bytes: int, out: _Collector) -> None:
    suffix = fs.suffix.lower()
    try:
        if suffix == ".jsonl":
            _read_jsonl(display, fs, max_bytes, out)
        elif suffix in CORPUS_SUFFIXES:
            doc, warn = _read_text_file(display, fs, max_bytes)
            out.candidates.append(((display, 0), doc, warn))
        else:
            kind = f"type {suffix}" if suffix else "type (no extension)"
            out.skipped.append((display, 0, f"unsupported file {kind} {_UNSUPPORTED}"))
    except _Unreadable as err:
        out.skipped.append((display, 0, str(err)))


def _entry(file: str, line: int, reason: str) -> Skipped:
    return Skipped(f"{file}:{line}" if line else file, reason)


def load_corpus(paths: Iterable[str | Path], *, max_bytes: int = 50_000_000) -> Corpus:
    """Read folders and files into a ``Corpus``; see the module docstring for the rules.

    Raises ``InputError`` only when no document at all could be read.
    """
    if isinstance(paths, (str, Path)):
        paths = [paths]  # one path, not an iterable of characters
    args = sorted({str(Path(p)) for p in paths})
    if not args:
        raise InputError("no corpus given", hint="name a folder of .txt/.md files or a .jsonl file")
    out = _Collector([], [], [])
    files: dict[str, Path] = {}
    missing = []
    for arg in args:
        path = Path(arg)
        if path.is_dir():
            files.update(_walk(path, out))
        elif path.exists():
            files[arg] = path
        else:
            missing.append(arg)
            out.skipped.append((arg, 0, "no such file or folder"))
    for display in sorted(files):
        _read_file(display, files[display], max_bytes, out)

    documents: dict[str, Document] = {}
    for (file, line), doc, warn in sorted(out.candidates, key=lambda c: c[0]):
        if doc.id in documents:
            first = documents[doc.id].path
            out.skipped.append((file, line, f"duplicate document id {doc.id!r} (already read from {first})"))
            continue
        documents[doc.id] = doc
        out.warnings.extend((file, line, w) for w in warn)

    skipped = tuple(_entry(*s) for s in sorted(out.skipped))
    if not documents:
        raise _nothing_read(args, missing, skipped)
    return Corpus(
        documents=tuple(documents[k] for k in sorted(documents)),
        skipped=skipped,
        warnings=tuple(_entry(*w) for w in sorted(out.warnings)),
    )


def _nothing_read(args: list[str], missing: list[str], skipped: tuple[Skipped, ...]) -> InputError:
    hint = ("verify reads .txt/.md files (UTF-8, optional YAML front matter) and .jsonl files "
            "with 'id' and 'text' on each line")
    if len(missing) == len(args):
        return InputError(f"no such file or folder: {', '.join(missing)}", hint="check the path; " + hint)
    where = ", ".join(args)
    if not skipped:
        return InputError(f"nothing to read in {where}: no .txt, .md or .jsonl files found", hint=hint)
    listed = "; ".join(f"{s.path}: {s.reason}" for s in skipped[:5])
    more = f"; and {len(skipped) - 5} more" if len(skipped) > 5 else ""
    count = f"{len(skipped)} input{'s' if len(skipped) != 1 else ''}"
    return InputError(f"no document could be read from {where}: {count} skipped ({listed}{more})", hint=hint)


# --------------------------------------------------------------------------------------------
# Editor mode: one draft


class _HTMLText(HTMLParser):
    """Visible text of an HTML page: script/style dropped, block elements become paragraph breaks."""

    SKIP = frozenset({"script", "style", "noscript", "template", "svg"})
    BLOCK = frozenset({
        "p", "div", "section", "article", "header", "footer", "main", "aside", "nav", "blockquote",
        "pre", "ul", "ol", "li", "dl", "dt", "dd", "table", "tr", "h1", "h2", "h3", "h4", "h5", "h6",
        "hr", "figure", "figcaption", "form", "body", "html",
    })

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.title: list[str] = []
        self.skip = 0
        self.in_title = False
        self.pre = 0

    def handle_starttag(self, tag: str, attrs: Any) -> None:
        if tag in self.SKIP:
            self.skip += 1
        elif tag == "title":
            self.in_title = True
        self.pre += tag == "pre"
        self._breaks(tag)

    def handle_startendtag(self, tag: str, attrs: Any) -> None:
        self._breaks(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in self.SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag == "title":
            self.in_title = False
        self.pre = max(0, self.pre - (tag == "pre"))
        self._breaks(tag)

    def _breaks(self, tag: str) -> None:
        if tag == "br":
            self.parts.append("\n")
        elif tag in self.BLOCK:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if self.skip:
            return
        if self.in_title:
            self.title.append(data)
        elif self.pre:
            self.parts.append(data)
        else:
            self.parts.append(re.sub(r"\s+", " ", data))


def html_to_text(html: str) -> tuple[str | None, str]:
    """(title, visible text) of an HTML document, paragraphs separated by one blank line."""
    parser = _HTMLText()
    parser.feed(html)
    parser.close()
    lines = [line.strip() for line in "".join(parser.parts).replace("\xa0", " ").split("\n")]
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
    title = re.sub(r"\s+", " ", "".join(parser.title)).strip() or None
    return title, text


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
            return _read_text_file(str(draft), draft, max_bytes)[0]
        text, _ = _decode(_read_bytes(draft, max_bytes))
        title, body = html_to_text(text)
        _check_text(body, empty="empty file (no visible text in the HTML)")
    except _Unreadable as err:
        raise InputError(f"cannot read draft {draft}: {err}", hint=hint) from None
    return _document(draft.stem, str(draft), body, {**dict.fromkeys(META_KEYS), "title": title})
