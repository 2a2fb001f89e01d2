"""Web pages to text: the main text of a news page in reading order, its boilerplate dropped.

``read_page(html, url)`` hands on a ``Page``: the text and the page's metadata (``pagemeta``), or
None when the page has no main text. The text is the headline, standfirst, photo captions and body
in the page's order, one blank line between blocks, list items and table rows one a line (cells
joined by `` | ``), whitespace inside a block collapsed, ``<br>`` kept as a line break. That string
becomes ``Document.text`` as it is: claim offsets index it.

trafilatura finds the main text and drops navigation, cookie banners, "related stories", comment
sections, share bars, newsletter boxes and ads. Two things it drops that a fact-checker needs are
put back:

- photo captions: trafilatura drops ``<figure>`` captions with the images. Before extraction each
  ``<figure>`` becomes a plain block and its ``<figcaption>`` a paragraph, so a caption inside the
  article is kept where it stands, and one in a sidebar goes with the sidebar.
- the headline: when the ``<h1>`` sits above the block trafilatura picks as the article (a header
  band, a hero image), it is put first (the ``<h1>`` that matches the page's title).

The byline and the "Published ... Updated ..." line are dropped with the page furniture; what they
say is in the metadata (``author``, ``published``, ``modified``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lxml.etree import ParserError, XMLSyntaxError, _Element
from lxml.html import HtmlElement
from trafilatura import bare_extraction, load_html
from trafilatura.settings import Document as TrafilaturaDocument

from .pagemeta import PageMeta, read_meta

#: How trafilatura is asked to extract (measured against the alternatives in bench/bench_html.py):
#: readers' comments are not the outlet's claims; casualty tables are article text; images are
#: left out, their captions put back as paragraphs (see above); neither recall nor precision is
#: favoured (on the bench pages neither kept more of the articles).
INCLUDE_COMMENTS, INCLUDE_TABLES, INCLUDE_IMAGES = False, True, False
#: The fewest words a sentence must have for a page to have main text (see ``has_prose``).
PROSE_WORDS = 6
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*(?=\s|$)")
_BLOCKS = frozenset({"head", "p", "quote", "code", "list", "table", "item", "row", "note", "div"})
_SPACE = re.compile(r"\s+")
_BREAK = "\x00"  # stands for <br> while whitespace is collapsed; NUL never survives decoding


@dataclass(frozen=True)
class Page:
    """The text of a page and what its markup says about it."""

    text: str
    meta: PageMeta


def parse_html(html: str) -> HtmlElement | None:
    """The page as an lxml tree, or None when it is not HTML at all."""
    try:
        tree = load_html(html)
    except (ParserError, XMLSyntaxError, ValueError):
        return None
    return tree if isinstance(tree, HtmlElement) else None


def read_page(html: str, url: str | None = None) -> Page | None:
    """The main text and metadata of an HTML page; None when it has no main text.

    ``url`` is the address the page was captured from (a WARC record's target URI), when known.
    """
    tree = parse_html(html)
    if tree is None:
        return None
    meta = read_meta(tree, html, url)
    headline = _headline(tree, meta.title)
    _captions_as_paragraphs(tree)
    extracted = bare_extraction(
        tree, url=url, include_comments=INCLUDE_COMMENTS, include_tables=INCLUDE_TABLES, include_images=INCLUDE_IMAGES
    )
    if not isinstance(extracted, TrafilaturaDocument) or extracted.body is None:
        return None
    blocks = render_blocks(extracted.body)
    if not has_prose(blocks):
        return None
    if headline and not any(_norm(block).casefold().startswith(_norm(headline).casefold()) for block in blocks):
        blocks.insert(0, headline)
    return Page("\n\n".join(blocks), meta)


def has_prose(blocks: list[str]) -> bool:
    """Whether any block holds a sentence: ``PROSE_WORDS`` words or more ending in . ! or ?

    A section front or a list of links, which trafilatura hands back when it finds no article,
    has none.
    """
    for block in blocks:
        sentences = _SENTENCE_END.split(block)[:-1]  # the last piece is not closed by a stop
        if any(len(sentence.split()) >= PROSE_WORDS for sentence in sentences):
            return True
    return False


def _captions_as_paragraphs(tree: HtmlElement) -> None:
    # class and id go too: trafilatura reads names like "embed" or "media" as boilerplate
    for elem in list(tree.iter("figure", "figcaption")):
        elem.tag = "p" if elem.tag == "figcaption" else "div"
        for name in ("class", "id"):
            elem.attrib.pop(name, None)


def _norm(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


def _headline(tree: HtmlElement, title: str | None) -> str | None:
    """The page's visible headline: the ``<h1>`` that matches its title, else its only ``<h1>``.

    A title alone is never put in the text: on many pages it is the site's name.
    """
    h1s = [t for t in (_norm(h.text_content()) for h in tree.iter("h1")) if t]
    if title:
        folded = _norm(title).casefold()
        for h1 in h1s:
            if h1.casefold() in folded or folded in h1.casefold():
                return h1
    return h1s[0] if len(h1s) == 1 and not title else None


def render_blocks(body: _Element) -> list[str]:
    """The blocks of trafilatura's XML body as text, in order; empty blocks left out."""
    blocks: list[str] = []
    for child in body:
        _render(child, blocks)
    return [b for b in blocks if b]


def _render(elem: _Element, blocks: list[str]) -> None:
    tag = elem.tag
    if tag == "list":
        blocks.append("\n".join(_list_lines(elem)))
    elif tag == "table" and any(child.tag in _BLOCKS for cell in elem.iter("cell") for child in cell):
        # a layout table (a 2000s page laid out in cells): its cells hold paragraphs, not data
        for cell in elem.iter("cell"):
            _render(cell, blocks)
    elif tag == "table":
        rows = (" | ".join(c for c in (_inline(cell) for cell in row) if c) for row in elem.iter("row"))
        blocks.append("\n".join(r for r in rows if r))
    elif any(child.tag in _BLOCKS for child in elem):
        # a quote or note holding paragraphs: each is a block of its own
        lead = _inline_text(elem.text)
        if lead:
            blocks.append(lead)
        for child in elem:
            if child.tag in _BLOCKS:
                _render(child, blocks)
            else:
                blocks.append(_inline(child))
            tail = _inline_text(child.tail)
            if tail:
                blocks.append(tail)
    elif tag != "graphic":
        blocks.append(_inline(elem))


def _list_lines(elem: _Element) -> list[str]:
    lines: list[str] = []
    for item in elem:
        if item.tag != "item":
            continue
        nested = [child for child in item if child.tag == "list"]
        own = _inline(item, skip=frozenset({"list"}))
        if own:
            lines.append(own)
        for sub in nested:
            lines.extend(_list_lines(sub))
    return lines


def _inline(elem: _Element, skip: frozenset[str] = frozenset()) -> str:
    """The text of ``elem`` and its descendants, whitespace collapsed, ``<lb/>`` as a line break."""
    parts: list[str] = []

    def walk(node: _Element) -> None:
        if node.text:
            parts.append(node.text)
        for child in node:
            if child.tag == "lb":
                parts.append(_BREAK)
            elif child.tag not in skip and child.tag != "graphic":
                walk(child)
            if child.tail:
                parts.append(child.tail)

    walk(elem)
    return _inline_text("".join(parts))


def _inline_text(text: str | None) -> str:
    if not text:
        return ""
    lines = (_norm(piece) for piece in text.split(_BREAK))
    return "\n".join(line for line in lines if line)
