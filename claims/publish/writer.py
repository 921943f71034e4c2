"""Write the configs of a release as Parquet, one file per split.

Claims stream row group by row group through a small thread pool (reading, joining and
encoding free the GIL) while the main thread writes: a million claims publish in seconds.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pyarrow as pa

from claims import store
from claims.errors import InvalidData
from claims.publish.card import data_path
from claims.publish.tables import (
    CONFIG_CATEGORIES,
    SPLITS,
    Joiner,
    Lookup,
    encode_labels,
    split_table,
)
from schemas import SCHEMA_VERSION
from schemas.tables import TABLES

#: Columns of the joined claims kept in memory for statistics, the diff and annotation splits.
#: Threads joining row groups; the main thread writes. One per spare core.
WORKERS = max(1, (os.cpu_count() or 2) - 1)
SUMMARY = ("claim_id", "claim_type", "verdict", "extraction", "segment", "outlet", "extractor")


@dataclass
class Written:
    """One config on disk: its published schema, and rows and bytes per split."""

    schema: pa.Schema
    rows: dict[str, int]
    sizes: dict[str, int]


def publishable(table: pa.Table, config: str) -> pa.Table:
    """ClassLabel codes, and only the schema version in the metadata: same data, same bytes."""
    encoded = encode_labels(table, CONFIG_CATEGORIES[config])
    return encoded.replace_schema_metadata({store.VERSION_KEY: SCHEMA_VERSION.encode()})


def _sizes(stage: Path, config: str) -> dict[str, int]:
    return {s: (stage / data_path(config, s)).stat().st_size for s in SPLITS}


def drop_empty(stage: Path, written: dict[str, Written]) -> dict[str, Written]:
    """`datasets` cannot load an empty split: remove its file, and configs with no rows at all."""
    kept = {}
    for config, w in written.items():
        for split, rows in w.rows.items():
            if rows == 0:
                (stage / data_path(config, split)).unlink()
                w.sizes[split] = 0
        if any(w.rows.values()):
            kept[config] = w
        else:
            (stage / data_path(config, SPLITS[0])).parent.rmdir()
    return kept


def write_config(stage: Path, config: str, table: pa.Table, codes: np.ndarray) -> Written:
    """A config that fits in memory (articles, annotations): encode, split, write."""
    encoded = publishable(table, config)
    rows = {}
    for split, part in split_table(encoded, codes).items():
        store.write_arrow(part, stage / data_path(config, split))
        rows[split] = part.num_rows
    return Written(encoded.schema, rows, _sizes(stage, config))


def _claims_file(path: Path) -> pa.Schema:
    contract = TABLES["claims"].arrow
    found = store.open_parquet(path).schema_arrow
    missing = [c for c in contract.names if c not in found.names]
    if missing:
        raise InvalidData(f"missing column(s) {', '.join(missing)}", path)
    return contract


def _batch(
    path: Path, group: int | None, offset: int, joiner: Joiner, lookup: Lookup
) -> tuple[dict[str, pa.Table], pa.Table]:
    """Read one row group (None: an empty table), join, encode and split it."""
    contract = TABLES["claims"].arrow
    if group is None:
        raw = contract.empty_table()
    else:
        raw = store.open_parquet(path).read_row_group(group, columns=contract.names)
    try:
        claims = raw.select(contract.names).cast(contract)
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError) as exc:
        raise InvalidData(f"columns do not have the contract's types ({exc})", path) from None
    joined, codes = joiner.join(claims, lookup, offset)
    summary = joined.select(list(SUMMARY)).append_column("split", pa.array(codes, pa.int8()))
    return split_table(publishable(joined, "claims"), codes), summary


def _ordered(pool: ThreadPoolExecutor, path: Path, joiner: Joiner, lookup: Lookup) -> Iterator:
    """Results in row-group order, at most a few in flight so memory stays bounded."""
    meta = store.open_parquet(path).metadata
    window: deque[Future] = deque()
    offset = 0
    for group in range(meta.num_row_groups):
        window.append(pool.submit(_batch, path, group, offset, joiner, lookup))
        offset += meta.row_group(group).num_rows
        if len(window) > 2 * WORKERS:
            yield window.popleft().result()
    while window:
        yield window.popleft().result()


def write_claims(stage: Path, path: Path, joiner: Joiner) -> tuple[Written, pa.Table]:
    """Stream claims.parquet into the claims config; returns it and the summary columns."""
    _claims_file(path)
    lookup = joiner.lookup(store.read_arrow(path, columns=["article_id", "claim_id"]))
    empty_parts, empty_summary = _batch(path, None, 0, joiner, lookup)
    schema = empty_parts[SPLITS[0]].schema
    sinks = {s: store.ArrowSink(stage / data_path("claims", s), schema) for s in SPLITS}
    summaries = [empty_summary]
    try:
        with ThreadPoolExecutor(max_workers=WORKERS) as pool:
            for parts, summary in _ordered(pool, path, joiner, lookup):
                for split, part in parts.items():
                    sinks[split].write(part)
                summaries.append(summary)
    except BaseException:
        for sink in sinks.values():
            sink.close(commit=False)
        raise
    for sink in sinks.values():
        sink.close()
    rows = {s: sinks[s].rows for s in SPLITS}
    return Written(schema, rows, _sizes(stage, "claims")), pa.concat_tables(summaries)
