"""Output folders: where verify may write, and how a set of report files is replaced as a whole.

``check_out_dir(out)`` says in one line why a folder cannot be used; ``check_out_apart(out,
inputs)`` refuses an ``--out`` that is, or is inside, a corpus folder (its files would be read
back as articles on the next run, or an article overwritten).

``replace_set(out, kind, files)`` writes one set of files (``kind`` "report": report.json/.md/
.html, the CSVs and charts; "check": check.json/.md/.html) so that an interruption at any point
(``kill -9``, a full disk, a power cut) leaves either the previous set whole or the new one whole:

1. the files are written and fsynced into a fresh folder next to ``out``
   (``.<out>.verify-<pid>-<token>``), with every other entry of ``out`` carried over: files by hard
   link (README.md, .gitkeep, the other kind's set), folders moved in at the last moment;
2. the two folders are exchanged in one atomic ``renameat2(RENAME_EXCHANGE)`` (Linux; elsewhere
   two renames, repaired by the next run if interrupted between them);
3. the previous set, now in the temporary folder, is deleted. Charts of the previous set go with it.

Each report folder holds ``MANIFEST`` (``.verify-outputs.json``): which files of which kind verify
wrote, from which run, with their SHA-256. The corpus walk leaves those files out, and the next
write knows which files are verify's to replace. Leftovers of a killed run (a temporary folder
whose process is gone) are cleaned, and anything carried into them moved back, before the next
write. Where the folder cannot be swapped (``out`` is a mount point, holds the current folder, or
its parent is not writable) the files are replaced one by one from a journal inside ``out``; an
interrupted write is then finished by the next one.
"""

from __future__ import annotations

import ctypes
import errno
import hashlib
import os
import re
import secrets
import shutil
import sys
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path

from ..errors import InputError
from .manifest import MANIFEST, manifest_text, read_manifest, verify_outputs

__all__ = [
    "MANIFEST",
    "SET_NAMES",
    "Chunks",
    "Payload",
    "check_out_apart",
    "check_out_dir",
    "replace_set",
    "verify_outputs",
]

# Names a kind of set may hold, for folders written before the manifest existed: such files are
# verify's to replace, never carried over as a user's own.
SET_NAMES: dict[str, re.Pattern[str]] = {
    "report": re.compile(r"(report\.(json|md|html)|claims\.csv|findings\.csv|chart-.*\.png)\Z"),
    "check": re.compile(r"check\.(json|md|html)\Z"),
}
# Temporary files of the writer verify had before sets were swapped whole (``.report.md.x.tmp``).
_OLD_TEMP = re.compile(
    r"\.(report\.(json|md|html)|claims\.csv|findings\.csv|chart-.*\.png|check\.(json|md|html))\..*\.tmp\Z"
)


class Chunks:
    """A file's text as pieces written one after another, never joined into one string: a report of
    a few hundred thousand claims would otherwise hold its JSON several times over while writing
    (the pieces, the joined text, its UTF-8 bytes). ``str(chunks)`` joins them (for a caller that
    wants the text); the pieces may be read once."""

    def __init__(self, pieces: Iterable[str]):
        self.pieces = pieces

    def __iter__(self) -> Iterator[str]:
        return iter(self.pieces)

    def __str__(self) -> str:
        return "".join(self.pieces)


Payload = str | bytes | Chunks
Files = Mapping[str, Payload] | Iterable[tuple[str, Payload]]


# --------------------------------------------------------------------------------------------
# Where verify may write


def check_out_dir(out_dir: str | Path) -> Path:
    """The output folder as a Path, or InputError saying in one line why it cannot be used."""
    out = Path(out_dir)
    if out.exists() and not out.is_dir():
        raise InputError(
            f"--out {out}: is an existing file, not a folder", hint="pass a folder name; it is created when missing"
        )
    parent = out.parent if not out.exists() else out
    if not parent.is_dir():
        raise InputError(
            f"--out {out}: the parent folder {out.parent} does not exist",
            hint=f"create it first (mkdir -p {out.parent}) or pick another --out",
        )
    if not os.access(parent, os.W_OK | os.X_OK):
        raise InputError(f"--out {out}: folder {parent} is not writable", hint="pick a folder you can write to")
    return out


def check_out_apart(out_dir: str | Path, inputs: Iterable[str | Path]) -> None:
    """InputError when ``out_dir`` is one of the corpus folders in ``inputs`` or inside one: its
    reports would be read back as articles, or an article overwritten by a report."""
    out = Path(out_dir).resolve()
    for item in inputs:
        path = Path(item)
        if not path.is_dir():
            continue
        folder = path.resolve()
        if out == folder or out.is_relative_to(folder):
            what = "is the corpus folder" if out == folder else f"is inside the corpus folder {item}"
            raise InputError(
                f"--out {out_dir}: {what}; reports written there would be read back as articles",
                hint="write the reports outside the corpus, e.g. --out reports/",
            )


# --------------------------------------------------------------------------------------------
# Replacing a set


def replace_set(out_dir: str | Path, kind: str, files: Files) -> list[Path]:
    """Replace ``out_dir``'s set of ``kind`` with ``files`` (name -> text or bytes, or an iterable
    of (name, content) rendered as they are written) as a whole; every other entry of the folder
    is kept. Returns the paths written, in ``files`` order.

    Raises InputError (one line, the previous set left whole) when the files cannot be written."""
    out = check_out_dir(out_dir)
    real = out.resolve()
    token = secrets.token_hex(6)
    items = files.items() if isinstance(files, Mapping) else files
    if _can_swap(real):
        with _locked(real.parent):
            _clean_leftovers(real)
        names = _swap_in(real, kind, items, token)
    else:
        real.mkdir(exist_ok=True)
        with _locked(real):
            _clean_leftovers(real)
            names = _replace_in_place(real, kind, items, token)
    return [out / name for name in names]


def _write_all(staging: Path, items: Iterable[tuple[str, Payload]]) -> dict[str, str]:
    """Write each (name, content) into ``staging`` as it comes; their SHA-256 by name, in order."""
    hashes: dict[str, str] = {}
    for name, data in items:
        if name in hashes or name == MANIFEST or "/" in name or name.startswith("."):
            raise ValueError(f"not a file name a set may hold: {name!r}")
        hashes[name] = _write_file(staging / name, data)
    return hashes


def _can_swap(real: Path) -> bool:
    """Whether the folder can be exchanged with a sibling: not a mount point, not holding the
    current folder (a shell would be left in a deleted folder), parent writable."""
    if real.exists() and (os.path.ismount(real) or str(real) in _mount_points()):
        return False
    try:
        cwd = Path.cwd().resolve()
    except OSError:
        cwd = None
    if cwd is not None and (cwd == real or cwd.is_relative_to(real)):
        return False
    return os.access(real.parent, os.W_OK | os.X_OK)


def _mount_points() -> set[str]:
    """Every mount point (Linux ``/proc/self/mountinfo``): a bind mount of a folder of the same file
    system is one that ``os.path.ismount`` cannot see, and a mount point cannot be renamed."""
    try:
        lines = Path("/proc/self/mountinfo").read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return set()
    points = set()
    for line in lines:
        fields = line.split()
        if len(fields) > 4:  # octal escapes (\040 for a space) as the kernel writes them
            points.add(re.sub(r"\\([0-7]{3})", lambda m: chr(int(m.group(1), 8)), fields[4]))
    return points


def _staging_name(real: Path, token: str, old: bool = False) -> Path:
    return real.parent / f".{real.name}.verify-{os.getpid()}-{token}{'-old' if old else ''}"


def _swap_in(real: Path, kind: str, items: Iterable[tuple[str, Payload]], token: str) -> list[str]:
    staging = _staging_name(real, token)
    try:
        os.mkdir(staging, 0o700)
        hashes = _write_all(staging, items)
        _fsync_dir(staging)
        with _locked(real.parent):
            previous = read_manifest(real / MANIFEST) if real.is_dir() else {}
            carried = _carry_over(real, staging, kind, previous) if real.is_dir() else []
            _write_file(staging / MANIFEST, manifest_text(previous, kind, hashes, token, carried))
            os.chmod(staging, (real.stat().st_mode if real.is_dir() else 0o777 & ~_umask()) & 0o7777)
            _fsync_dir(staging)
            for name in carried:  # the last moment: folders the user keeps in out
                os.rename(real / name, staging / name)
            if not real.exists():
                os.rename(staging, real)
            elif not _exchange(staging, real):
                old = _staging_name(real, token, old=True)
                os.rename(real, old)  # a kill here is repaired by _clean_leftovers
                os.rename(staging, real)
                staging = old
            _fsync_dir(real.parent)
    except OSError as exc:
        _abandon(real, staging, token)
        raise _write_error(real, kind, exc) from exc
    except BaseException:  # Ctrl-C: the previous set stays, nothing is left
        _abandon(real, staging, token)
        raise
    shutil.rmtree(staging, ignore_errors=True)  # the previous set
    return list(hashes)


def _carry_over(real: Path, staging: Path, kind: str, previous: dict) -> list[str]:
    """Hard-link every entry of ``real`` that is not the previous set of ``kind`` into
    ``staging``; return the folders (and other non-files) to move in at the last moment."""
    ours = set(previous.get("sets", {}).get(kind, ()))
    folders = []
    for entry in sorted(os.scandir(real), key=lambda e: e.name):
        name = entry.name
        if name == MANIFEST or name in ours or SET_NAMES[kind].match(name) or _OLD_TEMP.match(name):
            continue
        if (staging / name).exists() or (staging / name).is_symlink():
            continue  # the new set has a file of that name
        if entry.is_symlink() or entry.is_file(follow_symlinks=False):
            _link(Path(entry.path), staging / name, entry.is_symlink())
        else:
            folders.append(name)
    return folders


def _link(source: Path, target: Path, symlink: bool) -> None:
    try:
        os.link(source, target, follow_symlinks=False)
    except OSError:  # a file system without hard links
        if symlink:
            os.symlink(os.readlink(source), target)
        else:
            shutil.copy2(source, target)


def _replace_in_place(real: Path, kind: str, items: Iterable[tuple[str, Payload]], token: str) -> list[str]:
    """Write into ``real/.verify-<pid>-<token>``, journal, then replace file by file."""
    staging = real / f".verify-{os.getpid()}-{token}"
    try:
        os.mkdir(staging, 0o700)
        hashes = _write_all(staging, items)
        previous = read_manifest(real / MANIFEST)
        # the journal is complete the moment its manifest exists: written aside, then renamed, so
        # a kill while writing it never leaves a partial manifest for the next write to install
        _write_file(
            staging / f"{MANIFEST}.part",
            manifest_text(previous, kind, hashes, token, [], stale=_stale(real, kind, previous, hashes)),
        )
        os.replace(staging / f"{MANIFEST}.part", staging / MANIFEST)
        _fsync_dir(staging)
        _roll_forward(real, staging)
    except OSError as exc:
        if not (staging / MANIFEST).exists():  # the journal is complete: the next write finishes it
            shutil.rmtree(staging, ignore_errors=True)
        raise _write_error(real, kind, exc) from exc
    except BaseException:  # Ctrl-C: finish a complete journal, else drop it
        if (staging / MANIFEST).exists():
            _roll_forward(real, staging)
        else:
            shutil.rmtree(staging, ignore_errors=True)
        raise
    return list(hashes)


def _stale(real: Path, kind: str, previous: dict, files: Mapping[str, str]) -> list[str]:
    """Files of the previous set of ``kind`` the new set does not have (an old event's chart)."""
    listed = set(previous.get("sets", {}).get(kind, ()))
    on_disk = {e.name for e in os.scandir(real) if SET_NAMES[kind].match(e.name) or _OLD_TEMP.match(e.name)}
    return sorted((listed | on_disk) - set(files))


def _roll_forward(real: Path, staging: Path) -> None:
    """Finish a journalled in-place write: move the new files in, drop stale ones, install the
    manifest last, remove the journal folder. Safe to repeat after an interruption."""
    journal = read_manifest(staging / MANIFEST)
    for name in journal.get("files", {}):
        if (staging / name).exists():
            os.replace(staging / name, real / name)
    for name in journal.get("stale", []):
        try:
            os.unlink(real / name)
        except FileNotFoundError:
            pass
    os.replace(staging / MANIFEST, real / MANIFEST)
    _fsync_dir(real)
    shutil.rmtree(staging, ignore_errors=True)


# --------------------------------------------------------------------------------------------
# Leftovers of interrupted runs

_LEFTOVER = re.compile(r"\.(?P<name>.+)\.verify-(?P<pid>\d+)-(?P<token>[0-9a-f]+)(?P<old>-old)?\Z")
_JOURNAL = re.compile(r"\.verify-(?P<pid>\d+)-(?P<token>[0-9a-f]+)\Z")


def _clean_leftovers(real: Path) -> None:
    """Repair and remove what killed runs left next to (and inside) ``real``; runs still alive
    are left alone. Old folders first: a swap interrupted between its two renames is undone."""
    found = []
    for entry in os.scandir(real.parent):
        m = _LEFTOVER.match(entry.name)
        if m and m["name"] == real.name and entry.is_dir(follow_symlinks=False) and not _alive(int(m["pid"])):
            found.append((m["old"] is None, Path(entry.path), m["token"]))
    for is_staging, path, token in sorted(found):
        if not is_staging:
            if not real.exists():
                os.rename(path, real)  # the previous set goes back where it was
            else:
                shutil.rmtree(path, ignore_errors=True)
            continue
        manifest = read_manifest(path / MANIFEST)
        if manifest.get("token") == token and real.is_dir():  # never swapped in: return what it took
            for name in manifest.get("carried", []):
                if (path / name).exists() and not (real / name).exists():
                    os.rename(path / name, real / name)
        shutil.rmtree(path, ignore_errors=True)
    if real.is_dir():
        for entry in os.scandir(real):
            m = _JOURNAL.match(entry.name)
            if m and entry.is_dir(follow_symlinks=False) and not _alive(int(m["pid"])):
                if (Path(entry.path) / MANIFEST).is_file():
                    _roll_forward(real, Path(entry.path))  # journal complete: finish the write
                else:
                    shutil.rmtree(entry.path, ignore_errors=True)


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # EPERM: alive, another user's
        return True
    return True


def _abandon(real: Path, staging: Path, token: str) -> None:
    """Undo a swap that failed before it was complete: the previous set goes back where it was
    (when the fallback's first rename had moved it), folders carried in go back, staging goes."""
    old = _staging_name(real, token, old=True)
    if not real.exists() and old.is_dir():
        os.rename(old, real)
    if staging.exists() and real.is_dir():
        manifest = read_manifest(staging / MANIFEST)
        if manifest.get("token") == token:
            for name in manifest.get("carried", []):
                if (staging / name).exists() and not (real / name).exists():
                    try:
                        os.rename(staging / name, real / name)
                    except OSError:
                        pass
    shutil.rmtree(staging, ignore_errors=True)


# --------------------------------------------------------------------------------------------
# Small pieces


def _write_file(path: Path, data: Payload) -> str:
    """Write ``data`` to a new file, flushed to disk; return its SHA-256."""
    digest = hashlib.sha256()
    with open(path, "xb") as handle:
        for piece in data if isinstance(data, Chunks) else (data,):
            payload = piece.encode("utf-8") if isinstance(piece, str) else piece
            handle.write(payload)
            digest.update(payload)
        handle.flush()
        os.fsync(handle.fileno())
    os.chmod(path, 0o666 & ~_umask())
    return digest.hexdigest()


def _exchange(a: Path, b: Path) -> bool:
    """Swap two paths atomically (``renameat2(RENAME_EXCHANGE)``); False when not available."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        return False
    at_fdcwd, rename_exchange = -100, 2
    if renameat2(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), rename_exchange) == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.ENOSYS, errno.EINVAL, errno.ENOTSUP, errno.EOPNOTSUPP):
        return False
    raise OSError(code, os.strerror(code), str(b))


def _fsync_dir(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


@contextmanager
def _locked(folder: Path) -> Iterator[None]:
    """An exclusive lock on ``folder`` while a set is swapped, so two runs writing the same
    ``--out`` take turns (POSIX ``flock``; a no-op where it is missing)."""
    try:
        import fcntl
    except ImportError:
        yield
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:  # an unreadable folder: write unlocked
        yield
        return
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)


def _read_umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


_UMASK = _read_umask()


def _umask() -> int:
    return _UMASK


def _write_error(real: Path, kind: str, exc: OSError) -> InputError:
    what = "report" if kind == "report" else "check"
    return InputError(
        f"--out {real}: cannot write the {what} files ({exc.strerror or exc}); "
        f"the previous {what} files were left as they were",
        hint="check free space and permissions",
    )
