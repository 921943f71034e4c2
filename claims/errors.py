"""The few named errors a user can cause; the CLI turns each into `Error: ...` and an exit code."""

from __future__ import annotations

from pathlib import Path


class ClaimsError(Exception):
    """Base of every error meant for the user, not a bug. Exit code 2 unless said otherwise."""

    exit_code = 2

    def __init__(self, message: str, path: str | Path | None = None, line: int | None = None):
        self.reason = message
        self.path = None if path is None else str(path)
        self.line = line
        super().__init__(self.where() + message)

    def where(self) -> str:
        if self.path is None:
            return ""
        return f"{self.path}:{self.line}: " if self.line is not None else f"{self.path}: "


class UsageError(ClaimsError):
    """The command was called wrongly (missing folder, bad option value)."""


class InputError(ClaimsError):
    """An input file cannot be read as what it claims to be (binary, not UTF-8, not Parquet...)."""


class InvalidData(ClaimsError):
    """The data were read but break the table contract."""

    exit_code = 1


class ServiceError(ClaimsError):
    """A service the command needs (Label Studio, a git remote, the Hub) refused or is down."""

    exit_code = 3
