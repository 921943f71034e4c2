"""Write the configs of a release as Parquet the way `datasets` writes them.

Each split is cut into shards of at most `Limits.shard_bytes` (uncompressed Arrow bytes, like
`push_to_hub`), with row groups of at most 100 MB uncompressed; every file carries the features in
its `huggingface` metadata. Claims stream row group by row group through a small thread pool
(reading, joining and encoding free the GIL) while the main thread writes.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
from datasets import Features

from claims import store
from claims.errors import InputError, InvalidData
from claims.publish import features as feats
from claims.publish.tables import (
    DICTIONARY_COLUMNS,
    SPLITS,
    Joiner,
    encode_labels,
    split_table,
)
from schemas.tables import TABLES

#: Threads reading, joining and splitting row groups (Arrow's pool decodes each batch's columns
#: in parallel already): one core is left to the split writers, whose Parquet encoding frees the
#: GIL. Two of them cost ~7% more CPU than one on 2 cores and finished no sooner; past two, the
#: train split's single writer is the bottleneck.
WORKERS = min(2, max(1, (os.cpu_count() or 2) - 1))
#: Rows of claims read, joined and split as one batch (whole row groups of the input).
BATCH_ROWS = 120_000
#: Batches read ahead, and split writes queued, at most: each holds a batch's memory, and
#: memory the allocator has not handed out before costs a page fault per page.
READ_AHEAD = 2 * WORKERS
QUEUED_WRITES = 3 * 3
MAX_SHARD_BYTES = 500_000_000  # datasets.config.MAX_SHARD_SIZE
MAX_ROW_GROUP_BYTES = 100_000_000  # datasets.config.MAX_ROW_GROUP_SIZE


@dataclass(frozen=True)
class Limits:
    """Uncompressed Arrow bytes per shard file and per row group (the `datasets` defaults)."""

    shard_bytes: int = MAX_SHARD_BYTES
    row_group_bytes: int = MAX_ROW_GROUP_BYTES


#: Rows from which a split's bytes per row are estimated (for row-group and shard sizes).
SAMPLE = 10_000
COMPRESSION = "snappy"  # what `datasets` (pyarrow's default) writes


def shard_name(config: str, split: str, index: int, total: int) -> str:
    return f"data/{config}/{split}-{index:05d}-of-{total:05d}.parquet"


@dataclass
class SplitFiles:
    """One split on disk: its shard files (relative paths), rows and the sizes `datasets` reports."""

    files: list[str] = field(default_factory=list)
    rows: int = 0
    num_bytes: int = 0  # what datasets computes: Arrow bytes of the batches it reads
    download_size: int = 0  # bytes on disk


@dataclass
class Written:
    """One config on disk: its features and every non-empty split."""

    features: Features
    splits: dict[str, SplitFiles]

    @property
    def rows(self) -> dict[str, int]:
        return {s: (self.splits[s].rows if s in self.splits else 0) for s in SPLITS}


def _is_wide(t: pa.DataType) -> bool:
    """Parquet INT64/DOUBLE columns come back with a validity bitmap even without nulls."""
    return (
        (pa.types.is_integer(t) and t.bit_width == 64)
        or pa.types.is_float64(t)
        or (pa.types.is_timestamp(t))
    )


def _value_bytes(arr: pa.Array) -> int:
    """Bytes of the strings of `arr` (nulls count none); from the offsets when nothing is null."""
    if len(arr) == 0 or arr.null_count == len(arr):
        return 0
    if arr.null_count:
        return int(pc.sum(pc.binary_length(arr)).as_py() or 0)
    offsets = np.frombuffer(arr.buffers()[1], dtype=np.int32)
    return int(offsets[arr.offset + len(arr)] - offsets[arr.offset])


class ReadSize:
    """The Arrow bytes `datasets` counts for one row group when it reads it back (its num_bytes).

    Counted from the rows as they are written, without reading the file again: per column (and
    nested child) the length, the nulls and the value bytes, summed over the pieces of the row
    group; the Parquet reader allocates a validity bitmap for a column with nulls, and for 64-bit
    numbers always. `test_sizes_in_the_card_are_what_datasets_computes` holds this to `datasets`.
    """

    def __init__(self) -> None:
        self.stats: dict[str, list[int]] = {}  # path -> [length, nulls, value bytes]
        self.kinds: dict[str, pa.DataType] = {}

    def add(self, table: pa.Table) -> None:
        for name in table.column_names:
            for chunk in table[name].chunks:
                self._walk(name, chunk)

    def _walk(self, path: str, arr: pa.Array) -> None:
        entry = self.stats.setdefault(path, [0, 0, 0])
        self.kinds[path] = arr.type
        entry[0] += len(arr)
        entry[1] += arr.null_count
        t = arr.type
        if pa.types.is_string(t) or pa.types.is_binary(t):
            entry[2] += _value_bytes(arr)
        elif pa.types.is_list(t):
            self._walk(path + ".item", arr.flatten())
        elif pa.types.is_struct(t):
            for i, child in enumerate(arr.flatten()):
                self._walk(f"{path}.{t.field(i).name}", child)

    def total(self) -> int:
        out = 0
        for path, (length, nulls, values) in self.stats.items():
            t = self.kinds[path]
            if nulls or _is_wide(t):
                out += (length + 7) // 8
            if pa.types.is_boolean(t):
                out += (length + 7) // 8
            elif pa.types.is_string(t) or pa.types.is_binary(t):
                out += 4 * length + values
            elif pa.types.is_list(t):
                out += 4 * length
            elif not pa.types.is_struct(t):
                out += length * (t.bit_width // 8)
        return out


class SplitSink:
    """Rows of one split into shards and row groups within the limits (sized from the first rows)."""

    def __init__(self, stage: Path, config: str, split: str, schema: pa.Schema, limits: Limits):
        self.stage, self.config, self.split, self.schema = stage, config, split, schema
        self.limits = limits
        self.group_rows: int | None = None
        self.shard_rows = 0
        self.shards: list[Path] = []
        self.rows = 0
        self._sink: store.ArrowSink | None = None
        self._in_shard = 0
        self.num_bytes = 0
        self._pending: list[pa.Table] = []
        self._pending_rows = 0
        self._group = ReadSize()
        self._in_group = 0
        self._closed = False

    def _open(self) -> store.ArrowSink:
        path = self.stage / f"data/{self.config}/.{self.split}-{len(self.shards):05d}.parquet"
        self.shards.append(path)
        self._in_shard = 0
        assert self.group_rows is not None
        return store.ArrowSink(
            path, self.schema, row_group_size=self.group_rows, compression=COMPRESSION
        )

    def write(self, table: pa.Table) -> None:
        """Rows in order; shard and row-group boundaries depend on the rows only, not on how
        they arrive: sizes are set from exactly the first SAMPLE rows."""
        if table.num_rows == 0:
            return
        if self.group_rows is None:
            self._pending.append(table)
            self._pending_rows += table.num_rows
            if self._pending_rows >= SAMPLE:
                self._flush_pending()
            return
        self._write(table)

    def _flush_pending(self) -> None:
        if not self._pending:
            return
        rows = pa.concat_tables(self._pending)
        self._pending, self._pending_rows = [], 0
        sample = rows.slice(0, SAMPLE)
        size = ReadSize()  # counted from the values, so the same rows always give the same sizes
        size.add(sample)
        per_row = max(1, size.total() // max(1, sample.num_rows))
        cap = self.limits.shard_bytes
        self.group_rows = max(1, min(self.limits.row_group_bytes, cap) // per_row)
        self.shard_rows = max(1, cap // per_row // self.group_rows) * self.group_rows
        self._write(rows)

    def _write(self, table: pa.Table) -> None:
        assert self.group_rows is not None
        start = 0
        while start < table.num_rows:
            if self._sink is None or self._in_shard >= self.shard_rows:
                if self._sink is not None:
                    self._sink.close()
                self._sink = self._open()
            take = min(
                table.num_rows - start,
                self.shard_rows - self._in_shard,
                self.group_rows - self._in_group,
            )
            part = table.slice(start, take)
            self._sink.write(part)
            self._group.add(part)
            self._in_group += take
            if self._in_group == self.group_rows or self._in_shard + take == self.shard_rows:
                self._end_group()
            start += take
            self._in_shard += take
            self.rows += take

    def _end_group(self) -> None:
        self.num_bytes += self._group.total()
        self._group, self._in_group = ReadSize(), 0

    def close(self, commit: bool = True) -> SplitFiles:
        if self._closed:  # an abort after a close that went through
            return SplitFiles(rows=self.rows, num_bytes=self.num_bytes)
        if commit:
            self._flush_pending()
        if self._sink is not None:
            self._sink.close(commit)
        self._closed = True
        if self._in_group:
            self._end_group()
        out = SplitFiles(rows=self.rows, num_bytes=self.num_bytes)
        if not commit:
            return out
        for i, tmp in enumerate(self.shards):
            rel = shard_name(self.config, self.split, i, len(self.shards))
            tmp.rename(self.stage / rel)
            out.files.append(rel)
            out.download_size += (self.stage / rel).stat().st_size
        return out


class ConfigSink:
    """The three splits of one config."""

    def __init__(self, stage: Path, config: str, features: Features, limits: Limits):
        self.stage, self.config, self.features = stage, config, features
        schema = feats.arrow_schema(features)
        (stage / "data" / config).mkdir(parents=True, exist_ok=True)
        self.sinks = {s: SplitSink(stage, config, s, schema, limits) for s in SPLITS}
        self.schema = schema

    def write(self, parts: dict[str, pa.Table]) -> None:
        for split, part in parts.items():
            self.write_split(split, part)

    def write_split(self, split: str, part: pa.Table) -> None:
        self.sinks[split].write(part.replace_schema_metadata(self.schema.metadata))

    def close(self, commit: bool = True) -> Written:
        return self.finish({s: sink.close(commit) for s, sink in self.sinks.items()})

    def finish(self, splits: dict[str, SplitFiles]) -> Written:
        return Written(self.features, {s: f for s, f in splits.items() if f.rows})


def write_config(
    stage: Path, config: str, table: pa.Table, codes: np.ndarray, limits: Limits
) -> Written:
    """A config that fits in memory (articles, annotations): encode, split, write."""
    features = feats.features(config, table.schema)
    sink = ConfigSink(stage, config, features, limits)
    try:
        sink.write(split_table(encode_labels(table, config), codes))
    except BaseException:
        sink.close(commit=False)
        raise
    return sink.close()


def _read_schema() -> pa.Schema:
    """The claims contract with DICTIONARY_COLUMNS as dictionaries of their values."""
    contract = TABLES["claims"].arrow
    fields = [
        f.with_type(pa.dictionary(pa.int32(), f.type)) if f.name in DICTIONARY_COLUMNS else f
        for f in contract
    ]
    return pa.schema(fields, metadata=contract.metadata)


READ_SCHEMA = _read_schema()


def _claims_file(path: Path) -> None:
    """Every file of the claims table (one file, or shards) has the contract's columns."""
    contract = TABLES["claims"].arrow
    for file in store.table_files(path):
        found = store.open_parquet(file).schema_arrow
        missing = [c for c in contract.names if c not in found.names]
        if missing:
            raise InvalidData(f"missing column(s) {', '.join(missing)}", file)


def _batch(
    path: Path,
    groups: list[int] | None,
    joiner: Joiner,
    keys: pa.Table | None = None,
    rows: tuple[np.ndarray, np.ndarray] | None = None,
) -> tuple[dict[str, pa.Table], pa.Table]:
    """Read some row groups (None: an empty table), join, encode and split them.

    `keys` and `rows`: the batch's claim and article ids and their article and verdict rows,
    read and looked up once for the whole table (`_keys`), so they are not decoded twice."""
    contract = TABLES["claims"].arrow
    if groups is None:
        raw = contract.empty_table()
    else:
        pf = store.open_parquet(path, read_dictionary=DICTIONARY_COLUMNS)
        if keys is None:
            raw = pf.read_row_groups(groups, columns=contract.names)
        else:
            columns = [c for c in contract.names if c not in keys.column_names]
            raw = pf.read_row_groups(groups, columns=columns)
            for name in keys.column_names:
                raw = raw.append_column(keys.schema.field(name), keys[name])
    try:
        claims = raw.select(contract.names).cast(READ_SCHEMA)
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError) as exc:
        raise InvalidData(f"columns do not have the contract's types ({exc})", path) from None
    return joiner.split(claims, rows)


#: Columns read once for the whole claims table, for the lookups (`_keys`).
KEY_COLUMNS = ("claim_id", "article_id")
KEY_SCHEMA = pa.schema([READ_SCHEMA.field(c) for c in KEY_COLUMNS])


def _keys(path: Path) -> pa.Table:
    """The claim and article ids of the whole table, in the order the batches read them (file,
    then shards), article ids as dictionaries like the batches read them. About 25 bytes a
    claim, held like the summary of every claim that publish keeps for the card anyway."""
    parts = []
    for file in store.table_files(path):
        pf = store.open_parquet(file, read_dictionary=DICTIONARY_COLUMNS)
        try:
            parts.append(pf.read(columns=list(KEY_COLUMNS)).cast(KEY_SCHEMA))
        except (pa.ArrowInvalid, pa.ArrowNotImplementedError) as exc:
            raise InvalidData(f"columns do not have the contract's types ({exc})", file) from None
        except store.READ_ERRORS as exc:
            raise InputError(f"cannot read Parquet data ({exc})", file) from None
    return pa.concat_tables(parts)


def _tasks(file: Path) -> Iterator[tuple[list[int], int]]:
    """Consecutive row groups of about BATCH_ROWS rows, and their rows: each batch pays its
    per-call costs (label lookups, takes, thread hand-offs) once, so small row groups are not
    each a batch."""
    meta = store.open_parquet(file).metadata
    groups: list[int] = []
    rows = 0
    for group in range(meta.num_row_groups):
        groups.append(group)
        rows += meta.row_group(group).num_rows
        if rows >= BATCH_ROWS:
            yield groups, rows
            groups, rows = [], 0
    if groups:
        yield groups, rows


def _ordered(pool: ThreadPoolExecutor, path: Path, joiner: Joiner) -> Iterator:
    """Results in row-group order, file by file (one file, or shards), at most a few in flight
    so memory stays bounded."""
    keys = _keys(path)
    # looked up once: each lookup call hashes its whole value set (articles, verdicts) anew
    where = joiner.article_rows_of(keys["article_id"])
    vrows = joiner.verdict_rows_of(keys["claim_id"])
    window: deque[Future] = deque()
    start = 0
    for file in store.table_files(path):
        for groups, n in _tasks(file):
            stop = start + n
            rows = where[start:stop], vrows[start:stop]
            window.append(pool.submit(_batch, file, groups, joiner, keys.slice(start, n), rows))
            start = stop
            if len(window) > READ_AHEAD:
                yield window.popleft().result()
    while window:
        yield window.popleft().result()


def claims_features(joiner: Joiner) -> Features:
    """Features of the claims config: the joined schema (article and verdict columns added)."""
    joined, _ = joiner.join(TABLES["claims"].arrow.empty_table())
    return feats.features("claims", joined.schema)


def write_claims(
    stage: Path,
    path: Path,
    joiner: Joiner,
    limits: Limits,
    while_closing: Callable[[pa.Table], None] | None = None,
    on_rows: Callable[[int], None] | None = None,
) -> tuple[Written, pa.Table]:
    """Stream claims.parquet into the claims config; returns it and the summary columns.

    `on_rows` is told how many claims each batch held once its rows are queued for writing.

    Each split is written by a thread of its own (Parquet encoding frees the GIL), so the small
    splits and the tail of the large one are written side by side, not one after the other;
    `while_closing` gets the whole summary while the last row groups are being written.
    """
    _claims_file(path)
    _, empty_summary = _batch(path, None, joiner)
    sink = ConfigSink(stage, "claims", claims_features(joiner), limits)
    summaries = [empty_summary]
    writers = {s: ThreadPoolExecutor(max_workers=1) for s in SPLITS}
    pending: deque[Future] = deque()
    try:
        with ThreadPoolExecutor(max_workers=WORKERS) as pool:
            for parts, summary in _ordered(pool, path, joiner):
                for split, part in parts.items():
                    if part.num_rows:
                        pending.append(writers[split].submit(sink.write_split, split, part))
                while len(pending) > QUEUED_WRITES:  # bounded memory
                    pending.popleft().result()
                summaries.append(summary)
                if on_rows is not None:
                    on_rows(summary.num_rows)
        closing = {s: writers[s].submit(sink.sinks[s].close) for s in SPLITS}
        summary = pa.concat_tables(summaries)
        if while_closing is not None:
            while_closing(summary)
        while pending:
            pending.popleft().result()
        written = sink.finish({s: f.result() for s, f in closing.items()})
    except BaseException:
        for executor in writers.values():
            executor.shutdown(wait=True, cancel_futures=True)
        sink.close(commit=False)
        raise
    finally:
        for executor in writers.values():
            executor.shutdown(wait=True)
    return written, summary
