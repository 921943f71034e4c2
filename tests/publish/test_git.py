"""Versions of the dataset repository: semver parsing, bumps and what is refused."""

from __future__ import annotations

import pytest

from claims.errors import UsageError
from claims.publish import git


def test_parse_and_bump() -> None:
    assert git.parse_version("v1.2.3") == (1, 2, 3)
    assert git.bump((1, 2, 3), "major") == (2, 0, 0)
    assert git.bump((1, 2, 3), "minor") == (1, 3, 0)
    assert git.bump((1, 2, 3), "patch") == (1, 2, 4)
    assert git.bump(None, "minor") == (0, 1, 0)
    for bad in ("1.2", "01.2.3", "1.2.3-rc1", ""):
        with pytest.raises(UsageError):
            git.parse_version(bad)


def test_resolve_refuses_existing_lower_and_ambiguous_versions() -> None:
    existing = [(0, 9, 0), (1, 0, 0)]
    assert git.resolve("1.0.1", None, existing) == (1, 0, 1)
    assert git.resolve(None, "major", existing) == (2, 0, 0)
    for version, part in (("1.0.0", None), ("0.9.5", None), (None, None), ("2.0.0", "major")):
        with pytest.raises(UsageError):
            git.resolve(version, part, existing)


def test_credentials_never_shown_in_git_errors(tmp_path) -> None:
    git.ensure_repo(tmp_path)
    with pytest.raises(Exception) as info:
        git.git(tmp_path, "push", "https://user:secret-token@127.0.0.1:9/x.git", "HEAD")
    assert "secret-token" not in str(info.value)
