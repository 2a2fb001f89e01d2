"""Tests for verify/extract/numbers.py: worded figures read as intervals."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from verify.extract.numbers import parse_quantity
from verify.rules import load_rules

RULES = load_rules()

# (text, low, high, best, qualifier)
CASES = [
    ("1,800", 1800, 1800, 1800, None),
    ("at least 246", 246, None, 246, "at least"),
    ("At least 246", 246, None, 246, "At least"),
    ("more than 50", 51, None, 51, "more than"),
    ("Over 200", 201, None, 201, "Over"),
    ("nearly a dozen", 9, 11, 11, "nearly"),
    ("nearly 60", 48, 59, 59, "nearly"),
    ("about 50", 40, 60, 50, "about"),
    ("as many as 2,000", 1000, 2000, 2000, "as many as"),
    ("a total of four", 4, 4, 4, "a total of"),
    ("dozens", 24, 99, 24, None),
    ("scores", 40, 199, 40, None),
    ("several", 3, 9, 3, None),
    ("between 20 and 30", 20, 30, 20, None),
    ("20 to 30", 20, 30, 20, None),
    ("2.5 million", 2_500_000, 2_500_000, 2_500_000, None),
    ("400,000", 400_000, 400_000, 400_000, None),
    ("over 400,000", 400_001, None, 400_001, "over"),
    ("two", 2, 2, 2, None),
    ("twenty-one", 21, 21, 21, None),
    ("four", 4, 4, 4, None),
    ("one hundred and twenty", 120, 120, 120, None),
    ("two and three million", 2_000_000, 3_000_000, 2_000_000, None),
    ("between two and three million", 2_000_000, 3_000_000, 2_000_000, None),
]


@pytest.mark.parametrize("text, low, high, best, qualifier", CASES)
def test_parse_quantity(text, low, high, best, qualifier):
    value = parse_quantity(text, RULES)
    assert value is not None
    assert (value["low"], value["high"], value["best"], value["qualifier"]) == (low, high, best, qualifier)


@pytest.mark.parametrize("text", ["", "a", "no", "people", "2.5", "5 6", "at least", "Resolution", "8:20"])
def test_not_a_quantity(text):
    assert parse_quantity(text, RULES) is None


def test_vague_word_keeps_its_wording():
    assert parse_quantity("dozens", RULES)["vague"] == "dozens"
    assert parse_quantity("nearly a dozen", RULES)["words"] == "a dozen"


@settings(max_examples=200, derandomize=True)
@given(
    st.integers(min_value=0, max_value=10_000_000),
    st.sampled_from(["", "at least ", "more than ", "nearly ", "about ", "up to ", "fewer than "]),
)
def test_interval_holds_best(n, qualifier):
    value = parse_quantity(f"{qualifier}{n:,}", RULES)
    assert value is not None
    assert value["low"] <= value["best"]
    assert value["high"] is None or value["best"] <= value["high"]
    if not qualifier:
        assert value["low"] == value["high"] == value["best"] == n
