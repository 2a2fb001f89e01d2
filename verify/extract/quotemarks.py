"""Where the quotations of a text are: between quotation marks of every kind, in quoted blocks and
in embedded posts.

- Marks: curly and straight, double and single (“…”, "…", ‘…’, '…'), guillemets («…») and low-high
  („…“). A curly or straight double quotation whose closing mark is left off runs to the end of its
  paragraph, as news copy does when the quotation goes on in the next one (which reopens it); a
  single one must close in its paragraph. A single mark opens only after a space, a bracket, a dash
  or a colon and before a word, and closes only before a space or punctuation, so the apostrophes
  of "don't", "Gaza's", "officials'" and "'90s" are never quotation marks.
- Quoted blocks (lines starting with ">"), embedded posts (a line that carries a post's link,
  "pic.twitter.com/…", or its signature, "— Name (@handle) March 3, 2021") and a line followed by
  a byline ("— Name, regional director") are quotations without marks: their words up to the link
  or the signature, the signature or the byline naming the speaker (``sourcing.posts`` in the
  rules). A label before a post ("[Embedded tweet]") is not its words.

``find_quotations`` hands on ``Quotation`` records (offsets of the words, marks excluded); the
quote extractor (``verify.extract.quotes``) finds their speakers.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

#: Opening mark -> the marks that close it.
_CLOSERS = {"“": "”", '"': '"', "‘": "’", "'": "'", "«": "»", "„": "“”"}
#: Quotations that may run to the end of a paragraph unclosed.
_RUN_ON = frozenset('“"«„')
_SINGLE = frozenset("‘'")
_OPEN_AFTER = "([{—–-:/"


@dataclass(frozen=True)
class Quotation:
    """The words of one quotation, marks excluded: ``start``, ``end`` (offsets in the text),
    ``form`` (``marks``, ``block``: a quoted block or a line with a byline, or ``post``: an embedded
    post) and ``speaker`` (whom a post's signature or a byline names)."""

    start: int
    end: int
    form: str = "marks"
    speaker: str | None = None


def _around(text: str, i: int) -> tuple[str, str]:
    return (text[i - 1] if i > 0 else " "), (text[i + 1] if i + 1 < len(text) else " ")


def _opens(text: str, i: int) -> bool:
    before, after = _around(text, i)
    if text[i] not in _SINGLE:
        return True
    return (before.isspace() or before in _OPEN_AFTER) and (after.isalnum() or after in "[…")


def _closes(text: str, i: int, opener: str) -> bool:
    before, after = _around(text, i)
    if opener not in _SINGLE:
        return True
    return not before.isspace() and not after.isalnum()


def find_marked(paragraph: str) -> Iterator[tuple[int, int]]:
    """(start, end) of the words of each quotation in quotation marks in one paragraph."""
    i, n = 0, len(paragraph)
    while i < n:
        mark = paragraph[i]
        if mark not in _CLOSERS or not _opens(paragraph, i):
            i += 1
            continue
        closers = _CLOSERS[mark]
        close = next((j for j in range(i + 2, n) if paragraph[j] in closers and _closes(paragraph, j, mark)), -1)
        if close == -1:
            if mark not in _RUN_ON:
                i += 1
                continue
            close = n
        yield i + 1, close
        i = close + 1


def find_quotations(
    text: str,
    signatures: Sequence[re.Pattern[str]] = (),
    links: Sequence[re.Pattern[str]] = (),
    labels: Sequence[re.Pattern[str]] = (),
    bylines: Sequence[re.Pattern[str]] = (),
) -> Iterator[Quotation]:
    """Every quotation of ``text`` in order: marked ones per paragraph (line), quoted blocks and
    embedded posts whole, and a line followed by a byline ("— Name, title") as a block by that
    speaker. ``signatures``, ``links``, ``labels``, ``bylines``: the rules' ``sourcing.posts`` patterns."""
    lines: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        lines.append((pos, pos + len(line)))
        pos += len(line) + 1
    k = 0
    while k < len(lines):
        start, end = lines[k]
        line = text[start:end]
        if line.lstrip().startswith(">"):
            block = []
            while k < len(lines) and text[lines[k][0] : lines[k][1]].lstrip().startswith(">"):
                s, e = lines[k]
                body = text[s:e].lstrip()[1:].lstrip()
                block.append((e - len(body), e))
                k += 1
            yield from _post(text, block, signatures, links, labels, bylines)
            continue
        if any(p.search(line) for p in signatures) or any(p.search(line) for p in links):
            yield from _post(text, [lines[k]], signatures, links, labels, bylines)
        elif (
            k + 1 < len(lines)
            and line.strip()
            and not _byline(line, bylines)
            and _byline(text[lines[k + 1][0] : lines[k + 1][1]], bylines)
        ):
            yield from _post(text, [lines[k], lines[k + 1]], signatures, links, labels, bylines)
            k += 1
        else:
            for s, e in find_marked(line):
                yield Quotation(start + s, start + e)
        k += 1


def _byline(line: str, bylines: Sequence[re.Pattern[str]]) -> re.Match[str] | None:
    """The match of a line that only names who said the words above it ("— Name, title")."""
    stripped = line.strip()
    return next((m for p in bylines if (m := p.fullmatch(stripped))), None)


def _speaker(found: re.Match[str]) -> str | None:
    named = found.groupdict().get("speaker")
    return " ".join(named.split()) if named else None


def _post(
    text: str,
    lines: list[tuple[int, int]],
    signatures: Sequence[re.Pattern[str]],
    links: Sequence[re.Pattern[str]],
    labels: Sequence[re.Pattern[str]],
    bylines: Sequence[re.Pattern[str]],
) -> Iterator[Quotation]:
    """A quoted block or an embedded post: each line's words before the link or the signature; a
    byline line names the speaker."""
    speaker, posted = None, False
    body = []
    for start, end in lines:
        while start < end and text[start].isspace():
            start += 1
        for label in labels:
            found = label.match(text[start:end])
            if found:
                start += found.end()
        signed = next((m for p in signatures if (m := p.search(text[start:end]))), None)
        if signed is not None:
            speaker, posted = speaker or _speaker(signed), True
            end = start + signed.start()
        elif (byline := _byline(text[start:end], bylines)) is not None:
            speaker = speaker or _speaker(byline)
            continue
        for link in links:
            linked = link.search(text[start:end])
            if linked:
                end = start + linked.start()
        if text[start:end].strip():
            body.append((start, end))
    for start, end in body:
        marked = list(find_marked(text[start:end]))
        if len(marked) == 1 and not text[start : start + marked[0][0] - 1].strip():
            start, end = start + marked[0][0], start + marked[0][1]  # a block in its own marks
        yield Quotation(start, end, "post" if posted else "block", speaker)
