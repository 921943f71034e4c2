"""`kill -9` while a command writes: the tables from before are still there, whole and valid,
and an interrupted extraction resumes from its finished shards. Through the CLI, in a subprocess."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from claims import store

CLAIMS = [sys.executable, "-m", "claims"]


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*CLAIMS, *args], capture_output=True, text=True, timeout=600)


def _kill_when(args: list[str], ready: Callable[[], bool], timeout: float = 300) -> None:
    """Start `claims ARGS`, SIGKILL it as soon as `ready()` holds; fail if it finished first."""
    proc = subprocess.Popen([*CLAIMS, *args], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + timeout
    try:
        while time.monotonic() < deadline:
            if ready():
                os.kill(proc.pid, signal.SIGKILL)
                proc.wait()
                return
            if proc.poll() is not None:
                pytest.fail(f"finished before it could be killed: {proc.stderr.read()!r}")  # type: ignore[union-attr]
            time.sleep(0.02)
        pytest.fail("never reached the point to kill it")
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


def _corpus(folder: Path, count: int) -> Path:
    folder.mkdir(parents=True)
    for n in range(count):
        (folder / f"{n:05d}.txt").write_text(
            f"Story {n}.\n\nInspectors counted {n + 7} trucks at the border crossing on Friday, "
            f"and {n * 3 + 1} more were turned back, the agency said.\n",
            "utf-8",
        )
    return folder


def test_kill_during_ingest_keeps_the_previous_articles(tmp_path: Path) -> None:
    out = tmp_path / "data"
    assert _run("ingest", str(_corpus(tmp_path / "small", 3)), "--out", str(out)).returncode == 0
    before = (out / "articles.parquet").read_bytes()
    big = _corpus(tmp_path / "big", 4_000)

    def writing() -> bool:  # the new table's temporary file exists and has row groups in it
        return any(p.stat().st_size > 20_000 for p in out.glob(".articles.parquet.*.tmp"))

    _kill_when(["ingest", str(big), "--out", str(out)], writing)
    assert (out / "articles.parquet").read_bytes() == before
    assert _run("validate", str(out)).returncode == 0


@pytest.fixture(scope="module")
def extracted(root: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    data = tmp_path_factory.mktemp("kill") / "data"
    dev = str(root / "tests" / "data" / "dev" / "articles")
    done = _run("run", dev, "--out", str(data))
    assert done.returncode == 0, done.stderr
    return data


def test_kill_during_extract_keeps_the_claims_and_resume_finishes(
    extracted: Path, tmp_path: Path
) -> None:
    data = tmp_path / "data"
    shutil.copytree(extracted, data)
    before = (data / "claims.parquet").read_bytes()
    staging = store.staging_dir(data / "claims.parquet")

    def halfway() -> bool:
        return staging.is_dir() and len(list(staging.glob("part-*.parquet"))) >= 3

    _kill_when(["extract", str(data), "--shard-size", "2"], halfway)
    assert (data / "claims.parquet").read_bytes() == before
    assert _run("validate", str(data)).returncode == 0
    finished = len(list(staging.glob("part-*.parquet")))
    resumed = _run("-v", "extract", str(data), "--shard-size", "2", "--resume")
    assert resumed.returncode == 0, resumed.stderr
    assert f"{finished} shard(s) resumed" in resumed.stderr
    assert (data / "claims.parquet").read_bytes() == before  # same articles, same claims
    assert not staging.exists()


#: Runs `claims ARGV` and SIGKILLs it at the first rename whose target path contains argv[1]: the
#: exact step of the shards-to-file swap, every time, instead of whenever a poll happens to see it.
KILL_AT_RENAME = """
import os, signal, sys
where, argv = sys.argv[1], sys.argv[2:]
real_replace = os.replace
def replace(src, dst, *args, **kwargs):
    if where in str(dst):
        os.kill(os.getpid(), signal.SIGKILL)
    return real_replace(src, dst, *args, **kwargs)
os.replace = replace
from claims.cli.root import cli
cli(argv, prog_name="claims")
"""


@pytest.mark.parametrize("where", [".claims.old", "/claims.parquet"])
def test_kill_while_replacing_shards_by_a_file(extracted: Path, tmp_path: Path, where: str) -> None:
    """A sharded claims table (what --engine ray writes) replaced by a single file: killed as the
    old shards are set aside, or as the new file is renamed into place, the reader still sees one
    whole table, never both forms at once."""
    data = tmp_path / "data"
    shutil.copytree(extracted, data)
    assert _run("extract", str(data), "--shards", "--shard-size", "4").returncode == 0
    rows = store.num_rows(data / "claims.parquet")
    argv = ["extract", str(data), "--single-file", "--shard-size", "4"]
    killed = subprocess.run(
        [sys.executable, "-c", KILL_AT_RENAME, where, *argv], capture_output=True, timeout=600
    )
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    assert store.num_rows(data / "claims.parquet") == rows
    assert not ((data / "claims.parquet").exists() and (data / "claims").exists())
    assert _run("validate", str(data)).returncode == 0
