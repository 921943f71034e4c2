"""--hub: the repo id and the token are checked before anything is committed; an already-tagged
version can be uploaded later. The Hub itself is out of reach here (a closed loopback port)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from claims.errors import UsageError
from claims.publish import hub

TOKEN = "hf_testtoken_not_real_0123456789"


def test_missing_or_blank_token_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    for value in (None, "  "):
        if value is None:
            monkeypatch.delenv("HF_TOKEN", raising=False)
        else:
            monkeypatch.setenv("HF_TOKEN", value)
        with pytest.raises(UsageError, match="HF_TOKEN"):
            hub.token()
    monkeypatch.setenv("HF_TOKEN", "hf_x ")
    assert hub.token() == "hf_x"


@pytest.mark.parametrize("repo_id", ["bad repo/x", "a/b/c", "org/na--me", "claims"])
def test_repo_ids_the_hub_refuses_are_refused_here(repo_id: str) -> None:
    with pytest.raises(UsageError, match="--hub"):
        hub.check_repo_id(repo_id)
    hub.check_repo_id("org/claims-2026.v1")


@pytest.mark.parametrize("token", [None, TOKEN])
def test_bad_repo_id_stops_before_any_commit(
    tmp_path: Path, data_v1: Path, helpers: Any, monkeypatch: pytest.MonkeyPatch, token: str | None
) -> None:
    if token:
        monkeypatch.setenv("HF_TOKEN", token)
    result = helpers.publish_cli(
        data_v1, tmp_path / "repo", "--version", "1.0.0", "--license", "mit", "--hub", "bad repo"
    )
    assert result.exit_code == 2 and "not a valid Hub repo id" in result.output
    assert not (tmp_path / "repo").exists()


def test_missing_token_stops_before_any_commit(
    published: Path, data_v2: Path, helpers: Any
) -> None:
    before = helpers.tree_hash(published)
    result = helpers.publish_cli(data_v2, published, "--bump", "minor", "--hub", "org/claims")
    assert result.exit_code == 2 and "HF_TOKEN" in result.output
    assert helpers.tree_hash(published) == before


def test_unreachable_hub_stops_before_any_commit_and_hides_the_token(
    published: Path, data_v2: Path, helpers: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """HF_HUB_OFFLINE is set and the endpoint is a closed loopback port: nothing leaves the box."""
    monkeypatch.setenv("HF_TOKEN", TOKEN)
    monkeypatch.setenv("HF_ENDPOINT", "http://127.0.0.1:9")
    before = helpers.tree_hash(published)
    result = helpers.publish_cli(data_v2, published, "--bump", "minor", "--hub", "org/claims")
    assert result.exit_code == 3, result.output
    assert "Hugging Face Hub refused the token or cannot be reached" in result.output
    assert TOKEN not in result.output
    assert helpers.tree_hash(published) == before


def test_an_existing_version_goes_to_the_upload_path_not_refused(
    published: Path, helpers: Any, monkeypatch: pytest.MonkeyPatch, data_v1: Path
) -> None:
    """--version of a tagged version with --hub means: upload that version (here: Hub unreachable)."""
    monkeypatch.setenv("HF_TOKEN", TOKEN)
    monkeypatch.setenv("HF_ENDPOINT", "http://127.0.0.1:9")
    before = helpers.tree_hash(published)
    result = helpers.publish_cli(data_v1, published, "--version", "1.0.0", "--hub", "org/claims")
    assert result.exit_code == 3 and "already exists" not in result.output
    assert "cannot be reached" in result.output and TOKEN not in result.output
    assert helpers.tree_hash(published) == before
    unknown = helpers.publish_cli(data_v1, published, "--version", "0.0.1", "--hub", "org/claims")
    assert unknown.exit_code == 2 and "lower than the latest" in unknown.output
