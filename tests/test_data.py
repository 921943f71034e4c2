"""data/ is the dataset built from seeds/: it must validate and be reproduced byte for byte."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from claims.cli.root import cli


def test_committed_data_validates(root: Path) -> None:
    result = CliRunner().invoke(cli, ["validate", str(root / "data")])
    assert result.exit_code == 0, result.output


def test_rebuilding_from_seeds_reproduces_data(root: Path, tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["run", str(root / "seeds"), "--out", str(tmp_path)])
    assert result.exit_code == 0, result.output
    committed = sorted(p.name for p in (root / "data").glob("*.parquet"))
    assert committed == sorted(p.name for p in tmp_path.glob("*.parquet"))
    for name in committed:
        assert (tmp_path / name).read_bytes() == (root / "data" / name).read_bytes(), name
