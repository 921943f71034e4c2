"""`claims validate` at 1x, 10x and 100x a corpus: time against reading the claims file, and peak
memory, which must stay flat because validation streams (a batch at a time, key hashes only).

Each size runs in its own child process so each reports its own peak resident memory.
    .venv/bin/python bench/validate.py --rows 20000 --scales 1,10,100
The last line reads `ratio=<validate seconds / read seconds>` at the largest scale.
"""

from __future__ import annotations

import argparse
import datetime as dt
import multiprocessing as mp
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

import psutil
import pyarrow as pa

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from claims import store  # noqa: E402
from claims.ids import article_id  # noqa: E402

SENTENCE = "Officials said on May 3 that over 3 million shells and two ships went north."
FILLER = "The committee met again in the afternoon to review the figures. " * 40
CLAIMS_PER_ARTICLE = 10
CHUNK = 50_000


def _articles(start: int, stop: int) -> tuple[pa.Table, list[str], list[str]]:
    texts = [f"Report {i}.\n\n{FILLER}\n\n{SENTENCE}" for i in range(start, stop)]
    aids = [article_id(t) for t in texts]
    rows = [
        {
            "article_id": a,
            "source": f"{i}.txt",
            "url": None,
            "title": None,
            "outlet": None,
            "authors": [],
            "published": dt.date(2024, 5, 10),
            "text": t,
            "segments": [{"kind": "body", "start": 0, "end": len(t)}],
            "content_sha256": "0" * 64,
        }
        for i, a, t in zip(range(start, stop), aids, texts, strict=True)
    ]
    return store.to_arrow("articles", rows), aids, texts


def _claims(first_row: int, aids: list[str], texts: list[str]) -> pa.Table:
    kinds = [("over 3 million shells", "quantity"), ("May 3", "date"), ("two ships", "sanction")]
    cols: dict[str, list[Any]] = {name: [] for name in store.TABLES["claims"].arrow.names}
    r = first_row
    for aid, text in zip(aids, texts, strict=True):
        s0 = len(text) - len(SENTENCE)
        for _ in range(CLAIMS_PER_ARTICLE):
            span, kind = kinds[r % 3]
            start = s0 + SENTENCE.index(span)
            row = {name: None for name in cols}
            row.update(
                claim_id=f"{r:016x}",
                article_id=aid,
                claim_type=kind,
                span_start=start,
                span_end=start + len(span),
                span_text=span,
                sentence_start=s0,
                sentence_end=s0 + len(SENTENCE),
                sentence=SENTENCE,
                segment="body",
                attribution="Officials",
                hedge="reported",
                quantity_value=3e6 if kind == "quantity" else None,
                quantity_bound="gt" if kind == "quantity" else None,
                quantity_item="shells" if kind == "quantity" else None,
                date_text="May 3" if kind == "date" else None,
                date_start=dt.date(2024, 5, 3) if kind == "date" else None,
                date_end=dt.date(2024, 5, 3) if kind == "date" else None,
                date_granularity="day" if kind == "date" else None,
                sanction_authorities=["South Korea"] if kind == "sanction" else [],
                sanction_status="imposed" if kind == "sanction" else None,
                sanction_targets=[{"kind": "vessel", "count": 2, "names": [], "nationality": None}]
                if kind == "sanction"
                else [],
                confidence=0.8,
                extractor="bench",
            )
            for k, v in row.items():
                cols[k].append(v)
            r += 1
    return pa.Table.from_pydict(cols, schema=store.schema_with_metadata(store.TABLES["claims"]))


def build(folder: Path, articles: int) -> int:
    """articles.parquet and claims.parquet, written a chunk at a time (the bench stays small too)."""
    a_schema = store.schema_with_metadata(store.TABLES["articles"])
    c_schema = store.schema_with_metadata(store.TABLES["claims"])
    a_sink = store.ArrowSink(folder / "articles.parquet", a_schema)
    c_sink = store.ArrowSink(folder / "claims.parquet", c_schema)
    per = CHUNK // CLAIMS_PER_ARTICLE
    for start in range(0, articles, per):
        table, aids, texts = _articles(start, min(start + per, articles))
        a_sink.write(table)
        c_sink.write(_claims(start * CLAIMS_PER_ARTICLE, aids, texts))
    a_sink.close()
    c_sink.close()
    return articles * CLAIMS_PER_ARTICLE


class Sampler:
    """Peak resident memory of this process, sampled every few milliseconds (ru_maxrss would
    also count the parent's memory at fork, which survives exec on Linux)."""

    def __init__(self) -> None:
        self.proc = psutil.Process()
        self.peak = self.proc.memory_info().rss
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.is_set():
            self.peak = max(self.peak, self.proc.memory_info().rss)
            time.sleep(0.005)

    def stop(self) -> float:
        self._stop.set()
        self._thread.join()
        return max(self.peak, self.proc.memory_info().rss) / 1e6


def child(folder: str, what: str, out: Any) -> None:
    from claims.validate.tables import validate

    base = psutil.Process().memory_info().rss / 1e6
    sampler = Sampler()
    t0 = time.perf_counter()
    if what == "read":
        store.read_table(Path(folder) / "claims.parquet")
        ok = True
    else:
        ok = validate([folder], progress=False).ok
    secs = time.perf_counter() - t0
    out.put((secs, sampler.stop(), base, ok))


def measure(folder: Path, what: str) -> tuple[float, float, float, bool]:
    ctx = mp.get_context("spawn")
    queue = ctx.Queue()
    proc = ctx.Process(target=child, args=(str(folder), what, queue))
    proc.start()
    result = queue.get()
    proc.join()
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2_000, help="articles at scale 1")
    parser.add_argument("--scales", default="1,10,100")
    args = parser.parse_args()
    ratio = 0.0
    peaks: list[float] = []
    for scale in [int(s) for s in args.scales.split(",")]:
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp)
            claims = build(folder, args.articles * scale)
            read_secs, read_peak, _, _ = measure(folder, "read")
            secs, peak, base, ok = measure(folder, "validate")
            assert ok, "the generated tables should validate"
            mb = sum(p.stat().st_size for p in folder.glob("*.parquet")) / 1e6
            print(
                f"scale {scale:>3}x: {args.articles * scale} articles, {claims} claims "
                f"({mb:.0f} MB Parquet): validate {secs:.1f}s, peak {peak:.0f} MB "
                f"(after imports {base:.0f} MB); reading claims into pandas {read_secs:.1f}s, "
                f"peak {read_peak:.0f} MB"
            )
            peaks.append(peak)
            ratio = secs / read_secs
    print(f"validate peak memory, largest over smallest scale: {peaks[-1] / peaks[0]:.2f}")
    print(f"ratio={ratio:.2f}")


if __name__ == "__main__":
    main()
