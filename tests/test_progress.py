"""Progress bars draw on a terminal only, and never when quiet."""

from __future__ import annotations

import io

import pytest

from verify.progress import QUIET, Progress


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize(
    "stream, enabled, draws",
    [
        (Terminal(), True, True),
        (Terminal(), False, False),  # --quiet
        (io.StringIO(), True, False),  # a pipe or a log file
    ],
)
def test_bars_draw_only_on_a_terminal(stream, enabled, draws):
    progress = Progress(enabled, stream)
    with progress.bar("extract", 3, "docs") as bar:
        for _ in bar.iterate(range(3)):
            pass
    assert progress.active is draws
    assert bool(stream.getvalue()) is draws


def test_a_bar_ends_with_its_total_on_its_own_line():
    stream = Terminal()
    with Progress(True, stream).bar("extract", 4, "docs") as bar:
        bar.advance(4)
    last = stream.getvalue().split("\r")[-1]
    assert last.startswith("extract") and "4/4 docs" in last and "#" * 24 in last and last.endswith("\n")


def test_a_bar_without_total_shows_the_count():
    bar = Progress(True, Terminal()).bar("ingest", None, "files")
    bar.advance(7)
    assert "7 files" in bar.line()


def test_quiet_progress_never_draws():
    with QUIET.bar("cluster") as bar:
        bar.advance()
    assert not QUIET.active


def test_cli_run_is_silent_on_stderr_when_not_a_terminal(tmp_path, capsys):
    from verify.cli import main

    (tmp_path / "a.txt").write_text("Police said two people were killed on Monday in Springfield.\n")
    assert main(["run", str(tmp_path / "a.txt"), "--out", str(tmp_path / "out"), "--quiet"]) == 0
    captured = capsys.readouterr()
    assert captured.err == "" and captured.out == ""
