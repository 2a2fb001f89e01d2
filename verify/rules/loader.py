"""Reading rule files: plain YAML only, with the line of every key, and merging them in load order.

The reader is safe against hostile or careless files: only regular files are read (a FIFO named
``x.yaml`` is reported, never opened), at most ``MAX_BYTES`` each; only plain YAML is accepted
(mappings, lists, strings, numbers, booleans, null, dates): a tag such as ``!!python/object`` is a
``file:line`` problem, not a traceback; aliases are expanded with a budget (``MAX_NODES``), so an
alias bomb fails at once and a recursive alias is reported, as is nesting deeper than ``MAX_DEPTH``;
a key written twice in one mapping is a problem too.

Merging (``merge``): a later file overrides an earlier one key by key — mappings merge, the
``rules`` list merges by rule ``id`` (an override of one rule changes only the keys it names; a new
id is added; ``enabled: false`` turns a rule off), every other list and every scalar is replaced.
Each value keeps the ``file:line`` of the file that gave it.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import Any

import yaml

# libyaml's safe loader when PyYAML was built with it (twenty times faster), else the pure-Python one.
_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
MAX_BYTES = 2_000_000
MAX_NODES = 200_000  # values after alias expansion: the shipped rules have about 3,000
MAX_DEPTH = 40
YAML = "tag:yaml.org,2002:"
PLAIN_TAGS = frozenset(YAML + t for t in ("str", "int", "float", "bool", "null", "seq", "map", "timestamp"))

Place = tuple[str | int, ...]  # a place in the rule set: ("rules", 0, "check")
Where = dict[Place, str]  # a place -> "file:line"


class _Budget(Exception):
    """Alias expansion went over ``MAX_NODES``."""


def regular_file_problem(path: Path) -> str | None:
    """Why ``path`` cannot be read as a rule file (missing, not a regular file, too large), or None."""
    try:
        info = os.stat(path)
    except OSError as exc:
        return f"{path}: cannot read: {exc.strerror or exc}"
    if not stat.S_ISREG(info.st_mode):
        return f"{path}: not a regular file (a rule file must be a plain .yaml file)"
    if info.st_size > MAX_BYTES:
        return f"{path}: {info.st_size:,} bytes; a rule file may hold at most {MAX_BYTES:,}"
    return None


def read_yaml(path: Path, problems: list[str]) -> tuple[dict[str, Any] | None, Where]:
    """The mapping of one rule file and where each value is (None when the file cannot be used:
    ``problems`` says why)."""
    problem = regular_file_problem(path)
    if problem is not None:
        problems.append(problem)
        return None, {}
    try:
        with open(path, "rb") as handle:
            text = handle.read(MAX_BYTES + 1).decode("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        problems.append(f"{path}: cannot read: {exc}")
        return None, {}
    try:
        node = yaml.compose(text, Loader=_SAFE_LOADER)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"{path}:{mark.line + 1}" if mark else str(path)
        problems.append(f"{where}: not valid YAML: {getattr(exc, 'problem', None) or exc}")
        return None, {}
    except RecursionError:
        problems.append(f"{path}: nested too deeply to read (at most {MAX_DEPTH} levels)")
        return None, {}
    if node is None:
        return {}, {}
    if not isinstance(node, yaml.MappingNode):
        problems.append(f"{path}:{node.start_mark.line + 1}: the top level must be a mapping of sections")
        return None, {}
    builder = _Builder(str(path), problems)
    try:
        return builder.build(node, (), 0), builder.where
    except _Budget:
        problems.append(
            f"{path}: aliases expand to more than {MAX_NODES:,} values (an alias bomb?); "
            "write the values out or use fewer aliases"
        )
        return None, {}


class _Builder:
    """Python values from a composed YAML node graph, recording lines, refusing tags, bounding aliases."""

    def __init__(self, file: str, problems: list[str]):
        self.file, self.problems = file, problems
        self.where: Where = {}
        self.count = 0
        self.active: set[int] = set()
        self.constructor = yaml.constructor.SafeConstructor()

    def at(self, node: yaml.Node) -> str:
        return f"{self.file}:{node.start_mark.line + 1}"

    def problem(self, node: yaml.Node, path: Place, message: str) -> None:
        self.problems.append(f"{self.at(node)}: {'.'.join(map(str, path)) or '(top level)'}: {message}")

    def build(self, node: yaml.Node, path: Place, depth: int) -> Any:
        self.count += 1
        if self.count > MAX_NODES:
            raise _Budget
        self.where.setdefault(path, self.at(node))
        if node.tag not in PLAIN_TAGS:
            self.problem(
                node,
                path,
                f"the tag {node.tag.replace(YAML, '!!')} is not allowed (rule files hold plain "
                "YAML: mappings, lists, strings, numbers, true/false, null)",
            )
            return None
        if depth > MAX_DEPTH:
            self.problem(node, path, f"nested more than {MAX_DEPTH} levels deep")
            return None
        if id(node) in self.active:
            self.problem(node, path, "a recursive alias (a value that contains itself)")
            return None
        if isinstance(node, yaml.MappingNode):
            self.active.add(id(node))
            try:
                return self._mapping(node, path, depth)
            finally:
                self.active.discard(id(node))
        if isinstance(node, yaml.SequenceNode):
            self.active.add(id(node))
            try:
                return [self.build(v, path + (i,), depth + 1) for i, v in enumerate(node.value)]
            finally:
                self.active.discard(id(node))
        try:
            return self.constructor.construct_object(node)
        except (yaml.YAMLError, ValueError, OverflowError) as exc:
            self.problem(node, path, f"cannot read this value: {exc}")
            return None

    def _mapping(self, node: yaml.MappingNode, path: Place, depth: int) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode) or key_node.tag not in PLAIN_TAGS:
                self.problem(key_node, path, "a key must be a plain word or number")
                continue
            key = str(key_node.value)
            if key in out:
                self.problem(
                    key_node,
                    path + (key,),
                    f"written twice in this mapping (first at line {self.where[path + (key,)].rsplit(':', 1)[1]})",
                )
                continue
            self.where[path + (key,)] = self.at(key_node)
            out[key] = self.build(value_node, path + (key,), depth + 1)
        return out


def merge(
    base: Any, over: Any, base_where: Where, over_where: Where, path: Place, problems: list[str]
) -> tuple[Any, Where]:
    """``over`` laid on ``base`` (see the module docstring), and where each merged value comes from.

    ``base_where`` and ``over_where`` map places *below* ``path`` (relative) to ``file:line``; so does
    the map returned."""
    if isinstance(base, dict) and isinstance(over, dict):
        out = dict(base)
        where: Where = {(): over_where.get((), base_where.get((), ""))}
        for key in base:
            if key not in over:
                where.update(_prefixed(key, _below(base_where, key)))
        for key, value in over.items():
            if key in base:
                merged, sub = merge(
                    base[key], value, _below(base_where, key), _below(over_where, key), path + (key,), problems
                )
            elif path == () and key == "rules" and isinstance(value, list):
                merged, sub = merge([], value, {}, _below(over_where, key), path + (key,), problems)
            else:
                merged, sub = value, _below(over_where, key)
            out[key] = merged
            where.update(_prefixed(key, sub))
        return out, where
    if path == ("rules",) and isinstance(base, list) and isinstance(over, list):
        return _merge_rules(base, over, base_where, over_where, problems)
    return over, dict(over_where)


def _merge_rules(
    base: list, over: list, base_where: Where, over_where: Where, problems: list[str]
) -> tuple[list, Where]:
    """The ``rules`` lists merged by ``id``: an override of one rule changes only the keys it names."""
    out = list(base)
    where: Where = {}
    for i in range(len(base)):
        where.update(_prefixed(i, _below(base_where, i)))
    index = {r["id"]: i for i, r in enumerate(out) if isinstance(r, dict) and isinstance(r.get("id"), str)}
    seen: set[str] = set()
    for k, rule in enumerate(over):
        rule_id = rule.get("id") if isinstance(rule, dict) else None
        sub = _below(over_where, k)
        if isinstance(rule_id, str) and rule_id in seen:
            problems.append(
                f"{sub.get(('id',), sub.get((), '?'))}: rules.{k}.id: duplicate rule id '{rule_id}' in one file"
            )
            continue
        if isinstance(rule_id, str):
            seen.add(rule_id)
        if isinstance(rule_id, str) and rule_id in index:
            i = index[rule_id]
            merged, merged_where = merge(out[i], rule, _below(where, i), sub, ("rules", i), problems)
            out[i] = merged
            where = {p: w for p, w in where.items() if p[0] != i}
            where.update(_prefixed(i, merged_where))
        else:
            if isinstance(rule_id, str):
                index[rule_id] = len(out)
            where.update(_prefixed(len(out), sub))
            out.append(rule)
    return out, where


def _below(where: Where, key: str | int) -> Where:
    return {p[1:]: w for p, w in where.items() if p and p[0] == key}


def _prefixed(key: str | int, where: Where) -> Where:
    return {(key, *p): w for p, w in where.items()}


def locate(where: Where, path: Place, fallback: str) -> str:
    """The ``file:line`` of ``path``, or of its nearest parent that has one."""
    for cut in range(len(path), -1, -1):
        if path[:cut] in where and where[path[:cut]]:
            return where[path[:cut]]
    return fallback
