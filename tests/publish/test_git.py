"""Versions of the dataset repository: semver parsing, bumps and what is refused."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from claims.errors import ServiceError, UsageError
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


def _git(repo: Path, *args: str) -> str:
    return subprocess.run(
        ["git", *args], cwd=repo, capture_output=True, text=True, check=True
    ).stdout.strip()


def test_commit_keeps_the_files_times_and_runs_the_commit_hooks(tmp_path: Path) -> None:
    """Fresh files are committed as written (no back-dated times), hooks run as `git commit`
    runs them, and the index, HEAD, the branch and the tag agree afterwards."""
    git.ensure_repo(tmp_path)
    hook = tmp_path / ".git" / "hooks" / "commit-msg"
    hook.write_text('#!/bin/sh\nprintf "\\nChecked-by: hook\\n" >> "$1"\n')
    hook.chmod(0o755)
    data = tmp_path / "data"
    data.mkdir()
    first = data / "train.parquet"
    first.write_bytes(os.urandom(1 << 20))
    written = first.stat().st_mtime_ns
    commit = git.commit_and_tag(tmp_path, (1, 0, 0), "Release v1.0.0\n\nFirst.", ("data",))
    assert first.stat().st_mtime_ns == written
    assert (
        _git(tmp_path, "rev-parse", "HEAD", "refs/heads/main", "v1.0.0^{commit}").split()
        == [commit] * 3
    )
    assert "Checked-by: hook" in _git(tmp_path, "log", "-1", "--format=%B")
    assert _git(tmp_path, "rev-parse", "HEAD:data/train.parquet") == _git(
        tmp_path, "hash-object", str(first)
    )
    assert _git(tmp_path, "status", "--porcelain") == ""
    assert "commit (initial): Release v1.0.0" in _git(tmp_path, "reflog", "-1")
    first.unlink()
    (data / "test.parquet").write_bytes(b"PAR1 new")
    second = git.commit_and_tag(tmp_path, (1, 1, 0), "Release v1.1.0", ("data",))
    assert _git(tmp_path, "rev-parse", f"{second}^") == commit
    assert _git(tmp_path, "ls-tree", "-r", "--name-only", "HEAD").split() == ["data/test.parquet"]
    assert _git(tmp_path, "status", "--porcelain") == ""
    subprocess.run(["git", "fsck", "--strict"], cwd=tmp_path, check=True, capture_output=True)


def test_hooks_are_found_as_git_finds_them(tmp_path: Path) -> None:
    """Publish looks the hooks up itself: a hook under a relative core.hooksPath runs, one that
    is not executable is skipped (as `git commit` skips it), and the default folder is ignored
    once core.hooksPath points elsewhere."""
    git.ensure_repo(tmp_path)
    _git(tmp_path, "config", "core.hooksPath", "policy")
    (tmp_path / "policy").mkdir()
    ran = tmp_path.parent / f"{tmp_path.name}-ran"
    for name, mode in (("commit-msg", 0o755), ("pre-commit", 0o644)):
        hook = tmp_path / "policy" / name
        hook.write_text(f"#!/bin/sh\necho {name} >> '{ran}'\nexit 1\n")
        hook.chmod(mode)
    default = tmp_path / ".git" / "hooks" / "commit-msg"
    default.write_text("#!/bin/sh\nexit 1\n")
    default.chmod(0o755)
    (tmp_path / "README.md").write_text("card\n")
    with pytest.raises(ServiceError, match="commit-msg hook refused"):
        git.commit_and_tag(tmp_path, (1, 0, 0), "Release v1.0.0", ("README.md", "policy"))
    assert ran.read_text().split() == ["commit-msg"]
    (tmp_path / "policy" / "commit-msg").chmod(0o644)
    git.commit_and_tag(tmp_path, (1, 0, 0), "Release v1.0.0", ("README.md", "policy"))
    assert git.head(tmp_path) == _git(tmp_path, "rev-parse", "HEAD")
    assert ran.read_text().split() == ["commit-msg"]


def test_a_refusing_commit_hook_is_reported_in_its_own_words(tmp_path: Path) -> None:
    git.ensure_repo(tmp_path)
    hook = tmp_path / ".git" / "hooks" / "pre-commit"
    hook.write_text("#!/bin/sh\necho 'policy: sign the release first' >&2\nexit 1\n")
    hook.chmod(0o755)
    (tmp_path / "README.md").write_text("card\n")
    with pytest.raises(ServiceError, match="pre-commit hook refused: policy: sign the release"):
        git.commit_and_tag(tmp_path, (1, 0, 0), "Release v1.0.0", ("README.md",))
    assert git.head(tmp_path) is None
