"""What a web page's markup says about itself: title, outlet, addresses, dates and author.

``read_meta(tree, html, url)`` hands on a ``PageMeta``; every field is None when the page does not
say. Where each comes from, first found wins:

- ``title``: trafilatura's title (og:title, JSON-LD ``headline``, ``<title>`` without the site name,
  the ``<h1>``).
- ``source`` (the outlet): og:site_name as the page spells it, else trafilatura's site name (JSON-LD
  ``publisher``, application-name; it recases names in lower case), else the host of the canonical
  address or of ``url`` without ``www.``.
- ``canonical_url``: ``<link rel="canonical">``, else og:url, made absolute against ``url``.
- ``url``: the address the page was read from: the caller's (a WARC record's target URI), else the
  ``<!-- saved from url=(NNNN)... -->`` mark browsers write into saved pages, else ``canonical_url``.
- ``published`` / ``modified``: schema.org ``datePublished`` / ``dateModified`` (JSON-LD or
  microdata ``itemprop``) or Open Graph ``article:published_time`` / ``article:modified_time`` /
  ``og:updated_time``, kept to the minute with the page's UTC offset; failing those, the day htmldate
  finds in the markup (its fast search, never the address: a date in the URL is the ``url``
  origin's business). ``modified`` is kept only when later than ``published``.
- ``author``: trafilatura's author (meta author, JSON-LD ``author``, the byline).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any
from urllib.parse import urljoin, urlsplit

from htmldate import find_date
from lxml.html import HtmlElement
from trafilatura import extract_metadata

# The standard names of the two dates (schema.org, Open Graph); the many idiosyncratic ones are
# htmldate's business, which reads them to the day.
PUBLISHED_KEYS = ("datepublished", "article:published_time")
MODIFIED_KEYS = ("datemodified", "article:modified_time", "og:updated_time")
_SAVED_FROM = re.compile(r"<!--\s*saved from url=\(\d+\)\s*(\S+?)\s*-->", re.IGNORECASE)
_ISO = re.compile(r"\d{4}-\d\d-\d\d(?:[T ]\d\d:\d\d(?::\d\d(?:[.,]\d+)?)?)?\s*(?:Z|[+-]\d\d:?\d\d)?", re.IGNORECASE)
_EARLIEST_YEAR = 1990  # before the web had news pages: a date this old is a placeholder


@dataclass(frozen=True)
class PageMeta:
    """A page's own metadata; the fields mean what ``Document``'s fields of the same name mean."""

    title: str | None = None
    source: str | None = None
    url: str | None = None
    canonical_url: str | None = None
    published: str | None = None
    modified: str | None = None
    author: str | None = None


def read_meta(tree: HtmlElement, html: str, url: str | None = None) -> PageMeta:
    """The metadata of a parsed page; ``html`` is its source text (for the saved-from mark)."""
    found = extract_metadata(tree, default_url=url, extensive=False)
    canonical = _canonical(tree, url)
    saved = _SAVED_FROM.search(html[:4096])
    address = url or (saved.group(1) if saved else None) or canonical
    published, modified = _markup_dates(tree)
    if published is None:
        published = _htmldate(tree, original=True)
    if modified is None:
        modified = _htmldate(tree, original=False)
    if modified is not None and published is not None and not _later(modified, published):
        modified = None  # "modified" when it was published, or before, says nothing new
    return PageMeta(
        title=_clean(found.title),
        source=_site_name(tree) or _clean(found.sitename) or _host(canonical or address),
        url=address,
        canonical_url=canonical,
        published=published,
        modified=modified,
        author=_clean(found.author),
    )


def _clean(value: str | None) -> str | None:
    if value is None:
        return None
    return re.sub(r"\s+", " ", value).strip() or None


def _site_name(tree: HtmlElement) -> str | None:
    for value in tree.xpath('//meta[@property="og:site_name"]/@content'):
        if _clean(str(value)):
            return _clean(str(value))
    return None


def _host(address: str | None) -> str | None:
    if not address:
        return None
    host = urlsplit(address).hostname
    return host.removeprefix("www.") if host else None


def _canonical(tree: HtmlElement, url: str | None) -> str | None:
    """The first absolute http(s) address among the canonical link and og:url."""
    for xpath in ('//link[@rel="canonical"]/@href', '//meta[@property="og:url"]/@content'):
        for value in tree.xpath(xpath):
            value = str(value).strip()
            absolute = urljoin(url, value) if url and value else value
            if urlsplit(absolute).scheme in ("http", "https"):
                return absolute
    return None


def normalise_moment(value: str) -> str | None:
    """``YYYY-MM-DD`` or ``YYYY-MM-DDTHH:MM[+HH:MM]`` from an ISO 8601 date or date-time; else None.

    A ``Z`` becomes ``+00:00``; seconds are dropped (no source states them meaningfully).
    """
    match = _ISO.match(value.strip())
    if match is None:
        return None
    text = match.group().replace(" ", "T", 1).replace(",", ".").rstrip()
    text = re.sub(r"\s+", "", text)
    text = re.sub(r"([+-]\d\d)(\d\d)$", r"\1:\2", text)
    text = re.sub(r"[zZ]$", "+00:00", text)
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return None
    if not _EARLIEST_YEAR <= moment.year <= date.today().year + 1:
        return None
    if "T" not in text:
        return moment.date().isoformat()
    day_time = moment.strftime("%Y-%m-%dT%H:%M")
    offset = moment.strftime("%z")
    return day_time + (f"{offset[:3]}:{offset[3:]}" if offset else "")


def _later(a: str, b: str) -> bool:
    """Whether moment ``a`` is after ``b``; a bare day is compared by day only."""
    if len(a) == 10 or len(b) == 10:
        return a[:10] > b[:10]
    first, second = datetime.fromisoformat(a), datetime.fromisoformat(b)
    if (first.tzinfo is None) != (second.tzinfo is None):
        return a[:16] > b[:16]  # one without a zone: compare the wall clocks
    return first > second


def _markup_dates(tree: HtmlElement) -> tuple[str | None, str | None]:
    """(published, modified) from JSON-LD, then meta tags and microdata."""
    published = modified = None
    for obj in _json_ld(tree):  # the first of each wins: a Yoast @graph gives the WebPage first
        published = published or _moment(obj.get("datePublished"))
        modified = modified or _moment(obj.get("dateModified"))
    for elem in tree.xpath("//*[@property or @name or @itemprop]"):
        key = (elem.get("property") or elem.get("name") or elem.get("itemprop") or "").strip().lower()
        if key not in PUBLISHED_KEYS and key not in MODIFIED_KEYS:
            continue
        value = _moment(elem.get("content") or elem.get("datetime"))
        if key in PUBLISHED_KEYS:
            published = published or value
        else:
            modified = modified or value
    return published, modified


def _moment(value: Any) -> str | None:
    return normalise_moment(value) if isinstance(value, str) else None


def _json_ld(tree: HtmlElement) -> Iterator[dict[str, Any]]:
    """Every JSON-LD object of the page, nested ones (``@graph``, lists) included, in page order."""
    for script in tree.xpath('//script[@type="application/ld+json"]'):
        try:
            data = json.loads(script.text_content() or "")
        except (ValueError, RecursionError):
            continue  # malformed JSON-LD is common and says nothing reliable
        stack = [data]
        while stack:
            item = stack.pop(0)
            if isinstance(item, dict):
                yield item
                stack[:0] = [v for k, v in item.items() if k == "@graph" or isinstance(v, list)]
            elif isinstance(item, list):
                stack[:0] = item


def _htmldate(tree: HtmlElement, *, original: bool) -> str | None:
    try:
        found = find_date(tree, extensive_search=False, original_date=original, url="")
    except (ValueError, TypeError):  # htmldate's own parsing errors on odd markup
        return None
    return normalise_moment(found) if found else None
