"""`kill -9` inside `claims publish` and `claims annotate pull`, at the two worst moments of a
Parquet write: with the new file half written, and with it whole but not yet renamed into place.
The previous tables must come through intact. The kill is injected into the CLI's own process
(a subprocess), so it lands exactly there every time instead of when a timer happens to fire."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from claims import store
from tests.fuzz.helpers import write_valid_folder

#: Runs `claims ARGV` with SIGKILL injected at the first Parquet write ("mid") or rename ("rename").
HOOK = """
import os, signal, sys
import pyarrow.parquet as pq
at, argv = sys.argv[1], sys.argv[2:]
if at == "rename":
    real_replace = os.replace
    def replace(src, dst, *args, **kwargs):
        if str(dst).endswith(".parquet"):
            os.kill(os.getpid(), signal.SIGKILL)
        return real_replace(src, dst, *args, **kwargs)
    os.replace = replace
else:
    real_write = pq.ParquetWriter.write_table
    def write_table(self, *args, **kwargs):
        real_write(self, *args, **kwargs)
        os.kill(os.getpid(), signal.SIGKILL)
    pq.ParquetWriter.write_table = write_table
from claims.cli.root import cli
cli(argv, prog_name="claims")
"""
OFFLINE = {**os.environ, "HF_DATASETS_OFFLINE": "1", "HF_HUB_OFFLINE": "1"}


def claims_cli(
    *args: str, die_at: str | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    if die_at:
        cmd = [sys.executable, "-c", HOOK, die_at, *args]
    else:
        cmd = [sys.executable, "-m", "claims", *args]
    return subprocess.run(
        cmd, capture_output=True, text=True, timeout=600, env={**OFFLINE, **(env or {})}
    )


def git(repo: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["git", *args], cwd=repo, capture_output=True, text=True, check=False)


@pytest.fixture(scope="module")
def published(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    root = tmp_path_factory.mktemp("publish")
    write_valid_folder(root / "v1", articles=30)
    write_valid_folder(root / "v2", articles=40)
    repo = root / "repo"
    done = claims_cli(
        "publish", str(root / "v1"), "--repo", str(repo), "--version", "1.0.0", "--license", "mit"
    )
    assert done.returncode == 0, done.stderr
    return root, repo


@pytest.mark.parametrize("die_at", ["mid", "rename"])
def test_kill_during_publish_keeps_the_published_tables(
    published: tuple[Path, Path], tmp_path: Path, die_at: str
) -> None:
    root, first = published
    repo = tmp_path / "repo"
    subprocess.run(["cp", "-a", str(first), str(repo)], check=True)
    head = git(repo, "rev-parse", "HEAD").stdout
    killed = claims_cli(
        "publish", str(root / "v2"), "--repo", str(repo), "--bump", "minor", die_at=die_at
    )
    assert killed.returncode == -9, killed.stderr
    assert git(repo, "rev-parse", "HEAD").stdout == head
    assert git(repo, "diff", "--quiet", "HEAD").returncode == 0  # tracked files as released
    for path in sorted((repo / "data").rglob("*.parquet")):
        assert store.read_arrow(path).num_rows > 0
    again = claims_cli("publish", str(root / "v2"), "--repo", str(repo), "--bump", "minor")
    assert again.returncode == 0, again.stderr
    assert "v1.1.0" in again.stdout


@pytest.mark.parametrize("die_at", ["mid", "rename"])
def test_kill_during_ingest_write(tmp_path: Path, die_at: str) -> None:
    """The same injected kill for ingest: the articles table from before is untouched."""
    write_valid_folder(tmp_path / "data")
    before = (tmp_path / "data" / "articles.parquet").read_bytes()
    src = tmp_path / "new"
    src.mkdir()
    (src / "a.txt").write_text("Rescuers reached 12 villages cut off by the floods on Sunday.\n")
    killed = claims_cli("ingest", str(src), "--out", str(tmp_path / "data"), die_at=die_at)
    assert killed.returncode == -9
    assert (tmp_path / "data" / "articles.parquet").read_bytes() == before
    assert claims_cli("validate", str(tmp_path / "data")).returncode == 0
