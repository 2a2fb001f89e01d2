"""The rule set: every judgement verify makes, declared in YAML, loaded into one typed, frozen model.

``load_rules(extra)`` reads the shipped ``verify/rules/default.yaml`` (package data, so an installed
wheel has it), then ``extra``: one YAML file, or every ``*.yaml``/``*.yml`` of a folder in name
order (a folder holding its own ``default.yaml`` replaces the shipped one). Later files override
earlier ones (``loader.merge``): mappings merge key by key; the ``rules`` list merges by rule ``id``
(an override of one rule changes only the keys it names, a new id adds a rule, ``enabled: false``
turns one off); every other list and every scalar is replaced.

The merged YAML is validated by the typed model (``model.RuleSet``, unknown keys forbidden) and the
checks between sections (``validate``) in one pass; every problem is raised at once as a
``RuleError``, one line each, ``file:line: dotted.key: message``, before any document is read.
``rules_schema()`` is the model's JSON Schema (``verify rules schema``), for editors.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from ..errors import RuleError
from .loader import Where, locate, merge, read_yaml
from .model import Rule, RuleSet
from .sections import MIN_DOCUMENT_MB, CountRole, Limits, Method, Qualifier, Vague
from .validate import problems as validate

__all__ = [
    "DEFAULT_RULES",
    "MIN_DOCUMENT_MB",
    "CountRole",
    "Limits",
    "Method",
    "Qualifier",
    "Rule",
    "RuleSet",
    "Vague",
    "dump_rules",
    "load_rules",
    "rule_files",
    "rules_schema",
]

DEFAULT_RULES = Path(__file__).resolve().parent / "default.yaml"
HINT = "fix the lines above; `verify rules check` re-validates without running"


def rule_files(extra: str | Path | None = None) -> list[Path]:
    """The files that make up the rule set, in load order (the shipped defaults first)."""
    files = [DEFAULT_RULES]
    if extra is None:
        return files
    extra = Path(extra)
    if extra.is_dir():
        found = sorted(p for p in extra.iterdir() if p.suffix in (".yaml", ".yml"))
        if any(p.name == "default.yaml" for p in found):
            files = []  # a copy of the rules folder replaces the shipped defaults
        return files + sorted(found, key=lambda p: (p.name != "default.yaml", p.name))
    if not extra.exists() and not extra.is_symlink():
        raise RuleError([f"{extra}: no such rules file or folder"])
    return files + [extra]


def load_rules(extra: str | Path | None = None) -> RuleSet:
    """The default rules, then the overrides in ``extra`` (a folder or one file), validated.

    The shipped rules alone are read once per process (and again only if the file changes): a
    rule set is frozen, so every caller may share it."""
    if extra is None:
        return _shipped(DEFAULT_RULES.stat().st_mtime_ns)
    return _load(extra)


@lru_cache(maxsize=2)
def _shipped(mtime_ns: int) -> RuleSet:
    return _load(None)


def _load(extra: str | Path | None) -> RuleSet:
    files = rule_files(extra)
    problems: list[str] = []
    merged: dict[str, Any] = {}
    where: Where = {}
    for path in files:
        data, lines = read_yaml(path, problems)
        if data is not None:
            merged, where = merge(merged, data, where, lines, (), problems)
    if problems:
        raise RuleError(problems, hint=HINT)
    ruleset, found = validate(merged, lambda place: locate(where, place, str(files[-1])))
    if ruleset is None:
        raise RuleError(found, hint=HINT)
    return ruleset.read_from(tuple(str(f) for f in files), merged)


def dump_rules(rules: RuleSet) -> str:
    """The effective merged rule set as YAML."""
    return yaml.safe_dump(rules.raw, sort_keys=False, allow_unicode=True, width=100)


def rules_schema() -> dict[str, Any]:
    """The JSON Schema of a rule file. Every key is optional, since an override file names only what it
    changes; ``verify rules check`` also tells whether the merged set is complete."""
    schema = _optional(RuleSet.model_json_schema())
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["description"] = (
        "verify rule set: verify/rules/default.yaml merged with newsroom overrides (see `verify rules show`)."
    )
    return schema


def _optional(schema: Any) -> Any:
    if isinstance(schema, dict):
        return {k: _optional(v) for k, v in schema.items() if k != "required"}
    if isinstance(schema, list):
        return [_optional(v) for v in schema]
    return schema


def schema_json() -> str:
    """``rules_schema`` as indented JSON (what ``verify rules schema`` prints)."""
    return json.dumps(rules_schema(), indent=2, ensure_ascii=False) + "\n"
