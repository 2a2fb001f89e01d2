"""Write a report dict to the files a person reads.

``write_report`` writes JSON, Markdown, HTML, two CSVs and one PNG chart per event where
``PNG_MIN_DOCUMENTS`` to ``PNG_MAX_DOCUMENTS`` documents give counts. ``iter_files`` renders one
file at a time, the large ones in pieces made as they are written (``verify.outputs.Chunks``: no
file's text is held whole), and ``verify.outputs.replace_set`` writes each into a fresh folder and
swaps the new set in whole: a rendering error or an interruption leaves the previous set or the
new one, never a mix, and the previous set's charts go with it. ``check_out_dir`` is re-exported
from ``verify.outputs``.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from verify.outputs import Chunks, Payload, check_out_dir, replace_set
from verify.report.chart import PNG_MAX_DOCUMENTS, PNG_MIN_DOCUMENTS, figure_series, series_png, series_slots
from verify.report.html import render_html_pieces
from verify.report.markdown import render_markdown_pieces
from verify.report.tables import claims_csv_pieces, findings_csv, index_report, sorted_events


def write_atomic(path: Path, data: str | bytes) -> None:
    """Replace ``path`` with ``data`` (str is written as UTF-8) or leave it as it was.

    The data goes to a temporary file in the same folder (so ``os.replace`` is a rename on one
    file system), is flushed and fsynced, then renamed over ``path``. On any failure the
    temporary file is removed and the error re-raised.
    """
    path = Path(path)
    payload = data.encode("utf-8") if isinstance(data, str) else data
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise


def chart_name(event_id: str) -> str:
    """``chart-<event id>.png`` for ids verify makes (``e`` + hex); any other id is cut to 64 safe
    characters and given a hash of the whole id, so two ids never share a file and a name never
    outgrows the file system's limit."""
    safe = re.sub(r"[^A-Za-z0-9._-]", "_", event_id)[:64]
    if safe != event_id:
        safe += "-" + hashlib.sha1(event_id.encode("utf-8", "surrogatepass")).hexdigest()[:10]
    return f"chart-{safe}.png"


def report_json(report: dict[str, Any]) -> str:
    """report.json: each top-level section on its own lines and one record per line.

    As diff-friendly as an indented dump (a changed claim is a changed line) but written by the C
    encoder: ``indent=`` falls back to pure-Python encoding, seconds on a corpus of thousands.
    """
    return "".join(report_json_pieces(report))


def report_json_pieces(report: dict[str, Any], records: int = 2000) -> Iterator[str]:
    """``report_json``'s text in pieces of at most ``records`` records, so that writing it never
    holds the whole text (``verify.outputs.Chunks``)."""
    compact = json.JSONEncoder(ensure_ascii=False, separators=(", ", ": ")).encode  # one encoder, not one per record
    yield "{\n"
    for n, (key, value) in enumerate(report.items()):
        yield ",\n" if n else ""
        if isinstance(value, list) and value:
            yield f"  {compact(key)}: [\n    "
            for start in range(0, len(value), records):
                yield (",\n    " if start else "") + ",\n    ".join(
                    compact(item) for item in value[start : start + records]
                )
            yield "\n  ]"
        else:
            yield f"  {compact(key)}: {compact(value)}"
    yield "\n}\n"


def iter_files(report: dict[str, Any]) -> Iterator[tuple[str, Payload]]:
    """Every file of the report as (name, content), rendered one at a time in the order
    ``write_report`` returns them, so a large report never holds all its files at once."""
    index = index_report(report)  # once: every per-event helper looks things up here
    charted = []
    for event in sorted_events(report, index):
        series = figure_series(report, event["id"], index)
        if PNG_MIN_DOCUMENTS <= len(series_slots(series)) <= PNG_MAX_DOCUMENTS:
            charted.append((event["id"], series))
    yield "report.json", Chunks(report_json_pieces(report))
    yield "report.md", Chunks(render_markdown_pieces(report, {eid: chart_name(eid) for eid, _ in charted}, index))
    yield "report.html", Chunks(render_html_pieces(report, index))
    yield "claims.csv", Chunks(claims_csv_pieces(report))
    yield "findings.csv", findings_csv(report)
    for eid, series in charted:
        yield chart_name(eid), series_png(series)


def render_files(report: dict[str, Any]) -> dict[str, str | bytes]:
    """Every file of the report by name, in the order ``write_report`` returns them."""
    return {name: str(data) if isinstance(data, Chunks) else data for name, data in iter_files(report)}


def write_report(report: dict[str, Any], out_dir: str | Path) -> list[Path]:
    """Write report.json, report.md, report.html, claims.csv, findings.csv and the charts into
    ``out_dir`` (created when missing) as one set that replaces the previous one whole (see
    ``verify.outputs.replace_set``); return their paths in that order (charts in the order the
    report's event sections appear)."""
    check_out_dir(out_dir)  # a bad --out fails before anything is rendered
    return replace_set(out_dir, "report", iter_files(report))
