"""The one module that reads and writes Parquet: atomic writes, schema metadata, clear read errors."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from claims.errors import InputError, UsageError
from schemas import SCHEMA_VERSION
from schemas.tables import TABLES, Table

TABLE_KEY = b"claims.table"
VERSION_KEY = b"claims.schema_version"
ROW_GROUP_SIZE = 64_000


@contextlib.contextmanager
def atomic_path(path: str | Path) -> Iterator[Path]:
    """Yield a temporary path beside `path`; rename it over `path` only if the block succeeds."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    os.close(fd)
    try:
        yield Path(tmp)
        os.replace(tmp, target)
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)


def schema_with_metadata(table: Table) -> pa.Schema:
    return table.arrow.with_metadata(
        {TABLE_KEY: table.name.encode(), VERSION_KEY: SCHEMA_VERSION.encode()}
    )


def to_arrow(name: str, rows: pd.DataFrame | Sequence[Mapping[str, Any]]) -> pa.Table:
    """Rows (dicts or a DataFrame with at least the contract's columns) as an Arrow table."""
    schema = schema_with_metadata(TABLES[name])
    if isinstance(rows, pd.DataFrame):
        frame = rows[[f.name for f in schema]]
        return pa.Table.from_pandas(
            frame, schema=schema, preserve_index=False
        ).replace_schema_metadata(schema.metadata)
    return pa.Table.from_pylist(list(rows), schema=schema)


def write_arrow(table: pa.Table, path: str | Path) -> Path:
    """Write an Arrow table atomically with settings fixed for byte-identical output."""
    with atomic_path(path) as tmp:
        pq.write_table(table, tmp, compression="zstd", row_group_size=ROW_GROUP_SIZE)
    return Path(path)


class ArrowSink:
    """Stream Arrow tables into one Parquet file with write_arrow's settings, atomically.

    Rows are buffered into full row groups, so the file is the same however the rows arrive.
    """

    def __init__(
        self,
        path: str | Path,
        schema: pa.Schema,
        *,
        row_group_size: int = ROW_GROUP_SIZE,
        compression: str = "zstd",
    ):
        self._stack = contextlib.ExitStack()
        self._tmp = self._stack.enter_context(atomic_path(path))
        self._writer = pq.ParquetWriter(self._tmp, schema, compression=compression)
        self._group = row_group_size
        self._buffer: list[pa.Table] = []
        self._buffered = 0
        self.rows = 0

    def write(self, table: pa.Table) -> None:
        self._buffer.append(table)
        self._buffered += table.num_rows
        self.rows += table.num_rows
        if self._buffered >= self._group:
            whole = pa.concat_tables(self._buffer)
            full = (whole.num_rows // self._group) * self._group
            self._writer.write_table(whole.slice(0, full), row_group_size=self._group)
            self._buffer, self._buffered = [whole.slice(full)], whole.num_rows - full

    def close(self, commit: bool = True) -> None:
        if commit and self._buffered:
            self._writer.write_table(pa.concat_tables(self._buffer), row_group_size=self._group)
        self._writer.close()
        if commit:
            self._stack.close()
        else:
            self._stack.__exit__(RuntimeError, RuntimeError("aborted"), None)


def write_table(
    name: str, rows: pd.DataFrame | Sequence[Mapping[str, Any]], path: str | Path
) -> Path:
    """Write one table of the contract; `path` is a file or a folder (then `<name>.parquet`)."""
    target = Path(path)
    if target.suffix != ".parquet":
        target = target / TABLES[name].filename
    return write_arrow(to_arrow(name, rows), target)


class TableWriter:
    """Stream rows of one contract table into Parquet in batches; the file appears only when closed."""

    def __init__(self, name: str, path: str | Path):
        self.name = name
        self.schema = schema_with_metadata(TABLES[name])
        self._sink = ArrowSink(path, self.schema)

    @property
    def rows(self) -> int:
        return self._sink.rows

    def write(self, rows: Sequence[Mapping[str, Any]]) -> None:
        if rows:
            self._sink.write(pa.Table.from_pylist(list(rows), schema=self.schema))

    def close(self, commit: bool = True) -> None:
        self._sink.close(commit)

    def __enter__(self) -> TableWriter:
        return self

    def __exit__(self, exc_type: object, *_: object) -> None:
        self.close(commit=exc_type is None)


def open_parquet(path: str | Path) -> pq.ParquetFile:
    """Open a Parquet file or say in one line why it cannot be."""
    p = Path(path)
    if not p.exists():
        raise InputError("no such file", p)
    try:
        return pq.ParquetFile(p)
    except (pa.ArrowInvalid, OSError) as exc:
        raise InputError(f"not a readable Parquet file ({str(exc).splitlines()[0]})", p) from None


def table_name(path: str | Path, pf: pq.ParquetFile | None = None) -> str:
    """Which table a file holds: from its metadata, else from its file name."""
    meta = (pf or open_parquet(path)).schema_arrow.metadata or {}
    name = meta.get(TABLE_KEY, b"").decode() or Path(path).stem
    if name not in TABLES:
        raise InputError(
            f"not a table of the claims contract (expected one of {', '.join(TABLES)})", path
        )
    return name


def schema_version(path: str | Path) -> str | None:
    meta = open_parquet(path).schema_arrow.metadata or {}
    value = meta.get(VERSION_KEY)
    return value.decode() if value else None


def read_arrow(path: str | Path, columns: Sequence[str] | None = None) -> pa.Table:
    pf = open_parquet(path)
    try:
        return pf.read(columns=list(columns) if columns else None)
    except (pa.ArrowInvalid, OSError, KeyError) as exc:
        raise InputError(f"cannot read Parquet data ({str(exc).splitlines()[0]})", path) from None


def read_table(path: str | Path, columns: Sequence[str] | None = None) -> pd.DataFrame:
    """A whole table as pandas (dates stay datetime.date, lists stay arrays)."""
    return read_arrow(path, columns).to_pandas()


def iter_rows(
    path: str | Path, columns: Sequence[str] | None = None, batch_size: int = 256
) -> Iterator[dict[str, Any]]:
    """Rows one at a time, reading a batch at a time, so memory stays flat in the table's size."""
    pf = open_parquet(path)
    for batch in pf.iter_batches(batch_size=batch_size, columns=list(columns) if columns else None):
        yield from batch.to_pylist()


def find_tables(paths: Iterable[str | Path]) -> list[Path]:
    """Parquet files named directly, plus the contract's tables inside each folder named."""
    found: list[Path] = []
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            inside = [p / t.filename for t in TABLES.values() if (p / t.filename).exists()]
            if not inside:
                raise UsageError(
                    "no tables found (expected articles.parquet, claims.parquet, ...)", p
                )
            found.extend(inside)
        elif p.exists():
            found.append(p)
        else:
            raise InputError("no such file or folder", p)
    return found
