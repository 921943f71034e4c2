"""`claims validate`: run the pandera models and the cross-table rules, collect every failure.

Tables are read a batch at a time (claims.validate.streaming), so memory does not grow with them.
"""

from __future__ import annotations

import json
import logging
import warnings
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pandera.errors

from claims import store
from claims.progress import Progress
from claims.validate import streaming
from schemas import SCHEMA_VERSION
from schemas.relations import Failure
from schemas.tables import TABLES

log = logging.getLogger(__name__)

EXAMPLES = 3


@dataclass
class TableReport:
    table: str
    path: str
    rows: int
    failures: list[Failure] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.failures


@dataclass
class ValidationReport:
    tables: list[TableReport] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return all(t.ok for t in self.tables)

    def as_dict(self) -> dict[str, Any]:
        return {
            "valid": self.ok,
            "schema_version": SCHEMA_VERSION,
            "tables": [
                {
                    "table": t.table,
                    "path": t.path,
                    "rows": t.rows,
                    "valid": t.ok,
                    "failures": [
                        {
                            "column": f.column,
                            "check": f.check,
                            "rows": len(f.rows),
                            "first_rows": f.rows[:EXAMPLES],
                            "examples": f.examples[:EXAMPLES],
                        }
                        for f in t.failures
                    ],
                }
                for t in self.tables
            ],
        }


def _group(name: str, cases: pd.DataFrame) -> list[Failure]:
    out: list[Failure] = []
    # A dataframe-level check is reported by pandera once per column of each failing row.
    table_level = (cases["schema_context"] == "DataFrameSchema").to_numpy()
    cases = cases.assign(column=cases["column"].where(~table_level, None).fillna("(table)"))
    for (column, check), group in cases.groupby(["column", "check"], sort=True, dropna=False):
        idx = group["index"].dropna()
        rows = sorted({int(i) for i in idx}) if len(idx) else []
        examples = [str(v) for v in group["failure_case"].drop_duplicates().head(EXAMPLES)]
        out.append(Failure(name, str(column), str(check), rows, examples))
    return out


def _schema_failures(name: str, frame: pd.DataFrame) -> list[Failure]:
    try:
        # Damaged data (NaN where a number belongs) makes numpy warn inside the checks; the
        # failing rows are reported below, so the warning would only be noise on stderr.
        with np.errstate(all="ignore"), warnings.catch_warnings():
            warnings.simplefilter("ignore", RuntimeWarning)
            TABLES[name].model.validate(frame, lazy=True)
    except pandera.errors.SchemaErrors as exc:
        return _group(name, exc.failure_cases)
    except pandera.errors.SchemaError as exc:  # raised eagerly for a few structural problems
        return [Failure(name, "(table)", str(exc).splitlines()[0][:200], [], [])]
    return []


def _version_failure(name: str, path: Path) -> list[Failure]:
    found = store.schema_version(path)
    if found is None or found.split(".")[0] == SCHEMA_VERSION.split(".")[0]:
        return []
    return [Failure(name, "(file)", f"schema_version {found} != {SCHEMA_VERSION}", [], [found])]


def _check_table(
    located: store.Located, failures: streaming.FailureSet, bar: Progress
) -> tuple[int, np.ndarray]:
    """Stream one table through its pandera model; returns its row count and key hashes."""
    name = located.name
    key = TABLES[name].key
    versions: set[str] = set()
    keys: list[np.ndarray] = []
    rows = 0
    for file in located.files:
        for f in _version_failure(name, file):
            if f.check not in versions:
                versions.add(f.check)
                failures.add([f])
    for _, frame in streaming.frames(located):
        rows += len(frame)
        failures.add(_schema_failures(name, frame))
        if key in frame.columns:
            keys.append(streaming.hashes(frame[key].astype(object).where(frame[key].notna(), "")))
        bar.update(len(frame))
    all_keys = np.concatenate(keys) if keys else np.empty(0, dtype=np.uint64)
    if len(located.files) > 1 or rows > streaming.batch_rows(name):
        # pandera saw one batch at a time: uniqueness is decided over the whole table here.
        failures.drop(key, "field_uniqueness")
        dupes = streaming.duplicate_rows(all_keys)
        if dupes:
            failures.add([Failure(name, key, "field_uniqueness", dupes, [])])
    return rows, all_keys


def validate(paths: list[str | Path], progress: bool = True) -> ValidationReport:
    """Validate every table found in `paths` (files, shard folders or data folders), then the
    rules across them, a batch at a time (see claims.validate.streaming)."""
    report = ValidationReport()
    found = store.find_tables(paths)
    located: dict[str, store.Located] = {}
    failures: dict[str, streaming.FailureSet] = {}
    by_name: dict[str, TableReport] = {}
    keys: dict[str, np.ndarray] = {}
    total = sum(store.open_parquet(f).metadata.num_rows for t in found for f in t.files)
    with Progress(total, "validate", "row", enabled=progress) as bar:
        for table in found:
            fs = streaming.FailureSet(table.name)
            rows, keys[table.name] = _check_table(table, fs, bar)
            tr = TableReport(table.name, str(table.path), rows)
            report.tables.append(tr)
            located[table.name], failures[table.name], by_name[table.name] = table, fs, tr
    if (
        "claims" in located
        and "articles" in located
        and _has(located, "claims", streaming.CLAIM_SPAN_COLUMNS)
        and _has(located, "articles", ["article_id", "text"])
    ):
        streaming.check_claims_spans(located["claims"], located["articles"], failures["claims"])
    if (
        "missed_claims" in located
        and "articles" in located
        and _has(located, "missed_claims", streaming.MISSED_SPAN_COLUMNS)
        and _has(located, "articles", ["article_id", "text"])
    ):
        streaming.check_missed_spans(
            located["missed_claims"], located["articles"], failures["missed_claims"]
        )
    for name in ("annotations", "verdicts"):
        if name in located and "claims" in located and _has(located, name, ["claim_id"]):
            streaming.check_keyed(name, located[name], keys["claims"], failures[name])
    for name, tr in by_name.items():
        tr.failures = failures[name].list()
    return report


def _has(located: dict[str, store.Located], name: str, columns: list[str]) -> bool:
    """Whether every file of a table has the columns a cross-table rule reads."""
    return all(
        set(columns) <= set(store.open_parquet(f).schema_arrow.names) for f in located[name].files
    )


def render(report: ValidationReport, fmt: str) -> str:
    """The report as text for people, JSON for machines, or GitHub Actions annotations."""
    if fmt == "json":
        return json.dumps(report.as_dict(), indent=2)
    lines: list[str] = []
    for t in report.tables:
        if fmt == "github":
            for f in t.failures:
                lines.append(
                    f"::error file={t.path},title={t.table}.{f.column} {f.check}::"
                    f"{len(f.rows)} row(s) fail {f.check} on {f.column}; e.g. {', '.join(f.examples)}"
                )
            continue
        status = "ok" if t.ok else f"{len(t.failures)} failing check(s)"
        lines.append(f"{t.path}: {t.table}, {t.rows} rows: {status}")
        for f in t.failures:
            rows = ", ".join(str(r) for r in f.rows[:EXAMPLES])
            lines.append(
                f"  {f.column}: {f.check}: {len(f.rows)} row(s)"
                + (f" (rows {rows})" if rows else "")
                + (f"; e.g. {', '.join(repr(e)[:80] for e in f.examples)}" if f.examples else "")
            )
    if fmt == "github" and report.ok:
        lines.append(f"::notice::{len(report.tables)} table(s) valid")
    return "\n".join(lines)
