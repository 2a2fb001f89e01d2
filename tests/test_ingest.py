"""Tests for verify/ingest/ (the package): good fixtures, one file per bad case, properties, real data."""

from __future__ import annotations

import codecs
import hashlib
import itertools
import json
import os
import re
import tempfile
from datetime import date, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from verify.errors import InputError
from verify.ingest import Corpus, html_to_text, load_corpus, normalise_date, read_draft
from verify.ingest.frontmatter import split_front_matter
from verify.ingest.textfile import headline_of
from verify.models import Document, Skipped

DATA = Path(__file__).parent / "data"
GOOD = DATA / "ingest" / "corpus"
BAD = DATA / "bad"
GOOD_IDS = ["article_a", "article_b", "article_c", "feed_1", "feed_2"]
SHARED = Path("/work/shared")


def _ids(corpus: Corpus) -> list[str]:
    return [d.id for d in corpus.documents]


def _reasons(entries: tuple[Skipped, ...]) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for entry in entries:
        found.setdefault(entry.path, []).append(entry.reason)
    return found


# --------------------------------------------------------------------------------------------
# Good fixtures


def test_good_corpus_reads_every_document_and_skips_nothing():
    corpus = load_corpus([GOOD])
    assert _ids(corpus) == GOOD_IDS  # .hidden.txt is ignored, sub/ is walked
    assert corpus.skipped == ()
    assert corpus.warnings == ()


@pytest.mark.parametrize(
    "doc_id, path, text, title, source, published, url",
    [
        (
            "article_a",
            "article_a.txt",
            "Security footage shows the hospital was shelled.\nDr. Mohammed Maaz was killed.\n",
            None,
            None,
            None,
            None,
        ),
        (
            "article_b",
            "article_b.md",
            "At least 27 people were killed in the strike.\n",
            "Strike on al-Quds hospital",
            "Reuters",
            "2016-04-28T10:15",  # a time in the front matter is kept to the minute
            "https://example.org/a",
        ),
        ("article_c", "sub/article_c.markdown", "\nThe death toll rose to 50.\n", None, None, "2016-04-29", None),
        (
            "feed_1",
            "feed.jsonl:1",
            "The toll rose to 55.\nOfficials said.",
            "Toll rises",
            "AP",
            "2016-04-30",
            "https://example.org/f1",
        ),
        ("feed_2", "feed.jsonl:3", "A second report.", None, None, None, None),
    ],
)
def test_good_document_fields(doc_id, path, text, title, source, published, url):
    docs = {d.id: d for d in load_corpus([GOOD]).documents}
    assert docs[doc_id] == Document(
        id=doc_id,
        path=str(GOOD / path),
        text=text,
        sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        title=title,
        source=source,
        published=published,
        url=url,
        published_from="front_matter" if published else "none",
    )


def test_jsonl_extra_keys_are_never_stored():
    doc = {d.id: d for d in load_corpus([GOOD]).documents}["feed_1"]
    assert "event" not in vars(doc) and "split" not in vars(doc)
    # (the path is where the file was read from: a checkout's folder may be named anything)
    stored = repr(doc).replace(doc.path, "")
    assert "123" not in stored and "train" not in stored


# --------------------------------------------------------------------------------------------
# One file per bad case: what it yields, and the good documents still come through


SKIPPED_CASES = [
    ("empty.txt", "empty file"),
    ("whitespace.txt", "empty file"),
    ("binary_pdf.txt", "binary file (looks like a PDF), not text"),
    ("image.txt", "binary file (looks like a PNG image), not text"),
    ("nul_bytes.txt", "binary file (contains NUL bytes), not text"),
    ("no_letters.txt", "no text to read (no letters)"),
    ("frontmatter_only.md", "empty file (front matter only, no body)"),
    ("report.pdf", "unsupported file type .pdf (expected .txt, .md, .jsonl, .html or .warc)"),
]


@pytest.mark.parametrize("name, reason", SKIPPED_CASES)
def test_bad_file_is_skipped_with_reason(name, reason):
    corpus = load_corpus([GOOD, BAD / name])
    assert _ids(corpus) == GOOD_IDS
    assert corpus.skipped == (Skipped(str(BAD / name), reason),)


READ_CASES = [
    # (file, exact text, title, warning or None)
    ("bom.txt", "Police said three people were hurt in Zürich.\n", None, None),
    ("utf16.txt", "Police said “four” people were hurt.\n", None, None),
    ("crlf.txt", "Line one says hello.\nLine two says goodbye.\n", None, None),
    ("cr_only.txt", "Line one says hello.\nLine two says goodbye.\n", None, None),
    (
        "cp1252.txt",
        "The minister said “we will rebuild the café” on Monday.\n",
        None,
        "not valid UTF-8 (at byte 18); read as Windows-1252 (cp1252)",
    ),
    (
        "latin1.txt",
        "Zürich police closed the café \x81 at noon.\n",
        None,
        "not valid UTF-8 (at byte 1); read as latin-1 (ISO-8859-1)",
    ),
    (
        "frontmatter_unknown.md",
        "The hospital was hit on Wednesday.\n",
        "Hospital hit",
        "unknown front-matter keys 'author', 'tags' ignored (known keys: title, source, published, url)",
    ),
    (
        "frontmatter_baddate.md",
        "The hospital was hit on Wednesday.\n",
        "Hospital hit",
        "front matter 'published' 'last Wednesday' is not an ISO date (YYYY-MM-DD); left empty",
    ),
    # a key YAML cannot read loses only itself: source survives, the body is the text after the front matter
    (
        "frontmatter_broken_yaml.md",
        "The hospital was hit on Wednesday.\n",
        None,
        "front matter 'title' (line 2) is not valid YAML (expected ',' or ']', but got '<stream end>'); ignored",
    ),
    (
        "frontmatter_unclosed.md",
        "---\ntitle: Hospital hit\nThe hospital was hit on Wednesday.\n",
        None,
        "front matter not closed (no second '---' line); read the whole file as text",
    ),
    (
        "frontmatter_not_mapping.md",
        "---\n- just\n- a list\n---\nThe hospital was hit on Wednesday.\n",
        None,
        "front matter is not a YAML mapping of key: value; read the whole file as text",
    ),
]


@pytest.mark.parametrize("name, text, title, warning", READ_CASES)
def test_odd_file_is_read_with_warning(name, text, title, warning):
    corpus = load_corpus([GOOD, BAD / name])
    docs = {d.id: d for d in corpus.documents}
    doc = docs[Path(name).stem]
    assert sorted(docs) == sorted(GOOD_IDS + [doc.id])
    assert (doc.text, doc.title, doc.published) == (text, title, None)
    assert corpus.skipped == ()
    expected = () if warning is None else (Skipped(str(BAD / name), warning),)
    assert corpus.warnings == expected


MALFORMED_LINES = [
    (2, "line 2: not valid JSON (Expecting ',' delimiter at column 42)"),
    (3, "line 3: not a JSON object (got an array)"),
    (4, "line 4: missing 'id'"),
    (5, "line 5: empty 'id'"),
    (6, "line 6: missing 'text'"),
    (7, "line 7: 'text' must be a string, got a number"),
    (8, "line 8: empty 'text'"),
    (9, "line 9: no text to read (no letters)"),
    (12, "line 12: 'text' is not valid Unicode (lone surrogate)"),
    (14, "line 14: 'id' must be a string, got true/false"),
]


def test_malformed_jsonl_keeps_good_lines():
    path = BAD / "malformed.jsonl"
    corpus = load_corpus([GOOD, path])
    docs = {d.id: d for d in corpus.documents}
    assert sorted(docs) == sorted(GOOD_IDS + ["7", "ok_first", "ok_second"])
    assert (docs["7"].path, docs["7"].title) == (f"{path}:13", None)
    assert docs["ok_first"].path == f"{path}:1"
    assert docs["ok_first"].published == "2016-04-28T09:30+00:00"  # datetime string: kept to the minute
    assert docs["ok_second"].path == f"{path}:11"  # line 10 is blank and ignored
    assert (docs["ok_second"].title, docs["ok_second"].published) == (None, None)
    assert corpus.skipped == tuple(Skipped(f"{path}:{n}", reason) for n, reason in MALFORMED_LINES)
    assert _reasons(corpus.warnings) == {
        f"{path}:11": [
            "JSON field 'published' 'yesterday' is not an ISO date (YYYY-MM-DD); left empty",
            "JSON field 'title' should be text, got a list; ignored",
        ],
        f"{path}:13": ["JSON field 'title' is not valid Unicode (lone surrogate); ignored"],
    }


def test_duplicate_ids_keep_the_first_in_path_order():
    dup = BAD / "duplicate_ids.jsonl"
    corpus = load_corpus([dup, BAD / "bom.txt"])
    docs = {d.id: d for d in corpus.documents}
    assert sorted(docs) == ["bom", "dup"]
    assert docs["bom"].path == str(BAD / "bom.txt")
    assert docs["dup"].text == "First copy wins."
    assert corpus.skipped == (
        Skipped(f"{dup}:1", f"duplicate document id 'bom' (already read from {BAD / 'bom.txt'})"),
        Skipped(f"{dup}:3", f"duplicate document id 'dup' (already read from {dup}:2)"),
    )


def test_duplicate_stem_in_two_folders(tmp_path):
    for folder, text in (("a", "First story."), ("b", "Second story.")):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "story.txt").write_text(text)
    corpus = load_corpus([tmp_path / "b", tmp_path / "a"])
    assert [(d.id, d.text) for d in corpus.documents] == [("story", "First story.")]
    assert corpus.skipped == (
        Skipped(
            str(tmp_path / "b" / "story.txt"),
            f"duplicate document id 'story' (already read from {tmp_path / 'a' / 'story.txt'})",
        ),
    )


def test_whole_bad_folder_still_reads_the_good_parts():
    corpus = load_corpus([BAD])
    assert len(corpus.documents) == 15
    assert len(corpus.skipped) == 20
    assert all(s.reason for s in corpus.skipped + corpus.warnings)


# --------------------------------------------------------------------------------------------
# Sizes, folders, symlinks, order


def test_big_file_is_read(tmp_path):
    paragraph = "Police said at least 27 people were killed in the strike on the hospital.\r\n"
    count = 20_000_000 // len(paragraph) + 1
    (tmp_path / "big.txt").write_bytes(paragraph.encode() * count)
    (doc,) = load_corpus([tmp_path]).documents
    assert len(doc.text) == (len(paragraph) - 1) * count
    assert "\r" not in doc.text


def test_file_over_the_limit_is_skipped(tmp_path):
    (tmp_path / "small.txt").write_text("Short enough.")
    (tmp_path / "large.txt").write_text("Far too long for the limit." * 10)
    corpus = load_corpus([tmp_path], max_bytes=100)
    assert _ids(corpus) == ["small"]
    assert corpus.skipped == (
        Skipped(
            str(tmp_path / "large.txt"),
            "file too large (270 bytes, over 100; the limit is limits.max_document_mb in the rules, "
            "or --max-document-mb)",
        ),
    )


def test_hidden_and_junk_files_are_ignored_silently(tmp_path):
    (tmp_path / "story.txt").write_text("A story.")
    for name in (".DS_Store", "story.txt~", "story.txt.swp", "Thumbs.db", "notes.bak"):
        (tmp_path / name).write_bytes(b"\x00junk")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "config.txt").write_text("Not a story.")
    corpus = load_corpus([tmp_path])
    assert (_ids(corpus), corpus.skipped) == (["story"], ())


def test_unsupported_file_without_extension(tmp_path):
    (tmp_path / "story.txt").write_text("A story.")
    (tmp_path / "LICENSE").write_text("Some licence.")
    assert load_corpus([tmp_path]).skipped == (
        Skipped(
            str(tmp_path / "LICENSE"),
            "unsupported file type (no extension) (expected .txt, .md, .jsonl, .html or .warc)",
        ),
    )


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symlinks on this platform")
def test_symlinks_leaving_the_corpus_are_skipped(tmp_path):
    corpus_dir, outside = tmp_path / "corpus", tmp_path / "outside"
    corpus_dir.mkdir()
    outside.mkdir()
    (outside / "secret.txt").write_text("Outside the corpus.")
    (corpus_dir / "story.txt").write_text("Inside the corpus.")
    (corpus_dir / "inner").mkdir()
    (corpus_dir / "inner" / "other.txt").write_text("Another inside story.")
    (corpus_dir / "escape.txt").symlink_to(outside / "secret.txt")
    (corpus_dir / "escape_dir").symlink_to(outside, target_is_directory=True)
    (corpus_dir / "alias.txt").symlink_to(corpus_dir / "story.txt")  # inside: followed
    (corpus_dir / "loop").symlink_to(corpus_dir, target_is_directory=True)
    (corpus_dir / "dangling.txt").symlink_to(tmp_path / "missing.txt")
    corpus = load_corpus([corpus_dir])
    assert _ids(corpus) == ["alias", "other", "story"]
    assert corpus.skipped == (
        Skipped(str(corpus_dir / "dangling.txt"), "broken symlink"),
        Skipped(str(corpus_dir / "escape.txt"), "symlink leaves the corpus folder"),
        Skipped(str(corpus_dir / "escape_dir"), "symlink leaves the corpus folder"),
        Skipped(str(corpus_dir / "loop"), "folder already read through another path (symlink)"),
    )


def test_argument_order_does_not_change_the_result():
    args = [GOOD, BAD / "crlf.txt", BAD / "malformed.jsonl", BAD / "cp1252.txt", BAD]
    orders = [args, args[::-1]] + [args[i:] + args[:i] for i in range(1, len(args))]
    orders += [list(p) for p in itertools.islice(itertools.permutations(args), 0, None, 17)]
    results = {repr(load_corpus(order)) for order in orders}
    assert len(results) == 1


def test_same_file_twice_is_read_once():
    corpus = load_corpus([GOOD, GOOD / "article_a.txt", str(GOOD / "article_a.txt")])
    assert (_ids(corpus), corpus.skipped) == (GOOD_IDS, ())


# --------------------------------------------------------------------------------------------
# When nothing can be read


@pytest.mark.parametrize(
    "make, message",
    [
        (lambda d: [d / "nope"], "no such file or folder: "),
        (lambda d: [d], "nothing to read in "),
        (lambda d: [BAD / "empty.txt", BAD / "image.txt"], "no document could be read from "),
        (lambda d: [], "no corpus given"),
    ],
)
def test_nothing_readable_raises_input_error(tmp_path, make, message):
    with pytest.raises(InputError, match="^" + message) as err:
        load_corpus(make(tmp_path))
    assert err.value.hint


def test_nothing_readable_message_lists_what_was_skipped():
    with pytest.raises(InputError) as err:
        load_corpus([BAD / "empty.txt", BAD / "image.txt"])
    assert "2 inputs skipped" in str(err.value)
    assert "image.txt: binary file (looks like a PNG image), not text" in str(err.value)


def test_missing_path_among_good_ones_is_skipped(tmp_path):
    corpus = load_corpus([GOOD, tmp_path / "nope"])
    assert _ids(corpus) == GOOD_IDS
    assert corpus.skipped == (Skipped(str(tmp_path / "nope"), "no such file or folder"),)


# --------------------------------------------------------------------------------------------
# Metadata helpers and drafts


@pytest.mark.parametrize(
    "value, expected",
    [
        ("2016-04-27", "2016-04-27"),
        ("2016-04-27T10:15:00Z", "2016-04-27"),
        ("2016-04-27 23:59:59+02:00", "2016-04-27"),
        (date(2016, 4, 27), "2016-04-27"),
        (datetime(2016, 4, 27, 8, 0), "2016-04-27"),
        ("27 April 2016", None),
        ("2016-02-30", None),
        ("", None),
        (2016, None),
    ],
)
def test_normalise_date(value, expected):
    if expected is None:
        with pytest.raises(ValueError):
            normalise_date(value)
    else:
        assert normalise_date(value) == expected


def test_read_draft_html():
    doc = read_draft(DATA / "ingest" / "draft.html")
    assert doc.id == "draft"
    assert doc.title == "Draft story"
    assert doc.text == "Strike\n\nAt least 27 people were killed.\n\nDr. Maaz\ndied."


@pytest.mark.parametrize(
    "html, text",
    [
        ("<p>One.</p><p>Two.</p>", "One.\n\nTwo."),
        ("<div>A <b>bold</b>\n  move</div>", "A bold move"),
        ("<script>alert('x')</script><style>p{}</style><p>Kept.</p>", "Kept."),
        ("<p>Fish &amp; chips &#8220;hot&#8221;</p>", "Fish & chips “hot”"),
        ("<pre>a\n  b</pre>", "a\nb"),
        ("<p>unclosed<p>tags", "unclosed\n\ntags"),
        ("", ""),
    ],
)
def test_html_to_text(html, text):
    assert html_to_text(html)[1] == text


@pytest.mark.parametrize(
    "name, message",
    [
        ("bad/empty.txt", "cannot read draft .*: empty file"),
        ("bad/image.txt", "cannot read draft .*: binary file"),
        ("bad/malformed.jsonl", "cannot read draft .*: unsupported file type .jsonl"),
        ("bad/missing.txt", "draft not found: "),
    ],
)
def test_read_draft_errors(name, message):
    with pytest.raises(InputError, match=message):
        read_draft(DATA / name)


def test_read_draft_text_with_front_matter():
    doc = read_draft(GOOD / "article_b.md")
    assert (doc.title, doc.published, doc.text) == (
        "Strike on al-Quds hospital",
        "2016-04-28T10:15",
        "At least 27 people were killed in the strike.\n",
    )


def test_read_draft_empty_html(tmp_path):
    (tmp_path / "blank.html").write_text("<html><script>var a = 1;</script></html>")
    with pytest.raises(InputError, match="no visible text"):
        read_draft(tmp_path / "blank.html")


# --------------------------------------------------------------------------------------------
# Properties


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.binary(max_size=400), suffix=st.sampled_from([".txt", ".md", ".jsonl"]))
def test_random_bytes_never_raise_anything_but_input_error(data, suffix):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"random{suffix}"
        path.write_bytes(data)
        try:
            corpus = load_corpus([path])
        except InputError:
            return
        for doc in corpus.documents:
            doc.text.encode("utf-8")
            assert "\r" not in doc.text


_TEXT = st.text(
    alphabet=st.one_of(st.characters(blacklist_categories=("Cs", "Cc")), st.sampled_from(["\n", "\r", "\t", " "])),
    min_size=1,
    max_size=300,
)


@settings(max_examples=300, deadline=None)
@given(text=_TEXT)
def test_utf8_text_round_trips(text):
    normalised = text.replace("\r\n", "\n").replace("\r", "\n")
    assume(not normalised.startswith("---") and not text.startswith("\ufeff"))  # front matter, BOM: tables above
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "story.txt"
        path.write_bytes(text.encode("utf-8"))
        if not any(c.isalpha() for c in text):
            with pytest.raises(InputError, match="no letters|empty file"):
                load_corpus(path)
            return
        (doc,) = load_corpus(path).documents
    assert doc.text == normalised


@settings(max_examples=200, deadline=None)
@given(front=_TEXT, body=_TEXT)
def test_any_front_matter_never_crashes(front, body):
    content = f"---\n{front}\n---\n{body}"
    whole = content.replace("\r\n", "\n").replace("\r", "\n")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "story.md"
        path.write_bytes(content.encode("utf-8"))
        try:
            corpus = load_corpus([path])
        except InputError:
            return
    (doc,) = corpus.documents
    assert whole.endswith(doc.text)  # the body, or the whole text when the front matter is ignored
    assert all(isinstance(getattr(doc, k), (str, type(None))) for k in ("title", "source", "published", "url"))


@settings(max_examples=100, deadline=None)
@given(text=_TEXT, title=st.text(min_size=1, max_size=40))
def test_jsonl_text_round_trips(text, title):
    normalised = text.replace("\r\n", "\n").replace("\r", "\n")
    assume(any(c.isalpha() for c in text))  # a text without letters is skipped: tested above
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "feed.jsonl"
        path.write_text(json.dumps({"id": "x", "text": text, "title": title}) + "\n", encoding="utf-8")
        (doc,) = load_corpus([path]).documents
    # a blank title gives way to the text's first line when that reads as a headline
    assert (doc.text, doc.title) == (normalised, title.strip() or headline_of(normalised))


@pytest.mark.parametrize("encoding, bom", [("utf-16-le", codecs.BOM_UTF16_LE), ("utf-16-be", codecs.BOM_UTF16_BE)])
def test_utf16_with_bom(tmp_path, encoding, bom):
    (tmp_path / "story.txt").write_bytes(bom + "Ünïcode story.\r\n".encode(encoding))
    (doc,) = load_corpus([tmp_path]).documents
    assert doc.text == "Ünïcode story.\n"


# --------------------------------------------------------------------------------------------
# Real data (skipped where the shared folder is absent)


@pytest.mark.skipif(not (SHARED / "seeds").is_dir(), reason="shared seeds not available")
def test_real_seeds():
    corpus = load_corpus([SHARED / "seeds"])
    assert len(corpus.documents) == 5
    assert (corpus.skipped, corpus.warnings) == ((), ())


@pytest.mark.skipif(not (SHARED / "data/gvc/documents.jsonl").is_file(), reason="gvc data not available")
def test_real_gvc_jsonl():
    corpus = load_corpus([SHARED / "data/gvc/documents.jsonl"])
    assert len(corpus.documents) == 436
    assert (corpus.skipped, corpus.warnings) == ((), ())
    # the JSONL day, made a moment where the page's own "Posted: ... 5:46 PM EDT" line gives the time
    assert all(
        d.published_from == "front_matter"
        and re.fullmatch(r"\d{4}-\d\d-\d\d(T\d\d:\d\d([+-]\d\d:\d\d)?)?", d.published)
        for d in corpus.documents
    )
    assert all(set(vars(d)) == set(vars(corpus.documents[0])) for d in corpus.documents)
    assert "event" not in vars(corpus.documents[0])


@pytest.mark.parametrize(
    "front, title, warning",
    [
        # a title with a second ": " written as plain text on one line: kept as written
        (
            "title: Rail crash: toll rises to 19",
            "Rail crash: toll rises to 19",
            "front matter 'title' (line 2) is not valid YAML (mapping values are not allowed here); read as plain text",
        ),
        # quoted, it is plain YAML and nothing is said
        ('title: "Rail crash: toll rises to 19"', "Rail crash: toll rises to 19", None),
        # a value that opens a flow or a quote it does not close is not plain text: it loses its key
        (
            "title: [Rail crash: toll",
            None,
            "front matter 'title' (line 2) is not valid YAML (expected ',' or ']', but got '<stream end>'); ignored",
        ),
    ],
)
def test_a_front_matter_value_yaml_cannot_read_is_kept_when_it_is_plain_text(front, title, warning):
    warn: list[str] = []
    meta, body = split_front_matter(f"---\n{front}\nsource: Ledger\n---\nThe train derailed.\n", warn)
    assert (meta["title"], meta["source"], body) == (title, "Ledger", "The train derailed.\n")
    assert warn == ([] if warning is None else [warning])
