"""`claims validate`: run the pandera models and the cross-table rules, collect every failure."""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd
import pandera.errors

from claims import store
from schemas import SCHEMA_VERSION
from schemas.relations import Failure, claims_against_articles, keyed_by_claims
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


def _schema_failures(name: str, frame: pd.DataFrame) -> list[Failure]:
    try:
        TABLES[name].model.validate(frame, lazy=True)
    except pandera.errors.SchemaErrors as exc:
        return _group(name, exc.failure_cases)
    return []


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


def _version_failure(name: str, path: Path) -> list[Failure]:
    found = store.schema_version(path)
    if found is None or found.split(".")[0] == SCHEMA_VERSION.split(".")[0]:
        return []
    return [Failure(name, "(file)", f"schema_version {found} != {SCHEMA_VERSION}", [], [found])]


def validate(paths: list[str | Path]) -> ValidationReport:
    """Validate every table found in `paths` (files or data folders), then the rules across them."""
    report = ValidationReport()
    frames: dict[str, pd.DataFrame] = {}
    by_name: dict[str, TableReport] = {}
    for path in store.find_tables(paths):
        name = store.table_name(path)
        frame = store.read_table(path)
        tr = TableReport(name, str(path), len(frame))
        tr.failures += _version_failure(name, path)
        tr.failures += _schema_failures(name, frame)
        report.tables.append(tr)
        frames[name], by_name[name] = frame, tr
    if "claims" in frames and "articles" in frames:
        by_name["claims"].failures += claims_against_articles(frames["claims"], frames["articles"])
    for name in ("annotations", "verdicts"):
        if name in frames and "claims" in frames:
            by_name[name].failures += keyed_by_claims(name, frames[name], frames["claims"])
    log.info(
        "validate: %d table(s) checked, %s", len(report.tables), "ok" if report.ok else "invalid"
    )
    return report


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
