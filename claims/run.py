"""`claims run`: ingest, extract and validate in one go, for the common case."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from claims.ingest import IngestReport, ingest
from claims.readers import DEFAULT_MAX_BYTES
from claims.validate import ValidationReport, validate


@dataclass
class RunReport:
    ingest: IngestReport
    validation: ValidationReport


def run(
    sources: list[str | Path], out: str | Path, max_bytes: int = DEFAULT_MAX_BYTES
) -> RunReport:
    """Build `out/` from the sources; validation covers every table written."""
    ingested = ingest(sources, out, max_bytes=max_bytes)
    validation = validate([out]) if ingested.path else ValidationReport()
    return RunReport(ingested, validation)
