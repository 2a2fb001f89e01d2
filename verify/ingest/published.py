"""Publication time of every document, and where it came from.

``date_documents(documents, rules)`` hands on the documents with ``published``, ``published_from``
and ``modified`` filled in, by this order of trust:

1. ``front_matter``: the front matter's (or JSONL field's) ``published``, as read by ``frontmatter``.
2. ``url``: a day in the address: ``/2020/08/05/``, ``/2023/2/6/``, ``/2017/jun/14/``,
   ``/2017-06-15/``, ``/202008/05/``, ``/2023/0215/``, ``20171116`` or ``27112023`` (a run of eight
   digits read as year-month-day, else day-month-year, and taken only when it is a real day).
   A month alone (``/2017/06/``) is not a publication day: taking the 1st would put the document
   before everything else that month in a timeline. It supplies the year (and month) of a date
   the text writes without one, nothing more.
3. ``text``: a stamp the page prints about itself (``verify.ingest.stamps``): "Published Oct 18, 2023 12:32 am",
   "17/06/2017 15:34 BST | Updated ...", a date on a line of its own near the top ("August 4,
   2020", "By Sharecast News | 14 Jun, 2017", "(Xinhua) 11:07, February 15, 2023"), a dateline
   ("BEIRUT, Aug 5 (Reuters) -"), or, when there is nothing else, the earliest "Updated"/"Update
   8:05 a.m. EDT Aug. 6" stamp (the page was live by then). Captions, embedded posts, quoted
   blocks, "Related"/"Read more" links and footers are never read (``time.publication.skip_lines``);
   a bare date above the headline is the site's "today" display, not the article's.
4. ``html``: what the page's metadata said (set by the HTML reader as ``published_from="html"``;
   passed in here as ``html_published``/``html_modified``).

A lower source refines a higher one when it falls on the same day and adds the clock time: front
matter ``2017-06-17`` and "17/06/2017 15:34 BST" give ``2017-06-17T15:34+01:00`` (origin
``front_matter``). ``modified`` is the latest "Updated" stamp at or after publication (a site
redesign's "updated 09 Sep 2021" is kept as ``modified`` and never replaces publication).

A day and month without a year (datelines, live-blog stamps) take the year of the document's own
dated evidence (front matter, address, another stamp); failing that, ``date_documents`` takes the
year that puts the day nearest a dated document of the corpus (``time.publication.borrow_year_days``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from urllib.parse import urlsplit

from ..models import Document, PublishedFrom
from ..rules import RuleSet
from ..text.dates import MONTHS, WrittenDate, iso_day, iso_moment, safe_date
from .stamps import PublicationWords, Stamp, find_stamps

__all__ = ["Publication", "date_documents", "infer_publication", "url_date"]


# ---------------------------------------------------------------------------------------------
# The address

_URL_DAY = (
    # /2020/08/05/, /2023/2/6/, /2017/jun/14/
    re.compile(r"/(?P<y>(?:19|20)\d\d)/(?P<m>\d{1,2}|[a-z]{3,9})/(?P<d>\d{1,2})(?=[/_.-]|$)", re.I),
    re.compile(r"/(?P<y>(?:19|20)\d\d)-(?P<m>\d\d)-(?P<d>\d\d)(?=[/_.-]|$)"),  # /2017-06-15/
    re.compile(r"/(?P<y>(?:19|20)\d\d)(?P<m>\d\d)/(?P<d>\d\d)(?=[/_.-]|$)"),  # /202008/05/
    re.compile(r"/(?P<y>(?:19|20)\d\d)/(?P<m>\d\d)(?P<d>\d\d)(?=[/_.-]|$)"),  # /2023/0215/
)
_URL_EIGHT = re.compile(r"(?<![\d])(\d{8})(?!\d)")
_URL_MONTH = re.compile(r"/(?P<y>(?:19|20)\d\d)/(?P<m>\d{1,2}|[a-z]{3,9})(?=/)", re.I)


def url_date(url: str | None) -> tuple[date | None, tuple[int, int] | None]:
    """(the day the address states, or None; (year, month) when it states a month only, or None)."""
    if not url:
        return None, None
    path = urlsplit(url.strip()).path
    for pattern in _URL_DAY:
        match = pattern.search(path)
        if match:
            day = _url_ymd(match["y"], match["m"], match["d"])
            if day is not None:
                return day, None
    for match in _URL_EIGHT.finditer(path):
        digits = match.group(1)
        day = _url_ymd(digits[:4], digits[4:6], digits[6:]) or _url_ymd(digits[4:], digits[2:4], digits[:2])
        if day is not None:
            return day, None
    match = _URL_MONTH.search(path)
    if match:
        month = _month_of(match["m"])
        if month is not None:
            return None, (int(match["y"]), month)
    return None, None


def _month_of(word: str) -> int | None:
    if word.isdigit():
        return int(word) if 1 <= int(word) <= 12 else None
    return MONTHS.get(word.lower())


def _url_ymd(y: str, m: str, d: str) -> date | None:
    if not (y.isdigit() and d.isdigit()) or not 1990 <= int(y) <= date.today().year + 1:
        return None
    month = _month_of(m)
    return None if month is None else safe_date(int(y), month, int(d))


# ---------------------------------------------------------------------------------------------
# Choosing


@dataclass(frozen=True)
class Publication:
    """What ``infer_publication`` found.

    published, published_from, modified: as in ``Document``; missing_year: (month, day) of the
    text's publication stamp when no year could be found for it in the document itself (the
    corpus may supply one: ``date_documents``).
    """

    published: str | None
    published_from: PublishedFrom
    modified: str | None = None
    missing_year: tuple[int, int] | None = None


def infer_publication(
    text: str,
    words: PublicationWords,
    *,
    front_matter: str | None = None,
    url: str | None = None,
    title: str | None = None,
    html_published: str | None = None,
    html_modified: str | None = None,
    year: int | None = None,
) -> Publication:
    """The publication time of one document (see the module docstring for the order).

    ``html_published``/``html_modified``: what a page's metadata said (ISO), used after the text;
    ``year``: the year for a day and month written without one, when the caller knows it.
    """
    url_day, url_month = url_date(url)
    stamps = find_stamps(text, title, words)
    fm_day = iso_day(front_matter)
    anchor = fm_day or url_day
    if anchor is None:
        dated = next((s.written for s in stamps if s.written is not None and s.written.year is not None), None)
        anchor = dated.on() if dated is not None else None
    if anchor is None and url_month is not None:
        anchor = date(url_month[0], url_month[1], 15)
    if anchor is None and year is not None:
        anchor = date(year, 7, 1)

    def day_of(written: WrittenDate) -> date | None:
        if written.year is not None or anchor is None:
            return written.on()
        return _nearest_year(written, anchor)

    chosen = _text_publication(stamps)
    text_day = day_of(chosen.written) if chosen is not None and chosen.written is not None else None
    missing = None
    if chosen is not None and chosen.written is not None and text_day is None:
        missing = (chosen.written.month, chosen.written.day)

    published: str | None = None
    origin: PublishedFrom = "none"
    for source, day in (("front_matter", fm_day), ("url", url_day), ("text", text_day)):
        if day is not None:
            published, origin = day.isoformat(), source  # type: ignore[assignment]
            break
    if origin == "text" and chosen is not None and chosen.clock is not None and text_day is not None:
        published = iso_moment(text_day, chosen.clock.minutes, chosen.clock.utc_offset_minutes)
    if published is None and iso_day(html_published) is not None:
        published, origin = html_published, "html"
    if published is not None and len(published) == 10:
        published = _refined(published, front_matter, stamps, day_of) or published
    if (
        published is not None
        and len(published) == 10
        and html_published
        and len(html_published) > 10
        and iso_day(html_published) == iso_day(published)
    ):
        published, origin = html_published, "html"  # the page's metadata gives the same day to the minute
    modified = _modified(stamps, published, day_of) or html_modified
    if published is None:
        return Publication(None, "none", modified, missing)
    return Publication(published, origin, modified)


def _text_publication(stamps: list[Stamp]) -> Stamp | None:
    """The stamp that says when the page was published: a "Published" stamp, a date line, a
    dateline, else the earliest "Updated" stamp."""
    for kind in ("published", "line", "dateline"):
        found = next((s for s in stamps if s.kind == kind and s.written is not None), None)
        if found is not None:
            return found
    updates = [s for s in stamps if s.kind == "updated" and s.written is not None]
    return min(updates, key=_order_key, default=None)


def _order_key(stamp: Stamp) -> tuple:
    w = stamp.written
    assert w is not None
    minutes = 0 if stamp.clock is None else stamp.clock.minutes - (stamp.clock.utc_offset_minutes or 0)
    return (w.year or 0, w.month, w.day, minutes)


def _refined(day: str, front_matter: str | None, stamps: list[Stamp], day_of) -> str | None:
    """The day as a moment, when the front matter or a publication stamp of that day gives the time."""
    if front_matter and len(front_matter) > 10 and front_matter[:10] == day:
        return front_matter
    for stamp in stamps:
        if stamp.kind not in ("published", "line") or stamp.written is None or stamp.clock is None:
            continue
        if (d := day_of(stamp.written)) is not None and d.isoformat() == day:
            return iso_moment(d, stamp.clock.minutes, stamp.clock.utc_offset_minutes)
    return None


def _modified(stamps: list[Stamp], published: str | None, day_of) -> str | None:
    """The latest "Updated" stamp at or after publication (a time alone is on the publication day)."""
    pub_day = iso_day(published)
    best: tuple[tuple, str] | None = None
    for stamp in stamps:
        if stamp.kind != "updated":
            continue
        day = day_of(stamp.written) if stamp.written is not None else pub_day
        if day is None or (pub_day is not None and day < pub_day):
            continue
        clock = stamp.clock
        value = iso_moment(day, clock.minutes if clock else None, clock.utc_offset_minutes if clock else None)
        key = (day, -1 if clock is None else clock.minutes - (clock.utc_offset_minutes or 0))
        if best is None or key > best[0]:
            best = (key, value)
    return None if best is None else best[1]


def _nearest_year(written: WrittenDate, anchor: date) -> date | None:
    """The day and month in the year that puts them nearest ``anchor``."""
    options = [d for y in (anchor.year - 1, anchor.year, anchor.year + 1) if (d := written.on(y)) is not None]
    return min(options, key=lambda d: abs((d - anchor).days), default=None)


# ---------------------------------------------------------------------------------------------
# A corpus


def date_documents(documents: Sequence[Document], rules: RuleSet) -> list[Document]:
    """The documents with ``published``, ``published_from`` and ``modified`` inferred.

    A document's front-matter date (``published_from == "front_matter"``) and an HTML reader's
    (``"html"``) are kept in their place in the order; a day and month written without a year
    takes the year that puts it nearest a dated document of the corpus, when within
    ``time.publication.borrow_year_days``.
    """
    words = PublicationWords.of(rules)
    found: dict[str, Publication] = {}
    for doc in documents:
        found[doc.id] = _infer(doc, words)
    dated = sorted({d for p in found.values() if (d := iso_day(p.published)) is not None})
    out = []
    for doc in documents:
        result = found[doc.id]
        if result.missing_year is not None and dated:
            year = _borrowed_year(result.missing_year, dated, words.borrow_year_days)
            if year is not None:
                result = _infer(doc, words, year)
        out.append(
            replace(
                doc,
                published=result.published,
                published_from=result.published_from,
                modified=result.modified or doc.modified,
            )
        )
    return out


def _infer(doc: Document, words: PublicationWords, year: int | None = None) -> Publication:
    return infer_publication(
        doc.text,
        words,
        url=doc.url or doc.canonical_url,
        title=doc.title,
        year=year,
        front_matter=doc.published if doc.published_from in ("front_matter", "none") else None,
        html_published=doc.published if doc.published_from == "html" else None,
        html_modified=doc.modified if doc.published_from == "html" else None,
    )


def _borrowed_year(month_day: tuple[int, int], dated: list[date], window: int) -> int | None:
    best: tuple[int, int] | None = None
    for year in sorted({d.year for d in dated} | {d.year - 1 for d in dated} | {d.year + 1 for d in dated}):
        day = safe_date(year, *month_day)
        if day is None:
            continue
        gap = min(abs((day - d).days) for d in dated)
        if gap <= window and (best is None or gap < best[0]):
            best = (gap, year)
    return None if best is None else best[1]
