"""Folders to files: walk a corpus folder in sorted order, leaving out hidden files and junk.

verify's own outputs are left out too: a folder holding verify's manifest (``verify.outputs``)
is a report folder, and the files the manifest lists (report.md, claims.csv, check.json ...)
are never read back as articles; anything else in it is read as usual.

Hands on (display path, path) pairs; folders that cannot be read and symlinks that leave the
corpus folder go to the collector's ``skipped``. A folder ``NAME_files`` beside a page ``NAME.html``
or ``NAME.htm`` is the page's images, scripts and styles as a browser's "Save page as (complete)"
writes them: it is not walked, so the page's resources (and the ad frames saved as .html among
them) are neither read nor listed.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from ..outputs import MANIFEST, verify_outputs

if TYPE_CHECKING:
    from .corpus import Collector

ARCHIVE_SUFFIXES = (".warc", ".warc.gz")
JUNK_NAMES = frozenset({"thumbs.db", "desktop.ini", "__pycache__"})
JUNK_SUFFIXES = (".swp", ".swo", ".bak", ".tmp", ".orig", ".pyc", "~")


def is_junk(name: str) -> bool:
    """Hidden files, editor backups, bytecode and OS metadata: ignored without a word."""
    lower = name.lower()
    return name.startswith(".") or lower in JUNK_NAMES or lower.endswith(JUNK_SUFFIXES)


def is_archive(name: str) -> bool:
    """Whether a file name is a web archive's (.warc or .warc.gz, any case)."""
    return name.lower().endswith(ARCHIVE_SUFFIXES)


def record_path(file: str, number: int) -> str:
    """Where record ``number`` of a web archive is, as its document and skipped entries name it."""
    return f"{file}#record-{number}"


def is_page_resources(name: str, siblings: set[str]) -> bool:
    """Whether folder ``name`` holds the resources of a saved page among ``siblings`` (lower case)."""
    lower = name.lower()
    return lower.endswith("_files") and any(lower[:-6] + ext in siblings for ext in (".html", ".htm"))


def walk(root: Path, out: Collector) -> list[tuple[str, Path]]:
    """Every non-hidden, non-junk file under ``root`` as (display path, path), sorted."""
    root_real = root.resolve()
    visited = {root_real}
    found: list[tuple[str, Path]] = []

    def visit(folder: Path) -> None:
        try:
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError as err:
            out.skipped.append((str(folder), 0, f"cannot read folder ({err.strerror or err})"))
            return
        names = {e.name.lower() for e in entries}
        ours = verify_outputs(folder) if MANIFEST in names else frozenset()
        for entry in entries:
            path = folder / entry.name
            if is_junk(entry.name) or entry.name in ours:
                continue
            try:
                if entry.is_symlink():
                    target = path.resolve()
                    if not target.exists():
                        out.skipped.append((str(path), 0, "broken symlink"))
                        continue
                    if not target.is_relative_to(root_real):
                        out.skipped.append((str(path), 0, "symlink leaves the corpus folder"))
                        continue
                is_dir = entry.is_dir()
            except (OSError, RuntimeError) as err:  # RuntimeError: a symlink loop on Python 3.11
                out.skipped.append((str(path), 0, f"cannot read ({err})"))
                continue
            if not is_dir:
                found.append((str(path), path))
                continue
            if is_page_resources(entry.name, names):
                continue
            real = path.resolve()
            if real in visited:
                out.skipped.append((str(path), 0, "folder already read through another path (symlink)"))
                continue
            visited.add(real)
            visit(path)

    visit(root)
    return found
