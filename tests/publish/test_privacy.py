"""What counts as a local path or a secret in published text."""

from __future__ import annotations

from pathlib import Path

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
