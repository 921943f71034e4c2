"""A safe repository: publish writes only on a clean branch tip, stages only its own files, and
puts everything back when git fails half-way."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

from claims.publish.publisher import MANAGED, publish


@pytest.fixture
def repo(tmp_path: Path, data_v1: Path, helpers: Any) -> Path:
    folder = tmp_path / "repo"
    helpers.publish_first(data_v1, folder)
    return folder


def _refused(helpers: Any, data: Path, repo: Path, needle: str) -> None:
    before = helpers.tree_hash(repo)
    result = helpers.publish_cli(data, repo, "--bump", "minor")
    assert result.exit_code == 2, result.output
    assert needle in result.output and "Traceback" not in result.output
    assert helpers.tree_hash(repo) == before


def test_detached_head_is_refused(repo: Path, data_v2: Path, helpers: Any) -> None:
    helpers.git(repo, "checkout", "-q", "--detach", "v1.0.0")
    _refused(helpers, data_v2, repo, "HEAD is detached")


def test_a_branch_without_the_latest_version_is_refused(
    repo: Path, data_v1: Path, data_v2: Path, helpers: Any
) -> None:
    publish(data_v2, repo, version="1.1.0", today=helpers.TODAY)
    helpers.git(repo, "switch", "-q", "-c", "old", "v1.0.0")
    _refused(helpers, data_v2, repo, "does not contain v1.1.0")


def test_dirty_tree_and_foreign_files_are_refused(repo: Path, data_v2: Path, helpers: Any) -> None:
    (repo / "secret.env").write_text("TOKEN=do-not-publish\n")
    _refused(helpers, data_v2, repo, "secret.env")
    (repo / "secret.env").unlink()
    (repo / "CHANGELOG.md").write_text("scribbled\n")
    _refused(helpers, data_v2, repo, "CHANGELOG.md")


def test_only_managed_files_are_staged(repo: Path, data_v2: Path, helpers: Any) -> None:
    """User files stay as the user committed them; ignored files are never swept in."""
    (repo / ".gitignore").write_text("secret.env\n")
    (repo / "NOTES.md").write_text("our notes\n")
    helpers.git(repo, "add", ".gitignore", "NOTES.md")
    helpers.git(repo, "commit", "-qm", "notes")
    (repo / "secret.env").write_text("TOKEN=do-not-publish\n")
    publish(data_v2, repo, version="1.1.0", today=helpers.TODAY)
    tracked = helpers.git(repo, "ls-files").split()
    assert "secret.env" not in tracked and "NOTES.md" in tracked
    changed = helpers.git(repo, "show", "--name-only", "--format=", "HEAD").split()
    assert changed and all(p.split("/")[0] in MANAGED for p in changed)
    assert helpers.git(repo, "status", "--porcelain") == ""  # secret.env is ignored, untouched
    assert (repo / "secret.env").read_text() == "TOKEN=do-not-publish\n"


def test_stale_index_lock_is_refused_before_anything_moves(
    repo: Path, data_v2: Path, helpers: Any
) -> None:
    (repo / ".git" / "index.lock").write_text("")
    _refused(helpers, data_v2, repo, "index.lock")


def test_git_refusing_the_commit_puts_the_previous_version_back(
    repo: Path, data_v2: Path, helpers: Any
) -> None:
    hook = repo / ".git" / "hooks" / "pre-commit"
    hook.write_text("#!/bin/sh\necho 'policy: no commits today' >&2\nexit 1\n")
    hook.chmod(0o755)
    files_before = {
        p: p.read_bytes() for p in repo.rglob("*") if p.is_file() and ".git" not in p.parts
    }
    result = helpers.publish_cli(data_v2, repo, "--version", "1.1.0")
    assert result.exit_code == 3 and "git commit failed" in result.output
    assert "policy: no commits today" in result.output  # the first cause, not a rollback error
    files_after = {
        p: p.read_bytes() for p in repo.rglob("*") if p.is_file() and ".git" not in p.parts
    }
    assert files_after == files_before
    assert helpers.git(repo, "status", "--porcelain") == ""
    assert helpers.git(repo, "tag", "--list").split() == ["v1.0.0"]


def test_a_failed_tag_leaves_no_commit_behind(repo: Path, data_v2: Path, helpers: Any) -> None:
    """git commits, then cannot write the tag: the commit is undone and the files put back."""
    head = helpers.git(repo, "rev-parse", "HEAD")
    shutil.copy(repo / "README.md", repo.parent / "readme-before")
    hook = repo / ".git" / "hooks" / "post-commit"
    # after the commit lands, make the tag impossible (a file where git wants a ref lock)
    hook.write_text(f"#!/bin/sh\nmkdir -p '{repo}/.git/refs/tags/v1.1.0.lock'\n")
    hook.chmod(0o755)
    result = helpers.publish_cli(data_v2, repo, "--version", "1.1.0")
    assert result.exit_code == 3 and "git tag failed" in result.output
    assert helpers.git(repo, "rev-parse", "HEAD") == head
    assert helpers.git(repo, "status", "--porcelain") == ""
    assert (repo / "README.md").read_bytes() == (repo.parent / "readme-before").read_bytes()
    assert "v1.1.0" not in helpers.git(repo, "tag", "--list").split()


def test_a_failed_first_publish_leaves_no_repository(
    tmp_path: Path, data_v1: Path, helpers: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    hooks = tmp_path / "hooks"
    hooks.mkdir()
    (hooks / "pre-commit").write_text("#!/bin/sh\necho 'policy: no commits' >&2\nexit 1\n")
    (hooks / "pre-commit").chmod(0o755)
    config = tmp_path / "gitconfig"
    config.write_text(f"[core]\n\thooksPath = {hooks}\n")
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", str(config))
    empty = tmp_path / "empty"
    empty.mkdir()
    for target in (tmp_path / "new", empty):
        result = helpers.publish_cli(data_v1, target, "--version", "1.0.0", "--license", "mit")
        assert result.exit_code == 3 and "policy: no commits" in result.output
    assert not (tmp_path / "new").exists() and list(empty.iterdir()) == []
