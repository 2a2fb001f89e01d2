"""Every problem of a merged rule set, in one pass, as ``file:line: dotted.key: message``.

``problems`` runs the typed model (``model.RuleSet``: types, ranges, closed lists, unknown keys,
patterns) and the checks between sections a type cannot express (a method's parent exists, a tally
attribute is a count attribute, an interval is ordered, a role is given once ...) on the same data,
and returns all their problems together, so a user fixes a file once, not in rounds.
"""

from __future__ import annotations

import types
import typing
from collections.abc import Callable, Mapping
from typing import Any

from pydantic import BaseModel, ValidationError

from .model import RuleSet
from .sections import SINGLE_ROLES, Limits

Place = tuple[str | int, ...]
Locate = Callable[[Place], str]


def problems(raw: dict[str, Any], locate: Locate) -> tuple[RuleSet | None, list[str]]:
    """The validated rule set (None when anything is wrong) and every problem found."""
    found: list[str] = []
    ruleset: RuleSet | None = None
    try:
        ruleset = RuleSet.model_validate(raw)
    except ValidationError as exc:
        for error in exc.errors():
            place, message = _describe(error)
            found.append(f"{locate(place)}: {_dotted(place, raw)}: {message}")
    found.extend(f"{locate(place)}: {_dotted(place, raw)}: {message}" for place, message in _relations(raw))
    return (ruleset if not found else None), found


def _dotted(place: Place, raw: dict[str, Any]) -> str:
    """``nlp.batch_size``; a rule is named by its id (``rules.figures.interval.check``), as overrides name it."""
    if len(place) > 1 and place[0] == "rules" and isinstance(place[1], int):
        rules = raw.get("rules")
        rule = rules[place[1]] if isinstance(rules, list) and place[1] < len(rules) else None
        if isinstance(rule, dict) and isinstance(rule.get("id"), str):
            place = ("rules", rule["id"], *place[2:])
    return ".".join(str(p) for p in place) or "(top level)"


def _shown(value: Any) -> str:
    return (
        repr(value)
        if not isinstance(value, (dict, list)) or len(repr(value)) <= 60
        else f"a {'mapping' if isinstance(value, dict) else 'list'}"
    )


_KINDS = {
    "int_type": "a whole number",
    "int_parsing": "a whole number",
    "float_type": "a number",
    "float_parsing": "a number",
    "bool_type": "true or false",
    "bool_parsing": "true or false",
    "string_type": "a string",
    "list_type": "a list",
    "tuple_type": "a list",
    "set_type": "a list",
    "frozen_set_type": "a list",
    "dict_type": "a mapping",
    "model_type": "a mapping",
    "model_attributes_type": "a mapping",
    "int_from_float": "a whole number",
}


def _describe(error: Mapping[str, Any]) -> tuple[Place, str]:
    place: Place = tuple(p for p in error["loc"] if p != "[key]")
    kind, value, ctx = error["type"], error.get("input"), error.get("ctx") or {}
    if kind == "extra_forbidden":
        names = _fields_at(place[:-1])
        return place, "unknown key" + (f" (expected one of: {', '.join(names)})" if names else "")
    if kind == "missing":
        return place[:-1], f"missing key '{place[-1]}'"
    if kind in _KINDS:
        return place, f"expected {_KINDS[kind]}, got {_shown(value)}"
    if kind == "finite_number":
        return place, f"expected a finite number, got {value!r}"
    if kind in ("greater_than_equal", "greater_than"):
        bound = _number(ctx.get("ge", ctx.get("gt")))
        return place, f"must be {'at least' if kind == 'greater_than_equal' else 'above'} {bound}, got {value!r}"
    if kind in ("less_than_equal", "less_than"):
        bound = _number(ctx.get("le", ctx.get("lt")))
        return place, f"must be {'at most' if kind == 'less_than_equal' else 'below'} {bound}, got {value!r}"
    if kind == "literal_error":
        expected = str(ctx.get("expected", "")).replace("'", "")
        return place, f"expected {expected}, got {_shown(value)}"
    if kind in ("too_short", "too_long") and isinstance(value, (list, tuple)):
        return place, f"expected a pair of names, got {_shown(value)}"
    return place, str(error["msg"])


def _number(value: Any) -> Any:
    """1.0 shown as 1."""
    return int(value) if isinstance(value, float) and value.is_integer() else value


def _fields_at(place: Place) -> list[str]:
    """The keys the model allows at ``place`` (for "unknown key" messages)."""
    annotation: Any = RuleSet
    for part in place:
        annotation = _unwrap(annotation)
        if isinstance(annotation, type) and issubclass(annotation, BaseModel):
            field = annotation.model_fields.get(str(part))
            if field is None:
                return []
            annotation = field.annotation
        else:
            args = typing.get_args(annotation)
            annotation = args[-1] if args else Any
    annotation = _unwrap(annotation)
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return list(annotation.model_fields)
    return []


def _unwrap(annotation: Any) -> Any:
    """The model or container inside ``Annotated[...]`` and ``X | None``."""
    while True:
        origin = typing.get_origin(annotation)
        if origin is typing.Annotated:
            annotation = typing.get_args(annotation)[0]
        elif origin in (typing.Union, types.UnionType):
            inner = [a for a in typing.get_args(annotation) if a is not type(None)]
            annotation = inner[0] if len(inner) == 1 else annotation
            if len(inner) != 1:
                return annotation
        else:
            return annotation


def _section(raw: dict[str, Any], *keys: str) -> dict[str, Any]:
    """``raw[keys...]`` when every step is a mapping, else {} (types are the model's to report)."""
    value: Any = raw
    for key in keys:
        value = value.get(key) if isinstance(value, dict) else None
    return value if isinstance(value, dict) else {}


def _names(value: Any) -> list[str]:
    return [v for v in value if isinstance(v, str)] if isinstance(value, list) else []


def _relations(raw: dict[str, Any]) -> list[tuple[Place, str]]:
    """Problems between values a field's type cannot see. Tolerant of wrong types (the model reports those)."""
    out: list[tuple[Place, str]] = []
    for word, spec in _section(raw, "quantities", "vague").items():
        low, high, best = (spec.get(k) for k in ("low", "high", "best")) if isinstance(spec, dict) else (None,) * 3
        if type(low) is int and type(best) is int and (high is None or type(high) is int):
            if high is not None and high < low:
                out.append(
                    (
                        ("quantities", "vague", word),
                        f"bad interval: high {high} is below low {low} (expected low <= best <= high)",
                    )
                )
            elif best < low or (high is not None and best > high):
                out.append(
                    (
                        ("quantities", "vague", word, "best"),
                        f"{best} is outside [{low}, {high}] (expected low <= best <= high)",
                    )
                )
    for name, spec in _section(raw, "quantities", "qualifiers").items():
        low, high = (spec.get("low"), spec.get("high")) if isinstance(spec, dict) else (None, None)
        if isinstance(low, (int, float)) and isinstance(high, (int, float)) and high < low:
            out.append(
                (("quantities", "qualifiers", name), f"bad interval: high factor {high} is below low factor {low}")
            )
    qualifiers = _section(raw, "quantities", "qualifiers")
    for i, name in enumerate(_names(_section(raw, "figures", "measures").get("shared_qualifiers"))):
        if qualifiers and name not in qualifiers:
            out.append(
                (
                    ("figures", "measures", "shared_qualifiers", i),
                    f"unknown qualifier '{name}' (expected one of: {', '.join(qualifiers)})",
                )
            )
    counts = _section(raw, "counts", "attributes")
    roles: dict[str, list[str]] = {}
    for name, spec in counts.items():
        if isinstance(spec, dict) and isinstance(spec.get("role"), str):
            roles.setdefault(spec["role"], []).append(name)
    for role in SINGLE_ROLES:
        if len(roles.get(role, [])) > 1:
            out.append(
                (
                    ("counts", "attributes", roles[role][1], "role"),
                    f"role '{role}' is already given to {roles[role][0]} (at most one attribute may have it)",
                )
            )
    subjects = _section(raw, "counts", "subjects")
    for i, name in enumerate(_names(_section(raw, "counts").get("facility_subjects"))):
        if subjects and name not in subjects:
            out.append(
                (
                    ("counts", "facility_subjects", i),
                    f"unknown subject '{name}' (expected one of: {', '.join(subjects)})",
                )
            )
    taxonomy = _section(raw, "methods", "taxonomy")
    for name, spec in taxonomy.items():
        for field in ("parent", "in_attack"):
            other = spec.get(field) if isinstance(spec, dict) else None
            if isinstance(other, str) and other not in taxonomy:
                out.append(
                    (
                        ("methods", "taxonomy", name, field),
                        f"unknown method '{other}' (expected one of: {', '.join(taxonomy)})",
                    )
                )
    for i, pair in enumerate(_section(raw, "methods").get("compatible") or []):
        for name in _names(pair):
            if name not in taxonomy:
                out.append(
                    (("methods", "compatible", i), f"unknown method '{name}' (expected one of: {', '.join(taxonomy)})")
                )
    for i, name in enumerate(_names(_section(raw, "methods").get("faults"))):
        if taxonomy and name not in taxonomy:
            out.append((("methods", "faults", i), f"unknown method '{name}' (expected one of: {', '.join(taxonomy)})"))
    label = _section(raw, "methods").get("cause_label")
    if taxonomy and isinstance(label, str) and label not in taxonomy:
        out.append((("methods", "cause_label"), f"unknown method '{label}' (expected one of: {', '.join(taxonomy)})"))
    for key in ("found_weapons", "conditions"):
        for i, name in enumerate(_names(_section(raw, "methods").get(key))):
            if name not in taxonomy:
                out.append((("methods", key, i), f"unknown method '{name}' (expected one of: {', '.join(taxonomy)})"))
    for field in ("reads", "node"):
        downing = _section(raw, "methods", "downing").get(field)
        if taxonomy and isinstance(downing, str) and downing not in taxonomy:
            out.append(
                (("methods", "downing", field), f"unknown method '{downing}' (expected one of: {', '.join(taxonomy)})")
            )
    fates = _section(raw, "fates")
    known = _section(fates, "words")
    named: list[tuple[Place, Any]] = [(("fates", "order", i), f) for i, f in enumerate(_names(fates.get("order")))]
    named += [(("fates", "same_as", f), f) for f in _section(fates, "same_as")]
    named += [(("fates", "same_as", f), t) for f, t in _section(fates, "same_as").items()]
    for i, pair in enumerate(fates.get("revisions") or []):
        named += [(("fates", "revisions", i), f) for f in _names(pair)]
    for place, name in named:
        if known and isinstance(name, str) and name not in known:
            out.append((place, f"unknown fate '{name}' (expected one of: {', '.join(known)})"))
    tallies = _section(raw, "events", "tallies")
    tolerance = tallies.get("start_tolerance_months")
    if type(tolerance) is int and tolerance > 11:
        out.append(
            (
                ("events", "tallies", "start_tolerance_months"),
                f"expected 0 to 11 months, got {tolerance} (a year apart is another period, and a start "
                "with no year stated is matched on its month)",
            )
        )
    for name in _names(tallies.get("attributes")):
        if counts and name not in counts:
            out.append(
                (
                    ("events", "tallies", "attributes"),
                    f"unknown count attribute '{name}' (expected one of: {', '.join(counts)})",
                )
            )
    for i, name in enumerate(_names(_section(raw, "compare", "figures").get("toll_attributes"))):
        if counts and name not in counts:
            out.append(
                (
                    ("compare", "figures", "toll_attributes", i),
                    f"unknown count attribute '{name}' (expected one of: {', '.join(counts)})",
                )
            )
    staged_by = _section(raw, "compare", "figures").get("staged_by")
    if isinstance(staged_by, str) and staged_by and counts and staged_by not in counts:
        out.append(
            (
                ("compare", "figures", "staged_by"),
                f"unknown count attribute '{staged_by}' (expected one of: {', '.join(counts)})",
            )
        )
    # a count that falls as the toll rises is a count attribute or a role a figure takes ("trapped")
    falling = [*counts, *_section(raw, "figures", "roles")]
    for i, name in enumerate(_names(_section(raw, "compare", "figures").get("staged"))):
        if counts and name not in falling:
            out.append(
                (
                    ("compare", "figures", "staged", i),
                    f"unknown count attribute or role '{name}' (expected one of: {', '.join(falling)})",
                )
            )
    for key in ("toll_words", "estimate_words"):
        for word, name in _section(raw, "counts", "revisions", key).items():
            if counts and isinstance(name, str) and name not in counts:
                out.append(
                    (
                        ("counts", "revisions", key, word),
                        f"unknown count attribute '{name}' (expected one of: {', '.join(counts)})",
                    )
                )
    roles = _section(raw, "figures", "roles")
    phrases = _section(raw, "figures").get("role_phrases")
    for i, phrase in enumerate(phrases if isinstance(phrases, list) else []):
        for name in _names(phrase.get("roles") if isinstance(phrase, dict) else None):
            if roles and name not in roles:
                out.append(
                    (
                        ("figures", "role_phrases", i, "roles"),
                        f"unknown role '{name}' (expected one of: {', '.join(roles)})",
                    )
                )
    for key in ("before_the_end", "noun_yields", "joined_roles"):
        for i, name in enumerate(_names(_section(raw, "figures").get(key))):
            if roles and name not in roles:
                out.append((("figures", key, i), f"unknown role '{name}' (expected one of: {', '.join(roles)})"))
    waiting = _section(raw, "figures").get("waiting_role")
    if roles and isinstance(waiting, str) and waiting not in roles:
        out.append((("figures", "waiting_role"), f"unknown role '{waiting}' (expected one of: {', '.join(roles)})"))
    severe = _section(raw, "figures", "severe").get("role")
    if roles and isinstance(severe, str) and severe not in roles:
        out.append((("figures", "severe", "role"), f"unknown role '{severe}' (expected one of: {', '.join(roles)})"))
    care = _section(raw, "figures", "in_care").get("role")
    if roles and isinstance(care, str) and care not in roles:
        out.append((("figures", "in_care", "role"), f"unknown role '{care}' (expected one of: {', '.join(roles)})"))
    later = _section(raw, "figures", "later_roles")
    for first, after in later.items():
        for name in (first, *_names(after)):
            if roles and name not in roles:
                out.append(
                    (("figures", "later_roles", first), f"unknown role '{name}' (expected one of: {', '.join(roles)})")
                )
    people = _section(raw, "figures", "people")
    groups = _section(people, "groups")
    for i, name in enumerate(_names(people.get("own_groups"))):
        if name not in groups:
            out.append(
                (
                    ("figures", "people", "own_groups", i),
                    f"unknown group '{name}' (expected one of: {', '.join(groups) or 'none declared'})",
                )
            )
    for i, name in enumerate(_names(_section(raw, "compare", "figures").get("civilians_beside"))):
        if groups and name not in groups:
            out.append(
                (
                    ("compare", "figures", "civilians_beside", i),
                    f"unknown group '{name}' (expected one of: {', '.join(groups)})",
                )
            )
    subjects = _section(raw, "compare", "severity", "subjects")
    lines = _section(raw, "compare", "severity").get("rules")
    for i, line in enumerate(lines if isinstance(lines, list) else []):
        subject = line.get("subject") if isinstance(line, dict) else None
        if isinstance(subject, str) and subject not in subjects:
            out.append(
                (
                    ("compare", "severity", "rules", i, "subject"),
                    f"unknown subject '{subject}' (expected one of: {', '.join(subjects) or 'none declared'})",
                )
            )
    documents = _section(raw, "events", "documents")
    suggest, confirm = documents.get("suggest"), documents.get("confirm")
    if isinstance(suggest, (int, float)) and isinstance(confirm, (int, float)) and confirm < suggest <= 1:
        out.append(
            (("events", "documents", "suggest"), f"{suggest} is above confirm {confirm} (a suggestion needs less)")
        )
    limits = _section(raw, "limits")
    window = limits.get("window_chars", Limits.model_fields["window_chars"].default)
    batch = limits.get("batch_chars", Limits.model_fields["batch_chars"].default)
    if type(window) is int and type(batch) is int and batch < window:
        out.append(
            (("limits", "batch_chars"), f"{batch} is below window_chars {window} (a batch must hold one window)")
        )
    quotes = _section(raw, "compare", "quotes")
    same, identical = quotes.get("same_quote"), quotes.get("identical")
    if isinstance(same, (int, float)) and isinstance(identical, (int, float)) and identical < same <= 100:
        out.append((("compare", "quotes", "same_quote"), f"{same} is above identical {identical}"))
    # a noun of two kinds of place would rank a place both ways ("district" a county and a city)
    kinds: dict[str, str] = {}
    for level, nouns in _section(raw, "figures", "scopes", "levels").items():
        for i, noun in enumerate(_names(nouns)):
            if (first := kinds.setdefault(noun.lower(), level)) != level:
                out.append(
                    (
                        ("figures", "scopes", "levels", level, i),
                        f"'{noun}' is already a noun of level '{first}' (a noun names one kind of place)",
                    )
                )
    return out
