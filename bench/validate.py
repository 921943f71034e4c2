"""How long `claims validate` takes on a million claim rows, against reading the same file.

Baseline: reading the Parquet file into pandas (work any validator must do). Run:
    .venv/bin/python bench/validate.py --rows 1000000
The last line reads `ratio=<validate seconds / read seconds>`.
"""

from __future__ import annotations

import argparse
import datetime as dt
import tempfile
import time
from pathlib import Path

import pyarrow as pa

from claims import store
from claims.ids import article_id
from claims.validate.tables import validate

SENTENCE = "Officials said on May 3 that over 3 million shells and two ships went north."


def synthetic(rows: int) -> tuple[pa.Table, pa.Table]:
    """`rows` schema-valid claims spread over 1,000 articles, built column-wise (fast)."""
    n_articles = 1000
    texts = [f"Report {i}.\n\n{SENTENCE}" for i in range(n_articles)]
    aids = [article_id(t) for t in texts]
    articles = store.to_arrow(
        "articles",
        [
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
            for i, (a, t) in enumerate(zip(aids, texts, strict=True))
        ],
    )
    kinds = [("over 3 million shells", "quantity"), ("May 3", "date"), ("two ships", "sanction")]
    cols: dict[str, list] = {name: [] for name in store.TABLES["claims"].arrow.names}
    for r in range(rows):
        art = r % n_articles
        span, kind = kinds[r % 3]
        s0 = len(texts[art]) - len(SENTENCE)
        start = s0 + SENTENCE.index(span)
        row = {
            "claim_id": f"{r:016x}",  # unique; real ids hash (article, type, span)
            "article_id": aids[art],
            "claim_type": kind,
            "span_start": start,
            "span_end": start + len(span),
            "span_text": span,
            "sentence_start": s0,
            "sentence_end": s0 + len(SENTENCE),
            "sentence": SENTENCE,
            "segment": "body",
            "subject": None,
            "predicate": None,
            "attribution": "Officials",
            "hedge": "reported",
            "quantity_value": 3e6 if kind == "quantity" else None,
            "quantity_low": None,
            "quantity_high": None,
            "quantity_bound": "gt" if kind == "quantity" else None,
            "quantity_unit": None,
            "quantity_item": "shells" if kind == "quantity" else None,
            "date_text": "May 3" if kind == "date" else None,
            "date_start": dt.date(2024, 5, 3) if kind == "date" else None,
            "date_end": dt.date(2024, 5, 3) if kind == "date" else None,
            "date_granularity": "day" if kind == "date" else None,
            "date_unresolved_reason": None,
            "sanction_authorities": ["South Korea"] if kind == "sanction" else [],
            "sanction_status": "imposed" if kind == "sanction" else None,
            "sanction_targets": [{"kind": "vessel", "count": 2, "names": [], "nationality": None}]
            if kind == "sanction"
            else [],
            "sanction_date": None,
            "confidence": 0.8,
            "extractor": "bench",
        }
        for k, v in row.items():
            cols[k].append(v)
    schema = store.schema_with_metadata(store.TABLES["claims"])
    return articles, pa.Table.from_pydict(cols, schema=schema)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=1_000_000)
    args = parser.parse_args()
    articles, claims = synthetic(args.rows)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        store.write_arrow(articles, folder / "articles.parquet")
        store.write_arrow(claims, folder / "claims.parquet")
        t0 = time.perf_counter()
        store.read_table(folder / "claims.parquet")
        read = time.perf_counter() - t0
        t0 = time.perf_counter()
        report = validate([folder])
        checked = time.perf_counter() - t0
    assert report.ok, report.as_dict()
    print(f"rows={args.rows}")
    print(f"read_seconds={read:.2f}")
    print(f"validate_seconds={checked:.2f} (articles + claims + cross-table rules)")
    print(f"ratio={checked / read:.2f}")


if __name__ == "__main__":
    main()
