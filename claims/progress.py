"""A progress bar for the long steps (ingest, extract, validate) that stays quiet when stderr is
not a terminal, so logs, pipes and CI output hold only the summary lines."""

from __future__ import annotations

import sys
from types import TracebackType
from typing import TextIO

from tqdm import tqdm

MIN_TOTAL = 50


class Progress:
    """`with Progress(total, "extract", "article") as bar: bar.update(n)`; a no-op off a terminal."""

    def __init__(
        self,
        total: int | None,
        desc: str,
        unit: str,
        enabled: bool = True,
        stream: TextIO | None = None,
    ):
        out = stream if stream is not None else sys.stderr
        tty = bool(getattr(out, "isatty", lambda: False)())
        self.shown = enabled and tty and (total is None or total >= MIN_TOTAL)
        self.count = 0
        self._bar = (
            tqdm(total=total, desc=desc, unit=unit, file=out, leave=False) if self.shown else None
        )

    def update(self, n: int = 1) -> None:
        self.count += n
        if self._bar is not None:
            self._bar.update(n)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()

    def __enter__(self) -> Progress:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()
