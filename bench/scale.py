"""Scale-out benchmark: `claims extract` with the local engine in one process against the Ray
engine with 2 workers (a local Ray instance), on the same generated corpus.

The corpus is N articles (default 20,000) made from seeds/ and the dev articles, each copy varied
(numbers shifted, a numbered closing line) so ingest keeps every one. Each engine runs in its own
child process; peak memory is sampled over that process and all its descendants (Ray's raylet,
GCS and workers included). Prints articles/s, peak memory, articles/s per core, the cores a
million articles an hour would need at that rate, and last `ratio=<Ray articles/s / local>`.

    .venv/bin/python bench/scale.py --articles 20000
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import random
import shutil
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

import psutil

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.extract import sources, vary  # noqa: E402

SAMPLE_SECONDS = 0.25


def build(folder: Path, count: int) -> Path:
    """Write `count` varied articles and ingest them; returns the data folder."""
    from claims.ingest.corpus import ingest

    texts = sources()
    rng = random.Random(42)
    raw = folder / "articles"
    for n in range(count):
        sub = raw / f"{n // 1000:03d}"
        sub.mkdir(parents=True, exist_ok=True)
        (sub / f"{n:06d}.txt").write_text(vary(texts[n % len(texts)], rng, n), "utf-8")
    data = folder / "data"
    ingest([raw], data)
    shutil.rmtree(raw)
    return data


class PeakMemory:
    """Peak resident memory of a process tree, sampled a few times a second."""

    def __init__(self, pid: int):
        self.root = psutil.Process(pid)
        self.peak = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.is_set():
            total = 0
            try:
                procs = [self.root, *self.root.children(recursive=True)]
            except psutil.Error:
                procs = []
            for proc in procs:
                try:
                    total += proc.memory_info().rss
                except psutil.Error:
                    continue
            self.peak = max(self.peak, total)
            time.sleep(SAMPLE_SECONDS)

    def __enter__(self) -> PeakMemory:
        self._thread.start()
        return self

    def __exit__(self, *_: object) -> None:
        self._stop.set()
        self._thread.join()


def child(data: str, engine: str, workers: int, out: Any) -> None:
    """Extract in this (child) process; reports (articles, claims, seconds, start-up seconds)."""
    from claims.extract.corpus import extract

    setup = 0.0
    session: Any = None
    if engine == "ray":
        from claims.engines import ray_session

        t0 = time.perf_counter()
        session = ray_session(None, workers)
        session.__enter__()
        setup = time.perf_counter() - t0
    start = time.perf_counter()
    report = extract(data, engine=engine, processes=workers, check=False)
    secs = time.perf_counter() - start
    if session is not None:
        session.__exit__(None, None, None)
    out.put((report.articles, report.total, secs, setup))


def measure(data: Path, engine: str, workers: int) -> tuple[int, int, float, float, float]:
    ctx = mp.get_context("spawn")
    queue = ctx.Queue()
    proc = ctx.Process(target=child, args=(str(data), engine, workers, queue))
    proc.start()
    assert proc.pid is not None
    with PeakMemory(proc.pid) as mem:
        articles, claims, secs, setup = queue.get()
        proc.join()
    return articles, claims, secs, setup, mem.peak / 1e6


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=20_000)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        t0 = time.perf_counter()
        data = build(Path(tmp), args.articles)
        print(
            f"corpus: {args.articles} articles generated and ingested in {time.perf_counter() - t0:.0f}s"
        )
        ray_data = Path(tmp) / "data-ray"
        ray_data.mkdir()
        shutil.copy(data / "articles.parquet", ray_data / "articles.parquet")

        n, claims, secs, _, peak = measure(data, "local", 1)
        local_rate = n / secs
        print(
            f"local, 1 process:  {n} articles in {secs:.0f}s = {local_rate:.1f} articles/s, "
            f"{claims} claims, peak {peak:.0f} MB"
        )
        n, claims_ray, secs, setup, peak = measure(ray_data, "ray", args.workers)
        ray_rate = n / secs
        print(
            f"ray, {args.workers} workers:    {n} articles in {secs:.0f}s = {ray_rate:.1f} articles/s "
            f"(+{setup:.0f}s to start Ray), {claims_ray} claims, peak {peak:.0f} MB (all Ray processes)"
        )
        assert claims_ray == claims, "the engines disagree on the number of claims"
    per_core = ray_rate / args.workers
    print(f"articles/s per core: local {local_rate:.1f}, ray {per_core:.1f}")
    print(
        f"cores for a million articles an hour at the Ray rate: {1_000_000 / 3600 / per_core:.0f}"
    )
    print(f"ratio={ray_rate / local_rate:.2f}")


if __name__ == "__main__":
    main()
