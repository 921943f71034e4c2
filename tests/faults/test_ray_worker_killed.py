"""A Ray worker killed mid-run (SIGKILL, as the OOM killer or a lost node would) is restarted,
its shard redone, and the claims come out whole: none missing, none twice."""

from __future__ import annotations

import os
import shutil
import signal
import threading
import time
from pathlib import Path
from typing import Any

import psutil

from claims import store
from claims.extract.corpus import extract
from claims.ingest.corpus import ingest


def _actors() -> list[psutil.Process]:
    found = []
    for proc in psutil.process_iter(["cmdline"]):
        with_name = " ".join(proc.info["cmdline"] or [])
        if "MapWorker" in with_name and "_RayAdapter" in with_name:
            found.append(proc)
    return found


def _sorted(path: Path) -> list[dict[str, Any]]:
    """The claim rows as Python values (not pandas, whose int/float choice depends on the batch),
    in claim id order."""
    return sorted(store.read_arrow(path).to_pylist(), key=lambda r: r["claim_id"])


def test_killed_worker_is_retried_without_loss_or_duplicates(
    ray_local: Any, root: Path, tmp_path: Path
) -> None:
    data = tmp_path / "ray"
    ingest([root / "tests" / "data" / "dev" / "articles"], data)
    local = tmp_path / "local"
    local.mkdir()
    shutil.copy(data / "articles.parquet", local / "articles.parquet")
    extract(local, engine="local", shard_rows=2, check=False)

    staging = store.staging_dir(data / "claims.parquet")
    killed: list[int] = []

    def killer() -> None:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and not killed:
            if staging.is_dir() and any(staging.glob("part-*.parquet")):
                for proc in _actors():
                    os.kill(proc.pid, signal.SIGKILL)
                    killed.append(proc.pid)
                    break
            time.sleep(0.05)

    thread = threading.Thread(target=killer, daemon=True)
    thread.start()
    report = extract(data, engine="ray", shard_rows=2)
    thread.join(timeout=5)
    assert killed, "no Ray worker was found to kill"
    assert not psutil.pid_exists(killed[0]) or psutil.Process(killed[0]).status() == "zombie"
    assert report.validation is not None and report.validation.ok
    got = _sorted(data / "claims.parquet")
    assert len({r["claim_id"] for r in got}) == len(got)
    assert got == _sorted(local / "claims.parquet")
