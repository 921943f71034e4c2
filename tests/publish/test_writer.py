"""Streaming writes: the same rows give the same bytes however they arrive."""

from __future__ import annotations

from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from claims import store


def test_arrow_sink_bytes_do_not_depend_on_chunking(tmp_path: Path) -> None:
    table = pa.table({"x": list(range(150_000)), "s": [str(i % 7) for i in range(150_000)]})
    store.write_arrow(table, tmp_path / "whole.parquet")
    for name, sizes in (("a", [150_000]), ("b", [1, 63_999, 70_000, 16_000]), ("c", [10_000] * 15)):
        sink = store.ArrowSink(tmp_path / f"{name}.parquet", table.schema)
        start = 0
        for size in sizes:
            sink.write(table.slice(start, size))
            start += size
        sink.close()
        assert (tmp_path / f"{name}.parquet").read_bytes() == (
            tmp_path / "whole.parquet"
        ).read_bytes()


def test_aborted_sink_leaves_no_file(tmp_path: Path) -> None:
    sink = store.ArrowSink(tmp_path / "x.parquet", pa.schema([("x", pa.int64())]))
    sink.write(pa.table({"x": [1]}))
    sink.close(commit=False)
    assert list(tmp_path.iterdir()) == []


def test_split_sink_shards_and_row_groups_follow_row_counts(tmp_path: Path) -> None:
    """Shard and row-group boundaries depend on the rows only, not on how they arrive."""
    from datasets import ClassLabel, Features, Value

    from claims.publish import features, writer

    feats = Features({"label": ClassLabel(names=["a", "b"]), "text": Value("string")})
    schema = features.arrow_schema(feats)
    rows = pa.table(
        {"label": [i % 2 for i in range(5000)], "text": [f"row {i:05d} " * 4 for i in range(5000)]},
        schema=schema,
    )
    cap = rows.nbytes // 4  # about four shards
    out = {}
    for name, sizes in (("whole", [5000]), ("bits", [1, 999, 3000, 1000])):
        stage = tmp_path / name
        (stage / "data" / "c").mkdir(parents=True)
        sink = writer.SplitSink(stage, "c", "train", schema, writer.Limits(cap, cap // 3))
        start = 0
        for size in sizes:
            sink.write(rows.slice(start, size))
            start += size
        files = sink.close()
        assert files.rows == 5000 and 4 <= len(files.files) <= 5
        out[name] = [(stage / f).read_bytes() for f in files.files]
        for f in files.files:
            meta = pq.ParquetFile(stage / f)
            assert b"huggingface" in meta.schema_arrow.metadata
            groups = [meta.metadata.row_group(i).num_rows for i in range(meta.num_row_groups)]
            assert groups[:-1] == [sink.group_rows] * (len(groups) - 1)
            assert groups[-1] <= sink.group_rows
        first = pq.ParquetFile(stage / files.files[0]).metadata
        assert first.num_row_groups >= 2
    assert out["whole"] == out["bits"]


def test_read_size_is_what_datasets_records_for_every_type(tmp_path: Path) -> None:
    """Counted from the written rows, equal to what `datasets` counts reading the file back."""
    import datetime as dt

    import datasets

    from claims.publish import writer
    from schemas.tables import TABLES

    target = TABLES["claims"].arrow.field("sanction_targets").type
    n = 3000
    when = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
    table = pa.table(
        {
            "i": pa.array(range(n), pa.int64()),
            "f": pa.array([None if i % 7 == 0 else i / 3 for i in range(n)]),
            "b": pa.array([i % 3 == 0 for i in range(n)]),
            "d": pa.array([dt.date(2024, 1, 1 + i % 28) if i < 2000 else None for i in range(n)]),
            "ts": pa.array([when] * n, pa.timestamp("us", tz="UTC")),
            "s": pa.array([None if i % 5 else "y" * (i % 9) for i in range(n)]),
            "l": pa.array([["q"] * (i % 3) for i in range(n)]),
            "t": pa.array(
                [
                    [{"kind": "vessel", "count": None, "names": ["a"], "nationality": None}]
                    if i % 4
                    else []
                    for i in range(n)
                ],
                target,
            ),
        }
    )
    size = writer.ReadSize()
    for start in range(0, 700, 350):  # one row group, arriving in two pieces
        size.add(table.slice(start, 350))
    rest = writer.ReadSize()
    rest.add(table.slice(700))
    pq.write_table(table.slice(0, 700), tmp_path / "a.parquet")
    pq.write_table(table.slice(700), tmp_path / "b.parquet")
    for name, counted in (("a", size), ("b", rest)):
        ds = datasets.load_dataset(
            "parquet",
            data_files=str(tmp_path / f"{name}.parquet"),
            split="train",
            cache_dir=str(tmp_path / f"cache-{name}"),
        )
        assert counted.total() == ds.info.splits["train"].num_bytes, name
