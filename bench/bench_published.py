"""Publication dates from the address and text: verify's reader against htmldate and dateparser.

Same articles and expected days as bench/eval_published.py (bench/data/published.yaml), front
matter withheld. For each method: the share of pages stating a day that get the right one, the
pages stating none that get one anyway (a caption's, a tweet's, a site header's date), and the
time per page.

- verify: ``verify.ingest.published.infer_publication`` (address, then text stamps), one page at a
  time (no year borrowed from the other pages, so "GAZA, Oct 17 (Reuters)" alone stays undated).
- htmldate url: ``htmldate.extractors.extract_url_date`` on the address.
- htmldate page: ``htmldate.find_date`` on the text wrapped as HTML (one <p> a line, the title as
  <title>) with the address, extensive search, original date.
- dateparser head: ``dateparser.search.search_dates`` over the first 600 characters, first hit
  with a day, month and year.
- verify url: verify's address reader alone.
- verify stamps + dateparser: verify's address reader, then verify finds the stamps and
  dateparser parses their words (what verify's reader would give if it delegated the parsing).

    python bench/bench_published.py
"""

from __future__ import annotations

import html
import sys
import time
import warnings
from datetime import datetime
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from verify.ingest import load_corpus  # noqa: E402
from verify.ingest.published import infer_publication  # noqa: E402
from verify.ingest.stamps import PublicationWords, find_stamps  # noqa: E402
from verify.rules import load_rules  # noqa: E402

DATA = Path("/work/shared/data/coverage")
GOLD = ROOT / "bench" / "data" / "published.yaml"
warnings.filterwarnings("ignore")


def pages():
    gold = yaml.safe_load(GOLD.read_text(encoding="utf-8"))
    rules = load_rules()
    for story, expected in gold.items():
        for doc in load_corpus([DATA / story / "articles"], rules=rules).documents:
            want = expected[doc.id]
            yield doc, (None if want.get("day") is None else str(want["day"])), bool(want.get("stated"))


def by_verify(words):
    return lambda doc: infer_publication(doc.text, words, url=doc.url, title=doc.title).published


def by_verify_url():
    from verify.ingest.published import url_date

    def run(doc):
        day, _ = url_date(doc.url)
        return None if day is None else day.isoformat()

    return run


def by_htmldate_url():
    from htmldate.extractors import extract_url_date
    from htmldate.utils import Extractor

    options = Extractor(False, datetime(2030, 1, 1), datetime(1995, 1, 1), True, "%Y-%m-%d")
    return lambda doc: extract_url_date(doc.url, options)


def by_htmldate_page():
    from htmldate import find_date

    def run(doc):
        body = "".join(f"<p>{html.escape(line)}</p>" for line in doc.text.split("\n") if line.strip())
        page = f"<html><head><title>{html.escape(doc.title or '')}</title></head><body>{body}</body></html>"
        return find_date(page, url=doc.url, extensive_search=True, original_date=True)

    return run


def by_dateparser_head():
    from dateparser.search import search_dates

    settings = {"PREFER_DATES_FROM": "past", "REQUIRE_PARTS": ["day", "month", "year"]}

    def run(doc):
        found = search_dates(doc.text[:600], languages=["en"], settings=settings) or []
        return found[0][1].date().isoformat() if found else None

    return run


def by_stamps_dateparser(words):
    import dateparser

    from verify.ingest.published import url_date

    settings = {"PREFER_DATES_FROM": "past", "REQUIRE_PARTS": ["day", "month", "year"]}

    def run(doc):
        day, _ = url_date(doc.url)
        if day is not None:
            return day.isoformat()
        for stamp in find_stamps(doc.text, doc.title, words):
            if stamp.written is None:
                continue
            words_ = doc.text[stamp.written.start : stamp.written.end]
            parsed = dateparser.parse(words_, languages=["en"], settings=settings)
            if parsed is not None:
                return parsed.date().isoformat()
        return None

    return run


def main() -> int:
    words = PublicationWords.of(load_rules())
    data = list(pages())
    methods = {
        "verify": by_verify(words),
        "verify url": by_verify_url(),
        "htmldate url": by_htmldate_url(),
        "htmldate page": by_htmldate_page(),
        "dateparser head": by_dateparser_head(),
        "verify stamps + dateparser": by_stamps_dateparser(words),
    }
    print(f"{len(data)} pages, {sum(1 for _, d, s in data if d and s)} stating a day\n")
    print(f"{'method':28} {'right':>12} {'false dates':>12} {'ms/page':>9}")
    for name, method in methods.items():
        right = stating = false = silent = 0
        t = time.perf_counter()
        results = [(method(doc), day, stated) for doc, day, stated in data]
        ms = (time.perf_counter() - t) * 1000 / len(data)
        for got, day, stated in results:
            got = None if got is None else got[:10]
            if day is not None and stated:
                stating += 1
                right += got == day
            elif day is None:
                silent += 1
                false += got is not None
        print(f"{name:28} {right:>5}/{stating:<3} {right / stating:4.2f} {false:>5}/{silent:<3} {ms:>9.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
