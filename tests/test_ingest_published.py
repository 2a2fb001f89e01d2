"""verify/ingest/published.py: publication time from front matter, address, text and page metadata."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from verify.ingest import load_corpus
from verify.ingest.published import date_documents, infer_publication, url_date
from verify.ingest.stamps import PublicationWords
from verify.models import Document


@pytest.fixture(scope="module")
def words(rules):
    return PublicationWords.of(rules)


@pytest.mark.parametrize(
    "url, day, month",
    [
        ("https://news.example/2019/03/07/quake-hits-coast/", date(2019, 3, 7), None),
        ("https://news.example/world/2019/3/7/live-quake", date(2019, 3, 7), None),
        ("https://paper.example/uk/2019/mar/07/quake", date(2019, 3, 7), None),
        ("http://tv.example/news/update/2019-03-07/quake-toll/", date(2019, 3, 7), None),
        ("https://site.example/a/201903/07/AP123.html", date(2019, 3, 7), None),
        ("http://daily.example/n3/2019/0307/c900-1.html", date(2019, 3, 7), None),
        ("https://wire.example/20190307/quake-toll-1234.html", date(2019, 3, 7), None),
        ("https://review.example/07032019-quake-report/", date(2019, 3, 7), None),
        ("https://blog.example/2019/03/quake-thoughts/", None, (2019, 3)),
        ("https://blog.example/2019/quake-thoughts/", None, None),
        ("https://shop.example/item/13195268.amp", None, None),  # an id, not a day
        ("https://agency.example/article/113071000068_1.html", None, None),
        ("https://news.example/story?date=2019/03/07", None, None),  # the query is not the address
        ("https://news.example/2019/02/30/no-such-day/", None, (2019, 2)),
        (None, None, None),
    ],
)
def test_url_dates(url, day, month):
    assert url_date(url) == (day, month)


TEXT_CASES = [
    # (text, title, expected published, expected modified)
    (
        "Quake kills dozens\n\nPublished 07/03/2019 10:15 CET\n\nA quake struck.",
        "Quake kills dozens",
        "2019-03-07T10:15+01:00",
        None,
    ),
    ("Quake kills dozens\nMarch 7, 2019\n\nA quake struck.", "Quake kills dozens", "2019-03-07", None),
    ("Quake kills dozens\nBy Ana Ruiz | 7 Mar, 2019\nA quake struck.", "Quake kills dozens", "2019-03-07", None),
    (
        "Quake kills dozens\n(Wire) 08:40, March 7, 2019\nA quake struck.",
        "Quake kills dozens",
        "2019-03-07T08:40",
        None,
    ),
    (
        "Quake kills dozens\nUpdated: 8 March 2019 09:12 GMT\nA quake struck.",
        "Quake kills dozens",
        "2019-03-08T09:12+00:00",
        "2019-03-08T09:12+00:00",
    ),
    (
        "Quake kills dozens\n07/03/2019 15:34 GMT | Updated 07/03/2019 18:02 GMT\nA quake struck.",
        "Quake kills dozens",
        "2019-03-07T15:34+00:00",
        "2019-03-07T18:02+00:00",
    ),
    # a redesign's stamp years later stays `modified`
    (
        "Quake kills dozens\n7 March 2019updated 02 Feb 2023 4:05pm\nA quake struck.",
        "Quake kills dozens",
        "2019-03-07",
        "2023-02-02T16:05",
    ),
    # a live page with only its entries' stamps: the earliest publishes, the latest updates
    (
        "Quake live\n\nUpdate 9:15 a.m. EST March 8, 2019: More found.\n\nUpdate 11 p.m. EST March 7, 2019: Rescue goes on.",
        "Quake live",
        "2019-03-07T23:00-05:00",
        "2019-03-08T09:15-05:00",
    ),
]


@pytest.mark.parametrize("text, title, published, modified", TEXT_CASES)
def test_text_stamps(words, text, title, published, modified):
    found = infer_publication(text, words, title=title)
    assert (found.published, found.published_from, found.modified) == (published, "text", modified)


@pytest.mark.parametrize(
    "text, title",
    [
        # a caption, an embedded post, a quoted block, a link to another story, a footer
        (
            "Quake kills dozens\n[Photo: Rescuers at work on March 6, 2019. (AP Photo/Staff)]\nA quake struck.",
            "Quake kills dozens",
        ),
        (
            "Quake kills dozens\n[Embedded tweet - City Hall (@cityhall), March 6, 2019]\nA quake struck.",
            "Quake kills dozens",
        ),
        (
            "Quake kills dozens\n> We are safe — posted by a resident on March 6, 2019\nA quake struck.",
            "Quake kills dozens",
        ),
        ("Quake kills dozens\nRead more: March 6, 2019 storm hits coast\nA quake struck.", "Quake kills dozens"),
        (
            "Quake kills dozens\nA quake struck.\n© 2021 Example Media. All rights reserved. March 6, 2021",
            "Quake kills dozens",
        ),
        # a site's "today" display above the headline
        ("Menu\nSunday, 12 May 2024\nLogo\n\nQuake kills dozens\nA quake struck.", "Quake kills dozens"),
        # a date inside a sentence is the event's, not the page's
        ("Quake kills dozens\nThe quake struck on Monday, March 4, 2019, officials said.", "Quake kills dozens"),
        ("Quake kills dozens\nUPDATE: 1:31 a.m. EDT, Wednesday — More found.", "Quake kills dozens"),
        ("", None),
    ],
)
def test_no_publication_date_in_these_texts(words, text, title):
    assert infer_publication(text, words, title=title).published is None


def test_dateline_without_a_year_takes_the_year_of_the_address_month(words):
    text = "Quake kills dozens\nKABUL, Mar 7 (Reuters) - A quake struck."
    found = infer_publication(text, words, url="https://blog.example/2019/03/quake/")
    assert (found.published, found.published_from) == ("2019-03-07", "text")
    alone = infer_publication(text, words)
    assert alone.published is None and alone.missing_year == (3, 7)


def test_order_of_trust(words):
    text = "Quake kills dozens\nPublished March 9, 2019\nA quake struck."
    url = "https://news.example/2019/03/08/quake/"
    assert infer_publication(text, words, front_matter="2019-03-07", url=url).published_from == "front_matter"
    assert infer_publication(text, words, url=url).published == "2019-03-08"
    assert infer_publication(text, words, url=url).published_from == "url"
    assert infer_publication(text, words, html_published="2019-03-10").published == "2019-03-09"
    html_only = infer_publication(
        "A quake struck.", words, html_published="2019-03-10T08:00+00:00", html_modified="2019-03-11"
    )
    assert (html_only.published, html_only.published_from, html_only.modified) == (
        "2019-03-10T08:00+00:00",
        "html",
        "2019-03-11",
    )


def test_a_later_source_adds_the_time_of_the_same_day(words):
    text = "Quake kills dozens\nPublished 07/03/2019 10:15 CET\nA quake struck."
    found = infer_publication(text, words, front_matter="2019-03-07", title="Quake kills dozens")
    assert (found.published, found.published_from) == ("2019-03-07T10:15+01:00", "front_matter")
    other_day = infer_publication(text, words, front_matter="2019-03-06")
    assert other_day.published == "2019-03-06"


def test_corpus_supplies_a_missing_year(rules):
    dated = Document("a", "a.md", "A quake struck.", "0", published="2019-03-06", published_from="front_matter")
    undated = Document("b", "b.md", "KABUL, Mar 7 (Reuters) - A quake struck.", "0")
    far = Document("c", "c.md", "KABUL, Sep 20 (Reuters) - A quake struck.", "0")
    out = {d.id: d for d in date_documents([dated, undated, far], rules)}
    assert (out["b"].published, out["b"].published_from) == ("2019-03-07", "text")
    assert (out["c"].published, out["c"].published_from) == (None, "none")  # 198 days away: no year
    assert out["a"].published == "2019-03-06" and out["a"].published_from == "front_matter"


def test_load_corpus_dates_every_document(tmp_path: Path):
    (tmp_path / "one.md").write_text(
        "---\ntitle: Quake\nurl: https://news.example/2019/03/08/quake/\n---\nA quake struck.\n", encoding="utf-8"
    )
    (tmp_path / "two.md").write_text(
        "---\ntitle: Quake\npublished: 2019-03-07\n---\nA quake struck.\n", encoding="utf-8"
    )
    (tmp_path / "three.txt").write_text("A quake struck on March 6, 2019, officials said.\n", encoding="utf-8")
    docs = {d.id: d for d in load_corpus([tmp_path]).documents}
    assert (docs["one"].published, docs["one"].published_from) == ("2019-03-08", "url")
    assert (docs["two"].published, docs["two"].published_from) == ("2019-03-07", "front_matter")
    assert (docs["three"].published, docs["three"].published_from) == (None, "none")


def test_an_html_readers_date_keeps_its_place_in_the_order(rules):
    page = Document(
        "p",
        "p.html",
        "A quake struck.",
        "0",
        url="https://news.example/2019/03/08/q/",
        published="2019-03-10",
        published_from="html",
    )
    bare = replace(page, url=None)
    assert date_documents([page], rules)[0].published_from == "url"
    assert (date_documents([bare], rules)[0].published, date_documents([bare], rules)[0].published_from) == (
        "2019-03-10",
        "html",
    )


def test_a_live_blogs_dotted_entry_times_are_stamps_only_when_the_page_uses_them(words):
    """ "17.20" alone on its line is a live blog's entry stamp when the page stamps entries so at
    least twice; one such line is no stamp (it could be a figure)."""
    from verify.ingest.stamps import find_stamps

    page = "Crash live\n\n17.20\nThe authority now says 167 died.\n\n- 11.30\nThe governor spoke.\n"
    entries = [(s.kind, s.clock.minutes, page[s.start : s.start + 5]) for s in find_stamps(page, None, words)]
    assert entries == [("entry", 17 * 60 + 20, "17.20"), ("entry", 11 * 60 + 30, "11.30")]
    assert find_stamps("Crash\n\n17.20\nThe authority now says 167 died.\n", None, words) == []


@pytest.mark.parametrize(
    ("page", "days"),
    [
        # each entry's day, the weekday on or before the page's Saturday
        (
            "Siege live\n\nSaturday 10.15\nThe ministry gave its toll.\n\nFriday 22.40\nGunfire again.\n",
            [("Saturday 10.15", date(2025, 10, 18)), ("Friday 22.40", date(2025, 10, 17))],
        ),
        (
            "Live\n\n- Fri 08:10\nA.\n\nThu 23.05\nB.\n",
            [("Fri 08:10", date(2025, 10, 17)), ("Thu 23.05", date(2025, 10, 16))],
        ),
        # one such line is no live blog's (a caption's "Friday 10.15"); nor is a word that names no day
        ("Live\n\nFriday 10.15\nA.\n", []),
        ("Live\n\nUpdate 10.15\nA.\n\nUpdate 11.30\nB.\n", []),
    ],
)
def test_a_live_blogs_weekday_entries_give_their_days(page, days):
    """ "Friday 08.10" alone on its line stamps a live blog's entry: the day its "last night" counts from."""
    from verify.ingest.stamps import entry_days

    found = entry_days(page, date(2025, 10, 18))
    assert [(page[at:].split("\n")[0].lstrip("- "), day) for at, day in found] == days
