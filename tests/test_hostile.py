"""Hostile, huge and careless input (issue 18): each reproduction of the probe as a test.

Inputs are built here: document ids and texts that try to inject Markdown, HTML, spreadsheet
formulas and terminal escapes; ids that break chart drawing; output folders inside the corpus;
writers killed with SIGKILL at random points; a front matter with an impossible date; saved
reports that are nested too deeply or hold impossible values.
"""

from __future__ import annotations

import csv
import io
import json
import os
import random
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from markdown_it import MarkdownIt

from verify import outputs
from verify.check.render import render_check_markdown, render_check_terminal, write_check
from verify.cli import EXIT_ERROR, main
from verify.errors import InputError
from verify.ingest import load_corpus
from verify.outputs import MANIFEST, replace_set
from verify.report.files import render_files, write_report
from verify.report.markdown import render_markdown
from verify.text.escape import csv_cell, escape_md, escape_terminal, md_code

ROOT = Path(__file__).resolve().parent.parent

INJECTED_ID = "zz\n\n# INJECTED\n\n<img src=x onerror=alert(1)>"
HOSTILE_IDS = [
    INJECTED_ID,
    "+cmd|' /C calc'!A0",
    "a`b``c|d\x1b]0;owned\x07",
    "[click](javascript:alert(1)) ![i](http://x.example/p.png)",
    "-2+3\r\n| col | col |\n|---|---|",
    "@SUM(A1)\u202egnp.exe",
]


def _line(doc_id: str, text: str, **meta: str) -> str:
    return json.dumps({"id": doc_id, "text": text, **meta})


def _hostile_corpus(folder: Path) -> Path:
    """Six documents about one air strike, each with a hostile id; metadata tries formulas."""
    texts = [
        "Three people were killed in an air strike on the Nour hospital in Aleppo on Monday, officials said.",
        '=HYPERLINK("http://evil.example","x") Five people were killed in an air strike on the Nour '
        "hospital in Aleppo on Monday, the ministry said.",
        "Four people were killed in an air strike on the Nour hospital in Aleppo on Monday.\x1b[2J\x1b]0;t\x07",
        "At least six people died when an air strike hit the Nour hospital in Aleppo on Monday.",
        "Seven people were killed in an air strike on the Nour hospital in Aleppo on Monday, <b>rescuers</b> said.",
        "Two people were killed in an air strike on the Nour hospital in Aleppo on Monday.",
    ]
    metas = [
        {},
        {"title": "=1+2", "source": "@SUM(1)"},
        {"source": "-cmd"},
        {"url": "https://x.example/<script>"},
        {"title": "# Heading\n\n<img src=x>"},
        {"source": "\tTabbed"},
    ]
    path = folder / "hostile.jsonl"
    path.write_text(
        "\n".join(_line(i, t, **m) for i, t, m in zip(HOSTILE_IDS, texts, metas, strict=True)) + "\n", encoding="utf-8"
    )
    return path


@pytest.fixture(scope="module")
def hostile(tmp_path_factory, rules, nlp):
    """(corpus path, report dict) of the hostile corpus."""
    from verify.run import verify_corpus

    folder = tmp_path_factory.mktemp("hostile")
    path = _hostile_corpus(folder)
    report, _ = verify_corpus(load_corpus([path]), rules, nlp)
    return path, report


def _html_of(markdown: str) -> str:
    return MarkdownIt("commonmark").enable("table").render(markdown)


def _assert_inert(markdown: str) -> None:
    """Rendered as CommonMark + GFM tables: no heading but verify's own, no HTML from input, no
    link or image at all (report.md links only its charts, which these tests do not write)."""
    page = _html_of(markdown)
    assert "<img" not in page and "<a " not in page and "<script" not in page and "<b>" not in page
    assert "INJECTED</h" not in page
    headings = re.findall(r"<h(\d)>(.*?)</h\1>", page)
    assert all("INJECTED" not in text and "Heading" not in text for _, text in headings)
    for line in markdown.splitlines():
        assert "\x1b" not in line and "\x07" not in line and "\r" not in line


# --- Markdown -------------------------------------------------------------------------------


def test_report_md_ids_and_metadata_cannot_inject(hostile) -> None:
    _, report = hostile
    assert {d["id"] for d in report["documents"]} == set(HOSTILE_IDS)
    markdown = render_markdown(report)
    _assert_inert(markdown)
    # every id is still shown, whole, as code (with its control characters as escapes)
    page = _html_of(markdown)
    assert "<code>zz\\n\\n# INJECTED\\n\\n&lt;img src=x onerror=alert(1)&gt;</code>" in page
    assert "<code>a`b``c|d\\x1b]0;owned\\x07</code>" in page
    # the documents table keeps one row per document and its six columns
    rows = [line for line in markdown.split("## Documents")[1].split("##")[0].splitlines() if line.startswith("| ")]
    assert len(rows) == 1 + len(HOSTILE_IDS)
    table = page.split("<h2>Documents</h2>")[1].split("</table>")[0]
    assert table.count("<tr>") == 1 + len(HOSTILE_IDS)
    assert all(row.count("<td>") == 6 for row in table.split("<tr>")[2:])


@pytest.mark.parametrize("text", HOSTILE_IDS + ["``", "` a `", " ", "|", "x\u2028y"])
def test_md_code_shows_any_id_as_one_code_span(text: str) -> None:
    for table in (False, True):
        page = _html_of(f"| h |\n|---|\n| {md_code(text, table=True)} |\n" if table else md_code(text))
        codes = re.findall(r"<code>(.*?)</code>", page, re.S)
        assert len(codes) == 1
        assert "<img" not in page and "<h1>" not in page
        shown = codes[0].replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"').replace("&amp;", "&")
        assert shown == escape_terminal(text)


def test_escape_md_leaves_no_markup() -> None:
    text = "x\n\n# H\n<img src=x> [a](b) ![c](d) *e* _f_ `g` | h ~~i~~ &amp; \x1b[2J"
    page = _html_of(escape_md(text))
    assert page.startswith("<p>") and page.count("<p>") == 1
    for tag in ("<h1", "<img", "<a ", "<em", "<strong", "<code", "<del"):
        assert tag not in page
    assert "&amp;amp;" in page  # the entity shows as written
    assert "\x1b" not in escape_md(text) and "\\x1b\\[2J" in escape_md(text)


def test_check_md_and_terminal_are_safe(hostile, rules, nlp, tmp_path, capsys) -> None:
    from verify.check import check_draft, check_to_dict
    from verify.ingest import read_draft

    corpus, report = hostile
    draft = tmp_path / "draft\x1b]0;x\x07.md"
    draft.write_text(
        '---\ntitle: "<img src=x> [l](u)"\n---\n'
        "Nine people were killed in an air strike on the Nour hospital in Aleppo on Monday.\x1b[2J\n",
        encoding="utf-8",
    )
    check = check_to_dict(check_draft(read_draft(draft), report, rules, nlp))
    assert check["checks"]
    _assert_inert(render_check_markdown(check))
    terminal = render_check_terminal(check, 1.0, [tmp_path / "out" / "check.json"])
    assert not re.search(r"[\x00-\x09\x0b-\x1f\x7f-\x9f]", terminal)
    assert "\\x1b" in terminal  # shown, not sent
    # the CLI's own output, end to end
    assert main(["check", str(draft), "--against", str(corpus), "--out", str(tmp_path / "out")]) in (0, 4)
    out, err = capsys.readouterr()
    assert not re.search(r"[\x00-\x09\x0b-\x1f\x7f-\x9f]", out + err)


# --- CSV ------------------------------------------------------------------------------------


def test_csv_cells_never_start_a_formula(hostile, tmp_path) -> None:
    _, report = hostile
    files = render_files(report)
    for name in ("claims.csv", "findings.csv"):
        rows = list(csv.reader(io.StringIO(files[name])))
        cells = [cell for row in rows for cell in row]
        assert not [c for c in cells if c[:1] in ("=", "+", "-", "@", "\t", "\r")], name
    claims = list(csv.DictReader(io.StringIO(files["claims.csv"])))
    assert {r["doc"] for r in claims} >= {"'+cmd|' /C calc'!A0", "'-2+3\r\n| col | col |\n|---|---|"}
    assert {"'@SUM(1)", "'-cmd", "Tabbed"} <= {r["source"] for r in claims}  # metadata is stripped
    assert any(r["sentence"].startswith("'=HYPERLINK(") for r in claims)
    # text cells are quoted: a ';' inside cannot start a cell where ';' separates
    assert '"a`b``c|d\x1b]0;owned\x07"' in files["claims.csv"]


@pytest.mark.parametrize(
    "value, expected",
    [
        ("=1+1", "'=1+1"),
        ("+x", "'+x"),
        ("-x", "'-x"),
        ("@x", "'@x"),
        ("\tx", "'\tx"),
        ("\rx", "'\rx"),
        ("x=1", "x=1"),
        ("", ""),
        (None, None),
        (-5, -5),
        ("'=x", "'=x"),
    ],
)
def test_csv_cell_follows_owasp(value, expected) -> None:
    assert csv_cell(value) == expected


# --- terminal -------------------------------------------------------------------------------


def test_run_summary_shows_escapes_not_control_characters(tmp_path, capsys) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "good.txt").write_text("Three people were killed in Aleppo on Monday, officials said.\n")
    (corpus / "empty\x1b]0;pwned\x07.txt").write_text("   \n")  # skipped: its name is shown
    (corpus / "dated\x1b[2J.md").write_text(
        "---\ntitle: T\npublished: 2016-13-45\n---\nTwo people were hurt in Homs on Friday.\n"
    )  # a warning
    assert main(["run", str(corpus), "--out", str(tmp_path / "out"), "--keep-going"]) == 0
    out, err = capsys.readouterr()
    assert not re.search(r"[\x00-\x09\x0b-\x1f\x7f-\x9f]", out + err)
    assert "empty\\x1b]0;pwned\\x07.txt" in out and "dated\\x1b[2J.md" in out


def test_error_lines_escape_their_input(tmp_path, capsys) -> None:
    assert main(["run", str(tmp_path / "no\x1b[2Jsuch")]) == EXIT_ERROR
    err = capsys.readouterr().err
    assert "\x1b" not in err and "no\\x1b[2Jsuch" in err


# --- PNG charts -----------------------------------------------------------------------------


def _count_report(ids: list[str]) -> dict:
    """A minimal report: one event, one count claim per document id."""
    docs = [
        {
            "id": i,
            "path": "p",
            "title": None,
            "source": None,
            "published": None,
            "url": None,
            "sha256": "0" * 64,
            "copy_of": None,
        }
        for i in ids
    ]
    claims = [
        {
            "id": f"c{n}",
            "doc": i,
            "kind": "count",
            "attribute": "deaths",
            "text": f"{n + 1} people",
            "sentence": f"{n + 1} people died.",
            "start": 0,
            "end": 8,
            "sentence_start": 0,
            "value": {"low": n + 1, "high": n + 1, "best": n + 1, "qualifier": None, "unit": "people"},
            "cited_source": None,
            "hedged": False,
            "hedge": None,
            "event": "e1",
            "entity": None,
        }
        for n, i in enumerate(ids)
    ]
    return {
        "version": "1.0",
        "rules": {"files": ["default.yaml"], "sha256": "0" * 64, "descriptions": {}},
        "summary": {
            "documents": len(ids),
            "skipped": 0,
            "claims": len(claims),
            "events": 1,
            "entities": 0,
            "findings": {},
        },
        "documents": docs,
        "skipped": [],
        "warnings": [],
        "claims": claims,
        "entities": [],
        "events": [
            {
                "id": "e1",
                "label": "an event",
                "date": None,
                "place": None,
                "documents": ids,
                "claims": [c["id"] for c in claims],
            }
        ],
        "findings": [],
    }


def test_chart_survives_a_newline_id_and_stays_small_for_a_huge_one() -> None:
    from PIL import Image

    files = render_files(_count_report(["a\nb\x1b[2J", "x" * 16_000, "plain"]))
    charts = [name for name in files if name.startswith("chart-")]
    assert len(charts) == 1
    image = Image.open(io.BytesIO(files[charts[0]]))
    assert image.width <= 1200 and image.height <= 800


def test_no_png_past_the_document_cap_and_no_giant_svg() -> None:
    from verify.report.chart import PNG_MAX_DOCUMENTS, render_svg

    report = _count_report([f"doc-{n:03d}-" + "y" * 500 for n in range(PNG_MAX_DOCUMENTS + 1)])
    files = render_files(report)
    assert not [name for name in files if name.startswith("chart-")]
    svg = render_svg(report, "e1")
    width = float(re.search(r'width="([\d.]+)"', svg).group(1))
    assert width < 100 * (PNG_MAX_DOCUMENTS + 1) + 400


# --- output folders -------------------------------------------------------------------------


def _article(folder: Path, name: str = "a.txt") -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text("Three people were killed in Aleppo on Monday, officials said.\n")


@pytest.mark.parametrize("where", ["corpus", "corpus/reports", "corpus/deep/er"])
def test_out_may_not_be_or_be_inside_the_corpus(tmp_path, capsys, where) -> None:
    corpus = tmp_path / "corpus"
    _article(corpus, "report.md")
    before = (corpus / "report.md").read_text()
    (tmp_path / "corpus" / "deep").mkdir()
    assert main(["run", str(corpus), "--out", str(tmp_path / where)]) == EXIT_ERROR
    err = capsys.readouterr().err
    assert "corpus" in err and len(err.strip().splitlines()) == 2 and "Traceback" not in err  # message + hint
    assert (corpus / "report.md").read_text() == before
    assert not (tmp_path / "corpus" / "reports").exists()


def test_walk_never_reads_verify_outputs(seeds_report, tmp_path) -> None:
    corpus = tmp_path / "corpus"
    _article(corpus)
    write_report(seeds_report, corpus / "old-reports")  # e.g. an older layout, or a copied folder
    (corpus / "old-reports" / "notes.txt").write_text("Two people were hurt in Homs on Friday.\n")
    corpus_read = load_corpus([corpus])
    assert sorted(d.id for d in corpus_read.documents) == ["a", "notes"]
    assert corpus_read.skipped == ()


def test_report_set_is_replaced_whole_and_other_files_survive(seeds_report, tmp_path) -> None:
    out = tmp_path / "reports"
    out.mkdir()
    (out / "README.md").write_text("what this folder is\n")
    (out / ".gitkeep").write_text("")
    (out / "notes").mkdir()
    (out / "notes" / "n.txt").write_text("mine\n")
    (out / ".report.md.abc123.tmp").write_text("left by an old writer")
    first = write_report(seeds_report, out)
    charts = {p.name for p in first if p.name.startswith("chart-")}
    assert charts
    write_check(
        {
            "version": "1.0",
            "draft": {"path": "d", "title": None, "text": "x"},
            "corpus": {"documents": 1},
            "rules": {"files": []},
            "summary": {"checked": 0, "verdicts": {}, "failed": False},
            "checks": [],
            "warnings": [],
        },
        out,
    )
    fewer = dict(seeds_report, claims=[c for c in seeds_report["claims"] if c["kind"] != "count"])
    second = write_report(fewer, out)
    names = set(os.listdir(out))
    assert not charts & names  # the previous set's charts went with it
    assert {"README.md", ".gitkeep", "notes", "check.json", "check.md", "check.html", MANIFEST} <= names
    assert names == {p.name for p in second} | {
        "README.md",
        ".gitkeep",
        "notes",
        "check.json",
        "check.md",
        "check.html",
        MANIFEST,
    }
    assert (out / "notes" / "n.txt").read_text() == "mine\n" and (
        out / "README.md"
    ).read_text() == "what this folder is\n"
    manifest = json.loads((out / MANIFEST).read_text())
    assert manifest["sets"] == {"check": ["check.json", "check.md", "check.html"], "report": [p.name for p in second]}
    assert [p.name for p in tmp_path.iterdir()] == ["reports"]  # nothing left next to it


def test_a_full_disk_while_writing_the_check_set_keeps_the_previous_one(tmp_path, monkeypatch) -> None:
    out = tmp_path / "out"
    replace_set(out, "check", {"check.json": "old\n", "check.md": "old\n", "check.html": "old\n"})

    def full(path, data):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(outputs, "_write_file", full)
    with pytest.raises(InputError, match="previous check files were left as they were"):
        write_check(
            {
                "version": "1.0",
                "draft": {"path": "d", "title": None, "text": "x"},
                "corpus": {"documents": 1},
                "rules": {"files": []},
                "summary": {"checked": 0, "verdicts": {}, "failed": False},
                "checks": [],
                "warnings": [],
            },
            out,
        )
    assert all((out / n).read_text() == "old\n" for n in ("check.json", "check.md", "check.html"))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]


# The writer killed with SIGKILL at random points: it rewrites one of two sets, A (with a chart)
# and B (with another chart), over and over; after every kill the folder holds exactly one of
# them, plus the user's own files, and no temporary file; the next write cleans what was left.
_WRITER = """
import sys
from verify.outputs import replace_set
out, size = sys.argv[1], int(sys.argv[2])
sets = [{"report.json": "A" * size, "report.md": "a" * size, "report.html": "1" * size, "chart-a.png": b"\\x89A" * size},
        {"report.json": "B" * size, "report.md": "b" * size, "report.html": "2" * size, "chart-b.png": b"\\x89B" * size}]
print("ready", flush=True)
n = 0
while True:
    replace_set(out, "report", sets[n % 2])
    n += 1
"""


def _set_in(out: Path, size: int) -> str:
    names = sorted(n for n in os.listdir(out) if n not in (MANIFEST, "README.md", ".gitkeep", "notes"))
    contents = {n: (out / n).read_bytes() for n in names}
    a = {
        "chart-a.png": b"\x89A" * size,
        "report.html": b"1" * size,
        "report.json": b"A" * size,
        "report.md": b"a" * size,
    }
    b = {
        "chart-b.png": b"\x89B" * size,
        "report.html": b"2" * size,
        "report.json": b"B" * size,
        "report.md": b"b" * size,
    }
    assert contents in (a, b), f"a mixed or partial set: {names}"
    manifest = json.loads((out / MANIFEST).read_text())
    assert sorted(manifest["sets"]["report"]) == names  # the manifest describes what is there
    return "A" if contents == a else "B"


def test_kill_9_at_random_points_never_leaves_a_mixed_set(tmp_path) -> None:
    size = 300_000
    out = tmp_path / "reports"
    out.mkdir()
    (out / "README.md").write_text("kept\n")
    (out / ".gitkeep").write_text("")
    (out / "notes").mkdir()
    replace_set(
        out,
        "report",
        {"report.json": "A" * size, "report.md": "a" * size, "report.html": "1" * size, "chart-a.png": b"\x89A" * size},
    )
    rng = random.Random(18)
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    seen = set()
    # 24 kills at random points, then, on a loaded machine where none of them let a set through,
    # longer waits until one has: a kill must land both before and after some swap
    waits = [rng.uniform(0.0, 0.12) for _ in range(24)] + [0.25, 0.5, 1.0, 2.0, 4.0, 8.0]
    for i, wait in enumerate(waits):
        if i >= 24 and seen == {"A", "B"}:
            break
        child = subprocess.Popen(
            [sys.executable, "-c", _WRITER, str(out), str(size)], stdout=subprocess.PIPE, env=env, cwd=tmp_path
        )
        assert child.stdout.readline() == b"ready\n"
        time.sleep(wait)
        child.send_signal(signal.SIGKILL)
        child.wait()
        child.stdout.close()
        seen.add(_set_in(out, size))
        assert not [n for n in os.listdir(out) if ".tmp" in n or re.match(r"\.verify-\d", n)]
        assert (out / "README.md").read_text() == "kept\n" and (out / ".gitkeep").exists()
        # a folder is moved into the new set just before the exchange: a kill in that instant leaves
        # it in the killed run's staging folder (never lost), and the next write moves it back
        staged = [p / "notes" for p in tmp_path.iterdir() if p.name.startswith(".reports.verify-")]
        assert (out / "notes").is_dir() or any(p.is_dir() for p in staged)
    assert seen == {"A", "B"}
    replace_set(out, "report", {"report.json": "C", "report.md": "c"})  # cleans every leftover
    assert sorted(p.name for p in tmp_path.iterdir()) == ["reports"]
    assert sorted(os.listdir(out)) == sorted([MANIFEST, "README.md", ".gitkeep", "notes", "report.json", "report.md"])


def test_a_swap_killed_between_its_renames_is_undone(tmp_path, monkeypatch) -> None:
    """Where the atomic exchange is missing the swap is two renames; a run killed between them
    leaves the folder missing, and the next write puts the previous set back first."""
    out = tmp_path / "reports"
    replace_set(out, "report", {"report.json": "A", "report.md": "a"})
    (out / "README.md").write_text("kept\n")
    monkeypatch.setattr(outputs, "_exchange", lambda a, b: False)
    real_rename = os.rename

    def killed_after_first(src, dst):
        real_rename(src, dst)
        if str(dst).endswith("-old"):
            raise SystemExit("killed")  # stands in for SIGKILL: no cleanup code runs after it

    monkeypatch.setattr(outputs.os, "rename", killed_after_first)
    monkeypatch.setattr(outputs, "_abandon", lambda *a: None)
    monkeypatch.setattr(outputs, "_alive", lambda pid: False)
    with pytest.raises(SystemExit):
        replace_set(out, "report", {"report.json": "B", "report.md": "b"})
    assert not out.exists()
    monkeypatch.setattr(outputs.os, "rename", real_rename)
    outputs._clean_leftovers(out.resolve())
    assert (out / "report.json").read_text() == "A" and (out / "README.md").read_text() == "kept\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["reports"]


def test_in_place_mode_finishes_an_interrupted_write(tmp_path) -> None:
    """When --out holds the current folder the set is replaced file by file from a journal: a
    writer killed at random points leaves at most a journal, which the next write finishes first,
    so what the next write starts from is always a whole set."""
    size = 300_000
    out = tmp_path / "reports"
    out.mkdir()
    replace_set(
        out,
        "report",
        {"report.json": "A" * size, "report.md": "a" * size, "report.html": "1" * size, "chart-a.png": b"\x89A" * size},
    )
    rng = random.Random(7)
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    for _ in range(8):
        child = subprocess.Popen(
            [sys.executable, "-c", _WRITER, str(out), str(size)], stdout=subprocess.PIPE, env=env, cwd=out
        )  # cwd inside --out: no folder swap
        assert child.stdout.readline() == b"ready\n"
        time.sleep(rng.uniform(0.0, 0.12))
        child.send_signal(signal.SIGKILL)
        child.wait()
        child.stdout.close()
        outputs._clean_leftovers(out.resolve())
        _set_in(out, size)
        assert not [n for n in os.listdir(out) if re.match(r"\.verify-\d", n)]


def test_an_in_place_journal_is_complete_or_absent(tmp_path, monkeypatch) -> None:
    """Interrupted while writing the journal's manifest, an in-place write leaves the previous set
    and its manifest as they were: the journal's manifest is written aside and renamed, so a
    partial one is never taken for a complete journal and installed."""
    out = tmp_path / "reports"
    out.mkdir()
    replace_set(out, "report", {"report.json": "A", "report.md": "a"})
    before = (out / MANIFEST).read_text()
    monkeypatch.chdir(out)  # cwd inside --out: the in-place mode
    real_write = outputs._write_file

    def interrupted(path, data):
        if path.name.startswith(MANIFEST):
            path.write_bytes(b"")  # the kill lands after the file is created, before it is written
            raise KeyboardInterrupt
        return real_write(path, data)

    monkeypatch.setattr(outputs, "_write_file", interrupted)
    with pytest.raises(KeyboardInterrupt):
        replace_set(out, "report", {"report.json": "B", "report.md": "b"})
    assert (out / MANIFEST).read_text() == before
    assert json.loads((out / MANIFEST).read_text())["sets"]["report"]
    assert (out / "report.json").read_text() == "A" and (out / "report.md").read_text() == "a"
    assert not [n for n in os.listdir(out) if n.startswith(".verify-") and n != MANIFEST]


# --- front matter ---------------------------------------------------------------------------


def test_bad_date_in_front_matter_keeps_the_other_keys(tmp_path, rules, nlp) -> None:
    from verify.run import verify_corpus

    path = tmp_path / "story.md"
    path.write_text(
        "---\ntitle: Clinic hit\nsource: The Daily Example\npublished: 2016-13-45\n"
        "url: https://daily.example/clinic\n---\nTwo people were hurt when a clinic in Homs was shelled.\n"
    )
    corpus = load_corpus([path])
    doc = corpus.documents[0]
    assert (doc.title, doc.source, doc.published, doc.url) == (
        "Clinic hit",
        "The Daily Example",
        None,
        "https://daily.example/clinic",
    )
    assert doc.text == "Two people were hurt when a clinic in Homs was shelled.\n"
    assert [w.reason for w in corpus.warnings] == [
        "front matter 'published' '2016-13-45' is not an ISO date (YYYY-MM-DD); left empty"
    ]
    report, _ = verify_corpus(corpus, rules, nlp)
    assert report["warnings"] == [{"path": str(path), "reason": corpus.warnings[0].reason}]
    assert not [c for c in report["claims"] if "2016" in c["text"]]


def test_front_matter_that_reads_nowhere_is_still_the_text() -> None:
    from verify.ingest import split_front_matter

    warn: list[str] = []
    meta, body = split_front_matter("---\n{{{ not: [yaml\n---\nBody.\n", warn)
    assert body == "---\n{{{ not: [yaml\n---\nBody.\n" and set(meta.values()) == {None}
    assert warn and warn[0].startswith("front matter is not valid YAML")


# --- the CLI's last resort and saved reports ------------------------------------------------


def test_unexpected_error_is_one_line_and_traceback_only_with_debug(tmp_path, capsys, monkeypatch) -> None:
    import verify.run

    def broken(*args, **kwargs):
        raise RuntimeError("boom\nwith a second line")

    monkeypatch.setattr(verify.run, "run", broken)
    _article(tmp_path / "c")
    assert main(["run", str(tmp_path / "c"), "--out", str(tmp_path / "o")]) == EXIT_ERROR
    err = capsys.readouterr().err
    lines = err.strip().splitlines()
    assert lines[0].startswith("verify: internal error: RuntimeError: boom with a second line (at test_hostile.py:")
    assert lines[0].endswith("please report it") and lines[1].startswith("hint:") and len(lines) == 2
    assert main(["run", str(tmp_path / "c"), "--out", str(tmp_path / "o"), "--debug"]) == EXIT_ERROR
    assert "Traceback (most recent call last)" in capsys.readouterr().err


def _saved(tmp_path: Path, report: dict, change) -> Path:
    broken = json.loads(json.dumps(report))
    change(broken)
    path = tmp_path / "saved.json"
    path.write_text(json.dumps(broken))
    return path


def _first(report: dict, kind: str) -> dict:
    return next(c for c in report["claims"] if c["kind"] == kind)


BAD_VALUES = [
    ("published", lambda r: r["documents"][0].update(published="2016-13-45"), "is not a real day"),
    ("time", lambda r: _first(r, "time")["value"].update(start="2016-02-30", granularity="day"), "is not a real day"),
    ("method", lambda r: _first(r, "method")["value"].update(method=""), "method: empty"),
    ("actor", lambda r: _first(r, "attribution")["value"].update(actor=" "), "actor: empty"),
    ("doc", lambda r: _first(r, "count").update(doc="nobody"), "is not a document of the report"),
    ("interval", lambda r: _first(r, "count")["value"].update(low=9, high=2), "is below low"),
]


@pytest.mark.parametrize("name, change, message", BAD_VALUES, ids=[b[0] for b in BAD_VALUES])
def test_check_against_a_report_with_bad_values_is_one_line(seeds_report, tmp_path, capsys, name, change, message):
    saved = _saved(tmp_path, seeds_report, change)
    draft = ROOT / "tests" / "data" / "drafts" / "planted.md"
    assert main(["check", str(draft), "--against", str(saved), "--out", str(tmp_path / "o")]) == EXIT_ERROR
    err = capsys.readouterr().err
    assert "not a usable verify report" in err and message in err and "Traceback" not in err
    assert len(err.strip().splitlines()) == 2


def test_check_against_a_deeply_nested_report_is_one_line(tmp_path, capsys) -> None:
    deep = tmp_path / "deep.json"
    deep.write_text('{"version": "1.0", "rules": ' + "[" * 200_000 + "]" * 200_000 + "}")
    draft = ROOT / "tests" / "data" / "drafts" / "planted.md"
    assert main(["check", str(draft), "--against", str(deep), "--out", str(tmp_path / "o")]) == EXIT_ERROR
    err = capsys.readouterr().err
    assert "nested too deeply" in err and "Traceback" not in err


# --- Ctrl-C with forked workers -------------------------------------------------------------


def _children(pid: int) -> list[int]:
    try:
        return [int(c) for c in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        return []


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="reads child processes from /proc")
def test_ctrl_c_with_forked_workers_ends_promptly_and_cleanly(tmp_path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    rng = random.Random(3)
    places, things = ["Leeds", "Tromso", "Oaxaca", "Perth", "Ghent"], ["a school", "a bridge", "a market", "a depot"]
    for n in range(120):  # about 250k characters: the workers are forked
        lines = [
            f"{rng.randint(2, 40)} people were hurt when {rng.choice(things)} in {rng.choice(places)} "
            f"collapsed on Monday, the fire service said."
            for _ in range(20)
        ]
        (corpus / f"d{n:03d}.txt").write_text("\n".join(lines) + "\n")
    out = tmp_path / "out"
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    for delay in (0.5, 3.0):
        child = subprocess.Popen(
            [sys.executable, "-m", "verify", "run", str(corpus), "--out", str(out), "--processes", "2", "--quiet"],
            stderr=subprocess.PIPE,
            env=env,
            start_new_session=True,
        )
        deadline = time.monotonic() + 120
        while len(_children(child.pid)) < 2 and child.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        assert child.poll() is None, "the run ended before its workers started"
        time.sleep(delay)
        os.killpg(child.pid, signal.SIGINT)  # what a terminal's Ctrl-C does
        try:
            err = child.communicate(timeout=30)[1].decode()
        except subprocess.TimeoutExpired:
            os.killpg(child.pid, signal.SIGKILL)
            pytest.fail("verify run hung after Ctrl-C")
        assert child.returncode == 130, err
        assert "interrupted" in err and "Traceback" not in err
        time.sleep(0.2)
        with pytest.raises(ProcessLookupError):  # no worker outlives the run
            os.killpg(child.pid, 0)
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_workers_ignore_sigint(rules) -> None:
    """A worker killed by Ctrl-C mid-task left the pool waiting for its result forever (and the
    feeder thread blocked on a pipe nobody read): workers ignore SIGINT, the parent ends the pool."""
    import multiprocessing

    import spacy

    from verify.run.local import worker_pool

    pool = worker_pool(multiprocessing.get_context("fork"), 2, spacy.blank("en"), rules)
    try:
        handlers = pool.map(signal.getsignal, [signal.SIGINT] * 4)
    finally:
        pool.terminate()
        pool.join()
    assert set(handlers) == {signal.SIG_IGN}
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler  # the parent's is put back


# --- bounded work per document --------------------------------------------------------------


def test_long_runs_are_blanked_with_offsets_kept(rules) -> None:
    from verify.extract.chunking import blank_long_runs, claimable_chunks

    limit = rules.limits.max_token_chars
    text = "Three people died. " + "(" * 20_000 + " Two more were hurt in Lyon. " + "x" * limit + " end"
    blanked = blank_long_runs(text, limit)
    assert len(blanked) == len(text)
    assert "(" not in blanked and blanked[19:20_019] == " " * 20_000
    assert "x" * limit in blanked  # a run at the limit is kept
    pieces = list(claimable_chunks(text, rules))
    assert "".join(chunk for _, chunk in pieces) == blanked
    assert blank_long_runs("no long runs here", limit) == "no long runs here"


def test_twenty_thousand_brackets_give_the_claims_around_them(rules, nlp) -> None:
    from verify.extract import extract_claims
    from verify.models import Document

    text = "Four people were killed in Lyon on Monday. " + "[" * 20_000 + "\nPolice said two were arrested.\n"
    claims = list(extract_claims([Document(id="b", path="b", text=text, sha256="0" * 64)], nlp, rules))
    assert {c.text for c in claims if c.kind == "count"} >= {"Four people"}
    assert all(text[c.start : c.end] == c.text and "[" not in c.text for c in claims)


def test_windows_are_bounded_and_cut_where_they_can(rules) -> None:
    from verify.extract.chunking import chunks

    line = "word " * 50_000  # one line, no sentence end
    pieces = list(chunks(line, 1000))
    assert all(len(p) <= 1000 for _, p in pieces) and "".join(p for _, p in pieces) == line
    assert all(p.endswith(" ") for _, p in pieces[:-1])  # cut at white space, not inside a word
    prose = ("A sentence ends here. " * 100) + "\n" + "x" * 50
    assert [len(p) for _, p in chunks(prose, 1000)][0] <= 1000


@pytest.mark.parametrize(
    "sizes, chars, count, expected",
    [
        ([10, 10, 10], 25, 32, [[10, 10], [10]]),
        ([50, 10], 25, 32, [[50], [10]]),  # a longer text goes alone
        ([1, 1, 1, 1, 1], 100, 2, [[1, 1], [1, 1], [1]]),
        ([None, 10, None, 10, 10], 20, 32, [[None, 10, None, 10], [10]]),  # nothing-to-parse rides along
    ],
)
def test_parse_groups_keep_the_budget(sizes, chars, count, expected) -> None:
    from verify.extract.chunking import parse_groups

    items = [(None if n is None else "x" * n, i) for i, n in enumerate(sizes)]
    groups = list(parse_groups(items, chars, count))
    assert [[None if t is None else len(t) for t, _ in g] for g in groups] == expected
    assert [i for g in groups for _, i in g] == list(range(len(sizes)))


def test_jsonl_is_streamed_and_a_line_over_the_limit_is_skipped(tmp_path) -> None:
    path = tmp_path / "big.jsonl"
    small = json.dumps({"id": "s", "text": "Two people were hurt in Homs."})
    huge = json.dumps({"id": "h", "text": "word " * 60_000})
    path.write_text("\r\n".join([small, huge, json.dumps({"id": "t", "text": "Three more in Hama."})]) + "\r")
    corpus = load_corpus([path], max_bytes=100_000)  # the file is larger than the limit: still read
    assert path.stat().st_size > 100_000
    assert [d.id for d in corpus.documents] == ["s", "t"]
    assert [(s.path, s.reason) for s in corpus.skipped] == [
        (
            f"{path}:2",
            "line 2: document too large (over 100,000 bytes; the limit is limits.max_document_mb "
            "in the rules, or --max-document-mb)",
        )
    ]
    assert [d.path for d in corpus.documents] == [f"{path}:1", f"{path}:3"]


def test_jsonl_in_a_legacy_encoding_is_read_line_by_line(tmp_path) -> None:
    path = tmp_path / "old.jsonl"
    path.write_bytes(
        json.dumps({"id": "c", "text": "Le café est fermé."}, ensure_ascii=False).encode("cp1252")
        + b"\n"
        + json.dumps({"id": "u", "text": "Plain words."}).encode()
        + b"\n"
    )
    corpus = load_corpus([path])
    assert [d.text for d in corpus.documents] == ["Le café est fermé.", "Plain words."]
    assert [w.reason for w in corpus.warnings] == ["not valid UTF-8 (line 1, byte 27); read as Windows-1252 (cp1252)"]


def test_size_policy_is_validated_and_the_flag_overrides_it(tmp_path, capsys) -> None:
    from verify.errors import RuleError
    from verify.rules import load_rules

    (tmp_path / "bad.yaml").write_text("limits:\n  batch_chars: 10\n  max_document_mb: .nan\n")
    with pytest.raises(RuleError) as caught:
        load_rules(tmp_path)
    problems = "\n".join(caught.value.problems)
    assert "limits.batch_chars: must be at least 1000, got 10" in problems
    assert "limits.batch_chars: 10 is below window_chars 100000 (a batch must hold one window)" in problems
    assert "limits.max_document_mb: expected a finite number, got nan" in problems
    assert all(line.startswith(f"{tmp_path / 'bad.yaml'}:") for line in caught.value.problems)
    corpus = tmp_path / "c"
    _article(corpus)
    (corpus / "long.txt").write_text("Five people were hurt in Lyon. " * 100)
    assert main(["run", str(corpus), "--out", str(tmp_path / "o"), "--max-document-mb", "0"]) == 1
    assert "--max-document-mb must be a number of at least 0.001, got 0" in capsys.readouterr().err
    assert main(["run", str(corpus), "--out", str(tmp_path / "o"), "--max-document-mb", "0.001"]) == 3
    assert "long.txt: file too large (3,100 bytes, over 1,000" in capsys.readouterr().out


def test_a_long_document_is_shared_by_the_workers_with_the_same_claims(tmp_path, nlp, monkeypatch) -> None:
    from verify.extract import extract_claims
    from verify.models import Document
    from verify.rules import load_rules
    from verify.run import local

    (tmp_path / "small.yaml").write_text("limits:\n  window_chars: 1000\n  batch_chars: 2000\n")
    small = load_rules(tmp_path)
    rng = random.Random(5)
    towns = ["Leeds", "Ghent", "Perth", "Oaxaca"]
    paragraphs = [
        f"{rng.randint(2, 30)} people were hurt when a bus crashed in {rng.choice(towns)} on Friday, "
        f"police said. Dr. Ana Ruiz said {rng.randint(1, 9)} were in a serious condition."
        for _ in range(60)
    ]
    long_doc = Document(id="long", path="long.txt", text="\n".join(paragraphs), sha256="0" * 64, published="2020-03-06")
    short = Document(id="short", path="short.txt", text=paragraphs[0], sha256="0" * 64)
    assert len(long_doc.text) > 5 * small.limits.window_chars
    kinds = [t[0] for t in local.tasks([short, long_doc, short], small)]
    assert kinds[0] == "docs" and kinds[-1] == "docs" and kinds.count("window") > 5
    here = list(extract_claims([short, long_doc], nlp, small))
    monkeypatch.setattr(local, "PARALLEL_MIN_CHARS", 0)
    shared = list(local.extract_claims_local([short, long_doc], nlp, small, processes=2))
    assert shared == here and len(here) > 100
    assert all(long_doc.text[c.start : c.end] == c.text for c in shared if c.doc == "long")


def test_extracting_a_window_builds_its_text_once(rules, nlp) -> None:
    """spaCy rebuilds ``Doc.text`` from every token on each access: an extractor that reads it per
    sentence or per figure makes a long window quadratic (a 100k-character window took half again as
    long). The window's text is built once (``extract.base.doc_text``) and every extractor shares it."""
    from spacy.tokens import Doc

    from verify.extract.claims import claims_from_chunk
    from verify.models import Document

    reads = []

    class CountingDoc(Doc):
        @property
        def text(self) -> str:
            reads.append(1)
            return super().text

    sentences = [
        f"The toll has risen to {n + 4} dead, and {n} people are still in hospital in Tarrow, officials said on Monday."
        for n in range(40)
    ]
    text = " ".join(sentences)
    doc = CountingDoc(nlp.vocab).from_bytes(nlp(text).to_bytes())
    assert doc.text == text and len(list(doc.sents)) >= 30
    reads.clear()
    document = Document(id="w", path="w.txt", text=text, sha256="0" * 64, published="2021-05-03")
    claims = claims_from_chunk(document, doc, 0, rules)
    assert sum(c.kind == "count" for c in claims) >= 40
    assert len(reads) == 1


def test_a_list_marker_is_no_word_of_the_sentence(rules, nlp) -> None:
    """A bullet that opens a line ("  • Norway alone counted ...") is blanked before parsing (offsets
    kept): read as a word, it became the sentence's subject and the figure's source."""
    from verify.extract import extract_claims
    from verify.extract.chunking import blank_bullets
    from verify.models import Document

    text = "Key points:\n\n  • Norway alone counted at least 212 dead, according to its disaster agency.\n- Two\n"
    assert blank_bullets(text) == text.replace("•", " ").replace("- Two", "  Two")
    assert blank_bullets("a - b and 3-4 *bold*") == "a - b and 3-4 *bold*"  # inside a line: kept
    assert blank_bullets("We will not go back.\n— Ana Ruiz, director") == "We will not go back.\n— Ana Ruiz, director"
    claims = list(extract_claims([Document(id="b", path="b", text=text, sha256="0" * 64)], nlp, rules))
    deaths = [c for c in claims if c.attribute == "deaths"]
    # (the country that counts them itself counts its own: "Norway alone counted")
    assert [(c.text, c.cited_source, c.value.get("where")) for c in deaths] == [
        ("at least 212 dead", "Norway", "Norway")
    ]
    assert all(text[c.start : c.end] == c.text for c in claims)
