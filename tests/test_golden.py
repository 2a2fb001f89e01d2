"""The seeds' report.json and report.md, byte for byte, against the golden copies in tests/golden/.

A change to any stage that alters what the seeds' report says shows up here as a diff to review.
When the change is meant, rewrite the golden files and commit them with it:

    pytest tests/test_golden.py --update-golden
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from verify.ingest import load_corpus
from verify.report import write_report
from verify.run import verify_corpus

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "tests" / "golden" / "seeds"
FILES = ("report.json", "report.md")


@pytest.fixture(scope="module")
def written(rules, nlp, tmp_path_factory) -> Path:
    """The seeds' report as `verify run seeds` writes it from the repository root (relative paths)."""
    here = Path.cwd()
    os.chdir(ROOT)
    try:
        report, _ = verify_corpus(load_corpus(["seeds"]), rules, nlp)
    finally:
        os.chdir(here)
    out = tmp_path_factory.mktemp("golden")
    write_report(report, out)
    return out


@pytest.mark.parametrize("name", FILES)
def test_the_seeds_report_is_the_golden_one(written, name, update_golden):
    made = (written / name).read_bytes()
    golden = GOLDEN / name
    if update_golden:
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_bytes(made)
        pytest.skip(f"rewrote {golden.relative_to(ROOT)}: review the diff and commit it")
    assert golden.is_file(), f"no golden {name}: run `pytest tests/test_golden.py --update-golden`"
    if made != golden.read_bytes():
        pytest.fail(
            f"{name} differs from {golden} — if the change is meant, run "
            "`pytest tests/test_golden.py --update-golden`, review `git diff tests/golden` and commit it",
            pytrace=False,
        )
