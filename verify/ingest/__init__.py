"""Ingest: read a corpus of news articles into ``Document`` records, and say what was not read.

``load_corpus(paths)`` takes folders and files and hands on a ``Corpus``: the documents (sorted by
id), every input that was not read with a specific reason (``skipped``), and documents that were read
but had something ignored (``warnings``). One bad file never stops the run; ``InputError`` is raised
only when nothing at all could be read. ``read_draft(path)`` reads one .txt/.md/.html file for editor
mode and raises ``InputError`` instead of skipping.

What is read, and how:
- Folders are walked recursively in sorted order. Files ending .txt, .md, .markdown, .jsonl, .html,
  .htm, .warc, .warc.gz (any case) are read. Hidden files and folders (name starting with ``.``) are ignored silently, as is obvious
  junk: editor backups (name ending ``~``, ``.swp``, ``.swo``, ``.bak``, ``.tmp``, ``.orig``),
  ``__pycache__``/``.pyc`` and OS metadata (``Thumbs.db``, ``desktop.ini``). Every other file is listed
  in ``skipped`` as "unsupported file type .pdf (expected .txt, .md, .jsonl, .html or .warc)". A
  file named directly as an argument is always considered, hidden or not. A folder ``NAME_files``
  beside a page ``NAME.html`` (what "Save page as, complete" writes: the page's images, scripts,
  styles and ad frames) is not walked. verify's own outputs are never read: in a folder holding
  verify's manifest (``.verify-outputs.json``), the files it lists are left out.
- A symlink found inside a folder argument is followed only if its target resolves inside that
  folder; otherwise it is skipped ("symlink leaves the corpus folder"). Nothing is fetched from the
  network.
- Bytes are decoded as UTF-8 (a UTF-8 BOM is stripped; UTF-16/32 BOMs are honoured); failing that as
  cp1252 when it decodes cleanly, else latin-1, with a warning naming the encoding assumed. Binary
  files (magic numbers of PDF, PNG, GIF, JPEG, ZIP; NUL bytes; many control characters) are skipped.
- Line endings are normalised: CRLF and lone CR become LF in ``Document.text``, so every character
  offset downstream refers to the normalised text. This applies to JSONL texts too.
- .txt/.md may open with YAML front matter between a first line ``---`` and a closing ``---`` line;
  keys ``title``, ``source``, ``published`` (ISO date, or a datetime kept to the minute),
  ``url``. Unknown keys and unparseable dates are ignored with a warning. Front matter that is not
  closed, not valid YAML or not a mapping is treated as absent (warning): the whole text is the body.
  The body is kept exactly as decoded; with no title in front matter, the first line is the title
  when it reads as a headline (a line of its own, at most 25 words, not ending like a sentence).
- .jsonl: one object per line with ``id`` and ``text`` (optional ``title``, ``source``,
  ``published``, ``url``); other keys are ignored and never stored. Blank lines are ignored; a bad
  line is skipped as ``file.jsonl:LINE`` and the good lines are kept. ``Document.path`` is
  ``file.jsonl:LINE``. The file is streamed line by line: its size has no limit, a line over
  ``max_bytes`` is skipped (and never held whole).
- .html/.htm (a saved web page): the page's main text becomes ``Document.text`` — headline,
  standfirst, photo captions and body in reading order, one blank line between blocks, list items
  and table rows one a line — with navigation, cookie banners, ads, "related stories", comments,
  share bars, newsletter boxes, the byline and the date line dropped (trafilatura; ``page``).
  Bytes are decoded with the charset of a byte-order mark, else a ``<meta charset>``, else as
  above. The id is the file's stem. Metadata from the page's markup (``pagemeta``): ``title``,
  ``source`` (og:site_name or the publisher; else the address's host), ``canonical_url``
  (``<link rel=canonical>``, og:url), ``url`` (the browser's "saved from url" mark, else the
  canonical address), ``published`` and ``modified`` (schema.org/OpenGraph dates to the minute
  with their UTC offset, else htmldate's day; ``published_from="html"`` when there is one),
  ``author``. A page with no main text (a section front, a list of links) is skipped: "no main
  text".
- .warc/.warc.gz (a web archive, streamed record by record; ``max_bytes`` bounds one page, not the
  archive): every captured HTML page (a response or resource record of type text/html or
  application/xhtml+xml) is a document read as a saved page, with ``url`` the record's
  WARC-Target-URI and ``captured`` its WARC-Date. Records are numbered from 1 in archive order,
  every record counted; a page's id is ``ARCHIVE:N`` (the archive's name without .warc/.warc.gz)
  and its path ``ARCHIVE.warc.gz#record-N``, which is also how a page that cannot be read is listed
  in ``skipped`` (HTTP error status, truncated record, too large, undecodable content, no main
  text). Records that are not pages (images, scripts, styles, redirects, revisits) are counted in
  one warning for the archive. Damage (corrupt gzip, a broken record header) keeps every page
  before it and is listed at the record where reading stopped; an archive with no page is skipped.
- Empty or whitespace-only files, texts without any letter, and documents over ``max_bytes``
  (``limits.max_document_mb`` in the rules, ``--max-document-mb``) are skipped.
- A repeated document id keeps the first in sorted path order (JSONL lines in line order).
- The result does not depend on argument order.

Every document is then dated (``published``, ``published_from``, ``modified``): front matter, then
a day in its address, then the page's own stamps, then an HTML reader's metadata; see
``verify.ingest.published``.

The package, one module per step: ``walk`` (folders to files), ``decode`` (bytes to text),
``frontmatter`` (metadata), ``textfile`` (.txt/.md to a document), ``jsonl`` (.jsonl lines to
documents), ``htmlfile`` (a saved page to a document), ``page`` (a page's main text), ``pagemeta``
(a page's metadata), ``warc`` (an archive's pages to documents), ``stamps`` and ``published``
(publication time), ``corpus`` (``load_corpus``), ``html`` and ``draft`` (editor mode: a draft's HTML
keeps all its text, see ``html``).
"""

from .corpus import Corpus, load_corpus
from .decode import decode_bytes
from .draft import read_draft
from .frontmatter import normalise_date, split_front_matter
from .html import html_to_text

__all__ = [
    "Corpus",
    "load_corpus",
    "read_draft",
    "normalise_date",
    "html_to_text",
    "decode_bytes",
    "split_front_matter",
]
