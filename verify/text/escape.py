"""One escaping layer per output format: every string that comes from an input goes through here.

Document ids, titles, outlets, URLs, file names, sentences and skip reasons are input: a JSONL
``id`` may be any string, a file name may hold an escape sequence. Each renderer writes them only
through these functions:

- Markdown (report.md, check.md): ``escape_md`` for text (one line, CommonMark/GFM punctuation
  backslash-escaped, so no heading, raw HTML, link, image, emphasis or table cell can start inside
  it) and ``md_code`` for ids in code spans (a fence longer than any backtick run inside, pipes
  escaped in table cells, control characters shown as ``\\xNN``).
- CSV (claims.csv, findings.csv): ``csv_cell`` prefixes ``'`` to a cell starting with ``=``,
  ``+``, ``-``, ``@``, tab or carriage return, as the OWASP "CSV Injection" page advises, so a
  spreadsheet shows it as text instead of running it as a formula.
- Terminal (the run summary, ``verify check``'s output, error lines): ``escape_terminal`` shows
  control characters (ESC, CR, newline, C1 controls, bidirectional overrides) as visible escapes,
  so input cannot set the window title, clear the screen or reorder a line.

HTML is escaped in ``html.py`` with ``html.escape``; nothing here is HTML-specific.
"""

from __future__ import annotations

import re

__all__ = ["FORMULA_STARTS", "csv_cell", "escape_md", "escape_terminal", "md_code", "visible"]

# C0 controls, DEL and C1 controls (0x9b is CSI on some terminals), by code point.
_CONTROLS = [*range(0x20), 0x7F, *range(0x80, 0xA0)]
# Characters that reorder or hide text on display: bidirectional embeddings, overrides and isolates,
# and the line / paragraph separators (a line break to a terminal or a Markdown reader).
_LAYOUT = [0x061C, 0x200E, 0x200F, *range(0x202A, 0x202F), *range(0x2066, 0x206A), 0x2028, 0x2029]
_NAMED = {0x09: "\\t", 0x0A: "\\n", 0x0D: "\\r"}


def _shown(code: int) -> str:
    if code in _NAMED:
        return _NAMED[code]
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


_VISIBLE = str.maketrans({c: _shown(c) for c in _CONTROLS + _LAYOUT})


def visible(text: str) -> str:
    """``text`` with every control, bidi and line-separator character written as an escape
    (``\\n``, ``\\x1b``, ``\\u202e``): one line whose characters all show."""
    return text.translate(_VISIBLE)


def escape_terminal(text: object) -> str:
    """A string safe to print on one terminal line: see ``visible``."""
    return visible(str(text))


# --------------------------------------------------------------------------------------------
# Markdown

# Backslash-escapable punctuation that changes meaning somewhere in CommonMark/GFM text.
MD_SPECIAL = "\\`*_[]<>#|~&"
# After white space is folded (``str.split`` takes \t \n \r \x0b \x0c \x1c-\x1f \x85 and the
# Unicode separators), the controls left are written as escapes: a reader sees them, the file
# holds none. Bidirectional marks stay: right-to-left text needs them.
_MD_TABLE = str.maketrans(
    {**{c: "\\" + c for c in MD_SPECIAL}, **{c: _shown(c) for c in _CONTROLS if not chr(c).isspace()}}
)


def escape_md(text: str | None) -> str:
    """Input text as literal Markdown on one line: white space folded to single spaces, the
    punctuation in ``MD_SPECIAL`` backslash-escaped, control characters written as ``\\xNN``.

    Nothing in the result can open a heading, a block of HTML, a link or image (``[`` and ``<``
    are escaped), emphasis, a code span or a new table cell."""
    if text is None:
        return ""
    # split/join and translate: the same as regex substitutions, in a fraction of the time
    return " ".join(text.split()).translate(_MD_TABLE)


_BACKTICKS = re.compile(r"`+")


def md_code(text: str, *, table: bool = False) -> str:
    """``text`` (an id, a rule name) as one Markdown code span, whatever it holds.

    Control and line-separator characters are shown as escapes (a code span cannot hold a line
    break safely: a blank line would end the paragraph); the fence is one backtick longer than the
    longest run inside; inside a GFM table (``table=True``) ``|`` is escaped, which GFM undoes
    within the cell. Code spans show HTML and link syntax literally."""
    shown = visible(text)
    if table:
        shown = shown.replace("|", "\\|")
    longest = max((len(m) for m in _BACKTICKS.findall(shown)), default=0)
    fence = "`" * (longest + 1)
    # CommonMark strips one space from each end when both ends have one: pad so what is shown stays
    if shown[:1] == "`" or shown[-1:] == "`" or (shown[:1] == " " and shown[-1:] == " " and shown.strip()):
        shown = f" {shown} "
    return f"{fence}{shown or ' '}{fence}"


# --------------------------------------------------------------------------------------------
# CSV

#: A cell starting with one of these is read as a formula by Excel, LibreOffice and Google Sheets.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value: object) -> object:
    """A CSV cell that a spreadsheet shows as text: ``'`` before a string starting with one of
    ``FORMULA_STARTS`` (OWASP's advice); numbers and empty cells unchanged."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value
