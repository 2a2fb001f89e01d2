"""Shared fixtures: the rules, the spaCy pipeline (loaded once), and the seeds' report.

Options and markers (see the README, "Tests"):
- ``pytest --update-golden`` rewrites the golden seed reports in ``tests/golden/`` from this code
  (then review the diff and commit it);
- ``@pytest.mark.slow`` tests (the GVC Dask-vs-local comparison, minutes) are skipped, with the reason
  shown, unless ``VERIFY_SLOW=1`` or ``pytest -m slow``; CI runs them.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from verify.rules import load_rules

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


@pytest.fixture(scope="session")
def rules():
    return load_rules()


@pytest.fixture(scope="session")
def nlp(rules):
    from verify.extract import load_nlp

    return load_nlp(rules.nlp.model)


@pytest.fixture(scope="session")
def seeds_corpus():
    from verify.ingest import load_corpus

    return load_corpus([SEEDS])


@pytest.fixture(scope="session")
def story_report(rules, nlp):
    """The report dict of a story corpus written for the tests (``tests/data/<story>``), by folder."""
    from verify.ingest import load_corpus
    from verify.run import verify_corpus

    def report_of(folder: Path) -> dict:
        report, _ = verify_corpus(load_corpus([folder]), rules, nlp)
        return report

    return report_of


@pytest.fixture(scope="session")
def seeds_report(seeds_corpus, rules, nlp):
    from verify.run import verify_corpus

    report, _ = verify_corpus(seeds_corpus, rules, nlp)
    return report


@pytest.fixture
def parse(nlp):
    """Parse a text and return its spaCy Doc."""
    return lambda text: nlp(text)


def pytest_addoption(parser):
    parser.addoption(
        "--update-golden",
        action="store_true",
        default=False,
        help="rewrite the golden seed reports in tests/golden/ instead of comparing with them",
    )


def pytest_collection_modifyitems(config, items):
    if os.environ.get("VERIFY_SLOW") == "1" or "slow" in (config.getoption("-m") or ""):
        return
    skip = pytest.mark.skip(reason="slow (minutes): run with VERIFY_SLOW=1 or `pytest -m slow`; CI runs it")
    for item in items:
        if "slow" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(scope="session")
def update_golden(request) -> bool:
    return bool(request.config.getoption("--update-golden"))
