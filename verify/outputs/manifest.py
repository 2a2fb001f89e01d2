"""The manifest of a report folder (``MANIFEST``): which files of which kind verify wrote there,
from which run, with their SHA-256. The corpus walk (``verify.ingest``) leaves those files out;
``verify.outputs.replace_set`` reads and writes it.
"""

from __future__ import annotations

import json
from pathlib import Path

__all__ = ["MANIFEST", "manifest_text", "read_manifest", "verify_outputs"]

MANIFEST = ".verify-outputs.json"
FORMAT = 1


def verify_outputs(folder: Path) -> frozenset[str]:
    """The names of the files verify wrote into ``folder`` (from its manifest; empty when none)."""
    manifest = read_manifest(folder / MANIFEST)
    return frozenset(name for names in manifest.get("sets", {}).values() for name in names)


def manifest_text(
    previous: dict, kind: str, hashes: dict[str, str], token: str, carried: list[str], stale: list[str] | None = None
) -> str:
    """The manifest a folder holds after a set of ``kind`` is written: the other kinds' sets kept,
    this kind's files with their run and SHA-256, what was carried over, and (for a write file by
    file) the files still to replace."""
    sets = {k: v for k, v in previous.get("sets", {}).items() if k != kind and isinstance(v, list)}
    sets[kind] = list(hashes)
    kept = {
        n: f
        for n, f in previous.get("files", {}).items()
        if isinstance(f, dict) and f.get("kind") != kind and n not in hashes
    }
    files = {**kept, **{name: {"kind": kind, "run": token, "sha256": digest} for name, digest in hashes.items()}}
    record: dict[str, object] = {
        "verify_outputs": FORMAT,
        "token": token,
        "sets": dict(sorted(sets.items())),
        "files": files,
        "carried": carried,
    }
    if stale is not None:
        record["stale"] = stale
    return json.dumps(record, indent=1, ensure_ascii=False) + "\n"


def read_manifest(path: Path) -> dict:
    """A folder's manifest as written, or an empty one when it is missing or unreadable."""
    try:
        with open(path, "rb") as handle:
            data = json.loads(handle.read(10_000_000))
    except (OSError, ValueError, RecursionError):
        return {}
    return data if isinstance(data, dict) else {}
