"""Progress bars for long runs: one line per stage on stderr, only when stderr is a terminal.

``Progress(enabled)`` hands out one ``Bar`` per stage, drawn by tqdm; a bar redraws its line at most
ten times a second and ends with the stage's total and time. When stderr is not a terminal (a pipe,
a log file, a test) or the run is ``--quiet``, nothing is ever written, so reports and captured
output stay clean.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Iterator
from typing import IO, Any, TypeVar

from tqdm import tqdm

__all__ = ["Progress", "Bar", "QUIET"]

T = TypeVar("T")
WIDTH = 24
REDRAW_SECONDS = 0.1


class _Tqdm(tqdm):
    monitor_interval = 0  # no monitor thread: a bar lives in the driver, redrawn as work is done


class Bar:
    """The progress of one stage: ``advance(n)`` as work is done, ``close()`` when it ends."""

    def __init__(self, stage: str, total: int | None, unit: str, stream: IO[str] | None):
        self.stage, self.total, self.unit = stage, total, unit
        counted = f"{{n_fmt}}/{{total_fmt}} {unit}" if total else f"{{n_fmt}} {unit}"
        layout = f"{{desc}} [{{bar:{WIDTH}}}] {counted}  {{elapsed}}" if total else f"{{desc}} {counted}  {{elapsed}}"
        self._bar = _Tqdm(
            total=total or None,
            desc=f"{stage:<8}",
            file=stream,
            disable=stream is None,
            leave=True,
            mininterval=REDRAW_SECONDS,
            ascii="-#",
            bar_format=layout,
            dynamic_ncols=False,
        )

    @property
    def done(self) -> int:
        return int(self._bar.n)

    def advance(self, n: int = 1) -> None:
        self._bar.update(n)

    def iterate(self, items: Iterable[T], weight: Callable[[T], int] | None = None) -> Iterator[T]:
        """Yield ``items``, advancing by one each (or by ``weight(item)``)."""
        for item in items:
            yield item
            self.advance(1 if weight is None else weight(item))

    def close(self) -> None:
        self._bar.close()

    def __enter__(self) -> Bar:
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    def line(self) -> str:
        """The bar as text, e.g. ``extract  [########----------------] 120/436 docs  00:02``."""
        return str(self._bar)


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
