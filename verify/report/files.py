"""Write a report dict to the files a person reads.

``write_report`` renders everything in memory first (JSON, Markdown, HTML, two CSVs, one PNG
chart per event where at least ``PNG_MIN_DOCUMENTS`` documents give counts), so a rendering
error touches no file; then writes each file atomically (temporary file in the same folder,
fsync, ``os.replace``). ``report.json`` is replaced last: when it changes, every other file of
the set already has.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
from pathlib import Path
from typing import Any

from verify.errors import InputError
from verify.report.chart import PNG_MIN_DOCUMENTS, figure_series, series_png, series_slots
from verify.report.html import render_html
from verify.report.markdown import render_markdown
from verify.report.tables import claims_csv, findings_csv, index_report, sorted_events


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


def check_out_dir(out_dir: str | Path) -> Path:
    """The output folder as a Path, or InputError saying in one line why it cannot be used."""
    out = Path(out_dir)
    if out.exists() and not out.is_dir():
        raise InputError(f"--out {out}: is an existing file, not a folder",
                         hint="pass a folder name; it is created when missing")
    parent = out.parent if not out.exists() else out
    if not parent.is_dir():
        raise InputError(f"--out {out}: the parent folder {out.parent} does not exist",
                         hint=f"create it first (mkdir -p {out.parent}) or pick another --out")
    if not os.access(parent, os.W_OK | os.X_OK):
        raise InputError(f"--out {out}: folder {parent} is not writable",
                         hint="pick a folder you can write to")
    return out


def chart_name(event_id: str) -> str:
    """``chart-<event id>.png``, with anything unsafe in a file name replaced by ``_``."""
    return f"chart-{re.sub(r'[^A-Za-z0-9._-]', '_', event_id)}.png"


def report_json(report: dict[str, Any]) -> str:
    """report.json: each top-level section on its own lines and one record per line.

    As diff-friendly as an indented dump (a changed claim is a changed line) but written by the C
    encoder: ``indent=`` falls back to pure-Python encoding, seconds on a corpus of thousands.
    """
    compact = json.JSONEncoder(ensure_ascii=False, separators=(", ", ": ")).encode  # one encoder, not one per record
    parts = []
    for key, value in report.items():
        if isinstance(value, list) and value:
            body = ",\n    ".join(compact(item) for item in value)
            parts.append(f'  {compact(key)}: [\n    {body}\n  ]')
        else:
            parts.append(f"  {compact(key)}: {compact(value)}")
    return "{\n" + ",\n".join(parts) + "\n}\n"


def render_files(report: dict[str, Any]) -> dict[str, str | bytes]:
    """Every file of the report by name, in the order ``write_report`` returns them."""
    index = index_report(report)  # once: every per-event helper looks things up here
    charts: dict[str, bytes] = {}
    for event in sorted_events(report, index):
        series = figure_series(report, event["id"], index)
        if len(series_slots(series)) >= PNG_MIN_DOCUMENTS:
            charts[event["id"]] = series_png(series)
    files: dict[str, str | bytes] = {
        "report.json": report_json(report),
        "report.md": render_markdown(report, {eid: chart_name(eid) for eid in charts}, index),
        "report.html": render_html(report, index),
        "claims.csv": claims_csv(report),
        "findings.csv": findings_csv(report),
    }
    for eid, png in charts.items():
        files[chart_name(eid)] = png
    return files


def write_report(report: dict[str, Any], out_dir: str | Path) -> list[Path]:
    """Write report.json, report.md, report.html, claims.csv, findings.csv and the charts into
    ``out_dir`` (created when missing); return their paths in that order (charts in the order
    the report's event sections appear)."""
    out = check_out_dir(out_dir)
    files = render_files(report)
    try:
        out.mkdir(exist_ok=True)
    except OSError as exc:
        raise InputError(f"--out {out}: cannot create the folder ({exc.strerror})") from exc
    paths = [out / name for name in files]
    for name in [n for n in files if n != "report.json"] + ["report.json"]:
        try:
            write_atomic(out / name, files[name])
        except OSError as exc:
            raise InputError(f"--out {out}: cannot write {name} ({exc.strerror or exc})",
                             hint="check free space and permissions; report.json was left as it was") from exc
    return paths
