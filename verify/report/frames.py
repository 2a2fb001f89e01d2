"""The report's claims and findings as pandas DataFrames, for notebooks and scripts.

    >>> from verify.report.frames import frames
    >>> claims, findings = frames(report)          # a report dict, or a saved report.json read back
    >>> claims[claims.kind == "count"].groupby("attribute").best.max()

One row per claim / finding, in report order, with the columns of ``claims.csv`` / ``findings.csv``
(``tables.CLAIM_COLUMNS``, ``tables.FINDING_COLUMNS``): integer columns (``low``, ``high``, ``best``,
``start``, ``end``) as nullable ``Int64``, a claim's whole value as compact JSON in ``value``, a
finding's claim and document ids joined by ``;``. ``frame.to_csv(index=False, lineterminator="\\n")``
gives the bytes of the CSV files (``report.files`` writes them without building a frame).
"""

from __future__ import annotations

from typing import Any, NamedTuple

import pandas as pd

from .tables import CLAIM_COLUMNS, FINDING_COLUMNS, INT_COLUMNS, claim_rows, finding_rows

__all__ = ["Frames", "frames", "claims_frame", "findings_frame"]


class Frames(NamedTuple):
    """The two frames of a report: ``claims`` and ``findings``."""

    claims: pd.DataFrame
    findings: pd.DataFrame


def claims_frame(report: dict[str, Any]) -> pd.DataFrame:
    """One row per claim, in report order; ``value`` is the whole value as compact JSON."""
    frame = pd.DataFrame(claim_rows(report), columns=list(CLAIM_COLUMNS))
    for col in INT_COLUMNS:
        frame[col] = frame[col].astype("Int64")
    frame["hedged"] = frame["hedged"].astype(bool)
    return frame


def findings_frame(report: dict[str, Any]) -> pd.DataFrame:
    """One row per finding, in report order; claim and document ids joined by ``;``."""
    return pd.DataFrame(finding_rows(report), columns=list(FINDING_COLUMNS))


def frames(report: dict[str, Any]) -> Frames:
    """The report's claims and findings as DataFrames (see the module docstring)."""
    return Frames(claims_frame(report), findings_frame(report))
