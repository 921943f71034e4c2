"""What counts as a local path or a secret in published text."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from claims.errors import InvalidData
from claims.publish import privacy


@pytest.mark.parametrize(
    "text", ["model /home/ana/models/x", 'path": "/tmp/run/a"', "C:\\Users\\ana\\x"]
)
def test_local_paths_are_found(text: str) -> None:
    assert privacy.LOCAL_PATH.search(text)


@pytest.mark.parametrize(
    "text",
    [
        "https://news.example.org/home/story",
        "data/claims/train-00000-of-00001.parquet",
        "http://mlcommons.org/croissant/1.1",
        "en_core_web_sm 3.8.0",
    ],
)
def test_urls_and_relative_paths_are_fine(text: str) -> None:
    assert not privacy.LOCAL_PATH.search(text)


def test_token_is_named_but_not_shown(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HF_TOKEN", "hf_secret_value_123")
    (tmp_path / "README.md").write_text("oops hf_secret_value_123")
    with pytest.raises(InvalidData) as info:
        privacy.no_leaks(tmp_path, ("README.md",), privacy.forbidden(tmp_path / "x"))
    assert "a token" in str(info.value) and "hf_secret_value_123" not in str(info.value)


def _annotators(repo: Path) -> set[str]:
    import pyarrow.parquet as pq

    return {
        a
        for f in (repo / "data" / "annotations").glob("*.parquet")
        for a in pq.read_table(f)["annotator"].to_pylist()
    }


def test_pseudonyms_are_keyed_kept_across_versions_and_the_key_never_published(
    tmp_path: Path, data_v1: Path, data_v2: Path, helpers: Any
) -> None:
    import hashlib

    from claims.publish.publisher import publish

    repo = tmp_path / "repo"
    helpers.publish_first(data_v1, repo)
    first = _annotators(repo)
    key_file = repo / ".git" / privacy.KEY_FILE
    assert key_file.exists() and key_file.stat().st_mode & 0o077 == 0
    assert privacy.KEY_FILE not in helpers.git(repo, "ls-files")
    for name in helpers.NAMES:  # a guessed name (or e-mail) cannot be confirmed without the key
        digest = hashlib.sha256(name.encode()).hexdigest()
        assert not any(digest[:12] in a for a in first)
    publish(data_v2, repo, version="1.1.0", today=helpers.TODAY)
    assert _annotators(repo) == first
    other = tmp_path / "other"
    helpers.publish_first(data_v1, other)
    assert _annotators(other).isdisjoint(first)  # another key, other pseudonyms


def test_a_lost_key_is_refused_rather_than_renaming_everyone(
    tmp_path: Path, data_v1: Path, data_v2: Path, helpers: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    repo = tmp_path / "repo"
    helpers.publish_first(data_v1, repo)
    first = _annotators(repo)
    moved = tmp_path / "kept-elsewhere.key"
    (repo / ".git" / privacy.KEY_FILE).rename(moved)
    before = helpers.tree_hash(repo)
    result = helpers.publish_cli(data_v2, repo, "--bump", "minor")
    assert result.exit_code == 2 and "key is missing" in result.output
    assert helpers.tree_hash(repo) == before
    monkeypatch.setenv(privacy.KEY_ENV, str(moved))
    assert helpers.publish_cli(data_v2, repo, "--bump", "minor").exit_code == 0
    assert _annotators(repo) == first


def test_annotator_names_in_published_text_are_refused(tmp_path: Path) -> None:
    (tmp_path / "README.md").write_text("thanks to jane.doe@example.org")
    with pytest.raises(InvalidData):
        privacy.no_leaks(tmp_path, ("README.md",), ["jane.doe@example.org"])


def test_a_worktree_of_the_repository_shares_its_key(
    tmp_path: Path, data_v1: Path, data_v2: Path, helpers: Any
) -> None:
    """Publishing from a git worktree (its `.git` is a file) uses the key of the repository it
    belongs to, so the same annotators keep the same pseudonyms."""
    from claims.publish.publisher import publish

    repo = tmp_path / "repo"
    helpers.publish_first(data_v1, repo)
    first = _annotators(repo)
    tree = tmp_path / "tree"
    helpers.git(repo, "worktree", "add", "-b", "next", str(tree))
    publish(data_v2, tree, version="1.1.0", today=helpers.TODAY)
    assert (tree / ".git").is_file()
    assert _annotators(tree) == first
