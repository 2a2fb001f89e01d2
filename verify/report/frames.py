"""The report's claims and findings as pandas DataFrames, for notebooks and scripts.

    >>> from verify.report.frames import frames
    >>> claims, findings = frames(report)          # a report dict, or a saved report.json read back
    >>> claims[claims.kind == "count"].groupby("attribute").best.max()

One row per claim / finding, in report order, with the columns of ``claims.csv`` / ``findings.csv``
(``tables.CLAIM_COLUMNS``, ``tables.FINDING_COLUMNS``): integer columns (``low``, ``high``, ``best``,
``start``, ``end``) as nullable ``Int64``, a claim's whole value as compact JSON in ``value``, a
finding's claim and document ids joined by ``;``. The frames hold the values as written;
``frame_csv(frame)`` gives the bytes of the CSV files, formula-like cells prefixed with ``'``
(``verify.text.escape.csv_cell``; ``report.files`` writes them without building a frame).
"""

from __future__ import annotations

import csv
from typing import Any, NamedTuple

import pandas as pd

from ..text.escape import csv_cell
from .tables import CLAIM_COLUMNS, FINDING_COLUMNS, INT_COLUMNS, claim_rows, finding_rows

__all__ = ["Frames", "frames", "claims_frame", "findings_frame", "frame_csv"]


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


def frame_csv(frame: pd.DataFrame) -> str:
    """The CSV text of a frame as verify writes it: no index, ``\\n`` line ends, every text cell
    quoted and passed through ``csv_cell`` (a formula-like cell gets a leading ``'``), so the
    frames of a report give the bytes of its CSV files and a spreadsheet runs nothing."""
    safe = frame.copy()
    for col in safe.columns:
        if safe[col].dtype == object:
            safe[col] = safe[col].map(csv_cell)
    return safe.to_csv(index=False, lineterminator="\n", quoting=csv.QUOTE_NONNUMERIC)
