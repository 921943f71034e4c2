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
        sink = writer.SplitSink(stage, "c", "train", schema, cap)
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
            assert meta.metadata.row_group(0).num_rows == sink.group_rows
    assert out["whole"] == out["bits"]


def test_datasets_nbytes_matches_what_datasets_records(tmp_path: Path) -> None:
    import datasets

    table = pa.table({"x": list(range(3000)), "s": [None if i % 5 else "y" for i in range(3000)]})
    pq.write_table(table, tmp_path / "t.parquet", row_group_size=700)
    ds = datasets.load_dataset(
        "parquet", data_files=str(tmp_path / "t.parquet"), split="train",
        cache_dir=str(tmp_path / "cache"),
    )
    assert store.datasets_nbytes(tmp_path / "t.parquet") == ds.info.splits["train"].num_bytes
