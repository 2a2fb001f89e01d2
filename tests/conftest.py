"""Shared fixtures: the rules, the spaCy pipeline (loaded once), and the seeds' report."""

from __future__ import annotations

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

    return load_nlp(rules.model)


@pytest.fixture(scope="session")
def seeds_corpus():
    from verify.ingest import load_corpus

    return load_corpus([SEEDS])


@pytest.fixture(scope="session")
def seeds_report(seeds_corpus, rules, nlp):
    from verify.run import verify_corpus

    report, _ = verify_corpus(seeds_corpus, rules, nlp)
    return report


@pytest.fixture
def parse(nlp):
    """Parse a text and return its spaCy Doc."""
    return lambda text: nlp(text)
