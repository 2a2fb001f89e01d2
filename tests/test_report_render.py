"""Tests for verify/report/{tables,markdown,html,chart,files}.py, on a hand-written report.

The fixture tests/data/report/sample_report.json is a realistic report (an air strike on a
hospital with a rising toll, an undated outlier, a name variant, an altered quote, a syndicated
copy) plus one hostile document whose title, outlet, URL and sentences carry HTML and Markdown.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from verify import outputs
from verify.errors import InputError
from verify.outputs import MANIFEST
from verify.report import chart, files, tables
from verify.report.files import write_atomic, write_report
from verify.report.frames import frame_csv, frames
from verify.report.html import render_html
from verify.report.markdown import escape_md, render_markdown

DATA = Path(__file__).parent / "data" / "report" / "sample_report.json"
SCHEMA = Path(__file__).parent.parent / "verify" / "schema" / "report.schema.json"
HOSTILE = "<script>alert(1)</script>"

# The fixture's display order: (severity, verdict) of every finding except "agree": the event six
# sources tell first (its disagreements, then its revision, its spelling, its difference of
# precision), then the claims one source makes, event by event.
EXPECTED_ATTENTION = [
    ("high", "conflict"),
    ("high", "conflict"),
    ("high", "conflict"),
    ("medium", "altered_quote"),
    ("medium", "update"),
    ("medium", "variant"),
    ("low", "compatible"),
    ("low", "uncorroborated"),
    ("low", "uncorroborated"),
]
READ = [pair for pair in EXPECTED_ATTENTION if pair[1] != "uncorroborated"]


@pytest.fixture()
def report() -> dict:
    return json.loads(DATA.read_text(encoding="utf-8"))


@pytest.fixture()
def markdown(report: dict) -> str:
    return render_markdown(report)


@pytest.fixture()
def page(report: dict) -> str:
    return render_html(report)


def event_id(report: dict, label_start: str) -> str:
    return next(e["id"] for e in report["events"] if e["label"].startswith(label_start))


def test_fixture_is_a_valid_report(report: dict) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    jsonschema.validate(report, json.loads(SCHEMA.read_text(encoding="utf-8")))


# --- attention order ------------------------------------------------------------------------


def finding(fid: str, verdict: str, severity: str, event: str | None = "big") -> dict:
    return {"id": fid, "verdict": verdict, "severity": severity, "event": event, "claims": []}


def two_events(*findings: dict) -> dict:
    """A report of a story three outlets tell ("big") and one only one tells ("small")."""
    docs = [{"id": d, "copy_of": None} for d in ("a", "b", "c", "d")]
    events = [{"id": "small", "documents": ["d"]}, {"id": "big", "documents": ["a", "b", "c"]}]
    return {"documents": docs, "events": events, "claims": [], "findings": list(findings)}


@pytest.mark.parametrize(
    "findings, expected",
    [
        # the story more sources tell first, whatever the severity
        ([finding("a", "conflict", "high", "small"), finding("b", "update", "low")], ["b", "a"]),
        # within an event, by severity, then disagreements, quotations, revisions, spellings,
        # differences of precision: a wide difference of precision in a toll before a spelling
        (
            [
                finding("c", "compatible", "medium"),
                finding("e", "variant", "medium"),
                finding("b", "update", "medium"),
                finding("d", "altered_quote", "medium"),
                finding("f", "conflict", "low"),
                finding("g", "variant", "low"),
                finding("h", "conflict", "high"),
            ],
            ["h", "d", "b", "e", "c", "f", "g"],
        ),
        # claims one source makes come after every event's disagreements, event by event
        (
            [
                finding("a", "uncorroborated", "high"),
                finding("b", "conflict", "low", "small"),
                finding("c", "uncorroborated", "low", "small"),
            ],
            ["b", "a", "c"],
        ),
        # same event and verdict: severity, then finding id
        (
            [finding("z", "conflict", "high"), finding("m", "conflict", "high"), finding("k", "conflict", "medium")],
            ["m", "z", "k"],
        ),
        # ... among equals, the figures further apart first, then the finding more documents give
        (
            [
                {**finding("a", "conflict", "high"), "gap": 0.2, "documents": ["a", "b"]},
                {**finding("b", "conflict", "high"), "gap": 0.6, "documents": ["a", "b"]},
                {**finding("c", "conflict", "high"), "gap": 0.2, "documents": ["a", "b", "c"]},
                finding("d", "conflict", "high"),
            ],
            ["b", "c", "a", "d"],
        ),
        # agree never needs attention
        ([finding("a", "agree", "high"), finding("b", "agree", "info")], []),
        ([], []),
    ],
)
def test_attention_order(findings: list[dict], expected: list[str]) -> None:
    assert [f["id"] for f in tables.attention_findings(two_events(*findings))] == expected


def test_report_json_lists_findings_in_display_order(report: dict) -> None:
    shuffled = {**report, "findings": list(reversed(report["findings"]))}
    assert tables.sorted_findings(shuffled) == tables.sorted_findings(report)
    assert [f["verdict"] for f in tables.sorted_findings(report)][-3:] == ["agree"] * 3


def test_attention_list_of_the_fixture(report: dict) -> None:
    got = [(f["severity"], f["verdict"]) for f in tables.attention_findings(report)]
    assert got == EXPECTED_ATTENTION


def test_markdown_leads_with_summary_then_attention_in_order(markdown: str) -> None:
    lines = markdown.splitlines()
    assert lines[0] == "# Verification report"
    assert lines[2].startswith(
        "7 documents · 2 inputs skipped · 26 claims · 3 events · 2 entities · 12 findings (3 conflict"
    )
    headings = re.findall(r"^### (\d+)\. ([A-Z ]+) · (\w+) · ", markdown, flags=re.M)
    assert [(sev, verdict.lower().replace(" ", "_")) for _, verdict, sev in headings] == READ
    assert [int(n) for n, _, _ in headings] == list(range(1, 8))
    order = [
        markdown.index(h)
        for h in (
            "## At a glance",
            "## Needs attention (7)",
            "## Claims only one source makes (2)",
            "## Events",
            "## Names spelled more than one way",
            "## Documents",
            "## Skipped inputs (2)",
        )
    ]
    assert order == sorted(order)
    assert "AGREE" not in markdown.split("## Events")[0]


def test_html_attention_order_and_data_attributes(page: str) -> None:
    attention = page.split('<section id="events">')[0]
    items = re.findall(
        r'<li class="finding sev-(\w+)" id="[^"]+" data-verdict="(\w+)" data-severity="(\w+)">', attention
    )
    assert [(sev, verdict) for sev, verdict, _ in items] == EXPECTED_ATTENTION
    assert all(a == b for a, _, b in items)


def test_each_finding_shows_rule_and_description(report: dict, markdown: str, page: str) -> None:
    for f in tables.attention_findings(report):
        description = report["rules"]["descriptions"][f["rule"]]
        if f["verdict"] != "uncorroborated":  # Markdown lists those by their evidence alone
            assert f"`{f['rule']}` — {escape_md(description)}" in markdown
        assert f"<code>{f['rule']}</code> — {description}" in page


# --- evidence -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "words",
    [
        "Only 3 people died",
        "At least 14 people were killed",
        "rose to 27",
        "risen to more than 50",
        "Mohammed Wassim Moaz",
        "Muhammad Waseem Maaz",
        "six children",
        "barrel bombs",
    ],
)
def test_evidence_words_are_highlighted(markdown: str, page: str, words: str) -> None:
    assert f"**{words}**" in markdown
    assert f"<mark>{words}</mark>" in page


def test_evidence_carries_provenance(markdown: str, page: str) -> None:
    assert (
        "- `2016-04-29-aljazeera-aleppo-toll` · Al Jazeera · 2016-04-29 · citing Medecins Sans Frontieres  \n"
        "  > The death toll from the strike on al-Quds hospital rose to 27, including **six children**, according to MSF."
    ) in markdown
    assert "`aleppo-blog-undated` · Aleppo Today \\<b\\>blog\\</b\\> · date unknown" in markdown
    assert "date unknown</span>" in page


def claim(sentence: str, text: str, start: int, sentence_start: int) -> dict:
    return {
        "sentence": sentence,
        "text": text,
        "start": start,
        "end": start + len(text),
        "sentence_start": sentence_start,
    }


@pytest.mark.parametrize(
    "c, expected",
    [
        (claim("At least 14 died.", "14", 109, 100), ("At least ", "14", " died.")),
        (claim("14 died.", "14", 50, 50), ("", "14", " died.")),
        # offsets that do not point at the text: found by search instead
        (claim("At least 14 died.", "14", 3, 0), ("At least ", "14", " died.")),
        # text not in the sentence: nothing highlighted, the sentence kept whole
        (claim("At least 14 died.", "27", 3, 0), ("At least 14 died.", "", "")),
    ],
)
def test_split_sentence(c: dict, expected: tuple[str, str, str]) -> None:
    assert tables.split_sentence(c) == expected


# --- escaping -------------------------------------------------------------------------------


def test_hostile_text_is_literal_in_markdown(markdown: str) -> None:
    assert HOSTILE not in markdown
    assert "\\<script\\>alert(1)\\</script\\>" in markdown
    assert "\\*propaganda\\* \\| \\# not a heading" in markdown
    assert "\\[link\\](javascript:alert(2))" in markdown
    assert not re.search(r"(?<!\\)\]\(javascript:", markdown)  # no live link
    # every row of a table has as many cells as its header
    for block in re.findall(r"(?:^\|.*\n)+", markdown, flags=re.M):
        widths = {len(re.split(r"(?<!\\)\|", row)) for row in block.splitlines()}
        assert len(widths) == 1, block


def test_hostile_text_is_literal_in_html(page: str) -> None:
    assert HOSTILE not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert page.count("<script>") == 1  # the page's own filter script, nothing else
    assert 'href="javascript:' not in page
    assert "Aleppo Today &lt;b&gt;blog&lt;/b&gt;" in page


def test_html_is_self_contained(page: str) -> None:
    assert "Content-Security-Policy" in page
    for forbidden in ("<link", " src=", "@import", "url(", "<iframe", "<img"):
        assert forbidden not in page
    external = set(re.findall(r'href="(https?://[^"]+)"', page))
    assert external == {  # only the documents' own URLs, as links a reader may follow
        "https://www.bbc.co.uk/news/world-middle-east-36160859",
        "https://www.reuters.com/article/mideast-crisis-syria-aleppo-idUSKCN0XO0ZV",
        "https://news.yahoo.com/air-strike-aleppo-hospital-kills-14.html",
        "https://www.aljazeera.com/news/2016/4/29/death-toll-rises-aleppo-hospital",
        "https://www.theguardian.com/world/2016/apr/30/aleppo-hospital-strike",
        "https://apnews.com/article/aleppo-sukkari-shelling",
    }
    assert "@media print" in page


@pytest.mark.parametrize(
    "text, expected",
    [
        ("plain words", "plain words"),
        ("*bold* _em_ `code`", "\\*bold\\* \\_em\\_ \\`code\\`"),
        ("a | b", "a \\| b"),
        ("# heading", "\\# heading"),
        ("<b>x</b>", "\\<b\\>x\\</b\\>"),
        ("[t](u)", "\\[t\\](u)"),
        ("two\nlines  folded", "two lines folded"),
        (None, ""),
    ],
)
def test_escape_md(text: str | None, expected: str) -> None:
    assert escape_md(text) == expected


def _controls_shown(text: str) -> str:
    """What escape_md shows for a control character left after white space is folded."""
    return re.sub(r"[\x00-\x1f\x7f-\x9f]", lambda m: f"\\x{ord(m.group()):02x}", text)


@given(st.text())
def test_escape_md_keeps_the_text(text: str) -> None:
    escaped = escape_md(text)
    assert "\n" not in escaped
    assert not re.search(r"[\x00-\x1f\x7f-\x9f]", escaped)
    unescaped = re.sub(r"\\([\\`*_\[\]<>#|~&])", r"\1", escaped)
    assert unescaped == _controls_shown(" ".join(text.split()))


# --- events, entities, documents, skipped ---------------------------------------------------


def test_events_with_findings_first_and_empty_events_skipped(report: dict, markdown: str) -> None:
    labels = [e["label"] for e in tables.sorted_events(report)]
    assert labels == [
        "air strike on al-Quds hospital, Aleppo, 2016-04-27",
        "shelling of al-Sukkari district, Aleppo, 2016-04-28",
    ]
    assert "protest in Idlib" not in markdown


def test_event_table_rows(report: dict, markdown: str) -> None:
    assert (
        "| deaths | risen to more than 50 | 51+ | 51 | `2016-04-30-guardian-aleppo` | The Guardian "
        "| the Syrian Civil Defence | 2016-04-30 | update |"
    ) in markdown
    assert "| injured | Dozens of people were wounded | 24–99 | 24 |" in markdown
    assert "| deaths | rose to 27 | 27 | 27 |" in markdown
    index = tables.index_report(report)
    event = next(e for e in report["events"] if e["id"] == event_id(report, "air strike"))
    rows = tables.event_rows(report, index, event)
    deaths = [r.document["id"] for r in rows if r.attribute == "deaths"]
    assert deaths[-1] == "aleppo-blog-undated"  # undated last
    assert [r.claim["kind"] for r in rows] == sorted((r.claim["kind"] for r in rows), key=tables.TABLE_KINDS.index)
    assert not any(r.claim["kind"] == "quote" for r in rows)


def test_entities_documents_and_skipped_are_listed(report: dict, markdown: str, page: str) -> None:
    assert (
        "| Muhammad Waseem Maaz | person | Muhammad Waseem Maaz (`2016-04-28-reuters-aleppo-hospital`); "
        "Mohammed Wassim Moaz (`2016-04-29-aljazeera-aleppo-toll`) |"
    ) in markdown
    assert "Muskilda Zancada | person" not in markdown  # one spelling only
    for s in report["skipped"]:
        assert f"- {escape_md(s['path'])} — {escape_md(s['reason'])}" in markdown
        assert s["path"] in page
    assert "`2016-04-28-reuters-aleppo-hospital` |\n" in markdown  # copy_of column of the Yahoo copy


# --- charts ---------------------------------------------------------------------------------


def test_figure_series_orders_slots_by_date_with_undated_last(report: dict) -> None:
    series = chart.figure_series(report, event_id(report, "air strike"))
    assert [s.attribute for s in series] == ["children_killed", "deaths", "injured"]
    slots = chart.series_slots(series)
    assert [s.published for s in slots] == ["2016-04-28"] * 3 + ["2016-04-29", "2016-04-30", None]
    assert slots[-1].doc == "aleppo-blog-undated"
    deaths = next(s for s in series if s.attribute == "deaths")
    assert [(m.low, m.high) for m in deaths.marks] == [(14, None), (14, None), (14, None), (27, 27), (51, None), (3, 3)]
    assert len({s.colour for s in series}) == 3


def test_chart_colours_agree_across_events(report: dict) -> None:
    colours = {
        s.attribute: s.colour
        for e in report["events"]
        for s in chart.figure_series(report, e["id"])
        if s.attribute == "deaths"
    }
    assert len(colours) == 1


@pytest.mark.parametrize("label_start", ["protest in Idlib", "no such event"])
def test_no_chart_without_counts(report: dict, label_start: str) -> None:
    eid = next((e["id"] for e in report["events"] if e["label"].startswith(label_start)), "e-missing")
    assert chart.figure_series(report, eid) == []
    assert chart.render_svg(report, eid) is None
    assert chart.render_png_bytes(report, eid) is None


def test_svg_is_inline_and_escaped(report: dict) -> None:
    hostile = json.loads(json.dumps(report))
    for c in hostile["claims"]:
        if c["doc"] == "aleppo-blog-undated" and c["kind"] == "count":
            c["attribute"] = "deaths <b>&"
    svg = chart.render_svg(hostile, event_id(hostile, "air strike"))
    assert svg is not None and svg.startswith("<svg ") and svg.endswith("</svg>")
    assert "deaths &lt;b&gt;&amp;" in svg and "<b>" not in svg
    assert "href" not in svg
    assert svg.count("<polygon") == 5  # one arrow per open-ended count


def test_png_is_drawn(report: dict) -> None:
    png = chart.render_png_bytes(report, event_id(report, "air strike"))
    assert png is not None and png[:8] == b"\x89PNG\r\n\x1a\n"


def test_markdown_links_charts(report: dict) -> None:
    eid = event_id(report, "air strike")
    assert f"(chart-{eid}.png)" in render_markdown(report, {eid: f"chart-{eid}.png"})
    assert ".png)" not in render_markdown(report)


# --- tables / CSV ---------------------------------------------------------------------------


def read_csv(path: Path) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8"))))


def test_csvs_have_one_row_per_claim_and_finding(report: dict, tmp_path: Path) -> None:
    write_report(report, tmp_path)
    claims = read_csv(tmp_path / "claims.csv")
    findings = read_csv(tmp_path / "findings.csv")
    assert [r["id"] for r in claims] == [c["id"] for c in report["claims"]]
    assert [r["id"] for r in findings] == [f["id"] for f in report["findings"]]
    assert list(claims[0]) == list(tables.CLAIM_COLUMNS)
    assert list(findings[0]) == list(tables.FINDING_COLUMNS)
    blog = next(r for r in claims if r["doc"] == "aleppo-blog-undated" and r["kind"] == "count")
    assert (blog["low"], blog["high"], blog["best"], blog["published"]) == ("3", "3", "3", "")
    open_ended = next(r for r in claims if r["text"] == "risen to more than 50")
    assert (open_ended["low"], open_ended["high"]) == ("51", "")
    assert json.loads(open_ended["value"])["qualifier"] == "more than"
    update = next(r for r in findings if r["verdict"] == "update")
    assert len(update["claims"].split(";")) == 5
    assert b"\r\n" not in (tmp_path / "claims.csv").read_bytes()


def test_outputs_are_byte_identical_across_runs(report: dict, tmp_path: Path) -> None:
    first = write_report(report, tmp_path / "a")
    second = write_report(report, tmp_path / "b")
    assert [p.name for p in first] == [p.name for p in second]
    for a, b in zip(first, second, strict=True):
        assert a.read_bytes() == b.read_bytes(), a.name


# --- write_report ---------------------------------------------------------------------------


def test_write_report_writes_every_file_in_a_fixed_order(report: dict, tmp_path: Path) -> None:
    out = tmp_path / "out"  # created when missing
    paths = write_report(report, out)
    charts = [f"chart-{event_id(report, 'air strike')}.png", f"chart-{event_id(report, 'shelling')}.png"]
    assert [p.name for p in paths] == ["report.json", "report.md", "report.html", "claims.csv", "findings.csv", *charts]
    assert all(p.parent == out and p.is_file() for p in paths)
    assert sorted(os.listdir(out)) == sorted([MANIFEST, *(p.name for p in paths)])
    text = (out / "report.json").read_text(encoding="utf-8")
    assert json.loads(text) == report
    claim_lines = [line for line in text.splitlines() if line.startswith('    {"id": "c')]
    assert len(claim_lines) == len(report["claims"])  # one record per line
    md = (out / "report.md").read_text(encoding="utf-8")
    assert all(f"]({name})" in md for name in charts)


def test_write_atomic_leaves_the_old_file_on_failure(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "report.json"
    target.write_text("old\n")

    def fail(src: str, dst: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", fail)
    with pytest.raises(OSError):
        write_atomic(target, "new\n")
    assert target.read_text() == "old\n"
    assert os.listdir(tmp_path) == ["report.json"]


@pytest.mark.parametrize("fail_at", [1, 3, 6])
def test_write_report_on_a_full_disk_keeps_the_previous_set(
    report: dict, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fail_at: int
) -> None:
    (tmp_path / "report.json").write_text('{"previous": true}\n')
    (tmp_path / "report.md").write_text("previous\n")
    real_write = outputs._write_file
    calls = []

    def full_disk(path: Path, data) -> str:
        calls.append(path)
        if len(calls) == fail_at:
            raise OSError(28, "No space left on device")
        return real_write(path, data)

    monkeypatch.setattr(outputs, "_write_file", full_disk)
    with pytest.raises(InputError, match="No space left on device.*previous report files were left") as caught:
        write_report(report, tmp_path)
    assert "\n" not in str(caught.value)
    assert (tmp_path / "report.json").read_text() == '{"previous": true}\n'
    assert (tmp_path / "report.md").read_text() == "previous\n"
    assert sorted(os.listdir(tmp_path)) == ["report.json", "report.md"]  # nothing half-written
    assert [p.name for p in tmp_path.parent.iterdir() if ".verify-" in p.name] == []
    monkeypatch.setattr(outputs, "_write_file", real_write)
    write_report(report, tmp_path)
    assert json.loads((tmp_path / "report.json").read_text()) == report


def test_rendering_error_touches_no_file(report: dict, tmp_path: Path) -> None:
    (tmp_path / "report.json").write_text("old\n")
    broken = dict(report, findings=[{"id": "f1"}])
    with pytest.raises(KeyError):
        write_report(broken, tmp_path)
    assert os.listdir(tmp_path) == ["report.json"]


def test_out_is_an_existing_file(report: dict, tmp_path: Path) -> None:
    path = tmp_path / "report"
    path.write_text("not a folder")
    with pytest.raises(InputError, match="is an existing file") as caught:
        write_report(report, path)
    assert "\n" not in str(caught.value)


def test_out_parent_missing(report: dict, tmp_path: Path) -> None:
    with pytest.raises(InputError, match="does not exist") as caught:
        write_report(report, tmp_path / "missing" / "out")
    assert "\n" not in str(caught.value)
    assert not (tmp_path / "missing").exists()


@pytest.mark.parametrize("make_out", [True, False])
def test_out_not_writable(report: dict, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, make_out: bool) -> None:
    # Tests run as root, who may write anywhere: the check asks os.access, so ask it to say no.
    out = tmp_path / "out"
    if make_out:
        out.mkdir()
    monkeypatch.setattr(files.os, "access", lambda path, mode: False)
    with pytest.raises(InputError, match="is not writable") as caught:
        write_report(report, out)
    assert "\n" not in str(caught.value)
    assert caught.value.hint
    assert not make_out or os.listdir(out) == []


def test_rendering_is_deterministic(report: dict) -> None:
    assert render_markdown(report) == render_markdown(report)
    assert render_html(report) == render_html(report)


# --- speed-minded paths must give the same bytes as the plain ones ----------------------------


def test_csv_text_is_the_frames_csv(report: dict) -> None:
    tricky = dict(
        report["claims"][0],
        text='a "quoted", comma',
        sentence='two\nlines, "and" quotes',
        hedge=None,
        cited_source="",
        kind="count",
        value={"low": 3, "high": None, "best": None},
    )
    report["claims"].append(tricky)
    claims, findings = frames(report)
    assert tables.claims_csv(report) == frame_csv(claims)
    assert tables.findings_csv(report) == frame_csv(findings)


@given(st.text())
def test_escape_md_is_the_regex_escape(text: str) -> None:
    folded = re.sub(r"\s+", " ", text).strip()
    assert escape_md(text) == _controls_shown(re.sub(r"([\\`*_\[\]<>#|~&])", r"\\\1", folded))


def test_png_chart_is_a_deterministic_palette_image(report: dict) -> None:
    from PIL import Image

    from verify.report import chart_png

    eid = event_id(report, "air strike")
    first = chart.render_png_bytes(report, eid)
    chart_png._text.cache_clear()
    chart_png._turned_label.cache_clear()
    assert chart.render_png_bytes(report, eid) == first  # the caches change nothing
    image = Image.open(io.BytesIO(first))
    assert image.mode == "P"
    colours = {rgb for _, rgb in image.convert("RGB").getcolors(256)}
    series = chart.figure_series(report, eid)
    assert {chart_png._rgb(s.colour) for s in series} <= colours
    assert chart_png._LABEL in colours and (255, 255, 255) in colours  # full-strength text on white


def test_report_claims_are_the_claim_records() -> None:
    import dataclasses

    from verify.models import Claim, Clustering, Entity, Variant
    from verify.report import build_report
    from verify.rules import load_rules

    value = {"low": 12, "high": None, "parts": [{"label": "children", "low": 3}], "range": (1, 2)}
    c = Claim(
        Claim.make_id("d1", "count", "deaths", 0, 2),
        "d1",
        "count",
        "deaths",
        "12",
        "12 died.",
        0,
        2,
        0,
        value,
        cited_source="MSF",
        hedged=True,
        hedge="reportedly",
        event="e1",
        entity=None,
    )
    entity = Entity("p1", "person", "Maaz", "maaz", (Variant("Maaz", "d1", 5, 9, c.id),))
    built = build_report([], [], Clustering((c,), (entity,), (), {}), [], load_rules())
    assert built["claims"] == [dataclasses.asdict(c)]
    assert built["entities"][0]["variants"] == [dataclasses.asdict(v) for v in entity.variants]
    # the row holds the record's own value, not a copy (a fifth of a large report's memory): the
    # report is read, never changed
    assert built["claims"][0]["value"] is c.value


def test_documents_table_shows_each_date_with_its_origin(markdown: str, page: str) -> None:
    assert "| 2016-04-28 (from front matter) |" in markdown
    assert "| 2016-04-29 (from the address) |" in markdown
    assert "| 2016-04-30 (from the text; updated 2016-04-30 19:12+01:00) |" in markdown
    assert "| date unknown |" in markdown
    assert "2016-04-29 (from the address)</td>" in page


@pytest.mark.parametrize(
    "doc, label",
    [
        ({"published": "2020-08-05", "published_from": "url"}, "2020-08-05 (from the address)"),
        (
            {"published": "2020-08-05T19:56+04:00", "published_from": "text", "modified": None},
            "2020-08-05 19:56+04:00 (from the text)",
        ),
        (
            {"published": "2020-08-05", "published_from": "html", "modified": "2020-08-05"},
            "2020-08-05 (from the page's metadata)",
        ),
        ({"published": None, "published_from": "none"}, None),
    ],
)
def test_published_label(doc, label):
    from verify.report.tables import published_label

    assert published_label(doc) == label


def test_events_told_by_as_many_sources_lead_with_the_more_severe_finding():
    """Two events each told by two sources: the one with an altered quotation (medium) comes before
    the one whose only finding is a difference of precision (low), whatever the report's order."""
    from verify.report.glance import event_order

    report = {
        "documents": [{"id": d} for d in ("a", "b", "c", "d")],
        "events": [{"id": "e1", "documents": ["a", "b"]}, {"id": "e2", "documents": ["c", "d"]}],
        "claims": [{"id": "q1", "event": "e2"}],
        "findings": [
            {"id": "f1", "event": "e1", "verdict": "compatible", "severity": "low", "claims": []},
            {"id": "f2", "event": None, "verdict": "altered_quote", "severity": "medium", "claims": ["q1"]},
            {"id": "f3", "event": "e1", "verdict": "uncorroborated", "severity": "high", "claims": []},
        ],
    }
    ranks = event_order(report)
    assert ranks["e2"] < ranks["e1"]
