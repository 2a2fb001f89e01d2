"""HTML to text for editor-mode drafts: the visible text with paragraph breaks, and the title.

Drafts keep this plain tag stripper rather than the corpus's main-text extraction (``page``): a
draft is the editor's own text with no page furniture to remove, and every sentence of it must be
checked. trafilatura, tuned to drop short and link-heavy blocks, loses parts of short drafts (a
bullet list of figures, a one-line paragraph) and on a page with no article container falls back
to one run-together block; the stripper keeps every visible word in its blocks.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from typing import Any


class _HTMLText(HTMLParser):
    """Visible text of an HTML page: script/style dropped, block elements become paragraph breaks."""

    SKIP = frozenset({"script", "style", "noscript", "template", "svg"})
    BLOCK = frozenset(
        {
            "p",
            "div",
            "section",
            "article",
            "header",
            "footer",
            "main",
            "aside",
            "nav",
            "blockquote",
            "pre",
            "ul",
            "ol",
            "li",
            "dl",
            "dt",
            "dd",
            "table",
            "tr",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "hr",
            "figure",
            "figcaption",
            "form",
            "body",
            "html",
        }
    )

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
