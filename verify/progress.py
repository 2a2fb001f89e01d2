"""Progress bars for long runs: one line per stage on stderr, only when stderr is a terminal.

``Progress(enabled)`` hands out one ``Bar`` per stage; a bar redraws its line at most ten times a
second and ends with the stage's total and time. When stderr is not a terminal (a pipe, a log file,
a test) or the run is ``--quiet``, nothing is ever written, so reports and captured output stay
clean. No dependency: a bar is a carriage return and a few characters.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Iterable, Iterator
from typing import IO, TypeVar

__all__ = ["Progress", "Bar"]

T = TypeVar("T")
WIDTH = 24
REDRAW_SECONDS = 0.1


class Bar:
    """The progress of one stage: ``advance(n)`` as work is done, ``close()`` when it ends."""

    def __init__(self, stage: str, total: int | None, unit: str, stream: IO[str] | None):
        self.stage, self.total, self.unit, self.stream = stage, total, unit, stream
        self.done = 0
        self.started = time.perf_counter()
        self._drawn = 0.0
        self._closed = False
        self._draw(force=True)

    def advance(self, n: int = 1) -> None:
        self.done += n
        self._draw()

    def iterate(self, items: Iterable[T], weight=None) -> Iterator[T]:
        """Yield ``items``, advancing by one each (or by ``weight(item)``)."""
        for item in items:
            yield item
            self.advance(1 if weight is None else weight(item))

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        if self.stream is not None:
            self._draw(force=True, end="\n")

    def __enter__(self) -> Bar:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def line(self) -> str:
        """The bar as text, e.g. ``extract  [########----------------]  120/436 docs  2.1 s``."""
        elapsed = time.perf_counter() - self.started
        if self.total:
            filled = min(WIDTH, WIDTH * self.done // self.total)
            bar = "[" + "#" * filled + "-" * (WIDTH - filled) + "]"
            count = f"{self.done:,}/{self.total:,} {self.unit}"
        else:
            bar = "[" + " " * WIDTH + "]"
            count = f"{self.done:,} {self.unit}" if self.done else ""
        return f"{self.stage:<8} {bar} {count}  {elapsed:.1f} s"

    def _draw(self, force: bool = False, end: str = "") -> None:
        if self.stream is None:
            return
        now = time.perf_counter()
        if not force and now - self._drawn < REDRAW_SECONDS:
            return
        self._drawn = now
        self.stream.write("\r" + self.line() + "\x1b[K" + end)
        self.stream.flush()


class Progress:
    """Makes stage bars that draw on ``stream`` (stderr) when it is a terminal and ``enabled``."""

    def __init__(self, enabled: bool = True, stream: IO[str] | None = None):
        stream = sys.stderr if stream is None else stream
        isatty = getattr(stream, "isatty", None)
        self.stream = stream if enabled and isatty is not None and isatty() else None

    @property
    def active(self) -> bool:
        return self.stream is not None

    def bar(self, stage: str, total: int | None = None, unit: str = "") -> Bar:
        return Bar(stage, total, unit, self.stream)


#: A progress that never draws: the default for library calls.
QUIET = Progress(enabled=False)
