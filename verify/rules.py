"""Load, merge and validate the YAML rule set into typed, frozen records.

``load_rules(extra_dir)`` reads the project's ``rules/default.yaml`` and then every ``*.yaml`` in ``extra_dir`` in name order; later
files override earlier ones key by key. Every problem is collected with its file and line and raised
once as a ``RuleError``, before any document is read.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .errors import RuleError
from .models import CHECK_NAMES, SEVERITIES, VERDICTS
from .text import fold_phrase

PACKAGE_RULES = Path(__file__).resolve().parent.parent / "rules" / "default.yaml"


# --------------------------------------------------------------------------------------------
# Typed records


@dataclass(frozen=True)
class Vague:
    word: str
    low: int
    high: int | None
    best: int


@dataclass(frozen=True)
class Qualifier:
    name: str
    words: tuple[str, ...]
    low: float
    high: float | None
    low_add: int = 0
    high_add: int = 0

    def apply(self, n: float) -> tuple[int, int | None]:
        low = math.floor(self.low * n + self.low_add)
        high = None if self.high is None else math.ceil(self.high * n + self.high_add)
        low = max(0, low)
        if high is not None and high < low:
            high = low
        return low, high


@dataclass(frozen=True)
class MethodNode:
    name: str
    parent: str | None
    words: tuple[str, ...]


@dataclass(frozen=True)
class Limits:
    """``limits`` in the rules: the size policy (README "Size policy").

    max_document_mb: a document larger than this (a .txt/.md file, one JSONL line) is skipped with
        its reason; a .jsonl file is read line by line, whatever its size.
    max_token_chars: a run of non-space characters longer than this is blanked before tokenizing
        (offsets kept): no claim comes from it, and it cannot cost the tokenizer quadratic time.
    window_chars: a longer document is parsed in paragraph-aligned windows of at most this size.
    batch_chars: the parser's memory budget: one batch holds at most this many characters.
    """

    max_document_mb: float = 50.0
    max_token_chars: int = 200
    window_chars: int = 100_000
    batch_chars: int = 100_000


@dataclass(frozen=True)
class Rule:
    id: str
    description: str
    check: str
    kinds: tuple[str, ...]
    severity: dict[str, str]


@dataclass(frozen=True, eq=False)
class RuleSet:
    """The effective rule set. ``raw`` is the merged YAML (for ``rules show`` and the report).

    Compared and hashed by identity, so extractors can cache what they compile from it.
    """

    raw: dict[str, Any]
    files: tuple[str, ...]
    model: str
    batch_size: int
    n_process: int
    furniture_drop: tuple[re.Pattern[str], ...]
    furniture_links: tuple[re.Pattern[str], ...]
    vague: dict[str, Vague]
    qualifiers: tuple[Qualifier, ...]
    count_words: dict[str, tuple[str, ...]]
    subjects: dict[str, tuple[str, ...]]
    facility_subjects: tuple[str, ...]
    hit_words: tuple[str, ...]
    titles: frozenset[str]
    fold: dict[str, str]
    name_match: float
    name_suggest: float
    aliases: dict[str, dict[str, str]]
    methods: dict[str, MethodNode]
    method_compatible: frozenset[frozenset[str]]
    actors: dict[str, str]
    stances: dict[str, tuple[str, ...]]
    stance_contradicts: frozenset[frozenset[str]]
    cue_verbs: tuple[str, ...]
    hedges: tuple[str, ...]
    weekday_direction: str
    same_day_tolerance: int
    event_window_days: int
    event_weights: dict[str, float]
    link_threshold: float
    date_veto: bool
    max_span_days: int
    duplicate_jaccard: float
    duplicate_shingle: int
    event_max_block: int
    figure_tolerance: float
    rising_toll_is_update: bool
    update_attributes: tuple[str, ...]
    quote_same: float
    quote_identical: float
    quote_min_words: int
    quote_paraphrase: float
    min_sources: int
    corroboration_kinds: tuple[str, ...]
    rules: tuple[Rule, ...]
    # names.people: word lists of the people extractor, by list name (lowercase).
    person_words: dict[str, frozenset[str]] = field(default_factory=dict)
    # names.surname_particles: "al-", "bin", "van" before a surname, left out of the matching key.
    surname_particles: frozenset[str] = frozenset()
    # events: incident scale, street abbreviations, kinds of facility, document-level links.
    max_incident_figure: int = 5000
    street_abbreviations: dict[str, str] = field(default_factory=dict)
    facility_kinds: dict[str, tuple[str, ...]] = field(default_factory=dict)
    document_suggest: float = 0.2
    document_confirm: float = 0.5
    document_terms: int = 12
    followup_days: int = 30
    victim_days: int = 365
    # events.tallies: counts of attacks or facilities hit over a period, joined when their starts
    # are this many months apart at most; their subjects by name; events.refers_back: patterns.
    tally_attributes: tuple[str, ...] = ()
    tally_tolerance_months: int = 3
    tally_subjects: dict[str, tuple[str, ...]] = field(default_factory=dict)
    refers_back: tuple[re.Pattern[str], ...] = ()
    new_happening: tuple[re.Pattern[str], ...] = ()
    # counts.periods, counts.self_kill: compiled patterns (case-insensitive, matched anywhere).
    count_periods: tuple[re.Pattern[str], ...] = ()
    self_kill: tuple[re.Pattern[str], ...] = ()
    # limits: the size policy.
    limits: Limits = field(default_factory=Limits)

    def method_ancestors(self, name: str) -> list[str]:
        chain, seen = [], set()
        while name and name in self.methods and name not in seen:
            seen.add(name)
            chain.append(name)
            name = self.methods[name].parent or ""
        return chain

    def methods_compatible(self, a: str, b: str) -> bool:
        if a == b or frozenset((a, b)) in self.method_compatible:
            return True
        return a in self.method_ancestors(b) or b in self.method_ancestors(a)


# --------------------------------------------------------------------------------------------
# Reading YAML with line numbers


class _Located(dict):
    """A dict that remembers the line of each key."""


def _construct(node: yaml.Node, file: str, lines: dict[tuple, str], path: tuple) -> Any:
    lines[path] = f"{file}:{node.start_mark.line + 1}"
    if isinstance(node, yaml.MappingNode):
        out: dict[str, Any] = {}
        for key_node, value_node in node.value:
            key = str(key_node.value)
            out[key] = _construct(value_node, file, lines, path + (key,))
            lines[path + (key,)] = f"{file}:{key_node.start_mark.line + 1}"
        return out
    if isinstance(node, yaml.SequenceNode):
        return [_construct(v, file, lines, path + (i,)) for i, v in enumerate(node.value)]
    loader = yaml.SafeLoader("")
    try:
        return loader.construct_object(node, deep=True)
    finally:
        loader.dispose()


def _read_yaml(path: Path, lines: dict[tuple, str], problems: list[str]) -> dict[str, Any] | None:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        problems.append(f"{path}: cannot read: {exc}")
        return None
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"{path}:{mark.line + 1}" if mark else str(path)
        problems.append(f"{where}: not valid YAML: {getattr(exc, 'problem', None) or exc}")
        return None
    if node is None:
        return {}
    if not isinstance(node, yaml.MappingNode):
        problems.append(f"{path}:{node.start_mark.line + 1}: the top level must be a mapping of sections")
        return None
    return _construct(node, str(path), lines, ())


def _merge(base: Any, over: Any) -> Any:
    if isinstance(base, dict) and isinstance(over, dict):
        out = dict(base)
        for key, value in over.items():
            out[key] = _merge(base[key], value) if key in base else value
        return out
    return over


# --------------------------------------------------------------------------------------------
# Validation: a small schema language; every problem is collected, none stops the others.

Spec = Any
STR, INT, NUM, BOOL = "str", "int", "num", "bool"


def _opt(spec: Spec) -> tuple:
    return ("optional", spec)


def _nullable(spec: Spec) -> tuple:
    return ("nullable", spec)


def _list(spec: Spec) -> tuple:
    return ("list", spec)


def _dict(spec: Spec) -> tuple:
    return ("dict", spec)


VAGUE = {"low": INT, "high": _nullable(INT), "best": INT}
QUALIFIER = {"words": _list(STR), "low": NUM, "high": _nullable(NUM), "low_add": _opt(INT), "high_add": _opt(INT)}
# names.people: the people extractor's word lists (verify/extract/people/ says how each is used).
PEOPLE = {k: _opt(_list(STR)) for k in ("not_person", "victim_nouns", "suspect_nouns", "kill", "wound", "death",
                                       "injury", "arrest", "accuse", "plead", "attack", "identifiers",
                                       "harm", "person_nouns", "male_nouns", "female_nouns",
                                       "region_abbreviations")}
RULE = {"id": STR, "description": STR, "check": STR, "kinds": _list(STR), "severity": _dict(STR)}

SCHEMA: dict[str, Spec] = {
    "nlp": {"model": STR, "batch_size": INT, "n_process": INT},
    "furniture": {"drop": _list(STR), "links": _list(STR)},
    "quantities": {"vague": _dict(VAGUE), "qualifiers": _dict(QUALIFIER)},
    "counts": {"attributes": _dict({"words": _list(STR)}), "subjects": _dict(_list(STR)),
               "facility_subjects": _list(STR), "hit_words": _list(STR), "periods": _opt(_list(STR)),
               "self_kill": _opt(_list(STR)),
               # read by verify/extract/revisions.py
               "revisions": _opt({"rise": _list(STR), "fall": _list(STR), "revised": _list(STR),
                                  "earlier": _list(STR), "stamps": _list(STR), "toll_words": _dict(STR)})},
    "names": {"titles": _list(STR), "fold": _dict(_list(STR)), "match_threshold": NUM, "people": _opt(PEOPLE),
              "suggest_threshold": NUM, "surname_particles": _opt(_list(STR))},
    "aliases": _dict(_dict(_list(STR))),
    "methods": {"taxonomy": _dict({"parent": _nullable(STR), "words": _list(STR)}),
                "compatible": _list(_list(STR))},
    "attribution": {"actors": _dict(_list(STR)), "stances": _dict(_list(STR)),
                    "contradicts": _list(_list(STR))},
    "sourcing": {"cue_verbs": _list(STR), "hedges": _list(STR)},
    "time": {"weekday_direction": STR, "same_day_tolerance_days": INT, "event_window_days": INT,
             # read by verify/ingest/published.py, verify/extract/timex.py, clock.py, verify/timezones.py
             "zones": _opt(_dict(INT)), "local_words": _opt(_list(STR)), "approx_words": _opt(_list(STR)),
             "places": _opt(_dict(STR)),
             "publication": _opt({"published_words": _list(STR), "updated_words": _list(STR),
                                  "skip_lines": _list(STR), "head_lines": INT, "line_words": INT,
                                  "numeric_order": STR, "borrow_year_days": INT}),
             "roles": _opt({"statement": _list(STR), "event": _list(STR), "caption_lines": _list(STR)})},
    "events": {"weights": _dict(NUM), "link_threshold": NUM, "date_veto": BOOL, "max_span_days": INT,
               "duplicate_jaccard": NUM, "duplicate_shingle": INT, "max_block": INT,
               "max_incident_figure": _opt(INT), "street_abbreviations": _opt(_dict(STR)),
               "facility_kinds": _opt(_dict(_list(STR))),
               "tallies": _opt({"attributes": _list(STR), "start_tolerance_months": INT,
                                "subjects": _dict(_list(STR))}),
               "refers_back": _opt(_list(STR)), "new_happening": _opt(_list(STR)),
               "documents": _opt({"suggest": NUM, "confirm": NUM, "terms": INT,
                                  "followup_days": INT, "victim_days": _opt(INT)})},
    "compare": {"figures": {"tolerance": NUM, "rising_toll_is_update": BOOL, "update_attributes": _list(STR)},
                "quotes": {"same_quote": NUM, "identical": NUM, "min_words": INT, "paraphrase": NUM},
                "corroboration": {"min_sources": INT, "kinds": _list(STR)}},
    "rules": _list(RULE),
    "limits": _opt({"max_document_mb": _opt(NUM), "max_token_chars": _opt(INT), "window_chars": _opt(INT),
                    "batch_chars": _opt(INT)}),
}

_TYPE_NAMES = {STR: "a string", INT: "a whole number", NUM: "a number", BOOL: "true or false"}


def _type_ok(kind: str, value: Any) -> bool:
    if kind == STR:
        return isinstance(value, str)
    if kind == BOOL:
        return isinstance(value, bool)
    if kind == INT:
        return isinstance(value, int) and not isinstance(value, bool)
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _describe(spec: Spec) -> str:
    if isinstance(spec, str):
        return _TYPE_NAMES[spec]
    if isinstance(spec, dict):
        return "a mapping with keys " + ", ".join(spec)
    tag, inner = spec
    if tag == "list":
        return f"a list of {_describe(inner)}s".replace("as ", "s ").replace("a list of a ", "a list of ")
    if tag == "dict":
        return f"a mapping of names to {_describe(inner)}"
    return _describe(inner) + (" or null" if tag == "nullable" else "")


def _validate(value: Any, spec: Spec, path: tuple, where: Callable[[tuple], str], problems: list[str]) -> None:
    dotted = ".".join(str(p) for p in path) or "(top level)"

    def bad(message: str) -> None:
        problems.append(f"{where(path)}: {dotted}: {message}")

    if isinstance(spec, tuple) and spec[0] in ("optional", "nullable"):
        if value is None and spec[0] == "nullable":
            return
        _validate(value, spec[1], path, where, problems)
        return
    if isinstance(spec, str):
        if not _type_ok(spec, value):
            bad(f"expected {_TYPE_NAMES[spec]}, got {value!r}")
        return
    if isinstance(spec, dict):
        if not isinstance(value, dict):
            bad(f"expected {_describe(spec)}, got {value!r}")
            return
        for key in value:
            if key not in spec:
                bad_path = path + (key,)
                problems.append(f"{where(bad_path)}: {'.'.join(map(str, bad_path))}: unknown key "
                                f"(expected one of: {', '.join(spec)})")
        for key, sub in spec.items():
            if key in value:
                _validate(value[key], sub, path + (key,), where, problems)
            elif not (isinstance(sub, tuple) and sub[0] == "optional"):
                bad(f"missing key '{key}' (expected {_describe(sub)})")
        return
    tag, inner = spec
    if tag == "list":
        if not isinstance(value, list):
            bad(f"expected {_describe(spec)}, got {value!r}")
            return
        for i, item in enumerate(value):
            _validate(item, inner, path + (i,), where, problems)
    elif tag == "dict":
        if not isinstance(value, dict):
            bad(f"expected {_describe(spec)}, got {value!r}")
            return
        for key, item in value.items():
            _validate(item, inner, path + (key,), where, problems)


def _check_semantics(raw: dict[str, Any], where: Callable[[tuple], str], problems: list[str]) -> None:
    """Problems a type check cannot see: intervals, references between sections, check names."""

    def bad(path: tuple, message: str) -> None:
        problems.append(f"{where(path)}: {'.'.join(map(str, path))}: {message}")

    for word, spec in (raw.get("quantities", {}).get("vague") or {}).items():
        if not isinstance(spec, dict):
            continue
        low, high, best = spec.get("low"), spec.get("high"), spec.get("best")
        if all(isinstance(v, int) for v in (low, best)) and (high is None or isinstance(high, int)):
            if low < 0:
                bad(("quantities", "vague", word, "low"), f"must not be negative, got {low}")
            if high is not None and high < low:
                bad(("quantities", "vague", word), f"bad interval: high {high} is below low {low} (expected low <= best <= high)")
            elif best < low or (high is not None and best > high):
                bad(("quantities", "vague", word, "best"), f"{best} is outside [{low}, {high}] (expected low <= best <= high)")
    for name, spec in (raw.get("quantities", {}).get("qualifiers") or {}).items():
        if isinstance(spec, dict) and _type_ok(NUM, spec.get("low")) and _type_ok(NUM, spec.get("high") or 0):
            if spec.get("high") is not None and spec["high"] < spec["low"]:
                bad(("quantities", "qualifiers", name), f"bad interval: high factor {spec['high']} is below low factor {spec['low']}")
    taxonomy = raw.get("methods", {}).get("taxonomy") or {}
    for name, spec in taxonomy.items():
        parent = spec.get("parent") if isinstance(spec, dict) else None
        if isinstance(parent, str) and parent not in taxonomy:
            bad(("methods", "taxonomy", name, "parent"), f"unknown method '{parent}' (expected one of: {', '.join(taxonomy)})")
    for i, pair in enumerate(raw.get("methods", {}).get("compatible") or []):
        if isinstance(pair, list):
            if len(pair) != 2:
                bad(("methods", "compatible", i), f"expected a pair of method names, got {pair!r}")
            for name in pair:
                if isinstance(name, str) and name not in taxonomy:
                    bad(("methods", "compatible", i), f"unknown method '{name}' (expected one of: {', '.join(taxonomy)})")
    stances = raw.get("attribution", {}).get("stances") or {}
    for i, pair in enumerate(raw.get("attribution", {}).get("contradicts") or []):
        for name in pair if isinstance(pair, list) else []:
            if isinstance(name, str) and name not in stances:
                bad(("attribution", "contradicts", i), f"unknown stance '{name}' (expected one of: {', '.join(stances)})")
    tallies = raw.get("events", {}).get("tallies") or {}
    tolerance = tallies.get("start_tolerance_months") if isinstance(tallies, dict) else None
    if isinstance(tolerance, int) and not 0 <= tolerance <= 11:
        bad(("events", "tallies", "start_tolerance_months"),
            f"expected 0 to 11 months, got {tolerance} (a year apart is another period, and a start "
            "with no year stated is matched on its month)")
    for name in (tallies.get("attributes") or []) if isinstance(tallies, dict) else []:
        if isinstance(name, str) and name not in (raw.get("counts", {}).get("attributes") or {}):
            bad(("events", "tallies", "attributes"), f"unknown count attribute '{name}' "
                f"(expected one of: {', '.join(raw.get('counts', {}).get('attributes') or {})})")
    limits = raw.get("limits") or {}
    for key, least in (("max_document_mb", 0.001), ("max_token_chars", 50), ("window_chars", 1000),
                       ("batch_chars", 1000)):
        value = limits.get(key) if isinstance(limits, dict) else None
        if _type_ok(NUM, value) and not (math.isfinite(value) and value >= least):
            bad(("limits", key), f"expected a number of at least {least}, got {value!r}")
    if isinstance(limits, dict) and _type_ok(INT, limits.get("window_chars")) and \
            _type_ok(INT, limits.get("batch_chars")) and limits["batch_chars"] < limits["window_chars"]:
        bad(("limits", "batch_chars"), f"{limits['batch_chars']} is below window_chars {limits['window_chars']} "
            "(a batch must hold one window)")
    if raw.get("time", {}).get("weekday_direction") not in (None, "past", "future"):
        bad(("time", "weekday_direction"), f"expected past or future, got {raw['time']['weekday_direction']!r}")
    _check_time(raw, bad)
    seen_ids: set[str] = set()
    attributes = set(raw.get("counts", {}).get("attributes") or {})
    for i, rule in enumerate(raw.get("rules") or []):
        if not isinstance(rule, dict):
            continue
        if rule.get("id") in seen_ids:
            bad(("rules", i, "id"), f"duplicate rule id '{rule['id']}'")
        seen_ids.add(rule.get("id"))
        if isinstance(rule.get("check"), str) and rule["check"] not in CHECK_NAMES:
            bad(("rules", i, "check"), f"unknown check '{rule['check']}' (expected one of: {', '.join(CHECK_NAMES)})")
        for verdict, severity in (rule.get("severity") or {}).items() if isinstance(rule.get("severity"), dict) else []:
            if verdict not in VERDICTS:
                bad(("rules", i, "severity", verdict), f"unknown verdict (expected one of: {', '.join(VERDICTS)})")
            if severity not in SEVERITIES:
                bad(("rules", i, "severity", verdict), f"unknown severity {severity!r} (expected one of: {', '.join(SEVERITIES)})")
    for i, name in enumerate(raw.get("compare", {}).get("figures", {}).get("update_attributes") or []):
        if attributes and name not in attributes:
            bad(("compare", "figures", "update_attributes", i), f"unknown attribute '{name}' (expected one of: {', '.join(sorted(attributes))})")


def _check_time(raw: dict[str, Any], bad: Callable[[tuple, str], None]) -> None:
    """The time and revision word lists: regular expressions compile, zones are real."""
    time = raw.get("time") or {}
    publication = time.get("publication") if isinstance(time.get("publication"), dict) else {}
    roles = time.get("roles") if isinstance(time.get("roles"), dict) else {}
    revisions = (raw.get("counts") or {}).get("revisions")
    patterns = [(("time", "publication", "skip_lines"), publication.get("skip_lines")),
                (("time", "roles", "caption_lines"), roles.get("caption_lines")),
                (("counts", "revisions", "stamps"), revisions.get("stamps") if isinstance(revisions, dict) else None)]
    for path, items in patterns:
        for i, pattern in enumerate(items if isinstance(items, list) else []):
            try:
                re.compile(str(pattern))
            except re.error as exc:
                bad(path + (i,), f"not a valid regular expression: {exc}")
    if publication.get("numeric_order") not in (None, "dmy", "mdy"):
        bad(("time", "publication", "numeric_order"), f"expected dmy or mdy, got {publication['numeric_order']!r}")
    places = time.get("places") if isinstance(time.get("places"), dict) else {}
    if places:
        from zoneinfo import ZoneInfo

        for name, zone in places.items():
            try:
                ZoneInfo(str(zone))
            except (ValueError, KeyError, OSError):
                bad(("time", "places", name), f"unknown time zone {zone!r} (expected an IANA name such as Asia/Beirut)")


# --------------------------------------------------------------------------------------------
# Building the typed record


def _compile_lines(patterns: list[str], key: str, where: Callable[[tuple], str], problems: list[str]) -> tuple[re.Pattern[str], ...]:
    out = []
    for i, pattern in enumerate(patterns):
        try:
            out.append(re.compile(rf"^\s*(?:{pattern})", re.IGNORECASE))
        except re.error as exc:
            problems.append(f"{where(('furniture', key, i))}: furniture.{key}.{i}: not a valid regular expression: {exc}")
    return tuple(out)


def _compile_patterns(raw: dict[str, Any], section: str, keys: tuple[str, ...], where: Callable[[tuple], str],
                      problems: list[str]) -> dict[str, list[re.Pattern[str]]]:
    """``section.key`` lists of regular expressions compiled (any case); a bad one is a problem."""
    out: dict[str, list[re.Pattern[str]]] = {}
    for key in keys:
        out[key] = []
        for i, pattern in enumerate(raw[section].get(key) or []):
            try:
                out[key].append(re.compile(pattern, re.IGNORECASE))
            except re.error as exc:
                problems.append(f"{where((section, key, i))}: {section}.{key}.{i}: not a valid regular expression: {exc}")
    return out


def _build(raw: dict[str, Any], files: tuple[str, ...], where: Callable[[tuple], str]) -> RuleSet:
    problems: list[str] = []
    drop = _compile_lines(raw["furniture"]["drop"], "drop", where, problems)
    links = _compile_lines(raw["furniture"]["links"], "links", where, problems)
    counted = _compile_patterns(raw, "counts", ("periods", "self_kill"), where, problems)
    cues = _compile_patterns(raw, "events", ("refers_back", "new_happening"), where, problems)
    if problems:
        raise RuleError(problems)
    fold = {}
    for key, variants in raw["names"]["fold"].items():
        for v in [key, *variants]:
            fold[v.lower()] = key.lower()
    aliases: dict[str, dict[str, str]] = {}
    for kind, table in raw["aliases"].items():
        aliases[kind] = {}
        for canonical, names in table.items():
            for n in [canonical, *names]:
                aliases[kind][fold_phrase(n)] = canonical
    actors = {}
    for canonical, names in raw["attribution"]["actors"].items():
        for n in [canonical, *names]:
            actors[fold_phrase(n)] = canonical
    documents = raw["events"].get("documents") or {}
    tallies = raw["events"].get("tallies") or {}
    limits = raw.get("limits") or {}
    return RuleSet(
        raw=raw,
        files=files,
        model=raw["nlp"]["model"],
        batch_size=raw["nlp"]["batch_size"],
        n_process=raw["nlp"]["n_process"],
        furniture_drop=drop,
        furniture_links=links,
        vague={w.lower(): Vague(w.lower(), s["low"], s["high"], s["best"]) for w, s in raw["quantities"]["vague"].items()},
        qualifiers=tuple(
            Qualifier(name, tuple(w.lower() for w in s["words"]), float(s["low"]),
                      None if s["high"] is None else float(s["high"]), s.get("low_add", 0), s.get("high_add", 0))
            for name, s in raw["quantities"]["qualifiers"].items()
        ),
        count_words={a: tuple(w.lower() for w in s["words"]) for a, s in raw["counts"]["attributes"].items()},
        subjects={s: tuple(w.lower() for w in ws) for s, ws in raw["counts"]["subjects"].items()},
        facility_subjects=tuple(raw["counts"]["facility_subjects"]),
        hit_words=tuple(w.lower() for w in raw["counts"]["hit_words"]),
        titles=frozenset(t.lower().rstrip(".") for t in raw["names"]["titles"]),
        fold=fold,
        name_match=float(raw["names"]["match_threshold"]),
        name_suggest=float(raw["names"]["suggest_threshold"]),
        person_words={k: frozenset(w.lower() for w in ws) for k, ws in (raw["names"].get("people") or {}).items()},
        surname_particles=frozenset(w.lower() for w in raw["names"].get("surname_particles") or ()),
        count_periods=tuple(counted["periods"]),
        tally_attributes=tuple(tallies.get("attributes", ())),
        tally_tolerance_months=int(tallies.get("start_tolerance_months", 3)),
        tally_subjects={k: tuple(w.lower() for w in ws) for k, ws in (tallies.get("subjects") or {}).items()},
        refers_back=tuple(cues["refers_back"]),
        new_happening=tuple(cues["new_happening"]),
        self_kill=tuple(counted["self_kill"]),
        aliases=aliases,
        methods={n: MethodNode(n, s["parent"], tuple(w.lower() for w in s["words"])) for n, s in raw["methods"]["taxonomy"].items()},
        method_compatible=frozenset(frozenset(p) for p in raw["methods"]["compatible"]),
        actors=actors,
        stances={s: tuple(w.lower() for w in ws) for s, ws in raw["attribution"]["stances"].items()},
        stance_contradicts=frozenset(frozenset(p) for p in raw["attribution"]["contradicts"]),
        cue_verbs=tuple(w.lower() for w in raw["sourcing"]["cue_verbs"]),
        hedges=tuple(w.lower() for w in raw["sourcing"]["hedges"]),
        weekday_direction=raw["time"]["weekday_direction"],
        same_day_tolerance=raw["time"]["same_day_tolerance_days"],
        event_window_days=raw["time"]["event_window_days"],
        event_weights={k: float(v) for k, v in raw["events"]["weights"].items()},
        link_threshold=float(raw["events"]["link_threshold"]),
        date_veto=raw["events"]["date_veto"],
        max_span_days=raw["events"]["max_span_days"],
        duplicate_jaccard=float(raw["events"]["duplicate_jaccard"]),
        duplicate_shingle=raw["events"]["duplicate_shingle"],
        event_max_block=raw["events"]["max_block"],
        max_incident_figure=raw["events"].get("max_incident_figure", 5000),
        street_abbreviations={k.lower(): v.lower() for k, v in (raw["events"].get("street_abbreviations") or {}).items()},
        facility_kinds={k: tuple(w.lower() for w in ws) for k, ws in (raw["events"].get("facility_kinds") or {}).items()},
        document_suggest=float(documents.get("suggest", 0.2)),
        document_confirm=float(documents.get("confirm", 0.5)),
        document_terms=int(documents.get("terms", 12)),
        followup_days=int(documents.get("followup_days", 30)),
        victim_days=int(documents.get("victim_days", 365)),
        figure_tolerance=float(raw["compare"]["figures"]["tolerance"]),
        rising_toll_is_update=raw["compare"]["figures"]["rising_toll_is_update"],
        update_attributes=tuple(raw["compare"]["figures"]["update_attributes"]),
        quote_same=float(raw["compare"]["quotes"]["same_quote"]),
        quote_identical=float(raw["compare"]["quotes"]["identical"]),
        quote_min_words=raw["compare"]["quotes"]["min_words"],
        quote_paraphrase=float(raw["compare"]["quotes"]["paraphrase"]),
        min_sources=raw["compare"]["corroboration"]["min_sources"],
        corroboration_kinds=tuple(raw["compare"]["corroboration"]["kinds"]),
        rules=tuple(Rule(r["id"], r["description"], r["check"], tuple(r["kinds"]), dict(r["severity"])) for r in raw["rules"]),
        limits=Limits(**{k: limits[k] for k in ("max_document_mb", "max_token_chars", "window_chars", "batch_chars")
                         if k in limits}),
    )


def rule_files(extra: str | Path | None = None) -> list[Path]:
    """The files that make up the rule set, in load order."""
    files = [PACKAGE_RULES]
    if extra is not None:
        extra = Path(extra)
        if extra.is_file():
            files.append(extra)
        elif extra.is_dir():
            files.extend(p for p in sorted(extra.glob("*.yaml")) + sorted(extra.glob("*.yml"))
                         if p.resolve() != PACKAGE_RULES.resolve() and p.name != "default.yaml")
        else:
            raise RuleError([f"{extra}: no such rules file or folder"])
    return files


def load_rules(extra: str | Path | None = None) -> RuleSet:
    """Load the default rules, then the overrides in ``extra`` (a folder or one file)."""
    files = rule_files(extra)
    if extra is not None and Path(extra).is_dir() and (Path(extra) / "default.yaml").is_file():
        # A folder holding its own default.yaml (a copy of rules/) replaces the shipped one.
        files[0] = Path(extra) / "default.yaml"
    lines: dict[tuple, str] = {}
    problems: list[str] = []
    merged: dict[str, Any] = {}
    for path in files:
        data = _read_yaml(path, lines, problems)
        if data is not None:
            merged = _merge(merged, data)
    if problems:
        raise RuleError(problems)

    def where(path: tuple) -> str:
        for cut in range(len(path), -1, -1):
            if path[:cut] in lines:
                return lines[path[:cut]]
        return str(files[-1])

    _validate(merged, SCHEMA, (), where, problems)
    if not problems:
        _check_semantics(merged, where, problems)
    if problems:
        raise RuleError(problems, hint="fix the lines above; `verify rules check` re-validates without running")
    return _build(merged, tuple(str(f) for f in files), where)


def dump_rules(rules: RuleSet) -> str:
    """The effective merged rule set as YAML."""
    return yaml.safe_dump(rules.raw, sort_keys=False, allow_unicode=True, width=100)
