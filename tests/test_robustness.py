"""End to end guarantees under bad input, faults and hostile documents.

A run over seeds/ plus every file of tests/data/bad/ reports the seeds in full and lists each bad
input with its reason; a killed run or an unusable --out leaves the previous report as it was;
hostile text stays literal in every report; the order of the inputs changes no byte of the
report; random text and bytes never crash ingest or extraction and every claim keeps its
provenance; verify's sources neither reach the network nor unpickle.

Write failures during ``write_report`` (a replace failing halfway) are covered by
``tests/test_report_render.py::test_write_report_is_atomic`` and are not repeated here.
"""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

import verify.run as runner
from verify.cli import EXIT_ERROR, EXIT_OK, EXIT_SKIPPED, main
from verify.errors import InputError
from verify.extract import extract_claims
from verify.ingest import load_corpus
from verify.models import Claim
from verify.report import write_report

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
BAD = ROOT / "tests" / "data" / "bad"
SEED_IDS = sorted(p.stem for p in SEEDS.glob("*.txt"))

# Every input of tests/data/bad/ that is not read, keyed by its path relative to BAD.
BAD_SKIPPED = {
    "binary_pdf.txt": "binary file (looks like a PDF), not text",
    "duplicate_ids.jsonl:1": f"duplicate document id 'bom' (already read from {BAD / 'bom.txt'})",
    "duplicate_ids.jsonl:3": f"duplicate document id 'dup' (already read from {BAD / 'duplicate_ids.jsonl'}:2)",
    "empty.txt": "empty file",
    "frontmatter_only.md": "empty file (front matter only, no body)",
    "image.txt": "binary file (looks like a PNG image), not text",
    "malformed.jsonl:2": "line 2: not valid JSON (Expecting ',' delimiter at column 42)",
    "malformed.jsonl:3": "line 3: not a JSON object (got an array)",
    "malformed.jsonl:4": "line 4: missing 'id'",
    "malformed.jsonl:5": "line 5: empty 'id'",
    "malformed.jsonl:6": "line 6: missing 'text'",
    "malformed.jsonl:7": "line 7: 'text' must be a string, got a number",
    "malformed.jsonl:8": "line 8: empty 'text'",
    "malformed.jsonl:9": "line 9: no text to read (no letters)",
    "malformed.jsonl:12": "line 12: 'text' is not valid Unicode (lone surrogate)",
    "malformed.jsonl:14": "line 14: 'id' must be a string, got true/false",
    "no_letters.txt": "no text to read (no letters)",
    "nul_bytes.txt": "binary file (contains NUL bytes), not text",
    "report.pdf": "unsupported file type .pdf (expected .txt, .md, .jsonl, .html or .warc)",
    "whitespace.txt": "empty file",
}
# Readable but odd: read as documents (id: path relative to BAD). duplicate_ids.jsonl's first
# line repeats the id "bom" of bom.txt, which is read first (path order), so only "dup" comes from it.
BAD_READ = {
    "bom": "bom.txt",
    "cp1252": "cp1252.txt",
    "cr_only": "cr_only.txt",
    "crlf": "crlf.txt",
    "latin1": "latin1.txt",
    "utf16": "utf16.txt",
    "dup": "duplicate_ids.jsonl:2",
    "frontmatter_baddate": "frontmatter_baddate.md",
    "frontmatter_broken_yaml": "frontmatter_broken_yaml.md",
    "frontmatter_not_mapping": "frontmatter_not_mapping.md",
    "frontmatter_unclosed": "frontmatter_unclosed.md",
    "frontmatter_unknown": "frontmatter_unknown.md",
    "ok_first": "malformed.jsonl:1",
    "ok_second": "malformed.jsonl:11",
    "7": "malformed.jsonl:13",
}


@pytest.fixture
def shared_nlp(monkeypatch, nlp):
    """In-process CLI runs reuse the session's spaCy pipeline instead of loading their own."""
    monkeypatch.setattr(runner, "load_nlp", lambda model: nlp)
    return nlp


def _claim_keys(report: dict, docs: set[str]) -> list[tuple]:
    return [
        (c["id"], c["doc"], c["kind"], c["attribute"], c["text"], c["start"], c["end"], c["sentence"])
        for c in report["claims"]
        if c["doc"] in docs
    ]


def _snapshot(folder: Path) -> dict[str, bytes]:
    """Every file of ``folder`` (hidden ones included) with its bytes."""
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


# --------------------------------------------------------------------------------------------
# 1. seeds/ plus every bad file


def test_seeds_plus_bad_files_reports_seeds_in_full_and_lists_each_bad_file(tmp_path, capsys, shared_nlp, seeds_report):
    out = tmp_path / "out"
    assert main(["run", str(SEEDS), str(BAD), "--out", str(out)]) == EXIT_SKIPPED
    printed = capsys.readouterr()
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))

    # the five seeds, with exactly the claims a run on seeds alone finds
    docs = {d["id"]: d for d in report["documents"]}
    seeds_docs = {d["id"]: d for d in seeds_report["documents"]}
    assert sorted(seeds_docs) == SEED_IDS
    assert all(docs[i]["sha256"] == seeds_docs[i]["sha256"] for i in SEED_IDS)
    assert _claim_keys(report, set(SEED_IDS)) == _claim_keys(seeds_report, set(SEED_IDS))
    assert _claim_keys(seeds_report, set(SEED_IDS))  # not vacuous

    # every bad input listed once with its reason, in the report and in the summary
    expected = {str(BAD / path): reason for path, reason in BAD_SKIPPED.items()}
    assert {s["path"]: s["reason"] for s in report["skipped"]} == expected
    assert len(report["skipped"]) == len(expected) == report["summary"]["skipped"]
    for path, reason in expected.items():
        assert f"  skipped   {path}: {reason}\n" in printed.out
    assert f"{len(expected)} input(s) skipped (exit code 3" in printed.err

    # the odd but readable files are documents, as ingest reads them
    assert set(docs) == set(SEED_IDS) | set(BAD_READ)
    assert {i: docs[i]["path"] for i in BAD_READ} == {i: str(BAD / p) for i, p in BAD_READ.items()}
    ingested = {d.id: d.sha256 for d in load_corpus([BAD]).documents}
    assert {i: docs[i]["sha256"] for i in BAD_READ} == ingested
    for name, encoding in (("cp1252.txt", "Windows-1252"), ("latin1.txt", "latin-1")):
        assert f"  warning   {BAD / name}: not valid UTF-8" in printed.out
        assert encoding in printed.out


def test_keep_going_exits_0_when_inputs_were_skipped(tmp_path, capsys, shared_nlp):
    args = ["run", str(BAD / "crlf.txt"), str(BAD / "empty.txt"), "--out", str(tmp_path / "out")]
    assert main(args) == EXIT_SKIPPED
    assert main(args + ["--keep-going"]) == EXIT_OK
    printed = capsys.readouterr()
    assert printed.out.count(f"  skipped   {BAD / 'empty.txt'}: empty file\n") == 2
    report = json.loads((tmp_path / "out" / "report.json").read_text(encoding="utf-8"))
    assert [d["id"] for d in report["documents"]] == ["crlf"]


# --------------------------------------------------------------------------------------------
# 2. A run killed midway leaves the previous report as it was

# CPU seconds the child must have used before it is killed: past imports and the model load
# (about 4-5 s of CPU on the reference machine), so it is extracting. CPU time rather than wall
# time, so a loaded machine does not make the test kill it during start-up.
KILL_AFTER_CPU = 6.0
CHILD_TIMEOUT = 180.0


def _cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _big_corpus(folder: Path, copies: int) -> Path:
    """The seeds, ``copies`` times over under new ids, each copy's text varied a little."""
    folder.mkdir()
    for n in range(copies):
        for seed in sorted(SEEDS.glob("*.txt")):
            text = seed.read_text(encoding="utf-8")
            (folder / f"copy{n:02d}_{seed.name}").write_text(
                f"Copy {n} of the report, filed on day {n + 1}.\n\n" + text.replace("Aleppo", f"Aleppo ({n})"),
                encoding="utf-8",
            )
    return folder


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc to measure the child's CPU time")
def test_killed_run_leaves_previous_report_untouched(tmp_path, seeds_report):
    out = tmp_path / "out"
    write_report(seeds_report, out)
    before = _snapshot(out)
    corpus = _big_corpus(tmp_path / "corpus", copies=8)  # 45 documents: a minute or more of extraction

    with open(tmp_path / "stdout", "wb") as stdout, open(tmp_path / "stderr", "wb") as stderr:
        child = subprocess.Popen(
            [sys.executable, "-m", "verify", "run", str(corpus), "--out", str(out)],
            cwd=ROOT,
            stdout=stdout,
            stderr=stderr,
            start_new_session=True,
        )
        try:
            deadline = time.monotonic() + CHILD_TIMEOUT
            while child.poll() is None and time.monotonic() < deadline:
                if _cpu_seconds(child.pid) >= KILL_AFTER_CPU:
                    break
                time.sleep(0.1)
            assert child.poll() is None, "the run ended before it could be killed: " + (tmp_path / "stderr").read_text(
                errors="replace"
            )
            os.killpg(child.pid, signal.SIGKILL)
        finally:
            if child.poll() is None:
                os.killpg(child.pid, signal.SIGKILL)
            child.wait()
    assert child.returncode == -signal.SIGKILL
    assert _snapshot(out) == before  # same names (no temporary files left) and same bytes


# --------------------------------------------------------------------------------------------
# 3. An unusable --out: exit 1, one clear line, no traceback


@pytest.fixture
def tiny_corpus(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "story.txt").write_text("Three people were killed in the shelling of the market on Monday.\n")
    return folder


def _unusable_file(tmp_path, monkeypatch):
    path = tmp_path / "report"
    path.write_text("not a folder")
    return path, "is an existing file, not a folder"


def _missing_parent(tmp_path, monkeypatch):
    return tmp_path / "missing" / "out", "the parent folder"


def _read_only(tmp_path, monkeypatch):
    # Tests run as root, who may write anywhere: the check asks os.access, so make it say no.
    out = tmp_path / "out"
    out.mkdir()
    (out / "report.json").write_text('{"previous": true}\n')
    monkeypatch.setattr("verify.report.files.os.access", lambda path, mode: False)
    return out, "is not writable"


@pytest.mark.parametrize("make_out", [_unusable_file, _missing_parent, _read_only])
def test_unusable_out_is_one_clear_line(tmp_path, capsys, monkeypatch, shared_nlp, tiny_corpus, make_out):
    out, message = make_out(tmp_path, monkeypatch)
    before = _snapshot(out) if out.is_dir() else out.read_bytes() if out.exists() else None
    assert main(["run", str(tiny_corpus), "--out", str(out)]) == EXIT_ERROR
    printed = capsys.readouterr()
    lines = printed.err.splitlines()
    assert lines[0].startswith(f"verify: error: --out {out}: ") and message in lines[0]
    assert all(line.startswith("hint: ") for line in lines[1:]) and len(lines) <= 2
    assert "Traceback" not in printed.err + printed.out
    after = _snapshot(out) if out.is_dir() else out.read_bytes() if out.exists() else None
    assert after == before
    assert not (tmp_path / "missing").exists()


# --------------------------------------------------------------------------------------------
# 4. Hostile content stays literal


HOSTILE_DOC = """\
---
title: "[x](javascript:alert(1)) <script>alert(1)</script> **Market** | attack"
source: "<img src=x onerror=alert(1)>"
---
# Market attack **update** | live

Three people were killed in the shelling of the market on Monday. Witnesses said two more people \
were killed in the shelling <script>alert(1)</script> of the **market** | <img src=x onerror=alert(1)> \
on Monday.
"""


def test_hostile_document_is_escaped_in_every_report(tmp_path, shared_nlp):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "hostile.md").write_text(HOSTILE_DOC, encoding="utf-8")
    out = tmp_path / "out"
    assert main(["run", str(corpus), "--out", str(out), "--quiet"]) == EXIT_OK
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    sentences = {c["sentence"] for c in report["claims"]}
    assert "Three people were killed in the shelling of the market on Monday." in sentences
    assert any("<script>alert(1)</script>" in s for s in sentences)  # the hostile text reaches the report
    assert any("<img src=x onerror=alert(1)>" in s for s in sentences)

    page = (out / "report.html").read_text(encoding="utf-8")
    assert "<script>alert" not in page and "<img src=x" not in page
    assert page.count("<script>") == 1  # the page's own filter script
    assert 'href="javascript:' not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "&lt;img src=x onerror=alert(1)&gt;" in page

    md = (out / "report.md").read_text(encoding="utf-8")
    assert not re.search(r"(?<!\\)<(script|img)", md)
    assert "\\<script\\>alert(1)\\</script\\>" in md
    assert "\\<img src=x onerror=alert(1)\\>" in md
    assert "\\[x\\](javascript:alert(1))" in md and not re.search(r"(?<!\\)\]\(javascript:", md)
    assert "\\*\\*Market\\*\\* \\| attack" in md
    for block in re.findall(r"(?:^\|.*\n)+", md, flags=re.M):  # no cell split by a hostile |
        assert len({len(re.split(r"(?<!\\)\|", row)) for row in block.splitlines()}) == 1, block


# --------------------------------------------------------------------------------------------
# 5. The order of the inputs changes no byte of the report

DETERMINISM_SEEDS = ["000_444c78ba491feae4.txt", "002_a7edf042d2702603.txt"]  # two short seeds keep it fast


def _written(report: dict) -> dict[str, bytes]:
    """Every file ``write_report`` writes (report, CSVs, charts) with its bytes."""
    with tempfile.TemporaryDirectory() as folder:
        paths = write_report(report, folder)
        return {path.name: path.read_bytes() for path in paths}


@pytest.fixture(scope="module")
def order_inputs(tmp_path_factory):
    folder = tmp_path_factory.mktemp("order")
    (folder / "extra_a.txt").write_text(
        "At least 12 people were killed when barrel bombs hit the al-Quds hospital in Aleppo on Wednesday.\n"
    )
    (folder / "extra_b.jsonl").write_text(
        json.dumps(
            {
                "id": "extra_b",
                "published": "2016-04-29",
                "source": "Wire",
                "text": "Dozens of people died in an air strike on al-Quds hospital, the Syrian Observatory said.",
            }
        )
        + "\n"
    )
    return [SEEDS / name for name in DETERMINISM_SEEDS] + [folder / "extra_a.txt", folder / "extra_b.jsonl"]


@pytest.fixture(scope="module")
def order_baseline(order_inputs, rules, nlp):
    # the reversed order, so that even hypothesis's first example (the order as listed) differs from it
    report, _ = runner.verify_corpus(load_corpus(order_inputs[::-1]), rules, nlp)
    files = _written(report)
    assert {"report.json", "claims.csv", "findings.csv"} <= set(files) and any(n.endswith(".png") for n in files)
    return files


@settings(max_examples=3, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(order=st.permutations(range(4)))
def test_input_order_changes_no_byte(order, order_inputs, order_baseline, rules, nlp):
    report, _ = runner.verify_corpus(load_corpus([order_inputs[i] for i in order]), rules, nlp)
    assert _written(report) == order_baseline


# --------------------------------------------------------------------------------------------
# 6. Random text and bytes: nothing crashes, every claim keeps its provenance

# Words the extractors react to, so random text reaches them rather than only the tokenizer.
_TRIGGERS = [
    " killed ",
    " dozens of ",
    " at least 27 ",
    "more than 50 people",
    " said ",
    " Dr. Mohammed Maaz ",
    " shelled ",
    " air strike ",
    " on Wednesday ",
    " MSF ",
    " hospital in Aleppo ",
    "“",
    "”",
    '"',
    "'",
    ". ",
    "\n",
    "\r\n",
    "\n\n",
    " — ",
    "% ",
    " 1,000 ",
    " three ",
    " reportedly ",
    "---\n",
    "#",
    "|",
    "*",
]
_RANDOM_TEXT = st.lists(
    st.one_of(st.text(max_size=25), st.sampled_from(_TRIGGERS)),
    min_size=1,
    max_size=30,
).map("".join)


def _check_provenance(corpus, nlp, rules) -> None:
    texts = {d.id: d.text for d in corpus.documents}
    for claim in extract_claims(corpus.documents, nlp, rules):
        text = texts[claim.doc]
        assert 0 <= claim.start < claim.end <= len(text)
        assert text[claim.start : claim.end] == claim.text
        assert text[claim.sentence_start : claim.sentence_start + len(claim.sentence)] == claim.sentence
        assert claim.sentence_start <= claim.start
        assert claim.end <= claim.sentence_start + len(claim.sentence)
        assert claim.id == Claim.make_id(claim.doc, claim.kind, claim.attribute, claim.start, claim.end)


def _load_or_none(path: Path):
    try:
        return load_corpus([path])
    except InputError:
        return None


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=_RANDOM_TEXT, as_jsonl=st.booleans())
def test_random_text_keeps_provenance(text, as_jsonl, nlp, rules):
    with tempfile.TemporaryDirectory() as folder:
        if as_jsonl:
            path = Path(folder) / "feed.jsonl"
            path.write_text(json.dumps({"id": "random", "text": text}) + "\n", encoding="utf-8")
        else:
            path = Path(folder) / "random.txt"
            path.write_bytes(text.encode("utf-8"))
        corpus = _load_or_none(path)
    assume(corpus is not None)  # unreadable input: one InputError, tested in section 1
    _check_provenance(corpus, nlp, rules)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=600), suffix=st.sampled_from([".txt", ".md", ".jsonl"]))
def test_random_bytes_keep_provenance(data, suffix, nlp, rules):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"random{suffix}"
        path.write_bytes(data)
        corpus = _load_or_none(path)
    assume(corpus is not None)
    _check_provenance(corpus, nlp, rules)


# --------------------------------------------------------------------------------------------
# 7. No network, no pickle, no unsafe YAML in verify's sources

FORBIDDEN = {
    "pickle": re.compile(r"^\s*(?:import|from)\s+(?:c?pickle|dill|shelve|marshal|joblib)\b", re.M),
    "network": re.compile(
        r"^\s*(?:import|from)\s+(?:requests|httpx|aiohttp|urllib3|socket|http\.client|ftplib|smtplib)\b"
        r"|urllib\.request|from\s+urllib\s+import\s+[^\n]*\brequest\b|spacy\.cli\.download",
        re.M,
    ),
    "unsafe yaml": re.compile(
        r"yaml\.(?:unsafe_load|full_load)|Loader\s*=\s*yaml\.(?:Loader|UnsafeLoader|FullLoader)\b"
        r"|yaml\.(?:load|load_all)\((?![^\n]*SafeLoader)",
        re.M,
    ),
}


def _violations(source: str) -> list[str]:
    return [name for name, pattern in FORBIDDEN.items() if pattern.search(source)]


@pytest.mark.parametrize(
    "source, expected",
    [
        ("import pickle\n", ["pickle"]),
        ("    from pickle import loads\n", ["pickle"]),
        ("import requests\n", ["network"]),
        ("from urllib.request import urlopen\n", ["network"]),
        ("urllib.request.urlopen(url)\n", ["network"]),
        ("import socket\n", ["network"]),
        ("data = yaml.load(text)\n", ["unsafe yaml"]),
        ("data = yaml.load(text, Loader=yaml.Loader)\n", ["unsafe yaml"]),
        ("data = yaml.full_load(text)\n", ["unsafe yaml"]),
        # allowed
        ("data = yaml.safe_load(text)\n", []),
        ("data = yaml.load(text, Loader=yaml.SafeLoader)\n", []),
        ("node = yaml.compose(text, Loader=yaml.SafeLoader)\n", []),
        ("from urllib.parse import quote\n", []),
        ("# pickle is never used: reports are JSON\n", []),
    ],
)
def test_forbidden_patterns_table(source, expected):
    assert _violations(source) == expected


def test_verify_sources_use_no_network_pickle_or_unsafe_yaml():
    sources = sorted((ROOT / "verify").rglob("*.py"))
    assert len(sources) > 10
    found = {str(p.relative_to(ROOT)): v for p in sources if (v := _violations(p.read_text(encoding="utf-8")))}
    assert found == {}
