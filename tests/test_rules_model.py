"""The rule set as a typed model: merging by rule id, roles, ranges, and a loader hostile files cannot hang."""

from __future__ import annotations

import json
import os
import threading
import time
from pathlib import Path

import jsonschema
import pytest
import yaml

from verify.cli import EXIT_ERROR, EXIT_OK, main
from verify.errors import RuleError
from verify.rules import DEFAULT_RULES, load_rules, rules_schema

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "rules" / "newsroom-example.yaml"


def _write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def _problems(folder: Path) -> list[str]:
    with pytest.raises(RuleError) as caught:
        load_rules(folder)
    return caught.value.problems


# --- merging ----------------------------------------------------------------------------------


def test_an_override_of_one_rule_keeps_the_others_and_its_own_other_keys(tmp_path, rules):
    _write(tmp_path, "desk.yaml", "rules:\n  - id: figures.interval\n    severity: {agree: low}\n")
    merged = load_rules(tmp_path)
    assert [r.id for r in merged.active] == [r.id for r in rules.active]  # none dropped
    interval = next(r for r in merged.active if r.id == "figures.interval")
    assert interval.severity["agree"] == "low" and interval.severity["conflict"] == "high"
    assert interval.description == next(r for r in rules.active if r.id == "figures.interval").description


def test_rules_are_added_turned_off_and_verdicts_dropped_by_id(tmp_path):
    _write(
        tmp_path,
        "desk.yaml",
        "rules:\n"
        "  - {id: quotes.wording, enabled: false}\n"
        "  - {id: figures.interval, severity: {agree: null}}\n"
        "  - {id: dates.desk, description: Desk dates., check: date, kinds: [time], severity: {conflict: low}}\n",
    )
    merged = load_rules(tmp_path)
    ids = [r.id for r in merged.active]
    assert "quotes.wording" not in ids and ids[-1] == "dates.desk"
    assert "agree" not in next(r for r in merged.active if r.id == "figures.interval").severity


def test_the_example_override_loads_and_changes_what_it_says(rules):
    example = load_rules(EXAMPLE)
    assert example.quantities.vague["dozens"].low == 12 and example.quantities.vague["scores"].low == 40
    assert example.alias_of["organization"]["sarc"] == "Syrian Arab Red Crescent"
    assert example.alias_of["organization"]["msf"] == "Médecins Sans Frontières"  # shipped aliases stay
    assert example.figures.role_words["quarantined"] == "quarantined" and "quarantined" in example.figures.roles
    assert "quotes.wording" not in {r.id for r in example.active}
    assert len(example.active) == len(rules.active) - 1


def test_a_new_role_of_people_is_read_and_makes_an_event(tmp_path, rules, parse):
    from verify.cluster.signatures import is_event_sentence
    from verify.extract.base import SentenceContext
    from verify.extract.counts import extract_counts
    from verify.models import Claim

    _write(tmp_path, "desk.yaml", "figures:\n  roles:\n    quarantined: {words: [quarantined]}\n")
    desk = load_rules(tmp_path)
    doc = parse("Officials quarantined 12 aid workers near the border crossing on Tuesday.")
    found = [m for s in doc.sents for m in extract_counts(s, SentenceContext("d"), desk)]
    assert [(m.attribute, m.value["low"]) for m in found] == [("quarantined", 12)]
    claim = Claim("c", "d", "count", "quarantined", "12 aid workers", doc.text, 19, 33, 0, found[0].value)
    assert is_event_sentence([claim], desk) and not is_event_sentence([claim], rules)


# --- one pass, file:line ----------------------------------------------------------------------


def test_type_errors_and_relations_come_in_one_pass(tmp_path):
    _write(
        tmp_path,
        "b.yaml",
        "nlp:\n  batch_size: many\nquantities:\n  vague:\n    dozens: {low: 50, high: 20, best: 30}\n"
        "methods:\n  taxonomy:\n    drone: {parent: aircraft, words: [drone]}\n",
    )
    problems = _problems(tmp_path)
    assert any("b.yaml:2: nlp.batch_size: expected a whole number, got 'many'" in p for p in problems)
    assert any("b.yaml:5: quantities.vague.dozens: bad interval" in p for p in problems)
    assert any("b.yaml:8: methods.taxonomy.drone.parent: unknown method 'aircraft'" in p for p in problems)


def test_found_weapons_name_only_methods_of_the_taxonomy(tmp_path):
    _write(tmp_path, "b.yaml", "methods:\n  found_weapons: [firearm, sword]\n")
    problems = _problems(tmp_path)
    assert any("methods.found_weapons" in p and "unknown method 'sword'" in p for p in problems)
    assert not any("'firearm'" in p for p in problems)


def test_fates_name_only_fates_the_rules_have_words_for(tmp_path):
    _write(
        tmp_path,
        "b.yaml",
        "fates:\n  order: [dead, vanished]\n  same_as: {injured: unharmed}\n  revisions: [[missing, risen]]\n"
        "  words:\n    dead: ['(a+)+$']\n",
    )
    problems = _problems(tmp_path)
    assert any("b.yaml:2: fates.order.1: unknown fate 'vanished'" in p for p in problems)
    assert any("fates.same_as.injured: unknown fate 'unharmed'" in p for p in problems)
    assert any("fates.revisions.0: unknown fate 'risen'" in p for p in problems)
    assert any("fates.words.dead.0" in p for p in problems)  # a pattern that could backtrack without end


@pytest.mark.parametrize(
    "yaml_text, expected",
    [
        ("nlp:\n  batch_size: 0\n", "b.yaml:2: nlp.batch_size: must be at least 1, got 0"),
        ("nlp:\n  batch_size: -5\n", "nlp.batch_size: must be at least 1, got -5"),
        ("nlp:\n  n_process: 0\n", "nlp.n_process: must be at least 1, got 0"),
        ("events:\n  candidates: 0\n", "events.candidates: must be at least 1, got 0"),
        ("events:\n  link_threshold: .nan\n", "events.link_threshold: expected a finite number"),
        ("events:\n  weights: {text: .inf}\n", "events.weights.text: expected a finite number"),
        ("events:\n  documents: {suggest: 1.5}\n", "events.documents.suggest: must be at most 1, got 1.5"),
        ("events:\n  duplicate_jaccard: -0.1\n", "events.duplicate_jaccard: must be at least 0"),
        ("compare:\n  quotes: {same_quote: 120}\n", "compare.quotes.same_quote: must be at most 100"),
        (
            "figures:\n  scopes:\n    levels: {city: [city, district], county: [county, district]}\n",
            "figures.scopes.levels.county.1: 'district' is already a noun of level 'city'",
        ),
        ("events:\n  weights: {adjacent: 1.0}\n", "events.weights.adjacent: unknown key (expected one of: person,"),
        ("time:\n  event_window_days: 7\n", "time.event_window_days: unknown key"),
        ("compare:\n  corroboration: {kinds: [count]}\n", "compare.corroboration.kinds: unknown key"),
        (
            "counts:\n  attributes:\n    fatalities: {role: killed, words: [fatalities]}\n",
            "counts.attributes.fatalities.role: role 'killed' is already given to deaths",
        ),
        (
            "counts:\n  attributes:\n    sieges: {role: blockade, words: [sieges]}\n",
            "counts.attributes.sieges.role: expected killed, injured, harmed, attacks, targets, things or people",
        ),
        (
            "rules:\n  - {id: x, description: d, check: interval, kinds: [counts], severity: {conflict: high}}\n",
            "rules.x.kinds.0: unknown claim kind 'counts'",
        ),
        ("nlp:\n  model: a\n  model: b\n", "b.yaml:3: nlp.model: written twice in this mapping (first at line 2)"),
        ("counts:\n  periods: ['(a+)+$']\n", "counts.periods.0: a repeated group holds another unbounded repeat"),
        ("events:\n  refers_back: ['(\\w+\\s?)*$']\n", "events.refers_back.0: a repeated group holds another"),
        ("events:\n  new_happening: ['(a|a)+$']\n", "events.new_happening.0: takes over"),
        ("furniture:\n  drop: ['(unclosed']\n", "furniture.drop.0: not a valid regular expression"),
        (
            "figures:\n  measures:\n    conversions: {leagues: {unit: km, factor: 4.8}}\n",
            "conversions name units that `units` does not define: leagues",
        ),
        (
            "figures:\n  measures:\n    conversions: {miles: {unit: km, factor: 0}}\n",
            "conversions.miles.factor: must be above 0",
        ),
    ],
)
def test_each_problem_names_file_line_and_key(tmp_path, yaml_text, expected):
    _write(tmp_path, "b.yaml", yaml_text)
    problems = _problems(tmp_path)
    assert any(expected in p for p in problems), problems
    assert all(p.startswith(str(tmp_path / "b.yaml")) for p in problems)


# --- hostile files ------------------------------------------------------------------------------


def test_a_python_tag_is_a_file_line_problem_not_a_traceback(tmp_path):
    _write(tmp_path, "b.yaml", "nlp:\n  model: !!python/object/apply:os.system ['echo pwned']\n")
    (problem,) = _problems(tmp_path)
    assert problem.startswith(
        f"{tmp_path / 'b.yaml'}:2: nlp.model: the tag !!python/object/apply:os.system is not allowed"
    )


def test_an_alias_bomb_fails_fast(tmp_path):
    rows = ["a: &a [x,x,x,x,x,x,x,x,x]"] + [
        f"{c}: &{c} [{', '.join(['*' + p] * 9)}]" for p, c in zip("abcdefgh", "bcdefghi", strict=True)
    ]
    bomb = _write(tmp_path, "b.yaml", "\n".join(rows) + "\n")
    assert bomb.stat().st_size < 400  # 9**9 values when expanded
    started = time.perf_counter()
    (problem,) = _problems(tmp_path)
    assert "aliases expand to more than" in problem
    assert time.perf_counter() - started < 5


def test_a_recursive_alias_is_reported(tmp_path):
    _write(tmp_path, "b.yaml", "furniture:\n  drop: &loop\n    - *loop\n")
    problems = _problems(tmp_path)
    assert any("a recursive alias" in p for p in problems), problems


def test_a_fifo_in_a_rules_folder_is_reported_not_opened(tmp_path):
    os.mkfifo(tmp_path / "x.yaml")
    result: dict[str, list[str]] = {}

    def load() -> None:
        try:
            load_rules(tmp_path)
        except RuleError as exc:
            result["problems"] = exc.problems

    worker = threading.Thread(target=load, daemon=True)
    worker.start()
    worker.join(10)
    assert not worker.is_alive(), "reading a FIFO hung"
    assert any("x.yaml: not a regular file" in p for p in result["problems"])


def test_a_huge_rule_file_is_refused_unread(tmp_path):
    _write(tmp_path, "b.yaml", "# padding\n" * 300_000)
    (problem,) = _problems(tmp_path)
    assert "a rule file may hold at most" in problem


# --- the schema --------------------------------------------------------------------------------


def test_the_schema_accepts_the_shipped_rules_and_the_example_and_refuses_unknown_keys():
    schema = rules_schema()
    for path in (DEFAULT_RULES, EXAMPLE):
        jsonschema.validate(yaml.safe_load(path.read_text(encoding="utf-8")), schema)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({"nlp": {"modle": "x"}}, schema)


def test_rules_schema_command_prints_the_json_schema(capsys):
    assert main(["rules", "schema"]) == EXIT_OK
    schema = json.loads(capsys.readouterr().out)
    assert {"nlp", "counts", "rules"} <= set(schema["properties"])


def test_rules_check_reports_every_problem_with_exit_1(tmp_path, capsys):
    _write(tmp_path, "b.yaml", "nlp:\n  modle: x\nevents:\n  link_threshold: high\n")
    assert main(["rules", "check", str(tmp_path)]) == EXIT_ERROR
    err = capsys.readouterr().err
    assert "b.yaml:2: nlp.modle: unknown key (expected one of: model, batch_size, n_process)" in err
    assert "b.yaml:4: events.link_threshold: expected a number, got 'high'" in err
    assert "Traceback" not in err


def test_the_cause_label_and_the_faults_name_methods_of_the_taxonomy(tmp_path):
    _write(tmp_path, "b.yaml", "methods:\n  cause_label: mishap\n  faults: [negligence, bad_luck]\n")
    problems = _problems(tmp_path)
    assert any("methods.cause_label" in p and "unknown method 'mishap'" in p for p in problems)
    assert any("methods.faults" in p and "unknown method 'bad_luck'" in p for p in problems)
    assert not any("'negligence'" in p for p in problems)
