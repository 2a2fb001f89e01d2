"""The command line: help everywhere, clear errors, exit codes, the run summary."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import pytest

from verify.cli import EXIT_ERROR, EXIT_OK, EXIT_SKIPPED, build_parser, main

ROOT = Path(__file__).resolve().parent.parent


def _commands(parser: argparse.ArgumentParser, path: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    """Every command path of the parser, found by walking its subcommands (none is listed by hand)."""
    found = [path]
    for action in parser._actions:
        choices = getattr(action, "choices", None)
        if isinstance(choices, dict):
            for name, sub in choices.items():
                found += _commands(sub, (*path, name))
    return found


COMMANDS = _commands(build_parser())


def test_the_walk_finds_every_command():
    assert {("run",), ("check",), ("rules",), ("rules", "check"), ("rules", "show"), ("rules", "schema")} <= set(
        COMMANDS
    )


@pytest.mark.parametrize("argv", COMMANDS, ids=lambda path: " ".join(path) or "verify")
def test_every_command_has_help_ending_with_an_example(argv, capsys):
    with pytest.raises(SystemExit) as stopped:
        main([*argv, "--help"])
    assert stopped.value.code == 0
    out = capsys.readouterr().out.rstrip("\n")
    last = out.split("\n\n")[-1].splitlines()
    assert last[0] == "example:" and len(last) > 1, out[-300:]
    assert all(line.startswith(f"  verify {' '.join(argv)}".rstrip()) for line in last[1:]), last


def test_rules_check_ok(capsys):
    assert main(["rules", "check"]) == EXIT_OK
    assert "rules ok" in capsys.readouterr().out


def test_rules_check_reports_every_problem_without_traceback(tmp_path, capsys):
    (tmp_path / "bad.yaml").write_text("nlp:\n  modle: x\nevents:\n  link_threshold: high\n", encoding="utf-8")
    assert main(["rules", "check", str(tmp_path)]) == EXIT_ERROR
    err = capsys.readouterr().err
    assert "2 problems" in err and "bad.yaml:2: nlp.modle" in err and "bad.yaml:4: events.link_threshold" in err
    assert "Traceback" not in err


def test_bad_rules_stop_the_run_before_reading(tmp_path, capsys):
    (tmp_path / "bad.yaml").write_text("nlp: [\n", encoding="utf-8")
    out = tmp_path / "out"
    assert main(["run", str(ROOT / "seeds"), "--rules", str(tmp_path), "--out", str(out)]) == EXIT_ERROR
    assert not out.exists()


def test_rules_show_prints_the_merged_yaml(tmp_path, capsys):
    (tmp_path / "x.yaml").write_text("compare:\n  corroboration:\n    min_sources: 3\n", encoding="utf-8")
    assert main(["rules", "show", "--rules", str(tmp_path)]) == EXIT_OK
    assert "min_sources: 3" in capsys.readouterr().out


def test_missing_corpus_is_one_clear_line(tmp_path, capsys):
    assert main(["run", str(tmp_path / "nothing-here"), "--out", str(tmp_path / "o")]) == EXIT_ERROR
    err = capsys.readouterr().err
    assert err.startswith("verify: error:") and "Traceback" not in err


def test_run_writes_reports_and_exits_3_when_inputs_were_skipped(tmp_path, capsys):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "good.txt").write_text("Two people were killed in a shelling of the market on Monday.", encoding="utf-8")
    (corpus / "empty.txt").write_text("", encoding="utf-8")
    out = tmp_path / "out"
    assert main(["run", str(corpus), "--out", str(out)]) == EXIT_SKIPPED
    printed = capsys.readouterr()
    assert "empty.txt: empty file" in printed.out
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert [d["id"] for d in report["documents"]] == ["good"]
    assert report["skipped"][0]["reason"] == "empty file"
    assert main(["run", str(corpus), "--out", str(out), "--keep-going", "--quiet"]) == EXIT_OK
    assert capsys.readouterr().out == ""
