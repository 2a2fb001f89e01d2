"""Tests for saved web pages and web archives in verify/ingest/ (htmlfile, page, pagemeta, warc).

Pages are under tests/data/ingest/web/ (written for these tests, events invented); archives are
built in each test with warcio.
"""

from __future__ import annotations

import importlib.util
import io
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from verify.cli import main
from verify.errors import InputError
from verify.ingest import load_corpus, read_draft
from verify.ingest.decode import Unreadable
from verify.ingest.htmlfile import decode_html, html_document
from verify.ingest.page import has_prose, read_page
from verify.ingest.pagemeta import normalise_moment
from verify.models import Skipped

WEB = Path(__file__).parent / "data" / "ingest" / "web"
CONVOY = WEB / "relief-convoy.html"
TRAM = WEB / "tram-derails.html"
INDEX = WEB / "index.html"
ROOT = Path(__file__).resolve().parent.parent

CONVOY_TEXT = (
    "Aid convoy hit near Tervo; 7 drivers killed, UN agency says\n\n"
    "Eleven lorries carrying flour were struck on the road south of Tervo.\n\n"
    "TERVO, Feb 11 — At least seven people were killed and four were wounded when a convoy of eleven lorries "
    "carrying flour was hit by shelling south of Tervo on Monday night, the UN food agency said on Tuesday.\n\n"
    "The agency's regional director, Pavel Renko, said the convoy had been cleared by both sides two days "
    'earlier. "Every coordinate was shared," he told reporters in Dalmar.\n\n'
    "Burnt-out lorries on the road south of Tervo on Tuesday, 11 February. Photo: Meridian Daily\n\n"
    "The provincial governor blamed rebel artillery for the attack. A rebel spokesman denied that his "
    "forces had fired on the road.\n\n"
    "Read more: Ceasefire talks stall over Tervo crossing\n\n"
    "The agency said it had suspended all deliveries in the province until further notice."
)


# --------------------------------------------------------------------------------------------
# Saved pages


def test_saved_page_text_is_the_article_in_reading_order():
    corpus = load_corpus([CONVOY])
    (doc,) = corpus.documents
    # headline (above the article in the page), standfirst, dateline, caption where the figure stands
    assert doc.text == CONVOY_TEXT
    assert corpus.skipped == () and corpus.warnings == ()


@pytest.mark.parametrize(
    "boilerplate",
    [
        "We use cookies",  # cookie banner
        "Puzzles",  # navigation
        "Advertisement",  # ad slot
        "By Ines Haddad",  # byline: the author is metadata
        "Updated 11 February",  # date line: the dates are metadata
        "Share",  # share tools
        "Flour prices double",  # related stories
        "12 comments",  # comment section
        "20 lorries went through",  # a reader's comment
        "morning email",  # newsletter box
        "All rights reserved",  # footer
    ],
)
def test_saved_page_drops_boilerplate(boilerplate):
    (doc,) = load_corpus([CONVOY]).documents
    assert boilerplate not in doc.text


def test_saved_page_metadata():
    (doc,) = load_corpus([CONVOY]).documents
    assert (doc.id, doc.path) == ("relief-convoy", str(CONVOY))
    assert doc.title == "Aid convoy hit near Tervo; 7 drivers killed, UN agency says"
    assert doc.source == "Meridian Daily"
    # the canonical link is relative and the page has no address of its own: og:url is used
    assert doc.canonical_url == "https://meridian.example/world/2025/02/11/tervo-convoy"
    assert doc.url == doc.canonical_url
    assert (doc.published, doc.published_from) == ("2025-02-11T06:20+00:00", "html")
    assert doc.modified == "2025-02-11T18:05+00:00"
    assert doc.author == "Ines Haddad"
    assert doc.captured is None


def test_saved_page_in_a_legacy_charset_with_the_saved_from_mark():
    (doc,) = load_corpus([TRAM]).documents
    assert "Søndergade" in doc.text and "€40,000" in doc.text  # windows-1252, from the <meta>
    assert doc.url == "https://citypaper.example/news/tram-derails"  # the browser's "saved from" mark
    assert doc.source == "citypaper.example"  # no site name in the page: the address's host
    assert (doc.published, doc.published_from, doc.modified) == ("2025-03-02", "html", None)
    assert doc.text.startswith("Tram derails in Kolby\n\nA tram left the rails")


def test_page_without_main_text_is_skipped_and_the_rest_read():
    corpus = load_corpus([INDEX, CONVOY])
    assert [d.id for d in corpus.documents] == ["relief-convoy"]
    assert corpus.skipped == (Skipped(str(INDEX), "no main text (nothing on the page reads as an article)"),)


def test_saved_page_resource_folder_is_not_walked(tmp_path):
    (tmp_path / "story.html").write_bytes(CONVOY.read_bytes())
    resources = tmp_path / "story_files"
    resources.mkdir()
    (resources / "ad-frame.html").write_text("<p>Win a holiday for two in the sun today, click here now.</p>")
    (resources / "site.css").write_text("p { color: red }")
    (tmp_path / "other_files").mkdir()  # no page of that name: walked as usual
    (tmp_path / "other_files" / "note.txt").write_text("A note about the convoy.")
    corpus = load_corpus([tmp_path])
    assert [d.id for d in corpus.documents] == ["note", "story"]
    assert corpus.skipped == ()


def test_headline_outside_the_article_is_put_first_once():
    body = "".join(
        f"<p>Paragraph {n}: the water board said the pipe burst at dawn and 300 homes lost supply.</p>"
        for n in range(3)
    )
    page = (
        f"<html><head><title>Pipe bursts in Ossa | Ossa News</title></head><body>"
        f"<div class='top'><h1>Pipe bursts in Ossa</h1></div><article>{body}</article></body></html>"
    )
    text = read_page(page).text
    assert text.startswith("Pipe bursts in Ossa\n\nParagraph 0:")
    assert text.count("Pipe bursts in Ossa") == 1


def test_page_with_a_title_only_gets_no_invented_headline():
    body = "".join(
        f"<p>Paragraph {n}: the ferry left at noon with 40 cars aboard, the operator said.</p>" for n in range(3)
    )
    text = read_page(f"<html><head><title>Ossa News</title></head><body><div>{body}</div></body></html>").text
    assert text.startswith("Paragraph 0:")


@pytest.mark.parametrize(
    "blocks, prose",
    [
        (["Home", "Sport", "Rugby club names new coach", "Regatta moved to June after storm damage"], False),
        (["World", "The ferry left at noon with 40 cars aboard."], True),
        (["Five dead."], False),  # too short to be an article
        (["The council said the road would reopen on Friday"], False),  # never closed by a stop
        (["“We will rebuild every street,” she said on Monday evening."], True),
    ],
)
def test_has_prose(blocks, prose):
    assert has_prose(blocks) is prose


def test_lists_tables_and_line_breaks_keep_their_lines():
    filler = "".join(
        f"<p>Paragraph {n} reports that the river fell by a metre overnight, officials said.</p>" for n in range(3)
    )
    page = (
        f"<html><body><article><h1>River falls</h1>{filler}"
        "<ul><li>Road A reopened</li><li>Road B still shut</li></ul>"
        "<table><tr><td>Town</td><td>Homes</td></tr><tr><td>Ossa</td><td>120</td></tr></table>"
        "<p>Line one of the address<br>Line two of the address</p></article></body></html>"
    )
    text = read_page(page).text
    assert "Road A reopened\nRoad B still shut" in text
    assert "Town | Homes\nOssa | 120" in text
    assert "Line one of the address\nLine two of the address" in text


@pytest.mark.parametrize(
    "value, expected",
    [
        ("2025-02-11T06:20:00Z", "2025-02-11T06:20+00:00"),
        ("2025-02-11T06:20:00.000+0530", "2025-02-11T06:20+05:30"),
        ("2025-02-11 06:20", "2025-02-11T06:20"),
        ("2025-02-11", "2025-02-11"),
        ("2025-02-11T06:20:00-04:00 ", "2025-02-11T06:20-04:00"),
        ("1970-01-01T00:00:00Z", None),  # a placeholder, not a publication date
        ("2025-02-30", None),
        ("11 February 2025", None),
        ("", None),
    ],
)
def test_normalise_moment(value, expected):
    assert normalise_moment(value) == expected


@pytest.mark.parametrize(
    "data, declared, text, warning",
    [
        (
            "<meta charset='windows-1252'><p>café</p>".encode("cp1252"),
            None,
            "<meta charset='windows-1252'><p>café</p>",
            None,
        ),
        ("<p>café</p>".encode("cp1252"), "iso-8859-1", "<p>café</p>", None),  # HTTP header, read as cp1252
        ("<p>naïve €</p>".encode(), None, "<p>naïve €</p>", None),
        (
            "<meta charset=x-klingon><p>café</p>".encode(),
            None,
            "<meta charset=x-klingon><p>café</p>",
            "unknown charset 'x-klingon' declared; read as UTF-8",
        ),
        (
            "<meta charset=utf-8><p>café</p>".encode("cp1252"),
            None,
            "<meta charset=utf-8><p>café</p>",
            "not valid UTF-8 (at byte 26); read as Windows-1252 (cp1252)",
        ),
    ],
)
def test_decode_html(data, declared, text, warning):
    assert decode_html(data, declared) == (text, warning)


_TAGS = st.sampled_from(
    [
        "<p>",
        "</p>",
        "<div class='ad'>",
        "</div>",
        "<h1>",
        "</h1>",
        "<br>",
        "<figure>",
        "<figcaption>",
        "</figcaption>",
        "<ul><li>",
        "</li></ul>",
        "<table><tr><td>",
        "<script>",
        "</script>",
        "<!--",
        "-->",
        "&amp;",
        "&#x0;",
        "<meta charset='utf-8'>",
        "<html>",
        "",
    ]
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(_TAGS, st.text(max_size=40)), max_size=30))
def test_any_markup_gives_a_document_or_a_reason(parts):
    html = "".join(parts)
    try:
        doc = html_document("page", "page.html", html)
    except Unreadable as err:
        assert str(err)
    else:
        assert doc.text.strip() and doc.text == doc.text.strip()
        assert "\n\n\n" not in doc.text


@settings(max_examples=60, deadline=None)
@given(st.binary(max_size=300), st.sampled_from([None, "utf-8", "windows-1252", "shift_jis", "nonsense"]))
def test_any_bytes_decode_or_give_a_reason(data, declared):
    try:
        text, warning = decode_html(data, declared)
    except Unreadable as err:
        assert str(err).startswith("binary file")
    else:
        assert "\r" not in text and (warning is None or warning)


def test_draft_html_keeps_every_block(tmp_path):
    # drafts keep the plain tag stripper: a short list of figures is not boilerplate in a draft
    draft = tmp_path / "draft.html"
    draft.write_text(
        "<html><body><h1>Convoy hit</h1><p>Seven drivers were killed, the agency said.</p>"
        "<ul><li>Four drivers wounded</li><li>Eleven lorries hit</li></ul></body></html>"
    )
    assert read_draft(draft).text == (
        "Convoy hit\n\nSeven drivers were killed, the agency said.\n\nFour drivers wounded\n\nEleven lorries hit"
    )


# --------------------------------------------------------------------------------------------
# Web archives


def _http(status: str, content_type: str | None) -> StatusAndHeaders:
    headers = [("Content-Type", content_type)] if content_type else []
    return StatusAndHeaders(status, headers, protocol="HTTP/1.1")


def _write_warc(path: Path, records: list[tuple], gzip: bool = True) -> None:
    """records: (kind, uri, status, content type, body bytes); kind "response", "resource",
    "request" or "revisit". A warcinfo record comes first (record 1)."""
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=gzip)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "verify tests"}))
        for kind, uri, status, content_type, body in records:
            date = {"WARC-Date": "2025-02-11T19:00:05Z"}
            if kind == "revisit":
                record = writer.create_revisit_record(
                    uri, "sha1:AAAA", uri, "2025-02-10T10:00:00Z", http_headers=_http(status, content_type)
                )
            elif kind == "response":
                record = writer.create_warc_record(
                    uri,
                    kind,
                    payload=io.BytesIO(body),
                    warc_headers_dict=date,
                    http_headers=_http(status, content_type),
                )
            else:
                record = writer.create_warc_record(
                    uri, kind, payload=io.BytesIO(body), warc_headers_dict=date, warc_content_type=content_type or ""
                )
            writer.write_record(record)


def _page_without_meta_charset() -> bytes:
    return TRAM.read_bytes().replace(b'<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">', b"")


CRAWL = [
    ("request", "https://meridian.example/world/tervo", "200 OK", None, b"GET /world/tervo HTTP/1.1\r\n\r\n"),  # 2
    (
        "response",
        "https://meridian.example/world/tervo",
        "200 OK",
        "text/html; charset=utf-8",
        CONVOY.read_bytes(),
    ),  # 3
    ("response", "https://meridian.example/img/convoy.jpg", "200 OK", "image/png", b"\x89PNG\r\n\x1a\nxxxx"),  # 4
    ("response", "http://meridian.example/world/tervo", "301 Moved Permanently", "text/html", b""),  # 5
    (
        "response",
        "https://meridian.example/world/gone",
        "404 Not Found",
        "text/html",
        b"<html><body><h1>Page not found</h1><p>Sorry, this page has moved or never existed at all.</p></body></html>",
    ),  # 6
    (
        "response",
        "https://citypaper.example/news/tram-derails",
        "200 OK",
        "text/html; charset=windows-1252",
        _page_without_meta_charset(),
    ),  # 7
    ("revisit", "https://meridian.example/world/tervo", "200 OK", "text/html", b""),  # 8
    ("resource", "https://meridian.example/world", None, "text/html", INDEX.read_bytes()),  # 9
    ("response", "https://meridian.example/amp/tervo", "200 OK", None, CONVOY.read_bytes()),  # 10: no type
]


def test_warc_pages_become_documents(tmp_path):
    archive = tmp_path / "crawl.warc.gz"
    _write_warc(archive, CRAWL)
    corpus = load_corpus([archive])
    docs = {d.id: d for d in corpus.documents}
    assert sorted(docs) == ["crawl:10", "crawl:3", "crawl:7"]

    convoy = docs["crawl:3"]
    assert convoy.path == f"{archive}#record-3"
    assert convoy.text == CONVOY_TEXT
    assert convoy.url == "https://meridian.example/world/tervo"  # the target URI, not the canonical address
    # the relative canonical link is resolved against the address the page was captured from
    assert convoy.canonical_url == "https://meridian.example/world/2025/02/11/tervo-convoy"
    assert convoy.captured == "2025-02-11T19:00+00:00"
    assert (convoy.title, convoy.source, convoy.author) == (
        "Aid convoy hit near Tervo; 7 drivers killed, UN agency says",
        "Meridian Daily",
        "Ines Haddad",
    )
    assert (convoy.published, convoy.modified, convoy.published_from) == (
        "2025-02-11T06:20+00:00",
        "2025-02-11T18:05+00:00",
        "html",
    )

    tram = docs["crawl:7"]
    assert "Søndergade" in tram.text and "€40,000" in tram.text  # charset from the HTTP header
    assert tram.source == "citypaper.example"
    assert docs["crawl:10"].text == CONVOY_TEXT  # no content type, but the bytes open like HTML

    assert corpus.skipped == (
        Skipped(f"{archive}#record-6", "HTTP error 404 Not Found: an error page, not an article"),
        Skipped(f"{archive}#record-9", "no main text (nothing on the page reads as an article)"),
    )
    assert corpus.warnings == (
        Skipped(
            str(archive),
            "3 captured records not a web page, not read (1 image/png, 1 redirect, 1 revisit of an earlier capture)",
        ),
    )


@pytest.mark.parametrize("gzip", [True, False])
def test_warc_truncated_record_is_skipped_and_earlier_pages_kept(tmp_path, gzip):
    archive = tmp_path / ("cut.warc.gz" if gzip else "cut.warc")
    pages = [
        ("response", f"https://meridian.example/{n}", "200 OK", "text/html", CONVOY.read_bytes()) for n in range(3)
    ]
    _write_warc(archive, pages, gzip=gzip)
    archive.write_bytes(archive.read_bytes()[:-600])  # the archive ends inside the last page
    corpus = load_corpus([archive])
    assert [d.id for d in corpus.documents] == ["cut:2", "cut:3"]
    (skipped,) = corpus.skipped
    assert skipped.path == f"{archive}#record-4"
    assert skipped.reason.startswith("record truncated: the archive ends ")
    assert skipped.reason.endswith(" bytes before the record does")


def test_warc_corrupt_gzip_keeps_pages_before_the_damage(tmp_path):
    archive = tmp_path / "bad.warc.gz"
    pages = [
        ("response", f"https://meridian.example/{n}", "200 OK", "text/html", CONVOY.read_bytes()) for n in range(4)
    ]
    _write_warc(archive, pages)
    data = archive.read_bytes()
    # the gzip members of the records, to find where record 4 (the third page) starts
    starts = [0] + [i for i in range(1, len(data) - 1) if data[i : i + 3] == b"\x1f\x8b\x08"]
    cut = starts[3] + 40
    archive.write_bytes(data[:cut] + bytes(64) + data[cut + 64 :])
    corpus = load_corpus([archive])
    assert [d.id for d in corpus.documents] == ["bad:2", "bad:3"]
    assert corpus.skipped == (
        Skipped(
            f"{archive}#record-4",
            "archive damaged here (corrupt gzip data or no "
            "WARC record header where one should start); the rest of the archive "
            "was not read",
        ),
    )


@pytest.mark.parametrize(
    "name, content, reason",
    [
        (
            "notes.warc",
            b"These are my notes, not an archive.\n",
            "not a WARC archive (no WARC record header where one should start)",
        ),
        ("empty.warc.gz", b"", "empty file"),
    ],
)
def test_file_that_is_not_an_archive_is_skipped(tmp_path, name, content, reason):
    (tmp_path / name).write_bytes(content)
    corpus = load_corpus([tmp_path / name, CONVOY])
    assert [d.id for d in corpus.documents] == ["relief-convoy"]
    assert corpus.skipped == (Skipped(str(tmp_path / name), reason),)


def test_archive_without_pages_is_skipped(tmp_path):
    archive = tmp_path / "images.warc.gz"
    _write_warc(
        archive,
        [
            ("response", "https://m.example/a.png", "200 OK", "image/png", b"\x89PNGxx"),
            ("response", "https://m.example/b.css", "200 OK", "text/css", b"p{}"),
        ],
    )
    with pytest.raises(InputError, match="no web page in the archive"):
        load_corpus([archive])
    corpus = load_corpus([archive, CONVOY])
    assert corpus.skipped == (
        Skipped(
            str(archive),
            "no web page in the archive (2 captured records not a web page, not read (1 image/png, 1 text/css))",
        ),
    )


def test_warc_page_over_the_size_limit_is_skipped(tmp_path):
    archive = tmp_path / "big.warc"
    small = (
        b"<html><body><p>"
        + b"The bridge reopened on Friday after repairs, the council said. " * 3
        + b"</p></body></html>"
    )
    _write_warc(
        archive,
        [
            ("response", "https://m.example/big", "200 OK", "text/html", CONVOY.read_bytes()),
            ("response", "https://m.example/small", "200 OK", "text/html", small),
        ],
        gzip=False,
    )
    corpus = load_corpus([archive], max_bytes=2000)
    assert [d.id for d in corpus.documents] == ["big:3"]
    (skipped,) = corpus.skipped
    assert skipped.path == f"{archive}#record-2"
    assert skipped.reason.startswith("record too large (") and "the limit is 2,000 bytes" in skipped.reason


# --------------------------------------------------------------------------------------------
# End to end


def test_html_corpus_claims_point_at_their_words(tmp_path, rules, nlp):
    from verify.run import verify_corpus

    archive = tmp_path / "crawl.warc.gz"
    _write_warc(archive, CRAWL)
    corpus = load_corpus([archive, CONVOY, TRAM])
    report, _ = verify_corpus(corpus, rules, nlp, processes=1)
    texts = {d.id: d.text for d in corpus.documents}
    claims = report["claims"]
    assert {c["doc"] for c in claims} == set(texts)  # every page gives claims
    for claim in claims:
        assert texts[claim["doc"]][claim["start"] : claim["end"]] == claim["text"], claim
    # the headline and the caption are read like any sentence
    sentences = {c["sentence"] for c in claims if c["doc"] == "relief-convoy"}
    assert "Aid convoy hit near Tervo; 7 drivers killed, UN agency says" in sentences
    assert "Burnt-out lorries on the road south of Tervo on Tuesday, 11 February." in sentences


def test_mixed_corpus_gives_one_report(tmp_path, monkeypatch, nlp, capsys):
    import verify.run as run_stage

    monkeypatch.setattr(run_stage, "load_nlp", lambda model: nlp)
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "relief-convoy.html").write_bytes(CONVOY.read_bytes())
    _write_warc(corpus / "crawl.warc.gz", [CRAWL[5]])
    (corpus / "ledger.md").write_text((WEB / "md" / "02_ledger.md").read_text(encoding="utf-8"), encoding="utf-8")
    out = tmp_path / "out"
    assert main(["run", str(corpus), "--out", str(out), "--quiet"]) == 0
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    docs = {d["id"]: d for d in report["documents"]}
    assert sorted(docs) == ["crawl:2", "ledger", "relief-convoy"]
    assert docs["crawl:2"]["path"] == f"{corpus / 'crawl.warc.gz'}#record-2"
    assert docs["relief-convoy"]["source"] == "Meridian Daily"
    assert docs["ledger"]["source"] == "The Coastal Ledger"
    assert {c["doc"] for c in report["claims"]} == set(docs)
    assert report["skipped"] == []


# --------------------------------------------------------------------------------------------
# The same article as Markdown and as a web page gives the same claims


def _coverage_to_html():
    spec = importlib.util.spec_from_file_location("coverage_to_html", ROOT / "bench" / "coverage_to_html.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_markdown_and_html_versions_give_the_same_claims(tmp_path, rules, nlp):
    convert = _coverage_to_html()
    pages = convert.write_pages(WEB / "md", tmp_path / "pages")
    assert [p.name for p in pages] == ["01_meridian.html", "02_ledger.html"]
    page = pages[0].read_text(encoding="utf-8")
    assert "<figcaption>[Photo: Burnt-out lorries" in page and '<meta property="og:site_name"' in page
    result = convert.compare(WEB / "md", tmp_path / "pages", nlp, rules)
    assert result["identical"] == ["01_meridian", "02_ledger"], result["differs"]
    assert result["claims_md"] == result["claims_html"] > 10
    assert result["meta"] == {}  # title, source and published agree too
