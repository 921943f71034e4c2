"""The one module that reads and writes Parquet: atomic writes, schema metadata, clear read errors.

A table lives in a data folder as one file (`claims.parquet`), as shards (`claims/part-*.parquet`,
what the Ray engine writes), or both (shards beside the file): every reader here takes the logical
path `<data>/<table>.parquet` and reads whichever forms exist, file first, then shards by name.
Replacing a table is crash-safe: the new form is staged whole, the old forms are set aside under
`.<table>.old/`, and `recover()` puts things right after a `kill -9` at any step, so a reader
always sees either the previous table or the new one, never a mix and never nothing.
"""

from __future__ import annotations

import contextlib
import fnmatch
import json
import os
import shutil
import tempfile
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from claims.errors import InputError, UsageError
from schemas import SCHEMA_VERSION
from schemas.tables import TABLES, Table

_ArrowData = TypeVar("_ArrowData", pa.Table, pa.RecordBatch)

TABLE_KEY = b"claims.table"
VERSION_KEY = b"claims.schema_version"
ROW_GROUP_SIZE = 64_000
#: Article texts are large: small row groups let validation hold a few articles' texts at a time.
ROW_GROUPS = {"articles": 1_000}
PART_GLOB = "part-*.parquet"
COMPLETE = "COMPLETE"
MAGIC = b"PAR1"
#: What pyarrow raises on a damaged file (UnicodeDecodeError is a ValueError).
READ_ERRORS = (pa.ArrowException, OSError, KeyError, ValueError, IndexError, EOFError)


def table_row_group_size(name: str | None) -> int:
    return ROW_GROUPS.get(name or "", ROW_GROUP_SIZE)


@contextlib.contextmanager
def atomic_path(path: str | Path) -> Iterator[Path]:
    """Yield a temporary path beside `path`; rename it over `path` only if the block succeeds."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    os.close(fd)
    try:
        yield Path(tmp)
        _fsync(tmp)
        os.replace(tmp, target)
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)


def _fsync(path: str | Path) -> None:
    with open(path, "rb") as handle:
        os.fsync(handle.fileno())


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


def _name_of(table: pa.Table | pa.Schema) -> str | None:
    meta = table.schema.metadata if isinstance(table, pa.Table) else table.metadata
    value = (meta or {}).get(TABLE_KEY)
    return value.decode() if value else None


def write_arrow(table: pa.Table, path: str | Path) -> Path:
    """Write an Arrow table atomically with settings fixed for byte-identical output."""
    target = Path(path)
    name = _name_of(table)
    with _replacing(target), atomic_path(target) as tmp:
        pq.write_table(table, tmp, compression="zstd", row_group_size=table_row_group_size(name))
    return target


class ArrowSink:
    """Stream Arrow tables into one Parquet file with write_arrow's settings, atomically.

    Rows are buffered into full row groups, so the file is the same however the rows arrive.
    """

    def __init__(
        self,
        path: str | Path,
        schema: pa.Schema,
        *,
        row_group_size: int | None = None,
        compression: str = "zstd",
    ):
        self._stack = contextlib.ExitStack()
        self._target = Path(path)
        self._tmp = self._stack.enter_context(atomic_path(path))
        self._writer = pq.ParquetWriter(self._tmp, schema, compression=compression)
        self._group = row_group_size or table_row_group_size(_name_of(schema))
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
            with _replacing(self._target):
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

    def write_arrow(self, table: pa.Table) -> None:
        if table.num_rows:
            self._sink.write(table.cast(self.schema))

    def close(self, commit: bool = True) -> None:
        self._sink.close(commit)

    def __enter__(self) -> TableWriter:
        return self

    def __exit__(self, exc_type: object, *_: object) -> None:
        self.close(commit=exc_type is None)


# --- the two forms of a table, and replacing one safely ------------------------------------------


def shard_dir(path: str | Path) -> Path:
    """`<data>/claims/` for the logical path `<data>/claims.parquet`."""
    p = Path(path)
    return p.with_suffix("") if p.suffix == ".parquet" else p


def _is_shard_dir(folder: Path) -> bool:
    """A folder of this table's shards only (never a folder that happens to share the name)."""
    if not folder.is_dir():
        return False
    names = [p.name for p in folder.iterdir()]
    return bool(names) and all(
        fnmatch.fnmatch(n, PART_GLOB) or fnmatch.fnmatch(n, ".stats-*.json") for n in names
    )


def _old_dir(path: Path) -> Path:
    return path.parent / f".{shard_dir(path).name}.old"


def recover(path: str | Path) -> None:
    """Finish or undo a replacement that a crash interrupted (see the module docstring)."""
    target = Path(path)
    old = _old_dir(target)
    if not old.is_dir():
        return
    new_there = target.exists() or shard_dir(target).is_dir()
    if (old / COMPLETE).exists() and new_there:
        shutil.rmtree(old, ignore_errors=True)
        return
    for item in sorted(old.iterdir()):  # the set-aside forms go back where they were
        if item.name != COMPLETE and not (target.parent / item.name).exists():
            os.replace(item, target.parent / item.name)
    shutil.rmtree(old, ignore_errors=True)


@contextlib.contextmanager
def _replacing(target: Path) -> Iterator[None]:
    """Around the final rename of a new single-file table: shards of the old table, if any, are
    set aside first and dropped after, so the new file never sits beside stale shards."""
    recover(target)
    shards = shard_dir(target)
    if target.suffix != ".parquet" or not _is_shard_dir(shards):
        yield
        return
    old = _old_dir(target)
    old.mkdir()
    if target.exists():
        os.replace(target, old / target.name)
    os.replace(shards, old / shards.name)
    (old / COMPLETE).touch()
    yield
    shutil.rmtree(old, ignore_errors=True)


def staging_dir(path: str | Path) -> Path:
    """Where the shards of a new sharded table are written before `commit_shards`."""
    return Path(path).parent / f".{shard_dir(path).name}.staging"


def commit_shards(staging: str | Path, path: str | Path) -> Path:
    """Make the shards in `staging` the table `path` (replacing the file and/or shards there)."""
    target = Path(path)
    recover(target)
    shards = shard_dir(target)
    old = _old_dir(target)
    old.mkdir()
    if shards.exists() and not _is_shard_dir(shards):
        shutil.rmtree(old)
        raise UsageError(f"{shards.name}/ holds files that are not shards of the table", shards)
    for form in (target, shards):
        if form.exists():
            os.replace(form, old / form.name)
    (old / COMPLETE).touch()
    os.replace(staging, shards)
    shutil.rmtree(old, ignore_errors=True)
    return shards


def part_name(index: int) -> str:
    return f"part-{index:05d}.parquet"


def write_shard(table: pa.Table, folder: str | Path, index: int, stats: Mapping[str, Any]) -> Path:
    """One shard and its run statistics (JSON beside it); the Parquet file is written last, so a
    shard whose file exists is finished and a retried shard simply overwrites itself."""
    folder = Path(folder)
    with atomic_path(folder / f".stats-{index:05d}.json") as tmp:
        tmp.write_text(json.dumps(stats, sort_keys=True), "utf-8")
    with atomic_path(folder / part_name(index)) as tmp:
        pq.write_table(table, tmp, compression="zstd", row_group_size=ROW_GROUP_SIZE)
    return folder / part_name(index)


def finished_shards(folder: str | Path) -> dict[int, dict[str, Any]]:
    """Index -> statistics of every shard that was written whole."""
    out: dict[int, dict[str, Any]] = {}
    folder = Path(folder)
    if not folder.is_dir():
        return out
    for part in folder.glob(PART_GLOB):
        index = int(part.stem.split("-")[1])
        stats = folder / f".stats-{index:05d}.json"
        if stats.exists():
            out[index] = json.loads(stats.read_text("utf-8"))
    return out


def drop_stats(folder: str | Path) -> None:
    for stats in Path(folder).glob(".stats-*.json"):
        stats.unlink()


# --- reading --------------------------------------------------------------------------------------


def table_files(path: str | Path) -> list[Path]:
    """The Parquet files that make up the table at logical path `path`: the file itself if it
    exists, then the shards in `<table>/` by name. Raises InputError when there is neither."""
    p = Path(path)
    recover(p)
    files = [p] if p.is_file() else []
    shards = shard_dir(p)
    if p.suffix == ".parquet" and shards.is_dir():
        files += sorted(shards.glob(PART_GLOB))
    if not files:
        if p.is_dir():
            raise InputError("a folder, not a Parquet file", p)
        raise InputError("no such file", p)
    return files


def exists(path: str | Path) -> bool:
    """Whether the table at logical path `path` exists in either form."""
    p = Path(path)
    recover(p)
    return p.is_file() or (shard_dir(p).is_dir() and any(shard_dir(p).glob(PART_GLOB)))


def open_parquet(path: str | Path, read_dictionary: Sequence[str] = ()) -> pq.ParquetFile:
    """Open one Parquet file or say in one line why it cannot be (`read_dictionary`: string
    columns to read as Arrow dictionaries)."""
    p = Path(path)
    if not p.exists():
        raise InputError("no such file", p)
    try:
        with p.open("rb") as handle:
            if handle.read(4) != MAGIC:  # pyarrow reads only the footer's copy of the magic
                raise InputError("not a readable Parquet file (it does not start with PAR1)", p)
        pf = pq.ParquetFile(p, read_dictionary=list(read_dictionary) or None)
        pf.schema_arrow  # noqa: B018 - decoded here, so a damaged footer fails here, in one line
    except READ_ERRORS as exc:
        raise InputError(f"not a readable Parquet file ({_first_line(exc)})", p) from None
    return pf


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0][:200] if text else type(exc).__name__


def num_rows(path: str | Path) -> int:
    """Rows of the table at `path` (file and shards), from the footers only."""
    return sum(open_parquet(f).metadata.num_rows for f in table_files(path))


def table_name(path: str | Path, pf: pq.ParquetFile | None = None) -> str:
    """Which table a file holds: from its metadata, else from its file or folder name."""
    p = Path(path)
    meta = (pf or open_parquet(p)).schema_arrow.metadata or {}
    stem = p.parent.name if p.name.startswith("part-") else p.stem
    name = meta.get(TABLE_KEY, b"").decode() or stem
    if name not in TABLES:
        raise InputError(
            f"not a table of the claims contract (expected one of {', '.join(TABLES)})", path
        )
    return name


def schema_version(path: str | Path) -> str | None:
    meta = open_parquet(path).schema_arrow.metadata or {}
    value = meta.get(VERSION_KEY)
    return value.decode() if value else None


def _read_error(exc: BaseException, path: Path) -> InputError:
    return InputError(f"cannot read Parquet data ({_first_line(exc)})", path)


def _checked(data: _ArrowData) -> _ArrowData:
    """`data` after a full check: Arrow reads string bytes as stored, so text that is not UTF-8
    would otherwise fail later, in whatever converts it, far from the file that holds it."""
    data.validate(full=True)
    return data


def read_row_group(file: str | Path, group: int, columns: Sequence[str] | None = None) -> pa.Table:
    """One row group of one Parquet file; a damaged group becomes one InputError."""
    try:
        return _checked(
            open_parquet(file).read_row_group(group, columns=list(columns) if columns else None)
        )
    except READ_ERRORS as exc:
        raise _read_error(exc, Path(file)) from None


def read_arrow(path: str | Path, columns: Sequence[str] | None = None) -> pa.Table:
    """The whole table at `path` (both forms) as one Arrow table."""
    parts: list[pa.Table] = []
    for file in table_files(path):
        pf = open_parquet(file)
        try:
            parts.append(_checked(pf.read(columns=list(columns) if columns else None)))
        except READ_ERRORS as exc:
            raise _read_error(exc, file) from None
    if len(parts) == 1:
        return parts[0]
    try:
        return pa.concat_tables(parts, promote_options="none")
    except pa.ArrowInvalid as exc:
        raise InputError(f"shards disagree on the schema ({_first_line(exc)})", path) from None


def read_table(path: str | Path, columns: Sequence[str] | None = None) -> pd.DataFrame:
    """A whole table as pandas (dates stay datetime.date, lists stay arrays)."""
    return read_arrow(path, columns).to_pandas()


def iter_file_batches(
    file: str | Path, columns: Sequence[str] | None = None, batch_size: int = 256
) -> Iterator[pa.RecordBatch]:
    """Record batches of one Parquet file; a damaged file becomes one InputError."""
    pf = open_parquet(file)
    try:
        for batch in pf.iter_batches(
            batch_size=batch_size, columns=list(columns) if columns else None
        ):
            yield _checked(batch)
    except READ_ERRORS as exc:
        raise _read_error(exc, Path(file)) from None


def iter_batches(
    path: str | Path, columns: Sequence[str] | None = None, batch_size: int = 256
) -> Iterator[pa.RecordBatch]:
    """Record batches of the whole table at `path`, file first, then shards."""
    for file in table_files(path):
        yield from iter_file_batches(file, columns, batch_size)


def iter_rows(
    path: str | Path, columns: Sequence[str] | None = None, batch_size: int = 256
) -> Iterator[dict[str, Any]]:
    """Rows one at a time, reading a batch at a time, so memory stays flat in the table's size."""
    for batch in iter_batches(path, columns, batch_size):
        yield from batch.to_pylist()


def read_slice(
    path: str | Path, start: int, stop: int, columns: Sequence[str] | None = None
) -> list[dict[str, Any]]:
    """Rows start..stop-1 of the table at `path`, reading only the row groups that hold them."""
    out: list[dict[str, Any]] = []
    offset = 0
    for file in table_files(path):
        pf = open_parquet(file)
        for group in range(pf.metadata.num_row_groups):
            n = pf.metadata.row_group(group).num_rows
            lo, hi = max(start, offset), min(stop, offset + n)
            if lo < hi:
                table = read_row_group(file, group, columns)
                out += table.slice(lo - offset, hi - lo).to_pylist()
            offset += n
            if offset >= stop:
                return out
    return out


@dataclass(frozen=True)
class Located:
    """Where the rows of a table are: a display path and the files."""

    name: str
    path: Path
    files: list[Path]


def find_tables(paths: Iterable[str | Path]) -> list[Located]:
    """Tables named directly (a file, a shard folder) plus the contract's tables in each folder."""
    found: list[Located] = []
    for raw in paths:
        p = Path(raw)
        if p.is_dir() and any(p.glob(PART_GLOB)):  # a shard folder named directly
            logical = p.parent / f"{p.name}.parquet"
            files = sorted(p.glob(PART_GLOB))
            found.append(Located(table_name(files[0]), p, files))
        elif p.is_dir():
            inside = [p / t.filename for t in TABLES.values() if exists(p / t.filename)]
            if not inside:
                raise UsageError(
                    "no tables found (expected articles.parquet, claims.parquet, ...)", p
                )
            for logical in inside:
                files = table_files(logical)
                shown = logical if logical.is_file() else shard_dir(logical)
                found.append(Located(table_name(files[0]), shown, files))
        elif p.exists():
            found.append(Located(table_name(p), p, [p]))
        else:
            raise InputError("no such file or folder", p)
    return found
