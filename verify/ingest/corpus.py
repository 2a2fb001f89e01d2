"""Folders and files to a ``Corpus``: the documents read, and every input not read with its reason.

``load_corpus`` walks the arguments, reads each file (.txt/.md/.markdown through ``textfile``,
.jsonl through ``jsonl``, .html/.htm through ``htmlfile``, .warc/.warc.gz through ``warc``), drops repeated document ids (the first in sorted path order wins) and
hands on a ``Corpus``. ``InputError`` is raised only when nothing at all could be read.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError
from ..models import Corpus, Document, Skipped
from ..rules import RuleSet, load_rules
from .decode import Unreadable
from .jsonl import read_jsonl
from .published import date_documents
from .textfile import read_text_file
from .walk import ARCHIVE_SUFFIXES, is_archive, record_path, walk

TEXT_SUFFIXES = (".txt", ".md", ".markdown")
HTML_SUFFIXES = (".html", ".htm")
CORPUS_SUFFIXES = (*TEXT_SUFFIXES, ".jsonl", *HTML_SUFFIXES, *ARCHIVE_SUFFIXES)
_UNSUPPORTED = "(expected .txt, .md, .jsonl, .html or .warc)"


@dataclass
class Collector:
    """Mutable scratch space of one ``load_corpus`` call; entries are (file, line, reason).

    candidates: ((file, line), document, warnings) for every document read, before duplicate ids
        are dropped; line is 0 for a .txt/.md/.html file, the record number in a web archive.
    """

    candidates: list[tuple[tuple[str, int], Document, list[str]]]
    skipped: list[tuple[str, int, str]]
    warnings: list[tuple[str, int, str]]


def _read_file(display: str, fs: Path, max_bytes: int, out: Collector) -> None:
    suffix = fs.suffix.lower()
    # the web readers import trafilatura, htmldate and warcio (0.4 s together): only when needed
    try:
        if is_archive(fs.name):
            from .warc import read_warc

            read_warc(display, fs, max_bytes, out)
        elif suffix == ".jsonl":
            read_jsonl(display, fs, max_bytes, out)
        elif suffix in HTML_SUFFIXES:
            from .htmlfile import read_html_file

            out.candidates.append(((display, 0), *read_html_file(display, fs, max_bytes)))
        elif suffix in TEXT_SUFFIXES:
            doc, warn = read_text_file(display, fs, max_bytes)
            out.candidates.append(((display, 0), doc, warn))
        else:
            kind = f"type {suffix}" if suffix else "type (no extension)"
            out.skipped.append((display, 0, f"unsupported file {kind} {_UNSUPPORTED}"))
    except Unreadable as err:
        out.skipped.append((display, 0, str(err)))


def _entry(file: str, line: int, reason: str) -> Skipped:
    if not line:
        return Skipped(file, reason)
    return Skipped(record_path(file, line) if is_archive(file) else f"{file}:{line}", reason)


def load_corpus(paths: Iterable[str | Path], *, max_bytes: int | None = None, rules: RuleSet | None = None) -> Corpus:
    """Read folders and files into a ``Corpus``; see the ``verify.ingest`` docstring for the rules.

    ``rules`` (default: the shipped rule set) give the words publication dates are read with
    (``time`` in the rules, see ``verify.ingest.published``) and the size of the largest document
    read (``limits.max_document_mb``; ``max_bytes`` overrides it). Raises ``InputError`` only when
    no document at all could be read.
    """
    if rules is None:
        rules = load_rules()
    if max_bytes is None:
        max_bytes = int(rules.limits.max_document_mb * 1_000_000)
    if isinstance(paths, (str, Path)):
        paths = [paths]  # one path, not an iterable of characters
    args = sorted({str(Path(p)) for p in paths})
    if not args:
        raise InputError(
            "no corpus given", hint="name a folder of .txt/.md/.html files, a .jsonl file or a .warc archive"
        )
    out = Collector([], [], [])
    files: dict[str, Path] = {}
    missing = []
    for arg in args:
        path = Path(arg)
        if path.is_dir():
            files.update(walk(path, out))
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
        documents=tuple(date_documents([documents[k] for k in sorted(documents)], rules)),
        skipped=skipped,
        warnings=tuple(_entry(*w) for w in sorted(out.warnings)),
    )


def _nothing_read(args: list[str], missing: list[str], skipped: tuple[Skipped, ...]) -> InputError:
    hint = (
        "verify reads .txt/.md files (UTF-8, optional YAML front matter), .jsonl files "
        "with 'id' and 'text' on each line, saved web pages (.html/.htm) and web archives (.warc/.warc.gz)"
    )
    if len(missing) == len(args):
        return InputError(f"no such file or folder: {', '.join(missing)}", hint="check the path; " + hint)
    where = ", ".join(args)
    if not skipped:
        return InputError(f"nothing to read in {where}: no .txt, .md, .jsonl, .html or .warc files found", hint=hint)
    listed = "; ".join(f"{s.path}: {s.reason}" for s in skipped[:5])
    more = f"; and {len(skipped) - 5} more" if len(skipped) > 5 else ""
    count = f"{len(skipped)} input{'s' if len(skipped) != 1 else ''}"
    return InputError(f"no document could be read from {where}: {count} skipped ({listed}{more})", hint=hint)
