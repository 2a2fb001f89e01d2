"""Metadata: YAML front matter of .txt/.md files, and the metadata fields of JSONL objects.

Hands on a dict of ``title``, ``source``, ``published`` (an ISO date, or a moment to the minute
when a time is given) and ``url`` (each a string or None) and appends a warning for everything it
ignores.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any

import yaml

META_KEYS = ("title", "source", "published", "url")
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)^---[ \t]*(?:\n|\Z)", re.S | re.M)


def normalise_date(value: Any) -> str:
    """An ISO date ``YYYY-MM-DD`` from a date, a datetime or an ISO date/datetime string.

    Raises ``ValueError`` for anything else.
    """
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, str) and value.strip():
        return datetime.fromisoformat(value.strip()).date().isoformat()
    raise ValueError(f"not a date: {value!r}")


def normalise_moment(value: Any) -> str:
    """``normalise_date``, keeping the time of a datetime to the minute, with its offset when it has
    one ("2025-06-03T07:15:00Z" -> "2025-06-03T07:15+00:00"): figures a day's pages give are then
    ordered by the minute they were published. A date stays a date.

    Raises ``ValueError`` for anything else.
    """
    if isinstance(value, str) and value.strip():
        text = value.strip()
        value = datetime.fromisoformat(text) if "T" in text or " " in text else text
    if isinstance(value, datetime):
        return value.isoformat(timespec="minutes")
    return normalise_date(value)


def metadata(raw: dict[Any, Any], origin: str, warn: list[str]) -> dict[str, str | None]:
    """Title/source/published/url from a mapping; problems are appended to ``warn``."""
    meta: dict[str, str | None] = {}
    for key in META_KEYS:
        value = raw.get(key)
        if value is None or value == "":
            meta[key] = None
        elif key == "published":
            try:
                meta[key] = normalise_moment(value)
            except (ValueError, TypeError):
                meta[key] = None
                warn.append(f"{origin} 'published' {str(value)!r} is not an ISO date (YYYY-MM-DD); left empty")
        elif isinstance(value, (dict, list)):
            meta[key] = None
            warn.append(f"{origin} '{key}' should be text, got a {type(value).__name__}; ignored")
        elif not is_unicode(str(value)):
            meta[key] = None
            warn.append(f"{origin} '{key}' is not valid Unicode (lone surrogate); ignored")
        else:
            meta[key] = str(value).strip() or None
    return meta


def is_unicode(text: str) -> bool:
    """False when ``text`` holds lone surrogates (JSON allows ``\\ud800``; UTF-8 does not)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


class _FrontMatterLoader(yaml.SafeLoader):
    """The safe loader without implicit timestamps: ``published: 2016-13-45`` stays a string that
    ``normalise_date`` refuses with a warning, instead of a constructor error losing every key."""


_FrontMatterLoader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
# A top-level ``key:`` at the start of a line: where the per-key fallback cuts the front matter.
_TOP_KEY = re.compile(r"^(?=[^\s#-][^\n]*?:(?:[ \t]|$))", re.M)


# One ``key: value`` line whose value starts as plain text (no quote, flow, anchor, tag or block).
_PLAIN_LINE = re.compile(r"([A-Za-z_][\w-]*):[ \t]+([^\s'\"\[\]{}&*!|>%@`#][^\n]*)")


def _load(text: str) -> Any:
    return yaml.load(text, Loader=_FrontMatterLoader)  # noqa: S506 - a SafeLoader subclass


def _yaml_problem(err: Exception, with_line: bool = True) -> str:
    if isinstance(err, yaml.YAMLError):
        mark = getattr(err, "problem_mark", None)
        where = f", line {mark.line + 2}" if mark is not None and with_line else ""
        return (getattr(err, "problem", None) or "invalid YAML") + where
    return str(err) or type(err).__name__


def _load_by_key(block: str, warn: list[str]) -> dict[Any, Any] | None:
    """The keys of a front matter that does not load as a whole, each loaded on its own: a
    broken value loses its key (with a warning), never the others. None when no key loads."""
    starts = [m.start() for m in _TOP_KEY.finditer(block)]
    if not starts:
        return None
    raw: dict[Any, Any] = {}
    problems: list[str] = []
    for n, start in enumerate(starts):
        piece = block[start : starts[n + 1] if n + 1 < len(starts) else len(block)]
        line = block.count("\n", 0, start)
        try:
            value = _load(piece)
        except (yaml.YAMLError, ValueError, TypeError, RecursionError) as err:
            key = piece.split(":", 1)[0].strip()
            plain = _PLAIN_LINE.fullmatch(piece.rstrip("\n"))
            if plain is not None:
                # "title: Velmora rail disaster: toll rises to 19": a second ": " that YAML reads
                # as a mapping, in a value written as plain text on one line: kept as written
                raw[plain.group(1)] = plain.group(2).strip()
                problems.append(
                    f"front matter {key!r} (line {line + 2}) is not valid YAML "
                    f"({_yaml_problem(err, with_line=False)}); read as plain text"
                )
                continue
            problems.append(
                f"front matter {key!r} (line {line + 2}) is not valid YAML "
                f"({_yaml_problem(err, with_line=False)}); ignored"
            )
            continue
        if isinstance(value, dict):
            raw.update(value)
    if not raw:
        return None
    warn.extend(problems)
    return raw


def split_front_matter(text: str, warn: list[str]) -> tuple[dict[str, str | None], str]:
    """(metadata, body) of a .txt/.md text; problems are appended to ``warn``.

    Keys are kept where they can be: a one-line value written as plain text that YAML cannot read
    (a title with a second ": ") is kept as written, with a warning; any other value YAML cannot
    read (an unclosed quote, a bad tag) loses its own key with a warning, the others stay; a date
    that is not a real day is left empty with a warning. Front matter that is not closed, or where
    no ``key: value`` line reads, is treated as absent: the metadata is empty and the body is the
    whole text.
    """
    empty = dict.fromkeys(META_KEYS)
    if not re.match(r"---[ \t]*(?:\n|\Z)", text):
        return empty, text
    match = _FRONT_MATTER.match(text)
    if match is None:
        warn.append("front matter not closed (no second '---' line); read the whole file as text")
        return empty, text
    try:
        raw = _load(match.group(1))
    except (yaml.YAMLError, ValueError, TypeError, RecursionError) as err:
        raw = _load_by_key(match.group(1), warn)
        if raw is None:
            warn.append(f"front matter is not valid YAML ({_yaml_problem(err)}); read the whole file as text")
            return empty, text
    if raw is None:
        raw = {}
    if not isinstance(raw, dict):
        warn.append("front matter is not a YAML mapping of key: value; read the whole file as text")
        return empty, text
    unknown = sorted(str(k) for k in raw if k not in META_KEYS)
    if unknown:
        names = ", ".join(repr(k) for k in unknown)
        warn.append(
            f"unknown front-matter key{'s' if len(unknown) > 1 else ''} {names} ignored "
            f"(known keys: {', '.join(META_KEYS)})"
        )
    return metadata(raw, "front matter", warn), text[match.end() :]
