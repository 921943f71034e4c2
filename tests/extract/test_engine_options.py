"""The engine options through the CLI: wrong pairs and a missing extra are usage errors (exit 2,
one `Error:` line) before anything is touched."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from claims.cli.root import cli


def test_address_needs_the_ray_engine(tmp_path: Path, seeds_dir: Path) -> None:
    result = CliRunner().invoke(
        cli, ["ingest", str(seeds_dir), "--out", str(tmp_path), "--address", "auto"]
    )
    assert result.exit_code == 2
    assert result.stderr == "Error: --address needs --engine ray\n"
    assert not (tmp_path / "articles.parquet").exists()


def test_ray_engine_without_ray_says_how_to_install(
    tmp_path: Path, seeds_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "ray", None)  # as if `claims[ray]` were not installed
    result = CliRunner().invoke(
        cli, ["ingest", str(seeds_dir), "--out", str(tmp_path), "--engine", "ray"]
    )
    assert result.exit_code == 2
    assert "pip install 'claims[ray]'" in result.stderr
    assert result.stderr.count("\n") == 1


def test_extract_without_articles_is_a_usage_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["extract", str(tmp_path), "--engine", "ray"])
    assert result.exit_code == 2
    assert "no articles.parquet here" in result.stderr
