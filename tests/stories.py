"""What the story tests (``tests/test_*_story.py``) read from a report of a story written for them."""

from __future__ import annotations


def findings_of(report: dict, verdict: str, attribute: str | None = None) -> list[dict]:
    """The report's findings with ``verdict`` (and ``attribute``, when given), in report order."""
    return [f for f in report["findings"] if f["verdict"] == verdict and attribute in (None, f["attribute"])]
