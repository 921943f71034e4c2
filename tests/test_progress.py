"""Progress bars show on a terminal and stay quiet anywhere else (pipes, logs, CI)."""

from __future__ import annotations

import io

from claims.progress import Progress


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_quiet_when_not_a_terminal() -> None:
    out = io.StringIO()
    with Progress(1_000, "extract", "article", stream=out) as bar:
        bar.update(500)
    assert out.getvalue() == ""
    assert bar.count == 500


def test_shown_on_a_terminal() -> None:
    out = Terminal()
    with Progress(1_000, "extract", "article", stream=out) as bar:
        bar.update(500)
    assert "extract" in out.getvalue() and "/1000" in out.getvalue()


def test_off_when_asked_or_too_short() -> None:
    for total, enabled in ((1_000, False), (3, True)):
        out = Terminal()
        with Progress(total, "ingest", "file", enabled=enabled, stream=out) as bar:
            bar.update(1)
        assert out.getvalue() == ""
