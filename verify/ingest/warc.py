"""Web archives (.warc, .warc.gz) to documents, streamed one record at a time.

``read_warc`` adds one document per captured HTML page to the collector. The archive is never held
in memory: warcio reads it record by record, and only the current page's bytes (at most
``max_bytes``) are held while its text is extracted.

- Records are numbered from 1 in archive order, every record counted (warcinfo and request
  records too). A page's id is ``<archive name without .warc/.warc.gz>:<n>`` and its path
  ``archive.warc.gz#record-<n>``: both stable for a given archive (WARC files are written once),
  unique even when one address was captured twice, and the number is the one a reader finds by
  counting records (``warcio index`` lists them in this order).
- A page is a ``response`` record with HTTP content type ``text/html`` or
  ``application/xhtml+xml``, or a ``resource`` record of those types, or either with no type whose
  bytes open like HTML. Its ``url`` is the WARC-Target-URI, ``captured`` its WARC-Date; the rest
  is read from the page as for a saved .html file (``htmlfile``).
- A page that cannot be read is listed in ``skipped`` as ``archive.warc.gz#record-7`` with the
  reason: an HTTP error status, truncated, too large, undecodable content, no main text.
- Records that are not pages (images, scripts, style sheets, redirects, revisits of an earlier
  capture) are counted in one warning for the archive; warcinfo, request and metadata records,
  which hold no captured content, are passed over. An archive with no page at all is skipped.
- A damaged archive (corrupt gzip, a record header that is not WARC) keeps every page before the
  damage; the damage is listed in ``skipped`` at the record where reading stopped.
"""

from __future__ import annotations

import re
import zlib
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from warcio.archiveiterator import ArchiveIterator  # type: ignore[import-untyped]
from warcio.bufferedreaders import ChunkedDataException  # type: ignore[import-untyped]
from warcio.exceptions import ArchiveLoadFailed  # type: ignore[import-untyped]
from warcio.recordloader import StatusAndHeadersParserException  # type: ignore[import-untyped]

from .decode import Unreadable
from .htmlfile import decode_html, html_document
from .pagemeta import normalise_moment
from .walk import record_path

if TYPE_CHECKING:
    from .corpus import Collector

HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
_CONTENT = frozenset({"response", "resource", "revisit"})  # records that hold (or point at) a capture
_LOOKS_HTML = re.compile(rb"\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)[\s>]", re.IGNORECASE | re.DOTALL)
_DAMAGE = (ArchiveLoadFailed, StatusAndHeadersParserException, zlib.error, EOFError, OSError, ValueError)


def archive_stem(name: str) -> str:
    """The archive's name without .warc or .warc.gz: the first part of its documents' ids."""
    lower = name.lower()
    for suffix in (".warc.gz", ".warc"):
        if lower.endswith(suffix):
            return name[: -len(suffix)]
    return name


class _Damaged(Exception):
    """The archive cannot be read on from here; the message says why."""


def read_warc(display: str, fs: Path, max_bytes: int, out: Collector) -> None:
    """Add the pages of a web archive to ``out``; raises ``Unreadable`` when it is not an archive.

    ``max_bytes`` bounds one record's page, not the archive.
    """
    try:
        if fs.stat().st_size == 0:
            raise Unreadable("empty file")
        stream = fs.open("rb")
    except OSError as err:
        raise Unreadable(f"cannot read file ({err.strerror or err})") from None
    stem = archive_stem(Path(display).name)
    not_pages: Counter[str] = Counter()
    number = listed = 0  # records seen; pages read or skipped
    with stream:
        try:
            for record in _records(stream, compressed=fs.name.lower().endswith(".gz")):
                number += 1
                if record.rec_type in _CONTENT:
                    listed += _read_record(record, display, f"{stem}:{number}", number, max_bytes, out, not_pages)
        except _Damaged as err:
            if number == 0:
                raise Unreadable(f"not a WARC archive ({err})") from None
            reason = f"archive damaged here ({err}); the rest of the archive was not read"
            out.skipped.append((display, number + 1, reason))
            listed += 1
    if listed == 0:
        found = _not_pages(not_pages) if not_pages else f"{number} record{'s' if number != 1 else ''}, none a capture"
        raise Unreadable(f"no web page in the archive ({found})")
    if not_pages:
        out.warnings.append((display, 0, _not_pages(not_pages)))


def _records(stream: BinaryIO, *, compressed: bool) -> Iterator[Any]:
    """The archive's WARC records one at a time; raises ``_Damaged`` where it cannot go on."""
    records = iter(ArchiveIterator(stream))
    while True:
        try:
            record = next(records)
        except StopIteration:
            return
        except _DAMAGE as err:
            raise _Damaged(_damage(err, compressed=compressed)) from None
        if record.format != "warc":
            # warcio also reads the older ARC format, and takes any line of text for an ARC header
            raise _Damaged("no WARC record header where one should start")
        yield record


def _read_record(
    record: Any, display: str, doc_id: str, number: int, max_bytes: int, out: Collector, not_pages: Counter[str]
) -> int:
    """Add one record's page to ``out`` (or its reason to ``out.skipped``): 1; 0 for no page."""
    try:
        page = _page(record, max_bytes, not_pages)
        if page is None:
            return 0
        doc = html_document(
            doc_id,
            record_path(display, number),
            page[0],
            url=_header(record, "WARC-Target-URI"),
            captured=normalise_moment(_header(record, "WARC-Date") or ""),
        )
    except Unreadable as err:
        out.skipped.append((display, number, str(err)))
    else:
        out.candidates.append(((display, number), doc, [page[1]] if page[1] else []))
    return 1


def _header(record: Any, name: str) -> str | None:
    value = record.rec_headers.get_header(name)
    return value.strip() if value else None


def _page(record: Any, max_bytes: int, not_pages: Counter[str]) -> tuple[str, str | None] | None:
    """(decoded HTML, warning) of a page record; None, counted, for a record that is no page.

    Raises ``Unreadable`` for a page that cannot be read.
    """
    if record.rec_type == "revisit":
        not_pages["revisit of an earlier capture"] += 1
        return None
    http = record.http_headers if record.rec_type == "response" else None
    content_type = (http.get_header("Content-Type") if http else _header(record, "Content-Type")) or ""
    mime = content_type.split(";")[0].strip().lower()
    status = http.get_statuscode() if http else "200"
    if status.startswith("3"):
        not_pages["redirect"] += 1
        return None
    if mime and mime not in HTML_TYPES:
        not_pages[mime] += 1
        return None
    if not status.startswith("2"):
        phrase = (http.statusline if http else status).strip()
        raise Unreadable(f"HTTP error {phrase}: an error page, not an article")
    if record.length is not None and record.length > max_bytes:
        raise Unreadable(f"record too large ({record.length:,} bytes; the limit is {max_bytes:,} bytes)")
    try:
        data = record.content_stream().read(max_bytes + 1)
        record.raw_stream.read()  # to the record's end: what is left of its length is what is missing
    except (zlib.error, ChunkedDataException, OSError, ValueError, EOFError) as err:
        raise Unreadable(f"cannot decode the page's content ({_damage(err, compressed=False)})") from None
    if getattr(record.raw_stream, "limit", 0):
        raise Unreadable(f"record truncated: the archive ends {record.raw_stream.limit:,} bytes before the record does")
    if len(data) > max_bytes:
        raise Unreadable(f"page too large (over {max_bytes:,} bytes decoded)")
    if not data.strip():
        raise Unreadable("empty page (the record holds no content)")
    if not mime and not _LOOKS_HTML.match(data[:4096]):
        not_pages["no content type, not HTML"] += 1
        return None
    return decode_html(data, _charset(content_type))


def _charset(content_type: str) -> str | None:
    match = re.search(r"charset\s*=\s*[\"']?([\w.:-]+)", content_type, re.IGNORECASE)
    return match.group(1) if match else None


def _damage(err: BaseException, *, compressed: bool) -> str:
    """A short reason for a damaged archive: the exception's kind and the start of its message."""
    if isinstance(err, zlib.error):
        return f"corrupt compressed data: {err}"
    if isinstance(err, ArchiveLoadFailed):
        # warcio reads on past gzip data it cannot inflate, and then finds no record header
        return ("corrupt gzip data or " if compressed else "") + "no WARC record header where one should start"
    if isinstance(err, EOFError):
        return "the file ends inside compressed data"
    message = " ".join(str(err).split())
    message = "".join(ch for ch in message if ch.isprintable())[:80]
    return f"{type(err).__name__}: {message}" if message else type(err).__name__


def _not_pages(counts: Counter[str]) -> str:
    total = sum(counts.values())
    shown = counts.most_common(5)
    listed = ", ".join(f"{n} {kind}" for kind, n in shown)
    rest = total - sum(n for _, n in shown)
    more = f", {rest} other" if rest else ""
    return f"{total} captured record{'s' if total != 1 else ''} not a web page, not read ({listed}{more})"
