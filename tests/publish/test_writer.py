"""Streaming writes: the same rows give the same bytes however they arrive."""

from __future__ import annotations

from pathlib import Path

import pyarrow as pa

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
